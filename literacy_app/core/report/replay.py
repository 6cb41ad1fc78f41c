"""A student's attempt at a lesson made into a ``LessonSession`` again, so the lesson window can show it
(read-only) with their selections and verdicts marked, exactly as they saw them after their last Check."""

from __future__ import annotations

from collections.abc import Iterable

from literacy_app.core.grading import Selection, grade
from literacy_app.core.model import Lesson
from literacy_app.core.report.records import AttemptRecord
from literacy_app.core.results.statements import lesson_content_hash
from literacy_app.core.session import Attempt, LessonSession


def replayed_session(lesson: Lesson, records: Iterable[AttemptRecord], student_id: str,
                     exercise_id: str | None = None) -> LessonSession:
    """The session after the student's last Check in each exercise: their selections, graded again by the
    lesson (the verdicts are those the statements carry when the lesson has changed since), hints and
    whether the answer was shown. ``exercise_id`` is the exercise to open at."""
    mine = sorted((r for r in records if r.student.id == student_id and r.lesson_id == lesson.id),
                  key=lambda r: (r.finished_at, r.seconds_spent))
    session = LessonSession(lesson, clock=lambda: 0.0)
    length = len(lesson.article.text)
    same = lesson_content_hash(lesson)
    for number, exercise in enumerate(lesson.exercises):
        attempts = [r for r in mine if r.exercise_id == exercise.id]
        if not attempts:
            continue
        last = attempts[-1]
        state = session.states[number]
        if exercise.is_choice:
            state.selections = [Selection(option=n) for n in last.selections
                                if isinstance(n, int) and 0 <= n < len(exercise.options)]
        else:
            state.selections = [Selection(*s) for s in last.selections
                                if isinstance(s, tuple) and 0 <= s[0] < s[1] <= length]
        if exercise.is_choice or not last.lesson_hash or last.lesson_hash == same:
            state.grade = grade(lesson.article, exercise, state.selections)
        state.checks = len(attempts)
        state.best_score = max(r.score for r in attempts)
        state.passed = any(r.passed for r in attempts)
        state.hints_shown = min(len(exercise.hints), last.hints_used)
        state.answer_shown = last.answer_shown
        state.seconds = max(r.seconds_spent for r in attempts)
    session.attempts = [Attempt(r.lesson_id, r.exercise_id, r.score, r.passed, r.hints_used, r.answer_shown,
                                r.selections, r.verdicts, r.finished_at, r.seconds_spent) for r in mine]
    ids = [e.id for e in lesson.exercises]
    if exercise_id in ids:
        session.current = ids.index(exercise_id)
    else:
        session.current = next((n for n, s in enumerate(session.states) if s.checked), 0)
    return session
