"""Damaged progress files, lessons edited under a student's feet, and two windows on one lesson.

A damaged file is set aside (never deleted) and the student told, never a crash; an edit keeps what still
applies; two stores on one data folder never lose each other's finished work.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from literacy_app.core.loader import parse_lesson
from literacy_app.core.model import Lesson
from literacy_app.core.progress import ProgressStore, SaveOutcome
from literacy_app.core.session import LessonSession
from tests.support.paths import LESSONS

CHOICE_LESSON = LESSONS / "01-local-news-sources.yaml"


def load(path: Path = CHOICE_LESSON, edit: tuple[str, str] | None = None) -> Lesson:
    text = path.read_text(encoding="utf-8")
    if edit is not None:
        assert edit[0] in text
        text = text.replace(*edit)
    result = parse_lesson(text, str(path))
    assert result.lesson is not None, result.problems
    return result.lesson


def answer_everything(session: LessonSession, number: int) -> None:
    """Do exercise ``number`` right and Check it."""
    session.go_to(number)
    exercise = session.exercise
    if exercise.is_choice:
        session.set_options([n for n, o in enumerate(exercise.options) if o.correct])
    else:
        for answer in exercise.answers:
            session.add_selection(answer.quote.start, answer.quote.end)
    session.check()


def saved(store: ProgressStore, lesson: Lesson) -> dict[str, Any]:
    return json.loads(store.path_for(lesson.id).read_text(encoding="utf-8"))


def choice_number(lesson: Lesson) -> int:
    return next(n for n, e in enumerate(lesson.exercises) if e.is_choice)


@pytest.fixture
def store(tmp_path: Path) -> ProgressStore:
    return ProgressStore(tmp_path)


@pytest.fixture
def lesson() -> Lesson:
    return load()


def a_saved_file(store: ProgressStore, lesson: Lesson) -> dict[str, Any]:
    session, _ = store.resume(lesson)
    answer_everything(session, 0)
    answer_everything(session, choice_number(lesson))
    store.save(session)
    return saved(store, lesson)


# --- damaged files: set aside, the student told, never a crash ---------------------------------------------

def damage(data: dict[str, Any], lesson: Lesson, how: str) -> str:
    first = lesson.exercises[0].id
    if how == "current Infinity":
        data["current"] = float("inf")
        return json.dumps(data)  # written "Infinity", which Python's json reads by default
    if how == "NaN score":
        data["exercises"][first]["best_score"] = float("nan")
        return json.dumps(data)
    if how == "nested 200,000 deep":
        return "[" * 200_000 + "]" * 200_000
    if how == "empty selection":
        data["exercises"][first]["selections"] = [[]]
    elif how == "text for a count":
        data["exercises"][first]["checks"] = "three"
    elif how == "a bool for a count":
        data["exercises"][first]["hints_shown"] = True
    elif how == "score above 1":
        data["exercises"][first]["best_score"] = 7
    elif how == "negative time":
        data["exercises"][first]["seconds"] = -5
    elif how == "exercises not an object":
        data["exercises"] = [1, 2]
    elif how == "another lesson's file":
        data["lesson_id"] = "someone-else"
    elif how == "a future version":
        data["version"] = 99
    elif how == "current as text":
        data["current"] = "2"
    elif how == "state not an object":
        data["exercises"][first] = "done"
    elif how == "selection of three numbers":
        data["exercises"][first]["selections"] = [[1, 2, 3]]
    return json.dumps(data)


DAMAGES = ["current Infinity", "NaN score", "nested 200,000 deep", "empty selection", "text for a count",
           "a bool for a count", "score above 1", "negative time", "exercises not an object",
           "another lesson's file", "a future version", "current as text", "state not an object",
           "selection of three numbers"]


@pytest.mark.parametrize("how", DAMAGES)
def test_a_damaged_file_is_set_aside_and_the_student_told(store: ProgressStore, lesson: Lesson, how: str) -> None:
    data = a_saved_file(store, lesson)
    path = store.path_for(lesson.id)
    damaged = damage(data, lesson, how)
    path.write_text(damaged, encoding="utf-8")
    session, notice = store.resume(lesson)
    assert notice is not None and "could not be read" in notice
    assert all(not s.checked for s in session.states) and session.current == 0
    kept = list(path.parent.glob(f"{lesson.id}.damaged-*.json"))
    assert len(kept) == 1 and kept[0].read_text(encoding="utf-8") == damaged
    assert store.summary(lesson).status == "not started"
    store.save(session)  # and the next save writes a good file again
    assert store.resume(lesson)[1] is None


@pytest.mark.parametrize("content", [b"", b"\xff\xfe\x00", b"{ not json", b"null", b"[]", b'{"exercises": 3}'])
def test_anything_that_is_not_a_progress_file_is_set_aside(store: ProgressStore, lesson: Lesson,
                                                            content: bytes) -> None:
    store.folder.mkdir(parents=True)
    store.path_for(lesson.id).write_bytes(content)
    _session, notice = store.resume(lesson)
    assert notice is not None and "could not be read" in notice


def test_a_folder_in_place_of_the_file_is_told_not_crashed(store: ProgressStore, lesson: Lesson) -> None:
    store.path_for(lesson.id).mkdir(parents=True)
    session, notice = store.resume(lesson)
    assert notice is not None


# --- a lesson edited since the attempt keeps what still applies ---------------------------------------------

def test_a_removed_option_drops_only_that_choice(store: ProgressStore, lesson: Lesson) -> None:
    number = choice_number(lesson)
    session, _ = store.resume(lesson)
    session.go_to(number)
    last = len(lesson.exercises[number].options) - 1
    session.set_options([last])  # the student picked the last option ...
    session.check()
    store.save(session)
    exercise = lesson.exercises[number]
    fewer = parse_lesson(CHOICE_LESSON.read_text(encoding="utf-8"), "x.yaml").lesson
    assert fewer is not None
    from literacy_app.core.record import replace

    edited = replace(fewer, exercises=tuple(replace(e, options=e.options[:-1]) if e.id == exercise.id else e
                                            for e in fewer.exercises))  # ... which the teacher removed
    again, notice = store.resume(edited)
    assert notice is None
    state = again.states[number]
    assert state.selections == [] and state.checks == 1  # the choice is gone, the Check is remembered


def test_a_changed_article_keeps_results_but_not_selections(store: ProgressStore, lesson: Lesson) -> None:
    a_saved_file(store, lesson)
    edited = load(edit=(" said ", " says "))
    session, notice = store.resume(edited)
    assert notice is None
    assert session.states[0].best_score == 1.0 and session.states[0].selections == []


def test_removed_and_renamed_exercises_keep_their_results_in_the_file(store: ProgressStore,
                                                                      lesson: Lesson) -> None:
    a_saved_file(store, lesson)
    first = lesson.exercises[0].id
    renamed = load(edit=(f"id: {first}", "id: renamed-exercise"))
    session, notice = store.resume(renamed)
    assert notice is None and not session.states[0].checked  # a new id starts fresh ...
    answer_everything(session, 1)
    store.save(session)
    data = saved(store, renamed)
    assert data["exercises"][first]["best_score"] == 1.0  # ... and the old id's result stays for reports
    assert "renamed-exercise" in data["exercises"]
    back, _ = store.resume(lesson)  # the teacher undoes the rename: the result is there again
    assert back.states[0].best_score == 1.0


def test_current_beyond_the_exercises_after_an_edit_is_brought_back(store: ProgressStore,
                                                                     lesson: Lesson) -> None:
    data = a_saved_file(store, lesson)
    data["current"] = 99
    store.path_for(lesson.id).write_text(json.dumps(data), encoding="utf-8")
    session, notice = store.resume(lesson)
    assert notice is None and session.current == session.count - 1


def test_a_file_from_the_first_version_is_read_and_its_history_kept(store: ProgressStore, lesson: Lesson) -> None:
    first = lesson.exercises[0]
    old = {"version": 1, "lesson_id": lesson.id, "article": "whatever", "current": 0, "saved_at": 1.0,
           "exercises": {first.id: {"selections": [], "hints_shown": 0, "answer_shown": False, "checks": 1,
                                    "graded": False, "best_score": 0.5, "passed": False, "seconds": 3.0}},
           "attempts": [{"lesson_id": lesson.id, "exercise_id": first.id, "score": 0.5, "passed": False,
                         "hints_used": 0, "answer_shown": False, "selections": [[0, 4], 2],
                         "verdicts": ["partial"], "finished_at": 1.0, "seconds_spent": 3.0}]}
    store.folder.mkdir(parents=True)
    store.path_for(lesson.id).write_text(json.dumps(old), encoding="utf-8")
    session, notice = store.resume(lesson)
    assert notice is None and session.states[0].best_score == 0.5 and len(session.attempts) == 1
    store.save(session)
    again, _ = store.resume(lesson)
    assert again.attempts == session.attempts
    assert "attempts" not in saved(store, lesson)


def test_a_history_line_cut_short_is_skipped(store: ProgressStore, lesson: Lesson) -> None:
    a_saved_file(store, lesson)
    history = store.history_path_for(lesson.id)
    with open(history, "a", encoding="utf-8") as handle:
        handle.write('["' + lesson.id + '", "cut')
    session, notice = store.resume(lesson)
    assert notice is None and len(session.attempts) == 2


def test_new_plain_values_of_the_session_are_saved(store: ProgressStore, lesson: Lesson,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    # Another part of the app adds a value to the session (a registration id for reports): it is kept.
    monkeypatch.setattr(LessonSession, "registration", "", raising=False)
    session, _ = store.resume(lesson)
    session.registration = "6f1c0e8e-0000-4000-8000-000000000000"  # type: ignore[attr-defined]
    store.save(session)
    again, _ = store.resume(lesson)
    assert again.registration == "6f1c0e8e-0000-4000-8000-000000000000"  # type: ignore[attr-defined]


def test_saves_do_not_grow_with_the_number_of_checks(store: ProgressStore, lesson: Lesson) -> None:
    session, _ = store.resume(lesson)
    sizes = []
    for n in range(300):
        session.go_to(n % session.count)
        session.check()
        store.save(session)
        sizes.append(store.path_for(lesson.id).stat().st_size)
    assert max(sizes[50:]) - min(sizes[50:]) < 200  # the progress file stays the same size ...
    assert len(store.resume(lesson)[0].attempts) == 300  # ... and every attempt is in the history


# --- two windows, or two computers, on one lesson ----------------------------------------------------------

def test_two_windows_merge_and_both_are_told(tmp_path: Path, lesson: Lesson) -> None:
    here, there = ProgressStore(tmp_path), ProgressStore(tmp_path)
    window_a, _ = here.resume(lesson)
    window_b, _ = there.resume(lesson)
    answer_everything(window_a, 0)
    assert here.save(window_a) == SaveOutcome()  # the first save finds nothing newer
    answer_everything(window_b, 1)
    outcome = there.save(window_b)
    assert outcome.merged and outcome.notice and "another window" in outcome.notice
    assert window_b.states[0].best_score == 1.0  # B now holds A's work too
    assert here.newer_elsewhere(window_a)
    window_a.pause()
    second = here.save(window_a)  # A, left open, saves on close: it merges rather than overwrites
    assert second.merged and window_a.states[1].best_score == 1.0
    data = saved(here, lesson)
    assert data["exercises"][lesson.exercises[0].id]["best_score"] == 1.0
    assert data["exercises"][lesson.exercises[1].id]["best_score"] == 1.0
    assert not here.newer_elsewhere(window_a)


def test_a_stale_window_never_lowers_a_result(tmp_path: Path, lesson: Lesson) -> None:
    here, there = ProgressStore(tmp_path), ProgressStore(tmp_path)
    stale, _ = here.resume(lesson)
    stale.go_to(0)
    stale.check()  # nothing selected: a score of 0 here ...
    fresh, _ = there.resume(lesson)
    answer_everything(fresh, 0)  # ... and full marks in the other window
    there.save(fresh)
    here.save(stale)
    state = here.resume(lesson)[0].states[0]
    assert state.best_score == 1.0 and state.passed and state.checks == 1


def test_temporary_names_are_random_and_orphans_are_cleaned(tmp_path: Path) -> None:
    import os
    import time

    from literacy_app.core.files import remove_orphaned_temporaries, temporary_path

    target = tmp_path / "progress" / "x.json"
    names = {temporary_path(target).name for _ in range(100)}
    # sixteen random hex digits, not the process id: two copies of the app on two lab machines with the same id
    # must not pick one name (random hex may hold the id's digits by chance, so the test looks at the shape)
    assert len(names) == 100 and all(re.fullmatch(r"\.x\.json\.part-[0-9a-f]{16}\.tmp", n) for n in names)
    target.parent.mkdir()
    old_style = target.parent / f".x.json.{os.getpid()}.tmp"
    for orphan in (temporary_path(target), old_style):
        orphan.write_text("half")
        os.utime(orphan, (time.time() - 3600, time.time() - 3600))
    recent = temporary_path(target)
    recent.write_text("a save in progress elsewhere")
    keep = target.parent / "notes.tmp"
    keep.write_text("not ours")
    assert remove_orphaned_temporaries(tmp_path) == 2
    assert sorted(p.name for p in target.parent.iterdir()) == sorted([recent.name, keep.name])


def test_the_app_clears_orphaned_temporary_files_once_it_is_up(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import os
    import time

    from literacy_app.core.files import temporary_path
    from literacy_app.ui import app as app_module

    data = tmp_path / "data"
    (data / "progress").mkdir(parents=True)
    orphan = temporary_path(data / "progress" / "lesson.json")
    orphan.write_text("half", encoding="utf-8")
    os.utime(orphan, (time.time() - 3600, time.time() - 3600))
    monkeypatch.setenv("LITERACY_APP_DATA", str(data))
    monkeypatch.setattr(app_module, "CLEAN_UP_AFTER_MS", 10)
    app_module.App(app_module.make_qt_app())
    qtbot.waitUntil(lambda: not orphan.exists(), timeout=3000)
