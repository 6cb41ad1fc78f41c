"""Saving and resuming a student's progress: one small JSON file per lesson, written atomically, and the
lesson's attempt history beside it, appended to.

- ``progress/<lesson>.json`` holds where the student is: each exercise's state. It is replaced whole (a
  temporary file with a random name, one flush to disk, a rename), so switching the machine off
  mid-lesson leaves the old file or the new one, never half of each; its size does not grow with use.
- ``progress/<lesson>.history.jsonl`` holds every Check, one line each, only ever added to, so a save
  costs the same at the 2,000th Check as at the 10th. A line cut short by a crash is skipped.

Everything read is checked against the lesson, value by value, before it is used: a file that is not
what this app writes is set aside under a new name (never deleted) and the student told; a lesson edited
since keeps what still applies (a removed option, a changed article), and the results of exercises that
were removed or renamed stay in the file, for reports.

Two windows (or two machines on one network home) on one lesson never overwrite each other: a save
first takes the lesson's lock, reads what is on disk, and if another window saved since this one loaded,
merges per exercise (a finished result is never lost: best score, passed, checks and hints only grow) and
says so; the other window finds out the same way at its next save.
"""

from __future__ import annotations

import errno
import json
import math
import os
import time
import typing
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from literacy_app.core import files
from literacy_app.core.codec import DataProblem, decode, decoder, encode
from literacy_app.core.files import fingerprint, read_regular_file
from literacy_app.core.grading import Selection, grade
from literacy_app.core.model import Exercise, Lesson
from literacy_app.core.record import Record, fields
from literacy_app.core.session import Attempt, ExerciseState, LessonSession
from literacy_app.i18n import _

VERSION = 2
MAX_PROGRESS_BYTES = 5_000_000  # a progress file is a few KB; anything this big is not one
MAX_HISTORY_BYTES = 50_000_000
write_atomically = files.write_atomically  # looked up at each save, so a test can make the disk full


class ProgressNotSaved(Exception):
    """Saving failed; the message says why in the student's words. Nothing already saved is lost."""


class DamagedProgress(ValueError):
    """A progress file that is not what this app writes."""


class SaveOutcome(Record):
    """What a save did. ``merged``: another window or computer had saved newer work for this lesson
    since this window loaded it; the session now holds both, and ``notice`` says so to the student."""

    merged: bool = False
    notice: str | None = None


class ProgressSummary(Record):
    status: str  # "not started", "in progress", "done"
    done: int
    total: int
    score: float | None


def article_fingerprint(lesson: Lesson) -> str:
    return fingerprint(lesson.article.text.encode("utf-8"))


# --- one exercise's state, as data -------------------------------------------------------------------

# Every field of ExerciseState is saved by its declared type, so a field added there is saved without a
# change here; the selections are saved in their compact form and the last grade is worked out again.
_SPECIAL = {"selections", "grade"}


def _plain_state_fields() -> list[tuple[str, Any]]:
    hints = typing.get_type_hints(ExerciseState)
    found = []
    for f in fields(ExerciseState):
        if f.name in _SPECIAL:
            continue
        try:
            decoder(hints[f.name])
        except TypeError:  # a field with no JSON form is not saved
            continue
        found.append((f.name, hints[f.name]))
    return found


_STATE_FIELDS = _plain_state_fields()


def _state_to_data(state: ExerciseState) -> dict[str, Any]:
    data: dict[str, Any] = {name: encode(getattr(state, name), hint) for name, hint in _STATE_FIELDS}
    data["selections"] = [s.option if s.option is not None else [s.start, s.end] for s in state.selections]
    data["graded"] = state.grade is not None
    if isinstance(data.get("seconds"), float):
        data["seconds"] = round(data["seconds"], 1)
    return data


_SELECTION = decoder(int | tuple[int, int])


def _state_from_data(lesson: Lesson, exercise: Exercise, data: Any, same_article: bool) -> ExerciseState:
    """A checked state: raises ``DamagedProgress`` for a value of the wrong type or out of any range; drops
    what no longer applies after the lesson was edited (an option removed, the article changed)."""
    if type(data) is not dict:
        raise DamagedProgress("an exercise's state is not an object")
    state = ExerciseState()
    for name, hint in _STATE_FIELDS:
        if name in data:
            try:
                setattr(state, name, decode(data[name], hint))
            except DataProblem as problem:
                raise DamagedProgress(f"{name}: {problem}") from None
    if state.hints_shown < 0 or state.checks < 0 or state.seconds < 0:
        raise DamagedProgress("a count below zero")
    state.hints_shown = min(state.hints_shown, len(exercise.hints))
    if state.best_score is not None and not 0.0 <= state.best_score <= 1.0:
        raise DamagedProgress("a score outside 0..1")
    raw = data.get("selections", [])
    if type(raw) is not list:
        raise DamagedProgress("selections are not a list")
    length = len(lesson.article.text)
    for item in raw:
        try:
            picked = _SELECTION(item)
        except DataProblem as problem:
            raise DamagedProgress(f"a selection: {problem}") from None
        if exercise.is_choice:
            if isinstance(picked, int) and 0 <= picked < len(exercise.options):
                state.selections.append(Selection(option=picked))
        elif isinstance(picked, tuple) and same_article and 0 <= picked[0] < picked[1] <= length:
            state.selections.append(Selection(picked[0], picked[1]))
    if exercise.is_choice and not exercise.multiple:
        state.selections = state.selections[-1:]
    if data.get("graded") is True and state.selections:
        state.grade = grade(lesson.article, exercise, state.selections, lesson.language)
    return state


def _attempt_from_data(raw: Any) -> Attempt:
    if type(raw) is dict:
        raw = [raw.get(name) for name in Attempt._fields]
    return typing.cast(Attempt, decode(raw, Attempt))


def _strict_json(text: str | bytes) -> Any:
    """JSON as this app writes it: no NaN or Infinity, nothing nested absurdly deep."""
    def refuse(constant: str) -> Any:
        raise DamagedProgress(f"{constant} is not a number this app writes")

    try:
        return json.loads(text, parse_constant=refuse)
    except RecursionError:
        raise DamagedProgress("nested too deeply") from None


# --- the store ---------------------------------------------------------------------------------------

class _Loaded(Record):
    """What a session was resumed from (or last saved), to tell our changes from another window's."""

    token: str | None  # the ``saved_by`` token of the file then; None when there was no file
    exercises: dict[str, dict[str, Any]]  # each exercise's saved state then
    attempts_written: int  # how many of the session's attempts are already in the history


class ProgressStore:
    """Progress files in ``folder``/progress, one per lesson id."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder).expanduser() / "progress"
        self._loaded: weakref.WeakKeyDictionary[LessonSession, _Loaded] = weakref.WeakKeyDictionary()

    def path_for(self, lesson_id: str) -> Path:
        return self.folder / f"{lesson_id}.json"

    def history_path_for(self, lesson_id: str) -> Path:
        return self.folder / f"{lesson_id}.history.jsonl"

    # --- loading ---------------------------------------------------------------------------------

    def resume(self, lesson: Lesson) -> tuple[LessonSession, str | None]:
        """A session where the student left off, and a notice if a damaged file had to be set aside."""
        session = LessonSession(lesson)
        path = self.path_for(lesson.id)
        try:
            data = self._read(path)
        except FileNotFoundError:
            self._loaded[session] = _Loaded(None, {}, 0)
            return session, None
        except (OSError, DamagedProgress):
            fresh = LessonSession(lesson)
            self._loaded[fresh] = _Loaded(None, {}, 0)
            return fresh, self._set_aside(path)
        try:
            old_attempts = _restore(session, data)
        except (DamagedProgress, DataProblem):
            fresh = LessonSession(lesson)
            self._loaded[fresh] = _Loaded(None, {}, 0)
            return fresh, self._set_aside(path)
        session.attempts = self.history(lesson.id) + old_attempts
        written = len(session.attempts) - len(old_attempts)
        self._loaded[session] = _Loaded(data.get("saved_by"), dict(data["exercises"]), written)
        return session, None

    def _read(self, path: Path) -> dict[str, Any]:
        try:
            raw = read_regular_file(path, MAX_PROGRESS_BYTES)
        except files.NotARegularFile as exc:
            raise DamagedProgress("not a file") from exc
        except files.FileTooBig as exc:
            raise DamagedProgress("far too big") from exc
        try:
            data = _strict_json(raw)
        except ValueError as exc:  # not JSON, or not UTF-8
            raise DamagedProgress(str(exc)) from None
        if type(data) is not dict or type(data.get("exercises")) is not dict:
            raise DamagedProgress("not a progress file")
        if data.get("version") not in (1, VERSION):
            raise DamagedProgress("an unknown version")
        return data

    def history(self, lesson_id: str) -> list[Attempt]:
        """The attempts in the history file; a line that cannot be read (cut short by a crash) is skipped."""
        try:
            raw = read_regular_file(self.history_path_for(lesson_id), MAX_HISTORY_BYTES)
        except OSError:
            return []
        attempts = []
        for line in raw.split(b"\n"):
            if not line.strip():
                continue
            try:
                attempts.append(_attempt_from_data(_strict_json(line)))
            except (ValueError, DataProblem):
                continue
        return attempts

    def _set_aside(self, path: Path) -> str:
        stamp = time.strftime("%Y%m%d-%H%M%S")
        kept = path.with_name(f"{path.stem}.damaged-{stamp}-{os.urandom(2).hex()}.json")
        try:
            os.replace(path, kept)
        except OSError:
            return _("Your saved progress for this lesson could not be read, so the lesson starts fresh.")
        return _("Your saved progress for this lesson could not be read, so the lesson starts fresh. "
                 "The damaged file was kept as {name}; your teacher can look at it.", name=kept.name)

    def summary(self, lesson: Lesson) -> ProgressSummary:
        """For the library: not started, in progress (with how many done), or done with a score."""
        total = len(lesson.exercises)
        try:
            states = self._read(self.path_for(lesson.id))["exercises"]
        except (OSError, DamagedProgress):
            return ProgressSummary("not started", 0, total, None)
        scores = []
        for exercise in lesson.exercises:
            saved = states.get(exercise.id)
            best = saved.get("best_score") if type(saved) is dict else None
            if isinstance(best, (int, float)) and not isinstance(best, bool) and math.isfinite(best) \
                    and 0 <= best <= 1:
                scores.append(float(best))
        done = len(scores)
        known = any(e.id in states for e in lesson.exercises)
        if done == 0:
            return ProgressSummary("in progress" if known else "not started", 0, total, None)
        return ProgressSummary("done" if done == total else "in progress", done, total, sum(scores) / max(1, total))

    # --- saving ----------------------------------------------------------------------------------

    def newer_elsewhere(self, session: LessonSession) -> bool:
        """Whether another window or computer saved this lesson since this session loaded or saved it."""
        loaded = self._loaded.get(session)
        try:
            data = self._read(self.path_for(session.lesson.id))
        except (OSError, DamagedProgress):
            return False
        return loaded is None or data.get("saved_by") != loaded.token

    def save(self, session: LessonSession) -> SaveOutcome:
        """Write the session's progress; raises ``ProgressNotSaved`` (in the student's words) if it cannot.

        If another window or computer saved newer work for this lesson since this session loaded it, the
        two are merged per exercise, the session is updated to hold the merge, and the outcome says so."""
        lesson = session.lesson
        loaded = self._loaded.get(session) or _Loaded(None, {}, 0)
        path = self.path_for(lesson.id)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            with _locked(self.folder / f".{lesson.id}.lock"):
                try:
                    on_disk: dict[str, Any] | None = self._read(path)
                except FileNotFoundError:
                    on_disk = None
                except DamagedProgress:
                    self._set_aside(path)
                    on_disk = None
                merged = False
                kept: dict[str, Any] = {}
                if on_disk is not None:
                    kept = {k: v for k, v in on_disk["exercises"].items() if lesson.exercise(k) is None}
                    if on_disk.get("saved_by") != loaded.token:
                        merged = _merge(session, on_disk, loaded)
                new_attempts = session.attempts[loaded.attempts_written:]
                if new_attempts:
                    lines = "".join(json.dumps(encode(a, Attempt), ensure_ascii=False, allow_nan=False) + "\n"
                                    for a in new_attempts)
                    files.append_lines(self.history_path_for(lesson.id), lines, flush=False)
                token = os.urandom(8).hex()
                exercises = {e.id: _state_to_data(s) for e, s in zip(lesson.exercises, session.states)}
                data = {
                    "version": VERSION,
                    "lesson_id": lesson.id,
                    "article": article_fingerprint(lesson),
                    "saved_at": time.time(),
                    "saved_by": token,
                    "session": _session_fields(session),
                    "current": session.current,
                    "exercises": {**kept, **exercises},
                }
                write_atomically(path, json.dumps(data, ensure_ascii=False, indent=1, allow_nan=False))
        except OSError as exc:
            raise ProgressNotSaved(_why_not_saved(exc, self.folder)) from None
        self._loaded[session] = _Loaded(token, exercises, len(session.attempts))
        if merged:
            return SaveOutcome(True, _("This lesson was also open in another window or on another computer, "
                                       "which saved work here since this window opened it. Both are kept: "
                                       "for each exercise you see the best of the two."))
        return SaveOutcome()


def _session_fields(session: LessonSession) -> dict[str, Any]:
    """The session's own plain values (where the student is, and any such value added later)."""
    return {name: value for name, value in vars(session).items()
            if not name.startswith("_") and type(value) in (str, int, float, bool)
            and (type(value) is not float or math.isfinite(value))}


def _restore(session: LessonSession, data: dict[str, Any]) -> list[Attempt]:
    """Fill ``session`` from checked data; returns attempts an older version kept in the file itself."""
    lesson = session.lesson
    if data.get("lesson_id") != lesson.id:
        raise DamagedProgress("not this lesson's progress")
    same_article = data.get("article") == article_fingerprint(lesson)
    saved = data["exercises"]
    for exercise, n in zip(lesson.exercises, range(session.count)):
        if exercise.id in saved:
            session.states[n] = _state_from_data(lesson, exercise, saved[exercise.id], same_article)
    extra = data.get("session", {})
    if type(extra) is not dict:
        raise DamagedProgress("session values are not an object")
    for name, value in extra.items():
        if name != "current" and not name.startswith("_") and hasattr(session, name) \
                and type(getattr(session, name)) is type(value):
            setattr(session, name, value)
    current = data.get("current", 0)
    if type(current) is not int:
        raise DamagedProgress("current is not a whole number")
    session.current = min(max(0, current), session.count - 1)
    old = data.get("attempts", [])
    if type(old) is not list:
        raise DamagedProgress("attempts are not a list")
    return [_attempt_from_data(a) for a in old]


def _merge(session: LessonSession, on_disk: dict[str, Any], loaded: _Loaded) -> bool:
    """Bring work another window saved into ``session``; True when anything came from there.

    Per exercise: what only the other window changed is taken; what both changed is combined, keeping
    the larger of every count and result (so no finished result is lost) and this window's selections."""
    lesson = session.lesson
    same_article = on_disk.get("article") == article_fingerprint(lesson)
    theirs_all = on_disk["exercises"]
    taken = False
    for n, exercise in enumerate(lesson.exercises):
        theirs_raw = theirs_all.get(exercise.id)
        if theirs_raw is None or theirs_raw == loaded.exercises.get(exercise.id):
            continue  # the other window did not change this exercise
        try:
            theirs = _state_from_data(lesson, exercise, theirs_raw, same_article)
        except DamagedProgress:
            continue
        ours = session.states[n]
        ours_changed = _state_to_data(ours) != loaded.exercises.get(exercise.id)
        if not ours_changed:
            session.states[n] = theirs
        else:
            _combine(ours, theirs)
        taken = True
    return taken


def _combine(ours: ExerciseState, theirs: ExerciseState) -> None:
    """``ours`` keeps its selections; every result and count becomes the larger of the two."""
    for name, _hint in _STATE_FIELDS:
        mine, other = getattr(ours, name), getattr(theirs, name)
        if isinstance(mine, bool) or isinstance(other, bool):
            setattr(ours, name, bool(mine) or bool(other))
        elif isinstance(mine, (int, float)) and isinstance(other, (int, float)):
            setattr(ours, name, max(mine, other))
        elif mine is None and other is not None:
            setattr(ours, name, other)


@contextmanager
def _locked(path: Path) -> Iterator[None]:
    """Hold the lesson's lock while reading, merging and writing, so two savers never interleave.

    An advisory lock on a small file: the system lets it go when a process ends, even killed, so a
    crashed window never blocks the others. Where no such lock exists the save goes ahead unlocked."""
    try:
        handle = os.open(path, os.O_RDWR | os.O_CREAT, 0o666)
    except OSError:
        yield
        return
    try:
        try:
            import fcntl
        except ImportError:  # pragma: no cover - Windows
            import msvcrt  # type: ignore[import-not-found,unused-ignore]

            deadline = time.monotonic() + 10
            while True:
                try:
                    msvcrt.locking(handle, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined,unused-ignore]
                    break
                except OSError:
                    if time.monotonic() > deadline:
                        break
                    time.sleep(0.05)
            yield
            return
        try:
            fcntl.flock(handle, fcntl.LOCK_EX)
        except OSError:
            pass  # a file system without locks: save anyway
        yield
    finally:
        os.close(handle)


def _why_not_saved(exc: OSError, folder: Path) -> str:
    if exc.errno == errno.ENOSPC:
        return _("Your progress could not be saved: the disk is full. Your work stays in this window; "
                 "ask your teacher to free some space, and it will be saved at your next step.")
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return _("Your progress could not be saved: this app may not write in {folder}. Your work stays "
                 "in this window; ask your teacher to check the data folder.", folder=folder)
    return _("Your progress could not be saved ({reason}). Your work stays in this window and the app "
             "will try again at your next step.", reason=exc.strerror or str(exc))
