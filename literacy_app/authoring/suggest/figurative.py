"""Loaded language carried by a figure of speech rather than by one word of the list.

- **Exaggeration beyond any measure**: a superlative whose comparison reaches past anything that could
  be checked ("the best drink I have ever had", "the sweetest humans alive", "el mejor día de mi vida",
  "أجمل مكان في العالم"). The language's ``beyond_measure`` ends exaggerate wherever they stand (they
  speak of one person's whole life); its ``beyond_measure_in_opinion`` ends ("in history", "ever") only
  where the writer gives opinions, since a news report's "the biggest flood in history" reports a record.
  A superlative is a word of the ``superlatives`` list, or in a language with ``superlative_endings``,
  a longer word with such an ending that ``not_superlatives`` does not hold ("sweetest", not "honest").
- **A comparison that judges**, in the writer's own voice: one of the language's ``comparing`` cues
  ("sounds like", "tastes like", "como si", "كأننا") with up to three words after it in the same clause
  ("sound like an airport lounge"). Looked for only where the writer gives opinions: a news report's
  "looked like a war zone" is someone's quoted description. A cue before one of ``not_compared`` ("it
  looks like it will rain") only guesses, and is left out.
- **Treating someone as something less**, in the writer's own voice: a verb of ``treating`` ("treats",
  "tratan", "يعاملون") and, within four words of its clause, one of ``treated_as`` ("as", "like",
  "como", "مثل"), with up to three words after it; after the first, a word of ``clause_words``,
  ``infinitive_words`` or ``rule_prepositions`` ends them ("treats its young people as a nuisance",
  "treated like an afterthought", "nos tratan como bobos"). Not before one of ``not_treated``
  ("treated as suspicious", "como a cualquier otro barrio": a police term, a plea to be treated the same),
  nor one word after a passive ("is likely to be treated as unfair": a category in law).

All look for the rare part first (the end of the exaggeration, the cue), then at the few words around
it, so a long article costs little.
"""

from __future__ import annotations

import re

from literacy_app.authoring.suggest.model import Suggestion
from literacy_app.authoring.suggest.rules import WORD_CHARS, Rules
from literacy_app.i18n import _

_WORD = re.compile(rf"[{WORD_CHARS}]+")
_CLAUSE_END = re.compile(r"[.!?؟\n;:]")
_TAIL_STOP = re.compile(r"[.!?؟\n;:,،؛()“”\"«»]")
_REACH = 60  # how far before its end a superlative may stand (characters)
_TAIL_WORDS = 3


def figures_of_speech(text: str, rules: Rules, opinion: bool) -> list[Suggestion]:
    """Exaggerations beyond measure anywhere (and more of them in opinions), comparisons in opinions."""
    found = [_suggestion(text, start, end, _("exaggeration beyond any measure"))
             for start, end in _exaggerations(text, rules, opinion)]
    if opinion:
        found += [_suggestion(text, start, end, _("a comparison that judges"))
                  for start, end in _comparisons(text, rules)]
        found += [_suggestion(text, start, end, _("treating someone as something less"))
                  for start, end in _treatments(text, rules)]
    return found


def _suggestion(text: str, start: int, end: int, kind: str) -> Suggestion:
    word = " ".join(text[start:end].split())
    return Suggestion(start, end, start, end, _("loaded word: \"{word}\" ({kind})", word=word, kind=kind))


def _exaggerations(text: str, rules: Rules, opinion: bool) -> list[tuple[int, int]]:
    ends = list(rules.beyond_measure.finditer(text))
    if opinion:
        ends += rules.beyond_measure_in_opinion.finditer(text)
    found: list[tuple[int, int]] = []
    for end in sorted(ends, key=lambda m: m.start()):
        start = _superlative_before(text, end.start(), rules)
        if start is not None and not (found and start < found[-1][1]):  # "I have ever" holds "ever"
            found.append((start, end.end()))
    return found


def _superlative_before(text: str, place: int, rules: Rules) -> int | None:
    """Where the nearest superlative before ``place`` starts, in the same clause and within reach."""
    window_start = max(0, place - _REACH)
    window = text[window_start:place]
    clause_ends = list(_CLAUSE_END.finditer(window))
    if clause_ends:
        window_start += clause_ends[-1].end()
        window = text[window_start:place]
    found = [w for w in _WORD.finditer(window) if is_superlative(w.group(), rules)]
    if not found:
        return None
    nearest = found[-1]
    if len(found) > 1 and rules.has("vague_quantifiers", nearest.group()):
        nearest = found[-2]  # "the smartest investment most families will ever make": "most" counts families
    return window_start + nearest.start()


def is_superlative(word: str, rules: Rules) -> bool:
    """A word of ``superlatives`` ("best", "most", "mejor"), or a longer word with one of
    ``superlative_endings`` that ``not_superlatives`` does not hold ("heaviest", not "honest")."""
    if rules.has("superlatives", word):
        return True
    lower = word.lower()
    return (len(lower) >= 6 and any(lower.endswith(e) for e in rules.words.get("superlative_endings", ()))
            and not rules.has("not_superlatives", lower))


def _comparisons(text: str, rules: Rules) -> list[tuple[int, int]]:
    found = []
    for cue in rules.comparing.finditer(text):
        words = _clause_words_after(text, cue.end())[:_TAIL_WORDS]
        if not words or rules.has("not_compared", words[0].group()) \
                or rules.has("not_compared", " ".join(w.group() for w in words[:2])):
            continue  # "it looks like it will rain", "sounds like a lot": a guess, an amount
        found.append((cue.start(), cue.end() + words[-1].end()))
    return found


_TREATED_REACH = 4  # words between the verb of treating and its "as"
_TAIL_STOPS = ("clause_words", "infinitive_words", "rule_prepositions")  # what ends "as a nuisance" after it


def _treatments(text: str, rules: Rules) -> list[tuple[int, int]]:
    found = []
    for cue in rules.treating.finditer(text):
        words = _clause_words_after(text, cue.end())
        as_word = next((n for n, w in enumerate(words[:_TREATED_REACH + 1]) if rules.has("treated_as", w.group())),
                       None)
        if as_word is None:
            continue
        tail = words[as_word + 1:as_word + 2]
        for word in words[as_word + 2:as_word + 1 + _TAIL_WORDS]:
            if any(rules.has(stops, word.group()) for stops in _TAIL_STOPS):
                break
            tail.append(word)
        said = " ".join(w.group() for w in tail[:2]).lower()
        if not tail or rules.has("not_treated", tail[0].group()) or rules.has("not_treated", said) \
                or (len(tail) == 1 and _passive_before(text, cue.start(), rules)):
            continue  # "is likely to be treated as unfair": a category in law, not a thing
        found.append((cue.start(), cue.end() + tail[-1].end()))
    return found


def _passive_before(text: str, place: int, rules: Rules) -> bool:
    """Whether the word before ``place`` makes the verb after it passive ("be treated", "were treated")."""
    before = _WORD.findall(text[max(0, place - 20):place])[-1:]
    return bool(before) and rules.has("passive_auxiliaries", before[0])


def _clause_words_after(text: str, place: int) -> list[re.Match[str]]:
    """The words after ``place`` up to the end of their clause (within 100 characters)."""
    tail = text[place:place + 100]
    stop = _TAIL_STOP.search(tail)
    return list(_WORD.finditer(tail[:stop.start()] if stop else tail))
