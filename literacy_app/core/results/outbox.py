"""The outbox: every statement is on disk, whole, before the student is told it is saved.

One file per statement, named by its id, written to a temporary file, flushed and renamed; so switching the
machine off at any moment leaves the statement either absent (the Check had not been confirmed) or whole.
Delivered statements are removed; those an LRS refuses are set aside in ``rejected/`` or ``conflicts/`` with
the server's answer, never deleted.
"""

from __future__ import annotations

import errno
import os
import re
from pathlib import Path

from literacy_app.core.files import remove_orphaned_temporaries, write_atomically
from literacy_app.core.results.statements import Statement
from literacy_app.i18n import _

_NAME = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.json$")


class ResultsNotSaved(Exception):
    """A result could not be written to the outbox; the message says why in the student's words."""


class Outbox:
    """``folder``/outbox, ``folder``/rejected and ``folder``/conflicts (``folder`` is the data folder's results)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.pending_folder = folder / "outbox"
        self.rejected_folder = folder / "rejected"
        self.conflicts_folder = folder / "conflicts"

    def put(self, statement: Statement) -> None:
        """Store the statement's exact JSON; raise ``ResultsNotSaved`` (nothing else changes) when it cannot be."""
        try:
            write_atomically(self.pending_folder / f"{statement.id}.json", statement.json)
        except OSError as exc:
            raise ResultsNotSaved(why_not_saved(exc, self.pending_folder)) from exc

    def pending(self) -> list[str]:
        """The ids waiting to be delivered, oldest first."""
        try:
            entries = [e for e in os.scandir(self.pending_folder) if _NAME.match(e.name)]
        except OSError:
            return []
        stamped = []
        for entry in entries:
            try:
                stamped.append((entry.stat().st_mtime_ns, entry.name))
            except OSError:
                continue  # delivered meanwhile
        return [name[:-5] for _, name in sorted(stamped)]

    def count(self) -> int:
        try:
            return sum(1 for name in os.listdir(self.pending_folder) if _NAME.match(name))
        except OSError:
            return 0

    def read(self, statement_id: str) -> str | None:
        """The exact JSON text stored for ``statement_id``; None once it is gone (delivered by another copy)."""
        try:
            return (self.pending_folder / f"{statement_id}.json").read_text(encoding="utf-8")
        except FileNotFoundError:
            return None

    def remove(self, statement_id: str) -> None:
        try:
            (self.pending_folder / f"{statement_id}.json").unlink()
        except FileNotFoundError:
            pass

    def set_aside(self, statement_id: str, where: str, answer: str) -> None:
        """Move a statement to ``rejected`` or ``conflicts`` with the server's answer beside it."""
        target = self.rejected_folder if where == "rejected" else self.conflicts_folder
        target.mkdir(parents=True, exist_ok=True)
        write_atomically(target / f"{statement_id}.answer.txt", answer)
        try:
            os.replace(self.pending_folder / f"{statement_id}.json", target / f"{statement_id}.json")
        except FileNotFoundError:
            pass

    def set_aside_count(self) -> int:
        total = 0
        for folder in (self.rejected_folder, self.conflicts_folder):
            try:
                total += sum(1 for name in os.listdir(folder) if _NAME.match(name))
            except OSError:
                pass
        return total

    def clean_temporary_files(self, older_than: float = 3600.0) -> None:
        """Temporary files left by a machine switched off mid-write (never a statement: those are renamed)."""
        remove_orphaned_temporaries(self.pending_folder, older_than)


def why_not_saved(exc: OSError, folder: Path) -> str:
    if exc.errno == errno.ENOSPC:
        return _("Your result could not be saved: the disk is full. Your work stays in this window; ask your "
                 "teacher to free some space.")
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return _("Your result could not be saved: the app may not write in {folder}. Your work stays in this "
                 "window; tell your teacher.", folder=folder)
    return _("Your result could not be saved ({reason}). Your work stays in this window; tell your teacher.",
             reason=exc.strerror or exc)
