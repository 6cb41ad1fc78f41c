"""The class report over a results folder of 100,000 statements, against a bare ``json.load`` of the same
files in the same run (goal: within 1.5x), and the report for 30 students x 7 lessons from a local LRS.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/report.py [--statements N] [--no-lrs]

Statements are made by the app's own session and statement builder (tests/report/simulate.py), then copied
under new ids and students until there are N, in files of 50 (as a results folder fills up over a term).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from literacy_app.core.library import bundled_lessons_folder, lesson_paths  # noqa: E402
from literacy_app.core.loader import load_lesson  # noqa: E402
from literacy_app.core.report.export import report_html  # noqa: E402
from literacy_app.core.report.model import build_report  # noqa: E402
from literacy_app.core.report.sources import FolderSource, LrsSource  # noqa: E402
from tests.report.simulate import IRI_BASE, play_class  # noqa: E402


def make_folder(folder: Path, lessons: list, count: int) -> None:  # type: ignore[type-arg]
    base = [s.data for p in play_class(lessons, 30) for s in p.statements]
    batch: list[dict] = []  # type: ignore[type-arg]
    written = 0
    copy = 0
    while written < count:
        for statement in base:
            if written >= count:
                break
            made = dict(statement, id=str(uuid.uuid4()))
            if copy:
                name = f"{statement['actor']['account']['name']}-{copy}"
                made["actor"] = {"objectType": "Agent",
                                 "account": {"homePage": "https://school.example.org", "name": name}}
            batch.append(made)
            written += 1
            if len(batch) == 50:
                (folder / f"{written:07d}.json").write_text(json.dumps(batch), encoding="utf-8")
                batch = []
        copy += 1
    if batch:
        (folder / f"{written:07d}.json").write_text(json.dumps(batch), encoding="utf-8")


def bare_read(folder: Path) -> int:
    total = 0
    for path in sorted(folder.glob("*.json")):
        with open(path, "rb") as handle:
            total += len(json.load(handle))
    return total


def cpu(work) -> float:  # type: ignore[no-untyped-def]
    """Processor time, not the clock: the machine is shared, and another program's work must not count."""
    start = time.process_time()
    work()
    return time.process_time() - start


def measure(what: str, folder: Path) -> float:
    lessons = [load_lesson(p) for p in lesson_paths(bundled_lessons_folder())]
    known = {lesson.id: lesson for lesson in lessons}

    def report() -> None:
        result = FolderSource(folder).read()
        build_report(result.records, known, class_id="7B")

    work = {"bare": lambda: bare_read(folder), "read": lambda: FolderSource(folder).read(), "report": report}[what]
    return cpu(work)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--statements", type=int, default=100_000)
    parser.add_argument("--no-lrs", action="store_true")
    parser.add_argument("--measure", nargs=2, metavar=("WHAT", "FOLDER"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(measure(args.measure[0], Path(args.measure[1])))
        return
    lessons = [load_lesson(p) for p in lesson_paths(bundled_lessons_folder())]
    known = {lesson.id: lesson for lesson in lessons}
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary) / "results"
        folder.mkdir()
        make_folder(folder, lessons[:2], args.statements)
        bare_read(folder)  # warm the file cache for all
        times: dict[str, list[float]] = {"bare": [], "read": [], "report": []}
        for _ in range(3):  # in turns, each in a fresh process: one measurement's leftovers never slow the next
            for what in times:
                done = subprocess.run([sys.executable, __file__, "--measure", what, str(folder)], check=True,
                                      capture_output=True, text=True)
                times[what].append(float(done.stdout.split()[-1]))
        bare, read, whole = (min(times[k]) for k in ("bare", "read", "report"))
        print(f"{args.statements} statements in a results folder (processor time, best of 3)")
        print(f"  bare json.load of every file : {bare * 1000:8.0f} ms")
        print(f"  read into attempts           : {read * 1000:8.0f} ms  ({read / bare:.2f}x)")
        print(f"  the whole class report       : {whole * 1000:8.0f} ms  ({whole / bare:.2f}x, goal 1.5x)")
    if args.no_lrs:
        return
    from literacy_app.core.results.lrs import LrsClient
    from tests.results.ralph_server import PASSWORD, USERNAME, RalphServer

    with tempfile.TemporaryDirectory() as temporary:
        played = list(play_class(lessons, 30))
        server = RalphServer(Path(temporary) / "lrs").start()
        try:
            statements = [s.json for p in played for s in p.statements]
            client = LrsClient(server.endpoint, USERNAME, PASSWORD)
            for start in range(0, len(statements), 200):
                client.post(statements[start:start + 200])
            source = LrsSource(server.endpoint, USERNAME, PASSWORD, iri_base=IRI_BASE)

            def from_lrs() -> None:
                result = source.read(class_id="7B")
                report_html(build_report(result.records, known, class_id="7B"))

            took = []
            for _ in range(3):
                start = time.perf_counter()
                from_lrs()
                took.append(time.perf_counter() - start)
            print(f"30 students x {len(lessons)} lessons ({len(statements)} statements) from a local Ralph LRS, "
                  f"read and made into the HTML report: {min(took) * 1000:.0f} ms (clock time, best of 3; the "
                  f"server's work included)")
        finally:
            server.stop()


if __name__ == "__main__":
    main()
