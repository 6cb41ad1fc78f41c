"""Every command of the app as data: one table builds the menus, the buttons' shortcuts and the Help screen."""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from literacy_app.i18n import _


class ActionSpec(NamedTuple):
    id: str
    label: str  # with & for the menu accelerator
    tooltip: str  # plain words for a 13-year-old
    shortcuts: tuple[str, ...] = ()
    menu: str = "lesson"


def action_specs() -> list[ActionSpec]:
    """Called, not a constant, so labels are translated in the language chosen at start-up."""
    return [
        ActionSpec("add_selection", _("&Add selection"), _("Add the words you selected in the article to "
                   "your answer (or press Enter in the article)"), ("Ctrl+E",)),
        ActionSpec("check", _("&Check"), _("See how your answer did"), ("Ctrl+Return", "Ctrl+Enter")),
        ActionSpec("hint", _("&Hint"), _("Get a hint: one more each time you ask"), ("Ctrl+H",)),
        ActionSpec("show_answer", _("Show &answer"), _("Show where the answers are in the article"),
                   ("Ctrl+Shift+A",)),
        ActionSpec("try_again", _("&Try again"), _("Clear your selections and start this exercise again"),
                   ("Ctrl+R",)),
        ActionSpec("previous", _("&Previous"), _("Go to the previous exercise"), ("Alt+Left", "Ctrl+PgUp")),
        ActionSpec("next", _("&Next"), _("Go to the next exercise"), ("Alt+Right", "Ctrl+PgDown")),
        ActionSpec("library", _("&Library"), _("Go back to the list of lessons"), ("Ctrl+L",), "file"),
        ActionSpec("print", _("&Print worksheet…"), _("Print this lesson as a worksheet"), ("Ctrl+P",), "file"),
        ActionSpec("quit", _("&Quit"), _("Close the app; your progress is already saved"), ("Ctrl+Q",), "file"),
        ActionSpec("bigger", _("&Bigger text"), _("Make all text bigger"), ("Ctrl++", "Ctrl+="), "view"),
        ActionSpec("smaller", _("&Smaller text"), _("Make all text smaller"), ("Ctrl+-",), "view"),
        ActionSpec("theme_light", _("&Light theme"), _("Dark text on a light background"), (), "view"),
        ActionSpec("theme_dark", _("&Dark theme"), _("Light text on a dark background"), (), "view"),
        ActionSpec("theme_high-contrast", _("&High-contrast theme"), _("Strong colours that are easiest to "
                   "tell apart"), (), "view"),
        ActionSpec("teacher_view", _("&Teacher view"), _("Show all answers and the teacher notes"),
                   ("Ctrl+T",), "view"),
        ActionSpec("help", _("&Keyboard and help"), _("How to use the app with the keyboard"), ("F1",), "help"),
    ]


def menu_titles() -> dict[str, str]:
    return {"file": _("&File"), "lesson": _("&Exercise"), "view": _("&View"), "help": _("&Help")}


def build_actions(parent: QWidget, handlers: dict[str, Callable[[], None]]) -> dict[str, QAction]:
    """A QAction for every spec that has a handler, with its shortcuts and tooltip."""
    actions: dict[str, QAction] = {}
    for spec in action_specs():
        handler = handlers.get(spec.id)
        if handler is None:
            continue
        action = QAction(spec.label, parent)
        action.setObjectName(spec.id)
        action.setToolTip(spec.tooltip)
        action.setStatusTip(spec.tooltip)
        action.setShortcuts([QKeySequence(s) for s in spec.shortcuts])
        action.triggered.connect(handler)
        parent.addAction(action)
        actions[spec.id] = action
    return actions


def shortcut_text(spec: ActionSpec) -> str:
    return ", ".join(QKeySequence(s).toString(QKeySequence.NativeText) for s in spec.shortcuts)
