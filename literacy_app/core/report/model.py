"""The class report: who did what in a lesson, and where the class went wrong.

Built from plain attempt records and, when the teacher's machine has it, the lesson itself (for the
exercise prompts and the distractors). A lesson the machine does not have is still reported, from what
the statements carry.

The numbers, in the teacher's words (docs/class-results.md says the same):

- an exercise's *best* score is the best Check; its *latest* score is the last Check;
- a lesson's best (latest) score is the mean of its exercises' best (latest) scores, an exercise not
  tried counting 0, exactly as the app's own end-of-lesson summary counts;
- a lesson is *passed* when every exercise was passed at least once;
- *time* and *hints* are the most the app had counted in each exercise, added up;
- *answer shown* is an exercise whose answer the student looked at before passing it (or without ever
  passing it).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from operator import attrgetter
from typing import Final, NamedTuple

from literacy_app.core.grading import Selection, grade
from literacy_app.core.model import Exercise, Lesson
from literacy_app.core.report.records import AttemptRecord, Student, collector_paused
from literacy_app.core.results.statements import lesson_content_hash
from literacy_app.i18n import _

PASSED, PARTIAL, WRONG, NOT_TRIED = "✓", "◐", "✗", "–"
BINS = 10  # the score chart: 0–9 %, 10–19 %, … 90–100 %
MOST_COMMON = 5  # wrong selections listed per exercise
_WHEN = attrgetter("finished_at", "seconds_spent")  # seconds_spent grows within an exercise: breaks ties


class ExerciseInfo(NamedTuple):
    id: str
    number: int  # from 1, in lesson order
    prompt: str


class ExerciseResult(NamedTuple):
    """One student in one exercise."""

    attempts: int
    latest_score: float
    best_score: float
    passed: bool
    answer_shown: bool  # before passing, or without passing
    hints_used: int
    seconds: float
    latest: AttemptRecord

    @property
    def symbol(self) -> str:
        if self.passed:
            return PASSED
        return PARTIAL if self.best_score > 0 else WRONG

    @property
    def label(self) -> str:
        """The verdict as text, never colour alone: the symbol, and 'answer shown' when it was."""
        return f"{self.symbol} {_('answer shown')}" if self.answer_shown else self.symbol


class StudentRow(NamedTuple):
    """One student in one lesson; ``exercises`` in lesson order, None where not tried."""

    student: Student
    exercises: tuple[ExerciseResult | None, ...]
    latest_score: float | None  # None: no attempt at all in this lesson
    best_score: float | None
    passed: bool
    attempts: int
    seconds: float
    hints_used: int
    answer_shown: bool

    @property
    def tried(self) -> bool:
        return self.best_score is not None

    def labels(self) -> list[str]:
        return [r.label if r is not None else NOT_TRIED for r in self.exercises]


class WrongSelection(NamedTuple):
    """A wrong selection several students made: grouped by the distractor it hit, else by its words."""

    label: str  # the words (or option) selected, as the teacher reads them
    feedback: str  # what the app told the student; the distractor's feedback when it hit one
    distractor: bool  # it hit one of the lesson's distractors (or a wrong option)
    students: int


class ExerciseSummary(NamedTuple):
    exercise: ExerciseInfo
    passed: int  # students who passed it
    tried: int  # students who checked it at least once
    class_size: int
    wrong: tuple[WrongSelection, ...]  # the most common first

    @property
    def share_passed(self) -> float:
        return self.passed / self.class_size if self.class_size else 0.0


class LessonReport(NamedTuple):
    lesson_id: str
    title: str
    exercises: tuple[ExerciseInfo, ...]
    rows: tuple[StudentRow, ...]  # every student of the class, those who did not start included
    summaries: tuple[ExerciseSummary, ...]
    distribution: tuple[int, ...]  # students per score band (BINS bands), best scores, starters only

    @property
    def started(self) -> int:
        return sum(row.tried for row in self.rows)

    @property
    def passed(self) -> int:
        return sum(row.passed for row in self.rows)

    def row(self, student_id: str) -> StudentRow | None:
        return next((r for r in self.rows if r.student.id == student_id), None)


class ClassReport(NamedTuple):
    class_id: str | None
    students: tuple[Student, ...]  # sorted by name
    lessons: tuple[LessonReport, ...]

    def lesson(self, lesson_id: str) -> LessonReport | None:
        return next((r for r in self.lessons if r.lesson_id == lesson_id), None)


# --- building ---------------------------------------------------------------------------------------

def build_report(records: Iterable[AttemptRecord], lessons: Mapping[str, Lesson] | None = None, *,
                 class_id: str | None = None, lesson_id: str | None = None,
                 since: float | None = None) -> ClassReport:
    """The report for one class (None: every record) and one lesson (None: every lesson found).

    ``records`` should hold each statement once (see ``records.unique``); ``lessons`` maps lesson ids to
    the lessons this machine has."""
    with collector_paused():
        return _build(records, lessons or {}, class_id, lesson_id, since)


# A student's Checks in one exercise: the Check itself when there is one (most), else a list in the order read.
_Checks = AttemptRecord | list[AttemptRecord]
_Groups = dict[str, dict[str, _Checks]]  # student id -> exercise id -> their Checks in it
_new = tuple.__new__  # a NamedTuple made without its Python-level argument handling (tens of thousands here)

# A record's fields by position, for the loops below that read a term's hundred thousand records: in Python 3.11
# a NamedTuple's field by name is a descriptor call, by position a plain subscript (the names are checked
# against AttemptRecord._fields and Student._fields in tests/report/test_report_model.py).
_STUDENT: Final = 1
_CLASS: Final = 2
_LESSON: Final = 3
_EXERCISE: Final = 4
_SCORE: Final = 5
_PASSED: Final = 6
_HINTS: Final = 7
_SHOWN: Final = 8
_SELECTIONS: Final = 9
_VERDICTS: Final = 10
_FINISHED: Final = 11
_SECONDS: Final = 12
_TITLE: Final = 13
_TEXTS: Final = 15
_FEEDBACK: Final = 16
_VERSION: Final = 17
_ID: Final = 0  # of a Student
_NAME: Final = 1  # of a Student


def _build(records: Iterable[AttemptRecord], lessons: Mapping[str, Lesson], class_id: str | None,
           lesson_id: str | None, since: float | None) -> ClassReport:
    # One pass over the records, grouping them as the report needs them: a term's results hold a hundred
    # thousand, so each is looked at once here and then only through its group. Records come student by student
    # and lesson by lesson more often than not (a file, a page of an LRS): while both stay the same, the
    # student's Checks in the lesson are found without a look-up.
    students: dict[str, Student] = {}
    found: dict[str, _Lesson] = {}  # lesson -> its Checks grouped, in the order first seen
    titles: dict[str, str] = {}  # lesson -> the first title a statement gave it
    last_student: Student | None = None
    last_lesson: str | None = None
    mine: dict[str, _Checks] = {}
    here = _Lesson({}, [], frozenset(), {})
    untitled = False
    for record in records:
        if class_id is not None and record[_CLASS] != class_id:
            continue
        if since is not None and record[_FINISHED] < since:
            continue
        student = record[_STUDENT]
        lesson = record[_LESSON]
        if student is not last_student or lesson is not last_lesson:
            student_id = student[_ID]
            known = students.get(student_id)
            if known is not student and (known is None or (not known[_NAME] and student[_NAME])):
                students[student_id] = student
            if lesson_id is not None and lesson != lesson_id:
                continue
            here = found.get(lesson) or found.setdefault(lesson, _Lesson(
                {}, [], frozenset(e.id for e in lessons[lesson].exercises) if lesson in lessons else frozenset(), {}))
            mine = here.groups.get(student_id) or here.groups.setdefault(student_id, {})
            untitled = lesson not in titles
            last_student, last_lesson = student, lesson
        exercise_id = record[_EXERCISE]
        group = mine.get(exercise_id)
        if group is None:
            mine[exercise_id] = record
            if exercise_id not in here.known:
                here.missing.append(record)
        elif type(group) is list:
            group.append(record)
        else:
            mine[exercise_id] = [group, record]  # type: ignore[list-item]
        if "wrong" in record[_VERDICTS]:
            wrong = here.wrong.get(exercise_id)
            if wrong is None:
                here.wrong[exercise_id] = [record]
            else:
                wrong.append(record)
        if untitled and record[_TITLE]:
            titles[lesson] = record[_TITLE]
            untitled = False
    roster = tuple(sorted(students.values(), key=lambda s: (s.name.casefold() or s.id.casefold(), s.id)))
    order = list(lessons)
    wanted = [lesson_id] if lesson_id is not None else sorted(
        found, key=lambda i: (order.index(i) if i in order else len(order), i))
    nothing = _Lesson({}, [], frozenset(), {})
    return ClassReport(class_id, roster, tuple(
        _lesson_report(i, found.get(i, nothing), titles.get(i), lessons.get(i), roster) for i in wanted))


class _Lesson(NamedTuple):
    """A lesson's Checks, as ``_build`` groups them."""

    groups: _Groups
    missing: list[AttemptRecord]  # the first Check of each group whose exercise the lesson (if known) lacks
    known: frozenset[str]  # the exercises of the lesson this machine has
    wrong: dict[str, list[AttemptRecord]]  # exercise -> Checks with a wrong selection


def _exercises(groups: _Groups, missing: list[AttemptRecord], lesson: Lesson | None) -> tuple[ExerciseInfo, ...]:
    if lesson is not None:
        known = [ExerciseInfo(e.id, n, e.prompt) for n, e in enumerate(lesson.exercises, 1)]
        ids = {e.id for e in lesson.exercises}
    else:
        known, ids = [], set()
    # Exercises the machine's copy lacks, in the order the class first met them.
    for record in sorted([_first(groups[f.student.id][f.exercise_id]) for f in missing], key=_WHEN):
        if record.exercise_id not in ids:
            ids.add(record.exercise_id)
            known.append(ExerciseInfo(record.exercise_id, len(known) + 1, record.exercise_prompt))
    return tuple(known)


def _lesson_report(lesson_id: str, found: _Lesson, title: str | None, lesson: Lesson | None,
                   roster: tuple[Student, ...]) -> LessonReport:
    groups = found.groups
    exercises = _exercises(groups, found.missing, lesson)
    title = lesson.title if lesson is not None else title or lesson_id
    ids = [e.id for e in exercises]
    count = max(1, len(ids))
    passed = [0] * len(ids)  # students who passed each exercise
    tried = [0] * len(ids)  # students who checked it at least once
    distribution = [0] * BINS
    # The rows of those who tried, in the order their Checks were read (the order the groups were made in
    # memory: with a term's results, walking them in the roster's order instead costs a cache miss a group).
    # One student in one exercise is most often one Check: its result is made here, without a call.
    students = {s.id: s for s in roster}
    made: dict[str, StudentRow] = {}
    for student_id, mine in groups.items():
        results: list[ExerciseResult | None] = []
        latest = best = seconds = 0.0
        checks_made = hints = 0
        all_passed, shown = True, False
        for n, exercise_id in enumerate(ids):
            checks = mine.get(exercise_id)
            if checks is None:
                results.append(None)
                all_passed = False
            elif isinstance(checks, list):
                result = _exercise_result(checks)
                results.append(result)
                checks_made += result[0]
                latest += result[1]
                best += result[2]
                shown = shown or result[4]
                hints += result[5]
                seconds += result[6]
                tried[n] += 1
                if result[3]:
                    passed[n] += 1
                else:
                    all_passed = False
            else:
                score, one_passed, one_hints, one_shown = checks[_SCORE:_SELECTIONS]  # one slice: four fields
                one_hints = one_hints if one_hints > 0 else 0
                one_seconds = checks[_SECONDS]
                one_seconds = one_seconds if one_seconds > 0.0 else 0.0
                top = score if score > 0.0 else 0.0
                results.append(_new(ExerciseResult, (1, score, top, one_passed, one_shown, one_hints, one_seconds,
                                                     checks)))
                checks_made += 1
                latest += score
                best += top
                shown = shown or one_shown
                hints += one_hints
                seconds += one_seconds
                tried[n] += 1
                if one_passed:
                    passed[n] += 1
                else:
                    all_passed = False
        if not checks_made:  # no Check in an exercise of the lesson
            continue
        best_score = best / count
        made[student_id] = _new(StudentRow, (students[student_id], tuple(results), latest / count, best_score,
                                             all_passed, checks_made, seconds, hints, shown))
        distribution[score_band(best_score)] += 1
    nothing = (None,) * len(ids)
    rows = [made.get(student.id) or _new(StudentRow, (student, nothing, None, None, False, 0, 0.0, 0, False))
            for student in roster]
    summaries = tuple(_summary(info, passed[n], tried[n], len(rows), found.wrong.get(info.id, []), lesson)
                      for n, info in enumerate(exercises))
    return LessonReport(lesson_id, title, exercises, tuple(rows), summaries, tuple(distribution))


def score_band(score: float) -> int:
    """The chart's band of a score from 0 to 1: 0 for 0–9 %, …, 9 for 90–100 %."""
    return min(BINS - 1, max(0, int(round(score * 100, 6) // (100 // BINS))))


def _first(checks: _Checks) -> AttemptRecord:
    return min(checks, key=_WHEN) if type(checks) is list else checks  # type: ignore[return-value]


def _exercise_result(attempts: list[AttemptRecord]) -> ExerciseResult:
    """A student's result in an exercise they checked more than once."""
    attempts = sorted(attempts, key=_WHEN)  # stable: equal times keep the order read
    best = 0.0
    hints = 0
    seconds = 0.0
    passed = shown = False
    for attempt in attempts:  # one pass: a term's results hold tens of thousands of these
        if not passed:
            shown = shown or attempt[_SHOWN]  # the answer looked at before (or without) passing
            passed = attempt[_PASSED]
        if attempt[_SCORE] > best:
            best = attempt[_SCORE]
        if attempt[_HINTS] > hints:
            hints = attempt[_HINTS]
        if attempt[_SECONDS] > seconds:
            seconds = attempt[_SECONDS]
    latest = attempts[-1]
    return _new(ExerciseResult, (len(attempts), latest[_SCORE], best, passed, shown, hints, seconds, latest))


# --- where the class went wrong ----------------------------------------------------------------------

_SPACES = re.compile(r"\s+")


def _words(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


class _Wrong(NamedTuple):
    key: tuple[str, str]
    label: str
    feedback: str
    distractor: bool


def _wrong_selections(record: AttemptRecord, exercise: Exercise | None, lesson: Lesson | None) -> list[_Wrong]:
    wrong = [n for n, verdict in enumerate(record.verdicts) if verdict == "wrong" and n < len(record.selections)]
    if not wrong:
        return []
    if exercise is not None and exercise.is_choice:
        found = []
        for n in wrong:
            option = record.selections[n]
            if isinstance(option, int) and 0 <= option < len(exercise.options):
                choice = exercise.options[option]
                found.append(_Wrong(("option", str(option)), choice.text, choice.feedback or "", True))
        return found
    feedback = list(record.feedback)
    texts = list(record.texts)
    if lesson is not None and exercise is not None and _same_version(record, lesson):
        article = lesson.article
        spans = [s for s in record.selections if isinstance(s, tuple)]
        if len(spans) == len(record.selections) and all(0 <= s < e <= len(article.text) for s, e in spans):
            here = [article.text[s:e] for s, e in spans]
            if not texts or [_words(t) for t in texts] == [_words(t) for t in here]:  # same article as sent
                texts = here
                if len(feedback) != len(spans):
                    graded = grade(article, exercise, [Selection(s, e) for s, e in spans])
                    feedback = [g.feedback for g in graded.selections]
    distractors = {d.feedback: d for d in exercise.distractors} if exercise is not None else {}
    found = []
    for n in wrong:
        said = feedback[n] if n < len(feedback) else ""
        hit = distractors.get(said)
        if hit is not None and lesson is not None:
            found.append(_Wrong(("distractor", said), _words(lesson.article.quote(hit.quote)), said, True))
            continue
        selection = record.selections[n]
        words = _words(texts[n]) if n < len(texts) else ""
        if not words:
            words = (_("characters {start}–{end}", start=selection[0], end=selection[1])
                     if isinstance(selection, tuple) else _("option {number}", number=selection + 1))
        found.append(_Wrong(("text", words.casefold()), words, said, False))
    return found


def _same_version(record: AttemptRecord, lesson: Lesson) -> bool:
    """The student had the lesson this machine has (offsets point at the same words), or cannot tell."""
    return not record.lesson_hash or record.lesson_hash == lesson_content_hash(lesson)


def _summary(info: ExerciseInfo, passed: int, tried: int, class_size: int, wrong_ones: list[AttemptRecord],
             lesson: Lesson | None) -> ExerciseSummary:
    exercise = lesson.exercise(info.id) if lesson is not None else None
    who: dict[tuple[str, str], set[str]] = defaultdict(set)
    first: dict[tuple[str, str], _Wrong] = {}
    known: dict[tuple[object, ...], list[_Wrong]] = {}  # a class makes the same wrong selections again and again
    for record in wrong_ones:
        same = (record[_SELECTIONS], record[_VERDICTS], record[_TEXTS], record[_FEEDBACK], record[_VERSION])
        made_here = known.get(same)
        if made_here is None:
            made_here = known[same] = _wrong_selections(record, exercise, lesson)
        for made in made_here:
            who[made[0]].add(record[_STUDENT][_ID])
            if made[0] not in first:
                first[made[0]] = made
    ranked = sorted(who, key=lambda k: (-len(who[k]), first[k].label.casefold()))
    wrong = tuple(WrongSelection(first[k].label, first[k].feedback, first[k].distractor, len(who[k]))
                  for k in ranked[:MOST_COMMON])
    return ExerciseSummary(info, passed, tried, class_size, wrong)
