"""Light, dark and high-contrast themes: a palette, a ring around the focused control, verdict colours."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from literacy_app.core.record import Record
from literacy_app.i18n import _

if TYPE_CHECKING:
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QFocusFrame


class Theme(Record):
    name: str
    window: str
    base: str
    text: str
    muted: str
    button: str
    accent: str  # focus ring and highlight
    accent_text: str
    pending: str  # a selection not yet checked
    correct: str
    partial: str
    wrong: str
    missed: str
    exercise_colours: tuple[str, ...]  # teacher view, one per exercise
    disabled: str = ""  # the text of a control that cannot be used now; "" for ``muted``

    @property
    def disabled_text(self) -> str:
        return self.disabled or self.muted


THEMES = {
    "light": Theme("light", "#f4f4f2", "#ffffff", "#1b1b1b", "#555555", "#e8e8e6", "#0b57d0", "#ffffff",
                   "#d7e3fc", "#c8ecd0", "#ffe8a8", "#ffd0cc", "#d9ccff",
                   ("#c8ecd0", "#d7e3fc", "#ffe8a8", "#f8d2f0", "#d0f0f4", "#ffd9b8", "#e0e0e0")),
    "dark": Theme("dark", "#1e1f22", "#26272b", "#ececec", "#b4b4b4", "#34363b", "#8ab4f8", "#111111",
                  "#26406b", "#1e5a32", "#6b5313", "#7a2626", "#4b3a86",
                  ("#1e5a32", "#26406b", "#6b5313", "#6a2a5e", "#1e5860", "#744010", "#4a4a4a")),
    "high-contrast": Theme("high-contrast", "#000000", "#000000", "#ffffff", "#ffffff", "#000000", "#ffff00",
                           "#000000", "#003a80", "#005a00", "#6b4e00", "#8a0000", "#4b0082",
                           ("#005a00", "#003a80", "#6b4e00", "#6a005e", "#005860", "#744000", "#333333"),
                           disabled="#a6a6a6"),  # 8.6:1 on black, and plainly not the white of enabled text
}


def apply_theme(app: QApplication, theme: Theme, text_size: int) -> None:
    """Colours come from the palette, which Qt's Fusion style draws quickly; only the high-contrast theme
    adds a style sheet, for the thick borders that a palette cannot give (style sheets slow every widget)."""
    app.setPalette(_palette(theme))
    font = app.font()
    font.setPointSize(text_size)
    app.setFont(font)
    app.setStyleSheet(style_sheet(theme) if theme.name == "high-contrast" else "")
    for widget in app.allWidgets():  # a widget's own style sheet keeps the old palette until set again
        if sheet := widget.styleSheet():
            widget.setStyleSheet("")
            widget.setStyleSheet(sheet)
    FocusRing.follow(app, theme)


def _palette(theme: Theme) -> QPalette:
    palette = QPalette()
    role = QPalette.ColorRole
    roles = {
        role.Window: theme.window, role.Base: theme.base, role.AlternateBase: theme.window, role.Text: theme.text,
        role.WindowText: theme.text, role.ButtonText: theme.text, role.Button: theme.button,
        role.Highlight: theme.accent, role.HighlightedText: theme.accent_text, role.ToolTipBase: theme.base,
        role.ToolTipText: theme.text, role.PlaceholderText: theme.muted, role.Link: theme.accent,
    }
    for name, colour in roles.items():
        palette.setColor(name, QColor(colour))
    for muted in (role.Text, role.WindowText, role.ButtonText):  # a disabled button looks it
        palette.setColor(QPalette.ColorGroup.Disabled, muted, QColor(theme.disabled_text))
    return palette


def make_bold(widget: QWidget) -> None:
    """Bold, at whatever size the student chose (only the weight is set on the widget)."""
    font = QFont()
    font.setBold(True)
    widget.setFont(font)


def with_room_for_focus_ring(widget: QWidget, laid_out: Callable[[], None] | None = None) -> QWidget:
    """``widget`` in a box with a margin, for a control that would otherwise touch its parent's edge,
    where the parent would cut off the focus ring drawn around it. ``laid_out()`` is called each time the
    box is laid out (see ``TellingColumn``)."""
    box = QWidget()
    layout = QVBoxLayout(box) if laid_out is None else TellingColumn(box, laid_out)
    layout.setContentsMargins(3, 3, 3, 3)
    layout.addWidget(widget)
    return box


class TellingColumn(QVBoxLayout):
    """A column layout that calls ``laid_out()`` each time it has placed its widgets: when its widget is
    resized, and before the widget is first shown (Qt lays a widget out before showing its children).

    It stands in for a ``resizeEvent`` handler, which would make PySide build its 179-member
    ``QEvent.Type`` enum for the first event, about 3 ms on the way to the first window. ``laid_out`` may
    show or hide widgets inside the column, never the widget the column belongs to."""

    def __init__(self, widget: QWidget, laid_out: Callable[[], None]) -> None:
        super().__init__(widget)
        self._laid_out = laid_out

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt's name
        super().setGeometry(rect)
        self._laid_out()


class FocusRing(QObject):
    """A ring in the theme's accent colour around whichever control has the focus, in every window.

    Qt's ``QFocusFrame`` draws it outside the control, so it is never hidden by the control's own
    drawing, and it follows the focus as the student presses Tab.
    """

    _current: FocusRing | None = None

    def __init__(self, app: QApplication, theme: Theme) -> None:
        super().__init__(app)
        self.theme = theme
        self.frame: QFocusFrame | None = None
        app.focusChanged.connect(self._focus_moved)

    @classmethod
    def follow(cls, app: QApplication, theme: Theme) -> None:
        ring = cls._current
        if ring is None or ring.parent() is not app:
            cls._current = cls(app, theme)
        else:
            ring.theme = theme

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None or new.isWindow():
            return
        from PySide6.QtWidgets import QFocusFrame  # the first time the focus moves, not at start-up
        from shiboken6 import Shiboken

        if self.frame is None or not Shiboken.isValid(self.frame):  # it went with the window it was in
            self.frame = QFocusFrame()
            self.frame.setAccessibleName(_("Focus"))
        palette = self.frame.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor(self.theme.accent))
        self.frame.setPalette(palette)
        self.frame.setWidget(new)  # moves the frame into the control's window


# Radio buttons and check boxes drawn with the contrast of text, in every theme (Fusion draws them in a
# pale grey). Set on the choice options only, which are built after the window opens: a style sheet
# slows every widget it covers. ``palette(...)`` follows the theme as it changes.
OPTION_INDICATORS = """
QRadioButton, QCheckBox { padding: 4px; border: 3px solid transparent; }
QRadioButton:focus, QCheckBox:focus { border: 3px solid palette(highlight); }
QRadioButton::indicator, QCheckBox::indicator { width: 14px; height: 14px; border: 2px solid palette(text);
    background: palette(base); }
QRadioButton::indicator { border-radius: 9px; }
QRadioButton::indicator:checked, QCheckBox::indicator:checked { background: palette(highlight); }
"""


def style_sheet(theme: Theme) -> str:
    """The high-contrast theme's thick borders."""
    return f"""
QWidget {{ color: {theme.text}; }}
QPushButton, QToolButton {{ background: {theme.button}; border: 2px solid {theme.muted}; border-radius: 4px;
    padding: 5px 12px; }}
QPushButton:disabled {{ color: {theme.disabled_text}; border: 2px dashed {theme.disabled_text}; }}
QWidget:disabled {{ color: {theme.disabled_text}; }}
QScrollBar:vertical {{ background: {theme.base}; border: 2px solid {theme.text}; width: 20px; margin: 0; }}
QScrollBar:horizontal {{ background: {theme.base}; border: 2px solid {theme.text}; height: 20px; margin: 0; }}
QScrollBar::handle {{ background: {theme.text}; border: 2px solid {theme.base}; min-width: 30px; min-height: 30px; }}
QScrollBar::handle:hover, QScrollBar::handle:pressed {{ background: {theme.accent}; }}
QScrollBar::add-line, QScrollBar::sub-line {{ width: 0; height: 0; border: none; }}
QScrollBar::add-page, QScrollBar::sub-page {{ background: {theme.base}; }}
QSplitter::handle {{ background: {theme.muted}; }}
QPushButton:focus, QToolButton:focus, QLineEdit:focus, QListWidget:focus, QTextBrowser:focus,
QTableWidget:focus {{ border: 3px solid {theme.accent}; }}
QLineEdit, QListWidget, QTextBrowser, QTableWidget {{ background: {theme.base}; border: 2px solid {theme.muted};
    border-radius: 3px; }}
"""
