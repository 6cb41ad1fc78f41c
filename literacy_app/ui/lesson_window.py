"""The lesson window: a frame of menus, a notice line and one page — a lesson (``LessonPage``) or the
problems of a broken lesson file (``ProblemsPage``, in watch mode until the file is fixed).

Which commands can be used is decided by ``core.controls`` from what is shown; this window applies it.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget, QWidget

from literacy_app.core.controls import WindowState, lesson_controls
from literacy_app.core.model import Lesson, LessonFile
from literacy_app.core.progress import ProgressNotSaved
from literacy_app.core.settings import teacher_mode_allowed
from literacy_app.i18n import _
from literacy_app.ui.actions import LESSON, add_language_menu_when_shown, apply_controls, build_commands
from literacy_app.ui.context import AppContext
from literacy_app.ui.lesson_page import ONE_AT_A_TIME, LessonPage
from literacy_app.ui.results_line import show_results_line
from literacy_app.ui.screen_fit import FitsTheScreen, ScreenFit
from literacy_app.ui.themes import TellingColumn

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

    from literacy_app.core.session import LessonSession
    from literacy_app.ui.article_view import ArticleView
    from literacy_app.ui.exercise_panel import ExercisePanel
    from literacy_app.ui.problems_page import ProblemsPage
    from literacy_app.ui.summary_view import SummaryView
    from literacy_app.ui.watcher import LessonWatcher


class LessonWindow(FitsTheScreen, QMainWindow):
    def __init__(self, file: LessonFile, context: AppContext, *, teacher: bool = False,
                 watch_path: Path | None = None, attempt: LessonSession | None = None) -> None:
        super().__init__()
        self.context = context
        self._clock_follows_the_window = False
        self.attempt = attempt  # a student's attempt to look through, read-only (Class results), never saved
        # Teacher mode: --teacher or the user's setting, unless the lab forbids it. Only then does the
        # teacher view exist; opened with --teacher, the window starts in it.
        self.teacher_mode = teacher_mode_allowed(teacher, context.settings, context.lab)
        self._start_in_teacher_view = teacher
        self.setObjectName("lesson-window")
        self.screen_fit = ScreenFit(self, context, "lesson", (1200, 760))
        self.notice = self._notice_line()
        self._unsaved = False  # the last save failed and the notice says so
        self.commands = build_commands(self, LESSON, self._handlers())
        add_language_menu_when_shown(self, context)
        self.pages = QStackedWidget()
        self.page: LessonPage | ProblemsPage | None = None
        central = QWidget()
        layout = TellingColumn(central, self._laid_out)
        layout.addWidget(self.notice)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self.watcher: LessonWatcher | None = None
        if watch_path is not None:
            from literacy_app.ui.watcher import LessonWatcher

            self.watcher = LessonWatcher(watch_path, self)
            self.watcher.reloaded.connect(self.lesson_file_changed)
        self.lesson_file_changed(file)
        self.results_line = show_results_line(self, context)
        context.settings_changed.append(self._settings_changed)
        if teacher and not context.lab.teacher_view:
            self.statusBar().showMessage(_("The teacher view is switched off on this computer."), 10000)

    def _laid_out(self) -> None:
        """The lesson page's layout follows the room it has (on any screen, at any text size)."""
        if isinstance(self.page, LessonPage):
            self.page.follow_size(self.pages.width(), self.pages.height())

    # --- building --------------------------------------------------------------------------------

    def _notice_line(self) -> QLabel:
        notice = QLabel()
        notice.setObjectName("notice")
        notice.setWordWrap(True)
        notice.setAccessibleName(_("Notice"))
        notice.setFrameShape(QLabel.Shape.Box)  # drawn in the text colour: a style sheet would slow every widget
        notice.setLineWidth(2)
        notice.setMargin(6)
        notice.hide()
        return notice

    def _handlers(self) -> dict[str, Callable[[], object]]:
        on_page = self._on_lesson_page
        handlers: dict[str, Callable[[], object]] = {
            "add_selection": self.add_selection, "check": on_page(LessonPage.check),
            "hint": on_page(LessonPage.hint), "show_answer": on_page(LessonPage.show_answer),
            "try_again": on_page(LessonPage.try_again), "previous": on_page(LessonPage.previous),
            "next": on_page(LessonPage.next), "library": self.back_to_library, "print": self.print_worksheet,
            "quit": self.close, "bigger": self.bigger_text, "smaller": self.smaller_text, "help": self.show_help,
            "find": on_page(LessonPage.open_find), "find_next": on_page(LessonPage.find_next),
            "find_previous": on_page(LessonPage.find_previous),
            "select_sentence": on_page(LessonPage.select_sentence), "next_mark": partial(self.visit_mark, 1),
            "previous_mark": partial(self.visit_mark, -1), "start_again": self.start_again,
            "switch_pane": on_page(LessonPage.switch_pane),
            **{f"theme_{name}": partial(self.set_theme, name) for name in ("light", "dark", "high-contrast")},
        }
        if self.teacher_mode:  # in student mode the teacher view does not exist: no menu item, no shortcut
            handlers["teacher_view"] = self.toggle_teacher_view
            handlers["class_results"] = self.show_class_results
        return handlers

    def _on_lesson_page(self, command: Callable[[LessonPage], object]) -> Callable[[], object]:
        """A command that acts on the lesson; on the problems page it is disabled, and does nothing."""
        return lambda: command(self.page) if isinstance(self.page, LessonPage) else None

    # --- what is shown ---------------------------------------------------------------------------

    @property
    def lesson_page(self) -> LessonPage:
        assert isinstance(self.page, LessonPage), "the window shows a broken lesson file's problems"
        return self.page

    @property
    def session(self) -> LessonSession:
        return self.lesson_page.session

    @property
    def lesson(self) -> Lesson:
        return self.lesson_page.lesson

    @property
    def panel(self) -> ExercisePanel:
        return self.lesson_page.panel

    @property
    def article(self) -> ArticleView:
        return self.lesson_page.article

    @property
    def summary(self) -> SummaryView:
        return self.lesson_page.summary

    def set_lesson(self, lesson: Lesson, keep_exercise: str | None = None) -> None:
        """Show ``lesson`` (again, after a reload), resuming saved progress."""
        session, notice = (self.attempt, None) if self.attempt is not None else self.context.store.resume(lesson)
        if keep_exercise is not None:
            ids = [e.id for e in lesson.exercises]
            session.current = ids.index(keep_exercise) if keep_exercise in ids else min(session.current,
                                                                                         session.count - 1)
        page = LessonPage(session, self.context, self.commands, changed=self._lesson_changed,
                          back_to_library=self.back_to_library,
                          teacher_view=self.teacher_mode and self._teacher_view_shown())
        self._show_page(page, _("{title} · Media literacy lab", title=lesson.title))
        page.article.setFocus()  # the first stop of the Tab order: article, exercise, options, actions
        self._tell(notice)

    def _teacher_view_shown(self) -> bool:
        """Opened with --teacher, the window starts in the teacher view; a reload keeps what was shown."""
        return self.page.teacher_view if isinstance(self.page, LessonPage) else self._start_in_teacher_view

    def _show_page(self, page: LessonPage | ProblemsPage, title: str) -> None:
        old = self.page
        if isinstance(old, LessonPage):
            old.close_session()
        self.pages.addWidget(page)
        self.pages.setCurrentWidget(page)
        self.page = page
        if old is not None:
            self.pages.removeWidget(old)
            old.deleteLater()
        if self.isVisible():  # a reload: fit the new page to the room now (a new window's, when first shown)
            self._laid_out()
        self.setWindowTitle(title)
        self._apply_controls()

    def _apply_controls(self) -> None:
        lesson_page = self.page if isinstance(self.page, LessonPage) else None
        state = WindowState(lesson_page.session if lesson_page else None,
                            summary_shown=bool(lesson_page and lesson_page.summary_shown),
                            teacher_mode=self.teacher_mode, teacher_view=bool(lesson_page and lesson_page.teacher_view),
                            one_pane=bool(lesson_page and lesson_page.layout_mode == ONE_AT_A_TIME),
                            read_only=self.attempt is not None)
        apply_controls(self.commands, lesson_controls(state, _("&Finish"), _("&Next")))

    # --- what the student does -------------------------------------------------------------------

    def add_selection(self) -> None:
        problem = self.lesson_page.add_selection() if isinstance(self.page, LessonPage) else None
        if problem:
            self.statusBar().showMessage(problem, 5000)

    def visit_mark(self, step: int) -> None:
        if isinstance(self.page, LessonPage):
            message = self.page.next_mark() if step > 0 else self.page.previous_mark()
            if message:
                self.statusBar().showMessage(message, 10000)

    def back_to_library(self) -> None:
        self.context.open_library()
        self.close()

    def toggle_teacher_view(self) -> None:
        if isinstance(self.page, LessonPage):
            self.page.set_teacher_view(not self.page.teacher_view)

    def start_again(self) -> None:
        """After asking: the earlier attempt stays in the student's history, the exercises start empty."""
        if not isinstance(self.page, LessonPage):
            return
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(self, _("Start this lesson again?"), _(
            "Your selections, hints and scores in this lesson start again from empty. Your teacher can still "
            "see this attempt in your history."), QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self.page.start_again()

    # --- the clock -------------------------------------------------------------------------------

    def setVisible(self, visible: bool) -> None:  # noqa: N802 - Qt's name
        """The lesson's clock runs only while the student can be working in this window: it follows the
        window's activation and minimising, as signals of its native window (a ``changeEvent`` handler
        would make PySide load every event class before the window is first on screen)."""
        super().setVisible(visible)
        handle = self.windowHandle()
        if visible and handle is not None and not self._clock_follows_the_window:
            self._clock_follows_the_window = True
            handle.activeChanged.connect(self._activity_changed)
            handle.windowStateChanged.connect(lambda: self._activity_changed())  # the state is read below
        self._activity_changed()

    def _activity_changed(self) -> None:
        if isinstance(self.page, LessonPage):
            if self.isVisible() and self.isActiveWindow() and not self.isMinimized():
                self.page.session.resume()
            else:
                self.page.session.pause()

    # --- saving ----------------------------------------------------------------------------------

    def _lesson_changed(self, what: str) -> None:
        self._apply_controls()
        if what == "checked":
            self._record_results()
        if what not in ("summary", "teacher view", "layout"):
            self._save()

    def _record_results(self) -> None:
        """Each Check, and the lesson once finished, go to the class results outbox (with a lab configuration)."""
        recorder = self.context.recorder
        if recorder is None or not isinstance(self.page, LessonPage) or self.attempt is not None:
            return
        from literacy_app.core.results.outbox import ResultsNotSaved

        session = self.page.session
        try:
            recorder.checked(session, session.attempts[-1])
            if session.finished:
                recorder.lesson_finished(session)
        except ResultsNotSaved as problem:
            self._tell(str(problem))
            self._unsaved = True
        if self.results_line is not None:
            self.results_line.refresh()

    def _save(self) -> None:
        if not isinstance(self.page, LessonPage) or self.attempt is not None:
            return
        try:
            outcome = self.context.store.save(self.page.session)
        except ProgressNotSaved as problem:
            self._tell(str(problem))
            self._unsaved = True
            return
        if outcome.merged:  # another window or computer saved this lesson meanwhile: both kept, and said
            self._tell(outcome.notice)
            self.page.show_session()
            self._apply_controls()
        elif self._unsaved:  # the problem is over: take its notice away
            self._tell(None)
        self._unsaved = False

    def _tell(self, message: str | None) -> None:
        self.notice.setVisible(bool(message))
        self.notice.setText(f"⚠ {message}" if message else "")

    # --- watch mode ------------------------------------------------------------------------------

    def lesson_file_changed(self, result: LessonFile) -> None:
        if result.lesson is None:
            from literacy_app.ui.problems_page import ProblemsPage

            page = ProblemsPage(result, watching=self.watcher is not None)
            self._show_page(page, page.title(result))
            return
        keep = self.page.session.exercise.id if isinstance(self.page, LessonPage) else None
        self.set_lesson(result.lesson, keep_exercise=keep)
        if self.watcher is not None:
            self.statusBar().showMessage(_("Lesson reloaded."), 3000)

    # --- settings and the rest -------------------------------------------------------------------

    def bigger_text(self) -> None:
        self.context.settings.bigger()
        self.context.change_settings()

    def smaller_text(self) -> None:
        self.context.settings.smaller()
        self.context.change_settings()

    def set_theme(self, name: str) -> None:
        self.context.settings.theme = name
        self.context.change_settings()

    def _settings_changed(self) -> None:
        if isinstance(self.page, LessonPage):
            self.page.set_theme()

    def show_class_results(self) -> None:
        from literacy_app.ui.class_results_window import open_class_results  # a teacher's window, rarely opened

        open_class_results(self, self.context, open_attempt=self.context.open_attempt)

    def show_help(self) -> None:
        from literacy_app.ui.help_dialog import show_help  # rarely opened: not loaded at start-up

        show_help(self)

    def print_worksheet(self) -> None:
        if not isinstance(self.page, LessonPage):
            return
        from literacy_app.ui.printing_dialog import print_worksheet

        session = self.page.session
        shown = frozenset(e.id for e, s in zip(session.lesson.exercises, session.states) if s.answer_shown)
        print_worksheet(self, self.page.lesson, answers=self.page.teacher_view, answer_shown=shown)

    def closeEvent(self, event: QCloseEvent) -> None:
        if isinstance(self.page, LessonPage):
            self.page.session.pause()
            self._save()
        if self._settings_changed in self.context.settings_changed:
            self.context.settings_changed.remove(self._settings_changed)
        super().closeEvent(event)
