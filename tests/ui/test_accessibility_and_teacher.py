"""Every control has an accessible name; teacher view and watch mode work through the real window."""

from __future__ import annotations

import json
import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from literacy_app.ui.app import App, make_qt_app
from literacy_app.ui.lesson_page import LessonPage
from literacy_app.ui.problems_page import ProblemsPage
from tests.support.paths import SEED_LESSON
from tests.ui.helpers import open_window

LESSON = """\
format: 1
id: watch-me
title: Watch me
language: en
article:
  headline: A short report
  body: |
    The council said 40% of people cycle. Critics disagree.
exercises:
  - id: who
    type: attribution
    prompt: Who says so?
    answers:
      - quote: The council
  - id: figure
    type: unsourced_figure
    prompt: Which figure?
    answers:
      - quote: 40%
"""


def unnamed_controls(root: QWidget) -> list[str]:
    """Every widget a keyboard user can reach, without an accessible name."""
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        reachable = bool(widget.focusPolicy() & Qt.TabFocus) and widget.isVisibleTo(root)
        if reachable and not widget.accessibleName().strip():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def test_every_interactive_widget_has_an_accessible_name(qtbot) -> None:  # type: ignore[no-untyped-def]
    app, window = open_window(qtbot, SEED_LESSON, teacher=True)
    window.show()
    window.commands["teacher_view"].trigger()  # from the teacher view to the exercises
    for number in range(window.session.count):  # span and choice exercises both
        window.session.go_to(number)
        assert unnamed_controls(window) == [], number
    window.lesson_page.show_summary()
    assert unnamed_controls(window) == []
    window.commands["teacher_view"].trigger()
    assert unnamed_controls(window) == []
    library = app.show_library()
    qtbot.addWidget(library)
    assert unnamed_controls(library) == []


def test_the_accessibility_check_can_fail(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    root = QWidget()
    qtbot.addWidget(root)
    QVBoxLayout(root).addWidget(QPushButton("no name"))
    root.show()
    assert unnamed_controls(root) == ["QPushButton ''"]


def test_teacher_view_draws_every_answer_with_a_legend(qtbot) -> None:  # type: ignore[no-untyped-def]
    _app, window = open_window(qtbot, SEED_LESSON, teacher=True)
    lesson = window.lesson
    expected = sum(len(e.answers) + len(e.distractors) for e in lesson.exercises)
    marks = window.article.marks()
    assert len(marks) == expected
    assert {m.kind for m in marks} == {"answer", "distractor"}
    assert len({m.colour for m in marks}) > 1  # exercises told apart
    legend = window.lesson_page.teacher_panel.text.toPlainText()
    assert "Teacher notes" in legend and "Trilateral Statement" in legend
    window.commands["teacher_view"].trigger()
    assert window.lesson_page.side.currentWidget() is window.panel


def test_a_lab_can_switch_the_teacher_view_off(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    config = tmp_path / "lab.json"
    config.write_text(json.dumps({"teacher_view": False}), encoding="utf-8")
    monkeypatch.setenv("LITERACY_APP_LAB_CONFIG", str(config))
    _app, window = open_window(qtbot, SEED_LESSON, teacher=True)
    assert "teacher_view" not in window.commands
    assert window.lesson_page.side.currentWidget() is window.panel
    assert all(m.kind not in ("answer", "distractor") for m in window.article.marks())


def _save(path: Path, text: str, *, replace: bool = False) -> None:
    if replace:  # as editors that write a new file and rename it over the old one
        temporary = path.with_suffix(".tmp")
        temporary.write_text(text, encoding="utf-8")
        os.replace(temporary, path)
    else:
        path.write_text(text, encoding="utf-8")
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))


def test_watch_mode_shows_errors_then_the_fixed_lesson_on_the_same_exercise(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "watch-me.yaml"
    path.write_text(LESSON, encoding="utf-8")
    app = App(make_qt_app())
    from literacy_app.core.loader import read_lesson

    window = app.open_lesson(read_lesson(path), teacher=True, watch=True)
    qtbot.addWidget(window)
    window.commands["teacher_view"].trigger()  # back to the exercises
    window.session.go_to(1)
    _save(path, LESSON.replace("quote: 40%", "quote: 45%"), replace=True)
    qtbot.waitUntil(lambda: isinstance(window.page, ProblemsPage), timeout=3000)
    problems = window.page.toPlainText()
    assert "\"45%\" is not in the article" in problems and "Line 19, column 16:" in problems
    _save(path, LESSON.replace("Which figure?", "Which figure has no source?"))
    qtbot.waitUntil(lambda: isinstance(window.page, LessonPage), timeout=3000)
    assert window.session.current == 1
    assert window.panel.prompt.text() == "Which figure has no source?"


def test_watch_mode_starts_on_a_broken_lesson_and_opens_it_once_fixed(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "watch-me.yaml"
    path.write_text(LESSON.replace("type: attribution", "type: atribution"), encoding="utf-8")
    app = App(make_qt_app())
    from literacy_app.core.loader import read_lesson

    window = app.open_lesson(read_lesson(path), watch=True)
    qtbot.addWidget(window)
    assert isinstance(window.page, ProblemsPage)
    shown = window.page.toPlainText()
    assert "Did you mean 'attribution'?" in shown and "as soon as you save" in shown
    _save(path, LESSON)
    qtbot.waitUntil(lambda: isinstance(window.page, LessonPage), timeout=3000)
    assert window.panel.prompt.text() == "Who says so?"


def test_lesson_commands_do_nothing_on_a_broken_lesson_file(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+E, Ctrl+P, Check... on the problems page once raised AttributeError ("Something went wrong")."""
    from PySide6.QtGui import QKeySequence
    from PySide6.QtTest import QTest

    path = tmp_path / "broken.yaml"
    path.write_text(LESSON.replace("type: attribution", "type: atribution"), encoding="utf-8")
    app = App(make_qt_app())
    from literacy_app.core.loader import read_lesson

    window = app.open_lesson(read_lesson(path), teacher=True, watch=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    lesson_only = ("add_selection", "check", "hint", "show_answer", "try_again", "previous", "next", "print",
                   "teacher_view")
    assert [c for c in lesson_only if window.commands[c].isEnabled()] == []
    for keys in ("Ctrl+E", "Ctrl+P", "Ctrl+Return", "Ctrl+H", "Ctrl+T", "Alt+Right"):
        QTest.keySequence(window, QKeySequence(keys))
    for command in lesson_only:
        window.commands[command].trigger()  # even when triggered directly, nothing happens
    assert isinstance(window.page, ProblemsPage)
    assert window.commands["bigger"].isEnabled() and window.commands["help"].isEnabled()
