"""What every command shares."""

from __future__ import annotations


class UsageProblem(Exception):
    """Something wrong with what was typed; printed and exit status 2."""
