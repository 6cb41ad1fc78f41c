"""The report's numbers worked out straight from the attempts a simulation made, to compare against."""

from __future__ import annotations

from typing import NamedTuple

from literacy_app.core.session import Attempt
from tests.report.simulate import Played


class Expected(NamedTuple):
    best: float
    latest: float
    passed: bool
    attempts: int
    seconds: float
    hints: int
    answer_shown: bool
    symbols: list[str]


def expected_row(played: Played) -> Expected | None:
    if not played.attempts:
        return None
    by_exercise: dict[str, list[Attempt]] = {}
    for attempt in played.attempts:
        by_exercise.setdefault(attempt.exercise_id, []).append(attempt)
    count = len(played.lesson.exercises)
    best = latest = seconds = 0.0
    hints = 0
    passed_all = True
    shown_any = False
    symbols = []
    for exercise in played.lesson.exercises:
        mine = by_exercise.get(exercise.id, [])
        if not mine:
            passed_all = False
            symbols.append("–")
            continue
        best += max(a.score for a in mine)
        latest += mine[-1].score
        seconds += max(a.seconds_spent for a in mine)
        hints += max(a.hints_used for a in mine)
        passes = [n for n, a in enumerate(mine) if a.passed]
        passed = bool(passes)
        passed_all = passed_all and passed
        shown = any(a.answer_shown for a in (mine[: passes[0] + 1] if passes else mine))
        shown_any = shown_any or shown
        symbol = "✓" if passed else "◐" if max(a.score for a in mine) > 0 else "✗"
        symbols.append(f"{symbol} answer shown" if shown else symbol)
    return Expected(best / count, latest / count, passed_all, len(played.attempts), seconds, hints, shown_any,
                    symbols)


def distractor_counts(everyone: list[Played], lesson_id: str, exercise_id: str) -> dict[int, int]:
    """Students who selected each distractor and were told it was wrong."""
    counts: dict[int, int] = {}
    for played in everyone:
        if played.lesson.id != lesson_id:
            continue
        exercise = played.lesson.exercise(exercise_id)
        assert exercise is not None
        got = set()
        for attempt in played.attempts:
            if attempt.exercise_id != exercise_id:
                continue
            for selection, verdict in zip(attempt.selections, attempt.verdicts):
                for n, distractor in enumerate(exercise.distractors):
                    if verdict == "wrong" and selection == (distractor.quote.start, distractor.quote.end):
                        got.add(n)
        for n in got:
            counts[n] = counts.get(n, 0) + 1
    return counts
