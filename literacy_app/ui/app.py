"""The one place that wires the app together: Qt application, data folder, settings, library, windows."""

from __future__ import annotations

import os
import sys
from functools import partial
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QStandardPaths, QTimer
from PySide6.QtWidgets import QApplication

from literacy_app.core.files import bundled_asset, remove_orphaned_temporaries, setting_path
from literacy_app.core.lesson_cache import LessonCache
from literacy_app.core.model import LessonFile
from literacy_app.core.progress import ProgressStore
from literacy_app.core.settings import load_lab_config, load_settings
from literacy_app.i18n import _
from literacy_app.ui.context import AppContext
from literacy_app.ui.language_menu import apply_language
from literacy_app.ui.themes import apply_theme

if TYPE_CHECKING:
    from literacy_app.core.library import Library
    from literacy_app.core.results.recorder import Recorder
    from literacy_app.core.session import LessonSession
    from literacy_app.ui.lesson_window import LessonWindow
    from literacy_app.ui.library_window import LibraryWindow

APP_NAME = "literacy-app"


def teacher_mode_forbidden() -> str:
    """Why --teacher is refused (the lab forbids teacher mode)."""
    return _("literacy-app: --teacher is not allowed on this computer: the lab configuration "
             "(LITERACY_APP_LAB_CONFIG) switches the teacher view off. Ask the lab administrator, or use a "
             "teacher's computer.")


def data_folder() -> Path:
    """``LITERACY_APP_DATA`` if a lab sets it, else the platform's place for the user's app data."""
    override = os.environ.get("LITERACY_APP_DATA", "")
    if override.strip():
        return setting_path(override)
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))


CLEAN_UP_AFTER_MS = 3000
AFTER_THE_START_MS = 250  # garbage collection and the window's icon, once the first window is on screen


class App:
    """Holds the windows and what they share; ``run`` builds one."""

    def __init__(self, qt_app: QApplication) -> None:
        self.qt_app = qt_app
        folder = data_folder()
        self.folder_problem = _make_folder(folder)
        # Temporary files left by a save that was cut off (a crash, a power cut): cleared once the window is
        # up, as the walk through a large data folder on a network home takes a while.
        QTimer.singleShot(CLEAN_UP_AFTER_MS, partial(remove_orphaned_temporaries, folder))
        settings = load_settings(folder)
        lab = load_lab_config()
        apply_language(qt_app, settings.language, lab.language)  # before any window
        qt_app.setApplicationDisplayName(_("Media literacy lab"))
        self.context = AppContext(folder, settings, lab, ProgressStore(folder))
        self.recorder = self.context.recorder = make_recorder(self.context)
        self.lessons = LessonCache(folder / "cache")
        self.context.open_library = self.show_library
        self.context.open_attempt = self.open_attempt
        self.context.settings_changed.append(self.apply_settings)
        self.lock = QLockFile(str(folder / "app.lock"))
        self.context.another_copy_running = not self.lock.tryLock(100) and not self.folder_problem
        self.windows: list[object] = []
        self.library_window: LibraryWindow | None = None
        self.apply_settings()

    def apply_settings(self) -> None:
        apply_theme(self.qt_app, self.context.theme, self.context.settings.text_size)

    def load_library(self) -> Library:
        from literacy_app.core.library import load_library  # not needed to open one lesson

        return load_library(self._lesson_folders(), self.read_lesson)

    def _lesson_folders(self) -> list[Path]:
        from literacy_app.core.library import lesson_folders

        return lesson_folders(self.context.user_lessons_folder)

    def read_lesson(self, path: str | Path) -> LessonFile:
        """Lessons already checked come from the cache; edited or new ones are checked afresh."""
        return self.lessons.read(path)

    def show_library(self) -> LibraryWindow:
        from literacy_app.core.library import LibraryReading
        from literacy_app.ui.library_window import LibraryWindow

        if self.library_window is None:  # the first lessons at once, the rest while the window is up
            reading = LibraryReading(self._lesson_folders(), self.read_lesson)
            self.library_window = LibraryWindow(reading, self.context, self.open_lesson, self.load_library)
        else:
            self.library_window.refresh()
        self.library_window.show()
        self.library_window.raise_()
        return self.library_window

    def open_lesson(self, file: LessonFile, *, teacher: bool = False, watch: bool = False) -> LessonWindow:
        from literacy_app.ui.lesson_window import LessonWindow  # the library starts without it

        window = LessonWindow(file, self.context, teacher=teacher,
                              watch_path=Path(file.path) if watch else None)
        self.windows.append(window)
        window.show()
        if self.library_window is not None:
            self.library_window.hide()
        return window

    def open_attempt(self, attempt: LessonSession) -> LessonWindow:
        """A student's attempt (Class results), read-only: their selections and verdicts, nothing saved."""
        from literacy_app.ui.lesson_window import LessonWindow

        file = LessonFile("", attempt.lesson)
        window = LessonWindow(file, self.context, attempt=attempt)
        self.windows.append(window)
        window.show()
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

    def start_results(self) -> None:
        """Class results (a lab only): ask who is studying if the lab says so, then start the sender thread."""
        lab, recorder = self.context.lab, self.recorder
        for problem in lab.problems:
            print(f"literacy-app: {problem}", file=sys.stderr)
        if lab.problems:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(None, _("The lab configuration has a mistake"), _(
                "Please tell your teacher. Until it is fixed, the teacher view is off and results are kept on "
                "this computer.") + "\n\n" + "\n".join(str(p) for p in lab.problems))
        if recorder is None:
            return
        if lab.ask_name:
            from literacy_app.core.results.recorder import learner_for
            from literacy_app.ui.who_is_studying import ask_who_is_studying

            student = ask_who_is_studying()
            if student is not None:
                recorder.set_learner(learner_for(lab, student.name, student.class_name))
        recorder.start()
        self.qt_app.aboutToQuit.connect(recorder.stop)


def make_recorder(context: AppContext) -> Recorder | None:
    """None for self-study at home: nothing is recorded or sent, and the results code is not even loaded."""
    if not context.lab.recording:
        return None
    from literacy_app.core.results.recorder import Recorder

    return Recorder(context.lab, context.data_folder)


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
    existing = QApplication.instance()
    qt_app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    qt_app.setApplicationName(APP_NAME)
    qt_app.setOrganizationName("media-literacy-lab")
    qt_app.setApplicationDisplayName(_("Media literacy lab"))
    return qt_app


def finish_starting_once_shown(qt_app: QApplication) -> None:
    """``AFTER_THE_START_MS`` after the first window is shown (however slow the machine): what is not on the
    way to that window. Garbage collection, which ``cli.launch`` holds back, starts again; the app gets its
    icon (the task bar's: loading QIcon builds its 151-member ThemeIcon enum)."""
    QTimer.singleShot(AFTER_THE_START_MS, partial(_finish_starting, qt_app))


def _finish_starting(qt_app: QApplication) -> None:
    import gc

    gc.enable()
    from PySide6.QtGui import QIcon

    icon = bundled_asset("icon.png")
    if icon is not None:
        qt_app.setWindowIcon(QIcon(str(icon)))


def report_unexpected_errors(data: Path) -> None:
    """A bug must never look like the student's fault: log the details, say so kindly, keep going."""

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        import traceback

        from PySide6.QtWidgets import QMessageBox

        log = data / "errors.log"
        try:
            with open(log, "a", encoding="utf-8") as handle:
                handle.write("".join(traceback.format_exception(kind, error, trace)))
        except OSError:
            log = Path(_("(could not be written)"))
        QMessageBox.warning(None, _("Something went wrong"), _(
            "Something went wrong inside the app. This is not your fault, and your saved progress is safe. "
            "Please tell your teacher; the details are in {log}.", log=log))

    sys.excepthook = hook


def run(lesson: str | None = None, *, teacher: bool = False, watch: bool = False) -> int:
    qt_app = make_qt_app()
    app = App(qt_app)
    if teacher and not app.context.lab.teacher_view:
        print(teacher_mode_forbidden(), file=sys.stderr)
        return 2
    report_unexpected_errors(app.context.data_folder)
    app.start_results()
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
    finish_starting_once_shown(qt_app)
    _quit_once_shown_if_asked(qt_app)
    return qt_app.exec()


def _quit_once_shown_if_asked(qt_app: QApplication) -> None:
    """``LITERACY_APP_QUIT_WHEN_SHOWN=1``: print the time once the first window is on screen, then quit.

    For ``benchmarks/startup.py`` and the start-path tests, which measure the real command path.
    """
    if not os.environ.get("LITERACY_APP_QUIT_WHEN_SHOWN"):
        return
    import time

    from PySide6.QtCore import QTimer

    def shown() -> None:
        print(f"shown {time.time():.6f}", flush=True)
        qt_app.quit()

    QTimer.singleShot(0, shown)
