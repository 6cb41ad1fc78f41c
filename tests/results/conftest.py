"""Fixtures for the results tests: a real LRS (Ralph) on 127.0.0.1, and a lab configuration that uses it."""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.results.ralph_server import RalphServer


def _need_ralph() -> None:
    if importlib.util.find_spec("ralph") is None or importlib.util.find_spec("uvicorn") is None:
        if os.environ.get("CI"):
            pytest.fail("Ralph is not installed: pip install -e '.[test]' installs it (ralph-malph[cli,lrs])")
        pytest.skip("Ralph is not installed (pip install -e '.[test]')")


@pytest.fixture
def ralph(tmp_path: Path) -> Iterator[RalphServer]:
    _need_ralph()
    server = RalphServer(tmp_path / "lrs").start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def xapi_model():  # type: ignore[no-untyped-def]
    """Ralph's strict xAPI statement model."""
    _need_ralph()
    from ralph.models.xapi.base.statements import BaseXapiStatement

    return BaseXapiStatement
