"""The teacher view's side panel: a legend of the colours drawn over the article, and the teacher notes."""

from __future__ import annotations

from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from literacy_app.core.model import Lesson
from literacy_app.i18n import _, ngettext
from literacy_app.ui.themes import Theme
from literacy_app.ui.words import escape, exercise_kind


class TeacherPanel(QWidget):
    def __init__(self, lesson: Lesson, theme: Theme) -> None:
        super().__init__()
        self.setObjectName("teacher-panel")
        layout = QVBoxLayout(self)
        self.text = QTextBrowser()
        self.text.setAccessibleName(_("Teacher notes and legend"))
        layout.addWidget(self.text)
        self.show_lesson(lesson, theme)

    def show_lesson(self, lesson: Lesson, theme: Theme) -> None:
        legend = _("Answers are underlined with dots, distractors with dashes and dots, in the colour of "
                   "their exercise:")
        rows = [f"<h3>{escape(_('Teacher view'))}</h3>",
                f"<p>{escape(legend)}</p><table cellpadding='4'>"]
        for n, exercise in enumerate(lesson.exercises):
            colour = theme.exercise_colours[n % len(theme.exercise_colours)]
            counts = ngettext("{count} answer", "{count} answers", len(exercise.answers)) + ", " + \
                ngettext("{count} distractor", "{count} distractors", len(exercise.distractors)) \
                if not exercise.is_choice else \
                _("choice: {right}", right="; ".join(o.text for o in exercise.options if o.correct))
            rows.append(f"<tr><td style='background:{colour}; color:{theme.text}'>&nbsp;{n + 1}&nbsp;</td>"
                        f"<td><b>{escape(exercise_kind(exercise.type))}</b> ({escape(exercise.id)})"
                        f"<br>{escape(exercise.prompt)}<br><i>{escape(counts)}</i></td></tr>")
        rows.append("</table>")
        if lesson.teacher_notes:
            notes = "".join(f"<p>{escape(p).replace(chr(10), '<br>')}</p>"
                            for p in lesson.teacher_notes.split("\n\n"))
            rows.append(f"<h3>{escape(_('Teacher notes'))}</h3>{notes}")
        self.text.setHtml("".join(rows))
