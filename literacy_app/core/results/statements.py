"""xAPI 1.0.3 statements made from a student's graded work (see docs/results-format.md).

Every graded Check becomes one ``answered`` statement; a finished lesson becomes one ``completed`` and one
``passed`` or ``failed``. A statement is built once: its id and timestamp are fixed when the attempt happens,
and its exact JSON text (``Statement.json``) is what the outbox stores and what is sent, every time. An LRS
answers 409 to a resend whose JSON differs, so nothing here may be rebuilt later.

The IRIs below are the contract with whoever reads the statements back (the class report, a school's own
dashboards): activity ids are built from the lab's ``iri_base`` (default ``DEFAULT_IRI_BASE``) with
``lesson_iri``, ``exercise_iri`` and ``class_iri``; verbs, activity types and extensions are fixed and do
not change with ``iri_base``.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import time
import uuid
from datetime import UTC, datetime
from typing import Any, NamedTuple
from urllib.parse import quote

from literacy_app import __version__
from literacy_app.core import record
from literacy_app.core.lab import DEFAULT_IRI_BASE
from literacy_app.core.model import Exercise, Lesson
from literacy_app.core.session import Attempt, LessonSession

XAPI_VERSION = "1.0.3"
PLATFORM = f"Media literacy lab {__version__}"

# --- verbs (ADL's) --------------------------------------------------------------------------------------
VERB_ANSWERED = "http://adlnet.gov/expapi/verbs/answered"
VERB_COMPLETED = "http://adlnet.gov/expapi/verbs/completed"
VERB_PASSED = "http://adlnet.gov/expapi/verbs/passed"
VERB_FAILED = "http://adlnet.gov/expapi/verbs/failed"
VERB_NAMES = {VERB_ANSWERED: "answered", VERB_COMPLETED: "completed", VERB_PASSED: "passed",
              VERB_FAILED: "failed"}

# --- activity types (ADL's) -----------------------------------------------------------------------------
ACTIVITY_EXERCISE = "http://adlnet.gov/expapi/activities/cmi.interaction"
ACTIVITY_LESSON = "http://adlnet.gov/expapi/activities/lesson"
ACTIVITY_CLASS = "http://adlnet.gov/expapi/activities/course"

# --- the app's own extensions: fixed, whatever the lab's iri_base -----------------------------------------
EXTENSION_BASE = "https://media-literacy-lab.invalid/xapi/extensions"
EXT_SELECTED_SPANS = f"{EXTENSION_BASE}/selected-spans"  # result: [[start, end], ...] code points
EXT_EXPECTED_SPANS = f"{EXTENSION_BASE}/expected-spans"  # result: [[start, end], ...] the answers' quotes
EXT_EXPECTED_KEYS = f"{EXTENSION_BASE}/expected-keys"  # result: [[start, end], ...] each answer's first key
EXT_ANSWER_KEYS = f"{EXTENSION_BASE}/answer-keys"  # result: [[[start, end], ...], ...] every key of each answer
EXT_SELECTED_OPTIONS = f"{EXTENSION_BASE}/selected-options"  # result (choice): [n, ...] counting from 1
EXT_VERDICTS = f"{EXTENSION_BASE}/verdicts"  # result: ["correct" | "partial" | "wrong", ...] per selection
EXT_HINTS_USED = f"{EXTENSION_BASE}/hints-used"  # result: number of hints revealed before this Check
EXT_ANSWER_SHOWN = f"{EXTENSION_BASE}/answer-shown"  # result: true when the answer had been shown
EXT_CHECK_SCORE = f"{EXTENSION_BASE}/check-score"  # result: what this Check earned, when the score is frozen
EXT_EXERCISES_PASSED = f"{EXTENSION_BASE}/exercises-passed"  # result (lesson): number of exercises passed
EXT_LESSON_HASH = f"{EXTENSION_BASE}/lesson-content-hash"  # context: "sha256:<hex>", see lesson_content_hash
EXT_EXERCISE_TYPE = f"{EXTENSION_BASE}/exercise-type"  # context: the lesson format's type (attribution, ...)

RESPONSE_SEPARATOR = "[,]"  # xAPI's separator between the parts of a response


class Statement(NamedTuple):
    """One statement: its id and the exact JSON text that is stored and sent."""

    id: str
    json: str

    @property
    def data(self) -> dict[str, Any]:
        result: dict[str, Any] = json.loads(self.json)
        return result


class Learner(NamedTuple):
    """Who is studying, as an xAPI account: the school's ``homepage`` and a login or a name. Never an e-mail."""

    home_page: str
    name: str

    def actor(self) -> dict[str, Any]:
        return {"objectType": "Agent", "account": {"homePage": self.home_page, "name": self.name}}


# --- ids ----------------------------------------------------------------------------------------------------

def _part(text: str) -> str:
    return quote(text, safe="-._~")


def lesson_iri(iri_base: str, lesson_id: str) -> str:
    return f"{iri_base.rstrip('/')}/lessons/{_part(lesson_id)}"


def exercise_iri(iri_base: str, lesson_id: str, exercise_id: str) -> str:
    return f"{lesson_iri(iri_base, lesson_id)}/exercises/{_part(exercise_id)}"


def class_iri(iri_base: str, class_id: str) -> str:
    return f"{iri_base.rstrip('/')}/classes/{_part(class_id)}"


def option_id(number: int) -> str:
    """A choice option's id in statements: ``option-1`` for the first option in the lesson file."""
    return f"option-{number + 1}"


def timestamp(seconds: float) -> str:
    """Always the same spelling: UTC, milliseconds, ``Z`` (``2026-12-03T12:35:21.123Z``)."""
    millis = int(round(seconds * 1000))
    whole, part = divmod(millis, 1000)
    return datetime.fromtimestamp(whole, UTC).strftime("%Y-%m-%dT%H:%M:%S") + f".{part:03d}Z"


def duration(seconds: float) -> str:
    """ISO 8601, to the hundredth of a second as xAPI asks (``PT75.40S``)."""
    return f"PT{max(0.0, seconds):.2f}S"


_hashes: dict[int, tuple[Lesson, str]] = {}


def lesson_content_hash(lesson: Lesson) -> str:
    """``sha256:`` of the lesson as loaded (every field but its path, as canonical JSON), not of the file's
    bytes: a comment or a re-wrapped line in the YAML makes no new version, while any change to what the
    student reads or how it is graded does. Computed once per loaded lesson."""
    known = _hashes.get(id(lesson))
    if known is not None and known[0] is lesson:
        return known[1]
    fields = {f.name: getattr(lesson, f.name) for f in record.fields(lesson) if f.name != "path"}
    canonical = json.dumps(_plain(fields), sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    digest = "sha256:" + hashlib.sha256(canonical.encode("utf-8")).hexdigest()
    if len(_hashes) > 64:
        _hashes.clear()
    _hashes[id(lesson)] = (lesson, digest)
    return digest


def _plain(value: object) -> object:
    if isinstance(value, record.Record):
        return {f.name: _plain(getattr(value, f.name)) for f in record.fields(value)}
    if isinstance(value, tuple) and hasattr(value, "_asdict"):
        return _plain(value._asdict())
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def lesson_passed(session: LessonSession) -> bool:
    """The lessons' pass rule: every exercise passed (score at least its ``pass_score``)."""
    return all(state.passed for state in session.states)


def _language_map(language: str, text: str) -> dict[str, str]:
    return {language or "und": text or "-"}


def dumps(statement: dict[str, Any]) -> str:
    """The one way a statement becomes text: compact, keys sorted, UTF-8 kept."""
    return json.dumps(statement, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


# --- the builder --------------------------------------------------------------------------------------------

@dataclasses.dataclass(frozen=True)
class StatementBuilder:
    """Makes the statements of one student; the lab decides the base of the ids and the class."""

    learner: Learner
    iri_base: str = DEFAULT_IRI_BASE
    class_id: str | None = None
    platform: str = PLATFORM

    def answered(self, lesson: Lesson, attempt: Attempt, registration: str,
                 statement_id: str | None = None) -> Statement:
        """The statement of one Check; ``attempt`` is the session's record of it."""
        exercise = lesson.exercise(attempt.exercise_id)
        if exercise is None:
            raise ValueError(f"no exercise {attempt.exercise_id!r} in lesson {lesson.id!r}")
        maximum = 1 if exercise.is_choice else max(1, len(exercise.answers))
        scaled = min(1.0, max(0.0, float(attempt.score)))
        extensions: dict[str, Any] = {
            EXT_HINTS_USED: attempt.hints_used,
            EXT_ANSWER_SHOWN: attempt.answer_shown,
            EXT_VERDICTS: list(attempt.verdicts),
        }
        if exercise.is_choice:
            options = [s for s in attempt.selections if isinstance(s, int)]
            response = RESPONSE_SEPARATOR.join(option_id(n) for n in options)
            extensions[EXT_SELECTED_OPTIONS] = [n + 1 for n in options]
        else:
            spans = [list(s) for s in attempt.selections if isinstance(s, tuple)]
            response = RESPONSE_SEPARATOR.join(f"{s}:{e}" for s, e in spans)
            extensions[EXT_SELECTED_SPANS] = spans
            extensions[EXT_EXPECTED_SPANS] = [[a.quote.start, a.quote.end] for a in exercise.answers]
            extensions[EXT_EXPECTED_KEYS] = [[a.key.start, a.key.end] for a in exercise.answers]
            extensions[EXT_ANSWER_KEYS] = [[[k.start, k.end] for k in a.keys] for a in exercise.answers]
        if attempt.check_score is not None:
            extensions[EXT_CHECK_SCORE] = round(float(attempt.check_score), 4)
        result: dict[str, Any] = {
            "score": {"scaled": round(scaled, 4), "raw": round(scaled * maximum, 4), "min": 0, "max": maximum},
            "success": bool(attempt.passed),
            "completion": True,
            "duration": duration(attempt.seconds_spent),
            "extensions": extensions,
        }
        if response:
            result["response"] = response  # xAPI allows no empty text: a Check with nothing selected has none
        made_id = statement_id or str(uuid.uuid4())
        statement: dict[str, Any] = {
            "id": made_id,
            "actor": self.learner.actor(),
            "verb": self._verb(VERB_ANSWERED),
            "object": self._exercise_activity(lesson, exercise),
            "result": result,
            "context": self._context(lesson, registration, parent=True,
                                     extra={EXT_EXERCISE_TYPE: exercise.type}),
            "timestamp": timestamp(attempt.finished_at),
            "version": XAPI_VERSION,
        }
        return Statement(made_id, dumps(statement))

    def lesson_finished(self, session: LessonSession, registration: str,
                        finished_at: float | None = None) -> list[Statement]:
        """``completed`` then ``passed`` or ``failed`` (the lessons' pass rule, ``lesson_passed``)."""
        lesson = session.lesson
        when = timestamp(time.time() if finished_at is None else finished_at)
        count = max(1, session.count)
        scaled = min(1.0, max(0.0, session.total_score()))
        passed_count = sum(1 for s in session.states if s.passed)
        success = lesson_passed(session)
        result = {
            "score": {"scaled": round(scaled, 4), "raw": round(scaled * count, 4), "min": 0, "max": count},
            "success": success,
            "completion": True,
            "duration": duration(session.seconds_spent()),
            "extensions": {
                EXT_EXERCISES_PASSED: passed_count,
                EXT_ANSWER_SHOWN: any(s.answer_shown for s in session.states),
                EXT_HINTS_USED: sum(s.hints_shown for s in session.states),
            },
        }
        statements = []
        for verb in (VERB_COMPLETED, VERB_PASSED if success else VERB_FAILED):
            made_id = str(uuid.uuid4())
            statement = {
                "id": made_id,
                "actor": self.learner.actor(),
                "verb": self._verb(verb),
                "object": self._lesson_activity(lesson),
                "result": result,
                "context": self._context(lesson, registration, parent=False),
                "timestamp": when,
                "version": XAPI_VERSION,
            }
            statements.append(Statement(made_id, dumps(statement)))
        return statements

    # --- parts ------------------------------------------------------------------------------------------

    @staticmethod
    def _verb(verb: str) -> dict[str, Any]:
        return {"id": verb, "display": {"en-US": VERB_NAMES[verb]}}

    def _lesson_activity(self, lesson: Lesson) -> dict[str, Any]:
        definition: dict[str, Any] = {"type": ACTIVITY_LESSON, "name": _language_map(lesson.language, lesson.title)}
        return {"objectType": "Activity", "id": lesson_iri(self.iri_base, lesson.id), "definition": definition}

    def _exercise_activity(self, lesson: Lesson, exercise: Exercise) -> dict[str, Any]:
        definition: dict[str, Any] = {
            "type": ACTIVITY_EXERCISE,
            "name": _language_map(lesson.language, exercise.id),
            "description": _language_map(lesson.language, exercise.prompt),
        }
        if exercise.is_choice:
            definition["interactionType"] = "choice"
            definition["choices"] = [{"id": option_id(n), "description": _language_map(lesson.language, o.text)}
                                     for n, o in enumerate(exercise.options)]
            correct = [option_id(n) for n, o in enumerate(exercise.options) if o.correct]
            definition["correctResponsesPattern"] = [RESPONSE_SEPARATOR.join(correct)]
        else:
            definition["interactionType"] = "other"
            definition["correctResponsesPattern"] = [
                RESPONSE_SEPARATOR.join(f"{a.key.start}:{a.key.end}" for a in exercise.answers)]
        return {"objectType": "Activity", "id": exercise_iri(self.iri_base, lesson.id, exercise.id),
                "definition": definition}

    def _context(self, lesson: Lesson, registration: str, *, parent: bool,
                 extra: dict[str, Any] | None = None) -> dict[str, Any]:
        activities: dict[str, Any] = {}
        if parent:
            activities["parent"] = [self._lesson_activity(lesson)]
        if self.class_id:
            activities["grouping"] = [{"objectType": "Activity", "id": class_iri(self.iri_base, self.class_id),
                                       "definition": {"type": ACTIVITY_CLASS}}]
        context: dict[str, Any] = {
            "registration": registration,
            "platform": self.platform,
            "language": lesson.language,
            "extensions": {EXT_LESSON_HASH: lesson_content_hash(lesson), **(extra or {})},
        }
        if activities:
            context["contextActivities"] = activities
        return context
