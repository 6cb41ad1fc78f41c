"""A student working through one lesson: the state the lesson window shows, kept out of the widgets.

Every Check produces an ``Attempt``, a plain record that progress files, class reports and (later)
xAPI statements are all made from.

Show answer is part of the record: once the answers are shown, an exercise's recorded score and "passed"
stay what they were before (later Checks still give feedback), its ``answer_shown`` stays true through
Try again, and every later ``Attempt`` says so.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from typing import NamedTuple

from literacy_app.core.grading import Grade, Selection, grade
from literacy_app.core.model import Exercise, Lesson
from literacy_app.core.record import Record, field


class Attempt(NamedTuple):
    """One graded Check: who, what, when and how well. Plain data, ready for JSON or xAPI."""

    lesson_id: str
    exercise_id: str
    score: float
    passed: bool
    hints_used: int
    answer_shown: bool
    selections: tuple[tuple[int, int] | int, ...]  # (start, end) spans, or option numbers
    verdicts: tuple[str, ...]
    finished_at: float  # seconds since the epoch
    seconds_spent: float
    # The Check's own score when it differs from the one recorded (a Check after Show answer records the
    # frozen score in ``score`` and ``passed``, and what the selections would have earned here).
    check_score: float | None = None

    def to_dict(self) -> dict[str, object]:
        return self._asdict()


class ExerciseState(Record, frozen=False):
    """What the student has done in one exercise."""

    selections: list[Selection] = field(default_factory=list)
    hints_shown: int = 0
    answer_shown: bool = False  # ever, in this attempt at the lesson: Try again does not clear it
    checks: int = 0
    grade: Grade | None = None  # the last Check, until the selections change
    best_score: float | None = None
    passed: bool = False
    seconds: float = 0.0

    @property
    def checked(self) -> bool:
        return self.best_score is not None


def new_registration() -> str:
    """A random (version 4) UUID, made without loading the uuid module (and its platform probe) at start-up."""
    raw = bytearray(os.urandom(16))
    raw[6] = raw[6] & 0x0F | 0x40
    raw[8] = raw[8] & 0x3F | 0x80
    text = raw.hex()
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


class LessonSession:
    """The current exercise, its selections, verdicts and hints; the lesson window renders this."""

    def __init__(self, lesson: Lesson, clock: Callable[[], float] = time.monotonic) -> None:
        self.lesson = lesson
        self.states = [ExerciseState() for _ in lesson.exercises]
        self.current = 0
        self.attempts: list[Attempt] = []
        self.listeners: list[Callable[[str], None]] = []
        self._clock = clock
        self._since: float | None = clock()  # None while paused: the window is not active
        self.registration = new_registration()  # one attempt at the lesson, for xAPI statements; progress keeps it

    # --- where we are ----------------------------------------------------------------------------

    @property
    def exercise(self) -> Exercise:
        return self.lesson.exercises[self.current]

    @property
    def state(self) -> ExerciseState:
        return self.states[self.current]

    @property
    def count(self) -> int:
        return len(self.lesson.exercises)

    @property
    def finished(self) -> bool:
        return all(s.checked for s in self.states)

    def go_to(self, number: int) -> None:
        if 0 <= number < self.count and number != self.current:
            self._bank_time()
            self.current = number
            self._changed("moved")

    def next(self) -> None:
        self.go_to(self.current + 1)

    def previous(self) -> None:
        self.go_to(self.current - 1)

    # --- selecting -------------------------------------------------------------------------------

    def add_selection(self, start: int, end: int) -> bool:
        """Add a span of the article; False when it holds no word or repeats one already made."""
        index = self.lesson.article.index
        first, stop = index.tokens(start, end)
        if self.exercise.is_choice or first >= stop:
            return False
        start, end = index.span(first, stop)
        if any(s.start == start and s.end == end for s in self.state.selections):
            return False
        self.state.selections.append(Selection(start, end))
        self._selections_changed()
        return True

    def remove_selection(self, number: int) -> None:
        """Remove one selection; the others keep the verdicts of the last Check until the next one."""
        state = self.state
        if 0 <= number < len(state.selections):
            del state.selections[number]
            graded = state.grade
            if graded is not None and number < len(graded.selections):
                kept = graded.selections[:number] + graded.selections[number + 1:]
                state.grade = graded._replace(selections=kept) if kept else None
            else:
                state.grade = None
            self._changed("selections")

    def set_options(self, numbers: list[int]) -> None:
        """The options ticked in a choice exercise (one for a single choice)."""
        if not self.exercise.is_choice:
            return
        valid = sorted({n for n in numbers if 0 <= n < len(self.exercise.options)})
        if not self.exercise.multiple:
            valid = valid[-1:]
        self.state.selections = [Selection(option=n) for n in valid]
        self._selections_changed()

    def _selections_changed(self) -> None:
        self.state.grade = None
        self._changed("selections")

    # --- checking and help -----------------------------------------------------------------------

    def check(self) -> Grade:
        """Grade the selections. After Show answer the feedback is given but the score stays frozen."""
        state = self.state
        result = grade(self.lesson.article, self.exercise, state.selections, self.lesson.language)
        state.grade = result
        state.checks += 1
        if not state.answer_shown:
            state.best_score = max(result.score, state.best_score or 0.0)
            state.passed = state.passed or result.passed
        self._bank_time()
        self.attempts.append(self._attempt(result))
        self._changed("checked")
        return result

    def _attempt(self, result: Grade) -> Attempt:
        state = self.state
        picked = tuple(s.option if s.option is not None else (s.start, s.end) for s in state.selections)
        score, passed, own = result.score, result.passed, None
        if state.answer_shown:
            score, passed, own = state.best_score or 0.0, state.passed, result.score
        return Attempt(self.lesson.id, self.exercise.id, score, passed, state.hints_shown,
                       state.answer_shown, picked, tuple(s.verdict for s in result.selections), time.time(),
                       round(state.seconds, 1), own)

    def hint(self) -> str | None:
        """Reveal one more hint; None when there are no more."""
        hints = self.exercise.hints
        if self.state.hints_shown >= len(hints):
            return None
        self.state.hints_shown += 1
        self._changed("hint")
        return hints[self.state.hints_shown - 1]

    @property
    def hints(self) -> tuple[str, ...]:
        return self.exercise.hints[: self.state.hints_shown]

    @property
    def can_show_answer(self) -> bool:
        return self.lesson.rules.show_answer

    @property
    def can_try_again(self) -> bool:
        return self.lesson.rules.retry

    def show_answer(self) -> bool:
        """Show the answers and freeze the exercise's score where it stands (0 if never checked).
        False, doing nothing, when the lesson's rules do not allow it."""
        if not self.can_show_answer:
            return False
        state = self.state
        state.answer_shown = True
        if state.best_score is None:
            state.best_score = 0.0
        self._changed("answer")
        return True

    def try_again(self) -> bool:
        """Clear the selections for another go; the record that the answer was shown stays. False, doing
        nothing, when the lesson's rules do not allow it."""
        if not self.can_try_again:
            return False
        self.state.selections.clear()
        self.state.grade = None
        self._changed("selections")
        return True

    # --- totals ----------------------------------------------------------------------------------

    def total_score(self) -> float:
        return sum(s.best_score or 0.0 for s in self.states) / max(1, self.count)

    def seconds_spent(self) -> float:
        running = 0.0 if self._since is None else self._clock() - self._since
        return sum(s.seconds for s in self.states) + running

    def pause(self) -> None:
        """Stop the clock (the window is inactive, minimised or closing), counting the time so far."""
        self._bank_time()
        self._since = None

    def resume(self) -> None:
        """Start the clock again (the window is active); harmless when it is running."""
        if self._since is None:
            self._since = self._clock()

    @property
    def paused(self) -> bool:
        return self._since is None

    def _bank_time(self) -> None:
        if self._since is None:
            return
        now = self._clock()
        self.state.seconds += now - self._since
        self._since = now

    # --- starting again --------------------------------------------------------------------------

    def start_again(self) -> None:
        """A fresh attempt at the whole lesson; the attempts already made stay in the history."""
        self._bank_time()
        self.states = [ExerciseState() for _ in self.lesson.exercises]
        self.current = 0
        self.registration = new_registration()  # a new attempt at the lesson, for class results
        if self._since is not None:
            self._since = self._clock()
        self._changed("started again")

    def _changed(self, what: str) -> None:
        for listener in list(self.listeners):
            listener(what)
