"""Every command of the app as data: one table builds each window's menus, the buttons, the shortcuts and
the Help screen."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QPushButton

from literacy_app.core.controls import Control
from literacy_app.core.record import Record
from literacy_app.i18n import _

if TYPE_CHECKING:
    from literacy_app.ui.context import AppContext

LESSON, LIBRARY = "lesson", "library"
BOTH = (LESSON, LIBRARY)


class ActionSpec(Record):
    id: str
    label: str  # with & for the menu accelerator
    tooltip: str  # plain words for a 13-year-old
    shortcuts: tuple[str, ...] = ()
    menu: str = "lesson"
    windows: tuple[str, ...] = (LESSON,)
    checkable: bool = False


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
        ActionSpec("find", _("&Find in the article…"), _("Look for words in the article; the words found "
                   "are selected, ready to add with Enter"), ("Ctrl+F",)),
        ActionSpec("find_next", _("Find ne&xt"), _("Go to the next place where the words you looked for are"),
                   ("F3",)),
        ActionSpec("find_previous", _("Find pre&vious"), _("Go back to the place before, where the words you "
                   "looked for are"), ("Shift+F3",)),
        ActionSpec("select_sentence", _("Select the &sentence"), _("Select the whole sentence where the "
                   "cursor is in the article"), ("Ctrl+Shift+S",)),
        ActionSpec("next_mark", _("Next &mark"), _("Go to the next marked words in the article and hear "
                   "how they did"), ("F8",)),
        ActionSpec("previous_mark", _("Previous mar&k"), _("Go to the marked words before"), ("Shift+F8",)),
        ActionSpec("start_again", _("Start this lesson a&gain…"), _("Start the whole lesson again from the "
                   "first exercise; your earlier attempt stays in your history")),
        ActionSpec("open_file", _("&Open a lesson file…"), _("Open a lesson file from anywhere on this "
                   "computer"), ("Ctrl+O",), "file", (LIBRARY,)),
        ActionSpec("reload", _("&Reload lessons"), _("Look for new or changed lesson files"), ("F5",), "file",
                   (LIBRARY,)),
        ActionSpec("open_folder", _("Open my &lessons folder"), _("The folder where you can put your own "
                   "lesson files"), (), "file", (LIBRARY,)),
        ActionSpec("class_results", _("&Class results…"), _("See how your class did: scores, who needs help, "
                   "what most students got wrong"), (), "file", BOTH),
        ActionSpec("library", _("&Library"), _("Go back to the list of lessons"), ("Ctrl+L",), "file"),
        ActionSpec("print", _("&Print worksheet…"), _("Print this lesson as a worksheet"), ("Ctrl+P",), "file"),
        ActionSpec("quit", _("&Quit"), _("Close the app; your progress is already saved"), ("Ctrl+Q",), "file",
                   BOTH),
        ActionSpec("bigger", _("&Bigger text"), _("Make all text bigger"), ("Ctrl++", "Ctrl+="), "view", BOTH),
        ActionSpec("smaller", _("&Smaller text"), _("Make all text smaller"), ("Ctrl+-",), "view", BOTH),
        ActionSpec("switch_pane", _("Article or &exercise"), _("On a small screen: switch between the "
                   "article and the exercise"), ("F6",), "view"),
        ActionSpec("theme_light", _("&Light theme"), _("Dark text on a light background"), (), "view", BOTH),
        ActionSpec("theme_dark", _("&Dark theme"), _("Light text on a dark background"), (), "view", BOTH),
        ActionSpec("theme_high-contrast", _("&High-contrast theme"), _("Strong colours that are easiest to "
                   "tell apart"), (), "view", BOTH),
        ActionSpec("teacher_view", _("&Teacher view"), _("Show all answers and the teacher notes"),
                   ("Ctrl+T",), "view", checkable=True),
        ActionSpec("help", _("&Keyboard and help"), _("How to use the app with the keyboard"), ("F1",), "help",
                   BOTH),
    ]


def menu_titles() -> dict[str, str]:
    return {"file": _("&File"), "lesson": _("&Exercise"), "view": _("&View"), "help": _("&Help")}


Handlers = Mapping[str, Callable[[], object]]


def build_commands(window: QMainWindow, kind: str, handlers: Handlers) -> dict[str, QAction]:
    """The window's QActions, in menus, for every spec of this kind of window that has a handler.

    A command without a handler (the teacher view in student mode) does not exist at all: no menu item,
    no shortcut.
    """
    menus = {}
    commands: dict[str, QAction] = {}
    for spec in _specs_for(kind, handlers):
        if spec.menu not in menus:
            menus[spec.menu] = window.menuBar().addMenu(menu_titles()[spec.menu])
        action = _action(window, spec, handlers[spec.id])
        menus[spec.menu].addAction(action)
        commands[spec.id] = action
    return commands


def menu_of(window: QMainWindow, key: str) -> QMenu | None:
    """One of the window's menus by its key in ``menu_titles``."""
    title = menu_titles()[key]
    for action in window.menuBar().actions():
        menu = action.menu()
        if action.text() == title and isinstance(menu, QMenu):
            return menu
    return None


def add_language_menu_when_shown(window: QMainWindow, context: AppContext) -> None:
    """View → Language, built the first time View opens (not on the way to the first window)."""
    view = menu_of(window, "view")
    if view is None:
        return

    def build() -> None:
        view.aboutToShow.disconnect(build)
        from literacy_app.ui.language_menu import add_language_menu

        view.addSeparator()
        add_language_menu(view, context, window)

    view.aboutToShow.connect(build)


def _specs_for(kind: str, handlers: Handlers) -> Iterable[ActionSpec]:
    order = list(menu_titles())
    specs = [s for s in action_specs() if kind in s.windows and s.id in handlers]
    return sorted(specs, key=lambda s: order.index(s.menu))  # stable: the table's order within a menu


def _action(window: QMainWindow, spec: ActionSpec, handler: Callable[[], object]) -> QAction:
    action = QAction(window)  # QAction(text, parent) would load QIcon (and its 151-member enum) to choose
    action.setText(spec.label)  # between its constructors: not needed before the window is on screen
    action.setObjectName(spec.id)
    action.setToolTip(spec.tooltip)
    action.setStatusTip(spec.tooltip)
    action.setShortcuts([QKeySequence(s) for s in spec.shortcuts])
    action.setCheckable(spec.checkable)
    action.triggered.connect(lambda _checked=False: handler())
    window.addAction(action)
    return action


def apply_controls(commands: Mapping[str, QAction], controls: Mapping[str, Control]) -> None:
    """Set every command's state from the view-model; buttons follow their command (``CommandButton``)."""
    for name, action in commands.items():
        control = controls.get(name, Control())
        action.setEnabled(control.enabled)
        action.setVisible(control.visible)
        if action.isCheckable():
            action.setChecked(control.checked)
        if control.label is not None:
            action.setText(control.label)


class CommandButton(QPushButton):
    """A push button that shows a command and follows its state: text, enabled, visible."""

    def __init__(self, action: QAction) -> None:
        super().__init__(action.text())
        self.action_ = action
        self.setObjectName(f"button-{action.objectName()}")
        shortcut = action.shortcut()
        tip = action.toolTip()
        self.setToolTip(f"{tip} ({shortcut.toString(QKeySequence.SequenceFormat.NativeText)})"
                        if not shortcut.isEmpty() else tip)
        self.setAccessibleDescription(tip)
        self.clicked.connect(action.trigger)
        action.changed.connect(self.follow)
        self.follow()

    def follow(self) -> None:
        action = self.action_
        self.setText(action.text())
        self.setAccessibleName(action.text().replace("&", ""))
        self.setEnabled(action.isEnabled())
        if self.parentWidget() is not None or not action.isVisible():  # never shown as a window of its own
            self.setVisible(action.isVisible())


def shortcut_text(spec: ActionSpec) -> str:
    return ", ".join(QKeySequence(s).toString(QKeySequence.SequenceFormat.NativeText) for s in spec.shortcuts)
