"""The lesson as a teacher wrote it, checked and anchored: frozen values in the teacher's words."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from literacy_app.core.problems import LessonError, Place
from literacy_app.core.text import Paragraph, TextIndex, Utf16Positions

SPAN_TYPES = ("attribution", "unsourced_figure", "opinion_disclaimer", "loaded_language", "select")
EXERCISE_TYPES = SPAN_TYPES + ("choice",)
FORMAT_VERSION = 1


@dataclass(frozen=True)
class Span:
    """A range of the article text, as code-point offsets [start, end)."""

    start: int
    end: int


@dataclass(frozen=True)
class Answer:
    """Words a student should select: ``quote`` is where they stand, ``key`` the words that count."""

    quote: Span
    key: Span
    feedback: str | None = None


@dataclass(frozen=True)
class Distractor:
    """A plausible wrong selection and what to tell the student who makes it."""

    quote: Span
    feedback: str


@dataclass(frozen=True)
class Option:
    text: str
    correct: bool = False
    feedback: str | None = None


@dataclass(frozen=True)
class Exercise:
    id: str
    type: str
    prompt: str
    hints: tuple[str, ...] = ()
    explanation: str | None = None
    pass_score: float = 1.0
    answers: tuple[Answer, ...] = ()
    distractors: tuple[Distractor, ...] = ()
    wrong_feedback: str | None = None
    unit: str = "word"
    options: tuple[Option, ...] = ()
    multiple: bool = False

    @property
    def is_choice(self) -> bool:
        return self.type == "choice"


@dataclass(frozen=True)
class Article:
    headline: str
    text: str
    paragraphs: tuple[Paragraph, ...]
    publication: str | None = None
    byline: str | None = None
    date: str | None = None
    section: str | None = None
    source: str | None = None

    @cached_property
    def index(self) -> TextIndex:
        return TextIndex(self.text, self.paragraphs)

    @cached_property
    def utf16(self) -> Utf16Positions:
        return Utf16Positions(self.text)

    def quote(self, span: Span) -> str:
        return self.text[span.start:span.end]


@dataclass(frozen=True)
class Lesson:
    id: str
    title: str
    language: str
    article: Article
    exercises: tuple[Exercise, ...]
    level: str | None = None
    minutes: int | None = None
    summary: str | None = None
    teacher_notes: str | None = None
    tags: tuple[str, ...] = ()
    format: int = FORMAT_VERSION
    path: str = field(default="", compare=False)

    def exercise(self, exercise_id: str) -> Exercise | None:
        return next((e for e in self.exercises if e.id == exercise_id), None)


@dataclass
class LessonFile:
    """What loading a file gave: the lesson when it has no error, and every problem found."""

    path: str
    lesson: Lesson | None
    problems: list[LessonError] = field(default_factory=list)
    id_place: Place | None = None  # where the lesson's id is written, for "id used twice"

    @property
    def errors(self) -> list[LessonError]:
        return [p for p in self.problems if p.is_error]

    @property
    def ok(self) -> bool:
        return self.lesson is not None
