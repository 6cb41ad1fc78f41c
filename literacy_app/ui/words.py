"""Words shown for verdicts and exercise types, in one place so every view says the same thing; and
``escape`` for putting any of them into Qt's rich text."""

from __future__ import annotations

from literacy_app.i18n import _, ngettext


def verdict_label(verdict: str) -> str:
    """An icon and a word, so a verdict never depends on colour alone."""
    return {
        "correct": _("✓ Correct"),
        "partial": _("◐ Partly right"),
        "wrong": _("✗ Not right"),
        "missed": _("○ Missed"),
        "answer": _("○ Answer"),
        "pending": _("• Not checked yet"),
    }.get(verdict, verdict)


def exercise_kind(kind: str) -> str:
    return {
        "attribution": _("Who says so?"),
        "unsourced_figure": _("Figures without a source"),
        "opinion_disclaimer": _("Opinion or news?"),
        "loaded_language": _("Loaded words"),
        "select": _("Find it in the text"),
        "choice": _("Choose"),
    }.get(kind, kind)


def percent(score: float) -> str:
    return _("{value}%", value=round(score * 100))


def duration(seconds: float) -> str:
    minutes, rest = divmod(int(seconds), 60)
    return _("{minutes} min {seconds} s", minutes=minutes, seconds=rest) if minutes else \
        _("{seconds} s", seconds=rest)


# Sentences with a count, for the views: every language says them with its own plural forms (Arabic has
# six), so "There are 1 more answers" cannot happen.
def exercises_in_progress(done: int, total: int) -> str:
    """The library's progress line for a lesson begun but not finished."""
    return ngettext("In progress: {done} of {count} exercise", "In progress: {done} of {count} exercises", total,
                    done=done)


# Unicode isolates (first strong, left-to-right, pop): a name, a date or a figure inside a line of the other
# direction keeps its own order and does not pull the punctuation around it into its direction.
_FSI, _LRI, _PDI = "\u2068", "\u2066", "\u2069"


def isolate(text: str, *, date: bool = False, always: bool = False) -> str:
    """``text`` kept whole inside a line of either direction (plain English words need nothing); a date is
    always laid out left to right, so 2024-03-14 never turns into 14-03-2024 inside Arabic."""
    if date:
        return _LRI + text + _PDI
    return _FSI + text + _PDI if always or not text.isascii() or any(c.isdigit() for c in text) else text


def facts_line(facts: list[str], separator: str = " · ") -> str:
    """Facts of mixed directions on one line (a lesson's level, its minutes, the student's progress), each
    isolated, so "Ages 13+ · 20 min" keeps its order inside an Arabic interface and the other way round."""
    return separator.join(isolate(fact, always=True) for fact in facts)


_SPECIALS = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
_IN_TEXT = str.maketrans(_SPECIALS)
_IN_ATTRIBUTES = str.maketrans({**_SPECIALS, '"': "&quot;", "'": "&#x27;"})


def escape(text: str, *, quote: bool = True) -> str:
    """Text made safe inside rich text, as ``html.escape`` does (without loading that module's 2,000
    named characters at start-up)."""
    return text.translate(_IN_ATTRIBUTES if quote else _IN_TEXT)
