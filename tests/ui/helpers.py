"""Driving the app through its real widgets, the way a student would with the keyboard."""

from __future__ import annotations

from pathlib import Path

from literacy_app.core.loader import LessonFile, read_lesson
from literacy_app.ui.app import App, make_qt_app
from literacy_app.ui.lesson_window import LessonWindow


def open_window(qtbot, path: Path, **options) -> tuple[App, LessonWindow]:  # type: ignore[no-untyped-def]
    app = App(make_qt_app())
    window = app.open_lesson(read_lesson(path), **options)
    qtbot.addWidget(window)
    return app, window


def select_quote(window: LessonWindow, quote: str, occurrence: int = 1) -> None:
    """Select words in the article with a QTextCursor, as Shift+arrows would."""
    text = window.lesson.article.text
    start = -1
    for _ in range(occurrence):
        start = text.index(quote, start + 1)
    window.article.select_span(start, start + len(quote))


def add_quote(window: LessonWindow, quote: str, occurrence: int = 1) -> None:
    select_quote(window, quote, occurrence)
    window.panel.buttons["add_selection"].click()


def lesson_file(path: Path) -> LessonFile:
    return read_lesson(path)
