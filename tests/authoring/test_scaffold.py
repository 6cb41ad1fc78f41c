"""`literacy-app new`: an article pasted from a web page becomes a lesson that validates, with suggestions."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from literacy_app.authoring.scaffold import ScaffoldProblem, new_lesson, parse_pasted
from literacy_app.cli import main
from literacy_app.core.loader import read_lesson
from literacy_app.core.model import Lesson
from tests.support.lessons import FIXTURES

PASTED = (
    "\ufeff*** ----> Why our city needs more cycle lanes | RIVERSIDE GAZETTE | HOME\r\n"
    "\r\n"
    "Why our city needs more cycle lanes\r\n"
    "By Dana Okafor\r\n"
    "Share   Tweet   Email\r\n"
    "\r\n"
    "Our city council voted on Tuesday to build 12 km of new cycle lanes. \"This will make our streets "
    "safer,\" said Mayor Ana Ruiz after the vote.\r\n"
    "\r\n"
    "Numbers\r\n"
    "\r\n"
    "According to a council report, crashes fell by 15% on roads that got lanes in 2019. Around 40% of "
    "residents already cycle to work, and traffic on Main Street has dropped 15% since January.\r\n"
    "\r\n"
    "Six thousand people signed a petition on September 19, 2023, and the first lane opened on "
    "10 November 2020 after the 21st September meeting.\r\n"
    "\r\n"
    "*** ---->\r\n"
    "Follow us on Facebook\r\n"
    "\r\n"
    "(The views in this column are the author's own and do not necessarily reflect those of the "
    "Riverside Gazette.)\r\n"
)


def _write(folder: Path, text: str, name: str = "article.txt") -> Path:
    path = folder / name
    path.write_bytes(text.encode("utf-8"))
    return path


def _made(tmp_path: Path, text: str = PASTED, name: str = "lesson") -> tuple[Lesson, str]:
    output = tmp_path / f"{name}.yaml"
    assert main(["new", str(_write(tmp_path, text)), "-o", str(output)]) == 0
    result = read_lesson(output)
    assert [str(p) for p in result.problems] == []
    assert result.lesson is not None
    return result.lesson, output.read_text(encoding="utf-8")


def _answers(lesson: Lesson, kind: str) -> list[str]:
    return [lesson.article.quote(a.quote) for e in lesson.exercises if e.type == kind for a in e.answers]


def _keys(lesson: Lesson, kind: str) -> list[str]:
    return [lesson.article.quote(a.key) for e in lesson.exercises if e.type == kind for a in e.answers]


def test_pasted_article_with_debris_becomes_a_lesson_that_validates(tmp_path: Path) -> None:
    lesson, written = _made(tmp_path)
    assert main(["validate", str(tmp_path / "lesson.yaml")]) == 0
    assert written.startswith("# yaml-language-server: $schema=")
    assert lesson.id == "why-our-city-needs-more-cycle-lanes"
    assert lesson.article.headline == "Why our city needs more cycle lanes"
    assert lesson.article.byline == "Dana Okafor"
    assert lesson.article.publication == "Riverside Gazette"
    text = lesson.article.text
    for debris in ("***", "---->", "Share", "Tweet", "Facebook", "RIVERSIDE", "\r", "\ufeff"):
        assert debris not in text
    assert any(p.is_subheading and p.text == "Numbers" for p in lesson.article.paragraphs)
    assert "# suggested:" in written
    assert lesson.exercises[-1].type == "choice"
    assert "said Mayor Ana Ruiz" in _answers(lesson, "attribution")


def test_schema_modeline_is_relative_inside_the_repository_and_absolute_outside(tmp_path: Path) -> None:
    repo = Path(__file__).resolve().parents[2]
    inside = repo / "benchmarks" / "test-scaffold-output.yaml"
    try:
        new_lesson(_write(tmp_path, PASTED), inside)
        assert inside.read_text(encoding="utf-8").splitlines()[0] == \
            "# yaml-language-server: $schema=../literacy_app/schema/lesson-1.schema.json"
    finally:
        inside.unlink(missing_ok=True)
    outside = tmp_path / "out.yaml"
    new_lesson(_write(tmp_path, PASTED), outside)
    reference = outside.read_text(encoding="utf-8").splitlines()[0].split("$schema=")[1]
    assert Path(reference).is_absolute() and Path(reference).is_file()


def test_dates_are_not_suggested_as_figures(tmp_path: Path) -> None:
    lesson, _written = _made(tmp_path)
    figures = " | ".join(_answers(lesson, "unsourced_figure"))
    for date in ("2023", "2020", "2019", "19", "21st", "10 November"):
        assert date not in figures
    distractors = [lesson.article.quote(d.quote) for e in lesson.exercises for d in e.distractors]
    assert "September 19, 2023" in distractors and "10 November 2020" in distractors


def test_a_figure_in_a_sentence_with_according_to_is_not_suggested(tmp_path: Path) -> None:
    lesson, _written = _made(tmp_path)
    exercise = next(e for e in lesson.exercises if e.type == "unsourced_figure")
    text = lesson.article.text
    sourced = text.index("15% on roads")
    assert all(not a.quote.start <= sourced < a.quote.end for a in exercise.answers)
    unsourced = text.index("15% since January")
    assert any(a.key.start == unsourced for a in exercise.answers)
    assert "Around 40%" in _answers(lesson, "unsourced_figure")


def test_number_words_are_suggested(tmp_path: Path) -> None:
    lesson, _written = _made(tmp_path)
    assert "Six thousand" in _keys(lesson, "unsourced_figure")
    article = ("Storm hits coast\n\nBy Sam Lee\n\nThe storm damaged twenty-five homes and left two hundred "
               "and fifty families without power. No one was hurt, and the one-sided debate went on.\n")
    lesson, _written = _made(tmp_path, article, "storm")
    keys = _keys(lesson, "unsourced_figure")
    assert "twenty-five" in keys and "two hundred and fifty" in keys
    assert all("one" not in key.split() for key in keys)


def test_disclaimer_is_found_and_the_piece_is_marked_opinion(tmp_path: Path) -> None:
    lesson, _written = _made(tmp_path)
    assert _answers(lesson, "opinion_disclaimer") == [
        "The views in this column are the author's own and do not necessarily reflect those of the "
        "Riverside Gazette."]
    choice = lesson.exercises[-1]
    assert [o.text for o in choice.options if o.correct] == ["An opinion piece"]


def test_a_piece_that_signs_off_as_a_press_release_is_marked_one(tmp_path: Path) -> None:
    release = ("Pembe Air launches a daily route\n\nPembe Air has today announced a new daily service. Fares "
               "start from KSh 5,999. \"We are thrilled,\" said chief executive Daniel Mutai.\n\n-ENDS-\n\n"
               "About Pembe Air\n\nPembe Air is a regional airline with a fleet of six aircraft.\n")
    lesson, written = _made(tmp_path, release, "release")
    choice = lesson.exercises[-1]
    assert [o.text for o in choice.options if o.correct] == ["A press release"]
    assert "signs off as a press release" in written
    assert not any("5,999" in figure for figure in _answers(lesson, "unsourced_figure"))  # the fare: the offer


@pytest.mark.parametrize("note", [
    "Dgħajsa Books sent me a review copy of this novel free of charge.",
    "The writer was a guest of Harbourlight Lok Wan. The hotel had no say in what was written.",
    "Our reviewer's meal was paid for by the Thornleigh Evening Gazette.",
])
def test_a_review_s_disclosure_asks_what_the_writer_was_given(tmp_path: Path, note: str) -> None:
    review = f"A quiet novel\n\nI loved this book. I read it in two nights, and I wept.\n\n{note}\n"
    lesson, _written = _made(tmp_path, review, "review")
    disclaimer = next(e for e in lesson.exercises if e.type == "opinion_disclaimer")
    assert disclaimer.prompt == "Select the sentence that tells you what the writer was given, or who paid for it."
    choice = lesson.exercises[-1]
    assert [o.text for o in choice.options if o.correct] == ["An opinion piece"]


def test_a_piece_that_says_it_was_paid_for_is_marked_an_advertisement(tmp_path: Path) -> None:
    appeal = ("Winter is coming to Laurel Fork\n\nThe pantry fed 412 families last winter. A gift of $25 feeds a "
              "family for a week.\n\nThis appeal was paid for by the Laurel Fork Community Food Pantry.\n")
    lesson, written = _made(tmp_path, appeal, "appeal")
    choice = lesson.exercises[-1]
    assert [o.text for o in choice.options if o.correct] == ["An advertisement"]
    assert "the text says it was paid for" in written
    disclaimer = next(e for e in lesson.exercises if e.type == "opinion_disclaimer")
    assert disclaimer.prompt == "Select the sentence that tells you who paid for this piece."


def test_a_note_that_gives_no_advice_is_no_opinion_disclaimer(tmp_path: Path) -> None:
    report = ("Sleep study\n\nTeenagers slept 48 minutes less than a decade ago, the study found.\n\n"
              "This article is for information only and is not a substitute for professional medical advice.\n")
    lesson, written = _made(tmp_path, report, "sleep")
    choice = lesson.exercises[-1]
    assert [o.text for o in choice.options if o.correct] == ["A news report"]
    assert "the text has an opinion disclaimer" not in written
    disclaimer = next(e for e in lesson.exercises if e.type == "opinion_disclaimer")
    assert "what this text does not promise" in disclaimer.prompt  # not "the writer's own opinion"


def test_a_platform_s_note_asks_what_the_page_does_not_promise(tmp_path: Path) -> None:
    appeal = ("Roof for the school\n\nThe storm took the roof off our classroom. Please give what you can.\n\n"
              "KindlyFund does not verify the claims made on campaign pages.\n")
    lesson, _written = _made(tmp_path, appeal, "appeal")
    disclaimer = next(e for e in lesson.exercises if e.type == "opinion_disclaimer")
    assert disclaimer.prompt.startswith("Select the note that tells you what this text does not promise")



def test_a_post_in_the_writers_own_voice_is_marked_opinion_and_the_teacher_is_told_to_read_for_phrases(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    post = ("Enough is enough\n\nI have lived on Mill Lane for twenty years. Our tunnel is dangerous and "
            "filthy, and you would think someone at the council cared. Why does nobody answer my emails?\n")
    lesson, written = _made(tmp_path, post, "post")
    choice = lesson.exercises[-1]
    assert [o.text for o in choice.options if o.correct] == ["An opinion piece"]
    assert "the writer speaks in their own voice" in written
    assert "dangerous" in _answers(lesson, "loaded_language")[0]
    assert "whole phrases (sarcasm" in capsys.readouterr().err


def test_a_news_report_gets_no_opinion_note(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = ("Driver banned\n\nA van driver admitted dangerous driving at Castleford Crown Court on Monday. "
              "He was banned for two years, the court heard.\n")
    lesson, written = _made(tmp_path, report, "report")
    assert [o.text for o in lesson.exercises[-1].options if o.correct] == ["A news report"]
    assert _answers(lesson, "loaded_language") == []
    assert "whole phrases" not in capsys.readouterr().err


def test_loaded_words_come_from_the_word_list_quotations_included(tmp_path: Path) -> None:
    # A loaded word in a quotation is still one to notice (and then ask who used it), as the evaluation
    # set's keys count it. Loaded words side by side carry one judgement, so they are one answer.
    article = ("Council row\n\nThe brazen regime ignored residents. \"They are thugs,\" said Ana Ruiz, "
               "while the council met for 3 hours.\n")
    lesson, _written = _made(tmp_path, article)
    assert _answers(lesson, "loaded_language") == ["brazen regime", "thugs"]


def test_overwriting_is_refused_without_force(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = _write(tmp_path, PASTED)
    output = tmp_path / "lesson.yaml"
    output.write_text("my own work\n", encoding="utf-8")
    assert main(["new", str(article), "-o", str(output)]) == 1
    assert "already exists" in capsys.readouterr().err
    assert output.read_text(encoding="utf-8") == "my own work\n"
    assert main(["new", str(article), "-o", str(output), "--force"]) == 0
    assert output.read_text(encoding="utf-8").startswith("# yaml-language-server")


@pytest.mark.parametrize("content, message", [
    (None, "no such file"),
    ("", "empty"),
    ("\ufeff\r\n   \r\n", "empty"),
    ("*** ---->\nShare  Tweet\n", "empty"),
    ("Just a headline\n", "no text"),
    ("\x00\x01binary", "not a text file"),
])
def test_bad_input_gives_a_message_not_a_traceback(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                   content: str | None, message: str) -> None:
    article = tmp_path / "article.txt"
    if content is not None:
        article.write_bytes(content.encode("utf-8"))
    output = tmp_path / "lesson.yaml"
    assert main(["new", str(article), "-o", str(output)]) == 1
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    assert not output.exists()


@pytest.mark.parametrize("kind, message", [
    ("folder", "is a folder"),
    ("big", "over 500 kB"),
    pytest.param("pipe", "not a text file", marks=pytest.mark.skipif(not hasattr(os, "mkfifo"),
                                                                      reason="named pipes are a Unix thing")),
])
def test_an_article_that_is_no_text_file_is_refused_at_once(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                           kind: str, message: str) -> None:
    """The article is read as every file a user names is (``read_regular_file``): a named pipe with no
    writer, which a plain open() would wait on forever, is refused at once."""
    article = tmp_path / "article.txt"
    if kind == "folder":
        article.mkdir()
    elif kind == "big":
        article.write_text("Headline\n\n" + "word " * 120_000, encoding="utf-8")
    else:
        os.mkfifo(article)
    assert main(["new", str(article), "-o", str(tmp_path / "lesson.yaml")]) == 1
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


def test_unwritable_output_gives_a_message(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = _write(tmp_path, PASTED)
    assert main(["new", str(article), "-o", str(tmp_path / "missing-folder" / "x.yaml")]) == 1
    assert "cannot write" in capsys.readouterr().err


def test_seed_article_masthead_is_found_among_the_debris() -> None:
    seed = FIXTURES / "seed-article.txt"
    pasted = parse_pasted(seed.read_text(encoding="utf-8-sig"))
    assert pasted.publication == "The Daily Tribune"
    assert pasted.byline == "Shaheen Abdullayev"
    assert not pasted.headline.startswith("*")


def test_every_quote_is_unique_even_when_the_text_repeats(tmp_path: Path) -> None:
    article = ("Numbers again\n\nThe club has 40 members. The choir has 40 members. The band has 40 members "
               "and a terrible, terrible drummer.\n")
    lesson, written = _made(tmp_path, article)
    assert len(_answers(lesson, "unsourced_figure")) == 3
    assert "prefix:" in written or "occurrence:" in written


def test_parse_problems_are_scaffold_problems() -> None:
    with pytest.raises(ScaffoldProblem):
        parse_pasted("\n\n*** ---->\n")
