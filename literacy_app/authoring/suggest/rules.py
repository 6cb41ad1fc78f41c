"""A language's rules for suggestions, read from ``authoring/rules/<language>.yaml`` and the loaded-word
list ``authoring/loaded_words/<language>.txt``: data a teacher can extend, never code.

Every entry is a word or phrase, turned into a pattern here: letters are matched whole-word, spaces
match any white space, and a trailing ``*`` stands for any word ending. The patterns are alternations
of literal words, so they run in time linear in the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from collections.abc import Iterator
from typing import Any

import yaml

WORD_CHARS = r"\w’'"
_ENDING = rf"[{WORD_CHARS}-]*"


def _piece(entry: str, number: str | None = None) -> str:
    """One entry as a pattern: words in order, any white space between them."""
    pieces = []
    for word in entry.split():
        starred = word.endswith("*") and len(word) > 1
        parts = re.split(r"(\{n\})", word.rstrip("*") if starred else word)
        text = "".join(number if part == "{n}" and number else re.escape(part) for part in parts)
        pieces.append(text + (_ENDING if starred else ""))
    return r"\s+".join(pieces)


def alternation(entries: list[str], *, prefixes: tuple[str, ...] = (), number: str | None = None,
                flags: int = re.IGNORECASE, after_hyphen: bool = False) -> re.Pattern[str]:
    """Any of ``entries``, longest first, as whole words (``prefixes`` may stick to the front: Arabic
    "و" + "قال"). An empty list matches nothing."""
    if not entries:
        return re.compile(r"(?!x)x")
    unique = sorted({e.strip() for e in entries if e.strip()}, key=len, reverse=True)
    body = "|".join(_piece(entry, number) for entry in unique)
    prefix = f"(?:{'|'.join(re.escape(p) for p in prefixes)})?" if prefixes else ""
    left = rf"(?<![{WORD_CHARS}])" if after_hyphen else rf"(?<![{WORD_CHARS}-])"
    return re.compile(rf"{left}{prefix}(?:{body})(?![{WORD_CHARS}])", flags)


_WORD_START = re.compile(rf"(?<![{WORD_CHARS}-])[\w$€£¥₹%°]")


class Lexicon:
    """A word list matched as ``alternation`` matches it, but tried only where a word starts and only
    with the entries that begin with that word's first letter: a long list costs little on a long text."""

    def __init__(self, entries: list[str], *, prefixes: tuple[str, ...] = (), number: str | None = None) -> None:
        groups: dict[str, list[str]] = {}
        for entry in {e.strip() for e in entries if e.strip()}:
            first = "0" if entry.startswith("{n}") else entry[0].lower()
            groups.setdefault(first, []).append(entry)
        everything = [e for group in groups.values() for e in group]
        self._patterns = {first: alternation(group + (everything if first in self._firsts(prefixes) else []),
                                             prefixes=prefixes, number=number)
                          for first, group in groups.items()}
        for first in self._firsts(prefixes):
            self._patterns.setdefault(first, alternation(everything, prefixes=prefixes, number=number))

    @staticmethod
    def _firsts(prefixes: tuple[str, ...]) -> set[str]:
        return {p[0].lower() for p in prefixes}

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        end = len(text) if endpos is None else endpos
        scan = _WORD_START.search(text, pos, end)
        while scan is not None:
            first = scan.group().lower()
            pattern = self._patterns.get("0" if first.isdigit() else first)
            found = pattern.match(text, scan.start(), end) if pattern is not None else None
            if found is not None and found.end() > found.start():
                yield found
                scan = _WORD_START.search(text, found.end(), end)
            else:
                scan = _WORD_START.search(text, scan.end(), end)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        return next(self.finditer(text, pos, endpos), None)


@dataclass(frozen=True, eq=False)  # one per language, cached: compared and hashed by identity
class Rules:
    """What ``suggest`` knows about one language."""

    language: str
    words: dict[str, frozenset[str]]  # each word list, lowercased, for membership tests
    speech_verbs: Lexicon
    evidence_verbs: frozenset[str]
    vague_verbs: Lexicon
    method_verbs: Lexicon
    source_before: Lexicon
    vague_phrases: Lexicon
    disclaimer_cues: Lexicon
    loaded_words: Lexicon
    not_figures: Lexicon
    number_words: re.Pattern[str]
    dates: re.Pattern[str]
    prefixes: tuple[str, ...]
    decimal_mark: str
    thousands_mark: str

    def has(self, kind: str, word: str) -> bool:
        """Whether ``word`` (any case, without a sticky prefix) is in the list ``kind``."""
        found = self.words.get(kind, frozenset())
        lower = word.lower()
        return lower in found or any(lower.startswith(p) and lower[len(p):] in found for p in self.prefixes)


def _lists(data: dict[str, Any]) -> dict[str, list[str]]:
    return {name: [str(v) for v in value] for name, value in data.items() if isinstance(value, list)}


def _number_pattern(decimal: str, thousands: str) -> str:
    """A number in digits, with the language's marks: 2,000  3.5  180.000  3,5  ١٢٠."""
    return rf"\d{{1,3}}(?:{re.escape(thousands)}\d{{3}})+(?:{re.escape(decimal)}\d+)?|\d+(?:{re.escape(decimal)}\d+)?"


def _date_pattern(lists: dict[str, list[str]], number: str) -> re.Pattern[str]:
    """Dates from the language's month names: 14 March, March 14, 3 de diciembre de 2023, 2023-09-19."""
    months = "|".join(re.escape(m) for m in sorted(lists.get("months", []), key=len, reverse=True))
    joiners = "|".join(re.escape(j) for j in lists.get("date_joiners", [])) or "(?!x)x"
    if not months:
        return re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
    day = r"\d{1,2}(?:st|nd|rd|th|º|er)?"
    month = rf"(?:{months})\.?"
    return re.compile(
        rf"(?<!\w){day}\s+(?:(?:{joiners})\s+)?{month}(?:,?\s+(?:(?:{joiners})\s+)?\d{{4}})?(?!\w)"
        rf"|(?<!\w){month}\s+{day}(?:,?\s+\d{{4}})?(?!\w)"
        rf"|(?<!\w){month}(?:\s+(?:{joiners}))?\s+\d{{4}}(?!\w)"
        r"|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b", re.IGNORECASE)


@cache
def rules_for(language: str) -> Rules | None:
    """The rules for a language tag's first part (``es-MX`` uses ``es``), or None when there are none."""
    base = language.split("-")[0].lower()
    folder = resources.files("literacy_app.authoring")
    source = folder / "rules" / f"{base}.yaml"
    if not source.is_file():
        return None
    data = yaml.safe_load(source.read_text(encoding="utf-8")) or {}
    lists = _lists(data)
    decimal, thousands = str(data.get("decimal_mark", ".")), str(data.get("thousands_mark", ","))
    number = _number_pattern(decimal, thousands)
    prefixes = tuple(lists.get("word_prefixes", []))
    loaded = folder / "loaded_words" / f"{base}.txt"
    return Rules(
        language=base,
        words={name: frozenset(v.lower() for v in values) for name, values in lists.items()},
        speech_verbs=Lexicon(lists.get("speech_verbs", []) + lists.get("evidence_verbs", []),
                                 prefixes=prefixes),
        evidence_verbs=frozenset(v.lower() for v in lists.get("evidence_verbs", [])),
        vague_verbs=Lexicon(lists.get("vague_verbs", []), prefixes=prefixes),
        method_verbs=Lexicon(lists.get("method_verbs", []), prefixes=prefixes),
        source_before=Lexicon(lists.get("source_before", []), prefixes=prefixes),
        vague_phrases=Lexicon(lists.get("vague_phrases", []), prefixes=prefixes),
        disclaimer_cues=Lexicon(lists.get("disclaimer_cues", [])),
        loaded_words=Lexicon(read_word_list(loaded.read_text(encoding="utf-8")) if loaded.is_file() else [],
                                 prefixes=prefixes),
        not_figures=Lexicon(lists.get("not_figure_templates", []), number=f"(?:{number})"),
        number_words=alternation(lists.get("number_words", []) + lists.get("quantity_words", []),
                                 prefixes=prefixes, after_hyphen=True),
        dates=_date_pattern(lists, number),
        prefixes=prefixes,
        decimal_mark=decimal,
        thousands_mark=thousands,
    )


def read_word_list(listing: str) -> list[str]:
    """Entries of a word list: one a line, ``#`` starts a comment."""
    return [entry for line in listing.splitlines() if (entry := line.split("#", 1)[0].strip().lower())]
