"""A lesson in the lesson window: the article beside the exercise, the summary or the teacher view.

It renders a ``LessonSession`` and turns what the student does into session calls; the session holds all
the state, and the window decides from it which commands can be used (``core.controls``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QResizeEvent
from PySide6.QtWidgets import QSplitter, QStackedWidget, QVBoxLayout, QWidget

from literacy_app.core.session import LessonSession
from literacy_app.ui.article_view import ArticleView
from literacy_app.ui.context import AppContext
from literacy_app.ui.exercise_panel import ExercisePanel
from literacy_app.ui.marks import student_marks, teacher_marks
from literacy_app.ui.themes import with_room_for_focus_ring

if TYPE_CHECKING:
    from literacy_app.ui.find_bar import FindBar
    from literacy_app.ui.summary_view import SummaryView
    from literacy_app.ui.teacher_panel import TeacherPanel


PREPARE_AFTER_MS = 300  # after the window is on screen; no student adds a selection sooner
# Article and exercise side by side need about this many average characters across; below it, at the
# student's text size, the article goes above the exercise (1024 pixels at 200 % text, for example).
SIDE_BY_SIDE_COLUMNS = 70


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
        self.commands = commands
        self._summary: SummaryView | None = None
        self._teacher_panel: TeacherPanel | None = None
        self._find_bar: FindBar | None = None
        self._stacked = False
        self.side = QStackedWidget()
        self.side.addWidget(self.panel)
        self.article_box = with_room_for_focus_ring(self.article)
        self.addWidget(self.article_box)
        self.addWidget(self.side)
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 2)
        self.setSizes([640, 460])
        self.setChildrenCollapsible(False)
        self.setHandleWidth(8)  # wide enough to grab, and to reach with the mouse at any text size
        session.listeners.append(self._session_changed)
        self.show_session(panel_is_new=True)
        QWidget.setTabOrder(self.article, self.panel.first_in_tab_order())
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
        self.article.clear_selection()  # the mark shows, and the same words are not added twice by mistake
        return None

    # --- finding and visiting words in the article -----------------------------------------------

    @property
    def find_bar(self) -> FindBar:
        """Made the first time Find is used."""
        if self._find_bar is None:
            from literacy_app.ui.find_bar import FindBar

            self._find_bar = FindBar(self.article.find_words, self._back_to_article)
            layout = self.article_box.layout()
            assert isinstance(layout, QVBoxLayout)
            layout.insertWidget(0, self._find_bar)
            QWidget.setTabOrder(self._find_bar.text, self.article)
        return self._find_bar

    def open_find(self) -> None:
        self.article.begin_search()
        self.find_bar.open_bar()

    def find_next(self) -> None:
        self._find_again(backwards=False)

    def find_previous(self) -> None:
        self._find_again(backwards=True)

    def _find_again(self, *, backwards: bool) -> None:
        if self._find_bar is None or not self._find_bar.text.text().strip():
            self.open_find()  # nothing looked for yet: ask what to find
            return
        self._find_bar.search(backwards=backwards)

    def _back_to_article(self) -> None:
        self.article.setFocus()

    def select_sentence(self) -> None:
        self.article.select_sentence()
        self.article.setFocus()

    def next_mark(self) -> str | None:
        return self._visit_mark(1)

    def previous_mark(self) -> str | None:
        return self._visit_mark(-1)

    def _visit_mark(self, step: int) -> str | None:
        """Go to a mark and say what it is: the words and their verdict, for eyes and for screen readers."""
        from literacy_app.i18n import _
        from literacy_app.ui.announce import announce

        visited = self.article.visit_mark(step)
        if visited is None:
            return None
        number, count, mark = visited
        words = self.lesson.article.text[mark.start:mark.end]
        message = _("Mark {number} of {count}: {label}: “{words}”", number=number, count=count,
                    label=mark.label, words=words)
        self.article.setFocus()
        self.article.setAccessibleDescription(message)
        announce(self.article, message)
        return message

    def start_again(self) -> None:
        self.side.setCurrentWidget(self.panel)
        self.session.start_again()
        self.article.clear_selection()
        self.article.setFocus()

    # --- a layout for any screen and text size ---------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.follow_width()

    @property
    def stacked(self) -> bool:
        return self._stacked

    def follow_width(self) -> None:
        """Side by side where article and exercise both fit at the student's text size; else stacked,
        the article above the exercise. (The orientation is set by name: this runs before the window is
        first shown, where the ``Qt`` namespace is not loaded.)"""
        stacked = self.width() < SIDE_BY_SIDE_COLUMNS * self.fontMetrics().averageCharWidth()
        if stacked == self._stacked:
            return
        self._stacked = stacked
        self.setProperty("orientation", "Vertical" if stacked else "Horizontal")
        if stacked:
            side = min(self.side.minimumSizeHint().height() + 40, self.height() * 2 // 3)
            self.setSizes([max(1, self.height() - side), side])
        else:
            self.setSizes([self.width() * 3 // 5, self.width() * 2 // 5])

    def check(self) -> None:
        if self.session.state.selections:
            self.session.check()
            self.panel.feedback.setFocus()
            self.panel.announce_result("check")

    def hint(self) -> None:
        if self.session.hint() is not None:
            self.panel.announce_result("hint")

    def show_answer(self) -> None:
        self.session.show_answer()
        self.panel.announce_result("show_answer")

    def try_again(self) -> None:
        self.session.try_again()
        self.article.clear_selection()
        self.panel.announce_result("try_again")

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
        if what in ("moved", "started again"):
            self.article.clear_selection()  # a new exercise starts with nothing selected
        self.show_session()
        self.panel.after(what)
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
