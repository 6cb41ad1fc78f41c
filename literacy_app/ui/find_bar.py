"""Find in the article: a line above it, built the first time Ctrl+F is pressed.

Each letter typed finds the words from where the search started; the words found are selected in the
article. Enter goes back to the article with them still selected, so a second Enter adds them to the
answer; F3 and Shift+F3 go on to the next or previous place; Escape closes the line.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from literacy_app.i18n import _


class FindBar(QWidget):
    def __init__(self, find: Callable[[str, bool, bool], bool], done: Callable[[], None]) -> None:
        """``find(text, backwards, from_start_of_search)`` selects the next place; ``done`` returns to the
        article."""
        super().__init__()
        self._find, self._done = find, done
        self.setObjectName("find-bar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        label = QLabel(_("&Find:"))
        self.text = _FindLine(self)
        self.text.setObjectName("find-text")
        self.text.setAccessibleName(_("Find in the article"))
        self.text.setPlaceholderText(_("Words to find"))
        self.text.setToolTip(_("Type the words to find. Enter goes back to the article with them selected; "
                               "F3 finds the next place, Escape closes this line."))
        self.text.setClearButtonEnabled(True)
        label.setBuddy(self.text)
        self.result = QLabel()
        self.result.setObjectName("find-result")
        close = QToolButton()
        close.setText("✕")
        close.setAccessibleName(_("Close find"))
        close.setToolTip(_("Close find (Escape)"))
        close.clicked.connect(self.close_bar)
        layout.addWidget(label)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.result)
        layout.addWidget(close)
        self.text.textEdited.connect(lambda text: self.search(backwards=False, again=False))

    def open_bar(self) -> None:
        self.show()
        self.text.setFocus()
        self.text.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self._done()

    def search(self, *, backwards: bool, again: bool = True) -> bool:
        """Find the text: ``again`` goes on from the place found last, otherwise from where the search began."""
        words = self.text.text()
        if not words.strip():
            self.result.setText("")
            return False
        found = self._find(words, backwards, not again)
        self.result.setText("" if found else _("Not found"))
        return found


class _FindLine(QLineEdit):
    def __init__(self, bar: FindBar) -> None:
        super().__init__()
        self.bar = bar

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.bar.search(backwards=True)
            else:
                self.bar._done()  # back to the article, the words found still selected
            return
        if key == Qt.Key.Key_Escape:
            self.bar.close_bar()
            return
        super().keyPressEvent(event)
