"""The class report as files: a gradebook CSV (Moodle's grade import reads it as it is), a long CSV for
spreadsheets, and one self-contained HTML page (chart as inline SVG, nothing fetched) that prints well."""

from __future__ import annotations

import csv
import io
import time
from collections.abc import Callable, Sequence
from typing import NamedTuple

from literacy_app.core.report.model import BINS, NOT_TRIED, ClassReport, LessonReport, StudentRow
from literacy_app.core.report.records import ReadProblem
from literacy_app.i18n import _, ngettext

NO_GRADE = "-"  # Moodle's grade import reads "-" as "no grade"


# --- numbers as the teacher reads them -------------------------------------------------------------------

def percent(score: float | None) -> str:
    return NO_GRADE if score is None else f"{round(score * 100)} %"


def grade_value(score: float | None) -> str:
    """A grade from 0 to 100 with at most one decimal and a point, as gradebooks read it."""
    if score is None:
        return NO_GRADE
    value = round(score * 100, 1)
    return str(int(value)) if value == int(value) else f"{value:.1f}"


def duration(seconds: float) -> str:
    minutes, rest = divmod(int(round(seconds)), 60)
    hours, minutes = divmod(minutes, 60)
    if hours:
        return _("{hours} h {minutes} min", hours=hours, minutes=minutes)
    if minutes:
        return _("{minutes} min {seconds} s", minutes=minutes, seconds=rest)
    return _("{seconds} s", seconds=rest)


def verdict_word(row: StudentRow, position: int) -> str:
    result = row.exercises[position]
    if result is None:
        return _("not tried")
    word = _("passed") if result.passed else _("partly right") if result.best_score > 0 else _("wrong")
    return _("{verdict}, answer shown", verdict=word) if result.answer_shown else word


# --- CSV ----------------------------------------------------------------------------------------------------

def gradebook_csv(report: ClassReport, id_column: str = "Username") -> str:
    """One identifier column, then one column per lesson (its title) with the best score from 0 to 100,
    ``-`` where the student made no attempt. Comma separated; write it as UTF-8."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([id_column] + [lesson.title for lesson in report.lessons])
    rows = {lesson.lesson_id: {row.student.id: row for row in lesson.rows} for lesson in report.lessons}
    for student in report.students:
        grades = []
        for lesson in report.lessons:
            row = rows[lesson.lesson_id].get(student.id)
            grades.append(grade_value(row.best_score if row is not None else None))
        writer.writerow([student.id] + grades)
    return out.getvalue()


def _cell(text: str) -> str:
    """Text a spreadsheet must not run as a formula (a name typed as '=HYPERLINK(…)')."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def long_csv(report: ClassReport) -> str:
    """One row per student, lesson and exercise, for pivot tables; blank scores where not tried."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["student_id", "student", "lesson_id", "lesson", "exercise_id", "exercise", "verdict",
                     "answer_shown", "best_score", "latest_score", "attempts", "hints", "seconds"])
    for lesson in report.lessons:
        for row in lesson.rows:
            for position, info in enumerate(lesson.exercises):
                result = row.exercises[position]
                base = [_cell(row.student.id), _cell(row.student.name), lesson.lesson_id, _cell(lesson.title),
                        info.id, info.number]
                if result is None:
                    writer.writerow(base + ["not tried", "", "", "", 0, "", ""])
                    continue
                verdict = "passed" if result.passed else "partial" if result.best_score > 0 else "wrong"
                writer.writerow(base + [verdict, "yes" if result.answer_shown else "no",
                                        grade_value(result.best_score), grade_value(result.latest_score),
                                        result.attempts, result.hints_used, round(result.seconds, 1)])
    return out.getvalue()


# --- the chart --------------------------------------------------------------------------------------------

class Palette(NamedTuple):
    text: str
    background: str
    muted: str
    bar: str
    grid: str
    passed: str
    partial: str
    wrong: str


PALETTES = {
    "light": Palette("#1b1b1b", "#ffffff", "#555555", "#2f5f9e", "#c8c8c8", "#1b6e2e", "#8a5a00", "#b3261e"),
    "high-contrast": Palette("#ffffff", "#000000", "#ffffff", "#ffff00", "#ffffff", "#00ff66", "#ffd000",
                             "#ff7070"),
}


def band_label(band: int) -> str:
    low = band * (100 // BINS)
    return f"{low}–{100 if band == BINS - 1 else low + 100 // BINS - 1}"


def chart_svg(lesson: LessonReport, palette: Palette, width: int = 520, height: int = 220) -> str:
    """The score distribution as inline SVG: one bar per band, its count written above it (not colour
    alone), axes labelled, and a text description for screen readers."""
    counts = lesson.distribution
    top = max(max(counts), 1)
    left, right, upper, lower = 36, 8, 22, 40
    plot_w, plot_h = width - left - right, height - upper - lower
    step = plot_w / len(counts)
    described = ", ".join(f"{band_label(n)} %: {c}" for n, c in enumerate(counts))
    title = ngettext("Best score of the {count} student who started: {bands}",
                     "Best scores of the {count} students who started: {bands}", sum(counts), bands=described)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{width}" height="{height}" '
             f'viewBox="0 0 {width} {height}" font-family="DejaVu Sans, Arial, sans-serif" font-size="11">',
             f"<title>{_x(title)}</title>",
             f'<rect width="{width}" height="{height}" fill="{palette.background}"/>']
    for tick in range(0, top + 1, max(1, (top + 3) // 4)):
        y = upper + plot_h - plot_h * tick / top
        parts.append(f'<line x1="{left}" y1="{y:.1f}" x2="{width - right}" y2="{y:.1f}" stroke="{palette.grid}" '
                     f'stroke-width="1"/><text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end" '
                     f'fill="{palette.muted}">{tick}</text>')
    for n, count in enumerate(counts):
        x = left + n * step + 3
        h = plot_h * count / top
        y = upper + plot_h - h
        parts.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{step - 6:.1f}" height="{h:.1f}" '
                     f'fill="{palette.bar}" stroke="{palette.text}" stroke-width="1"/>')
        if count:
            parts.append(f'<text x="{x + (step - 6) / 2:.1f}" y="{y - 5:.1f}" text-anchor="middle" '
                         f'font-weight="bold" fill="{palette.text}">{count}</text>')
        parts.append(f'<text x="{x + (step - 6) / 2:.1f}" y="{upper + plot_h + 15:.1f}" text-anchor="middle" '
                     f'fill="{palette.text}">{band_label(n)}</text>')
    parts.append(f'<line x1="{left}" y1="{upper + plot_h}" x2="{width - right}" y2="{upper + plot_h}" '
                 f'stroke="{palette.text}" stroke-width="1.5"/>')
    parts.append(f'<text x="{left + plot_w / 2:.1f}" y="{height - 6}" text-anchor="middle" '
                 f'fill="{palette.text}">{_x(_("best score (%)"))}</text>')
    parts.append("</svg>")
    return "".join(parts)


# --- the HTML page ---------------------------------------------------------------------------------------

def _x(text: str) -> str:
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;"))


def _style(p: Palette) -> str:
    return f"""
body {{ font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10pt; color: {p.text};
       background-color: {p.background}; margin: 18px; }}
h1 {{ font-size: 17pt; margin-bottom: 2px; }}
h2 {{ font-size: 14pt; margin-top: 22px; margin-bottom: 4px; }}
h3 {{ font-size: 11.5pt; margin-top: 14px; margin-bottom: 4px; }}
p.meta {{ color: {p.muted}; margin-top: 0px; }}
table {{ border-collapse: collapse; margin-bottom: 8px; }}
th, td {{ border: 1px solid {p.grid}; padding: 2px 4px; text-align: left; vertical-align: top; }}
th {{ font-weight: bold; }}
td.num {{ text-align: right; }}
.nw {{ white-space: nowrap; }}
td.passed {{ color: {p.passed}; font-weight: bold; }}
td.partial {{ color: {p.partial}; font-weight: bold; }}
td.wrong {{ color: {p.wrong}; font-weight: bold; }}
p.feedback {{ font-style: italic; margin: 0px; color: {p.muted}; }}
p.problem {{ margin: 1px 0px; }}
@media print {{ body {{ margin: 0px; }} h2 {{ page-break-before: auto; }} tr {{ page-break-inside: avoid; }} }}
"""


def _verdict_class(row: StudentRow, position: int) -> str:
    result = row.exercises[position]
    if result is None:
        return ""
    return "passed" if result.passed else "partial" if result.best_score > 0 else "wrong"




def _students_table(lesson: LessonReport) -> list[str]:
    head = [_("Student"), _("Latest"), _("Best"), _("Passed"), _("Attempts"), _("Time"), _("Hints"),
            _("Answer shown")] + [_("Ex. {number}", number=e.number) for e in lesson.exercises]
    parts = ['<table width="100%">', "<tr>" + "".join(  # one-word headings never break inside the word
        f"<th>{_x(h)}</th>" if " " in h else f'<th class="nw">{_x(h)}</th>' for h in head) + "</tr>"]
    for row in lesson.rows:
        if not row.tried:
            cells = [f"<td>{_x(row.student.name or row.student.id)}</td>",
                     f'<td colspan="{len(head) - 1}">{_x(_("not started"))}</td>']
            parts.append("<tr>" + "".join(cells) + "</tr>")
            continue
        cells = [f'<td class="nw">{_x(row.student.name or row.student.id)}</td>',
                 f'<td class="num nw">{percent(row.latest_score)}</td>',
                 f'<td class="num nw">{percent(row.best_score)}</td>',
                 f"<td>{_x(_('yes') if row.passed else _('no'))}</td>",
                 f'<td class="num">{row.attempts}</td>',
                 f'<td class="num nw">{_x(duration(row.seconds))}</td>',
                 f'<td class="num">{row.hints_used}</td>',
                 f"<td>{_x(_('yes') if row.answer_shown else _('no'))}</td>"]
        for n, label in enumerate(row.labels()):
            verdict = _verdict_class(row, n)
            cells.append(f'<td class="{verdict}" title="{_x(verdict_word(row, n))}">{_x(label)}</td>')
        parts.append("<tr>" + "".join(cells) + "</tr>")
    parts.append("</table>")
    parts.append(f'<p class="meta">{_x(_("✓ passed · ◐ partly right · ✗ wrong · – not tried"))}</p>')
    return parts


def _exercises_table(lesson: LessonReport) -> list[str]:
    parts = ['<table width="100%">', "<tr>" + "".join(f"<th>{_x(h)}</th>" for h in (
        _("Exercise"), _("Passed"), _("Most common wrong selections"))) + "</tr>"]
    for summary in lesson.summaries:
        info = summary.exercise
        passed = _("{passed} of {size} ({percent})", passed=summary.passed, size=summary.class_size,
                   percent=percent(summary.share_passed))
        wrong = []
        for item in summary.wrong:
            students = ngettext("{count} student", "{count} students", item.students)
            feedback = f'<p class="feedback">{_x(item.feedback)}</p>' if item.feedback else ""
            wrong.append(f"<p><b>{_x(students)}</b>: “{_x(item.label)}”</p>{feedback}")
        none = _x(_("none")) if summary.tried else _x(_("nobody tried it yet"))
        parts.append(f"<tr><td>{info.number}. {_x(info.prompt or info.id)}</td><td>{_x(passed)}</td>"
                     f"<td>{''.join(wrong) or none}</td></tr>")
    parts.append("</table>")
    return parts


def where_wrong_html(lesson: LessonReport, theme: str = "light") -> str:
    """Just the per-exercise table (share passed, most common wrong selections), as a page."""
    palette = PALETTES.get(theme, PALETTES["light"])
    return (f"<html><head><style>{_style(palette)}</style></head><body>"
            f"{''.join(_exercises_table(lesson))}</body></html>")


def _overview(report: ClassReport) -> list[str]:
    parts = [f"<h2>{_x(_('All lessons'))}</h2>", "<table>",
             "<tr><th>" + _x(_("Student")) + "</th>"
             + "".join(f"<th>{_x(lesson.title)}</th>" for lesson in report.lessons) + "</tr>"]
    for student in report.students:
        cells = []
        for lesson in report.lessons:
            row = lesson.row(student.id)
            if row is None or not row.tried:
                cells.append(f'<td class="num">{NOT_TRIED}</td>')
            else:
                mark = " ✓" if row.passed else ""
                cells.append(f'<td class="num">{percent(row.best_score)}{mark}</td>')
        parts.append(f"<tr><td>{_x(student.name or student.id)}</td>{''.join(cells)}</tr>")
    parts.append("</table>")
    return parts


def lesson_summary(lesson: LessonReport) -> str:
    """"12 students started, 9 passed, out of 14.", each count with its own plural."""
    started = ngettext("{count} student started", "{count} students started", lesson.started)
    passed = ngettext("{count} passed", "{count} passed", lesson.passed)
    return ngettext("{started}, {passed}, out of {count}.", "{started}, {passed}, out of {count}.",
                    len(lesson.rows), started=started, passed=passed)


def lesson_section(lesson: LessonReport, chart: str) -> list[str]:
    summary = lesson_summary(lesson)
    return ([f"<h2>{_x(lesson.title)}</h2>", f'<p class="meta">{_x(summary)}</p>', f'<div class="chart">{chart}</div>',
             f"<h3>{_x(_('Students'))}</h3>"] + _students_table(lesson)
            + [f"<h3>{_x(_('Where the class went wrong'))}</h3>"] + _exercises_table(lesson))


def report_html(report: ClassReport, *, theme: str = "light", source: str = "",
                problems: Sequence[ReadProblem] = (), chart: Callable[[LessonReport], str] | None = None,
                now: float | None = None) -> str:
    """The whole report as one HTML page, nothing fetched from elsewhere. ``chart`` draws a lesson's chart
    (inline SVG by default; the PDF, laid out by Qt, passes an image instead)."""
    palette = PALETTES.get(theme, PALETTES["light"])
    draw = chart or (lambda lesson: chart_svg(lesson, palette))
    title = (_("Class results: {class_id}", class_id=report.class_id) if report.class_id
             else _("Class results"))
    made = time.strftime("%Y-%m-%d %H:%M", time.localtime(now if now is not None else time.time()))
    meta = _("Made {when}", when=made) + (" · " + _("from {source}", source=source) if source else "")
    parts = [f"<h1>{_x(title)}</h1>", f'<p class="meta">{_x(meta)}</p>']
    if not report.lessons:
        parts.append(f"<p>{_x(_('No results yet for this class.'))}</p>")
    if len(report.lessons) > 1:
        parts += _overview(report)
    for lesson in report.lessons:
        parts += lesson_section(lesson, draw(lesson))
    if problems:
        parts.append(f"<h2>{_x(_('Results that could not be read'))}</h2>")
        parts += [f'<p class="problem">{_x(str(p))}</p>' for p in problems]
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>{_x(title)}</title>'
            f"<style>{_style(palette)}</style></head><body>{''.join(parts)}</body></html>\n")
