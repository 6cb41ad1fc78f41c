"""The Class results window on real widgets: open it on a results folder, read the table, open an attempt."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from literacy_app.core.report.sources import FolderSource  # noqa: E402
from literacy_app.ui.class_results_window import ROW_COLUMNS, ClassResultsWindow  # noqa: E402
from literacy_app.ui.themes import THEMES  # noqa: E402
from tests.report.expected import expected_row  # noqa: E402


@pytest.fixture
def folder(tmp_path, played):  # type: ignore[no-untyped-def]
    for n, p in enumerate(played):
        (tmp_path / f"batch-{n}.json").write_text("[" + ",".join(s.json for s in p.statements) + "]", encoding="utf-8")
    (tmp_path / "half-written.json").write_text('[{"id": "', encoding="utf-8")
    return tmp_path


def test_the_window_shows_the_class_and_opens_an_attempt(qtbot, folder, played, two_lessons) -> None:  # type: ignore[no-untyped-def]
    opened = []
    lessons = {lesson.id: lesson for lesson in two_lessons}
    window = ClassResultsWindow(FolderSource(folder), lessons, THEMES["light"], class_id="7B",
                                lesson_id=two_lessons[0].id, open_attempt=opened.append)
    qtbot.addWidget(window)
    window.show()
    assert "half-written.json" in window.notice.text()  # the damaged file is told, the rest is shown
    assert window.lesson_choice.currentData() == two_lessons[0].id
    assert window.table.rowCount() == 30
    assert window.table.columnCount() == ROW_COLUMNS + len(two_lessons[0].exercises)
    first = next(p for p in played if p.lesson.id == two_lessons[0].id and p.attempts)
    row = next(r for r in range(30) if window.table.item(r, 0).text() == first.student)
    want = expected_row(first)
    assert [window.table.item(row, ROW_COLUMNS + n).text() for n in range(len(want.symbols))] == want.symbols
    assert window.chart.counts == window.lesson_report.distribution and sum(window.chart.counts) > 0
    assert "students" in window.chart.accessibleDescription()
    # where the class went wrong: the most common distractor's feedback is on screen
    assert any(w.feedback in window.wrong.toPlainText() for s in window.lesson_report.summaries for w in s.wrong
               if w.distractor)

    tried = next(n for n, e in enumerate(first.lesson.exercises) if any(a.exercise_id == e.id for a in first.attempts))
    window.table.setCurrentCell(row, ROW_COLUMNS + tried)
    qtbot.keyClick(window.table, "\r")  # Enter opens the attempt, as a double click does
    assert len(opened) == 1
    session = opened[0]
    assert session.current == tried
    last = [a for a in first.attempts if a.exercise_id == session.exercise.id][-1]
    picked = tuple(s.option if s.option is not None else (s.start, s.end) for s in session.state.selections)
    assert picked == last.selections
    assert tuple(g.verdict for g in session.state.grade.selections) == last.verdicts
    assert window.tabs.currentIndex() == 2
    assert window.article is not None and window.article.isReadOnly()
    text = window.attempt_panel.toPlainText()
    assert any(label in text for label in ("✓ Correct", "◐ Partly right", "✗ Not right"))


def test_all_lessons_overview_and_export(qtbot, folder, two_lessons, tmp_path_factory) -> None:  # type: ignore[no-untyped-def]
    window = ClassResultsWindow(FolderSource(folder), {lesson.id: lesson for lesson in two_lessons}, THEMES["high-contrast"])
    qtbot.addWidget(window)
    assert window.lesson_choice.itemData(0) == ""  # "All lessons" comes first
    assert window.table.columnCount() == 1 + 2 and window.table.rowCount() == 30
    out = tmp_path_factory.mktemp("export")
    window.export_to(str(out / "class.html"))
    window.export_to(str(out / "class.csv"))
    assert "<svg" in (out / "class.html").read_text(encoding="utf-8")
    assert (out / "class.csv").read_text(encoding="utf-8").startswith("Username,")


def test_the_menu_entry_opens_nothing_when_the_lab_switched_the_teacher_view_off(qtbot, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from literacy_app.ui import class_results_window as module

    told = []
    monkeypatch.setattr(module.QMessageBox, "information", lambda *args: told.append(args[2]))

    class Lab:
        teacher_view = False

    class Context:
        lab = Lab()
        data_folder = tmp_path

    assert module.open_class_results(None, Context()) is None  # type: ignore[arg-type]
    assert told and "switched off" in told[0]


def test_file_class_results_asks_once_then_remembers(qtbot, folder, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from literacy_app.core.lab import LabConfig
    from literacy_app.core.progress import ProgressStore
    from literacy_app.core.report.remembered import load_choice
    from literacy_app.core.settings import Settings
    from literacy_app.ui.class_results_window import open_class_results
    from literacy_app.ui.context import AppContext
    from literacy_app.ui.results_source_dialog import ResultsSourceDialog

    data = tmp_path / "data"
    lab = LabConfig(results_folder=str(folder), class_id="7B", recording=True)
    context = AppContext(data, Settings(), lab, ProgressStore(data))  # type: ignore[arg-type]
    seen = []

    def answer(dialog) -> int:  # type: ignore[no-untyped-def]
        seen.append((dialog.folder.text(), dialog.class_id.text(), dialog.folder_choice.isChecked()))
        return ResultsSourceDialog.DialogCode.Accepted

    monkeypatch.setattr(ResultsSourceDialog, "exec", answer)
    window = open_class_results(None, context)
    qtbot.addWidget(window)
    assert seen == [(str(folder), "7B", True)]  # offered where the lab sends results
    assert window.report.class_id == "7B" and len(window.report.students) == 30
    window.lesson_choice.setCurrentIndex(window.lesson_choice.count() - 1)
    remembered = load_choice(data)
    assert remembered.folder == str(folder) and remembered.class_id == "7B"
    assert remembered.lesson_id == window.lesson_choice.currentData()
