"""Fill a catalogue from a numbered list of translations, numbered in the template's order: one line per
message, ``N|translation``, with the plural forms of a plural message separated by ``|``. A translator's
convenience for a first pass; most people edit the ``.po`` file directly (docs/translating.md).

    python tools/fill_translations.py LANGUAGE FILE
"""

from __future__ import annotations

import sys
from pathlib import Path

from babel.messages.pofile import read_po, write_po

LOCALE = Path(__file__).resolve().parent.parent / "literacy_app" / "locale"


def fill(language: str, source: Path) -> int:
    rows: dict[int, list[str]] = {}
    for line in source.read_text(encoding="utf-8").splitlines():
        if line.strip():
            number, *forms = line.split("|")
            rows[int(number)] = [form.replace("\\n", "\n") for form in forms]
    with (LOCALE / "literacy_app.pot").open("rb") as handle:
        template = read_po(handle)
    numbers = {}
    for message in template:
        if message.id:
            numbers[message.id if isinstance(message.id, str) else message.id[0]] = len(numbers) + 1
    path = LOCALE / language / "LC_MESSAGES" / "literacy_app.po"
    with path.open("rb") as handle:
        catalogue = read_po(handle)
    filled = 0
    for message in catalogue:
        if not message.id:
            continue
        number = numbers.get(message.id if isinstance(message.id, str) else message.id[0], 0)
        if number not in rows:
            continue
        forms = rows[number]
        message.string = tuple(forms) if isinstance(message.id, tuple) else "|".join(forms)
        message.flags.discard("fuzzy")
        message.previous_id = []
        filled += 1
    with path.open("wb") as handle:
        write_po(handle, catalogue, width=0, include_previous=True)
    return filled


if __name__ == "__main__":
    print(fill(sys.argv[1], Path(sys.argv[2])), "messages filled")
