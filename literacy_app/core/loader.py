"""Loading a lesson file: every rule of lesson format 1.1 (and so of 1), every problem reported at once."""

from __future__ import annotations

import os
import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cached_property

from literacy_app.core.anchoring import QuoteProblem, QuoteRequest, resolve, resolve_key, to_span
from literacy_app.core.characters import Characters
from literacy_app.core.checks import Checker, Field
from literacy_app.core.files import FileTooBig, NotARegularFile, read_regular_file
from literacy_app.core.matching import FoldedText
from literacy_app.core.model import (
    EXERCISE_TYPES,
    FORMAT_VERSIONS,
    LATEST_FORMAT,
    SPAN_TYPES,
    Answer,
    Article,
    Distractor,
    Exercise,
    Lesson,
    LessonFile,
    Option,
    Rules,
    Span,
    notes_text,
)
from literacy_app.core.problems import InvalidLesson, LessonError, Place
from literacy_app.core.text import BodyLine, split_body, token_pattern, widened_span
from literacy_app.core.yamlsource import MAX_BYTES, Node, Source, SourceProblem, read_source, too_big
from literacy_app.i18n import _

LESSON_FIELDS = {
    "format": Field("number", True), "id": Field("text", True), "title": Field("text", True),
    "language": Field("text", True), "level": Field("text"), "minutes": Field("int"),
    "summary": Field("text"), "teacher_notes": Field("text"), "tags": Field("texts"),
    "article": Field("mapping", True), "exercises": Field("list", True), "rules": Field("mapping"),
}
RULES_FIELDS = {"show_answer": Field("bool"), "retry": Field("bool")}
ARTICLE_FIELDS = {
    "headline": Field("text", True), "body": Field("text", True), "publication": Field("text"),
    "byline": Field("text"), "date": Field("text"), "section": Field("text"), "source": Field("text"),
}
COMMON_FIELDS = {
    "id": Field("text", True), "type": Field("text", True), "prompt": Field("text", True),
    "hints": Field("texts"), "explanation": Field("text"), "pass_score": Field("number"),
}
SPAN_FIELDS = {"answers": Field("list", True), "distractors": Field("list"),
               "wrong_feedback": Field("text"), "unit": Field("text")}
CHOICE_FIELDS = {"options": Field("list", True), "multiple": Field("bool")}
QUOTE_FIELDS = {"quote": Field("text", True), "key": Field("texts"), "prefix": Field("text"),
                "suffix": Field("text"), "occurrence": Field("int"), "feedback": Field("text")}
DISTRACTOR_FIELDS = {**QUOTE_FIELDS, "feedback": Field("text", True)}
OPTION_FIELDS = {"text": Field("text", True), "correct": Field("bool"), "feedback": Field("text")}

LESSON_ID = re.compile(r"^[a-z0-9-]+$")
LANGUAGE_TAG = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$")


def read_lesson(path: str | os.PathLike[str], shown_as: str | None = None) -> LessonFile:
    """Load a lesson file; never raises. ``shown_as`` is the path used in messages."""
    name = shown_as or str(path)
    try:
        data = read_regular_file(path, MAX_BYTES)
    except FileTooBig as exc:  # said without reading it all; the message gives the real size
        return LessonFile(name, None, [too_big(name, exc.size)])
    except NotARegularFile:
        what = _("a folder") if os.path.isdir(path) else _("a device, pipe or socket, not a file")
        return LessonFile(name, None, [LessonError(name, 1, 1, _(
            "cannot read the file: it is {what}. A lesson is a .yaml text file.", what=what))])
    except OSError as exc:
        reason = exc.strerror or str(exc)
        return LessonFile(name, None, [LessonError(name, 1, 1, _("cannot read the file: {reason}.",
                                                                 reason=reason))])
    return parse_lesson(data, name)


def load_lesson(path: str | os.PathLike[str]) -> Lesson:
    """Load a lesson or raise ``InvalidLesson`` with every problem."""
    result = read_lesson(path)
    if result.lesson is None:
        raise InvalidLesson(result.problems)
    return result.lesson


def parse_lesson(data: bytes | str, path: str = "<lesson>") -> LessonFile:
    """Check and build a lesson from a file's contents; never raises."""
    raw = data.encode("utf-8", errors="surrogatepass") if isinstance(data, str) else data
    try:
        source = read_source(raw, path)
    except SourceProblem as exc:
        return LessonFile(path, None, [exc.problem])
    builder = _LessonBuilder(source)
    lesson = builder.build()
    return LessonFile(path, lesson, builder.checker.problems, builder.id_place)


class _LessonBuilder:
    def __init__(self, source: Source) -> None:
        self.source = source
        self.checker = Checker(source.path)
        self.id_place: Place | None = None
        self.format = FORMAT_VERSIONS[0]
        self.format_place: Place | None = None
        self.uses_new: list[tuple[Place, str]] = []  # where a 1.1 feature is used, and which
        self._body_characters: Characters | None = None  # what the file says of the body's characters
        self._single_spaced = False  # what split_body found of the article's white space

    def uses(self, place: Place, feature: str) -> None:
        """Note a format 1.1 feature, for the warning a lesson still saying ``format: 1`` gets."""
        self.uses_new.append((place, feature))

    def build(self) -> Lesson | None:
        root = self.source.root
        fields = self.checker.fields(root, LESSON_FIELDS, _("the lesson"))
        if fields is None:
            return None
        if not self._format_ok(fields.get("format")):
            return None
        lesson_id = self._lesson_id(fields.get("id"))
        title = self.checker.text(fields.get("title"), "title")
        language = self._language(fields.get("language"))
        level = self.checker.text(fields.get("level"), "level")
        minutes = self.checker.integer(fields.get("minutes"), "minutes", minimum=1)
        summary = self.checker.text(fields.get("summary"), "summary")
        notes = self.checker.text(fields.get("teacher_notes"), "teacher_notes")
        tags = self.checker.texts(fields.get("tags"), "tags") or ()
        rules = self._rules(fields.get("rules"))
        article_node = fields.get("article")
        article = self._article(article_node) if article_node is not None else None
        exercises = self._exercises(fields.get("exercises"), article)
        self._warn_new_features()
        if self.checker.has_errors or article is None or lesson_id is None or title is None:
            return None
        return Lesson(id=lesson_id, title=title, language=language or "", article=article,
                      exercises=exercises, level=level, minutes=minutes, summary=summary,
                      teacher_notes=notes_text(notes) if notes is not None else None, tags=tags,
                      format=self.format, rules=rules, path=self.source.path)

    def _rules(self, node: Node | None) -> Rules:
        if node is None:
            return Rules()
        self.uses(node.place, _("'rules'"))
        fields = self.checker.fields(node, RULES_FIELDS, _("the rules"))
        if fields is None:
            return Rules()
        show_answer = self.checker.boolean(fields.get("show_answer"), "show_answer")
        retry = self.checker.boolean(fields.get("retry"), "retry")
        return Rules(show_answer=show_answer is not False, retry=retry is not False)

    def _warn_new_features(self) -> None:
        """A lesson that says ``format: 1`` but uses a 1.1 feature: one warning per feature used."""
        if self.format != "1":
            return
        for place, feature in self.uses_new:
            self.checker.report(place, _(
                "{feature} is new in lesson format 1.1; write 'format: 1.1' at the top of the lesson, so "
                "that an older app says it needs updating instead of misreading it.", feature=feature),
                severity="warning")

    def _format_ok(self, node: Node | None) -> bool:
        if node is None:
            return True
        self.format_place = node.place
        version = self.checker.number(node, "format")
        if version is None:
            return True
        written = node.text.strip()
        if version > float(LATEST_FORMAT):
            # A newer format may have fields this app does not know: say only that the app is too old.
            self.checker.problems.clear()
            self.checker.report(node.place, _(
                "this lesson is written in format {version}, but this app reads format {supported}. "
                "Update the app to open it.", version=written, supported=LATEST_FORMAT))
            return False
        known = next((v for v in FORMAT_VERSIONS if float(v) == version), None)
        if known is None:
            self.checker.report(node.place, _("'format' should be {versions}, not {value}.",
                                              versions=_(" or ").join(FORMAT_VERSIONS), value=written))
            return True
        self.format = known
        return True

    def _lesson_id(self, node: Node | None) -> str | None:
        value = self.checker.text(node, "id")
        self.id_place = node.place if node is not None else None
        if value is not None and not LESSON_ID.match(value):
            assert node is not None
            self.checker.report(node.place, _("the id \"{value}\" may only use lowercase letters, digits "
                                              "and '-', like: city-cycle-lanes.", value=value))
            return None
        return value

    def _language(self, node: Node | None) -> str | None:
        value = self.checker.text(node, "language")
        if value is not None and not LANGUAGE_TAG.match(value):
            assert node is not None
            self.checker.report(node.place, _("\"{value}\" is not a language tag. Write a code such as en, "
                                              "es, fr, ar or pt-BR.", value=value))
        return value

    # --- the article -----------------------------------------------------------------------------

    def _article(self, node: Node) -> Article | None:
        fields = self.checker.fields(node, ARTICLE_FIELDS, _("the article"))
        if fields is None:
            return None
        values = {name: self.checker.text(fields.get(name), name) for name in ARTICLE_FIELDS}
        body_node = fields.get("body")
        if body_node is None or values["body"] is None or values["headline"] is None:
            return None
        if body_node.style != "|":
            self.checker.report(body_node.place, _(
                "write the body as a literal block: 'body: |' with the text indented on the lines below, "
                "so that its paragraphs and line breaks are kept."), severity="warning")
        self._body_characters = self.source.value_characters(body_node)
        text, paragraphs, origins, self._single_spaced = split_body(values["body"], self._body_characters)
        if not text:
            self.checker.report(body_node.place, _("the article body is empty."))
            return None
        self._body_node, self._origins = body_node, origins
        return Article(headline=values["headline"], text=text, paragraphs=paragraphs,
                       publication=values["publication"], byline=values["byline"], date=values["date"],
                       section=values["section"], source=values["source"])

    def place_in_file(self, offset: int) -> str:
        """Where an article offset stands in the lesson file, in words."""
        origin = _origin_before(self._origins, offset)
        node = self._body_node
        if node.style != "|" or origin is None:
            return _("offset {offset}", offset=offset)
        file_line = node.place.line + 1 + origin.value_line
        value_lines = self._value_lines
        indent = len(self.source.line_text(file_line)) - len(value_lines[origin.value_line])
        column = indent + origin.value_column + (offset - origin.offset) + 1
        return _("line {line}, column {column}", line=file_line, column=column)

    @property
    def body_value(self) -> str:
        return self._body_node.text

    @cached_property
    def _value_lines(self) -> list[str]:
        return self.body_value.split("\n")

    # --- exercises -------------------------------------------------------------------------------

    def _exercises(self, node: Node | None, article: Article | None) -> tuple[Exercise, ...]:
        items = self.checker.items(node, "exercises")
        if items is None:
            return ()
        if not items and node is not None:
            self.checker.report(node.place, _("a lesson needs at least one exercise."))
        folded = FoldedText(article.text, article.paragraphs, self._body_characters, self._single_spaced) \
            if article is not None else None
        exercises: list[Exercise] = []
        seen: dict[str, Place] = {}
        for item in items:
            exercise = _ExerciseBuilder(self, item, article, folded).build(seen)
            if exercise is not None:
                exercises.append(exercise)
        return tuple(exercises)


def _origin_before(origins: Sequence[BodyLine], offset: int) -> BodyLine | None:
    n = bisect_right(origins, offset, key=lambda origin: origin.offset)
    return origins[n - 1] if n else None


class _ExerciseBuilder:
    def __init__(self, lesson: _LessonBuilder, node: Node, article: Article | None,
                 folded: FoldedText | None) -> None:
        self.lesson, self.node, self.article, self.folded = lesson, node, article, folded
        self.checker = lesson.checker

    def build(self, seen: dict[str, Place]) -> Exercise | None:
        if self.node.kind != "mapping":
            self.checker.fields(self.node, COMMON_FIELDS, _("an exercise"))
            return None
        kind = self._type()
        spec = {**COMMON_FIELDS, **(CHOICE_FIELDS if kind == "choice" else SPAN_FIELDS if kind else {})}
        what = _("exercise '{id}'", id=self._id_text() or "?")
        if kind is None:  # the type's own problem is reported; which fields it needs is not known
            spec = {name: Field(f.kind) for name, f in {**COMMON_FIELDS, **SPAN_FIELDS, **CHOICE_FIELDS}.items()}
            spec.update({name: f for name, f in COMMON_FIELDS.items() if name != "type"})
        fields = self.checker.fields(self.node, spec, what, self._belongs_elsewhere(kind))
        if fields is None or kind is None:
            return None
        exercise_id = self._unique_id(fields.get("id"), seen)
        common = dict(
            prompt=self.checker.text(fields.get("prompt"), "prompt"),
            hints=self.checker.texts(fields.get("hints"), "hints") or (),
            explanation=self.checker.text(fields.get("explanation"), "explanation"),
            pass_score=self._pass_score(fields.get("pass_score")),
        )
        body = self._choice(fields) if kind == "choice" else self._span(kind, fields)
        if exercise_id is None or common["prompt"] is None or body is None:
            return None
        return Exercise(id=exercise_id, type=kind, **common, **body)  # type: ignore[arg-type]

    def _id_text(self) -> str | None:
        for key, value in self.node.pairs:
            if key.text == "id" and value.kind == "scalar":
                return value.text
        return None

    def _type(self) -> str | None:
        node = next((v for k, v in self.node.pairs if k.text == "type"), None)
        value = self.checker.text(node, "type") if node is not None else None
        if node is None or value is None:
            if node is None:
                self.checker.report(self.node.place, _("this exercise is missing the field 'type'."))
            return None
        if value not in EXERCISE_TYPES:
            import difflib
            close = difflib.get_close_matches(value, EXERCISE_TYPES, n=1, cutoff=0.5)
            hint = _(" Did you mean '{close}'?", close=close[0]) if close else ""
            self.checker.report(node.place, _("'{value}' is not an exercise type. The types are: {types}.",
                                              value=value, types=", ".join(EXERCISE_TYPES)) + hint)
            return None
        return value

    def _belongs_elsewhere(self, kind: str | None) -> Callable[[str], str | None]:
        def hint(name: str) -> str | None:
            if kind == "choice" and name in SPAN_FIELDS:
                return _("'{name}' belongs to exercises that select text; this exercise is a choice.",
                         name=name)
            if kind in SPAN_TYPES and name in CHOICE_FIELDS:
                return _("'{name}' belongs to choice exercises; this exercise's type is '{kind}'.",
                         name=name, kind=kind)
            return None
        return hint

    def _unique_id(self, node: Node | None, seen: dict[str, Place]) -> str | None:
        value = self.checker.text(node, "id")
        if value is None or node is None:
            return None
        if value in seen:
            first = seen[value]
            self.checker.report(node.place, _("the exercise id '{value}' is already used at line {line}; "
                                              "each exercise needs its own id.", value=value, line=first.line))
            return None
        seen[value] = node.place
        return value

    def _pass_score(self, node: Node | None) -> float:
        value = self.checker.number(node, "pass_score")
        if value is None:
            return 1.0
        if not 0 <= value <= 1:
            assert node is not None
            self.checker.report(node.place, _("pass_score should be between 0 and 1 (0.8 means 80%)."))
        return value

    # --- choice ----------------------------------------------------------------------------------

    def _choice(self, fields: dict[str, Node]) -> dict[str, object] | None:
        multiple = self.checker.boolean(fields.get("multiple"), "multiple") or False
        items = self.checker.items(fields.get("options"), "options")
        if items is None:
            return None
        options: list[Option] = []
        texts: set[str] = set()
        for item in items:
            option = self._option(item, texts)
            if option is not None:
                options.append(option)
        options_node = fields["options"]
        if len(items) < 2:
            self.checker.report(options_node.place, _("a choice needs at least two options."))
        elif len(options) == len(items) and not any(o.correct for o in options):
            self.checker.report(options_node.place, _("no option is marked 'correct: true'."))
        elif not multiple and sum(o.correct for o in options) > 1:
            self.checker.report(options_node.place, _(
                "more than one option is correct; add 'multiple: true' so students can pick several."))
        return {"options": tuple(options), "multiple": multiple}

    def _option(self, node: Node, texts: set[str]) -> Option | None:
        fields = self.checker.fields(node, OPTION_FIELDS, _("an option"))
        if fields is None:
            return None
        text = self.checker.text(fields.get("text"), "text")
        correct = self.checker.boolean(fields.get("correct"), "correct")
        feedback = self.checker.text(fields.get("feedback"), "feedback")
        if text is None:
            return None
        if text in texts:
            self.checker.report(fields["text"].place, _("two options have the text \"{text}\".", text=text))
        texts.add(text)
        if correct is None and "correct" in fields:
            return None  # already reported; counting it as not correct would add a second, wrong error
        return Option(text=text, correct=bool(correct), feedback=feedback)

    # --- span exercises --------------------------------------------------------------------------

    def _span(self, kind: str, fields: dict[str, Node]) -> dict[str, object] | None:
        unit = self._unit(fields.get("unit"), kind)
        wrong_feedback = self.checker.text(fields.get("wrong_feedback"), "wrong_feedback")
        answer_nodes = self.checker.items(fields.get("answers"), "answers")
        distractor_nodes = self.checker.items(fields.get("distractors"), "distractors") or []
        if answer_nodes is None:
            return None
        if not answer_nodes:
            self.checker.report(fields["answers"].place, _("an exercise needs at least one answer."))
        answers = [self._quoted(n, QUOTE_FIELDS, _("an answer")) for n in answer_nodes]
        distractors = [self._quoted(n, DISTRACTOR_FIELDS, _("a distractor")) for n in distractor_nodes]
        if self.article is None or None in answers or None in distractors:
            return None
        self._check_overlaps(answers, distractors, unit)  # type: ignore[arg-type]
        return {
            "unit": unit, "wrong_feedback": wrong_feedback,
            "answers": tuple(Answer(q.span, q.key, q.feedback, q.keys) for q in answers),  # type: ignore[union-attr]
            "distractors": tuple(Distractor(q.span, q.feedback or "") for q in distractors),  # type: ignore[union-attr]
        }

    def _unit(self, node: Node | None, kind: str) -> str:
        default = "sentence" if kind == "opinion_disclaimer" else "word"
        value = self.checker.text(node, "unit")
        if value is None:
            return default
        if value not in ("word", "sentence"):
            assert node is not None
            self.checker.report(node.place, _("unit should be 'word' or 'sentence', not '{value}'.",
                                              value=value))
            return default
        return value

    def _quoted(self, node: Node, spec: dict[str, Field], what: str) -> _Quoted | None:
        fields = self.checker.fields(node, spec, what)
        if fields is None:
            return None
        values = {name: self.checker.text(fields.get(name), name)
                  for name in ("quote", "prefix", "suffix", "feedback")}
        key_node = fields.get("key")
        written_keys = self._keys(key_node)
        occurrence = self.checker.integer(fields.get("occurrence"), "occurrence", minimum=1)
        quote = values["quote"]
        if quote is None or self.folded is None:
            return None
        request = QuoteRequest(quote, values["prefix"], values["suffix"], occurrence)
        try:
            found = resolve(self.folded, request, self.lesson.place_in_file)
        except QuoteProblem as problem:
            self.checker.report(fields["quote"].place, str(problem))
            return None
        if written_keys is None:
            return None
        span = to_span(self.folded, found)
        keys: list[Span] = []
        for key_place, key_text in written_keys:
            try:
                key = to_span(self.folded, resolve_key(self.folded, found, key_text))
            except QuoteProblem as problem:
                self.checker.report(key_place, str(problem))
                continue
            widened = widened_span(self.article.text, self.article.paragraphs, key.start, key.end, "word") \
                if self.article is not None else None
            if widened is None:
                self.checker.report(key_place, _("the key \"{key}\" has no words in it; a key is the words a "
                                                 "student must select.", key=key_text))
                continue
            keys.append(key)
            self._warn_longer_key(key_place, key_text, widened)
        if len(keys) < len(written_keys):
            return None
        return _Quoted(fields["quote"].place, span, keys[0] if keys else span, values["feedback"], tuple(keys))

    def _keys(self, node: Node | None) -> list[tuple[Place, str]] | None:
        """The keys as written, each with its place: one text, or (format 1.1) a list of texts."""
        if node is None:
            return []
        if node.kind != "sequence":
            text = self.checker.text(node, "key")
            return None if text is None else [(node.place, text)]
        self.lesson.uses(node.place, _("a list of keys"))
        if not node.items:
            self.checker.report(node.place, _("the list of keys is empty; write at least one key, or remove "
                                              "'key' so that half of the quote is enough."))
            return None
        keys = []
        for item in node.items:
            text = self.checker.item_text(item, "key")
            if text is None:
                return None
            keys.append((item.place, text))
        return keys

    def _warn_longer_key(self, place: Place, key_text: str, widened: tuple[int, int]) -> None:
        """Format 1 was satisfied by half of a key's words; 1.1 needs all of them. Say so where a lesson
        still written in format 1 has a key of two words or more, so its teacher can check."""
        if self.lesson.format != "1" or self.article is None:
            return
        words = len(token_pattern().findall(self.article.text, *widened))
        if words < 2:
            return
        tokens = token_pattern().findall(self.article.text, *widened)
        example = _(" (for example key: [{listed}])", listed=", ".join(tokens)) if len(tokens) == 2 else ""
        self.checker.report(place, _(
            "since lesson format 1.1, a student must select all {words} words of the key \"{key}\" (format 1 "
            "accepted half of them). If fewer should be enough, give a list of keys, any one of which is "
            "enough{example}. Either way, write 'format: 1.1' at the top of the lesson.",
            words=words, key=key_text, example=example),
            severity="warning")

    def _check_overlaps(self, answers: list[_Quoted], distractors: list[_Quoted], unit: str) -> None:
        assert self.article is not None
        text, paragraphs = self.article.text, self.article.paragraphs
        ranges = []  # each quote widened as grading widens it, as a range of characters
        for quoted in answers + distractors:
            widened = widened_span(text, paragraphs, quoted.span.start, quoted.span.end, unit)
            if widened is None:
                self.checker.report(quoted.place, _("this quote has no words in it; students can only "
                                                    "select words."))
            ranges.append(widened or (0, 0))
        for n, answer in enumerate(answers):
            for m in range(n):
                if _overlap(ranges[n], ranges[m]):
                    self.checker.report(answer.place, _("this answer overlaps answer {number}; answers must "
                                                        "not share words.", number=m + 1)
                                        + self._sentence_note(unit))
        for d, distractor in enumerate(distractors):
            for m in range(len(answers)):
                if _overlap(ranges[len(answers) + d], ranges[m]):
                    self.checker.report(distractor.place, _("this distractor overlaps answer {number}; a "
                                                            "distractor must not share words with an "
                                                            "answer.", number=m + 1)
                                        + self._sentence_note(unit))

    @staticmethod
    def _sentence_note(unit: str) -> str:
        return _(" (This exercise grades whole sentences, so they may not share a sentence.)") \
            if unit == "sentence" else ""


@dataclass(frozen=True)
class _Quoted:
    place: Place
    span: Span
    key: Span
    feedback: str | None
    keys: tuple[Span, ...] = ()


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1] and a[0] < a[1] and b[0] < b[1]
