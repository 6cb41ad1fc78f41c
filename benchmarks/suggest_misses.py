"""The suggestions `literacy-app new` gets wrong on the evaluation set, per article, with the sentence
around each: the list to read when changing a rule (see benchmarks/suggest.py for the scores).

Only the development part (odd-numbered articles) is listed unless ``--held-out`` or ``--all`` is
given: the even-numbered articles are kept for checking that a rule generalises. ``--second``,
``--third``, ``--fourth``, ``--fifth``, ``--sixth``, ``--seventh``, ``--eighth``, ``--ninth``,
``--tenth`` … ``--thirty-second`` list the later development sets (``benchmarks/suggest_dev/``,
``suggest_dev3/``: loaded words; ``suggest_dev4/`` to ``suggest_dev32/``: every kind).

    .venv/bin/python benchmarks/suggest_misses.py                       # every kind, odd articles
    .venv/bin/python benchmarks/suggest_misses.py unsourced_figures vaguely_sourced_figures
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from suggest import (  # type: ignore[import-not-found]  # noqa: E402
    KINDS,
    LATER_SETS,
    articles,
    key_ranges,
    match,
    offset_map,
    suggested,
)


def _sentence(text: str, start: int, end: int) -> str:
    left = max(text.rfind(". ", 0, start) + 2, text.rfind("\n", 0, start) + 1, 0)
    right = min(x for x in (text.find(". ", end), text.find("\n", end), len(text)) if x >= 0)
    return " ".join(text[left:right + 1].split())


def main(argv: list[str]) -> int:
    kinds = [a for a in argv[1:] if not a.startswith("--")] or list(KINDS)
    later = [folder for name, folder, _kinds in LATER_SETS if f"--{name}" in argv]
    if later:
        chosen = articles(later[0])
    elif "--all" in argv:
        chosen = articles()
    else:
        parity = 0 if "--held-out" in argv else 1
        chosen = [a for a in articles() if a.number % 2 == parity]
    for article in chosen:
        text, _language, ours_by_kind = suggested(article)
        mapping = offset_map(article.raw, text)
        for kind in kinds:
            ours, theirs = ours_by_kind[kind], key_ranges(article, kind, mapping)
            right, matched = match(ours, theirs)
            for n, (start, end, reason) in enumerate(ours):
                if n not in right:
                    print(f"wrong  {article.name} {kind}: {text[start:end]!r} ({reason})\n"
                          f"       | {_sentence(text, start, end)}")
            for m, (start, end, quote) in enumerate(theirs):
                if m not in matched:
                    print(f"missed {article.name} {kind}: {quote!r}\n       | {_sentence(text, start, end)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
