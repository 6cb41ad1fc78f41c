"""What the real start-up commands must not do: each of these costs a noticeable part of the start-up budget.

Timing itself is measured by ``benchmarks/startup.py``, never here. These tests run the same command a
student's shortcut runs (``literacy-app open LESSON`` and bare ``literacy-app``, through ``cli.main``) in a
fresh process, up to the moment the first window is on screen, and keep known slow steps from creeping back
onto that path (docs/developing.md, "What keeps start-up quick").
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QIcon

from tests.support.paths import SEED_LESSON

# Runs the command line as installed, then says what was loaded once the window was shown.
RUN_THE_COMMAND = """
import atexit, sys

read_as_source = []  # Python files read as text through linecache: PySide's look for ``__feature__``

def audit(event, arguments):
    if event == "open" and str(arguments[0]).endswith(".py"):
        frame = sys._getframe(1)
        while frame is not None and not frame.f_code.co_filename.endswith("linecache.py"):
            frame = frame.f_back
        if frame is not None:
            read_as_source.append(str(arguments[0]))

sys.addaudithook(audit)

def what_was_loaded():
    print("read as source:", " ".join(read_as_source))
    import gc
    print("garbage collection:", gc.isenabled())
    from PySide6 import QtCore, QtWidgets
    print("Qt namespace built:", "Qt" in QtCore.__dict__)
    from PySide6 import QtGui
    print("QIcon built:", "QIcon" in QtGui.__dict__)
    app = QtWidgets.QApplication.instance()
    print("style sheet:", bool(app and app.styleSheet()))
    text = sys.modules.get("literacy_app.core.text")
    print("word pattern compiled:", bool(text and text.token_pattern.cache_info().currsize))
    print("modules:", " ".join(sorted(sys.modules)))
    names = list(sys.modules)  # in the order they were first imported
    after_qt = names[names.index("PySide6") + 1:]
    print("engine after Qt:", " ".join(n for n in after_qt if n.startswith("literacy_app.")
                                       and not n.startswith("literacy_app.ui")))

atexit.register(what_was_loaded)
from literacy_app.cli import main
sys.exit(main(sys.argv[1:]))
"""

# Needed only by a teacher's command, a rarely used window, or a lesson file not yet checked. (argparse is
# not here: PySide's own signature module loads it.)
NEVER_ON_THE_START_PATH = (
    "yaml", "difflib", "unicodedata", "importlib.resources", "datetime", "dataclasses", "regex",
    "literacy_app.core.loader", "literacy_app.core.checks", "literacy_app.core.yamlsource",
    "literacy_app.authoring", "literacy_app.commands.lesson_key", "literacy_app.commands.drafting",
    "literacy_app.ui.summary_view", "literacy_app.ui.help_dialog", "literacy_app.ui.printing",
)


def start(data: Path, *arguments: str) -> dict[str, str]:
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", LITERACY_APP_DATA=str(data),
                       LITERACY_APP_QUIT_WHEN_SHOWN="1")
    done = subprocess.run([sys.executable, "-c", RUN_THE_COMMAND, *arguments], capture_output=True, text=True,
                          env=environment, check=True, timeout=120)
    assert "shown " in done.stdout, done.stderr
    return dict(line.split(": ", 1) for line in done.stdout.splitlines() if ": " in line)


@pytest.mark.parametrize("arguments", [("open", str(SEED_LESSON)), ()], ids=["open LESSON", "library"])
def test_a_start_with_checked_lessons_loads_only_what_the_window_needs(tmp_path: Path, arguments: tuple[str, ...]) -> None:
    start(tmp_path, *arguments)  # the first start checks the lesson files and caches them, as on a first day
    seen = start(tmp_path, *arguments)
    # PySide builds all ~150 enums of ``Qt`` on first use; a style sheet slows every widget.
    assert seen["Qt namespace built"] == "False"
    assert seen["QIcon built"] == "False"  # with its 151-member ThemeIcon enum: QAction(text, parent) builds it
    assert seen["style sheet"] == "False"  # the default, light theme
    assert seen["word pattern compiled"] == "False"  # not needed before the window is on screen
    assert seen["garbage collection"] == "False"  # held back until the window is up
    modules = set(seen["modules"].split())
    assert [name for name in NEVER_ON_THE_START_PATH if name in modules] == []
    # PySide6 reads the source of each module imported after it: the engine is imported first, in cli.launch
    assert seen["engine after Qt"].split() == [], "add these to the imports in literacy_app.cli.launch"
    # ... and of each module named in an import run after it: literacy_app.ui tells it which it need not read
    assert [path for path in seen["read as source"].split() if "literacy_app" in path] == []


def test_the_check_can_fail(tmp_path: Path) -> None:
    """A teacher's command loads the loader: the check above would see it."""
    done = subprocess.run([sys.executable, "-c", RUN_THE_COMMAND, "validate", str(SEED_LESSON)],
                          capture_output=True, text=True, env=dict(os.environ, LITERACY_APP_DATA=str(tmp_path)),
                          timeout=120)
    modules = dict(line.split(": ", 1) for line in done.stdout.splitlines() if ": " in line)["modules"].split()
    assert "literacy_app.core.loader" in modules and "yaml" in modules


def test_the_icon_and_garbage_collection_come_once_the_window_is_up(qtbot) -> None:  # type: ignore[no-untyped-def]
    import gc

    from PySide6.QtWidgets import QApplication

    from literacy_app.ui.app import AFTER_THE_START_MS, finish_starting_once_shown, make_qt_app

    QApplication.instance().setWindowIcon(QIcon())  # type: ignore[union-attr]
    qt_app = make_qt_app()
    gc.disable()  # as cli.launch does
    try:
        finish_starting_once_shown(qt_app)
        qtbot.waitUntil(lambda: not qt_app.windowIcon().isNull(), timeout=AFTER_THE_START_MS + 2000)
        assert gc.isenabled()
    finally:
        gc.enable()
