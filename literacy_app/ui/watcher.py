"""Reloads a lesson file whenever it is saved, including by editors that save by replacing the file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal


class LessonWatcher(QObject):
    reloaded = Signal(object)  # a LessonFile

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = Path(path).resolve()
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._soon)
        self._watcher.directoryChanged.connect(self._soon)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)  # editors write in several steps; wait for the last
        self._timer.timeout.connect(self._reload)
        self._last = self._stamp()
        self._watch()

    def _watch(self) -> None:
        for path in (str(self.path), str(self.path.parent)):
            if Path(path).exists() and path not in self._watcher.files() + self._watcher.directories():
                self._watcher.addPath(path)

    def _stamp(self) -> tuple[float, int] | None:
        try:
            info = self.path.stat()
        except OSError:
            return None
        return info.st_mtime_ns, info.st_size

    def _soon(self, *_args: object) -> None:
        self._timer.start()

    def _reload(self) -> None:
        self._watch()  # a file replaced by the editor is a new file: watch it again
        stamp = self._stamp()
        if stamp is None or stamp == self._last:
            return
        self._last = stamp
        from literacy_app.core.loader import read_lesson  # a teacher's edit is always checked afresh

        self.reloaded.emit(read_lesson(self.path))

    def check_now(self) -> None:
        """Reload at once if the file changed (tests call this instead of waiting for the watcher)."""
        self._reload()
