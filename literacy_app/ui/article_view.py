"""The article as a reader sees it: masthead, paragraphs and subheadings, with marks drawn over words.

The view owns no lesson state. Offsets in and out are the core's code points; Qt's UTF-16 positions are
converted only here, through the article's ``Utf16Positions``.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import Signal
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import QTextBrowser, QTextEdit

from literacy_app.core.model import Article
from literacy_app.i18n import _
from literacy_app.ui.article_document import article_html, build_block_by_block, paragraph_positions
from literacy_app.ui.qt_flags import set_flags
from literacy_app.ui.themes import Theme

if TYPE_CHECKING:
    from PySide6.QtGui import QKeyEvent, QTextCharFormat

_UNDERLINES = {  # names of QTextCharFormat.UnderlineStyle, looked up when a mark is drawn
    "pending": "SingleUnderline",
    "correct": "SingleUnderline",
    "partial": "DashUnderline",
    "wrong": "WaveUnderline",
    "missed": "DotLine",
    "answer": "DotLine",
    "distractor": "DashDotLine",
}


class Mark(NamedTuple):
    """A range of the article to draw: ``kind`` picks colour and underline, ``label`` is its tooltip."""

    start: int
    end: int
    kind: str
    label: str = ""
    colour: str | None = None  # overrides the kind's colour (teacher view: one colour per exercise)


class ArticleView(QTextBrowser):
    add_requested = Signal()

    def __init__(self, article: Article, theme: Theme) -> None:
        super().__init__()
        self.article = article
        self.theme = theme
        self._paragraph_starts = [p.start for p in article.paragraphs]
        self._paragraph_positions: list[int] = []
        self.setObjectName("article")
        self.setAccessibleName(_("Article"))
        self.setAccessibleDescription(_("The article to read. Select words with the mouse, or with Shift "
                                        "and the arrow keys, then press Enter to add them."))
        self.setOpenLinks(False)
        set_flags(self, "textInteractionFlags", "TextSelectableByMouse", "TextSelectableByKeyboard")
        self.setLineWrapMode(QTextEdit.LineWrapMode.FixedColumnWidth)
        self.setLineWrapColumnOrWidth(72)
        self.setWordWrapMode(QTextOption.WrapMode.WordWrap)  # Qt's default breaks words at the 72nd column
        self._build()

    # --- rendering -------------------------------------------------------------------------------

    def _build(self) -> None:
        html, masthead = article_html(self.article, self.theme, self.font().pointSizeF())
        self.document().setDocumentMargin(24)  # before the text, so it is laid out once
        self.setHtml(html)
        positions = paragraph_positions(self.document(), self.article, masthead)
        self._paragraph_positions = positions if positions is not None else \
            build_block_by_block(self, self.article, self.theme)  # setHtml leaves the cursor at the start

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self._build()

    # --- positions: the one place UTF-16 meets code points ----------------------------------------

    def position_of(self, offset: int) -> int:
        """The document position of an article offset."""
        paragraphs = self.article.paragraphs
        n = max(0, bisect_right(self._paragraph_starts, offset) - 1)
        offset = min(max(offset, paragraphs[n].start), paragraphs[n].end)
        utf16 = self.article.utf16
        return self._paragraph_positions[n] + utf16.to_utf16(offset) - utf16.to_utf16(paragraphs[n].start)

    def offset_of(self, position: int) -> int:
        """The article offset of a document position (the masthead counts as the article's start)."""
        n = bisect_right(self._paragraph_positions, position) - 1
        if n < 0:
            return 0
        paragraph = self.article.paragraphs[n]
        utf16 = self.article.utf16
        offset = utf16.to_index(utf16.to_utf16(paragraph.start) + position - self._paragraph_positions[n])
        return min(offset, paragraph.end)

    def selected_span(self) -> tuple[int, int] | None:
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        start, end = self.offset_of(cursor.selectionStart()), self.offset_of(cursor.selectionEnd())
        return (start, end) if start < end else None

    def select_span(self, start: int, end: int) -> None:
        cursor = self.textCursor()
        cursor.setPosition(self.position_of(start))
        cursor.setPosition(self.position_of(end), cursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    # --- marks -----------------------------------------------------------------------------------

    def show_marks(self, marks: list[Mark]) -> None:
        self._marks = marks
        if not marks:
            self.setExtraSelections([])
            return
        from PySide6.QtGui import QTextCursor  # only once there is something to draw

        selections = []
        for mark in marks:
            extra = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.document())
            cursor.setPosition(self.position_of(mark.start))
            cursor.setPosition(self.position_of(mark.end), QTextCursor.MoveMode.KeepAnchor)
            extra.cursor = cursor
            extra.format = self._format(mark)
            selections.append(extra)
        self.setExtraSelections(selections)

    def prepare_marks(self) -> None:
        """Build one mark's format now, so that the first real mark is drawn without delay."""
        self._format(Mark(0, 0, "pending"))

    def marks(self) -> list[Mark]:
        return list(getattr(self, "_marks", []))

    def _format(self, mark: Mark) -> QTextCharFormat:
        from PySide6.QtGui import QColor, QTextCharFormat

        fmt = QTextCharFormat()
        named = {"answer": self.theme.missed, "distractor": self.theme.wrong}
        colour = mark.colour or named.get(mark.kind) or getattr(self.theme, mark.kind, self.theme.pending)
        fmt.setBackground(QColor(colour))
        fmt.setForeground(QColor(self.theme.text))
        fmt.setUnderlineStyle(getattr(QTextCharFormat.UnderlineStyle, _UNDERLINES.get(mark.kind, "SingleUnderline")))
        fmt.setUnderlineColor(QColor(self.theme.text))
        if mark.label:
            fmt.setToolTip(mark.label)
        return fmt

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        from PySide6.QtCore import Qt

        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.add_requested.emit()
            return
        super().keyPressEvent(event)
