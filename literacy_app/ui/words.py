"""Words shown for verdicts and exercise types, in one place so every view says the same thing."""

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
