"""Print from the menu, the Help screen, and an Arabic article: no writing direction is assumed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QFileDialog

from literacy_app.ui.help_dialog import help_html
from tests.support.paths import SEED_LESSON
from tests.ui.helpers import open_window

ARABIC = """\
format: 1
id: arabic-test
title: مقال رأي
language: ar
article:
  headline: هل نحتاج إلى مسارات للدراجات؟
  body: |
    قال العمدة أحمد سالم إنّ المسارات الجديدة آمنة. ويستخدم نحو ٤٠٪ من السكان الدراجة.

    (الآراء الواردة في هذا المقال تعبّر عن رأي الكاتب فقط.)
exercises:
  - id: who
    type: attribution
    prompt: من قال ذلك؟
    answers:
      - quote: العمدة أحمد سالم
  - id: opinion
    type: opinion_disclaimer
    prompt: أين التنبيه؟
    answers:
      - quote: الآراء الواردة في هذا المقال
"""


def test_print_in_the_app_writes_the_worksheet(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import pypdf
    target = tmp_path / "worksheet.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    _app, window = open_window(qtbot, SEED_LESSON)
    window.commands["print"].trigger()
    assert target.exists()
    text = "".join(page.extract_text() for page in pypdf.PdfReader(str(target)).pages)
    assert "Continuous illegal presence" in " ".join(text.split())
    assert "Worksheet saved" in window.statusBar().currentMessage()


def test_help_lists_the_shortcuts_for_check_hint_next_and_previous() -> None:
    page = help_html()
    for words in ("Check", "Hint", "Next", "Previous", "Ctrl+Return", "Ctrl+H", "Alt+Right", "Alt+Left"):
        assert words in page, words


def test_an_arabic_article_reads_right_to_left_and_grades(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "arabic.yaml"
    path.write_text(ARABIC, encoding="utf-8")
    _app, window = open_window(qtbot, path)
    document = window.article.document()
    block = document.findBlock(window.article.position_of(0))
    assert block.textDirection() == Qt.RightToLeft  # found from the text, never forced
    found = document.find("العمدة أحمد سالم")
    assert not found.isNull()
    window.article.setTextCursor(found)
    window.panel.buttons["add_selection"].click()
    window.panel.buttons["check"].click()
    assert window.session.state.grade.passed
    window.session.next()
    cursor = window.article.textCursor()
    cursor.setPosition(document.find("الواردة").selectionStart())
    cursor.movePosition(QTextCursor.NextWord, QTextCursor.KeepAnchor)
    window.article.setTextCursor(cursor)
    window.panel.buttons["add_selection"].click()
    window.panel.buttons["check"].click()
    assert window.session.state.grade.passed  # one word widens to the whole disclaimer sentence
