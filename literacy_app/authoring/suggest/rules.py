"""A language's rules for suggestions, read from ``authoring/rules/<language>.yaml`` and the loaded-word
list ``authoring/loaded_words/<language>.txt``: data a teacher can extend, never code.

Every entry is a word or phrase, turned into a pattern here: letters are matched whole-word, spaces
match any white space, and a trailing ``*`` stands for any word ending. The patterns are alternations
of literal words, so they run in time linear in the text.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from typing import Any, NamedTuple

import yaml

from literacy_app.authoring.suggest.lexicon import LoadedWords, word_forms
from literacy_app.i18n import _

WORD_CHARS = r"\w’'\u064b-\u065f\u0670"  # Arabic short vowels belong to their word
_ARABIC_LETTER = re.compile(r"([\u0621-\u064a])")
_VOWELS = "[\u064b-\u065f\u0670]*"
_ENDING = rf"[{WORD_CHARS}-]*"
_SPACE = r"[^\S\n]"  # white space within a paragraph: no match runs into the next one


# Iraqi, Gulf and Maghrebi writers spell the "q" they say as "g" with گ or ڨ ("گال", "يگولون", "ڨال"): the lists,
# written with ق, find those spellings too
_SPOKEN_G = {"گ": "ق", "ڨ": "ق"}
_SPELLED_AS = {q: f"[{q}{''.join(g for g, listed in _SPOKEN_G.items() if listed == q)}]" for q in _SPOKEN_G.values()}


def _arabic_letter(letter: re.Match[str]) -> str:
    """An Arabic letter of an entry as the text may write it: with short vowels after it, and ق also as the
    spoken "g" (``_SPOKEN_G``)."""
    return _SPELLED_AS.get(letter.group(1), letter.group(1)) + _VOWELS


def _piece(entry: str, number: str | None = None) -> str:
    """One entry as a pattern: words in order, any white space between them."""
    pieces = []
    for word in entry.split():
        starred = word.endswith("*") and len(word) > 1
        parts = re.split(r"(\{n\})", word.rstrip("*") if starred else word)
        text = "".join(number if part == "{n}" and number else _ARABIC_LETTER.sub(_arabic_letter, re.escape(part))
                       for part in parts)
        pieces.append(text + (_ENDING if starred else ""))
    return f"{_SPACE}+".join(pieces)


def alternation(entries: list[str], *, prefixes: tuple[str, ...] = (), number: str | None = None,
                flags: int = re.IGNORECASE, after_hyphen: bool = False) -> re.Pattern[str]:
    """Any of ``entries``, longest first, as whole words (``prefixes`` may stick to the front: Arabic
    "و" + "قال"). An empty list matches nothing."""
    if not entries:
        return re.compile(r"(?!x)x")
    unique = sorted({e.strip() for e in entries if e.strip()}, key=len, reverse=True)
    prefix = f"(?:{'|'.join(re.escape(p) for p in prefixes)})?" if prefixes else ""
    # the prefix goes with each entry, so a longer entry still wins over a shorter one that the prefix
    # would let match first ("بحسب ما" is not "ب" + "حسب")
    body = "|".join(f"{prefix}(?:{_piece(entry, number)})" for entry in unique)
    left = rf"(?<![{WORD_CHARS}])" if after_hyphen else rf"(?<![{WORD_CHARS}-])"
    return re.compile(rf"{left}(?:{body})(?![{WORD_CHARS}])", flags)


_TOKEN = re.compile(rf"(?<![{WORD_CHARS}-])[{WORD_CHARS}]+|(?<![{WORD_CHARS}-])[$€£¥₹%°]")
_TOKEN_AFTER_HYPHEN = re.compile(rf"(?<![{WORD_CHARS}])[{WORD_CHARS}]+")
_LEAD = re.compile(r"[\w’']+")
# str.translate: Arabic short vowels removed, the spoken "g" as the lists write it
_NO_VOWELS: dict[int, str | None] = {**dict.fromkeys([*range(0x064B, 0x0660), 0x0670]),
                                     **{ord(g): q for g, q in _SPOKEN_G.items()}}


def without_marks(text: str) -> str:
    """``text`` without Arabic short vowels and shadda, and with a spoken "g" written as ق, as the lists
    compare words."""
    return text.translate(_NO_VOWELS)


class _Tokens:
    """The words of the last text asked about, lowercased, each with where it starts: every list looks
    its first words up in this vocabulary, so the text is split into words once and each distinct word
    is checked once."""

    text: str | None = None
    found: dict[bool, dict[str, list[int]]] = {}

    @classmethod
    def of(cls, text: str, after_hyphen: bool) -> dict[str, list[int]]:
        if cls.text is not text:
            cls.text, cls.found = text, {}
        if after_hyphen not in cls.found:
            pattern = _TOKEN_AFTER_HYPHEN if after_hyphen else _TOKEN
            written: dict[str, list[int]] = {}
            for match in pattern.finditer(text):
                written.setdefault(match.group(), []).append(match.start())
            vocabulary: dict[str, list[int]] = {}
            for word, places in written.items():  # each distinct word once: lowercased, short vowels gone
                vocabulary.setdefault(without_marks(word).lower(), []).extend(places)
            cls.found[after_hyphen] = vocabulary
        return cls.found[after_hyphen]


class Lexicon:
    """A word list matched as ``alternation`` matches it, but tried only where a word starts that can
    begin one of its entries (found by set look-ups): a long list costs little on a long text."""

    def __init__(self, entries: list[str], *, prefixes: tuple[str, ...] = (), number: str | None = None,
                 after_hyphen: bool = False, number_words: frozenset[str] = frozenset()) -> None:
        self._prefixes, self._number, self._after_hyphen = prefixes, number, after_hyphen
        self._number_words = number_words  # spelled numbers, which begin a "{n} …" entry as digits do
        self._lowered_prefixes = tuple(p.lower() for p in prefixes)
        self._entries: dict[str, list[str]] = {}  # a first word (or "0": a number, "*stem": a stem) -> entries
        self._stems: dict[int, set[str]] = {}  # stem length -> stems of entries like "poison*"
        for entry in entries:
            entry = without_marks(entry)  # "قالّي" written with its marks is found as the text's "قالي" is
            self._entries.setdefault(self._key(entry), []).append(entry)
        self._patterns: dict[tuple[str, ...], re.Pattern[str]] = {}
        self._text: str | None = None
        self._starts: list[int] = []
        self._keys_at: dict[int, tuple[str, ...]] = {}

    def _key(self, entry: str) -> str:
        first = entry.strip().split()[0].lower() if entry.strip() else ""
        lead = _LEAD.match(first)
        if first.startswith("{n}"):
            return "0"
        if first.endswith("*") and lead is not None and lead.end() == len(first) - 1:
            self._stems.setdefault(len(lead.group()), set()).add(lead.group())
            return "*" + lead.group()
        return lead.group() if lead else first[:1]

    def _keys(self, word: str) -> tuple[str, ...]:
        """The entries' keys a word of the text may begin (with a sticky prefix or without)."""
        words = [word] + [word[len(p):] for p in self._lowered_prefixes if word.startswith(p) and len(word) > len(p)]
        keys = {w for w in words if w in self._entries}
        if "0" in self._entries and any(w[:1].isdigit() or w in self._number_words for w in words):
            keys.add("0")
        for length, stems in self._stems.items():
            keys.update("*" + w[:length] for w in words if w[:length] in stems)
        return tuple(sorted(keys))

    def _candidates(self, text: str) -> list[int]:
        """Where in ``text`` a word starts that may begin an entry, in order."""
        if self._text is not text:
            self._keys_at = {}
            for word, places in _Tokens.of(text, self._after_hyphen).items():
                keys = self._keys(word)
                if keys:
                    self._keys_at.update(dict.fromkeys(places, keys))
            self._text, self._starts = text, sorted(self._keys_at)
        return self._starts

    def _pattern(self, keys: tuple[str, ...]) -> re.Pattern[str]:
        """The entries that begin with these words, as one pattern (made once)."""
        if keys not in self._patterns:
            entries = [entry for key in keys for entry in self._entries[key]]
            self._patterns[keys] = alternation(entries, prefixes=self._prefixes, number=self._number,
                                               after_hyphen=self._after_hyphen)
        return self._patterns[keys]

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        end = len(text) if endpos is None else endpos
        starts = self._candidates(text)
        after = pos
        for n in range(bisect_left(starts, pos), len(starts)):
            start = starts[n]
            if start >= end:
                break
            if start < after:
                continue
            found = self._pattern(self._keys_at[start]).match(text, start, end)
            if found is not None and found.end() > found.start():
                after = found.end()
                yield found

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
    own_view: Lexicon  # a phrase that gives the view of someone named before ("In her view", "A su juicio")
    label_verbs: Lexicon  # verbs that speak only before a quoted label ("called the findings "…"")
    after_quote_verbs: Lexicon  # verbs that speak only right after a quotation ('"…," she laughs')
    vague_phrases: Lexicon
    disclaimer_cues: Lexicon
    advice_disclaimer_cues: Lexicon  # a note that information is no advice: a disclaimer, of no one's views
    platform_cues: Lexicon  # a platform disowning what others post on it: a disclaimer when no one is reported
    disclosures: tuple[tuple[Lexicon, Lexicon], ...]  # pairs of lists: one word of each in a sentence discloses
    no_advice: tuple[Lexicon, Lexicon]  # a denial and advice in one sentence: "This isn't legal advice"
    views_disowned: tuple[Lexicon, Lexicon]  # views and whose they are, or are not: "Letters reflect the views of
    # their writers, not those of the Gazette"
    offer_words: Lexicon  # what marks a sentence as the terms of an offer ("free", "off", "descuento", "خصم")
    paid_cues: Lexicon  # what makes a disclaimer say the piece was paid for ("sponsored", "patrocinado", "إعلان")
    gift_cues: Lexicon  # what says the writer was given what is reviewed ("was a guest of", "review copy")
    reviewed_things: Lexicon  # what the writer ate, stayed in, travelled on ("our meal", "mi estancia", "وجبتنا")
    terms_headings: Lexicon  # what heads the paragraph of an offer's terms ("Terms:", "Condiciones:", "شروط العرض:")
    beyond_measure: Lexicon  # the ends of an exaggeration (figurative.py)
    beyond_measure_in_opinion: Lexicon
    comparing: Lexicon  # the cues of a comparison that judges
    treating: Lexicon  # verbs of treating someone as something ("treats … as a nuisance")
    stance: Lexicon  # the writer's comment on their own words ("frankly", "sin exagerar", "بلا مبالغة")
    paper_voice: Lexicon  # a newspaper naming itself, as an unsigned editorial does ("this newspaper")
    loaded_words: LoadedWords
    not_figures: Lexicon
    number_words: Lexicon
    dates: Dates
    prefixes: tuple[str, ...]
    decimal_mark: str
    thousands_mark: str

    def has(self, kind: str, word: str) -> bool:
        """Whether ``word`` (any case, without a sticky prefix) is in the list ``kind``."""
        found = self.words.get(kind, frozenset())
        lower = word.lower() if word.isascii() else without_marks(word).lower()
        if lower in found:
            return True
        return bool(self.prefixes) and any(lower.startswith(p) and lower[len(p):] in found for p in self.prefixes)


class _WordsLoader(yaml.SafeLoader):  # type: ignore[misc]  # PyYAML has no types
    """YAML with only ``true`` and ``false`` as booleans: the words "on", "no", "off", "yes" and "y" in a
    list stay words (YAML 1.1 would read them as True and False)."""


_WordsLoader.yaml_implicit_resolvers = {
    first: [(tag, pattern) for tag, pattern in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.copy().items()}
_WordsLoader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
                                   list("tTfF"))


def _lists(data: dict[str, Any]) -> dict[str, list[str]]:
    lists = {name: [str(v) for v in value] for name, value in data.items() if isinstance(value, list)}
    endings = [entry.split() for entry in lists.pop("participles_from", []) if len(entry.split()) == 2]
    derived = _participles_from(lists.get("speech_verbs", []), endings)
    for name in ("speech_verbs", "participles") if derived else ():
        listed = lists.get(name, [])
        lists[name] = listed + [p for p in derived if p not in listed]
    return lists


def _participles_from(verbs: list[str], endings: list[list[str]]) -> list[str]:
    """Participles made from the verbs of speech by their endings (``participles_from``: "ó ando" makes
    "avisando" from "avisó", "ió iendo" makes "advirtiendo" from "advirtió"); the first ending a verb has is
    the one used."""
    made = []
    for verb in verbs:
        ending, participle = next(((e, p) for e, p in endings if " " not in verb and verb.endswith(e)
                                   and len(verb) > len(e) + 2), ("", ""))
        if ending:
            made.append(verb[: -len(ending)] + participle)
    return made


def number_pattern(decimal: str, thousands: str) -> str:
    """A number in digits, with the language's marks (each may be one of several characters: Arabic writes
    ٫ and ٬ as well as . and ,): 2,000  3.5  180.000  3,5  ١٢٠  ٤٫٨  ٢٬٥٠٠."""
    point, group = _one_of(decimal), _one_of(thousands)
    return rf"\d{{1,3}}(?:{group}\d{{3}})+(?:{point}\d+)?|\d+(?:{point}\d+)?"


def _one_of(marks: str) -> str:
    return "[" + "".join(re.escape(mark) for mark in marks) + "]"


class Dates:
    """Dates written with the language's month names (14 March, March 14, 3 de diciembre de 2023) or
    in digits (2023-09-19, 19/09/2023). Each form starts with a digit or a month name, and is tried
    only there."""

    def __init__(self, lists: dict[str, list[str]]) -> None:
        months = "|".join(re.escape(m) for m in sorted(lists.get("months", []), key=len, reverse=True))
        joiners = "|".join(re.escape(j) for j in lists.get("date_joiners", [])) or "(?!x)x"
        month = rf"(?:{months or '(?!x)x'})\.?"
        day = r"\d?(?:st|nd|rd|th|º|er)?"
        year = rf"(?:,?{_SPACE}+(?:(?:{joiners}){_SPACE}+)?\d{{4}})"
        # the first digit is matched before the look-behind, so the engine can skip to digits quickly
        self.digit_first = re.compile(
            rf"\d(?<![\w.,]\d){day}{_SPACE}+(?:(?:{joiners}){_SPACE}+)?{month}{year}?(?!\w)"
            r"|\d(?<!\w\d)\d{3}-\d{2}-\d{2}\b|\d(?<!\w\d)\d?[/.]\d{1,2}[/.]\d{2,4}\b", re.IGNORECASE)
        self.month_first = Lexicon(lists.get("months", []))
        self._month_form = re.compile(rf"{month}(?:{_SPACE}+(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?{year}?(?!\w)"
                                      rf"|(?:{_SPACE}+(?:{joiners}))?{_SPACE}+\d{{4}}(?!\w))", re.IGNORECASE)

    def spans(self, text: str) -> list[tuple[int, int]]:
        found = [m.span() for m in self.digit_first.finditer(text)]
        for month in self.month_first.finditer(text):
            form = self._month_form.match(text, month.start())
            if form is not None:
                found.append(form.span())
        return sorted(found)


@cache
def rules_for(language: str) -> Rules | None:
    """The rules for a language tag's first part (``es-MX`` uses ``es``), or None when there are none."""
    base = language.split("-")[0].lower()
    folder = resources.files("literacy_app.authoring")
    source = folder / "rules" / f"{base}.yaml"
    if not source.is_file():
        return None
    data = yaml.load(source.read_text(encoding="utf-8"), Loader=_WordsLoader) or {}  # noqa: S506 (a safe loader)
    lists = _lists(data)
    decimal, thousands = str(data.get("decimal_mark", ".")), str(data.get("thousands_mark", ","))
    number = number_pattern(decimal, thousands)
    prefixes = tuple(lists.get("word_prefixes", []))
    verb_prefixes = tuple(lists.get("verb_prefixes", prefixes))  # Arabic: "وقال", never "كلفت" read as ك + لفت
    return Rules(
        language=base,
        words={name: frozenset(v.lower() for v in values) for name, values in lists.items()},
        speech_verbs=Lexicon(lists.get("speech_verbs", []) + lists.get("evidence_verbs", []),
                                 prefixes=verb_prefixes),
        evidence_verbs=frozenset(v.lower() for v in lists.get("evidence_verbs", [])),
        vague_verbs=Lexicon(lists.get("vague_verbs", []), prefixes=verb_prefixes),
        method_verbs=Lexicon(lists.get("method_verbs", []), prefixes=verb_prefixes),
        source_before=Lexicon(lists.get("source_before", []), prefixes=prefixes),
        own_view=Lexicon(lists.get("own_view", []), prefixes=prefixes),
        label_verbs=Lexicon(lists.get("label_verbs", []), prefixes=verb_prefixes),
        after_quote_verbs=Lexicon(lists.get("after_quote_verbs", []), prefixes=verb_prefixes),
        vague_phrases=Lexicon(lists.get("vague_phrases", []) + [phrase for pair in BUILT_VAGUE_PHRASES
                                                                for phrase in _each_with_each(lists, *pair)],
                              prefixes=prefixes),
        disclaimer_cues=Lexicon(lists.get("disclaimer_cues", []), prefixes=prefixes),
        advice_disclaimer_cues=Lexicon(lists.get("advice_disclaimer_cues", []), prefixes=prefixes),
        platform_cues=Lexicon(lists.get("platform_cues", []), prefixes=prefixes),
        disclosures=tuple(_pair(lists, pair, prefixes) for pair in DISCLOSURES),
        no_advice=_pair(lists, NO_ADVICE, prefixes),
        views_disowned=_pair(lists, VIEWS_DISOWNED, prefixes),
        offer_words=Lexicon(lists.get("offer_words", []), prefixes=prefixes),
        paid_cues=Lexicon(lists.get("paid_cues", []), prefixes=prefixes),
        reviewed_things=Lexicon(lists.get("reviewed_things", []), prefixes=prefixes),
        gift_cues=Lexicon(lists.get("gift_cues", []), prefixes=prefixes),
        terms_headings=Lexicon(lists.get("terms_headings", []), prefixes=prefixes),
        beyond_measure=Lexicon(lists.get("beyond_measure", []), prefixes=prefixes),
        beyond_measure_in_opinion=Lexicon(lists.get("beyond_measure_in_opinion", []), prefixes=prefixes),
        comparing=Lexicon(lists.get("comparing", []), prefixes=prefixes),
        treating=Lexicon(lists.get("treating", []), prefixes=prefixes),
        stance=Lexicon(lists.get("stance", []), prefixes=prefixes),
        paper_voice=Lexicon(lists.get("paper_voice", []), prefixes=prefixes),
        loaded_words=LoadedWords(_loaded_listing(base), word_forms(base)),
        not_figures=Lexicon(lists.get("not_figure_templates", []), number=_template_number(number, lists),
                            prefixes=prefixes,
                            number_words=frozenset(w.lower() for w in lists.get("number_words", []))),
        number_words=Lexicon(lists.get("number_words", []) + lists.get("quantity_words", []),
                                 prefixes=prefixes, after_hyphen=True),
        dates=Dates(lists),
        prefixes=prefixes,
        decimal_mark=decimal,
        thousands_mark=thousands,
    )


@cache
def _loaded_listing(language: str) -> str:
    """The text of the app's loaded-word list for a language ("" when it has none), read once: a teacher's own
    list is added to it (``with_own_words``) without reading the file again."""
    listing = resources.files("literacy_app.authoring") / "loaded_words" / f"{language}.txt"
    return listing.read_text(encoding="utf-8") if listing.is_file() else ""


class OwnWords(NamedTuple):
    """A teacher's own loaded-word list, written like the app's: its file's name and its text."""

    name: str
    listing: str


def with_own_words(rules: Rules, own: Sequence[OwnWords]) -> Rules:
    """The rules with a teacher's own loaded words added to the app's list. Entries before a list's first
    "## " heading are in a category named after its file, so each suggestion says which list it came from."""
    if not own:
        return rules
    headings = [_("from {file}", file=words.name) for words in own]
    listing = _loaded_listing(rules.language) + "".join(f"\n## {heading}\n{words.listing}\n"
                                                        for heading, words in zip(headings, own, strict=True))
    return replace(rules, loaded_words=LoadedWords(listing, word_forms(rules.language)))


# Vague phrases built from two lists, each word of the first right before each of the second: a word that says
# how many hold a view and one that says it is held ("generally considered", "comúnmente aceptado"); the
# impersonal "se" and a verb of believing, expecting or advising ("se prevé", "se recomiendan")
BUILT_VAGUE_PHRASES = (("generality_adverbs", "held_participles"), ("impersonal_markers", "impersonal_verbs"))


def _each_with_each(lists: dict[str, list[str]], first: str, second: str) -> list[str]:
    return [f"{a} {b}" for a in lists.get(first, []) for b in lists.get(second, [])]


def _pair(lists: dict[str, list[str]], names: tuple[str, str], prefixes: tuple[str, ...]) -> tuple[Lexicon, Lexicon]:
    """Two lists whose words, one of each in a sentence, make a cue (``DISCLOSURES``, ``NO_ADVICE``)."""
    return Lexicon(lists.get(names[0], []), prefixes=prefixes), Lexicon(lists.get(names[1], []), prefixes=prefixes)


# A sentence with a word of each list of a pair says who gave what the piece is about or who paid for it, or
# who paid for what was reviewed: "The maker lent me the bike for this review", "The charity paid for this
# article", "Our reviewer's meal was paid for by the Gazette"
LENT_FOR_REVIEW = ("lent_words", "review_words")
PAID_FOR_THE_PIECE = ("payer_words", "piece_words")
PAID_FOR_WHAT_WAS_REVIEWED = ("payer_words", "reviewed_things")
DISCLOSURES = (LENT_FOR_REVIEW, PAID_FOR_THE_PIECE, PAID_FOR_WHAT_WAS_REVIEWED)
# …and a word of each of these, that what is written is no advice ("This isn't legal advice", "Nothing posted here
# is financial advice"): a disclaimer that says nothing of whose views a piece holds
NO_ADVICE = ("advice_denials", "advice_words")
# …and a word of each of these, that the views or posts in a text are someone else's and not the publisher's
# ("Letters reflect the views of their writers, not those of the Gazette", "the admins are not responsible for
# opinions posted by members"): a disclaimer of whose views, where no one is reported saying it
VIEWS_DISOWNED = ("views_words", "disowning_words")


def _template_number(number: str, lists: dict[str, list[str]]) -> str:
    """What {n} stands for in a template: a number in digits or in words ("aged 19", "under five")."""
    words = sorted(lists.get("number_words", []), key=len, reverse=True)
    spelled = "|".join(re.escape(w) for w in words)
    return f"(?:{number}|{spelled})" if spelled else f"(?:{number})"


def read_word_list(listing: str) -> list[str]:
    """Entries of a word list: one a line, ``#`` starts a comment."""
    return [entry for line in listing.splitlines() if (entry := line.split("#", 1)[0].strip().lower())]
