"""Where the class results are: a results folder or a Learning Record Store. Remembered, password aside."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from literacy_app.core.report.remembered import SourceChoice
from literacy_app.i18n import _


class ResultsSourceDialog(QDialog):
    def __init__(self, choice: SourceChoice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Where are the class results?"))
        self.folder_choice = QRadioButton(_("A &results folder"))
        self.lrs_choice = QRadioButton(_("A &Learning Record Store (LRS)"))
        kinds = QButtonGroup(self)
        kinds.addButton(self.folder_choice)
        kinds.addButton(self.lrs_choice)
        self.folder = QLineEdit(choice.folder)
        self.folder.setAccessibleName(_("Results folder"))
        browse = QPushButton(_("&Browse…"))
        browse.setToolTip(_("Choose the shared folder the students' results are written to"))
        browse.clicked.connect(self._browse)
        self.endpoint = QLineEdit(choice.endpoint)
        self.endpoint.setPlaceholderText(_("for example {address}", address="https://lrs.school.example/xAPI/"))
        self.endpoint.setAccessibleName(_("LRS address"))
        self.username = QLineEdit(choice.username)
        self.username.setAccessibleName(_("LRS user name"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(_("LRS password"))
        self.password.setToolTip(_("Not saved: you type it once each time the app starts"))
        self.class_id = QLineEdit(choice.class_id)
        self.class_id.setAccessibleName(_("Class"))
        self.class_id.setPlaceholderText(_("every class"))
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.folder_choice)
        form.addRow(_("Folder:"), folder_row)
        form.addRow(self.lrs_choice)
        form.addRow(_("Address:"), self.endpoint)
        form.addRow(_("User name:"), self.username)
        form.addRow(_("Password:"), self.password)
        form.addRow(_("&Class:"), self.class_id)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        (self.lrs_choice if choice.kind == "lrs" else self.folder_choice).setChecked(True)
        self.lesson_id = choice.lesson_id

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, _("Results folder"), self.folder.text())
        if folder:
            self.folder.setText(folder)
            self.folder_choice.setChecked(True)

    def choice(self) -> SourceChoice:
        return SourceChoice("lrs" if self.lrs_choice.isChecked() else "folder", self.folder.text().strip(),
                            self.endpoint.text().strip(), self.username.text().strip(), self.class_id.text().strip(),
                            self.lesson_id)
