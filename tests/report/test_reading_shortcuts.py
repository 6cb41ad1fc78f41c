"""The shortcuts of reading a term's results (statements read by look-ups once their kind was met, a timestamp
in two remembered parts, one float for each score) never change what is read: for any mix of the app's own
statements, other tools' spellings, other apps' statements, damaged ones and the same statement twice, in
any files, a results folder reads as each statement read on its own by a reader that knows nothing."""

from __future__ import annotations

import copy
import math
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from literacy_app.core.report.records import AttemptRecord
from literacy_app.core.report.sources import _Collector
from literacy_app.core.report.statements import NotAnAttempt, StatementReader, attempt_of, is_this_apps_answer
from literacy_app.core.results.statements import (
    EXT_HINTS_USED,
    EXT_SELECTED_SPANS,
    EXT_VERDICTS,
)
from tests.report.test_statement_reader import _odd, _respelt, _statements


def _changed(statement: dict[str, Any], name: str, change: Any) -> dict[str, Any]:
    made = copy.deepcopy(statement)
    made["id"] = f"{statement['id']}-{name}"
    change(made)
    return made


def _damaged(statement: dict[str, Any]) -> list[dict[str, Any]]:
    extensions = "result", "extensions"

    def put(path: tuple[str, ...], key: str, value: Any) -> Any:
        def change(s: dict[str, Any]) -> None:
            where = s
            for step in path:
                where = where[step]
            where[key] = value
        return change

    def drop(key: str) -> Any:
        return lambda s: s.pop(key)

    return [
        _changed(statement, "hints-word", put(extensions, EXT_HINTS_USED, "two")),
        _changed(statement, "hints-infinite", put(extensions, EXT_HINTS_USED, math.inf)),
        _changed(statement, "no-verdicts-list", put(extensions, EXT_VERDICTS, None)),
        _changed(statement, "odd-span", put(extensions, EXT_SELECTED_SPANS, [[1, [2]]])),
        _changed(statement, "not-a-time", put((), "timestamp", "yesterday")),
        _changed(statement, "no-time", drop("timestamp")),
        _changed(statement, "time-as-list", put((), "timestamp", ["2026-05-28T20:37:57.000Z"])),
        _changed(statement, "score-word", put(("result", "score"), "scaled", "most")),
        _changed(statement, "score-huge", put(("result", "score"), "scaled", 10 ** 400)),
        _changed(statement, "nobody", put((), "actor", {"objectType": "Agent"})),
        _changed(statement, "no-id", drop("id")),
    ]


def _not_answers(statement: dict[str, Any]) -> list[Any]:
    return [
        _changed(statement, "experienced", lambda s: s["verb"].update(id="http://adlnet.gov/expapi/verbs/experienced")),
        _changed(statement, "lesson", lambda s: s["object"].update(id=s["object"]["id"].split("/exercises/")[0])),
        _changed(statement, "no-verdicts", lambda s: s["result"]["extensions"].pop(EXT_VERDICTS)),
        _changed(statement, "no-result", lambda s: s.pop("result")),
        "not a statement", 14, None,
    ]


def _other_classes(statement: dict[str, Any]) -> list[dict[str, Any]]:
    """The same exercise in class 8A, and in two classes at once (the report takes the last)."""
    ours = statement["context"]["contextActivities"]["grouping"][0]
    theirs = dict(ours, id=ours["id"].replace("/7B", "/8A"))

    def grouped(*groups: dict[str, Any]) -> Any:
        return lambda s: s["context"]["contextActivities"].update(grouping=list(groups))

    return [_changed(statement, "8A", grouped(theirs)), _changed(statement, "8A-7B", grouped(theirs, ours)),
            _changed(statement, "7B-8A", grouped(ours, theirs))]


def _other_times(statement: dict[str, Any]) -> list[dict[str, Any]]:
    stamps = ["2026-05-28T20:37:57.000+02:00", "2026-05-28T20:37:57Z", "2026-05-28T20:37:57.5Z",
              "2026-05-28 20:37:57.000Z", "2026-05-28T20:37:57.123456-05:30", "2026-05-28T20:37:57",
              "2026-05-28T23:59:59.999+00:00", "2026-02-29T20:37:57.000Z", "2024-02-29T20:37:57.000Z"]
    return [_changed(statement, f"time-{n}", lambda s, t=stamp: s.update(timestamp=t))
            for n, stamp in enumerate(stamps)]


@pytest.fixture(scope="module")
def pool(played) -> tuple[list[dict[str, Any]], list[Any]]:  # type: ignore[no-untyped-def]
    """The app's own statements, and those with everything else."""
    own = _statements(played)[:70]
    made: list[Any] = list(own)
    made += [_respelt(s, n) for n, s in enumerate(own[:24])] + [_odd(s, n) for n, s in enumerate(own[:12])]
    made += _damaged(own[3]) + _not_answers(own[4]) + _other_times(own[5]) + _other_classes(own[7])
    made.append(_changed(own[6], "again", lambda s: s.update(id=own[6]["id"], timestamp="2026-06-01T08:00:00Z")))
    return own, made


def _expected(statements: list[Any]) -> tuple[list[AttemptRecord], list[str]]:
    """Each statement on its own, by a reader that knows nothing: this app's answers, each id once, the first
    one read; a damaged answer's complaint."""
    seen: set[Any] = set()
    records: list[AttemptRecord] = []
    problems: list[str] = []
    for statement in statements:
        if not is_this_apps_answer(statement) or statement.get("id") in seen:
            continue
        try:
            record = attempt_of(statement)
        except NotAnAttempt as problem:
            problems.append(str(problem))
            continue
        seen.add(record.id)
        records.append(record)
    return records, problems


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data(), warm=st.booleans())
def test_a_results_folder_reads_as_each_statement_on_its_own(pool, data, warm) -> None:  # type: ignore[no-untyped-def]
    own, everything = pool
    picked = data.draw(st.lists(st.integers(0, len(everything) - 1), max_size=80))
    statements = [everything[n] for n in picked]
    if warm:  # the app's own statements first: the rest is read by look-ups where it can be
        statements = own + statements
    sizes = data.draw(st.lists(st.integers(1, 30), min_size=1))
    collector = _Collector()
    start = 0
    for n, size in enumerate(sizes * (len(statements) // max(1, sum(sizes)) + 1)):
        if start >= len(statements):
            break
        collector.add_all(statements[start:start + size], f"file {n}")
        start += size
    result = collector.result()
    records, problems = _expected(statements)
    assert result.records == records
    assert [p.message for p in result.problems] == problems
    assert result.statements == len(statements)


@pytest.mark.parametrize("size", [1, 7, 50, 1000])
def test_every_kind_of_statement_after_the_apps_own_reads_as_on_its_own(pool, size) -> None:  # type: ignore[no-untyped-def]
    own, everything = pool
    statements = own + everything + everything[::-1] + [copy.deepcopy(s) for s in everything]
    collector = _Collector()
    for start in range(0, len(statements), size):
        collector.add_all(statements[start:start + size], "file")
    records, problems = _expected(statements)
    assert collector.result().records == records
    assert [p.message for p in collector.result().problems] == problems


def test_the_same_statement_twice_in_a_file_or_in_two_counts_once(played) -> None:  # type: ignore[no-untyped-def]
    own = _statements(played)[:40]
    collector = _Collector()
    collector.add_all(own + own[:10], "a.json")
    collector.add_all(own[5:15] + own[:40], "b.json")
    assert collector.result().records == [attempt_of(s) for s in own]


_ZONES = st.one_of(st.just("Z"), st.integers(-23 * 60 - 59, 23 * 60 + 59).map(
    lambda m: f"{'-' if m < 0 else '+'}{abs(m) // 60:02d}:{abs(m) % 60:02d}"))


def _stamp(moment: datetime, digits: int, zone: str) -> str:
    m = moment
    fraction = f".{m.microsecond:06d}"[:digits + 1] if digits else ""
    return f"{m.year:04d}-{m.month:02d}-{m.day:02d}T{m.hour:02d}:{m.minute:02d}:{m.second:02d}{fraction}{zone}"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(moments=st.lists(st.datetimes(min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30)), min_size=2,
                        max_size=4), digits=st.lists(st.integers(0, 6), min_size=4, max_size=4),
       zones=st.lists(_ZONES, min_size=4, max_size=4))
def test_a_timestamp_read_in_two_remembered_parts_is_the_moment_it_says(played, moments, digits, zones) -> None:  # type: ignore[no-untyped-def]
    """Minutes and seconds met in different statements, put together again: always ``fromisoformat``'s moment,
    to the last bit, and by look-ups once both parts were met."""
    base = _statements(played)[0]
    reader = StatementReader()
    reader.read_all([base], set(), [])
    stamps = [_stamp(m, d, z) for m, d, z in zip(moments, digits, zones, strict=False)]
    mixed = [a[:16] + b[16:] for a in stamps for b in stamps]  # every minute with every seconds-and-zone
    long_way: list[Any] = []
    read_long = reader.answer

    def counted(statement, seen):  # type: ignore[no-untyped-def]
        long_way.append(statement["timestamp"])
        return read_long(statement, seen)

    reader.answer = counted  # type: ignore[method-assign]
    for these in (stamps, mixed):
        long_way.clear()
        for n, stamp in enumerate(these):
            records: list[AttemptRecord] = []
            statement = dict(base, id=f"moment-{n}", timestamp=stamp)
            assert reader.read_all([statement], set(), records) == []
            assert records[0].finished_at == datetime.fromisoformat(stamp).timestamp(), stamp
    assert long_way == []  # every mix by look-ups


@pytest.mark.parametrize("score", [0, 0.0, -0.0, 0.25, 1, 1.0, True, False, 1.5, -3, 0.3333, "0.5", math.nan,
                                   math.inf, -math.inf, 10 ** 400, 2 ** 53 + 1])
def test_a_score_read_again_is_read_as_the_first_time(played, score) -> None:  # type: ignore[no-untyped-def]
    base = _statements(played)[0]
    reader = StatementReader()
    reader.read_all([base], set(), [])
    for n in range(3):
        statement = copy.deepcopy(base)
        statement["id"] = f"score-{n}"
        statement["result"]["score"]["scaled"] = score
        records: list[AttemptRecord] = []
        complaints = reader.read_all([statement], set(), records)
        try:
            expected = attempt_of(statement)
        except NotAnAttempt as problem:
            assert (records, complaints) == ([], [str(problem)])
            continue
        assert complaints == [] and len(records) == 1
        got = records[0]
        assert repr(got.score) == repr(expected.score)  # nan, and 0.0 never -0.0
        assert got._replace(score=0.0) == expected._replace(score=0.0)


def test_an_infinite_count_is_a_damaged_statement_not_a_stop(played) -> None:  # type: ignore[no-untyped-def]
    statement = _changed(_statements(played)[0], "inf", lambda s: s["result"]["extensions"].update(
        {EXT_HINTS_USED: math.inf}))
    collector = _Collector()
    collector.add_all([statement, _statements(played)[1]], "a.json")
    result = collector.result()
    assert len(result.records) == 1 and [p.where for p in result.problems] == ["a.json"]
    assert "OverflowError" in result.problems[0].message


def test_a_timestamp_far_from_now_or_in_another_zone_is_read_exactly() -> None:
    zone = timezone(timedelta(hours=-5, minutes=-30))
    for moment in (datetime(1, 1, 2, tzinfo=UTC), datetime(1969, 12, 31, 23, 59, 59, 999999, tzinfo=UTC),
                   datetime(2026, 5, 28, 20, 37, 57, 123000, tzinfo=zone)):
        stamp = moment.isoformat().replace("+00:00", "Z")
        assert StatementReader()._epoch(stamp) == datetime.fromisoformat(stamp).timestamp()
