"""Finding a teacher's quote in the article text, forgiving the differences a reader cannot see.

Both sides are folded the same way (NFC, typographic quotes and dashes, no-break spaces, runs of white
space, and the optional marks of Arabic and Hebrew: short vowels, shadda, sukun, dagger alif, tatweel,
niqqud); the folded article keeps a map back to the original offsets.
"""

from __future__ import annotations

import difflib
import heapq
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Sequence
from functools import cached_property
from itertools import accumulate
from operator import add, attrgetter, methodcaller
from typing import TYPE_CHECKING, Protocol

from literacy_app.core.characters import OTHER_SPACES as _OTHER_SPACES
from literacy_app.core.characters import Characters

if TYPE_CHECKING:
    from literacy_app.core.text import Paragraph

_TYPOGRAPHIC = (("’", "'"), ("‘", "'"), ("“", '"'), ("”", '"'), ("–", "-"), ("—", "-"), ("\u00a0", " "))
_PLAIN_FORMS = frozenset("'\"-")  # what the typographic characters but the no-break space become
# Two or more white-space characters, or one that is not a plain space. Written to start with a plain
# character class (fast to scan for); the same matches as \s{2,}|[^\S ].
_SPACE_RUN = re.compile(r"\s(?:(?<=[^\S ])\s*|\s+)")
_WORD = re.compile(r"\S+")
# Marks a reader of Arabic or Hebrew may or may not write, which change nothing a reader could point at:
# Arabic harakat, tanwin, shadda, sukun and small marks (not madda or hamza, which NFC composes into
# letters), the dagger alif, Quranic annotation marks, the tatweel; Hebrew points and cantillation.
_OPTIONAL_MARKS = ("\u064b-\u0652\u0656-\u065f\u0670\u0640\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed"
                   "\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7")
_OPTIONAL = re.compile(f"[{_OPTIONAL_MARKS}]+")


# Non-ASCII characters that NFC leaves alone wherever they stand: starters that no decomposition changes
# and that nothing composes with (Latin letters, typographic punctuation, currency signs, emoji). Checked
# against the whole Unicode database by tests/core/test_folding_fast_paths.py.
STABLE_UNDER_NFC = "\x80-\u02ff\u2010-\u2027\u2030-\u205e\u20a0-\u20c0\U0001f300-\U0001faff"
_UNSTABLE_UNDER_NFC = re.compile(f"[^{STABLE_UNDER_NFC}]")


def _characters_of(char_class: str) -> list[str]:
    """The characters a class written as single characters and ranges (``a-z``) stands for."""
    chars: list[str] = []
    n = 0
    while n < len(char_class):
        if n + 2 < len(char_class) and char_class[n + 1] == "-":
            chars += map(chr, range(ord(char_class[n]), ord(char_class[n + 2]) + 1))
            n += 3
        else:
            chars.append(char_class[n])
            n += 1
    return chars


def _surely_nfc(characters: Characters, length: int) -> bool:
    """Whether a text of ``length`` characters is NFC, known without a pass of the normalizer over all of
    it: true when its non-ASCII characters, few next to its length, are all ones NFC leaves alone wherever
    they stand. False says only "maybe not"."""
    others = characters.others
    return len(others) * 4 < length and _UNSTABLE_UNDER_NFC.search(others) is None


# The first bytes of the optional marks in UTF-8: a text whose UTF-8 holds none of them holds no mark.
_MARK_LEADS = sorted({char.encode()[:1] for char in _characters_of(_OPTIONAL_MARKS)})


def _holds_marks(characters: Characters) -> bool:
    """Whether the text holds any optional mark (or, for a part of a file, maybe)."""
    if not any(map(characters.holds_utf8, _MARK_LEADS)):
        return False
    return _OPTIONAL.search(characters.others) is not None


def space_runs(text: str, characters: Characters | None = None) -> list[tuple[int, int]]:
    """The spans ``_SPACE_RUN.finditer(text)`` gives (runs of white space other than one plain space),
    found with plain string searches: several times faster on a long article, where most white space is
    single spaces. Each run is walked once, from the first mark found in it."""
    characters = characters or Characters.of(text)
    marks: list[int] = []
    find = text.find
    for char in _OTHER_SPACES:
        if characters.holds(char):  # where each one stands, counted in C: the lengths of the pieces between them
            marks.extend(accumulate(map(len, text.split(char)[:-1]), lambda at, size: at + size + 1))
    position = find("  ")
    while position >= 0:
        marks.append(position)
        position = find("  ", position + 2)
    marks.sort()
    runs: list[tuple[int, int]] = []
    length, reached = len(text), -1
    for mark in marks:
        if mark < reached:
            continue  # inside the run just found
        start, end = mark, mark + 1
        while start > 0 and text[start - 1].isspace():
            start -= 1
        while end < length and text[end].isspace():
            end += 1
        runs.append((start, end))
        reached = end
    return runs


def _plain_characters(text: str) -> str:
    """Typographic quotes, dashes and no-break spaces as their plain forms, one for one (so offsets
    stay put). A few scans instead of ``str.translate``, which is slow on non-ASCII text."""
    if text.isascii():
        return text
    for typographic, plain in _TYPOGRAPHIC:
        if typographic in text:
            text = text.replace(typographic, plain)
    return text


def fold(text: str) -> str:
    """A quote (or any text) folded for matching."""
    if not text.isascii():  # ASCII text is already NFC and holds no typographic character or mark
        text = _OPTIONAL.sub("", _plain_characters(unicodedata.normalize("NFC", text)))
    return _SPACE_RUN.sub(" ", text).strip()


def fold_for_search(text: str) -> str:
    """Text folded for a search box (the library's filter): as for quotes, and without case."""
    return fold(text).casefold()


def _folded_runs(text: str) -> list[tuple[int, int, int]]:
    """What folding replaces, in order: runs of white space (by one space: size 1) and, in text that is not
    plain ASCII, runs of optional marks (by nothing: size 0)."""
    characters = Characters.of(text)
    runs = [(start, end, 1) for start, end in space_runs(text, characters)]
    if _holds_marks(characters):
        runs += [(m.start(), m.end(), 0) for m in _OPTIONAL.finditer(text)]
        runs.sort()
    return runs


class FoldedText:
    """The article text folded for matching, with the way back to original offsets."""

    def __init__(self, text: str, paragraphs: Sequence[Paragraph] = (), characters: Characters | None = None,
                 single_spaced: bool = False) -> None:
        """``paragraphs``, if given, are the text's own, as ``split_body`` makes them: the text is their
        texts, which hold no line break and neither start nor end with white space, joined by two line
        breaks. The usual article is then folded by joining them, without a search of the text for its
        runs of white space. ``single_spaced``: ``split_body`` found that they hold no other white space
        than single spaces, so that the text need not be searched for that either. ``characters``, if
        given, are the text's, or those of a file it is part of (as the loader knows them), so that the
        text need not be read for them again."""
        self.original = text
        characters = characters or Characters.of(text)
        normal, self._nfc_starts = (text, None) if _surely_nfc(characters, len(text)) \
            else _normalize_with_map(text)
        if normal is not text:
            characters = Characters.of(normal)
        folded = (_fold_paragraphs(normal, paragraphs, characters, single_spaced) if self._nfc_starts is None
                  else None) \
            or _fold_quickly(normal, characters) or _fold_plainly(normal, _folded_runs(normal))
        # The text folded but for its typographic characters; the folded position of each replaced run;
        # its range in the NFC text, and its folded length (1 or 0). A run of one white-space character
        # moves no offset, so it may be left out.
        self._unplain, self._runs_at, self._runs = folded
        self._typographic = [pair for pair in _TYPOGRAPHIC[:-1] if characters.holds(pair[0])]  # a no-break
        # space is white space, so folding has replaced it already
        self._few_wide = bool(characters.others) and len(characters.others) * 8 < len(normal)

    @cached_property
    def text(self) -> str:
        """The folded text. Its typographic quotes and dashes are made plain (one for one, so no offset
        moves) only when something asks for it: a quote without an apostrophe, a quotation mark or a
        hyphen finds the same places either way (see ``find``), and one long copy or two is saved."""
        text = self._unplain
        for typographic, plain in self._typographic:
            text = text.replace(typographic, plain)
        return text

    @cached_property
    def _narrow(self) -> str | None:
        """The text in one byte a character (``_narrowed``), for searching, when few of its characters are
        not ASCII: an article with one emoji takes four bytes a character, and a search of it for each
        quote reads four times the memory. (Where the narrow text holds too many places that are not the
        quote, ``find`` gives up on it.)"""
        return _narrowed(self._unplain) if self._few_wide else None

    def find(self, folded: str, start: int = 0, end: int | None = None) -> int:
        """``self.text.find``: looked for in the narrow text, each place found there checked in the text
        itself (the narrow text holds every place, and a few more)."""
        narrow = self._narrow
        if narrow is None:
            return self._find_plainly(folded, start, end)
        needle, size, misses = _narrowed(folded), len(folded), 0
        position = narrow.find(needle, start, end)
        while position >= 0 and _plain_characters(self._unplain[position:position + size]) != folded:
            misses += 1
            if misses > 64:  # a text full of characters that look alike narrowed
                return self._find_plainly(folded, position + 1, end)
            position = narrow.find(needle, position + 1, end)
        return position

    def _find_plainly(self, folded: str, start: int, end: int | None) -> int:
        """A folded text without ``'``, ``"`` or ``-`` can only stand where the text holds none of them
        nor their typographic forms, so it is looked for in ``_unplain``."""
        haystack = self.text if self._typographic and _PLAIN_FORMS.intersection(folded) else self._unplain
        return haystack.find(folded, start, end)

    def _to_normal(self, position: int) -> int:
        """A folded position to a position in the NFC text (past any marks folded away just before it)."""
        n = bisect_right(self._runs_at, position) - 1
        if n < 0:
            return position
        run_at = self._runs_at[n]
        run_start, run_end, size = self._runs[n]
        if position < run_at + size:
            return run_start
        return run_end + (position - run_at - size)

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The original range of the folded range [start, end); marks folded away right after its last
        character belong to it."""
        first = self._to_normal(start)
        stop = self._to_normal(end) if end > start else first
        if self._nfc_starts is None:
            return first, stop
        return self._nfc_starts[first], self._nfc_starts[stop]

    @cached_property
    def words(self) -> list[tuple[int, int]]:
        """Every run of non-space characters (folded offsets), found once for every quote."""
        return [m.span() for m in _WORD.finditer(self.text)]

    @cached_property
    def word_positions(self) -> dict[str, list[int]]:
        """Each word's bare form (no edge punctuation, case folded) and where it stands among ``words``."""
        found: dict[str, list[int]] = {}
        text = self.text
        for number, (start, end) in enumerate(self.words):
            found.setdefault(_bare(text[start:end]), []).append(number)
        return found

    @cached_property
    def words_by_length(self) -> dict[int, list[str]]:
        """The distinct words without edge punctuation, by length, in the order they first stand."""
        by_length: dict[int, list[str]] = {}
        seen: set[str] = set()
        text = self.text
        for start, end in self.words:
            word = text[start:end].strip(".,;:!?\"'()")
            if word not in seen:
                seen.add(word)
                by_length.setdefault(len(word), []).append(word)
        return by_length

    @cached_property
    def suggestions(self) -> dict[str, str | None]:
        """The "did you mean" found for each missing quote so far."""
        return {}

    @cached_property
    def _starts_found(self) -> dict[str, tuple[list[int], bool]]:
        return {}

    def find_first(self, quote: str, limit: int) -> list[int]:
        """Where the folded ``quote`` starts (folded offsets, overlapping places included), the first
        ``limit`` places at most. Remembered per quote, so a quote written many times is looked for once."""
        if not quote or limit <= 0:
            return []
        found, complete = self._starts_found.get(quote, ([], False))
        if len(found) < limit and not complete:
            position = self.find(quote, found[-1] + 1) if found else self.find(quote)
            while position >= 0 and len(found) < limit:
                found.append(position)
                position = self.find(quote, position + 1)
            self._starts_found[quote] = (found, position < 0)
        return found[:limit]

    def find_all(self, quote: str) -> list[tuple[int, int]]:
        """Every place (folded offsets) where the folded ``quote`` stands, overlapping ones included."""
        return [(start, start + len(quote)) for start in self.find_first(quote, len(self._unplain) + 1)]


class _Runs(Protocol):
    """Each replaced run by its number: its range in the NFC text, and its folded length (1 or 0)."""

    def __getitem__(self, number: int, /) -> tuple[int, int, int]: ...


_Folded = tuple[str, list[int], _Runs]
_WHITE_SPACE_BUT_LINE_BREAK = _OTHER_SPACES.replace("\n", "")
_STARTS_WITH_SPACE = methodcaller("startswith", " ")
_TEXT_OF = attrgetter("text")


def _fold_plainly(normal: str, runs: list[tuple[int, int, int]]) -> _Folded:
    """The text with each run replaced, run by run."""
    pieces: list[str] = []
    runs_at: list[int] = []
    last = 0
    shift = 0
    for run_start, run_end, size in runs:
        pieces.append(normal[last:run_start])
        runs_at.append(run_start - shift)
        pieces.append(" " if size else "")
        shift += run_end - run_start - size
        last = run_end
    pieces.append(normal[last:])
    return "".join(pieces), runs_at, list(runs)


def _fold_quickly(normal: str, characters: Characters) -> _Folded | None:
    """``_fold_plainly`` for the usual article, without a step per run: no optional marks, and no run of
    white space longer than two characters (paragraphs are two line breaks apart). Every white-space
    character becomes a plain space (offsets stay put); the runs are then where the text splits at two
    spaces, counted in C. None for any other text. ``characters`` are (at least) those of ``normal``."""
    if _holds_marks(characters):
        return None
    spaced = normal
    for char in _OTHER_SPACES:
        if characters.holds(char):
            spaced = spaced.replace(char, " ")
    pieces = spaced.split("  ")
    if "" in pieces or any(map(_STARTS_WITH_SPACE, pieces)):
        return None  # a run of three white-space characters or more, or one at an end
    return _joined(pieces)


def _fold_paragraphs(text: str, paragraphs: Sequence[Paragraph], characters: Characters,
                     single_spaced: bool) -> _Folded | None:
    """``_fold_plainly`` for an article whose only runs are the two line breaks between its paragraphs
    (no other white space but single plain spaces, no optional marks): its paragraphs joined by one
    space, without a pass over the text to find them. None for any other text."""
    if len(paragraphs) < 2 or _holds_marks(characters):
        return None
    if not single_spaced and (characters.holds_any(_WHITE_SPACE_BUT_LINE_BREAK) or "  " in text):
        return None
    texts = list(map(_TEXT_OF, paragraphs))
    if sum(map(len, texts)) + 2 * len(texts) - 2 != len(text):
        return None  # not the text's own paragraphs
    return _joined(texts)


def _joined(pieces: list[str]) -> _Folded:
    """``pieces`` joined by one space, where the text had two white-space characters between them."""
    count = len(pieces) - 1
    before = list(accumulate(map(len, pieces[:count])))  # the characters before each run but its spaces
    return " ".join(pieces), list(map(add, before, range(count))), _Separators(before)


class _Separators:
    """The runs ``_joined`` replaced, each made when asked for (a lesson asks for a few): the two
    white-space characters after each piece but the last."""

    def __init__(self, before: list[int]) -> None:
        self._before = before  # the characters of the pieces before each run

    def __getitem__(self, number: int, /) -> tuple[int, int, int]:
        start = self._before[number] + 2 * number
        return start, start + 2, 1


def _narrowed(text: str) -> str:
    """``text`` one for one in Latin-1, with "?" for any other character and for ', " and - (which stand
    for typographic characters outside Latin-1): where a folded quote stands in a text, its narrowed form
    stands in the text's narrowed form."""
    narrow = text.encode("latin-1", "replace").decode("latin-1")
    for char in "'\"-":
        if char in narrow:
            narrow = narrow.replace(char, "?")
    return narrow


def _normalize_with_map(text: str) -> tuple[str, list[int] | None]:
    """NFC-normalise, keeping for each output character the original offset it starts at."""
    if text.isascii() or unicodedata.is_normalized("NFC", text):
        return text, None
    out: list[str] = []
    starts: list[int] = []
    cluster_start = 0
    for i in range(1, len(text) + 1):
        if i == len(text) or _starts_cluster(text, cluster_start, i):
            piece = unicodedata.normalize("NFC", text[cluster_start:i])
            out.append(piece)
            starts.extend([cluster_start] * len(piece))
            cluster_start = i
    starts.append(len(text))
    return "".join(out), starts


def _starts_cluster(text: str, cluster_start: int, i: int) -> bool:
    """Whether NFC can never join ``text[i]`` to what comes before it. A starter usually cannot, but some
    can (Hangul vowel and final jamo, Bengali and Tamil vowel-sign halves), so those are tried."""
    char = text[i]
    if unicodedata.combining(char):
        return False
    if char < "\u0300":
        return True
    before = unicodedata.normalize("NFC", text[cluster_start:i])
    return unicodedata.normalize("NFC", before + char) == before + unicodedata.normalize("NFC", char)


def closest_passage(folded: FoldedText, quote: str) -> str | None:
    """The passage of the article most like ``quote``, for a "did you mean"; None if nothing is close.

    Looks only at the windows of words around the places where the quote's own words stand (found in
    an index of the article made once), so each missing quote costs about the same, whatever the
    article's length; and only the first ``SUGGESTIONS`` missing quotes of a lesson get one at all."""
    memo = folded.suggestions
    if quote in memo:
        return memo[quote]
    if len(memo) >= SUGGESTIONS:
        return None
    memo[quote] = found = _closest(folded, quote)
    return found


# A "did you mean" is worth a few milliseconds for the first few mistakes, not minutes for a file made of
# nothing but missing quotes.
SUGGESTIONS = 3
_WINDOW_WORK = 5_000  # windows scored per quote, at most
_COMPARED = 8  # passages compared character by character, at most


def _closest(folded: FoldedText, quote: str) -> str | None:
    words = folded.words
    quote_words = quote.split()
    count = max(1, len(quote_words))
    sizes = sorted({max(1, count - 1), count, count + 1})
    scores: dict[tuple[int, int], int] = {}
    work = 0
    for bare in {_bare(w) for w in quote_words}:
        for position in folded.word_positions.get(bare, ()):
            for rank, size in enumerate(sizes):
                last_first = max(0, len(words) - size)
                for first in range(max(0, position - size + 1), min(position, last_first) + 1):
                    key = (rank, first)
                    scores[key] = scores.get(key, 0) + 1
                work += size
            if work > _WINDOW_WORK:
                break
        if work > _WINDOW_WORK:
            break
    best, best_ratio = None, 0.0
    target = quote.casefold()
    ranked = heapq.nsmallest(_COMPARED, scores.items(), key=lambda item: (-item[1], item[0]))
    for (rank, first), _total in ranked:
        stop = min(first + sizes[rank], len(words))
        start, end = words[first][0], words[stop - 1][1]
        if end - start > 3 * len(target) + 3:  # too long to reach a ratio of 0.5
            continue
        matcher = difflib.SequenceMatcher(None, target, folded.text[start:end].casefold())
        if matcher.real_quick_ratio() <= best_ratio or matcher.quick_ratio() <= best_ratio:
            continue
        ratio = matcher.ratio()
        if ratio > best_ratio:
            best, best_ratio = (start, end), ratio
    if best is None or best_ratio < 0.5:
        return _closest_word(folded, quote)
    start, end = folded.original_span(*best)
    return folded.original[start:end]


def _closest_word(folded: FoldedText, quote: str) -> str | None:
    if " " in quote or not folded.words:
        return None
    # A ratio of 0.6 needs the shorter of two words to be at least 3/7 of the longer one.
    lengths = folded.words_by_length
    low, high = (3 * len(quote) + 6) // 7, (7 * len(quote)) // 3
    texts = [word for length in range(low, high + 1) for word in lengths.get(length, ())]
    close = difflib.get_close_matches(quote, texts[:5000], n=1, cutoff=0.6)
    return close[0] if close else None


def _bare(word: str) -> str:
    return word.strip(".,;:!?\"'()[]").casefold()
