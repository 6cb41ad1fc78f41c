"""One short line saying what became of the class results ("All results sent", "12 results waiting: ...").

It renders a core status (``Recorder.status``) and owns no state. Problems the teacher must fix start with a
warning sign, so the line never relies on colour. With no lab configuration it stays hidden.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from literacy_app.i18n import _

if TYPE_CHECKING:
    from literacy_app.core.results.recorder import ResultsStatus
    from literacy_app.ui.context import AppContext

REFRESH_MS = 2000


class ResultsLine(QLabel):
    def __init__(self, status: Callable[[], ResultsStatus], parent: QWidget | None = None,
                 refresh_ms: int = REFRESH_MS) -> None:
        super().__init__(parent)
        self.status = status
        self.setAccessibleName(_("Class results"))
        self.setWordWrap(True)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.refresh)
        self.timer.start(refresh_ms)
        self.refresh()

    def refresh(self) -> None:
        """Ask the core again (also right after a Check, so the line never lags behind the student)."""
        current = self.status()
        text = f"⚠ {current.message}" if current.trouble and current.message else current.message
        if text != self.text():
            self.setText(text)
            self.setToolTip(current.message)
            self.setAccessibleDescription(current.message)
        self.setVisible(bool(text))


def show_results_line(window: QMainWindow, context: AppContext) -> ResultsLine | None:
    """The line at the right of the window's status bar, where a lab records class results; else nothing."""
    if context.recorder is None:
        return None
    line = ResultsLine(context.recorder.status, window)
    line.setObjectName("results-line")
    window.statusBar().addPermanentWidget(line)
    return line
