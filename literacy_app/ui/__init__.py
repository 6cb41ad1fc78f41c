"""PySide6 widgets that render core objects and turn what the student does into core calls.

Importing this package loads PySide6 and tells it, up front, which modules use it. PySide's import
hook otherwise reads the source of every module imported after it, looking for the word "PySide6", to
support its optional ``from __feature__ import snake_case`` (which this app does not use). For the app's
own modules and those already loaded, the answer is known, and the start-up saves about 4 ms.
"""

from __future__ import annotations

import os
import sys

import PySide6.QtCore  # noqa: F401,E402 - installs the import hook that the next lines inform

# Every window needs the core; loaded before PySide, it (and the standard library it uses) is never read.
import literacy_app.core.lesson_cache  # noqa: F401,E402
import literacy_app.core.progress  # noqa: F401,E402
import literacy_app.core.settings  # noqa: F401,E402

_USES_PYSIDE, _IGNORE = 0, -1  # the values PySide's own check would give: "no feature", "ignore module"


def _tell_pyside_which_modules_use_it() -> None:
    table = getattr(sys.modules.get("shibokensupport.feature"), "pyside_feature_dict", None)
    if not isinstance(table, dict):  # another PySide version: it reads the sources as before
        return
    for name in list(sys.modules):
        if not name.startswith(("PySide6", "shiboken", "__feature__")):
            table.setdefault(name, _IGNORE)  # loaded before PySide, so none of them uses it
    package = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    uses = {"literacy_app": _IGNORE, "literacy_app.core": _IGNORE, "literacy_app.ui": _USES_PYSIDE}
    for prefix, value in uses.items():
        table.setdefault(prefix, value)
        folder = os.path.join(package, *prefix.split(".")[1:])
        for file in os.listdir(folder):
            if file.endswith(".py") and file != "__init__.py":
                table.setdefault(f"{prefix}.{file[:-3]}", value)


_tell_pyside_which_modules_use_it()
