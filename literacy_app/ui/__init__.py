"""PySide6 widgets that render core objects and turn what the student does into core calls."""

import os
import sys


def _tell_pyside_which_modules_use_it() -> None:
    """Once imported, PySide6 reads the whole source of each module named in an import statement run after
    it (even one imported long before), to learn whether the module uses PySide, for its ``__feature__``
    switches: some 16 million instructions, several milliseconds, on the way to the first window. This
    app selects no feature, so the answer changes nothing; PySide records it as 0 (uses PySide) or -1
    (does not). Recording it beforehand, for the modules loaded so far and for this package's, spares
    the reading. (If PySide's internals change, this does nothing and PySide reads the files as before.)"""
    import PySide6  # noqa: F401 - loads shibokensupport

    feature = sys.modules.get("shibokensupport.feature")
    known = getattr(feature, "pyside_feature_dict", None)
    if not isinstance(known, dict):
        return
    for name in list(sys.modules):
        known.setdefault(name, 0 if name.startswith(("PySide6", __name__)) else -1)
    with os.scandir(os.path.dirname(__file__)) as entries:
        for entry in entries:
            if entry.name.endswith(".py") and entry.name != "__init__.py":
                known.setdefault(f"{__name__}.{entry.name[:-3]}", 0)


_tell_pyside_which_modules_use_it()
