"""The teacher's commands that make files: ``new`` (a draft lesson) and ``print`` (a worksheet)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from literacy_app.commands.lesson_key import lesson_or_exit
from literacy_app.commands.usage import UsageProblem
from literacy_app.i18n import _


def new_lesson_command(article: str, output: str | None, language: str | None, force: bool,
                       words: list[str] | None = None) -> int:
    from literacy_app.authoring.own_words import WordListProblems
    from literacy_app.authoring.scaffold import ScaffoldProblem, new_lesson

    if output is None:
        if article == "-":
            raise UsageProblem(_("give the lesson file to write with -o LESSON.yaml."))
        output = str(Path(article).with_suffix(".yaml"))
    try:
        made = new_lesson(article, output, language=language, force=force, words=words or ())
    except WordListProblems as problems:
        for located in problems.located:
            print(located, file=sys.stderr)
        print(f"literacy-app: {problems}", file=sys.stderr)
        return 1
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
    lesson = lesson_or_exit(lesson_path)
    from literacy_app.ui.printing import WorksheetProblem, write_worksheet  # Qt only when printing

    try:
        write_worksheet(lesson, output, answers=answers)
    except WorksheetProblem as problem:
        print(f"literacy-app: {problem}", file=sys.stderr)
        return 1
    print(_("Wrote {path}.", path=output), file=sys.stderr)
    return 0


def run(args: argparse.Namespace) -> int:
    if args.command == "new":
        return new_lesson_command(args.article, args.output, args.language, args.force, args.words)
    return print_worksheet(args.lesson, args.output, args.answers)
