"""The student's preferences (text size, theme) and a lab's configuration, as small JSON files."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from literacy_app.core.lab import LabConfig, load_lab_config  # moved to core/lab.py; kept here for old imports
from literacy_app.core.progress import write_atomically

__all__ = ["LabConfig", "Settings", "load_lab_config", "load_settings", "save_settings"]

THEMES = ("light", "dark", "high-contrast")
TEXT_SIZES = (9, 10, 11, 12, 13, 14, 16, 18, 20, 22, 24, 28, 32)


@dataclass
class Settings:
    text_size: int = 12
    theme: str = "light"
    language: str = ""  # View > Language; empty: the lab's or the system's language

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
    if not isinstance(settings.language, str):
        settings.language = ""
    if not isinstance(settings.text_size, int) or not 6 <= settings.text_size <= 48:
        settings.text_size = 12
    return settings


def save_settings(folder: Path, settings: Settings) -> None:
    try:
        write_atomically(folder / "settings.json", json.dumps(asdict(settings)))
    except OSError:
        pass  # a preference that cannot be saved is not worth interrupting a lesson for
