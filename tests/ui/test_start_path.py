"""What the start-up path must not do: each of these costs a noticeable part of the start-up budget.

Timing itself is measured by ``benchmarks/startup.py``, never here; these tests keep known slow steps from
creeping back onto the path from process start to the lesson window shown.
"""

from __future__ import annotations

import os
import subprocess
import sys

from tests.support.paths import SEED_LESSON

OPEN_THE_SEED_LESSON = """
import sys
from literacy_app.ui.app import App, make_qt_app
qt_app = make_qt_app()
app = App(qt_app)
window = app.open_lesson(app.read_lesson(sys.argv[1]))
qt_app.processEvents()
window.grab()
from PySide6 import QtCore
print("Qt namespace built:", "Qt" in QtCore.__dict__)
print("style sheet:", bool(qt_app.styleSheet()))
from literacy_app.core.text import token_pattern
print("word pattern compiled:", token_pattern.cache_info().currsize > 0)
print("modules:", " ".join(sorted(sys.modules)))
"""


def start(tmp_path) -> dict[str, str]:  # type: ignore[no-untyped-def]
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", LITERACY_APP_DATA=str(tmp_path))
    done = subprocess.run([sys.executable, "-c", OPEN_THE_SEED_LESSON, str(SEED_LESSON)], capture_output=True,
                          text=True, env=environment, check=True, timeout=120)
    return dict(line.split(": ", 1) for line in done.stdout.splitlines() if ": " in line)


def test_the_lesson_window_opens_without_qts_enum_namespace_or_a_style_sheet(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # PySide builds all ~150 enums of ``Qt`` on first use (about 16 ms); a style sheet slows every widget.
    start(tmp_path)  # the first start checks the lesson file and caches it, as on a student's first day
    seen = start(tmp_path)
    assert seen["Qt namespace built"] == "False"
    assert seen["style sheet"] == "False"  # the default, light theme
    assert seen["word pattern compiled"] == "False"  # not needed before the first Check
    modules = set(seen["modules"].split())
    for rarely_needed in ("literacy_app.core.loader", "literacy_app.ui.library_window", "literacy_app.ui.summary_view",
                          "literacy_app.ui.help_dialog", "literacy_app.ui.printing", "yaml"):
        assert rarely_needed not in modules, rarely_needed
