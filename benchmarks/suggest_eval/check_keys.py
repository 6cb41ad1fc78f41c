#!/usr/bin/env python3
"""Check the hand-made answer keys of the suggestion evaluation set.

For every ``<lang>/<NN>-<slug>.txt`` article there must be a
``<NN>-<slug>.key.yaml`` key.  The script checks that

* the article has a headline, a blank line and a body of 150-450 words;
* every required list is present in the key (an empty list is fine);
* every ``quote`` occurs in the article exactly as written; a quote without
  ``occurrence`` must occur exactly once, and ``occurrence: N`` must pick an
  existing occurrence;
* no quote is keyed twice under the same kind, and no figure is keyed under
  two figure kinds;

then prints the counts per language and kind.  Occurrences are counted as
whole-word matches: a match may not begin or end inside a word (so "he said"
does not match inside "she said").  A warning is printed when a plain
substring count would differ, so such quotes can be made unambiguous.

Standard library + PyYAML only.  Exit status 1 when anything fails.
"""
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
LANGS = ("en", "es", "ar")
KINDS = ("attributions", "vague_sources", "unsourced_figures", "sourced_figures",
         "vaguely_sourced_figures", "not_figures", "disclaimers", "loaded_words")
FIGURE_KINDS = ("unsourced_figures", "sourced_figures", "vaguely_sourced_figures", "not_figures")
GENRES = ("news report", "opinion column", "press release", "health/science",
          "sports report", "local government report", "sponsored content",
          "social-media post")


def occurrences(text, quote):
    """Start offsets of whole-word matches of quote in text."""
    pat = re.escape(quote)
    if re.match(r"\w", quote):
        pat = r"(?<!\w)" + pat
    if re.search(r"\w$", quote):
        pat = pat + r"(?!\w)"
    return [m.start() for m in re.finditer(pat, text)]


def check_article(txt_path, errors, warnings):
    key_path = txt_path.with_name(txt_path.name[:-4] + ".key.yaml")
    name = f"{txt_path.parent.name}/{txt_path.name}"
    text = txt_path.read_text(encoding="utf-8")
    lines = text.split("\n")
    if len(lines) < 3 or not lines[0].strip() or lines[1].strip():
        errors.append(f"{name}: first line must be the headline, then a blank line")
    body = "\n".join(lines[2:])
    words = len(body.split())
    if not 150 <= words <= 450:
        errors.append(f"{name}: body has {words} words (want 150-450)")
    if not key_path.exists():
        errors.append(f"{name}: no key {key_path.name}")
        return None
    key = yaml.safe_load(key_path.read_text(encoding="utf-8")) or {}
    if key.get("language") != txt_path.parent.name:
        errors.append(f"{name}: language {key.get('language')!r} does not match folder")
    if key.get("genre") not in GENRES:
        errors.append(f"{name}: genre {key.get('genre')!r} not one of {GENRES}")
    picked = defaultdict(set)  # kind -> set of (start, end)
    for kind in KINDS:
        if kind not in key:
            errors.append(f"{name}: missing list {kind}")
            continue
        items = key[kind] or []
        if not isinstance(items, list):
            errors.append(f"{name}: {kind} is not a list")
            continue
        for item in items:
            if not isinstance(item, dict) or not isinstance(item.get("quote"), str):
                errors.append(f"{name}: {kind}: bad item {item!r}")
                continue
            quote = item["quote"]
            if quote != quote.strip() or not quote:
                errors.append(f"{name}: {kind}: quote {quote!r} has surrounding spaces")
            found = occurrences(text, quote)
            if text.count(quote) != len(found):
                warnings.append(f"{name}: {kind}: {quote!r} occurs {text.count(quote)} times as a "
                                f"substring but {len(found)} times as whole words")
            occ = item.get("occurrence")
            if not found:
                errors.append(f"{name}: {kind}: quote not found: {quote!r}")
                continue
            if occ is None:
                if len(found) != 1:
                    errors.append(f"{name}: {kind}: {quote!r} occurs {len(found)} times; "
                                  "add occurrence")
                    continue
                occ = 1
            if not isinstance(occ, int) or not 1 <= occ <= len(found):
                errors.append(f"{name}: {kind}: {quote!r} occurrence {occ} of {len(found)}")
                continue
            span = (found[occ - 1], found[occ - 1] + len(quote))
            if span in picked[kind]:
                errors.append(f"{name}: {kind}: {quote!r} (occurrence {occ}) keyed twice")
            picked[kind].add(span)
            if kind in FIGURE_KINDS:
                for other in FIGURE_KINDS:
                    if other == kind:
                        continue
                    for s, e in picked[other]:
                        if s < span[1] and span[0] < e:
                            errors.append(f"{name}: {kind}: {quote!r} overlaps a quote "
                                          f"keyed under {other}")
    extra = set(key) - set(KINDS) - {"language", "genre"}
    if extra:
        errors.append(f"{name}: unknown keys {sorted(extra)}")
    return key


def main():
    errors, warnings = [], []
    counts = defaultdict(Counter)
    articles = Counter()
    genres = defaultdict(Counter)
    for lang in LANGS:
        for txt in sorted((HERE / lang).glob("*.txt")):
            key = check_article(txt, errors, warnings)
            articles[lang] += 1
            if key is None:
                continue
            genres[lang][key.get("genre")] += 1
            for kind in KINDS:
                counts[lang][kind] += len(key.get(kind) or [])
        for key_path in sorted((HERE / lang).glob("*.key.yaml")):
            if not key_path.with_name(key_path.name[:-9] + ".txt").exists():
                errors.append(f"{lang}/{key_path.name}: key without article")
    width = max(len(k) for k in KINDS)
    print(f"{'':{width}}  " + "  ".join(f"{lang:>5}" for lang in LANGS) + "  total")
    print(f"{'articles':{width}}  " + "  ".join(f"{articles[line]:5d}" for line in LANGS)
          + f"  {sum(articles.values()):5d}")
    for kind in KINDS:
        row = [counts[line][kind] for line in LANGS]
        print(f"{kind:{width}}  " + "  ".join(f"{n:5d}" for n in row) + f"  {sum(row):5d}")
    print()
    all_genres = Counter()
    for lang in LANGS:
        all_genres.update(genres[lang])
    for genre in GENRES:
        print(f"{genre:{width}}  " + "  ".join(f"{genres[line][genre]:5d}" for line in LANGS)
              + f"  {all_genres[genre]:5d}")
    for w in warnings:
        print("WARNING:", w)
    for e in errors:
        print("ERROR:", e)
    if errors:
        print(f"{len(errors)} error(s)")
        return 1
    print("all keys OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
