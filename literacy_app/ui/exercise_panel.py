"""The exercise side of the lesson window: step, prompt, selections, buttons and feedback.

It renders a ``LessonSession`` and triggers the window's actions; the session holds all the state.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from literacy_app.core.session import LessonSession
from literacy_app.i18n import _
from literacy_app.ui.actions import CommandButton
from literacy_app.ui.qt_flags import set_flags
from literacy_app.ui.themes import make_bold
from literacy_app.ui.words import escape, exercise_kind, isolate, percent, verdict_label

if TYPE_CHECKING:
    from PySide6.QtWidgets import QButtonGroup

    from literacy_app.ui.choice_options import ChoiceOptions


class ExercisePanel(QWidget):
    def __init__(self, session: LessonSession, commands: dict[str, QAction]) -> None:
        super().__init__()
        self.session = session
        self.commands = commands
        self.buttons: dict[str, CommandButton] = {}
        self.setObjectName("exercise-panel")
        layout = QVBoxLayout(self)
        self.step = self._label("step", _("Exercise step"))
        self.prompt = self._label("prompt", _("What to do"))
        set_flags(self.prompt, "textInteractionFlags", "TextSelectableByMouse")
        layout.addWidget(self.step)
        layout.addWidget(self.prompt)
        layout.addWidget(self._selection_box())
        self._options_box: ChoiceOptions | None = None
        layout.addLayout(self._button_row(("check", "hint", "show_answer", "try_again")))
        self.feedback = QTextBrowser()
        self.feedback.setObjectName("feedback")
        self.feedback.setAccessibleName(_("Feedback"))
        self.feedback.setOpenLinks(False)
        layout.addWidget(self.feedback, 1)
        layout.addLayout(self._button_row(("previous", "next")))
        self.refresh()

    # --- building --------------------------------------------------------------------------------

    def _label(self, name: str, accessible: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setAccessibleName(accessible)
        make_bold(label)
        return label

    def _selection_box(self) -> QGroupBox:
        box = QGroupBox(_("Your selections"))
        self.selection_box = box
        layout = QVBoxLayout(box)
        self.selections = QListWidget()
        self.selections.setObjectName("selections")
        self.selections.setAccessibleName(_("Your selections"))
        self.selections.setWordWrap(True)
        self.selections.setMinimumHeight(70)
        self.selections.setMaximumHeight(150)
        QShortcut(QKeySequence.StandardKey.Delete, self.selections, self._remove_current)
        layout.addWidget(self.selections)
        self.no_selections = QLabel(_("None yet: select words in the article, then press Add selection."))
        self.no_selections.setObjectName("no-selections")
        self.no_selections.setWordWrap(True)
        layout.addWidget(self.no_selections)
        row = QHBoxLayout()
        row.addWidget(self._button_for("add_selection"))
        self.remove_button = QPushButton(_("&Remove"))
        self.remove_button.setObjectName("button-remove")
        self.remove_button.setAccessibleName(_("Remove the chosen selection"))
        self.remove_button.setToolTip(_("Remove the selection chosen in the list (or press Delete)"))
        self.remove_button.clicked.connect(self._remove_current)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout.addLayout(row)
        return box

    @property
    def options_box(self) -> ChoiceOptions:
        """Made when the first choice exercise is shown: many lessons start with selecting words."""
        if self._options_box is None:
            from literacy_app.ui.choice_options import ChoiceOptions

            self._options_box = ChoiceOptions()
            self._options_box.picked.connect(self.session.set_options)
            layout = self.layout()
            assert isinstance(layout, QVBoxLayout)
            layout.insertWidget(layout.indexOf(self.selection_box) + 1, self._options_box)
        return self._options_box

    @property
    def option_group(self) -> QButtonGroup:
        return self.options_box.group

    def _button_row(self, ids: tuple[str, ...]) -> QHBoxLayout:
        row = QHBoxLayout()
        for action_id in ids:
            row.addWidget(self._button_for(action_id))
        return row

    def _button_for(self, command: str) -> CommandButton:
        button = CommandButton(self.commands[command])
        self.buttons[command] = button
        return button

    # --- rendering -------------------------------------------------------------------------------

    def refresh(self) -> None:
        session = self.session
        exercise = session.exercise
        self.step.setText(_("Exercise {number} of {count} · {kind}", number=session.current + 1,
                            count=session.count, kind=exercise_kind(exercise.type)))
        self.prompt.setText(exercise.prompt)
        self.selection_box.setVisible(not exercise.is_choice)
        if exercise.is_choice or self._options_box is not None:
            self.options_box.setVisible(exercise.is_choice)
        if exercise.is_choice:
            self._show_options()
        else:
            self._show_selections()
        self.feedback.setHtml(self._feedback_html())
        self._enable()

    def _show_selections(self) -> None:
        state = self.session.state
        text = self.session.lesson.article.text
        verdicts = [g.verdict for g in state.grade.selections] if state.grade else []
        self.selections.clear()
        for n, selection in enumerate(state.selections):
            label = verdict_label(verdicts[n]) if n < len(verdicts) else verdict_label("pending")
            self.selections.addItem(f"{label}: “{isolate(text[selection.start:selection.end], always=True)}”")
        self.selections.setVisible(bool(state.selections))
        self.no_selections.setVisible(not state.selections)

    def _show_options(self) -> None:
        exercise, state = self.session.exercise, self.session.state
        verdicts = {g.selection.option: g.verdict for g in state.grade.selections} if state.grade else {}
        self.options_box.show_exercise(exercise)
        self.options_box.show_state({s.option for s in state.selections if s.option is not None},
                                    {k: v for k, v in verdicts.items() if k is not None}, state.answer_shown)

    def _remove_current(self) -> None:
        row = self.selections.currentRow()
        if 0 <= row < len(self.session.state.selections):
            self.session.remove_selection(row)

    def _enable(self) -> None:
        """Only the panel's own Remove button: the commands' state comes from ``core.controls``."""
        self.remove_button.setEnabled(bool(self.session.state.selections))

    def _feedback_html(self) -> str:
        from literacy_app.core.feedback import exercise_feedback

        session, state = self.session, self.session.state
        said = exercise_feedback(session)
        parts: list[str] = []
        result = state.grade
        if result is not None:
            parts.append(self._result_html(result))
        elif state.checked:
            best = _("Your best score here so far: {score}.", score=percent(state.best_score or 0))
            parts.append(f"<p>{escape(best)}</p>")
        if said.frozen:
            parts.append(f"<p><i>{escape(said.frozen)}</i></p>")
        for n, hint in enumerate(session.hints, 1):
            parts.append(f"<p><b>{escape(_('Hint {number}:', number=n))}</b> {escape(hint)}</p>")
        if state.answer_shown:
            parts.append(self._answers_html())
        if said.explanation:
            parts.append(f"<p><b>{escape(_('Why:'))}</b> {escape(said.explanation)}</p>")
        if not parts:
            parts.append(f"<p>{escape(self._instructions())}</p>")
        return "".join(parts)

    def _instructions(self) -> str:
        if self.session.exercise.is_choice:
            return _("Pick your answer, then press Check.")
        return _("Select words in the article with the mouse (or Shift and the arrow keys), press Add "
                 "selection (or Enter), then Check.")

    def _result_html(self, result: object) -> str:
        from literacy_app.core.feedback import exercise_feedback
        from literacy_app.core.grading import Grade

        assert isinstance(result, Grade)
        exercise = self.session.exercise
        said = exercise_feedback(self.session)
        if result.passed:
            head = _("✓ Well done! Score: {score}", score=percent(result.score))
        else:
            head = _("Not yet. Score: {score} (you need {needed})", score=percent(result.score),
                     needed=percent(exercise.pass_score))
        rows = [f"<p><b>{escape(head)}</b></p>"]
        if said.score_sum:
            rows.append(f"<p>{escape(said.score_sum)}</p>")
        rows.append("<ul>")
        text = self.session.lesson.article.text
        for item in result.selections:
            if exercise.is_choice:
                words = exercise.options[item.selection.option or 0].text
            else:
                words = text[item.selection.start:item.selection.end]
            rows.append(f"<li><b>{escape(verdict_label(item.verdict))}</b>: “{escape(isolate(words, always=True))}”. "
                        f"{escape(item.feedback)}</li>")
        rows.append("</ul>")
        if said.missing:
            rows.append(f"<p>{escape(said.missing)}</p>")
        return "".join(rows)

    def _answers_html(self) -> str:
        exercise = self.session.exercise
        article = self.session.lesson.article
        if exercise.is_choice:
            items = [o.text for o in exercise.options if o.correct]
        else:
            items = [article.quote(a.quote) for a in exercise.answers]
        intro = _("The answers (marked in the article with a dotted underline):") if not exercise.is_choice \
            else _("The right answer:")
        listed = "".join(f"<li>“{escape(t)}”</li>" for t in items)
        return f"<p><b>{escape(intro)}</b></p><ul>{listed}</ul>"
