"""The exercise side of the lesson window: step, prompt, selections, buttons and feedback.

It renders a ``LessonSession`` and triggers the window's actions; the session holds all the state.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from literacy_app.core.session import LessonSession
from literacy_app.i18n import _, ngettext
from literacy_app.ui.actions import CommandButton
from literacy_app.ui.announce import announce
from literacy_app.ui.qt_flags import set_flags
from literacy_app.ui.themes import make_bold
from literacy_app.ui.words import escape, exercise_kind, isolate, percent, verdict_label

if TYPE_CHECKING:
    from PySide6.QtWidgets import QButtonGroup, QListWidget

    from literacy_app.ui.choice_options import ChoiceOptions


class ExercisePanel(QWidget):
    def __init__(self, session: LessonSession, commands: dict[str, QAction]) -> None:
        super().__init__()
        self.session = session
        self.commands = commands
        self.buttons: dict[str, CommandButton] = {}
        self.setObjectName("exercise-panel")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        # Everything but Previous and Next scrolls when the screen is too small for it (a long choice at
        # 200 % text on 768 pixels), so nothing is ever squeezed; moving the focus scrolls to it.
        self.scroller = QScrollArea()
        self.scroller.setObjectName("exercise-scroll")
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        set_flags(self.scroller, "horizontalScrollBarPolicy", "ScrollBarAlwaysOff")
        set_flags(self.scroller, "focusPolicy", "NoFocus")  # Tab goes to the controls inside it
        content = QWidget()
        content.setObjectName("exercise-content")
        self.content = content
        layout = QVBoxLayout(content)
        self._content = layout
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
        self.scroller.setWidget(content)
        outer.addWidget(self.scroller, 1)
        navigation = self._button_row(("previous", "next"))
        navigation.setContentsMargins(9, 0, 9, 9)
        outer.addLayout(navigation)
        self._feedback_before = ""  # the feedback's text before the last refresh, to find what is new
        self._fit_feedback()
        self.refresh()

    def _fit_feedback(self) -> None:
        """Room for at least three lines of feedback at any text size (a new hint is scrolled into view)."""
        lines = self.feedback.fontMetrics().lineSpacing() * 3
        self.feedback.setMinimumHeight(lines + 2 * self.feedback.frameWidth() + 8)

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
        self._selection_layout = QVBoxLayout(box)
        layout = self._selection_layout
        self._selections: QListWidget | None = None
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
    def selections(self) -> QListWidget:
        """The list of the student's selections, made when there is a first one to show (it is hidden while
        empty, and PySide takes about 5 ms to load the list classes: not on the way to the first window)."""
        if self._selections is None:
            from PySide6.QtGui import QKeySequence, QShortcut
            from PySide6.QtWidgets import QListWidget

            selections = QListWidget()
            selections.setObjectName("selections")
            selections.setAccessibleName(_("Your selections"))
            selections.setWordWrap(True)
            selections.setMinimumHeight(70)
            selections.setMaximumHeight(150)
            QShortcut(QKeySequence.StandardKey.Delete, selections, self._remove_current)
            self._selection_layout.insertWidget(0, selections)
            self._selections = selections
            before_add = self.buttons["add_selection"].previousInFocusChain()
            if before_add is not None:
                QWidget.setTabOrder(before_add, selections)  # Tab reaches it just before Add
            self._set_tab_order()
        return self._selections

    @property
    def options_box(self) -> ChoiceOptions:
        """Made when the first choice exercise is shown: many lessons start with selecting words."""
        if self._options_box is None:
            from literacy_app.ui.choice_options import ChoiceOptions

            self._options_box = ChoiceOptions()
            self._options_box.picked.connect(self.session.set_options)
            self._content.insertWidget(self._content.indexOf(self.selection_box) + 1, self._options_box)
        return self._options_box

    def needed_size(self, width: int) -> tuple[int, int]:
        """The width below which the exercise is squeezed, and its height unscrolled at ``width``: a
        minimum size knows neither, as the exercise scrolls and its prompt wraps."""
        content = self.content
        bar = 20  # a scroll bar's width (asking it would load every QtWidgets type at start-up)
        navigation = self.buttons["next"].sizeHint().height() + 9
        height = max(content.heightForWidth(max(1, width - bar)), content.minimumSizeHint().height())
        return content.minimumSizeHint().width() + bar, height + navigation

    # --- the order of Tab: selections, options, actions, feedback, navigation ---------------------

    def first_in_tab_order(self) -> QWidget:
        return self._selections or self.buttons["add_selection"]

    def focus_first(self) -> None:
        """The focus on the first control a student can use now (the list, an option, or a button)."""
        from PySide6.QtCore import Qt

        widget: QWidget | None = self.first_in_tab_order()
        for _step in range(40):
            if widget is None or not self.isAncestorOf(widget):
                break
            if widget.isVisible() and widget.isEnabled() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                widget.setFocus()
                return
            widget = widget.nextInFocusChain()
        self.feedback.setFocus()

    def _set_tab_order(self) -> None:
        """Set explicitly: the options are built after the buttons, so Qt's order would put them last."""
        options = self._options_box.buttons() if self._options_box is not None else []
        chain: list[QWidget] = [self._selections] if self._selections is not None else []
        chain += [self.buttons["add_selection"], self.remove_button, *options]
        chain += [self.buttons[c] for c in ("check", "hint", "show_answer", "try_again")]
        chain += [self.feedback, self.buttons["previous"], self.buttons["next"]]
        for before, after in zip(chain, chain[1:]):
            QWidget.setTabOrder(before, after)

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
        self._feedback_before = self.feedback.toPlainText()
        self._fit_feedback()  # the text size may have changed
        self.feedback.setHtml(self._feedback_html())
        self._enable()
        self._set_tab_order()

    # --- after a change: the newest feedback in view, and said aloud -----------------------------

    def after(self, what: str) -> None:
        """Scroll the feedback to the first thing that changed (a new hint is added below the rest)."""
        before, now = self._feedback_before, self.feedback.toPlainText()
        if what == "moved" or before == now:
            return
        same = next((n for n, (a, b) in enumerate(zip(before, now)) if a != b), min(len(before), len(now)))
        document = self.feedback.document()
        block = document.findBlock(min(same, max(0, document.characterCount() - 1)))
        top = int(document.documentLayout().blockBoundingRect(block).top())
        bar = self.feedback.verticalScrollBar()
        bar.setValue(min(top, bar.maximum()))
        if what in ("checked", "hint", "answer"):
            from PySide6.QtCore import QTimer

            QTimer.singleShot(0, self, lambda: self.show_whole(self.feedback))  # once laid out anew

    def show_whole(self, widget: QWidget) -> None:
        """Scroll the exercise so all of ``widget`` is in view (Qt's own ensureWidgetVisible shows only the
        text cursor of a text box)."""
        from PySide6.QtCore import QCoreApplication, QEvent

        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest.value)  # the new layout, and the range
        middle = widget.mapTo(self.content, widget.rect().center())
        self.scroller.ensureVisible(middle.x(), middle.y(), 0, widget.height() // 2 + 1)

    def announce_result(self, command: str) -> str:
        """After Check, Hint, Show answer or Try again: tell assistive technology what happened."""
        message = self._announcement(command)
        self.feedback.setAccessibleDescription(message)
        announce(self.feedback, message)
        return message

    def _announcement(self, command: str) -> str:
        session, state, exercise = self.session, self.session.state, self.session.exercise
        if command == "check" and state.grade is not None:
            result = state.grade
            head = _("Passed. Score {score}.", score=percent(result.score)) if result.passed else \
                _("Not passed yet. Score {score}; you need {needed}.", score=percent(result.score),
                  needed=percent(exercise.pass_score))
            counts: dict[str, int] = {}
            for item in result.selections:
                counts[item.verdict] = counts.get(item.verdict, 0) + 1
            details = ", ".join(f"{verdict_label(v)}: {n}" for v, n in counts.items())
            return f"{head} {details}".strip()
        if command == "hint" and session.hints:
            return _("Hint {number}: {hint}", number=len(session.hints), hint=session.hints[-1])
        if command == "show_answer":
            if exercise.is_choice:
                right = "; ".join(o.text for o in exercise.options if o.correct)
                return _("The right answer: {answer}", answer=right)
            return ngettext("The answer is marked in the article; F8 goes to it.",
                            "The {count} answers are marked in the article; F8 goes to each.",
                            len(exercise.answers))
        if command == "try_again":
            return _("Your selections are cleared. Try this exercise again.")
        return ""

    def _show_selections(self) -> None:
        state = self.session.state
        text = self.session.lesson.article.text
        verdicts = [g.verdict for g in state.grade.selections] if state.grade else []
        self.no_selections.setVisible(not state.selections)
        if not state.selections and self._selections is None:
            return
        self.selections.clear()
        for n, selection in enumerate(state.selections):
            label = verdict_label(verdicts[n]) if n < len(verdicts) else verdict_label("pending")
            self.selections.addItem(f"{label}: “{isolate(text[selection.start:selection.end], always=True)}”")
        self.selections.setVisible(bool(state.selections))

    def _show_options(self) -> None:
        exercise, state = self.session.exercise, self.session.state
        verdicts = {g.selection.option: g.verdict for g in state.grade.selections} if state.grade else {}
        self.options_box.show_exercise(exercise)
        self.options_box.show_state({s.option for s in state.selections if s.option is not None},
                                    {k: v for k, v in verdicts.items() if k is not None}, state.answer_shown)

    def _remove_current(self) -> None:
        row = self._selections.currentRow() if self._selections is not None else -1
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
