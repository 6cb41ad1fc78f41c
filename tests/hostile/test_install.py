"""An install from a checkout without symbolic links (Windows' default) carries the lessons and the icon.

Clones the committed project with ``core.symlinks=false``, installs it (not editable) into a fresh venv
with pip, the way docs/lab-setup.md says, and looks for the seven lessons and the icon in the installed
package, from a folder far from the checkout. pip builds offline from the machine's index and cache, as
the README's command does; ``--no-deps`` keeps it to the project itself (about 15 s).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.paths import REPO

FIND = """
import json, literacy_app
from literacy_app.core.library import bundled_asset, bundled_lessons_folder, lesson_paths
folder = bundled_lessons_folder()
print(json.dumps({"package": literacy_app.__file__, "lessons": [p.name for p in lesson_paths(folder)],
                  "icon": str(bundled_asset("icon.png"))}))
"""


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_an_install_from_a_checkout_without_links_has_the_lessons_and_the_icon(tmp_path: Path) -> None:
    source = tmp_path / "checkout"
    subprocess.run(["git", "clone", "-q", "-c", "core.symlinks=false", str(REPO), str(source)], check=True,
                   timeout=120)
    links = subprocess.run(["git", "ls-files", "-s"], cwd=source, capture_output=True, text=True, check=True)
    assert not [line for line in links.stdout.splitlines() if line.startswith("120000")], \
        "the project holds symbolic links, which a checkout on Windows does not have"
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=120)
    python = venv / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")
    subprocess.run([str(python), "-m", "pip", "install", "-q", "--no-deps", str(source)], check=True,
                   timeout=600, capture_output=True)
    shutil.rmtree(source)  # the installed app must not lean on the checkout
    away = tmp_path / "elsewhere"
    away.mkdir()
    done = subprocess.run([str(python), "-c", FIND], cwd=away, capture_output=True, text=True, check=True,
                          timeout=120)
    import json

    found = json.loads(done.stdout)
    assert str(venv) in found["package"]
    assert found["lessons"] and found["lessons"] == sorted(p.name for p in (REPO / "lessons").glob("*.yaml"))
    assert found["icon"].startswith(str(venv)) and Path(found["icon"]).read_bytes()[:4] == b"\x89PNG"


def test_the_app_run_from_a_checkout_finds_the_lessons_and_the_icon() -> None:
    from literacy_app.core.library import bundled_asset, bundled_lessons_folder

    assert bundled_lessons_folder() == REPO / "lessons"
    assert bundled_asset("icon.png") == REPO / "assets" / "icon.png"
    assert bundled_asset("no-such-icon.png") is None


def test_an_installation_without_its_lessons_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from literacy_app.core import library

    empty = tmp_path / "bundled_lessons"
    empty.mkdir()
    monkeypatch.setattr(library, "bundled_lessons_folder", lambda: empty)
    found = library.load_library([empty])
    assert len(found.files) == 1 and not found.lessons
    problem = found.files[0].problems[0]
    assert "lessons that come with the app are missing" in problem.message
