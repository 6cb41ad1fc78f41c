"""Delivery to the school's Learning Record Store: xAPI 1.0.3 POSTs with the standard library.

What each answer means (the issue's table, and nothing more):

- 200/204: delivered; the statements leave the outbox. (A 200 must list statement ids, as an LRS's does: a
  network's log-in page answering 200 is not a delivery.) (An LRS answers 204 to a resend of a statement it
  already has with the same JSON, so a resend after a crash is harmless.)
- no connection, timeout, 5xx (and any other answer): kept; sent again later with a growing, bounded wait.
- 401/403/404: kept; sending stops and the student is told to tell the teacher (a configuration problem).
  A redirection (3xx) counts as a wrong address too: following it would turn the POST into a GET, whose
  200 would look like a delivery.
- 400/413/422: the batch is split to find the statement the server refuses; that one moves to ``rejected/``
  with the server's answer, the others are sent.
- 409: split the same way; the conflicting statement moves to ``conflicts/`` and is never sent again.
"""

from __future__ import annotations

import base64
import http.client
import json
import urllib.error
import urllib.request
from typing import NamedTuple

from literacy_app.core.results.outbox import Outbox
from literacy_app.core.results.statements import XAPI_VERSION

BATCH = 50
TIMEOUT = 10.0


class Delivery(NamedTuple):
    """What one round of delivery found: ``state`` is "sent", "unreachable", "refused" or "not found"."""

    state: str
    delivered: int = 0
    set_aside: int = 0
    detail: str = ""


class LrsAnswer(NamedTuple):
    status: int  # 0: no answer at all (refused connection, timeout, name not found)
    text: str


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None  # urllib then raises HTTPError with the 3xx status


_OPENER = urllib.request.build_opener(_NoRedirects)


class LrsClient:
    """POSTs statements to ``endpoint``/statements."""

    def __init__(self, endpoint: str, username: str | None = None, password: str | None = None,
                 timeout: float = TIMEOUT) -> None:
        self.url = endpoint.rstrip("/") + "/statements"
        self.timeout = timeout
        self.headers = {"Content-Type": "application/json; charset=utf-8",
                        "X-Experience-API-Version": XAPI_VERSION}
        if username is not None or password is not None:
            token = base64.b64encode(f"{username or ''}:{password or ''}".encode()).decode("ascii")
            self.headers["Authorization"] = f"Basic {token}"

    def post(self, texts: list[str]) -> LrsAnswer:
        """One batch, each statement's stored JSON kept byte for byte."""
        body = ("[" + ",".join(texts) + "]").encode("utf-8")
        request = urllib.request.Request(self.url, data=body, headers=self.headers, method="POST")
        try:
            with _OPENER.open(request, timeout=self.timeout) as response:
                return LrsAnswer(response.status, response.read(65536).decode("utf-8", "replace"))
        except urllib.error.HTTPError as error:
            try:
                text = error.read(4096).decode("utf-8", "replace")
            except (OSError, http.client.HTTPException):
                text = ""
            return LrsAnswer(error.code, text or str(error.reason))
        except (urllib.error.URLError, OSError, http.client.HTTPException) as error:  # refused, timeout, ...
            reason = getattr(error, "reason", error)
            return LrsAnswer(0, str(reason))


class LrsDelivery:
    """Empties the outbox into an LRS, one round at a time (the sender thread and ``results send`` call it)."""

    def __init__(self, client: LrsClient, batch: int = BATCH) -> None:
        self.client = client
        self.batch = batch

    def deliver(self, outbox: Outbox) -> Delivery:
        delivered = set_aside = 0
        pending = outbox.pending()
        for first in range(0, len(pending), self.batch):
            loaded = [(i, outbox.read(i)) for i in pending[first:first + self.batch]]
            items = [(i, text) for i, text in loaded if text is not None]
            if not items:
                continue
            outcome = self._send(outbox, items)
            delivered += outcome.delivered
            set_aside += outcome.set_aside
            if outcome.state != "sent":
                return outcome._replace(delivered=delivered, set_aside=set_aside)
        return Delivery("sent", delivered, set_aside)

    def _send(self, outbox: Outbox, items: list[tuple[str, str]]) -> Delivery:
        answer = self.client.post([text for _, text in items])
        if answer.status == 200 and not _lists_ids(answer.text, {i for i, _ in items}):
            # not an LRS's answer (a network's log-in page, a proxy): nothing was stored
            return Delivery("unreachable", detail=f"200 without statement ids: {answer.text[:200]}")
        if answer.status in (200, 204):
            for statement_id, _ in items:
                outbox.remove(statement_id)
            return Delivery("sent", len(items))
        if answer.status in (401, 403):
            return Delivery("refused", detail=f"{answer.status} {answer.text}")
        if answer.status == 404 or 300 <= answer.status < 400:
            return Delivery("not found", detail=f"{answer.status} {answer.text}")
        if answer.status in (400, 409, 413, 422):
            if len(items) == 1:
                where = "conflicts" if answer.status == 409 else "rejected"
                outbox.set_aside(items[0][0], where, f"HTTP {answer.status}\n{answer.text}\n")
                return Delivery("sent", 0, 1)
            half = len(items) // 2
            first = self._send(outbox, items[:half])
            if first.state != "sent":
                return first
            second = self._send(outbox, items[half:])
            return second._replace(delivered=first.delivered + second.delivered,
                                   set_aside=first.set_aside + second.set_aside)
        return Delivery("unreachable", detail=f"{answer.status or ''} {answer.text}".strip())


def _lists_ids(text: str, sent: set[str]) -> bool:
    """An LRS answers a POST with 200 and the ids it stored (a resend it already had may be left out)."""
    try:
        ids = json.loads(text)
    except ValueError:
        return False
    return isinstance(ids, list) and all(isinstance(i, str) and i in sent for i in ids)
