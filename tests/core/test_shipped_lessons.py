"""Every shipped lesson loads cleanly, and each of its exercises grades its own answers and distractors.

The cases are generated from the lessons themselves, so a new lesson is tested the moment it is added.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from literacy_app.core.grading import Selection, grade
from literacy_app.core.library import bundled_lessons_folder, lesson_paths, load_library
from literacy_app.core.loader import read_lesson
from literacy_app.core.model import Lesson
from tests.support.paths import LESSONS

FILES = sorted(LESSONS.glob("*.yaml"))
SEED = Path(__file__).resolve().parent / "fixtures" / "seed-article.txt"


def _load(path: Path) -> Lesson:
    result = read_lesson(path)
    assert result.problems == [], "\n".join(map(str, result.problems))
    assert result.lesson is not None
    return result.lesson


def _span_cases() -> list[tuple[Path, str]]:
    cases = []
    for path in FILES:
        lesson = read_lesson(path).lesson
        if lesson is not None:
            cases += [(path, e.id) for e in lesson.exercises if not e.is_choice]
    return cases


def test_the_lessons_are_numbered_in_a_beginners_order_and_all_ship() -> None:
    assert FILES, "no lessons found"
    assert [p.name[:2] for p in FILES] == [f"{n:02d}" for n in range(1, len(FILES) + 1)]
    assert [p.name for p in lesson_paths(bundled_lessons_folder())] == [p.name for p in FILES]


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_lesson_loads_without_errors_or_warnings(path: Path) -> None:
    lesson = _load(path)
    assert len(lesson.exercises) >= 4
    assert lesson.article.source


@pytest.mark.parametrize(("path", "exercise_id"), _span_cases(), ids=lambda v: getattr(v, "stem", v))
def test_each_answer_is_correct_and_each_distractor_gives_its_feedback(path: Path, exercise_id: str) -> None:
    lesson = _load(path)
    exercise = lesson.exercise(exercise_id)
    assert exercise is not None
    everything = [Selection(a.quote.start, a.quote.end) for a in exercise.answers]
    assert grade(lesson.article, exercise, everything).passed
    for answer in exercise.answers:
        for span in (answer.quote, answer.key):
            result = grade(lesson.article, exercise, [Selection(span.start, span.end)])
            assert result.selections[0].verdict == "correct", lesson.article.quote(span)
    for distractor in exercise.distractors:
        result = grade(lesson.article, exercise, [Selection(distractor.quote.start, distractor.quote.end)])
        assert result.selections[0].verdict == "wrong"
        assert result.selections[0].feedback == distractor.feedback
        assert not result.passed


def test_every_type_of_exercise_is_used_and_a_lesson_is_not_in_english() -> None:
    lessons = [_load(p) for p in FILES]
    types = {e.type for lesson in lessons for e in lesson.exercises}
    assert types == {"attribution", "unsourced_figure", "opinion_disclaimer", "loaded_language", "select", "choice"}
    assert any(e.multiple for lesson in lessons for e in lesson.exercises)
    assert any(e.unit == "sentence" and e.type != "opinion_disclaimer" for lesson in lessons for e in lesson.exercises)
    assert {lesson.language for lesson in lessons} - {"en"}
    assert len({lesson.id for lesson in lessons}) == len(lessons)


def test_the_library_lists_every_shipped_lesson_without_problems() -> None:
    library = load_library([LESSONS])
    assert [f.problems for f in library.files] == [[]] * len(FILES)


def test_seed_lesson_article_is_the_seed_text_without_its_scraping_debris() -> None:
    lesson = _load(LESSONS / "07-official-opinion-karabakh.yaml")
    lines = SEED.read_text(encoding="utf-8").split("\n")
    assert lines[0].startswith("*** ---->")  # the debris: the one line that is removed
    rest = [line.strip() for line in lines[1:]]
    headline = next(line for line in rest if line)
    assert lesson.article.headline == headline
    body = "\n".join(rest[rest.index(headline) + 1:])
    paragraphs = [" ".join(p.split("\n")).strip() for p in body.split("\n\n") if p.strip()]
    assert lesson.article.text == "\n\n".join(paragraphs)
    subheadings = [p.text for p in lesson.article.paragraphs if p.is_subheading]
    assert subheadings == ["Anti-terrorist measures", "Illegal military presence", "Dialogue and negotiations",
                           "Ethnic minorities", "Humanitarian needs"]
    assert lesson.article.text.startswith("By Shaheen Abdullayev\n\n")
    assert lesson.article.publication == "The Daily Tribune"


def test_seed_lesson_covers_what_the_article_teaches() -> None:
    lesson = _load(LESSONS / "07-official-opinion-karabakh.yaml")
    types = [e.type for e in lesson.exercises]
    for kind in ("opinion_disclaimer", "attribution", "unsourced_figure", "loaded_language", "select", "choice"):
        assert kind in types
    notes = lesson.teacher_notes or ""
    for needed in ("Trilateral Statement", "10 November 2020", "lateral reading", "one party"):
        assert needed.lower() in notes.lower(), needed
