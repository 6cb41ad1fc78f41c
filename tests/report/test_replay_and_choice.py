"""A student's attempt rebuilt as a session, and the remembered source (never the password)."""

from __future__ import annotations

import json

from literacy_app.core.report.remembered import SourceChoice, load_choice, save_choice
from literacy_app.core.report.replay import replayed_session
from literacy_app.core.report.statements import attempt_of


def test_every_exercise_comes_back_as_the_student_left_it(played) -> None:  # type: ignore[no-untyped-def]
    for p in played[:12]:
        records = [attempt_of(s.data) for s in p.statements]
        session = replayed_session(p.lesson, records, p.student)
        for exercise, state, original in zip(p.lesson.exercises, session.states, p.session.states):
            mine = [a for a in p.attempts if a.exercise_id == exercise.id]
            assert state.checked == bool(mine)
            if not mine:
                continue
            picked = tuple(s.option if s.option is not None else (s.start, s.end) for s in state.selections)
            assert picked == mine[-1].selections
            assert tuple(g.verdict for g in state.grade.selections) == mine[-1].verdicts
            assert state.passed == original.passed
            assert abs(state.best_score - original.best_score) < 1e-4
            assert state.checks == len(mine)


def test_a_changed_lesson_keeps_the_selections_but_does_not_grade_them_again(played) -> None:  # type: ignore[no-untyped-def]
    p = next(p for p in played if p.attempts)
    records = [attempt_of(s.data)._replace(lesson_hash="sha256:another-version") for s in p.statements]
    session = replayed_session(p.lesson, records, p.student)
    spans = [n for n, e in enumerate(p.lesson.exercises) if not e.is_choice and session.states[n].checked]
    assert spans and all(session.states[n].grade is None for n in spans)


def test_the_source_is_remembered_without_a_password(tmp_path) -> None:
    assert load_choice(tmp_path) == SourceChoice()
    choice = SourceChoice("lrs", "", "https://lrs.school.example/xAPI/", "teacher", "7B", "local-news-sources")
    save_choice(tmp_path, choice)
    assert load_choice(tmp_path) == choice
    saved = json.loads((tmp_path / "class-results.json").read_text(encoding="utf-8"))
    assert "password" not in json.dumps(saved).lower()
    (tmp_path / "class-results.json").write_text("{broken", encoding="utf-8")
    assert load_choice(tmp_path) == SourceChoice()  # a damaged file is asked again, never an error
