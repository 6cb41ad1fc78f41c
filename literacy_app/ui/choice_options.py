"""The options of a choice exercise: radio buttons or check boxes, each with a label that wraps, so a
long option is never cut off, and its verdict after Check."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QRadioButton,
    QWidget,
)

from literacy_app.core.model import Exercise
from literacy_app.i18n import _
from literacy_app.ui.themes import OPTION_INDICATORS
from literacy_app.ui.words import verdict_label


class _OptionLabel(QLabel):
    """An option's words; clicking them ticks the option, as clicking a check box's own text would."""

    def __init__(self, text: str, button: QAbstractButton) -> None:
        super().__init__(text)
        self.button = button
        self.setWordWrap(True)
        self.setBuddy(button)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        self.button.click()
        super().mouseReleaseEvent(event)


class ChoiceOptions(QGroupBox):
    picked = Signal(list)  # the option numbers ticked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(_("Options"), parent)
        self.setAccessibleName(_("Options"))
        self.setStyleSheet(OPTION_INDICATORS)
        self.grid = QGridLayout(self)
        self.grid.setColumnStretch(1, 1)
        self.group = QButtonGroup(self)
        self.group.buttonToggled.connect(self._toggled)
        self.labels: list[_OptionLabel] = []
        self._exercise: Exercise | None = None

    def show_exercise(self, exercise: Exercise) -> None:
        if exercise is self._exercise:
            return
        self._exercise = exercise
        for old in self.group.buttons():
            self.group.removeButton(old)
            old.deleteLater()
        for label in self.labels:
            label.deleteLater()
        self.labels = []
        self.group.setExclusive(not exercise.multiple)
        self.setTitle(_("Pick all that apply") if exercise.multiple else _("Pick one"))
        for n, option in enumerate(exercise.options):
            button: QAbstractButton = QCheckBox() if exercise.multiple else QRadioButton()
            button.setAccessibleName(option.text)
            label = _OptionLabel(option.text, button)
            self.group.addButton(button, n)
            self.grid.addWidget(button, n, 0, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(label, n, 1)
            self.labels.append(label)

    def show_state(self, picked: set[int], verdicts: dict[int, str], answer_shown: bool) -> None:
        assert self._exercise is not None
        self.group.blockSignals(True)
        for n, (button, label) in enumerate(zip(self.group.buttons(), self.labels)):
            button.setChecked(n in picked)
            option = self._exercise.options[n]
            verdict = verdicts.get(n) or ("answer" if answer_shown and option.correct else None)
            label.setText(f"{option.text}   {verdict_label(verdict)}" if verdict else option.text)
            button.setAccessibleDescription(verdict_label(verdict) if verdict else "")
        self.group.blockSignals(False)

    def buttons(self) -> list[QAbstractButton]:
        return self.group.buttons()

    def _toggled(self, *_args: object) -> None:
        self.picked.emit([self.group.id(b) for b in self.group.buttons() if b.isChecked()])
