"""Worksheets on paper: a lesson as a PDF (or for a print dialog), for students or with the teacher's key.

The worksheet is one HTML document laid out by ``QTextDocument``, which paginates it and numbers the pages.
It needs a ``QGuiApplication`` for fonts but no window or display, so the command line can print too.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QMarginsF, QSizeF
from PySide6.QtGui import QFont, QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from literacy_app.authoring.worksheet import Bidi, worksheet_html
from literacy_app.core.files import default_mode, write_atomically
from literacy_app.core.model import Lesson
from literacy_app.i18n import _

_app: QGuiApplication | None = None  # kept alive when printing from the command line


class WorksheetProblem(Exception):
    """A worksheet that could not be written; the message is for the teacher."""


def ensure_gui_application() -> None:
    """Fonts and text layout need a ``QGuiApplication``; make one when the command line prints."""
    global _app
    if QCoreApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # printing needs no window, nor a display
        _app = QGuiApplication(["literacy-app"])


def worksheet_document(lesson: Lesson, answers: bool = False,
                       answer_shown: frozenset[str] = frozenset()) -> QTextDocument:
    """The worksheet as a document, for a ``QPrintDialog`` (``document.print_(printer)``) or a PDF."""
    from literacy_app.ui.article_document import article_direction
    from literacy_app.ui.words import isolate

    ensure_gui_application()
    document = QTextDocument()
    document.setDefaultFont(QFont("DejaVu Sans", 10))
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, lesson.title)
    document.setHtml(worksheet_html(lesson, answers, Bidi(isolate, article_direction(lesson.article)),
                                    answer_shown))
    _set_directions(document)
    return document


def _set_directions(document: QTextDocument) -> None:
    """Each paragraph right to left, right-aligned and upright when its text starts in a right-to-left script
    (an Arabic article and its exercises), as HTML's dir="auto" would do; Qt's HTML reader does not know
    "auto"."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QTextCharFormat, QTextCursor

    from literacy_app.ui.article_document import text_direction

    block = document.begin()
    while block.isValid():
        if text_direction(block.text()) == "rtl":
            cursor = QTextCursor(block)
            block_format = block.blockFormat()
            block_format.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
            block_format.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
            cursor.setBlockFormat(block_format)
            upright = QTextCharFormat()
            upright.setFontItalic(False)  # Arabic type has no italics (and fonts draw boxes for slanted Arabic)
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(upright)
        block = block.next()


def default_page_size() -> QPageSize:
    """Letter where the system uses US measurements, A4 everywhere else."""
    us = QLocale.system().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    return QPageSize(QPageSize.PageSizeId.Letter if us else QPageSize.PageSizeId.A4)


def write_worksheet(lesson: Lesson, path: str | os.PathLike[str], answers: bool = False,
                    page_size: QPageSize | None = None, answer_shown: frozenset[str] = frozenset()) -> None:
    """Write the worksheet as a PDF, replacing ``path`` only once the whole file is written."""
    document = worksheet_document(lesson, answers, answer_shown)
    target = Path(path)

    def write_pdf(temporary: Path) -> None:
        writer = QPdfWriter(str(temporary))
        writer.setTitle(lesson.title)
        writer.setCreator("literacy-app")
        writer.setResolution(300)
        writer.setPageLayout(QPageLayout(page_size or default_page_size(), QPageLayout.Orientation.Portrait,
                                         QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter))
        document.setPageSize(QSizeF())  # unpaginated: print_ paginates with margins and page numbers
        document.print_(writer)
        del writer  # finishes the file
        if not temporary.exists() or temporary.stat().st_size == 0:
            raise WorksheetProblem(_("cannot write {path}: the PDF came out empty.", path=str(target)))

    try:
        write_atomically(target, b"", mode=default_mode(), writer=write_pdf, make_folder=False)
    except OSError as exc:
        raise WorksheetProblem(_("cannot write {path}: {reason}.", path=str(target),
                                 reason=exc.strerror or str(exc))) from None
