"""One test per rule of "What 1.1 changed" in docs/lesson-format.md: lists of keys, every word of a key,
merging, one selection for several answers, rules, teacher notes as paragraphs, explanations and the
frozen score, and the warnings a format 1 lesson gets."""

from __future__ import annotations

from pathlib import Path

import pytest

from literacy_app.core.feedback import exercise_feedback, score_sum
from literacy_app.core.grading import Selection, grade
from literacy_app.core.lesson_cache import LessonCache
from literacy_app.core.model import Lesson, note_blocks
from literacy_app.core.session import LessonSession
from tests.support.lessons import LESSON, assert_problem, load, loads_cleanly, span_exercise, where

SIX = Path(__file__).resolve().parents[1] / "cli" / "fixtures" / "six-cases-1.1.yaml"
LESSON_11 = LESSON.replace("format: 1", "format: 1.1")


def six() -> Lesson:
    lesson = loads_cleanly(SIX.read_text(encoding="utf-8")).lesson
    assert lesson is not None
    return lesson


def sel(lesson: Lesson, phrase: str) -> Selection:
    start = lesson.article.text.index(phrase)
    return Selection(start, start + len(phrase))


def check(lesson: Lesson, exercise_id: str, *phrases: str):  # type: ignore[no-untyped-def]
    exercise = lesson.exercise(exercise_id)
    assert exercise is not None
    return grade(lesson.article, exercise, [sel(lesson, p) for p in phrases])


# --- 1. a list of keys ------------------------------------------------------------------------------

def test_a_list_of_keys_loads_each_key_inside_the_quote():
    lesson = six()
    answer = lesson.exercise("who").answers[0]
    assert [lesson.article.quote(k) for k in answer.keys] == ["Researchers", "Oregon State University"]
    assert answer.key == answer.keys[0]


def test_a_key_written_as_a_block_list_loads_too():
    text = span_exercise("      - quote: said Mayor Ana Ruiz\n        key:\n          - Mayor\n          - Ana Ruiz\n")
    lesson = loads_cleanly(text.replace("format: 1", "format: 1.1")).lesson
    assert [lesson.article.quote(k) for k in lesson.exercises[0].answers[0].keys] == ["Mayor", "Ana Ruiz"]


def test_an_empty_list_of_keys_is_an_error():
    text = span_exercise("      - quote: said Mayor Ana Ruiz\n        key: []\n").replace("format: 1", "format: 1.1")
    assert_problem(text, where(text, "[]"), "the list of keys is empty")


def test_a_listed_key_outside_its_quote_points_at_that_key():
    text = span_exercise("      - quote: said Mayor Ana Ruiz\n        key:\n          - Mayor\n          - Tuesday\n")
    text = text.replace("format: 1", "format: 1.1")
    line, column = where(text, "- Tuesday")
    assert_problem(text, (line, column + 2), 'the key "Tuesday" is not inside its quote')


def test_any_one_listed_key_is_enough():
    lesson = six()
    for phrase in ("Researchers", "Oregon State University", "Researchers at Oregon State University"):
        assert check(lesson, "who", phrase).passed, phrase
    assert [s.verdict for s in check(lesson, "who", "State University").selections] == ["partial"]


# --- 2. every word of a key; without a key, half the quote ------------------------------------------

def test_every_word_of_a_key_is_needed():
    lesson = six()
    assert [s.verdict for s in check(lesson, "loaded", "national").selections] == ["partial"]
    assert check(lesson, "loaded", "national calamity").passed
    assert check(lesson, "loaded", "a national calamity").passed


def test_without_a_key_half_the_quote_is_enough():
    lesson = six()
    result = check(lesson, "experts", "Amy Lo", "Ben Kahn", "Carla")  # 2 of 3, 2 of 3, 1 of 3 words
    assert [s.verdict for s in result.selections] == ["correct", "correct", "partial"]


# --- 3. merging --------------------------------------------------------------------------------------

def test_adjacent_selections_merge():
    result = check(six(), "loaded", "national", "calamity")
    assert result.passed and result.wrong == 0
    assert len({s.group for s in result.selections}) == 1


def test_selections_inside_one_quote_merge_even_apart():
    result = check(six(), "who", "Researchers", "University")  # "at Oregon State" between them
    assert result.passed and {s.verdict for s in result.selections} == {"correct"}


def test_the_same_words_twice_are_never_wrong():
    lesson = six()
    exercise = lesson.exercise("loaded")
    twice = grade(lesson.article, exercise, [sel(lesson, "national calamity")] * 2)
    assert twice.score == 1.0 and twice.wrong == 0


def test_a_wrong_selection_counts_once_however_it_was_made():
    result = check(six(), "loaded", "national calamity", "sleep", "less")  # "sleep less": one, merged
    assert result.wrong == 1 and result.score == 0.0 and result.selections[1].group == result.selections[2].group


def test_a_wrong_word_touching_a_right_selection_is_merged_into_it():
    # "national calamity for families": 2 of its 4 words inside the quote, so still correct (rule 4's half)
    assert check(six(), "loaded", "national calamity", "for families").passed


# --- 4. one selection for several answers -----------------------------------------------------------

def test_one_selection_is_correct_for_two_answers():
    lesson = six()
    result = check(lesson, "disclaimer", "The views expressed here are the writer's own. They do not reflect")
    assert result.found == (0, 1) and result.passed and result.selections[0].answers == (0, 1)


def test_one_selection_with_too_much_outside_is_partial():
    lesson = six()
    start = lesson.article.text.index("Dr. Amy Lo")
    result = grade(lesson.article, lesson.exercise("experts"), [Selection(0, start + len("Dr. Amy Lo"))])
    assert [s.verdict for s in result.selections] == ["partial"] and result.partly == (0,)


# --- 5. rules ----------------------------------------------------------------------------------------

def test_rules_default_to_allowing_both():
    rules = loads_cleanly(LESSON).lesson.rules
    assert (rules.show_answer, rules.retry) == (True, True)


def test_rules_can_turn_off_show_answer_and_try_again():
    text = LESSON_11.replace("exercises:\n", "rules:\n  show_answer: false\n  retry: false\nexercises:\n")
    lesson = loads_cleanly(text).lesson
    assert (lesson.rules.show_answer, lesson.rules.retry) == (False, False)
    session = LessonSession(lesson)
    assert session.show_answer() is False and not session.state.answer_shown
    session.add_selection(*sel(lesson, "Mayor")[:2])
    assert session.try_again() is False and len(session.state.selections) == 1


@pytest.mark.parametrize("rules, gist", [
    ("rules:\n  show_answers: false\n", "Did you mean 'show_answer'?"),
    ("rules:\n  retry: no\n", "write 'false' instead of 'no'"),
    ("rules: strict\n", "the rules should be a group of fields"),
])
def test_a_mistake_in_rules_is_reported(rules, gist):
    text = LESSON_11.replace("exercises:\n", rules + "exercises:\n")
    problems = [p for p in load(text).problems if p.is_error]
    assert len(problems) == 1 and gist in problems[0].message, problems


# --- 6. teacher notes --------------------------------------------------------------------------------

def test_teacher_notes_are_paragraphs_items_and_subheadings():
    notes = "## Context\nA practice text,\nwritten for the app.\n\n1. Who speaks?\n   Look at the verbs.\n- Which figure?\n"
    assert note_blocks(notes) == (("subheading", "Context"), ("paragraph", "A practice text, written for the app."),
                                  ("item", "1. Who speaks? Look at the verbs."), ("item", "- Which figure?"))
    text = LESSON.replace("language: en\n", "language: en\nteacher_notes: |\n  One\n  line.\n\n  Two.\n")
    assert loads_cleanly(text).lesson.teacher_notes == "One line.\n\nTwo."


# --- 7. explanations and the frozen score (the session and what the panel is told) ------------------

def test_the_explanation_waits_for_a_pass_or_show_answer():
    lesson = six()
    session = LessonSession(lesson)
    session.go_to(3)
    session.add_selection(*sel(lesson, "Amy")[:2])
    session.check()
    said = exercise_feedback(session)
    assert said.explanation is None
    assert said.missing == ("2 answers are still missing. You can select more words and Check again, or press "
                            "Show answer to see them all.")
    session.show_answer()
    assert exercise_feedback(session).explanation and exercise_feedback(session).missing is None


def test_show_answer_freezes_the_score_and_try_again_keeps_the_record():
    lesson = six()
    session = LessonSession(lesson)
    session.go_to(1)
    session.add_selection(*sel(lesson, "national")[:2])
    session.check()
    assert session.state.best_score == 0.5
    session.show_answer()
    session.try_again()
    session.add_selection(*sel(lesson, "national calamity")[:2])
    result = session.check()
    assert result.passed  # the Check still says what is right
    assert (session.state.best_score, session.state.passed, session.state.answer_shown) == (0.5, False, True)
    attempt = session.attempts[-1]
    assert (attempt.answer_shown, attempt.score, attempt.passed, attempt.check_score) == (True, 0.5, False, 1.0)
    assert session.attempts[0].answer_shown is False
    assert "stays 50%" in (exercise_feedback(session).frozen or "")


def test_show_answer_before_any_check_records_zero():
    session = LessonSession(six())
    session.show_answer()
    assert session.state.best_score == 0.0 and session.state.checked


def test_a_hint_is_offered_only_while_hints_remain():
    text = LESSON_11 + "    hints:\n      - Look for said.\n"
    lesson = loads_cleanly(text).lesson
    session = LessonSession(lesson)
    session.add_selection(*sel(lesson, "Tuesday")[:2])
    session.check()
    assert exercise_feedback(session).can_hint and "ask for a hint" in (exercise_feedback(session).missing or "")
    session.hint()
    session.check()
    assert not exercise_feedback(session).can_hint and "hint" not in (exercise_feedback(session).missing or "")


@pytest.mark.parametrize("phrases, said", [
    (["Dr. Amy Lo", "Professor Ben Kahn", "Carla"], "2 found, 1 partly: 2 + 0.5 = 2.5 of 3"),
    (["Dr. Amy Lo", "Professor Ben Kahn", "Carla", "teenagers"], "2 found, 1 partly, 1 wrong: 2 + 0.5 − 1 = 1.5 of 3"),
    (["Dr. Amy Lo"], "1 found of 3"),
    (["Amy", "families", "phones"], "0 found, 1 partly, 2 wrong: 0 + 0.5 − 2 = −1.5, which counts as 0 of 3"),
])
def test_the_score_sum_in_words(phrases, said):
    result = check(six(), "experts", *phrases)
    assert score_sum(result) == said
    assert result.score == pytest.approx(max(0.0, result.points) / 3)


# --- 8. the cache keeps what 1.1 added ---------------------------------------------------------------

def test_the_cache_keeps_keys_rules_and_format(tmp_path):
    text = SIX.read_text(encoding="utf-8").replace("exercises:\n", "rules:\n  retry: false\nexercises:\n")
    path = tmp_path / "six.yaml"
    path.write_text(text, encoding="utf-8")
    cache = LessonCache(tmp_path / "cache")
    first, second = cache.read(path), cache.read(path)
    assert first.lesson == second.lesson and second.lesson is not None
    assert second.lesson.rules.retry is False and second.lesson.format == "1.1"
    assert len(second.lesson.exercise("who").answers[0].keys) == 2


# --- warnings for format 1 lessons -------------------------------------------------------------------

def test_a_format_1_lesson_is_warned_about_a_key_of_several_words_only():
    text = span_exercise("      - quote: said Mayor Ana Ruiz\n        key: Ana Ruiz\n"
                         "      - quote: Tuesday\n        key: Tuesday\n")
    problem = assert_problem(text, (where(text, "key: Ana")[0], 14), "all 2 words of the key \"Ana Ruiz\"",
                             "key: [Ana, Ruiz]", "format: 1.1", severity="warning")
    assert problem.severity == "warning"
    loads_cleanly(text.replace("format: 1", "format: 1.1"))


def test_a_1_1_feature_under_format_1_is_a_warning_where_it_stands():
    text = span_exercise("      - quote: said Mayor Ana Ruiz\n        key: [Mayor, Ruiz]\n")
    assert_problem(text, (where(text, "[Mayor")[0], 14), "a list of keys is new in lesson format 1.1",
                   severity="warning")


def test_saved_progress_keeps_the_answer_shown_and_the_frozen_score(tmp_path):
    from literacy_app.core.progress import ProgressStore

    lesson = six()
    session = LessonSession(lesson)
    session.go_to(1)
    session.show_answer()
    session.try_again()
    session.add_selection(*sel(lesson, "national calamity")[:2])
    session.check()
    store = ProgressStore(tmp_path)
    store.save(session)
    resumed, notice = store.resume(lesson)
    assert notice is None
    state = resumed.states[1]
    assert (state.answer_shown, state.best_score, state.passed) == (True, 0.0, False)
    assert resumed.attempts[-1].answer_shown and resumed.attempts[-1].check_score == 1.0
    assert store.summary(lesson).score == 0.0
