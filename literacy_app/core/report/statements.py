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
    found = _DURATION.match(duration)
    if found is None:
        raise ValueError(duration)
    days, hours, minutes, seconds = (float(v) if v else 0.0 for v in found.groups())
    return ((days * 24 + hours) * 60 + minutes) * 60 + seconds


def epoch_of(stamp: str) -> float:
    return datetime.fromisoformat(stamp.replace("Z", "+00:00")).timestamp()


def _after(iri: str, marker: str) -> str:
    """The id written after ``marker`` in an activity IRI (``…/lessons/<id>/…``), unquoted."""
    rest = iri.rsplit(marker, 1)[1]
    return unquote(rest.split("/", 1)[0])


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


def attempt_of(statement: dict[str, Any]) -> AttemptRecord:
    """The attempt an ``answered`` statement records (check ``is_this_apps_answer`` first)."""
    try:
        result = statement["result"]
        extensions = result["extensions"]
        activity = statement["object"]
        definition = activity.get("definition") or {}
        context = statement.get("context") or {}
        activities = context.get("contextActivities") or {}
        parents = activities.get("parent") or []
        class_id = None
        for group in activities.get("grouping") or []:
            if (group.get("definition") or {}).get("type") == ACTIVITY_CLASS and "/classes/" in group["id"]:
                class_id = _after(group["id"], "/classes/")
        spans = extensions.get(EXT_SELECTED_SPANS)
        if spans is not None:
            selections: tuple[tuple[int, int] | int, ...] = tuple((int(s), int(e)) for s, e in spans)
        else:
            selections = tuple(int(n) - 1 for n in extensions.get(EXT_SELECTED_OPTIONS) or [])
        verdicts = tuple(str(v) for v in extensions[EXT_VERDICTS])
        score = float(result["score"]["scaled"])
        return AttemptRecord(
            id=str(statement["id"]),
            student=student_of(statement["actor"]),
            class_id=class_id,
            lesson_id=_after(activity["id"], "/lessons/"),
            exercise_id=_after(activity["id"], "/exercises/"),
            score=min(1.0, max(0.0, score)),
            passed=bool(result.get("success", False)),
            hints_used=int(extensions.get(EXT_HINTS_USED, 0)),
            answer_shown=bool(extensions.get(EXT_ANSWER_SHOWN, False)),
            selections=selections,
            verdicts=verdicts,
            finished_at=epoch_of(str(statement["timestamp"])),
            seconds_spent=seconds_of(str(result.get("duration", "PT0S"))),
            lesson_title=_name((parents[0].get("definition") or {}) if parents else {}, "name"),
            exercise_prompt=_name(definition, "description"),
            lesson_hash=str((context.get("extensions") or {}).get(EXT_LESSON_HASH, "")),
        )
    except NotAnAttempt:
        raise
    except (KeyError, TypeError, ValueError, IndexError, AttributeError) as exc:
        raise NotAnAttempt(_("a statement of this app that could not be read ({what})",
                             what=f"{type(exc).__name__}: {exc}")) from None
