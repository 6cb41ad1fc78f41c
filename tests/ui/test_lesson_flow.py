"""A student completes lessons through the real widgets: select, add, Check, Hint, Show answer, Next."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QTextDocument

from literacy_app.commands.lesson_key import answer_key
from literacy_app.ui.words import verdict_label
from tests.support.paths import SEED_LESSON
from tests.ui.helpers import add_quote, open_window

EMOJI_LESSON = """\
format: 1
id: emoji-test
title: Emoji before the answer
language: en
article:
  headline: A post 🎉 with emoji
  body: |
    Wow 🎉🎉 so 😀 cool 👍🏽! Nearly 80% of people agree, said Sam Lee.

    🙂 Another 𝒳 paragraph: 12 cats.
exercises:
  - id: who
    type: attribution
    prompt: Who says so?
    answers:
      - quote: said Sam Lee
        key: Sam Lee
  - id: figure
    type: unsourced_figure
    prompt: Which figure has no source?
    answers:
      - quote: 12 cats
"""


def _do_exercise(window, exercise) -> None:  # type: ignore[no-untyped-def]
    panel = window.panel
    if exercise["type"] == "choice":
        for n, option in enumerate(exercise["options"]):
            if option["correct"]:
                panel.option_group.button(n).click()
    else:
        for answer in exercise["answers"]:
            window.article.select_span(answer["start"], answer["end"])
            panel.buttons["add_selection"].click()
    panel.buttons["check"].click()


def test_student_completes_the_seed_lesson(qtbot) -> None:  # type: ignore[no-untyped-def]
    _app, window = open_window(qtbot, SEED_LESSON)
    key = answer_key(window.lesson)
    session = window.session
    for number, exercise in enumerate(key["exercises"]):
        assert window.panel.step.text().startswith(f"Exercise {number + 1} of {len(key['exercises'])}")
        hints_before = session.state.hints_shown
        if window.panel.buttons["hint"].isEnabled():
            window.panel.buttons["hint"].click()
            assert session.state.hints_shown == hints_before + 1
            assert "Hint 1:" in window.panel.feedback.toPlainText()
        _do_exercise(window, exercise)
        assert session.state.passed, exercise["id"]
        assert "Well done" in window.panel.feedback.toPlainText()
        if exercise["type"] != "choice":
            kinds = {m.kind for m in window.article.marks()}
            assert kinds == {"correct"}
        window.panel.buttons["show_answer"].click()
        shown = window.panel.feedback.toPlainText()
        assert "The answers (marked in the article" in shown or "The right answer:" in shown
        window.panel.buttons["next"].click()
    assert window.lesson_page.side.currentWidget() is window.summary
    table = window.summary.table
    assert table.rowCount() == len(key["exercises"])
    assert all("100%" in table.item(row, 1).text() for row in range(table.rowCount()))
    assert "Total score 100%" in window.summary.heading.text()
    window.summary.table.setCurrentCell(2, 0)
    window.summary.review_button.click()
    assert window.lesson_page.side.currentWidget() is window.panel and session.current == 2


def test_wrong_and_partial_selections_are_marked_with_more_than_colour(qtbot) -> None:  # type: ignore[no-untyped-def]
    _app, window = open_window(qtbot, SEED_LESSON)
    window.session.go_to(1)  # who wrote it
    add_quote(window, "Bahrain residing")  # one word of the role's four: partial
    add_quote(window, "Daily Tribune", occurrence=1)  # a distractor
    window.panel.buttons["check"].click()
    verdicts = sorted(m.kind for m in window.article.marks())
    assert verdicts == ["partial", "wrong"]
    items = [window.panel.selections.item(n).text() for n in range(window.panel.selections.count())]
    assert any(i.startswith(verdict_label("partial")) for i in items)
    assert any(i.startswith(verdict_label("wrong")) for i in items)
    assert "Not yet" in window.panel.feedback.toPlainText()
    window.panel.buttons["show_answer"].click()  # missed answers on request, with their own underline
    missed = [m for m in window.article.marks() if m.kind == "missed"]
    assert [window.lesson.article.text[m.start:m.end] for m in missed] == ["By Shaheen Abdullayev"]
    assert missed[0].label == verdict_label("missed")
    window.panel.buttons["try_again"].click()  # format 1.1: the answer stays shown (and recorded) after Try again
    assert window.session.state.selections == [] and window.session.state.answer_shown
    assert {m.kind for m in window.article.marks()} == {"answer"}


def test_emoji_before_the_answer_grades_right(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "emoji.yaml"
    path.write_text(EMOJI_LESSON, encoding="utf-8")
    _app, window = open_window(qtbot, path)
    for quote in ("Sam Lee", "12 cats"):
        # Find the words the way Qt does, in UTF-16, independent of the app's own conversion.
        cursor = window.article.document().find(quote, 0, QTextDocument.FindCaseSensitively)
        assert not cursor.isNull()
        window.article.setTextCursor(cursor)
        window.panel.buttons["add_selection"].click()
        selection = window.session.state.selections[-1]
        assert window.lesson.article.text[selection.start:selection.end] == quote
        window.panel.buttons["check"].click()
        assert window.session.state.grade.passed
        window.panel.buttons["next"].click()


def test_keyboard_alone_selects_adds_and_checks(qtbot) -> None:  # type: ignore[no-untyped-def]
    _app, window = open_window(qtbot, SEED_LESSON)
    window.show()
    window.session.go_to(1)
    article = window.article
    text = window.lesson.article.text
    start = text.index("Shaheen")
    cursor = article.textCursor()
    cursor.setPosition(article.position_of(start))
    article.setTextCursor(cursor)
    article.setFocus()
    for _ in range(2):
        qtbot.keyClick(article, Qt.Key_Right, Qt.ControlModifier | Qt.ShiftModifier)
    qtbot.keyClick(article, Qt.Key_Return)
    assert [text[s.start:s.end] for s in window.session.state.selections] == ["Shaheen Abdullayev"]
    window.commands["check"].trigger()
    assert window.session.state.grade is not None
    assert window.session.state.grade.selections[0].verdict == "correct"
    window.commands["next"].trigger()
    assert window.session.current == 2
    window.commands["previous"].trigger()
    assert window.session.current == 1


def test_text_size_follows_ctrl_plus_and_is_remembered(qtbot) -> None:  # type: ignore[no-untyped-def]
    app, window = open_window(qtbot, SEED_LESSON)
    before = app.context.settings.text_size
    window.commands["bigger"].trigger()
    assert app.context.settings.text_size > before
    assert app.qt_app.font().pointSize() == app.context.settings.text_size
    from literacy_app.core.settings import load_settings

    assert load_settings(app.context.data_folder).text_size == app.context.settings.text_size
    window.commands["theme_high-contrast"].trigger()
    assert load_settings(app.context.data_folder).theme == "high-contrast"
    assert app.qt_app.palette().window().color().name() == "#000000"


def test_tab_reaches_every_enabled_control_in_a_cycle(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    _app, window = open_window(qtbot, SEED_LESSON)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    window.session.go_to(1)
    add_quote(window, "Shaheen Abdullayev")  # so that Remove, Check and Try again are enabled too
    window.article.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.article, timeout=3000)
    seen = []
    for _ in range(12):
        widget = QApplication.focusWidget()
        seen.append(widget.objectName())
        QTest.keyClick(widget, Qt.Key_Tab)
    cycle = seen[: seen.index("article", 1)]
    assert cycle == ["article", "selections", "button-add_selection", "button-remove", "button-check", "button-hint",
                     "button-show_answer", "button-try_again", "feedback", "button-previous", "button-next"]


def test_a_ring_in_the_accent_colour_follows_the_focus_and_is_not_cut_off(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QFocusFrame

    app, window = open_window(qtbot, SEED_LESSON)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    for widget in (window.article, window.panel.buttons["add_selection"], window.panel.feedback):
        widget.setFocus()
        qtbot.waitUntil(lambda w=widget: QApplication.focusWidget() is w, timeout=3000)
        rings = [f for f in window.findChildren(QFocusFrame) if f.isVisible()]
        assert len(rings) == 1 and rings[0].widget() is widget
        ring = rings[0]
        control = QRect(widget.mapTo(ring.parentWidget(), QPoint(0, 0)), widget.size())
        assert ring.geometry().contains(control) and ring.geometry() != control  # drawn around it
        assert ring.parentWidget().rect().contains(ring.geometry()), "the ring is cut off by the control's parent"
        assert ring.palette().windowText().color().name() == app.context.theme.accent
    QTest.keyClick(window.panel.feedback, Qt.Key_Tab)
    assert [f.widget() for f in window.findChildren(QFocusFrame) if f.isVisible()] == [QApplication.focusWidget()]


def test_choice_options_take_the_new_theme_s_colours(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QColor

    app, window = open_window(qtbot, SEED_LESSON)
    window.resize(1024, 768)
    window.show()
    window.session.go_to(6)  # a choice exercise
    window.panel.option_group.button(1).click()
    qtbot.wait(50)
    window.set_theme("dark")
    qtbot.wait(50)
    label = window.panel.options_box.labels[0]
    image = window.grab().toImage().copy(QRect(label.mapTo(window, QPoint(0, 0)), label.size()))
    light = QColor(app.context.theme.text).lightness()
    pixels = [image.pixelColor(x, y).lightness() for x in range(image.width()) for y in range(image.height())]
    assert max(pixels) > light - 40, "the option's words are not drawn in the dark theme's light text colour"
    window.set_theme("light")
