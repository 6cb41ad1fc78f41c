"""Qt flags set by name, through Qt's property system, on the start-up path.

PySide builds every enum of the ``Qt`` namespace (about 150 of them) the first time ``Qt`` is used, which
is slow (docs/developing.md, "What keeps start-up quick"). The lesson window therefore sets its few flags by name
here, and code that runs later (a key press, a choice exercise) uses ``Qt`` as usual.
"""

from __future__ import annotations

from PySide6.QtCore import QObject


def set_flags(widget: QObject, qt_property: str, *flags: str) -> None:
    """Set a flags property such as ``textInteractionFlags`` to the named flags of its Qt enum."""
    if not widget.setProperty(qt_property, "|".join(flags)):
        raise ValueError(f"{type(widget).__name__} has no flags property {qt_property!r}")
