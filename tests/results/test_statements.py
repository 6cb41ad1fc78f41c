"""Every statement the app makes is valid xAPI by a strict model (Ralph's), and says what happened."""

from __future__ import annotations

import json
import re
import uuid

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from literacy_app.core.loader import load_lesson
from literacy_app.core.results.statements import (
    ACTIVITY_EXERCISE,
    EXT_ANSWER_SHOWN,
    EXT_HINTS_USED,
    EXT_LESSON_HASH,
    EXT_SELECTED_SPANS,
    VERB_ANSWERED,
    VERB_COMPLETED,
    VERB_PASSED,
    Learner,
    StatementBuilder,
    exercise_iri,
    lesson_content_hash,
    timestamp,
)
from literacy_app.core.session import LessonSession
from tests.results.play import play
from tests.support.paths import LESSONS, SEED_LESSON

BUILDER = StatementBuilder(Learner("https://school.example.org", "ana.r"), "https://school.example.org/xapi", "7B")


def statements_of(path):  # type: ignore[no-untyped-def]
    lesson = load_lesson(path)
    made = []
    session = play(lesson, lambda s, a: made.append(BUILDER.answered(s.lesson, a, s.registration)))
    made += BUILDER.lesson_finished(session, session.registration)
    return lesson, session, made


@pytest.mark.parametrize("path", sorted(LESSONS.glob("*.yaml")), ids=lambda p: p.stem)
def test_every_statement_of_every_shipped_lesson_is_strict_xapi(path, xapi_model) -> None:  # type: ignore[no-untyped-def]
    _, _, made = statements_of(path)
    for statement in made:
        model = xapi_model(**json.loads(statement.json))
        assert str(model.id) == statement.id


def test_the_statements_say_what_the_student_did() -> None:
    lesson, session, made = statements_of(SEED_LESSON)
    answered = [s.data for s in made if s.data["verb"]["id"] == VERB_ANSWERED]
    assert len(answered) == len(session.attempts)
    assert [s.data["verb"]["id"] for s in made[-2:]] == [VERB_COMPLETED, VERB_PASSED]
    for statement, attempt in zip(answered, session.attempts):
        assert statement["object"]["id"] == exercise_iri("https://school.example.org/xapi", lesson.id,
                                                         attempt.exercise_id)
        assert statement["object"]["definition"]["type"] == ACTIVITY_EXERCISE
        assert statement["result"]["success"] is attempt.passed
        assert statement["result"]["score"]["scaled"] == pytest.approx(attempt.score, abs=1e-4)
        assert statement["result"]["extensions"][EXT_HINTS_USED] == attempt.hints_used
        assert statement["result"]["extensions"][EXT_ANSWER_SHOWN] is attempt.answer_shown
        assert statement["context"]["registration"] == session.registration
        assert statement["context"]["extensions"][EXT_LESSON_HASH] == lesson_content_hash(lesson)
        assert statement["context"]["contextActivities"]["grouping"][0]["id"].endswith("/classes/7B")
        assert statement["actor"] == {"objectType": "Agent", "account": {"homePage": "https://school.example.org",
                                                                         "name": "ana.r"}}
        assert "mbox" not in json.dumps(statement)
        uuid.UUID(statement["id"])
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z", statement["timestamp"])
    spans = [s for s in answered if EXT_SELECTED_SPANS in s["result"]["extensions"]]
    assert spans, "the seed lesson has span exercises"
    for statement in spans:
        for start, end in statement["result"]["extensions"][EXT_SELECTED_SPANS]:
            assert 0 <= start < end <= len(lesson.article.text)


def test_choice_exercises_are_choice_interactions() -> None:
    _, _, made = statements_of(SEED_LESSON)
    choices = [s.data for s in made if s.data["object"]["definition"].get("interactionType") == "choice"]
    assert choices
    for statement in choices:
        definition = statement["object"]["definition"]
        ids = {c["id"] for c in definition["choices"]}
        assert set(definition["correctResponsesPattern"][0].split("[,]")) <= ids
    right = [s for s in choices if s["result"]["success"]]
    assert right and all(s["result"]["response"] == s["object"]["definition"]["correctResponsesPattern"][0]
                         for s in right)


def test_a_timestamp_is_always_spelled_the_same_way() -> None:
    assert timestamp(0) == "1970-01-01T00:00:00.000Z"
    assert timestamp(1.9996) == "1970-01-01T00:00:02.000Z"
    assert timestamp(1780000000.25) == "2026-05-28T20:26:40.250Z"


def test_the_content_hash_changes_with_the_lesson_not_with_its_path() -> None:
    from literacy_app.core.record import replace

    lesson = load_lesson(SEED_LESSON)
    assert lesson_content_hash(lesson) == lesson_content_hash(replace(lesson, path="elsewhere.yaml"))
    assert lesson_content_hash(lesson) != lesson_content_hash(replace(lesson, title="Another title"))


LESSON_FILES = sorted(LESSONS.glob("*.yaml"))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_whatever_a_student_does_every_statement_is_strict_xapi(data, xapi_model) -> None:  # type: ignore[no-untyped-def]
    """Any selections, hints, shown answers and Checks, in any order, in any shipped lesson."""
    lesson = load_lesson(data.draw(st.sampled_from(LESSON_FILES), label="lesson"))
    session = LessonSession(lesson)
    builder = StatementBuilder(Learner("https://school.example.org", data.draw(st.text(min_size=1, max_size=20))),
                               class_id=data.draw(st.none() | st.text(min_size=1, max_size=10)))
    made = []
    length = len(lesson.article.text)
    for action in data.draw(st.lists(st.sampled_from(["select", "options", "hint", "show", "check", "next", "again"]),
                                     max_size=30), label="actions"):
        if action == "select":
            start = data.draw(st.integers(0, length - 1))
            session.add_selection(start, data.draw(st.integers(start + 1, min(length, start + 200))))
        elif action == "options":
            session.set_options(data.draw(st.lists(st.integers(0, 5), max_size=3)))
        elif action == "hint":
            session.hint()
        elif action == "show":
            session.show_answer()
        elif action == "next":
            session.go_to((session.current + 1) % session.count)
        elif action == "again":
            session.try_again()
        else:
            session.check()
            made.append(builder.answered(lesson, session.attempts[-1], session.registration))
    for number in range(session.count):  # finish the lesson, whatever was done before
        session.go_to(number)
        session.check()
    made += builder.lesson_finished(session, session.registration)
    for statement in made:
        model = xapi_model(**json.loads(statement.json))
        assert str(model.id) == statement.id


def test_after_show_answer_the_statement_says_so_and_keeps_the_frozen_score(xapi_model) -> None:  # type: ignore[no-untyped-def]
    from literacy_app.core.results.statements import EXT_ANSWER_KEYS, EXT_CHECK_SCORE

    lesson = load_lesson(SEED_LESSON)
    session = LessonSession(lesson)
    number, exercise = next((n, e) for n, e in enumerate(lesson.exercises) if not e.is_choice)
    session.go_to(number)
    session.check()  # nothing selected: 0
    session.show_answer()
    for answer in exercise.answers:
        session.add_selection(answer.key.start, answer.key.end)
    session.check()
    data = BUILDER.answered(lesson, session.attempts[-1], session.registration).data
    xapi_model(**data)
    assert data["result"]["extensions"][EXT_ANSWER_SHOWN] is True
    assert data["result"]["score"]["scaled"] == 0 and data["result"]["success"] is False
    assert data["result"]["extensions"][EXT_CHECK_SCORE] == 1
    assert len(data["result"]["extensions"][EXT_ANSWER_KEYS]) == len(exercise.answers)
