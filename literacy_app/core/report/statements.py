"""Statements read back into attempt records, through the shape ``core/results/statements.py`` documents.

Only this app's ``answered`` statements become attempts (an exercise activity carrying the app's verdicts
extension); anything else in the same LRS (other apps, the app's lesson-level statements) is left out
without a word. A statement that claims to be this app's but is damaged is reported.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import unquote

from literacy_app.core.report.records import AttemptRecord, Student
from literacy_app.core.results.statements import (
    ACTIVITY_CLASS,
    EXT_ANSWER_SHOWN,
    EXT_HINTS_USED,
    EXT_LESSON_HASH,
    EXT_SELECTED_OPTIONS,
    EXT_SELECTED_SPANS,
    EXT_VERDICTS,
    VERB_ANSWERED,
)
from literacy_app.i18n import _


class NotAnAttempt(Exception):
    """A statement of this app that cannot be read as an attempt; the message says what is wrong."""


_DURATION = re.compile(r"P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$")


def seconds_of(duration: str) -> float:
    """An ISO 8601 duration as xAPI writes it (``PT75.40S``, ``PT1H2M3S``) in seconds."""
    if duration.startswith("PT") and duration.endswith("S"):
        try:
            return float(duration[2:-1])  # the app's own spelling, PT75.40S (float() refuses "1M3")
        except ValueError:
            pass
    found = _DURATION.match(duration)
    if found is None:
        raise ValueError(duration)
    days, hours, minutes, seconds = (float(v) if v else 0.0 for v in found.groups())
    return ((days * 24 + hours) * 60 + minutes) * 60 + seconds


_from_iso = datetime.fromisoformat
_new_record = tuple.__new__


def epoch_of(stamp: str) -> float:
    return _from_iso(stamp).timestamp()  # Python 3.11 reads the trailing Z


# A timestamp as the app writes it (2026-12-03T12:35:21.123Z) in two parts: the minute, and the seconds with the
# zone. Each part met is remembered as whole microseconds (a class's statements share minutes, and seconds come
# back), so that a timestamp is two look-ups, and the sum divided by a million: exactly what ``epoch_of`` gives,
# which is the same division of the same whole number of microseconds. Other spellings go through ``epoch_of``.
_MINUTE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}")
_SECONDS = re.compile(r":[0-9]{2}(?:\.[0-9]{1,6})?(?:Z|[+-][0-9]{2}:[0-9]{2})")
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_SOME_MINUTE = "2000-01-01T00:00"
_SOME_MOMENT = datetime(2000, 1, 1, tzinfo=UTC)
_MICROSECOND = timedelta(microseconds=1)


def _unquoted(text: str) -> str:
    return unquote(text) if "%" in text else text


def _name(definition: dict[str, Any], field: str) -> str:
    names = definition.get(field)
    if isinstance(names, dict) and names:
        return str(next(iter(names.values())))
    return ""


def student_of(actor: dict[str, Any]) -> Student:
    account = actor.get("account")
    if isinstance(account, dict) and account.get("name"):
        key = str(account["name"])
    elif actor.get("mbox"):
        key = str(actor["mbox"]).removeprefix("mailto:")
    else:
        key = str(actor.get("openid") or actor.get("mbox_sha1sum") or "")
    if not key:
        raise NotAnAttempt(_("the statement does not say who the student is"))
    return Student(key, str(actor.get("name") or key))


def is_this_apps_answer(statement: Any) -> bool:
    """An ``answered`` statement on an exercise, with the app's verdicts: the only kind the report reads."""
    try:
        return (statement["verb"]["id"] == VERB_ANSWERED
                and EXT_VERDICTS in statement["result"]["extensions"]
                and "/exercises/" in statement["object"]["id"])
    except (KeyError, TypeError):
        return False


# What reading a damaged statement (or one of another shape) can raise; OverflowError: an infinite count.
_LONG_WAY = (KeyError, TypeError, ValueError, IndexError, AttributeError, OverflowError)


def _damaged(exc: Exception) -> NotAnAttempt:
    return NotAnAttempt(_("a statement of this app that could not be read ({what})",
                          what=f"{type(exc).__name__}: {exc}"))


class StatementReader:
    """Reads statements into attempts, remembering what repeats from one statement to the next (the same
    exercise, class, lesson, student, selections and verdicts come back hundreds of times in a term's
    results), so that reading a statement is mostly looking things up."""

    def __init__(self) -> None:
        self._exercises: dict[str, tuple[str, str, str]] = {}  # object id -> lesson id, exercise id, prompt
        self._lessons: dict[str, str] = {}  # lesson activity id -> title
        self._classes: dict[str, str] = {}  # class activity id -> class id
        self._places: dict[tuple[str, str], tuple[str, str]] = {}  # (class, lesson activity id) -> both read
        self._students: dict[tuple[str, str], Student] = {}
        # One copy of each selection list, verdict list and lesson hash, found by what the statement holds.
        self._selections: dict[tuple[Any, ...], tuple[tuple[int, int] | int, ...]] = {}
        self._verdicts: dict[tuple[Any, ...], tuple[str, ...]] = {}
        self._versions: dict[str, str] = {}
        # (object, class, lesson activity ids, lesson hash) -> lesson id, exercise id, prompt, class, title, hash
        self._where: dict[tuple[str, str, str, str], tuple[str, str, str, str | None, str, str]] = {}
        self._lesson_ids: dict[str, str] = {}  # one copy of each lesson id (the report compares them)
        self._scores: dict[float, float] = {}  # scaled score as written -> as read (one float for each)
        self._minutes: dict[str, int] = {}  # "2026-12-03T12:35" -> microseconds since the epoch, read as UTC
        self._seconds: dict[str, int] = {}  # ":21.123Z" -> microseconds after the minute, less the zone's offset

    def attempt(self, statement: dict[str, Any]) -> AttemptRecord:
        """The attempt an ``answered`` statement records (check ``is_this_apps_answer`` first)."""
        try:
            result = statement["result"]
            activity = statement["object"]
            return self._attempt(statement, result, result["extensions"], activity, activity["id"])
        except NotAnAttempt:
            raise
        except _LONG_WAY as exc:
            raise _damaged(exc) from None

    def answer(self, statement: Any, seen: set[str]) -> AttemptRecord | None:
        """The attempt, when the statement is this app's answer (``is_this_apps_answer``) and its id is not
        in ``seen``; else None. Raises ``NotAnAttempt`` for an answer of this app that cannot be read."""
        try:  # is_this_apps_answer, keeping what it looks up
            if statement["verb"]["id"] != VERB_ANSWERED:
                return None
            result = statement["result"]
            extensions = result["extensions"]
            activity = statement["object"]
            object_id = activity["id"]
            if EXT_VERDICTS not in extensions or "/exercises/" not in object_id:
                return None
        except (KeyError, TypeError):
            return None
        statement_id = statement.get("id")
        try:
            if statement_id in seen:
                return None
        except TypeError:  # an id that is not text: the record keeps it as text
            if str(statement_id) in seen:
                return None
        try:
            return self._attempt(statement, result, extensions, activity, object_id)
        except NotAnAttempt:
            raise
        except _LONG_WAY as exc:
            raise _damaged(exc) from None

    def read_all(self, statements: list[Any], seen: set[str], records: list[AttemptRecord]) -> list[str]:
        """Each of this app's answers among ``statements`` whose id is not in ``seen`` (``answer``), added to
        ``records`` and its id to ``seen``; what is wrong with each answer of this app that cannot be read is
        returned, in order.

        A term's results are a hundred thousand statements, most of them of the app's own shape with an
        exercise, class, lesson, selections and verdicts met before (read the long way by ``_attempt``, which
        remembers them): such a statement is read here by look-ups, in the loop itself. Anything else (met for
        the first time, another tool's spelling, damage) raises one of ``_LONG_WAY`` on the way and is read by
        ``answer``: the same record either way, as tests/report/test_statement_reader.py checks."""
        complaints: list[str] = []
        where_of = self._where
        students = self._students
        selections_of = self._selections
        verdicts_of = self._verdicts
        scores = self._scores
        minutes = self._minutes
        seconds_in = self._seconds
        keep = records.append
        add = seen.add
        for statement in statements:  # a term's results: a hundred thousand times round
            try:
                if statement["verb"]["id"] != VERB_ANSWERED:
                    continue
                statement_id = statement["id"]
                if statement_id in seen:
                    continue
                result = statement["result"]
                extensions = result["extensions"]
                context = statement["context"]
                activities = context["contextActivities"]
                groups = activities["grouping"]
                parents = activities["parent"]
                if len(groups) != 1 or len(parents) != 1:
                    raise IndexError
                # Only an answer on an exercise of this app is remembered here (``_new_where``).
                lesson_id, exercise_id, prompt, class_id, title, version = where_of[(
                    statement["object"]["id"], groups[0]["id"], parents[0]["id"],
                    context["extensions"][EXT_LESSON_HASH])]
                actor = statement["actor"]
                student = students[(actor["account"]["name"], actor.get("name", ""))]
                spans = extensions.get(EXT_SELECTED_SPANS)
                selections = selections_of[tuple(map(tuple, spans)) if spans is not None
                                           else tuple(extensions[EXT_SELECTED_OPTIONS])]
                verdicts = verdicts_of[tuple(extensions[EXT_VERDICTS])]
                duration = result["duration"]
                seconds = (float(duration[2:-1]) if duration[:2] == "PT" and duration[-1:] == "S"  # PT75.40S
                           else seconds_of(duration) if duration else 0.0)
                stamp = statement["timestamp"]
                # The record keeps a copy of the id, never an object of the parsed statement (see ``_attempt``).
                copy = statement_id.encode().decode()
                keep(_new_record(AttemptRecord, (
                    copy, student, class_id, lesson_id, exercise_id, scores[result["score"]["scaled"]],
                    bool(result["success"]), int(extensions[EXT_HINTS_USED]), bool(extensions[EXT_ANSWER_SHOWN]),
                    selections, verdicts, (minutes[stamp[:16]] + seconds_in[stamp[16:]]) / 1_000_000, seconds,
                    title, prompt, (), (), version)))
                add(copy)
                continue
            except _LONG_WAY:
                pass
            try:
                record = self.answer(statement, seen)
            except NotAnAttempt as problem:
                complaints.append(str(problem))
                continue
            if record is not None:
                add(record[0])
                keep(record)
        return complaints

    def _attempt(self, statement: dict[str, Any], result: dict[str, Any], extensions: dict[str, Any],
                 activity: dict[str, Any], object_id: str) -> AttemptRecord:
        context = statement.get("context") or {}
        activities = context.get("contextActivities") or {}
        version = (context.get("extensions") or {}).get(EXT_LESSON_HASH, "")
        groups = activities.get("grouping")
        parents = activities.get("parent")
        where = None
        if type(groups) is list and type(parents) is list and len(groups) == 1 and len(parents) == 1 \
                and type(version) is str:  # as the app writes it: the exercise, class, lesson, version at once
            key = (object_id, groups[0]["id"], parents[0]["id"], version)
            where = self._where.get(key)
            if where is None:
                where = self._new_where(key, activity, activities, version)
        if where is None:
            exercise = self._exercises.get(object_id) or self._exercise(activity)
            class_id, title = self._place(activities)
            where = (*exercise, class_id, title, self._version(version))
        actor = statement["actor"]
        account = actor.get("account")
        student = self._students.get((account.get("name", ""), actor.get("name", ""))) \
            if type(account) is dict else None
        if student is None:
            student = self._student(actor)
        spans = extensions.get(EXT_SELECTED_SPANS)
        given = spans if spans is not None else extensions.get(EXT_SELECTED_OPTIONS) or ()
        verdicts = extensions[EXT_VERDICTS]
        try:
            selections = self._selections.get(tuple(map(tuple, given)) if spans is not None else tuple(given))
            verdicts = self._verdicts.get(tuple(verdicts)) or self._new_verdicts(verdicts)
        except TypeError:  # something unhashable where the app writes numbers and words: read it the long way
            selections = None
            verdicts = self._new_verdicts(verdicts)
        if selections is None:
            selections = self._new_selections(given, spans is not None)
        duration = result.get("duration")
        # The record keeps copies, never objects of the parsed statement: one kept object holds a whole block
        # of the statement's freed memory, and with a term's statements that slows reading by a fifth.
        # tuple.__new__ is the NamedTuple's own constructor without its Python-level argument handling.
        return _new_record(AttemptRecord, (
            str(statement["id"]).encode().decode(), student, where[3], where[0], where[1],
            self._score(result["score"]["scaled"]),
            bool(result.get("success", False)), int(extensions.get(EXT_HINTS_USED, 0)),
            bool(extensions.get(EXT_ANSWER_SHOWN, False)), selections, verdicts,
            self._epoch(statement["timestamp"]), seconds_of(duration) if duration else 0.0, where[4],
            where[2], (), (), where[5]))

    def _score(self, given: Any) -> float:
        score = float(given) + 0.0  # + 0.0: -0.0 reads as 0.0
        score = 1.0 if score > 1.0 else 0.0 if score < 0.0 else score
        if (type(given) is float or type(given) is int) and given == given:  # a number (not NaN): remembered
            score = self._scores.setdefault(given, score)
        return score

    def _epoch(self, stamp: Any) -> float:
        epoch = epoch_of(stamp)
        if type(stamp) is str:  # remember its minute and its seconds, when spelt as the app spells them
            minute, rest = stamp[:16], stamp[16:]
            try:
                if minute not in self._minutes and _MINUTE.fullmatch(minute):
                    self._minutes[minute] = (_from_iso(minute).replace(tzinfo=UTC) - _EPOCH) // _MICROSECOND
                if rest not in self._seconds and _SECONDS.fullmatch(rest):
                    self._seconds[rest] = (_from_iso(_SOME_MINUTE + rest) - _SOME_MOMENT) // _MICROSECOND
            except ValueError:  # not a moment after all: not remembered
                pass
        return epoch

    def _version(self, given: Any) -> str:
        try:
            return self._versions.get(given) or self._new_version(given)
        except TypeError:  # not text (a list): read as text, not remembered
            return self._new_version(given)

    def _new_where(self, key: tuple[str, str, str, str], activity: dict[str, Any], activities: dict[str, Any],
                   version: str) -> tuple[str, str, str, str | None, str, str] | None:
        """The exercise, class, lesson title and version a statement of the app's shape names, remembered under
        the four ids it names them by once the class and the title are known for good (see ``_place``)."""
        exercise = self._exercises.get(key[0]) or self._exercise(activity)
        class_id, title = self._place(activities)
        if class_id is None or not title or "/exercises/" not in key[0]:  # see ``read_all``
            return None
        where = self._where[key] = (*exercise, class_id, title, self._version(version))
        return where

    # --- the first time something is met (then remembered) ---

    def _exercise(self, activity: dict[str, Any]) -> tuple[str, str, str]:
        object_id = activity["id"]
        lesson_part, _marker, exercise_part = object_id.rpartition("/exercises/")
        lesson_id = _unquoted(lesson_part.rpartition("/lessons/")[2])
        exercise = (self._lesson_ids.setdefault(lesson_id, lesson_id), _unquoted(exercise_part.partition("/")[0]),
                    _name(activity.get("definition") or {}, "description"))
        self._exercises[object_id] = exercise
        return exercise

    def _place(self, activities: dict[str, Any]) -> tuple[str | None, str]:
        """The class (the last grouping activity that is one) and the lesson's title (the first parent's)."""
        groups: Any = activities.get("grouping") or ()
        parents: Any = activities.get("parent") or ()
        if len(groups) == 1 and len(parents) == 1:  # as the app writes them: look both up at once
            known = self._places.get((groups[0]["id"], parents[0]["id"]))
            if known is not None:
                return known
        class_id = None
        for group in groups:
            group_id = group["id"]
            found = self._classes.get(group_id)
            if found is None and (group.get("definition") or {}).get("type") == ACTIVITY_CLASS \
                    and "/classes/" in group_id:
                found = self._classes[group_id] = _unquoted(group_id.rpartition("/classes/")[2].partition("/")[0])
            if found is not None:
                class_id = found
        title = ""
        for parent in parents:
            title = self._lessons.get(parent["id"], "")
            if not title:
                title = self._lessons[parent["id"]] = _name(parent.get("definition") or {}, "name")
            break
        if class_id is not None and title and len(groups) == 1 and len(parents) == 1:
            self._places[(groups[0]["id"], parents[0]["id"])] = (class_id, title)
        return class_id, title

    def _student(self, actor: dict[str, Any]) -> Student:
        student = student_of(actor)
        account = actor.get("account")
        if isinstance(account, dict) and account.get("name", ""):
            self._students[(account.get("name", ""), actor.get("name", ""))] = student
        return student

    def _new_selections(self, given: Any, spans: bool) -> tuple[tuple[int, int] | int, ...]:
        selections: tuple[tuple[int, int] | int, ...] = (
            tuple([(int(a), int(b)) for a, b in given]) if spans else tuple([int(n) - 1 for n in given]))
        # Remembered under what the statement holds when that is plain numbers (never "4", 4.5 or true), so
        # that the next statement holding the same finds it without converting anything.
        if spans and all(type(s) is list and len(s) == 2 and type(s[0]) is int and type(s[1]) is int
                         for s in given):
            self._selections[tuple(map(tuple, given))] = selections
        elif not spans and all(type(n) is int for n in given):
            self._selections[tuple(given)] = selections
        return selections

    def _new_verdicts(self, given: Any) -> tuple[str, ...]:
        verdicts = tuple([str(v) for v in given])
        if all(type(v) is str for v in given):
            verdicts = self._verdicts.setdefault(verdicts, verdicts)
        return verdicts

    def _new_version(self, given: Any) -> str:
        version = str(given)
        if type(given) is str and version:
            version = self._versions.setdefault(version, version)
        return version


def attempt_of(statement: dict[str, Any]) -> AttemptRecord:
    """The attempt an ``answered`` statement records (check ``is_this_apps_answer`` first)."""
    return StatementReader().attempt(statement)
