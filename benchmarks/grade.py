"""How long grading one selection takes on a 50,000-word article, against the same on a short article.

Loads a generated lesson whose article has 50,000 words (the index of words and sentences is built once,
as the app does when a lesson opens; that one-time cost is printed too), then grades one selection at a
time, many times, at places spread over the article, with the real ``grade``. The baseline, in the same
run, is the documented example lesson (a 70-word article): grading should cost the same whatever the
article's length. Goal: under 1 ms per selection.

    .venv/bin/python benchmarks/grade.py [--words 50000] [--repeat 20000] [--seed 1]
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from literacy_app.core.grading import Selection, grade  # noqa: E402
from literacy_app.core.loader import parse_lesson, read_lesson  # noqa: E402
from literacy_app.core.model import Lesson  # noqa: E402

GOAL_MS = 1.0
DOC_EXAMPLE = ROOT / "tests" / "core" / "fixtures" / "valid" / "doc-example.yaml"


def long_lesson(words: int, rng: random.Random) -> Lesson:
    syllables = "ka ri to man sel vor en la di gu pe ros tan bri ol ex am cor nu fi ze lo dra".split()
    lines, line, count = [], [], 0
    while count < words:
        word = "".join(rng.choice(syllables) for _ in range(rng.randint(1, 3)))
        if rng.random() < 0.02:
            word = f"{rng.randint(2, 99)}%"
        count += 1
        line.append(word)
        if rng.random() < 0.08:
            line[-1] += "."
        if len(line) >= 12:
            lines.append("    " + " ".join(line))
            line = []
            if rng.random() < 0.2:
                lines.append("")
    lines.append("    " + " ".join(line + ["end."]))
    # answers: unique marker words placed in the body, far apart
    markers = [f"marker{n}x" for n in range(6)]
    for n, marker in enumerate(markers):
        at = (n + 1) * len(lines) // (len(markers) + 1)
        while not lines[at]:
            at += 1
        lines[at] += f" said {marker} today."
    answers = "".join(f"      - quote: {json.dumps(f'said {m} today')}\n        key: {m}\n" for m in markers[:3])
    sentence_answers = "".join(f"      - quote: {m}\n" for m in markers[3:])
    text = ("format: 1\nid: long\ntitle: Long\nlanguage: en\narticle:\n  headline: H\n  body: |\n"
            + "\n".join(lines) + "\nexercises:\n"
            f"  - id: words\n    type: attribution\n    prompt: P\n    answers:\n{answers}"
            f"  - id: sentences\n    type: opinion_disclaimer\n    prompt: P\n    answers:\n{sentence_answers}")
    result = parse_lesson(text, "long.yaml")
    assert result.lesson is not None, result.problems[:3]
    return result.lesson


def selections(lesson: Lesson, rng: random.Random, count: int) -> list[Selection]:
    """Half exactly on an answer's key, half anywhere (a few words long)."""
    text = lesson.article.text
    keys = [a.key for e in lesson.exercises for a in e.answers]
    chosen = []
    for n in range(count):
        if n % 2 == 0:
            key = keys[n % len(keys)]
            chosen.append(Selection(key.start, key.end))
        else:
            start = rng.randrange(0, max(1, len(text) - 60))
            chosen.append(Selection(start, start + rng.randint(1, 60)))
    return chosen


def time_grading(lesson: Lesson, chosen: list[Selection], rounds: int = 5) -> float:
    """Median over rounds of the mean time (ms) to grade one selection, each exercise in turn."""
    exercises = [e for e in lesson.exercises if not e.is_choice]
    article = lesson.article
    means = []
    for _ in range(rounds):
        start = time.perf_counter()
        for n, selection in enumerate(chosen):
            grade(article, exercises[n % len(exercises)], [selection])
        means.append((time.perf_counter() - start) / len(chosen) * 1000)
    return statistics.median(means)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--words", type=int, default=50_000)
    parser.add_argument("--repeat", type=int, default=20_000, help="selections graded per round")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)

    lesson = long_lesson(args.words, rng)
    start = time.perf_counter()
    index = lesson.article.index
    build_ms = (time.perf_counter() - start) * 1000
    words = len(index.starts)
    short = read_lesson(DOC_EXAMPLE).lesson
    assert short is not None
    short.article.index  # noqa: B018 - built before timing, as for the long article

    long_selections = selections(lesson, rng, args.repeat)
    short_selections = selections(short, rng, args.repeat)
    # alternate the two, so that a noisy moment does not fall on one of them only
    long_ms, short_ms = [], []
    for _ in range(3):
        long_ms.append(time_grading(lesson, long_selections, rounds=1))
        short_ms.append(time_grading(short, short_selections, rounds=1))
    long_figure, short_figure = statistics.median(long_ms), statistics.median(short_ms)
    print(f"article: {words:,} words, {len(lesson.article.text):,} characters, "
          f"{len(index.sentences):,} sentences; index built once in {build_ms:.1f} ms")
    print(f"grading one selection, {words:,}-word article: {long_figure * 1000:.1f} µs "
          f"({long_figure:.4f} ms; goal under {GOAL_MS:.0f} ms) -> {'OK' if long_figure < GOAL_MS else 'OVER'}")
    print(f"baseline, the {len(short.article.index.starts)}-word documented example: {short_figure * 1000:.1f} µs; "
          f"ratio long/short: {long_figure / short_figure:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
