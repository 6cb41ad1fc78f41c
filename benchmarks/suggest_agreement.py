"""How far two people who key loaded words agree, and how `new`'s loaded-word suggestions compare with each.

The twenty-sixth development set (``benchmarks/suggest_dev26/``) was keyed a second time, for loaded words
only, by four more people who saw the texts and the keying conventions but not the first keys, the rules or
the code (``suggest_dev26/second_keyer/<lang>/NN-slug.key.yaml``). This prints, per language:

- the second keyer measured against the first, as if the second were the app (precision: how many of the
  second's items the first also keyed; recall: how many of the first's items the second found);
- `new`'s suggestions against the first keys (the score ``suggest.py`` prints), against the second keys,
  and against either (a suggestion one of the two keyers made is not wrong).

If two people agreed little, loaded-word goals of .7 and .8 would be out of any program's reach and the
keys would be the thing to fix; if they agree well, the shortfall is the program's.

    .venv/bin/python benchmarks/suggest_agreement.py
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

from suggest import (  # type: ignore[import-not-found]  # noqa: E402
    LANGUAGES,
    REPO,
    Article,
    articles,
    key_ranges,
    match,
    offset_map,
    ratio,
    suggested,
)

FIRST = REPO / "benchmarks" / "suggest_dev26"
SECOND = FIRST / "second_keyer"
Ranges = list[tuple[int, int, str]]


def second_key(article: Article) -> Article:
    """The article with the second keyer's key in place of the first's."""
    language, stem = article.name.split("/")[-2:]
    key = yaml.safe_load((SECOND / language / f"{stem}.key.yaml").read_text(encoding="utf-8"))
    return article._replace(key=key)


def score(pairs: list[tuple[Ranges, Ranges]]) -> str:
    """Precision and recall of the first of each pair against the second, pooled."""
    suggested_n = right = keyed = found = 0
    for ours, theirs in pairs:
        right_set, matched = match(ours, theirs)
        suggested_n, right = suggested_n + len(ours), right + len(right_set)
        keyed, found = keyed + len(theirs), found + len(matched)
    return (f"precision {ratio(right, suggested_n)} ({right}/{suggested_n})   "
            f"recall {ratio(found, keyed)} ({found}/{keyed})")


def either(ours: Ranges, first: Ranges, second: Ranges) -> tuple[int, int]:
    """How many of our suggestions either keyer made, of how many."""
    right_first, _ = match(ours, first)
    right_second, _ = match(ours, second)
    return len(right_first | right_second), len(ours)


def main() -> int:
    chosen = articles(FIRST)
    if not chosen or not SECOND.exists():
        print(f"no second keys in {SECOND}", file=sys.stderr)
        return 1
    for language in LANGUAGES:
        rows: dict[str, list[tuple[Ranges, Ranges]]] = {"second vs first": [], "new vs first": [],
                                                         "new vs second": []}
        right = total = 0
        for article in (a for a in chosen if a.language == language):
            text, _language, ours_by_kind = suggested(article)
            mapping = offset_map(article.raw, text)
            first = key_ranges(article, "loaded_words", mapping)
            second = key_ranges(second_key(article), "loaded_words", mapping)
            ours = ours_by_kind["loaded_words"]
            rows["second vs first"].append((second, first))
            rows["new vs first"].append((ours, first))
            rows["new vs second"].append((ours, second))
            hits, made = either(ours, first, second)
            right, total = right + hits, total + made
        print(f"{language}  ({sum(a.language == language for a in chosen)} articles)")
        for label, pairs in rows.items():
            print(f"  {label:16} {score(pairs)}")
        print(f"  {'new vs either':16} precision {ratio(right, total)} ({right}/{total})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
