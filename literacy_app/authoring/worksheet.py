"""A worksheet's content: a lesson as one HTML document, for students or with the teacher's key.

No Qt here: ``literacy_app.ui.printing`` lays this document out with ``QTextDocument`` and writes the PDF.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import NamedTuple

from literacy_app.core.model import Exercise, Lesson, Span
from literacy_app.i18n import _


def _as_is(text: str, *, date: bool = False, always: bool = False) -> str:
    return text


class Bidi(NamedTuple):
    """How the page keeps text of both directions in order, given by the interface (``ui.printing`` passes
    ``ui.words.isolate`` and the article's own direction); plain left-to-right by default."""

    isolate: Callable[..., str] = _as_is
    direction: str = "ltr"  # the article's: its masthead follows it, whatever the interface's language


_LEFT_TO_RIGHT = Bidi()

_STYLE = """
body { font-family: 'DejaVu Sans', 'Helvetica', 'Arial', sans-serif; font-size: 10.5pt; }
h1 { font-size: 17pt; margin-bottom: 3px; }
h2.headline { font-family: 'DejaVu Serif', 'Georgia', 'Times New Roman', serif; font-size: 15pt;
              margin-top: 5px; margin-bottom: 5px; }
h2.part { font-size: 13pt; margin-top: 19px; margin-bottom: 8px; }
h3.subheading { font-family: 'DejaVu Serif', 'Georgia', serif; font-size: 11.5pt; margin-top: 13px;
                margin-bottom: 3px; }
p.article { font-family: 'DejaVu Serif', 'Georgia', 'Times New Roman', serif; font-size: 10.5pt;
            line-height: 135%; margin-top: 0px; margin-bottom: 10px; }
p.meta { color: #444444; font-size: 9.5pt; margin-top: 0px; margin-bottom: 3px; }
p.publication { font-size: 9.5pt; font-weight: bold; letter-spacing: 1px; margin-bottom: 0px; }
p.prompt { font-weight: bold; margin-top: 16px; margin-bottom: 4px; }
p.how { color: #444444; font-style: italic; margin-top: 0px; margin-bottom: 3px; }
p.option { margin-top: 4px; margin-bottom: 4px; margin-left: 16px; }
p.key { margin-top: 3px; margin-bottom: 3px; margin-left: 16px; }
p.label { margin-top: 8px; margin-bottom: 0px; font-weight: bold; }
p.notes { white-space: pre-wrap; margin-top: 0px; }
p.banner { font-weight: bold; font-size: 11pt; }
span.mark { font-weight: bold; text-decoration: underline; background-color: #fff2a8; }
"""

_BOX, _TICKED = "\u2610", "\u2611"


def _e(text: str) -> str:
    return escape(text, quote=False)


# --- the article --------------------------------------------------------------------------------

def _answer_marks(lesson: Lesson) -> list[tuple[Span, int]]:
    """Every answer's quote with the number of its exercise, for the teacher's copy of the article."""
    return [(answer.quote, number) for number, exercise in enumerate(lesson.exercises, 1)
            for answer in exercise.answers]


def _marked(text: str, start: int, end: int, marks: list[tuple[Span, int]]) -> str:
    """The article text [start, end) as HTML, answers underlined and followed by their exercise number."""
    cuts = {start, end}
    for span, _number in marks:
        for point in (span.start, span.end):
            if start < point < end:
                cuts.add(point)
    points = sorted(cuts)
    pieces = []
    for left, right in zip(points, points[1:]):
        inside = any(s.start <= left and right <= s.end for s, _n in marks)
        piece = _e(text[left:right])
        pieces.append(f'<span class="mark">{piece}</span>' if inside else piece)
        ending = sorted({n for s, n in marks if s.end == right})
        if ending:
            pieces.append(f"<sup><b>[{', '.join(str(n) for n in ending)}]</b></sup>")
    return "".join(pieces)


def _article_html(lesson: Lesson, answers: bool, bidi: Bidi) -> list[str]:
    isolate = bidi.isolate
    article = lesson.article
    way = f' dir="{bidi.direction}"'  # the masthead goes with the article, whatever the interface
    parts = []
    if article.publication or article.section:
        label = " · ".join(_e(isolate(v)) for v in (article.publication, article.section) if v)
        parts.append(f'<p class="publication"{way}>{label}</p>')
    parts.append(f'<h2 class="headline">{_e(article.headline)}</h2>')
    details = []
    if article.byline:
        byline = article.byline
        details.append(_e(isolate(byline)) if byline.lower().startswith("by ")
                       else _e(isolate(_("By {name}", name=isolate(byline)))))
    if article.date:
        details.append(_e(isolate(article.date, date=True)))
    if details:
        parts.append(f'<p class="meta"{way}>{" · ".join(details)}</p>')
    if article.source:
        parts.append(f'<p class="meta"{way}>{_e(isolate(_("Source: {source}", source=isolate(article.source))))}</p>')
    parts.append("<p></p>")
    marks = _answer_marks(lesson) if answers else []
    for paragraph in article.paragraphs:
        body = _marked(article.text, paragraph.start, paragraph.end, marks)
        if paragraph.is_subheading:
            parts.append(f'<h3 class="subheading">{body}</h3>')
        else:
            parts.append(f'<p class="article">{body}</p>')
    return parts


# --- the exercises --------------------------------------------------------------------------------

def _how(kind: str) -> str:
    if kind == "unsourced_figure":
        return _("Underline each figure in the article, then write them here:")
    if kind == "opinion_disclaimer":
        return _("Underline the sentence in the article, then write it here:")
    return _("Underline the words in the article, then write them here:")


def _student_exercise(exercise: Exercise) -> list[str]:
    parts = []
    if exercise.is_choice:
        how = _("Tick all that apply.") if exercise.multiple else _("Tick one box.")
        parts.append(f'<p class="how">{_e(how)}</p>')
        for option in exercise.options:
            parts.append(f'<p class="option"><span style="font-size: 13pt">{_BOX}</span>&nbsp; '
                         f"{_e(option.text)}</p>")
        return parts
    parts.append(f'<p class="how">{_e(_how(exercise.type))}</p>')
    lines = min(max(2, len(exercise.answers)), 6)
    rows = ('<tr><td style="border-bottom: 1px solid #999999"><span style="font-size: 22pt">&nbsp;</span>'
            "</td></tr>") * lines
    parts.append(f'<table width="100%" cellspacing="0" cellpadding="0" style="border-collapse: collapse">'
                 f"{rows}</table>")
    return parts


def _quoted(lesson: Lesson, span: Span, key: Span | None = None) -> str:
    text = lesson.article.text
    if key is None or (key.start, key.end) == (span.start, span.end):
        return f"“{_e(text[span.start:span.end])}”"
    return (f"“{_e(text[span.start:key.start])}<b><u>{_e(text[key.start:key.end])}</u></b>"
            f"{_e(text[key.end:span.end])}”")


def _teacher_exercise(lesson: Lesson, exercise: Exercise) -> list[str]:
    parts = []
    if exercise.is_choice:
        how = _("Tick all that apply.") if exercise.multiple else _("Tick one box.")
        parts.append(f'<p class="how">{_e(how)}</p>')
        for option in exercise.options:
            box = _TICKED if option.correct else _BOX
            text = f"<b>{_e(option.text)}</b> ({_e(_('correct'))})" if option.correct else _e(option.text)
            feedback = f" — <i>{_e(option.feedback)}</i>" if option.feedback else ""
            parts.append(f'<p class="option"><span style="font-size: 13pt">{box}</span>&nbsp; '
                         f"{text}{feedback}</p>")
    else:
        parts.append(f'<p class="label">{_e(_("Answers (key words in bold):"))}</p>')
        for answer in exercise.answers:
            feedback = f" — <i>{_e(answer.feedback)}</i>" if answer.feedback else ""
            parts.append(f'<p class="key">✔ {_quoted(lesson, answer.quote, answer.key)}{feedback}</p>')
        if exercise.distractors:
            parts.append(f'<p class="label">{_e(_("Distractors (look right but are wrong):"))}</p>')
            for distractor in exercise.distractors:
                parts.append(f'<p class="key">✘ {_quoted(lesson, distractor.quote)} — '
                             f"<i>{_e(distractor.feedback)}</i></p>")
        if exercise.wrong_feedback:
            other = _("Other wrong selections: {feedback}", feedback=exercise.wrong_feedback)
            parts.append(f'<p class="key">{_e(other)}</p>')
    if exercise.pass_score < 1:
        passed = _("Passed at {percent}%.", percent=round(exercise.pass_score * 100))
        parts.append(f'<p class="key">{_e(passed)}</p>')
    if exercise.hints:
        parts.append(f'<p class="label">{_e(_("Hints:"))}</p>')
        parts += [f'<p class="key">{n}. {_e(hint)}</p>' for n, hint in enumerate(exercise.hints, 1)]
    if exercise.explanation:
        parts.append(f'<p class="label">{_e(_("Explanation:"))}</p>')
        parts.append(f'<p class="key">{_e(exercise.explanation)}</p>')
    return parts


# --- the whole worksheet -------------------------------------------------------------------------

def _teacher_notes(lesson: Lesson) -> list[str]:
    """The notes as the teacher wrote them: paragraphs, list items and subheadings (format 1.1)."""
    parts = []
    for block in lesson.teacher_note_blocks:
        if block.kind == "subheading":
            parts.append(f'<p class="label">{_e(block.text)}</p>')
        elif block.kind == "item":
            parts.append(f'<p class="notes" style="margin-left: 18px">{_e(block.text)}</p>')
        else:
            parts.append(f'<p class="notes">{_e(block.text)}</p>')
    return parts


def worksheet_html(lesson: Lesson, answers: bool = False, bidi: Bidi = _LEFT_TO_RIGHT,
                   answer_shown: frozenset[str] = frozenset()) -> str:
    """The worksheet as HTML: title, article, numbered exercises; with ``answers``, the teacher's key.

    ``answer_shown``: exercises whose answer a student was shown (printed from their lesson window), which
    the teacher's copy says, as the summary and the class results do."""
    parts = [f"<h1>{_e(lesson.title)}</h1>"]
    minutes = _("{minutes} minutes", minutes=lesson.minutes) if lesson.minutes else None
    meta = [bidi.isolate(v) for v in (lesson.level, minutes) if v]
    if meta:
        parts.append(f'<p class="meta">{_e(" · ".join(meta))}</p>')
    if answers:
        banner = _("Teacher’s copy: answers are underlined in the article, with the number of their exercise.")
        parts.append(f'<p class="banner">{_e(banner)}</p>')
        if lesson.teacher_notes:
            parts.append(f'<h2 class="part" style="margin-top: 24px">{_e(_("Teacher notes"))}</h2>')
            parts += _teacher_notes(lesson)
    else:
        parts.append(f'<p class="meta">{_e(_("Name:"))} ______________________________ &nbsp;&nbsp; '
                     f'{_e(_("Date:"))} ______________</p>')
    parts.append(f'<h2 class="part" style="margin-top: 24px">{_e(_("The article"))}</h2>')
    parts += _article_html(lesson, answers, bidi)
    parts.append(f'<h2 class="part" style="margin-top: 24px">{_e(_("Exercises"))}</h2>')
    for number, exercise in enumerate(lesson.exercises, 1):
        parts.append(f'<p class="prompt" style="margin-top: 21px">{number}. {_e(exercise.prompt)}</p>')
        if answers and exercise.id in answer_shown:
            parts.append(f'<p class="key"><b>{_e(_("Answer shown: the score was kept from before."))}</b></p>')
        parts += _teacher_exercise(lesson, exercise) if answers else _student_exercise(exercise)
    return f"<html><head><style>{_STYLE}</style></head><body>{''.join(parts)}</body></html>"
