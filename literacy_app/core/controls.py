"""Which of the lesson window's commands a student can use right now, decided in one place.

The lesson window shows either a lesson (a ``LessonSession``) or the problems of a broken lesson file;
within a lesson, the exercise, the summary or the teacher view. ``lesson_controls`` turns that situation
into the state of every command, and the window only applies it: no widget decides on its own whether
Check or Print may be pressed, so no command can run where it makes no sense.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from literacy_app.core.record import Record

if TYPE_CHECKING:
    from literacy_app.core.session import LessonSession


class Control(Record):
    enabled: bool = True
    visible: bool = True
    checked: bool = False
    label: str | None = None  # a different label from the table's (Next becomes Finish)


class WindowState(Record):
    """What the lesson window shows, besides the session."""

    session: LessonSession | None  # None: the problems page of a broken lesson file
    summary_shown: bool = False
    teacher_mode: bool = False  # the teacher view may be used in this window
    teacher_view: bool = False  # ... and is shown
    one_pane: bool = False  # the screen is too small for both: article or exercise, one at a time
    read_only: bool = False  # a student's attempt shown to a teacher (Class results): look, never change


# Commands that need no lesson: they work on the problems page too.
ALWAYS = ("library", "quit", "bigger", "smaller", "theme_light", "theme_dark", "theme_high-contrast", "help")


def lesson_controls(state: WindowState, finish_label: str, next_label: str) -> dict[str, Control]:
    """The state of every command of the lesson window."""
    controls = {name: Control() for name in ALWAYS}
    session = state.session
    if session is None:
        off = Control(enabled=False)
        lesson_only = EXERCISE_COMMANDS + ARTICLE_COMMANDS + ("print", "start_again", "switch_pane")
        controls.update({name: off for name in lesson_only})
        controls["teacher_view"] = Control(enabled=False, visible=state.teacher_mode)
        return controls
    controls["print"] = Control()
    controls["teacher_view"] = Control(visible=state.teacher_mode, checked=state.teacher_view)
    controls["start_again"] = Control(enabled=not state.teacher_view and _worked_on(session))
    controls["switch_pane"] = Control(enabled=state.one_pane)
    controls.update(_exercise_controls(session, state, finish_label, next_label))
    controls.update(_article_controls(session, state))
    if state.read_only:
        controls.update({name: Control(enabled=False) for name in CHANGING_COMMANDS})
    return controls


# What would change a student's attempt: none of it in a read-only window.
CHANGING_COMMANDS = ("add_selection", "check", "hint", "show_answer", "try_again", "start_again",
                     "select_sentence", "teacher_view")


EXERCISE_COMMANDS = ("add_selection", "check", "hint", "show_answer", "try_again", "previous", "next")
ARTICLE_COMMANDS = ("find", "find_next", "find_previous", "select_sentence", "next_mark", "previous_mark")


def _worked_on(session: LessonSession) -> bool:
    """Anything to start again from: a selection, a hint, a Check or a shown answer, or a later exercise."""
    return session.current > 0 or any(s.selections or s.hints_shown or s.checks or s.answer_shown
                                      for s in session.states)


def _article_controls(session: LessonSession, state: WindowState) -> dict[str, Control]:
    """Finding words works on whatever the article shows; selecting only where words can be added; the
    marks can be visited wherever there are any (the teacher view marks every answer)."""
    exercise, progress = session.exercise, session.state
    selecting = not (state.summary_shown or state.teacher_view) and not exercise.is_choice
    marked = state.teacher_view or (not exercise.is_choice and bool(progress.selections or progress.answer_shown))
    return {
        "find": Control(), "find_next": Control(), "find_previous": Control(),
        "select_sentence": Control(enabled=selecting),
        "next_mark": Control(enabled=marked), "previous_mark": Control(enabled=marked),
    }


def _exercise_controls(session: LessonSession, state: WindowState, finish_label: str,
                       next_label: str) -> dict[str, Control]:
    exercise, progress = session.exercise, session.state
    working = not (state.summary_shown or state.teacher_view)  # the exercise is on screen
    rules = session.lesson.rules  # format 1.1: a test-like lesson hides Show answer or Try again
    last = session.current == session.count - 1
    return {
        "add_selection": Control(enabled=working and not exercise.is_choice),
        "check": Control(enabled=working and bool(progress.selections)),
        "hint": Control(enabled=working and progress.hints_shown < len(exercise.hints)),
        "show_answer": Control(enabled=working and not progress.answer_shown, visible=rules.show_answer),
        "try_again": Control(enabled=working and (bool(progress.selections) or progress.answer_shown),
                             visible=rules.retry),
        "previous": Control(enabled=not state.teacher_view and (session.current > 0 or state.summary_shown)),
        "next": Control(enabled=working, label=finish_label if last else next_label),
    }
