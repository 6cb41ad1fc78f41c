"""The background sender: one ``threading`` thread that empties the outbox, never the GUI thread.

It wakes when a statement is recorded (``wake``), and otherwise after a wait: a growing one with jitter while
the destination cannot be reached (1 s, 2 s, 4 s ... capped at ``MAX_WAIT``), a long one when all is sent.
After a configuration problem (401/403/404) it stops trying, new statements or not, until ``retry()`` (or
the next start of the app, or ``results send`` from a logout script).
"""

from __future__ import annotations

import random
import threading
from collections.abc import Callable
from typing import Protocol

from literacy_app.core.results.lrs import Delivery
from literacy_app.core.results.outbox import Outbox

FIRST_WAIT = 1.0
MAX_WAIT = 300.0
IDLE_WAIT = 60.0  # look again now and then: another copy of the app may have left statements
SETTLE = 0.5  # after a wake, let the student's window finish its work first (and collect a batch)


class Destination(Protocol):
    def deliver(self, outbox: Outbox) -> Delivery: ...


def backoff(failures: int, rng: Callable[[], float] = random.random) -> float:
    """Exponential, bounded, with jitter (half to all of the step), so thirty machines do not call at once."""
    step: float = min(MAX_WAIT, FIRST_WAIT * 2.0 ** max(0, failures - 1))
    return step * (0.5 + 0.5 * rng())


class Sender:
    """Delivers ``outbox`` to ``destination``; ``last`` is what the latest round found."""

    def __init__(self, outbox: Outbox, destination: Destination) -> None:
        self.outbox = outbox
        self.destination = destination
        self.last: Delivery | None = None
        self.failures = 0
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._retry = threading.Event()
        self._lock = threading.Lock()  # one round at a time (the thread, or ``send_now`` from a command)
        self._thread: threading.Thread | None = None

    def send_now(self) -> Delivery:
        """One round, in the caller's thread (``results send`` and the tests)."""
        with self._lock:
            try:
                result = self.destination.deliver(self.outbox)
            except OSError as exc:  # e.g. a full disk while setting a refused statement aside
                result = Delivery("unreachable", detail=str(exc))
            self.last = result
            self.failures = 0 if result.state == "sent" else self.failures + 1
            return result

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="results-sender", daemon=True)
            self._thread.start()

    def wake(self) -> None:
        self._wake.set()

    def retry(self) -> None:
        """Try again after a configuration problem."""
        self._retry.set()
        self._wake.set()

    def stop(self, timeout: float = 2.0) -> None:
        self._stop.set()
        self._retry.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)

    def _run(self) -> None:
        self.outbox.clean_temporary_files()
        while not self._stop.is_set():
            result = self.send_now()
            if result.state in ("refused", "not found"):
                self._retry.wait()  # a configuration problem: asking again and again would not help
                self._retry.clear()
                continue
            if result.state == "sent":
                wait = IDLE_WAIT
            else:
                wait = backoff(self.failures)
            if self._wake.wait(wait) and not self._stop.is_set():
                self._stop.wait(SETTLE)
            self._wake.clear()
