"""Reading statements: what the reader remembers from one statement to the next never changes what a statement
says, odd spellings included; a results folder counts a statement in two files once and skips a damaged file,
telling which."""

from __future__ import annotations

import copy
import gc
import json
from pathlib import Path
from typing import Any

import pytest

from literacy_app.core.report.records import AttemptRecord
from literacy_app.core.report.sources import FolderSource
from literacy_app.core.report.statements import NotAnAttempt, StatementReader, attempt_of, seconds_of
from literacy_app.core.results.statements import (
    EXT_ANSWER_SHOWN,
    EXT_HINTS_USED,
    EXT_LESSON_HASH,
    EXT_SELECTED_OPTIONS,
    EXT_SELECTED_SPANS,
    EXT_VERDICTS,
)


def _statements(played) -> list[dict[str, Any]]:  # type: ignore[no-untyped-def]
    return [s.data for p in played for s in p.statements if "/exercises/" in s.data["object"]["id"]]


def _odd(statement: dict[str, Any], n: int) -> dict[str, Any]:
    """The same statement spelt as another tool might write it: numbers as floats or words, verdicts as
    numbers, a lesson hash that is not text, a student known by e-mail, two classes, no parent."""
    odd = copy.deepcopy(statement)
    odd["id"] = f"{statement['id']}-{n}"
    extensions = odd["result"]["extensions"]
    spans = extensions.get(EXT_SELECTED_SPANS)
    kind = n % 6
    if kind == 0 and spans:
        extensions[EXT_SELECTED_SPANS] = [[float(a), float(b)] for a, b in spans]
    elif kind == 1 and spans:
        extensions[EXT_SELECTED_SPANS] = [[str(a), b] for a, b in spans]
    elif kind == 2:
        extensions[EXT_VERDICTS] = [True] * len(extensions[EXT_VERDICTS])
    elif kind == 3:
        odd["context"]["extensions"][EXT_LESSON_HASH] = ["not", "text"]
    elif kind == 4:
        odd["actor"] = {"objectType": "Agent", "mbox": "mailto:someone@school.example.org", "name": "Someone"}
        odd["context"]["contextActivities"]["grouping"] *= 2
    else:
        del odd["context"]["contextActivities"]["parent"]
        if EXT_SELECTED_OPTIONS in extensions:
            extensions[EXT_SELECTED_OPTIONS] = [str(o) for o in extensions[EXT_SELECTED_OPTIONS]]
    return odd


def test_what_is_remembered_never_changes_a_statement(played) -> None:  # type: ignore[no-untyped-def]
    statements = _statements(played)
    statements += [_odd(s, n) for n, s in enumerate(statements[:120])]
    reader = StatementReader()
    for _ in range(2):  # the second time, everything is remembered
        for statement in statements:
            assert reader.attempt(statement) == attempt_of(statement)  # attempt_of: a reader that knows nothing


def test_verdicts_as_numbers_read_as_words(played) -> None:  # type: ignore[no-untyped-def]
    statement = _odd(_statements(played)[0], 2)
    assert set(attempt_of(statement).verdicts) == {"True"}


def test_a_damaged_statement_is_not_an_attempt(played) -> None:  # type: ignore[no-untyped-def]
    reader = StatementReader()
    good = _statements(played)[0]
    reader.attempt(good)
    for damage in ({EXT_SELECTED_SPANS: [[1, [2]]]}, {EXT_SELECTED_SPANS: [1, 2]}, {EXT_VERDICTS: None}):
        bad = copy.deepcopy(good)
        bad["result"]["extensions"].update(damage)
        with pytest.raises(NotAnAttempt):
            reader.attempt(bad)


@pytest.mark.parametrize(("duration", "seconds"), [
    ("PT75.40S", 75.4), ("PT5M", 300.0), ("PT1H", 3600.0), ("PT1H2M3S", 3723.0), ("P1DT1S", 86401.0),
    ("PT0S", 0.0)])
def test_durations(duration: str, seconds: float) -> None:
    assert seconds_of(duration) == pytest.approx(seconds)


def test_a_folder_counts_a_statement_in_two_files_once_and_skips_a_damaged_file(tmp_path, played) -> None:  # type: ignore[no-untyped-def]
    statements = [s.json for p in played[:4] for s in p.statements]
    (tmp_path / "a.json").write_text("[" + ",".join(statements[:30]) + "]", encoding="utf-8")
    (tmp_path / "b.json").write_text("[" + ",".join(statements[20:]) + "]", encoding="utf-8")  # 10 in both
    (tmp_path / "c.json").write_text(statements[5], encoding="utf-8")  # one statement alone, also in a.json
    (tmp_path / "half-written.json").write_text(statements[0][:100], encoding="utf-8")
    (tmp_path / "other.json").write_text(json.dumps({"what": "not statements"}), encoding="utf-8")
    (tmp_path / ".being-written.json").write_text("[", encoding="utf-8")  # the app's temporary: left alone
    result = FolderSource(tmp_path).read()
    answered = [json.loads(s) for s in statements]
    answered = [s for s in answered if "/exercises/" in s["object"]["id"]]
    assert sorted(r.id for r in result.records) == sorted(s["id"] for s in answered)
    assert [p.where for p in result.problems] == ["half-written.json", "other.json"]
    assert result.statements == 30 + (len(statements) - 20) + 1


def test_reading_leaves_the_cycle_collector_as_it_was() -> None:
    from literacy_app.core.report.records import collector_paused

    assert gc.isenabled() and gc.get_freeze_count() == 0
    with collector_paused():
        assert not gc.isenabled()
        made = [[n] for n in range(1000)]
    assert gc.isenabled() and gc.get_freeze_count() == 0 and gc.is_tracked(made)
    gc.freeze()  # another part of the app keeps its start-up objects out of the collector's way
    try:
        frozen = gc.get_freeze_count()
        with collector_paused():
            pass
        assert gc.get_freeze_count() == frozen  # still frozen, nothing added
    finally:
        gc.unfreeze()
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()  # left off when it was off
    finally:
        gc.enable()


def test_a_statement_id_that_is_not_text_is_read_as_text(played) -> None:  # type: ignore[no-untyped-def]
    from literacy_app.core.report.sources import _Collector

    statement = _statements(played)[0]
    odd = dict(statement, id=["not", "text"])
    collector = _Collector()
    collector.add_all([odd, odd, statement], "here")
    result = collector.result()
    assert [r.id for r in result.records] == [str(["not", "text"]), statement["id"]]
    assert result.problems == [] and result.statements == 3


def _respelt(statement: dict[str, Any], n: int) -> dict[str, Any]:
    """The app's statement with one field as another tool (or a damaged file) might leave it."""
    odd = copy.deepcopy(statement)
    odd["id"] = f"{statement['id']}-respelt-{n}"
    result, extensions = odd["result"], odd["result"]["extensions"]
    change = n % 12
    if change == 0:
        result["duration"] = "PT1M3S"
    elif change == 1:
        result["duration"] = ""
    elif change == 2:
        del result["duration"]
    elif change == 3:
        del result["success"]
    elif change == 4:
        del extensions[EXT_HINTS_USED]
    elif change == 5:
        extensions[EXT_ANSWER_SHOWN] = 1
    elif change == 6:
        result["score"]["scaled"] = 1.5
    elif change == 7:
        odd["actor"]["name"] = "A name the app does not send"
    elif change == 8:
        odd["timestamp"] = "2026-05-28T20:37:57+02:00"
    elif change == 9:
        result["duration"] = 75
    elif change == 10:
        odd["context"]["contextActivities"]["grouping"] *= 2
    else:
        del odd["actor"]["account"]
    return odd


def _read_alone(reader: StatementReader, statement: Any) -> tuple[list[AttemptRecord], list[str]]:
    records: list[AttemptRecord] = []
    complaints = reader.read_all([statement], set(), records)
    return records, complaints


def test_the_remembered_way_reads_as_the_long_way(played) -> None:  # type: ignore[no-untyped-def]
    """The second time an exercise, class, lesson and answer come back, a statement of the app's own shape is
    read by look-ups in ``read_all``'s loop, never the long way (``answer``); anything else still goes the long
    way. Both give what a reader that knows nothing gives, or the same complaint."""
    own = _statements(played)
    others = [_respelt(s, n) for n, s in enumerate(own[:96])] + [_odd(s, n) for n, s in enumerate(own[:60])]
    reader = StatementReader()
    reader.read_all(own, set(), [])
    long_way: list[Any] = []
    read_long = reader.answer

    def counted(statement, seen):  # type: ignore[no-untyped-def]
        long_way.append(statement)
        return read_long(statement, seen)

    reader.answer = counted  # type: ignore[method-assign]
    for _ in range(2):  # the second time, what the long way remembered of the others is used too
        for statement in own + others:
            try:
                expected = attempt_of(statement)
            except NotAnAttempt as problem:
                assert _read_alone(reader, statement) == ([], [str(problem)])
                continue
            assert _read_alone(reader, statement) == ([expected], [])
    assert not any(s is t for s in long_way for t in own)  # the app's own: all by look-ups
    assert any(s is t for s in long_way for t in others)  # the others: the long way, at least the first time


def test_a_damaged_file_in_a_folder_below_is_named_from_the_results_folder(tmp_path, played) -> None:  # type: ignore[no-untyped-def]
    statements = [s.json for p in played[:2] for s in p.statements]
    (tmp_path / "lab 2" / "monday").mkdir(parents=True)
    (tmp_path / ".sync").mkdir()
    (tmp_path / "lab 2" / "monday" / "a.json").write_text("[" + ",".join(statements) + "]", encoding="utf-8")
    (tmp_path / "lab 2" / "monday" / "half.json").write_text(statements[0][:50], encoding="utf-8")
    (tmp_path / ".sync" / "b.json").write_text("[", encoding="utf-8")  # a hidden folder: left alone
    source = FolderSource(tmp_path)
    result = source.read()
    assert [p.where for p in result.problems] == [str(Path("lab 2", "monday", "half.json"))]
    assert len(result.records) == sum(1 for s in statements if "/exercises/" in json.loads(s)["object"]["id"])
    assert source.files() == [tmp_path / "lab 2" / "monday" / "a.json", tmp_path / "lab 2" / "monday" / "half.json"]
