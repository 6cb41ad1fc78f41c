"""Loaded words: entries of the language's loaded-word list (``authoring/loaded_words/<language>.txt``).

Quotations are included: the evaluation set's keys count a loaded word someone is quoted as using, and a
student should notice it (and then see who used it). Three general rules make the list read like a person:

- words the writer joins ("a filthy, squalid tunnel", "shamefully neglected", "brave and sensible")
  carry one judgement, so they are one suggestion;
- a word written in capitals among words in ordinary case, in a paragraph that raises its voice with
  an exclamation mark ("will FINALLY be rebuilt", "no han hecho NADA. ¡Una vergüenza!"), is shouting,
  loaded whatever the word (abbreviations are told apart: no vowel, three letters or fewer, in
  brackets, used more than once, or next to another word in capitals);
- a word the writer denies in a "not … but" sentence ("not a miracle diet but a way of life", "no es una
  dieta milagrosa, sino…") is the label being rejected, not one being pushed, so it is left out.
"""

from __future__ import annotations

import re
from functools import cache

from literacy_app.authoring.suggest.lexicon import Found, LoadedWords, fold
from literacy_app.authoring.suggest.model import Suggestion, without_overlaps
from literacy_app.authoring.suggest.rules import Rules
from literacy_app.i18n import _

# per language: words that deny, words that then say what is true instead, and words that join two judgements
_DENIAL: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "en": (("not", "no", "never", "isn't", "aren't", "wasn't", "weren't", "nor"), ("but", "rather")),
    "es": (("no", "ni", "nunca", "tampoco"), ("sino", "sino que")),
    "ar": (("ليس", "ليست", "ليسوا", "لا", "لم", "لن", "ولا", "ولم"), ("بل", "وإنما", "إنما", "بل هو", "بل هي")),
}
_JOINERS: dict[str, tuple[str, ...]] = {
    "en": ("and", "or", "and even", "yet"),
    "es": ("y", "e", "o", "ni", "y hasta"),
    "ar": ("أو",),
}
_NOT_ONLY = ("not only", "not just", "not merely", "no solo", "no solamente", "no sólo", "ليس فقط", "لا فقط")
_CAPITALS = re.compile(r"(?<![\w'’-])[A-ZÁÉÍÓÚÜÑ]{4,}(?![\w'’-])")
_VOWEL = re.compile("[AEIOUYÁÉÍÓÚÜ]")
_CASED = ("en", "es")
_SENTENCE_END = re.compile(r"[.!?؟\n]")


@cache
def _word_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(fold(w)) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w'])(?:{alternatives})(?![\w'])")


@cache
def _gap_pattern(language: str) -> re.Pattern[str]:
    joiners = "|".join(re.escape(w) for w in _JOINERS.get(language, ()))
    space = r"[^\S\n]"  # white space within the paragraph
    return re.compile(rf"{space}*(?:,{space}*)?(?:(?:{joiners}){space}+)?" if joiners else rf"{space}*(?:,{space}*)?")


def _denied(text: str, found: Found, language: str) -> bool:
    """Whether the word stands between a denial and its "but" in one sentence (looked at within 150
    characters each side, so the work per word stays bounded)."""
    negators, contrasts = _DENIAL.get(language, ((), ()))
    if not negators:
        return False
    before = text[max(0, found.start - 150):found.start]
    ends = list(_SENTENCE_END.finditer(before))
    before = fold(before[ends[-1].end():] if ends else before)
    after = text[found.end:found.end + 150]
    end = _SENTENCE_END.search(after)
    after = fold(after[:end.start()] if end else after)
    if _word_pattern(_NOT_ONLY).search(before):  # "not only … but also" affirms both
        return False
    return bool(_word_pattern(negators).search(before)) and bool(_word_pattern(contrasts).search(after))


def _joined(text: str, found: list[Found], language: str) -> list[tuple[int, int, list[Found]]]:
    """Runs of entries the writer joins with nothing, a comma or "and" between them."""
    gap = _gap_pattern(language)
    runs: list[tuple[int, int, list[Found]]] = []
    for item in found:
        if runs and gap.fullmatch(text, runs[-1][1], item.start):
            start, _end, members = runs[-1]
            runs[-1] = (start, item.end, [*members, item])
        else:
            runs.append((item.start, item.end, [item]))
    return runs


def _shouting(text: str, language: str) -> list[tuple[int, int]]:
    """Words in capitals that are not abbreviations and stand among words in ordinary case."""
    if language not in _CASED:
        return []
    found = []
    matches = list(_CAPITALS.finditer(text))
    times: dict[str, int] = {}
    for match in matches:
        times[match.group()] = times.get(match.group(), 0) + 1
    for match in matches:
        word, start, end = match.group(), match.start(), match.end()
        if times[word] > 1:
            continue  # an abbreviation the text keeps using
        if not _VOWEL.search(word) or "(" in text[max(0, start - 1):start] or ")" in text[end:end + 1]:
            continue
        before = text[max(0, start - 40):start].split()
        after = text[end:end + 40].split()
        neighbours = before[-1:] + after[:1]
        if any(w.strip(".,;:!?¡¿\"'“”«»()").isupper() for w in neighbours):
            continue  # a heading or a run of capitals, or an abbreviation beside a name
        paragraph = text[text.rfind("\n", 0, start) + 1:(text.find("\n", end) + 1 or len(text) + 1) - 1]
        if "!" not in paragraph:
            continue  # no other sign of raised voice: more likely a name or an abbreviation
        found.append((start, end))
    return found


def _reason(text: str, members: list[Found]) -> str:
    word = " ".join(text[members[0].start:members[-1].end].split())
    kind = members[0].entry.category
    if kind:
        return _("loaded word: \"{word}\" ({kind})", word=word, kind=kind)
    return _("loaded word: \"{word}\"", word=word)


def loaded_language(text: str, rules: Rules) -> list[Suggestion]:
    """Every place a word of the list stands, quotations included."""
    words: LoadedWords = rules.loaded_words
    found = [f for f in words.find(text) if not _denied(text, f, rules.language)]
    suggestions = [Suggestion(start, end, start, end, _reason(text, members))
                   for start, end, members in _joined(text, found, rules.language)]
    suggestions += [Suggestion(start, end, start, end,
                               _("loaded word: \"{word}\" ({kind})", word=text[start:end],
                                 kind=_("shouting in capital letters")))
                    for start, end in _shouting(text, rules.language)]
    return without_overlaps(suggestions)
