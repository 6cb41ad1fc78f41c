"""View > Language, and the interface language at start: gettext for the app's words, Qt's own catalogue
for its dialogs and buttons, and the window mirrored for a right-to-left language.

The choice is remembered in the student's settings and takes effect at the next start (the windows are
built in one language); the message saying so is written in the language just chosen.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from literacy_app.i18n import (
    NATIVE_NAMES,
    PSEUDO_LANGUAGE,
    _,
    available_languages,
    choose_language,
    current_language,
    is_right_to_left,
    lesson_language,
    set_language,
)

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QMenu, QWidget

    from literacy_app.ui.context import AppContext

_qt_translators: list[object] = []  # kept alive while installed
_mirrored = [False]


def apply_language(qt_app: QApplication, saved: str | None, lab: str | None = None) -> str:
    """Choose the interface language (``LITERACY_APP_LANGUAGE``, the student's choice, the lab's, the
    system's), load its catalogues and set the layout direction. Call before any window is built."""
    system = None
    if not any(os.environ.get(name) for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")):
        from PySide6.QtCore import QLocale  # Windows and macOS say it here, not in the environment

        system = QLocale.system().name()
    language = set_language(choose_language(saved, lab, system))
    for translator in _qt_translators:
        qt_app.removeTranslator(translator)  # type: ignore[arg-type]
    _qt_translators.clear()
    if language not in ("en", PSEUDO_LANGUAGE):
        from PySide6.QtCore import QLibraryInfo, QTranslator

        translator = QTranslator(qt_app)
        if translator.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            qt_app.installTranslator(translator)
            _qt_translators.append(translator)
    if is_right_to_left(language) or _mirrored[0]:  # the Qt enums only when needed: they cost start-up time
        from PySide6.QtCore import Qt

        _mirrored[0] = is_right_to_left(language)
        qt_app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if _mirrored[0] else Qt.LayoutDirection.LeftToRight)
    return language


def language_name(code: str) -> str:
    return NATIVE_NAMES.get(code, code)


def add_language_menu(menu: QMenu, context: AppContext, parent: QWidget) -> QMenu:
    """Add a Language submenu to ``menu`` (View): one checkable entry per language with a catalogue, each
    in its own name, and "Same as the computer". Choosing one saves it and says when it takes effect."""
    from PySide6.QtGui import QActionGroup

    submenu = menu.addMenu(_("&Language"))
    submenu.setObjectName("language-menu")
    submenu.setToolTip(_("The language of the app's menus, buttons and messages"))
    group = QActionGroup(submenu)
    group.setExclusive(True)
    saved = context.settings.language
    choices = [("", _("Same as the computer"))]
    choices += [(code, language_name(code)) for code in available_languages() if code != PSEUDO_LANGUAGE]
    for code, name in choices:
        action = submenu.addAction(name)
        action.setCheckable(True)
        action.setChecked(code == saved)
        action.setData(code)
        group.addAction(action)
        action.triggered.connect(lambda _checked=False, code=code: choose_interface_language(code, context, parent))
    return submenu


def choose_interface_language(code: str, context: AppContext, parent: QWidget | None) -> None:
    """Remember the student's language; tell them, in that language, that it applies at the next start."""
    if code == context.settings.language:
        return
    context.settings.language = code
    context.change_settings()
    target = choose_language(code or None)
    if target == current_language():
        return
    from PySide6.QtWidgets import QMessageBox

    with lesson_language(target):
        title = _("Language")
        text = _("The app will be in {language} the next time you start it. Close the app and open it again "
                 "to see it now; your progress is saved.", language=language_name(target))
    QMessageBox.information(parent, title, text)
