"""How far a list of words can take loaded-word suggestions on text it has not seen.

`new` finds loaded words with a word list. On sets it was not tuned on it finds about half of what a teacher
marks, while the goal is four in five at four in five right. Is that the list's fault, or the limit of any list?
This measures the limit, with the keys themselves as the list.

Each development set is held out in turn (the evaluation set counts as one more set). From the keys of all
the other sets, every word keyed at least twice gets its **share**: how often it stands inside a keyed loaded
word, out of every time it stands anywhere, counted apart in texts that give opinions and in texts that report
(as `new` reads them: a word like "brutal" judges in a column and describes in a court report). Then every word
of the held-out set whose share is at least a threshold is suggested, beside `new`'s own suggestions, and the
result is scored against the held-out keys as ``suggest.py`` scores (a suggestion is right when it overlaps a
keyed item). Lowering the threshold trades precision for recall; the table prints the whole trade, per
language.

No word list written by hand can beat this by much: it would have to know, better than the keys of some thirty
sets, which words judge. Two cautions. `new`'s own list was built partly from these same sets, so its part of
each score is in-sample and the table flatters it. And words are read loosely (lower case, a few endings
folded), so a list of whole phrases could do a little better than a list of words.

Reading the words around each word does not change this. On 2026-12-06 a model that also knew each word's
neighbours, its last three letters, whether it stood in a quotation and whether `new` suggested it
(gradient-boosted trees, trained the same way, one set held out at a time; tried outside the project, as it
needs scikit-learn) reached the same trade: English .69/.65 and .61/.67, Spanish .68/.61 and .62/.63, Arabic
.68/.65 and .64/.68 (precision/recall at two thresholds). Four in five of both would take a reader who knows
what words mean in the world, not counts over thirty sets.

    .venv/bin/python benchmarks/suggest_loaded_ceiling.py
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path
from typing import NamedTuple

sys.path.insert(0, str(Path(__file__).resolve().parent))

from suggest import (  # type: ignore[import-not-found]  # noqa: E402
    EVAL,
    LANGUAGES,
    LATER_SETS,
    Article,
    articles,
    key_ranges,
    match,
    offset_map,
    ratio,
    suggest_module,
    suggested,
)

from literacy_app.authoring.pasted import parse_pasted  # noqa: E402
from literacy_app.core.text import article_from_body  # noqa: E402

THRESHOLDS = (0.9, 0.7, 0.5, 0.4, 0.3)
MIN_KEYED = 2  # times a word must be keyed in the other sets before it counts: once is one keyer's taste
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
Ranges = list[tuple[int, int, str]]


class Read(NamedTuple):
    """One article as `new` reads it: its set, its words, whether it gives opinions, and the two lists."""

    set_name: str
    words: list[tuple[int, int, str]]
    opinion: bool
    ours: Ranges
    keyed: Ranges


def word_form(word: str, language: str) -> str:
    """A word in lower case with a few endings (and, in Arabic, prefixes) folded, so that "slammed" and
    "slams", "الفاضحة" and "فاضح" count as one."""
    word = word.lower()
    if len(word) <= 4:
        return word
    if language == "ar":
        word = re.sub(r"^(?:وال|فال|بال|كال|لل|ال|و|ف)", "", word)
        return re.sub(r"(?:ة|ه|ها|هم|ات|ين|ون)$", "", word) if len(word) > 4 else word
    return re.sub(r"(?:ly|ness|es|s|ed|ing|os|as|mente)$", "", word) if len(word) > 5 else word


def read(set_name: str, article: Article) -> Read:
    text, language, ours = suggested(article)
    pasted = parse_pasted(article.raw)
    body, paragraphs, _origins = article_from_body(pasted.body)
    opinion = suggest_module.suggest(body, paragraphs, byline=pasted.byline, language=language).opinion
    words = [(m.start(), m.end(), word_form(m.group(), article.language)) for m in _WORD.finditer(text)]
    return Read(set_name, words, opinion, ours["loaded_words"],
                key_ranges(article, "loaded_words", offset_map(article.raw, text)))


def every_set() -> dict[str, list[Read]]:
    """Per language, every article of every set that keys loaded words."""
    folders = [("evaluation", EVAL)] + [(name, folder) for name, folder, kinds in LATER_SETS
                                        if "loaded_words" in kinds]
    by_language: dict[str, list[Read]] = {language: [] for language in LANGUAGES}
    for set_name, folder in folders:
        for article in articles(folder):
            by_language[article.language].append(read(set_name, article))
    return by_language


def shares(training: list[Read]) -> dict[tuple[str, bool], float]:
    """Each (word, gives opinions) of the training articles: how often it is inside a keyed loaded word."""
    inside: Counter[tuple[str, bool]] = Counter()
    seen: Counter[tuple[str, bool]] = Counter()
    for article in training:
        for start, _end, word in article.words:
            seen[(word, article.opinion)] += 1
            if any(s <= start < e for s, e, _q in article.keyed):
                inside[(word, article.opinion)] += 1
    return {form: inside[form] / seen[form] for form in inside if inside[form] >= MIN_KEYED}


def added(article: Read, learned: dict[tuple[str, bool], float], threshold: float) -> Ranges:
    """The held-out article's words whose share reaches ``threshold``, where `new` suggests nothing."""
    return [(start, end, "learned") for start, end, word in article.words
            if learned.get((word, article.opinion), 0.0) >= threshold
            and not any(s < end and start < e for s, e, _r in article.ours)]


def frontier(reads: list[Read]) -> dict[float | None, list[int]]:
    """Per threshold (None: `new` alone), [suggested, right, keyed, found] pooled over held-out sets."""
    totals: dict[float | None, list[int]] = {t: [0, 0, 0, 0] for t in (None, *THRESHOLDS)}
    for held_out in sorted({r.set_name for r in reads}):
        learned = shares([r for r in reads if r.set_name != held_out])
        for article in (r for r in reads if r.set_name == held_out):
            for threshold, tally in totals.items():
                ours = article.ours + (added(article, learned, threshold) if threshold is not None else [])
                right, matched = match(ours, article.keyed)
                for n, value in enumerate((len(ours), len(right), len(article.keyed), len(matched))):
                    tally[n] += value
    return totals


def main() -> int:
    print(f"{'lang':4} {'words added':24} {'sugg':>5} {'right':>5} {'key':>5} {'found':>5} {'prec':>5} {'recall':>6}")
    for language, reads in every_set().items():
        for threshold, (suggested_n, right, keyed, found) in frontier(reads).items():
            label = "none (`new` alone)" if threshold is None else f"share >= {threshold}"
            print(f"{language:4} {label:24} {suggested_n:5} {right:5} {keyed:5} {found:5} "
                  f"{ratio(right, suggested_n)} {ratio(found, keyed):>6}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
