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
def more_answers(count: int) -> str:
    """After a passing Check, the answers the student did not select."""
    return ngettext("There is {count} more answer you did not select. Show answer marks it.",
                    "There are {count} more answers you did not select. Show answer marks them all.", count)


def answers_not_found(count: int) -> str:
    """After a Check that did not pass, the answers still to find."""
    return ngettext("{count} answer is still to find. Try again, ask for a hint, or press Show answer.",
                    "{count} answers are still to find. Try again, ask for a hint, or press Show answer.", count)


def exercises_in_progress(done: int, total: int) -> str:
    """The library's progress line for a lesson begun but not finished."""
    return ngettext("In progress: {done} of {count} exercise", "In progress: {done} of {count} exercises", total,
                    done=done)


_SPECIALS = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
_IN_TEXT = str.maketrans(_SPECIALS)
_IN_ATTRIBUTES = str.maketrans({**_SPECIALS, '"': "&quot;", "'": "&#x27;"})


def escape(text: str, *, quote: bool = True) -> str:
    """Text made safe inside rich text, as ``html.escape`` does (without loading that module's 2,000
    named characters at start-up)."""
    return text.translate(_IN_ATTRIBUTES if quote else _IN_TEXT)
