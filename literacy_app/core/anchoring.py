"""Resolving answers' and distractors' quotes to ranges of the article text (the format's rules 1-4)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from literacy_app.core.matching import FoldedText, closest_passage, fold
from literacy_app.core.model import Span
from literacy_app.core.text import visible
from literacy_app.i18n import _, ngettext


@dataclass(frozen=True)
class QuoteRequest:
    """A quote as the teacher wrote it, with what narrows it down."""

    quote: str
    prefix: str | None = None
    suffix: str | None = None
    occurrence: int | None = None


class QuoteProblem(Exception):
    """A quote that cannot be resolved; the message is for the teacher."""


# An ambiguous quote's places are counted up to here: enough to say how to fix it, without listing every
# place of a word that stands thousands of times.
COUNTED = 100
_SHOWN = 5


def resolve(folded: FoldedText, request: QuoteRequest, where: Callable[[int], str]) -> tuple[int, int]:
    """The folded range of the one place the request picks; raises ``QuoteProblem`` otherwise.

    The prefix and suffix are searched for together with the quote (never by checking each place of
    the quote in turn), and places are only counted as far as the answer needs."""
    quote = fold(request.quote)
    if not quote:
        raise QuoteProblem(_("the quote is empty."))
    if not folded.find_first(quote, 1):
        raise QuoteProblem(_not_found(folded, request.quote, quote))
    prefix = fold(request.prefix) if request.prefix is not None else ""
    suffix = fold(request.suffix) if request.suffix is not None else ""
    wanted = max(request.occurrence or 0, COUNTED + 1)
    picked = _starts_with(folded, quote, prefix, suffix, wanted)
    if not picked:
        raise QuoteProblem(_("\"{quote}\" is in the article, but never with that prefix or suffix. Check "
                             "them against the article.", quote=visible(request.quote)))
    found = [(start, start + len(quote)) for start in picked]
    if request.occurrence is not None:
        if request.occurrence > len(found):
            raise QuoteProblem(ngettext("occurrence is {n}, but \"{quote}\" is in the article only once.",
                                        "occurrence is {n}, but \"{quote}\" is in the article only {count} times.",
                                        len(found), n=request.occurrence, quote=visible(request.quote)))
        return found[request.occurrence - 1]
    if len(found) > 1:
        places = "; ".join(where(folded.original_span(*f)[0]) for f in found[:_SHOWN])
        if len(found) > COUNTED:
            raise QuoteProblem(_("\"{quote}\" is in the article more than {limit} times ({places}; ...). Add "
                                 "prefix:, suffix: or occurrence: to pick one.", quote=visible(request.quote),
                                 limit=COUNTED, places=places))
        raise QuoteProblem(_("\"{quote}\" is in the article {count} times ({places}). Add prefix:, suffix: "
                             "or occurrence: to pick one.", quote=visible(request.quote), count=len(found),
                             places=places))
    return found[0]


def _starts_with(folded: FoldedText, quote: str, prefix: str, suffix: str, limit: int) -> list[int]:
    """Where ``quote`` starts with ``prefix`` just before it and ``suffix`` just after (each maybe
    across one space; folded text has no longer runs of space), the first ``limit`` places."""
    starts: set[int] = set()
    for before in ((prefix, prefix + " ") if prefix else ("",)):
        for after in ((suffix, " " + suffix) if suffix else ("",)):
            starts.update(p + len(before) for p in folded.find_first(before + quote + after, limit))
    return sorted(starts)[:limit]


def _not_found(folded: FoldedText, written: str, quote: str) -> str:
    close = closest_passage(folded, quote)
    if close is None:
        return _("\"{quote}\" is not in the article. Copy the words from the article exactly.",
                 quote=visible(written))
    if fold(close).casefold() == quote.casefold():
        return _("\"{quote}\" is not in the article. Did you mean \"{close}\"? (Capital letters must match.)",
                 quote=visible(written), close=visible(close))
    message = _("\"{quote}\" is not in the article. Did you mean \"{close}\"?", quote=visible(written),
                close=visible(close))
    if visible(written) != written or visible(close) != close:
        message += " " + _("(Characters you cannot see are shown as <U+…>; delete the ones you did not mean.)")
    return message


def resolve_key(folded: FoldedText, quote_range: tuple[int, int], key: str) -> tuple[int, int]:
    """The folded range of ``key`` inside its quote's folded range."""
    wanted = fold(key)
    start, end = quote_range
    position = folded.find(wanted, start, end) if wanted else -1
    if position < 0:
        raise QuoteProblem(_("the key \"{key}\" is not inside its quote. The key must be some of the "
                             "quote's own words.", key=visible(key)))
    return position, position + len(wanted)


def to_span(folded: FoldedText, folded_range: tuple[int, int]) -> Span:
    return Span(*folded.original_span(*folded_range))
