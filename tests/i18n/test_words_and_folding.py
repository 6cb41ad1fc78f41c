"""Words in every script stay whole; figures keep their Arabic digits, separators and percent sign; quote
matching and the library filter forgive the marks a reader of Arabic or Hebrew may leave out."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from literacy_app.core.matching import FoldedText, fold, fold_for_search
from literacy_app.core.text import token_pattern

WORDS = [
    ("தமிழ்", "Tamil"), ("తెలుగు", "Telugu"), ("ខ្មែរ", "Khmer"), ("မြန်မာ", "Myanmar"), ("हिन्दी", "Devanagari"),
    ("বাংলা", "Bengali"), ("ಕನ್ನಡ", "Kannada"), ("മലയാളം", "Malayalam"), ("ไทย", "Thai"), ("ລາວ", "Lao"),
    ("ગુજરાતી", "Gujarati"), ("ਪੰਜਾਬੀ", "Gurmukhi"), ("සිංහල", "Sinhala"), ("བོད", "Tibetan"),
    ("العَرَبِيَّة", "Arabic with harakat"), ("قالـــت", "Arabic with tatweel"), ("עִבְרִית", "Hebrew with niqqud"),
    ("می‌خواهم", "Persian with a zero-width non-joiner"), ("ελληνικά", "Greek"), ("русский", "Cyrillic"),
    ("ქართული", "Georgian"), ("հայերեն", "Armenian"), ("አማርኛ", "Ethiopic"), ("e\u0301te\u0301", "decomposed accents"),
]


@pytest.mark.parametrize(("word", "script"), WORDS)
def test_a_word_of_any_script_is_one_token(word: str, script: str) -> None:
    text = f"({word}) and {word}, {word}."
    assert [m.group() for m in token_pattern().finditer(text)] == [word, "and", word, word], script


@pytest.mark.parametrize(("text", "tokens"), [
    ("ارتفع بنسبة ٤٠٪ هذا العام", ["ارتفع", "بنسبة", "٤٠٪", "هذا", "العام"]),
    ("بلغ ١٢٫٥ مليون و١٬٥٠٠ شخص", ["بلغ", "١٢٫٥", "مليون", "و١٬٥٠٠", "شخص"]),
    ("۴۰٪ از مردم", ["۴۰٪", "از", "مردم"]),  # Persian digits
    ("rose 15% to 2,000.5 units", ["rose", "15%", "to", "2,000.5", "units"]),
])
def test_a_figure_keeps_its_digits_separators_and_percent_sign(text: str, tokens: list[str]) -> None:
    assert [m.group() for m in token_pattern().finditer(text)] == tokens


# Letters with their combining marks, from many scripts: a word is never cut between a letter and a mark.
_LETTERS = st.characters(categories=("Lu", "Ll", "Lo", "Mn", "Mc", "Nd"))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(_LETTERS, min_size=1, max_size=8), min_size=1, max_size=6))
def test_words_separated_by_spaces_come_back_whole(words: list[str]) -> None:
    text = " ".join(words)
    assert [m.group() for m in token_pattern().finditer(text)] == words


@pytest.mark.parametrize(("written", "quoted"), [
    ("قالَ الوزيرُ إنَّ", "قال الوزير إن"),  # harakat and shadda
    ("أعلنــت الشركة", "أعلنت الشركة"),  # tatweel
    ("هٰذا", "هذا"),  # dagger alif
    ("مِنْ", "من"),  # sukun
    ("שָׁלוֹם", "שלום"),  # Hebrew points
])
def test_a_quote_without_optional_marks_finds_the_text_with_them(written: str, quoted: str) -> None:
    article = FoldedText(f"في البداية {written} وفي النهاية")
    found = article.find_all(fold(quoted))
    assert len(found) == 1
    start, end = article.original_span(*found[0])
    assert article.original[start:end] == written  # the marks after the last letter belong to it
    assert fold(written) == fold(quoted)


def test_a_quote_with_marks_finds_the_text_without_them() -> None:
    article = FoldedText("قال الوزير إن الخطة جاهزة")
    assert len(article.find_all(fold("قالَ الوزيرُ"))) == 1


def test_folding_the_marks_away_can_make_a_quote_ambiguous_and_that_is_reported() -> None:
    from literacy_app.core.anchoring import QuoteProblem, QuoteRequest, resolve

    article = FoldedText("قالَ المدير شيئاً، ثم قال المدير شيئاً آخر.")
    assert len(article.find_all(fold("قال المدير"))) == 2
    with pytest.raises(QuoteProblem, match="2"):
        resolve(article, QuoteRequest("قال المدير"), lambda offset: f"offset {offset}")


def test_the_library_filter_ignores_marks_and_case() -> None:
    assert fold_for_search("المَقالُ") == fold_for_search("المقال")
    assert fold_for_search("Carta al DIRECTOR") == fold_for_search("carta al director")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["قال", "الوزير", "ـ", "\u064e", "\u0651", "\u0652", " ", "  ", "\n", "٤٠٪", "x"]),
                max_size=30))
def test_folded_offsets_always_map_back_into_the_original(pieces: list[str]) -> None:
    text = "".join(pieces)
    folded = FoldedText(text)
    for start in range(len(folded.text) + 1):
        for end in range(start, min(len(folded.text), start + 6) + 1):
            a, b = folded.original_span(start, end)
            assert 0 <= a <= b <= len(text)
            if start < end:
                assert fold(text[a:b]) == fold(folded.text[start:end]).strip() or \
                    fold(folded.text[start:end]) == ""
