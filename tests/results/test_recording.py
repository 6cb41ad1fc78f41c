"""Recording: into the outbox before the verdict is shown as saved; a full or read-only disk is told, and
what was recorded before stays whole. Self-study at home records nothing."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest

from literacy_app.core import progress
from literacy_app.core.lab import LabConfig
from literacy_app.core.loader import load_lesson
from literacy_app.core.results.outbox import ResultsNotSaved
from literacy_app.core.results.recorder import Recorder
from literacy_app.core.results.sender import MAX_WAIT, backoff
from literacy_app.core.session import LessonSession
from tests.results.helpers import LEARNER, finish_seed_lesson, folder_lab
from tests.support.paths import SEED_LESSON


def test_self_study_records_and_sends_nothing(tmp_path: Path) -> None:
    recorder = Recorder(LabConfig(), tmp_path / "data", LEARNER)
    session = LessonSession(load_lesson(SEED_LESSON))
    session.check()
    assert recorder.checked(session, session.attempts[-1]) is None
    assert recorder.sender is None
    assert not (tmp_path / "data" / "results").exists()
    assert recorder.status().message == ""


def test_every_check_is_in_the_outbox_when_checked_returns(tmp_path: Path) -> None:
    recorder = Recorder(folder_lab(tmp_path / "share"), tmp_path / "data", LEARNER)
    session, made = finish_seed_lesson(recorder)
    stored = {p.stem: p.read_text(encoding="utf-8") for p in recorder.outbox.pending_folder.glob("*.json")}
    assert stored == {s.id: s.json for s in made}  # the exact text, kept for every resend
    assert recorder.lesson_finished(session) == []  # once per attempt at the lesson, even after a restart:
    assert Recorder(folder_lab(tmp_path / "share"), tmp_path / "data", LEARNER).lesson_finished(session) == []


@pytest.mark.parametrize(("number", "words"), [(errno.ENOSPC, "the disk is full"), (errno.EROFS, "may not write")])
def test_a_full_or_read_only_disk_is_told_and_what_was_recorded_stays(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                      number: int, words: str) -> None:
    recorder = Recorder(folder_lab(tmp_path / "share"), tmp_path / "data", LEARNER)
    session = LessonSession(load_lesson(SEED_LESSON))
    session.check()
    before = recorder.checked(session, session.attempts[-1])
    assert before is not None

    def full(_: int) -> None:
        raise OSError(number, os.strerror(number))

    monkeypatch.setattr(progress.os, "fsync", full)
    session.next()
    session.check()
    with pytest.raises(ResultsNotSaved, match=words):
        recorder.checked(session, session.attempts[-1])
    assert recorder.status().state == "not saved" and words in recorder.status().message
    monkeypatch.undo()
    files = sorted(recorder.outbox.pending_folder.iterdir())
    assert [p.name for p in files] == [f"{before.id}.json"]  # no temporary file left, the earlier one whole
    assert json.loads(files[0].read_text(encoding="utf-8"))["id"] == before.id
    recorder.checked(session, session.attempts[-1])
    assert recorder.status().state != "not saved"  # told again only while it goes on failing


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes anywhere")
def test_a_really_read_only_outbox(tmp_path: Path) -> None:
    recorder = Recorder(folder_lab(tmp_path / "share"), tmp_path / "data", LEARNER)
    session = LessonSession(load_lesson(SEED_LESSON))
    session.check()
    recorder.checked(session, session.attempts[-1])
    recorder.outbox.pending_folder.chmod(0o555)
    try:
        with pytest.raises(ResultsNotSaved, match="may not write"):
            recorder.checked(session, session.attempts[-1])
    finally:
        recorder.outbox.pending_folder.chmod(0o755)
    assert recorder.outbox.count() == 1


def test_the_wait_between_tries_grows_with_jitter_and_is_bounded() -> None:
    assert backoff(1, lambda: 1.0) == 1.0 and backoff(1, lambda: 0.0) == 0.5
    assert backoff(4, lambda: 1.0) == 8.0
    assert backoff(100, lambda: 1.0) == MAX_WAIT
    assert MAX_WAIT / 2 <= backoff(1000) <= MAX_WAIT


def test_the_results_folder_status_lines(tmp_path: Path) -> None:
    share = tmp_path / "share"
    recorder = Recorder(folder_lab(share), tmp_path / "data", LEARNER)
    assert recorder.sender is not None
    _, made = finish_seed_lesson(recorder)
    assert recorder.status().message == f"{len(made)} results waiting to be sent"
    assert recorder.sender.send_now().state == "unreachable"  # the network drive is not there
    assert recorder.status().message == (f"{len(made)} results waiting: the results folder cannot be reached; "
                                         "they will be sent later")
    share.mkdir()
    assert recorder.sender.send_now().state == "sent"
    assert recorder.status().message == "All results sent"
    assert sorted(p.stem for p in share.glob("*.json")) == sorted(s.id for s in made)
    assert (share / f"{made[0].id}.json").read_text(encoding="utf-8") == made[0].json


def test_an_existing_file_in_the_results_folder_means_delivered(tmp_path: Path) -> None:
    share = tmp_path / "share"
    share.mkdir()
    recorder = Recorder(folder_lab(share), tmp_path / "data", LEARNER)
    assert recorder.sender is not None
    _, made = finish_seed_lesson(recorder)
    (share / f"{made[0].id}.json").write_text(made[0].json, encoding="utf-8")
    (share / f".{made[0].id}.dead.part").write_text("{", encoding="utf-8")  # a copy a switched-off machine left
    assert recorder.sender.send_now().delivered == len(made)
    assert list(share.glob(".*.part")) == []


def test_a_file_held_for_a_moment_is_tried_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from literacy_app.core.results import folder as folder_module

    share = tmp_path / "share"
    share.mkdir()
    recorder = Recorder(folder_lab(share), tmp_path / "data", LEARNER)
    assert recorder.sender is not None
    _, made = finish_seed_lesson(recorder)
    real = folder_module._rename_without_overwriting
    held = {"times": 2}

    def antivirus(part: Path, final: Path) -> None:
        if held["times"]:
            held["times"] -= 1
            raise PermissionError(errno.EACCES, "The process cannot access the file")
        real(part, final)

    monkeypatch.setattr(folder_module, "_rename_without_overwriting", antivirus)
    monkeypatch.setattr(recorder.sender.destination, "sleep", lambda seconds: None)
    assert recorder.sender.send_now().delivered == len(made)
    assert list(share.glob(".*.part")) == []
