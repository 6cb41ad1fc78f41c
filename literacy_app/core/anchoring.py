"""Resolving answers' and distractors' quotes to ranges of the article text (the format's rules 1-4)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from literacy_app.core.matching import FoldedText, closest_passage, fold
from literacy_app.core.model import Span
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


def resolve(folded: FoldedText, request: QuoteRequest, where: Callable[[int], str]) -> tuple[int, int]:
    """The folded range of the one place the request picks; raises ``QuoteProblem`` otherwise."""
    quote = fold(request.quote)
    if not quote:
        raise QuoteProblem(_("the quote is empty."))
    found = folded.find_all(quote)
    if not found:
        raise QuoteProblem(_not_found(folded, request.quote, quote))
    picked = [f for f in found if _fits(folded.text, f, request)]
    if not picked:
        raise QuoteProblem(_("\"{quote}\" is in the article, but never with that prefix or suffix. Check "
                             "them against the article.", quote=request.quote))
    if request.occurrence is not None:
        if request.occurrence > len(picked):
            raise QuoteProblem(ngettext("occurrence is {n}, but \"{quote}\" is in the article only once.",
                                        "occurrence is {n}, but \"{quote}\" is in the article only {count} times.",
                                        len(picked), n=request.occurrence, quote=request.quote))
        return picked[request.occurrence - 1]
    if len(picked) > 1:
        places = "; ".join(where(folded.original_span(*f)[0]) for f in picked[:10])
        raise QuoteProblem(_("\"{quote}\" is in the article {count} times ({places}). Add prefix:, suffix: "
                             "or occurrence: to pick one.", quote=request.quote, count=len(picked),
                             places=places))
    return picked[0]


def _fits(text: str, found: tuple[int, int], request: QuoteRequest) -> bool:
    start, end = found
    if request.prefix is not None:
        prefix = fold(request.prefix)
        before = text[max(0, start - len(prefix) - 1):start].rstrip()
        if prefix and not before.endswith(prefix):
            return False
    if request.suffix is not None:
        suffix = fold(request.suffix)
        after = text[end:end + len(suffix) + 1].lstrip()
        if suffix and not after.startswith(suffix):
            return False
    return True


def _not_found(folded: FoldedText, written: str, quote: str) -> str:
    close = closest_passage(folded, quote)
    if close is None:
        return _("\"{quote}\" is not in the article. Copy the words from the article exactly.", quote=written)
    if fold(close).casefold() == quote.casefold():
        return _("\"{quote}\" is not in the article. Did you mean \"{close}\"? (Capital letters must match.)",
                 quote=written, close=close)
    return _("\"{quote}\" is not in the article. Did you mean \"{close}\"?", quote=written, close=close)


def resolve_key(folded: FoldedText, quote_range: tuple[int, int], key: str) -> tuple[int, int]:
    """The folded range of ``key`` inside its quote's folded range."""
    wanted = fold(key)
    start, end = quote_range
    position = folded.text.find(wanted, start, end) if wanted else -1
    if position < 0:
        raise QuoteProblem(_("the key \"{key}\" is not inside its quote. The key must be some of the "
                             "quote's own words.", key=key))
    return position, position + len(wanted)


def to_span(folded: FoldedText, folded_range: tuple[int, int]) -> Span:
    return Span(*folded.original_span(*folded_range))
