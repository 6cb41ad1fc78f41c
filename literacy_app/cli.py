"""The command line: the teacher's tools (validate, answers, grade, schema) and the app's launch."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from literacy_app.commands.usage import UsageProblem
from literacy_app.i18n import _

if TYPE_CHECKING:
    import argparse


def build_parser() -> argparse.ArgumentParser:
    import argparse

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
    new_cmd.add_argument("--language", default=None,
                         help=_("the article's language tag, such as en, es or ar (default: found from the text)"))
    new_cmd.add_argument("--force", action="store_true", help=_("replace LESSON if it exists"))
    new_cmd.add_argument("--words", metavar="WORDS.txt", action="append",
                         help=_("your own loaded-word list, written like the app's, added to it for this "
                                "article (may be given more than once)"))
    print_cmd = commands.add_parser("print", help=_("print a lesson as a PDF worksheet"),
                                    description=_("Write a lesson's worksheet as a PDF file for printing."))
    print_cmd.add_argument("lesson", metavar="LESSON")
    print_cmd.add_argument("-o", "--output", metavar="FILE.pdf", required=True, help=_("the PDF file to write"))
    print_cmd.add_argument("--answers", action="store_true",
                           help=_("the teacher's copy: answers, feedback and teacher notes"))
    results_cmd = commands.add_parser("results", help=_("show or send the class results waiting on this computer"),
                                      description=_("Class results: 'status' says what waits in the outbox, 'send' "
                                                    "sends it now (for a logout script). Exit status 0: nothing "
                                                    "waiting; 1: results waiting; 3: the teacher must fix "
                                                    "something."))
    results_cmd.add_argument("action", choices=("status", "send"))
    from literacy_app.commands.report import add_parser as add_report_parser  # the class report (docs/class-results.md)

    add_report_parser(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):  # a character the output's encoding lacks is written as \uXXXX
        if hasattr(stream, "reconfigure"):  # (e.g. Windows, output redirected to a file), never a traceback
            stream.reconfigure(errors="backslashreplace")
    arguments = list(sys.argv[1:] if argv is None else argv)
    start = _start_of_the_app(arguments)
    if start is not None:  # what a student's shortcut runs: straight to the window, no argument parser
        lesson, teacher, watch = start
        return launch(lesson, teacher=teacher, watch=watch)
    args = build_parser().parse_args(arguments)
    try:
        if args.command in ("validate", "answers", "grade", "schema"):
            from literacy_app.commands import lesson_key

            return lesson_key.run(args)
        if args.command in ("new", "print"):
            from literacy_app.commands import drafting

            return drafting.run(args)
        if args.command == "results":
            from literacy_app.commands import results

            return results.run(args)
        if args.command == "report":
            from literacy_app.commands import report

            return report.run(args)
        return launch(args.lesson if args.command == "open" else None,
                      teacher=getattr(args, "teacher", False), watch=getattr(args, "watch", False))
    except UsageProblem as problem:
        print(f"literacy-app: {problem}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # e.g. piped into `head`
        return 0


_OPEN_OPTIONS = frozenset(("--teacher", "--watch"))


def _start_of_the_app(arguments: list[str]) -> tuple[str | None, bool, bool] | None:
    """``literacy-app`` or ``literacy-app open LESSON [--teacher] [--watch]``: the lesson (or None for the
    library) and the two options; None for anything else, which the argument parser reads."""
    if not arguments:
        return None, False, False
    if arguments[0] != "open":
        return None
    rest = arguments[1:]
    lessons = [a for a in rest if a not in _OPEN_OPTIONS]
    if len(lessons) != 1 or lessons[0].startswith("-"):
        return None
    return lessons[0], "--teacher" in rest, "--watch" in rest


def launch(lesson: str | None, *, teacher: bool = False, watch: bool = False) -> int:
    # The lesson engine the windows use comes before Qt: once PySide6 is imported, it reads the source of
    # every module imported after it, looking for ``from __feature__`` switches. tests/ui/test_start_path.py
    # says which module to add here when a window starts using another.
    import gc

    gc.disable()  # no garbage collection on the way to the first window (about 2 % of it); see ui.app.run
    from literacy_app.core import controls, lesson_cache, progress, settings  # noqa: F401

    if lesson is None:
        from literacy_app.core import library  # noqa: F401 - the library window's
    else:
        from literacy_app.core import feedback  # noqa: F401 - the lesson window's
    from literacy_app.ui.app import run  # Qt is imported only when a window is wanted

    return run(lesson, teacher=teacher, watch=watch)
