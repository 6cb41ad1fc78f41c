"""The teacher's command line: `answers --json`, `grade` and `schema` print what the format document says."""

from __future__ import annotations

import json

import pytest

from literacy_app.cli import main
from literacy_app.core.loader import read_lesson
from tests.support.lessons import DOC_EXAMPLE, FIXTURES

GRADING = FIXTURES / "valid" / "grading.yaml"


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def run_json(capsys, *args: str):
    code, out, err = run(capsys, *args)
    assert code == 0, err
    return json.loads(out)


@pytest.mark.parametrize("path", [DOC_EXAMPLE, GRADING])
def test_answers_json_has_the_documented_shape(capsys, path):
    key = run_json(capsys, "answers", str(path), "--json")
    lesson = read_lesson(path).lesson
    text = lesson.article.text
    assert set(key) == {"id", "format", "rules", "exercises"} and key["id"] == lesson.id
    assert key["rules"] == {"show_answer": lesson.rules.show_answer, "retry": lesson.rules.retry}
    assert [e["id"] for e in key["exercises"]] == [e.id for e in lesson.exercises]
    for shown, exercise in zip(key["exercises"], lesson.exercises):
        assert set(shown) == {"id", "type", "unit", "pass_score", "answers", "distractors", "options"}
        assert shown["pass_score"] == exercise.pass_score
        assert shown["type"] == exercise.type
        assert len(shown["answers"]) == len(exercise.answers)
        for answer in shown["answers"]:
            assert set(answer) == {"text", "start", "end", "keys"}
            for key_ in answer["keys"]:
                assert key_["text"] == text[key_["start"]:key_["end"]] != ""
                assert answer["start"] <= key_["start"] < key_["end"] <= answer["end"]
            assert answer["text"] == text[answer["start"]:answer["end"]] != ""
        for distractor in shown["distractors"]:
            assert set(distractor) == {"text", "start", "end", "feedback"}
            assert distractor["text"] == text[distractor["start"]:distractor["end"]] != ""
            assert distractor["feedback"]
        assert [o["text"] for o in shown["options"]] == [o.text for o in exercise.options]
        assert [o["correct"] for o in shown["options"]] == [o.correct for o in exercise.options]


def test_answers_json_of_the_doc_example(capsys):
    key = run_json(capsys, "answers", str(DOC_EXAMPLE), "--json")
    by_id = {e["id"]: e for e in key["exercises"]}
    assert [a["text"] for a in by_id["who-said-it"]["answers"]] == ["said Mayor Ana Ruiz"]
    assert [a["text"] for a in by_id["unsourced-figures"]["answers"]] == ["Around 40%", "15%"]
    figures = by_id["unsourced-figures"]
    assert figures["distractors"][0]["start"] < figures["answers"][1]["start"]  # occurrence 1 vs "dropped "
    assert by_id["disclaimer"]["answers"][0]["text"] == "The views in this column are the author's own"
    assert [o["correct"] for o in by_id["genre"]["options"]] == [False, True, False]


def test_answers_keep_offsets_in_code_points_after_emoji(capsys, tmp_path):
    path = tmp_path / "emoji.yaml"
    path.write_text(GRADING.read_text(encoding="utf-8").replace("Officials said", "Officials 😀🎉 said"),
                    encoding="utf-8")
    key = run_json(capsys, "answers", str(path), "--json")
    text = read_lesson(path).lesson.article.text
    answer = key["exercises"][0]["answers"][0]
    assert answer["text"] == "the mayor Ana Ruiz" == text[answer["start"]:answer["end"]]


def test_grade_select_prints_the_documented_shape(capsys):
    result = run_json(capsys, "grade", str(GRADING), "who", "--select", "Ana Ruiz", "yesterday")
    assert set(result) == {"score", "passed", "selections", "missed"}
    assert result["score"] == 0.0 and result["passed"] is False  # max(0, 1 - 1) / 2
    assert result["selections"] == [
        {"text": "Ana Ruiz", "verdict": "correct", "feedback": "Yes, the mayor made the decision."},
        {"text": "yesterday", "verdict": "wrong", "feedback": "That is not a person."},
    ]
    assert result["missed"] == ["Dr. Lee"]


def test_grade_span_prints_the_text_of_each_span(capsys):
    text = read_lesson(GRADING).lesson.article.text
    start = text.index("Dr. Lee")
    ana = text.index("Ana Ruiz")
    result = run_json(capsys, "grade", str(GRADING), "who", "--span", f"{start}:{start + 7}",
                      f"{ana}:{ana + 8}")
    assert [s["text"] for s in result["selections"]] == ["Dr. Lee", "Ana Ruiz"]
    assert [s["verdict"] for s in result["selections"]] == ["correct", "correct"]
    assert result["score"] == 1.0 and result["passed"] is True and result["missed"] == []


def test_grade_a_partial_and_pass_score(capsys):
    result = run_json(capsys, "grade", str(GRADING), "figure", "--select", "15% in the U.S. last year")
    assert result["selections"][0]["verdict"] == "partial"
    assert result["score"] == 0.5 and result["passed"] is True


def test_grade_a_choice_by_option_texts(capsys):
    result = run_json(capsys, "grade", str(GRADING), "pick", "--select", "The mayor approved the plan.",
                      "Rents fell.")
    assert result["score"] == 0.0 and result["passed"] is False
    assert [(s["text"], s["verdict"]) for s in result["selections"]] == [
        ("The mayor approved the plan.", "correct"), ("Rents fell.", "wrong")]
    assert result["selections"][1]["feedback"] == "Read the second sentence again."
    assert result["missed"] == ["Dr. Lee disagreed."]


def test_grade_the_doc_example_by_quotes(capsys):
    result = run_json(capsys, "grade", str(DOC_EXAMPLE), "unsourced-figures", "--select", "Around 40%",
                      "dropped 15%")
    assert result["passed"] is True and [s["verdict"] for s in result["selections"]] == ["correct", "correct"]


@pytest.mark.parametrize("args, gist", [
    (["unsourced-figures", "--select", "15%"], '"15%" is in the article 2 times'),
    (["unsourced-figures", "--select", "16%"], '"16%" is not in the article'),
    (["nope", "--span", "0:3"], "there is no exercise 'nope'"),
    (["who-said-it", "--span", "5:2"], "--span 5:2 is outside the article text"),
    (["who-said-it", "--span", "0:100000"], "outside the article text"),
    (["who-said-it", "--span", "three"], "--span takes START:END"),
    (["genre", "--select", "A poem"], '"A poem" is not an option'),
    (["genre", "--span", "0:3"], "name options with --select"),
])
def test_grade_mistakes_exit_2_with_a_message(capsys, args, gist):
    code, out, err = run(capsys, "grade", str(DOC_EXAMPLE), *args)
    assert code == 2 and out == ""
    assert gist in err and "Traceback" not in err


def test_grade_and_answers_of_a_broken_lesson_exit_1_with_its_problems(capsys, tmp_path):
    path = tmp_path / "broken.yaml"
    path.write_text(DOC_EXAMPLE.read_text(encoding="utf-8").replace("format: 1", "format: 9"), encoding="utf-8")
    for args in (["answers", str(path), "--json"], ["grade", str(path), "genre", "--select", "A news report"]):
        with pytest.raises(SystemExit) as stopped:
            main(args)
        assert stopped.value.code == 1
        out, err = capsys.readouterr()
        assert out == "" and f"{path}:2:9: error: this lesson is written in format 9" in err


def test_schema_prints_the_bundled_schema(capsys):
    schema = run_json(capsys, "schema")
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert set(schema["required"]) == {"format", "id", "title", "language", "article", "exercises"}
