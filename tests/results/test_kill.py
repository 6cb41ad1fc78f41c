"""The app killed (SIGKILL) at random moments while recording and sending, 50 times: nothing lost, nothing
duplicated, no damaged file in the outbox, and no half-written file ever visible in the results folder."""

from __future__ import annotations

import json
import os
import random
import signal
import threading
import time
from collections import Counter
from pathlib import Path

import pytest

from literacy_app.core.loader import load_lesson
from literacy_app.core.results.outbox import Outbox
from literacy_app.core.results.recorder import Recorder
from tests.results.child import run_until_killed
from tests.results.helpers import LEARNER, folder_lab, lrs_lab
from tests.results.ralph_server import RalphServer
from tests.support.paths import SEED_LESSON

KILLS = 50
SEED = load_lesson(SEED_LESSON)  # loaded once: each forked copy is ready in milliseconds

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="SIGKILL and fork")


def start_copy(data: Path, log: Path, mode: str, where: str) -> int:
    """Fork a copy of the app that records and sends until killed; return once it is ready."""
    ready_read, ready_write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the copy: never returns into pytest
        try:
            os.close(ready_read)
            run_until_killed(data, log, mode, where, lambda: os.write(ready_write, b"R"), SEED)
        finally:
            os._exit(1)
    os.close(ready_write)
    try:
        assert os.read(ready_read, 1) == b"R", "the copy of the app did not start"
    finally:
        os.close(ready_read)
    return pid


def kill_repeatedly(data: Path, log: Path, mode: str, where: str, seed: int) -> None:
    rng = random.Random(seed)
    outbox = Outbox(data / "results")
    for _ in range(KILLS):
        pid = start_copy(data, log, mode, where)
        time.sleep(rng.uniform(0.0, 0.25))
        os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
        assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, "the copy stopped by itself"
        for statement_id in outbox.pending():  # never a damaged file: each one whole, under its own id
            text = (outbox.pending_folder / f"{statement_id}.json").read_text(encoding="utf-8")
            assert json.loads(text)["id"] == statement_id


def confirmed(log: Path) -> list[str]:
    return [line for line in log.read_text(encoding="utf-8").splitlines() if len(line) == 36]


def test_killed_while_sending_to_the_lrs_nothing_lost_nothing_twice(ralph: RalphServer, tmp_path: Path) -> None:
    data, log = tmp_path / "data", tmp_path / "confirmed.txt"
    kill_repeatedly(data, log, "lrs", ralph.endpoint, seed=13)
    recorder = Recorder(lrs_lab(ralph.endpoint), data, LEARNER)  # the next start sends what is left
    assert recorder.sender is not None and recorder.sender.send_now().state == "sent"
    stored = Counter(s["id"] for s in ralph.stored())
    ids = confirmed(log)
    assert len(ids) > KILLS
    assert set(ids) <= set(stored), "a statement the student saw saved never arrived"
    assert max(stored.values()) == 1, "a statement arrived twice"
    assert len(set(stored) - set(ids)) <= KILLS  # at most one written but not yet confirmed per kill
    assert recorder.outbox.count() == 0


def test_killed_while_copying_to_the_results_folder_nothing_lost_no_half_file(tmp_path: Path) -> None:
    data, log, share = tmp_path / "data", tmp_path / "confirmed.txt", tmp_path / "share"
    share.mkdir()
    seen_broken: list[str] = []
    done = threading.Event()

    def reader() -> None:  # a teacher's report reading the share all the while
        while not done.is_set():
            for path in share.glob("*.json"):
                try:
                    json.loads(path.read_text(encoding="utf-8"))
                except ValueError:
                    seen_broken.append(path.name)
                except OSError:
                    pass

    watching = threading.Thread(target=reader)
    watching.start()
    try:
        kill_repeatedly(data, log, "folder", str(share), seed=14)
    finally:
        done.set()
        watching.join()
    assert seen_broken == []
    recorder = Recorder(folder_lab(share), data, LEARNER)
    assert recorder.sender is not None and recorder.sender.send_now().state == "sent"
    delivered = {p.stem for p in share.glob("*.json")}
    ids = confirmed(log)
    assert len(ids) > KILLS and set(ids) <= delivered
    assert list(share.glob(".*.part")) == []  # what a kill left behind is cleared once delivered
    assert recorder.outbox.count() == 0
    for path in share.glob("*.json"):
        assert json.loads(path.read_text(encoding="utf-8"))["id"] == path.stem
