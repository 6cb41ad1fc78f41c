"""Format 1.1 through the teacher's command line: the six cases of issue 10 graded by `grade`, the answer
key's new fields, and the warnings `validate` gives a format 1 lesson that would now grade differently."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from literacy_app.cli import main

HERE = Path(__file__).resolve().parent / "fixtures"
SIX_10 = str(HERE / "six-cases.yaml")  # format 1: loads, with warnings
SIX_11 = str(HERE / "six-cases-1.1.yaml")
DISCLAIMER = "The views expressed here are the writer's own. They do not reflect the position of the Gazette."


def grade(capsys, lesson: str, exercise: str, *selected: str) -> dict:  # type: ignore[type-arg]
    assert main(["grade", lesson, exercise, "--select", *selected]) == 0
    return json.loads(capsys.readouterr().out)


def verdicts(result: dict) -> list[str]:  # type: ignore[type-arg]
    return [s["verdict"] for s in result["selections"]]


@pytest.mark.parametrize("lesson", [SIX_10, SIX_11])
def test_a_two_sentence_disclaimer_selected_whole_finds_both(capsys, lesson):
    result = grade(capsys, lesson, "disclaimer", DISCLAIMER)
    assert (result["score"], result["passed"], verdicts(result), result["missed"]) == (1.0, True, ["correct"], [])


def test_half_a_two_word_key_is_only_partly_right(capsys):
    result = grade(capsys, SIX_11, "loaded", "national")
    assert (verdicts(result), result["score"], result["passed"]) == (["partial"], 0.5, False)
    assert "select more of the important words" in result["selections"][0]["feedback"]


def test_a_key_selected_in_two_pieces_is_merged_and_correct(capsys):
    result = grade(capsys, SIX_11, "loaded", "national", "calamity")
    assert (verdicts(result), result["score"], result["passed"]) == (["correct", "correct"], 1.0, True)
    assert all("already selected" not in s["feedback"] for s in result["selections"])
    twice = grade(capsys, SIX_11, "loaded", "national calamity", "national calamity")
    assert twice["score"] == 1.0  # the same words twice are never wrong


@pytest.mark.parametrize("selected", ["Researchers", "Oregon State University", "Researchers at Oregon State University"])
def test_either_key_of_a_list_is_enough(capsys, selected):
    result = grade(capsys, SIX_11, "who", selected)
    assert (verdicts(result), result["passed"]) == (["correct"], True)


def test_only_part_of_each_listed_key_is_partial(capsys):
    assert verdicts(grade(capsys, SIX_11, "who", "Oregon State")) == ["partial"]


def test_a_wrong_selection_cancels_a_right_one_and_the_sum_says_so(capsys):
    result = grade(capsys, SIX_11, "who", "Oregon State University", "teenagers")
    assert verdicts(result) == ["correct", "wrong"] and result["score"] == 0.0


def test_answers_json_gives_format_rules_unit_pass_score_and_keys(capsys):
    assert main(["answers", SIX_11, "--json"]) == 0
    key = json.loads(capsys.readouterr().out)
    assert key["format"] == 1.1 and key["rules"] == {"show_answer": True, "retry": True}
    by_id = {e["id"]: e for e in key["exercises"]}
    assert by_id["disclaimer"]["unit"] == "sentence" and by_id["who"]["unit"] == "word"
    assert [k["text"] for k in by_id["who"]["answers"][0]["keys"]] == ["Researchers", "Oregon State University"]
    assert by_id["experts"]["answers"][0]["keys"] == []  # no key: half of the quote
    assert by_id["who"]["pass_score"] == 1.0
    assert main(["answers", SIX_10, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["format"] == 1


def test_validate_warns_where_a_format_1_lesson_now_grades_differently(capsys):
    assert main(["validate", SIX_10]) == 0  # warnings only
    out = capsys.readouterr().out
    assert out.count("warning:") == 2
    assert ':28:14: warning: since lesson format 1.1, a student must select all 2 words of the key "national calamity"' in out
    assert "key: [national, calamity]" in out
    assert main(["validate", SIX_11]) == 0
    assert "warning" not in capsys.readouterr().out


def test_a_1_1_feature_in_a_format_1_lesson_is_a_warning(tmp_path, capsys):
    text = Path(SIX_11).read_text(encoding="utf-8").replace("format: 1.1", "format: 1")
    text = text.replace("exercises:\n", "rules:\n  show_answer: false\nexercises:\n", 1)
    lesson = tmp_path / "l.yaml"
    lesson.write_text(text, encoding="utf-8")
    assert main(["validate", str(lesson)]) == 0
    out = capsys.readouterr().out
    assert "'rules' is new in lesson format 1.1" in out and "a list of keys is new in lesson format 1.1" in out
    assert main(["answers", str(lesson), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["rules"] == {"show_answer": False, "retry": True}
