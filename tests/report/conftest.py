"""Fixtures of the class report tests: two shipped lessons, and a class of 30 that played them."""

from __future__ import annotations

import pytest

from literacy_app.core.loader import load_lesson
from literacy_app.core.model import Lesson
from tests.report.simulate import Played, play_class
from tests.support.paths import LESSONS


@pytest.fixture(scope="session")
def two_lessons() -> list[Lesson]:
    return [load_lesson(LESSONS / "01-local-news-sources.yaml"), load_lesson(LESSONS / "02-viral-post-statistic.yaml")]


@pytest.fixture(scope="session")
def played(two_lessons: list[Lesson]) -> list[Played]:
    return list(play_class(two_lessons, 30))
