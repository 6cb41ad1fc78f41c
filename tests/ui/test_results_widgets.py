"""The class-results line and the "Who is studying?" dialog, as real widgets."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from literacy_app.core.results.recorder import ResultsStatus
from literacy_app.ui.results_line import ResultsLine
from literacy_app.ui.who_is_studying import Student, WhoIsStudying


def test_the_results_line_follows_the_core_status(qtbot) -> None:  # type: ignore[no-untyped-def]
    states = [ResultsStatus("off", 0, 0, "")]
    window = QWidget()  # as placed in a window by its layout
    line = ResultsLine(lambda: states[-1], window, refresh_ms=20)
    qtbot.addWidget(window)
    window.show()
    assert line.accessibleName() == "Class results"
    assert not line.isVisible()  # self-study: nothing to say
    states.append(ResultsStatus("unreachable", 12, 0, "12 results waiting: the school's server cannot be reached; "
                                                      "they will be sent later"))
    qtbot.waitUntil(lambda: line.text().startswith("12 results waiting"))
    assert line.isVisible()
    states.append(ResultsStatus("refused", 12, 0, "Results are not being sent: the server refused the password — "
                                                  "tell your teacher", True))
    qtbot.waitUntil(lambda: "refused" in line.text())
    assert line.text().startswith("⚠ ")  # not colour alone
    assert "refused the password" in line.accessibleDescription()
    states.append(ResultsStatus("sent", 0, 0, "All results sent"))
    line.refresh()
    assert line.text() == "All results sent"


def test_who_is_studying_asks_a_name_and_a_class_from_the_keyboard(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = WhoIsStudying()
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Who is studying?"
    assert dialog.name.accessibleName() == "Your name" and dialog.class_name.accessibleName() == "Your class"
    assert not dialog.ok.isEnabled()
    qtbot.keyClicks(dialog.name, "  Ana   Ruiz ")
    assert dialog.ok.isEnabled()
    qtbot.keyClicks(dialog.class_name, "7B")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.class_name, Qt.Key.Key_Return)
    assert dialog.student() == Student("Ana Ruiz", "7B")


def test_self_study_builds_no_recorder(qtbot) -> None:  # type: ignore[no-untyped-def]
    from literacy_app.ui.app import App, make_qt_app

    app = App(make_qt_app())
    app.start_results()
    assert app.recorder is None and app.context.recorder is None


def test_a_shared_login_lab_asks_who_is_studying_once_and_uses_the_answer(qtbot, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import json

    from literacy_app.ui import who_is_studying
    from literacy_app.ui.app import App, make_qt_app

    lab = tmp_path / "lab.json"
    lab.write_text(json.dumps({"ask_name": True, "results_folder": str(tmp_path / "share"),
                               "homepage": "https://school.example.org", "class": "7B"}), encoding="utf-8")
    monkeypatch.setenv("LITERACY_APP_LAB_CONFIG", str(lab))
    asked = []
    monkeypatch.setattr(who_is_studying, "ask_who_is_studying",
                        lambda parent=None: asked.append(1) or Student("Ana Ruiz", "7B"))
    app = App(make_qt_app())
    app.start_results()
    try:
        assert asked == [1]
        assert app.recorder is not None and app.context.recorder is app.recorder
        assert app.recorder.builder.learner.actor()["account"] == {"homePage": "https://school.example.org",
                                                                   "name": "Ana Ruiz (7B)"}
    finally:
        app.recorder.stop()
