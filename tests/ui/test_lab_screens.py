"""The lesson window on a lab's screens (issue 12): within a 1024x768 screen at any text size, sizes
remembered per screen, the high-contrast theme's scroll bars and disabled buttons, the teacher view only
in teacher mode, starting a lesson again, and a clock that stops while the window is not in use."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QLabel,
    QLineEdit,
    QListWidget,
    QTextBrowser,
    QWidget,
)

CONTROLS = (QAbstractButton, QLabel, QLineEdit, QListWidget, QTextBrowser)


def _scroll_area_around(widget: QWidget):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QScrollArea

    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea) and parent.widget() is not None and parent.widget().isAncestorOf(widget):
            return parent
        parent = parent.parentWidget()
    return None


def clipped_controls(window: QWidget) -> list[str]:
    """Every visible control that is not wholly inside the window and each of its parents, or is smaller
    than it needs to show its text (a wrapped label shorter than its lines, a button narrower than its
    words)."""
    problems: list[str] = []
    shown = [w for w in window.findChildren(QWidget)
             if isinstance(w, CONTROLS) and w.isVisible() and w.window() is window]
    for a, b in ((a, b) for a in shown for b in shown if a is not b and a.parentWidget() is b.parentWidget()):
        if a.geometry().intersects(b.geometry()) and id(a) < id(b):
            problems.append(f"{type(a).__name__} {a.objectName()!r} overlaps {type(b).__name__} {b.objectName()!r}")
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisible() or widget.window() is not window:
            continue
        name = f"{type(widget).__name__} {widget.objectName() or widget.accessibleName() or widget.text()!r}" \
            if hasattr(widget, "text") else f"{type(widget).__name__} {widget.objectName()!r}"
        parent = widget.parentWidget()
        scroll = _scroll_area_around(widget)
        if scroll is not None:  # the student scrolls to it, or Tab does: it must then show whole
            middle = widget.mapTo(scroll.widget(), widget.rect().center())
            scroll.ensureVisible(middle.x(), middle.y(), 0, widget.height() // 2 + 1)
        rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
        while parent is not None and parent is not window:
            box = QRect(parent.mapTo(window, QPoint(0, 0)), parent.size())
            if not box.contains(rect):
                problems.append(f"{name} cut off by {type(parent).__name__} {parent.objectName()!r}")
                break
            parent = parent.parentWidget()
        if not window.rect().contains(rect):
            problems.append(f"{name} outside the window: {rect}")
        if isinstance(widget, QLabel) and widget.wordWrap() and widget.text():
            needed = widget.heightForWidth(widget.width())
            if needed > widget.height() + 1:
                problems.append(f"{name} needs {needed} px of height, has {widget.height()}")
        elif isinstance(widget, QAbstractButton) and widget.text():
            hint = widget.minimumSizeHint()
            if widget.width() < hint.width() or widget.height() < hint.height():
                problems.append(f"{name} is {widget.size()}, needs {hint}")
    return problems


# --- a 1024x768 screen at 100 % and 200 % text ----------------------------------------------------

import json  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from literacy_app.ui import lesson_window, screen_fit  # noqa: E402
from literacy_app.ui.app import App, make_qt_app  # noqa: E402
from literacy_app.ui.lesson_page import ARTICLE_LINES, ONE_AT_A_TIME, SIDE, STACKED  # noqa: E402
from tests.support.paths import SEED_LESSON  # noqa: E402
from tests.ui.helpers import add_quote, open_window  # noqa: E402

SMALL_SCREEN = QRect(0, 0, 1024, 768)


@pytest.fixture
def small_screen(monkeypatch: pytest.MonkeyPatch) -> QRect:
    monkeypatch.setattr(screen_fit, "available_geometry", lambda screen: SMALL_SCREEN)
    return SMALL_SCREEN


def open_at(qtbot, text_size: int, theme: str = "light", **options):  # type: ignore[no-untyped-def]
    app = App(make_qt_app())
    app.context.settings.text_size = text_size
    app.context.settings.theme = theme
    app.apply_settings()
    from literacy_app.core.loader import read_lesson

    window = app.open_lesson(read_lesson(SEED_LESSON), **options)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    return app, window


@pytest.fixture(autouse=True)
def _normal_text_afterwards():  # type: ignore[no-untyped-def]
    yield
    from literacy_app.core.settings import Settings
    from literacy_app.ui.themes import THEMES, apply_theme

    apply_theme(QApplication.instance(), THEMES["light"], Settings().text_size)


def fully_usable(qtbot, window) -> list[str]:  # type: ignore[no-untyped-def]
    """Every control of every state of the exercise side, and the article, visible and not clipped."""
    problems = []
    page = window.lesson_page
    text = window.lesson.article.text
    for number, exercise in enumerate(window.lesson.exercises):
        window.session.go_to(number)
        if not exercise.is_choice:
            quote = exercise.answers[0].quote
            window.session.add_selection(quote.start, quote.end)
            window.session.add_selection(0, min(len(text), 5)) if number % 2 else None
        else:
            window.session.set_options([0])
        window.commands["check"].trigger()
        window.commands["hint"].trigger()
        for pane in (False, True):
            page.show_pane(exercise=pane)
            qtbot.wait(20)
            problems += [f"exercise {number + 1}, {'exercise' if pane else 'article'}: {p}"
                         for p in clipped_controls(window)]
    return problems


@pytest.mark.parametrize("theme", ["light", "high-contrast"])
@pytest.mark.parametrize("text_size", [12, 18, 24], ids=["100%", "150%", "200%"])
def test_the_window_fits_a_1024x768_screen_and_every_control_shows(qtbot, small_screen, text_size, theme) -> None:  # type: ignore[no-untyped-def]
    _app, window = open_at(qtbot, text_size, theme)
    frame = window.frameGeometry()
    assert small_screen.contains(frame), frame
    assert window.width() <= 1024 and window.height() <= 768
    page = window.lesson_page
    assert page.layout_mode == {12: SIDE, 24: ONE_AT_A_TIME}.get(text_size, page.layout_mode)
    assert fully_usable(qtbot, window) == []
    assert small_screen.contains(window.frameGeometry())  # nothing made it grow
    if page.layout_mode == SIDE:
        assert window.article.width() > 34 * window.article.fontMetrics().averageCharWidth()  # not a strip
    assert window.article.horizontalScrollBar().maximum() == 0  # no word cut off, no sideways scrolling


def test_one_at_a_time_f6_switches_and_the_commands_show_what_they_act_on(qtbot, small_screen) -> None:  # type: ignore[no-untyped-def]
    _app, window = open_at(qtbot, 24)
    window.activateWindow()
    page = window.lesson_page
    assert page.article.isVisible() and not page.side.isVisible()
    assert window.commands["switch_pane"].isEnabled()
    window.commands["switch_pane"].trigger()
    assert page.side.isVisible() and not page.article.isVisible()
    window.commands["switch_pane"].trigger()
    assert page.article.isVisible()
    window.session.go_to(1)
    add_quote(window, "By Shaheen Abdullayev")  # the Add button works from either half
    window.commands["check"].trigger()  # the feedback comes into view
    assert page.panel.feedback.isVisible()
    window.commands["find"].trigger()  # finding is in the article
    assert page.article.isVisible() and page.find_bar.isVisible()


@pytest.mark.parametrize("selections", [0, 3])
def test_stacked_the_article_keeps_room_for_several_lines(qtbot, selections: int) -> None:  # type: ignore[no-untyped-def]
    """Above a tall exercise (its list of selections showing), the article is never a strip of one line."""
    _app, window = open_at(qtbot, 12)
    for quote in ("By Shaheen Abdullayev", "more than 300", "six Azerbaijani citizens")[:selections]:
        add_quote(window, quote)
    window.resize(700, 700)
    page = window.lesson_page
    qtbot.waitUntil(lambda: page.layout_mode == STACKED)
    lines = page.article.height() // page.article.fontMetrics().lineSpacing()
    assert lines >= ARTICLE_LINES, lines
    assert page.panel.isVisible()


def test_a_wide_screen_keeps_article_and_exercise_side_by_side(qtbot) -> None:  # type: ignore[no-untyped-def]
    _app, window = open_at(qtbot, 12)
    window.resize(1200, 760)
    qtbot.wait(20)
    assert window.lesson_page.layout_mode == SIDE
    assert not window.commands["switch_pane"].isEnabled()


def test_the_library_window_fits_a_1024x768_screen_too(qtbot, small_screen) -> None:  # type: ignore[no-untyped-def]
    app = App(make_qt_app())
    app.context.settings.text_size = 24
    app.apply_settings()
    library = app.show_library()
    qtbot.addWidget(library)
    qtbot.waitExposed(library)
    assert small_screen.contains(library.frameGeometry())
    assert library.width() <= 1024


def test_the_size_is_remembered_for_each_screen(qtbot, small_screen, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    app, window = open_at(qtbot, 12)
    window.resize(900, 600)
    window.close()
    saved = json.loads((app.context.data_folder / "settings.json").read_text(encoding="utf-8"))
    assert list(saved["window_sizes"].values()) == [[900, 600]]
    _app, again = open_at(qtbot, 12)
    assert (again.width(), again.height()) == (900, 600)
    monkeypatch.setattr(screen_fit, "available_geometry", lambda screen: QRect(0, 0, 800, 500))
    again.screen_fit.fit()  # a remembered size never makes the window larger than the screen
    assert again.width() <= 800 and again.height() <= 500


# --- teacher mode ---------------------------------------------------------------------------------


def _lab(tmp_path: Path, monkeypatch, **config: object) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "lab.json"
    path.write_text(json.dumps(config), encoding="utf-8")
    monkeypatch.setenv("LITERACY_APP_LAB_CONFIG", str(path))


def test_no_teacher_view_in_student_mode_menu_or_shortcut(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QKeySequence
    from PySide6.QtTest import QTest

    _app, window = open_window(qtbot, SEED_LESSON)
    window.show()
    assert "teacher_view" not in window.commands
    titles = [a.text().replace("&", "") for menu in window.menuBar().actions() for a in menu.menu().actions()]
    assert not [t for t in titles if "Teacher" in t]
    assert not [a for a in window.actions() if QKeySequence("Ctrl+T") in a.shortcuts()]
    QTest.keySequence(window, QKeySequence("Ctrl+T"))
    assert window.lesson_page.side.currentWidget() is window.panel
    assert all(m.kind not in ("answer", "distractor") for m in window.article.marks())


def test_the_user_setting_allows_teacher_mode_starting_in_the_student_view(qtbot) -> None:  # type: ignore[no-untyped-def]
    app = App(make_qt_app())
    app.context.settings.teacher_mode = True
    from literacy_app.core.loader import read_lesson

    window = app.open_lesson(read_lesson(SEED_LESSON))
    qtbot.addWidget(window)
    assert "teacher_view" in window.commands and window.commands["teacher_view"].isVisible()
    assert window.lesson_page.side.currentWidget() is window.panel  # the answers only when asked for
    window.commands["teacher_view"].trigger()
    assert window.lesson_page.teacher_view


def test_a_lab_that_forbids_teacher_mode_overrides_the_user_setting(qtbot, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _lab(tmp_path, monkeypatch, teacher_view=False)
    app = App(make_qt_app())
    app.context.settings.teacher_mode = True
    from literacy_app.core.loader import read_lesson

    window = app.open_lesson(read_lesson(SEED_LESSON))
    qtbot.addWidget(window)
    assert "teacher_view" not in window.commands


def test_teacher_flag_is_refused_with_a_clear_message_when_the_lab_forbids_it(tmp_path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    from literacy_app.cli import main

    _lab(tmp_path, monkeypatch, teacher_view=False)
    assert main(["open", str(SEED_LESSON), "--teacher"]) == 2
    error = capsys.readouterr().err
    assert "--teacher is not allowed on this computer" in error and "LITERACY_APP_LAB_CONFIG" in error
    assert QApplication.topLevelWidgets() == [] or not any(
        isinstance(w, lesson_window.LessonWindow) and w.isVisible() for w in QApplication.topLevelWidgets())


# --- starting again, and the clock ----------------------------------------------------------------


def test_start_this_lesson_again_keeps_the_earlier_attempt(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    app, window = open_window(qtbot, SEED_LESSON)
    window.session.go_to(1)
    add_quote(window, "By Shaheen Abdullayev")
    window.commands["check"].trigger()
    window.session.go_to(window.session.count - 1)
    window.lesson_page.show_summary()
    button = window.summary.findChild(QAbstractButton, "button-start_again")
    assert button is not None and button.isVisible() and button.isEnabled()
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.No)
    button.click()
    assert window.session.current == window.session.count - 1  # asked first: nothing changed
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    button.click()
    assert window.session.current == 0 and window.lesson_page.side.currentWidget() is window.panel
    assert not any(s.checked or s.selections for s in window.session.states)
    history = app.context.store.history(window.lesson.id)
    assert [attempt.exercise_id for attempt in history] == ["who-wrote-it"]  # the history stays
    assert not window.commands["start_again"].isEnabled()  # nothing to start again from now


def test_the_clock_stops_while_the_window_is_inactive_or_minimised(qtbot) -> None:  # type: ignore[no-untyped-def]
    _app, window = open_window(qtbot, SEED_LESSON)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    assert not window.session.paused
    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(lambda: not window.isActiveWindow(), timeout=3000)
    assert window.session.paused
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    assert not window.session.paused
    window.showMinimized()
    qtbot.waitUntil(lambda: window.session.paused, timeout=3000)
    window.showNormal()
    window.activateWindow()
    qtbot.waitUntil(lambda: not window.session.paused, timeout=3000)
    window.hide()
    assert window.session.paused


# --- high contrast --------------------------------------------------------------------------------


def _luminance(name: str) -> float:
    channels = [int(name[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def colours(widget: QWidget) -> list[tuple[str, int]]:
    """The colours of a widget as drawn, most used first."""
    from collections import Counter

    image = widget.grab().toImage()
    return Counter(image.pixelColor(x, y).name() for x in range(image.width())
                   for y in range(image.height())).most_common()


def test_high_contrast_scroll_bars_stand_out_3_to_1(qtbot) -> None:  # type: ignore[no-untyped-def]
    _app, window = open_at(qtbot, 12, "high-contrast")
    window.resize(1000, 700)
    bar = window.article.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.isVisible() and bar.maximum() > 0)
    drawn = colours(bar)
    groove = drawn[0][0]
    total = sum(n for _c, n in drawn)
    handle = max((c for c, n in drawn if n > total // 20), key=lambda c: contrast(c, groove))
    assert contrast(handle, groove) >= 3, (handle, groove)
    assert contrast(groove, window.context.theme.base) >= 3 or contrast(handle, window.context.theme.base) >= 3


def test_high_contrast_disabled_buttons_are_readable_and_look_different(qtbot) -> None:  # type: ignore[no-untyped-def]
    _app, window = open_at(qtbot, 12, "high-contrast")
    panel = window.panel
    disabled, enabled = panel.buttons["check"], panel.buttons["hint"]  # nothing selected yet: no Check
    assert not disabled.isEnabled() and enabled.isEnabled()

    def text_colour(button: QWidget) -> tuple[str, str]:
        drawn = colours(button)
        background = drawn[0][0]
        return max((c for c, _n in drawn[:12]), key=lambda c: contrast(c, background)), background

    off, off_background = text_colour(disabled)
    on, _on_background = text_colour(enabled)
    assert contrast(off, off_background) >= 3, (off, off_background)
    assert contrast(off, on) >= 1.5, (off, on)  # not told apart by the border's dashes alone


def test_after_a_hint_the_feedback_is_scrolled_into_view_and_the_focus_stays(qtbot, small_screen) -> None:  # type: ignore[no-untyped-def]
    _app, window = open_at(qtbot, 18)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    page, panel = window.lesson_page, window.panel
    window.session.go_to(window.session.count - 1)  # the longest choice
    assert page.layout_mode == SIDE
    window.session.set_options([0])
    window.commands["check"].trigger()
    page.article.setFocus()
    panel.scroller.verticalScrollBar().setValue(0)
    window.commands["hint"].trigger()  # Ctrl+H while reading the article
    qtbot.wait(50)
    assert QApplication.focusWidget() is page.article  # both halves are on screen: the focus stays
    top = panel.feedback.mapTo(panel.scroller.viewport(), QPoint(0, 0)).y()
    assert panel.scroller.verticalScrollBar().value() > 0
    assert top >= 0 and top + panel.feedback.height() <= panel.scroller.viewport().height()
