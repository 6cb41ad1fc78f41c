"""File → Print worksheet: ask where to save the PDF, write it, and say how it went."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from literacy_app.core.model import Lesson
from literacy_app.i18n import _


def print_worksheet(window: QMainWindow, lesson: Lesson, *, answers: bool,
                    answer_shown: frozenset[str] = frozenset()) -> None:
    path, _filter = QFileDialog.getSaveFileName(window, _("Save worksheet as PDF"), f"{lesson.id}.pdf",
                                                _("PDF files (*.pdf)"))
    if not path:
        return
    try:
        from literacy_app.ui.printing import write_worksheet

        write_worksheet(lesson, Path(path), answers=answers, answer_shown=answer_shown)
    except Exception as exc:  # noqa: BLE001 - any failure is told to the user, never a traceback
        QMessageBox.warning(window, _("Printing"), _("The worksheet could not be saved: {reason}", reason=exc))
    else:
        window.statusBar().showMessage(_("Worksheet saved as {path}", path=path), 8000)
