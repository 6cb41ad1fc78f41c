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


def test_a_disclosure_is_kept_and_an_ad_slot_label_is_not() -> None:
    """"Sponsored content" is what a student must learn to notice, never page clutter; a lone
    "ADVERTISEMENT" between paragraphs marks where an advert stood."""
    pasted = parse_pasted("Five ways to a calmer retirement\n\nSponsored content. Paid for by Brightwell.\n\n"
                          "Most savers start too late, the company says.\n\nADVERTISEMENT\n\n"
                          "Its planners recommend a yearly review.\n")
    texts = [paragraph[0] for paragraph in pasted.paragraphs]
    assert texts[0] == "Sponsored content. Paid for by Brightwell."
    assert "ADVERTISEMENT" not in texts and texts[-1].startswith("Its planners")


def test_a_disclosure_above_the_headline_stays_in_the_text_and_is_not_the_headline() -> None:
    for label in ("Sponsored content", "Contenido patrocinado por Bancasur", "محتوى مدفوع"):
        pasted = parse_pasted(f"{label}\n\nFive ways to a calmer retirement\n\nMost savers start too late, "
                              "the company says. Its planners recommend a yearly review.\n")
        assert pasted.headline == "Five ways to a calmer retirement"
        assert pasted.paragraphs[0][0] == label
