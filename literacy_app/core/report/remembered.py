"""The results source a teacher chose last time, kept in the data folder (never the password)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import NamedTuple

from literacy_app.core.files import write_atomically

FILE_NAME = "class-results.json"


class SourceChoice(NamedTuple):
    kind: str = "folder"  # "folder" or "lrs"
    folder: str = ""
    endpoint: str = ""
    username: str = ""
    class_id: str = ""
    lesson_id: str = ""  # "" for every lesson


def load_choice(data_folder: Path) -> SourceChoice:
    try:
        raw = json.loads((data_folder / FILE_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return SourceChoice()
    if not isinstance(raw, dict):
        return SourceChoice()
    known = {k: str(v) for k, v in raw.items() if k in SourceChoice._fields and isinstance(v, str)}
    choice = SourceChoice(**known)
    return choice if choice.kind in ("folder", "lrs") else choice._replace(kind="folder")


def save_choice(data_folder: Path, choice: SourceChoice) -> None:
    try:
        write_atomically(data_folder / FILE_NAME, json.dumps(choice._asdict(), ensure_ascii=False, indent=1))
    except OSError:
        pass  # a choice that cannot be remembered is asked again next time
