"""``literacy-app report``: the class report from an LRS or a results folder, as HTML, PDF or CSV.

The parser is built on every start of the app, so this module imports nothing heavy at the top: the
report's code loads only when the command runs."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from literacy_app.commands.usage import UsageProblem
from literacy_app.i18n import _

if TYPE_CHECKING:
    from literacy_app.core.model import Lesson
    from literacy_app.core.report.sources import ResultsSource

FORMATS = (".html", ".htm", ".pdf", ".csv")


def add_parser(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    report = commands.add_parser(
        "report", help=_("the class report: who did what, where the class went wrong, a gradebook file"),
        description=_("Read the class's results from a Learning Record Store or a results folder and write "
                      "the class report: FILE.html (a page that prints well), FILE.pdf, or FILE.csv (a "
                      "gradebook file Moodle imports; --long for one row per exercise)."))
    source = report.add_mutually_exclusive_group(required=True)
    source.add_argument("--lrs", metavar="URL", help=_("the LRS's xAPI address, e.g. https://lrs.school/xAPI/"))
    source.add_argument("--folder", metavar="PATH", help=_("a results folder (every *.json below it)"))
    report.add_argument("--user", metavar="U", default="", help=_("the LRS account (it needs read access)"))
    report.add_argument("--password-file", metavar="F",
                        help=_("a file holding the LRS password ('-' reads it from standard input)"))
    report.add_argument("--class", dest="class_id", metavar="ID", help=_("only this class"))
    report.add_argument("--lesson", metavar="ID", help=_("only this lesson (its id)"))
    report.add_argument("--since", metavar="DATE", help=_("only results from this date on (2026-09-01, or "
                                                          "2026-09-01T08:00)"))
    report.add_argument("-o", "--output", metavar="FILE", required=True,
                        help=_("the file to write: .html, .pdf or .csv"))
    report.add_argument("--long", action="store_true",
                        help=_("with .csv: one row per student, lesson and exercise, for spreadsheets"))
    report.add_argument("--id-column", default="Username", metavar="NAME",
                        help=_("the gradebook's identifier column (default: Username)"))
    report.add_argument("--theme", choices=("light", "high-contrast"), default="light",
                        help=_("colours of the HTML and PDF (default: light)"))
    report.add_argument("--iri-base", metavar="IRI",
                        help=_("the lab's iri_base, when it sets one (default: the lab file's, or the app's)"))


def _since(text: str | None) -> float | None:
    if text is None:
        return None
    from datetime import datetime

    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise UsageProblem(_("--since takes a date such as 2026-09-01 or 2026-09-01T08:00, not '{text}'.",
                             text=text)) from None
    return moment.timestamp()  # a date without a zone is this computer's local time


def _password(path: str | None) -> str:
    if path is None:
        return ""
    try:
        text = sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise UsageProblem(_("cannot read the password file {path}: {reason}.", path=path,
                             reason=exc.strerror or str(exc))) from None
    return text.strip("\r\n")


def _iri_base(given: str | None) -> str:
    if given:
        return given
    from literacy_app.core.lab import load_lab_config

    return load_lab_config().iri_base


def source_of(args: argparse.Namespace) -> ResultsSource:
    from literacy_app.core.report.sources import FolderSource, LrsSource

    if args.folder:
        return FolderSource(args.folder)
    return LrsSource(args.lrs, args.user, _password(args.password_file), iri_base=_iri_base(args.iri_base))


def known_lessons() -> dict[str, Lesson]:
    """The lessons this machine has (bundled, and the folders in LITERACY_APP_LESSONS)."""
    from literacy_app.core.library import lesson_folders, load_library

    return {f.lesson.id: f.lesson for f in load_library(lesson_folders()).lessons if f.lesson is not None}


def run(args: argparse.Namespace) -> int:
    suffix = Path(args.output).suffix.lower()
    if suffix not in FORMATS:
        raise UsageProblem(_("the report is written as .html, .pdf or .csv; '{path}' is none of them.",
                             path=args.output))
    if args.long and suffix != ".csv":
        raise UsageProblem(_("--long goes with a .csv file."))
    since = _since(args.since)
    source = source_of(args)
    from literacy_app.core.report.records import SourceUnavailable

    try:
        result = source.read(class_id=args.class_id, lesson_id=args.lesson, since=since)
    except SourceUnavailable as unavailable:
        print(f"literacy-app: {unavailable}", file=sys.stderr)
        return 1
    for problem in result.problems:
        print(_("literacy-app: warning: {problem}", problem=problem), file=sys.stderr)
    from literacy_app.core.report.export import gradebook_csv, long_csv, report_html
    from literacy_app.core.report.model import build_report

    report = build_report(result.records, known_lessons(), class_id=args.class_id, lesson_id=args.lesson,
                          since=since)
    try:
        if suffix == ".pdf":
            from literacy_app.ui.report_pdf import ReportNotWritten, write_report_pdf  # Qt only for a PDF

            try:
                write_report_pdf(report, args.output, theme=args.theme, source=source.describe(),
                                 problems=result.problems)
            except ReportNotWritten as failure:
                print(f"literacy-app: {failure}", file=sys.stderr)
                return 1
        else:
            from literacy_app.core.files import write_atomically

            if suffix == ".csv":
                text = long_csv(report) if args.long else gradebook_csv(report, args.id_column)
            else:
                text = report_html(report, theme=args.theme, source=source.describe(), problems=result.problems)
            write_atomically(Path(args.output), text)
    except OSError as exc:
        print(_("literacy-app: cannot write {path}: {reason}.", path=args.output, reason=exc.strerror or exc),
              file=sys.stderr)
        return 1
    from literacy_app.i18n import ngettext

    print(_("Wrote {path}: {students}, {lessons}.", path=args.output,
            students=ngettext("{count} student", "{count} students", len(report.students)),
            lessons=ngettext("{count} lesson", "{count} lessons", len(report.lessons))), file=sys.stderr)
    return 0
