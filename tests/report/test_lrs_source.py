"""Reading the class's results back from a real LRS (Ralph on 127.0.0.1), and what the teacher is told
when the LRS refuses or cannot be reached."""

from __future__ import annotations

import importlib.util
import io
import json
from urllib.error import HTTPError

import pytest

from literacy_app.core.report.model import build_report
from literacy_app.core.report.records import SourceUnavailable
from literacy_app.core.report.sources import LrsSource
from tests.report.simulate import IRI_BASE
from tests.report.test_report_model import check_report

needs_ralph = pytest.mark.skipif(importlib.util.find_spec("ralph") is None or importlib.util.find_spec("bcrypt") is None,
                                 reason="Ralph is not installed (pip install -e '.[test]')")


def send(endpoint: str, texts: list[str]) -> None:
    """Through the app's own sender (core/results/lrs.py), in batches as it sends them."""
    from literacy_app.core.results.lrs import LrsClient
    from tests.results.ralph_server import PASSWORD, USERNAME

    client = LrsClient(endpoint, USERNAME, PASSWORD)
    for start in range(0, len(texts), 200):
        answer = client.post(texts[start:start + 200])
        assert answer.status == 200, answer


@pytest.fixture(scope="module")
def lrs(tmp_path_factory, played):  # type: ignore[no-untyped-def]
    """Issue 13's Ralph launcher (tests/results/ralph_server.py), one server for this module."""
    from tests.results.ralph_server import RalphServer

    server = RalphServer(tmp_path_factory.mktemp("ralph") / "lrs").start()
    try:
        other_app = {"actor": {"mbox": "mailto:someone@school.example.org"}, "verb": {
            "id": "http://adlnet.gov/expapi/verbs/answered"}, "object": {"id": "https://quiz.example.org/q/1"},
            "result": {"score": {"scaled": 1}}, "id": "6b1c8a2e-2f7e-4a8e-9a57-3f1d2a9d0c11"}
        send(server.endpoint, [s.json for p in played for s in p.statements] + [json.dumps(other_app)])
        yield server
    finally:
        server.stop()


@needs_ralph
def test_the_report_from_the_lrs_matches_the_attempts(lrs, played, two_lessons) -> None:  # type: ignore[no-untyped-def]
    from tests.results.ralph_server import PASSWORD, USERNAME

    result = LrsSource(lrs.endpoint, USERNAME, PASSWORD, iri_base=IRI_BASE, page_size=100).read()  # 4 pages
    assert result.problems == []
    assert result.statements == sum(len(p.statements) for p in played) + 1  # every page, the other app's too
    assert len(result.records) == sum(len(p.attempts) for p in played)  # only this app's answers
    report = build_report(result.records, {lesson.id: lesson for lesson in two_lessons}, class_id="7B")
    check_report(report, played, two_lessons)


@needs_ralph
def test_one_lesson_from_the_lrs(lrs, played, two_lessons) -> None:  # type: ignore[no-untyped-def]
    from tests.results.ralph_server import PASSWORD, USERNAME

    lesson = two_lessons[1].id
    result = LrsSource(lrs.endpoint, USERNAME, PASSWORD, iri_base=IRI_BASE).read(lesson_id=lesson, class_id="7B")
    report = build_report(result.records, {le.id: le for le in two_lessons}, class_id="7B", lesson_id=lesson)
    assert [section.lesson_id for section in report.lessons] == [lesson]
    assert sum(row.attempts for row in report.lessons[0].rows) == sum(
        len(p.attempts) for p in played if p.lesson.id == lesson)


@needs_ralph
def test_a_wrong_password_is_told_in_plain_words(lrs) -> None:  # type: ignore[no-untyped-def]
    from tests.results.ralph_server import USERNAME

    with pytest.raises(SourceUnavailable, match="did not accept the user name and password"):
        LrsSource(lrs.endpoint, USERNAME, "wrong").read()


def test_an_lrs_that_cannot_be_reached_is_told() -> None:
    with pytest.raises(SourceUnavailable, match="could not be reached"):
        LrsSource("http://127.0.0.1:9/xAPI/", "u", "p", timeout=2).read()


def test_an_account_without_read_access_is_told() -> None:
    def refuse(request, timeout):  # type: ignore[no-untyped-def]
        raise HTTPError(request.full_url, 403, "Forbidden", {}, io.BytesIO())  # type: ignore[arg-type]

    with pytest.raises(SourceUnavailable, match="statements/read"):
        LrsSource("http://127.0.0.1:1/xAPI/", "lab", "p", opener=refuse).read()


def test_pages_are_followed_and_a_statement_on_two_pages_counts_once(played) -> None:  # type: ignore[no-untyped-def]
    statements = [s.data for s in played[0].statements]
    pages = {"first": {"statements": statements, "more": "/xAPI/statements?page=2"},
             "page=2": {"statements": statements[-1:], "more": ""}}
    asked = []

    class Answer(io.BytesIO):
        pass

    def serve(request, timeout):  # type: ignore[no-untyped-def]
        asked.append(request.full_url)
        assert request.get_header("Authorization").startswith("Basic ")
        assert request.get_header("X-experience-api-version") == "1.0.3"
        page = pages["page=2"] if "page=2" in request.full_url else pages["first"]
        return Answer(json.dumps(page).encode())

    result = LrsSource("http://127.0.0.1:1/xAPI/", "t", "p", opener=serve).read()
    assert asked[1] == "http://127.0.0.1:1/xAPI/statements?page=2"
    assert len(result.records) == len(statements)
