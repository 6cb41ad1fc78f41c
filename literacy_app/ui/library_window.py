"""The library: every lesson found, with the student's progress; broken lessons listed with their errors."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from literacy_app.core.library import Library, LibraryReading
from literacy_app.core.model import LessonFile
from literacy_app.core.settings import teacher_mode_allowed
from literacy_app.i18n import _, ngettext
from literacy_app.ui.actions import LIBRARY, add_language_menu_when_shown, build_commands
from literacy_app.ui.context import AppContext
from literacy_app.ui.results_line import show_results_line
from literacy_app.ui.screen_fit import FitsTheScreen, ScreenFit
from literacy_app.ui.themes import make_bold, with_room_for_focus_ring
from literacy_app.ui.words import escape, exercises_in_progress, facts_line, isolate, percent

LESSON_FILE_ROLE = 256  # Qt.ItemDataRole.UserRole: named here, as Qt's enum namespace is slow to build
FIRST_LESSONS = 60  # read before the window is shown: more than a list shows at once
LESSONS_PER_BATCH = 40  # then read between two looks at the mouse and keyboard (about 40 ms)


class LibraryWindow(FitsTheScreen, QMainWindow):
    def __init__(self, library: Library | LibraryReading, context: AppContext,
                 open_lesson: Callable[[LessonFile], object], reload: Callable[[], Library]) -> None:
        """``library`` is read already, or is being read: then the window shows the first lessons at once
        and adds the others a batch at a time while the student can already choose (a school's shared
        library holds thousands)."""
        super().__init__()
        self._reading: LibraryReading | None = None
        if isinstance(library, LibraryReading):
            self._reading = library
            library.read_more(FIRST_LESSONS)
            self.library = library.library
        else:
            self.library = library
        self.context = context
        self._open_lesson, self._reload = open_lesson, reload
        self.setObjectName("library-window")
        self.setWindowTitle(_("Lesson library · Media literacy lab"))
        self.screen_fit = ScreenFit(self, context, "library", (1100, 720))  # within the screen (issue 12)
        central = QWidget()
        layout = QVBoxLayout(central)
        heading = QLabel(_("Choose a lesson"))
        heading.setObjectName("prompt")
        make_bold(heading)
        layout.addWidget(heading)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(_("Filter by title, level, tag or words in the summary"))
        self.filter.setAccessibleName(_("Filter lessons"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._apply_filter)
        layout.addWidget(self.filter)
        splitter = QSplitter()  # side by side
        self.list = QListWidget()
        self.list.setObjectName("lesson-list")
        self.list.setAccessibleName(_("Lessons"))
        self.list.setWordWrap(True)
        self.list.setSpacing(4)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.currentItemChanged.connect(self._show_details)
        self.list.itemActivated.connect(lambda _item: self.open_current())
        splitter.addWidget(with_room_for_focus_ring(self.list))
        splitter.addWidget(self._details_pane())
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(central)
        self._build_menu()
        self.results_line = show_results_line(self, context)
        context.settings_changed.append(self.refresh)
        self.refresh()
        if self._reading is not None and not self._reading.done:
            QTimer.singleShot(0, self._read_more)

    def _read_more(self) -> None:
        """Another batch of lessons, listed as they come; once all are read, the list is made again with
        what only the whole library shows (two lessons with one id)."""
        reading = self._reading
        if reading is None or reading.done:
            return
        first_new = self.list.count()
        for file in reading.read_more(LESSONS_PER_BATCH):
            self.list.addItem(self._item(file))
        self._apply_filter(self.filter.text(), first_new)
        if not reading.done:
            self.statusBar().showMessage(ngettext("Reading the lessons: {count} so far…",
                                                  "Reading the lessons: {count} so far…", len(self.library.files)))
            QTimer.singleShot(0, self._read_more)
            return
        for row in range(self.list.count()):  # lessons found to share an id: marked where they stand
            item = self.list.item(row)
            if item.data(LESSON_FILE_ROLE).lesson is None:
                self._describe(item)
        self.statusBar().showMessage(ngettext("{count} lesson", "{count} lessons", len(self.library.files)))

    def _details_pane(self) -> QWidget:
        pane = QWidget()
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(3, 3, 3, 3)  # as the list beside it
        self.details = QTextBrowser()
        self.details.setObjectName("lesson-details")
        self.details.setAccessibleName(_("About the chosen lesson"))
        layout.addWidget(self.details, 1)
        row = QHBoxLayout()
        self.open_button = QPushButton(_("&Open lesson"))
        self.open_button.setAccessibleName(_("Open the chosen lesson"))
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self.open_current)
        row.addWidget(self.open_button)
        row.addStretch(1)
        layout.addLayout(row)
        return pane

    def _build_menu(self) -> None:
        handlers: dict[str, Callable[[], object]] = {
            "open_file": self.open_file, "reload": self.reload, "open_folder": self.open_user_folder,
            "quit": self.close, "bigger": lambda: self._resize_text("bigger"),
            "smaller": lambda: self._resize_text("smaller"), "help": self.show_help,
            **{f"theme_{name}": partial(self._set_theme, name) for name in ("light", "dark", "high-contrast")},
        }
        if teacher_mode_allowed(False, self.context.settings, self.context.lab):  # a teacher's own account
            handlers["class_results"] = self.show_class_results
        self.commands = build_commands(self, LIBRARY, handlers)
        add_language_menu_when_shown(self, self.context)

    def show_class_results(self) -> None:
        from literacy_app.ui.class_results_window import open_class_results  # a teacher's window, rarely opened

        open_class_results(self, self.context, open_attempt=self.context.open_attempt)

    def show_help(self) -> None:
        from literacy_app.ui.help_dialog import show_help

        show_help(self)

    # --- content ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        current = self.list.currentRow()
        self.list.clear()
        for file in self.library.files:
            self.list.addItem(self._item(file))
        self._apply_filter(self.filter.text())
        self.list.setCurrentRow(max(0, current))
        self.statusBar().showMessage(ngettext("{count} lesson", "{count} lessons", len(self.library.files)))

    def _item(self, file: LessonFile) -> QListWidgetItem:
        item = QListWidgetItem()
        item.setData(LESSON_FILE_ROLE, file)
        self._describe(item)
        return item

    def _describe(self, item: QListWidgetItem) -> None:
        file: LessonFile = item.data(LESSON_FILE_ROLE)
        item.setText(self._entry_text(file))
        item.setToolTip("\n".join(str(p) for p in file.errors[:10]) if file.lesson is None else "")

    def _entry_text(self, file: LessonFile) -> str:
        lesson = file.lesson
        if lesson is None:
            return _("⚠ {name}: this lesson has problems and cannot be opened",
                     name=Path(file.path).name)
        facts = [x for x in (lesson.level, _("{minutes} min", minutes=lesson.minutes) if lesson.minutes else None,
                             self._progress_text(file)) if x]
        return f"{lesson.title}\n{facts_line(facts)}"

    def _progress_text(self, file: LessonFile) -> str:
        assert file.lesson is not None
        progress = self.context.store.summary(file.lesson)
        if progress.status == "not started":
            return _("Not started")
        if progress.status == "done":
            return _("Done: score {score}", score=percent(progress.score or 0))
        return exercises_in_progress(progress.done, progress.total)

    def _apply_filter(self, text: str, first_row: int = 0) -> None:
        if not text.strip():
            for row in range(first_row, self.list.count()):
                self.list.item(row).setHidden(False)
            return
        from literacy_app.core.matching import fold_for_search  # not on the way to the first window

        words = fold_for_search(text).split()  # as quotes: no case, curly quotes or Arabic short vowels
        for row in range(first_row, self.list.count()):
            item = self.list.item(row)
            file: LessonFile = item.data(LESSON_FILE_ROLE)
            lesson = file.lesson
            extra = [lesson.summary or "", *lesson.tags] if lesson else []
            haystack = fold_for_search(" ".join([item.text(), *extra]))
            item.setHidden(not all(w in haystack for w in words))

    def _show_details(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        file: LessonFile | None = item.data(LESSON_FILE_ROLE) if item is not None else None
        self.open_button.setEnabled(file is not None and file.lesson is not None)
        if file is None:
            self.details.clear()
        elif file.lesson is None:
            problems = "".join(f"<li>{escape(str(p))}</li>" for p in file.problems)
            self.details.setHtml(f"<h3>{escape(_('This lesson cannot be opened'))}</h3>"
                                 f"<p>{escape(file.path)}</p><ul>{problems}</ul>"
                                 f"<p>{escape(_('Fix these problems in the file and choose Reload (F5).'))}</p>")
        else:
            self.details.setHtml(self._details_html(file))

    def _details_html(self, file: LessonFile) -> str:
        lesson = file.lesson
        assert lesson is not None
        facts = [(_("Level"), lesson.level), (_("Time"), _("{minutes} min", minutes=lesson.minutes)
                                                if lesson.minutes else None),
                 (_("Exercises"), str(len(lesson.exercises))), (_("Your progress"), self._progress_text(file)),
                 (_("Article"), lesson.article.headline), (_("Source"), lesson.article.source),
                 (_("Language"), lesson.language)]
        rows = "".join(f"<tr><td><b>{escape(k)}</b></td><td>{escape(isolate(v, always=True))}</td></tr>"
                       for k, v in facts if v)
        return (f"<h2>{escape(lesson.title)}</h2><p>{escape(lesson.summary or '')}</p>"
                f"<table cellpadding='3'>{rows}</table>")

    # --- actions ---------------------------------------------------------------------------------

    def open_current(self) -> None:
        item = self.list.currentItem()
        file: LessonFile | None = item.data(LESSON_FILE_ROLE) if item is not None else None
        if file is not None and file.lesson is not None:
            self._open_lesson(file)

    def open_file(self) -> None:
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        path, _filter = QFileDialog.getOpenFileName(self, _("Open a lesson file"), "",
                                                    _("Lesson files (*.yaml *.yml)"))
        if not path:
            return
        from literacy_app.core.loader import read_lesson  # a file chosen by hand is always checked afresh

        file = read_lesson(path)
        if file.lesson is None:
            QMessageBox.warning(self, _("This lesson cannot be opened"),
                                "\n".join(str(p) for p in file.problems[:15]))
            return
        self._open_lesson(file)

    def reload(self) -> None:
        self._reading = None  # a reading still going on is replaced by the whole library, read afresh
        self.library = self._reload()
        self.refresh()

    def open_user_folder(self) -> None:
        folder = self.context.user_lessons_folder
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            pass
        from PySide6.QtCore import QUrl  # rarely wanted: not loaded at start-up
        from PySide6.QtGui import QDesktopServices

        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def _set_theme(self, name: str) -> None:
        self.context.settings.theme = name
        self.context.change_settings()

    def _resize_text(self, change: str) -> None:
        getattr(self.context.settings, change)()
        self.context.change_settings()
