"""Path settings as an administrator writes them: with ``~``, in quotes where no shell expands it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from literacy_app.core.files import setting_path
from literacy_app.core.library import lesson_folders
from literacy_app.core.settings import load_lab_config


def test_a_tilde_is_expanded_in_every_path_setting(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    assert setting_path("~/x") == tmp_path / "x"
    assert setting_path("  ~/with space/ ") == tmp_path / "with space"
    monkeypatch.setenv("LITERACY_APP_LESSONS", "~/class-lessons")
    assert lesson_folders()[-1] == tmp_path / "class-lessons"
    (tmp_path / "lab.json").write_text(json.dumps({"teacher_view": True}), encoding="utf-8")
    monkeypatch.setenv("LITERACY_APP_LAB_CONFIG", "~/lab.json")
    assert load_lab_config().teacher_view  # read from the expanded path, not refused as unreadable


def test_the_data_folder_setting_is_expanded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("PySide6")
    from literacy_app.ui.app import data_folder

    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("LITERACY_APP_DATA", "~/literacy-data")
    assert data_folder() == tmp_path / "literacy-data"
