"""The article text and the units a selection is measured in: words, sentences, UTF-16 positions.

Every offset in the app is a Python code-point index into the article text. Qt counts in UTF-16;
``Utf16Positions`` is the one place where the two meet.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cache
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    import regex

# A word is a run of letters, combining marks and digits in any script (\p{L}\p{M}\p{N}: the vowel signs
# of Tamil, Telugu, Khmer or Myanmar, Arabic harakat and the tatweel stay inside their word), with the
# joiners that Persian and Indic words hold. A number keeps its separators, Arabic ones included
# (2,000  3.5  ١٢٫٥  ١٬٥٠٠), and its percent sign (15%  ٤٠٪  ۴۰٪).
_W = r"[\p{L}\p{M}\p{N}\u200c\u200d]"
# Inside a word: an apostrophe (author's, couldn’t), or a separator between two digits (2,000  و١٬٥٠٠).
_JOIN = r"(?:['’]|(?<=\p{Nd})[.,\u066b\u066c](?=\p{Nd}))"


# The two patterns are compiled the first time text is indexed, not when a lesson window opens: that
# takes about 1.3 ms (and importing ``regex`` about 15), and a student starting a lesson does not need
# them until the first Check.
@cache
def token_pattern() -> regex.Pattern[str]:
    """A word token: a run of letters, marks and digits, joined by inner apostrophes or by separators
    between digits; a trailing percent sign belongs to the figure (15%, ٤٠٪)."""
    import regex

    return regex.compile(rf"{_W}++(?:{_JOIN}{_W}++)*+[%\u066a]?")  # possessive: no backtracking, ~20 % quicker


@cache
def sentence_end_pattern() -> re.Pattern[str]:
    r"""A full stop (with any closing quotes or brackets) before white space, or a CJK full stop.

    Written to start with a plain character class, which lets the regex engine skip quickly to
    candidates; the same matches as (?:[.!?…؟۔]+["'”’»)\]]*)(?=\s)|[。！？]+, several times faster."""
    return re.compile(r"[.!?…؟۔。！？](?:(?<=[.!?…؟۔])[.!?…؟۔]*[\"'”’»)\]]*(?=\s)|(?<=[。！？])[。！？]*)")


_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof st sr jr sra srta dra no nos vs etc eg ie approx dept gen col lt sgt gov sen rep "
    "jan feb mar apr jun jul aug sep sept oct nov dec inc ltd co corp fig vol pp p ca cf".split()
)


class Paragraph(NamedTuple):
    """A paragraph or subheading of the article text, with its range in that text."""

    text: str
    start: int
    end: int
    is_subheading: bool = False


class BodyLine(NamedTuple):
    """Where a line of the body starts in the article text and in the lesson file's body value."""

    offset: int  # in the article text
    value_line: int  # 0-based line of the body value
    value_column: int  # 0-based column in that line where the text starts


def article_from_body(body: str) -> tuple[str, tuple[Paragraph, ...], tuple[BodyLine, ...]]:
    """Apply the format's rules: blank lines split paragraphs, lines of a paragraph join with a space,
    ``## `` starts a subheading; paragraphs join with two line breaks."""
    paragraphs: list[Paragraph] = []
    origins: list[BodyLine] = []
    pieces: list[str] = []
    current: list[tuple[int, str, int]] = []  # (value line, stripped text, column)
    offset = 0

    def close() -> None:
        nonlocal offset
        if not current:
            return
        if paragraphs:
            offset += 2
            pieces.append("\n\n")
        heading = current[0][1].startswith("## ")
        start = offset
        lines: list[str] = []
        for n, (value_line, line, column) in enumerate(current):
            if n:
                offset += 1
                pieces.append(" ")
            if n == 0 and heading:
                stripped = line[3:].lstrip()
                column += len(line) - len(stripped)
                line = stripped
            origins.append(BodyLine(offset, value_line, column))
            pieces.append(line)
            lines.append(line)
            offset += len(line)
        paragraphs.append(Paragraph(" ".join(lines), start, offset, heading))
        current.clear()

    for number, raw in enumerate(body.split("\n")):
        line = raw.strip()
        if line:
            current.append((number, line, len(raw) - len(raw.lstrip())))
        else:
            close()
    close()
    return "".join(pieces), tuple(paragraphs), tuple(origins)


class TextIndex:
    """Word tokens and sentences of an article text, for widening and comparing selections quickly."""

    def __init__(self, text: str, paragraphs: tuple[Paragraph, ...]) -> None:
        self.text = text
        spans = [match.span() for match in token_pattern().finditer(text)]
        self.starts: list[int] = [start for start, _ in spans]
        self.ends: list[int] = [end for _, end in spans]
        self.sentences = self._split_sentences(text, paragraphs)
        self._sentence_starts = [s for s, _ in self.sentences]
        starts = self.starts
        self._sentence_first: list[int] = [bisect_left(starts, start) for start, _ in self.sentences]
        self._sentence_stop: list[int] = [bisect_left(starts, end) for _, end in self.sentences]

    @staticmethod
    def _split_sentences(text: str, paragraphs: tuple[Paragraph, ...]) -> list[tuple[int, int]]:
        spans: list[tuple[int, int]] = []
        for paragraph in paragraphs or (Paragraph(text, 0, len(text)),):
            start = paragraph.start
            if not paragraph.is_subheading:
                for match in sentence_end_pattern().finditer(text, paragraph.start, paragraph.end):
                    if _is_abbreviation(text, paragraph.start, match.start()):
                        continue
                    spans.append((start, match.end()))
                    start = _skip_space(text, match.end(), paragraph.end)
            if start < paragraph.end:
                spans.append((start, paragraph.end))
        return spans

    def tokens_touching(self, start: int, end: int) -> tuple[int, int]:
        """The token range [first, stop) of the words that [start, end) touches; empty if none."""
        first = bisect_right(self.ends, start)
        stop = bisect_left(self.starts, end)
        return (first, stop) if first < stop else (first, first)

    def widen(self, first: int, stop: int, unit: str) -> tuple[int, int]:
        """Widen a token range to whole sentences when ``unit`` is ``sentence``."""
        if unit != "sentence" or first >= stop:
            return first, stop
        s1 = bisect_right(self._sentence_starts, self.starts[first]) - 1
        s2 = bisect_right(self._sentence_starts, self.starts[stop - 1]) - 1
        return self._sentence_first[max(s1, 0)], self._sentence_stop[max(s2, 0)]

    def tokens(self, start: int, end: int, unit: str = "word") -> tuple[int, int]:
        return self.widen(*self.tokens_touching(start, end), unit)

    def span(self, first: int, stop: int) -> tuple[int, int]:
        """The character range covered by a token range."""
        if first >= stop:
            return (self.starts[first] if first < len(self.starts) else len(self.text),) * 2
        return self.starts[first], self.ends[stop - 1]


def widened_span(text: str, paragraphs: tuple[Paragraph, ...], start: int, end: int,
                 unit: str = "word") -> tuple[int, int] | None:
    """The characters that [start, end) covers once widened to whole words (under ``unit: sentence``, to
    whole sentences), or None when it touches no word: the same as
    ``TextIndex(text, paragraphs).span(*index.tokens(start, end, unit))``, found by looking only at the
    text around the range. Checking a lesson's quotes then costs nothing like indexing the whole article.

    Words never hold white space, so tokenizing from just after one white-space character to just before
    the next finds exactly the words a scan of the whole text finds there."""
    length = len(text)
    lo, hi = max(0, min(start, end, length)), min(length, max(start, end, 0))
    while lo > 0 and not text[lo - 1].isspace():
        lo -= 1
    while hi < length and not text[hi].isspace():
        hi += 1
    touched = [m.span() for m in token_pattern().finditer(text, lo, hi) if m.end() > start and m.start() < end]
    if not touched:
        return None
    if unit != "sentence":
        return touched[0][0], touched[-1][1]
    first = _sentence_around(text, paragraphs, touched[0][0])
    last = _sentence_around(text, paragraphs, touched[-1][0])
    if first is None or last is None:  # pragma: no cover - an article's words all lie in its paragraphs
        index = TextIndex(text, paragraphs)
        first_token, stop = index.tokens(start, end, unit)
        return index.span(first_token, stop)
    first_word = token_pattern().search(text, first[0], first[2])
    last_words = [m.end() for m in token_pattern().finditer(text, last[0], last[1])]
    assert first_word is not None and last_words
    return first_word.start(), last_words[-1]


def _sentence_around(text: str, paragraphs: tuple[Paragraph, ...], position: int) -> tuple[int, int, int] | None:
    """The sentence (start, end, end of its paragraph) in which the word at ``position`` stands."""
    for paragraph in paragraphs or (Paragraph(text, 0, len(text)),):
        if paragraph.start <= position < paragraph.end:
            sentences = TextIndex._split_sentences(text, (paragraph,))
            starts = [s for s, _ in sentences]
            sentence_start, sentence_end = sentences[max(bisect_right(starts, position) - 1, 0)]
            return sentence_start, sentence_end, paragraph.end
    return None


def _is_abbreviation(text: str, floor: int, dot: int) -> bool:
    if text[dot] != ".":
        return False
    word_start = dot
    while word_start > floor and (text[word_start - 1].isalpha() or text[word_start - 1] == "."):
        word_start -= 1
    word = text[word_start:dot]
    if not word.replace(".", ""):
        return False
    if "." in word:
        return True  # "U.S.", "e.g."
    if len(word) == 1 and word.isupper():
        return True  # an initial: "J. Smith", "U.S."
    return word.lower() in _ABBREVIATIONS and dot + 1 < len(text)


def _skip_space(text: str, position: int, end: int) -> int:
    while position < end and text[position].isspace():
        position += 1
    return position


class Utf16Positions:
    """Converts between Qt's UTF-16 positions and the app's code-point offsets in one text."""

    def __init__(self, text: str) -> None:
        astral = [i for i, c in enumerate(text) if ord(c) > 0xFFFF] if not text.isascii() else []
        self._astral = astral
        self._astral16 = [index + n for n, index in enumerate(astral)]
        self.length = len(text)

    def to_index(self, position16: int) -> int:
        """A UTF-16 position to a code-point offset (a position inside a surrogate pair rounds down)."""
        return max(0, min(position16 - bisect_left(self._astral16, position16), self.length))

    def to_utf16(self, index: int) -> int:
        return index + bisect_left(self._astral, index)
