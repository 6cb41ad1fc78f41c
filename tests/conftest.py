"""Shared test set-up: Qt runs headless, and no test touches the real user's data folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["LITERACY_APP_LANGUAGE"] = "en"  # the tests read the English interface, whatever the machine's language



@pytest.fixture(autouse=True)
def _private_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "user-data"
    monkeypatch.setenv("LITERACY_APP_DATA", str(folder))
    monkeypatch.delenv("LITERACY_APP_LESSONS", raising=False)
    monkeypatch.delenv("LITERACY_APP_LAB_CONFIG", raising=False)
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(tmp_path / "no-system-config"))  # no lab file of this machine
    return folder
