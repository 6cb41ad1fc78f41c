"""The user's teacher-mode setting and remembered window sizes (issue 12)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from literacy_app.core.settings import (
    LabConfig,
    Settings,
    load_settings,
    save_settings,
    screen_key,
    teacher_mode_allowed,
)


def test_teacher_mode_needs_the_flag_or_the_setting_and_a_lab_that_allows_it() -> None:
    student, teacher = Settings(), Settings(teacher_mode=True)
    allowed, forbidden = LabConfig(teacher_view=True), LabConfig(teacher_view=False)
    assert not teacher_mode_allowed(False, student, allowed)
    assert teacher_mode_allowed(True, student, allowed)
    assert teacher_mode_allowed(False, teacher, allowed)
    assert not teacher_mode_allowed(True, teacher, forbidden)  # the lab's word is final
    assert not teacher_mode_allowed(False, teacher, forbidden)


def test_window_sizes_are_remembered_per_screen(tmp_path: Path) -> None:
    settings = Settings()
    settings.remember_window_size(screen_key("eDP-1", 1024, 768), 1000, 700)
    settings.remember_window_size(screen_key("HDMI-1", 1920, 1080), 1400, 900)
    save_settings(tmp_path, settings)
    again = load_settings(tmp_path)
    assert again.window_size("eDP-1 1024x768") == (1000, 700)
    assert again.window_size("HDMI-1 1920x1080") == (1400, 900)
    assert again.window_size("eDP-1 1280x800") is None  # another resolution: start afresh


@pytest.mark.parametrize("stored", [
    {"teacher_mode": "yes", "window_sizes": {"a": [1, 2], "b": "big", "c": [800], "d": [True, 700]}},
    {"teacher_mode": 1, "window_sizes": ["eDP-1", 800, 600]},
    {"window_sizes": {"a": [800.5, 600]}},
])
def test_a_damaged_settings_file_gives_safe_values(tmp_path: Path, stored: dict[str, object]) -> None:
    (tmp_path / "settings.json").write_text(json.dumps(stored), encoding="utf-8")
    settings = load_settings(tmp_path)
    assert settings.teacher_mode is False  # only a real true turns teacher mode on
    assert settings.window_sizes == {}
