"""Which marks the article shows for the session's current state (or, in teacher view, for every exercise)."""

from __future__ import annotations

from literacy_app.core.model import Lesson
from literacy_app.core.session import LessonSession
from literacy_app.i18n import _
from literacy_app.ui.article_view import Mark
from literacy_app.ui.themes import Theme
from literacy_app.ui.words import verdict_label


def student_marks(session: LessonSession) -> list[Mark]:
    state, exercise = session.state, session.exercise
    if exercise.is_choice:
        return []
    marks: list[Mark] = []
    graded = state.grade.selections if state.grade else ()
    if state.answer_shown:
        found = {g.answer for g in graded if g.verdict != "wrong"}
        kind = "missed" if state.grade else "answer"
        marks += [Mark(a.quote.start, a.quote.end, kind, verdict_label(kind))
                  for n, a in enumerate(exercise.answers) if n not in found]
    for n, selection in enumerate(state.selections):
        verdict = graded[n].verdict if n < len(graded) else "pending"
        marks.append(Mark(selection.start, selection.end, verdict, verdict_label(verdict)))
    return marks


def teacher_marks(lesson: Lesson, theme: Theme) -> list[Mark]:
    marks: list[Mark] = []
    for n, exercise in enumerate(lesson.exercises):
        colour = theme.exercise_colours[n % len(theme.exercise_colours)]
        for answer in exercise.answers:
            marks.append(Mark(answer.quote.start, answer.quote.end, "answer",
                              _("Exercise {number}: answer", number=n + 1), colour))
        for distractor in exercise.distractors:
            marks.append(Mark(distractor.quote.start, distractor.quote.end, "distractor",
                              _("Exercise {number}: distractor. {feedback}", number=n + 1,
                                feedback=distractor.feedback), colour))
    return marks
