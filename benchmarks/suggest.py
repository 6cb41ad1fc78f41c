"""How well `literacy-app new` suggests answers: precision and recall against a lesson a teacher wrote.

Runs `new` on the seed article and compares its suggested figures, attributions and disclaimer with the
answers of the shipped lesson made from the same article. The two article texts differ (the teacher removed
debris, `new` may keep other lines), so the texts are aligned first and answers are compared by the article
text they cover: a suggestion is right when it overlaps one of the lesson's answers of the same type.

    .venv/bin/python benchmarks/suggest.py [ARTICLE.txt [LESSON.yaml]]
"""

from __future__ import annotations

import difflib
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from literacy_app.authoring.scaffold import new_lesson  # noqa: E402
from literacy_app.core.loader import load_lesson  # noqa: E402
from literacy_app.core.model import Lesson  # noqa: E402

SEED_ARTICLE = REPO.parent / "shared" / "seed" / "000_fab2380e06d26105.txt"
SEED_LESSON = REPO / "lessons" / "07-official-opinion-karabakh.yaml"
TYPES = ("unsourced_figure", "attribution", "opinion_disclaimer")


def answer_ranges(lesson: Lesson, kind: str) -> list[tuple[int, int]]:
    return [(a.quote.start, a.quote.end) for e in lesson.exercises if e.type == kind for a in e.answers]


def offset_map(source: str, target: str) -> list[int | None]:
    """For each character of ``source``, the same character's offset in ``target`` (None if not there)."""
    mapped: list[int | None] = [None] * (len(source) + 1)
    matcher = difflib.SequenceMatcher(None, source, target, autojunk=False)
    for block in matcher.get_matching_blocks():
        for n in range(block.size):
            mapped[block.a + n] = block.b + n
    mapped[len(source)] = len(target)
    return mapped


def mapped_range(mapping: list[int | None], start: int, end: int) -> tuple[int, int] | None:
    inside = [m for m in mapping[start:end] if m is not None]
    return (min(inside), max(inside) + 1) if inside else None


def score(suggested: list[tuple[int, int]], expected: list[tuple[int, int]]) -> tuple[float, float, int]:
    """Precision, recall, and the number of suggestions that overlap an expected answer (one each)."""
    matched: set[int] = set()
    right = 0
    for start, end in suggested:
        hits = [n for n, (s, e) in enumerate(expected) if s < end and start < e and n not in matched]
        if hits:
            matched.add(hits[0])
            right += 1
    precision = right / len(suggested) if suggested else (1.0 if not expected else 0.0)
    recall = len(matched) / len(expected) if expected else 1.0
    return precision, recall, right


def main(argv: list[str]) -> int:
    article = Path(argv[1]) if len(argv) > 1 else SEED_ARTICLE
    reference_path = Path(argv[2]) if len(argv) > 2 else SEED_LESSON
    if not article.exists() or not reference_path.exists():
        print(f"missing: {article if not article.exists() else reference_path}", file=sys.stderr)
        return 1
    reference = load_lesson(reference_path)
    with tempfile.TemporaryDirectory() as folder:
        output = Path(folder) / "suggested.yaml"
        new_lesson(article, output)
        suggested = load_lesson(output)
    mapping = offset_map(suggested.article.text, reference.article.text)
    print(f"article: {article}")
    print(f"compared with: {reference_path}")
    print(f"{'type':20} {'suggested':>9} {'expected':>8} {'right':>6} {'precision':>9} {'recall':>7}")
    results = {}
    for kind in TYPES:
        ranges = [mapped_range(mapping, s, e) for s, e in answer_ranges(suggested, kind)]
        ours = [r for r in ranges if r is not None]
        theirs = answer_ranges(reference, kind)
        precision, recall, right = score(ours, theirs)
        results[kind] = (precision, recall)
        print(f"{kind:20} {len(ranges):9d} {len(theirs):8d} {right:6d} {precision:9.2f} {recall:7.2f}")
    precision, recall = results["unsourced_figure"]
    goal = recall >= 0.8 and precision >= 0.7
    print(f"unsourced figures: recall {recall:.2f} (goal >= 0.80), precision {precision:.2f} (goal >= 0.70): "
          f"{'met' if goal else 'NOT met'}")
    shipped_lessons(reference_path.parent)
    return 0


def shipped_lessons(folder: Path) -> None:
    """The same rules on every English shipped lesson's own article text, pooled: a check that the
    heuristics are not tuned to one article. Only exercises the teacher wrote count."""
    from literacy_app.authoring.suggest import suggest
    from literacy_app.core.loader import read_lesson

    totals = {kind: [0, 0, 0, 0] for kind in TYPES}  # suggested, right, expected, found
    count = 0
    for path in sorted(folder.glob("*.yaml")):
        lesson = read_lesson(path).lesson
        if lesson is None or not lesson.language.startswith("en"):
            continue
        count += 1
        found = suggest(lesson.article.text, lesson.article.paragraphs, byline=lesson.article.byline)
        for kind, ours in (("unsourced_figure", found.figures), ("attribution", found.attributions),
                           ("opinion_disclaimer", found.disclaimers)):
            theirs = answer_ranges(lesson, kind)
            if not theirs:
                continue
            precision, recall, right = score([(s.start, s.end) for s in ours], theirs)
            totals[kind][0] += len(ours)
            totals[kind][1] += right
            totals[kind][2] += len(theirs)
            totals[kind][3] += round(recall * len(theirs))
    print(f"\nall {count} English lessons in {folder}, on their own article texts (pooled):")
    print(f"{'type':20} {'suggested':>9} {'expected':>8} {'right':>6} {'precision':>9} {'recall':>7}")
    for kind, (suggested, right, expected, found_count) in totals.items():
        precision = right / suggested if suggested else 0.0
        recall = found_count / expected if expected else 0.0
        print(f"{kind:20} {suggested:9d} {expected:8d} {right:6d} {precision:9.2f} {recall:7.2f}")


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
