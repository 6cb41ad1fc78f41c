"""The score distribution as a small bar chart, drawn with QPainter (QtCharts is not in PySide6-Essentials).

One drawing routine serves the window (a widget following the theme's palette) and the PDF (an image).
Each bar has its count written above it, so the chart never depends on colour alone."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from literacy_app.core.report.export import band_label
from literacy_app.i18n import _, ngettext


class ChartColours(NamedTuple):
    text: str
    background: str
    bar: str
    grid: str


def paint_chart(painter: QPainter, area: QRectF, counts: tuple[int, ...], colours: ChartColours) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillRect(area, QColor(colours.background))
    metrics = painter.fontMetrics()
    line = metrics.height()
    left, right, top, bottom = metrics.horizontalAdvance("000") + 10, 8, line + 6, 2 * line + 8
    plot = QRectF(area.left() + left, area.top() + top, area.width() - left - right,
                  area.height() - top - bottom)
    highest = max(max(counts, default=0), 1)
    step = max(1, (highest + 3) // 4)
    painter.setPen(QPen(QColor(colours.grid), 1))
    for tick in range(0, highest + 1, step):
        y = plot.bottom() - plot.height() * tick / highest
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(QColor(colours.text))
        painter.drawText(QRectF(area.left(), y - line / 2, left - 6, line),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(tick))
        painter.setPen(QPen(QColor(colours.grid), 1))
    width = plot.width() / max(1, len(counts))
    plain = QFont(painter.font())
    bold = QFont(plain)
    bold.setBold(True)
    for n, count in enumerate(counts):
        x = plot.left() + n * width + 3
        height = plot.height() * count / highest
        bar = QRectF(x, plot.bottom() - height, width - 6, height)
        painter.setPen(QPen(QColor(colours.text), 1))
        painter.setBrush(QColor(colours.bar))
        if count:
            painter.drawRect(bar)
            painter.setFont(bold)
            painter.drawText(QRectF(x - 4, bar.top() - line - 2, width + 2, line),
                             Qt.AlignmentFlag.AlignCenter, str(count))
            painter.setFont(plain)
        painter.drawText(QRectF(x - 6, plot.bottom() + 3, width + 6, line), Qt.AlignmentFlag.AlignCenter,
                         band_label(n))
    painter.setPen(QPen(QColor(colours.text), 2))
    painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
    painter.drawText(QRectF(plot.left(), plot.bottom() + line + 4, plot.width(), line),
                     Qt.AlignmentFlag.AlignCenter, _("best score (%)"))
    painter.restore()


def describe(counts: tuple[int, ...]) -> str:
    bands = ", ".join(f"{band_label(n)} %: {c}" for n, c in enumerate(counts))
    return ngettext("Best score of the {count} student who started: {bands}",
                    "Best scores of the {count} students who started: {bands}", sum(counts), bands=bands)


class ScoreChart(QWidget):
    """Students per score band; follows the palette, so every theme (high contrast too) applies."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts: tuple[int, ...] = ()
        self.setAccessibleName(_("Score distribution"))
        self.setMinimumSize(360, 170)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(520, 190)

    def set_counts(self, counts: tuple[int, ...]) -> None:
        self.counts = counts
        self.setAccessibleDescription(describe(counts))
        self.setToolTip(describe(counts))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        palette = self.palette()
        colours = ChartColours(palette.color(QPalette.ColorRole.Text).name(),
                               palette.color(QPalette.ColorRole.Base).name(),
                               palette.color(QPalette.ColorRole.Highlight).name(),
                               palette.color(QPalette.ColorRole.Mid).name())
        painter = QPainter(self)
        paint_chart(painter, QRectF(self.rect()), self.counts, colours)
        painter.end()


def chart_image(counts: tuple[int, ...], colours: ChartColours, width: int = 1040, height: int = 380,
                scale: float = 2.0) -> QImage:
    """The chart as an image (for the PDF, which Qt lays out without SVG), drawn at ``scale`` for print."""
    image = QImage(int(width), int(height), QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(scale)
    image.fill(QColor(colours.background))
    painter = QPainter(image)
    font = painter.font()
    font.setPointSizeF(8)
    painter.setFont(font)
    paint_chart(painter, QRectF(0, 0, width / scale, height / scale), counts, colours)
    painter.end()
    return image
