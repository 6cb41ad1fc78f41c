"""The gradebook CSV read as Moodle's grade import reads it: header, one row per student, grades 0-100."""

from __future__ import annotations

import csv
import io

from literacy_app.core.report.export import gradebook_csv, long_csv
from literacy_app.core.report.model import build_report
from literacy_app.core.report.statements import attempt_of
from tests.report.expected import expected_row


def test_the_gradebook_reads_back(played, two_lessons) -> None:  # type: ignore[no-untyped-def]
    records = [attempt_of(s.data) for p in played for s in p.statements]
    report = build_report(records, {lesson.id: lesson for lesson in two_lessons}, class_id="7B")
    text = gradebook_csv(report)
    text.encode("utf-8")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == ["Username"] + [lesson.title for lesson in two_lessons]
    assert len(rows) == 31 and len({r[0] for r in rows[1:]}) == 30
    grades = {r[0]: r[1:] for r in rows[1:]}
    for p in played:
        column = [lesson.id for lesson in two_lessons].index(p.lesson.id)
        want = expected_row(p)
        got = grades[p.student][column]
        if want is None:
            assert got == "-"
        else:
            assert 0 <= float(got) <= 100
            assert abs(float(got) - want.best * 100) <= 0.05 + 1e-9
    assert gradebook_csv(report, "ID number").startswith("ID number,")


def test_the_long_csv_has_a_row_per_student_lesson_and_exercise(played, two_lessons) -> None:  # type: ignore[no-untyped-def]
    records = [attempt_of(s.data) for p in played for s in p.statements]
    report = build_report(records, {lesson.id: lesson for lesson in two_lessons})
    rows = list(csv.DictReader(io.StringIO(long_csv(report))))
    assert len(rows) == 30 * sum(len(lesson.exercises) for lesson in two_lessons)
    assert {r["verdict"] for r in rows} <= {"passed", "partial", "wrong", "not tried"}
