"""The session's clock, starting a lesson again, and removing one selection (issue 12), without Qt."""

from __future__ import annotations

import pytest

from literacy_app.core.loader import parse_lesson
from literacy_app.core.session import LessonSession
from tests.support.lessons import LESSON

TWO_ANSWERS = LESSON + """\
      - quote: Our city council voted
"""


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def session(clock: Clock) -> LessonSession:
    lesson = parse_lesson(TWO_ANSWERS, "t.yaml").lesson
    assert lesson is not None
    return LessonSession(lesson, clock=clock)


def select(session: LessonSession, quote: str) -> None:
    start = session.lesson.article.text.index(quote)
    assert session.add_selection(start, start + len(quote))


def test_time_counts_only_while_the_window_is_active(session: LessonSession, clock: Clock) -> None:
    clock.now += 10
    session.pause()  # the window lost the focus, or was minimised
    clock.now += 600  # the student is elsewhere
    assert session.seconds_spent() == pytest.approx(10)
    session.pause()  # twice in a row changes nothing
    session.resume()
    clock.now += 5
    session.resume()  # nor does resuming a running clock
    assert session.seconds_spent() == pytest.approx(15)
    session.pause()
    assert session.state.seconds == pytest.approx(15)


def test_a_paused_session_banks_no_time_when_moving(session: LessonSession, clock: Clock) -> None:
    session.pause()
    clock.now += 100
    select(session, "said Mayor Ana Ruiz")
    session.check()  # a Check banks time: none while paused
    assert session.attempts[-1].seconds_spent == 0


def test_start_again_keeps_the_earlier_attempts(session: LessonSession, clock: Clock) -> None:
    select(session, "said Mayor Ana Ruiz")
    clock.now += 30
    session.check()
    before = list(session.attempts)
    seen: list[str] = []
    session.listeners.append(seen.append)
    session.start_again()
    assert seen == ["started again"]
    assert session.attempts == before  # the history stays
    assert session.current == 0
    assert session.state.selections == [] and session.state.best_score is None and not session.state.checked
    assert session.seconds_spent() == 0
    select(session, "said Mayor Ana Ruiz")
    session.check()
    assert len(session.attempts) == 2


def test_removing_one_selection_keeps_the_others_verdicts(session: LessonSession) -> None:
    select(session, "said Mayor Ana Ruiz")
    select(session, "Our city council voted")
    select(session, "crashes fell")
    session.check()
    assert session.state.grade is not None
    verdicts = [g.verdict for g in session.state.grade.selections]
    assert verdicts == ["correct", "correct", "wrong"]
    session.remove_selection(2)
    assert session.state.grade is not None
    assert [g.verdict for g in session.state.grade.selections] == ["correct", "correct"]
    assert [g.selection for g in session.state.grade.selections] == session.state.selections
    session.remove_selection(0)
    assert [g.verdict for g in session.state.grade.selections] == ["correct"]
    session.remove_selection(0)
    assert session.state.grade is None  # nothing left to show a verdict for


def test_adding_a_selection_still_clears_the_verdicts(session: LessonSession) -> None:
    select(session, "said Mayor Ana Ruiz")
    session.check()
    select(session, "crashes fell")
    assert session.state.grade is None  # the verdicts would not say anything about the new one
