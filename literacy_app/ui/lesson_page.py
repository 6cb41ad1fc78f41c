"""A lesson in the lesson window: the article beside the exercise, the summary or the teacher view.

It renders a ``LessonSession`` and turns what the student does into session calls; the session holds all
the state, and the window decides from it which commands can be used (``core.controls``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QSplitter, QStackedWidget

from literacy_app.core.session import LessonSession
from literacy_app.ui.article_view import ArticleView
from literacy_app.ui.context import AppContext
from literacy_app.ui.exercise_panel import ExercisePanel
from literacy_app.ui.marks import student_marks, teacher_marks
from literacy_app.ui.themes import with_room_for_focus_ring

if TYPE_CHECKING:
    from literacy_app.ui.summary_view import SummaryView
    from literacy_app.ui.teacher_panel import TeacherPanel


PREPARE_AFTER_MS = 300  # after the window is on screen; no student adds a selection sooner


class LessonPage(QSplitter):
    def __init__(self, session: LessonSession, context: AppContext, commands: dict[str, QAction], *,
                 changed: Callable[[str], None], back_to_library: Callable[[], None],
                 teacher_view: bool = False) -> None:
        super().__init__()
        self.session, self.context = session, context
        self.lesson = session.lesson
        self.teacher_view = teacher_view
        self._changed, self._back_to_library = changed, back_to_library
        self.article = ArticleView(self.lesson.article, context.theme)
        self.article.add_requested.connect(commands["add_selection"].trigger)  # Enter in the article
        self.panel = ExercisePanel(session, commands)
        self._summary: SummaryView | None = None
        self._teacher_panel: TeacherPanel | None = None
        self.side = QStackedWidget()
        self.side.addWidget(self.panel)
        self.addWidget(with_room_for_focus_ring(self.article))
        self.addWidget(self.side)
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 2)
        self.setSizes([640, 460])
        self.setChildrenCollapsible(False)
        session.listeners.append(self._session_changed)
        self.show_session(panel_is_new=True)
        QTimer.singleShot(PREPARE_AFTER_MS, self, self._prepare_for_the_first_selection)

    def _prepare_for_the_first_selection(self) -> None:
        """While the student reads the prompt: the article's words and sentences, and the first mark's
        format (PySide builds Qt's enums on first use), so the first Add selection answers at once."""
        self.lesson.article.index  # noqa: B018 - computed once and kept
        self.article.prepare_marks()

    def close_session(self) -> None:
        """Stop listening before the page is replaced (a reload in watch mode)."""
        if self._session_changed in self.session.listeners:
            self.session.listeners.remove(self._session_changed)

    # --- the other views of the side -------------------------------------------------------------

    @property
    def summary(self) -> SummaryView:
        """Made the first time it is shown: most starts never need it."""
        if self._summary is None:
            from literacy_app.ui.summary_view import SummaryView

            self._summary = SummaryView(self.session, self.review, self._back_to_library)
            self.side.addWidget(self._summary)
        return self._summary

    @property
    def summary_shown(self) -> bool:
        return self._summary is not None and self.side.currentWidget() is self._summary

    @property
    def teacher_panel(self) -> TeacherPanel:
        if self._teacher_panel is None:
            from literacy_app.ui.teacher_panel import TeacherPanel

            self._teacher_panel = TeacherPanel(self.lesson, self.context.theme)
            self.side.addWidget(self._teacher_panel)
        return self._teacher_panel

    # --- what the student does -------------------------------------------------------------------

    def add_selection(self) -> str | None:
        """Add the article's selection; a message for the status bar when nothing was added."""
        from literacy_app.i18n import _

        span = self.article.selected_span()
        if span is None:
            return _("First select some words in the article.")
        if not self.session.add_selection(*span):
            return _("That selection has no words in it, or you already added it.")
        return None

    def check(self) -> None:
        if self.session.state.selections:
            self.session.check()
            self.panel.feedback.setFocus()

    def hint(self) -> None:
        self.session.hint()

    def show_answer(self) -> None:
        self.session.show_answer()

    def try_again(self) -> None:
        self.session.try_again()

    def previous(self) -> None:
        if self.summary_shown:  # back from the summary to the last exercise
            self.side.setCurrentWidget(self.panel)
            self.show_session()
            self._changed("moved")
        else:
            self.session.previous()

    def next(self) -> None:
        if self.session.current == self.session.count - 1:
            self.show_summary()
        else:
            self.session.next()

    def show_summary(self) -> None:
        self.summary.refresh()
        self.side.setCurrentWidget(self.summary)
        self.summary.table.setFocus()
        self._changed("summary")

    def review(self, number: int) -> None:
        self.side.setCurrentWidget(self.panel)
        self.session.go_to(number)
        self.show_session()
        self._changed("moved")

    def set_teacher_view(self, shown: bool) -> None:
        self.teacher_view = shown
        self.show_session()
        self._changed("teacher view")

    # --- rendering -------------------------------------------------------------------------------

    def _session_changed(self, what: str) -> None:
        self.show_session()
        self._changed(what)

    def show_session(self, *, panel_is_new: bool = False) -> None:
        if self.teacher_view:
            self.side.setCurrentWidget(self.teacher_panel)
            self.article.show_marks(teacher_marks(self.lesson, self.context.theme))
            return
        if not self.summary_shown:  # back from the teacher view, or on the exercise already
            self.side.setCurrentWidget(self.panel)
        if not panel_is_new:  # a new panel has just shown the session
            self.panel.refresh()
        self.article.show_marks(student_marks(self.session))

    def set_theme(self) -> None:
        self.article.set_theme(self.context.theme)
        if self._teacher_panel is not None:
            self._teacher_panel.show_lesson(self.lesson, self.context.theme)
        self.show_session()
