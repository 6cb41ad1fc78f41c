"""How long full validation of a lesson takes, against a bare YAML parse of the same file.

Generates 1,000 lessons of about 15 KB (varied article text, several exercises whose quotes resolve) in a
temporary folder, then times, file by file and alternating which goes first, the real loader
(``read_lesson``, as ``literacy-app validate`` uses it) and ``yaml.load(text, Loader=yaml.CSafeLoader)``
of the same file. Prints the time per lesson and the ratio. Goal: validation within 3x the bare parse.

    .venv/bin/python benchmarks/validate.py [--lessons 1000] [--rounds 3] [--seed 1]

``--words N`` makes each article about N words long instead (long articles: the checks must grow no
faster than parsing; 200,000 words is over the 1 MB limit of a lesson file, which is lifted for this run):

    .venv/bin/python benchmarks/validate.py --words 50000 --lessons 5
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from literacy_app.core.loader import read_lesson  # noqa: E402

GOAL = 3.0
SYLLABLES = ("ka ri to man sel vor en la di gu pe ros tan bri ol ex am cor nu fi ze lo dra "
             "ver sta qui bel mon ter art und é ñá çõ ü").split()
NAMES = ["Ana Ruiz", "Dana Okafor", "Lee Chen", "Marta Núñez", "Omar Haddad", "Priya Nair", "Jon Berg"]
VERBS = ["said", "argued", "claimed", "told reporters", "wrote", "added", "insisted"]
JOINERS = ["and", "but", "while", "because", "so", "although", "since"]


def word(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(1, 3)))


def sentence(rng: random.Random) -> str:
    words = [word(rng) for _ in range(rng.randint(6, 16))]
    words[0] = words[0].capitalize()
    roll = rng.random()
    if roll < 0.15:
        words.insert(rng.randint(1, len(words)), f"{rng.randint(2, 99)}%")
    elif roll < 0.25:
        words.insert(rng.randint(1, len(words)), f"{rng.randint(1, 9)},{rng.randint(100, 999)}")
    elif roll < 0.3:
        words.insert(rng.randint(1, len(words)), f"{rng.randint(1, 9)}.{rng.randint(1, 9)}")
    if rng.random() < 0.3:
        words.insert(rng.randint(2, len(words)), rng.choice(JOINERS))
    text = " ".join(words)
    if rng.random() < 0.2:
        return f"“{text},” {rng.choice(VERBS)} {rng.choice(NAMES)}."
    if rng.random() < 0.05:
        return text + " 🚲."
    return text + "."


def wrap(paragraph: str, width: int = 78) -> list[str]:
    lines, line = [], ""
    for piece in paragraph.split(" "):
        if line and len(line) + 1 + len(piece) > width:
            lines.append(line)
            line = piece
        else:
            line = f"{line} {piece}" if line else piece
    return lines + [line]


def lesson_text(n: int, rng: random.Random, target: int = 15_000) -> str:
    paragraphs: list[str] = []
    sentences: list[str] = []
    size = 0
    while size < target - 5_200:
        if paragraphs and rng.random() < 0.08:
            paragraphs.append("## " + " ".join(word(rng) for _ in range(3)).capitalize())
            continue
        chosen = [sentence(rng) for _ in range(rng.randint(2, 6))]
        sentences.extend(chosen)
        paragraphs.append(" ".join(chosen))
        size += len(paragraphs[-1]) + 6
    article = " ".join(p.removeprefix("## ") for p in paragraphs)  # for checking that a quote is unique
    body = "\n\n".join("\n".join(wrap(p)) for p in paragraphs)
    body = "\n".join("    " + line if line else "" for line in body.split("\n"))

    used: list[tuple[int, int]] = []

    def quote(words_wanted: int) -> str:
        for _ in range(200):
            chosen = rng.choice(sentences).rstrip(".").split(" ")
            if len(chosen) < words_wanted:
                continue
            start = rng.randint(0, len(chosen) - words_wanted)
            text = " ".join(chosen[start:start + words_wanted]).strip("“”,.")
            place = article.find(text)
            if text and place >= 0 and article.find(text, place + 1) < 0 and \
                    all(place + len(text) < a or place > b for a, b in used):
                used.append((place - 1, place + len(text) + 1))
                return text
        raise RuntimeError("no unique quote found")

    exercises = []
    kinds = ["attribution", "unsourced_figure", "loaded_language", "select", "select"]
    for e, kind in enumerate(kinds):
        answers = []
        for _ in range(rng.randint(2, 4)):
            q = quote(rng.randint(3, 6))
            key = " ".join(q.split(" ")[1:3]) if rng.random() < 0.5 else None
            answers.append(f"      - quote: {json.dumps(q, ensure_ascii=False)}\n"
                           + (f"        key: {json.dumps(key, ensure_ascii=False)}\n" if key else "")
                           + "        feedback: Yes, that is one of them.\n")
        distractors = "".join(f"      - quote: {json.dumps(quote(rng.randint(2, 4)), ensure_ascii=False)}\n"
                              f"        feedback: Look again at who is speaking here.\n"
                              for _ in range(rng.randint(1, 2)))
        exercises.append(
            f"  - id: exercise-{e + 1}\n    type: {kind}\n"
            f"    prompt: Select every place where the article does what this exercise asks about.\n"
            f"    hints:\n      - Read the paragraph slowly.\n      - Look for names and numbers.\n"
            f"    explanation: These are the parts that show it; the others do not.\n"
            f"    answers:\n" + "".join(answers) + "    distractors:\n" + distractors
            + "    wrong_feedback: That part does not show it.\n")
    exercises.append(  # sentence units: one answer, so no two quotes share a sentence
        f"  - id: disclaimer\n    type: opinion_disclaimer\n    prompt: Select the sentence that says so.\n"
        f"    answers:\n      - quote: {json.dumps(quote(4), ensure_ascii=False)}\n")
    exercises.append(
        "  - id: kind\n    type: choice\n    prompt: What kind of piece is this?\n    options:\n"
        "      - text: A news report\n        feedback: Look for opinions.\n"
        "      - text: An opinion column\n        correct: true\n      - text: An advertisement\n")
    return (f"# yaml-language-server: $schema=../literacy_app/schema/lesson-1.schema.json\nformat: 1\n"
            f"id: generated-{n}\ntitle: \"Generated lesson {n}\"\nlanguage: en\nlevel: Ages 13+\nminutes: 20\n"
            f"summary: A generated lesson for timing the loader.\nteacher_notes: |\n  Generated.\n"
            f"tags:\n  - benchmark\narticle:\n  headline: \"{word(rng).capitalize()} {word(rng)}\"\n"
            f"  publication: Benchmark Gazette\n  date: \"2024-03-05\"\n  body: |\n{body}\n"
            f"exercises:\n" + "".join(exercises))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lessons", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=3, help="times each file is timed by each method")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--words", type=int, default=0, help="words per article (default: lessons of 15 KB)")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    target = 15_000
    if args.words:
        from literacy_app.core import files, loader, yamlsource

        target = int(args.words * 7.4) + 5_200
        files.LESSON_LIMIT = yamlsource.MAX_BYTES = loader.MAX_BYTES = 100_000_000  # 1 MB limit lifted

    with tempfile.TemporaryDirectory(prefix="lesson-bench-") as folder:
        paths = []
        for n in range(args.lessons):
            path = Path(folder) / f"lesson-{n:04d}.yaml"
            path.write_text(lesson_text(n, rng, target=target), encoding="utf-8")
            paths.append(path)
        sizes = [p.stat().st_size for p in paths]
        broken = [r for r in map(read_lesson, paths) if r.errors]
        first = read_lesson(paths[0]).lesson
        if first is not None:
            print(f"articles of about {len(first.article.text.split()):,} words")
        print(f"{len(paths)} lessons, {statistics.mean(sizes) / 1000:.1f} KB each on average "
              f"({min(sizes) / 1000:.1f} to {max(sizes) / 1000:.1f} KB); {len(broken)} with errors")
        if broken:
            print("\n".join(str(p) for p in broken[0].errors[:5]))
            return 1

        loader_times: list[float] = []
        bare_times: list[float] = []
        clock = time.process_time  # CPU time: the ratio holds on a machine busy with other work
        for round_ in range(args.rounds):
            order = paths[:]
            rng.shuffle(order)
            for i, path in enumerate(order):
                first_loader = (i + round_) % 2 == 0  # alternate which method goes first
                for method in ("loader", "bare") if first_loader else ("bare", "loader"):
                    if method == "loader":
                        start = clock()
                        read_lesson(path)
                        loader_times.append(clock() - start)
                    else:
                        start = clock()
                        yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
                        bare_times.append(clock() - start)

    loader_ms = statistics.median(loader_times) * 1000
    bare_ms = statistics.median(bare_times) * 1000
    ratio = sum(loader_times) / sum(bare_times)
    print(f"full validation (read_lesson):         {loader_ms:.2f} ms per lesson (median), "
          f"{sum(loader_times) / len(loader_times) * 1000:.2f} ms mean")
    print(f"bare parse (yaml.load, CSafeLoader):   {bare_ms:.2f} ms per lesson (median), "
          f"{sum(bare_times) / len(bare_times) * 1000:.2f} ms mean")
    print(f"ratio, total time: {ratio:.2f}x; ratio of medians: {loader_ms / bare_ms:.2f}x "
          f"(goal: within {GOAL:.0f}x) -> {'OK' if ratio <= GOAL else 'OVER'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
