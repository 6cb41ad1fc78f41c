"""Screenshots of the Class results window and the exported PDF, light and high contrast, into
docs/screenshots/ (QT_QPA_PLATFORM=offscreen .venv/bin/python tests/report/make_screenshots.py; pdftoppm)."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtWidgets import QApplication  # noqa: E402

from literacy_app.core.loader import load_lesson  # noqa: E402
from literacy_app.core.report.export import report_html  # noqa: E402
from literacy_app.core.report.model import build_report  # noqa: E402
from literacy_app.core.report.sources import FolderSource  # noqa: E402
from literacy_app.ui.class_results_window import ClassResultsWindow  # noqa: E402
from literacy_app.ui.report_pdf import write_report_pdf  # noqa: E402
from literacy_app.ui.themes import THEMES, apply_theme  # noqa: E402
from tests.report.simulate import play_class  # noqa: E402
from tests.support.paths import LESSONS, REPO  # noqa: E402

OUT = REPO / "docs" / "screenshots"


def html_preview(html: str, path: Path, width: int = 1100) -> None:
    """The exported page as a picture: its inline SVG drawn by Qt's SVG renderer (so the SVG itself is what
    is checked), the rest laid out by QTextDocument (no browser here)."""
    import re

    from PySide6.QtCore import QByteArray, QRectF, QUrl
    from PySide6.QtGui import QColor, QImage, QPainter, QTextDocument
    from PySide6.QtSvg import QSvgRenderer

    document = QTextDocument()
    for n, svg in enumerate(re.findall(r"<svg.*?</svg>", html, flags=re.S)):
        renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
        size = renderer.defaultSize()
        image = QImage(size.width(), size.height(), QImage.Format.Format_ARGB32)
        painter = QPainter(image)
        renderer.render(painter, QRectF(0, 0, size.width(), size.height()))
        painter.end()
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"svg-{n}.png"), image)
        html = html.replace(svg, f'<img src="svg-{n}.png">', 1)
    document.setHtml(html)
    document.setTextWidth(width)
    height = min(int(document.size().height()), 1400)
    picture = QImage(width, height, QImage.Format.Format_ARGB32)
    picture.fill(QColor("#000000" if "#000000" in html[:3000] else "#ffffff"))
    painter = QPainter(picture)
    document.drawContents(painter, QRectF(0, 0, width, height))
    painter.end()
    picture.save(str(path))


def main() -> None:
    app = QApplication.instance() or QApplication([])
    lessons = [load_lesson(LESSONS / "01-local-news-sources.yaml"), load_lesson(LESSONS / "02-viral-post-statistic.yaml")]
    known = {lesson.id: lesson for lesson in lessons}
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        for n, p in enumerate(play_class(lessons, 30)):
            (folder / f"b{n}.json").write_text("[" + ",".join(s.json for s in p.statements) + "]", encoding="utf-8")
        for theme in ("light", "high-contrast"):
            apply_theme(app, THEMES[theme], 11)  # type: ignore[arg-type]
            window = ClassResultsWindow(FolderSource(folder), known, THEMES[theme], class_id="7B",
                                        lesson_id=lessons[0].id)
            window.resize(1280, 800)
            window.show()
            app.processEvents()
            window.grab().save(str(OUT / f"class-results-{theme}-1280.png"))
            window.tabs.setCurrentIndex(1)
            app.processEvents()
            window.grab().save(str(OUT / f"class-results-wrong-{theme}-1280.png"))
            window.table.setCurrentCell(3, 9)
            window.open_student(3, 9)
            app.processEvents()
            window.grab().save(str(OUT / f"class-results-attempt-{theme}-1280.png"))
            window.close()
            result = FolderSource(folder).read()
            report = build_report(result.records, known, class_id="7B", lesson_id=lessons[0].id)
            html_preview(report_html(report, theme=theme, source="results folder"),
                         OUT / f"class-report-html-{theme}.png")
            pdf = folder / f"report-{theme}.pdf"
            write_report_pdf(report, pdf, theme=theme, source="results folder")
            subprocess.run(["pdftoppm", "-r", "70", "-png", "-f", "1", "-l", "1", "-singlefile", str(pdf),
                            str(OUT / f"class-report-pdf-{theme}")], check=True)


if __name__ == "__main__":
    main()
