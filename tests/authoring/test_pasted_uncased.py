"""Reading a pasted article whose script has no capital letters (Arabic): a short headline is the
headline, not a masthead line in capitals, so the first paragraph stays in the article text."""

from __future__ import annotations

from literacy_app.authoring.scaffold import parse_pasted


def test_a_short_arabic_headline_is_the_headline_and_the_first_paragraph_stays() -> None:
    first = "وافق المجلس البلدي مساء الأحد على رفع رسوم جمع النفايات بنسبة ١٠٪ اعتباراً من يناير المقبل."
    pasted = parse_pasted(f"البلدية ترفع رسوم النظافة\n\n{first}\n\nوقال رئيس المجلس إن العجز كبير جداً هذا العام.\n")
    assert pasted.headline == "البلدية ترفع رسوم النظافة"
    assert pasted.paragraphs[0][0] == first


def test_a_masthead_in_latin_capitals_is_still_a_masthead() -> None:
    pasted = parse_pasted("THE DAILY TRIBUNE\n\nCouncil raises bin charges\n\nThe council voted on Sunday to raise "
                          "the charge for collecting rubbish by ten per cent from January.\n")
    assert pasted.headline == "Council raises bin charges"
