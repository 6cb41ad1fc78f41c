"""A broken lesson file in the lesson window: each problem with its line and column, in the teacher's words."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QTextBrowser

from literacy_app.core.model import LessonFile
from literacy_app.i18n import _
from literacy_app.ui.words import escape


class ProblemsPage(QTextBrowser):
    def __init__(self, file: LessonFile, *, watching: bool) -> None:
        super().__init__()
        self.setObjectName("problems")
        self.setAccessibleName(_("Problems in the lesson file"))
        self.show_problems(file, watching=watching)

    def show_problems(self, file: LessonFile, *, watching: bool) -> None:
        items = "".join(f"<li><b>{escape(_('Line {line}, column {column}:', line=p.line, column=p.column))}"
                        f"</b> {escape(p.message)}</li>" for p in file.problems)
        note = _("The lesson comes back here as soon as you save the file without problems.") if watching else ""
        self.setHtml(f"<h3>{escape(_('The lesson file has problems; fix them and save:'))}</h3>"
                     f"<p>{escape(file.path)}</p><ul>{items}</ul><p>{escape(note)}</p>")

    def title(self, file: LessonFile) -> str:
        return _("Problems in {name} · Media literacy lab", name=Path(file.path).name)
