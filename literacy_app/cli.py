"""The command line: the teacher's tools (validate, answers, grade, schema) and the app's launch."""

from __future__ import annotations

import argparse
import json
import sys
from importlib import resources
from pathlib import Path
from typing import Sequence

from literacy_app.core.anchoring import QuoteProblem, QuoteRequest, resolve
from literacy_app.core.grading import Grade, Selection, grade
from literacy_app.core.library import duplicate_ids, lesson_paths
from literacy_app.core.loader import LessonFile, read_lesson
from literacy_app.core.matching import FoldedText, fold
from literacy_app.core.model import Lesson
from literacy_app.i18n import _, ngettext


class UsageProblem(Exception):
    """Something wrong with what was typed; printed and exit status 2."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="literacy-app", description=_("Media-literacy lab. With no command, opens the lesson library."))
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    validate = commands.add_parser("validate", help=_("check lesson files or folders for mistakes"),
                                   description=_("Check lesson files, or every *.yaml/*.yml below folders. "
                                                 "Exit status 0 when there is no error (warnings allowed)."))
    validate.add_argument("paths", nargs="+", metavar="PATH")
    answers = commands.add_parser("answers", help=_("print a lesson's answer key"),
                                  description=_("Print the answer key of a lesson, with offsets."))
    answers.add_argument("lesson", metavar="LESSON")
    answers.add_argument("--json", action="store_true", help=_("print JSON"))
    grade_cmd = commands.add_parser("grade", help=_("grade selections the way the app does"),
                                    description=_("Grade selections in one exercise and print JSON."))
    grade_cmd.add_argument("lesson", metavar="LESSON")
    grade_cmd.add_argument("exercise", metavar="EXERCISE", help=_("the exercise id"))
    how = grade_cmd.add_mutually_exclusive_group(required=True)
    how.add_argument("--select", nargs="+", action="extend", metavar="TEXT",
                     help=_("words of the article (or, for a choice, option texts)"))
    how.add_argument("--span", nargs="+", action="extend", metavar="START:END", help=_("offsets into the article text"))
    commands.add_parser("schema", help=_("print the JSON Schema of the lesson format"),
                        description=_("Print the JSON Schema editors use to complete lesson files."))
    open_cmd = commands.add_parser("open", help=_("open one lesson in the app"),
                                   description=_("Open one lesson directly in the app."))
    open_cmd.add_argument("lesson", metavar="LESSON")
    open_cmd.add_argument("--teacher", action="store_true", help=_("show answers and teacher notes"))
    open_cmd.add_argument("--watch", action="store_true", help=_("reload the lesson whenever it is saved"))
    new_cmd = commands.add_parser("new", help=_("start a lesson from an article's text"),
                                  description=_("Write a new lesson file from an article pasted into a text "
                                                "file, with suggested answers marked '# suggested:'."))
    new_cmd.add_argument("article", metavar="ARTICLE", help=_("the article's text file ('-' reads standard input)"))
    new_cmd.add_argument("-o", "--output", metavar="LESSON",
                         help=_("the lesson file to write (default: ARTICLE with .yaml)"))
    new_cmd.add_argument("--language", default="en", help=_("the article's language tag (default: en)"))
    new_cmd.add_argument("--force", action="store_true", help=_("replace LESSON if it exists"))
    print_cmd = commands.add_parser("print", help=_("print a lesson as a PDF worksheet"),
                                    description=_("Write a lesson's worksheet as a PDF file for printing."))
    print_cmd.add_argument("lesson", metavar="LESSON")
    print_cmd.add_argument("-o", "--output", metavar="FILE.pdf", required=True, help=_("the PDF file to write"))
    print_cmd.add_argument("--answers", action="store_true",
                           help=_("the teacher's copy: answers, feedback and teacher notes"))
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command == "validate":
            return validate(args.paths)
        if args.command == "answers":
            return print_answers(args.lesson, args.json)
        if args.command == "grade":
            return print_grade(args.lesson, args.exercise, args.select, args.span)
        if args.command == "schema":
            print(schema_text(), end="")
            return 0
        if args.command == "new":
            return new_lesson_command(args.article, args.output, args.language, args.force)
        if args.command == "print":
            return print_worksheet(args.lesson, args.output, args.answers)
        return launch(args.lesson if args.command == "open" else None,
                      teacher=getattr(args, "teacher", False), watch=getattr(args, "watch", False))
    except UsageProblem as problem:
        print(f"literacy-app: {problem}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # e.g. piped into `head`
        return 0


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
          + _("{errors} error(s), {warnings} warning(s).", errors=errors, warnings=warnings), file=sys.stderr)
    return 1 if errors or missing else 0


def _lesson_or_exit(path: str) -> Lesson:
    result = read_lesson(path)
    if result.lesson is None:
        for problem in result.problems:
            print(problem, file=sys.stderr)
        raise SystemExit(1)
    return result.lesson


def answer_key(lesson: Lesson) -> dict[str, object]:
    """The answer key in the documented JSON shape."""
    text = lesson.article.text
    exercises = []
    for exercise in lesson.exercises:
        exercises.append({
            "id": exercise.id,
            "type": exercise.type,
            "answers": [{"text": text[a.quote.start:a.quote.end], "start": a.quote.start, "end": a.quote.end}
                        for a in exercise.answers],
            "distractors": [{"text": text[d.quote.start:d.quote.end], "start": d.quote.start,
                             "end": d.quote.end, "feedback": d.feedback} for d in exercise.distractors],
            "options": [{"text": o.text, "correct": o.correct, "feedback": o.feedback}
                        for o in exercise.options],
        })
    return {"id": lesson.id, "exercises": exercises}


def print_answers(path: str, as_json: bool) -> int:
    lesson = _lesson_or_exit(path)
    key = answer_key(lesson)
    if as_json:
        print(json.dumps(key, ensure_ascii=False, indent=2))
        return 0
    print(lesson.title)
    for n, exercise in enumerate(key["exercises"], 1):  # type: ignore[arg-type]
        print(f"\n{n}. {exercise['id']} ({exercise['type']})")
        for answer, model in zip(exercise["answers"], lesson.exercises[n - 1].answers):
            key = lesson.article.quote(model.key)
            shown = f" ({_('key')}: \"{key}\")" if key != answer["text"] else ""
            print(f"   {_('answer')}: \"{answer['text']}\"{shown} [{answer['start']}:{answer['end']}]")
        for distractor in exercise["distractors"]:
            print(f"   {_('distractor')}: \"{distractor['text']}\" [{distractor['start']}:{distractor['end']}]")
        for option in exercise["options"]:
            print(f"   {'*' if option['correct'] else '-'} {option['text']}")
    return 0


def print_grade(path: str, exercise_id: str, quotes: list[str] | None, spans: list[str] | None) -> int:
    lesson = _lesson_or_exit(path)
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
    print(json.dumps(grade_json(lesson, exercise_id, grade(lesson.article, exercise, selections)),
                     ensure_ascii=False, indent=2))
    return 0


def grade_json(lesson: Lesson, exercise_id: str, result: Grade) -> dict[str, object]:
    exercise = lesson.exercise(exercise_id)
    assert exercise is not None
    text = lesson.article.text
    if exercise.is_choice:
        shown = [exercise.options[s.selection.option].text if s.answer is not None else ""
                 for s in result.selections]
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
    folded = FoldedText(lesson.article.text)
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


def _option_selections(options: Sequence[object], quotes: list[str] | None,
                       spans: list[str] | None) -> list[Selection]:
    if spans:
        raise UsageProblem(_("this exercise is a choice; name options with --select, not --span."))
    texts = [fold(getattr(o, "text")) for o in options]
    selections = []
    for quote in quotes or []:
        if fold(quote) not in texts:
            raise UsageProblem(_("\"{quote}\" is not an option. The options are: {options}.", quote=quote,
                                 options="; ".join(getattr(o, "text") for o in options)))
        selections.append(Selection(option=texts.index(fold(quote))))
    return selections


def schema_text() -> str:
    return (resources.files("literacy_app") / "schema" / "lesson-1.schema.json").read_text(encoding="utf-8")


def new_lesson_command(article: str, output: str | None, language: str, force: bool) -> int:
    from literacy_app.authoring.scaffold import ScaffoldProblem, new_lesson

    if output is None:
        if article == "-":
            raise UsageProblem(_("give the lesson file to write with -o LESSON.yaml."))
        output = str(Path(article).with_suffix(".yaml"))
    try:
        made = new_lesson(article, output, language=language, force=force)
    except ScaffoldProblem as problem:
        print(f"literacy-app: {problem}", file=sys.stderr)
        return 1
    found = ", ".join(f"{exercise} {count}" for exercise, count in made.counts.items())
    print(_("Wrote {path}.", path=output), file=sys.stderr)
    if found:
        print(_("Suggested answers: {found}. Keep the right ones and delete the wrong ones, then check it "
                "with 'literacy-app validate {path}'.", found=found, path=output), file=sys.stderr)
    else:
        print(_("No answers were suggested; add exercises by hand, then check the file with "
                "'literacy-app validate {path}'.", path=output), file=sys.stderr)
    for note in made.notes:
        print(_("Note: {note}", note=note), file=sys.stderr)
    return 0


def print_worksheet(lesson_path: str, output: str, answers: bool) -> int:
    lesson = _lesson_or_exit(lesson_path)
    from literacy_app.ui.printing import WorksheetProblem, write_worksheet  # Qt only when printing

    try:
        write_worksheet(lesson, output, answers=answers)
    except WorksheetProblem as problem:
        print(f"literacy-app: {problem}", file=sys.stderr)
        return 1
    print(_("Wrote {path}.", path=output), file=sys.stderr)
    return 0


def launch(lesson: str | None, *, teacher: bool = False, watch: bool = False) -> int:
    from literacy_app.ui.app import run  # Qt is imported only when a window is wanted

    return run(lesson, teacher=teacher, watch=watch)
