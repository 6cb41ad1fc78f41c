"""A lesson in the lesson window: the article beside the exercise, the summary or the teacher view.

It renders a ``LessonSession`` and turns what the student does into session calls; the session holds all
the state, and the window decides from it which commands can be used (``core.controls``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QPushButton, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from literacy_app.core.session import LessonSession
from literacy_app.i18n import _
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
# The article stays readable with lines of at least this many characters, and this many lines when it is
# above the exercise. Where article and exercise no longer fit side by side at the student's text size,
# the article goes above the exercise; where that does not fit either (1024x768 at 200 % text), the page
# shows one of them at a time, and F6 switches.
ARTICLE_COLUMNS = 34
ARTICLE_LINES = 7
EXERCISE_LINES = 16
SIDE, STACKED, ONE_AT_A_TIME = "side by side", "stacked", "one at a time"


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
        self.layout_mode = SIDE
        self.side = QStackedWidget()
        self.side.addWidget(self.panel)
        self.article_box = with_room_for_focus_ring(self.article, lambda: self.article.fit_lines(self.article.width()))
        self.side_box = with_room_for_focus_ring(self.side)
        self.to_exercise = self._switch_button(_("Show the &exercise (F6)"), "to-exercise", self.article_box)
        self.to_article = self._switch_button(_("Show the &article (F6)"), "to-article", self.side_box, first=True)
        self.addWidget(self.article_box)
        self.addWidget(self.side_box)
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 2)
        self.setSizes([640, 460])
        self.setChildrenCollapsible(False)
        self.setHandleWidth(8)  # wide enough to grab, and to reach with the mouse at any text size
        session.listeners.append(self._session_changed)
        self.show_session(panel_is_new=True)
        QWidget.setTabOrder(self.article, self.panel.first_in_tab_order())
        # a timer of the page's own, so it goes with the page (singleShot with a context object would have
        # PySide load its meta-method classes on the way to the first window)
        prepare = QTimer(self)
        prepare.setSingleShot(True)
        prepare.timeout.connect(self._prepare_for_the_first_selection)
        prepare.start(PREPARE_AFTER_MS)

    def _switch_button(self, label: str, name: str, box: QWidget, *, first: bool = False) -> QPushButton:
        """Only shown one-at-a-time: the way to the other half of the page (F6 too)."""
        button = QPushButton(label)
        button.setObjectName(name)
        button.setAccessibleName(label.replace("&", ""))
        button.clicked.connect(self.switch_pane)
        button.hide()
        layout = box.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0 if first else layout.count(), button)
        return button

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

            self._summary = SummaryView(self.session, self.review, self._back_to_library,
                                        self.commands.get("start_again"))
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
        self.show_pane(exercise=False)
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
        self.show_pane(exercise=False)

    def select_sentence(self) -> None:
        self.article.select_sentence()
        self.show_pane(exercise=False)

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
        self.show_pane(exercise=False)
        self.article.describe(message)
        announce(self.article, message)
        return message

    def start_again(self) -> None:
        self.side.setCurrentWidget(self.panel)
        self.session.start_again()
        self.article.clear_selection()
        self.show_pane(exercise=False)

    # --- a layout for any screen and text size ---------------------------------------------------


    @property
    def stacked(self) -> bool:
        return self.layout_mode != SIDE

    def follow_size(self, width: int | None = None, height: int | None = None) -> None:
        """Side by side where the exercise and a readable article fit across at the student's text size;
        else the article above the exercise; else one at a time, for the page at ``width`` x ``height``
        (by default its size now). The window calls this whenever it lays the page out anew, also before
        the page is first shown, when its own size is not yet set. (The orientation is set by name: the
        ``Qt`` namespace is not loaded before the window is first shown.)"""
        width = self.width() if width is None else width
        height = self.height() if height is None else height
        metrics = self.fontMetrics()
        side = self.side.minimumSizeHint()
        wide, tall = self.panel.needed_size(width)
        side.setWidth(max(side.width(), wide))
        side.setHeight(max(side.height(), tall))
        across = side.width() + 6 + ARTICLE_COLUMNS * metrics.averageCharWidth() + 40 + self.handleWidth()
        # the exercise scrolls: stacked needs room for a fair part of it, the same for every exercise, so the
        # layout does not change from one exercise to the next
        down = (ARTICLE_LINES + EXERCISE_LINES) * metrics.lineSpacing() + 80
        mode = SIDE if width >= across else STACKED if height >= down else ONE_AT_A_TIME
        # beside the article, the exercise is never narrower than its widest control or option
        article = ARTICLE_COLUMNS * metrics.averageCharWidth() + 40
        self.side_box.setMinimumWidth(min(side.width() + 6, width - article) if mode == SIDE else 0)
        if mode == self.layout_mode:
            return
        self.layout_mode = mode
        self.setProperty("orientation", "Horizontal" if mode == SIDE else "Vertical")
        if mode == SIDE:
            self.setSizes([width * 3 // 5, width * 2 // 5])
        elif mode == STACKED:  # the exercise below as tall as it needs, the article never under its lines
            below = min(side.height() + 20, height - ARTICLE_LINES * metrics.lineSpacing() - 60)
            self.setSizes([max(1, height - below), below])
        self._show_panes(exercise=self.side_box.isVisible() and not self.article_box.isVisible())
        self._changed("layout")

    def _show_panes(self, *, exercise: bool) -> None:
        one = self.layout_mode == ONE_AT_A_TIME
        self.article_box.setVisible(not one or not exercise)
        self.side_box.setVisible(not one or exercise)
        self.to_exercise.setVisible(one)
        self.to_article.setVisible(one)

    def switch_pane(self) -> None:
        """One at a time: from the article to the exercise and back (F6)."""
        if self.layout_mode == ONE_AT_A_TIME:
            self.show_pane(exercise=self.article_box.isVisible())

    def show_pane(self, *, exercise: bool, focus: QWidget | None = None) -> None:
        """The article (with the focus in it), or the exercise side: when only one is on screen, switch to
        it and put the focus there (on ``focus`` if given); when both are, leave the focus where it is."""
        if not exercise:
            if self.layout_mode == ONE_AT_A_TIME:
                self._show_panes(exercise=False)
            self.article.setFocus()
            return
        if self.layout_mode != ONE_AT_A_TIME:
            if focus is not None:
                focus.setFocus()
            return
        self._show_panes(exercise=True)
        current = self.side.currentWidget()
        if focus is not None:
            focus.setFocus()
        elif current is not None and not current.isAncestorOf(QApplication.focusWidget() or self):
            (self.panel.focus_first if current is self.panel else current.setFocus)()

    # --- what the student does -------------------------------------------------------------------

    def check(self) -> None:
        if self.session.state.selections:
            self.session.check()
            self.show_pane(exercise=True, focus=self.panel.feedback)
            self.panel.announce_result("check")

    def hint(self) -> None:
        if self.session.hint() is not None:
            self.show_pane(exercise=True, focus=self.panel.feedback if self.layout_mode == ONE_AT_A_TIME else None)
            self.panel.announce_result("hint")

    def show_answer(self) -> None:
        self.session.show_answer()
        self.show_pane(exercise=True, focus=self.panel.feedback if self.layout_mode == ONE_AT_A_TIME else None)
        self.panel.announce_result("show_answer")

    def try_again(self) -> None:
        self.session.try_again()
        self.article.clear_selection()
        self.show_pane(exercise=True)
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
        self.show_pane(exercise=True)
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
        self.article.describe()  # a mark described before may have changed or gone
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
            self.follow_size()  # another exercise may need more room
        self.article.show_marks(student_marks(self.session))

    def set_theme(self) -> None:
        self.article.set_theme(self.context.theme)
        if self._teacher_panel is not None:
            self._teacher_panel.show_lesson(self.lesson, self.context.theme)
        self.show_session()
