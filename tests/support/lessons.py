"""Helpers shared by the core tests: a small lesson to vary, and places in it by the text they point at.

(Imported as ``tests.support.lessons``: pytest puts the checkout on the path, see pyproject.toml.)"""

from __future__ import annotations

from pathlib import Path

from literacy_app.core.loader import LessonFile, parse_lesson
from literacy_app.core.problems import LessonError

FIXTURES = Path(__file__).resolve().parent.parent / "core" / "fixtures"
DOC_EXAMPLE = FIXTURES / "valid" / "doc-example.yaml"

# A lesson that loads without any problem. Tests change one thing in it and check what the teacher sees.
LESSON = """\
format: 1
id: city-cycle-lanes
title: Who says so?
language: en
article:
  headline: Why our city needs more cycle lanes
  body: |
    Our city council voted on Tuesday to build 12 km of new cycle lanes.
    "This will make our streets safer," said Mayor Ana Ruiz after the vote.

    ## Numbers

    According to a council report, crashes fell by 15% on roads that
    got lanes in 2019. Around 40% of residents already cycle to work,
    and traffic on Main Street has dropped 15% since January.
exercises:
  - id: who-said-it
    type: attribution
    prompt: Select who says the lanes make streets safer.
    answers:
      - quote: said Mayor Ana Ruiz
"""

# The same lesson up to its exercises, for tests that write their own.
HEAD = LESSON[: LESSON.index("exercises:\n") + len("exercises:\n")]


def span_exercise(answers: str, *, extra: str = "", type_: str = "select") -> str:
    """A lesson whose one exercise has the given (already indented) answers block and extra fields."""
    return HEAD + f"  - id: ex\n    type: {type_}\n    prompt: Find it.\n{extra}    answers:\n{answers}"


def where(text: str, needle: str, nth: int | None = None) -> tuple[int, int]:
    """The 1-based line and column of ``needle`` in ``text`` (of its ``nth`` occurrence when it is not
    unique there)."""
    if nth is None:
        assert text.count(needle) == 1, f"{needle!r} is not once in the lesson text; give nth"
    position = -1
    for _ in range(nth or 1):
        position = text.find(needle, position + 1)
        assert position >= 0, f"{needle!r} is not in the lesson text (occurrence {nth})"
    before = text[:position]
    return before.count("\n") + 1, position - (before.rfind("\n") + 1) + 1


def load(text: str | bytes, path: str = "lesson.yaml") -> LessonFile:
    result = parse_lesson(text, path)
    assert isinstance(result, LessonFile)
    return result


def loads_cleanly(text: str | bytes) -> LessonFile:
    result = load(text)
    assert result.problems == [], "\n".join(map(str, result.problems))
    assert result.lesson is not None
    return result


def only_problem(text: str | bytes, severity: str = "error") -> LessonError:
    """The one problem in a lesson; fails, listing them, when there are more or none."""
    result = load(text)
    assert len(result.problems) == 1, "\n".join(map(str, result.problems)) or "no problem reported"
    problem = result.problems[0]
    assert problem.severity == severity, str(problem)
    if severity == "error":
        assert result.lesson is None, "a lesson with an error must not load"
    else:
        assert result.lesson is not None, "a warning must not stop the lesson loading"
    return problem


def assert_problem(text: str | bytes, at: tuple[int, int], *gist: str, severity: str = "error") -> LessonError:
    """Exactly one problem, at ``at`` (line, column), whose message holds every piece of ``gist``."""
    problem = only_problem(text, severity)
    assert (problem.line, problem.column) == at, str(problem)
    for piece in gist:
        assert piece in problem.message, f"{piece!r} not in: {problem}"
    return problem


def value_at(text: str, field: str, nth: int | None = None) -> tuple[int, int]:
    """Where the value of ``field`` (written as "name: value") starts, e.g. value_at(t, "quote: 15%")."""
    line, column = where(text, field, nth)
    return line, column + field.index(": ") + 2
