"""Grading exactly as "Grading a span exercise" in the format document (docs/lesson-format.md, format
1.1) says, on lessons whose answers are known word by word."""

from __future__ import annotations

import pytest

from literacy_app.core.grading import Selection, grade
from literacy_app.core.loader import read_lesson
from literacy_app.core.model import Lesson
from literacy_app.core.text import TextIndex, article_from_body, token_pattern
from tests.support.lessons import DOC_EXAMPLE, FIXTURES

DEFAULT_WRONG = "That is not one of the parts this exercise asks for."


@pytest.fixture(scope="module")
def lesson() -> Lesson:
    result = read_lesson(FIXTURES / "valid" / "grading.yaml")
    assert result.problems == []
    return result.lesson


@pytest.fixture(scope="module")
def doc_lesson() -> Lesson:
    result = read_lesson(DOC_EXAMPLE)
    assert result.problems == []
    return result.lesson


def sel(lesson: Lesson, phrase: str, nth: int = 1) -> Selection:
    """A selection of the ``nth`` place where ``phrase`` stands in the article text."""
    text = lesson.article.text
    start = -1
    for _ in range(nth):
        start = text.index(phrase, start + 1)
    return Selection(start, start + len(phrase))


def check(lesson: Lesson, exercise_id: str, *selections: Selection | str):
    exercise = lesson.exercise(exercise_id)
    assert exercise is not None
    chosen = [sel(lesson, s) if isinstance(s, str) else s for s in selections]
    return grade(lesson.article, exercise, chosen)


def verdicts(result) -> list[str]:
    return [s.verdict for s in result.selections]


# --- tokens -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, tokens", [
    ("Prices rose 2,000 dollars", ["Prices", "rose", "2,000", "dollars"]),
    ("or 3.5 percent, and 15% more", ["or", "3.5", "percent", "and", "15%", "more"]),
    ("1.500 euros; 3,5 km; 1,000,000 people; 3.5% up", ["1.500", "euros", "3,5", "km", "1,000,000", "people", "3.5%", "up"]),
    ("in 2019. Then", ["in", "2019", "Then"]),
    ("the author's own, couldn’t", ["the", "author's", "own", "couldn’t"]),
    ('"This," she said (quietly).', ["This", "she", "said", "quietly"]),
    ("e-mail 12km U.S.", ["e", "mail", "12km", "U", "S"]),
    ("café crème", ["café", "crème"]),
    ("cafe\u0301 cre\u0300me", ["cafe\u0301", "cre\u0300me"]),
    ("مرحبا بالعالم", ["مرحبا", "بالعالم"]),
])
def test_word_tokens(text, tokens):
    assert token_pattern().findall(text) == tokens


def test_a_selection_is_widened_to_the_words_it_touches():
    text = "Prices rose 2,000 dollars in 2019."
    index = TextIndex(text, ())
    first, stop = index.tokens(text.index("ose"), text.index("000") + 1)  # "ose 2,0"
    assert index.span(first, stop) == (text.index("rose"), text.index(" dollars"))
    assert index.tokens(text.index(" dollars"), text.index(" dollars") + 1) == (3, 3)  # only a space: no word
    assert index.tokens(len(text) - 1, len(text)) == (6, 6)  # only the full stop: no word


def test_sentences_skip_abbreviations_and_keep_subheadings_apart():
    text, paragraphs, _ = article_from_body(
        "Dr. Lee met Mr. Smith in the U.S. on Jan. 5. They talked.\n\n## A heading. With a stop\n\nLast one!")
    index = TextIndex(text, paragraphs)
    assert [text[s:e] for s, e in index.sentences] == [
        "Dr. Lee met Mr. Smith in the U.S. on Jan. 5.", "They talked.", "A heading. With a stop", "Last one!"]


# --- verdicts: the key, and half the selection inside ------------------------------------------------
# Answer 1 of "who": quote "the mayor Ana Ruiz" (4 words), key "Ana Ruiz" (2 words).

@pytest.mark.parametrize("phrase, verdict", [
    ("Ana Ruiz", "correct"),                        # all the key, all inside
    ("Ana", "partial"),                             # format 1.1: every word of the key is needed
    ("Ruiz", "partial"),
    ("the mayor Ana Ruiz", "correct"),              # the whole quote
    ("Ana Ruiz approved", "correct"),               # 2 of 3 words inside
    ("mayor Ana Ruiz approved it", "correct"),      # 3 of 5 inside
    ("Ana Ruiz approved it", "correct"),            # exactly half inside is enough
    ("mayor", "partial"),                           # inside, but none of the key
    ("the mayor", "partial"),
    ("Ana Ruiz approved it yesterday", "partial"),  # the key, but 2 of 5 inside
    ("Ruiz approved it yesterday in", "partial"),   # half the key, 1 of 5 inside
    ("approved it", "wrong"),                       # no word of the quote
])
def test_correct_partial_or_wrong(lesson, phrase, verdict):
    result = check(lesson, "who", phrase)
    assert verdicts(result) == [verdict]
    if verdict != "wrong":
        assert result.selections[0].answer == 0


def test_a_selection_is_widened_to_whole_words_before_it_is_judged(lesson):
    text = lesson.article.text
    start = text.index("na Ruiz")
    assert verdicts(check(lesson, "who", Selection(start, start + 4))) == ["correct"]  # "na R" -> "Ana Ruiz"
    start = text.index("yor")
    assert verdicts(check(lesson, "who", Selection(start, start + 2))) == ["partial"]  # "yo" -> "mayor"


def test_white_space_and_punctuation_at_the_edges_do_not_matter(lesson):
    text = lesson.article.text
    plain = check(lesson, "who", "Dr. Lee")
    start = text.index(". Dr. Lee")
    padded = check(lesson, "who", Selection(start, start + len(". Dr. Lee disagreed") - len("disagreed")))
    assert verdicts(plain) == verdicts(padded) == ["correct"]
    assert plain.score == padded.score


def test_a_selection_without_words_is_wrong(lesson):
    text = lesson.article.text
    start = text.index(". Dr.")
    result = check(lesson, "who", Selection(start, start + 2))
    assert verdicts(result) == ["wrong"]
    assert result.selections[0].feedback == "This selection has no words in it."


@pytest.mark.parametrize("start, end", [(-5, 3), (5, 2), (0, 10_000), (10_000, 10_005), (-3, -1), (7, 7)])
def test_any_range_is_graded_without_error(lesson, start, end):
    result = check(lesson, "who", Selection(start, end))
    assert len(result.selections) == 1 and 0 <= result.score <= 1


# --- feedback ---------------------------------------------------------------------------------------

def test_a_correct_selection_shows_the_answers_feedback_or_a_default(lesson):
    assert check(lesson, "who", "Ana Ruiz").selections[0].feedback == "Yes, the mayor made the decision."
    default = check(lesson, "who", "Dr. Lee").selections[0].feedback
    assert default and default not in ("Yes, the mayor made the decision.", "That is not a person.")


def test_a_partial_selection_says_which_half_is_missing(lesson):
    assert "select more of the important words" in check(lesson, "who", "mayor").selections[0].feedback
    assert "takes in too much" in check(lesson, "who", "Ana Ruiz approved it yesterday").selections[0].feedback


def test_a_wrong_selection_on_a_distractor_shows_its_feedback(lesson):
    assert check(lesson, "who", "Officials said").selections[0].feedback == "Officials are not named."
    assert check(lesson, "who", "the town").selections[0].feedback == "That is a place, not a person."


def test_a_wrong_selection_on_two_distractors_shows_the_one_it_overlaps_most(lesson):
    text = lesson.article.text
    # "Officials" (1 word of it) ... up to "town hall" (2 words): both distractors, but no answer word
    start, end = text.index("approved"), text.index(" hall") + len(" hall")
    assert check(lesson, "who", Selection(start, end)).selections[0].feedback == "That is a place, not a person."


def test_a_wrong_selection_elsewhere_shows_wrong_feedback_else_a_default(lesson):
    assert check(lesson, "who", "yesterday").selections[0].feedback == "That is not a person."
    assert check(lesson, "figure", "Prices").selections[0].feedback == DEFAULT_WRONG


def test_two_selections_inside_one_answer_are_merged_never_wrong(lesson):
    result = check(lesson, "who", "Ana Ruiz", "the mayor")
    assert verdicts(result) == ["correct", "correct"]
    assert result.selections[0].group == result.selections[1].group
    assert (result.found, result.wrong, result.score) == ((0,), 0, 0.5)


# --- matching selections to answers -----------------------------------------------------------------

def test_a_selection_goes_to_the_answer_it_overlaps_most(lesson):
    # "Ruiz approved it yesterday in the town hall. Dr. Lee": 1 word of answer 1, 2 of answer 2
    text = lesson.article.text
    start, end = text.index("Ruiz"), text.index("Lee disagreed") + 3
    result = check(lesson, "who", Selection(start, end))
    assert result.selections[0].answer == 1
    assert result.selections[0].verdict == "partial"  # all of Dr. Lee, but far too much around it
    assert result.missed == (0,)


def test_each_answer_counts_once_and_repeating_it_is_never_wrong(lesson):
    result = check(lesson, "who", "Dr. Lee", "Lee", "Dr.")
    assert verdicts(result) == ["correct", "correct", "correct"]
    assert [s.answer for s in result.selections] == [1, 1, 1]
    assert result.missed == (0,)
    assert result.score == 0.5  # one answer of two


def test_the_order_of_selections_does_not_matter(lesson):
    result = check(lesson, "who", "Lee", "Dr. Lee")
    assert [s.answer for s in result.selections] == [1, 1]
    assert verdicts(result) == ["correct", "correct"]


def test_no_selection_misses_every_answer(lesson):
    result = check(lesson, "who")
    assert (result.score, result.passed, result.missed, result.selections) == (0.0, False, (0, 1), ())


# --- score and pass ---------------------------------------------------------------------------------

@pytest.mark.parametrize("phrases, score", [
    (["Ana Ruiz", "Dr. Lee"], 1.0),                           # 2 correct
    (["Ana Ruiz", "Lee disagreed. Prices rose"], 0.75),       # correct + partial
    (["mayor", "Lee disagreed. Prices rose"], 0.5),           # 2 partial
    (["Ana Ruiz"], 0.5),                                      # 1 correct, 1 missed
    (["Ana Ruiz", "Dr. Lee", "yesterday"], 0.5),              # 2 correct - 1 wrong
    (["mayor", "yesterday"], 0.0),                            # 0.5 - 1 -> 0, never below
    (["Officials", "yesterday", "town hall"], 0.0),
])
def test_score_is_correct_plus_half_partial_minus_wrong_over_answers(lesson, phrases, score):
    result = check(lesson, "who", *phrases)
    assert result.score == pytest.approx(score)
    assert result.passed is (score >= 1.0)


def test_pass_score_decides_passed(lesson):
    exercise = lesson.exercise("figure")
    assert exercise.pass_score == 0.5
    partial = check(lesson, "figure", "15% in the U.S. last year")  # the key, but 1 of 6 words inside
    assert verdicts(partial) == ["partial"] and partial.score == 0.5 and partial.passed
    wrong = check(lesson, "figure", "15%", "Prices")
    assert wrong.score == 0.0 and not wrong.passed
    assert check(lesson, "figure", "rose 15%").passed


# --- sentence units ---------------------------------------------------------------------------------

def test_under_sentence_units_one_word_stands_for_its_sentence(lesson):
    result = check(lesson, "sentences", "disagreed", "own words")
    assert verdicts(result) == ["correct", "correct"] and result.passed


def test_under_sentence_units_two_sentences_are_too_much_for_one_answer(lesson):
    # widened to "Dr. Lee disagreed." (3 words) and the 16-word sentence after it: 3 of 19 inside
    result = check(lesson, "sentences", "Lee disagreed. Prices")
    assert verdicts(result) == ["partial"] and result.score == 0.25
    # "Dr. Lee disagreed." is a sentence of its own, so the "Dr." before it does not end one
    assert verdicts(check(lesson, "sentences", "Dr.")) == ["correct"]


def test_under_sentence_units_another_sentence_is_wrong(lesson):
    result = check(lesson, "sentences", "It ends here")
    assert verdicts(result) == ["wrong"] and result.score == 0


# --- choice -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("picks, score, missed", [
    ([0, 2], 1.0, ()),
    ([2, 0], 1.0, ()),
    ([0], 0.0, (2,)),
    ([0, 1, 2], 0.0, ()),
    ([1], 0.0, (0, 2)),
    ([], 0.0, (0, 2)),
])
def test_a_choice_scores_1_for_exactly_the_correct_options(lesson, picks, score, missed):
    exercise = lesson.exercise("pick")
    result = grade(lesson.article, exercise, [Selection(option=n) for n in picks])
    assert (result.score, result.passed, result.missed) == (score, score == 1.0, missed)
    for selection, n in zip(result.selections, picks):
        assert selection.verdict == ("correct" if exercise.options[n].correct else "wrong")


def test_a_choice_shows_each_options_feedback(lesson):
    exercise = lesson.exercise("pick")
    result = grade(lesson.article, exercise, [Selection(option=n) for n in (0, 1, 2)])
    assert [s.feedback for s in result.selections] == [
        "", "Read the second sentence again.", "Yes, the article says so."]  # a right option needs no words


def test_a_choice_option_that_does_not_exist(lesson):
    result = grade(lesson.article, lesson.exercise("pick"), [Selection(option=7), Selection(option=-1), Selection()])
    assert verdicts(result) == ["wrong"] * 3 and result.score == 0.0


# --- the documented example grades as the document implies -----------------------------------------

def test_doc_example_who_said_it(doc_lesson):
    assert check(doc_lesson, "who-said-it", "Mayor Ana Ruiz").passed
    assert check(doc_lesson, "who-said-it", "said Mayor Ana Ruiz").passed
    assert check(doc_lesson, "who-said-it", "Mayor Ana Ruiz after the vote").passed  # 3 of 6 inside
    ruiz = check(doc_lesson, "who-said-it", "Ruiz")  # 1 of the key's words
    assert verdicts(ruiz) == ["partial"] and ruiz.score == 0.5 and not ruiz.passed
    council = check(doc_lesson, "who-said-it", "Our city council")
    assert verdicts(council) == ["wrong"] and council.score == 0 and council.missed == (0,)
    assert council.selections[0].feedback == "The council voted, but the safety claim comes from someone else."
    assert check(doc_lesson, "who-said-it", "Tuesday").selections[0].feedback == DEFAULT_WRONG


def test_doc_example_unsourced_figures(doc_lesson):
    both = check(doc_lesson, "unsourced-figures", "40%", "dropped 15%")
    assert verdicts(both) == ["correct", "correct"] and both.score == 1 and both.passed
    around = check(doc_lesson, "unsourced-figures", "Around 40%", sel(doc_lesson, "15%", 2))
    assert around.passed
    sourced = check(doc_lesson, "unsourced-figures", "40%", sel(doc_lesson, "15%", 1))
    assert verdicts(sourced) == ["correct", "wrong"] and sourced.score == 0 and sourced.missed == (1,)
    assert sourced.selections[1].feedback == 'This one has a source. Look at "According to a council report".'
    street = check(doc_lesson, "unsourced-figures", "Main Street")
    assert street.selections[0].feedback == "That part of the text is not a figure without a source."
    half = check(doc_lesson, "unsourced-figures", "Around 40%")
    assert half.score == 0.5 and not half.passed and half.missed == (1,)


def test_doc_example_disclaimer_grades_whole_sentences(doc_lesson):
    for phrase in ("column", "Riverside Gazette", "The views in this column are the author's own"):
        result = check(doc_lesson, "disclaimer", phrase)
        assert verdicts(result) == ["correct"] and result.passed, phrase
    wrong = check(doc_lesson, "disclaimer", "Our city council")
    assert verdicts(wrong) == ["wrong"] and wrong.selections[0].feedback == DEFAULT_WRONG


def test_doc_example_genre(doc_lesson):
    exercise = doc_lesson.exercise("genre")
    texts = [o.text for o in exercise.options]
    opinion, news = texts.index("An opinion column"), texts.index("A news report")
    assert grade(doc_lesson.article, exercise, [Selection(option=opinion)]).passed
    wrong = grade(doc_lesson.article, exercise, [Selection(option=news)])
    assert wrong.score == 0 and wrong.selections[0].feedback.startswith("A news report would not carry")
    assert not grade(doc_lesson.article, exercise, [Selection(option=opinion), Selection(option=news)]).passed
