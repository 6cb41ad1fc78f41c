"""The lesson window records every Check and the finished lesson for class results, where a lab asks for it,
and its status line says what became of them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from literacy_app.core.loader import read_lesson
from literacy_app.ui.app import App, make_qt_app
from tests.support.paths import LESSONS
from tests.ui.helpers import add_quote

LESSON = LESSONS / "01-local-news-sources.yaml"


@pytest.fixture
def lab(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    shared = tmp_path / "class-results"
    shared.mkdir()
    config = tmp_path / "lab.json"
    config.write_text(json.dumps({"results_folder": str(shared), "homepage": "https://school.example.org",
                                  "class": "7b"}), encoding="utf-8")
    monkeypatch.setenv("LITERACY_APP_LAB_CONFIG", str(config))
    return shared


def statements(app: App) -> list[dict[str, object]]:
    outbox = app.context.data_folder / "results" / "outbox"
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(outbox.glob("*.json"))]


def test_every_check_is_recorded_and_the_status_line_says_so(qtbot, lab: Path) -> None:  # type: ignore[no-untyped-def]
    app = App(make_qt_app())
    window = app.open_lesson(read_lesson(LESSON))
    qtbot.addWidget(window)
    exercise = window.session.exercise
    add_quote(window, window.lesson.article.quote(exercise.answers[0].key))
    window.panel.buttons["check"].click()
    recorded = statements(app)
    assert len(recorded) == 1
    verb = recorded[0]["verb"]
    assert isinstance(verb, dict) and verb["id"] == "http://adlnet.gov/expapi/verbs/answered"
    assert window.results_line is not None and window.results_line.text()  # "1 result waiting..." or "sent"


def test_a_finished_lesson_adds_completed_and_passed_or_failed(qtbot, lab: Path) -> None:  # type: ignore[no-untyped-def]
    app = App(make_qt_app())
    window = app.open_lesson(read_lesson(LESSON))
    qtbot.addWidget(window)
    for number in range(window.session.count):
        window.session.go_to(number)
        exercise = window.session.exercise
        if exercise.is_choice:
            window.session.set_options([next(n for n, o in enumerate(exercise.options) if o.correct)])
        else:
            add_quote(window, window.lesson.article.quote(exercise.answers[0].quote))
        window.panel.buttons["check"].click()
    verbs = [s["verb"]["id"].rsplit("/", 1)[1] for s in statements(app)]  # type: ignore[index]
    assert verbs.count("answered") == window.session.count
    assert "completed" in verbs and ("passed" in verbs or "failed" in verbs)


def test_self_study_records_nothing(qtbot) -> None:  # type: ignore[no-untyped-def]
    app = App(make_qt_app())
    window = app.open_lesson(read_lesson(LESSON))
    qtbot.addWidget(window)
    window.session.go_to(0)
    add_quote(window, window.lesson.article.quote(window.session.exercise.answers[0].quote))
    window.panel.buttons["check"].click()
    assert app.context.recorder is None and window.results_line is None
    assert not (app.context.data_folder / "results").exists()
