"""What the exercise panel says after each step, as plain texts computed from the session.

The widget only renders these. Kept here so that the rules a student sees (how the score adds up, how
many answers are still missing but never which, when the explanation may appear, whether a hint can still
be asked for) are tested without a display and said the same way everywhere.
"""

from __future__ import annotations

from literacy_app.core.grading import Grade
from literacy_app.core.record import Record
from literacy_app.core.session import ExerciseState, LessonSession
from literacy_app.i18n import _, ngettext


class ExerciseFeedback(Record):
    """Everything the panel shows about the current exercise, in the student's words."""

    score_sum: str | None  # "2 found, 1 partly, 1 wrong: 2 + 0.5 − 1 = 1.5 of 3"; None before a Check
    missing: str | None  # "1 answer is still missing." and what the student can do; never which
    frozen: str | None  # after Show answer: the score that counts, and why Checks no longer change it
    explanation: str | None  # only once the exercise is passed or its answer shown
    can_hint: bool  # a hint is left to ask for


def number(value: float) -> str:
    """0.5, 1.5, 2: a count of points as a student would write it."""
    return f"{value:g}"


def _list_separator() -> str:
    # TRANSLATORS: between the parts of a score in words: "2 found, 1 partly, 1 wrong"
    return _(", ")


def score_sum(result: Grade) -> str:
    """How a span exercise's score adds up, in words and numbers: the rule at work on this Check."""
    found, partly, wrong = len(result.found), len(result.partly), result.wrong
    words = [ngettext("{count} found", "{count} found", found)]
    terms = [number(found)]
    if partly:
        words.append(ngettext("{count} partly", "{count} partly", partly))
        terms.append("+ " + number(0.5 * partly))
    if wrong:
        words.append(ngettext("{count} wrong", "{count} wrong", wrong))
        terms.append("− " + number(wrong))
    points = result.points
    total = result.total
    if points < 0:
        return ngettext("{words}: {sum} = {points}, which counts as 0 of {count}",
                        "{words}: {sum} = {points}, which counts as 0 of {count}", total,
                        words=_list_separator().join(words), sum=" ".join(terms),
                        points=number(points).replace("-", "−"))
    if len(terms) == 1:
        return ngettext("{words} of {count}", "{words} of {count}", total, words=words[0])
    return ngettext("{words}: {sum} = {points} of {count}", "{words}: {sum} = {points} of {count}", total,
                    words=_list_separator().join(words), sum=" ".join(terms), points=number(points))


def missing_text(session: LessonSession, result: Grade) -> str | None:
    """How many answers are still missing (never which), and what the student may do about it."""
    state = session.state
    if state.answer_shown or not result.missed:
        return None
    count = len(result.missed)
    head = ngettext("{count} answer is still missing.", "{count} answers are still missing.", count)
    steps = []
    if not result.passed:
        steps.append(_("change your answer and Check again") if session.exercise.is_choice
                     else _("select more words and Check again"))
        if state.hints_shown < len(session.exercise.hints):
            steps.append(_("ask for a hint"))
    if session.can_show_answer:
        steps.append(_("press Show answer to see them all"))
    if not steps:
        return head
    return head + " " + _("You can {steps}.", steps=_(", or ").join(steps))


def frozen_text(state: ExerciseState) -> str | None:
    if not state.answer_shown:
        return None
    return _("You have seen the answer, so your score for this exercise stays {score}. Checking again "
             "still tells you what is right.", score=f"{round(100 * (state.best_score or 0.0))}%")


def explanation_allowed(state: ExerciseState) -> bool:
    """Explanations often name the answers: shown once the exercise is passed or its answer shown."""
    return state.passed or state.answer_shown


def exercise_feedback(session: LessonSession) -> ExerciseFeedback:
    state, exercise = session.state, session.exercise
    result = state.grade
    summed = score_sum(result) if result is not None and not exercise.is_choice else None
    missing = missing_text(session, result) if result is not None else None
    explanation = exercise.explanation if exercise.explanation and explanation_allowed(state) else None
    return ExerciseFeedback(summed, missing, frozen_text(state), explanation,
                            state.hints_shown < len(exercise.hints))


def scoring_rule_example() -> str:
    """The scoring rule with one example, for the Help screen."""
    return _("Each answer you find counts 1, each answer you find only partly counts ½, and each wrong "
             "selection takes 1 away; the total is divided by the number of answers (never below 0). For "
             "example, with 3 answers: 2 found, 1 partly, 1 wrong: 2 + 0.5 − 1 = 1.5 of 3, a score of 50%. "
             "Selecting the same words twice, or an answer in several pieces, is never counted as wrong. "
             "After Show answer, checking again still tells you what is right, but your score stays.")
