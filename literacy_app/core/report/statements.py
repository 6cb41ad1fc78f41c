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
    if duration.startswith("PT"):
        try:
            return float(duration[2:-1])  # the app's own spelling, PT75.40S (float() refuses "1M3")
        except ValueError:
            pass
    found = _DURATION.match(duration)
    if found is None:
        raise ValueError(duration)
    days, hours, minutes, seconds = (float(v) if v else 0.0 for v in found.groups())
    return ((days * 24 + hours) * 60 + minutes) * 60 + seconds


def epoch_of(stamp: str) -> float:
    return datetime.fromisoformat(stamp).timestamp()  # Python 3.11 reads the trailing Z


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


class StatementReader:
    """Reads statements into attempts, remembering what repeats from one statement to the next (the same
    exercise, class and student come back hundreds of times in a term's results)."""

    def __init__(self) -> None:
        self._exercises: dict[str, tuple[str, str, str]] = {}  # object id -> lesson id, exercise id, prompt
        self._lessons: dict[str, str] = {}  # lesson activity id -> title
        self._classes: dict[str, str] = {}  # class activity id -> class id
        self._students: dict[tuple[str, str], Student] = {}
        self._same: dict[object, Any] = {}  # one copy of each verdict list, selection list and lesson hash

    def attempt(self, statement: dict[str, Any]) -> AttemptRecord:
        """The attempt an ``answered`` statement records (check ``is_this_apps_answer`` first)."""
        try:
            return self._attempt(statement)
        except NotAnAttempt:
            raise
        except (KeyError, TypeError, ValueError, IndexError, AttributeError) as exc:
            raise NotAnAttempt(_("a statement of this app that could not be read ({what})",
                                 what=f"{type(exc).__name__}: {exc}")) from None

    def _attempt(self, statement: dict[str, Any]) -> AttemptRecord:
        result = statement["result"]
        extensions = result["extensions"]
        activity = statement["object"]
        object_id = activity["id"]
        exercise = self._exercises.get(object_id)
        if exercise is None:
            lesson_part, _marker, exercise_part = object_id.rpartition("/exercises/")
            exercise = (_unquoted(lesson_part.rpartition("/lessons/")[2]),
                        _unquoted(exercise_part.partition("/")[0]),
                        _name(activity.get("definition") or {}, "description"))
            self._exercises[object_id] = exercise
        context = statement.get("context") or {}
        activities = context.get("contextActivities") or {}
        class_id = None
        for group in activities.get("grouping") or ():
            group_id = group["id"]
            found = self._classes.get(group_id)
            if found is None and (group.get("definition") or {}).get("type") == ACTIVITY_CLASS \
                    and "/classes/" in group_id:
                found = self._classes[group_id] = _unquoted(group_id.rpartition("/classes/")[2].partition("/")[0])
            if found is not None:
                class_id = found
        title = ""
        for parent in activities.get("parent") or ():
            title = self._lessons.get(parent["id"], "")
            if not title:
                title = self._lessons[parent["id"]] = _name(parent.get("definition") or {}, "name")
            break
        actor = statement["actor"]
        account = actor.get("account")
        who = (account.get("name", ""), actor.get("name", "")) if isinstance(account, dict) else ("", "")
        student = self._students.get(who) if who[0] else None
        if student is None:
            student = student_of(actor)
            if who[0]:
                self._students[who] = student
        spans = extensions.get(EXT_SELECTED_SPANS)
        if spans is not None:
            selections: tuple[tuple[int, int] | int, ...] = tuple([(int(a), int(b)) for a, b in spans])
        else:
            selections = tuple([int(n) - 1 for n in extensions.get(EXT_SELECTED_OPTIONS) or ()])
        verdicts = tuple([str(v) for v in extensions[EXT_VERDICTS]])
        same = self._same
        selections = same.setdefault(selections, selections)
        verdicts = same.setdefault(verdicts, verdicts)
        version = str((context.get("extensions") or {}).get(EXT_LESSON_HASH, ""))
        version = same.setdefault(version, version)
        score = float(result["score"]["scaled"]) + 0.0
        duration = result.get("duration")
        # The record keeps copies, never objects of the parsed statement: one kept object holds a whole block
        # of the statement's freed memory, and with a term's statements that slows reading by a fifth.
        return AttemptRecord(
            str(statement["id"]).encode().decode(), student, class_id, exercise[0], exercise[1],
            1.0 if score > 1.0 else 0.0 if score < 0.0 else score,
            bool(result.get("success", False)), int(extensions.get(EXT_HINTS_USED, 0)),
            bool(extensions.get(EXT_ANSWER_SHOWN, False)), selections, verdicts,
            epoch_of(statement["timestamp"]), seconds_of(duration) if duration else 0.0, title, exercise[2],
            (), (), version)


def attempt_of(statement: dict[str, Any]) -> AttemptRecord:
    """The attempt an ``answered`` statement records (check ``is_this_apps_answer`` first)."""
    return StatementReader().attempt(statement)
