"""Start-up of the real commands against a bare PySide6 window showing the same text, and the first Add
and Check in a fresh lesson window.

    .venv/bin/python benchmarks/startup.py [--runs 10] [--offscreen]

Each run starts the installed command (``literacy-app open LESSON`` and bare ``literacy-app``, the library)
exactly as a student's shortcut does, and a bare QTextBrowser window showing the seed article's text; the
programs alternate so that machine noise falls on all of them. Time runs from just before the process is
started to its first window being mapped on the screen:

- under Xvfb (used when ``Xvfb`` and python-xlib are installed; started here with ``-noreset``) the map is
  seen from outside, as an X client listening for MapNotify on the root window: a black-box measure;
- otherwise (``--offscreen``, or no Xvfb) each program prints the time once its window is shown
  (``LITERACY_APP_QUIT_WHEN_SHOWN=1`` in the app).

"warm" shares one data folder across runs, as a student's runs do (the lesson cache filled by an unmeasured
first run); "cold" gives every run an empty data folder. Goals (warm, Xvfb): open <= 1.3x and the library
<= 1.4x the bare window. The library is also started with 1,000 more lessons in ``LITERACY_APP_LESSONS`` (a
school's shared folder, every lesson checked once beforehand): goal under 2x the bundled library.

With ``--compare CHECKOUT`` an earlier version (a git worktree with its own .venv) runs in the same rounds.
The medians move by about 0.1x from one run of this script to the next on a shared machine: compare
versions within one run.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "lessons" / "07-official-opinion-karabakh.yaml"
COMMAND = str(Path(sys.executable).with_name("literacy-app"))

BARE = """
import sys, os, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTextBrowser
app = QApplication(sys.argv[:1])
window = QMainWindow()
browser = QTextBrowser()
browser.setPlainText(open(sys.argv[1], encoding="utf-8").read())
window.setCentralWidget(browser)
window.resize(1200, 760)
window.show()
if os.environ.get("LITERACY_APP_QUIT_WHEN_SHOWN"):
    QTimer.singleShot(0, lambda: (print(f"shown {time.time():.6f}", flush=True), app.quit()))
app.exec()
"""


class Screen:
    """Xvfb with an X client that sees every top-level window being mapped."""

    def __init__(self) -> None:
        from Xlib import X, display  # python-xlib

        self.number = next(n for n in range(90, 200) if not Path(f"/tmp/.X11-unix/X{n}").exists())
        self.server = subprocess.Popen(["Xvfb", f":{self.number}", "-noreset", "-screen", "0", "1280x800x24"],
                                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(100):
            if Path(f"/tmp/.X11-unix/X{self.number}").exists():
                break
            time.sleep(0.05)
        self.display = display.Display(f":{self.number}")
        self.display.screen().root.change_attributes(event_mask=X.SubstructureNotifyMask)
        self.display.sync()
        self.map_notify = X.MapNotify

    def environment(self) -> dict[str, str]:
        return {"DISPLAY": f":{self.number}", "QT_QPA_PLATFORM": "xcb"}

    def time_to_map(self, command: list[str], environment: dict[str, str]) -> float:
        while self.display.pending_events():  # nothing left over from the last run
            self.display.next_event()
        started = time.time()
        process = subprocess.Popen(command, env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            while True:
                event = self.display.next_event()  # blocks until the X server reports something
                if event.type == self.map_notify and not event.override:
                    return time.time() - started
        finally:
            process.kill()
            process.wait()

    def close(self) -> None:
        self.display.close()
        self.server.terminate()
        self.server.wait()


def time_to_shown(command: list[str], environment: dict[str, str]) -> float:
    environment = dict(environment, LITERACY_APP_QUIT_WHEN_SHOWN="1", QT_QPA_PLATFORM="offscreen")
    started = time.time()
    done = subprocess.run(command, env=environment, capture_output=True, text=True, check=True, timeout=120)
    shown = [line for line in done.stdout.splitlines() if line.startswith("shown ")][-1]
    return float(shown.split()[1]) - started


def startup(runs: int, offscreen: bool, other: Path | None = None) -> None:
    screen = None
    if not offscreen and shutil.which("Xvfb"):
        try:
            screen = Screen()
        except ImportError:
            print("python-xlib is not installed: measuring offscreen")
    measure: Callable[[list[str], dict[str, str]], float] = screen.time_to_map if screen else time_to_shown
    base = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "QT_QPA_PLATFORM")}
    base.update(screen.environment() if screen else {})
    warm = tempfile.mkdtemp(prefix="literacy-warm-")
    article = Path(tempfile.mkdtemp()) / "article.txt"
    article.write_text(_seed_text(), encoding="utf-8")
    big = _big_library(BIG_LIBRARY)
    big_warm = tempfile.mkdtemp(prefix="literacy-big-warm-")
    _check_once(big, Path(big_warm))  # a run is stopped once its window is on screen, before all are read
    programs = {
        "bare QTextBrowser window": ([sys.executable, "-c", BARE, str(article)], None),
        "literacy-app open (warm)": ([COMMAND, "open", str(SEED)], warm),
        "literacy-app library (warm)": ([COMMAND], warm),
        f"library, {BIG_LIBRARY:,} more lessons (warm)": ([COMMAND], big_warm),
        "literacy-app open (cold)": ([COMMAND, "open", str(SEED)], "cold"),
        "literacy-app library (cold)": ([COMMAND], "cold"),
    }
    if other is not None:  # another checkout (an earlier version) with its own .venv, in the same rounds
        command, lesson = str(other / ".venv" / "bin" / "literacy-app"), str(other / SEED.relative_to(REPO))
        other_warm = tempfile.mkdtemp(prefix="literacy-other-warm-")
        programs["other checkout: open (warm)"] = ([command, "open", lesson], other_warm)
        programs["other checkout: library (warm)"] = ([command], other_warm)
    times: dict[str, list[float]] = {name: [] for name in programs}
    try:
        for round_ in range(runs + 1):  # the first round only warms the disk and the lesson cache
            for name, (command, data) in programs.items():
                folder = tempfile.mkdtemp(prefix="literacy-cold-") if data == "cold" else (data or warm)
                extra = {"LITERACY_APP_LESSONS": str(big)} if data == big_warm else {}
                seconds = measure(command, dict(base, LITERACY_APP_DATA=folder, **extra))
                if round_:
                    times[name].append(seconds)
    finally:
        if screen:
            screen.close()
    _report(times, runs, "Xvfb, black-box (MapNotify)" if screen else "offscreen, shown by the program")


def _report(times: dict[str, list[float]], runs: int, how: str) -> None:
    bare = statistics.median(times["bare QTextBrowser window"])
    goals = {"open (warm)": 1.3, "library (warm)": 1.4}
    print(f"start-up, {how}, median of {runs} alternating runs:")
    for name, values in times.items():
        median = statistics.median(values)
        goal = next((f"  (goal <= {g})" for k, g in goals.items() if name.endswith(k)), "")
        ratio = "" if name.startswith("bare") else f"  ratio {median / bare:.2f}{goal}"
        if name.startswith("library, "):
            small = statistics.median(times["literacy-app library (warm)"])
            ratio += f"; {median / small:.2f}x the bundled library (goal < 2)"
        print(f"  {name:36s}: {median * 1000:6.0f} ms{ratio}")


BIG_LIBRARY = 1000


def _big_library(count: int) -> Path:
    """A school's shared library: ``count`` lessons of about 15 KB (benchmarks/validate.py's generator)."""
    import random

    sys.path.insert(0, str(REPO / "benchmarks"))
    from validate import lesson_text  # type: ignore[import-not-found]

    folder = Path(tempfile.mkdtemp(prefix="literacy-big-library-"))
    rng = random.Random(1)
    for n in range(count):
        (folder / f"lesson-{n:04d}.yaml").write_text(lesson_text(n, rng), encoding="utf-8")
    return folder


def _check_once(lessons: Path, data: Path) -> None:
    """Every lesson checked and in the lesson cache of ``data``, as after a first day with the library."""
    from literacy_app.core.lesson_cache import LessonCache
    from literacy_app.core.library import load_library

    load_library([lessons], LessonCache(data / "cache").read)


def _seed_text() -> str:
    from literacy_app.core.loader import load_lesson

    lesson = load_lesson(SEED)
    return lesson.article.headline + "\n\n" + lesson.article.text


def big_lesson(words: int) -> str:
    sentence = "The council said that {n} residents cycle to work, according to a report by Dana Okafor."
    paragraphs = []
    count = 0
    while count < words:
        lines = [sentence.format(n=count + i) for i in range(8)]
        paragraphs.append("    " + " ".join(lines))
        count += 8 * len(sentence.split())
    body = "\n\n".join(paragraphs)
    return ("format: 1\nid: big\ntitle: Big\nlanguage: en\narticle:\n  headline: Big\n  body: |\n" + body +
            "\nexercises:\n  - id: who\n    type: attribution\n    prompt: Who?\n    answers:\n"
            "      - quote: \"said that 3 residents\"\n")


def first_add_and_check(words: int, wait: bool) -> tuple[float, float]:
    """The first Add selection and the first Check in a fresh window (each pattern and view built anew)."""
    code = f"""
import os, sys, time, tempfile
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["LITERACY_APP_DATA"] = tempfile.mkdtemp()
sys.path.insert(0, {str(REPO)!r})
from benchmarks.startup import big_lesson
import literacy_app.core.loader as loader, literacy_app.core.yamlsource as source
loader.MAX_BYTES = source.MAX_BYTES = 10**8  # 200,000 words are more than a lesson file may hold (1 MB)
from literacy_app.core.loader import read_lesson
from literacy_app.ui.app import App, make_qt_app
path = os.path.join(tempfile.mkdtemp(), "big.yaml")
open(path, "w", encoding="utf-8").write(big_lesson({words}))
file = read_lesson(path)
qt_app = make_qt_app()
window = App(qt_app).open_lesson(file)
qt_app.processEvents()
if {wait}:  # a student reads the prompt before selecting: the window prepares meanwhile
    deadline = time.perf_counter() + 1.0
    while time.perf_counter() < deadline:
        qt_app.processEvents()
        time.sleep(0.01)
text = file.lesson.article.text
start = text.index("3 residents")
window.article.select_span(start, start + 11)
began = time.perf_counter()
window.commands["add_selection"].trigger()
qt_app.processEvents()
added = time.perf_counter()
window.commands["check"].trigger()
qt_app.processEvents()
checked = time.perf_counter()
print(added - began, checked - added)
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=600)
    add, check = done.stdout.split()
    return float(add), float(check)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--offscreen", action="store_true", help="do not use Xvfb even if it is installed")
    parser.add_argument("--skip-first-check", action="store_true")
    parser.add_argument("--compare", type=Path, metavar="CHECKOUT",
                        help="also start another checkout's app (its own .venv) in the same rounds, e.g. an "
                             "earlier version in a git worktree")
    args = parser.parse_args()
    startup(args.runs, args.offscreen, args.compare)
    if not args.skip_first_check:
        print("first Add selection and first Check in a fresh window (at once / after 1 s on screen):")
        for words in (1_000, 50_000, 200_000):
            add, check = first_add_and_check(words, wait=False)
            later_add, later_check = first_add_and_check(words, wait=True)
            print(f"  {words:>7,} words: Add {add * 1000:6.1f} / {later_add * 1000:6.1f} ms, "
                  f"Check {check * 1000:6.1f} / {later_check * 1000:6.1f} ms")


if __name__ == "__main__":
    main()
