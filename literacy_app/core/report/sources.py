"""Where the class report reads results: a Learning Record Store, or a results folder. One interface.

Both give the same ``ReadResult``: this app's attempts, each statement once (by its id), and the problems
met on the way (a damaged file is reported and skipped, never fatal). A source that cannot be read at
all (wrong password, server down, no such folder) raises ``SourceUnavailable`` with the reason in plain
words.
"""

from __future__ import annotations

import base64
import json
import os
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol
from urllib.error import HTTPError, URLError
from urllib.parse import urlencode, urljoin
from urllib.request import Request, urlopen

from literacy_app.core.lab import DEFAULT_IRI_BASE
from literacy_app.core.report.records import (
    AttemptRecord,
    ReadProblem,
    ReadResult,
    SourceUnavailable,
    collector_paused,
)
from literacy_app.core.report.statements import StatementReader
from literacy_app.core.results.statements import XAPI_VERSION, class_iri, lesson_iri
from literacy_app.i18n import _

PAGE_SIZE = 500  # statements asked for per request; the LRS may send fewer and a "more" link


class ResultsSource(Protocol):
    """Anything the class report can read results from."""

    def describe(self) -> str:
        """Where the results come from, for the report's heading."""
        ...

    def read(self, *, class_id: str | None = None, lesson_id: str | None = None,
             since: float | None = None) -> ReadResult:
        """This app's attempts (narrowed to a class, a lesson, a time when the source can; the report
        narrows again)."""
        ...


class _Collector:
    """Statements in, attempts out: each statement id once, this app's answers only."""

    def __init__(self) -> None:
        self.records: list[AttemptRecord] = []
        self.problems: list[ReadProblem] = []
        self.statements = 0
        self._seen: set[str] = set()
        self._reader = StatementReader()

    def add_all(self, statements: list[Any], where: str) -> None:
        self.statements += len(statements)
        for complaint in self._reader.read_all(statements, self._seen, self.records):
            self.problems.append(ReadProblem(where, complaint))

    def result(self) -> ReadResult:
        return ReadResult(self.records, self.problems, self.statements)


def statements_in(data: Any) -> list[Any] | None:
    """The statements a file holds: one statement, a list of them, or an LRS answer ``{"statements": …}``."""
    if isinstance(data, list):
        return data
    if isinstance(data, dict):
        if "statements" in data and isinstance(data["statements"], list):
            return list(data["statements"])
        if "verb" in data or "actor" in data:
            return [data]
    return None


# --- a results folder -----------------------------------------------------------------------------------

class FolderSource:
    """Every ``*.json`` below a folder. Files being written (names starting with a dot, as the app's atomic
    writes make them) are left for the next read; a file that is not JSON is reported and skipped."""

    def __init__(self, folder: str | os.PathLike[str]) -> None:
        self.folder = Path(folder)

    def describe(self) -> str:
        return str(self.folder)

    def files(self) -> list[Path]:
        return [Path(path) for path, _where in self._files()]

    def _files(self) -> list[tuple[str, str]]:
        """Each file's path and its name below the folder (how a problem names it), as plain text: a term's
        results are thousands of files, and Path objects for each cost as much as reading a few."""
        if not self.folder.is_dir():
            raise SourceUnavailable(_("There is no results folder at {folder}. Check the path, and that this "
                                      "computer can reach the shared folder.", folder=self.folder))
        found = []
        top = str(self.folder)
        for root, folders, names in os.walk(top):
            folders[:] = sorted(f for f in folders if not f.startswith("."))
            below = os.path.relpath(root, top)
            found += [(os.path.join(root, n), n if below == os.curdir else os.path.join(below, n))
                      for n in sorted(names) if n.endswith(".json") and not n.startswith(".")]
        return found

    def read(self, *, class_id: str | None = None, lesson_id: str | None = None,
             since: float | None = None) -> ReadResult:
        with collector_paused():
            return self._read_files()

    def _read_files(self) -> ReadResult:
        collector = _Collector()
        for path, where in self._files():
            _read_file(path, where, collector)
        return collector.result()


def _read_file(path: str, where: str, collector: _Collector) -> None:
    """One file's statements into the collector. A function of its own so that the parsed file is let go on
    the way out, before the next file is parsed: the next parse then reuses the memory just freed, still in the
    processor's cache (a loop variable would hold it until the next parse is done, doubling what is in use)."""
    try:
        with open(path, "rb") as handle:
            data = json.load(handle)
    except (OSError, ValueError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        collector.problems.append(ReadProblem(where, _("could not be read, skipped ({reason})", reason=reason)))
        return
    statements = statements_in(data)
    if statements is None:
        collector.problems.append(ReadProblem(where, _("holds no xAPI statements, skipped")))
        return
    collector.add_all(statements, where)


# --- a Learning Record Store ---------------------------------------------------------------------------------

Opener = Callable[[Request, float], Any]


class LrsSource:
    """``GET statements`` on an LRS, narrowed by activity (the lesson, else the class) with related
    activities and ``since``, following ``more`` until the last page. HTTP Basic auth: the account needs
    read access (Ralph: the ``statements/read`` scope, or ``all``)."""

    def __init__(self, endpoint: str, username: str = "", password: str = "", *,
                 iri_base: str = DEFAULT_IRI_BASE, timeout: float = 30.0, opener: Opener | None = None,
                 page_size: int = PAGE_SIZE) -> None:
        self.endpoint = endpoint if endpoint.endswith("/") else endpoint + "/"
        self.username = username
        self.password = password
        self.iri_base = iri_base
        self.timeout = timeout
        self.page_size = page_size
        self._open: Opener = opener or (lambda request, timeout: urlopen(request, timeout=timeout))

    def describe(self) -> str:
        return self.endpoint

    def first_address(self, class_id: str | None, lesson_id: str | None, since: float | None) -> str:
        query: dict[str, str] = {"limit": str(self.page_size)}
        if lesson_id is not None:
            query.update(activity=lesson_iri(self.iri_base, lesson_id), related_activities="true")
        elif class_id is not None:
            query.update(activity=class_iri(self.iri_base, class_id), related_activities="true")
        if since is not None:
            query["since"] = datetime.fromtimestamp(since, UTC).isoformat().replace("+00:00", "Z")
        return urljoin(self.endpoint, "statements") + "?" + urlencode(query)

    def read(self, *, class_id: str | None = None, lesson_id: str | None = None,
             since: float | None = None) -> ReadResult:
        result = self._read(self.first_address(class_id, lesson_id, since))
        if result.statements == 0 and (class_id is not None or lesson_id is not None):
            # Some LRSs answer an activity filter with nothing at all (Ralph 5.1's file backend compares the
            # activity as an object, never equal to the stored text): read everything, the report narrows.
            result = self._read(self.first_address(None, None, since))
        return result

    def _read(self, first: str) -> ReadResult:
        with collector_paused():
            return self._read_pages(first)

    def _read_pages(self, first: str) -> ReadResult:
        collector = _Collector()
        address: str | None = first
        visited: set[str] = set()
        while address and address not in visited:
            visited.add(address)
            page = self._get(address)
            statements = page.get("statements") if isinstance(page, dict) else None
            if not isinstance(statements, list):
                raise SourceUnavailable(_("{address} did not answer like a Learning Record Store (no list of "
                                          "statements). Check the address: it usually ends in /xAPI/.",
                                          address=self.endpoint))
            collector.add_all(statements, self.endpoint)
            more = page.get("more")
            address = urljoin(self.endpoint, more) if isinstance(more, str) and more else None
        return collector.result()

    def _get(self, address: str) -> Any:
        request = Request(address, headers={"X-Experience-API-Version": XAPI_VERSION, "Accept": "application/json"})
        if self.username or self.password:
            token = base64.b64encode(f"{self.username}:{self.password}".encode()).decode("ascii")
            request.add_header("Authorization", f"Basic {token}")
        try:
            with self._open(request, self.timeout) as answer:
                return json.load(answer)
        except HTTPError as error:
            raise SourceUnavailable(_why_refused(error.code, self.endpoint)) from None
        except (URLError, OSError) as error:
            reason = getattr(error, "reason", None) or error
            raise SourceUnavailable(_("The Learning Record Store at {address} could not be reached ({reason}). "
                                      "Check the address and that the server is running.",
                                      address=self.endpoint, reason=reason)) from None
        except ValueError:
            raise SourceUnavailable(_("{address} did not answer with JSON. Check the address: it usually ends "
                                      "in /xAPI/.", address=self.endpoint)) from None


def _why_refused(code: int, endpoint: str) -> str:
    if code == 401:
        return _("The Learning Record Store at {address} did not accept the user name and password (401). "
                 "Check them, or ask whoever runs the LRS for a reading account.", address=endpoint)
    if code == 403:
        return _("The Learning Record Store at {address} knows this account but does not let it read "
                 "statements (403). Ask whoever runs the LRS to give it the statements/read scope.",
                 address=endpoint)
    if code == 404:
        return _("There is no Learning Record Store at {address} (404). Check the address: it usually ends "
                 "in /xAPI/.", address=endpoint)
    return _("The Learning Record Store at {address} answered with an error ({code}). Try again later, or "
             "ask whoever runs it.", address=endpoint, code=code)
