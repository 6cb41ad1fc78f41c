"""Right to left: the window mirrored under an Arabic interface, and an Arabic lesson read, selected
(by dragging from right to left, and with Shift and the arrow keys), checked and marked, in any interface."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from literacy_app.core.text import widened_span
from tests.ui.helpers import open_window

LESSON = Path(__file__).resolve().parents[2] / "lessons" / "08-hafilat-kahrabaiya.yaml"


@pytest.fixture
def arabic_interface(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    from literacy_app.ui.language_menu import apply_language

    monkeypatch.setenv("LITERACY_APP_LANGUAGE", "ar")
    yield
    monkeypatch.setenv("LITERACY_APP_LANGUAGE", "en")
    apply_language(QApplication.instance(), None)  # type: ignore[arg-type]


def test_the_window_is_mirrored_under_an_arabic_interface(qtbot, arabic_interface) -> None:  # type: ignore[no-untyped-def]
    _app, window = open_window(qtbot, LESSON)
    window.resize(1280, 800)
    qtbot.waitExposed(window)
    assert window.isRightToLeft()
    article_x = window.article.mapTo(window, QPoint(0, 0)).x()
    panel_x = window.panel.mapTo(window, QPoint(0, 0)).x()
    assert article_x > panel_x  # the article on the right, the exercises on the left
    menus = [action.text() for action in window.menuBar().actions()]
    assert "&ملف" in menus and "&File" not in menus
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    texts = {b.text().replace("&", "") for b in buttons.buttons()}
    assert "Cancel" not in texts  # Qt's own buttons come from qtbase_ar.qm


def test_an_english_lesson_stays_left_to_right_in_a_mirrored_window(qtbot, arabic_interface) -> None:  # type: ignore[no-untyped-def]
    from tests.support.paths import SEED_LESSON

    _app, window = open_window(qtbot, SEED_LESSON)
    block = window.article.document().findBlock(window.article.position_of(0))
    assert block.textDirection() == Qt.LayoutDirection.LeftToRight


def _drag(view, start: int, end: int) -> None:  # type: ignore[no-untyped-def]
    """Press at one article offset, move with the button held, release at another: a real mouse drag."""
    viewport = view.viewport()

    def point(offset: int) -> QPointF:
        cursor = view.textCursor()
        cursor.setPosition(view.position_of(offset))
        rect = view.cursorRect(cursor)
        return QPointF(rect.center())

    begin, finish = point(start), point(end)
    for kind, where, buttons in ((QEvent.Type.MouseButtonPress, begin, Qt.MouseButton.LeftButton),
                                 (QEvent.Type.MouseMove, (begin + finish) / 2, Qt.MouseButton.LeftButton),
                                 (QEvent.Type.MouseMove, finish, Qt.MouseButton.LeftButton),
                                 (QEvent.Type.MouseButtonRelease, finish, Qt.MouseButton.NoButton)):
        event = QMouseEvent(kind, where, viewport.mapToGlobal(where), Qt.MouseButton.LeftButton, buttons,
                            Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(viewport, event)


def _shift_arrows(qtbot, view, start: int, end: int) -> None:  # type: ignore[no-untyped-def]
    """Put the cursor at ``start`` and select to ``end`` with Shift+Left: in a right-to-left paragraph the
    left arrow moves forward through the text."""
    cursor = view.textCursor()
    cursor.setPosition(view.position_of(start))
    view.setTextCursor(cursor)
    view.setFocus()
    for _ in range(end - start):
        qtbot.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)


def test_the_arabic_lesson_is_done_end_to_end_through_the_widgets(qtbot) -> None:  # type: ignore[no-untyped-def]
    _app, window = open_window(qtbot, LESSON)
    window.resize(1280, 800)
    qtbot.waitExposed(window)
    article = window.lesson.article
    text = article.text
    view = window.article
    assert view.document().findBlock(view.position_of(0)).textDirection() == Qt.LayoutDirection.RightToLeft
    ways = ["drag", "keys"]
    for number, exercise in enumerate(window.lesson.exercises):
        assert window.session.exercise.id == exercise.id
        expected = []
        for n, answer in enumerate(exercise.answers):
            start, end = answer.quote.start, answer.quote.end
            if ways[(number + n) % 2] == "drag":
                _drag(view, start, end)  # from the right (where the quote starts) to the left
            else:
                _shift_arrows(qtbot, view, start, end)
            assert view.selected_span() is not None
            selected = view.selected_span()
            assert selected is not None
            assert widened_span(text, article.paragraphs, *selected) == widened_span(text, article.paragraphs, start, end)
            window.panel.buttons["add_selection"].click()
            expected.append(widened_span(text, article.paragraphs, start, end))
        window.panel.buttons["check"].click()
        assert window.session.state.grade is not None and window.session.state.grade.passed, exercise.id
        marks = sorted((m.start, m.end) for m in view.marks() if m.kind == "correct")
        assert marks == sorted(expected)  # marks on exactly the selected words
        window.session.next()
    assert all(state.passed for state in window.session.states)


def test_the_masthead_follows_the_article_and_keeps_the_date_in_order(qtbot) -> None:  # type: ignore[no-untyped-def]
    _app, window = open_window(qtbot, LESSON)
    window.resize(1280, 800)
    qtbot.waitExposed(window)
    document = window.article.document()
    block = document.begin()
    credits = None
    while block.isValid():
        if "2024-03-14" in block.text():
            credits = block
        if block.text().strip("\u2068\u2069").startswith("Source:"):
            assert block.textDirection() == Qt.LayoutDirection.RightToLeft  # aligned with the article
        block = block.next()
    assert credits is not None
    assert credits.textDirection() == Qt.LayoutDirection.RightToLeft
    layout = credits.layout()
    line = layout.lineForTextPosition(0)
    at = credits.text().index("2024-03-14")
    xs = [line.cursorToX(at + i)[0] for i in (1, 3, 6, 9)]  # inside the date, away from its edges
    assert xs == sorted(xs), xs  # 2024 then 03 then 14, from left to right: the date is not reversed
    publication = credits.text().index("صحيفة")
    assert line.cursorToX(publication)[0] > xs[-1]  # the paper's name comes first, on the right


def test_the_worksheet_sets_arabic_paragraphs_right_to_left_and_right_aligned(qtbot) -> None:  # type: ignore[no-untyped-def]
    from literacy_app.core.loader import read_lesson
    from literacy_app.ui.printing import worksheet_document

    lesson = read_lesson(LESSON).lesson
    assert lesson is not None
    document = worksheet_document(lesson)
    seen = {}
    block = document.begin()
    while block.isValid():
        seen[block.text()] = block
        block = block.next()
    for paragraph in lesson.article.paragraphs:
        found = seen[paragraph.text]
        assert found.textDirection() == Qt.LayoutDirection.RightToLeft, paragraph.text[:20]
        assert found.blockFormat().alignment() & Qt.AlignmentFlag.AlignRight
    prompt = next(b for text, b in seen.items() if text.startswith("1. "))
    assert prompt.textDirection() == Qt.LayoutDirection.RightToLeft
    date = next(b for text, b in seen.items() if "2024-03-14" in text)
    assert date.textDirection() == Qt.LayoutDirection.RightToLeft  # with the article, not the "By" in front


@pytest.mark.parametrize("direction", [Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight])
def test_facts_of_mixed_directions_keep_their_order_on_one_line(qtbot, direction) -> None:  # type: ignore[no-untyped-def]
    """A library row in an Arabic interface: "Ages 13+", "20 د", "لم يبدأ" read in that order, first fact
    at the start of the line (the right in Arabic), and "13+ · 20" never runs together."""
    from PySide6.QtGui import QFont, QTextLayout, QTextOption

    from literacy_app.ui.words import facts_line

    facts = ["Ages 13+", "20 د", "لم يبدأ"]
    text = facts_line(facts)
    layout = QTextLayout(text, QFont())
    option = QTextOption()
    option.setTextDirection(direction)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(2000)
    layout.endLayout()
    middles = [line.cursorToX(text.index(fact) + 1)[0] for fact in facts]  # inside each fact's first word
    expected = sorted(middles, reverse=direction == Qt.LayoutDirection.RightToLeft)
    assert middles == expected, middles
    assert text.index("20") > text.index("13+") + 3  # separated by the isolates, not one number run
