"""The teacher's commands that read lessons: validate, answers, grade and schema.

Imported only when one of them runs, so the app's start-up never loads them.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import Any

from literacy_app.commands.usage import UsageProblem
from literacy_app.core.anchoring import QuoteProblem, QuoteRequest, resolve
from literacy_app.core.grading import Grade, Selection, grade
from literacy_app.core.library import duplicate_ids, lesson_paths
from literacy_app.core.loader import read_lesson
from literacy_app.core.matching import FoldedText, fold
from literacy_app.core.model import Lesson, LessonFile, Option, Span
from literacy_app.i18n import _, ngettext


def validate(paths: Sequence[str]) -> int:
    files: list[LessonFile] = []
    missing = False
    for given in paths:
        target = Path(given)
        if not target.exists():
            print(_("{path}: error: no such file or folder", path=given))
            missing = True
            continue
        files.extend(read_lesson(p) for p in lesson_paths(target))
    problems = [p for f in files for p in f.problems] + duplicate_ids(files)
    for problem in sorted(problems, key=lambda p: (p.path, p.line, p.column)):
        print(problem)
    errors = sum(p.is_error for p in problems)
    warnings = len(problems) - errors
    print(ngettext("Checked {count} lesson file", "Checked {count} lesson files", len(files)) + ": "
          + ngettext("{count} error", "{count} errors", errors) + ", "
          + ngettext("{count} warning.", "{count} warnings.", warnings), file=sys.stderr)
    return 1 if errors or missing else 0


def lesson_or_exit(path: str) -> Lesson:
    result = read_lesson(path)
    if result.lesson is None:
        for problem in result.problems:
            print(problem, file=sys.stderr)
        raise SystemExit(1)
    return result.lesson


def _format_number(written: str) -> int | float:
    """The format as JSON writes a number: 1 or 1.1."""
    return int(written) if written.isdigit() else float(written)


def answer_key(lesson: Lesson) -> dict[str, object]:
    """The answer key in the documented JSON shape (docs/lesson-format.md, "The teacher's commands")."""
    text = lesson.article.text

    def place(span: Span) -> dict[str, object]:
        return {"text": text[span.start:span.end], "start": span.start, "end": span.end}

    exercises = []
    for exercise in lesson.exercises:
        exercises.append({
            "id": exercise.id,
            "type": exercise.type,
            "unit": None if exercise.is_choice else exercise.unit,
            "pass_score": exercise.pass_score,
            "answers": [{**place(a.quote), "keys": [place(k) for k in a.keys]} for a in exercise.answers],
            "distractors": [{"text": text[d.quote.start:d.quote.end], "start": d.quote.start,
                             "end": d.quote.end, "feedback": d.feedback} for d in exercise.distractors],
            "options": [{"text": o.text, "correct": o.correct, "feedback": o.feedback}
                        for o in exercise.options],
        })
    return {"id": lesson.id, "format": _format_number(lesson.format),
            "rules": {"show_answer": lesson.rules.show_answer, "retry": lesson.rules.retry},
            "exercises": exercises}


def print_answers(path: str, as_json: bool) -> int:
    lesson = lesson_or_exit(path)
    key = answer_key(lesson)
    if as_json:
        print(json.dumps(key, ensure_ascii=False, indent=2))
        return 0
    print(lesson.title)
    exercises: list[dict[str, Any]] = key["exercises"]  # type: ignore[assignment]
    for n, exercise in enumerate(exercises, 1):
        print(f"\n{n}. {exercise['id']} ({exercise['type']})")
        for answer in exercise["answers"]:
            keys = [k["text"] for k in answer["keys"]]
            shown = f" ({_('key')}: {' | '.join(chr(34) + k + chr(34) for k in keys)})" \
                if keys and keys != [answer["text"]] else ""
            print(f"   {_('answer')}: \"{answer['text']}\"{shown} [{answer['start']}:{answer['end']}]")
        for distractor in exercise["distractors"]:
            print(f"   {_('distractor')}: \"{distractor['text']}\" [{distractor['start']}:{distractor['end']}]")
        for option in exercise["options"]:
            print(f"   {'*' if option['correct'] else '-'} {option['text']}")
    return 0


def print_grade(path: str, exercise_id: str, quotes: list[str] | None, spans: list[str] | None) -> int:
    lesson = lesson_or_exit(path)
    exercise = lesson.exercise(exercise_id)
    if exercise is None:
        ids = ", ".join(e.id for e in lesson.exercises)
        raise UsageProblem(_("there is no exercise '{id}' in this lesson. Its exercises are: {ids}.",
                             id=exercise_id, ids=ids))
    if exercise.is_choice:
        selections = _option_selections(exercise.options, quotes, spans)
    else:
        selections = [_span(s, len(lesson.article.text)) for s in spans] if spans else \
            [_quote_selection(lesson, q) for q in quotes or []]
    print(json.dumps(grade_json(lesson, exercise_id, grade(lesson.article, exercise, selections, lesson.language)),
                     ensure_ascii=False, indent=2))
    return 0


def grade_json(lesson: Lesson, exercise_id: str, result: Grade) -> dict[str, object]:
    exercise = lesson.exercise(exercise_id)
    assert exercise is not None
    text = lesson.article.text
    if exercise.is_choice:
        shown = [exercise.options[s.answer].text if s.answer is not None else "" for s in result.selections]
        missed = [exercise.options[n].text for n in result.missed]
    else:
        shown = [text[s.selection.start:s.selection.end].strip() for s in result.selections]
        missed = [text[exercise.answers[n].quote.start:exercise.answers[n].quote.end] for n in result.missed]
    return {
        "score": round(result.score, 6),
        "passed": result.passed,
        "selections": [{"text": t, "verdict": s.verdict, "feedback": s.feedback}
                       for t, s in zip(shown, result.selections)],
        "missed": missed,
    }


def _span(value: str, length: int) -> Selection:
    try:
        start_text, end_text = value.split(":")
        start, end = int(start_text), int(end_text)
    except ValueError:
        raise UsageProblem(_("--span takes START:END, two whole numbers, not '{value}'.", value=value)) from None
    if not 0 <= start < end <= length:
        raise UsageProblem(_("--span {value} is outside the article text (0 to {length}), or START is not "
                             "before END.", value=value, length=length))
    return Selection(start, end)


def _quote_selection(lesson: Lesson, quote: str) -> Selection:
    folded = FoldedText(lesson.article.text, lesson.article.paragraphs)
    found_all = folded.find_all(fold(quote))
    if len(found_all) > 1:
        spans = ", ".join("{}:{}".format(*folded.original_span(*f)) for f in found_all[:10])
        raise UsageProblem(_("\"{quote}\" is in the article {count} times. Pick one with --span START:END "
                             "instead: {spans}.", quote=quote, count=len(found_all), spans=spans))
    if not found_all:  # resolve says why, with a "did you mean"
        try:
            resolve(folded, QuoteRequest(quote), lambda offset: _("offset {offset}", offset=offset))
        except QuoteProblem as problem:
            raise UsageProblem(str(problem)) from None
    start, end = folded.original_span(*found_all[0])
    return Selection(start, end)


def _option_selections(options: Sequence[Option], quotes: list[str] | None,
                       spans: list[str] | None) -> list[Selection]:
    if spans:
        raise UsageProblem(_("this exercise is a choice; name options with --select, not --span."))
    texts = [fold(o.text) for o in options]
    selections = []
    for quote in quotes or []:
        if fold(quote) not in texts:
            raise UsageProblem(_("\"{quote}\" is not an option. The options are: {options}.", quote=quote,
                                 options="; ".join(o.text for o in options)))
        selections.append(Selection(option=texts.index(fold(quote))))
    return selections


def schema_text() -> str:
    return (resources.files("literacy_app") / "schema" / "lesson-1.schema.json").read_text(encoding="utf-8")


def run(args: argparse.Namespace) -> int:
    if args.command == "validate":
        return validate(args.paths)
    if args.command == "answers":
        return print_answers(args.lesson, args.json)
    if args.command == "grade":
        return print_grade(args.lesson, args.exercise, args.select, args.span)
    print(schema_text(), end="")
    return 0
