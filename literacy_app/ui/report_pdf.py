"""The class report as a PDF: the same HTML as the exported page, laid out by ``QTextDocument``.

Qt's rich text does not draw SVG, so each lesson's chart goes in as an image drawn by the same QPainter
routine as the window's chart."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF, QUrl
from PySide6.QtGui import QFont, QPageLayout, QPdfWriter, QTextDocument

from literacy_app.core.files import default_mode, write_atomically
from literacy_app.core.report.export import PALETTES, report_html
from literacy_app.core.report.model import ClassReport, LessonReport
from literacy_app.core.report.records import ReadProblem
from literacy_app.i18n import _
from literacy_app.ui.printing import default_page_size, ensure_gui_application
from literacy_app.ui.score_chart import ChartColours, chart_image, describe


class ReportNotWritten(Exception):
    """The PDF could not be written; the message is for the teacher."""


def report_document(report: ClassReport, *, theme: str = "light", source: str = "",
                    problems: Sequence[ReadProblem] = ()) -> QTextDocument:
    ensure_gui_application()
    palette = PALETTES.get(theme, PALETTES["light"])
    colours = ChartColours(palette.text, palette.background, palette.bar, palette.grid)
    document = QTextDocument()
    document.setDefaultFont(QFont("DejaVu Sans", 9))

    def chart(lesson: LessonReport) -> str:
        name = f"chart-{len(charts)}.png"
        charts.append((name, lesson.distribution))
        return f'<p><img src="{name}" width="520" height="190" alt="{describe(lesson.distribution)}"></p>'

    charts: list[tuple[str, tuple[int, ...]]] = []
    html = report_html(report, theme=theme, source=source, problems=problems, chart=chart)
    for name, counts in charts:
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name),
                             chart_image(counts, colours))
    document.setHtml(html)
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, _("Class results"))
    return document


def write_report_pdf(report: ClassReport, path: str | os.PathLike[str], *, theme: str = "light",
                     source: str = "", problems: Sequence[ReadProblem] = ()) -> None:
    """Write the PDF, replacing ``path`` only once the whole file is written."""
    document = report_document(report, theme=theme, source=source, problems=problems)
    target = Path(path)

    def write_pdf(temporary: Path) -> None:
        writer = QPdfWriter(str(temporary))
        writer.setTitle(_("Class results"))
        writer.setCreator("literacy-app")
        writer.setResolution(300)
        writer.setPageLayout(QPageLayout(default_page_size(), QPageLayout.Orientation.Landscape,
                                         QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter))
        document.setPageSize(QSizeF())  # print_ paginates, with margins and page numbers
        document.print_(writer)
        del writer  # finishes the file
        if not temporary.exists() or temporary.stat().st_size == 0:
            raise ReportNotWritten(_("cannot write {path}: the PDF came out empty.", path=str(target)))

    try:
        write_atomically(target, b"", mode=default_mode(), writer=write_pdf, make_folder=False)
    except OSError as exc:
        raise ReportNotWritten(_("cannot write {path}: {reason}.", path=str(target),
                                 reason=exc.strerror or str(exc))) from None
