"""How well `literacy-app new` suggests answers: precision and recall per kind and language, measured
against the hand-made keys of the evaluation set (``benchmarks/suggest_eval/<lang>/NN-slug.txt`` and
``NN-slug.key.yaml``), and how long `new` takes on a 50,000-word article.

Key items in the headline are not counted: `new` puts the headline in its own field, outside the text
students select in, so no suggestion can be made there. Each article goes through what `new` does
(``parse_pasted``, the article text the lesson will have, the language found in it, ``suggest``).
A suggestion is right when it overlaps a key item of the same kind; one key item is matched at most once.
Counts are pooled over the articles. The rules were developed on the odd-numbered articles; the
even-numbered ones are held out, and both are printed, with the whole set.

The timing builds a 50,000-word article from the set's English articles and times `new`'s work on it
(reading, suggesting, building and writing the lesson text) against a bare pass of the sentence splitter
over the same text, in the same run.

    .venv/bin/python benchmarks/suggest.py            # the tables and the timing
    .venv/bin/python benchmarks/suggest.py --misses   # also every wrong and missed item

Thirty-one more development sets, written and keyed later by people who never saw the rules, are scored
after the evaluation set: ``benchmarks/suggest_dev/`` and ``suggest_dev3/`` (loaded words only), and
``suggest_dev4/`` to ``suggest_dev32/`` (every kind). Each set's README gives the score it got once, before
any rule was changed for it.
"""

from __future__ import annotations

import difflib
import re
import sys
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any, NamedTuple

import yaml

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from literacy_app.authoring import suggest as suggest_module  # noqa: E402
from literacy_app.authoring.scaffold import parse_pasted, render_lesson  # noqa: E402
from literacy_app.core.text import TextIndex, article_from_body  # noqa: E402

EVAL = REPO / "benchmarks" / "suggest_eval"
LANGUAGES = ("en", "es", "ar")
# key kind -> how to read it from the suggestions
KINDS = ("attributions", "vague_sources", "unsourced_figures", "vaguely_sourced_figures", "disclaimers",
         "loaded_words")
LOADED_ONLY = ("loaded_words",)
# The development sets written after the evaluation set, in the order they were written: name, folder, and
# the kinds their keys hold (see each folder's README)
_EVERY_KIND = ("fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
               "thirteenth", "fourteenth", "fifteenth", "sixteenth",
               "seventeenth", "eighteenth", "nineteenth",
               "twentieth", "twenty-first",
               "twenty-second", "twenty-third", "twenty-fourth",
               "twenty-fifth", "twenty-sixth", "twenty-seventh",
               "twenty-eighth", "twenty-ninth", "thirtieth",
               "thirty-first", "thirty-second")  # suggest_dev4/, suggest_dev5/, … in this order
LATER_SETS = (("second", REPO / "benchmarks" / "suggest_dev", LOADED_ONLY),
              ("third", REPO / "benchmarks" / "suggest_dev3", LOADED_ONLY),
              *((name, REPO / "benchmarks" / f"suggest_dev{number}", KINDS)
                for number, name in enumerate(_EVERY_KIND, start=4)))
GOALS = {"en": 0.8, "es": 0.7, "ar": 0.7}


class Article(NamedTuple):
    language: str
    number: int
    name: str
    raw: str
    key: dict[str, Any]


def articles(folder: Path = EVAL) -> list[Article]:
    found = []
    for language in LANGUAGES:
        for path in sorted((folder / language).glob("*.txt")):
            key_path = path.with_name(path.name[:-4] + ".key.yaml")
            if not key_path.exists():
                continue
            key = yaml.safe_load(key_path.read_text(encoding="utf-8")) or {}
            for kind in KINDS:
                key.setdefault(kind, [])  # the second development set keys loaded words only
            number = int(re.match(r"\d+", path.name).group()) if re.match(r"\d+", path.name) else 0  # type: ignore[union-attr]
            name = f"{language}/{path.stem}" if folder == EVAL else f"{folder.name}/{language}/{path.stem}"
            found.append(Article(language, number, name, path.read_text(encoding="utf-8"), key))
    return found


def whole_word(text: str, quote: str) -> list[int]:
    """Where ``quote`` stands in ``text`` as whole words (the key checker's rule for occurrences)."""
    pattern = re.escape(quote)
    if re.match(r"\w", quote):
        pattern = r"(?<!\w)" + pattern
    if re.search(r"\w$", quote):
        pattern += r"(?!\w)"
    return [m.start() for m in re.finditer(pattern, text)]


def offset_map(source: str, target: str) -> list[int | None]:
    """For each character of ``source``, the same character's offset in ``target`` (None if not there)."""
    mapped: list[int | None] = [None] * (len(source) + 1)
    for block in difflib.SequenceMatcher(None, source, target, autojunk=False).get_matching_blocks():
        for n in range(block.size):
            mapped[block.a + n] = block.b + n
    mapped[len(source)] = len(target)
    return mapped


def key_ranges(article: Article, kind: str, mapping: list[int | None]) -> list[tuple[int, int, str]]:
    """The key's items of one kind as ranges of the lesson's article text."""
    ranges = []
    for item in article.key.get(kind) or []:
        quote = item["quote"]
        starts = whole_word(article.raw, quote)
        occurrence = item.get("occurrence", 1)
        if len(starts) < occurrence:
            print(f"  ! {article.name}: {kind}: {quote!r} not found", file=sys.stderr)
            continue
        start = starts[occurrence - 1]
        if start < len(article.raw.split("\n", 1)[0]):
            continue  # in the headline, which `new` keeps out of the text students select in
        inside = [m for m in mapping[start:start + len(quote)] if m is not None]
        if inside:
            ranges.append((min(inside), max(inside) + 1, quote))
    return ranges


def detected_language(text: str, fallback: str) -> str:
    detect = getattr(suggest_module, "detect_language", None)
    return detect(text) if detect is not None else fallback


def suggested(article: Article) -> tuple[str, str, dict[str, list[tuple[int, int, str]]]]:
    pasted = parse_pasted(article.raw)
    text, paragraphs, _origins = article_from_body(pasted.body)
    language = detected_language(text, article.language)
    found = suggest_module.suggest(text, paragraphs, byline=pasted.byline, language=language)

    def ranges(items: Iterable[Any]) -> list[tuple[int, int, str]]:
        return [(s.start, s.end, s.reason) for s in items]

    return text, language, {
        "attributions": ranges(found.attributions),
        "vague_sources": ranges(getattr(found, "vague_sources", ())),
        "unsourced_figures": ranges(found.figures),
        "vaguely_sourced_figures": ranges(s for s in found.figure_distractors if getattr(s, "kind", "") == "vague"),
        "disclaimers": ranges(found.disclaimers),
        "loaded_words": ranges(found.loaded),
    }


class Tally(NamedTuple):
    suggested: int
    right: int
    expected: int
    found: int


def match(ours: list[tuple[int, int, str]], theirs: list[tuple[int, int, str]]) -> tuple[set[int], set[int]]:
    """Which of our suggestions are right and which key items they found (each key item once)."""
    right: set[int] = set()
    matched: set[int] = set()
    for n, (start, end, _reason) in enumerate(ours):
        hits = [m for m, (s, e, _q) in enumerate(theirs) if s < end and start < e and m not in matched]
        if hits:
            right.add(n)
            matched.add(hits[0])
    return right, matched


def evaluate(chosen: list[Article], show_misses: bool) -> dict[tuple[str, str], Tally]:
    totals: dict[tuple[str, str], list[int]] = {}
    for article in chosen:
        text, language, ours_by_kind = suggested(article)
        if language != article.language:
            print(f"  ! {article.name}: language detected as {language}", file=sys.stderr)
        mapping = offset_map(article.raw, text)
        for kind in KINDS:
            ours, theirs = ours_by_kind[kind], key_ranges(article, kind, mapping)
            right, matched = match(ours, theirs)
            tally = totals.setdefault((article.language, kind), [0, 0, 0, 0])
            for n, value in enumerate((len(ours), len(right), len(theirs), len(matched))):
                tally[n] += value
            if show_misses:
                for n, (start, end, reason) in enumerate(ours):
                    if n not in right:
                        print(f"  wrong  {article.name} {kind}: {text[start:end]!r} ({reason})")
                for m, (_s, _e, quote) in enumerate(theirs):
                    if m not in matched:
                        print(f"  missed {article.name} {kind}: {quote!r}")
    return {k: Tally(*v) for k, v in totals.items()}


def ratio(numerator: int, denominator: int) -> str:
    return f"{numerator / denominator:5.2f}" if denominator else "   — "


def table(tallies: dict[tuple[str, str], Tally]) -> None:
    print(f"{'lang':4} {'kind':24} {'sugg':>5} {'right':>5} {'key':>4} {'found':>5} {'prec':>5} {'recall':>6}  goal")
    for language in LANGUAGES:
        for kind in KINDS:
            tally = tallies.get((language, kind))
            if tally is None:
                continue
            goal = GOALS[language]
            met = ((not tally.suggested or tally.right / tally.suggested >= goal)
                   and (not tally.expected or tally.found / tally.expected >= goal))
            print(f"{language:4} {kind:24} {tally.suggested:5d} {tally.right:5d} {tally.expected:4d} "
                  f"{tally.found:5d} {ratio(tally.right, tally.suggested)} {ratio(tally.found, tally.expected):>6}"
                  f"  {'met' if met else 'NOT met'} (>= {goal})")


def timing(chosen: list[Article]) -> None:
    english = [a.raw.split("\n", 2)[2] for a in chosen if a.language == "en"]
    if not english:
        return
    paragraphs: list[str] = []
    words = 0
    while words < 50_000:
        for body in english:
            paragraphs.append(body.strip())
            words += len(body.split())
    raw = "A long article for timing\n\n" + "\n\n".join(paragraphs) + "\n"
    pasted = parse_pasted(raw)
    text, spans, _origins = article_from_body(pasted.body)
    best_split = best_new = float("inf")
    for _round in range(3):
        started = time.perf_counter()
        TextIndex._split_sentences(text, spans)
        best_split = min(best_split, time.perf_counter() - started)
        started = time.perf_counter()
        render_lesson(parse_pasted(raw), language="en")
        best_new = min(best_new, time.perf_counter() - started)
    print(f"\n`new` on a {len(text.split()):,}-word article: {best_new:.3f} s (goal < 2 s); bare sentence split "
          f"{best_split * 1000:.1f} ms; ratio {best_new / best_split:.0f}x (best of 3)")


def main(argv: list[str]) -> int:
    show_misses = "--misses" in argv
    everything = articles()
    if not everything:
        print(f"no articles in {EVAL}", file=sys.stderr)
        return 1
    counts = {language: sum(a.language == language for a in everything) for language in LANGUAGES}
    print("evaluation set: " + ", ".join(f"{n} {language}" for language, n in counts.items()))
    development = [a for a in everything if a.number % 2 == 1]
    held_out = [a for a in everything if a.number % 2 == 0]
    print("\ndevelopment part (odd-numbered articles)")
    table(evaluate(development, show_misses))
    print("\nheld-out part (even-numbered articles)")
    table(evaluate(held_out, False))  # its misses are not shown: the rules are not tuned on them
    print("\nwhole set")
    table(evaluate(everything, False))
    for name, folder, kinds in LATER_SETS:
        chosen = articles(folder)
        if chosen:
            what = "every kind" if kinds == KINDS else "loaded words only"
            print(f"\n{name} development set ({len(chosen)} articles, {what}; not the evaluation set)")
            tallies = evaluate(chosen, show_misses)
            table({k: v for k, v in tallies.items() if k[1] in kinds})
    if "--no-timing" not in argv:
        timing(everything)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
