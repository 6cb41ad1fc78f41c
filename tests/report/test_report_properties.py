"""For any class the simulation can make (any seed, class size, lesson), the report's numbers are those of the
attempts: a property test, so the next odd case (a skipped exercise, a retry after the answer) is caught."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from literacy_app.core.loader import load_lesson
from literacy_app.core.report.model import build_report
from literacy_app.core.report.records import unique
from literacy_app.core.report.statements import attempt_of
from tests.report.expected import expected_row
from tests.report.simulate import play_class
from tests.support.paths import LESSONS

LESSON_FILES = sorted(LESSONS.glob("*.yaml"))


@pytest.fixture(scope="module")
def lessons():  # type: ignore[no-untyped-def]
    return [load_lesson(path) for path in LESSON_FILES]


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 10_000), size=st.integers(1, 6), which=st.integers(0, len(LESSON_FILES) - 1),
       twice=st.booleans())
def test_the_report_agrees_with_the_attempts(lessons, seed, size, which, twice) -> None:  # type: ignore[no-untyped-def]
    lesson = lessons[which]
    played = list(play_class([lesson], size, seed=seed))
    records = [attempt_of(s.data) for p in played for s in p.statements]
    if twice:
        records = unique(records[::-1] + records)  # newest first, as an LRS answers, and each twice
    report = build_report(records, {lesson.id: lesson})
    if not records:
        assert report.lessons == ()
        return
    section = report.lessons[0]
    for p in played:
        row = section.row(p.student)
        want = expected_row(p)
        if want is None:
            assert row is None or not row.tried
            continue
        assert row.best_score == pytest.approx(want.best, abs=1e-4)
        assert row.latest_score == pytest.approx(want.latest, abs=1e-4)
        assert (row.passed, row.attempts, row.hints_used, row.answer_shown) == (
            want.passed, want.attempts, want.hints, want.answer_shown)
        assert row.labels() == want.symbols
    assert sum(section.distribution) == section.started
    for summary in section.summaries:
        assert 0 <= summary.passed <= summary.tried <= summary.class_size
        assert all(1 <= w.students <= summary.tried for w in summary.wrong)
