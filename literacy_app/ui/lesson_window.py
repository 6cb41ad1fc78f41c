"""The lesson window: the article beside the exercises, menus built from the action table."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QStackedWidget, QTextBrowser, QVBoxLayout, QWidget

from literacy_app.core.model import Lesson, LessonFile
from literacy_app.core.progress import ProgressNotSaved
from literacy_app.core.session import LessonSession
from literacy_app.i18n import _
from literacy_app.ui.actions import action_specs, build_actions, menu_titles
from literacy_app.ui.article_view import ArticleView
from literacy_app.ui.context import AppContext
from literacy_app.ui.exercise_panel import ExercisePanel
from literacy_app.ui.marks import student_marks, teacher_marks
from literacy_app.ui.themes import with_room_for_focus_ring
from literacy_app.ui.words import escape

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

    from literacy_app.ui.summary_view import SummaryView
    from literacy_app.ui.teacher_panel import TeacherPanel
    from literacy_app.ui.watcher import LessonWatcher


class LessonWindow(QMainWindow):
    def __init__(self, file: LessonFile, context: AppContext, *, teacher: bool = False,
                 watch_path: Path | None = None) -> None:
        super().__init__()
        self.context = context
        self.teacher = teacher and context.lab.teacher_view
        self.setObjectName("lesson-window")
        self.resize(1200, 760)
        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.notice.setAccessibleName(_("Notice"))
        self.notice.setFrameShape(QLabel.Shape.Box)  # drawn in the text colour: a style sheet would slow every widget
        self.notice.setLineWidth(2)
        self.notice.setMargin(6)
        self.notice.hide()
        self._unsaved = False  # the last save failed and the notice says so
        self.actions = build_actions(self, self._handlers())
        self._build_menus()
        self.pages = QStackedWidget()
        self._errors: QTextBrowser | None = None
        self.watcher: LessonWatcher | None = None
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.notice)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self.session: LessonSession | None = None
        if watch_path is not None:
            from literacy_app.ui.watcher import LessonWatcher

            self.watcher = LessonWatcher(watch_path, self)
            self.watcher.reloaded.connect(self.lesson_file_changed)
        self.lesson_file_changed(file)
        context.settings_changed.append(self._settings_changed)
        if teacher and not context.lab.teacher_view:
            self.statusBar().showMessage(_("The teacher view is switched off on this computer."), 10000)

    # --- building --------------------------------------------------------------------------------

    def _handlers(self) -> dict[str, object]:
        handlers = {
            "add_selection": self.add_selection, "check": self.check, "hint": self.hint,
            "show_answer": self.show_answer, "try_again": self.try_again, "previous": self.previous,
            "next": self.next, "library": self.back_to_library, "print": self.print_worksheet,
            "quit": self.close, "bigger": self.bigger_text, "smaller": self.smaller_text,
            "help": self.show_help,
            **{f"theme_{name}": (lambda _checked=False, n=name: self.set_theme(n))
               for name in ("light", "dark", "high-contrast")},
        }
        if self.context.lab.teacher_view:
            handlers["teacher_view"] = self.toggle_teacher_view
        return handlers  # type: ignore[return-value]

    def _build_menus(self) -> None:
        menus = {key: self.menuBar().addMenu(title) for key, title in menu_titles().items()}
        for spec in action_specs():
            if spec.id in self.actions:
                menus[spec.menu].addAction(self.actions[spec.id])
        if "teacher_view" in self.actions:
            self.actions["teacher_view"].setCheckable(True)

    def set_lesson(self, lesson: Lesson, keep_exercise: str | None = None) -> None:
        """Show ``lesson`` (again, after a reload), resuming saved progress."""
        if self.session is not None:
            self.session.listeners.clear()
            old = self.pages.widget(0)
            self.pages.removeWidget(old)
            old.deleteLater()
        session, notice = self.context.store.resume(lesson)
        if keep_exercise is not None:
            ids = [e.id for e in lesson.exercises]
            session.current = ids.index(keep_exercise) if keep_exercise in ids else min(session.current,
                                                                                         session.count - 1)
        self.session = session
        self.lesson = lesson
        self.setWindowTitle(_("{title} · Media literacy lab", title=lesson.title))
        self.article = ArticleView(lesson.article, self.context.theme)
        self.article.add_requested.connect(self.add_selection)
        self.panel = ExercisePanel(session, self.actions)
        self._summary: SummaryView | None = None
        self._teacher_panel: TeacherPanel | None = None
        self.side = QStackedWidget()
        self.side.addWidget(self.panel)
        splitter = QSplitter()  # side by side
        splitter.addWidget(with_room_for_focus_ring(self.article))
        splitter.addWidget(self.side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([640, 460])
        splitter.setChildrenCollapsible(False)
        self.pages.insertWidget(0, splitter)
        self.pages.setCurrentIndex(0)
        session.listeners.append(self._session_changed)
        self._tell(notice)
        self._render(panel_is_new=True)

    @property
    def errors(self) -> QTextBrowser:
        """The page that lists a broken lesson file's problems, made the first time there are some."""
        if self._errors is None:
            self._errors = QTextBrowser()
            self._errors.setAccessibleName(_("Problems in the lesson file"))
            self.pages.addWidget(self._errors)
        return self._errors

    @property
    def summary(self) -> SummaryView:
        """Made the first time it is shown: most starts never need it."""
        if self._summary is None:
            from literacy_app.ui.summary_view import SummaryView

            assert self.session is not None
            self._summary = SummaryView(self.session, self.review, self.back_to_library)
            self.side.addWidget(self._summary)
        return self._summary

    @property
    def teacher_panel(self) -> TeacherPanel:
        if self._teacher_panel is None:
            from literacy_app.ui.teacher_panel import TeacherPanel

            self._teacher_panel = TeacherPanel(self.lesson, self.context.theme)
            self.side.addWidget(self._teacher_panel)
        return self._teacher_panel

    # --- what the student does -------------------------------------------------------------------

    def add_selection(self) -> None:
        span = self.article.selected_span()
        if span is None or self.session is None:
            self.statusBar().showMessage(_("First select some words in the article."), 5000)
            return
        if not self.session.add_selection(*span):
            self.statusBar().showMessage(_("That selection has no words in it, or you already added it."), 5000)

    def check(self) -> None:
        if self.session and self.session.state.selections:
            self.session.check()
            self.panel.feedback.setFocus()

    def hint(self) -> None:
        if self.session is not None:
            self.session.hint()

    def show_answer(self) -> None:
        if self.session is not None:
            self.session.show_answer()

    def try_again(self) -> None:
        if self.session is not None:
            self.session.try_again()

    def previous(self) -> None:
        if self._summary is not None and self.side.currentWidget() is self._summary:
            self._render()
        elif self.session is not None:
            self.session.previous()

    def next(self) -> None:
        if self.session is None:
            return
        if self.session.current == self.session.count - 1:
            self.show_summary()
        else:
            self.session.next()

    def show_summary(self) -> None:
        self.summary.refresh()
        self.side.setCurrentWidget(self.summary)
        self.summary.table.setFocus()

    def review(self, number: int) -> None:
        if self.session is not None:
            self.side.setCurrentWidget(self.panel)
            self.session.go_to(number)
            self._render()

    def back_to_library(self) -> None:
        self.context.open_library()
        self.close()

    def toggle_teacher_view(self) -> None:
        self.teacher = not self.teacher
        self._render()

    # --- rendering and saving --------------------------------------------------------------------

    def _session_changed(self, what: str) -> None:
        self._render()
        self._save()

    def _render(self, *, panel_is_new: bool = False) -> None:
        if self.session is None:
            return
        if "teacher_view" in self.actions:
            self.actions["teacher_view"].setChecked(self.teacher)
        if self.teacher:
            self.side.setCurrentWidget(self.teacher_panel)
            self.article.show_marks(teacher_marks(self.lesson, self.context.theme))
            return
        if self._summary is None or self.side.currentWidget() is not self._summary:
            self.side.setCurrentWidget(self.panel)
        if not panel_is_new:  # a new panel has just shown the session
            self.panel.refresh()
        self.article.show_marks(student_marks(self.session))

    def _save(self) -> None:
        if self.session is None:
            return
        try:
            self.context.store.save(self.session)
        except ProgressNotSaved as problem:
            self._tell(str(problem))
            self._unsaved = True
        else:
            if self._unsaved:  # the problem is over: take its notice away
                self._tell(None)
            self._unsaved = False

    def _tell(self, message: str | None) -> None:
        self.notice.setVisible(bool(message))
        self.notice.setText(f"⚠ {message}" if message else "")

    # --- watch mode ------------------------------------------------------------------------------

    def lesson_file_changed(self, result: LessonFile) -> None:
        if result.lesson is None:
            items = "".join(f"<li><b>{escape(_('Line {line}, column {column}:', line=p.line, column=p.column))}"
                            f"</b> {escape(p.message)}</li>" for p in result.problems)
            note = _("The lesson comes back here as soon as you save the file without problems.") \
                if self.watcher is not None else ""
            self.errors.setHtml(f"<h3>{escape(_('The lesson file has problems; fix them and save:'))}"
                                f"</h3><p>{escape(result.path)}</p><ul>{items}</ul><p>{escape(note)}</p>")
            self.pages.setCurrentWidget(self.errors)
            self.setWindowTitle(_("Problems in {name} · Media literacy lab", name=Path(result.path).name))
            return
        keep = self.session.exercise.id if self.session is not None else None
        self.set_lesson(result.lesson, keep_exercise=keep)
        self.pages.setCurrentIndex(0)
        if self.watcher is not None:
            self.statusBar().showMessage(_("Lesson reloaded."), 3000)

    # --- settings --------------------------------------------------------------------------------

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
        if self.session is None:
            return
        self.article.set_theme(self.context.theme)
        if self._teacher_panel is not None:
            self._teacher_panel.show_lesson(self.lesson, self.context.theme)
        self._render()

    def show_help(self) -> None:
        from literacy_app.ui.help_dialog import show_help  # rarely opened: not loaded at start-up

        show_help(self)

    def print_worksheet(self) -> None:
        from PySide6.QtWidgets import QFileDialog, QMessageBox  # their many enums cost start-up time

        path, _filter = QFileDialog.getSaveFileName(self, _("Save worksheet as PDF"),
                                                    f"{self.lesson.id}.pdf", _("PDF files (*.pdf)"))
        if not path:
            return
        try:
            from literacy_app.ui.printing import write_worksheet

            write_worksheet(self.lesson, Path(path), answers=self.teacher)
        except Exception as exc:  # noqa: BLE001 - any failure is told to the user, never a traceback
            QMessageBox.warning(self, _("Printing"), _("The worksheet could not be saved: {reason}",
                                                       reason=exc))
        else:
            self.statusBar().showMessage(_("Worksheet saved as {path}", path=path), 8000)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self.session is not None:
            self.session.pause()
            self._save()
        if self._settings_changed in self.context.settings_changed:
            self.context.settings_changed.remove(self._settings_changed)
        super().closeEvent(event)
