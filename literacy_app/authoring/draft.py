"""The draft lesson's exercises: suggestions turned into answers and distractors that the loader accepts.

Each item is checked here, with the loader's own rules, before anything is written: its quote (and key)
resolve to exactly the range that was suggested, it has words in it, and it shares no words with an
answer of the same exercise. An item that fails is left out, so the written file opens without a retry.
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from dataclasses import dataclass, field

from literacy_app.authoring.suggest import Suggestion, Suggestions
from literacy_app.core.anchoring import QuoteProblem, QuoteRequest, resolve, resolve_key
from literacy_app.core.matching import FoldedText, fold
from literacy_app.core.text import Paragraph, widened_span
from literacy_app.i18n import _

Field = tuple[str, str | int]
MAX_DISTRACTORS = 10


@dataclass(frozen=True)
class Item:
    """An answer or distractor ready to write: its fields in order, and why it was suggested."""

    fields: tuple[Field, ...]
    reason: str
    span: tuple[int, int]  # the range of the article text it stands for
    key: tuple[int, int]


@dataclass(frozen=True)
class ExerciseDraft:
    id: str
    type: str
    prompt: str
    answers: tuple[Item, ...]
    distractors: tuple[Item, ...] = ()
    extra: tuple[tuple[str, str | float, str | None], ...] = ()  # (field, value, comment)


class _SearchedText(FoldedText):
    """The folded article text, remembering where each quote stands: a draft asks about the same quote
    many times (plain, then with a prefix, a suffix, an occurrence), each time through ``resolve``."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self._found: dict[str, list[tuple[int, int]]] = {}

    def find_all(self, quote: str) -> list[tuple[int, int]]:
        if quote not in self._found:
            self._found[quote] = super().find_all(quote)
        return self._found[quote]


class _Anchor:
    """Writes a suggestion's range as quote/key/prefix/suffix/occurrence that resolve to that range."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.folded = _SearchedText(text)
        self._spans: dict[str, dict[tuple[int, int], tuple[int, tuple[int, int]]]] = {}

    def _resolves_to(self, request: QuoteRequest, wanted: tuple[int, int]) -> tuple[int, int] | None:
        """The folded range ``request`` finds, when it is the original range ``wanted``."""
        try:
            found = resolve(self.folded, request, str)
        except QuoteProblem:
            return None
        return found if self.folded.original_span(*found) == wanted else None

    def fields(self, suggestion: Suggestion) -> list[Field] | None:
        wanted = (suggestion.start, suggestion.end)
        quote = self.text[suggestion.start:suggestion.end]
        fields: list[Field] = [("quote", quote)]
        narrowing = self._narrowing(quote, wanted)
        places = self._places(fold(quote))
        if narrowing is not None and narrowing[0] == "occurrence" and wanted in places:
            # With neither prefix nor suffix, ``resolve`` picks every place the quote stands, so the
            # occurrence is the place itself; asking ``resolve`` would cost a pass over all of them.
            found: tuple[int, int] | None = places[wanted][1]
        else:
            request = QuoteRequest(quote) if narrowing is None else _request(quote, narrowing)
            found = self._resolves_to(request, wanted)  # the loader's own resolution decides
        if found is None:
            return None
        if narrowing is not None:
            fields.append(narrowing)
        if suggestion.has_key:
            key = self.text[suggestion.key_start:suggestion.key_end]
            if not self._key_resolves(found, key, (suggestion.key_start, suggestion.key_end)):
                return None
            fields.insert(1, ("key", key))
        return fields

    def _key_resolves(self, found: tuple[int, int], key: str, wanted: tuple[int, int]) -> bool:
        try:
            key_range = resolve_key(self.folded, found, key)
        except QuoteProblem:
            return False
        return self.folded.original_span(*key_range) == wanted

    def _narrowing(self, quote: str, wanted: tuple[int, int]) -> Field | None:
        """Nothing for a quote that stands once; a prefix or suffix of a few words, as written in the
        article, for one that stands a few times; else an occurrence number."""
        spans = self._places(fold(quote))
        if len(spans) <= 1 or wanted not in spans:
            return None
        if len(spans) <= _FEW:
            for candidate in self._nearby_words(wanted):
                if self._resolves_to(_request(quote, candidate), wanted):
                    return candidate
        return ("occurrence", spans[wanted][0])

    def _places(self, folded_quote: str) -> dict[tuple[int, int], tuple[int, tuple[int, int]]]:
        """Each original range where the quote stands, with its occurrence number and folded range."""
        if folded_quote not in self._spans:
            found = self.folded.find_all(folded_quote)
            self._spans[folded_quote] = {self.folded.original_span(*f): (n, f) for n, f in enumerate(found, 1)}
        return self._spans[folded_quote]

    def _nearby_words(self, wanted: tuple[int, int]) -> list[Field]:
        """Prefixes and suffixes of one to four words on the quote's own line, shortest first."""
        before = self.text[max(0, wanted[0] - 80):wanted[0]]
        after = self.text[wanted[1]:wanted[1] + 80]
        before_words = [m.start() for m in re.finditer(r"\S+", before)]
        after_words = [m.end() for m in re.finditer(r"\S+", after)]
        candidates: list[Field] = []
        for size in range(1, 5):
            if len(before_words) >= size:
                candidates.append(("prefix", before[before_words[-size]:]))
            if len(after_words) >= size:
                candidates.append(("suffix", after[:after_words[size - 1]]))
        return [c for c in candidates if "\n" not in str(c[1])]


_FEW = 4  # a quote that stands more often than this is narrowed by its occurrence


def _request(quote: str, narrowing: Field) -> QuoteRequest:
    name, value = narrowing
    if name == "occurrence":
        return QuoteRequest(quote, occurrence=int(value))
    return QuoteRequest(quote, prefix=str(value)) if name == "prefix" else QuoteRequest(quote, suffix=str(value))


class _Exercise:
    """Items of one exercise, taken only when they keep to the loader's rules for that exercise."""

    def __init__(self, anchor: _Anchor, paragraphs: tuple[Paragraph, ...], unit: str) -> None:
        self.anchor, self.paragraphs, self.unit = anchor, paragraphs, unit
        self.answer_ranges: list[tuple[int, int]] = []  # sorted; answers never overlap

    def _graded_range(self, start: int, end: int) -> tuple[int, int] | None:
        return widened_span(self.anchor.text, self.paragraphs, start, end, self.unit)

    def _item(self, suggestion: Suggestion, feedback: str | None) -> tuple[Item, tuple[int, int]] | None:
        graded = self._graded_range(suggestion.start, suggestion.end)
        if graded is None or self._overlaps_an_answer(graded):
            return None
        if suggestion.has_key and widened_span(self.anchor.text, self.paragraphs, suggestion.key_start,
                                               suggestion.key_end, "word") is None:
            return None
        fields = self.anchor.fields(suggestion)
        if fields is None:
            return None
        if feedback is not None:
            fields.append(("feedback", feedback))
        return Item(tuple(fields), suggestion.reason, (suggestion.start, suggestion.end),
                    (suggestion.key_start, suggestion.key_end)), graded

    def _overlaps_an_answer(self, graded: tuple[int, int]) -> bool:
        n = bisect_left(self.answer_ranges, graded)
        return any(0 <= m < len(self.answer_ranges) and _overlap(graded, self.answer_ranges[m])
                   for m in (n - 1, n))

    def answers(self, found: tuple[Suggestion, ...]) -> tuple[Item, ...]:
        items = []
        for suggestion in found:
            made = self._item(suggestion, None)
            if made is not None:
                items.append(made[0])
                insort(self.answer_ranges, made[1])
        return tuple(items)

    def distractors(self, found: tuple[Suggestion, ...]) -> tuple[Item, ...]:
        items = []
        for suggestion in found:
            feedback = suggestion.feedback if suggestion.feedback and suggestion.feedback.strip() else None
            made = self._item(suggestion, feedback or _("This is not one of the answers."))
            if made is not None:
                items.append(made[0])
            if len(items) == MAX_DISTRACTORS:
                break
        return tuple(items)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def exercise_drafts(text: str, paragraphs: tuple[Paragraph, ...], suggestions: Suggestions) -> list[ExerciseDraft]:
    """The span exercises of the draft lesson, each only when at least one answer was suggested."""
    anchor = _Anchor(text)

    def exercise(unit: str = "word") -> _Exercise:
        return _Exercise(anchor, paragraphs, unit)

    drafts = [
        _attribution(exercise().answers(suggestions.attributions)),
        _vague_sources(exercise().answers(suggestions.vague_sources)),
        _figures(exercise(), suggestions),
        _disclaimer(exercise("sentence").answers(suggestions.disclaimers), suggestions.advertised, suggestions.given,
                    suggestions.disclaimed),
        _loaded(exercise().answers(suggestions.loaded)),
    ]
    return [draft for draft in drafts if draft is not None]


def _attribution(answers: tuple[Item, ...]) -> ExerciseDraft | None:
    if not answers:
        return None
    return ExerciseDraft(
        "who-says-so", "attribution",
        _("Select the words that tell you who wrote this, or who says something in it."), answers,
        extra=(("explanation", _("An attribution tells you who is responsible for a claim."), None),))


def _vague_sources(answers: tuple[Item, ...]) -> ExerciseDraft | None:
    if not answers:
        return None
    return ExerciseDraft(
        "who-exactly", "attribution",
        _("Who exactly? Select the words that give a source without naming it, such as \"experts say\"."),
        answers,
        extra=(("explanation", _("A source without a name cannot be checked: which experts, which studies? "
                                 "Treat the claim as a warning sign until you find who said it."), None),))


def _figures(exercise: _Exercise, suggestions: Suggestions) -> ExerciseDraft | None:
    answers = exercise.answers(suggestions.figures)
    if not answers:
        return None
    distractors = exercise.distractors(suggestions.figure_distractors)
    extra: list[tuple[str, str | float, str | None]] = []
    if len(answers) >= 5:
        extra.append(("pass_score", 0.75, _("students pass after finding three in four")))
    extra += [("wrong_feedback", _("That part of the text is not a figure without a source."), None),
              ("explanation", _("A figure without a source cannot be checked: ask who counted it."), None)]
    return ExerciseDraft(
        "unsourced-figures", "unsourced_figure",
        _("Select every figure that is given without a source. Select each figure on its own."),
        answers, distractors, tuple(extra))


def _disclaimer(answers: tuple[Item, ...], advertised: bool = False, given: bool = False,
                whose_views: bool = True) -> ExerciseDraft | None:
    """The disclaimer exercise, asking for what its notes say: who paid, what the writer was given, whose
    opinion it is, or (``whose_views`` False: "This is not legal advice", "KindlyFund does not verify the
    claims") what the text does not promise."""
    if not answers:
        return None
    if advertised:
        prompt = _("Select the sentence that tells you who paid for this piece.")
    elif given:
        prompt = _("Select the sentence that tells you what the writer was given, or who paid for it.")
    elif not whose_views:
        prompt = _("Select the note that tells you what this text does not promise: that it is no advice, or "
                   "that no one has checked it.")
    else:
        prompt = _("Select the sentence that tells you this piece is the writer's own opinion, not the "
                   "publication's.")
    return ExerciseDraft("disclaimer", "opinion_disclaimer", prompt, answers)


def _loaded(answers: tuple[Item, ...]) -> ExerciseDraft | None:
    if not answers:
        return None
    extra: tuple[tuple[str, str | float, str | None], ...] = ()
    if len(answers) >= 5:
        extra = (("pass_score", 0.6, _("students pass after finding three in five")),)
    return ExerciseDraft(
        "loaded-language", "loaded_language",
        _("Select words that judge or stir up feelings instead of describing: words a neutral news report "
          "would not use in its own voice. Select each one on its own."), answers, extra=extra)


@dataclass(frozen=True)
class Draft:
    """Everything the lesson file will hold, before it is written."""

    id: str
    headline: str
    language: str
    masthead: tuple[tuple[str, str], ...]  # publication, byline, date, section, source: those known
    paragraphs: tuple[tuple[str, bool], ...]
    exercises: tuple[ExerciseDraft, ...]
    opinion: bool
    notes: tuple[str, ...] = field(default=())
    disclaimed: bool = False  # the opinion was found from a disclaimer, not only from the writer's voice
    advertised: bool = False  # a disclaimer says the piece was paid for
    released: bool = False  # the text signs off as a press release

    @property
    def counts(self) -> dict[str, int]:
        """Suggested answers per exercise id."""
        return {exercise.id: len(exercise.answers) for exercise in self.exercises}
