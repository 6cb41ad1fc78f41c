"""Words shown for verdicts and exercise types, in one place so every view says the same thing; and
``escape`` for putting any of them into Qt's rich text."""

from __future__ import annotations

from literacy_app.i18n import _


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


_SPECIALS = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
_IN_TEXT = str.maketrans(_SPECIALS)
_IN_ATTRIBUTES = str.maketrans({**_SPECIALS, '"': "&quot;", "'": "&#x27;"})


def escape(text: str, *, quote: bool = True) -> str:
    """Text made safe inside rich text, as ``html.escape`` does (without loading that module's 2,000
    named characters at start-up)."""
    return text.translate(_IN_ATTRIBUTES if quote else _IN_TEXT)
