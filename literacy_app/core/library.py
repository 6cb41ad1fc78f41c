"""The lessons on this machine: the bundled ones, the user's own folder, and folders a lab names."""

from __future__ import annotations

import gc
import os
from collections.abc import Callable, Iterator
from itertools import islice
from pathlib import Path

from literacy_app.core.files import bundled as _bundled
from literacy_app.core.files import bundled_asset as bundled_asset  # moved there: off the way to the window
from literacy_app.core.files import setting_path
from literacy_app.core.model import LessonFile
from literacy_app.core.problems import LessonError
from literacy_app.core.record import Record
from literacy_app.i18n import _

LESSON_SUFFIXES = (".yaml", ".yml")


def bundled_lessons_folder() -> Path:
    """The lessons that ship with the app."""
    return _bundled("bundled_lessons", "lessons")


def missing_bundled_lessons(folder: Path) -> LessonFile:
    """An entry for the library saying that this installation came without its lessons."""
    return LessonFile(str(folder), None, [LessonError(str(folder), 1, 1, _(
        "the lessons that come with the app are missing from this installation ({folder}). Ask whoever "
        "installed the app to install it again.", folder=folder))])


def lesson_paths(target: Path) -> list[Path]:
    """A lesson file, or every lesson file below a folder, in a stable order."""
    if target.is_dir():
        found = [p for p in target.rglob("*") if p.suffix.lower() in LESSON_SUFFIXES and p.is_file()]
        return sorted(found, key=lambda p: (p.relative_to(target).parts, str(p)))
    return [target]


def duplicate_ids(files: list[LessonFile]) -> list[LessonError]:
    """An error on every lesson whose id an earlier lesson already uses (progress is keyed on it)."""
    first: dict[str, LessonFile] = {}
    problems = []
    for file in files:
        if file.lesson is None:
            continue
        earlier = first.setdefault(file.lesson.id, file)
        if earlier is not file:
            place = file.id_place
            problems.append(LessonError(file.path, place.line if place else 1, place.column if place else 1,
                                        _("the id '{id}' is already used by {other}; every lesson needs its "
                                          "own id.", id=file.lesson.id, other=earlier.path)))
    return problems


class Library(Record, frozen=False):
    """Every lesson found, broken ones included, each with where it came from."""

    files: list[LessonFile]
    folders: list[Path]

    @property
    def lessons(self) -> list[LessonFile]:
        return [f for f in self.files if f.lesson is not None]


def lesson_folders(user_folder: Path | None = None) -> list[Path]:
    """Bundled lessons, the user's folder, then each folder in ``LITERACY_APP_LESSONS``."""
    folders = [bundled_lessons_folder()]
    if user_folder is not None:
        folders.append(user_folder)
    extra = os.environ.get("LITERACY_APP_LESSONS", "")
    folders.extend(setting_path(p) for p in extra.split(os.pathsep) if p.strip())
    return folders


def load_library(folders: list[Path], reader: Callable[[Path], LessonFile] | None = None) -> Library:
    """Load every lesson below the folders; a broken one is kept with its errors, never hides others.

    ``reader`` reads one file (the app passes its lesson cache); by default the loader itself."""
    reading = LibraryReading(folders, reader)
    reading.read_more(None)
    return reading.library


class LibraryReading:
    """A library read a part at a time, so that a window can show the first lessons of a big library
    (thousands, on a school's shared drive) while it reads the rest. ``library`` holds what has been read;
    ``done`` says whether that is everything (then lessons that share an id have been marked)."""

    def __init__(self, folders: list[Path], reader: Callable[[Path], LessonFile] | None = None) -> None:
        self.library = Library([], folders)
        self._files = _lesson_files(folders, reader or _checked_afresh)
        self.done = False

    def read_more(self, count: int | None) -> list[LessonFile]:
        """Read up to ``count`` more lesson files (all of them for None) and return them."""
        collecting = gc.isenabled()
        gc.disable()  # thousands of small values and no cycles: the collector would only walk them again and again
        try:
            found = list(self._files if count is None else islice(self._files, count))
        finally:
            if collecting:
                gc.enable()
        self.library.files.extend(found)
        if count is None or len(found) < count:
            self._finish()
        return found

    def _finish(self) -> None:
        if self.done:
            return
        self.done = True
        files = self.library.files
        for problem in duplicate_ids(files):
            for file in files:
                if file.path == problem.path:
                    file.problems.append(problem)
                    file.lesson = None


def _checked_afresh(path: Path) -> LessonFile:
    from literacy_app.core.loader import read_lesson  # the app passes its cache instead, and never loads this

    return read_lesson(path)


def _lesson_files(folders: list[Path], read: Callable[[Path], LessonFile]) -> Iterator[LessonFile]:
    seen: set[object] = set()
    bundled = bundled_lessons_folder()
    for folder in folders:
        paths = lesson_paths(folder) if folder.is_dir() else []
        if folder == bundled and not paths:  # an installation without its lessons says so
            yield missing_bundled_lessons(folder)
        for path in paths:
            try:  # the same file reached twice (a link, a folder named twice) is listed once
                info = os.stat(path)
                real: object = (info.st_dev, info.st_ino)
            except OSError:
                real = path
            if real not in seen:
                seen.add(real)
                yield read(path)
