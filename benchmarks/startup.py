"""Start-up of the lesson window against a bare PySide6 window showing the same text, and Check on a
50,000-word article.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/startup.py [--runs 8]

Each run starts a fresh Python process and measures from just before the process starts to the moment
the child reports its window painted (not to the process's exit); the two programs alternate so that machine noise falls on
both. Peak memory is the child's maximum resident size. Children may write bytecode caches, as an
installed app has them, and share one data folder, as a student's runs do (so the lesson cache is warm
after the first, unmeasured, run). Goals: time ratio <= 1.3, memory ratio <= 1.5,
Check < 50 ms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "lessons" / "07-official-opinion-karabakh.yaml"
DATA = tempfile.mkdtemp(prefix="literacy-startup-")

_REPORT = """
import resource, time
print(time.time(), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True)
"""

BARE = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow, QTextBrowser
app = QApplication(sys.argv[:1])
text = open(sys.argv[1], encoding="utf-8").read()
window = QMainWindow()
browser = QTextBrowser()
browser.setPlainText(text)
window.setCentralWidget(browser)
window.resize(1280, 800)
window.show()
app.processEvents()
window.grab()
""" + _REPORT

# The same widgets as the lesson window (splitter, article, labels, list, buttons, menus) without any of
# the app's own code: how much of the gap is Qt, and how much is the app's Python.
SHAPE = """
import sys
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QListWidget, QMainWindow, QPushButton,
                               QSplitter, QTextBrowser, QVBoxLayout, QWidget)
app = QApplication(sys.argv[:1])
window = QMainWindow()
split = QSplitter(Qt.Orientation.Horizontal)
browser = QTextBrowser()
browser.setPlainText(open(sys.argv[1], encoding="utf-8").read())
panel = QWidget()
layout = QVBoxLayout(panel)
for words in ("Exercise 1 of 8", "Select the sentence that tells you this is an opinion."):
    label = QLabel(words)
    label.setWordWrap(True)
    layout.addWidget(label)
layout.addWidget(QListWidget())
row = QHBoxLayout()
for words in ("Check", "Hint", "Show answer", "Try again"):
    row.addWidget(QPushButton(words))
layout.addLayout(row)
layout.addWidget(QTextBrowser())
split.addWidget(browser)
split.addWidget(panel)
window.setCentralWidget(split)
for title in ("File", "Exercise", "View", "Help"):
    window.menuBar().addMenu(title)
window.resize(1280, 800)
window.show()
app.processEvents()
window.grab()
""" + _REPORT

APP = """
import sys
from literacy_app.ui.app import App, make_qt_app
qt_app = make_qt_app()
app = App(qt_app)
window = app.open_lesson(app.read_lesson(sys.argv[1]))
window.resize(1280, 800)
qt_app.processEvents()
window.grab()
""" + _REPORT


def run_once(code: str, argument: str) -> tuple[float, int]:
    environment = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}  # as installed
    environment.setdefault("QT_QPA_PLATFORM", "offscreen")
    environment["LITERACY_APP_DATA"] = DATA  # one student's folder across runs, as on a real machine
    started = time.time()  # the child says when its window is shown, on the same clock
    done = subprocess.run([sys.executable, "-c", code, argument], capture_output=True, text=True, check=True,
                          env=environment)
    shown, memory = done.stdout.strip().splitlines()[-1].split()
    return float(shown) - started, int(memory)


def startup(runs: int) -> None:
    from literacy_app.core.loader import load_lesson

    article = Path(tempfile.mkdtemp()) / "article.txt"
    lesson = load_lesson(SEED)
    article.write_text(lesson.article.headline + "\n\n" + lesson.article.text, encoding="utf-8")
    run_once(BARE, str(article))  # warm the disk cache for both
    run_once(APP, str(SEED))
    bare, app, shape = [], [], []
    for _ in range(runs):
        bare.append(run_once(BARE, str(article)))
        app.append(run_once(APP, str(SEED)))
        shape.append(run_once(SHAPE, str(article)))
    bare_time = statistics.median(t for t, _ in bare)
    app_time = statistics.median(t for t, _ in app)
    bare_memory = statistics.median(m for _, m in bare)
    app_memory = statistics.median(m for _, m in app)
    print(f"start-up, median of {runs} alternating runs:")
    print(f"  bare QTextBrowser window : {bare_time * 1000:7.0f} ms  {bare_memory / 1024:6.1f} MB peak")
    print(f"  lesson window (seed)     : {app_time * 1000:7.0f} ms  {app_memory / 1024:6.1f} MB peak")
    shape_time = statistics.median(t for t, _ in shape)
    print(f"  same widgets, no app code: {shape_time * 1000:5.0f} ms  (ratio {shape_time / bare_time:.2f}: "
          "what Qt alone costs for this window)")
    print(f"  time ratio   {app_time / bare_time:.2f}  (goal <= 1.3)")
    print(f"  memory ratio {app_memory / bare_memory:.2f}  (goal <= 1.5)")


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


def check_time(words: int, repeats: int) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["LITERACY_APP_DATA"] = tempfile.mkdtemp()
    from literacy_app.core.loader import read_lesson
    from literacy_app.ui.app import App, make_qt_app

    path = Path(tempfile.mkdtemp()) / "big.yaml"
    path.write_text(big_lesson(words), encoding="utf-8")
    file = read_lesson(path)
    assert file.lesson is not None, file.problems
    qt_app = make_qt_app()
    window = App(qt_app).open_lesson(file)
    text = file.lesson.article.text
    start = text.index("3 residents")
    times = []
    for n in range(repeats):
        window.session.try_again()
        window.session.add_selection(start, start + 12 + n % 3)
        began = time.perf_counter()
        window.actions["check"].trigger()
        qt_app.processEvents()
        times.append(time.perf_counter() - began)
    print(f"Check on a {len(text.split()):,}-word article (grade, marks, feedback, save), median of "
          f"{repeats}: {statistics.median(times) * 1000:.1f} ms  (goal < 50 ms)")
    window.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=8)
    args = parser.parse_args()
    startup(args.runs)
    check_time(50_000, 20)


if __name__ == "__main__":
    main()
