"""Format 1.1 in the exercise panel, through the real widgets: what a failed Check shows and hides, the
score sum in words, Show answer freezing the score, and the summary and Help saying so."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from literacy_app.ui.help_dialog import help_html
from tests.ui.helpers import add_quote, open_window

SIX = Path(__file__).resolve().parents[1] / "cli" / "fixtures" / "six-cases-1.1.yaml"
NAMES = ("Amy Lo", "Ben Kahn", "Carla Diaz")


@pytest.fixture(autouse=True)
def _own_data_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("LITERACY_APP_DATA", os.fspath(tmp_path))


def _window(qtbot, exercise: int):  # type: ignore[no-untyped-def]
    _app, window = open_window(qtbot, SIX)
    window.session.go_to(exercise)
    window.panel.refresh()
    return window


def test_a_failed_check_hides_the_explanation_and_says_how_many_are_missing(qtbot):
    window = _window(qtbot, 3)  # three experts, named by the explanation
    add_quote(window, "Amy")
    window.panel.buttons["check"].click()
    shown = window.panel.feedback.toPlainText()
    assert "Not yet" in shown and "Why:" not in shown
    assert [n for n in NAMES if n in shown] == []  # "Amy" alone was selected; no name is given away
    assert "2 answers are still missing." in shown and "more answers" not in shown
    assert "0 found, 1 partly: 0 + 0.5 = 0.5 of 3" in shown


def test_the_explanation_appears_once_passed(qtbot):
    window = _window(qtbot, 3)
    for name in ("Dr. Amy Lo", "Professor Ben Kahn", "nurse Carla Diaz"):
        add_quote(window, name)
    window.panel.buttons["check"].click()
    shown = window.panel.feedback.toPlainText()
    assert "Well done" in shown and "Why:" in shown and "still missing" not in shown
    assert "3 found of 3" in shown


def test_one_answer_missing_is_said_in_the_singular(qtbot):
    window = _window(qtbot, 3)
    add_quote(window, "Dr. Amy Lo")
    add_quote(window, "Professor Ben Kahn")
    window.panel.buttons["check"].click()
    assert "1 answer is still missing." in window.panel.feedback.toPlainText()


def test_a_wrong_selection_beside_a_right_one_shows_the_sum(qtbot):
    window = _window(qtbot, 2)
    add_quote(window, "Oregon State University")
    add_quote(window, "teenagers")
    window.panel.buttons["check"].click()
    shown = window.panel.feedback.toPlainText()
    assert "Score: 0%" in shown and "1 found, 1 wrong: 1 − 1 = 0 of 1" in shown


def test_show_answer_then_try_again_keeps_the_score_frozen_and_the_record(qtbot):
    window = _window(qtbot, 1)
    session = window.session
    window.panel.buttons["show_answer"].click()
    assert session.state.answer_shown and session.state.best_score == 0.0
    window.panel.buttons["try_again"].click()
    add_quote(window, "national calamity")
    window.panel.buttons["check"].click()
    shown = window.panel.feedback.toPlainText()
    assert "Well done" in shown  # the Check still says what is right
    assert "your score for this exercise stays 0%" in shown
    assert (session.state.best_score, session.state.passed, session.state.answer_shown) == (0.0, False, True)
    assert session.attempts[-1].answer_shown and session.attempts[-1].score == 0.0
    assert session.attempts[-1].check_score == 1.0
    window.summary.refresh()
    assert "answer shown" in window.summary.table.item(1, 1).text()
    assert "answer shown" not in window.summary.table.item(0, 1).text()


def test_help_explains_the_scoring_rule_with_an_example():
    text = help_html()
    assert "How the score is counted" in text and "2 + 0.5 − 1 = 1.5 of 3" in text


def test_a_test_like_lesson_has_no_show_answer_or_try_again(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QKeySequence
    from PySide6.QtTest import QTest

    from tests.support.lessons import LESSON

    path = tmp_path / "test-like.yaml"
    path.write_text(LESSON.replace("format: 1\n", "format: 1.1\nrules:\n  show_answer: false\n  retry: false\n"),
                    encoding="utf-8")
    _app, window = open_window(qtbot, path)
    window.show()
    qtbot.waitExposed(window)
    assert window.panel.buttons["show_answer"].isHidden() and window.panel.buttons["try_again"].isHidden()
    assert not window.panel.buttons["check"].isHidden()
    QTest.keySequence(window, QKeySequence("Ctrl+Shift+A"))  # the shortcut is gone with the button
    assert not window.session.state.answer_shown
