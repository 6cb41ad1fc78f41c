"""Which commands a student can use, decided without a window (core.controls)."""

from __future__ import annotations

import pytest

from literacy_app.core.controls import EXERCISE_COMMANDS, WindowState, lesson_controls
from literacy_app.core.loader import parse_lesson
from literacy_app.core.session import LessonSession
from tests.support.lessons import LESSON

TWO_EXERCISES = LESSON + """\
    hints:
      - Look for "said".
  - id: genre
    type: choice
    prompt: What kind of piece is this?
    options:
      - text: News
        correct: true
      - text: Advert
"""


def controls(session: LessonSession | None, **state: bool) -> dict[str, tuple[bool, bool]]:
    shown = lesson_controls(WindowState(session, **state), "Finish", "Next")
    return {name: (c.enabled, c.visible) for name, c in shown.items()}


@pytest.fixture
def session() -> LessonSession:
    lesson = parse_lesson(TWO_EXERCISES, "t.yaml").lesson
    assert lesson is not None
    return LessonSession(lesson)


def test_a_broken_lesson_file_disables_every_lesson_command() -> None:
    shown = controls(None, teacher_mode=True)
    assert all(not shown[c][0] for c in EXERCISE_COMMANDS + ("print", "teacher_view"))
    assert all(shown[c] == (True, True) for c in ("library", "quit", "bigger", "help"))


def test_check_needs_a_selection_and_hint_needs_a_hint_left(session: LessonSession) -> None:
    assert controls(session)["check"][0] is False
    assert controls(session)["hint"][0] is True
    session.add_selection(0, 5)
    session.hint()
    assert controls(session)["check"][0] is True
    assert controls(session)["hint"][0] is False  # the only hint is shown


def test_previous_and_next_follow_the_position(session: LessonSession) -> None:
    first = lesson_controls(WindowState(session), "Finish", "Next")
    assert not first["previous"].enabled and first["next"].label == "Next"
    session.next()
    last = lesson_controls(WindowState(session), "Finish", "Next")
    assert last["previous"].enabled and last["next"].label == "Finish"
    assert controls(session)["add_selection"][0] is False  # a choice exercise has no words to add


def test_the_summary_allows_going_back_but_not_checking(session: LessonSession) -> None:
    session.add_selection(0, 5)
    shown = controls(session, summary_shown=True)
    assert shown["previous"][0] and not shown["check"][0] and not shown["add_selection"][0]


def test_the_teacher_view_exists_only_in_teacher_mode(session: LessonSession) -> None:
    assert controls(session)["teacher_view"][1] is False
    assert controls(session, teacher_mode=True)["teacher_view"] == (True, True)
    viewing = controls(session, teacher_mode=True, teacher_view=True)
    assert not any(viewing[c][0] for c in EXERCISE_COMMANDS)  # answers are on screen: nothing to grade


def test_show_answer_is_used_once(session: LessonSession) -> None:
    session.show_answer()
    shown = controls(session)
    assert shown["show_answer"][0] is False and shown["try_again"][0] is True


def test_a_test_like_lesson_hides_show_answer_and_try_again() -> None:
    text = TWO_EXERCISES.replace("format: 1\n", "format: 1.1\nrules:\n  show_answer: false\n  retry: false\n")
    lesson = parse_lesson(text, "t.yaml").lesson
    assert lesson is not None
    shown = controls(LessonSession(lesson))
    assert shown["show_answer"][1] is False and shown["try_again"][1] is False
    assert shown["check"][1] is True
