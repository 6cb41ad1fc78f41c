"""Thirty students finishing the seed lesson at once, their results sent to a local LRS (Ralph on 127.0.0.1).

Each simulated student has their own data folder, ``Recorder`` and background sender thread, and works
through the seed lesson (a wrong Check, a hint, the right Check, for every exercise) in a thread of its own,
all starting together. Printed:

- the time from Check to the statement being safely in the outbox (``Recorder.checked``: built, written,
  flushed to disk, renamed), against the Check itself (``LessonSession.check``, what the student waits for
  anyway). Goal: under 20 ms;
- statements delivered per second by the app's senders (from the first Check to the last outbox emptied),
  against a bare loop POSTing the same statements one at a time to a second, fresh LRS in the same run.

    .venv/bin/python benchmarks/results.py [--students 30] [--seed 1]
"""

from __future__ import annotations

import argparse
import base64
import os
import statistics
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from literacy_app.core.loader import load_lesson  # noqa: E402
from literacy_app.core.results.recorder import Recorder  # noqa: E402
from literacy_app.core.results.statements import Learner, Statement  # noqa: E402
from literacy_app.core.session import Attempt, LessonSession  # noqa: E402
from tests.results.helpers import HOMEPAGE, lrs_lab  # noqa: E402
from tests.results.play import play  # noqa: E402
from tests.results.ralph_server import PASSWORD, USERNAME, RalphServer  # noqa: E402
from tests.support.paths import SEED_LESSON  # noqa: E402

GOAL_MS = 20.0


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--students", type=int, default=30)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="results-bench-"))
    lesson = load_lesson(SEED_LESSON)
    app_lrs = RalphServer(work / "lrs-app").start()
    bare_lrs = RalphServer(work / "lrs-bare").start()
    try:
        recorders = [Recorder(lrs_lab(app_lrs.endpoint), work / f"student-{n}", Learner(HOMEPAGE, f"student-{n}"))
                     for n in range(args.students)]
        record_ms: list[float] = []
        check_ms: list[float] = []
        made: list[Statement] = []
        lock = threading.Lock()
        start = threading.Barrier(args.students + 1)

        def student(recorder: Recorder) -> None:
            def on_check(session: LessonSession, attempt: Attempt) -> None:
                began = time.perf_counter()
                statement = recorder.checked(session, attempt)
                took = (time.perf_counter() - began) * 1000
                with lock:
                    record_ms.append(took)
                    if statement is not None:
                        made.append(statement)

            start.wait()
            session = play(lesson, on_check)
            finished = recorder.lesson_finished(session)
            with lock:
                made.extend(finished)

        for recorder in recorders:
            recorder.start()
        threads = [threading.Thread(target=student, args=(r,)) for r in recorders]
        for thread in threads:
            thread.start()
        start.wait()
        began = time.perf_counter()
        for thread in threads:
            thread.join()
        while any(r.outbox.count() for r in recorders):
            time.sleep(0.01)
        app_seconds = time.perf_counter() - began
        for recorder in recorders:
            recorder.stop()
        stored = len(app_lrs.stored())

        alone_ms: list[float] = []  # one student on their own machine: what a lab really has
        alone = Recorder(lrs_lab(app_lrs.endpoint), work / "alone", Learner(HOMEPAGE, "alone"))
        alone.start()
        for _ in range(10):
            session = LessonSession(lesson)
            for _ in range(session.count):
                began_check = time.perf_counter()
                session.check()
                checked = time.perf_counter()
                alone.checked(session, session.attempts[-1])
                recorded = time.perf_counter()
                check_ms.append((checked - began_check) * 1000)
                alone_ms.append((recorded - checked) * 1000)
                session.next()
        alone.stop()

        token = base64.b64encode(f"{USERNAME}:{PASSWORD}".encode()).decode()
        headers = {"Authorization": f"Basic {token}", "X-Experience-API-Version": "1.0.3",
                   "Content-Type": "application/json"}
        began = time.perf_counter()
        for statement in made:
            request = urllib.request.Request(f"{bare_lrs.endpoint}/statements", data=statement.json.encode(),
                                             headers=headers, method="POST")
            with urllib.request.urlopen(request, timeout=30) as response:
                response.read()
        bare_seconds = time.perf_counter() - began
    finally:
        app_lrs.stop()
        bare_lrs.stop()

    app_rate, bare_rate = len(made) / app_seconds, len(made) / bare_seconds
    if hasattr(os, "getloadavg"):
        print(f"load average during the run: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores "
              f"(the outbox times are mostly waiting for the processor and the disk when this is high)")
    print(f"{args.students} students, {len(made)} statements ({stored} stored by the LRS, each once: "
          f"{stored == len(made)})")
    print(f"one student alone, Check -> safely in the outbox: median {statistics.median(alone_ms):.2f} ms, "
          f"95th percentile {percentile(alone_ms, 0.95):.2f} ms, worst {max(alone_ms):.2f} ms "
          f"(goal: under {GOAL_MS:.0f} ms; {'met' if percentile(alone_ms, 0.95) < GOAL_MS else 'NOT met'})")
    print(f"{args.students} students in one process at once (a worst case: one disk, one interpreter), "
          f"Check -> safely in the outbox: median {statistics.median(record_ms):.2f} ms, "
          f"95th percentile {percentile(record_ms, 0.95):.2f} ms, worst {max(record_ms):.2f} ms "
          f"(95th percentile {'under' if percentile(record_ms, 0.95) < GOAL_MS else 'OVER'} the goal)")
    print(f"the Check itself (grading, what the student waits for anyway): median {statistics.median(check_ms):.3f} ms;"
          f" recording happens after it, so the verdict is never slower")
    print(f"delivered by the app: {app_rate:.0f} statements/s ({app_seconds:.2f} s from the first Check to the "
          f"last outbox emptied, while the students worked)")
    print(f"bare POST loop, one statement a request: {bare_rate:.0f} statements/s ({bare_seconds:.2f} s)")
    print(f"ratio app / bare loop: {app_rate / bare_rate:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
