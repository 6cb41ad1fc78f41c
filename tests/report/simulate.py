"""A class working through lessons, made by the app's own session and statement builder.

Each student gets a plan per exercise, from a seeded random generator: right at once, partly right, a
distractor, other wrong words, the answer looked at before the right answer, or the exercise left alone.
The statements are built by ``core/results/statements.py`` (never a copy of it), with each Check a
minute after the one before, so the latest Check is never a tie.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import NamedTuple

from literacy_app.core.model import Exercise, Lesson
from literacy_app.core.results.statements import Learner, Statement, StatementBuilder
from literacy_app.core.session import Attempt, LessonSession

HOME = "https://school.example.org"
IRI_BASE = "https://school.example.org/xapi"
START = 1_780_000_000.0  # 2026-05-28, a fixed moment


class Played(NamedTuple):
    """One student's lesson: the session (the truth the report must agree with) and their statements."""

    student: str
    lesson: Lesson
    session: LessonSession
    attempts: list[Attempt]
    statements: list[Statement]
    distractors_hit: dict[str, set[int]]  # exercise id -> distractors selected (graded wrong)


class _Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def _spare_words(lesson: Lesson, exercise: Exercise) -> tuple[int, int] | None:
    """A word of the article that no answer or distractor covers: a plain wrong selection."""
    taken = [(a.quote.start, a.quote.end) for a in exercise.answers]
    taken += [(d.quote.start, d.quote.end) for d in exercise.distractors]
    text = lesson.article.text
    position = 0
    while position < len(text):
        start = position
        while start < len(text) and not text[start].isalpha():
            start += 1
        end = start
        while end < len(text) and text[end].isalpha():
            end += 1
        if end > start and end - start > 3 and not any(s < end and start < e for s, e in taken):
            return start, end
        position = end + 1
    return None


def _select_right(session: LessonSession, exercise: Exercise) -> None:
    if exercise.is_choice:
        session.set_options([n for n, o in enumerate(exercise.options) if o.correct])
    else:
        for answer in exercise.answers:
            session.add_selection(answer.key.start, answer.key.end)


def _partial(session: LessonSession, exercise: Exercise) -> None:
    """Every answer but the last right; the last one with a whole paragraph around it (too much)."""
    if exercise.is_choice:
        right = [n for n, o in enumerate(exercise.options) if o.correct]
        wrong = [n for n, o in enumerate(exercise.options) if not o.correct]
        session.set_options(right[:1] + wrong[:1] if exercise.multiple else wrong[:1])
        return
    for answer in exercise.answers[:-1]:
        session.add_selection(answer.key.start, answer.key.end)
    last = exercise.answers[-1]
    session.add_selection(last.key.start, min(len(session.lesson.article.text), last.quote.end + 60))


def play_student(lesson: Lesson, student: str, rng: random.Random, *, class_id: str = "7B",
                 start: float = START) -> Played:
    clock = _Clock()
    session = LessonSession(lesson, clock=clock)
    builder = StatementBuilder(Learner(HOME, student), IRI_BASE, class_id)
    attempts: list[Attempt] = []
    statements: list[Statement] = []
    hit: dict[str, set[int]] = {}
    moment = [start + rng.randrange(0, 3600)]

    def check() -> None:
        clock.now += rng.randrange(20, 200)
        session.check()
        moment[0] += 60
        attempt = session.attempts[-1]._replace(finished_at=moment[0])
        session.attempts[-1] = attempt
        attempts.append(attempt)
        statements.append(builder.answered(lesson, attempt, session.registration))

    for number, exercise in enumerate(lesson.exercises):
        session.go_to(number)
        plan = rng.choice(["right", "right", "partial", "distractor", "wrong", "shown", "skip"])
        if plan == "skip":
            continue
        if rng.random() < 0.3 and exercise.hints:
            session.hint()
        if plan == "shown":
            session.show_answer()
            _select_right(session, exercise)
        elif plan == "partial":
            _partial(session, exercise)
        elif plan == "distractor" and exercise.distractors:
            pick = rng.randrange(len(exercise.distractors))
            quote = exercise.distractors[pick].quote
            session.add_selection(quote.start, quote.end)
            hit.setdefault(exercise.id, set()).add(pick)
        elif plan in ("distractor", "wrong"):
            if exercise.is_choice:
                session.set_options([n for n, o in enumerate(exercise.options) if not o.correct][:1])
            else:
                spare = _spare_words(lesson, exercise)
                assert spare is not None
                session.add_selection(*spare)
        else:
            _select_right(session, exercise)
        check()
        if plan not in ("right", "shown") and rng.random() < 0.5:
            session.try_again()
            if rng.random() < 0.4:
                session.show_answer()
            _select_right(session, exercise)
            check()
    session.pause()
    return Played(student, lesson, session, attempts, statements, hit)


def play_class(lessons: list[Lesson], students: int = 30, *, seed: int = 14,
               class_id: str = "7B") -> Iterator[Played]:
    rng = random.Random(seed)
    for n in range(1, students + 1):
        for lesson in lessons:
            yield play_student(lesson, f"student{n:02d}", rng, class_id=class_id)
