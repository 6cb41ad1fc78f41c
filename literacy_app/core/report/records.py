"""One graded Check as the class report reads it back, whatever the source (LRS or results folder)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from typing import NamedTuple


class Student(NamedTuple):
    """Who made an attempt: ``id`` is what the school knows them by (the account name, or an email)."""

    id: str
    name: str


class AttemptRecord(NamedTuple):
    """One Check, read back from a statement. ``id`` is the statement id: the same attempt read twice
    (from two files, or from two pages of an LRS) counts once."""

    id: str
    student: Student
    class_id: str | None
    lesson_id: str
    exercise_id: str
    score: float  # 0 to 1
    passed: bool
    hints_used: int
    answer_shown: bool
    selections: tuple[tuple[int, int] | int, ...]  # (start, end) spans of the article, or option numbers
    verdicts: tuple[str, ...]  # "correct", "partial" or "wrong", one per selection
    finished_at: float  # seconds since the epoch
    seconds_spent: float  # time in the exercise so far, as the app counts it
    lesson_title: str = ""
    exercise_prompt: str = ""
    texts: tuple[str, ...] = ()  # the words of each selection, when the statement carries them
    feedback: tuple[str, ...] = ()  # the feedback each selection got, when the statement carries it
    lesson_hash: str = ""  # the version of the lesson the student had (``lesson_content_hash``)


class ReadProblem(NamedTuple):
    """Something that could not be read (a damaged file, a statement of an unknown shape): reported,
    then skipped. ``where`` is a file name, or an address."""

    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


class ReadResult(NamedTuple):
    records: list[AttemptRecord]
    problems: list[ReadProblem]
    statements: int  # statements seen, this app's or not


class SourceUnavailable(Exception):
    """The whole source cannot be read (wrong password, no such folder, server down). The message says
    why in the teacher's words; nothing partial is returned."""


def unique(records: list[AttemptRecord]) -> list[AttemptRecord]:
    """Each statement once, in the order first seen."""
    seen: set[str] = set()
    kept = []
    for record in records:
        if record.id not in seen:
            seen.add(record.id)
            kept.append(record)
    return kept


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cycle collector off while a term's results are read: statements and records hold no cycles,
    and with a hundred thousand of them the collector's passes would take longer than the reading.

    What was made meanwhile then goes straight to the collector's oldest generation (``gc.freeze`` and
    ``gc.unfreeze``: moving lists, not walking them), instead of being walked by the next young collection
    and the one after: a hundred thousand records are long-lived, and the walks would cost a tenth of the
    read. Nothing is left frozen; when another part of the app has frozen objects, this leaves them be."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if gc.get_freeze_count() == 0:
            gc.freeze()
            gc.unfreeze()
        if was_on:
            gc.enable()
