"""Problems a teacher can cause in a lesson file, as values with a place in that file."""

from __future__ import annotations

from typing import Literal, NamedTuple

from literacy_app.i18n import _

Severity = Literal["error", "warning"]


class LessonError(NamedTuple):
    """One problem in a lesson file; ``line`` and ``column`` count from 1."""

    path: str
    line: int
    column: int
    message: str
    severity: Severity = "error"

    @property
    def is_error(self) -> bool:
        return self.severity == "error"

    def __str__(self) -> str:
        label = _("error") if self.is_error else _("warning")
        return f"{self.path}:{self.line}:{self.column}: {label}: {self.message}"


class InvalidLesson(Exception):
    """Raised by ``load_lesson`` when a file has errors; carries every problem found."""

    def __init__(self, problems: list[LessonError]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


class Place(NamedTuple):
    """Where a value stands in the lesson file (1-based)."""

    line: int
    column: int
