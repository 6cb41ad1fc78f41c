"""A lab's configuration: what the school decides for every student machine (see docs/lab-setup.md).

Two kinds of file are read:

- the **system-wide** file, written by an administrator where students cannot write: on Linux and other
  Unix systems ``media-literacy-lab/lab.json`` in each folder of ``$XDG_CONFIG_DIRS`` (default ``/etc/xdg``,
  the folders Qt lists as ``QStandardPaths.GenericConfigLocation``'s system entries), on Windows
  ``%PROGRAMDATA%\\media-literacy-lab\\lab.json``, on macOS
  ``/Library/Application Support/media-literacy-lab/lab.json``. The core finds these itself, without Qt;
- the file named by ``LITERACY_APP_LAB_CONFIG``, which anyone can set.

With no system-wide file, the named file is the lab's configuration (as before). When the system-wide file
exists it decides, and the named file may only add restrictions (switch the teacher view off): it never
lifts one, changes where results go, or changes who the student is.

A file with a mistake is reported with its file, line and field, and the app starts with the cautious
defaults: teacher view off, nothing sent, results kept in the outbox until the file is fixed.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from literacy_app.core.files import setting_path
from literacy_app.core.record import Record, replace
from literacy_app.i18n import _

APP_FOLDER = "media-literacy-lab"
FILE_NAME = "lab.json"
ENVIRONMENT_VARIABLE = "LITERACY_APP_LAB_CONFIG"

# The base of the activity ids (lessons, exercises, class) when the lab file names none; see
# docs/results-format.md. Not dereferenceable on purpose (.invalid is reserved): a school that wants its own
# sets ``iri_base``.
DEFAULT_IRI_BASE = "https://media-literacy-lab.invalid/xapi"


class LabProblem(Record):
    """A mistake in a lab file, with where it is (line counts from 1; 0 when the file could not be read)."""

    path: str
    line: int
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"


class LabConfig(Record):
    """What a lab administrator decides for every student machine.

    ``LabConfig()`` is self-study at home: teacher view on, nothing recorded, nothing sent.
    """

    teacher_view: bool = True
    recording: bool = False  # statements are written to the outbox (a lab configuration exists)
    lrs_endpoint: str | None = None
    lrs_username: str | None = None
    lrs_password: str | None = None
    homepage: str | None = None
    class_id: str | None = None
    results_folder: str | None = None
    ask_name: bool = False
    iri_base: str = DEFAULT_IRI_BASE
    language: str | None = None  # the interface language, unless the student chose one (View → Language)
    files: tuple[str, ...] = ()  # the files read, system-wide first
    problems: tuple[LabProblem, ...] = ()

    @property
    def sending(self) -> bool:
        """Whether results leave the machine at all (to an LRS or a results folder)."""
        return self.recording and bool(self.lrs_endpoint or self.results_folder)


CAUTIOUS = LabConfig(teacher_view=False, recording=True)

_TEXT_FIELDS = {"homepage": "homepage", "class": "class_id", "results_folder": "results_folder",
                "iri_base": "iri_base", "language": "language"}
_BOOL_FIELDS = {"teacher_view": "teacher_view", "ask_name": "ask_name"}
_LRS_FIELDS = ("endpoint", "username", "password", "password_file")


def _NOT_AN_OBJECT() -> str:  # noqa: N802 - a message, named as one
    return _("the file must hold one JSON object: fields between one pair of braces.")


def system_config_files(environ: Mapping[str, str] | None = None, platform: str | None = None) -> list[Path]:
    """Where a system-wide lab file may be, most important first (the first that exists is used)."""
    environ = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    if platform.startswith("win"):
        base = environ.get("PROGRAMDATA") or environ.get("ALLUSERSPROFILE") or r"C:\ProgramData"
        return [Path(base) / APP_FOLDER / FILE_NAME]
    if platform == "darwin":
        return [Path("/Library/Application Support") / APP_FOLDER / FILE_NAME]
    folders = [f for f in (environ.get("XDG_CONFIG_DIRS") or "/etc/xdg").split(":") if f]
    return [Path(f) / APP_FOLDER / FILE_NAME for f in folders]


def load_lab_config(system_files: Sequence[Path] | None = None,
                    environ: Mapping[str, str] | None = None) -> LabConfig:
    """The lab's configuration from the system-wide file and ``LITERACY_APP_LAB_CONFIG`` (see the module)."""
    environ = os.environ if environ is None else environ
    candidates = system_config_files(environ) if system_files is None else list(system_files)
    system = next((p for p in candidates if p.is_file()), None)
    named = environ.get(ENVIRONMENT_VARIABLE, "").strip() or None
    if named is not None:
        named = str(setting_path(named))  # ~ and $HOME expanded, as in every path setting
    if system is None:
        if named is None:
            return LabConfig()
        return read_lab_file(Path(named))
    config = read_lab_file(system)
    if named is None or Path(named) == system:
        return config
    return _add_restrictions(config, Path(named))


def read_lab_file(path: Path) -> LabConfig:
    """One lab file on its own; any mistake gives the cautious defaults and says where it is."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        return _cautious(path, [LabProblem(str(path), 0, "", _("the lab configuration cannot be read ({reason}).",
                                                                   reason=reason))])
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        return _cautious(path, [LabProblem(str(path), exc.lineno, "", _(
            "this is not valid JSON ({reason}, column {column}).", reason=exc.msg, column=exc.colno))])
    if not isinstance(raw, dict):
        return _cautious(path, [LabProblem(str(path), 1, "", _NOT_AN_OBJECT())])
    values, problems = _read_fields(path, text, raw)
    config = LabConfig(recording=True, files=(str(path),), **values)
    if problems:
        config = replace(config, teacher_view=False, lrs_endpoint=None, results_folder=None,
                                 problems=tuple(problems))
    return config


def _cautious(path: Path, problems: list[LabProblem]) -> LabConfig:
    return replace(CAUTIOUS, files=(str(path),), problems=tuple(problems))


def _read_fields(path: Path, text: str, raw: dict[str, Any]) -> tuple[dict[str, Any], list[LabProblem]]:
    values: dict[str, Any] = {}
    problems: list[LabProblem] = []

    def problem(field: str, message: str) -> None:
        problems.append(LabProblem(str(path), _line_of(text, field), field, message))

    for key, value in raw.items():
        if key in _BOOL_FIELDS:
            if isinstance(value, bool):
                values[_BOOL_FIELDS[key]] = value
            else:
                problem(key, _("must be true or false."))
        elif key in _TEXT_FIELDS:
            if isinstance(value, str) and value.strip():
                values[_TEXT_FIELDS[key]] = value.strip().rstrip("/") if key == "iri_base" else value.strip()
            else:
                problem(key, _("must be a non-empty text in quotes."))
        elif key == "lrs":
            values.update(_read_lrs(path, value, problem))
        else:
            problem(key, _("is not a field of the lab configuration (known fields: {fields}).",
                           fields=", ".join(sorted([*_BOOL_FIELDS, *_TEXT_FIELDS, "lrs"]))))
    for key in ("homepage", "iri_base"):
        value = raw.get(key)
        if isinstance(value, str) and value.strip() and not re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:\S+$", value.strip()):
            problem(key, _("must be an address such as https://school.example.org."))
    if values.get("lrs_endpoint") and not values.get("homepage"):
        problem("homepage", _("is needed with lrs: it tells the school's server which school the logins are from."))
    return values, problems


def _read_lrs(path: Path, value: object, problem: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        problem("lrs", _("must be a group of fields in braces, with at least \"endpoint\": \"https://lrs.example.org/xapi\"."))
        return {}
    values: dict[str, Any] = {}
    for key, item in value.items():
        field = f"lrs.{key}"
        if key not in _LRS_FIELDS:
            problem(field, _("is not a field of lrs (known fields: {fields}).", fields=", ".join(_LRS_FIELDS)))
        elif not isinstance(item, str) or not item:
            problem(field, _("must be a non-empty text in quotes."))
        elif key == "endpoint":
            if not re.match(r"^https?://\S+$", item):
                problem(field, _("must start with https:// (or http://)."))
            else:
                values["lrs_endpoint"] = item.rstrip("/")
        elif key == "password_file":
            secret = Path(item) if Path(item).is_absolute() else path.parent / item
            try:
                values["lrs_password"] = secret.read_text(encoding="utf-8").strip()
            except (OSError, UnicodeDecodeError):
                problem(field, _("the file {file} cannot be read.", file=secret))
        else:
            values[f"lrs_{key}"] = item
    if "password" in value and "password_file" in value:
        problem("lrs.password_file", _("give either lrs.password or lrs.password_file, not both."))
    if "endpoint" not in value:
        problem("lrs.endpoint", _("is missing: the address of the school's Learning Record Store."))
    return values


def _line_of(text: str, field: str) -> int:
    """The line where ``field`` (``lrs.endpoint`` for a nested one) is written; 1 when it is not found."""
    offset = 0
    for part in field.split("."):
        match = re.compile(r'"' + re.escape(part) + r'"\s*:').search(text, offset)
        if match is None:
            break
        offset = match.start()
    return text.count("\n", 0, offset) + 1


def _add_restrictions(config: LabConfig, path: Path) -> LabConfig:
    """A file in the student's reach, read over the system-wide one: it may only add restrictions.

    Every other field in it is ignored with a note, and a broken one switches the teacher view off (the
    cautious reading) but can never stop results being sent.
    """
    notes = list(config.problems)
    teacher_view = config.teacher_view
    try:
        text = path.read_text(encoding="utf-8")
        raw = json.loads(text)
    except (OSError, ValueError) as exc:
        line = exc.lineno if isinstance(exc, json.JSONDecodeError) else 0
        notes.append(LabProblem(str(path), line, "", _("this file cannot be read, so the teacher view is off.")))
        raw, text, teacher_view = None, "", False
    if raw is not None and not isinstance(raw, dict):
        notes.append(LabProblem(str(path), 1, "", _NOT_AN_OBJECT()))
        raw, teacher_view = None, False
    for key, value in (raw or {}).items():
        if key == "teacher_view" and isinstance(value, bool):
            teacher_view = teacher_view and value
        elif key == "teacher_view":
            notes.append(LabProblem(str(path), _line_of(text, key), key, _("must be true or false.")))
            teacher_view = False
        else:
            notes.append(LabProblem(str(path), _line_of(text, key), key, _(
                "is ignored: the lab's configuration in {system} decides it.", system=config.files[0])))
    return replace(config, teacher_view=teacher_view, files=config.files + (str(path),), problems=tuple(notes))
