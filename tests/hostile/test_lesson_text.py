"""Hostile lesson files, as a hostile author, a careless administrator or an unlucky copy-paste makes them.

Each case asserts the teacher's message with its line and column, or the correct result. None may hang:
a guard fails a case that is still working after a few seconds (these take milliseconds; speed is
measured by benchmarks/hostile.py, never asserted here).
"""

from __future__ import annotations

import json
import os
import signal
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from literacy_app.cli import main
from literacy_app.core import text as text_module
from literacy_app.core import yamlsource
from literacy_app.core.files import FileTooBig, NotARegularFile, read_regular_file
from literacy_app.core.grading import Selection, grade
from literacy_app.core.loader import parse_lesson, read_lesson
from literacy_app.core.session import LessonSession
from literacy_app.core.text import TextIndex, article_from_body, visible, widened_span
from tests.support.lessons import LESSON, where

GUARD_SECONDS = 10


@contextmanager
def no_hang() -> Iterator[None]:
    def stop(signum: int, frame: object) -> None:
        raise TimeoutError(f"still working after {GUARD_SECONDS} s: this input hangs the app")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, GUARD_SECONDS)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def lesson(body: str, answers: str, *, type_: str = "select") -> str:
    indented = "\n".join("    " + line if line else "" for line in body.split("\n"))
    return (f"format: 1\nid: hostile\ntitle: Hostile\nlanguage: en\narticle:\n  headline: H\n  body: |\n"
            f"{indented}\nexercises:\n  - id: ex\n    type: {type_}\n    prompt: Find it.\n    answers:\n{answers}")


def errors_of(text: str | bytes) -> list:  # type: ignore[type-arg]
    with no_hang():
        result = parse_lesson(text, "hostile.yaml")
    return result.errors


# --- text that once took minutes --------------------------------------------------------------------

@pytest.mark.parametrize("run", [
    "." * 60_000,  # a run of dots with no space after it: 350 s to validate before
    ". " * 30_000,  # thirty thousand one-dot sentences
    ".”" * 30_000,  # stops and closing quotes, alternating
    "a." * 30_000,  # an abbreviation-like run with no space
    "?" * 30_000 + "。" * 30_000,  # Western and CJK stops in one run
    "a" * 60_000,  # one word with no space
])
def test_long_runs_validate_grade_and_open_at_once(run: str) -> None:
    text = lesson("The mayor said so. " + run + " The end.", "      - quote: The mayor said\n")
    with no_hang():
        result = parse_lesson(text, "hostile.yaml")
        assert result.ok, result.problems
        article = result.lesson.article  # type: ignore[union-attr]
        exercise = result.lesson.exercises[0]  # type: ignore[union-attr]
        assert grade(article, exercise, [Selection(0, 14)]).score == 1.0
        session = LessonSession(result.lesson)  # type: ignore[arg-type]
        assert session.add_selection(len(article.text) - 4, len(article.text))  # the student's first Add
        assert article.index.sentences[0] == (0, len("The mayor said so."))


def test_a_run_of_dots_then_a_space_is_one_sentence_end() -> None:
    body_text = "First part" + "." * 20_000 + " Second part."
    text, paragraphs, _ = article_from_body(body_text)
    with no_hang():
        sentences = TextIndex(text, paragraphs).sentences
    assert [text[s:e][-3:] for s, e in sentences] == ["...", "rt."]


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet="ab .!?\n", min_size=1, max_size=60), st.data(), st.sampled_from(["word", "sentence"]))
def test_widening_through_the_index_matches_widening_locally(body: str, data: st.DataObject, unit: str) -> None:
    # Very long runs without a space, and long articles, widen through one index of the whole text; the
    # result must be what widening around the quote gives. Made to happen in short texts by a small reach.
    text, paragraphs, _ = article_from_body(body)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    local = widened_span(text, paragraphs, start, end, unit)
    reach = text_module._LOCAL_REACH
    try:
        text_module._LOCAL_REACH = 1
        assert widened_span(text, paragraphs, start, end, unit) == local
    finally:
        text_module._LOCAL_REACH = reach


def test_many_ambiguous_quotes_each_get_a_short_clear_message() -> None:
    body = "\n".join("the same words again and the same words again" for _ in range(400))
    answers = "".join("      - quote: same words again\n" for _ in range(200))
    with no_hang():
        problems = errors_of(lesson(body, answers))
    assert len(problems) == 200
    first = problems[0]
    assert (first.line, first.column) == (413, 16)  # the first answer's quote
    assert "more than 100 times" in first.message and "line 8, column 9; line 8, column 34" in first.message
    assert "prefix:" in first.message and len(first.message) < 400


def test_ambiguous_quotes_are_told_apart_by_prefix_suffix_and_occurrence() -> None:
    body = "he said yes. she said yes. he said no, then said yes."
    answers = ("      - quote: said yes\n        prefix: she\n"
               "      - quote: said yes\n        suffix: '.'\n        occurrence: 3\n")
    result = parse_lesson(lesson(body, answers).replace("type: select", "type: select"), "x.yaml")
    assert result.ok, result.problems
    article = result.lesson.article  # type: ignore[union-attr]
    quotes = [article.quote(a.quote) for a in result.lesson.exercises[0].answers]  # type: ignore[union-attr]
    spans = [(a.quote.start, a.quote.end) for a in result.lesson.exercises[0].answers]  # type: ignore[union-attr]
    assert quotes == ["said yes", "said yes"]
    assert spans == [(17, 25), (article.text.rindex("said yes"), article.text.rindex("said yes") + 8)]
    wrong = errors_of(lesson(body, "      - quote: said yes\n        occurrence: 4\n"))
    assert "occurrence is 4" in wrong[0].message and "only 3 times" in wrong[0].message


def test_many_missing_quotes_are_each_told_without_delay() -> None:
    answers = "".join(f"      - quote: words never said {n}\n" for n in range(300))
    body = "\n".join("The mayor said the plan works and the council agreed." for _ in range(300))
    with no_hang():
        problems = errors_of(lesson(body, answers))
    assert len(problems) == 300
    assert all("is not in the article" in p.message for p in problems)
    assert [(p.line, p.column) for p in problems[:2]] == [(313, 16), (314, 16)]


def test_a_did_you_mean_shows_an_invisible_character() -> None:
    text = lesson("The mayor said the plan works.", "      - quote: \"The mayor\u200b said\"\n")
    (problem,) = errors_of(text)
    assert "<U+200B>" in problem.message and "Did you mean \"The mayor said\"" in problem.message
    assert (problem.line, problem.column) == where(text, '"The mayor')


def test_visible_writes_out_only_invisible_characters() -> None:
    assert visible("a\u200bb\u00adc\ufeffd\u2028e") == "a<U+200B>b<U+00AD>c<U+FEFF>d<U+2028>e"
    assert visible("naïve café — “quoted” नमस्ते 👩\u200d👩") == "naïve café — “quoted” नमस्ते 👩\u200d👩"


# --- encodings, bytes and line counting ----------------------------------------------------------------

def test_utf16_with_a_byte_order_mark_is_read() -> None:
    for encoding in ("utf-16", "utf-16-be"):
        data = LESSON.encode(encoding)
        if encoding == "utf-16-be":
            data = b"\xfe\xff" + data
        result = parse_lesson(data, "x.yaml")
        assert result.ok and result.lesson is not None, (encoding, result.problems)
        assert result.lesson == parse_lesson(LESSON, "x.yaml").lesson


@pytest.mark.parametrize(("data", "words"), [
    (LESSON.encode("utf-16-le"), "saved as UTF-16 (without a byte-order mark)"),
    (LESSON.encode("utf-16-be"), "saved as UTF-16 (without a byte-order mark)"),
    (LESSON.encode("utf-32"), "saved as UTF-32"),
    (b"\xff\xfe" + "format: 1\n".encode("utf-16-le") + b"\x00\xd8", "saved as UTF-16 and is damaged"),
])
def test_other_encodings_are_named(data: bytes, words: str) -> None:
    (problem,) = errors_of(data)
    assert words in problem.message and "UTF-8" in problem.message


def test_a_zero_byte_is_placed_where_it_is() -> None:
    data = LESSON.encode("utf-8").replace(b"Who says so?", b"Who says\x00 so?")
    (problem,) = errors_of(data)
    assert (problem.line, problem.column) == (3, 16) and "zero byte" in problem.message


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\x85"])
def test_a_line_separator_is_counted_as_editors_count_lines(separator: str) -> None:
    # In quotes it is part of the value, and the lines after it keep their numbers.
    text = LESSON.replace("title: Who says so?", f'title: "Who says{separator}so?"').replace(
        "language: en", "language: en\nbogus: 1")
    (problem,) = errors_of(text)
    assert (problem.line, problem.column) == where(text, "bogus")
    # Outside quotes YAML breaks the line there: the message names the invisible character, where it is.
    plain = LESSON.replace("title: Who says so?", f"title: Who says{separator}so?")
    (problem,) = errors_of(plain)
    assert (problem.line, problem.column) == (where(plain, "title")[0], len("title: Who says") + 1)
    assert f"U+{ord(separator):04X}" in problem.message


def test_a_half_surrogate_escape_is_refused_with_either_yaml_parser(monkeypatch: pytest.MonkeyPatch) -> None:
    text = LESSON.replace("title: Who says so?", 'title: "Who says \\ud800 so?"')
    for loader in (yamlsource._Loader, yaml.SafeLoader):
        monkeypatch.setattr(yamlsource, "_Loader", loader)
        (problem,) = errors_of(text)
        assert problem.line == 3, (loader, problem)


# --- what is not a lesson file -----------------------------------------------------------------------

def test_a_fifo_is_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "lesson.yaml"
    os.mkfifo(fifo)
    with no_hang():
        result = read_lesson(fifo)
        assert main(["validate", str(fifo)]) == 1
    assert "not a file" in result.problems[0].message


def test_a_link_to_an_endless_device_is_refused(tmp_path: Path) -> None:
    link = tmp_path / "lesson.yaml"
    link.symlink_to("/dev/zero")
    with no_hang():
        result = read_lesson(link)
    assert "not a file" in result.problems[0].message


def test_the_size_limit_holds_while_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.yaml"
    big.write_bytes(b"#" * 2_000_001)
    with pytest.raises(FileTooBig):
        read_regular_file(big, 1_000_000)
    assert read_regular_file(big, 3_000_000)[:1] == b"#"
    with pytest.raises(NotARegularFile):
        read_regular_file(tmp_path, 10)
    problem = read_lesson(big).problems[0]
    assert "2,001 KB" in problem.message


def test_output_in_an_encoding_without_the_characters_never_raises(tmp_path: Path) -> None:
    import subprocess
    import sys

    lesson_file = tmp_path / "x.yaml"
    lesson_file.write_text(LESSON.replace("Who says so?", "¿Quién lo dice? “ya”"), encoding="utf-8")
    for command in (["answers", str(lesson_file)], ["answers", "--json", str(lesson_file)],
                    ["validate", str(tmp_path / "missing ✓.yaml")]):
        done = subprocess.run([sys.executable, "-m", "literacy_app", *command], capture_output=True,
                              env=dict(os.environ, PYTHONIOENCODING="ascii"), timeout=60)
        assert b"Traceback" not in done.stderr, done.stderr.decode("ascii", "replace")
        assert done.returncode in (0, 1)


def test_a_broken_lesson_in_a_library_is_checked_once(tmp_path: Path) -> None:
    from literacy_app.core.lesson_cache import LessonCache
    from literacy_app.core.library import load_library

    folder = tmp_path / "lessons"
    folder.mkdir()
    draft = lesson("x " * 100, "".join(f"      - quote: missing {n}\n" for n in range(500)))
    (folder / "draft.yaml").write_text(draft, encoding="utf-8")
    cache = LessonCache(tmp_path / "cache")
    first = load_library([folder], cache.read)
    assert len(list((tmp_path / "cache").glob("*.json"))) == 1
    again = load_library([folder], LessonCache(tmp_path / "cache").read)
    assert [f.problems for f in again.files] == [f.problems for f in first.files]


def test_json_quotes_in_a_quote_are_plain_text() -> None:
    quote = json.dumps('said "stop"')
    text = lesson('He said "stop" twice.', f"      - quote: {quote}\n")
    assert parse_lesson(text, "x.yaml").ok


def reference_article_from_body(body: str) -> tuple[str, list[tuple[str, int, int, bool]], list[tuple[int, int, int]]]:
    """The format's rules written the plain way (line by line), to hold the quick version to."""
    paragraphs: list[tuple[str, int, int, bool]] = []
    origins: list[tuple[int, int, int]] = []
    pieces: list[str] = []
    current: list[tuple[int, str, int]] = []
    offset = 0

    def close() -> None:
        nonlocal offset
        if not current:
            return
        if paragraphs:
            offset += 2
            pieces.append("\n\n")
        heading = current[0][1].startswith("## ")
        start = offset
        texts = []
        for n, (number, line, column) in enumerate(current):
            if n:
                offset += 1
                pieces.append(" ")
            if n == 0 and heading:
                rest = line[3:].lstrip()
                column += len(line) - len(rest)
                line = rest
            origins.append((offset, number, column))
            pieces.append(line)
            texts.append(line)
            offset += len(line)
        paragraphs.append((" ".join(texts), start, offset, heading))
        current.clear()

    for number, raw in enumerate(body.split("\n")):
        if raw.strip():
            current.append((number, raw.strip(), len(raw) - len(raw.lstrip())))
        else:
            close()
    close()
    return "".join(pieces), paragraphs, origins


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(["", "  ", "## Head", "##  two", "word", "  indented line", "a\tb", "\t",
                                 "x\u00a0y", "##", "## ", "end."]), max_size=12))
def test_the_quick_body_rules_match_the_plain_ones(lines: list[str]) -> None:
    body = "\n".join(lines)
    text, paragraphs, origins = article_from_body(body)
    want_text, want_paragraphs, want_origins = reference_article_from_body(body)
    assert text == want_text
    assert [tuple(p) for p in paragraphs] == want_paragraphs
    assert [tuple(o) for o in origins] == want_origins


def test_every_white_space_character_is_known_to_the_folding() -> None:
    import sys

    from literacy_app.core.matching import _OTHER_SPACES

    assert set(_OTHER_SPACES) == {chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()} - {" "}


@pytest.mark.parametrize("end", ["\n", "\r\n", "\r"])
def test_a_bad_byte_is_placed_on_the_right_line_whatever_the_line_ends(end: str) -> None:
    data = LESSON.replace("\n", end).encode("utf-8").replace(b"Who says so?", b"Who says\xff so?")
    (problem,) = errors_of(data)
    assert (problem.line, problem.column) == (3, 16) and "0xFF" in problem.message
