"""The lesson cache gives back exactly what the loader makes, and never serves a lesson that changed."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

import pytest

from literacy_app.core import lesson_cache, loader
from literacy_app.core.codec import DataProblem, decode, encode
from literacy_app.core.lesson_cache import LessonCache
from literacy_app.core.loader import read_lesson
from literacy_app.core.model import Lesson, LessonFile
from literacy_app.core.record import Record, fields
from literacy_app.core.record import field as record_field

LESSONS = Path(__file__).resolve().parents[2] / "lessons"


def test_a_cached_lesson_equals_a_freshly_checked_one(tmp_path: Path) -> None:
    cache = LessonCache(tmp_path)
    for path in sorted(LESSONS.glob("*.yaml")):
        first, second = cache.read(path), cache.read(path)
        fresh = read_lesson(path)
        assert first.lesson == second.lesson == fresh.lesson
        assert second.problems == fresh.problems and second.id_place == fresh.id_place
        assert second.lesson is not None and second.lesson.path == str(path)
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


def test_a_broken_lesson_is_cached_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    lesson = tmp_path / "draft.yaml"
    source = (LESSONS / "01-local-news-sources.yaml").read_text(encoding="utf-8")
    lesson.write_text(source.replace("format: 1", "format: 1\nbogus: 2"), encoding="utf-8")
    cache = LessonCache(tmp_path / "cache")
    first = cache.read(lesson)

    def no_parsing(*args: object) -> None:
        raise AssertionError("a broken lesson seen before was parsed again")

    monkeypatch.setattr(loader, "parse_lesson", no_parsing)
    second = LessonCache(tmp_path / "cache").read(lesson)
    assert second.lesson is None and second.problems == first.problems
    assert second.problems[0].path == str(lesson)


def test_a_damaged_cache_entry_is_ignored(tmp_path: Path) -> None:
    cache = LessonCache(tmp_path)
    path = LESSONS / "02-viral-post-statistic.yaml"
    cache.read(path)
    for entry in tmp_path.glob("*.json"):
        entry.write_text("{ broken", encoding="utf-8")
    assert cache.read(path).lesson == read_lesson(path).lesson
    for entry in tmp_path.glob("*.json"):  # well-formed JSON of the wrong shape
        entry.write_text(json.dumps({"path": 3, "lesson": {"id": []}}), encoding="utf-8")
    assert cache.read(path).lesson == read_lesson(path).lesson


def test_the_cache_stays_within_its_bounds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lesson_cache, "MAX_ENTRIES", 4)
    cache = LessonCache(tmp_path)
    for path in sorted(LESSONS.glob("*.yaml")):
        cache.read(path)
        assert len(list(tmp_path.glob("*.json"))) <= 4
    last = sorted(LESSONS.glob("*.yaml"))[-1]
    assert (tmp_path / f"{cache_key(cache, last)}.json").exists()  # the newest entry is kept
    monkeypatch.setattr(lesson_cache, "MAX_ENTRIES", 1000)
    monkeypatch.setattr(lesson_cache, "MAX_BYTES", 30_000)
    cache = LessonCache(tmp_path)
    for path in sorted(LESSONS.glob("*.yaml")):
        cache.read(path)
    assert sum(p.stat().st_size for p in tmp_path.glob("*.json")) <= 30_000


def cache_key(cache: LessonCache, path: Path) -> str:
    from literacy_app.core.files import fingerprint

    return fingerprint(cache._stamp + b"\0" + path.read_bytes())


# --- the codec is derived from the model, so no field can be lost ---------------------------------

class Mark(NamedTuple):
    line: int
    column: int
    note: str = ""


class Part(Record):  # the model's kind of class
    text: str
    weight: float = 1.0


class Whole(Record):
    name: str
    parts: tuple[Part, ...]
    marks: tuple[Mark, ...] = ()
    extra: str | None = None  # stands for any field added to the model later
    counts: dict[str, int] = record_field(default_factory=dict)
    pair: tuple[int, int] | int = 0


@dataclass(frozen=True)
class DataPart:  # a teacher command's kind of class
    text: str
    weight: float = 1.0


@dataclass(frozen=True)
class DataWhole:
    name: str
    parts: tuple[DataPart, ...]
    marks: tuple[Mark, ...] = ()
    extra: str | None = None
    counts: dict[str, int] = field(default_factory=dict)
    pair: tuple[int, int] | int = 0


@pytest.mark.parametrize(("whole", "part"), [(Whole, Part), (DataWhole, DataPart)], ids=["record", "dataclass"])
def test_a_field_added_to_the_model_survives_a_round_trip(whole: Any, part: Any) -> None:
    value = whole("w", (part("a", 0.5), part("b")), (Mark(1, 2, "x"),), extra="new field", counts={"k": 3},
                  pair=(4, 5))
    data = json.loads(json.dumps(encode(value)))
    assert decode(data, whole) == value
    compact = json.loads(json.dumps(encode(value, positional=True)))  # the lesson cache's form
    assert isinstance(compact, list) and decode(compact, whole, positional=True) == value
    assert decode({"name": "w", "parts": []}, whole) == whole("w", ())  # a field missing takes its default


@pytest.mark.parametrize("data", [
    {"name": 3, "parts": []},
    {"name": "w", "parts": [{"text": "a", "weight": float("nan")}]},
    {"name": "w", "parts": [{"text": "a", "weight": True}]},
    {"name": "w", "parts": [], "marks": [[1]]},
    {"name": "w", "parts": [], "pair": "x"},
    {"parts": []},
    [],
])
def test_data_of_the_wrong_type_is_refused(data: object) -> None:
    with pytest.raises(DataProblem):
        decode(data, Whole)
    with pytest.raises(DataProblem):
        decode(list(data.values()) if isinstance(data, dict) else {"name": "w"}, Whole, positional=True)


def test_every_field_of_the_lesson_model_is_cached(tmp_path: Path) -> None:
    # A lesson whose every field holds a value that is not the default comes back the same.
    cache = LessonCache(tmp_path)
    path = LESSONS / "01-local-news-sources.yaml"
    lesson = read_lesson(path).lesson
    assert lesson is not None
    data = encode(LessonFile(str(path), lesson))
    assert set(data["lesson"]) >= {f.name for f in fields(Lesson) if f.name != "path"}
    cache.read(path)
    assert cache.read(path).lesson == lesson
