"""Finding a teacher's quote in the article text, forgiving the differences a reader cannot see.

Both sides are folded the same way (NFC, typographic quotes and dashes, no-break spaces, runs of white
space, and the optional marks of Arabic and Hebrew: short vowels, shadda, sukun, dagger alif, tatweel,
niqqud); the folded article keeps a map back to the original offsets.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from bisect import bisect_right

_TYPOGRAPHIC = (("’", "'"), ("‘", "'"), ("“", '"'), ("”", '"'), ("–", "-"), ("—", "-"), ("\u00a0", " "))
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
# What folding replaces in an article: a white-space run (by one space) or a run of optional marks (by nothing).
_FOLDED_RUN = re.compile(f"{_SPACE_RUN.pattern}|[{_OPTIONAL_MARKS}]+")


def _plain_characters(text: str) -> str:
    """Typographic quotes, dashes and no-break spaces as their plain forms, one for one (so offsets
    stay put). A few scans instead of ``str.translate``, which is slow on non-ASCII text."""
    for typographic, plain in _TYPOGRAPHIC:
        if typographic in text:
            text = text.replace(typographic, plain)
    return text


def fold(text: str) -> str:
    """A quote (or any text) folded for matching."""
    text = _plain_characters(unicodedata.normalize("NFC", text))
    if not text.isascii():
        text = _OPTIONAL.sub("", text)
    return _SPACE_RUN.sub(" ", text).strip()


def fold_for_search(text: str) -> str:
    """Text folded for a search box (the library's filter): as for quotes, and without case."""
    return fold(text).casefold()


class FoldedText:
    """The article text folded for matching, with the way back to original offsets."""

    def __init__(self, text: str) -> None:
        self.original = text
        normal, self._nfc_starts = _normalize_with_map(text)
        normal = _plain_characters(normal)
        pieces: list[str] = []
        self._runs_at: list[int] = []  # folded position of each replaced run
        self._runs: list[tuple[int, int, int]] = []  # its range in the NFC text, and its folded length (1 or 0)
        last = 0
        shift = 0
        for match in (_FOLDED_RUN if not normal.isascii() else _SPACE_RUN).finditer(normal):
            pieces.append(normal[last:match.start()])
            replacement = " " if match.group()[0].isspace() else ""
            self._runs_at.append(match.start() - shift)
            self._runs.append((match.start(), match.end(), len(replacement)))
            pieces.append(replacement)
            shift += match.end() - match.start() - len(replacement)
            last = match.end()
        pieces.append(normal[last:])
        self.text = "".join(pieces)

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

    def find_all(self, quote: str) -> list[tuple[int, int]]:
        """Every place (folded offsets) where the folded ``quote`` stands, overlapping ones included."""
        found: list[tuple[int, int]] = []
        if not quote:
            return found
        position = self.text.find(quote)
        while position >= 0:
            found.append((position, position + len(quote)))
            position = self.text.find(quote, position + 1)
        return found



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
    """The passage of the article most like ``quote``, for a "did you mean"; None if nothing is close."""
    words = [(m.start(), m.end()) for m in _WORD.finditer(folded.text)]
    wanted = {_bare(w) for w in quote.split()}
    count = max(1, len(quote.split()))
    hits = [1 if _bare(folded.text[s:e]) in wanted else 0 for s, e in words]
    candidates: list[tuple[int, int, int]] = []
    for size in {max(1, count - 1), count, count + 1}:
        total = sum(hits[:size])
        for first in range(0, max(1, len(words) - size + 1)):
            if first:
                total += hits[first + size - 1] - hits[first - 1] if first + size - 1 < len(hits) else 0
            candidates.append((total, first, min(first + size, len(words))))
    candidates.sort(key=lambda c: -c[0])
    best, best_ratio = None, 0.0
    target = quote.casefold()
    for total, first, stop in candidates[:40]:
        if not total or first >= stop:
            continue
        passage = folded.text[words[first][0]:words[stop - 1][1]]
        ratio = difflib.SequenceMatcher(None, target, passage.casefold()).ratio()
        if ratio > best_ratio:
            best, best_ratio = (words[first][0], words[stop - 1][1]), ratio
    if best is None or best_ratio < 0.5:
        return _closest_word(folded, quote, words)
    start, end = folded.original_span(*best)
    return folded.original[start:end]


def _closest_word(folded: FoldedText, quote: str, words: list[tuple[int, int]]) -> str | None:
    if " " in quote or not words:
        return None
    texts = {folded.text[s:e].strip(".,;:!?\"'()") for s, e in words}
    close = difflib.get_close_matches(quote, list(texts), n=1, cutoff=0.6)
    return close[0] if close else None


def _bare(word: str) -> str:
    return word.strip(".,;:!?\"'()[]").casefold()
