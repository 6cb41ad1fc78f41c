"""Progress survives closing the app; broken lessons and bad data folders never stop a student."""

from __future__ import annotations

import errno
import json
from pathlib import Path

from PySide6.QtCore import QLockFile, Qt

from literacy_app.core import progress as progress_module
from literacy_app.ui.app import App, make_qt_app
from tests.support.paths import SEED_LESSON
from tests.ui.helpers import add_quote, open_window

GOOD = """\
format: 1
id: tiny-good
title: A tiny good lesson
language: en
article:
  headline: Tiny
  body: |
    The mayor said 40% of people cycle.
exercises:
  - id: who
    type: attribution
    prompt: Who says so?
    answers:
      - quote: The mayor
"""


def test_reopening_a_lesson_resumes_where_the_student_was(qtbot) -> None:  # type: ignore[no-untyped-def]
    _app, window = open_window(qtbot, SEED_LESSON)
    window.session.go_to(1)
    add_quote(window, "Shaheen Abdullayev")
    window.panel.buttons["check"].click()
    window.panel.buttons["hint"].click()
    window.session.go_to(2)
    add_quote(window, "more than 300")  # not checked yet: must be kept too
    window.close()

    _app2, again = open_window(qtbot, SEED_LESSON)
    assert again.session.current == 2
    text = again.lesson.article.text
    assert [text[s.start:s.end] for s in again.session.state.selections] == ["more than 300"]
    first = again.session.states[1]
    assert [text[s.start:s.end] for s in first.selections] == ["Shaheen Abdullayev"]
    assert first.hints_shown == 1 and first.best_score == 0.5
    again.session.go_to(1)
    assert "Not yet" in again.panel.feedback.toPlainText()  # the last Check is shown again


def test_a_damaged_progress_file_is_set_aside_and_the_student_told(qtbot, _private_data_folder: Path) -> None:  # type: ignore[no-untyped-def]
    folder = _private_data_folder / "progress"
    folder.mkdir(parents=True)
    (folder / "official-opinion-karabakh.json").write_text("{ not json", encoding="utf-8")
    _app, window = open_window(qtbot, SEED_LESSON)
    assert window.notice.isVisibleTo(window)
    assert "could not be read" in window.notice.text()
    kept = list(folder.glob("official-opinion-karabakh.damaged-*.json"))
    assert len(kept) == 1 and kept[0].read_text(encoding="utf-8") == "{ not json"
    assert window.session.current == 0


def test_a_full_disk_is_told_and_loses_nothing(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _app, window = open_window(qtbot, SEED_LESSON)
    window.session.go_to(1)

    def full(path: Path, text: str) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(progress_module, "write_atomically", full)
    add_quote(window, "Shaheen Abdullayev")
    assert "disk is full" in window.notice.text() and window.notice.isVisibleTo(window)
    assert len(window.session.state.selections) == 1  # the work stays in the window
    monkeypatch.undo()
    window.panel.buttons["check"].click()
    assert not window.notice.isVisibleTo(window)
    saved = json.loads(window.context.store.path_for(window.lesson.id).read_text(encoding="utf-8"))
    assert saved["exercises"]["who-wrote-it"]["selections"]


def test_a_second_running_copy_is_noticed(qtbot, _private_data_folder: Path) -> None:  # type: ignore[no-untyped-def]
    _private_data_folder.mkdir(parents=True, exist_ok=True)
    other = QLockFile(str(_private_data_folder / "app.lock"))
    assert other.tryLock(0)
    try:
        app = App(make_qt_app())
        assert app.context.another_copy_running
    finally:
        other.unlock()


def test_library_lists_a_broken_lesson_beside_good_ones(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    extra = tmp_path / "class-lessons"
    extra.mkdir()
    (extra / "good.yaml").write_text(GOOD, encoding="utf-8")
    (extra / "broken.yaml").write_text(GOOD.replace("id: tiny-good", "id: tiny-broken")
                                       .replace("quote: The mayor", "quote: The mayr"), encoding="utf-8")
    monkeypatch.setenv("LITERACY_APP_LESSONS", str(extra))
    app = App(make_qt_app())
    library = app.show_library()
    qtbot.addWidget(library)
    entries = [library.list.item(n) for n in range(library.list.count())]
    texts = [e.text() for e in entries]
    assert any(t.startswith("A tiny good lesson") for t in texts)
    assert any(t.startswith("⚠ broken.yaml") for t in texts)
    assert sum(not t.startswith("⚠") for t in texts) >= 8  # the bundled lessons are all still there
    broken = next(e for e in entries if e.text().startswith("⚠"))
    library.list.setCurrentItem(broken)
    assert "Did you mean" in library.details.toPlainText() and "broken.yaml:" in library.details.toPlainText()
    assert not library.open_button.isEnabled()
    library.filter.setText("tiny good")
    visible = [e.text() for e in entries if not e.isHidden()]
    assert len(visible) == 1 and visible[0].startswith("A tiny good lesson")


def test_library_shows_progress_and_opens_a_lesson(qtbot) -> None:  # type: ignore[no-untyped-def]
    app = App(make_qt_app())
    library = app.show_library()
    qtbot.addWidget(library)
    row = next(n for n in range(library.list.count())
               if library.list.item(n).data(Qt.UserRole).path.endswith("07-official-opinion-karabakh.yaml"))
    assert "Not started" in library.list.item(row).text()
    library.list.setCurrentRow(row)
    library.open_button.click()
    window = app.windows[-1]
    qtbot.addWidget(window)
    window.session.go_to(1)
    add_quote(window, "Shaheen Abdullayev")
    window.panel.buttons["check"].click()
    window.commands["library"].trigger()
    assert "In progress: 1 of" in library.list.item(row).text()


def test_open_a_lesson_file_from_the_library_menu(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    good, broken = tmp_path / "good.yaml", tmp_path / "broken.yaml"
    good.write_text(GOOD, encoding="utf-8")
    broken.write_text(GOOD.replace("quote: The mayor", "quote: The mayr"), encoding="utf-8")
    app = App(make_qt_app())
    library = app.show_library()
    qtbot.addWidget(library)
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *args: warnings.append(args[2])))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(broken), "")))
    library.open_file()
    assert warnings and "Did you mean \"The mayor\"" in warnings[0] and not app.windows
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(good), "")))
    library.open_file()
    qtbot.addWidget(app.windows[-1])
    assert app.windows[-1].lesson.id == "tiny-good"


def test_an_unexpected_error_is_logged_and_told_kindly(qtbot, _private_data_folder: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import sys

    from PySide6.QtWidgets import QMessageBox

    from literacy_app.ui.app import report_unexpected_errors

    told = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *args: told.append(args[2])))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    _private_data_folder.mkdir(parents=True, exist_ok=True)
    report_unexpected_errors(_private_data_folder)
    try:
        raise ValueError("a bug in a slot")
    except ValueError:
        sys.excepthook(*sys.exc_info())
    assert "not your fault" in told[0]
    assert "ValueError: a bug in a slot" in (_private_data_folder / "errors.log").read_text(encoding="utf-8")


def test_a_big_library_shows_its_first_lessons_and_reads_the_rest_while_open(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from literacy_app.ui import library_window

    extra = tmp_path / "school-library"
    extra.mkdir()
    count = library_window.FIRST_LESSONS + 3 * library_window.LESSONS_PER_BATCH
    for n in range(count):
        lesson = GOOD.replace("id: tiny-good", f"id: school-{n:03d}").replace("A tiny good", f"School lesson {n:03d}")
        (extra / f"lesson-{n:03d}.yaml").write_text(lesson, encoding="utf-8")
    (extra / "zz-same-id.yaml").write_text(GOOD.replace("id: tiny-good", "id: school-000"), encoding="utf-8")
    monkeypatch.setenv("LITERACY_APP_LESSONS", str(extra))
    app = App(make_qt_app())
    library = app.show_library()
    qtbot.addWidget(library)
    assert library.list.count() == library_window.FIRST_LESSONS  # at once: the window did not wait for all
    library.list.setCurrentRow(3)  # the student chooses while the rest are read
    library.filter.setText("School lesson 150")  # a filter applies to lessons read after it was typed
    qtbot.waitUntil(lambda: library.list.count() == 8 + count + 1, timeout=20000)
    qtbot.waitUntil(lambda: "Reading" not in library.statusBar().currentMessage(), timeout=20000)
    assert library.list.currentRow() == 3  # the list was added to, never made again
    texts = [library.list.item(n).text() for n in range(library.list.count())]
    assert "Reading" not in library.statusBar().currentMessage()
    assert any(t.startswith("⚠ zz-same-id.yaml") for t in texts)  # two ids alike: found once all were read
    visible = [library.list.item(n).text() for n in range(library.list.count()) if not library.list.item(n).isHidden()]
    assert len(visible) == 1 and visible[0].startswith("School lesson 150")
