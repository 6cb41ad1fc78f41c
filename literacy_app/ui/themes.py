"""Light, dark and high-contrast themes: a palette, a style sheet with a visible focus, verdict colours."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication


@dataclass(frozen=True)
class Theme:
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


THEMES = {
    "light": Theme("light", "#f4f4f2", "#ffffff", "#1b1b1b", "#555555", "#e8e8e6", "#0b57d0", "#ffffff",
                   "#d7e3fc", "#c8ecd0", "#ffe8a8", "#ffd0cc", "#d9ccff",
                   ("#c8ecd0", "#d7e3fc", "#ffe8a8", "#f8d2f0", "#d0f0f4", "#ffd9b8", "#e0e0e0")),
    "dark": Theme("dark", "#1e1f22", "#26272b", "#ececec", "#b4b4b4", "#34363b", "#8ab4f8", "#111111",
                  "#26406b", "#1e5a32", "#6b5313", "#7a2626", "#4b3a86",
                  ("#1e5a32", "#26406b", "#6b5313", "#6a2a5e", "#1e5860", "#744010", "#4a4a4a")),
    "high-contrast": Theme("high-contrast", "#000000", "#000000", "#ffffff", "#ffffff", "#000000", "#ffff00",
                           "#000000", "#003a80", "#005a00", "#6b4e00", "#8a0000", "#4b0082",
                           ("#005a00", "#003a80", "#6b4e00", "#6a005e", "#005860", "#744000", "#333333")),
}


def apply_theme(app: QApplication, theme: Theme, text_size: int) -> None:
    palette = QPalette()
    roles = {
        QPalette.Window: theme.window, QPalette.Base: theme.base, QPalette.AlternateBase: theme.window,
        QPalette.Text: theme.text, QPalette.WindowText: theme.text, QPalette.ButtonText: theme.text,
        QPalette.Button: theme.button, QPalette.Highlight: theme.accent,
        QPalette.HighlightedText: theme.accent_text, QPalette.ToolTipBase: theme.base,
        QPalette.ToolTipText: theme.text, QPalette.PlaceholderText: theme.muted, QPalette.Link: theme.accent,
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    app.setPalette(palette)
    font = app.font()
    font.setPointSize(text_size)
    app.setFont(font)
    app.setStyleSheet(style_sheet(theme))


def style_sheet(theme: Theme) -> str:
    border = "2px solid" if theme.name == "high-contrast" else "1px solid"
    return f"""
QWidget {{ color: {theme.text}; }}
QPushButton, QToolButton {{ background: {theme.button}; border: {border} {theme.muted}; border-radius: 4px;
    padding: 5px 12px; }}
QPushButton:disabled {{ color: {theme.muted}; border-style: dashed; }}
QPushButton:focus, QToolButton:focus, QLineEdit:focus, QListWidget:focus, QTextBrowser:focus,
QRadioButton:focus, QCheckBox:focus, QTableWidget:focus {{ border: 3px solid {theme.accent}; }}
QRadioButton, QCheckBox {{ padding: 4px; border: 3px solid transparent; }}
QRadioButton::indicator, QCheckBox::indicator {{ width: 14px; height: 14px; border: 2px solid {theme.text};
    background: {theme.base}; }}
QRadioButton::indicator {{ border-radius: 9px; }}
QRadioButton::indicator:checked, QCheckBox::indicator:checked {{ background: {theme.accent};
    border: 2px solid {theme.text}; }}
QLineEdit, QListWidget, QTextBrowser, QTableWidget {{ background: {theme.base}; border: {border} {theme.muted};
    border-radius: 3px; }}
QLabel#muted {{ color: {theme.muted}; }}
QLabel#step {{ font-weight: bold; }}
QLabel#prompt {{ font-weight: bold; }}
"""
