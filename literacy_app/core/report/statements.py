"""Statements read back into attempt records, through the shape ``core/results/statements.py`` documents.

Only this app's ``answered`` statements become attempts (an exercise activity carrying the app's verdicts
extension); anything else in the same LRS (other apps, the app's lesson-level statements) is left out
without a word. A statement that claims to be this app's but is damaged is reported.
"""

from __future__ import annotations

import re
from datetime import datetime
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


_LONG_WAY = (KeyError, TypeError, ValueError, IndexError, AttributeError)


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

    def attempt(self, statement: dict[str, Any]) -> AttemptRecord:
        """The attempt an ``answered`` statement records (check ``is_this_apps_answer`` first)."""
        try:
            return self._remembered(statement)
        except _LONG_WAY:
            pass
        try:
            result = statement["result"]
            activity = statement["object"]
            return self._attempt(statement, result, result["extensions"], activity, activity["id"])
        except NotAnAttempt:
            raise
        except (KeyError, TypeError, ValueError, IndexError, AttributeError) as exc:
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
            return self._remembered(statement)
        except _LONG_WAY:
            pass
        try:
            return self._attempt(statement, result, extensions, activity, object_id)
        except NotAnAttempt:
            raise
        except (KeyError, TypeError, ValueError, IndexError, AttributeError) as exc:
            raise _damaged(exc) from None

    def _remembered(self, statement: dict[str, Any]) -> AttemptRecord:
        """A statement of the app's own shape whose exercise, class, lesson, selections and verdicts were all
        met before (read the long way, by ``_attempt``), so that each is one look-up: most of a term's
        statements. Raises one of ``_LONG_WAY`` for anything else (nothing met before, another shape, a
        damaged statement), and ``_attempt`` reads it: the same record either way, as a test checks."""
        result = statement["result"]
        extensions = result["extensions"]
        context = statement["context"]
        activities = context["contextActivities"]
        groups = activities["grouping"]
        parents = activities["parent"]
        if len(groups) != 1 or len(parents) != 1:
            raise IndexError
        lesson_id, exercise_id, prompt, class_id, title, version = self._where[
            (statement["object"]["id"], groups[0]["id"], parents[0]["id"], context["extensions"][EXT_LESSON_HASH])]
        actor = statement["actor"]
        student = self._students.get((actor["account"]["name"], actor.get("name", ""))) or self._student(actor)
        spans = extensions.get(EXT_SELECTED_SPANS)
        selections = self._selections[tuple(map(tuple, spans)) if spans is not None
                                      else tuple(extensions[EXT_SELECTED_OPTIONS])]
        verdicts = self._verdicts[tuple(extensions[EXT_VERDICTS])]
        score = float(result["score"]["scaled"]) + 0.0
        duration = result["duration"]
        seconds = (float(duration[2:-1]) if duration[:2] == "PT" and duration[-1:] == "S"  # PT75.40S
                   else seconds_of(duration) if duration else 0.0)
        return _new_record(AttemptRecord, (
            str(statement["id"]).encode().decode(), student, class_id, lesson_id, exercise_id,
            1.0 if score > 1.0 else 0.0 if score < 0.0 else score,
            bool(result["success"]), int(extensions[EXT_HINTS_USED]), bool(extensions[EXT_ANSWER_SHOWN]),
            selections, verdicts, _from_iso(statement["timestamp"]).timestamp(), seconds, title, prompt, (), (),
            version))

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
        score = float(result["score"]["scaled"]) + 0.0
        duration = result.get("duration")
        # The record keeps copies, never objects of the parsed statement: one kept object holds a whole block
        # of the statement's freed memory, and with a term's statements that slows reading by a fifth.
        # tuple.__new__ is the NamedTuple's own constructor without its Python-level argument handling.
        return _new_record(AttemptRecord, (
            str(statement["id"]).encode().decode(), student, where[3], where[0], where[1],
            1.0 if score > 1.0 else 0.0 if score < 0.0 else score,
            bool(result.get("success", False)), int(extensions.get(EXT_HINTS_USED, 0)),
            bool(extensions.get(EXT_ANSWER_SHOWN, False)), selections, verdicts,
            _from_iso(statement["timestamp"]).timestamp(), seconds_of(duration) if duration else 0.0, where[4],
            where[2], (), (), where[5]))

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
        if class_id is None or not title:
            return None
        where = self._where[key] = (*exercise, class_id, title, self._version(version))
        return where

    # --- the first time something is met (then remembered) ---

    def _exercise(self, activity: dict[str, Any]) -> tuple[str, str, str]:
        object_id = activity["id"]
        lesson_part, _marker, exercise_part = object_id.rpartition("/exercises/")
        exercise = (_unquoted(lesson_part.rpartition("/lessons/")[2]), _unquoted(exercise_part.partition("/")[0]),
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
