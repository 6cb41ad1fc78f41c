"""One test per rule of lesson format 1.1 (docs/lesson-format.md): what loads, and for each mistake
the line, the column and the gist of what the teacher is told."""

from __future__ import annotations

import re
import unicodedata

import pytest

from literacy_app.core.library import duplicate_ids
from literacy_app.core.loader import parse_lesson, read_lesson
from literacy_app.core.yamlsource import MAX_BYTES
from tests.support.lessons import (
    DOC_EXAMPLE,
    HEAD,
    LESSON,
    assert_problem,
    load,
    loads_cleanly,
    only_problem,
    span_exercise,
    value_at,
    where,
)
from tests.support.paths import FORMAT_DOC


def _without_lines(text: str, first: str, stop: str | None) -> str:
    """``text`` without the lines from the one starting with ``first`` up to the one starting with ``stop``."""
    text = "\n" + text
    start = text.index("\n" + first) + 1
    end = text.index("\n" + stop, start) + 1 if stop else len(text)
    return (text[:start] + text[end:])[1:]


# --- a whole lesson ----------------------------------------------------------------------------------

def test_the_documented_example_loads_with_every_field():
    result = read_lesson(DOC_EXAMPLE)
    assert result.problems == []
    lesson = result.lesson
    assert lesson is not None
    assert (lesson.id, lesson.language, lesson.level, lesson.minutes) == ("city-cycle-lanes", "en", "Ages 13+", 15)
    assert lesson.title == "Who says so? Reading an opinion column"
    assert lesson.summary == "Spot who makes each claim and which numbers have no source."
    assert lesson.teacher_notes == ("Context, discussion questions, answers to expect. Wrapped lines of one "
                                    "paragraph are joined.\n\n- Who benefits from the new lanes?\n\n"
                                    "- Which figure would you check first?")
    assert [b.kind for b in lesson.teacher_note_blocks] == ["paragraph", "item", "item"]
    assert (lesson.format, lesson.rules.show_answer, lesson.rules.retry) == ("1.1", True, True)
    article = lesson.article
    assert article.headline == "Why our city needs more cycle lanes"
    assert (article.publication, article.byline, article.date, article.section, article.source) == (
        "Riverside Gazette", "Dana Okafor", "2024-03-05", "Opinion", "Practice text written for this app")
    assert [e.id for e in lesson.exercises] == ["who-said-it", "unsourced-figures", "disclaimer", "genre"]
    assert [e.type for e in lesson.exercises] == ["attribution", "unsourced_figure", "opinion_disclaimer", "choice"]
    who = lesson.exercises[0]
    assert who.hints == ("Find the sentence inside quotation marks.", 'Look for a verb such as "said" right after it.')
    assert who.explanation == "An attribution names who is responsible for a claim."
    assert who.pass_score == 1.0
    assert lesson.exercises[1].wrong_feedback == "That part of the text is not a figure without a source."


def test_article_text_joins_wrapped_lines_and_drops_the_subheading_marks(doc_example_text):
    article = loads_cleanly(doc_example_text).lesson.article
    assert article.text.split("\n\n") == [
        'Our city council voted on Tuesday to build 12 km of new cycle lanes. "This will make our streets '
        'safer," said Mayor Ana Ruiz after the vote.',
        "Numbers",
        "According to a council report, crashes fell by 15% on roads that got lanes in 2019. Around 40% of "
        "residents already cycle to work, and traffic on Main Street has dropped 15% since January.",
        "(The views in this column are the author's own and do not necessarily reflect those of the "
        "Riverside Gazette.)",
    ]
    assert [p.is_subheading for p in article.paragraphs] == [False, True, False, False]
    for paragraph in article.paragraphs:
        assert article.text[paragraph.start:paragraph.end] == paragraph.text


def test_tags_are_a_list_of_text():
    lesson = loads_cleanly(LESSON.replace("language: en\n", "language: en\ntags:\n  - sources\n  - local news\n")).lesson
    assert lesson.tags == ("sources", "local news")


def test_optional_fields_may_all_be_left_out():
    lesson = loads_cleanly(LESSON).lesson
    assert (lesson.level, lesson.minutes, lesson.summary, lesson.teacher_notes, lesson.tags) == (None, None, None, None, ())
    article = lesson.article
    assert (article.publication, article.byline, article.date, article.section, article.source) == (None,) * 5
    exercise = lesson.exercises[0]
    assert (exercise.hints, exercise.explanation, exercise.pass_score, exercise.distractors) == ((), None, 1.0, ())
    assert exercise.unit == "word" and exercise.wrong_feedback is None


@pytest.mark.parametrize("name, first, stop", [
    ("format", "format:", "id: city"),
    ("id", "id: city", "title:"),
    ("title", "title:", "language:"),
    ("language", "language:", "article:"),
    ("article", "article:", "exercises:"),
    ("exercises", "exercises:", None),
])
def test_a_missing_top_level_field_is_named(name, first, stop):
    assert_problem(_without_lines(LESSON, first, stop), (1, 1), f"the lesson is missing the field '{name}'")


@pytest.mark.parametrize("name, first, stop", [("headline", "  headline:", "  body:"), ("body", "  body:", "exercises:")])
def test_a_missing_article_field_is_named(name, first, stop):
    text = _without_lines(LESSON, first, stop)
    # the article's fields start on the line after 'article:', two spaces in
    assert_problem(text, (where(text, "article:")[0] + 1, 3), f"the article is missing the field '{name}'")


@pytest.mark.parametrize("name", ["id", "type", "prompt", "answers"])
def test_a_missing_exercise_field_is_named(name):
    fields = {"id": "id: ex", "type": "type: select", "prompt": "prompt: Find it.",
              "answers": "answers:\n      - quote: said Mayor Ana Ruiz"}
    del fields[name]
    text = HEAD + "  - " + "\n    ".join(fields.values()) + "\n"
    # the exercise's fields start just after its '- '
    assert_problem(text, (where(text, "\n  - ")[0] + 1, 5), f"missing the field '{name}'")


def test_the_answer_quote_is_required():
    text = span_exercise("      - key: Mayor Ana Ruiz\n")
    assert_problem(text, where(text, "key: Mayor"), "an answer is missing the field 'quote'")


# --- unknown fields ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, wrong, where_, expected", [
    (LESSON.replace("language: en\n", "language: en\nsumary: Spot the source.\n"), "sumary", "sumary",
     "'sumary' is not a field of the lesson. Did you mean 'summary'?"),
    (LESSON.replace("  headline:", "  byline: Dana\n  bylin: Dana\n  headline:"), "bylin", "bylin:",
     "'bylin' is not a field of the article. Did you mean 'byline'?"),
    (span_exercise("      - quote: said Mayor Ana Ruiz\n", extra="    hint:\n      - Look.\n"), "hint", "hint:",
     "'hint' is not a field of exercise 'ex'. Did you mean 'hints'?"),
    (span_exercise("      - quote: said Mayor Ana Ruiz\n        feedbak: Yes.\n"), "feedbak", "feedbak",
     "'feedbak' is not a field of an answer. Did you mean 'feedback'?"),
])
def test_an_unknown_field_suggests_the_one_meant(text, wrong, where_, expected):
    assert_problem(text, where(text, where_), expected)


def test_an_unknown_option_field_suggests_the_one_meant():
    text = HEAD + ("  - id: genre\n    type: choice\n    prompt: What kind of piece?\n    options:\n"
                   "      - text: News\n        corect: true\n      - text: Opinion\n        correct: true\n")
    assert_problem(text, where(text, "corect"), "'corect' is not a field of an option. Did you mean 'correct'?")


def test_an_unknown_field_far_from_any_lists_the_fields():
    text = LESSON.replace("language: en\n", "language: en\ncolour: red\n")
    problem = assert_problem(text, where(text, "colour"), "'colour' is not a field of the lesson")
    assert "format, id, title, language" in problem.message


def test_a_field_of_the_other_kind_of_exercise_says_where_it_belongs():
    text = span_exercise("      - quote: said Mayor Ana Ruiz\n", extra="    multiple: true\n")
    assert_problem(text, where(text, "multiple"), "'multiple' belongs to choice exercises", "'select'")
    text = HEAD + ("  - id: genre\n    type: choice\n    prompt: P\n    unit: sentence\n    options:\n"
                   "      - text: A\n        correct: true\n      - text: B\n")
    assert_problem(text, where(text, "unit"), "'unit' belongs to exercises that select text")


# --- types -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("old, new, at, gist", [
    ("title: Who says so?", "title: [Who, says]", "title: ", "'title' should be text, but it is a list"),
    ("language: en\n", "language: en\nminutes: fifteen\n", "minutes: ", "'minutes' should be a whole number, but it is text"),
    ("language: en\n", "language: en\nminutes: 12.5\n", "minutes: ", "'minutes' should be a whole number, but it is a number"),
    ("language: en\n", "language: en\nminutes: 0\n", "minutes: ", "'minutes' should be 1 or more"),
    ("language: en\n", "language: en\nminutes: 1:30\n", "minutes: ", "'minutes' should be a whole number such as 15, not '1:30'"),
    ("language: en\n", "language: en\ntags: news\n", "tags: ", "'tags' should be a list"),
    ("language: en\n", "language: en\ntags:\n  - [a]\n", "  - ", "'tags' should be text, but it is a list"),
    ("format: 1", 'format: "1"', "format: ", "'format' should be a number, but it is text"),
    ("format: 1", "format: 1.05", "format: ", "'format' should be 1 or 1.1, not 1.05"),
    ("format: 1", "format: 0", "format: ", "'format' should be 1 or 1.1, not 0"),
    ("id: city-cycle-lanes", "id: City_Lanes", "id: ", "may only use lowercase letters, digits and '-'"),
    ("language: en", "language: English", "language: ", '"English" is not a language tag'),
    ("title: Who says so?", 'title: ""', "title: ", "'title' is empty"),
    ("title: Who says so?", "title: ~", "title: ", "'title' is empty"),
    ("title: Who says so?", "title:", "title:", "'title' is empty"),
])
def test_a_value_of_the_wrong_type_says_what_it_should_be(old, new, at, gist):
    """``at`` is the text just before the value the message must point at, on the line the change made."""
    text = LESSON.replace(old, new)
    assert text != LESSON
    line = text.count("\n", 0, text.index(new) + new.index(at.strip())) + 1
    assert_problem(text, (line, len(at) + 1), gist)


def test_a_group_written_as_text_or_a_list():
    text = _without_lines(LESSON, "article:", "exercises:").replace("exercises:", "article: Why cycle lanes\nexercises:")
    assert_problem(text, value_at(text, "article: Why"), "the article should be a group of fields (name: value), but it is text")
    text = HEAD + "  first:\n    id: who-said-it\n"
    assert_problem(text, (where(text, "first:")[0], 3), "'exercises' should be a list", "but it is a group of fields")
    text = LESSON.replace("title: Who says so?", "title:\n  text: Who")
    assert_problem(text, (4, 3), "'title' should be text, but it is a group of fields")
    text = "- format: 1\n- id: x\n"
    assert_problem(text, (1, 1), "the lesson should be a group of fields (name: value), but it is a list")
    text = LESSON.replace("  - id: who-said-it", "  - - id: who-said-it").replace("\n    ", "\n      ")
    problem = only_problem(text)
    assert problem.line == where(text, "- - id")[0] and "an exercise should be a group of fields" in problem.message
    text = LESSON.replace("      - quote: said Mayor Ana Ruiz", "      - - said Mayor Ana Ruiz")
    assert_problem(text, (where(text, "- - said")[0], 9), "an answer should be a group of fields", "a list")


@pytest.mark.parametrize("field, value, gist", [
    ("hints", "Look closely.", "'hints' should be a list"),
    ("pass_score", "most", "'pass_score' should be a number, but it is text"),
    ("unit", "paragraph", "unit should be 'word' or 'sentence', not 'paragraph'"),
    ("explanation", "[a, b]", "'explanation' should be text, but it is a list"),
])
def test_exercise_field_types(field, value, gist):
    text = span_exercise("      - quote: said Mayor Ana Ruiz\n", extra=f"    {field}: {value}\n")
    assert_problem(text, value_at(text, f"{field}: {value}"), gist)


def test_occurrence_is_a_whole_number_from_one():
    text = span_exercise("      - quote: said Mayor Ana Ruiz\n        occurrence: first\n")
    assert_problem(text, where(text, "first"), "'occurrence' should be a whole number, but it is text")
    text = span_exercise("      - quote: said Mayor Ana Ruiz\n        occurrence: 0\n")
    assert_problem(text, where(text, "0\n"), "'occurrence' should be 1 or more")


@pytest.mark.parametrize("word", ["yes", "no", "on", "off", "Yes", "NO", "On", "OFF"])
def test_yes_no_on_off_where_text_is_meant_asks_for_quotes(word):
    text = LESSON.replace("title: Who says so?", f"title: {word}")
    assert_problem(text, (3, 8), f"YAML reads {word} as true or false", f'Put it in quotes: "{word}"')


@pytest.mark.parametrize("word, meant", [("yes", "true"), ("on", "true"), ("no", "false"), ("Off", "false")])
def test_yes_no_on_off_where_true_false_is_meant_names_the_right_word(word, meant):
    text = HEAD + ("  - id: genre\n    type: choice\n    prompt: P\n    options:\n"
                   f"      - text: A\n        correct: {word}\n      - text: B\n        correct: true\n")
    if meant == "true":
        text = text.replace("    options:", "    multiple: true\n    options:")
    assert_problem(text, value_at(text, f"correct: {word}"), f"write '{meant}' instead of '{word}' for 'correct'")
    text = HEAD + ("  - id: genre\n    type: choice\n    prompt: P\n"
                   f"    multiple: {word}\n    options:\n      - text: A\n        correct: true\n      - text: B\n")
    assert_problem(text, value_at(text, f"multiple: {word}"), f"write '{meant}' instead of '{word}' for 'multiple'")


def test_true_and_false_are_accepted_in_any_case():
    text = HEAD + ("  - id: genre\n    type: choice\n    prompt: P\n    multiple: False\n    options:\n"
                   "      - text: A\n        correct: True\n      - text: B\n        correct: false\n")
    exercise = loads_cleanly(text).lesson.exercises[0]
    assert exercise.multiple is False
    assert [o.correct for o in exercise.options] == [True, False]


def test_an_unquoted_date_asks_for_quotes():
    text = LESSON.replace("  headline:", "  date: 2024-03-05\n  headline:")
    assert_problem(text, where(text, "2024-03-05"), "'date' should be text in quotes: \"2024-03-05\"")


def test_a_quoted_date_is_text():
    text = LESSON.replace("  headline:", '  date: "2024-03-05"\n  headline:')
    assert loads_cleanly(text).lesson.article.date == "2024-03-05"


def test_numbers_where_text_is_meant_are_kept_as_written():
    text = LESSON.replace("title: Who says so?", "title: 1984").replace("  headline:", "  section: 007\n  headline:")
    lesson = loads_cleanly(text).lesson
    assert (lesson.title, lesson.article.section) == ("1984", "007")


# --- duplicates, anchors, aliases, tags -------------------------------------------------------------

@pytest.mark.parametrize("text, key, what", [
    (LESSON.replace("language: en\n", "language: en\ntitle: Again\n"), "title: Again", "the lesson"),
    (LESSON.replace("  headline:", "  byline: A\n  byline: B\n  headline:"), "byline: B", "the article"),
    (LESSON.replace("    prompt: Select", "    prompt: P\n    prompt: Select"), "prompt: Select", "exercise 'who-said-it'"),
    (LESSON + "        quote: Tuesday\n", "quote: Tuesday", "an answer"),
])
def test_a_key_given_twice_points_at_the_second(text, key, what):
    name = key.split(":")[0]
    assert_problem(text, where(text, key), f"'{name}' is given twice in {what}; keep only one")


def test_an_anchor_is_refused_where_it_stands():
    text = LESSON.replace("title: Who says so?", "title: &t Who says so?")
    assert_problem(text, (3, 8), "'&t'", "YAML anchor", "lessons may not use anchors")


def test_an_alias_is_refused_where_it_stands():
    text = LESSON.replace("title: Who says so?", "title: *t")
    assert_problem(text, (3, 8), "'*t'", "YAML alias", "may not use aliases")


def test_an_anchor_on_a_whole_group_is_refused():
    text = LESSON.replace("article:\n", "article: &art\n")
    assert_problem(text, where(text, "&art"), "'&art'", "anchor")


@pytest.mark.parametrize("tag", ["!!python/object/apply:os.system", "!!python/name:os.system", "!!str", "!custom", "!"])
def test_a_tag_is_refused_and_never_runs(tag, tmp_path):
    marker = tmp_path / "ran"
    text = LESSON.replace("title: Who says so?", f'title: {tag} ["touch {marker}"]')
    problem = assert_problem(text, (3, 8), "lessons may not use tags")
    if tag.startswith("!!"):
        assert f"'{tag}'" in problem.message
    assert not marker.exists()


def test_a_python_tag_on_the_whole_document_never_runs(tmp_path):
    marker = tmp_path / "ran"
    text = f'--- !!python/object/apply:os.system ["touch {marker}"]\n'
    assert_problem(text, (1, 5), "'!!python/object/apply:os.system'", "tag")
    assert not marker.exists()


# --- YAML syntax, with the usual causes -------------------------------------------------------------

def test_a_tab_in_the_indentation():
    text = LESSON.replace("  headline:", "\theadline:")
    assert_problem(text, where(text, "\theadline"), "tab character", "replace the tab with spaces")


def test_a_tab_after_spaces_in_the_indentation():
    text = LESSON.replace("    prompt:", "  \t  prompt:")
    line, _ = where(text, "\t  prompt")
    problem = only_problem(text)
    assert problem.line == line and problem.column <= 4, str(problem)
    assert "tab character" in problem.message


def test_an_unquoted_colon_space_inside_a_value():
    text = LESSON.replace("title: Who says so?", "title: Opinion: who says so?")
    line, column = where(text, "Opinion: who")
    problem = assert_problem(text, (line, column + len("Opinion")), "': ' inside a value", "Put the whole value in quotes")
    assert '"Opinion: who says so?"' in problem.message


@pytest.mark.parametrize("value", ["*Important* who says so?", "& more", "[Draft] Who says so?", "{Draft} Who says so?",
                                   "@reporter says", "`Who` says so?", "%YAML says"])
def test_a_value_starting_with_a_special_character_asks_for_quotes(value):
    text = LESSON.replace("title: Who says so?", f"title: {value}")
    problem = assert_problem(text, (3, 8), f"this value starts with '{value[0]}'", "Put the whole value in quotes")
    assert f'"{value}"' in problem.message


def test_a_value_starting_with_an_exclamation_mark_is_a_tag():
    text = LESSON.replace("title: Who says so?", "title: !Important who says so?")
    assert_problem(text, (3, 8), "'!Important' is a YAML tag", "put the text in quotes")


def test_an_unclosed_bracket_points_at_where_it_opened():
    text = LESSON.replace("title: Who says so?", "title: [Draft")
    assert_problem(text, (3, 8), "starts with '['")


def test_a_very_long_value_is_shortened_in_the_message():
    text = LESSON.replace("title: Who says so?", "title: [Draft] " + "very " * 200)
    problem = only_problem(text)
    assert (problem.line, problem.column) == (3, 8)
    assert len(problem.message) < 300


def test_an_unclosed_quotation_mark_points_at_it():
    text = LESSON.replace("      - quote: said Mayor Ana Ruiz", '      - quote: "said Mayor Ana Ruiz')
    assert_problem(text, where(text, '"said'), "quotation mark opened here is never closed")


def test_text_after_a_closing_quotation_mark():
    text = LESSON.replace("title: Who says so?", 'title: "Who" says so?')
    problem = only_problem(text)
    assert problem.line == 3, str(problem)
    assert "text follows a quoted value" in problem.message


def test_bad_indentation():
    text = LESSON.replace("    prompt:", "   prompt:")
    problem = only_problem(text)
    assert problem.line == where(text, "   prompt:")[0], str(problem)
    assert "indentation" in problem.message


def test_a_second_document_in_one_file():
    text = LESSON + "---\n" + LESSON
    assert_problem(text, where(text, "---"), "a lesson file holds one lesson", "second document")


def test_a_document_start_line_is_fine():
    loads_cleanly("---\n" + LESSON)


# --- exercises ---------------------------------------------------------------------------------------

def test_an_unknown_exercise_type_suggests_the_one_meant():
    text = LESSON.replace("type: attribution", "type: atribution")
    problem = assert_problem(text, where(text, "atribution"), "'atribution' is not an exercise type",
                             "Did you mean 'attribution'?")
    for kind in ("attribution", "unsourced_figure", "opinion_disclaimer", "loaded_language", "select", "choice"):
        assert kind in problem.message


def test_an_unknown_exercise_type_far_from_any_lists_them_only():
    text = LESSON.replace("type: attribution", "type: quiz")
    problem = assert_problem(text, where(text, "quiz"), "'quiz' is not an exercise type")
    assert "Did you mean" not in problem.message


def test_a_missing_type_is_reported_once():
    text = LESSON.replace("    type: attribution\n", "")
    assert_problem(text, where(text, "id: who"), "missing the field 'type'")


@pytest.mark.parametrize("kind", ["attribution", "unsourced_figure", "opinion_disclaimer", "loaded_language", "select"])
def test_every_span_type_loads(kind):
    assert loads_cleanly(LESSON.replace("type: attribution", f"type: {kind}")).lesson.exercises[0].type == kind


def test_opinion_disclaimer_grades_whole_sentences_by_default_and_the_others_words():
    assert loads_cleanly(LESSON.replace("attribution", "opinion_disclaimer")).lesson.exercises[0].unit == "sentence"
    assert loads_cleanly(LESSON).lesson.exercises[0].unit == "word"
    text = LESSON.replace("    answers:", "    unit: sentence\n    answers:")
    assert loads_cleanly(text).lesson.exercises[0].unit == "sentence"


def test_a_duplicate_exercise_id_names_the_first_line():
    text = LESSON + ("  - id: who-said-it\n    type: select\n    prompt: Again.\n    answers:\n"
                     "      - quote: Tuesday\n")
    assert_problem(text, value_at(text, "id: who-said-it", nth=2),
                   f"the exercise id 'who-said-it' is already used at line {where(text, 'who-said-it', nth=1)[0]}")


def test_a_lesson_needs_an_exercise_and_an_exercise_an_answer():
    text = HEAD.replace("exercises:\n", "exercises: []\n")
    assert_problem(text, where(text, "[]"), "a lesson needs at least one exercise")
    text = span_exercise("").replace("    answers:\n", "    answers: []\n")
    assert_problem(text, where(text, "[]"), "an exercise needs at least one answer")


@pytest.mark.parametrize("score", ["1.5", "-0.1", "2", ".inf", ".nan"])
def test_pass_score_out_of_range(score):
    text = LESSON.replace("    answers:", f"    pass_score: {score}\n    answers:")
    assert_problem(text, value_at(text, f"pass_score: {score}"), "pass_score should be between 0 and 1")


@pytest.mark.parametrize("score, value", [("0", 0.0), ("1", 1.0), ("0.8", 0.8), ("0.5", 0.5)])
def test_pass_score_in_range(score, value):
    text = LESSON.replace("    answers:", f"    pass_score: {score}\n    answers:")
    assert loads_cleanly(text).lesson.exercises[0].pass_score == value


def test_a_newer_format_asks_for_a_newer_app():
    text = LESSON.replace("format: 1", "format: 2")
    assert_problem(text, (1, 9), "written in format 2", "this app reads format 1.1", "Update the app")
    assert_problem(LESSON.replace("format: 1", "format: 1.2"), (1, 9), "written in format 1.2")


def test_a_newer_format_is_not_checked_further():
    text = LESSON.replace("format: 1", "format: 3").replace("title: Who says so?", "titel: yes")
    assert_problem(text, (1, 9), "format 3")


# --- choice ------------------------------------------------------------------------------------------

def _choice(options: str, extra: str = "") -> str:
    return HEAD + f"  - id: genre\n    type: choice\n    prompt: What kind of piece is this?\n{extra}    options:\n{options}"


def test_a_choice_loads_with_its_options():
    exercise = loads_cleanly(_choice("      - text: News\n        feedback: No disclaimer.\n"
                                     "      - text: Opinion\n        correct: true\n")).lesson.exercises[0]
    assert [(o.text, o.correct, o.feedback) for o in exercise.options] == [
        ("News", False, "No disclaimer."), ("Opinion", True, None)]
    assert exercise.multiple is False and exercise.is_choice


def test_a_choice_without_a_correct_option():
    text = _choice("      - text: News\n      - text: Opinion\n")
    assert_problem(text, where(text, "- text: News"), "no option is marked 'correct: true'")


@pytest.mark.parametrize("options", ["      - text: Opinion\n        correct: true\n", "      []\n"])
def test_a_choice_needs_two_options(options):
    text = _choice(options)
    line = where(text, "      - text: Opinion" if "Opinion" in options else "[]")
    assert_problem(text, line if "[]" in options else (line[0], 7), "a choice needs at least two options")


def test_several_correct_options_need_multiple():
    options = "      - text: News\n        correct: true\n      - text: Opinion\n        correct: true\n"
    text = _choice(options)
    assert_problem(text, where(text, "- text: News"), "more than one option is correct", "multiple: true")
    assert loads_cleanly(_choice(options, "    multiple: true\n")).lesson.exercises[0].multiple is True


def test_two_options_with_the_same_text():
    text = _choice("      - text: News\n        correct: true\n      - text: News\n")
    assert_problem(text, where(text, "News", nth=2), 'two options have the text "News"')


def test_an_option_that_is_not_a_group_of_fields():
    text = _choice("      - News\n      - text: Opinion\n        correct: true\n")
    assert_problem(text, where(text, "News"), "an option should be a group of fields", "text")


def test_a_correct_that_is_not_true_or_false_is_reported_alone():
    text = _choice('      - text: News\n        correct: "true"\n      - text: Opinion\n')
    assert_problem(text, where(text, '"true"'), "'correct' should be true or false, but it is text")


# --- resolving quotes --------------------------------------------------------------------------------

def _answer_text(text: str, n: int = 0) -> str:
    lesson = loads_cleanly(text).lesson
    answer = lesson.exercises[0].answers[n]
    return lesson.article.quote(answer.quote)


def test_a_quote_resolves_to_its_place_in_the_article_text():
    lesson = loads_cleanly(LESSON).lesson
    answer = lesson.exercises[0].answers[0]
    assert lesson.article.text.index("said Mayor Ana Ruiz") == answer.quote.start
    assert lesson.article.quote(answer.quote) == "said Mayor Ana Ruiz"
    assert answer.key == answer.quote


def test_a_quote_not_found_suggests_the_closest_passage():
    text = LESSON.replace("quote: said Mayor Ana Ruiz", "quote: said Mayor Anna Ruiz")
    assert_problem(text, where(text, "said Mayor Anna"), '"said Mayor Anna Ruiz" is not in the article',
                   'Did you mean "said Mayor Ana Ruiz"?')


def test_a_quote_differing_only_in_capitals_says_so():
    text = LESSON.replace("quote: said Mayor Ana Ruiz", "quote: said mayor ana ruiz")
    assert_problem(text, where(text, "said mayor"), 'Did you mean "said Mayor Ana Ruiz"?', "Capital letters must match")


def test_a_quote_with_nothing_close_asks_for_an_exact_copy():
    text = LESSON.replace("quote: said Mayor Ana Ruiz", "quote: xylophone quartet")
    problem = assert_problem(text, where(text, "xylophone"), '"xylophone quartet" is not in the article',
                             "Copy the words from the article exactly")
    assert "Did you mean" not in problem.message


def test_a_quote_found_twice_lists_where_each_one_is():
    text = LESSON.replace("quote: said Mayor Ana Ruiz", 'quote: "15%"')
    first, second = where(text, "15% on"), where(text, "15% since")
    assert (first, second) == ((13, 52), (15, 44))
    assert_problem(text, where(text, '"15%"'), '"15%" is in the article 2 times',
                   f"line {first[0]}, column {first[1]}; line {second[0]}, column {second[1]}",
                   "Add prefix:, suffix: or occurrence: to pick one")


def test_a_quote_found_twice_places_the_second_in_a_subheading_and_a_wrapped_line():
    text = LESSON.replace("quote: said Mayor Ana Ruiz", "quote: Numbers").replace("lanes in 2019", "lanes in\n    Numbers")
    heading, wrapped = where(text, "Numbers", nth=1), where(text, "Numbers", nth=2)
    assert_problem(text, value_at(text, "quote: Numbers"),
                   f"line {heading[0]}, column {heading[1]}; line {wrapped[0]}, column {wrapped[1]}")


@pytest.mark.parametrize("narrowing, expected_after", [
    ("prefix: dropped", " since January"),
    ("prefix: 'has dropped '", " since January"),
    ("suffix: since", " since January"),
    ("suffix: on roads", " on roads"),
    ("occurrence: 1", " on roads"),
    ("occurrence: 2", " since January"),
    ("prefix: fell by\n        occurrence: 1", " on roads"),
])
def test_prefix_suffix_or_occurrence_picks_one(narrowing, expected_after):
    text = LESSON.replace("quote: said Mayor Ana Ruiz", f'quote: "15%"\n        {narrowing}')
    lesson = loads_cleanly(text).lesson
    span = lesson.exercises[0].answers[0].quote
    article = lesson.article.text
    assert article[span.start:span.end] == "15%"
    assert article[span.end:].startswith(expected_after)


def test_an_occurrence_past_the_last():
    text = LESSON.replace("quote: said Mayor Ana Ruiz", 'quote: "15%"\n        occurrence: 3')
    assert_problem(text, where(text, '"15%"'), "occurrence is 3", "only 2 times")


def test_a_prefix_that_never_comes_before_the_quote():
    text = LESSON.replace("quote: said Mayor Ana Ruiz", 'quote: "15%"\n        prefix: rose by')
    assert_problem(text, where(text, '"15%"'), "never with that prefix or suffix")


def test_a_prefix_that_still_leaves_two_places():
    text = LESSON.replace("fell by 15%", "dropped 15%").replace("quote: said Mayor Ana Ruiz",
                                                             'quote: "15%"\n        prefix: dropped')
    assert_problem(text, where(text, '"15%"'), "2 times")


def test_a_key_inside_its_quote():
    text = LESSON.replace("quote: said Mayor Ana Ruiz", "quote: said Mayor Ana Ruiz\n        key: Mayor Ana Ruiz")
    lesson = loads_cleanly(text.replace("format: 1", "format: 1.1")).lesson
    answer = lesson.exercises[0].answers[0]
    assert lesson.article.quote(answer.key) == "Mayor Ana Ruiz"
    assert answer.quote.start < answer.key.start and answer.key.end == answer.quote.end


def test_a_key_outside_its_quote():
    text = LESSON.replace("quote: said Mayor Ana Ruiz", "quote: said Mayor Ana Ruiz\n        key: Tuesday")
    assert_problem(text, (where(text, "key: Tuesday")[0], 14), 'the key "Tuesday" is not inside its quote')


def test_a_key_in_the_article_but_not_in_this_occurrence_of_the_quote():
    text = LESSON.replace("quote: said Mayor Ana Ruiz", "quote: the vote\n        key: council")
    assert_problem(text, (where(text, "key: council")[0], 14), 'the key "council" is not inside its quote')


def test_overlapping_answers():
    text = span_exercise("      - quote: said Mayor Ana Ruiz\n      - quote: Ana Ruiz after\n")
    assert_problem(text, value_at(text, "quote: Ana Ruiz after"), "this answer overlaps answer 1", "must not share words")


def test_answers_that_touch_a_shared_word_overlap():
    text = span_exercise("      - quote: said Mayor\n      - quote: yor Ana\n")
    assert_problem(text, value_at(text, "quote: yor Ana"), "overlaps answer 1")


def test_an_answer_overlapping_a_distractor():
    text = span_exercise("      - quote: said Mayor Ana Ruiz\n",
                         extra="    distractors:\n      - quote: Ruiz after the vote\n        feedback: Not quite.\n")
    assert_problem(text, value_at(text, "quote: Ruiz after the vote"), "this distractor overlaps answer 1")


def test_answers_in_one_sentence_overlap_when_grading_sentences():
    answers = "      - quote: This will make\n      - quote: after the vote\n"
    assert loads_cleanly(span_exercise(answers)).lesson.exercises[0].unit == "word"
    text = span_exercise(answers, extra="    unit: sentence\n")
    assert_problem(text, value_at(text, "quote: after the vote"), "overlaps answer 1", "whole sentences")


def test_a_distractor_in_an_answers_sentence_overlaps_under_opinion_disclaimer():
    text = span_exercise("      - quote: Around 40%\n", type_="opinion_disclaimer",
                         extra="    distractors:\n      - quote: Main Street\n        feedback: No.\n")
    assert_problem(text, value_at(text, "quote: Main Street"), "this distractor overlaps answer 1", "whole sentences")


def test_a_distractor_needs_feedback():
    text = span_exercise("      - quote: said Mayor Ana Ruiz\n", extra="    distractors:\n      - quote: Our city council\n")
    assert_problem(text, where(text, "quote: Our"), "a distractor is missing the field 'feedback'")


def test_a_quote_without_words():
    text = span_exercise("      - quote: said Mayor Ana Ruiz\n      - quote: '. \"'\n")
    assert_problem(text, value_at(text, "quote: '"), "this quote has no words in it")


@pytest.mark.parametrize("field", ["quote", "key", "prefix", "suffix"])
def test_an_empty_quote_field(field):
    text = LESSON.replace("quote: said Mayor Ana Ruiz", f'quote: said Mayor Ana Ruiz\n        {field}: ""')
    if field == "quote":
        text = text.replace("quote: said Mayor Ana Ruiz\n", "")
    assert_problem(text, where(text, '""'), f"'{field}' is empty")


# --- folding -----------------------------------------------------------------------------------------

def _body_lesson(body: str, quote: str, **extra: str) -> str:
    lines = "\n".join("    " + line if line else "" for line in body.split("\n"))
    fields = "".join(f"\n        {k}: {v}" for k, v in extra.items())
    return HEAD.replace(HEAD[HEAD.index("  body: |\n"):HEAD.index("exercises:")], f"  body: |\n{lines}\n") + (
        f"  - id: ex\n    type: select\n    prompt: Find it.\n    answers:\n      - quote: {quote}{fields}\n")


@pytest.mark.parametrize("article, quote, expected", [
    ("Ana  Ruiz   said it.", '"Ana Ruiz said"', "Ana  Ruiz   said"),
    ("Ana Ruiz said it.", '"Ana   Ruiz  said"', "Ana Ruiz said"),
    ("Ana Ruiz\nsaid it.", '"Ruiz said"', "Ruiz said"),
    ("Ana Ruiz.\n\nSaid it.", '"Ruiz. Said"', "Ruiz.\n\nSaid"),
    ("Ana\u00a0Ruiz said it.", '"Ana Ruiz"', "Ana\u00a0Ruiz"),
    ("Ana Ruiz said it.", '"Ana\u00a0Ruiz"', "Ana Ruiz"),
    ("It\u2019s the mayor\u2019s plan.", "\"It's the mayor's\"", "It\u2019s the mayor\u2019s"),
    ("It's the mayor's plan.", '"It\u2019s the mayor\u2018s"', "It's the mayor's"),
    ("She said \u201csafer\u201d streets.", "'said \"safer\"'", "said \u201csafer\u201d"),
    ('She said "safer" streets.', '"said \u201csafer\u201d"', 'said "safer"'),
    ("Cycle lanes \u2013 and more \u2014 now.", '"lanes - and more - now"', "lanes \u2013 and more \u2014 now"),
    ("Cycle lanes - and more - now.", '"lanes \u2013 and more \u2014 now"', "lanes - and more - now"),
])
def test_quotes_match_across_white_space_and_typographic_characters(article, quote, expected):
    assert _answer_text(_body_lesson(article, quote)) == expected


@pytest.mark.parametrize("article_form, quote_form", [("NFD", "NFC"), ("NFC", "NFD"), ("NFD", "NFD")])
def test_quotes_match_across_unicode_normalisation(article_form, quote_form):
    article = unicodedata.normalize(article_form, "Le café près de l'école ferme.")
    quote = unicodedata.normalize(quote_form, "café près")
    assert _answer_text(_body_lesson(article, f'"{quote}"')) == unicodedata.normalize(article_form, "café près")


@pytest.mark.parametrize("article_form, quote_form", [("NFD", "NFC"), ("NFC", "NFD"), ("NFD", "NFD")])
def test_quotes_match_across_normalisation_of_starters_that_compose(article_form, quote_form):
    # Hangul jamo and Bengali vowel signs are not combining marks, yet NFC composes them.
    for words in ("서울 시장이 말했다", "আমি বোকা নই"):
        article = unicodedata.normalize(article_form, words + ".")
        quote = unicodedata.normalize(quote_form, words.split()[1])
        assert _answer_text(_body_lesson(article, quote)) == unicodedata.normalize(article_form, words.split()[1])


def test_matching_is_case_sensitive():
    text = _body_lesson("The Mayor and the mayor.", "mayor")
    assert _answer_text(text) == "mayor"
    assert loads_cleanly(text).lesson.exercises[0].answers[0].quote.start == len("The Mayor and the ")


# --- size, line ends, byte-order mark ---------------------------------------------------------------

def test_a_file_over_one_megabyte(tmp_path):
    data = LESSON.encode() + b"# " + b"x" * (MAX_BYTES - len(LESSON)) + b"\n"
    assert len(data) > MAX_BYTES
    assert_problem(data, (1, 1), "a lesson file may be at most 1,000 KB (1 MB)")
    path = tmp_path / "big.yaml"
    path.write_bytes(data * 3)
    problem = read_lesson(path).problems
    assert len(problem) == 1 and "the file is 3,0" in problem[0].message, problem


def test_a_file_of_exactly_one_megabyte_loads():
    padding = MAX_BYTES - len(LESSON.encode()) - 3
    data = LESSON.encode() + b"# " + b"x" * padding + b"\n"
    assert len(data) == MAX_BYTES
    loads_cleanly(data)


def test_crlf_line_ends_and_a_byte_order_mark_load_like_any_other():
    plain = loads_cleanly(LESSON).lesson
    for data in (LESSON.replace("\n", "\r\n").encode(), b"\xef\xbb\xbf" + LESSON.encode(),
                 b"\xef\xbb\xbf" + LESSON.replace("\n", "\r\n").encode(), LESSON.replace("\n", "\r").encode()):
        lesson = loads_cleanly(data).lesson
        assert lesson == plain
        assert lesson.article.text == plain.article.text
        assert "\r" not in lesson.article.text


def test_crlf_and_a_byte_order_mark_keep_the_places_of_problems():
    broken = LESSON.replace("title: Who says so?", "title: yes").replace("quote: said Mayor", "quote: sad Mayor")
    expected = [(p.line, p.column, p.message) for p in load(broken).problems]
    assert len(expected) == 2
    for data in (broken.replace("\n", "\r\n").encode(), b"\xef\xbb\xbf" + broken.replace("\n", "\r\n").encode()):
        assert [(p.line, p.column, p.message) for p in load(data).problems] == expected


# --- warnings and the shape of every message --------------------------------------------------------

@pytest.mark.parametrize("style", [">", '"'])
def test_a_body_that_is_not_a_literal_block_is_a_warning(style):
    if style == ">":
        text = LESSON.replace("  body: |", "  body: >")
    else:
        text = LESSON.replace(LESSON[LESSON.index("  body: |"):LESSON.index("exercises:")],
                              '  body: "Our city council voted. This will make it safer, said Mayor Ana Ruiz."\n')
    problem = assert_problem(text, value_at(text, "body: "), "write the body as a literal block",
                             "'body: |'", severity="warning")
    assert str(problem) == f"lesson.yaml:{problem.line}:9: warning: {problem.message}"


def test_an_error_prints_as_file_line_column():
    problem = only_problem(LESSON.replace("title: Who says so?", "title: yes"))
    assert str(problem) == f"lesson.yaml:3:8: error: {problem.message}"


def test_every_problem_is_reported_at_once():
    text = (LESSON.replace("title: Who says so?", "title: yes")
            .replace("language: en", "language: en\ncolour: red")
            .replace("type: attribution", "type: attribution\n    pass_score: 3")
            .replace("quote: said Mayor", "quote: sad Mayor"))
    result = load(text)
    assert result.lesson is None
    lines = sorted(p.line for p in result.problems)
    assert lines == sorted([where(text, "yes")[0], where(text, "colour")[0], where(text, "pass_score")[0],
                            where(text, "sad Mayor")[0]])


# --- lesson ids across files ------------------------------------------------------------------------

def test_a_lesson_id_used_by_two_files():
    first, second = parse_lesson(LESSON, "a.yaml"), parse_lesson(LESSON, "b.yaml")
    other = parse_lesson(LESSON.replace("id: city-cycle-lanes", "id: other-lesson"), "c.yaml")
    problems = duplicate_ids([first, other, second])
    assert len(problems) == 1
    problem = problems[0]
    assert (problem.path, problem.line, problem.column) == ("b.yaml", 2, 5)
    assert "the id 'city-cycle-lanes' is already used by a.yaml" in problem.message
    assert duplicate_ids([first, other]) == []


def test_a_broken_lesson_never_claims_an_id():
    broken = parse_lesson(LESSON.replace("title: Who says so?", "title: yes"), "a.yaml")
    assert duplicate_ids([broken, parse_lesson(LESSON, "b.yaml")]) == []


def test_the_doc_example_fixture_is_the_documented_one():
    example = re.search(r"```yaml\n(.*?)```", FORMAT_DOC.read_text(encoding="utf-8"), re.S)
    assert example is not None and example.group(1) == DOC_EXAMPLE.read_text(encoding="utf-8")


def test_a_key_without_words_is_an_error() -> None:
    from literacy_app.core.loader import parse_lesson

    text = """\
format: 1
id: k
title: K
language: en
article:
  headline: H
  body: |
    The mayor (Ana Ruiz) said so.
exercises:
  - id: who
    type: attribution
    prompt: Who?
    answers:
      - quote: (Ana Ruiz)
        key: "("
"""
    problems = parse_lesson(text, "k.yaml").problems
    assert [(p.line, p.column) for p in problems] == [(15, 14)]
    assert "has no words" in problems[0].message


def test_a_hint_with_a_colon_is_told_to_use_quotes() -> None:
    from literacy_app.core.loader import parse_lesson

    text = LESSON + "    hints:\n      - Tip: find the quotation marks.\n"
    problems = parse_lesson(text, "t.yaml").problems
    assert len(problems) == 1 and 'Put the whole text in quotes: "Tip: find the quotation marks."' in problems[0].message
    assert (problems[0].line, problems[0].column) == where(text, "Tip:")


def test_a_pass_score_written_as_a_percentage_is_told_how_to_write_it() -> None:
    from literacy_app.core.loader import parse_lesson

    text = LESSON + "    pass_score: 80%\n"
    problems = parse_lesson(text, "t.yaml").problems
    assert len(problems) == 1 and "write 0.8 for 80%" in problems[0].message
