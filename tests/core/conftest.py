"""Fixtures shared by the core tests."""

from __future__ import annotations

import pytest

from tests.support.lessons import DOC_EXAMPLE


@pytest.fixture
def doc_example_text() -> str:
    return DOC_EXAMPLE.read_text(encoding="utf-8")
