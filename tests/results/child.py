"""A copy of the app that records and sends in a loop until it is killed (for the kill tests).

The tests fork it (``run_until_killed``: a forked copy starts in milliseconds, where a new interpreter takes
half a second); it also runs as a program, ``python tests/results/child.py DATA LOG lrs ENDPOINT`` or
``... folder FOLDER``, for trying by hand. It says it is ready, then records
a Check at a time, appends each statement id to LOG once ``checked`` has returned (the moment the student
would see it saved), and sends after every few.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from literacy_app.core.loader import load_lesson  # noqa: E402
from literacy_app.core.model import Lesson  # noqa: E402
from literacy_app.core.results.recorder import Recorder  # noqa: E402
from literacy_app.core.session import LessonSession  # noqa: E402
from tests.results.helpers import LEARNER, folder_lab, lrs_lab  # noqa: E402
from tests.support.paths import SEED_LESSON  # noqa: E402


def main() -> None:
    run_until_killed(Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3], sys.argv[4], lambda: print("READY", flush=True))


def run_until_killed(data: Path, log: Path, mode: str, where: str, ready: Callable[[], object],
                     lesson: Lesson | None = None) -> None:
    lab = lrs_lab(where) if mode == "lrs" else folder_lab(Path(where))
    recorder = Recorder(lab, data, LEARNER)
    assert recorder.sender is not None
    session = LessonSession(lesson or load_lesson(SEED_LESSON))
    ready()
    with open(log, "a", encoding="utf-8") as ids:
        while True:
            for _ in range(3):
                session.go_to((session.current + 1) % session.count)
                session.check()
                statement = recorder.checked(session, session.attempts[-1])
                assert statement is not None
                ids.write(statement.id + "\n")
                ids.flush()
            recorder.sender.send_now()


if __name__ == "__main__":
    main()
