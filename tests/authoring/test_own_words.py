"""A teacher's own loaded-word list (`literacy-app new ARTICLE --words FILE`): its words are suggested with
the app's, each saying which list it came from; a line its reader would take for something else is reported
with file, line and column, and no lesson is written."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from literacy_app.authoring.own_words import WordListProblems, read_own_words
from literacy_app.authoring.suggest import OwnWords, suggest
from literacy_app.authoring.suggest.lexicon import LoadedWords, list_problems, word_forms
from literacy_app.authoring.suggest.rules import rules_for
from literacy_app.cli import main
from literacy_app.core.text import article_from_body

LISTS = Path(__file__).resolve().parents[2] / "literacy_app" / "authoring" / "loaded_words"
COLUMN = "The coalition stitch-up left them out, and she is a grafter.\n\nI find the new hall handsome, honestly.\n"
REPORT = "The hall, which is handsome, opened on Monday, the council said.\n"
MY_WORDS = "# words from our unit on election leaflets\ngrafter\n## reviews (opinion only)\nhandsome\n"


def loaded(body: str, language: str = "en", own: tuple[OwnWords, ...] = ()) -> list[tuple[str, str]]:
    text, paragraphs, _origins = article_from_body(body)
    return [(text[s.start:s.end], s.reason) for s in suggest(text, paragraphs, language=language,
                                                               own_words=own).loaded]


def test_the_teachers_words_are_suggested_and_say_where_they_come_from() -> None:
    found = dict(loaded(COLUMN, own=(OwnWords("leaflets.txt", MY_WORDS),)))
    assert found["grafter"] == 'loaded word: "grafter" (from leaflets.txt)'
    assert found["handsome"] == 'loaded word: "handsome" (reviews)'  # the list's own heading
    assert "stitch-up" in found  # the app's list still counts


def test_the_teachers_words_find_their_forms_and_keep_their_headings() -> None:
    own = (OwnWords("mine.txt", "grafter\n## reviews (opinion only)\nhandsome\n"),)
    assert [w for w, _r in loaded("Two grafters and a handsome hall.\n", own=own)] == ["grafters"]  # a report
    assert [w for w, _r in loaded(REPORT, own=own)] == []


def test_the_teachers_words_do_not_stay_in_the_apps_list() -> None:
    loaded(COLUMN, own=(OwnWords("leaflets.txt", MY_WORDS),))
    assert "grafter" not in [w for w, _r in loaded(COLUMN)]
    assert not any(e.written == "grafter" for e in rules_for("en").loaded_words.entries)  # type: ignore[union-attr]


def test_spanish_and_arabic_lists_get_their_languages_forms() -> None:
    assert [w for w, _r in loaded("Unas obras chapuceras.\n", "es", (OwnWords("m.txt", "chapucero\n"),))] == \
        ["chapuceras"]
    assert [w for w, _r in loaded("وهذه المهزلة مستمرة.\n", "ar", (OwnWords("m.txt", "مهزلة\n"),))] == ["المهزلة"]


@pytest.mark.parametrize("language", ["en", "es", "ar"])
def test_the_apps_own_lists_have_no_mistakes(language: str) -> None:
    """The checker teachers get is the one the app's lists pass: a line it rejects would be read as
    something else, in the app's list as in a teacher's."""
    assert list_problems((LISTS / f"{language}.txt").read_text(encoding="utf-8")) == []


@pytest.mark.parametrize("line, column, says", [
    ("regime (not aftr: tax)", 9, "'not aftr' is not a choice"),
    ("regime (not after tax)", 9, "is not a choice"),                 # no colon
    ("regime (not after: tax", 8, "must be closed by a ')'"),
    ("regime (not after: tax) now", 8, "must be closed by a ')'"),     # not at the end of the line
    ("regime not after: tax)", 22, "has no '(' before it"),
    ("regime (not after: )", 9, "say which words rule the entry out"),
    ("regime (not after: tax; not befor: line)", 25, "'not befor' is not a choice"),
    ("poi*son", 4, "a * goes at the end of a word"),
    ("… happy", 1, "not before the first"),
    ("  ???", 3, "no word to look for"),
    ("!", 1, "no word to look for"),
])
def test_a_mistake_is_reported_with_its_line_and_column(line: str, column: int, says: str) -> None:
    problems = list_problems(f"# my list\n{line}\n")
    assert [(p.line, p.column) for p in problems] == [(2, column)]
    assert says in problems[0].message


@pytest.mark.parametrize("line", [
    "slam", "fat cat", "poison*", "*ísimo", '"cons"', "regime (not after: tax, training; not before: change)",
    "keep … happy", "truly …", "how dare ?", "what a … !", "¡qué …", "¿hasta cuándo", "world-class",
    "before it's too late", "## a heading (opinion only)", "# a comment", "", "deny everything  # a note",
    "فضيحة", "ما يسمى",
])
def test_every_form_the_docs_show_is_accepted(line: str) -> None:
    assert list_problems(line + "\n") == []


def _write(folder: Path, name: str, text: str, encoding: str = "utf-8") -> str:
    path = folder / name
    path.write_text(text, encoding=encoding)
    return str(path)


def test_new_with_words_suggests_them(tmp_path: Path) -> None:
    article = _write(tmp_path, "column.txt", "A grafter for Ward 3\n\n" + COLUMN)
    words = _write(tmp_path, "leaflets.txt", MY_WORDS)
    output = tmp_path / "lesson.yaml"
    assert main(["new", article, "-o", str(output), "--words", words]) == 0
    lesson = output.read_text(encoding="utf-8")
    assert 'loaded word: "grafter" (from leaflets.txt)' in lesson
    assert main(["validate", str(output)]) == 0


def test_new_with_two_lists_uses_both(tmp_path: Path) -> None:
    article = _write(tmp_path, "column.txt", "A grafter for Ward 3\n\n" + COLUMN)
    output = tmp_path / "lesson.yaml"
    assert main(["new", article, "-o", str(output), "--words", _write(tmp_path, "a.txt", "grafter\n"),
                 "--words", _write(tmp_path, "b.txt", "left them out\n")]) == 0
    lesson = output.read_text(encoding="utf-8")
    assert "(from a.txt)" in lesson and "(from b.txt)" in lesson


def test_a_list_with_mistakes_writes_nothing_and_says_where(tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    article = _write(tmp_path, "column.txt", "Headline\n\n" + COLUMN)
    words = _write(tmp_path, "mine.txt", "grafter\nregime (not aftr: tax)\npoi*son\n")
    output = tmp_path / "lesson.yaml"
    assert main(["new", article, "-o", str(output), "--words", words]) == 1
    err = capsys.readouterr().err
    assert f"{words}:2:9: error: 'not aftr' is not a choice here" in err
    assert f"{words}:3:4: error: a * goes" in err
    assert "nothing was written" in err and "Traceback" not in err
    assert not output.exists()


@pytest.mark.parametrize("make, says", [
    (lambda folder: str(folder / "missing.txt"), "no such word list"),
    (lambda folder: str(folder), "is a folder"),
    (lambda folder: _write(folder, "words.bin", "grafter\x00\x01"), "is not a word list"),
])
def test_a_list_that_cannot_be_read_gets_a_message(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                    make, says: str) -> None:  # type: ignore[no-untyped-def]
    article = _write(tmp_path, "column.txt", "Headline\n\n" + COLUMN)
    assert main(["new", article, "-o", str(tmp_path / "lesson.yaml"), "--words", make(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert says in err and "Traceback" not in err


def test_a_list_saved_by_a_windows_editor_is_read(tmp_path: Path) -> None:
    words = _write(tmp_path, "palabras.txt", "chapucero\ndiseño fallido\n", encoding="cp1252")
    assert [w.listing for w in read_own_words([words])] == ["chapucero\ndiseño fallido\n"]


def test_read_own_words_collects_every_mistake_of_every_list(tmp_path: Path) -> None:
    first = _write(tmp_path, "a.txt", "poi*son\n")
    second = _write(tmp_path, "b.txt", "ok\n(not after: x)\n")
    with pytest.raises(WordListProblems) as raised:
        read_own_words([first, second])
    assert [line.split(": error:")[0] for line in raised.value.located] == [f"{first}:1:4", f"{second}:2:1"]


_PIECES = st.sampled_from(["slam", "fat", "cat", "régimen", "فضيحة", " ", " ", "(", ")", "*", "…", "...", ";",
                           ":", ",", "?", "!", "¡", "¿", '"', "'", "#", "-", "not after", "not before", "\t"])
_LINES = st.lists(st.lists(_PIECES, max_size=12).map("".join), max_size=8).map("\n".join)


@settings(max_examples=300, deadline=None)
@given(listing=_LINES)
def test_any_list_is_either_reported_or_read(listing: str) -> None:
    """Whatever a teacher types: the checker answers without failing, each problem points into the list,
    and a list it accepts is read and looked up without failing."""
    problems = list_problems(listing)
    lines = listing.splitlines()
    for problem in problems:
        assert 1 <= problem.line <= len(lines) and 1 <= problem.column <= len(lines[problem.line - 1]) + 1
    if not problems:
        words = LoadedWords(listing, word_forms("en"))
        words.find("The fat cat slammed the door! Why? ¡Qué régimen! فضيحة", opinion=True)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a Unix thing")
def test_a_pipe_given_as_a_list_is_refused_at_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A named pipe with no writer would block a plain open() forever; the list is read as every file a
    user names is (``read_regular_file``)."""
    pipe = tmp_path / "words"
    os.mkfifo(pipe)
    article = _write(tmp_path, "column.txt", "Headline\n\n" + COLUMN)
    assert main(["new", article, "-o", str(tmp_path / "lesson.yaml"), "--words", str(pipe)]) == 1
    assert "is not a word list" in capsys.readouterr().err
