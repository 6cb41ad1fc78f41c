"""The article text and the units a selection is measured in: words, sentences, UTF-16 positions.

Every offset in the app is a Python code-point index into the article text. Qt counts in UTF-16;
``Utf16Positions`` is the one place where the two meet.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import deque
from collections.abc import Sequence
from functools import cache, cached_property
from itertools import accumulate, repeat
from operator import add, contains, itemgetter, methodcaller
from typing import TYPE_CHECKING, NamedTuple, overload

from literacy_app.core.characters import OTHER_SPACES, Characters

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
    r"""A run of full stops (with any closing quotes or brackets) before white space, or a run of CJK
    full stops: the same matches as ``(?:[.!?…؟۔]+["'”’»)\]]*)(?=\s)|[。！？]+``, in linear time.

    Why it cannot backtrack without bound: a Western match may only start where no full stop stands just
    before (the look-behind), so inside a run of stops every start fails at its first step, and each run
    is tried once from its start; the possessive ``++`` and ``*+`` never give back what they took. A run
    of 60,000 dots costs what 60,000 letters cost."""
    return re.compile(r"(?<![.!?…؟۔])[.!?…؟۔]++[\"'”’»)\]]*+(?=\s)|[。！？]++")


@cache
def _spaces() -> re.Pattern[str]:
    return re.compile(r"\s*")


_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof st sr jr sra srta dra no nos vs etc eg ie approx dept gen col lt sgt gov sen rep "
    "jan feb mar apr jun jul aug sep sept oct nov dec inc ltd co corp fig vol pp p ca cf "
    "hon cllr coun rev supt insp det".split()  # titles: "Hon. Yaw Boakye-Danso", "Coun. Marisa Okafor"
)


# Characters that change a text without showing (joiners and variation selectors, which shape the
# letters and emoji around them, are left alone): zero-width spaces, soft hyphens, direction
# marks, byte-order marks, line and paragraph separators, invisible operators and tag characters.
@cache
def _invisible() -> re.Pattern[str]:  # compiled when first needed: not on the way to the lesson window
    return re.compile("[\u00ad\u034f\u061c\u115f\u1160\u180e\u200b\u200e\u200f\u2028-\u202e\u2060-\u206f"
                      "\u3164\ufeff\uffa0\ufff9-\ufffb\U000e0000-\U000e007f]")


def visible(text: str) -> str:
    """``text`` with every invisible character written out as ``<U+200B>``, for a message that has to
    show a teacher why two texts that look the same are not."""
    return _invisible().sub(lambda m: f"<U+{ord(m.group()):04X}>", text)


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


class ArticleText(NamedTuple):
    """An article's text as the format's rules make it from a lesson's body (``split_body``)."""

    text: str
    paragraphs: tuple[Paragraph, ...]
    origins: Sequence[BodyLine]  # where each line of the body went, worked out only if a message needs it
    single_spaced: bool  # True: known to hold no white space in a paragraph but single spaces


def article_from_body(body: str, characters: Characters | None = None
                      ) -> tuple[str, tuple[Paragraph, ...], Sequence[BodyLine]]:
    """The article's text, paragraphs and where each line of the body went (see ``split_body``)."""
    text, paragraphs, origins, _single_spaced = split_body(body, characters)
    return text, paragraphs, origins


def split_body(body: str, characters: Characters | None = None) -> ArticleText:
    """Apply the format's rules: blank lines split paragraphs, lines of a paragraph join with a space,
    ``## `` starts a subheading; paragraphs join with two line breaks. ``characters``, if known, are
    those of ``body`` (or of the file it stands in).

    A step per paragraph, not per line: the usual body is split at its blank lines in C (see
    ``_paragraphs_quickly``); any other, line by line but still a step per paragraph."""
    quick = _paragraphs_quickly(body, characters or Characters.of(body))
    texts, headings = quick or _paragraphs(body)
    if True in headings:
        texts = [text[3:].lstrip() if heading else text for text, heading in zip(texts, headings)]
    lengths = list(map(len, texts))
    starts = list(accumulate(map(add, lengths, repeat(2)), initial=0))[:-1]  # two line breaks apart
    fields = zip(texts, starts, map(add, starts, lengths), headings)
    paragraphs: tuple[Paragraph, ...] = tuple(map(tuple.__new__, repeat(Paragraph), fields))  # as _make, in C
    return ArticleText("\n\n".join(texts), paragraphs, BodyLines(body), quick is not None)


_Paragraphs = tuple[list[str], list[bool]]  # the paragraphs' texts joined from their lines; which are subheadings


def _paragraphs(body: str) -> _Paragraphs:
    """The rules, line by line: the lines are stripped in C, and each paragraph's lines run from one blank
    line (stripped to nothing) to the next, found with ``list.index``."""
    stripped = list(map(str.strip, body.split("\n")))
    firsts: list[int] = []
    stops: list[int] = []
    first, count = 0, len(stripped)
    stripped.append("")  # so that the last paragraph ends at a blank line too
    find_blank = stripped.index
    while first < count:
        stop = find_blank("", first)
        if stop > first:
            firsts.append(first)
            stops.append(stop)
        first = stop + 1
    texts = list(map(" ".join, map(stripped.__getitem__, map(slice, firsts, stops))))
    return texts, list(map(_IS_SUBHEADING, map(stripped.__getitem__, firsts)))  # by the first line


def _paragraphs_quickly(body: str, characters: Characters) -> _Paragraphs | None:
    """``_paragraphs`` for the usual body, whose lines hold no white space at either end and whose
    paragraphs are one blank line apart: split at each two line breaks, and each paragraph's line breaks
    made spaces, in C. None for any other body.

    Why that is the rules' result: with no white space but spaces and line breaks, a line with a space at
    either end (or of spaces only) inside a paragraph leaves two spaces side by side once its line breaks
    are spaces, and at a paragraph's ends it leaves a space there; a paragraph that starts or ends with a
    line break, or is empty, comes from more than one blank line. The rest is lines already stripped."""
    if any(char in body for char in _WHITE_SPACE_BUT_LINE_BREAK if characters.holds(char)):
        return None  # (a tab or a no-break space elsewhere in the file leaves the body's own way open)
    pieces = body.split("\n\n")
    pieces[0] = pieces[0].lstrip("\n")  # blank lines before the first paragraph and after the last
    pieces[-1] = pieces[-1].rstrip("\n")
    if "" in pieces:
        return None
    texts = list(map(str.replace, pieces, repeat("\n"), repeat(" ")))
    firsts = list(map(_FIRST, texts))
    if " " in firsts or " " in map(_LAST, texts) or any(map(contains, texts, repeat("  "))):
        return None
    if "#" not in firsts:
        return texts, [False] * len(texts)
    return texts, list(map(_IS_SUBHEADING, pieces))  # by the first line: "##" alone on it is no subheading


_WHITE_SPACE_BUT_LINE_BREAK = OTHER_SPACES.replace("\n", "")
_FIRST, _LAST = itemgetter(0), itemgetter(-1)
# A subheading's line starts with "## "; after stripping, a line of "## " alone is "##", a paragraph.
_IS_SUBHEADING = methodcaller("startswith", "## ")


class BodyLines(Sequence[BodyLine]):
    """Where each non-blank line of a body starts in the article text, in order of ``offset``; made on
    first use (a lesson without problems never needs it)."""

    def __init__(self, body: str) -> None:
        self._body = body
        self._found: list[BodyLine] | None = None

    def _all(self) -> list[BodyLine]:
        if self._found is None:
            found: list[BodyLine] = []
            offset = 0
            in_paragraph = False
            for number, raw in enumerate(self._body.split("\n")):
                line = raw.strip()
                if not line:
                    in_paragraph = False
                    continue
                column = len(raw) - len(raw.lstrip())
                if not in_paragraph:
                    if found:
                        offset += 1  # the second of the two line breaks between paragraphs
                    if line.startswith("## "):
                        rest = line[3:].lstrip()
                        column += len(line) - len(rest)
                        line = rest
                found.append(BodyLine(offset, number, column))
                offset += len(line) + 1
                in_paragraph = True
            self._found = found
        return self._found

    def __len__(self) -> int:
        return len(self._all())

    @overload
    def __getitem__(self, index: int) -> BodyLine: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[BodyLine]: ...

    def __getitem__(self, index: int | slice) -> BodyLine | Sequence[BodyLine]:
        return self._all()[index]


class TextIndex:
    """Word tokens and sentences of an article text, for widening and comparing selections quickly."""

    def __init__(self, text: str, paragraphs: tuple[Paragraph, ...]) -> None:
        self.text = text
        self.paragraphs = paragraphs
        spans = [match.span() for match in token_pattern().finditer(text)]
        self.starts: list[int] = [start for start, _ in spans]
        self.ends: list[int] = [end for _, end in spans]

    # Sentences are found the first time a selection is widened to sentences, not for every lesson.
    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        return self._split_sentences(self.text, self.paragraphs)

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s for s, _ in self.sentences]

    @cached_property
    def _sentence_first(self) -> list[int]:
        starts = self.starts
        return [bisect_left(starts, start) for start, _ in self.sentences]

    @cached_property
    def _sentence_stop(self) -> list[int]:
        starts = self.starts
        return [bisect_left(starts, end) for _, end in self.sentences]

    @staticmethod
    def _split_sentences(text: str, paragraphs: tuple[Paragraph, ...]) -> list[tuple[int, int]]:
        spans: list[tuple[int, int]] = []
        ends = sentence_end_pattern()
        space = _spaces().match
        for paragraph in paragraphs or (Paragraph(text, 0, len(text)),):
            start = paragraph.start
            if not paragraph.is_subheading:
                floor = paragraph.start
                for match in ends.finditer(text, paragraph.start, paragraph.end):
                    stop_start, stop_end = match.span()
                    before = text[stop_start - 1] if stop_start > floor else " "
                    if (before.isalpha() or before == ".") and _is_abbreviation(text, floor, stop_start):
                        floor = stop_end
                        continue
                    spans.append((start, stop_end))
                    floor = stop_end
                    start = space(text, stop_end, paragraph.end).end()  # type: ignore[union-attr]
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
    floor, ceiling = max(0, lo - _LOCAL_REACH), min(length, hi + _LOCAL_REACH)
    while lo > floor and not text[lo - 1].isspace():
        lo -= 1
    while hi < ceiling and not text[hi].isspace():
        hi += 1
    if (lo == floor and lo > 0 and not text[lo - 1].isspace()) or \
            (hi == ceiling and hi < length and not text[hi].isspace()):
        return _indexed_span(text, paragraphs, start, end, unit)  # a very long run without spaces
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
    last_word_end = _last_word_end(text, last[0], last[1])
    assert first_word is not None and last_word_end is not None
    return first_word.start(), last_word_end


def _last_word_end(text: str, start: int, end: int) -> int | None:
    """Where the last word of ``text[start:end]`` ends, looking only near ``end`` when it can: words hold
    no space, so words found from just after a space are the words a scan from ``start`` finds there."""
    space = text.rfind(" ", start, max(start, end - _LOCAL_REACH))
    for begin in ((space + 1, start) if space >= 0 else (start,)):
        last = deque(token_pattern().finditer(text, begin, end), maxlen=1)
        if last:
            return int(last[0].end())
    return None


# How far ``widened_span`` looks around a quote before it indexes the whole article instead (once, kept
# for the next quote): a bound on the work per quote, whatever the text.
_LOCAL_REACH = 256


# What was worked out for the texts used lately, found by the text object itself: hashing an article of a
# million characters, as a cache keyed by its value must, costs more than most of what is cached.
_recent_indexes: list[tuple[str, tuple[Paragraph, ...], TextIndex]] = []
_recent_sentences: list[tuple[str, dict[Paragraph, tuple[list[int], list[tuple[int, int]]]]]] = []


def _index_of(text: str, paragraphs: tuple[Paragraph, ...]) -> TextIndex:
    for known, known_paragraphs, index in _recent_indexes:
        if known is text and known_paragraphs == paragraphs:
            return index
    index = TextIndex(text, paragraphs)
    _recent_indexes[:] = [(text, paragraphs, index), *_recent_indexes[:3]]
    return index


def _indexed_span(text: str, paragraphs: tuple[Paragraph, ...], start: int, end: int,
                  unit: str) -> tuple[int, int] | None:
    index = _index_of(text, paragraphs)
    first, stop = index.tokens(start, end, unit)
    return None if first >= stop else index.span(first, stop)


def _sentence_around(text: str, paragraphs: tuple[Paragraph, ...], position: int) -> tuple[int, int, int] | None:
    """The sentence (start, end, end of its paragraph) in which the word at ``position`` stands.

    Only that paragraph is split into sentences, once for all the quotes in it."""
    paragraphs = paragraphs or (Paragraph(text, 0, len(text)),)
    n = bisect_right(paragraphs, position, key=_start_of) - 1
    if n < 0 or not paragraphs[n].start <= position < paragraphs[n].end:
        return None
    paragraph = paragraphs[n]
    starts, sentences = _paragraph_sentences(text, paragraph)
    sentence_start, sentence_end = sentences[max(bisect_right(starts, position) - 1, 0)]
    return sentence_start, sentence_end, paragraph.end


def _start_of(paragraph: Paragraph) -> int:
    return paragraph.start


def _paragraph_sentences(text: str, paragraph: Paragraph) -> tuple[list[int], list[tuple[int, int]]]:
    found = next((known_found for known, known_found in _recent_sentences if known is text), None)
    if found is None:
        found = {}
        _recent_sentences[:] = [(text, found), *_recent_sentences[:3]]
    if paragraph not in found:
        if len(found) >= 256:
            found.clear()
        sentences = TextIndex._split_sentences(text, (paragraph,))
        found[paragraph] = ([s for s, _ in sentences], sentences)
    return found[paragraph]


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
