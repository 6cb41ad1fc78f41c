""""Who is studying?": asked once per start on shared lab logins (``ask_name`` in the lab file).

The answer becomes the account name in the results the school receives (see docs/privacy.md). Everything is
reachable from the keyboard, every field has a label and an accessible name, and OK stays off until a name
is typed.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from literacy_app.i18n import _


class Student(NamedTuple):
    name: str
    class_name: str


class WhoIsStudying(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Who is studying?"))
        self.setAccessibleName(_("Who is studying?"))
        layout = QVBoxLayout(self)
        intro = QLabel(_("Your teacher will see your results under this name."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setAccessibleName(_("Your name"))
        self.name.setMaxLength(80)
        self.class_name = QLineEdit()
        self.class_name.setAccessibleName(_("Your class"))
        self.class_name.setMaxLength(40)
        form.addRow(_("Your &name:"), self.name)
        form.addRow(_("Your &class:"), self.class_name)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(_("Start"))
        self.ok.setAccessibleName(_("Start"))
        self.ok.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        layout.addWidget(self.buttons)
        self.name.textChanged.connect(lambda text: self.ok.setEnabled(bool(text.strip())))
        self.name.setFocus()

    def student(self) -> Student:
        return Student(" ".join(self.name.text().split()), " ".join(self.class_name.text().split()))


def ask_who_is_studying(parent: QWidget | None = None) -> Student | None:
    """The name and class typed in; None when the dialog was closed without one."""
    dialog = WhoIsStudying(parent)
    if dialog.exec() == QDialog.DialogCode.Accepted and dialog.student().name:
        return dialog.student()
    return None
