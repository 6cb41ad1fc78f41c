"""Where the tests find the project's own files: always inside the checkout, never beside it."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parent.parent.parent
LESSONS = REPO / "lessons"
SEED_LESSON = LESSONS / "07-official-opinion-karabakh.yaml"
FORMAT_DOC = REPO / "docs" / "lesson-format.md"
