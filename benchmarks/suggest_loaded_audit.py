"""Which loaded-word suggestions are wrong more often than right, over every development set and the
evaluation set's development (odd-numbered) half: the list to read before keeping, narrowing ("not after:")
or removing an entry of ``literacy_app/authoring/loaded_words/<language>.txt``. The held-out half of the
evaluation set is not read.

    .venv/bin/python benchmarks/suggest_loaded_audit.py        # found twice or more, wrong more than right
    .venv/bin/python benchmarks/suggest_loaded_audit.py --all  # every suggestion, with its tally
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from suggest import LATER_SETS, articles, key_ranges, match, offset_map, suggested  # type: ignore[import-not-found]  # noqa: E402,E501


def tally() -> dict[tuple[str, str], list[int]]:
    """(language, words found in lower case) -> [right, wrong]."""
    found: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    chosen = [a for a in articles() if a.number % 2 == 1]
    for _name, folder, kinds in LATER_SETS:
        if "loaded_words" in kinds:
            chosen += articles(folder)
    for article in chosen:
        text, language, ours_by_kind = suggested(article)
        ours = ours_by_kind["loaded_words"]
        right, _matched = match(ours, key_ranges(article, "loaded_words", offset_map(article.raw, text)))
        for n, (start, end, _reason) in enumerate(ours):
            found[(language, text[start:end].lower())][0 if n in right else 1] += 1
    return found


def main(argv: list[str]) -> int:
    rows = sorted(tally().items(), key=lambda row: (row[1][0] - row[1][1], -row[1][1]))
    for (language, words), (right, wrong) in rows:
        if "--all" in argv or (wrong >= 2 and wrong > right):
            print(f"{language} {words!r}: right {right}, wrong {wrong}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
