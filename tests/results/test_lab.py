"""The lab configuration: a system-wide file students cannot override, and clear messages for mistakes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from literacy_app.core.lab import DEFAULT_IRI_BASE, LabConfig, load_lab_config, read_lab_file, system_config_files
from literacy_app.core.settings import LabConfig as OldLabConfig
from literacy_app.core.settings import load_lab_config as old_load_lab_config

SYSTEM = {
    "teacher_view": True,
    "lrs": {"endpoint": "https://lrs.school.example.org/xapi/", "username": "lab", "password": "secret"},
    "homepage": "https://school.example.org",
    "class": "7B",
    "results_folder": "/mnt/results",
    "ask_name": False,
}


def write(path: Path, data: object) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=2) if not isinstance(data, str) else data, encoding="utf-8")
    return path


def test_the_old_names_still_work() -> None:
    assert OldLabConfig is LabConfig and old_load_lab_config is load_lab_config


def test_no_lab_file_is_self_study(tmp_path: Path) -> None:
    config = load_lab_config([tmp_path / "nowhere.json"], environ={})
    assert config == LabConfig() and config.teacher_view and not config.recording and not config.sending


def test_every_field_is_read(tmp_path: Path) -> None:
    config = load_lab_config([write(tmp_path / "etc" / "lab.json", SYSTEM)], environ={})
    assert config.problems == ()
    assert (config.lrs_endpoint, config.lrs_username, config.lrs_password) == (
        "https://lrs.school.example.org/xapi", "lab", "secret")
    assert (config.homepage, config.class_id, config.results_folder) == ("https://school.example.org", "7B", "/mnt/results")
    assert config.recording and config.sending and config.iri_base == DEFAULT_IRI_BASE


def test_a_password_file_beside_the_lab_file(tmp_path: Path) -> None:
    (tmp_path / "lrs-password").write_text("s3cret\n", encoding="utf-8")
    lab = dict(SYSTEM, lrs={"endpoint": "https://lrs.example.org", "password_file": "lrs-password"})
    assert read_lab_file(write(tmp_path / "lab.json", lab)).lrs_password == "s3cret"


@pytest.mark.parametrize("student_file", [
    {"teacher_view": True},
    {"lrs": {"endpoint": "http://127.0.0.1:9/xapi"}},
    {"results_folder": "/tmp/mine"},
    {"homepage": "https://elsewhere.example.org", "ask_name": True, "class": "8C"},
    {"iri_base": "https://elsewhere.example.org/xapi"},
    "{ not json",
    ["a list"],
])
def test_a_student_file_or_variable_never_lifts_a_restriction(tmp_path: Path, student_file: object) -> None:
    system = write(tmp_path / "etc" / "lab.json", dict(SYSTEM, teacher_view=False))
    mine = write(tmp_path / "home" / "lab.json", student_file)
    config = load_lab_config([system], environ={"LITERACY_APP_LAB_CONFIG": str(mine)})
    alone = load_lab_config([system], environ={})
    assert config.teacher_view is False
    for field in ("lrs_endpoint", "lrs_password", "results_folder", "homepage", "class_id", "ask_name", "iri_base",
                  "recording"):
        assert getattr(config, field) == getattr(alone, field), field


def test_a_student_file_may_add_a_restriction(tmp_path: Path) -> None:
    system = write(tmp_path / "etc" / "lab.json", SYSTEM)
    mine = write(tmp_path / "home" / "lab.json", {"teacher_view": False})
    assert load_lab_config([system], environ={"LITERACY_APP_LAB_CONFIG": str(mine)}).teacher_view is False
    assert load_lab_config([system], environ={}).teacher_view is True


def test_without_a_system_file_the_variable_names_the_lab_file(tmp_path: Path) -> None:
    mine = write(tmp_path / "lab.json", {"teacher_view": False})
    config = load_lab_config([tmp_path / "nowhere.json"], environ={"LITERACY_APP_LAB_CONFIG": str(mine)})
    assert config.teacher_view is False and config.recording and not config.sending


@pytest.mark.parametrize(("text", "line", "field", "words"), [
    ('{\n  "teacher_view": false,\n  "class": "7B",\n}', 4, "", "not valid JSON"),
    ('{\n  "teacher_view": "no"\n}', 2, "teacher_view", "true or false"),
    ('{\n  "homepage": "https://s.example.org",\n  "lrs": {\n    "endpoint": "lrs.example.org"\n  }\n}', 4,
     "lrs.endpoint", "https://"),
    ('{\n  "homepage": "https://s.example.org",\n  "teacher_veiw": false\n}', 3, "teacher_veiw", "not a field"),
    ('{\n  "lrs": {"endpoint": "https://lrs.example.org"}\n}', 1, "homepage", "is needed"),
    ('{"lrs": {"endpoint": "https://l.example.org", "password_file": "/nonexistent/pw"}, "homepage": "https://s.example.org"}',
     1, "lrs.password_file", "cannot be read"),
])
def test_a_bad_file_names_file_line_and_field_and_starts_cautious(tmp_path: Path, text: str, line: int,
                                                                  field: str, words: str) -> None:
    path = write(tmp_path / "lab.json", text)
    config = load_lab_config([path], environ={})
    assert config.problems, "the mistake is reported"
    problem = config.problems[0]
    assert (problem.path, problem.line, problem.field) == (str(path), line, field)
    assert words in problem.message
    assert str(problem).startswith(f"{path}:{line}: ")
    assert config.teacher_view is False and config.recording and not config.sending  # results stay in the outbox


def test_the_system_files_are_found_without_qt() -> None:
    assert system_config_files({}, "linux") == [Path("/etc/xdg/media-literacy-lab/lab.json")]
    assert system_config_files({"XDG_CONFIG_DIRS": "/etc/xdg/kde:/etc/xdg"}, "linux") == [
        Path("/etc/xdg/kde/media-literacy-lab/lab.json"), Path("/etc/xdg/media-literacy-lab/lab.json")]
    assert system_config_files({"PROGRAMDATA": r"D:\ProgramData"}, "win32") == [
        Path(r"D:\ProgramData") / "media-literacy-lab" / "lab.json"]
    assert system_config_files({}, "darwin") == [Path("/Library/Application Support/media-literacy-lab/lab.json")]


def test_the_first_system_folder_that_has_a_file_wins(tmp_path: Path) -> None:
    first = tmp_path / "a" / "media-literacy-lab" / "lab.json"
    second = write(tmp_path / "b" / "media-literacy-lab" / "lab.json", SYSTEM)
    environ = {"XDG_CONFIG_DIRS": f"{tmp_path / 'a'}:{tmp_path / 'b'}"}
    assert load_lab_config(environ=environ).files == (str(second),)
    write(first, {"teacher_view": False})
    assert load_lab_config(environ=environ).files == (str(first),)
