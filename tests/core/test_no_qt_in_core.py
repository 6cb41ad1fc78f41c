"""The core is plain Python: importing any of it, in a fresh interpreter, never loads Qt."""

from __future__ import annotations

import json
import pkgutil
import subprocess
import sys
from pathlib import Path

import literacy_app.core

ROOT = Path(__file__).resolve().parents[2]
QT = ("PySide6", "shiboken6", "PyQt5", "PyQt6", "PySide2")

# Runs in the fresh interpreter: notes every attempt to import Qt (even one that a try/except would hide),
# imports the given modules, and prints what happened as JSON.
PROBE = """
import importlib, json, sys
QT = {qt!r}
attempts = []

class Watch:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in QT:
            attempts.append(name)
        return None

sys.meta_path.insert(0, Watch())
failed = {{}}
for module in {modules!r}:
    try:
        importlib.import_module(module)
    except Exception as exc:  # reported, so that a broken module cannot hide a Qt import
        failed[module] = repr(exc)
loaded = sorted(m for m in sys.modules if m.split(".")[0] in QT)
print(json.dumps({{"attempts": attempts, "loaded": loaded, "failed": failed}}))
"""


def core_modules() -> list[str]:
    return sorted(m.name for m in pkgutil.walk_packages(literacy_app.core.__path__, "literacy_app.core."))


def probe(modules: list[str]) -> dict[str, object]:
    done = subprocess.run([sys.executable, "-c", PROBE.format(qt=QT, modules=modules)], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_every_core_module_is_found():
    modules = core_modules()
    for expected in ("loader", "yamlsource", "matching", "anchoring", "grading", "text", "library", "model"):
        assert f"literacy_app.core.{expected}" in modules


def test_importing_every_core_module_never_imports_qt():
    report = probe(["literacy_app.core"] + core_modules())
    assert report["failed"] == {}
    assert report["attempts"] == [] and report["loaded"] == []


def test_the_command_line_needs_no_qt_until_a_window_opens():
    report = probe(["literacy_app.cli", "literacy_app.i18n"])
    assert report["failed"] == {}
    assert report["attempts"] == [] and report["loaded"] == []


def test_the_probe_does_see_a_qt_import():
    report = probe(["json", "PySide6"] if _has_pyside6() else ["json"])
    if _has_pyside6():
        assert "PySide6" in report["attempts"] and "PySide6" in report["loaded"]
    else:  # without Qt installed the import fails, but the attempt is still seen
        report = probe(["PySide6"])
        assert report["attempts"] == ["PySide6"] and "PySide6" in report["failed"]


def _has_pyside6() -> bool:
    import importlib.util

    return importlib.util.find_spec("PySide6") is not None
