"""A cache of checked lessons as plain JSON, so the app opens a lesson it has seen without parsing YAML.

Only lessons without problems are cached. The key is a hash of the file's bytes and of the code that
checks lessons, so an edited lesson or an updated app is always checked afresh. Nothing here runs code
from a file: the cache is JSON data, rebuilt into the same frozen values the loader makes.
"""

from __future__ import annotations

import json
import os
import zlib
from pathlib import Path
from typing import Any

from literacy_app import __version__
from literacy_app.core.model import Answer, Article, Distractor, Exercise, Lesson, LessonFile, Option, Rules, Span
from literacy_app.core.text import Paragraph

_CACHE_FORMAT = 2  # 2: lesson format 1.1 (format, rules, answers' keys)
_CHECKING_CODE = ("loader.py", "checks.py", "anchoring.py", "matching.py", "text.py", "yamlsource.py",
                  "model.py", "lesson_cache.py")


def _code_stamp() -> str:
    here = Path(__file__).resolve().parent
    parts = [str(_CACHE_FORMAT), __version__]
    for name in _CHECKING_CODE:
        try:
            info = (here / name).stat()
            parts.append(f"{name}:{info.st_size}:{info.st_mtime_ns}")
        except OSError:
            parts.append(name)
    return "|".join(parts)


class LessonCache:
    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self._stamp = _code_stamp().encode("utf-8")

    def read(self, path: str | os.PathLike[str]) -> LessonFile:
        """Like ``read_lesson``, but from the cache when this exact file was checked before."""
        try:
            data = Path(path).read_bytes() if os.path.getsize(path) <= 1_000_000 else None
        except OSError:
            data = None
        if data is None:
            return _read_fresh(path)
        key = _key(self._stamp + b"\0" + data)
        cached = self._load(key, str(path))
        if cached is not None:
            return cached
        from literacy_app.core.loader import parse_lesson

        result = parse_lesson(data, str(path))
        if result.lesson is not None and not result.problems:
            self._store(key, result.lesson)
        return result

    def _load(self, key: str, path: str) -> LessonFile | None:
        try:
            raw = json.loads((self.folder / f"{key}.json").read_text(encoding="utf-8"))
            return LessonFile(path, lesson_from_data(raw, path))
        except (OSError, ValueError, KeyError, TypeError, IndexError):
            return None

    def _store(self, key: str, lesson: Lesson) -> None:
        from literacy_app.core.progress import write_atomically

        try:
            write_atomically(self.folder / f"{key}.json", json.dumps(lesson_to_data(lesson), ensure_ascii=False))
            self._prune()
        except OSError:
            pass  # a cache that cannot be written only costs time

    def _prune(self, keep: int = 200) -> None:
        """Every edit of a lesson adds an entry; keep the newest ones, so the folder never grows without end."""
        entries = sorted(self.folder.glob("*.json"), key=lambda p: p.stat().st_mtime)
        for old in entries[:-keep]:
            old.unlink(missing_ok=True)


def _key(data: bytes) -> str:
    """Two independent checksums and the length: a changed file gets a new key (and zlib, unlike
    hashlib, costs nothing to load at start-up)."""
    return f"{zlib.crc32(data):08x}{zlib.adler32(data):08x}{len(data):x}"


def _read_fresh(path: str | os.PathLike[str]) -> LessonFile:
    from literacy_app.core.loader import read_lesson

    return read_lesson(path)


def lesson_to_data(lesson: Lesson) -> dict[str, Any]:
    article = lesson.article
    return {
        "id": lesson.id, "title": lesson.title, "language": lesson.language, "level": lesson.level,
        "minutes": lesson.minutes, "summary": lesson.summary, "teacher_notes": lesson.teacher_notes,
        "tags": list(lesson.tags), "format": lesson.format,
        "rules": [lesson.rules.show_answer, lesson.rules.retry],
        "article": {
            "headline": article.headline, "text": article.text, "publication": article.publication,
            "byline": article.byline, "date": article.date, "section": article.section, "source": article.source,
            "paragraphs": [[p.start, p.end, p.is_subheading] for p in article.paragraphs],
        },
        "exercises": [_exercise_to_data(e) for e in lesson.exercises],
    }


def _exercise_to_data(exercise: Exercise) -> dict[str, Any]:
    return {
        "id": exercise.id, "type": exercise.type, "prompt": exercise.prompt, "hints": list(exercise.hints),
        "explanation": exercise.explanation, "pass_score": exercise.pass_score,
        "wrong_feedback": exercise.wrong_feedback, "unit": exercise.unit, "multiple": exercise.multiple,
        "answers": [[a.quote.start, a.quote.end, a.key.start, a.key.end, a.feedback,
                     [[k.start, k.end] for k in a.keys]] for a in exercise.answers],
        "distractors": [[d.quote.start, d.quote.end, d.feedback] for d in exercise.distractors],
        "options": [[o.text, o.correct, o.feedback] for o in exercise.options],
    }


def lesson_from_data(raw: dict[str, Any], path: str) -> Lesson:
    a = raw["article"]
    text = a["text"]
    paragraphs = tuple(Paragraph(text[s:e], s, e, bool(h)) for s, e, h in a["paragraphs"])
    article = Article(headline=a["headline"], text=text, paragraphs=paragraphs, publication=a["publication"],
                      byline=a["byline"], date=a["date"], section=a["section"], source=a["source"])
    exercises = tuple(_exercise_from_data(e) for e in raw["exercises"])
    return Lesson(id=raw["id"], title=raw["title"], language=raw["language"], article=article,
                  exercises=exercises, level=raw["level"], minutes=raw["minutes"], summary=raw["summary"],
                  teacher_notes=raw["teacher_notes"], tags=tuple(raw["tags"]), format=raw["format"],
                  rules=Rules(*map(bool, raw["rules"])), path=path)


def _exercise_from_data(e: dict[str, Any]) -> Exercise:
    return Exercise(
        id=e["id"], type=e["type"], prompt=e["prompt"], hints=tuple(e["hints"]), explanation=e["explanation"],
        pass_score=float(e["pass_score"]), wrong_feedback=e["wrong_feedback"], unit=e["unit"],
        multiple=bool(e["multiple"]),
        answers=tuple(Answer(Span(qs, qe), Span(ks, ke), fb, tuple(Span(s, en) for s, en in keys))
                      for qs, qe, ks, ke, fb, keys in e["answers"]),
        distractors=tuple(Distractor(Span(s, en), fb) for s, en, fb in e["distractors"]),
        options=tuple(Option(t, bool(c), fb) for t, c, fb in e["options"]),
    )
