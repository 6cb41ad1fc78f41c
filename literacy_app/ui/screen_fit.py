"""Windows that open within the screen they are on, at the size last used on that screen.

A lab's screens differ (1024x768 projectors beside wide monitors): a size remembered for one screen is
never used on another, and no window opens larger than the part of the screen a window may use, so no
button starts off-screen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QWidget

from literacy_app.core.settings import save_settings, screen_key
from literacy_app.ui.context import AppContext

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

FRAME_ALLOWANCE = (16, 40)  # the title bar and borders, until the window manager has told us their size


def available_geometry(screen: QScreen) -> QRect:
    """The part of the screen a window may use (without task bars); a function, so tests and the
    screenshots can pretend to have a 1024x768 screen."""
    return screen.availableGeometry()


class ScreenFit:
    """Fits ``window`` to its screen now and once shown (when its frame is known); remembers its size
    when it closes. The window calls ``shown`` and ``closing`` (``FitsTheScreen`` does): an event filter
    would run Python for every event the window gets."""

    def __init__(self, window: QWidget, context: AppContext, kind: str, default: tuple[int, int]) -> None:
        self.window, self.context, self.kind, self.default = window, context, kind, default
        self._shown = False
        self.fit()

    def key(self) -> str:
        screen = self.window.screen()
        size = screen.size()
        return f"{self.kind}: {screen_key(screen.name(), size.width(), size.height())}"

    def fit(self) -> None:
        window = self.window
        area = available_geometry(window.screen())
        frame = window.frameGeometry().size() - window.geometry().size() if window.isVisible() \
            else QSize(*FRAME_ALLOWANCE)
        room = QSize(max(200, area.width() - frame.width()), max(200, area.height() - frame.height()))
        width, height = self.context.settings.window_size(self.key()) or self.default
        window.setMaximumSize(room)  # the layout can never push the window past the screen's edges
        window.resize(min(width, room.width()), min(height, room.height()))
        outer = window.size() + frame
        window.move(area.left() + max(0, (area.width() - outer.width()) // 2),
                    area.top() + max(0, (area.height() - outer.height()) // 2))

    def shown(self) -> None:
        if not self._shown:
            self._shown = True
            self.fit()  # now with the frame's real size

    def closing(self) -> None:
        window = self.window
        if window.isMinimized() or window.isMaximized():
            return
        self.context.settings.remember_window_size(self.key(), window.width(), window.height())
        save_settings(self.context.data_folder, self.context.settings)


class FitsTheScreen:
    """For a window class (before QMainWindow in its bases) with a ``screen_fit``."""

    screen_fit: ScreenFit

    def setVisible(self, visible: bool) -> None:  # noqa: N802 - Qt's name
        super().setVisible(visible)  # type: ignore[misc]  # (not showEvent: no event object to convert)
        if visible:
            self.screen_fit.shown()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.screen_fit.closing()
        super().closeEvent(event)  # type: ignore[misc]
