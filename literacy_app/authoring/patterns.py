"""Patterns the pasted-text reader and the suggestions share: month names and the byline line."""

from __future__ import annotations

import re

MONTHS = ("january february march april may june july august september october november december").split()
MONTH_NAMES = "|".join(MONTHS)
# A month as running text writes it, capitalised: full, or abbreviated with an optional full stop.
MONTH = ("(?:" + "|".join(m.capitalize() for m in MONTHS)
         + r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?")

# "By Dana Okafor", "BY DANA OKAFOR", "Written by …": the line that names the writer.
BYLINE = re.compile(r"^(?:[Bb]y|BY|Written\s+by|Words\s+by)\s+([A-Z][^|]{1,80})$")
# What follows a writer's name on a byline line: ", Staff Writer", " - Reporter", " | Site".
BYLINE_TAIL = re.compile(r"\s*(?:,|\s[-–—]\s|\|)\s*")


def byline_name(written: str) -> str:
    """The writer's name from what follows "By" ("Dana Okafor, Staff Writer" -> "Dana Okafor")."""
    return BYLINE_TAIL.split(written.strip())[0]
