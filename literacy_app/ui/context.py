"""What every window needs from the app, handed in rather than reached for as globals."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from literacy_app.core.progress import ProgressStore
from literacy_app.core.record import Record, field
from literacy_app.core.settings import LabConfig, Settings, save_settings
from literacy_app.ui.themes import THEMES, Theme

if TYPE_CHECKING:
    from literacy_app.core.results.recorder import Recorder
    from literacy_app.core.session import LessonSession


class AppContext(Record, frozen=False):
    data_folder: Path
    settings: Settings
    lab: LabConfig
    store: ProgressStore
    open_library: Callable[[], object] = lambda: None
    open_attempt: Callable[[LessonSession], object] = lambda _session: None  # read-only, for Class results
    settings_changed: list[Callable[[], None]] = field(default_factory=list)
    another_copy_running: bool = False
    recorder: Recorder | None = None  # class results; None for self-study (no lab configuration)

    @property
    def theme(self) -> Theme:
        return THEMES[self.settings.theme]

    @property
    def user_lessons_folder(self) -> Path:
        return self.data_folder / "lessons"

    def change_settings(self) -> None:
        save_settings(self.data_folder, self.settings)
        for listener in list(self.settings_changed):
            listener()
