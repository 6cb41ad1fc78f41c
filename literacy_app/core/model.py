"""The lesson as a teacher wrote it, checked and anchored: frozen values (records) in the teacher's words."""

from __future__ import annotations

import re
from functools import cache, cached_property
from typing import NamedTuple

from literacy_app.core.problems import LessonError, Place
from literacy_app.core.record import Record, field
from literacy_app.core.text import Paragraph, TextIndex, Utf16Positions

SPAN_TYPES = ("attribution", "unsourced_figure", "opinion_disclaimer", "loaded_language", "select")
EXERCISE_TYPES = SPAN_TYPES + ("choice",)
FORMAT_VERSION = 1  # the major version: a lesson written in format 2 needs a newer app
FORMAT_VERSIONS = ("1", "1.1")  # every version this app reads, oldest first
LATEST_FORMAT = FORMAT_VERSIONS[-1]


class Span(Record):
    """A range of the article text, as code-point offsets [start, end)."""

    start: int
    end: int


class Answer(Record):
    """Words a student should select: ``quote`` is where they stand, ``keys`` the words that count.

    ``keys`` holds every key the teacher wrote (any one of them is enough, and all its words are needed);
    it is empty when the teacher wrote none, and then half the quote is enough. ``key`` is the first key,
    or the whole quote: where to point when showing the answer."""

    quote: Span
    key: Span
    feedback: str | None = None
    keys: tuple[Span, ...] = ()


class Rules(Record):
    """What the student may do throughout a lesson (format 1.1 ``rules``); a test-like lesson says no."""

    show_answer: bool = True
    retry: bool = True


class Distractor(Record):
    """A plausible wrong selection and what to tell the student who makes it."""

    quote: Span
    feedback: str


class Option(Record):
    text: str
    correct: bool = False
    feedback: str | None = None


class Exercise(Record):
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


class Article(Record):
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


class Lesson(Record):
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
    format: str = FORMAT_VERSIONS[0]  # as the lesson wrote it: "1" or "1.1"
    rules: Rules = Rules()
    path: str = field(default="", compare=False)

    def exercise(self, exercise_id: str) -> Exercise | None:
        return next((e for e in self.exercises if e.id == exercise_id), None)

    @property
    def teacher_note_blocks(self) -> tuple[NoteBlock, ...]:
        """The teacher notes as paragraphs, list items and subheadings, ready to render."""
        return note_blocks(self.teacher_notes or "")


class NoteBlock(NamedTuple):
    kind: str  # "paragraph", "item" or "subheading"
    text: str  # wrapped lines joined with single spaces; an item keeps its "- " or "1. "


@cache
def _item() -> re.Pattern[str]:
    return re.compile(r"^(?:[-*]|\d+[.)]) ")


def note_blocks(notes: str) -> tuple[NoteBlock, ...]:
    """Read teacher notes as a short Markdown text: blank lines separate paragraphs, the lines of one
    paragraph are joined, a line starting with "- " or "1. " starts a list item (the lines after it
    continue it) and "## " starts a subheading."""
    blocks: list[NoteBlock] = []
    current: list[str] = []
    kind = "paragraph"

    def close() -> None:
        if current:
            blocks.append(NoteBlock(kind, " ".join(current)))
            current.clear()

    for raw in notes.split("\n"):
        line = raw.strip()
        if not line:
            close()
            kind = "paragraph"
        elif line.startswith("## "):
            close()
            blocks.append(NoteBlock("subheading", line[3:].strip()))
            kind = "paragraph"
        elif _item().match(line):
            close()
            kind = "item"
            current.append(line)
        else:
            current.append(line)
    close()
    return tuple(blocks)


def notes_text(notes: str) -> str:
    """Teacher notes with wrapped lines joined: blocks separated by a blank line, subheadings kept as
    "## ", so a plain-text view and the block view say the same."""
    return "\n\n".join(("## " + b.text) if b.kind == "subheading" else b.text for b in note_blocks(notes))


class LessonFile(Record, frozen=False):
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
