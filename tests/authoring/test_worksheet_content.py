"""The worksheet's content (no Qt): the teacher's copy keeps the notes' paragraphs and says where a
student was shown the answer."""

from __future__ import annotations

from literacy_app.authoring.worksheet import worksheet_html
from literacy_app.core.loader import parse_lesson
from tests.support.lessons import LESSON

NOTES = """teacher_notes: |
  First paragraph, wrapped
  over two lines.

  - an item
  - another item
"""


def _lesson():  # type: ignore[no-untyped-def]
    lesson = parse_lesson(LESSON.replace("language: en\n", "language: en\n" + NOTES), "t.yaml").lesson
    assert lesson is not None
    return lesson


def test_teacher_notes_print_as_paragraphs_and_items() -> None:
    html = worksheet_html(_lesson(), answers=True)
    assert "First paragraph, wrapped over two lines." in html
    assert html.count("an item") == 1 and "another item" in html
    assert "First paragraph, wrapped over two lines. - an item" not in html


def test_the_teachers_copy_says_where_the_answer_was_shown() -> None:
    lesson = _lesson()
    shown = worksheet_html(lesson, answers=True, answer_shown=frozenset({"who-said-it"}))
    assert "Answer shown" in shown
    assert "Answer shown" not in worksheet_html(lesson, answers=True)
    assert "Answer shown" not in worksheet_html(lesson, answers=False, answer_shown=frozenset({"who-said-it"}))
