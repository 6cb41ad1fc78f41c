"""The Qt binding must not corrupt Python: PySide6 6.12.0 dropped a reference to None on every call that
returns nothing, and on Python 3.11 the app then crashed after a few thousand clicks."""

from __future__ import annotations

import sys

from PySide6.QtGui import QTextCursor, QTextDocument


def test_calls_returning_nothing_keep_none_alive() -> None:
    document = QTextDocument("hello world")
    cursor = QTextCursor(document)
    before = sys.getrefcount(None)
    for _ in range(2000):
        cursor.setPosition(3)
    assert sys.getrefcount(None) - before > -100
