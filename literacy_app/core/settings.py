"""The student's preferences (text size, theme) and a lab's configuration, as small JSON files."""

from __future__ import annotations

import json
from pathlib import Path

from literacy_app.core.files import write_atomically
from literacy_app.core.lab import LabConfig, load_lab_config  # moved to core/lab.py; kept here for old imports
from literacy_app.core.record import Record, as_dict, field, fields

__all__ = ["LabConfig", "Settings", "load_lab_config", "load_settings", "save_settings"]

THEMES = ("light", "dark", "high-contrast")
TEXT_SIZES = (9, 10, 11, 12, 13, 14, 16, 18, 20, 22, 24, 28, 32)


class Settings(Record, frozen=False):
    text_size: int = 12
    theme: str = "light"
    language: str = ""  # View > Language; empty: the lab's or the system's language
    teacher_mode: bool = False  # a teacher's own account: the teacher view may be used without --teacher
    # The lesson window's last size on each screen, by ``screen_key``: a laptop and a projector differ.
    window_sizes: dict[str, tuple[int, int]] = field(default_factory=dict)

    def window_size(self, screen: str) -> tuple[int, int] | None:
        return self.window_sizes.get(screen)

    def remember_window_size(self, screen: str, width: int, height: int) -> None:
        self.window_sizes[screen] = (width, height)

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
    settings.teacher_mode = settings.teacher_mode is True
    settings.window_sizes = _window_sizes(settings.window_sizes)
    return settings


def _window_sizes(raw: object) -> dict[str, tuple[int, int]]:
    """The remembered sizes that make sense; a hand-edited or damaged entry is dropped."""
    sizes: dict[str, tuple[int, int]] = {}
    for screen, size in raw.items() if isinstance(raw, dict) else ():
        if (isinstance(screen, str) and isinstance(size, (list, tuple)) and len(size) == 2
                and all(isinstance(n, int) and not isinstance(n, bool) and 100 <= n <= 20000 for n in size)):
            sizes[screen] = (size[0], size[1])
    return sizes


def screen_key(name: str, width: int, height: int) -> str:
    """Which screen a size is remembered for: its name and its size, so a changed resolution starts afresh."""
    return f"{name} {width}x{height}"


def teacher_mode_allowed(asked: bool, settings: Settings, lab: LabConfig) -> bool:
    """Teacher mode (the teacher view with every answer) needs ``--teacher`` or the user's setting, and a
    lab that has not forbidden it."""
    return lab.teacher_view and (asked or settings.teacher_mode)


def save_settings(folder: Path, settings: Settings) -> None:
    try:
        write_atomically(folder / "settings.json", json.dumps(as_dict(settings)))
    except OSError:
        pass  # a preference that cannot be saved is not worth interrupting a lesson for
