"""The lesson cache gives back exactly what the loader makes, and never serves a lesson that changed."""

from __future__ import annotations

from pathlib import Path

from literacy_app.core.lesson_cache import LessonCache
from literacy_app.core.loader import read_lesson

LESSONS = Path(__file__).resolve().parents[2] / "lessons"


def test_a_cached_lesson_equals_a_freshly_checked_one(tmp_path: Path) -> None:
    cache = LessonCache(tmp_path)
    for path in sorted(LESSONS.glob("*.yaml")):
        first, second = cache.read(path), cache.read(path)
        assert first.lesson == second.lesson == read_lesson(path).lesson
    assert len(list(tmp_path.glob("*.json"))) == len(list(LESSONS.glob("*.yaml")))


def test_an_edited_lesson_is_checked_again(tmp_path: Path) -> None:
    lesson = tmp_path / "lesson.yaml"
    source = (LESSONS / "01-local-news-sources.yaml").read_text(encoding="utf-8")
    lesson.write_text(source, encoding="utf-8")
    cache = LessonCache(tmp_path / "cache")
    assert cache.read(lesson).lesson is not None
    lesson.write_text(source.replace("format: 1", "format: 1\nbogus: 2"), encoding="utf-8")
    result = cache.read(lesson)
    assert result.lesson is None and "'bogus' is not a field" in result.problems[0].message


def test_a_damaged_cache_entry_is_ignored(tmp_path: Path) -> None:
    cache = LessonCache(tmp_path)
    path = LESSONS / "02-viral-post-statistic.yaml"
    cache.read(path)
    for entry in tmp_path.glob("*.json"):
        entry.write_text("{ broken", encoding="utf-8")
    assert cache.read(path).lesson == read_lesson(path).lesson


def test_the_cache_keeps_only_the_newest_entries(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    cache = LessonCache(tmp_path)
    original = cache._prune
    monkeypatch.setattr(cache, "_prune", lambda: original(keep=3))
    for path in sorted(LESSONS.glob("*.yaml")):
        cache.read(path)
    assert len(list(tmp_path.glob("*.json"))) == 3
