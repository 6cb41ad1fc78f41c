"""A cache of checked lessons as plain JSON, so the app opens a lesson it has seen without parsing YAML.

Every result is cached, a broken lesson's problems as much as a good lesson: a broken draft in a lessons
folder is checked once, not at every start. The key is a fingerprint of the file's bytes and of the code
that checks lessons (every module of ``literacy_app.core``, by size and time, and the interface language),
so an edited lesson or an updated app is always checked afresh. The JSON form is derived from the model's
own type hints (``codec``), so a field added to the model is cached without a change here. Nothing here
runs code from a file: the cache is JSON data, rebuilt into the same frozen values the loader makes.

The folder holds thousands of entries (a lab's shared library), and never more than ``MAX_ENTRIES`` or
``MAX_BYTES``: past either, the entries used least recently go first.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Any

from literacy_app import __version__
from literacy_app.core.codec import DataProblem, decode, encode
from literacy_app.core.files import (
    LESSON_LIMIT,
    FileTooBig,
    NotARegularFile,
    fingerprint,
    read_regular_file,
    write_atomically,
)
from literacy_app.core.model import Article, Lesson, LessonFile
from literacy_app.core.record import Record, fields, replace
from literacy_app.core.text import Paragraph

_CACHE_FORMAT = 4
MAX_ENTRIES = 20_000
MAX_BYTES = 200_000_000
_LANGUAGE_SETTINGS = ("LITERACY_APP_LANGUAGE", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
_TOUCH_AFTER = 24 * 3600.0  # an entry read is marked as used at most once a day (one call, rarely)


def code_stamp() -> str:
    """What the cached results depend on besides the file: the checking code and the language."""
    core = Path(__file__).resolve().parent
    parts = [str(_CACHE_FORMAT), __version__]
    try:
        files = [Path(e.path) for e in os.scandir(core) if e.name.endswith((".py", ".txt", ".json"))]
    except OSError:
        files = []
    for file in sorted(files) + [core.parent / "i18n.py"]:
        try:
            info = file.stat()
            parts.append(f"{file.name}:{info.st_size}:{info.st_mtime_ns}")
        except OSError:
            parts.append(file.name)
    parts.extend(os.environ.get(name, "") for name in _LANGUAGE_SETTINGS)
    return "|".join(parts)


class LessonCache:
    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self._stamp = code_stamp().encode("utf-8")
        self._usage: tuple[int, int] | None = None  # (entries, bytes), counted at the first store

    def read(self, path: str | os.PathLike[str]) -> LessonFile:
        """Like ``read_lesson``, but from the cache when this exact file was checked before."""
        try:
            data = read_regular_file(path, LESSON_LIMIT)
        except (FileTooBig, NotARegularFile, OSError):
            from literacy_app.core.loader import read_lesson

            return read_lesson(path)  # says why, in the teacher's words
        key = fingerprint(self._stamp + b"\0" + data)
        cached = self._load(key, str(path))
        if cached is not None:
            return cached
        from literacy_app.core.loader import parse_lesson  # YAML is loaded only for a lesson not seen before

        result = parse_lesson(data, str(path))
        self._store(key, result)
        return result

    def entry(self, key: str) -> Path:
        return self.folder / f"{key}.json"

    def _load(self, key: str, path: str) -> LessonFile | None:
        entry = self.entry(key)
        try:
            with open(entry, "rb") as handle:
                raw = handle.read()
                used = os.fstat(handle.fileno()).st_mtime
            data = json.loads(raw)
            _with_paragraph_texts(data)
            file: LessonFile = decode(data, LessonFile, positional=True)
        except (OSError, ValueError, DataProblem, TypeError):
            return None
        if time.time() - used > _TOUCH_AFTER:
            try:
                os.utime(entry)
            except OSError:
                pass
        file.path = path
        file.problems = [p._replace(path=path) for p in file.problems]
        if file.lesson is not None:
            file.lesson = replace(file.lesson, path=path)
        return file

    def _store(self, key: str, result: LessonFile) -> None:
        try:
            data = encode(result, LessonFile, positional=True)
            _without_paragraph_texts(data)
            text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
            write_atomically(self.entry(key), text)
        except (OSError, ValueError, TypeError):
            return  # a cache that cannot be written only costs time
        self._count(len(text.encode("utf-8")))

    def _count(self, size: int) -> None:
        if self._usage is None:
            self._usage = self._measure()
        else:
            entries, total = self._usage
            self._usage = (entries + 1, total + size)
        if self._usage[0] > MAX_ENTRIES or self._usage[1] > MAX_BYTES:
            self._prune()

    def _measure(self) -> tuple[int, int]:
        entries = total = 0
        try:
            with os.scandir(self.folder) as found:
                for item in found:
                    if item.name.endswith(".json"):
                        entries += 1
                        total += item.stat().st_size
        except OSError:
            pass
        return entries, total

    def _prune(self, keep: int | None = None, keep_bytes: int | None = None) -> None:
        """Remove the entries used least recently, down to nine tenths of the limits (so pruning, which
        lists the whole folder, happens once in a while rather than at every store)."""
        keep = int((keep if keep is not None else MAX_ENTRIES) * 0.9)
        keep_bytes = int((keep_bytes if keep_bytes is not None else MAX_BYTES) * 0.9)
        try:
            with os.scandir(self.folder) as found:
                entries = [(item.stat().st_mtime, item.stat().st_size, item.path) for item in found
                           if item.name.endswith(".json")]
        except OSError:
            return
        entries.sort(reverse=True)  # newest first
        count = total = 0
        for _used, size, path in entries:
            count += 1
            total += size
            if count > keep or total > keep_bytes:
                try:
                    os.unlink(path)
                except OSError:
                    pass
                count -= 1
                total -= size
        self._usage = (count, total)


# A paragraph's text is the article's text from its start to its end: kept once, not twice (it is half
# of an entry, and half the time spent reading one). Every other field is written as the model has it.
def _place(kind: type[Record], name: str) -> int:
    return [f.name for f in fields(kind)].index(name)


_LESSON, _ARTICLE = _place(LessonFile, "lesson"), _place(Lesson, "article")
_TEXT, _PARAGRAPHS = _place(Article, "text"), _place(Article, "paragraphs")
_WORDS, _START, _END = (Paragraph._fields.index(name) for name in ("text", "start", "end"))


def _without_paragraph_texts(data: Any) -> None:
    if data[_LESSON] is not None:
        for paragraph in data[_LESSON][_ARTICLE][_PARAGRAPHS]:
            paragraph[_WORDS] = None


def _with_paragraph_texts(data: Any) -> None:
    """Fill paragraph texts back in; anything of the wrong shape is left for ``decode`` to refuse."""
    try:
        article = data[_LESSON][_ARTICLE]
        text = article[_TEXT]
        for paragraph in article[_PARAGRAPHS]:
            if paragraph[_WORDS] is None:
                paragraph[_WORDS] = text[paragraph[_START]:paragraph[_END]]
    except (KeyError, TypeError, IndexError):
        pass
