"""The end of a lesson: score per exercise, hints used, time, and a way back in to review."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from literacy_app.core.session import LessonSession
from literacy_app.i18n import _
from literacy_app.ui.themes import make_bold
from literacy_app.ui.words import duration, isolate, percent


def short(prompt: str, limit: int = 48) -> str:
    """The start of a prompt, cut at a word, so each row says which exercise it is."""
    if len(prompt) <= limit:
        return prompt
    return prompt[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "…"


class SummaryView(QWidget):
    def __init__(self, session: LessonSession, review: Callable[[int], None],
                 back_to_library: Callable[[], None]) -> None:
        super().__init__()
        self.session = session
        self.setObjectName("summary")
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("prompt")
        make_bold(self.heading)
        self.heading.setWordWrap(True)
        self.heading.setAccessibleName(_("Lesson summary"))
        layout.addWidget(self.heading)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("summary-table")
        self.table.setAccessibleName(_("Score for each exercise"))
        self.table.setHorizontalHeaderLabels([_("Exercise"), _("Score"), _("Hints"), _("Time")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.cellActivated.connect(lambda row, _column: review(row))
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.review_button = QPushButton(_("&Review the chosen exercise"))
        self.review_button.setAccessibleName(_("Review the chosen exercise"))
        self.review_button.clicked.connect(lambda: review(max(0, self.table.currentRow())))
        self.library_button = QPushButton(_("Back to the &library"))
        self.library_button.setAccessibleName(_("Back to the library"))
        self.library_button.clicked.connect(back_to_library)
        row.addWidget(self.review_button)
        row.addWidget(self.library_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.refresh()

    def refresh(self) -> None:
        session = self.session
        self.heading.setText(_("Lesson finished: {title}\nTotal score {score} · hints used {hints} · "
                               "time {time}", title=isolate(session.lesson.title, always=True),
                               score=percent(session.total_score()),
                               hints=sum(s.hints_shown for s in session.states),
                               time=duration(session.seconds_spent())))
        self.table.setRowCount(session.count)
        for row, (exercise, state) in enumerate(zip(session.lesson.exercises, session.states)):
            score = percent(state.best_score) if state.best_score is not None else _("not checked")
            mark = _("✓ passed") if state.passed else _("✗ not passed") if state.checked else ""
            if state.answer_shown:
                mark = f"{mark} · {_('answer shown')}".lstrip(" ·")
            cells = [f"{row + 1}. {short(exercise.prompt)}", f"{score} {mark}".strip(),
                     str(state.hints_shown), duration(state.seconds)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(exercise.prompt)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        self.table.setCurrentCell(0, 0)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.table.resizeRowsToContents()  # rows fit their wrapped text once the columns have a width

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.table.resizeRowsToContents()
