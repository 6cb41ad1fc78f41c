"""Delivery to a shared results folder (typically a network drive), for labs without an LRS.

Each statement is copied as ``<id>.json``: written to a ``.part`` file in the same folder, flushed, then given
its name without overwriting anything (an existing ``<id>.json`` means it was delivered before). A reader that
lists ``*.json`` therefore never sees a half-written file. No locks and no shared files: every machine writes
only files of its own. A file briefly held by another program (antivirus on Windows) is tried again.
"""

from __future__ import annotations

import errno
import os
import time
from collections.abc import Callable
from pathlib import Path

from literacy_app.core.results.lrs import Delivery
from literacy_app.core.results.outbox import Outbox

RETRIES = (0.05, 0.2, 0.5, 1.0)  # seconds between tries when a file is briefly held


class FolderDelivery:
    def __init__(self, folder: Path, sleep: Callable[[float], None] = time.sleep) -> None:
        self.folder = folder
        self.sleep = sleep

    def deliver(self, outbox: Outbox) -> Delivery:
        delivered = 0
        try:
            if not self.folder.is_dir():
                return Delivery("unreachable", detail=f"{self.folder} is not there")
        except OSError as exc:
            return Delivery("unreachable", detail=str(exc))
        for statement_id in outbox.pending():
            text = outbox.read(statement_id)
            if text is None:
                continue
            try:
                self._with_retries(lambda i=statement_id, t=text: self.copy(i, t))  # type: ignore[misc]
            except OSError as exc:
                return Delivery("unreachable", delivered, detail=str(exc))
            outbox.remove(statement_id)
            delivered += 1
        return Delivery("sent", delivered)

    def copy(self, statement_id: str, text: str) -> None:
        final = self.folder / f"{statement_id}.json"
        if final.exists():
            self._remove_parts(statement_id)
            return
        part = self.folder / f".{statement_id}.{os.urandom(4).hex()}.part"
        try:
            with open(part, "x", encoding="utf-8") as handle:
                handle.write(text)
                handle.flush()
                os.fsync(handle.fileno())
            _rename_without_overwriting(part, final)
            self._remove_parts(statement_id)  # any left by an earlier, interrupted copy
        finally:
            try:
                part.unlink()
            except OSError:
                pass

    def _remove_parts(self, statement_id: str) -> None:
        """``.part`` files left by a machine switched off between writing and naming a statement."""
        for leftover in self.folder.glob(f".{statement_id}.*.part"):
            try:
                leftover.unlink()
            except OSError:
                pass

    def _with_retries(self, action: Callable[[], None]) -> None:
        for wait in (*RETRIES, None):
            try:
                action()
                return
            except PermissionError:  # Windows: another program has the file open for a moment
                if wait is None:
                    raise
                self.sleep(wait)


def _rename_without_overwriting(part: Path, final: Path) -> None:
    """Give ``part`` the name ``final`` unless that name exists (then it was delivered already)."""
    if os.name == "nt":
        try:
            os.rename(part, final)  # never replaces on Windows
        except FileExistsError:
            pass
        return
    try:
        os.link(part, final)  # fails if the name exists: the only check that cannot race
    except FileExistsError:
        pass
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV, errno.EMLINK, errno.ENOSYS):
            raise
        if not final.exists():  # a share without hard links: a plain rename, checked just before
            os.rename(part, final)
