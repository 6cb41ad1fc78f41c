"""Telling assistive technology what just happened (a verdict, a hint, a mark reached), without moving the
student's focus.

Qt 6.8 and later send a polite announcement that screen readers speak (``QAccessibleAnnouncementEvent``).
Where it is missing, the message becomes the widget's accessible description, and the change is reported,
so a screen reader that reads descriptions on focus still finds it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def announce(widget: QWidget, message: str) -> None:
    """Say ``message`` to assistive technology, on behalf of ``widget``."""
    from PySide6 import QtGui

    widget.setProperty("lastAnnouncement", message)  # what was said last, for tests and for the curious
    event_class = getattr(QtGui, "QAccessibleAnnouncementEvent", None)
    if event_class is not None:
        QtGui.QAccessible.updateAccessibility(event_class(widget, message))
        return
    widget.setAccessibleDescription(message)  # pragma: no cover - Qt before 6.8
    QtGui.QAccessible.updateAccessibility(  # pragma: no cover
        QtGui.QAccessibleEvent(widget, QtGui.QAccessible.Event.DescriptionChanged))
