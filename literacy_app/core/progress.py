"""Saving and resuming a student's progress: one small JSON file per lesson, written atomically.

A file is replaced whole (write to a temporary file, flush to disk, rename), so switching the machine off
mid-lesson leaves either the old file or the new one, never half of each. A file that cannot be read is
set aside under a new name, never deleted.
"""

from __future__ import annotations

import errno
import json
import os
import time
import zlib
from pathlib import Path
from typing import Any, NamedTuple

from literacy_app.core.grading import Selection, grade
from literacy_app.core.model import Exercise, Lesson
from literacy_app.core.session import Attempt, ExerciseState, LessonSession
from literacy_app.i18n import _

VERSION = 1


class ProgressNotSaved(Exception):
    """Saving failed; the message says why in the student's words. Nothing already saved is lost."""


class ProgressSummary(NamedTuple):
    status: str  # "not started", "in progress", "done"
    done: int
    total: int
    score: float | None


def article_fingerprint(lesson: Lesson) -> str:
    data = lesson.article.text.encode("utf-8")  # zlib's checksums: enough to notice an edit, quick to load
    return f"{zlib.crc32(data):08x}{zlib.adler32(data):08x}{len(data):x}"


def write_atomically(path: Path, text: str) -> None:
    """Replace ``path`` with ``text`` so that a crash leaves the old or the new file, never a mix."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(temporary, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
        _sync_folder(path.parent)
    except OSError:
        try:
            temporary.unlink()
        except OSError:
            pass
        raise


def _sync_folder(folder: Path) -> None:
    """Make the rename itself survive a power cut (POSIX; Windows has no such call and needs none)."""
    if os.name != "posix":
        return
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass  # some network file systems refuse it; the file itself is already on disk
    finally:
        os.close(handle)


class ProgressStore:
    """Progress files in ``folder``/progress, one per lesson id."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder) / "progress"

    def path_for(self, lesson_id: str) -> Path:
        return self.folder / f"{lesson_id}.json"

    # --- saving ----------------------------------------------------------------------------------

    def save(self, session: LessonSession) -> None:
        data = {
            "version": VERSION,
            "lesson_id": session.lesson.id,
            "article": article_fingerprint(session.lesson),
            "current": session.current,
            "saved_at": time.time(),
            "exercises": {e.id: _state_to_dict(s) for e, s in zip(session.lesson.exercises, session.states)},
            "attempts": [a.to_dict() for a in session.attempts],
        }
        try:
            write_atomically(self.path_for(session.lesson.id), json.dumps(data, ensure_ascii=False, indent=1))
        except OSError as exc:
            raise ProgressNotSaved(_why_not_saved(exc, self.folder)) from None

    # --- loading ---------------------------------------------------------------------------------

    def resume(self, lesson: Lesson) -> tuple[LessonSession, str | None]:
        """A session where the student left off, and a notice if a damaged file had to be set aside."""
        session = LessonSession(lesson)
        path = self.path_for(lesson.id)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            _restore(session, data)
        except FileNotFoundError:
            return session, None
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            return LessonSession(lesson), self._set_aside(path)
        return session, None

    def _set_aside(self, path: Path) -> str:
        stamp = time.strftime("%Y%m%d-%H%M%S")
        kept = path.with_name(f"{path.stem}.damaged-{stamp}.json")
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
            data = json.loads(self.path_for(lesson.id).read_text(encoding="utf-8"))
            states = data["exercises"]
            scores = [states[e.id].get("best_score") for e in lesson.exercises if e.id in states]
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            return ProgressSummary("not started", 0, total, None)
        done = sum(isinstance(s, (int, float)) for s in scores)
        if done == 0:
            return ProgressSummary("in progress" if states else "not started", 0, total, None)
        score = sum(float(s) for s in scores if isinstance(s, (int, float))) / max(1, total)
        return ProgressSummary("done" if done == total else "in progress", done, total, score)


def _state_to_dict(state: ExerciseState) -> dict[str, Any]:
    return {
        "selections": [s.option if s.option is not None else [s.start, s.end] for s in state.selections],
        "hints_shown": state.hints_shown,
        "answer_shown": state.answer_shown,
        "checks": state.checks,
        "graded": state.grade is not None,
        "best_score": state.best_score,
        "passed": state.passed,
        "seconds": round(state.seconds, 1),
    }


def _restore(session: LessonSession, data: dict[str, Any]) -> None:
    if data.get("version") != VERSION or data["lesson_id"] != session.lesson.id:
        raise ValueError("not this lesson's progress")
    same_article = data.get("article") == article_fingerprint(session.lesson)
    for exercise, state in zip(session.lesson.exercises, session.states):
        saved = data["exercises"].get(exercise.id)
        if saved is not None:
            _restore_state(session.lesson, exercise, state, saved, same_article)
    session.attempts = [Attempt(**_attempt_fields(a)) for a in data.get("attempts", [])]
    session.current = min(max(0, int(data.get("current", 0))), session.count - 1)


def _restore_state(lesson: Lesson, exercise: Exercise, state: ExerciseState, saved: dict[str, Any],
                   same_article: bool) -> None:
    is_choice = exercise.is_choice
    length = len(lesson.article.text)
    for item in saved.get("selections", []) if same_article or is_choice else []:
        if is_choice and isinstance(item, int):
            state.selections.append(Selection(option=item))
        elif not is_choice and isinstance(item, list) and 0 <= item[0] < item[1] <= length:
            state.selections.append(Selection(int(item[0]), int(item[1])))
    state.hints_shown = int(saved.get("hints_shown", 0))
    state.answer_shown = bool(saved.get("answer_shown", False))
    state.checks = int(saved.get("checks", 0))
    best = saved.get("best_score")
    state.best_score = float(best) if isinstance(best, (int, float)) else None
    state.passed = bool(saved.get("passed", False))
    state.seconds = float(saved.get("seconds", 0.0))
    if saved.get("graded") and state.selections:
        state.grade = grade(lesson.article, exercise, state.selections, lesson.language)


def _attempt_fields(raw: dict[str, Any]) -> dict[str, Any]:
    fields = dict(raw)
    fields["selections"] = tuple(tuple(s) if isinstance(s, list) else s for s in fields["selections"])
    fields["verdicts"] = tuple(fields["verdicts"])
    return fields


def _why_not_saved(exc: OSError, folder: Path) -> str:
    if exc.errno == errno.ENOSPC:
        return _("Your progress could not be saved: the disk is full. Your work stays in this window; "
                 "ask your teacher to free some space, and it will be saved at your next step.")
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return _("Your progress could not be saved: this app may not write in {folder}. Your work stays "
                 "in this window; ask your teacher to check the data folder.", folder=folder)
    return _("Your progress could not be saved ({reason}). Your work stays in this window and the app "
             "will try again at your next step.", reason=exc.strerror or str(exc))
