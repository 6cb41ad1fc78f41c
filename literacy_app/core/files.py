"""Durable files: the one place the app writes a file whole, reads one safely, and fingerprints bytes.

Every file the app keeps (progress, settings, the lesson cache, a new lesson, a worksheet) is replaced
whole: written to a temporary file in the same folder, flushed to disk once, renamed over the old one,
and the folder synced, so a crash or a power cut leaves the old file or the new one, never a mix.
Temporary names are random, never the process id: two machines on one network home can have the same
process id, and must never write into each other's temporary file.
"""

from __future__ import annotations

import os
import stat
import time
import zlib
from collections.abc import Callable
from pathlib import Path

TEMPORARY_SUFFIX = ".tmp"
LESSON_LIMIT = 1_000_000  # bytes in a lesson file, at most (1 MB)
_TEMPORARY_MARK = ".part-"


class NotARegularFile(OSError):
    """The path names a folder, a pipe, a device or a socket: never read as a file."""


class FileTooBig(OSError):
    """The file holds more than the limit; ``size`` is what was found (at least limit + 1)."""

    def __init__(self, path: str, size: int) -> None:
        super().__init__(f"{path}: more than the limit")
        self.size = size


def fingerprint(data: bytes) -> str:
    """Two independent checksums and the length: a changed file gets a new fingerprint. (zlib, unlike
    hashlib, costs nothing to load at start-up; this notices edits, it is no defence against forgery.)"""
    return f"{zlib.crc32(data):08x}{zlib.adler32(data):08x}{len(data):x}"


def temporary_path(path: Path) -> Path:
    """A name beside ``path`` that no other process, on this machine or another, will pick."""
    return path.with_name(f".{path.name}{_TEMPORARY_MARK}{os.urandom(8).hex()}{TEMPORARY_SUFFIX}")


def write_atomically(path: Path, content: str | bytes, *, mode: int | None = None,
                     writer: Callable[[Path], None] | None = None, make_folder: bool = True) -> None:
    """Replace ``path`` with ``content`` so that a crash leaves the old or the new file, never a mix.

    ``writer``, when given, writes the temporary file itself (for a file another library produces, such
    as a PDF); ``content`` is then ignored. ``mode``: the new file's permissions (by default what any new
    file gets under the umask; ``default_mode()`` gives the same for a file another library made).
    ``make_folder``: make the folder (and those above it) if missing."""
    path = Path(path)
    if make_folder:
        path.parent.mkdir(parents=True, exist_ok=True)
    temporary = temporary_path(path)
    try:
        if writer is not None:
            writer(temporary)
            with open(temporary, "rb+") as handle:
                os.fsync(handle.fileno())
        else:
            data = content.encode("utf-8") if isinstance(content, str) else content
            with open(temporary, "xb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
        if mode is not None:
            os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        try:
            temporary.unlink()
        except OSError:
            pass
        raise
    sync_folder(path.parent)


def default_mode() -> int:
    """The permissions a new file gets under the current umask (a temporary file from mkstemp is 0600)."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def append_lines(path: Path, text: str, *, flush: bool = True) -> None:
    """Add ``text`` at the end of ``path`` (made if missing), flushed to disk unless the caller flushes
    another file right after (the progress history: the state file's one flush follows at once).

    A crash can cut the last line short; readers of such files skip a line they cannot read."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o666)
    try:
        data = text.encode("utf-8")
        while data:
            data = data[os.write(handle, data):]
        if flush:
            os.fsync(handle)
    finally:
        os.close(handle)


def sync_folder(folder: Path) -> None:
    """Make a rename itself survive a power cut (POSIX; Windows has no such call and needs none)."""
    if os.name != "posix":
        return
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass  # some network file systems refuse it; the file itself is already on disk
    finally:
        os.close(handle)


def read_regular_file(path: str | os.PathLike[str], limit: int) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes.

    Raises ``NotARegularFile`` for a folder, pipe, device or socket (a FIFO would block forever, a link
    to /dev/zero would never end), ``FileTooBig`` when more than ``limit`` bytes are there (counted while
    reading, so a file that grows after the check is still cut off), or another ``OSError``."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    handle = os.open(path, flags)  # non-blocking: opening a FIFO with no writer returns at once
    try:
        info = os.fstat(handle)
        if not stat.S_ISREG(info.st_mode):
            raise NotARegularFile(f"{os.fspath(path)} is not a regular file")
        if info.st_size > limit:
            raise FileTooBig(os.fspath(path), info.st_size)
        chunks: list[bytes] = []
        total = 0
        while True:
            chunk = os.read(handle, min(1 << 20, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:
                raise FileTooBig(os.fspath(path), max(total, info.st_size))
        return b"".join(chunks)
    finally:
        os.close(handle)


def is_temporary(name: str) -> bool:
    """One of this module's temporary names, or the ``.<name>.<pid>.tmp`` of earlier versions."""
    if not (name.startswith(".") and name.endswith(TEMPORARY_SUFFIX)):
        return False
    return _TEMPORARY_MARK in name or name[:-len(TEMPORARY_SUFFIX)].rpartition(".")[2].isdigit()


def remove_orphaned_temporaries(folder: Path, older_than: float = 120.0) -> int:
    """Delete temporary files a killed process left in ``folder`` and its sub-folders; only those older
    than ``older_than`` seconds, so a save in progress in another window or machine is never touched.
    Returns how many were removed."""
    removed = 0
    now = time.time()
    try:
        walker = list(os.walk(folder))
    except OSError:
        return 0
    for where, _folders, names in walker:
        for name in names:
            if not is_temporary(name):
                continue
            path = os.path.join(where, name)
            try:
                if now - os.lstat(path).st_mtime >= older_than:
                    os.unlink(path)
                    removed += 1
            except OSError:
                pass
    return removed


def setting_path(value: str) -> Path:
    """A path a lab administrator wrote in a setting (an environment variable, a config file), with ``~``
    and ``~user`` expanded, as a shell would (a setting is often written in quotes, where no shell does)."""
    return Path(os.path.expanduser(value.strip()))


def bundled(inside: str, in_checkout: str) -> Path:
    """A folder that ships with the app: inside the installed package (copied there at build time by
    setup.py), or the top-level folder of a checkout the app runs from. Never the current folder."""
    package = Path(__file__).resolve().parent.parent  # literacy_app/
    for candidate in (package / inside, package.parent / in_checkout):
        if candidate.is_dir():
            return candidate
    return package.parent / in_checkout


def bundled_asset(name: str) -> Path | None:
    """An icon or image that ships with the app, or None if this installation lacks it."""
    path = bundled("assets", "assets") / name
    return path if path.is_file() else None
