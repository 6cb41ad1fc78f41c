"""The one place that wires the app together: Qt application, data folder, settings, library, windows."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QStandardPaths
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from literacy_app.core.files import remove_orphaned_temporaries, setting_path
from literacy_app.core.lesson_cache import LessonCache
from literacy_app.core.library import bundled_asset
from literacy_app.core.model import LessonFile
from literacy_app.core.progress import ProgressStore
from literacy_app.core.settings import load_lab_config, load_settings
from literacy_app.i18n import _
from literacy_app.ui.context import AppContext
from literacy_app.ui.lesson_window import LessonWindow
from literacy_app.ui.themes import apply_theme

if TYPE_CHECKING:
    from literacy_app.core.library import Library
    from literacy_app.ui.library_window import LibraryWindow

APP_NAME = "literacy-app"


def data_folder() -> Path:
    """``LITERACY_APP_DATA`` if a lab sets it, else the platform's place for the user's app data."""
    override = os.environ.get("LITERACY_APP_DATA", "")
    if override.strip():
        return setting_path(override)
    return Path(QStandardPaths.writableLocation(QStandardPaths.AppDataLocation))


class App:
    """Holds the windows and what they share; ``run`` builds one."""

    def __init__(self, qt_app: QApplication) -> None:
        self.qt_app = qt_app
        folder = data_folder()
        self.folder_problem = _make_folder(folder)
        remove_orphaned_temporaries(folder)  # left by a save that was cut off (a crash, a power cut)
        settings = load_settings(folder)
        self.context = AppContext(folder, settings, load_lab_config(), ProgressStore(folder))
        self.lessons = LessonCache(folder / "cache")
        self.context.open_library = self.show_library
        self.context.settings_changed.append(self.apply_settings)
        self.lock = QLockFile(str(folder / "app.lock"))
        self.context.another_copy_running = not self.lock.tryLock(100) and not self.folder_problem
        self.windows: list[object] = []
        self.library_window: LibraryWindow | None = None
        self.apply_settings()

    def apply_settings(self) -> None:
        apply_theme(self.qt_app, self.context.theme, self.context.settings.text_size)

    def load_library(self) -> Library:
        from literacy_app.core.library import lesson_folders, load_library  # not needed to open one lesson

        return load_library(lesson_folders(self.context.user_lessons_folder), self.read_lesson)

    def read_lesson(self, path: str | Path) -> LessonFile:
        """Lessons already checked come from the cache; edited or new ones are checked afresh."""
        return self.lessons.read(path)

    def show_library(self) -> LibraryWindow:
        from literacy_app.ui.library_window import LibraryWindow

        if self.library_window is None:
            self.library_window = LibraryWindow(self.load_library(), self.context, self.open_lesson,
                                                self.load_library)
        else:
            self.library_window.refresh()
        self.library_window.show()
        self.library_window.raise_()
        return self.library_window

    def open_lesson(self, file: LessonFile, *, teacher: bool = False, watch: bool = False) -> LessonWindow:
        window = LessonWindow(file, self.context, teacher=teacher,
                              watch_path=Path(file.path) if watch else None)
        self.windows.append(window)
        window.show()
        if self.library_window is not None:
            self.library_window.hide()
        return window

    def warn_at_start(self) -> None:
        """Tell the student, once, about anything that affects saving."""
        if not (self.folder_problem or self.context.another_copy_running):
            return
        from PySide6.QtWidgets import QMessageBox

        if self.folder_problem:
            QMessageBox.warning(None, _("Progress will not be saved"), self.folder_problem)
        elif self.context.another_copy_running:
            QMessageBox.information(None, _("The app is already open"), _(
                "The app is already open in your account (maybe on another computer). You can go on "
                "here, but work on a different lesson in each window: for the same lesson, the window "
                "saved last wins."))


def _make_folder(folder: Path) -> str | None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / ".write-test"
        probe.write_text("ok")
        probe.unlink()
    except OSError as exc:
        return _("The app cannot save your progress in {folder} ({reason}). You can still do lessons, but "
                 "ask your teacher to fix the data folder.", folder=folder, reason=exc.strerror or exc)
    return None


def make_qt_app() -> QApplication:
    qt_app = QApplication.instance() or QApplication(sys.argv[:1])
    qt_app.setApplicationName(APP_NAME)
    qt_app.setOrganizationName("media-literacy-lab")
    qt_app.setApplicationDisplayName(_("Media literacy lab"))
    icon = bundled_asset("icon.png")
    if icon is not None:
        qt_app.setWindowIcon(QIcon(str(icon)))
    return qt_app  # type: ignore[return-value]


def report_unexpected_errors(data: Path) -> None:
    """A bug must never look like the student's fault: log the details, say so kindly, keep going."""

    def hook(kind: type[BaseException], error: BaseException, trace: object) -> None:
        import traceback

        from PySide6.QtWidgets import QMessageBox

        log = data / "errors.log"
        try:
            with open(log, "a", encoding="utf-8") as handle:
                handle.write("".join(traceback.format_exception(kind, error, trace)))  # type: ignore[arg-type]
        except OSError:
            log = Path(_("(could not be written)"))
        QMessageBox.warning(None, _("Something went wrong"), _(
            "Something went wrong inside the app. This is not your fault, and your saved progress is safe. "
            "Please tell your teacher; the details are in {log}.", log=log))

    sys.excepthook = hook


def run(lesson: str | None = None, *, teacher: bool = False, watch: bool = False) -> int:
    qt_app = make_qt_app()
    app = App(qt_app)
    report_unexpected_errors(app.context.data_folder)
    if lesson is None:
        app.show_library()
    else:
        file = app.read_lesson(lesson)
        if file.lesson is None and not watch:
            for problem in file.problems:
                print(problem, file=sys.stderr)
            return 1
        app.open_lesson(file, teacher=teacher, watch=watch)
    app.warn_at_start()
    return qt_app.exec()
