"""Two processes save one lesson's progress in one data folder while being killed at random, 200 times.

Stands for two windows (or two computers on one network home) on the same lesson, and for a machine
switched off mid-save. After every kill, and all along, the progress file must read as a complete file;
at the end, every result a process reported as saved must still be there (a finished result is never
lost to the other process's save: each works on its own exercises, so a stale overwrite shows as a lower
score or fewer Checks). The two are killed and restarted independently, each 100 times.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import regex

from literacy_app.core.files import remove_orphaned_temporaries
from literacy_app.core.lesson_cache import LessonCache
from literacy_app.core.progress import ProgressStore
from tests.support.paths import REPO, SEED_LESSON

KILLS = 200

WORKER = """
import random, sys
from literacy_app.core.lesson_cache import LessonCache
from literacy_app.core.progress import ProgressStore

lesson = LessonCache(sys.argv[2] + "/cache").read(sys.argv[1]).lesson
store = ProgressStore(sys.argv[2])
rng = random.Random(int(sys.argv[3]))
session, _ = store.resume(lesson)
print("ready", flush=True)
mine = [n for n in range(session.count) if n % 2 == int(sys.argv[4])]  # each process its own exercises
while True:
    number = rng.choice(mine)
    session.go_to(number)
    exercise = session.exercise
    session.try_again()
    if exercise.is_choice:
        session.set_options([n for n, o in enumerate(exercise.options) if o.correct or rng.random() < 0.3])
    else:
        for answer in exercise.answers:
            if rng.random() < 0.7:
                session.add_selection(answer.quote.start, answer.quote.end)
    session.check()
    store.save(session)
    print("saved", exercise.id, session.state.best_score, session.state.checks, flush=True)
"""


SITE_OF_REGEX = str(Path(regex.__file__).resolve().parent.parent)  # the word tokeniser needs it


class Worker:
    def __init__(self, folder: Path, seed: int, parity: int) -> None:
        # -S: no site-packages (the worker needs only the standard library, the project and ``regex``, on
        # PYTHONPATH; the lesson comes from the cache the test filled), which makes 200 starts cheaper.
        self.process = subprocess.Popen([sys.executable, "-S", "-c", WORKER, str(SEED_LESSON), str(folder),
                                         str(seed), str(parity)], stdout=subprocess.PIPE, text=True, cwd=REPO,
                                        env=dict(os.environ, PYTHONPATH=os.pathsep.join((str(REPO), SITE_OF_REGEX))))
        self.ready = threading.Event()
        self.saved_once = threading.Event()
        self.saved: list[tuple[str, float, int]] = []
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            words = line.split()
            if words == ["ready"]:
                self.ready.set()
            elif len(words) == 4 and words[0] == "saved":
                self.saved.append((words[1], float(words[2]), int(words[3])))
                self.saved_once.set()

    def kill(self) -> list[tuple[str, float, int]]:
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()
        self.reader.join(timeout=5)
        return self.saved


def read_complete(store: ProgressStore, lesson_id: str) -> dict | None:  # type: ignore[type-arg]
    path = store.path_for(lesson_id)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    return json.loads(text)  # a half-written file fails here


def test_kill_while_saving_from_two_processes(tmp_path: Path) -> None:
    lesson = LessonCache(tmp_path / "cache").read(SEED_LESSON).lesson  # the workers start from the cache
    assert lesson is not None
    store = ProgressStore(tmp_path)
    reported: list[tuple[str, float, int]] = []
    reads: list[int] = []
    problems: list[str] = []

    def kill_again_and_again(slot: int, kills: int) -> None:
        """One of the two processes: started, killed at a random moment, started again."""
        rng = random.Random(slot)
        worker = Worker(tmp_path, slot * 1000, slot % 2)
        try:
            for n in range(kills):
                if not worker.ready.wait(timeout=60):
                    problems.append("a worker never started")
                    return
                if n % 2:  # every other life, once it has saved: on a busy machine a worker may not get so far
                    worker.saved_once.wait(timeout=60)
                time.sleep(rng.uniform(0.0, 0.05))  # often mid-save: a save takes a few milliseconds
                reported.extend(worker.kill())
                try:
                    if read_complete(store, lesson.id) is not None:
                        reads.append(1)
                except ValueError as exc:
                    problems.append(f"a read saw an incomplete file: {exc}")
                worker = Worker(tmp_path, slot * 1000 + n + 1, slot % 2)
        finally:
            worker.ready.wait(timeout=60)
            reported.extend(worker.kill())

    pipelines = [threading.Thread(target=kill_again_and_again, args=(slot, KILLS // 2)) for slot in (1, 2)]
    for pipeline in pipelines:
        pipeline.start()
    for pipeline in pipelines:
        pipeline.join(timeout=300)
    assert not problems, problems[:3]

    data = read_complete(store, lesson.id)
    assert data is not None and len(reads) > KILLS // 2
    assert len(reported) >= KILLS // 2, "the workers hardly saved anything before being killed"
    session, notice = store.resume(lesson)
    assert notice is None
    final = {e.id: (s.best_score or 0.0, s.checks) for e, s in zip(lesson.exercises, session.states)}
    # Each process works on its own exercises, so only the other process's save could lower them.
    lost = [(exercise, score, checks) for exercise, score, checks in reported
            if final[exercise][0] < score or final[exercise][1] < checks]
    assert not lost, f"finished results lost: {lost[:5]} (now {final})"
    remove_orphaned_temporaries(tmp_path, older_than=0)  # what the app does at start
    assert not [p for p in (tmp_path / "progress").iterdir() if p.name.endswith(".tmp")]
    assert os.path.exists(store.history_path_for(lesson.id))
