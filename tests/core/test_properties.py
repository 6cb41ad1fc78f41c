"""Properties that hold for any input: loading never crashes, grading never crashes, an answer's own words
are always correct, offsets are code points, and folding maps back to the right place."""

from __future__ import annotations

import json
import os
import re
import tempfile
import unicodedata
from dataclasses import dataclass

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from literacy_app.core.grading import Selection, grade
from literacy_app.core.loader import InvalidLesson, LessonFile, load_lesson, parse_lesson, read_lesson
from literacy_app.core.matching import _SPACE_RUN, FoldedText, fold
from literacy_app.core.text import TextIndex, Utf16Positions, article_from_body, sentence_end_pattern, widened_span
from tests.support.lessons import DOC_EXAMPLE, FIXTURES, LESSON

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
GRADING = read_lesson(FIXTURES / "valid" / "grading.yaml").lesson
assert GRADING is not None

# --- loading never raises ---------------------------------------------------------------------------

YAMLISH = st.sampled_from(list(": -#&*!|>[]{}'\"\n\t%@`,?~") + ["\r\n", "\ufeff", "\x00", "---", "- ", ": ",
                                                                   "&a ", "*a", "!!python/name:os.system"])
LESSONISH = st.lists(st.one_of(st.characters(), YAMLISH), max_size=150).map("".join)


def _check_file(result: object) -> None:
    assert isinstance(result, LessonFile)
    assert (result.lesson is None) == bool(result.errors)
    for problem in result.problems:
        assert problem.line >= 1 and problem.column >= 1 and problem.message
        assert problem.severity in ("error", "warning")


@FAST
@given(st.one_of(LESSONISH, st.binary(max_size=300)))
def test_parse_lesson_never_raises(data):
    _check_file(parse_lesson(data, "x.yaml"))


@FAST
@given(st.integers(0, len(LESSON)), st.integers(0, 40), st.one_of(LESSONISH, YAMLISH))
def test_parse_lesson_never_raises_on_a_damaged_lesson(at, cut, insert):
    _check_file(parse_lesson(LESSON[:at] + insert + LESSON[at + cut:], "x.yaml"))


@FAST
@given(st.integers(0, 2000), st.integers(0, 60), st.binary(max_size=20))
def test_parse_lesson_never_raises_on_damaged_bytes(at, cut, insert):
    data = DOC_EXAMPLE.read_bytes()
    _check_file(parse_lesson(data[:at] + insert + data[at + cut:], "x.yaml"))


@settings(max_examples=30, deadline=None)
@given(st.one_of(LESSONISH.map(lambda t: t.encode("utf-8", "surrogatepass")), st.binary(max_size=200),
                 st.just(LESSON.encode())))
def test_load_lesson_raises_nothing_but_invalid_lesson(data):
    handle, name = tempfile.mkstemp(suffix=".yaml")
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
        try:
            lesson = load_lesson(name)
        except InvalidLesson as problem:
            assert problem.problems and any(p.is_error for p in problem.problems)
        else:
            assert lesson.id
    finally:
        os.unlink(name)


# --- grading never raises ---------------------------------------------------------------------------

@FAST
@given(st.sampled_from([e.id for e in GRADING.exercises]),
       st.lists(st.tuples(st.integers(-20, 400), st.integers(-20, 400)), max_size=5),
       st.lists(st.integers(-2, 5), max_size=4))
def test_grading_any_selections_never_raises(exercise_id, ranges, options):
    exercise = GRADING.exercise(exercise_id)
    selections = [Selection(a, b) for a, b in ranges] + [Selection(option=o) for o in options]
    result = grade(GRADING.article, exercise, selections)
    assert 0.0 <= result.score <= 1.0
    assert len(result.selections) == len(selections)
    assert result.passed == (result.score >= exercise.pass_score - 1e-9)
    # each answer counts once: found, partly found or missed
    assert len(result.found) + len(result.partly) + len(result.missed) == len(exercise.answers or
                                                                               [o for o in exercise.options if o.correct])


# --- format 1.1: merging never lowers a score, a wrong selection never raises one, Show answer freezes --

SPAN_EXERCISES = [e.id for e in GRADING.exercises if not e.is_choice]
WORDS = [(m.start(), m.end()) for m in re.finditer(r"\w+", GRADING.article.text)]
RANGES = st.tuples(st.integers(0, len(WORDS) - 1), st.integers(1, 6)).map(
    lambda t: Selection(WORDS[t[0]][0], WORDS[min(len(WORDS) - 1, t[0] + t[1] - 1)][1]))


def _words(first: int, stop: int) -> Selection:
    return Selection(WORDS[first][0], WORDS[stop - 1][1])


@st.composite
def split_selection(draw) -> tuple[Selection, list[Selection]]:  # type: ignore[no-untyped-def]
    """A selection of whole words, and the same words as two pieces that touch or overlap (each with words,
    as the app never adds a selection without one)."""
    first = draw(st.integers(0, len(WORDS) - 1))
    stop = draw(st.integers(first + 1, min(len(WORDS), first + 6)))
    if stop - first == 1:
        return _words(first, stop), [_words(first, stop)] * 2
    cut = draw(st.integers(first + 1, stop - 1))
    overlap = draw(st.integers(0, cut - first - 1))
    return _words(first, stop), [_words(first, cut), _words(cut - overlap, stop)]


@FAST
@given(st.sampled_from(SPAN_EXERCISES), st.lists(RANGES, max_size=4), split_selection())
def test_selecting_words_in_pieces_or_twice_never_lowers_the_score(exercise_id, others, split):
    """Merging: the same words selected in several touching or overlapping pieces, or again, score at least
    what they score selected once."""
    exercise = GRADING.exercise(exercise_id)
    whole, pieces = split
    once = grade(GRADING.article, exercise, others + [whole]).score
    assert grade(GRADING.article, exercise, others + pieces).score >= once
    assert grade(GRADING.article, exercise, others + [whole, whole]).score >= once
    assert grade(GRADING.article, exercise, others + [whole] + pieces).score >= once


def _apart(selection: Selection, others: list[Selection], exercise) -> bool:  # type: ignore[no-untyped-def]
    """Touches no answer's quote and lies apart from every other selection (so it merges with none)."""
    index = GRADING.article.index
    mine = index.tokens(selection.start, selection.end, exercise.unit)
    spans = [index.tokens(a.quote.start, a.quote.end, exercise.unit) for a in exercise.answers] + \
        [index.tokens(o.start, o.end, exercise.unit) for o in others]
    return mine[0] < mine[1] and all(mine[1] < s[0] or s[1] < mine[0] for s in spans)


@FAST
@given(st.sampled_from(SPAN_EXERCISES), st.lists(RANGES, max_size=4), RANGES)
def test_adding_a_wrong_selection_never_raises_the_score(exercise_id, others, wrong):
    exercise = GRADING.exercise(exercise_id)
    assume(_apart(wrong, others, exercise))
    before = grade(GRADING.article, exercise, others)
    after = grade(GRADING.article, exercise, others + [wrong])
    assert after.score <= before.score
    assert after.selections[-1].verdict == "wrong"


@FAST
@given(st.lists(st.one_of(st.tuples(st.just("add"), RANGES), st.just(("check",)), st.just(("show",)),
                          st.just(("again",))), max_size=12))
def test_a_score_frozen_by_show_answer_never_rises(steps):
    from literacy_app.core.session import LessonSession

    session = LessonSession(GRADING)
    frozen: tuple[float | None, bool] | None = None
    for step in steps:
        if step[0] == "add":
            session.add_selection(step[1].start, step[1].end)
        elif step[0] == "check":
            session.check()
            if session.state.answer_shown:
                assert session.attempts[-1].answer_shown
        elif step[0] == "show":
            session.show_answer()
            if frozen is None:
                frozen = (session.state.best_score, session.state.passed)
        else:
            session.try_again()
        if frozen is not None:
            assert session.state.answer_shown  # Try again never clears it
            assert (session.state.best_score, session.state.passed) == frozen


# --- generated lessons ------------------------------------------------------------------------------

LETTERS = "abcdefghijklmnoprstuvwyzéüñçøåßłžš"
ASTRAL = ["😀", "🎉", "𝔸", "𓀀", "🇫🇷"]


@dataclass
class Generated:
    text: str  # the lesson file
    article: str  # the article text it must give
    quotes: list[tuple[str, int, int]]  # each answer's quote and where it stands in the article text
    keys: list[tuple[int, int]]


@st.composite
def generated_lessons(draw, kind: str = "select") -> Generated:
    count = draw(st.integers(4, 7))
    sentences: list[list[str]] = []
    serial = 0
    for _ in range(count):
        words = []
        for _ in range(draw(st.integers(4, 8))):
            stem = draw(st.text(alphabet=LETTERS, min_size=1, max_size=6))
            serial += 1
            # "q...x" is in no stem, so each word (and any run of words) stands once in the article
            words.append(stem + "q" + "".join(LETTERS[int(d)] for d in str(serial)) + "x")
            if draw(st.integers(0, 9)) == 0:
                words.append(draw(st.sampled_from(ASTRAL)))
        if words[-1] in ASTRAL:  # "𝔸." would read as an initial, like "J. Smith", and join two sentences
            words.pop()
        sentences.append(words)
    breaks = set(draw(st.lists(st.integers(1, count - 1), max_size=2)))
    body_lines, paragraphs, current = [], [], []
    for n, words in enumerate(sentences):
        if n in breaks:
            paragraphs.append(" ".join(current))
            current = []
            body_lines.append("")
        line = " ".join(words) + "."
        current.append(line)
        body_lines.append(line)
    paragraphs.append(" ".join(current))
    article = "\n\n".join(paragraphs)

    chosen = sorted(draw(st.sets(st.integers(0, count - 1), min_size=1, max_size=3)))
    quotes, keys, answers = [], [], []
    for n in chosen:
        words = [w for w in sentences[n] if w not in ASTRAL]
        first = draw(st.integers(0, len(words) - 1))
        size = draw(st.integers(1, min(3, len(words) - first)))
        # the quote as written in the article (astral "words" in between included)
        all_words = sentences[n]
        i, j = all_words.index(words[first]), all_words.index(words[first + size - 1])
        quote = " ".join(all_words[i:j + 1])
        start = article.index(quote)
        quotes.append((quote, start, start + len(quote)))
        key_word = words[draw(st.integers(first, first + size - 1))]
        key_start = article.index(key_word, start)
        keys.append((key_start, key_start + len(key_word)))
        answers.append(f"      - quote: {json.dumps(quote, ensure_ascii=False)}\n"
                       f"        key: {json.dumps(key_word, ensure_ascii=False)}\n")
    body = "".join(f"    {line}\n" if line else "\n" for line in body_lines)
    text = (f"format: 1\nid: generated\ntitle: Generated\nlanguage: en\narticle:\n  headline: H\n"
            f"  body: |\n{body}exercises:\n  - id: ex\n    type: {kind}\n    prompt: Find them.\n"
            f"    answers:\n" + "".join(answers))
    return Generated(text, article, quotes, keys)


@FAST
@given(generated_lessons())
def test_generated_lessons_resolve_every_quote_in_code_points(generated):
    result = parse_lesson(generated.text)
    assert result.problems == [], "\n".join(map(str, result.problems))
    lesson = result.lesson
    assert lesson.article.text == generated.article
    for answer, (quote, start, end), key in zip(lesson.exercises[0].answers, generated.quotes, generated.keys):
        assert (answer.quote.start, answer.quote.end) == (start, end)
        assert lesson.article.quote(answer.quote) == quote
        assert (answer.key.start, answer.key.end) == key


@FAST
@given(generated_lessons(), st.booleans())
def test_selecting_exactly_an_answers_quote_or_key_is_correct(generated, use_key):
    lesson = parse_lesson(generated.text).lesson
    exercise = lesson.exercises[0]
    for n, answer in enumerate(exercise.answers):
        span = answer.key if use_key else answer.quote
        result = grade(lesson.article, exercise, [Selection(span.start, span.end)])
        assert [(s.verdict, s.answer) for s in result.selections] == [("correct", n)]
    everything = [Selection(a.key.start, a.key.end) if use_key else Selection(a.quote.start, a.quote.end)
                  for a in exercise.answers]
    assert grade(lesson.article, exercise, everything).passed


@FAST
@given(generated_lessons())
def test_selecting_the_whole_article_never_passes(generated):
    lesson = parse_lesson(generated.text).lesson
    result = grade(lesson.article, lesson.exercises[0], [Selection(0, len(lesson.article.text))])
    assert not result.passed
    assert result.score <= 0.5


@FAST
@given(generated_lessons(kind="opinion_disclaimer"))
def test_selecting_the_whole_article_never_passes_under_sentence_units(generated):
    result = parse_lesson(generated.text)
    assume(result.lesson is not None)  # two answers may share a sentence: that lesson is rightly refused
    lesson = result.lesson
    grade_ = grade(lesson.article, lesson.exercises[0], [Selection(0, len(lesson.article.text))])
    # Format 1.1: one selection is correct for every answer it holds when at least half of it lies in their
    # quotes; so the whole article passes only when the answers' sentences are half of it.
    index = lesson.article.index
    quotes = [index.tokens(a.quote.start, a.quote.end, "sentence") for a in lesson.exercises[0].answers]
    inside = len(set().union(*(range(*q) for q in quotes)))
    assert grade_.passed == (2 * inside >= len(index.starts))


# --- UTF-16 positions -------------------------------------------------------------------------------

TEXT_WITH_ASTRAL = st.text(alphabet=st.one_of(st.characters(blacklist_categories=("Cs",)),
                                              st.sampled_from("".join(ASTRAL))), max_size=60)


@FAST
@given(TEXT_WITH_ASTRAL)
def test_utf16_positions_agree_with_utf16_and_round_trip(text):
    positions = Utf16Positions(text)
    for index in range(len(text) + 1):
        position16 = positions.to_utf16(index)
        assert position16 == len(text[:index].encode("utf-16-le")) // 2
        assert positions.to_index(position16) == index
    for index, char in enumerate(text):
        if ord(char) > 0xFFFF:  # a position between the two halves of a surrogate pair rounds down
            assert positions.to_index(positions.to_utf16(index) + 1) == index
    end16 = len(text.encode("utf-16-le")) // 2
    assert positions.to_index(end16 + 5) == len(text) and positions.to_index(-3) == 0


# --- folding maps back ------------------------------------------------------------------------------

TYPOGRAPHIC = {"'": "’‘", '"': "“”", "-": "–—"}
SPACES = [" ", "  ", "\n", " \n  ", "\t", "\u00a0", "\u2003", "\u00a0 "]


@st.composite
def folded_pieces(draw):
    """Words (with combining marks, curly quotes, dashes; NFC or NFD) separated by odd white space, and
    the same words written plainly, as a teacher would type a quote."""
    words_as_written, words_plain = [], []
    for _ in range(draw(st.integers(2, 12))):
        plain = draw(st.text(alphabet="abcéèüñçåöAÉ'\"-", min_size=1, max_size=6).filter(lambda w: w[0].isalpha()))
        written = "".join(draw(st.sampled_from(TYPOGRAPHIC[c])) if c in TYPOGRAPHIC and draw(st.booleans()) else c
                          for c in plain)
        form = draw(st.sampled_from(["NFC", "NFD"]))
        words_as_written.append(unicodedata.normalize(form, written))
        words_plain.append(unicodedata.normalize(draw(st.sampled_from(["NFC", "NFD"])), plain))
    separators = [draw(st.sampled_from(SPACES)) for _ in range(len(words_as_written) - 1)]
    return words_as_written, words_plain, separators


@FAST
@given(folded_pieces(), st.data())
def test_folding_maps_a_quote_back_to_its_original_range(pieces, data):
    written, plain, separators = pieces
    text, starts = "", []
    for n, word in enumerate(written):
        starts.append(len(text))
        text += word + (separators[n] if n < len(separators) else "")
    first = data.draw(st.integers(0, len(written) - 1))
    last = data.draw(st.integers(first, len(written) - 1))
    expected = (starts[first], starts[last] + len(written[last]))
    quote = " ".join(plain[first:last + 1])

    folded = FoldedText(text)
    places = [folded.original_span(*found) for found in folded.find_all(fold(quote))]
    assert expected in places
    for start, end in places:
        assert fold(text[start:end]) == fold(quote)


# --- the fast paths agree with the plain ones -------------------------------------------------------

PIECES = ["word", "Dr.", "U.S.", "2,000", "3.5%", "it's", "x", ".", "!", "?", "。", "文", "\"", "”", "'", ")",
          "e\u0301", "😀", "J.", "etc.", "  ", " ", "\t", "\n", "\n\n", "## ", "\u00a0", "…", "؟", "١٢", "-"]
BODIES = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)


@settings(max_examples=300, deadline=None)
@given(BODIES, st.data(), st.sampled_from(["word", "sentence"]))
def test_quotes_are_widened_at_load_exactly_as_grading_widens_them(body, data, unit):
    # The loader widens each quote by looking only around it (widened_span); grading uses the index.
    text, paragraphs, _ = article_from_body(body)
    index = TextIndex(text, paragraphs)
    start = data.draw(st.integers(-2, len(text) + 2))
    end = data.draw(st.integers(-2, len(text) + 2))
    first, stop = index.tokens(start, end, unit)
    assert widened_span(text, paragraphs, start, end, unit) == (None if first >= stop else index.span(first, stop))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab .!?…؟۔。！？\"'”’»)]\n\t\u00a0\u2003", max_size=30), st.data())
def test_the_fast_patterns_match_what_their_plain_forms_match(text, data):
    plain_sentence_end = re.compile(r"(?:[.!?…؟۔]+[\"'”’»)\]]*)(?=\s)|[。！？]+")
    plain_space_run = re.compile(r"\s{2,}|[^\S ]")
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    assert [m.span() for m in sentence_end_pattern().finditer(text, lo, hi)] == \
        [m.span() for m in plain_sentence_end.finditer(text, lo, hi)]
    assert [m.span() for m in _SPACE_RUN.finditer(text)] == [m.span() for m in plain_space_run.finditer(text)]
