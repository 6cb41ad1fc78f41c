"""Hostile or broken files: each gives a clear LessonError at once, never a traceback, a hang or a crash,
and one broken lesson never hides the others."""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from literacy_app.cli import main
from literacy_app.core.library import load_library
from literacy_app.core.loader import InvalidLesson, load_lesson, parse_lesson, read_lesson
from tests.support.lessons import LESSON, assert_problem, where

# Not a speed test: a guard so that a hang fails the test instead of stalling the run. The expected
# time for each of these is a few milliseconds (see benchmarks/ for measured figures).
HANG_GUARD_SECONDS = 5


@contextmanager
def no_hang() -> Iterator[None]:
    def stop(signum: int, frame: object) -> None:
        raise TimeoutError(f"still working after {HANG_GUARD_SECONDS} s: this input hangs the loader")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, HANG_GUARD_SECONDS)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def one_error(data: str | bytes):
    with no_hang():
        result = parse_lesson(data, "bad.yaml")
    assert result.lesson is None
    assert len(result.errors) == 1, "\n".join(map(str, result.problems))
    return result.errors[0]


BILLION_LAUGHS = """\
a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
"""


def test_an_alias_bomb_stops_at_its_first_anchor():
    error = one_error(BILLION_LAUGHS)
    assert (error.line, error.column) == (1, 4)
    assert "'&a'" in error.message and "anchor" in error.message


def test_an_alias_bomb_inside_a_lesson_stops_too():
    bomb = "".join("  " + line + "\n" for line in BILLION_LAUGHS.splitlines())
    text = LESSON.replace("language: en\n", "language: en\nteacher_notes:\n" + bomb)
    error = one_error(text)
    assert (error.line, error.column) == where(text, "&a")
    assert "anchor" in error.message


def test_a_file_of_50_megabytes_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "huge.yaml"
    with open(path, "wb") as handle:
        handle.write(LESSON.encode())
        handle.truncate(50_000_000)
    with no_hang():
        result = read_lesson(path)
    assert result.lesson is None and len(result.problems) == 1
    problem = result.problems[0]
    assert (problem.line, problem.column) == (1, 1)
    assert "the file is 50,000 KB" in problem.message and "at most 1,000 KB" in problem.message


@pytest.mark.parametrize("data", [
    b"format: 1\x00\nid: x\n",
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00",
    LESSON.encode("utf-16"),
    b"\x00" * 1000,
])
def test_binary_data_is_not_a_lesson(data):
    error = one_error(data)
    assert (error.line, error.column) == (1, 1)
    assert "not a text file" in error.message and "UTF-8" in error.message


@pytest.mark.parametrize("encoding, title, bad", [
    ("latin-1", "Qui l'a dit? Café crème", "é"),
    ("cp1252", "Who says so? “Nobody” – or café", "“"),
])
def test_text_that_is_not_utf8_names_the_place_of_the_first_bad_byte(encoding, title, bad):
    text = LESSON.replace("title: Who says so?", f"title: {title}")
    error = one_error(text.encode(encoding))
    assert (error.line, error.column) == where(text, bad, nth=1)
    assert "not UTF-8" in error.message and "save it again with the encoding UTF-8" in error.message
    assert f"0x{bad.encode(encoding)[0]:02X}" in error.message


def test_a_bad_byte_after_emoji_and_accents_is_placed_in_characters():
    data = "format: 1\ntitle: 😀 é ".encode() + b"\xe9t\xe9\n"
    error = one_error(data)
    assert (error.line, error.column) == (2, len("title: 😀 é ") + 1)
    assert "0xE9" in error.message


def test_a_control_character_names_its_place():
    text = LESSON.replace("Who says so?", "Who says\x07 so?")
    error = one_error(text)
    assert (error.line, error.column) == where(text, "\x07")
    assert "U+0007" in error.message and "control character" in error.message


@pytest.mark.parametrize("data", [
    "[" * 10_000 + "]" * 10_000,
    "title: " + "[" * 10_000 + "]" * 10_000,
    "{a: " * 10_000 + "1" + "}" * 10_000,
    "".join(" " * (2 * depth) + "- \n" for depth in range(200)),
    "".join(" " * (2 * depth) + f"k{depth}:\n" for depth in range(200)) + " " * 400 + "end\n",
])
def test_a_deeply_nested_document(data):
    error = one_error(data)
    assert "nested too deeply" in error.message
    assert error.line >= 1 and error.column >= 1
    assert len(error.message) < 300


@pytest.mark.parametrize("data", [b"", b"\n\n   \n", b"\xef\xbb\xbf", b"# just a comment\n", b"# one\n  # two\n\n", b"\r\n"])
def test_an_empty_or_comment_only_file(data):
    error = one_error(data)
    assert (error.line, error.column) == (1, 1)
    assert "the file is empty" in error.message and "format: 1" in error.message


@pytest.mark.parametrize("text, at, what, kind", [
    ("- format: 1\n- id: x\n", (1, 1), "the lesson", "a list"),
    ("just some words\n", (1, 1), "the lesson", "text"),
    (LESSON[:LESSON.index("article:")] + "article:\n  - headline: Why\n  - body: said Mayor Ana Ruiz\n"
     + LESSON[LESSON.index("exercises:"):], (6, 3), "the article", "a list"),
    (LESSON.replace("  - id: who-said-it", "  - - id: who-said-it").replace("\n    type", "\n      type")
     .replace("\n    prompt", "\n      prompt").replace("\n    answers", "\n      answers")
     .replace("\n      - quote", "\n        - quote"), (17, 5), "an exercise", "a list"),
    (LESSON.replace("      - quote: said Mayor Ana Ruiz", "      - [said Mayor Ana Ruiz]"), (21, 9), "an answer", "a list"),
    (LESSON.replace("      - quote: said Mayor Ana Ruiz", "      - said Mayor Ana Ruiz"), (21, 9), "an answer", "text"),
])
def test_a_list_or_text_where_a_group_of_fields_belongs(text, at, what, kind):
    assert_problem(text, at, f"{what} should be a group of fields (name: value), but it is {kind}")


@pytest.mark.parametrize("tag", [
    "!!python/object/apply:os.system",
    "!!python/object/new:os.system",
    "!!python/name:os.system",
    "!!python/module:os",
    "!!binary",
])
def test_python_tags_never_run(tag, tmp_path):
    marker = tmp_path / "ran"
    text = LESSON.replace("title: Who says so?", f'title: {tag} ["touch {marker}"]')
    error = one_error(text)
    assert (error.line, error.column) == (3, 8)
    assert f"'{tag}' is a YAML tag" in error.message
    assert not marker.exists()


def test_load_lesson_raises_only_invalid_lesson_with_every_problem(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text(LESSON.replace("title: Who says so?", "title: yes").replace("language: en", "language: English"))
    with pytest.raises(InvalidLesson) as caught:
        load_lesson(path)
    assert [(p.line, p.column) for p in caught.value.problems] == [(3, 8), (4, 11)]
    assert str(caught.value).splitlines() == [str(p) for p in caught.value.problems]
    with pytest.raises(InvalidLesson):
        load_lesson(tmp_path / "missing.yaml")


def test_a_file_that_cannot_be_read(tmp_path):
    for path in (tmp_path / "missing.yaml", tmp_path):
        result = read_lesson(path)
        assert result.lesson is None and len(result.problems) == 1
        assert "cannot read the file" in result.problems[0].message


# --- a folder with one broken lesson ---------------------------------------------------------------

def _folder(tmp_path):
    (tmp_path / "sub").mkdir()
    good_a = tmp_path / "a.yaml"
    good_a.write_text(LESSON)
    good_b = tmp_path / "sub" / "b.yml"
    good_b.write_text(LESSON.replace("id: city-cycle-lanes", "id: second-lesson"))
    bad = tmp_path / "c.yaml"
    bad_text = LESSON.replace("id: city-cycle-lanes", "id: broken").replace("title: Who says so?", "title: yes") \
        .replace("quote: said Mayor Ana Ruiz", "quote: sad Mayor Ana Ruiz")
    bad.write_text(bad_text)
    (tmp_path / "notes.txt").write_text("not a lesson: ignored")
    (tmp_path / "d.yaml").write_bytes(b"\x00\x01binary")
    return good_a, good_b, bad, bad_text


def test_validate_a_folder_with_one_broken_lesson(tmp_path, capsys):
    good_a, good_b, bad, bad_text = _folder(tmp_path)
    assert main(["validate", str(tmp_path)]) == 1
    out, err = capsys.readouterr()
    lines = out.splitlines()
    assert not any(str(good_a) in line or str(good_b) in line for line in lines), out
    title, quote = where(bad_text, "yes"), where(bad_text, "sad Mayor")
    assert f"{bad}:{title[0]}:{title[1]}: error: 'title' should be text" in out
    assert f"{bad}:{quote[0]}:{quote[1]}: error: \"sad Mayor Ana Ruiz\" is not in the article" in out
    assert f"{tmp_path / 'd.yaml'}:1:1: error: this is not a text file" in out
    assert len(lines) == 3
    assert "Checked 4 lesson files: 3 errors, 0 warnings." in err


def test_validate_good_files_only_exits_0(tmp_path, capsys):
    good_a, good_b, _, _ = _folder(tmp_path)
    assert main(["validate", str(good_a), str(good_b)]) == 0
    out, err = capsys.readouterr()
    assert out == ""
    assert "Checked 2 lesson files: 0 errors, 0 warnings." in err


def test_validate_warnings_alone_exit_0(tmp_path, capsys):
    path = tmp_path / "folded.yaml"
    path.write_text(LESSON.replace("body: |", "body: >"))
    assert main(["validate", str(path)]) == 0
    out, err = capsys.readouterr()
    assert f"{path}:7:9: warning: write the body as a literal block" in out
    assert "0 errors, 1 warning" in err


def test_validate_a_missing_path_and_a_duplicate_id(tmp_path, capsys):
    (tmp_path / "one.yaml").write_text(LESSON)
    (tmp_path / "two.yaml").write_text(LESSON)
    assert main(["validate", str(tmp_path), str(tmp_path / "nowhere")]) == 1
    out, _ = capsys.readouterr()
    assert f"{tmp_path / 'nowhere'}: error: no such file or folder" in out
    assert f"{tmp_path / 'two.yaml'}:2:5: error: the id 'city-cycle-lanes' is already used by {tmp_path / 'one.yaml'}" in out


def test_the_library_lists_a_broken_lesson_and_shows_every_other(tmp_path):
    good_a, good_b, bad, _ = _folder(tmp_path)
    library = load_library([tmp_path])
    assert sorted(f.path for f in library.lessons) == sorted([str(good_a), str(good_b)])
    broken = {f.path: f for f in library.files if f.lesson is None}
    assert set(broken) == {str(bad), str(tmp_path / "d.yaml")}
    assert all(f.errors for f in broken.values())
