"""A student working through a lesson, for the results tests: right, half right and wrong Checks."""

from __future__ import annotations

from collections.abc import Callable

from literacy_app.core.model import Lesson
from literacy_app.core.session import Attempt, LessonSession


def play(lesson: Lesson, on_check: Callable[[LessonSession, Attempt], object] | None = None,
         *, wrong_first: bool = True, hints: bool = True) -> LessonSession:
    """Every exercise: a wrong or empty Check first (when asked), a hint, then the right answer."""
    session = LessonSession(lesson)
    for number, exercise in enumerate(lesson.exercises):
        session.go_to(number)
        if wrong_first:
            if exercise.is_choice:
                wrong = [n for n, o in enumerate(exercise.options) if not o.correct]
                session.set_options(wrong[:1])
            elif exercise.answers:
                first = exercise.answers[0]
                session.add_selection(first.quote.start, first.quote.start + 1)
            session.check()
            if on_check is not None:
                on_check(session, session.attempts[-1])
        if hints and exercise.hints:
            session.hint()
        session.try_again()
        if exercise.is_choice:
            session.set_options([n for n, o in enumerate(exercise.options) if o.correct])
        else:
            for answer in exercise.answers:
                session.add_selection(answer.key.start, answer.key.end)
        session.check()
        if on_check is not None:
            on_check(session, session.attempts[-1])
    return session
