"""How long a big library takes to load at a warm start (every lesson checked before), in one run.

Generates 1,000 lessons of about 15 KB (benchmarks/validate.py's generator) in a temporary folder, loads
them once through the lesson cache (as the first start does), then times warm loads the way the app
starts: a new ``LessonCache`` on the same cache folder and ``load_library`` over the bundled lessons plus
the big folder. The same is timed for the bundled library alone, and the ratio printed.
Goal: 1,000 cached lessons in well under a second.

    .venv/bin/python benchmarks/library.py [--lessons 1000] [--rounds 3]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from validate import lesson_text  # noqa: E402

from literacy_app.core.lesson_cache import LessonCache  # noqa: E402
from literacy_app.core.library import bundled_lessons_folder, load_library  # noqa: E402


def warm_load(folders: list[Path], cache_folder: Path, rounds: int) -> tuple[float, float, int]:
    """The best wall time and the best CPU time of a warm load (CPU time holds on a busy machine)."""
    best = best_cpu = float("inf")
    count = 0
    for _ in range(rounds):
        start, start_cpu = time.perf_counter(), time.process_time()
        cache = LessonCache(cache_folder)
        library = load_library(folders, cache.read)
        best = min(best, time.perf_counter() - start)
        best_cpu = min(best_cpu, time.process_time() - start_cpu)
        count = len(library.lessons)
    return best, best_cpu, count


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lessons", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    rng = random.Random(1)
    with tempfile.TemporaryDirectory(prefix="library-bench-") as scratch:
        folder = Path(scratch) / "lessons"
        folder.mkdir()
        for n in range(args.lessons):
            (folder / f"lesson-{n:04d}.yaml").write_text(lesson_text(n, rng), encoding="utf-8")
        cache_folder = Path(scratch) / "cache"
        bundled = [bundled_lessons_folder()]
        start = time.perf_counter()
        first = load_library(bundled + [folder], LessonCache(cache_folder).read)
        cold = time.perf_counter() - start
        print(f"{len(first.lessons)} lessons, first (cold) load {cold:.2f} s; "
              f"{sum(1 for _ in cache_folder.iterdir())} cache entries")
        small, small_cpu, small_count = warm_load(bundled, cache_folder, args.rounds)
        big, big_cpu, big_count = warm_load(bundled + [folder], cache_folder, args.rounds)
    print(f"warm load, bundled library ({small_count} lessons): {small * 1000:.1f} ms wall, "
          f"{small_cpu * 1000:.1f} ms CPU")
    print(f"warm load, bundled + {args.lessons} lessons ({big_count} lessons): {big * 1000:.0f} ms wall, "
          f"{big_cpu * 1000:.0f} ms CPU ({big_cpu / max(big_count, 1) * 1e6:.0f} µs CPU a lesson); "
          f"{big / small:.0f}x the bundled library's wall time, {big_cpu / small_cpu:.0f}x its CPU time "
          f"(the lesson count is {big_count / max(small_count, 1):.0f}x)")
    print(f"goal: well under 1 s -> {'OK' if min(big, big_cpu) < 1.0 else 'OVER'} (CPU), "
          f"{'OK' if big < 1.0 else 'OVER'} (wall, on this machine now)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
