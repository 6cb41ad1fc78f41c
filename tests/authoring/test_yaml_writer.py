"""The draft writer's output is right by construction: any draft, written and read back by the loader,
gives the same article text and the same quotes and keys, with no error."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from literacy_app.authoring.draft import Draft, exercise_drafts
from literacy_app.authoring.suggest import Suggestion, Suggestions
from literacy_app.authoring.yaml_writer import body_of, lesson_yaml, quoted, safe_paragraphs
from literacy_app.core.loader import parse_lesson
from literacy_app.core.text import article_from_body

# Letters, digits and everything YAML treats specially: quotes, backslashes, '#', ':', line breaks of
# every kind, tabs, control characters, a byte-order mark, right-to-left text and accents.
_CHARS = st.sampled_from(list("aAbZ zé9 0.,;:!?-'\"\\#&*|>%@`{}[]“”’\t\r\n\x00\x07\x7f\x85\u2028\u2029\ufeff"
                              "\u00a0مرحباÅ\u0301"))
_TEXT = st.text(_CHARS, min_size=1, max_size=40)


@st.composite
def drafts(draw: st.DrawFn) -> tuple[Draft, str]:
    raw = draw(st.lists(st.tuples(_TEXT, st.booleans()), min_size=1, max_size=5))
    paragraphs = safe_paragraphs(tuple(raw))
    if not paragraphs:
        paragraphs = (("Some words here.", False),)
    if paragraphs[0][1]:
        paragraphs = (("A first paragraph.", False), *paragraphs)
    text, spans, _origins = article_from_body(body_of(paragraphs))

    def suggestion(with_feedback: bool = False) -> Suggestion:
        start = draw(st.integers(0, len(text) - 1))
        end = draw(st.integers(start + 1, min(len(text), start + 30)))
        key_start = draw(st.integers(start, end - 1))
        key_end = draw(st.integers(key_start + 1, end))
        return Suggestion(start, end, key_start, key_end, draw(_TEXT), draw(_TEXT) if with_feedback else None)

    def some(with_feedback: bool = False) -> tuple[Suggestion, ...]:
        return tuple(suggestion(with_feedback) for _ in range(draw(st.integers(0, 4))))

    found = Suggestions(figures=some(), figure_distractors=some(True), attributions=some(),
                        vague_sources=some(), disclaimers=some(), loaded=some())
    masthead = tuple((name, value) for name in ("publication", "byline", "date", "section", "source")
                     if (value := draw(st.one_of(st.none(), _TEXT.filter(str.strip)))))
    draft = Draft(id="a-lesson", headline=draw(_TEXT.filter(str.strip)),
                  language=draw(st.sampled_from(["en", "es", "ar", "pt-BR"])),
                  masthead=masthead, paragraphs=paragraphs,
                  exercises=tuple(exercise_drafts(text, spans, found)), opinion=draw(st.booleans()))
    return draft, text


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(drafts(), _TEXT)
def test_any_draft_written_and_loaded_back_gives_the_same_quotes_keys_and_texts(made: tuple[Draft, str],
                                                                                origin: str) -> None:
    draft, text = made
    written = lesson_yaml(draft, schema="../schema/lesson-1.schema.json", origin=origin)
    result = parse_lesson(written, "<draft>")
    assert [str(p) for p in result.problems] == []
    lesson = result.lesson
    assert lesson is not None
    assert lesson.article.text == text
    assert lesson.title == lesson.article.headline == draft.headline
    assert lesson.language == draft.language
    for name, value in draft.masthead:
        assert getattr(lesson.article, name) == value
    loaded = {exercise.id: exercise for exercise in lesson.exercises}
    for exercise in draft.exercises:
        got = loaded[exercise.id]
        assert [(a.quote.start, a.quote.end) for a in got.answers] == [item.span for item in exercise.answers]
        assert [(a.key.start, a.key.end) for a in got.answers] == [item.key for item in exercise.answers]
        assert [(d.quote.start, d.quote.end) for d in got.distractors] == \
            [item.span for item in exercise.distractors]


@given(st.text())
def test_a_quoted_value_reads_back_as_itself(value: str) -> None:
    import yaml

    if any("\ud800" <= c <= "\udfff" for c in value):
        return  # not text a file can hold
    assert yaml.safe_load(f"value: {quoted(value)}\n") == {"value": value}
