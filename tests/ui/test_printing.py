"""Worksheets: the PDF a teacher prints holds the article and every exercise; only the teacher's copy holds
the answers, the distractors' feedback and the teacher notes."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from literacy_app.cli import main
from literacy_app.core.loader import load_lesson
from literacy_app.core.model import Lesson
from literacy_app.ui.printing import WorksheetProblem, worksheet_document, write_worksheet

LESSON = """\
format: 1
id: city-cycle-lanes
title: "Who says so? Reading an opinion column"
language: en
level: "Ages 13+"
minutes: 15
teacher_notes: |
  Ask which figure the class would check first.
  Expect students to miss the second percentage.
article:
  headline: "Why our city needs more cycle lanes"
  publication: Riverside Gazette
  byline: Dana Okafor
  date: "2024-03-05"
  section: Opinion
  source: "Practice text written for this app"
  body: |
    Our city council voted on Tuesday to build 12 km of new cycle lanes.
    "This will make our streets safer," said Mayor Ana Ruiz after the vote.

    ## Numbers

    According to a council report, crashes fell by 15% on roads that
    got lanes in 2019. Around 40% of residents already cycle to work,
    and traffic on Main Street has dropped 15% since January.

    (The views in this column are the author's own and do not
    necessarily reflect those of the Riverside Gazette.)
exercises:
  - id: who-said-it
    type: attribution
    prompt: Select the words that tell you who says the lanes make streets safer.
    answers:
      - quote: said Mayor Ana Ruiz
        key: Mayor Ana Ruiz
    distractors:
      - quote: Our city council
        feedback: The council voted, but the safety claim comes from someone else.
    explanation: An attribution names who is responsible for a claim.
  - id: unsourced-figures
    type: unsourced_figure
    prompt: Select every figure that is given without a source.
    answers:
      - quote: "Around 40%"
        key: "40%"
      - quote: "15%"
        prefix: "dropped "
    distractors:
      - quote: "15%"
        occurrence: 1
        feedback: This one has a source in the same sentence.
  - id: disclaimer
    type: opinion_disclaimer
    prompt: Select the sentence that tells you this column is the writer's opinion.
    answers:
      - quote: The views in this column are the author's own
  - id: genre
    type: choice
    prompt: What kind of piece is this?
    options:
      - text: A news report
        feedback: A news report would not carry a disclaimer about the author's views.
      - text: An opinion column
        correct: true
      - text: An advertisement
"""


@pytest.fixture
def lesson(tmp_path: Path) -> Lesson:
    path = tmp_path / "cycle-lanes.yaml"
    path.write_text(LESSON, encoding="utf-8")
    return load_lesson(path)


def pdf_text(path: Path) -> str:
    """The PDF's text with white space collapsed, so wrapped lines read as one, and ligatures ("ﬁ") undone."""
    text = " ".join(page.extract_text() or "" for page in PdfReader(path).pages)
    return " ".join(unicodedata.normalize("NFKC", text).split())


def test_student_copy_has_the_headline_and_every_prompt_but_no_answers(qapp, lesson: Lesson,
                                                                       tmp_path: Path) -> None:
    output = tmp_path / "student.pdf"
    write_worksheet(lesson, output, answers=False)
    text = pdf_text(output)
    assert lesson.title in text
    assert "Why our city needs more cycle lanes" in text
    assert "Riverside Gazette" in text and "Dana Okafor" in text
    assert "Numbers" in text  # the subheading
    for exercise in lesson.exercises:
        assert exercise.prompt in text
    for option in ("A news report", "An opinion column", "An advertisement"):
        assert option in text
    assert "Ask which figure the class would check first" not in text
    assert "someone else" not in text
    assert "has a source in the same sentence" not in text
    assert "would not carry a disclaimer" not in text
    assert "An attribution names who is responsible" not in text


def test_teacher_copy_has_answers_feedback_explanations_and_notes(qapp, lesson: Lesson, tmp_path: Path) -> None:
    output = tmp_path / "teacher.pdf"
    write_worksheet(lesson, output, answers=True)
    text = pdf_text(output)
    for exercise in lesson.exercises:
        assert exercise.prompt in text
    assert "Ask which figure the class would check first." in text
    assert "Expect students to miss the second percentage." in text
    assert "said Mayor Ana Ruiz" in text and "Around 40%" in text
    assert "The views in this column are the author's own" in text
    assert "The council voted, but the safety claim comes from someone else." in text
    assert "This one has a source in the same sentence." in text
    assert "An attribution names who is responsible for a claim." in text
    assert re.search(r"An opinion column \(correct\)", text)
    assert "[1]" in text and "[2]" in text  # answers are numbered in the article


def test_the_article_marks_answers_only_in_the_teachers_copy(qapp, lesson: Lesson) -> None:
    student = worksheet_document(lesson, answers=False).toHtml()
    teacher = worksheet_document(lesson, answers=True).toHtml()
    assert "underline" in teacher and "[2]" in teacher
    assert "[2]" not in student


def test_command_line_writes_pdfs_and_reports_problems(qapp, tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    lesson_path = tmp_path / "cycle-lanes.yaml"
    lesson_path.write_text(LESSON, encoding="utf-8")
    output = tmp_path / "sheet.pdf"
    assert main(["print", str(lesson_path), "-o", str(output), "--answers"]) == 0
    assert output.read_bytes().startswith(b"%PDF")

    assert main(["print", str(lesson_path), "-o", str(tmp_path / "no-such-folder" / "sheet.pdf")]) == 1
    assert "cannot write" in capsys.readouterr().err

    broken = tmp_path / "broken.yaml"
    broken.write_text(LESSON.replace("type: choice", "type: quiz"), encoding="utf-8")
    with pytest.raises(SystemExit) as stopped:
        main(["print", str(broken), "-o", str(tmp_path / "broken.pdf")])
    assert stopped.value.code == 1
    err = capsys.readouterr().err
    assert "broken.yaml" in err and "quiz" in err and "Traceback" not in err
    assert not (tmp_path / "broken.pdf").exists()


def test_unwritable_output_raises_a_worksheet_problem(qapp, lesson: Lesson, tmp_path: Path) -> None:
    with pytest.raises(WorksheetProblem):
        write_worksheet(lesson, tmp_path / "missing" / "x.pdf")


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm is not installed")
def test_a_page_renders_to_an_image(qapp, lesson: Lesson, tmp_path: Path) -> None:
    output = tmp_path / "teacher.pdf"
    write_worksheet(lesson, output, answers=True)
    subprocess.run(["pdftoppm", "-r", "40", "-png", "-f", "1", "-l", "1", str(output), str(tmp_path / "page")],
                   check=True)
    pages = list(tmp_path.glob("page*.png"))
    assert pages and pages[0].stat().st_size > 1000
