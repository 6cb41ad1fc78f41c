"""One attempt at a lesson keeps one xAPI registration across restarts; starting again makes a new one."""

from __future__ import annotations

from pathlib import Path

from literacy_app.core.loader import parse_lesson
from literacy_app.core.progress import ProgressStore
from literacy_app.core.session import LessonSession
from tests.support.lessons import LESSON


def test_the_registration_survives_a_restart_and_start_again_changes_it(tmp_path: Path) -> None:
    lesson = parse_lesson(LESSON, "t.yaml").lesson
    assert lesson is not None
    store = ProgressStore(tmp_path)
    session, _notice = store.resume(lesson)
    first = session.registration
    session.add_selection(0, 5)
    session.check()
    store.save(session)
    resumed, _notice = ProgressStore(tmp_path).resume(lesson)
    assert resumed.registration == first
    resumed.start_again()
    assert resumed.registration != first
    assert LessonSession(lesson).registration != first  # a new session, a new attempt
