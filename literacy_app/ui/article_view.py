"""The article as a reader sees it: masthead, paragraphs and subheadings, with marks drawn over words.

The view owns no lesson state. Offsets in and out are the core's code points; Qt's UTF-16 positions are
converted only here, through the article's ``Utf16Positions``.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import QTextBrowser, QTextEdit

from literacy_app.core.model import Article
from literacy_app.core.record import Record
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


class Mark(Record):
    """A range of the article to draw: ``kind`` picks colour and underline, ``label`` is its tooltip."""

    start: int
    end: int
    kind: str
    label: str = ""
    colour: str | None = None  # overrides the kind's colour (teacher view: one colour per exercise)


DOCUMENT_MARGIN = 24  # pixels around the text


class ArticleView(QTextBrowser):
    add_requested = Signal()
    READABLE_COLUMNS = 72  # lines no longer than this, where the view is wide enough

    def __init__(self, article: Article, theme: Theme) -> None:
        super().__init__()
        self.article = article
        self.theme = theme
        self._paragraph_starts = [p.start for p in article.paragraphs]
        self._paragraph_positions: list[int] = []
        self.setObjectName("article")
        self.setAccessibleName(_("Article"))
        self.describe()
        self.setOpenLinks(False)
        set_flags(self, "textInteractionFlags", "TextSelectableByMouse", "TextSelectableByKeyboard")
        self.setLineWrapMode(QTextEdit.LineWrapMode.FixedColumnWidth)
        self.setLineWrapColumnOrWidth(self.READABLE_COLUMNS)
        self._find_from: int | None = None  # where the current search began
        self.setWordWrapMode(QTextOption.WrapMode.WordWrap)  # Qt's default breaks words at the 72nd column
        self._build()

    def describe(self, mark: str | None = None) -> None:
        """The accessible description: how to use the article, or the mark the caret was just moved to."""
        self.setAccessibleDescription(mark or _(
            "The article to read. Select words with the mouse, or with Shift and the arrow keys, then press "
            "Enter to add them. F8 goes to the next marked words."))

    # --- rendering -------------------------------------------------------------------------------

    def _build(self) -> None:
        html, sheet, masthead = article_html(self.article, self.theme, self.font().pointSizeF())
        document = self.document()
        document.setDocumentMargin(DOCUMENT_MARGIN)  # before the text, so it is laid out once
        document.setDefaultStyleSheet(sheet)
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

    def clear_selection(self) -> None:
        """No words selected (the caret stays at the selection's end): a new exercise starts clean, and a
        selection just added no longer hides its mark."""
        cursor = self.textCursor()
        if cursor.hasSelection():
            cursor.clearSelection()
            self.setTextCursor(cursor)

    # --- selecting by keyboard: whole words and sentences, and Find -------------------------------

    def select_sentence(self) -> bool:
        """Select the sentence the caret (or the selection's start) is in; False where there is none."""
        cursor = self.textCursor()
        offset = self.offset_of(cursor.selectionStart() if cursor.hasSelection() else cursor.position())
        sentences = self.article.index.sentences
        starts = [start for start, _end in sentences]
        n = bisect_right(starts, offset) - 1
        if not sentences or n < 0:
            return False
        start, end = sentences[n]
        if offset >= end and n + 1 < len(sentences):  # in the space after a sentence: the next one
            start, end = sentences[n + 1]
        self.select_span(start, end)
        return True

    def extend_by_word(self, forward: bool) -> None:
        """Move the selection's moving end by one whole word: growing, to the word's far edge; shrinking,
        to the near edge of the word before, so the selection never ends in the space between words."""
        from PySide6.QtGui import QTextCursor

        index, length = self.article.index, len(self.article.text)
        cursor = self.textCursor()
        offset, anchor = self.offset_of(cursor.position()), self.offset_of(cursor.anchor())
        if forward and anchor <= offset:  # growing to the right
            n = bisect_right(index.ends, offset)
            target = index.ends[n] if n < len(index.ends) else length
        elif forward:  # shrinking from the left
            n = bisect_right(index.starts, offset)
            target = min(index.starts[n], anchor) if n < len(index.starts) else anchor
        elif anchor < offset:  # shrinking from the right
            m = bisect_right(index.ends, offset) - 1
            while m >= 0 and index.ends[m] >= offset:
                m -= 1
            target = max(index.ends[m], anchor) if m >= 0 else anchor
        else:  # growing to the left
            n = bisect_left(index.starts, offset) - 1
            target = index.starts[n] if n >= 0 else 0
        cursor.setPosition(self.position_of(anchor))
        cursor.setPosition(self.position_of(target), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def begin_search(self) -> None:
        """Typing in Find looks from here, the caret or the selection's start when Find was opened."""
        self._find_from = self.offset_of(self.textCursor().selectionStart())

    def find_words(self, words: str, backwards: bool = False, from_search_start: bool = False) -> bool:
        """Select the next (or previous) place the words are, ignoring case, wrapping round the article.
        ``from_search_start``: look from where this search began (the student is still typing), not from
        the place found last."""
        text, needle = self.article.text.lower(), words.lower()
        if len(text) != len(self.article.text) or not needle:  # lower() changed a length: compare as written
            text, needle = self.article.text, words
        cursor = self.textCursor()
        if from_search_start and self._find_from is not None:
            origin = self._find_from
        else:
            origin = self.offset_of(cursor.selectionStart() if backwards else cursor.selectionEnd())
        if backwards:
            found = text.rfind(needle, 0, origin + len(needle) - 1)
            found = found if found >= 0 else text.rfind(needle)
        else:
            found = text.find(needle, origin)
            found = found if found >= 0 else text.find(needle)
        if found < 0:
            return False
        self.select_span(found, found + len(needle))
        self.ensureCursorVisible()
        return True

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

    def visit_mark(self, step: int) -> tuple[int, int, Mark] | None:
        """Move the caret to the next (``step`` 1) or previous (-1) mark, wrapping round, and return its
        number, how many there are, and the mark; the words are not selected, so Enter adds nothing."""
        marks = sorted(self.marks(), key=lambda m: (m.start, m.end))
        if not marks:
            return None
        here = self.textCursor().position()  # in the document: before the first paragraph is the masthead
        starts = [self.position_of(m.start) for m in marks]
        if step > 0:
            n = next((i for i, start in enumerate(starts) if start > here), 0)
        else:
            n = next((i for i in range(len(marks) - 1, -1, -1) if starts[i] < here), len(marks) - 1)
        mark = marks[n]
        cursor = self.textCursor()
        cursor.setPosition(self.position_of(mark.start))
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        return n + 1, len(marks), mark

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

        key, modifiers = event.key(), event.modifiers()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if modifiers == Qt.KeyboardModifier.NoModifier:
                self.add_requested.emit()
                return
            if modifiers == Qt.KeyboardModifier.ShiftModifier:  # the whole sentence, in one key
                if self.select_sentence():
                    self.add_requested.emit()
                return
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Left) \
                and modifiers == Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier:
            self.extend_by_word(key == Qt.Key.Key_Right)  # whole words, never the space after one
            return
        super().keyPressEvent(event)

    def fit_lines(self, width: int) -> None:
        """Lines of at most ``READABLE_COLUMNS`` characters; in a narrower view, as wide as the view, so
        no word is ever cut off or needs scrolling sideways. ``width``: the view's, as its box lays it out."""
        columns = self.READABLE_COLUMNS * self.fontMetrics().averageCharWidth()
        mode = QTextEdit.LineWrapMode
        # the width less the frame and a scroll bar; viewport() would load every QtWidgets type at start-up
        room = width - 2 * self.frameWidth() - 2 * DOCUMENT_MARGIN - 20
        wanted = mode.FixedColumnWidth if room > columns else mode.WidgetWidth
        if self.lineWrapMode() != wanted:
            self.setLineWrapMode(wanted)
