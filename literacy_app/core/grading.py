"""Grading selections exactly as lesson format 1 describes it.

Selections and quotes are compared as ranges of word tokens (widened to sentences under
``unit: sentence``), so grading one selection costs a few binary searches, whatever the article's length.
"""

from __future__ import annotations

from typing import Literal, NamedTuple

from literacy_app.core.model import Article, Exercise
from literacy_app.i18n import _, lesson_language

Verdict = Literal["correct", "partial", "wrong"]
TokenRange = tuple[int, int]


class Selection(NamedTuple):
    """What a student selected: a range of the article text (code points), or a choice option."""

    start: int = 0
    end: int = 0
    option: int | None = None


class SelectionGrade(NamedTuple):
    selection: Selection
    verdict: Verdict
    feedback: str
    answer: int | None = None  # index of the answer it was matched to


class Grade(NamedTuple):
    """The result of checking one exercise: a plain record, ready to save or send."""

    exercise_id: str
    score: float
    passed: bool
    selections: tuple[SelectionGrade, ...]
    missed: tuple[int, ...]  # indexes of answers (or correct options) no selection found


def grade(article: Article, exercise: Exercise, selections: list[Selection], language: str | None = None) -> Grade:
    """Grade the selections; default feedback is in the lesson's ``language`` when the app has a catalogue
    for it (else in the interface's)."""
    with lesson_language(language):
        if exercise.is_choice:
            return _grade_choice(exercise, selections)
        return _grade_spans(article, exercise, selections)


def _size(r: TokenRange) -> int:
    return max(0, r[1] - r[0])


def _common(a: TokenRange, b: TokenRange) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


class _AnswerRanges(NamedTuple):
    quote: TokenRange
    key: TokenRange


def answer_ranges(article: Article, exercise: Exercise) -> list[_AnswerRanges]:
    index = article.index
    return [_AnswerRanges(index.tokens(a.quote.start, a.quote.end, exercise.unit),
                          index.tokens(a.key.start, a.key.end, exercise.unit)) for a in exercise.answers]


def verdict_for(selection: TokenRange, answer: _AnswerRanges) -> Verdict:
    """Correct: at least half the key, and at least half the selection inside the quote."""
    inside = _common(selection, answer.quote)
    if inside == 0:
        return "wrong"
    holds_key = 2 * _common(selection, answer.key) >= _size(answer.key)
    mostly_inside = 2 * inside >= _size(selection)
    return "correct" if holds_key and mostly_inside else "partial"


def _grade_spans(article: Article, exercise: Exercise, selections: list[Selection]) -> Grade:
    index = article.index
    answers = answer_ranges(article, exercise)
    chosen = [index.tokens(s.start, s.end, exercise.unit) for s in selections]
    matches = _match(chosen, answers)
    results: list[SelectionGrade] = []
    for n, selection in enumerate(selections):
        answer = matches.get(n)
        if answer is None:
            results.append(SelectionGrade(selection, "wrong", _wrong_feedback(article, exercise, chosen[n],
                                                                              answers, matches)))
            continue
        verdict = verdict_for(chosen[n], answers[answer])
        feedback = _right_feedback(exercise, answer, verdict, chosen[n], answers[answer])
        results.append(SelectionGrade(selection, verdict, feedback, answer))
    return _total(exercise, tuple(results), set(matches.values()))


def _match(chosen: list[TokenRange], answers: list[_AnswerRanges]) -> dict[int, int]:
    """Pair selections with answers, largest overlap first; each answer at most once."""
    rank = {"correct": 2, "partial": 1, "wrong": 0}
    pairs = []
    for s, selection in enumerate(chosen):
        for a, answer in enumerate(answers):
            common = _common(selection, answer.quote)
            if common:
                pairs.append((-common, -rank[verdict_for(selection, answer)], s, a))
    pairs.sort()
    matches: dict[int, int] = {}
    taken: set[int] = set()
    for _common_size, _rank, s, a in pairs:
        if s not in matches and a not in taken:
            matches[s] = a
            taken.add(a)
    return matches


def _right_feedback(exercise: Exercise, answer: int, verdict: Verdict, selection: TokenRange,
                    ranges: _AnswerRanges) -> str:
    own = exercise.answers[answer].feedback
    if verdict == "correct":
        return own or _("Well spotted.")
    if 2 * _common(selection, ranges.key) < _size(ranges.key):
        return _("Close: you found the right place, but select more of the important words.")
    return _("Close: you found the right place, but your selection takes in too much around it.")


def _wrong_feedback(article: Article, exercise: Exercise, selection: TokenRange,
                    answers: list[_AnswerRanges], matches: dict[int, int]) -> str:
    if selection[0] >= selection[1]:
        return _("This selection has no words in it.")
    index = article.index
    best, best_common = None, 0
    for distractor in exercise.distractors:
        common = _common(selection, index.tokens(distractor.quote.start, distractor.quote.end, exercise.unit))
        if common > best_common:
            best, best_common = distractor, common
    if best is not None:
        return best.feedback
    if exercise.wrong_feedback:
        return exercise.wrong_feedback
    if any(_common(selection, answers[a].quote) for a in matches.values()):
        return _("You have already selected this part in another selection.")
    return _("That is not one of the parts this exercise asks for.")


def _total(exercise: Exercise, results: tuple[SelectionGrade, ...], matched: set[int]) -> Grade:
    correct = sum(r.verdict == "correct" for r in results)
    partial = sum(r.verdict == "partial" for r in results)
    wrong = sum(r.verdict == "wrong" for r in results)
    total = len(exercise.answers) or 1
    score = max(0.0, correct + 0.5 * partial - wrong) / total
    missed = tuple(a for a in range(len(exercise.answers)) if a not in matched)
    return Grade(exercise.id, score, score >= exercise.pass_score - 1e-9, results, missed)


def _grade_choice(exercise: Exercise, selections: list[Selection]) -> Grade:
    picked = [s.option for s in selections if s.option is not None and 0 <= s.option < len(exercise.options)]
    right = {n for n, option in enumerate(exercise.options) if option.correct}
    results = []
    for selection in selections:
        number = selection.option
        option = exercise.options[number] if number is not None and 0 <= number < len(exercise.options) else None
        if option is None:
            results.append(SelectionGrade(selection, "wrong", _("That is not one of the options.")))
            continue
        verdict: Verdict = "correct" if option.correct else "wrong"
        default = "" if option.correct else _("Not this one.")
        results.append(SelectionGrade(selection, verdict, option.feedback or default, selection.option))
    score = 1.0 if set(picked) == right and len(picked) == len(set(picked)) else 0.0
    missed = tuple(sorted(right - set(picked)))
    return Grade(exercise.id, score, score >= exercise.pass_score - 1e-9, tuple(results), missed)
