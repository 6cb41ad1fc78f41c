"""What a save costs at the 10th Check and at the 2,000th, in one run.

Saves a session of the seed lesson after every Check (as the lesson window does) into a temporary data
folder, and reports the CPU time and the wall time of the save itself at Checks 1-10 and at Checks
1,991-2,000, and the size of the progress file and of the attempt history. Goal: the same cost at both.

    .venv/bin/python benchmarks/saves.py [--checks 2000]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from literacy_app.core.loader import load_lesson  # noqa: E402
from literacy_app.core.progress import ProgressStore  # noqa: E402

SEED = Path(__file__).resolve().parents[1] / "lessons" / "07-official-opinion-karabakh.yaml"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--checks", type=int, default=2000)
    args = parser.parse_args()
    lesson = load_lesson(SEED)
    with tempfile.TemporaryDirectory(prefix="saves-bench-") as folder:
        store = ProgressStore(Path(folder))
        session, _ = store.resume(lesson)
        cpu: list[float] = []
        wall: list[float] = []
        for n in range(args.checks):
            session.go_to(n % session.count)
            session.check()
            started_cpu, started = time.process_time(), time.perf_counter()
            store.save(session)
            cpu.append(time.process_time() - started_cpu)
            wall.append(time.perf_counter() - started)
        state = store.path_for(lesson.id).stat().st_size
        history = store.history_path_for(lesson.id).stat().st_size
    # Medians over 10 saves around each point (the first save, which sets things up, left out).
    early_cpu, late_cpu = statistics.median(cpu[1:11]), statistics.median(cpu[-10:])
    early, late = statistics.median(wall[1:11]), statistics.median(wall[-10:])
    print(f"save at checks 2-11:      {early_cpu * 1000:.2f} ms CPU, {early * 1000:.2f} ms wall (medians)")
    print(f"save at checks {args.checks - 9}-{args.checks}: {late_cpu * 1000:.2f} ms CPU, "
          f"{late * 1000:.2f} ms wall (medians)")
    print(f"ratio late/early: CPU {late_cpu / early_cpu:.2f}x, wall {late / early:.2f}x (goal: about 1x)")
    print(f"progress file {state / 1000:.1f} KB; attempt history {history / 1000:.0f} KB ({args.checks} lines)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
