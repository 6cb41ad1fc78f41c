"""The loaded-word list of a language, matched with the word's usual forms.

A teacher writes a word once, in its plain form (``disaster``, ``slam``, ``escandaloso``, ``فضيحة``); the
language's form rules (``authoring/loaded_words/forms.yaml``) give the endings it is also found with
(*disasters, slammed, escandalosas, فضيحتها*), and in Arabic the clitics that stick to its front
(*والفضيحة، بالفضيحة*) are looked through. Matching is a look-up per word of the text: the text is split
into words once, and each distinct word is normalised once, so a list of any length stays linear.

Entry syntax, one a line (``#`` starts a comment; a ``## heading`` names the category of the entries under it):

- ``word`` or ``a phrase``: the first and last word are found with their forms;
- ``"word"`` in quotation marks: only exactly as written;
- ``word*``: any ending (``poison*`` finds *poisonous*); ``*ending``: any word with that ending
  (``*ísimo`` finds *gravísimo*, *carísimo*);
- ``word (not after: tax, training; not before: line)``: not when one of those words stands just before
  or after it (words that are loaded in some senses only: *regime* but not *tax regime*);
- ``keep … happy``: a ``…`` between two words stands for one to three words of the text, apart by white
  space only (*keeping the developers happy*);
- ``truly …``: only with a word after it, which it takes along (*truly special*); not before a little
  word of the language (an article, a preposition…: ``function_words`` in the forms file), a comma or
  the end of the sentence (*yours truly*);
- ``how dare ?`` or ``what a … !``: only in a sentence that ends with a question mark or an exclamation
  mark (a rhetorical question, an exclamation); ``¡qué …`` or ``¿hasta cuándo``: only just after the
  Spanish opening mark (which tells *¡qué!* from *que*, since accents are not compared).

A heading that ends with ``(opinion only)`` (``## verdicts (opinion only)``) marks words that judge when a
writer gives their own opinions but are plain words in a news report (*dangerous*, *failed*, *predictable*):
they are found only when ``find`` is told the text gives opinions (see ``suggest/voice.py``).

A hyphenated entry is also found written as one word and as separate words (*world-class*, *world
class*), but not as separate words when one of them is a little word (*has-been* is not *has been*).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any, NamedTuple

import yaml

from literacy_app.i18n import _

_WORD = r"[\w’'\u064b-\u065f\u0670\u0640]"
TOKEN = re.compile(rf"{_WORD}+(?:-{_WORD}+)*")
_ARABIC_MARKS = dict.fromkeys([*range(0x064B, 0x0660), 0x0670, 0x0640])  # short vowels, tatweel
_FOLD = str.maketrans({"’": "'", "á": "a", "é": "e", "í": "i", "ó": "o", "ú": "u", "ü": "u", "à": "a",
                       "è": "e", "ì": "i", "ò": "o", "ù": "u", "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
                       "ى": "ي", **{chr(c): None for c in _ARABIC_MARKS}})
_EXCEPTIONS = re.compile(r"\(([^()]*)\)\s*$")
_MOOD = re.compile(r"\s([?!])$")  # "how dare ?": only in a question
_SENTENCE_END = re.compile(r"[.!?؟\n]+")
_OPENINGS = "¡¿"  # Spanish opening marks: "¡qué …" is found only where an exclamation opens
_TAA_MARBUTA_WRITTEN = 3  # a text with this many ة writes it where it means it
GAP = "…"  # in the middle of an entry: one to three words of the text ("keep … happy", "line … pockets")
GAP_WORDS = 3
OPINION_ONLY = "(opinion only)"  # ends a heading whose words are loaded only where the writer gives opinions


def fold(word: str) -> str:
    """A word as the list and the text are compared: lowercase, apostrophes alike, without Spanish accents
    (ñ stays), Arabic short vowels and tatweel, and with the Arabic alef and yaa forms made one."""
    return unicodedata.normalize("NFC", word).lower().translate(_FOLD)


class FormRule(NamedTuple):
    ending: re.Pattern[str]
    forms: tuple[str, ...]


@dataclass(frozen=True)
class WordForms:
    """How one language writes a word's other forms: the first rule whose ending a word has gives them."""

    rules: tuple[FormRule, ...] = ()
    prefixes: tuple[str, ...] = ()  # clitics that stick to the front of a word (Arabic و، ال، بال…)
    function_words: frozenset[str] = frozenset()  # articles, prepositions, pronouns…: never the word after "truly …"
    contractions: tuple[tuple[str, str], ...] = ()  # "n't" written out as " not": "don't miss" finds "do not miss"

    def written_out(self, text: str) -> str:
        """``text`` with its contractions written out ("before it's too late": "before it is too late")."""
        out = text.replace("’", "'")
        for short, long in self.contractions:
            out = out.replace(short, long)
        return out

    def of(self, word: str) -> set[str]:
        found = {word}
        for rule in self.rules:
            match = rule.ending.search(word)
            if match:
                stem, groups = word[:match.start()], match.groups()
                for form in rule.forms:
                    for number, group in enumerate(groups, 1):
                        form = form.replace(f"\\{number}", group or "")
                    found.add(stem + form)
                break
        return found

    def bare(self, word: str, *, taa_as_haa: bool = True) -> list[str]:
        """The word and what is left of it without each clitic it may start with (at least two letters);
        with ``taa_as_haa``, a final ه may also be a ة, as informal Arabic writes it."""
        found = [word]
        for prefix in self.prefixes:
            if word.startswith(prefix) and len(word) - len(prefix) >= 2:
                found.append(word[len(prefix):])
        if taa_as_haa and self.prefixes and word.endswith("ه"):
            found += [w[:-1] + "ة" for w in found]
        return found


@cache
def word_forms(language: str) -> WordForms:
    source = resources.files("literacy_app.authoring") / "loaded_words" / "forms.yaml"
    data: dict[str, Any] = yaml.safe_load(source.read_text(encoding="utf-8")) or {}
    section = data.get(language) or {}
    rules = tuple(FormRule(re.compile(str(rule["ending"]) + "$"), tuple(str(f) for f in rule["forms"]))
                  for rule in section.get("endings", []))
    prefixes = tuple(sorted({fold(str(p)) for p in section.get("prefixes", [])}, key=len, reverse=True))
    little = frozenset(fold(w) for w in str(section.get("function_words") or "").split())
    contractions = tuple((str(short), str(long)) for short, long in section.get("contractions", []))
    return WordForms(rules, prefixes, little, contractions)


class _Word(NamedTuple):
    """One word of an entry: the forms it is found in, or the stem it starts with (``word*``)."""

    forms: frozenset[str]
    stem: str = ""
    ending: str = ""  # "*ísimo": any word with that ending

    def takes(self, candidates: list[str]) -> bool:
        if self.stem:
            return any(c.startswith(self.stem) for c in candidates)
        if self.ending:
            return any(c.endswith(self.ending) and len(c) > len(self.ending) + 1 for c in candidates)
        return any(c in self.forms for c in candidates)


@dataclass(frozen=True)
class Entry:
    words: tuple[_Word, ...]
    between: tuple[str, ...]  # what stands between two words besides white space ("%" in "100 % natural")
    written: str
    category: str
    not_after: frozenset[str] = field(default=frozenset())
    not_before: frozenset[str] = field(default=frozenset())
    mood: str = ""  # "?" or "!": only in a sentence that ends so
    then_word: bool = False  # "truly …": with the word after it
    opening: str = ""  # "¡qué …": only just after an opening ¡ (or ¿)
    opinion_only: bool = False  # under a "## … (opinion only)" heading: only where the writer gives opinions


class Found(NamedTuple):
    start: int
    end: int
    entry: Entry
    first: int  # index of its first and last word in the text's words
    last: int


def _split_exceptions(line: str) -> tuple[str, frozenset[str], frozenset[str]]:
    match = _EXCEPTIONS.search(line)
    if not match:
        return line, frozenset(), frozenset()
    after: set[str] = set()
    before: set[str] = set()
    for part in match.group(1).split(";"):
        label, _colon, words = part.partition(":")
        target = after if "after" in label else before if "before" in label else None
        if target is not None:
            target.update(fold(w.strip()) for w in words.split(",") if w.strip())
    return line[:match.start()].strip(), frozenset(after), frozenset(before)


class ListProblem(NamedTuple):
    """A mistake in a word list, where it is (line and column count from 1) and what to write instead."""

    line: int
    column: int
    message: str


_OPTION_LABELS = ("not after", "not before")


def list_problems(listing: str) -> list[ListProblem]:
    """The mistakes in a loaded-word list that its reader would otherwise take silently for something else:
    a "(" that does not close the line, a choice other than "not after:"/"not before:", a line with no word
    to look for, a "*" or "…" where it means nothing."""
    found = []
    for number, line in enumerate(listing.splitlines(), start=1):
        entry = line.split("#", 1)[0].rstrip()
        if entry.strip() and not line.lstrip().startswith("##"):
            found += [ListProblem(number, column + 1, message) for column, message in _entry_problems(entry)]
    return found


def _entry_problems(entry: str) -> list[tuple[int, str]]:
    """(column from 0, message) for each mistake in one entry."""
    opening = entry.find("(")
    options = _EXCEPTIONS.search(entry)
    if opening >= 0 and (options is None or options.start() != opening):
        return [(opening, _("this '(' must be closed by a ')' at the end of the line, as in: regime (not "
                            "after: tax)"))]
    if opening < 0 and ")" in entry:
        return [(entry.index(")"), _("this ')' has no '(' before it."))]
    words = entry[:opening] if opening >= 0 else entry
    return _words_problems(words) + (_option_problems(entry, options) if options else [])


def _option_problems(entry: str, options: re.Match[str]) -> list[tuple[int, str]]:
    found = []
    at = options.start(1)
    for part in options.group(1).split(";"):
        label, colon, words = part.partition(":")
        named = " ".join(label.lower().split())
        column = at + len(label) - len(label.lstrip())
        if named not in _OPTION_LABELS or not colon:
            found.append((column, _("'{label}' is not a choice here; write (not after: …) or (not before: …), "
                                    "with ';' between the two.", label=label.strip() or part.strip())))
        elif not words.strip(" ,"):
            found.append((column, _("say which words rule the entry out after '{label}:', as in (not after: "
                                    "tax, training).", label=named)))
        at += len(part) + 1
    return found


def _words_problems(words: str) -> list[tuple[int, str]]:
    text = _MOOD.sub("", words.rstrip()).strip()
    if not re.search(r"\w", text):
        return [(len(words) - len(words.lstrip()), _("there is no word to look for on this line."))]
    found = []
    for star in re.finditer(r"\*", words):
        inside = words[star.start() - 1:star.start()].isalnum() and words[star.end():star.end() + 1].isalnum()
        if inside:
            found.append((star.start(), _("a * goes at the end of a word (poison* finds poisonous) or at its "
                                          "start (*ísimo finds gravísimo), not inside it.")))
    bare = text.strip("\"“”").lstrip(_OPENINGS).strip()
    if bare.startswith(("…", "...")):
        found.append((words.find(bare[0]), _("a … stands between two words (keep … happy) or after one "
                                             "(truly …), not before the first.")))
    return found


def _entry_words(text: str, forms: WordForms, exact: bool) -> list[tuple[list[_Word], list[str]]]:
    """The ways an entry is written as words: a hyphenated word also as one word and as separate words."""
    writings = [(text, False)]  # each writing, and whether it is a hyphenated word written apart
    written_out = forms.written_out(text)
    if "-" in text and not exact:
        writings.append((text.replace("-", ""), False))
        if not any(fold(part) in forms.function_words for part in re.split(r"[-\s]+", text)):
            writings.append((text.replace("-", " "), True))
    if written_out != text.replace("’", "'") and not exact:
        writings.append((written_out, False))  # "before it's too late" as "before it is too late"
    found = []
    for writing, apart in writings:  # "u-turn" as "u turn": only the last part takes endings ("u" is not "us")
        tokens = list(TOKEN.finditer(writing))
        if not tokens:
            continue
        between = [re.sub(r"[\s*]+", "", writing[a.end():b.start()]) for a, b in zip(tokens, tokens[1:])]
        between = [GAP if b in ("…", "...") else b for b in between]  # "keep … happy": one to three words
        words = []
        for n, token in enumerate(tokens):
            word = fold(token.group())
            starred = writing[token.end():token.end() + 1] == "*"
            if writing[token.start() - 1:token.start()] == "*" and token.start() > 0:
                words.append(_Word(frozenset(), ending=word))
                continue
            if starred:
                words.append(_Word(frozenset(), word))
                continue
            inflected = not exact and ((n == 0 and not apart) or n == len(tokens) - 1)
            words.append(_Word(frozenset(forms.of(word) if inflected else {word})))
        found.append((words, between))
    return found


def _plain_spaces(text: str, spans: list[tuple[int, int]], first: int, last: int) -> bool:
    """Whether words ``first`` to ``last`` of the text stand apart by white space only, on one line: the
    words a "…" in the middle of an entry may stand for are one phrase."""
    for n in range(first + 1, last + 1):
        gap = text[spans[n - 1][1]:spans[n][0]]
        if gap.strip() or "\n" in gap:
            return False
    return True


class _Starts:
    """The entries that begin with one form of a word: the one-word entries, and the longer ones by
    the forms of their second word (so a common first word, "the", costs one look-up per place)."""

    def __init__(self) -> None:
        self.alone: list[Entry] = []
        self.by_second: dict[str, list[Entry]] = {}
        self.second_stems: list[Entry] = []

    def used(self, opinion: bool) -> bool:
        """Whether any of these entries is looked for (an "opinion only" one only in a text with opinions)."""
        entries = [*self.alone, *self.second_stems, *(e for group in self.by_second.values() for e in group)]
        return any(opinion or not entry.opinion_only for entry in entries)

    def add(self, entry: Entry) -> None:
        if len(entry.words) == 1:
            self.alone.append(entry)
        elif entry.words[1].stem or entry.between[0] == GAP:
            self.second_stems.append(entry)
        else:
            for form in entry.words[1].forms:
                self.by_second.setdefault(form, []).append(entry)


class LoadedWords:
    """A language's loaded-word list, ready to be looked up word by word in an article."""

    def __init__(self, listing: str, forms: WordForms) -> None:
        self.forms = forms
        self.entries: list[Entry] = []
        self._by_first: dict[str, list[Entry]] = {}
        self._by_stem: dict[int, dict[str, list[Entry]]] = {}
        self._by_ending: dict[str, list[Entry]] = {}
        self._starts: dict[tuple[str, str], _Starts] = {}  # made when a text first needs them
        self._last: tuple[str, bool, list[Found]] | None = None  # the last text looked up, and what was found
        category, opinion_only = "", False
        for line in listing.splitlines():
            stripped = line.strip()
            if stripped.startswith("##"):
                category = stripped.lstrip("#").strip()
                opinion_only = category.endswith(OPINION_ONLY)
                category = category.removesuffix(OPINION_ONLY).rstrip()
                continue
            text = stripped.split("#", 1)[0].strip()
            if text:
                self._add(text, category, opinion_only)

    def _add(self, line: str, category: str, opinion_only: bool = False) -> None:
        text, not_after, not_before = _split_exceptions(line)
        mood = _MOOD.search(text)
        if mood:
            text = text[:mood.start()].rstrip()
        then_word = text.endswith(("…", "..."))
        text = text.rstrip(".…").rstrip()
        exact = len(text) > 1 and text[0] in "\"“" and text[-1] in "\"”"
        text = text.strip("\"“”").strip()
        opening = text[:len(text) - len(text.lstrip(_OPENINGS))]
        text = text.lstrip(_OPENINGS).strip()
        for words, between in _entry_words(text, self.forms, exact):
            entry = Entry(tuple(words), tuple(between), text, category, not_after, not_before,
                          mood.group(1) if mood else "", then_word, opening, opinion_only)
            self.entries.append(entry)
            first = words[0]
            if first.ending:
                self._by_ending.setdefault(first.ending, []).append(entry)
            elif first.stem:
                self._by_stem.setdefault(len(first.stem), {}).setdefault(first.stem, []).append(entry)
            for form in first.forms:
                self._by_first.setdefault(form, []).append(entry)

    def _grouped(self, kind: str, key: str, entries: list[Entry]) -> _Starts:
        if (kind, key) not in self._starts:
            starts = _Starts()
            for entry in entries:
                starts.add(entry)
            self._starts[kind, key] = starts
        return self._starts[kind, key]

    def __len__(self) -> int:
        return len({entry.written for entry in self.entries})

    def _starting(self, candidates: list[str]) -> list[_Starts]:
        found: list[_Starts] = []
        for candidate in candidates:
            if candidate in self._by_first:
                found.append(self._grouped("=", candidate, self._by_first[candidate]))
            for length, stems in self._by_stem.items():
                if candidate[:length] in stems:
                    found.append(self._grouped("*", candidate[:length], stems[candidate[:length]]))
            for ending, entries in self._by_ending.items():
                if candidate.endswith(ending) and len(candidate) > len(ending) + 1:
                    found.append(self._grouped("-", ending, entries))
        return found

    def find(self, text: str, *, opinion: bool = True) -> list[Found]:
        """Every place an entry stands in ``text``, longest first where two start at one word, not overlapping;
        entries marked "opinion only" only when ``opinion`` (the writer gives opinions). The last answer is
        kept: telling whether a text gives opinions looks the same text up first."""
        if self._last is not None and self._last[0] is text and self._last[1] == opinion:
            return list(self._last[2])
        found = self._find(text, opinion)
        self._last = (text, opinion, found)
        return list(found)

    def _find(self, text: str, opinion: bool) -> list[Found]:
        spans = [m.span() for m in TOKEN.finditer(text)]
        words = [text[a:b] for a, b in spans]
        # a text that writes ة keeps ه for "his" (متاجره, his shops, is not متاجرة, trafficking)
        taa_as_haa = text.count("ة") < _TAA_MARBUTA_WRITTEN
        seen: dict[str, list[str]] = {}
        starts: dict[str, list[_Starts]] = {}

        def candidates(word: str) -> list[str]:
            if word not in seen:
                folded = fold(word)
                found = self.forms.bare(folded, taa_as_haa=taa_as_haa)
                if "-" in folded:  # a hyphenated word: also joined up, and its last part, which says what
                    # it is ("long-overdue" is overdue); the others only qualify it ("disaster-relief")
                    found += [folded.replace("-", ""), folded.rsplit("-", 1)[-1]]
                seen[word] = found
            return seen[word]

        def following(word: str) -> list[str]:
            """A later word of an entry: a hyphenated word only as a whole or by its first part, so that
            "miss out" is not found in "missed run-out"."""
            if "-" not in word:
                return candidates(word)
            folded = fold(word)
            whole = self.forms.bare(folded, taa_as_haa=taa_as_haa)
            return whole + [folded.replace("-", ""), folded.split("-")[0]]

        def plain(n: int) -> list[str]:
            return self.forms.bare(fold(words[n]), taa_as_haa=taa_as_haa) if 0 <= n < len(words) else []

        def at(n: int, probing: bool = False) -> Found | None:
            """The entry found at word ``n``, longest first, or None (``probing``: only whether one is, without
            looking further on, so a run of "truly truly truly…" costs two look-ups a word)."""
            word = words[n]
            if word not in starts:
                starts[word] = self._starting(candidates(word))
            if not starts[word]:
                return None
            tried: list[Entry] = []
            for start in starts[word]:
                tried += start.alone + start.second_stems
                if start.by_second and n + 1 < len(words):
                    for candidate in following(words[n + 1]):
                        tried += start.by_second.get(candidate, ())
            fitting: list[tuple[int, bool, int, Entry]] = []  # longest first; at one length, "truly …" first
            for order, entry in enumerate(tried):
                if entry.opinion_only and not opinion:
                    continue
                last = self._match(text, spans, words, n, entry, following)
                if last is None:
                    continue
                if entry.not_after and any(c in entry.not_after for c in plain(n - 1)):
                    continue
                if entry.not_before and any(c in entry.not_before for c in plain(last + 1)):
                    continue
                if entry.mood and not self._ends_with(text, spans[last][1], entry.mood):
                    continue
                if entry.opening and not text[max(0, spans[n][0] - 8):spans[n][0]].rstrip().endswith(entry.opening):
                    continue
                fitting.append((-last, not entry.then_word, order, entry))
            for minus_last, _plain, _order, entry in sorted(fitting):
                last = -minus_last
                taken = self._word_after(text, spans, words, last, plain, starts, candidates, opinion) \
                    if entry.then_word else False
                if taken is False and entry.then_word and not probing and at(last + 1, probing=True) is None:
                    taken = True  # "What a goal!": "goal" begins "goal of the century", which is not there
                if taken is not None:
                    last = last + 1 if taken else last
                    return Found(spans[n][0], spans[last][1], entry, n, last)
            return None

        results: list[Found] = []
        n = 0
        while n < len(words):
            found = at(n)
            if found is None:
                n += 1
                continue
            results.append(found)
            n = found.last + 1
        return results

    @staticmethod
    def _ends_with(text: str, end: int, mood: str) -> bool:
        """Whether the sentence that goes on from ``end`` ends with a question or an exclamation mark."""
        stop = _SENTENCE_END.search(text, end)
        marks = stop.group() if stop else ""
        return any(mark in marks for mark in ("?؟" if mood == "?" else "!"))

    def _word_after(self, text: str, spans: list[tuple[int, int]], words: list[str], last: int, plain: Any,
                    starts: dict[str, list[_Starts]], candidates: Any, opinion: bool) -> bool | None:
        """For a "truly …" entry: None when no word it could judge follows in the same clause (a little word,
        a comma, the end), so it is not found; True when it takes that word; False when the word starts an
        entry of its own (the two are then joined as one judgement)."""
        if last + 1 >= len(words) or text[spans[last][1]:spans[last + 1][0]].strip(" \t"):
            return None
        if any(c in self.forms.function_words for c in plain(last + 1)):
            return None
        following = words[last + 1]
        if following not in starts:
            starts[following] = self._starting(candidates(following))
        return not any(start.used(opinion) for start in starts[following])

    @staticmethod
    def _match(text: str, spans: list[tuple[int, int]], words: list[str], n: int, entry: Entry,
               candidates: Any, k: int = 1) -> int | None:
        """The index of the entry's last word when its word ``k`` stands just after word ``n`` of the text (or,
        after a "…" in the entry, one to three words further on), or None."""
        if k == len(entry.words):
            return n
        if n + len(entry.words) - k >= len(words):
            return None
        gapped = entry.between[k - 1] == GAP
        for skipped in range(1, GAP_WORDS + 1) if gapped else (0,):
            at = n + 1 + skipped
            if at >= len(words) or (gapped and not _plain_spaces(text, spans, n, at)):
                return None
            if not entry.words[k].takes(candidates(words[at])):
                continue
            if not gapped:
                gap = text[spans[at - 1][1]:spans[at][0]]
                if gap != " " and ("\n" in gap or re.sub(r"\s+", "", gap) != entry.between[k - 1]):
                    return None
                if gap == " " and entry.between[k - 1]:
                    return None
            last = LoadedWords._match(text, spans, words, at, entry, candidates, k + 1)
            if last is not None:
                return last
        return None
