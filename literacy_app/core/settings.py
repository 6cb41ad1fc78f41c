"""The student's preferences (text size, theme) and a lab's configuration, as small JSON files."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import NamedTuple

from literacy_app.core.files import setting_path, write_atomically

THEMES = ("light", "dark", "high-contrast")
TEXT_SIZES = (9, 10, 11, 12, 13, 14, 16, 18, 20, 22, 24, 28, 32)


@dataclass
class Settings:
    text_size: int = 12
    theme: str = "light"

    def bigger(self) -> None:
        self.text_size = next((s for s in TEXT_SIZES if s > self.text_size), self.text_size)

    def smaller(self) -> None:
        self.text_size = next((s for s in reversed(TEXT_SIZES) if s < self.text_size), self.text_size)


def load_settings(folder: Path) -> Settings:
    """The saved settings; defaults for anything missing or unreadable (settings are never worth an error)."""
    try:
        raw = json.loads((folder / "settings.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Settings()
    known = {f.name for f in fields(Settings)}
    settings = Settings(**{k: v for k, v in raw.items() if k in known} if isinstance(raw, dict) else {})
    if settings.theme not in THEMES:
        settings.theme = "light"
    if not isinstance(settings.text_size, int) or not 6 <= settings.text_size <= 48:
        settings.text_size = 12
    return settings


def save_settings(folder: Path, settings: Settings) -> None:
    try:
        write_atomically(folder / "settings.json", json.dumps(asdict(settings)))
    except OSError:
        pass  # a preference that cannot be saved is not worth interrupting a lesson for


class LabConfig(NamedTuple):
    """What a lab administrator decides for every student machine (see docs/lab-setup.md)."""

    teacher_view: bool = True


def load_lab_config() -> LabConfig:
    """``LITERACY_APP_LAB_CONFIG`` names a JSON file such as {"teacher_view": false}."""
    path = os.environ.get("LITERACY_APP_LAB_CONFIG")
    if not path:
        return LabConfig()
    try:
        raw = json.loads(setting_path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return LabConfig(teacher_view=False)  # a lab that asked for a config gets the cautious default
    return LabConfig(teacher_view=bool(raw.get("teacher_view", True)) if isinstance(raw, dict) else False)
