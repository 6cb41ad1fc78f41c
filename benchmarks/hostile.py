"""How much longer hostile lesson text takes than an ordinary article of the same size, in one run.

Builds an ordinary generated lesson (benchmarks/validate.py's generator) and hostile lessons of about the
same size in bytes: a run of dots with no space after it, a run of dot-space sentences, one word with no
space at all, thousands of one-letter paragraphs, stacked combining accents, quotes that stand everywhere
(ambiguous), and quotes that stand nowhere (missing). Then times, for each:

- validate: ``parse_lesson`` on the file's bytes (what ``literacy-app validate`` does after reading);
- grade: the same, then grading every exercise that selects text (the article is indexed here);
- open: building the session and the student's first Add selection on a freshly loaded lesson
  (what the lesson window does in core; Qt-free).

Prints each time (best CPU time of several runs) and its ratio to the ordinary lesson's; goal: at most
3x for every hostile text.

    .venv/bin/python benchmarks/hostile.py [--size 20000] [--rounds 5]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from validate import lesson_text  # noqa: E402

from literacy_app.core.grading import Selection, grade  # noqa: E402
from literacy_app.core.loader import parse_lesson  # noqa: E402
from literacy_app.core.model import Lesson  # noqa: E402
from literacy_app.core.session import LessonSession  # noqa: E402

GOAL = 3.0


def lesson_around(body: str, exercises: str) -> str:
    indented = "\n".join("    " + line if line else "" for line in body.split("\n"))
    return (f"format: 1\nid: hostile\ntitle: Hostile\nlanguage: en\narticle:\n  headline: Hostile text\n"
            f"  body: |\n{indented}\nexercises:\n{exercises}")


def one_quote(quote: str, extra: str = "") -> str:
    return (f"  - id: find\n    type: select\n    prompt: Select it.\n    answers:\n"
            f"      - quote: {json.dumps(quote)}\n{extra}")


def sentence_quote(quote: str) -> str:
    return (f"  - id: sentence\n    type: opinion_disclaimer\n    prompt: Select the sentence.\n    answers:\n"
            f"      - quote: {json.dumps(quote)}\n")


def sized(size: int, make: Callable[[int], str]) -> str:
    """``make(n)`` with the ``n`` that brings the file closest to ``size`` bytes."""
    small, big = len(make(100).encode()), len(make(1100).encode())
    per_unit = (big - small) / 1000
    return make(max(1, round(100 + (size - small) / per_unit)))


def hostile_lessons(size: int) -> dict[str, str]:
    lead = "The mayor said the plan works. "
    quotes = one_quote("The mayor said") + sentence_quote("plan works")
    lessons = {
        "dots, no space after": sized(size, lambda n: lesson_around(lead + "Then" + "." * n, quotes)),
        "dot-space sentences": sized(size, lambda n: lesson_around(
            lead + "\n".join(". " * 38 for _ in range(n // 38)), quotes)),
        "one word, no spaces": sized(size, lambda n: lesson_around(lead + "a" * n, quotes)),
        "one-letter paragraphs": sized(size, lambda n: lesson_around(lead + "\n\n" + "\n\n".join("a" * n), quotes)),
        "stacked accents": sized(size, lambda n: lesson_around(lead + "e" + "\u0301" * n, quotes)),
        "quote marks and dots": sized(size, lambda n: lesson_around(lead + "Then" + ".\u201d" * n, quotes)),
    }
    phrase = "the same words again and "

    def ambiguous(n: int) -> str:
        article = lead + "\n".join(phrase * 3 for _ in range(n // 4))
        answers = "".join(f"      - quote: \"same words again\"\n        prefix: \"{'x' * (k % 3)}\"\n"
                          for k in range(n // 4))
        return lesson_around(article, "  - id: ambiguous\n    type: select\n    prompt: Select.\n    answers:\n"
                             + answers)

    lessons["ambiguous quotes"] = sized(size, ambiguous)

    def missing(n: int) -> str:
        rng = random.Random(3)
        head, _, _ = lesson_text(0, rng, target=size // 2).partition("exercises:\n")
        answers = "".join(f"      - quote: \"{rng.choice(['plan', 'mayor', 'city'])} words never said {k}\"\n"
                          for k in range(n // 4))
        return head + "exercises:\n  - id: missing\n    type: select\n    prompt: Select.\n    answers:\n" + answers

    lessons["missing quotes"] = sized(size, missing)
    return lessons


def best_of(rounds: int, work: Callable[[], object]) -> float:
    """The best CPU time of ``rounds`` runs (CPU time: the ratios hold on a machine busy with other work)."""
    times = []
    for _ in range(rounds):
        start = time.process_time()
        work()
        times.append(time.process_time() - start)
    return min(times)


def first_span_exercise(lesson: Lesson) -> int:
    return next(n for n, e in enumerate(lesson.exercises) if not e.is_choice)


def measure(text: str, rounds: int) -> dict[str, float | None]:
    data = text.encode("utf-8")
    result = parse_lesson(data, "x.yaml")
    times: dict[str, float | None] = {"validate": best_of(rounds, lambda: parse_lesson(data, "x.yaml"))}
    if result.lesson is None:
        times["grade"] = times["open"] = None
        return times
    number = first_span_exercise(result.lesson)

    def grading() -> None:  # every exercise that selects text, so sentence units are measured too
        lesson = parse_lesson(data, "x.yaml").lesson
        assert lesson is not None
        length = len(lesson.article.text)
        for exercise in lesson.exercises:
            if not exercise.is_choice:
                grade(lesson.article, exercise, [Selection(0, 12), Selection(length - 5, length)])

    times["grade"] = best_of(rounds, grading)
    lessons = [parse_lesson(data, "x.yaml").lesson for _ in range(rounds)]

    def opening() -> None:
        lesson = lessons.pop()
        assert lesson is not None
        session = LessonSession(lesson)
        session.go_to(number)
        session.add_selection(0, 12)

    times["open"] = best_of(rounds, opening)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=20_000, help="bytes per lesson (about)")
    parser.add_argument("--rounds", type=int, default=5, help="best of this many runs")
    args = parser.parse_args()
    ordinary = lesson_text(0, random.Random(1), target=args.size)
    base = measure(ordinary, args.rounds)
    print(f"ordinary article, {len(ordinary.encode()) / 1000:.1f} KB: " +
          ", ".join(f"{k} {v * 1000:.2f} ms" for k, v in base.items() if v is not None))
    worst = 0.0
    for name, text in hostile_lessons(args.size).items():
        times = measure(text, args.rounds)
        parts = []
        for kind, value in times.items():
            baseline = base[kind]
            if value is None or baseline is None:
                parts.append(f"{kind} -")
                continue
            ratio = value / baseline
            worst = max(worst, ratio)
            parts.append(f"{kind} {value * 1000:.2f} ms ({ratio:.2f}x)")
        print(f"{name:24} {len(text.encode()) / 1000:5.1f} KB: " + ", ".join(parts))
    print(f"worst ratio: {worst:.2f}x (goal: at most {GOAL:.0f}x) -> {'OK' if worst <= GOAL else 'OVER'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
