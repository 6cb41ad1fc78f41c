"""Grading selections exactly as lesson format 1.1 describes it ("Grading a span exercise").

Selections and quotes are compared as ranges of word tokens (widened to sentences under
``unit: sentence``). The student's selections are first merged (overlapping, adjacent, or inside the same
answer's quote), so selecting words in pieces or twice is never wrong; each merged selection is then
correct for every answer whose key it holds, partial, or wrong. Grading costs a few binary searches per
selection, whatever the article's length.
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
    answer: int | None = None  # the answer it was matched to (the first, when it is correct for several)
    answers: tuple[int, ...] = ()  # every answer it is correct for (or the one it is partial for)
    group: int = 0  # the merged selection it belongs to: selections with the same group were merged


class Grade(NamedTuple):
    """The result of checking one exercise: a plain record, ready to save or send."""

    exercise_id: str
    score: float
    passed: bool
    selections: tuple[SelectionGrade, ...]
    missed: tuple[int, ...]  # indexes of answers (or correct options) no selection found
    found: tuple[int, ...] = ()  # answers (or correct options) some selection is correct for
    partly: tuple[int, ...] = ()  # answers only partly found
    wrong: int = 0  # wrong selections, counted once per merged selection: what the score subtracts
    total: int = 1  # the number of answers the score is divided by

    @property
    def points(self) -> float:
        """The sum before dividing and before the floor at 0: found + 0.5 × partly − wrong."""
        return len(self.found) + 0.5 * len(self.partly) - self.wrong


def grade(article: Article, exercise: Exercise, selections: list[Selection], language: str | None = None) -> Grade:
    """Grade the selections; default feedback is in the lesson's ``language`` when the app has a catalogue
    for it (else in the interface's)."""
    with lesson_language(language):
        if exercise.is_choice:
            return _grade_choice(exercise, selections)
        return _grade_spans(article, exercise, selections)


# --- token ranges and sets of them ------------------------------------------------------------------

Ranges = tuple[TokenRange, ...]  # sorted, disjoint, non-empty token ranges: the words of a merged selection


def _size(ranges: Ranges) -> int:
    return sum(stop - first for first, stop in ranges)


def _common(ranges: Ranges, other: TokenRange) -> int:
    return sum(max(0, min(stop, other[1]) - max(first, other[0])) for first, stop in ranges)


def _union(ranges: list[TokenRange]) -> Ranges:
    """Sorted disjoint ranges covering ``ranges``; ranges that touch (adjacent words) join."""
    merged: list[list[int]] = []
    for first, stop in sorted(r for r in ranges if r[0] < r[1]):
        if merged and first <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], stop)
        else:
            merged.append([first, stop])
    return tuple((a, b) for a, b in merged)


def _inside_union(ranges: Ranges, quotes: list[TokenRange]) -> int:
    """How many of the selection's tokens lie inside the union of ``quotes``."""
    return sum(_common(ranges, q) for q in _union(quotes))


class AnswerRanges(NamedTuple):
    quote: TokenRange
    keys: tuple[TokenRange, ...]  # empty: half of the quote is enough


def answer_ranges(article: Article, exercise: Exercise) -> list[AnswerRanges]:
    index = article.index
    return [AnswerRanges(index.tokens(a.quote.start, a.quote.end, exercise.unit),
                         tuple(index.tokens(k.start, k.end, "word") for k in a.keys))
            for a in exercise.answers]


def holds_key(ranges: Ranges, answer: AnswerRanges) -> bool:
    """Every word of one of the answer's keys; without a key, at least half of the quote."""
    if not answer.keys:
        quote = answer.quote
        return 2 * _common(ranges, quote) >= quote[1] - quote[0] > 0
    return any(key[0] < key[1] and _common(ranges, key) == key[1] - key[0] for key in answer.keys)


# --- merging ----------------------------------------------------------------------------------------

def merge(chosen: list[TokenRange], answers: list[AnswerRanges]) -> list[int]:
    """For each selection, the number of the merged selection it belongs to (numbered from 0 in the order
    of their first selection). Selections merge when they overlap or touch (only white space and
    punctuation between them), or both lie inside one answer's quote; a selection with no words stays
    alone."""
    parent = list(range(len(chosen)))

    def root(n: int) -> int:
        while parent[n] != n:
            parent[n] = parent[parent[n]]
            n = parent[n]
        return n

    def join(a: int, b: int) -> None:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    order = sorted((r, n) for n, r in enumerate(chosen) if r[0] < r[1])
    run, reach = -1, -1
    for (first, stop), n in order:  # sorted by start: each touches the run before it, or starts a new one
        if run >= 0 and first <= reach:
            join(run, n)
            reach = max(reach, stop)
        else:
            run, reach = n, stop
    for answer in answers:
        inside = [n for (first, stop), n in order if answer.quote[0] <= first and stop <= answer.quote[1]]
        for n in inside[1:]:
            join(inside[0], n)
    numbers: dict[int, int] = {}
    return [numbers.setdefault(root(n), len(numbers)) for n in range(len(chosen))]


# --- grading a span exercise ------------------------------------------------------------------------

class _Judged(NamedTuple):
    verdict: Verdict
    answers: tuple[int, ...]
    feedback: str


def _grade_spans(article: Article, exercise: Exercise, selections: list[Selection]) -> Grade:
    index = article.index
    answers = answer_ranges(article, exercise)
    chosen = [index.tokens(s.start, s.end, exercise.unit) for s in selections]
    groups = merge(chosen, answers)
    members: dict[int, list[TokenRange]] = {}
    for number, token_range in zip(groups, chosen):
        members.setdefault(number, []).append(token_range)
    judged = {number: _judge(article, exercise, answers, _union(ranges)) for number, ranges in members.items()}
    results = tuple(SelectionGrade(selection, judged[g].verdict, judged[g].feedback,
                                   judged[g].answers[0] if judged[g].answers else None, judged[g].answers, g)
                    for selection, g in zip(selections, groups))
    found = {a for j in judged.values() if j.verdict == "correct" for a in j.answers}
    partly = {a for j in judged.values() if j.verdict == "partial" for a in j.answers} - found
    wrong = sum(j.verdict == "wrong" for j in judged.values())
    total = len(exercise.answers) or 1
    score = max(0.0, len(found) + 0.5 * len(partly) - wrong) / total
    missed = tuple(a for a in range(len(exercise.answers)) if a not in found and a not in partly)
    return Grade(exercise.id, score, score >= exercise.pass_score - 1e-9, results, missed,
                 tuple(sorted(found)), tuple(sorted(partly)), wrong, total)


def _judge(article: Article, exercise: Exercise, answers: list[AnswerRanges], ranges: Ranges) -> _Judged:
    if not ranges:
        return _Judged("wrong", (), _("This selection has no words in it."))
    touched = [(a, _common(ranges, answer.quote)) for a, answer in enumerate(answers)]
    touched = [(a, common) for a, common in touched if common]
    if not touched:
        return _Judged("wrong", (), _wrong_feedback(article, exercise, ranges))
    satisfied = [a for a, _common_size in touched if holds_key(ranges, answers[a])]
    if satisfied and 2 * _inside_union(ranges, [answers[a].quote for a in satisfied]) >= _size(ranges):
        own = [exercise.answers[a].feedback for a in satisfied]
        feedback = " ".join(dict.fromkeys(f for f in own if f)) or _("Well spotted.")
        return _Judged("correct", tuple(satisfied), feedback)
    best = max(touched, key=lambda pair: (pair[1], -pair[0]))[0]
    if not holds_key(ranges, answers[best]):
        feedback = _("Close: you found the right place, but select more of the important words.")
    else:
        feedback = _("Close: you found the right place, but your selection takes in too much around it.")
    return _Judged("partial", (best,), feedback)


def _wrong_feedback(article: Article, exercise: Exercise, ranges: Ranges) -> str:
    index = article.index
    best, best_common = None, 0
    for distractor in exercise.distractors:
        common = _common(ranges, index.tokens(distractor.quote.start, distractor.quote.end, exercise.unit))
        if common > best_common:
            best, best_common = distractor, common
    if best is not None:
        return best.feedback
    if exercise.wrong_feedback:
        return exercise.wrong_feedback
    return _("That is not one of the parts this exercise asks for.")


# --- grading a choice -------------------------------------------------------------------------------

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
        results.append(SelectionGrade(selection, verdict, option.feedback or default, number,
                                      (number,) if option.correct and number is not None else ()))
    score = 1.0 if set(picked) == right and len(picked) == len(set(picked)) else 0.0
    missed = tuple(sorted(right - set(picked)))
    wrong = sum(r.verdict == "wrong" for r in results)
    return Grade(exercise.id, score, score >= exercise.pass_score - 1e-9, tuple(results), missed,
                 tuple(sorted(right & set(picked))), (), wrong, max(1, len(right)))
