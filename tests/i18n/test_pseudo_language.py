"""Every window at 1024x768 in a pseudo-language (accented English, 40 % longer): no label, button or menu
is cut off. Translations are longer than English; this finds the widget that would clip them.

Written over whatever widgets the windows hold (every visible QLabel, QAbstractButton, QMenuBar and QMenu),
so it keeps working when the windows change.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QLabel, QMenu, QMenuBar, QWidget

from literacy_app.i18n import pseudo
from tests.support.paths import SEED_LESSON
from tests.ui.helpers import open_window

SCREEN = (1024, 768)


@pytest.fixture
def pseudo_language(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    from literacy_app.ui.language_menu import apply_language

    monkeypatch.setenv("LITERACY_APP_LANGUAGE", "en_XA")
    yield
    monkeypatch.setenv("LITERACY_APP_LANGUAGE", "en")
    apply_language(QApplication.instance(), None)  # type: ignore[arg-type]


def test_the_pseudo_language_is_longer_and_keeps_placeholders_and_shortcuts() -> None:
    text = pseudo("&Check {count} answers")
    assert "{count}" in text and text.startswith("&Chéçk") and "àñšwérš" in text
    assert len(text) >= 1.35 * len("&Check {count} answers")
    assert pseudo("Score: {score:,}").count("{score:,}") == 1


def cut_off(window: QWidget) -> list[str]:
    """Every visible text that does not fit the room it was given, with what and where."""
    problems = []
    if window.width() > SCREEN[0] or window.height() > SCREEN[1]:
        problems.append(f"{window.windowTitle()!r} needs {window.width()}x{window.height()}, more than the screen")
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.width() <= 0:
            continue
        name = f"{type(widget).__name__} {widget.objectName() or ''}".strip()
        if isinstance(widget, QLabel) and widget.text():
            if widget.wordWrap():
                needed = widget.heightForWidth(widget.width())
                if needed > widget.height() + 1:
                    problems.append(f"{name} {widget.text()[:40]!r}: {widget.height()}px high, needs {needed}")
            elif widget.sizeHint().width() > widget.width() + 1:
                problems.append(f"{name} {widget.text()[:40]!r}: {widget.width()}px wide, needs "
                                f"{widget.sizeHint().width()}")
        elif isinstance(widget, QAbstractButton) and widget.text():
            if widget.sizeHint().width() > widget.width() + 1:
                problems.append(f"{name} {widget.text()[:40]!r}: {widget.width()}px wide, needs "
                                f"{widget.sizeHint().width()}")
        elif isinstance(widget, QMenuBar):
            for action in widget.actions():
                rect = widget.actionGeometry(action)
                if rect.isEmpty() or not widget.rect().contains(rect):
                    problems.append(f"menu bar: {action.text()!r} is hidden (the bar is too narrow)")
    for menu in window.findChildren(QMenu):
        if menu.sizeHint().width() > SCREEN[0]:
            problems.append(f"menu {menu.title()!r} is {menu.sizeHint().width()}px wide")
    return problems


def _show(qtbot, window: QWidget) -> list[str]:  # type: ignore[no-untyped-def]
    window.resize(*SCREEN)
    window.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()
    return cut_off(window)


def test_every_window_fits_its_text_at_1024x768(qtbot, pseudo_language, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from pathlib import Path

    shown: list[QDialog] = []
    monkeypatch.setattr(QDialog, "exec", lambda self: shown.append(self) or 0)
    app, window = open_window(qtbot, SEED_LESSON)
    assert "·" in window.panel.buttons["check"].text()  # the pseudo-language is in use
    problems = {"lesson window": _show(qtbot, window)}
    window.show_help()
    for dialog in shown:
        problems[f"dialog {dialog.windowTitle()!r}"] = _show(qtbot, dialog)
    window.toggle_teacher_view()
    problems["teacher view"] = _show(qtbot, window)
    window.toggle_teacher_view()
    window.lesson_page.show_summary()
    problems["summary"] = _show(qtbot, window)
    _app, arabic = open_window(qtbot, Path(__file__).resolve().parents[2] / "lessons" / "08-hafilat-kahrabaiya.yaml")
    problems["Arabic lesson"] = _show(qtbot, arabic)
    library = app.show_library()
    qtbot.addWidget(library)
    problems["library"] = _show(qtbot, library)
    found = {where: p for where, p in problems.items() if p}
    assert not found, "\n".join(f"{where}:\n  " + "\n  ".join(p) for where, p in found.items())
