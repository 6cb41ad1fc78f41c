"""A new lesson from an article pasted from a web page: the teacher's first draft, valid at once.

The pasted text is cleaned of what a web page leaves behind (share buttons, arrows, the site's name in
capitals), split into headline, byline and paragraphs, and written as a lesson file whose exercises hold
the answers ``suggest`` found, each with a ``# suggested:`` comment saying why. The result is checked with
the same loader the app uses before it is written, so it always opens.
"""

from __future__ import annotations

import json
import os
import re
import unicodedata
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from literacy_app.authoring.suggest import Suggestion, Suggestions, suggest
from literacy_app.core.anchoring import QuoteProblem, QuoteRequest, resolve, resolve_key
from literacy_app.core.files import default_mode, write_atomically
from literacy_app.core.loader import LANGUAGE_TAG, parse_lesson
from literacy_app.core.matching import FoldedText, fold
from literacy_app.core.text import article_from_body
from literacy_app.i18n import _

MAX_ARTICLE_BYTES = 500_000


class ScaffoldProblem(Exception):
    """Something the teacher can fix (a missing file, an empty article); the message says what."""


@dataclass(frozen=True)
class PastedArticle:
    """An article as found in pasted text: masthead fields and paragraphs ``(text, is_subheading)``."""

    headline: str
    paragraphs: tuple[tuple[str, bool], ...]
    byline: str | None = None
    publication: str | None = None
    date: str | None = None
    section: str | None = None
    source: str | None = None
    dropped: tuple[str, ...] = ()  # lines left out as web-page debris

    @property
    def body(self) -> str:
        """The body as the lesson format writes it: blank lines between paragraphs, ``## `` subheadings."""
        return "\n\n".join(("## " + text) if heading else text for text, heading in self.paragraphs) + "\n"


@dataclass(frozen=True)
class NewLesson:
    """What ``new_lesson`` wrote, for the message the teacher sees."""

    path: Path
    counts: dict[str, int] = field(default_factory=dict)  # exercise id -> suggested answers
    notes: tuple[str, ...] = ()


# --- reading the pasted text ------------------------------------------------------------------------

def read_article_file(path: str | os.PathLike[str]) -> str:
    """The text of an article file (UTF-8 with or without BOM, any line ends); ``-`` is standard input."""
    name = str(path)
    try:
        if name == "-":
            import sys
            data = sys.stdin.buffer.read(MAX_ARTICLE_BYTES + 1)
        else:
            with open(path, "rb") as handle:
                data = handle.read(MAX_ARTICLE_BYTES + 1)
    except FileNotFoundError:
        raise ScaffoldProblem(_("{path}: no such file. Save the article as a plain-text file first.",
                                path=name)) from None
    except IsADirectoryError:
        raise ScaffoldProblem(_("{path} is a folder; give the article's text file.", path=name)) from None
    except OSError as exc:
        raise ScaffoldProblem(_("{path}: cannot read the file: {reason}.", path=name,
                                reason=exc.strerror or str(exc))) from None
    if len(data) > MAX_ARTICLE_BYTES:
        raise ScaffoldProblem(_("{path} is over 500 kB; that is too long for one lesson. Paste only the "
                                "article's text.", path=name))
    if b"\x00" in data:
        raise ScaffoldProblem(_("{path} is not a text file. Copy the article's text into a plain-text file "
                                "(UTF-8).", path=name))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")  # a Windows editor's "ANSI"


_LINE_BREAKS = str.maketrans({"\r": "\n", "\x85": "\n", "\u2028": "\n", "\u2029": "\n\n", "\t": " ",
                              "\ufeff": None, "\u200b": None, "\u00ad": None})
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]")
_DEBRIS_PREFIX = re.compile(r"^(?:(?:[*#=~_>»›►▶→•·|<]|[-–—]{2,}>?|-+>)+\s*)+")
_DEBRIS_SUFFIX = re.compile(r"(?:\s*(?:[*#=~_<«‹◄◀←•·|]|<-+|[-–—]{2,})+)+$")
_PIPE = re.compile(r"\s+[|│]\s+")
_URL = re.compile(r"^(?:https?://|www\.)\S+$")
_STRONG_UI = frozenset(
    "share tweet facebook twitter whatsapp email e-mail print linkedin pinterest reddit telegram messenger "
    "subscribe newsletter advertisement advert ads comments login instagram youtube tiktok".split())
_UI = _STRONG_UI | frozenset(
    "x mail copy link links save saved comment follow us on sign in up log menu search skip to content this "
    "article story listen min mins minute minutes read more related articles stories audio video watch "
    "click here download app via and or the page".split())
_UI_STARTS = re.compile(r"^(?:read (?:more|also|next)|also read|related(?: articles| stories)?:|see also|"
                        r"click here|sign up|follow us|subscribe|share this|copyright|©|\(c\)|all rights "
                        r"reserved|(?:photo|image|picture|credit|file photo)s?:|tags?:|topics?:|"
                        r"advertisement|sponsored content)", re.IGNORECASE)
_BYLINE_LINE = re.compile(r"^(?:[Bb]y|BY|Written\s+by|Words\s+by)\s+([A-Z][^|]{1,80})$")
_SECTIONS = frozenset(
    "opinion op-ed oped comment commentary analysis editorial news world politics business sport sports "
    "health science technology tech letters letter culture local national international column columns "
    "sponsored features feature review reviews lifestyle viewpoint viewpoints perspective".split())
_MONTHS = ("january february march april may june july august september october november december").split()
_DATE_WORDS = re.compile(r"\b(?:published|updated|posted|last|modified|on|at|gmt|utc|bst|est|edt|cet|cest|"
                         r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|"
                         r"sun|\d{1,2}:\d{2}(?::\d{2})?|am|pm|a\.m\.|p\.m\.)\b|[,:|·•-]", re.IGNORECASE)
_MONTH_RE = r"(january|february|march|april|may|june|july|august|september|october|november|december)"
_DATE_FORMS = (
    (re.compile(rf"^{_MONTH_RE}\s+(\d{{1,2}})(?:st|nd|rd|th)?\s+(\d{{4}})$", re.I), ("m", "d", "y")),
    (re.compile(rf"^(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_RE}\s+(\d{{4}})$", re.I), ("d", "m", "y")),
    (re.compile(r"^(\d{4})-(\d{2})-(\d{2})$"), ("y", "n", "d")),
)
_SENTENCE_END = ".!?…:;,\"”’'»)]"


def _clean_line(line: str) -> str:
    line = _DEBRIS_PREFIX.sub("", line.strip())
    line = _DEBRIS_SUFFIX.sub("", line)
    return re.sub(r" {2,}", " ", line).strip()


def _is_ui_debris(line: str) -> bool:
    if not any(c.isalnum() for c in line):
        return True
    if _UI_STARTS.match(line) and len(line.split()) <= 12:
        return True
    words = [w.strip(".,:;!?()[]|/•·\"'").lower() for w in line.split()]
    words = [w for w in words if w]
    return (len(words) <= 8 and any(w in _STRONG_UI for w in words)
            and all(w in _UI or w.isdigit() for w in words))


def _is_all_caps(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 2 and all(not c.islower() for c in letters) and len(line.split()) <= 8


def _title_case(name: str) -> str:
    """"THE DAILY TRIBUNE" -> "The Daily Tribune"; short words in capitals ("BBC") stay as they are."""
    small = {"of", "the", "and", "for", "in", "on", "a", "an", "at", "to"}
    words = []
    for n, word in enumerate(name.split()):
        lower = word.lower()
        if n and lower in small:
            words.append(lower)
        elif len(word) <= 3 and lower not in small:
            words.append(word)
        else:
            words.append(word[:1] + word[1:].lower())
    return " ".join(words)


def _date_value(line: str) -> str | None:
    """The date a masthead line gives ("Published: September 19, 2023") as YYYY-MM-DD, or None."""
    rest = _DATE_WORDS.sub(" ", line)
    rest = re.sub(r"\s+", " ", rest).strip()
    for pattern, order in _DATE_FORMS:
        match = pattern.match(rest)
        if match:
            parts = dict(zip(order, match.groups()))
            month = int(parts["n"]) if "n" in parts else _MONTHS.index(parts["m"].lower()) + 1
            day, year = int(parts["d"]), int(parts["y"])
            if 1 <= month <= 12 and 1 <= day <= 31:
                return f"{year:04d}-{month:02d}-{day:02d}"
    return None


def _logical_lines(text: str) -> list[str]:
    """Lines of the pasted text, with hard-wrapped paragraphs joined back into one line."""
    lines: list[str] = []
    joinable = False
    for raw in text.split("\n"):
        line = raw.strip()
        if not line:
            joinable = False
            continue
        if joinable and lines and len(lines[-1]) >= 40 and lines[-1][-1] not in _SENTENCE_END \
                and not _BYLINE_LINE.match(line) and not _PIPE.search(lines[-1]):
            lines[-1] += " " + line
        else:
            lines.append(line)
        joinable = True
    return lines


def _is_body_paragraph(line: str) -> bool:
    words = len(line.split())
    return words >= 15 or (words >= 8 and line[-1] in ".!?\"”’)")


def _looks_like_subheading(line: str) -> bool:
    return (len(line.split()) <= 10 and len(line) <= 80 and line[:1].isupper()
            and line[-1] not in _SENTENCE_END and not _BYLINE_LINE.match(line))


def parse_pasted(text: str) -> PastedArticle:
    """Find headline, masthead and paragraphs in text pasted from a web page."""
    text = _CONTROL.sub("", unicodedata.normalize("NFC", text.translate(_LINE_BREAKS)))
    lines = _logical_lines(text)
    dropped: list[str] = []
    publication: str | None = None
    page_title: str | None = None
    source: str | None = None
    kept: list[str] = []
    for raw in lines:
        line = _clean_line(raw)
        if _URL.match(line):
            source = source or line
            dropped.append(raw)
            continue
        if _PIPE.search(line):
            parts = [p.strip() for p in _PIPE.split(line) if p.strip()]
            titles = [p for p in parts if not _is_all_caps(p) and len(p.split()) > 3]
            sites = [p for p in parts if p not in titles]
            if titles and sites and page_title is None and not kept:
                page_title = max(titles, key=len)
                publication = publication or (_title_case(sites[0]) if _is_all_caps(sites[0]) else sites[0])
                dropped.append(raw)
                continue
        if not line or _is_ui_debris(line):
            dropped.append(raw)
            continue
        kept.append(line)

    # The masthead: what comes before the first real paragraph.
    first_body = next((n for n, line in enumerate(kept) if _is_body_paragraph(line)), len(kept))
    headline: str | None = None
    byline: str | None = None
    date: str | None = None
    section: str | None = None
    body: list[str] = []
    for n, line in enumerate(kept):
        in_masthead = n < first_body or (n <= first_body + 1 and _BYLINE_LINE.match(line) is not None)
        if in_masthead:
            if _is_all_caps(line) and headline is None and not _BYLINE_LINE.match(line):
                if line.lower() in _SECTIONS:
                    section = section or _title_case(line)
                else:
                    publication = publication or _title_case(line)
                dropped.append(line)
                continue
            if line.lower().strip(":") in _SECTIONS:
                section = section or line.strip(":")
                dropped.append(line)
                continue
            if date is None and (value := _date_value(line)) is not None:
                date = value
                dropped.append(line)
                continue
            byline_match = _BYLINE_LINE.match(line)
            if byline_match and byline is None:
                byline = re.split(r"\s*(?:,|\s[-–—]\s|\|)\s*", byline_match.group(1).strip())[0]
                body.append(line)  # kept in the text too, so students can select it
                continue
            if headline is None:
                headline = line
                continue
        body.append(line)
    if headline is None and page_title is not None:
        headline = page_title
    elif headline is None and body:
        headline = body.pop(0)
    if headline is None:
        raise ScaffoldProblem(_("the article is empty: no headline and no text were found in it."))
    same = fold(headline).casefold()
    body = [line for line in body if fold(line).casefold() != same
            and not (publication and fold(line).casefold() == fold(publication).casefold())]
    if not any(not _BYLINE_LINE.match(line) for line in body):
        raise ScaffoldProblem(_("the article has a headline (\"{headline}\") but no text after it. Paste the "
                                "whole article, with a blank line between paragraphs.", headline=headline))
    paragraphs = []
    for n, line in enumerate(body):
        heading = (0 < n < len(body) - 1 and _looks_like_subheading(line)
                   and not _looks_like_subheading(body[n + 1]) and not _looks_like_subheading(body[n - 1]))
        paragraphs.append((line[3:].strip() if line.startswith("## ") else line,
                           heading or line.startswith("## ")))
    return PastedArticle(headline=headline, paragraphs=tuple(paragraphs), byline=byline,
                         publication=publication, date=date, section=section, source=source,
                         dropped=tuple(dropped))


# --- writing the lesson -----------------------------------------------------------------------------

def lesson_id(headline: str, fallback: str = "new-lesson") -> str:
    """An id from the headline's first words: lowercase letters, digits and '-'."""
    ascii_text = unicodedata.normalize("NFKD", headline).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_text.lower().replace("’", "").replace("'", ""))
    slug = ""
    for word in words:
        if len(slug) + len(word) + 1 > 48:
            break
        slug = f"{slug}-{word}" if slug else word
    return slug or fallback


def schema_reference(output: Path) -> str:
    """The path for the ``$schema`` modeline: relative when the lesson is inside this source tree."""
    schema = Path(str(resources.files("literacy_app") / "schema" / "lesson-1.schema.json")).resolve()
    tree = schema.parent.parent.parent  # the folder that holds the literacy_app package
    target_dir = output.resolve().parent
    if (tree / "pyproject.toml").exists():
        try:
            target_dir.relative_to(tree)
        except ValueError:
            pass
        else:
            return Path(os.path.relpath(schema, target_dir)).as_posix()
    return schema.as_posix()


def _q(value: str) -> str:
    """A YAML double-quoted scalar (JSON's escapes are YAML's)."""
    return json.dumps(value, ensure_ascii=False)


def _comment(text: str) -> str:
    return " ".join(text.split())


@dataclass
class _Item:
    """An answer or distractor ready to write, with what the teacher reads about it."""

    fields: list[tuple[str, str | int]]
    reason: str
    dropped: bool = False


@dataclass
class _ExerciseDraft:
    id: str
    type: str
    prompt: str
    answers: list[_Item]
    distractors: list[_Item] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)  # further lines, already formatted


class _Anchor:
    """Writes a suggestion's range as quote/key/prefix/suffix/occurrence that resolve to that range."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.folded = FoldedText(text)

    def _picks(self, request: QuoteRequest, wanted: tuple[int, int]) -> bool:
        try:
            found = resolve(self.folded, request, str)
        except QuoteProblem:
            return False
        return self.folded.original_span(*found) == wanted

    def fields(self, suggestion: Suggestion, feedback: str | None = None) -> list[tuple[str, str | int]] | None:
        start, end = suggestion.start, suggestion.end
        quote = self.text[start:end]
        wanted = (start, end)
        request = QuoteRequest(quote)
        fields: list[tuple[str, str | int]] = [("quote", quote)]
        if not self._picks(request, wanted):
            chosen = self._narrowing(quote, wanted)
            if chosen is None:
                return None
            fields.append(chosen)
            request = QuoteRequest(quote, **{chosen[0]: chosen[1]})  # type: ignore[arg-type]
        if suggestion.has_key:
            key = self.text[suggestion.key_start:suggestion.key_end]
            found = resolve(self.folded, request, str)
            try:
                key_range = resolve_key(self.folded, found, key)
            except QuoteProblem:
                return None
            if self.folded.original_span(*key_range) != (suggestion.key_start, suggestion.key_end):
                return None
            fields.insert(1, ("key", key))
        if feedback is not None:
            fields.append(("feedback", feedback))
        return fields

    def _narrowing(self, quote: str, wanted: tuple[int, int]) -> tuple[str, str | int] | None:
        """A prefix or suffix of a few words, as written in the article, else an occurrence number."""
        before = self.text[max(0, wanted[0] - 80):wanted[0]]
        after = self.text[wanted[1]:wanted[1] + 80]
        before_words = [m.start() for m in re.finditer(r"\S+", before)]
        after_words = [m.end() for m in re.finditer(r"\S+", after)]
        for size in range(1, 5):
            if len(before_words) >= size:
                prefix = before[before_words[-size]:]
                if "\n" not in prefix and self._picks(QuoteRequest(quote, prefix=prefix), wanted):
                    return ("prefix", prefix)
            if len(after_words) >= size:
                suffix = after[:after_words[size - 1]]
                if "\n" not in suffix and self._picks(QuoteRequest(quote, suffix=suffix), wanted):
                    return ("suffix", suffix)
        found = self.folded.find_all(fold(quote))
        for number in range(1, len(found) + 1):
            if self._picks(QuoteRequest(quote, occurrence=number), wanted):
                return ("occurrence", number)
        return None


_MAX_DISTRACTORS = 10


def _drafts(pasted: PastedArticle, suggestions: Suggestions, text: str) -> list[_ExerciseDraft]:
    anchor = _Anchor(text)

    def items(found: tuple[Suggestion, ...], distractors: bool = False) -> list[_Item]:
        made = []
        for suggestion in found:
            fields = anchor.fields(suggestion, suggestion.feedback if distractors else None)
            if fields is not None:
                made.append(_Item(fields, suggestion.reason))
        return made

    drafts: list[_ExerciseDraft] = []
    attributions = items(suggestions.attributions)
    if attributions:
        drafts.append(_ExerciseDraft(
            "who-says-so", "attribution",
            _("Select the words that tell you who wrote this, or who says something in it."), attributions,
            extra=[f"explanation: {_q(_('An attribution tells you who is responsible for a claim.'))}"]))
    figures = items(suggestions.figures)
    if figures:
        distractors = items(suggestions.figure_distractors[:_MAX_DISTRACTORS], distractors=True)
        extra = [f"wrong_feedback: {_q(_('That part of the text is not a figure without a source.'))}",
                 f"explanation: {_q(_('A figure without a source cannot be checked: ask who counted it.'))}"]
        if len(figures) >= 5:
            extra.insert(0, "pass_score: 0.75  # " + _comment(_("students pass after finding three in four")))
        drafts.append(_ExerciseDraft(
            "unsourced-figures", "unsourced_figure",
            _("Select every figure that is given without a source. Select each figure on its own."),
            figures, distractors, extra))
    disclaimers = items(suggestions.disclaimers)
    if disclaimers:
        drafts.append(_ExerciseDraft(
            "disclaimer", "opinion_disclaimer",
            _("Select the sentence that tells you this piece is the writer's own opinion, not the "
              "publication's."), disclaimers))
    loaded = items(suggestions.loaded)
    if loaded:
        extra = []
        if len(loaded) >= 5:
            extra.append("pass_score: 0.6  # " + _comment(_("students pass after finding three in five")))
        drafts.append(_ExerciseDraft(
            "loaded-language", "loaded_language",
            _("Select words that judge or stir up feelings instead of describing: words a neutral news "
              "report would not use in its own voice. Select each one on its own."), loaded, extra=extra))
    return drafts


def _choice_lines(opinion: bool) -> list[str]:
    options = [(_("A news report"), not opinion), (_("An opinion piece"), opinion),
               (_("A press release"), False), (_("An advertisement"), False)]
    why = (_("suggested: the text has an opinion disclaimer") if opinion else
           _("suggested: no opinion disclaimer was found; check, and move 'correct: true' if needed"))
    lines = ["  - id: what-kind-of-piece", "    type: choice",
             f"    prompt: {_q(_('What kind of piece is this?'))}", "    options:"]
    for text, correct in options:
        lines.append(f"      - text: {_q(text)}")
        if correct:
            lines.append(f"        correct: true  # {_comment(why)}")
    return lines


def _exercise_lines(draft: _ExerciseDraft, owners: dict[int, _Item]) -> list[str]:
    lines = [f"  - id: {draft.id}", f"    type: {draft.type}", f"    prompt: {_q(draft.prompt)}"]
    lines += [f"    {line}" for line in draft.extra]
    for label, group in (("answers", draft.answers), ("distractors", draft.distractors)):
        group = [item for item in group if not item.dropped]
        if not group:
            continue
        lines.append(f"    {label}:")
        for item in group:
            lines.append(f"      # {_comment(_('suggested: {reason}', reason=item.reason))}")
            for n, (name, value) in enumerate(item.fields):
                owners[len(lines) + 1] = item  # 1-based line number of the line about to be added
                written = str(value) if isinstance(value, int) else _q(value)
                lines.append(f"      {'- ' if n == 0 else '  '}{name}: {written}")
    return lines


def render_lesson(pasted: PastedArticle, *, language: str = "en", schema: str | None = None,
                  origin: str | None = None, fallback_id: str = "new-lesson") -> tuple[str, dict[str, int],
                                                                                       tuple[str, ...]]:
    """The lesson file's text, the number of suggested answers per exercise, and notes for the teacher.

    Suggestions the loader would reject (which should not happen) are left out, so the file always opens.
    """
    text, paragraphs, _origins = article_from_body(pasted.body)
    suggestions = suggest(text, paragraphs, byline=pasted.byline, language=language)
    drafts = _drafts(pasted, suggestions, text)
    for _attempt in range(6):
        owners: dict[int, _Item] = {}
        lesson_text = _lesson_text(pasted, drafts, language, schema, origin, fallback_id,
                                   bool(suggestions.disclaimers), owners)
        errors = [p for p in parse_lesson(lesson_text, "<new lesson>").problems if p.is_error]
        if not errors:
            counts = {d.id: sum(not a.dropped for a in d.answers) for d in drafts}
            return lesson_text, {k: v for k, v in counts.items() if v}, suggestions.notes
        culprits = {owners[e.line] for e in errors if e.line in owners}
        if not culprits:
            raise ScaffoldProblem(_("the new lesson has a problem this tool could not fix: {problem}",
                                    problem=str(errors[0])))
        for item in culprits:
            item.dropped = True
    raise ScaffoldProblem(_("the new lesson has a problem this tool could not fix."))


def _lesson_text(pasted: PastedArticle, drafts: list[_ExerciseDraft], language: str, schema: str | None,
                 origin: str | None, fallback_id: str, opinion: bool, owners: dict[int, _Item]) -> str:
    lines = []
    if schema:
        lines.append(f"# yaml-language-server: $schema={schema}")
    lines += [
        "# " + _comment(_("Made by 'literacy-app new' from {origin}.", origin=origin or _("an article"))),
        "# " + _comment(_("Answers marked '# suggested:' were found automatically: keep the right ones, "
                          "delete the wrong ones, add what was missed.")),
        "# " + _comment(_("Then check the file with: literacy-app validate FILE")),
        "format: 1.1",
        f"id: {lesson_id(pasted.headline, fallback_id)}",
        f"title: {_q(pasted.headline)}  # " + _comment(_("the title students see in the library; say what "
                                                          "they will learn")),
        f"language: {language}",
        "# level: \"Ages 13+\"",
        "# minutes: 20",
        "# summary: " + _comment(_("one sentence shown in the library")),
        "# teacher_notes: |",
        "#   " + _comment(_("Context, discussion questions, answers to expect.")),
        "article:",
        f"  headline: {_q(pasted.headline)}",
    ]
    for name in ("publication", "byline", "date", "section", "source"):
        value = getattr(pasted, name)
        if value:
            lines.append(f"  {name}: {_q(value)}")
        elif name == "source":
            lines.append("  # source: " + _comment(_("where the text comes from: the web address or a "
                                                      "citation")))
    lines.append("  body: |")
    for paragraph_line in pasted.body.rstrip("\n").split("\n"):
        lines.append(f"    {paragraph_line}" if paragraph_line else "")
    lines.append("exercises:")
    for draft in drafts:
        if any(not a.dropped for a in draft.answers):
            local: dict[int, _Item] = {}
            exercise_lines = _exercise_lines(draft, local)
            owners.update({len(lines) + line: item for line, item in local.items()})
            lines += exercise_lines
    lines += _choice_lines(opinion)
    return "\n".join(lines) + "\n"


def new_lesson(article: str | os.PathLike[str], output: str | os.PathLike[str], *, language: str = "en",
               force: bool = False) -> NewLesson:
    """Write a lesson file from an article's text file; raise ``ScaffoldProblem`` with the teacher's fix."""
    if not LANGUAGE_TAG.match(language):
        raise ScaffoldProblem(_("'{language}' is not a language tag; write one such as en, es or pt-BR.",
                                language=language))
    target = Path(output)
    if target.is_dir():
        raise ScaffoldProblem(_("{path} is a folder; give the name of the lesson file to write, such as "
                                "{path}/my-lesson.yaml.", path=str(target)))
    if target.exists() and not force:
        raise ScaffoldProblem(_("{path} already exists; nothing was written. Choose another name, or add "
                                "--force to replace it.", path=str(target)))
    pasted = parse_pasted(read_article_file(article))
    origin = "standard input" if str(article) == "-" else Path(article).name
    text, counts, notes = render_lesson(pasted, language=language, schema=schema_reference(target),
                                        origin=origin, fallback_id=lesson_id(target.stem))
    _write_atomically(target, text)
    return NewLesson(target, counts, notes)


def _write_atomically(target: Path, text: str) -> None:
    try:
        write_atomically(target, text.encode("utf-8"), mode=default_mode(), make_folder=False)
    except OSError as exc:
        raise ScaffoldProblem(_("cannot write {path}: {reason}.", path=str(target),
                                reason=exc.strerror or str(exc))) from None
