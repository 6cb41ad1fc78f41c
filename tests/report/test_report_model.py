"""The class report's numbers equal those worked out straight from 30 simulated students' attempts."""

from __future__ import annotations

import json

import pytest

from literacy_app.core.report.model import build_report
from literacy_app.core.report.records import unique
from literacy_app.core.report.sources import FolderSource
from literacy_app.core.report.statements import attempt_of
from tests.report.expected import distractor_counts, expected_row


def records_of(played):  # type: ignore[no-untyped-def]
    return [attempt_of(s.data) for p in played for s in p.statements]


def check_report(report, played, two_lessons) -> None:  # type: ignore[no-untyped-def]
    assert [lesson.lesson_id for lesson in report.lessons] == [lesson.id for lesson in two_lessons]
    assert len(report.students) == 30
    for p in played:
        lesson = report.lesson(p.lesson.id)
        row = lesson.row(p.student)
        want = expected_row(p)
        if want is None:
            assert not row.tried
            continue
        assert row.best_score == pytest.approx(want.best, abs=1e-4)  # statements keep 4 decimals
        assert row.best_score == pytest.approx(p.session.total_score(), abs=1e-4)  # the app's own summary agrees
        assert row.latest_score == pytest.approx(want.latest, abs=1e-4)
        assert row.passed == want.passed == all(s.passed for s in p.session.states)
        assert row.attempts == want.attempts
        assert row.seconds == pytest.approx(want.seconds, abs=0.05)
        assert row.hints_used == want.hints
        assert row.answer_shown == want.answer_shown
        assert row.labels() == want.symbols
    for lesson in two_lessons:
        section = report.lesson(lesson.id)
        for number, exercise in enumerate(lesson.exercises):
            summary = section.summaries[number]
            passed = sum(any(a.passed for a in p.attempts if a.exercise_id == exercise.id)
                         for p in played if p.lesson.id == lesson.id)
            assert summary.passed == passed
            assert summary.class_size == 30
            want = distractor_counts(played, lesson.id, exercise.id)
            got = {w.label: w.students for w in summary.wrong if w.distractor}
            for n, count in want.items():
                distractor = exercise.distractors[n]
                words = " ".join(lesson.article.quote(distractor.quote).split())
                if words in got or len(summary.wrong) < 5:
                    assert got[words] == count
                    shown = next(w for w in summary.wrong if w.label == words)
                    assert shown.feedback == distractor.feedback
            counts = [w.students for w in summary.wrong]
            assert counts == sorted(counts, reverse=True)
        assert sum(section.distribution) == section.started


def test_the_simulation_is_varied(played) -> None:  # type: ignore[no-untyped-def]
    verdicts = {v for p in played for a in p.attempts for v in a.verdicts}
    assert verdicts == {"correct", "partial", "wrong"}
    assert any(p.distractors_hit for p in played)
    assert any(a.answer_shown for p in played for a in p.attempts)
    rows = [expected_row(p) for p in played]
    assert any(r is not None and r.passed for r in rows) and any(r is not None and not r.passed for r in rows)


def test_report_from_records_matches_the_attempts(played, two_lessons) -> None:  # type: ignore[no-untyped-def]
    report = build_report(records_of(played), {lesson.id: lesson for lesson in two_lessons}, class_id="7B")
    check_report(report, played, two_lessons)


def test_report_from_a_results_folder_matches(tmp_path, played, two_lessons) -> None:  # type: ignore[no-untyped-def]
    for n, p in enumerate(played):  # one file per student and lesson, one per statement for the first few
        if n < 5:
            for statement in p.statements:
                (tmp_path / f"{statement.id}.json").write_text(statement.json, encoding="utf-8")
        else:
            (tmp_path / f"batch-{n}.json").write_text("[" + ",".join(s.json for s in p.statements) + "]",
                                                      encoding="utf-8")
    result = FolderSource(tmp_path).read()
    assert result.problems == []
    report = build_report(result.records, {lesson.id: lesson for lesson in two_lessons}, class_id="7B")
    check_report(report, played, two_lessons)


def test_another_class_is_left_out(played, two_lessons) -> None:  # type: ignore[no-untyped-def]
    report = build_report(records_of(played), {lesson.id: lesson for lesson in two_lessons}, class_id="8A")
    assert report.students == () and all(not lesson.rows for lesson in report.lessons)


def test_one_lesson_only(played, two_lessons) -> None:  # type: ignore[no-untyped-def]
    second = two_lessons[1].id
    report = build_report(records_of(played), {lesson.id: lesson for lesson in two_lessons}, lesson_id=second)
    assert [lesson.lesson_id for lesson in report.lessons] == [second]
    assert len(report.students) == 30  # the class is everyone seen, so who has not started shows


def test_a_lesson_this_machine_lacks_is_still_reported(played) -> None:  # type: ignore[no-untyped-def]
    report = build_report(records_of(played))
    first = report.lessons[0]
    assert first.title == played[0].lesson.title  # from the statements' parent activity
    assert all(info.prompt for info in first.exercises)
    wrong = [w for s in first.summaries for w in s.wrong]
    assert wrong and all(w.label for w in wrong)


def test_each_statement_counts_once(played, two_lessons) -> None:  # type: ignore[no-untyped-def]
    records = records_of(played)
    twice = unique(records + records)
    assert twice == records
    assert json.dumps(build_report(twice, {lesson.id: lesson for lesson in two_lessons}, class_id="7B")) == \
        json.dumps(build_report(records, {lesson.id: lesson for lesson in two_lessons}, class_id="7B"))


def test_the_order_records_come_in_and_a_missing_lesson_change_no_number(played, two_lessons) -> None:  # type: ignore[no-untyped-def]
    """An LRS sends the newest first, a folder the oldest; a machine may lack the lesson: the same numbers."""
    records = records_of(played)
    known = build_report(records, {lesson.id: lesson for lesson in two_lessons}, class_id="7B")
    assert build_report(records[::-1], {lesson.id: lesson for lesson in two_lessons}, class_id="7B") == known
    lacking = build_report(records[::-1], class_id="7B")
    for section in known.lessons:
        other = lacking.lesson(section.lesson_id)
        assert other is not None
        assert {e.id for e in other.exercises} == {e.id for e in section.exercises}  # every one was tried
        for row in section.rows:
            theirs = other.row(row.student.id)
            assert theirs is not None
            assert (theirs.passed, theirs.attempts, theirs.hints_used, theirs.answer_shown, theirs.tried) == (
                row.passed, row.attempts, row.hints_used, row.answer_shown, row.tried)
            if row.tried:
                assert theirs.best_score == pytest.approx(row.best_score)
                assert theirs.latest_score == pytest.approx(row.latest_score)


def test_the_fields_the_report_reads_by_position_are_the_ones_it_means() -> None:
    """The report reads a record's fields by position (a hundred thousand records); each position names its field."""
    from literacy_app.core.report import model
    from literacy_app.core.report.records import AttemptRecord, Student

    meant = {"_STUDENT": "student", "_CLASS": "class_id", "_LESSON": "lesson_id", "_EXERCISE": "exercise_id",
             "_SCORE": "score", "_PASSED": "passed", "_HINTS": "hints_used", "_SHOWN": "answer_shown",
             "_VERDICTS": "verdicts", "_FINISHED": "finished_at", "_SECONDS": "seconds_spent",
             "_TITLE": "lesson_title"}
    assert {name: AttemptRecord._fields[getattr(model, name)] for name in meant} == meant
    assert (Student._fields[model._ID], Student._fields[model._NAME]) == ("id", "name")
