"""Labs and recorders for the results tests."""

from __future__ import annotations

from pathlib import Path

from literacy_app.core.lab import LabConfig
from literacy_app.core.loader import load_lesson
from literacy_app.core.results.recorder import Recorder
from literacy_app.core.results.statements import Learner, Statement
from literacy_app.core.session import LessonSession
from tests.results.play import play
from tests.results.ralph_server import PASSWORD, USERNAME
from tests.support.paths import SEED_LESSON

HOMEPAGE = "https://school.example.org"
LEARNER = Learner(HOMEPAGE, "ana.r")


def lrs_lab(endpoint: str, password: str = PASSWORD) -> LabConfig:
    return LabConfig(teacher_view=False, recording=True, lrs_endpoint=endpoint, lrs_username=USERNAME,
                     lrs_password=password, homepage=HOMEPAGE, class_id="7B")


def folder_lab(folder: Path) -> LabConfig:
    return LabConfig(teacher_view=False, recording=True, results_folder=str(folder), homepage=HOMEPAGE, class_id="7B")


def finish_seed_lesson(recorder: Recorder) -> tuple[LessonSession, list[Statement]]:
    """The seed lesson done through the recorder, as the lesson window does it."""
    made: list[Statement] = []

    def on_check(session: LessonSession, attempt: object) -> None:
        statement = recorder.checked(session, attempt)  # type: ignore[arg-type]
        assert statement is not None
        made.append(statement)

    session = play(load_lesson(SEED_LESSON), on_check)
    made += recorder.lesson_finished(session)
    return session, made
