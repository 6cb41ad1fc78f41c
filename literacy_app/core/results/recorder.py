"""The one entry point the windows use: ``Recorder``.

- ``recorder.checked(session, attempt)`` right after each Check, before the verdict is shown as saved;
- ``recorder.lesson_finished(session)`` when every exercise of the lesson has been checked (calling it again
  for the same attempt at the lesson does nothing);
- ``recorder.status()`` for the one-line state the lesson window and the library show.

Both recording calls write to the outbox and return in a few milliseconds; they raise ``ResultsNotSaved``
with a message in the student's words when the data folder cannot be written. Delivery happens on the
sender's own thread. With no lab configuration the recorder records nothing and says nothing.
"""

from __future__ import annotations

import getpass
import threading
from pathlib import Path
from typing import NamedTuple

from literacy_app.core.files import write_atomically
from literacy_app.core.lab import LabConfig
from literacy_app.core.results.folder import FolderDelivery
from literacy_app.core.results.lrs import LrsClient, LrsDelivery
from literacy_app.core.results.outbox import Outbox, ResultsNotSaved
from literacy_app.core.results.sender import Destination, Sender
from literacy_app.core.results.statements import Learner, Statement, StatementBuilder
from literacy_app.core.session import Attempt, LessonSession
from literacy_app.i18n import _, ngettext

__all__ = ["Recorder", "ResultsNotSaved", "ResultsStatus", "learner_for"]

DEFAULT_HOMEPAGE = "https://media-literacy-lab.invalid/accounts"


class ResultsStatus(NamedTuple):
    """What the status line says. ``state``: "off", "sent", "waiting", "unreachable", "refused",
    "not found", "kept" (the lab file has a mistake) or "not saved"; ``trouble`` when the teacher must act."""

    state: str
    waiting: int
    set_aside: int
    message: str
    trouble: bool = False


def learner_for(lab: LabConfig, name: str | None = None, class_name: str | None = None) -> Learner:
    """The xAPI account: the lab's homepage and the login (or the name given in "Who is studying?")."""
    if name and name.strip():
        account = name.strip() + (f" ({class_name.strip()})" if class_name and class_name.strip() else "")
    else:
        try:
            account = getpass.getuser()
        except (OSError, KeyError, ImportError):
            account = "unknown"
    return Learner(lab.homepage or DEFAULT_HOMEPAGE, account)


class Recorder:
    def __init__(self, lab: LabConfig, data_folder: Path, learner: Learner | None = None) -> None:
        self.lab = lab
        self.outbox = Outbox(data_folder / "results")
        self.builder = StatementBuilder(learner or learner_for(lab), lab.iri_base, lab.class_id)
        self.sender = Sender(self.outbox, destination_for(lab)) if lab.sending else None
        self.problem: str | None = None  # the last recording failure, until a recording succeeds
        self._finished: set[str] = set()
        self._lock = threading.Lock()

    def set_learner(self, learner: Learner) -> None:
        """Who is studying, once the "Who is studying?" dialog is answered (before the first Check)."""
        self.builder = StatementBuilder(learner, self.lab.iri_base, self.lab.class_id)

    @property
    def recording(self) -> bool:
        return self.lab.recording

    def start(self) -> None:
        """Start the background sender (what an earlier run left in the outbox goes first)."""
        if self.sender is not None:
            self.sender.start()

    def stop(self) -> None:
        if self.sender is not None:
            self.sender.stop()

    # --- recording ------------------------------------------------------------------------------------------

    def checked(self, session: LessonSession, attempt: Attempt) -> Statement | None:
        """Record one Check; the statement is safely in the outbox when this returns."""
        if not self.recording:
            return None
        statement = self.builder.answered(session.lesson, attempt, session.registration)
        self._keep([statement])
        return statement

    def lesson_finished(self, session: LessonSession) -> list[Statement]:
        """Record ``completed`` and ``passed``/``failed`` once per attempt at the lesson."""
        if not self.recording or not session.finished:
            return []
        marker = self.outbox.folder / "finished" / session.registration
        with self._lock:
            if session.registration in self._finished or marker.exists():
                return []
            statements = self.builder.lesson_finished(session, session.registration)
            self._keep(statements)
            try:
                write_atomically(marker, "")
            except OSError:
                pass  # at worst a lesson finished again in a later run is reported again, with the same registration
            self._finished.add(session.registration)
        return statements

    def _keep(self, statements: list[Statement]) -> None:
        try:
            for statement in statements:
                self.outbox.put(statement)
        except ResultsNotSaved as problem:
            self.problem = str(problem)
            raise
        self.problem = None
        if self.sender is not None:
            self.sender.wake()

    # --- state ------------------------------------------------------------------------------------------------

    def status(self) -> ResultsStatus:
        if not self.recording:
            return ResultsStatus("off", 0, 0, "")
        waiting = self.outbox.count()
        aside = self.outbox.set_aside_count()
        if self.problem:
            return ResultsStatus("not saved", waiting, aside, self.problem, True)
        last = self.sender.last if self.sender is not None else None
        if self.sender is None:
            if not waiting:
                return ResultsStatus("kept", 0, aside, _(
                    "Results are not being sent: the lab configuration has a mistake — tell your teacher"), True)
            return ResultsStatus("kept", waiting, aside, ngettext(
                "{count} result kept on this computer: the lab configuration has a mistake — tell your teacher",
                "{count} results kept on this computer: the lab configuration has a mistake — tell your teacher",
                waiting), True)
        if last is not None and last.state == "refused":
            return ResultsStatus("refused", waiting, aside, _(
                "Results are not being sent: the server refused the password — tell your teacher"), True)
        if last is not None and last.state == "not found":
            return ResultsStatus("not found", waiting, aside, _(
                "Results are not being sent: the server's address is wrong — tell your teacher"), True)
        if waiting and last is not None and last.state == "unreachable":
            if self.lab.lrs_endpoint:
                text = ngettext("{count} result waiting: the school's server cannot be reached; it will be sent later",
                                "{count} results waiting: the school's server cannot be reached; they will be sent "
                                "later", waiting)
            else:
                text = ngettext("{count} result waiting: the results folder cannot be reached; it will be sent later",
                                "{count} results waiting: the results folder cannot be reached; they will be sent "
                                "later", waiting)
            return ResultsStatus("unreachable", waiting, aside, text)
        if waiting:
            return ResultsStatus("waiting", waiting, aside, ngettext(
                "{count} result waiting to be sent", "{count} results waiting to be sent", waiting))
        if aside:
            return ResultsStatus("sent", 0, aside, ngettext(
                "All results sent; {count} was refused by the server — tell your teacher",
                "All results sent; {count} were refused by the server — tell your teacher", aside), True)
        return ResultsStatus("sent", 0, 0, _("All results sent"))


def destination_for(lab: LabConfig) -> Destination:
    """The LRS when the lab names one, else the results folder."""
    if lab.lrs_endpoint:
        return LrsDelivery(LrsClient(lab.lrs_endpoint, lab.lrs_username, lab.lrs_password))
    assert lab.results_folder is not None
    return FolderDelivery(Path(lab.results_folder))
