"""A library read a batch at a time holds what reading it whole holds, and marks shared ids at the end."""

from __future__ import annotations

from pathlib import Path

import pytest

from literacy_app.core.lesson_cache import LessonCache
from literacy_app.core.library import LibraryReading, bundled_lessons_folder, load_library
from tests.support.lessons import LESSON


@pytest.fixture
def folders(tmp_path: Path) -> list[Path]:
    extra = tmp_path / "lessons"
    extra.mkdir()
    for n in range(25):
        (extra / f"l{n:02d}.yaml").write_text(LESSON.replace("city-cycle-lanes", f"lesson-{n}"), encoding="utf-8")
    (extra / "z-twin.yaml").write_text(LESSON.replace("city-cycle-lanes", "lesson-3"), encoding="utf-8")
    return [bundled_lessons_folder(), extra]


@pytest.mark.parametrize("batch", [1, 7, 1000])
def test_batches_give_the_whole_library(folders: list[Path], tmp_path: Path, batch: int) -> None:
    read = LessonCache(tmp_path / "cache").read
    whole = load_library(folders, read)
    reading = LibraryReading(folders, read)
    sizes = []
    while not reading.done:
        sizes.append(len(reading.read_more(batch)))
    assert [f.path for f in reading.library.files] == [f.path for f in whole.files]
    assert [f.problems for f in reading.library.files] == [f.problems for f in whole.files]
    assert all(size <= batch for size in sizes) and sum(sizes) == len(whole.files)


def test_a_shared_id_is_marked_once_all_are_read(folders: list[Path]) -> None:
    reading = LibraryReading(folders)
    assert len(reading.read_more(10)) == 10 and not reading.done
    reading.read_more(None)
    twin = next(f for f in reading.library.files if f.path.endswith("z-twin.yaml"))
    assert reading.done and twin.lesson is None and "already used" in twin.problems[-1].message
