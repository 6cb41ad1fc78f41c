"""Which language the interface speaks, and the default feedback in the lesson's own language."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from literacy_app import i18n
from literacy_app.core.grading import Selection, grade
from literacy_app.core.loader import read_lesson

LESSONS = Path(__file__).resolve().parents[2] / "lessons"


def test_the_environment_beats_the_students_choice_which_beats_the_lab_and_the_system(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("LANG", "es_ES.UTF-8")
    monkeypatch.delenv("LANGUAGE", raising=False)
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.delenv("LITERACY_APP_LANGUAGE")
    assert i18n.choose_language() == "es"
    assert i18n.choose_language(lab="ar") == "ar"
    assert i18n.choose_language("en", lab="ar") == "en"
    monkeypatch.setenv("LITERACY_APP_LANGUAGE", "ar-BH")
    assert i18n.choose_language("en", lab="es") == "ar"


def test_a_language_without_a_catalogue_falls_back_to_english() -> None:
    try:
        assert i18n.set_language("tlh") == "en"
        assert i18n._("Well spotted.") == "Well spotted."
        assert i18n.set_language("es_AR.UTF-8") == "es"
        assert i18n._("Well spotted.") == "Bien visto."
    finally:
        i18n.set_language("en")


@pytest.mark.parametrize(("lesson", "interface", "expected"), [
    ("06-carta-al-director.yaml", "en", "Bien visto."),
    ("08-hafilat-kahrabaiya.yaml", "en", "أحسنت الملاحظة."),
    ("01-local-news-sources.yaml", "es", "Well spotted."),
])
def test_default_feedback_speaks_the_lessons_language(lesson: str, interface: str, expected: str) -> None:
    loaded = read_lesson(LESSONS / lesson).lesson
    assert loaded is not None
    exercise = next(e for e in loaded.exercises if not e.is_choice and any(not a.feedback for a in e.answers))
    answer = next(a for a in exercise.answers if not a.feedback)
    try:
        i18n.set_language(interface)
        result = grade(loaded.article, exercise, [Selection(answer.quote.start, answer.quote.end)], loaded.language)
        assert result.selections[0].feedback == expected
        assert i18n._("Close") == ("Close" if interface == "en" else "Cerrar")  # the interface is unchanged
    finally:
        i18n.set_language("en")


def test_view_language_remembers_the_choice_and_says_when_it_applies(qtbot, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from literacy_app.core.settings import Settings, load_settings
    from literacy_app.ui.context import AppContext
    from literacy_app.ui.language_menu import add_language_menu

    monkeypatch.delenv("LITERACY_APP_LANGUAGE")  # which would override the student's choice
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda parent, title, text: told.append(text)))
    context = AppContext(tmp_path, Settings(), None, None)  # type: ignore[arg-type]
    window = QMainWindow()
    qtbot.addWidget(window)
    menu = add_language_menu(window.menuBar().addMenu("&View"), context, window)
    names = [action.text() for action in menu.actions()]
    assert names[1:] == ["English", "العربية", "Español"]
    menu.actions()[2].trigger()
    assert json.loads((tmp_path / "settings.json").read_text())["language"] == "ar"
    assert load_settings(tmp_path).language == "ar"
    assert told and "التطبيق" in told[0]  # said in the language just chosen
    assert i18n.current_language() == "en"  # the open windows keep theirs until the next start


def test_the_saved_language_is_used_at_start(qtbot, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from literacy_app.ui.app import App, make_qt_app
    from literacy_app.ui.language_menu import apply_language

    monkeypatch.delenv("LITERACY_APP_LANGUAGE")
    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.json").write_text(json.dumps({"language": "es"}))
    monkeypatch.setenv("LITERACY_APP_DATA", str(data))
    try:
        App(make_qt_app())
        assert i18n.current_language() == "es"
        assert QApplication.applicationDisplayName() == "Laboratorio de alfabetización mediática"
    finally:
        monkeypatch.setenv("LITERACY_APP_LANGUAGE", "en")
        apply_language(QApplication.instance(), None)  # type: ignore[arg-type]
