"""The quick ways of reading a lesson file, folding its article and splitting its paragraphs give exactly
what the plain ways give.

Validation of a long article takes shortcuts (the file parsed from its bytes and decoded only for a
message; the file's bytes read once in C for which characters it holds, that knowledge used for its
article; the body split at its blank lines in C; an NFC check skipped for characters NFC never changes,
runs of white space found by splitting, the article folded from its paragraphs, typographic quotes made
plain only when a quote needs it). Each is compared here with the plain way, written out below as the
format's rules say it, on random text with accents (composed and not), Arabic and Hebrew marks, every
kind of white space, typographic punctuation and emoji, and on damaged files, so that a future shortcut
cannot drift."""

from __future__ import annotations

import sys
import unicodedata
from unittest.mock import patch

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from literacy_app.core import matching, yamlsource
from literacy_app.core.characters import Characters
from literacy_app.core.loader import LessonFile, parse_lesson
from literacy_app.core.matching import (
    _OPTIONAL,
    _OPTIONAL_MARKS,
    _OTHER_SPACES,
    _SPACE_RUN,
    STABLE_UNDER_NFC,
    FoldedText,
    _characters_of,
    _fold_plainly,
    _holds_marks,
    _normalize_with_map,
    _plain_characters,
    _surely_nfc,
    fold,
)
from literacy_app.core.text import Paragraph, _paragraphs, _paragraphs_quickly, article_from_body, split_body
from literacy_app.core.yamlsource import MAX_BYTES
from tests.support.lessons import LESSON

MANY = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])

PIECES = ["word", "Dr.", "é", "e\u0301", "n\u0303", "ñ", "Ü", "ł", "ő", "\u1100\u1161", "가", "😀", "🚲",
          "قال", "قالَ", "\u064b", "\u0651\u064e", "\u0640", "שָׁלוֹם", "\u05b0", "“", "”", "’", "‘", "–", "—",
          "'", '"', "-", ".", ",", "!", "?", "…", "## ", "#", " ", " ", " ", "  ", "   ", "\n", "\n\n", "\n\n\n",
          "\t", "\u00a0", "\u2003", "\u2000", "\u3000", "\x85", "\u2028", "\u202f", "\r", "\x0c", " \n", "\n "]
TEXTS = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)
# Texts most of which take the quick paths: plain words, one space apart, paragraphs two line breaks apart.
USUAL = st.lists(st.sampled_from(["word", "él", "“Sí,”", "dijo", "—", "🚲", "2,000", " ", " ", "\n\n"]),
                 max_size=30).map("".join)
# Bodies as teachers write them, most of which take the quick way: lines wrapped, paragraphs a blank line
# apart, subheadings; now and then what makes it give way (a space at a line's end, two blank lines, a tab).
USUAL_BODIES = st.lists(st.sampled_from(["word", "él", "“Sí,”", "🚲", "## ", "##", "#", " ", " ", " ", "\n",
                                         "\n", "\n\n", "\n\n", "  ", " \n", "\n ", "\n\n\n", "\t", "\u00a0"]),
                        max_size=40).map("".join)


def plain_runs(text: str) -> list[tuple[int, int, int]]:
    """What folding replaces, found the plain way: a pattern for each over the whole text."""
    runs = [(m.start(), m.end(), 1) for m in _SPACE_RUN.finditer(text)]
    runs += [(m.start(), m.end(), 0) for m in _OPTIONAL.finditer(text)]
    return sorted(runs)


def folded_plainly(text: str) -> FoldedText:
    """A FoldedText made the plain way: NFC with its map, every typographic character made plain, every
    run found by the patterns and replaced one by one."""
    folded = object.__new__(FoldedText)
    folded.original = text
    normal, folded._nfc_starts = _normalize_with_map(text)
    normal = _plain_characters(normal)
    folded._unplain, folded._runs_at, folded._runs = _fold_plainly(normal, plain_runs(normal))
    folded._typographic = []
    folded._few_wide = False  # searched in the folded text itself
    return folded


def assert_same_folding(quick: FoldedText, plain: FoldedText) -> None:
    assert quick.text == plain.text
    length = len(plain.text)
    for start in range(length + 1):
        for end in range(start, length + 1):
            assert quick.original_span(start, end) == plain.original_span(start, end), (start, end)
    for start in range(0, length, 3):
        for end in range(start + 1, min(length, start + 12) + 1):
            quote = plain.text[start:end]
            assert quick.find_all(quote) == plain.find_all(quote), quote


@MANY
@given(TEXTS)
def test_an_article_is_folded_as_the_plain_way_folds_it(text):
    assert_same_folding(FoldedText(text), folded_plainly(text))


@MANY
@given(USUAL)
def test_a_usual_article_is_folded_as_the_plain_way_folds_it(text):
    assert_same_folding(FoldedText(text), folded_plainly(text))


@MANY
@given(st.one_of(TEXTS, USUAL))
def test_an_article_folded_from_its_paragraphs_is_folded_as_the_plain_way_folds_it(body):
    text, paragraphs, _ = article_from_body(body)
    assert_same_folding(FoldedText(text, paragraphs), folded_plainly(text))


@MANY
@given(st.one_of(TEXTS, USUAL, USUAL_BODIES), TEXTS)
def test_an_article_folded_as_the_loader_folds_it_is_folded_as_the_plain_way_folds_it(body, rest_of_file):
    # With what split_body found of its white space, and the characters of the whole file, not the text's.
    characters = Characters((body + rest_of_file).encode("utf-8", "surrogatepass"), also="\n ")
    text, paragraphs, _, single_spaced = split_body(body, characters)
    assert_same_folding(FoldedText(text, paragraphs, characters, single_spaced), folded_plainly(text))


@MANY
@given(st.one_of(TEXTS, USUAL), st.data())
def test_a_quote_is_found_where_the_plain_way_finds_it(text, data):
    quick, plain = FoldedText(text), folded_plainly(text)
    written = data.draw(st.sampled_from(PIECES + ["word word", "él dijo", "Sí,\" dijo"]))
    assert quick.find_all(fold(written)) == plain.find_all(fold(written))


def test_the_quick_paths_are_taken_for_usual_articles():
    # Else the tests above would compare the plain way with itself.
    body = "“Sí,” dijo él.\nOtra línea 🚲.\n\nSegundo párrafo.\n\n## Título\n\nFin" + " de la lista" * 9 + ".\n"
    text, paragraphs, _, single_spaced = split_body(body)
    assert single_spaced  # split in C
    characters = Characters.of(text)
    assert _surely_nfc(characters, len(text)) and not _holds_marks(characters)
    assert matching._fold_paragraphs(text, paragraphs, characters, single_spaced=True) is not None
    assert matching._fold_paragraphs(text, paragraphs, characters, single_spaced=False) is not None
    assert matching._fold_quickly(text, characters) is not None
    folded = FoldedText(text, paragraphs)
    assert folded._narrow is not None  # searched one byte a character
    assert folded.find_all(fold('Sí," dijo')) == [(1, 10)]
    assert "text" not in folded.__dict__  # typographic quotes not made plain: no search needed it
    wide = FoldedText("“Sí,” dijo él. ¿Qué? ¡Ñandú! 🚲")  # too few ASCII characters to narrow it
    assert wide._narrow is None
    assert wide.find_all(fold("dijo él")) and "text" not in wide.__dict__
    assert wide.find_all(fold('Sí," dijo')) == [(1, 10)] and "text" in wide.__dict__


@MANY
@given(TEXTS)
def test_the_characters_of_a_text_are_what_the_text_holds(text):
    characters = Characters.of(text)
    for char in set(_OTHER_SPACES) | {"“", "”", "’", "‘", "–", "—", "a", "é", "😀"}:
        assert characters.holds(char) == (char in text)
    assert _holds_marks(characters) == (_OPTIONAL.search(text) is not None)
    if _surely_nfc(characters, len(text)):
        assert unicodedata.is_normalized("NFC", text)


@MANY
@given(TEXTS, TEXTS, TEXTS)
def test_the_characters_of_a_file_are_maybe_those_of_a_part(before, part, after):
    # The loader reads the file's characters once and uses them for the article: never a "no" that is
    # wrong for a part of the file.
    characters = Characters((before + part + after).encode("utf-8", "surrogatepass"))
    for char in part:
        assert characters.holds(char)
    assert _holds_marks(characters) or _OPTIONAL.search(part) is None
    if _surely_nfc(characters, len(part)):
        assert unicodedata.is_normalized("NFC", part)


@MANY
@given(TEXTS)
def test_the_white_space_runs_are_the_patterns_runs(text):
    assert matching.space_runs(text) == [m.span() for m in _SPACE_RUN.finditer(text)]


# --- article_from_body ---------------------------------------------------------------------------------

def article_from_body_plainly(body: str) -> tuple[str, tuple[Paragraph, ...]]:
    """The format's rules a line at a time: blank lines split paragraphs, lines of a paragraph join with a
    space, "## " starts a subheading; paragraphs join with two line breaks."""
    stripped = [line.strip() for line in body.split("\n")]
    paragraphs: list[Paragraph] = []
    pieces: list[str] = []
    offset, first, count = 0, 0, len(stripped)
    while first < count:
        if not stripped[first]:
            first += 1
            continue
        stop = first + 1
        while stop < count and stripped[stop]:
            stop += 1
        texts = stripped[first:stop]
        heading = texts[0].startswith("## ")
        if heading:
            texts[0] = texts[0][3:].lstrip()
        if paragraphs:
            offset += 2
            pieces.append("\n\n")
        joined = " ".join(texts)
        pieces.append(joined)
        paragraphs.append(Paragraph(joined, offset, offset + len(joined), heading))
        offset += len(joined)
        first = stop
    return "".join(pieces), tuple(paragraphs)


@MANY
@given(st.one_of(TEXTS, USUAL, USUAL_BODIES))
def test_paragraphs_are_split_as_the_rules_say(body):
    assert article_from_body(body)[:2] == article_from_body_plainly(body)


@MANY
@given(st.one_of(TEXTS, USUAL_BODIES), TEXTS)
def test_the_quick_split_gives_the_rules_result_or_gives_way(body, rest_of_file):
    # With the characters of the whole file (a "maybe" for the body), as the loader gives them.
    characters = Characters((body + rest_of_file).encode("utf-8", "surrogatepass"), also="\n ")
    quick = _paragraphs_quickly(body, characters)
    if quick is not None:
        assert quick == _paragraphs(body)
    assert article_from_body(body, characters)[:2] == article_from_body_plainly(body)


def lesson_with_body(body_yaml: str) -> str:
    return ("format: 1\nid: a-lesson\ntitle: A lesson\nlanguage: es\narticle:\n  headline: A headline\n"
            f"  body: {body_yaml}\nexercises:\n  - id: kind\n    type: choice\n    prompt: Which?\n"
            "    options:\n      - text: This one\n        correct: true\n      - text: That one\n")


NOT_IN_A_LITERAL_BLOCK = dict.fromkeys(map(ord, "\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\u2028\u2029"))


def double_quoted(text: str) -> str:
    """``text`` in YAML's double quotes, every character but printable ASCII written as an escape."""
    return '"' + "".join(char if " " <= char < "\x7f" and char not in '"\\' else
                         f"\\U{ord(char):08x}" for char in text) + '"'


@MANY
@given(st.one_of(TEXTS, USUAL_BODIES), st.booleans())
def test_the_loader_splits_a_body_as_the_rules_say(body, literal):
    # The loader gives article_from_body the characters of the whole file: right for a literal block, and
    # not given for a value in double quotes, whose escapes ("\t", "\u3000") make characters the file's
    # bytes do not hold.
    if literal:  # the body as a literal block, without what a file may not hold raw (control characters)
        lines = body.translate(NOT_IN_A_LITERAL_BLOCK).split("\n")  # or YAML reads as a line break
        lesson = lesson_with_body("|2\n" + "".join(f"    {line}\n" for line in lines))
    else:
        lesson = lesson_with_body(double_quoted(body))
    value = yaml.load(lesson, Loader=yaml.CSafeLoader)["article"]["body"]
    loaded = parse_lesson(lesson)
    want = article_from_body_plainly(value)
    if loaded.lesson is None:
        assert not want[0]  # only an empty article is an error here
    else:
        assert (loaded.lesson.article.text, loaded.lesson.article.paragraphs) == want


def test_the_quick_split_is_taken_for_usual_bodies():
    body = "## Título\n\nUna línea\ny otra 🚲.\n\n##\nno es título\n"
    assert _paragraphs_quickly(body, Characters.of(body)) == (
        ["## Título", "Una línea y otra 🚲.", "##\nno es título".replace("\n", " ")], [True, False, False])
    for odd in ["a \nb", "a\n b", "a\n\n\nb", "a\n \nb", " a", "a\t\nb", "a\u3000\nb", "a\n\n"]:
        assert _paragraphs_quickly(odd, Characters.of(odd)) is None, odd
    # A tab or a no-break space elsewhere in the file leaves the quick way open to a body without one.
    assert _paragraphs_quickly(body, Characters((body + "\t\u00a0").encode())) is not None


# --- the tables the shortcuts rely on, against the Unicode database --------------------------------------

def test_the_optional_marks_are_listed_in_full():
    every = {chr(code) for code in range(sys.maxunicode + 1) if _OPTIONAL.fullmatch(chr(code))}
    assert set(_characters_of(_OPTIONAL_MARKS)) == every


def test_nfc_leaves_the_stable_characters_alone_wherever_they_stand():
    # A character NFC may change is one whose own NFC differs, a mark that may be reordered (combining
    # class not 0), or the second of a pair that composes into one character.
    seconds = set()
    for code in range(sys.maxunicode + 1):
        decomposition = unicodedata.decomposition(chr(code))
        if decomposition and not decomposition.startswith("<"):
            parts = decomposition.split()
            composite = chr(code)
            if len(parts) == 2 and unicodedata.normalize("NFC", composite) == composite:
                seconds.add(chr(int(parts[1], 16)))
    stable = _characters_of(STABLE_UNDER_NFC)
    assert len(stable) > 1000
    for char in stable + [chr(code) for code in range(128)]:
        assert unicodedata.combining(char) == 0, char
        assert unicodedata.normalize("NFC", char) == char, char
        assert char not in seconds, char


@MANY
@given(st.lists(st.sampled_from(PIECES + ["?", "??", "'", '"', "-"]), min_size=1, max_size=12), st.data())
def test_a_quote_is_found_where_the_plain_way_finds_it_in_a_long_article(pieces, data):
    # Long runs of ASCII between the pieces: the article is searched in its narrow (one byte a character)
    # form, each place found there checked in the text.
    text = "🚲 " + " ".join(piece + " " + "plain words " * 30 for piece in pieces)
    quick, plain = FoldedText(text), folded_plainly(text)
    for written in pieces + [data.draw(st.sampled_from(PIECES)), "words " + pieces[0]]:
        quote = fold(written)
        if quote:
            assert quick.find_all(quote) == plain.find_all(quote), quote
    length = len(plain.text)
    for _ in range(10):
        start = data.draw(st.integers(0, length - 1))
        quote = plain.text[start:start + data.draw(st.integers(1, 15))]
        assert quick.find_all(quote) == plain.find_all(quote), quote


def test_a_text_of_characters_that_look_alike_narrowed_is_still_searched_exactly():
    text = "“" * 30 + "a" * 2000 + "?" * 500 + "'x" + "-" * 300
    quick, plain = FoldedText(text), folded_plainly(text)
    for quote in ["'", "?", '"', "-", "'x", "?'", "x-", "“"]:
        assert quick.find_all(fold(quote)) == plain.find_all(fold(quote)), quote


# --- a lesson file parsed from its bytes -----------------------------------------------------------------

# Bytes that make a file wrong in every way the reader reports (not UTF-8, a control character, a zero
# byte, a second document, an alias, a tab, a line break YAML and editors count differently, a carriage
# return, a byte-order mark) and some that change nothing, inserted anywhere in a good lesson.
DAMAGE = [b"\xff", b"\xc3", b"\xe2\x80", b"\xed\xa0\x80", b"\xc0\x80", b"\x00", b"\x01", b"\x1b", b"\x7f",
          "\x85".encode(), "\u2028".encode(), "\u2029".encode(), b"\r", b"\r\n", b"\t", b"\n", b"\n\n",
          b"---\n", b"*a ", b"&a ", b"!t ", b"'", b'"', b": ", b"- ", b"#", b"\xef\xbb\xbf", "🚲 é “”".encode(),
          b"  ", b""]


def parse_decoding_first(data: bytes) -> LessonFile:
    """parse_lesson with the file decoded before it is parsed, as before the bytes were parsed as they are."""
    with patch.object(yamlsource, "_read_bytes", lambda data, path: None):
        return parse_lesson(data, "bad.yaml")


@MANY
@given(st.lists(st.tuples(st.floats(0, 1), st.sampled_from(DAMAGE)), max_size=3), st.booleans())
def test_a_file_parsed_from_its_bytes_gives_what_its_decoded_text_gives(damage, odd_breaks):
    data = LESSON.replace("Tuesday", "Tuesday\u2028" if odd_breaks else "Tuesday").encode()
    for where_, inserted in damage:
        at = int(where_ * len(data))
        data = data[:at] + inserted + data[at:]
    quick, plain = parse_lesson(data, "bad.yaml"), parse_decoding_first(data)
    assert quick.problems == plain.problems
    assert quick.lesson == plain.lesson


@pytest.mark.parametrize("data", [
    b"", b"# only a comment\n", b"  \n\n# a comment\n", "\u3000\n# a comment".encode(), b"format: 1\n",
    ("# a comment\u2028\n" + LESSON.replace("exercises:", "colour: red\nexercises:")).encode(),
    ("# a comment\x85\n" + LESSON.replace("  - id: who", "  - id: 1\n    kind: x\n  - id: who")).encode(),
    LESSON.encode() + b"# " + b"x" * MAX_BYTES + b"\n",
])
def test_these_files_parsed_from_their_bytes_give_what_their_decoded_text_gives(data):
    quick, plain = parse_lesson(data, "bad.yaml"), parse_decoding_first(data)
    assert quick.problems == plain.problems and quick.problems
    assert quick.lesson == plain.lesson


def test_the_usual_file_is_parsed_from_its_bytes_and_decoded_only_when_asked():
    data = LESSON.encode()
    source = yamlsource._read_bytes(data, "a.yaml")
    assert source is not None and "text" not in source.__dict__
    assert source.text == LESSON
    assert yamlsource._read_bytes(b"\xff" + data, "a.yaml") is None
