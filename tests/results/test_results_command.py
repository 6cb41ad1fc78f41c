"""``literacy-app results status|send`` and their exit codes, against the real LRS."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from literacy_app.cli import main
from literacy_app.commands.results import data_folder
from literacy_app.core.lab import load_lab_config
from literacy_app.core.results.recorder import Recorder
from tests.results.helpers import HOMEPAGE, LEARNER, finish_seed_lesson
from tests.results.ralph_server import PASSWORD, USERNAME, RalphServer


def lab_file(tmp_path: Path, endpoint: str, password: str = PASSWORD) -> Path:
    path = tmp_path / "lab.json"
    path.write_text(json.dumps({"lrs": {"endpoint": endpoint, "username": USERNAME, "password": password},
                                "homepage": HOMEPAGE, "class": "7B", "teacher_view": False}), encoding="utf-8")
    return path


def test_nothing_recorded_without_a_lab(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["results", "status"]) == 0
    assert "not recorded" in capsys.readouterr().out


def test_status_then_send_for_a_logout_script(ralph: RalphServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("LITERACY_APP_LAB_CONFIG", str(lab_file(tmp_path, ralph.endpoint)))
    _, made = finish_seed_lesson(Recorder(load_lab_config(), data_folder(), LEARNER))
    assert main(["results", "status"]) == 1
    assert f"{len(made)} results waiting to be sent" in capsys.readouterr().out
    assert ralph.stored() == []  # status only looks
    assert main(["results", "send"]) == 0
    assert "All results sent" in capsys.readouterr().out
    assert len(ralph.stored()) == len(made)


def test_a_refused_password_is_exit_status_3(ralph: RalphServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("LITERACY_APP_LAB_CONFIG", str(lab_file(tmp_path, ralph.endpoint, password="wrong")))
    finish_seed_lesson(Recorder(load_lab_config(), data_folder(), LEARNER))
    assert main(["results", "send"]) == 3
    assert "refused the password" in capsys.readouterr().out


def test_a_server_that_is_down_is_exit_status_1(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("LITERACY_APP_LAB_CONFIG", str(lab_file(tmp_path, "http://127.0.0.1:9/xapi")))
    finish_seed_lesson(Recorder(load_lab_config(), data_folder(), LEARNER))
    assert main(["results", "send"]) == 1
    assert "cannot be reached" in capsys.readouterr().out


def test_a_mistake_in_the_lab_file_is_exit_status_3(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "lab.json"
    path.write_text('{"teacher_view": "no"}', encoding="utf-8")
    monkeypatch.setenv("LITERACY_APP_LAB_CONFIG", str(path))
    assert main(["results", "status"]) == 3
    assert f"{path}:1: teacher_view: must be true or false." in capsys.readouterr().err


def test_the_data_folder_is_the_one_the_app_uses(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    monkeypatch.delenv("LITERACY_APP_DATA")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    names = QCoreApplication.organizationName(), QCoreApplication.applicationName()
    QCoreApplication.setOrganizationName("media-literacy-lab")
    QCoreApplication.setApplicationName("literacy-app")
    try:
        assert data_folder() == Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    finally:
        QCoreApplication.setOrganizationName(names[0])
        QCoreApplication.setApplicationName(names[1])
