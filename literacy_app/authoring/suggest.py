"""Finding likely answers in an article text for a new lesson: figures without a source, attributions,
opinion disclaimers and loaded words.

These are suggestions a teacher keeps or deletes, so each carries the reason it was made. The rules are
written for English; they look at one sentence at a time, as a careful reader would.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from literacy_app.authoring.patterns import BYLINE, MONTH, byline_name
from literacy_app.core.text import Paragraph, TextIndex
from literacy_app.i18n import _


@dataclass(frozen=True)
class Suggestion:
    """A range of the article text to put in a lesson as an answer (or a distractor), and why."""

    start: int
    end: int
    key_start: int
    key_end: int
    reason: str
    feedback: str | None = None  # distractors only

    @property
    def has_key(self) -> bool:
        return (self.key_start, self.key_end) != (self.start, self.end)


@dataclass(frozen=True)
class Suggestions:
    figures: tuple[Suggestion, ...] = ()
    figure_distractors: tuple[Suggestion, ...] = ()
    attributions: tuple[Suggestion, ...] = ()
    vague_sources: tuple[Suggestion, ...] = ()
    disclaimers: tuple[Suggestion, ...] = ()
    loaded: tuple[Suggestion, ...] = ()
    notes: tuple[str, ...] = field(default=())


# --- numbers -------------------------------------------------------------------------------------

_UNITS = ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
          "sixteen seventeen eighteen nineteen").split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_SCALES = "hundred thousand million billion trillion".split()
_NUMBER_WORD = (rf"(?:(?:{'|'.join(_TENS)})(?:-(?:{'|'.join(_UNITS[:9])}))?|{'|'.join(_UNITS)}"
                rf"|{'|'.join(_SCALES)})")
# "six", "ten thousand", "twenty-five", "two hundred and fifty", "a million"
_NUMBER_WORDS = re.compile(rf"\b(?:an?\s+(?={'|'.join(_SCALES)}))?{_NUMBER_WORD}"
                           rf"(?:(?:\s+and\s+|\s+|-)(?:{_NUMBER_WORD})\b)*\b", re.IGNORECASE)
_CURRENCY = r"(?:(?:US|A|C|NZ|HK)?[$€£¥₹₽]\s?)"
_SCALE_AFTER = r"(?:\s?(?:%|per\s?cent\b|percent\b)|\s(?:million|billion|trillion|thousand|hundred)\b" \
               r"|(?:bn|m|k)\b)?"
# 12  2,000  3.5  $5 million  15%  40 percent  (not inside 5G, COVID-19, 10:30, 1/2, 21st)
_DIGITS = re.compile(rf"(?<![\w.,/:$€£¥₹₽-]){_CURRENCY}?(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?{_SCALE_AFTER}"
                     r"(?![\w/:]|[.,]\d|-\d)")

_ORDINAL = r"\d{1,2}(?:st|nd|rd|th)?"
_DATES = re.compile(
    rf"\b{MONTH}\s+{_ORDINAL}\b(?:,?\s+\d{{4}}\b)?"  # September 19, 2023; September 21
    rf"|\b{_ORDINAL}\s+(?:of\s+)?{MONTH}(?:,?\s+\d{{4}}\b)?"  # 10 November 2020; 21st of September
    rf"|\b{MONTH}\s+\d{{4}}\b"  # September 2023
    r"|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b"  # 2023-09-19, 19/09/2023
    r"|\b\d{1,2}(?::\d{2})?\s?(?:a\.m\.|p\.m\.|am\b|pm\b)|\b\d{1,2}:\d{2}\b"  # times of day
    r"|\b\d{1,4}(?:st|nd|rd|th)\b"  # ordinals: 21st, 2nd
    rf"|\b(?:{'|'.join(_UNITS[:12])}|\d{{1,2}})(?:\s+o['’]clock|\s+in\s+the\s+(?:morning|afternoon|evening)"
    r"|\s+at\s+night)\b"  # two in the morning
)
_YEAR = re.compile(r"(?<![\w.,$€£-])(?:1[5-9]\d\d|20\d\d)(?:s\b|(?![\w%]|[.,]\d))")
_YEAR_CONTEXT = re.compile(
    r"(?:\b(?:in|since|by|of|until|till|from|during|year|early|late|mid|before|after|between|and|to|"
    r"through|around|circa|c\.|summer|winter|spring|autumn|fall|season|class)|[-–(])\s*$", re.IGNORECASE)
_LABELS = re.compile(r"(?:\b(?:Article|Section|Chapter|Resolution|No\.|Number|Route|Room|Page|Level|Phase|"
                     r"Stage|Grade|Class|Flight|Highway|Item|Point|Act|Law|Rule|Paragraph|Clause|Version|"
                     r"Episode|Season|Volume|Issue|Table|Figure|Gate|Platform|Channel|Apollo|Block|Unit|"
                     r"Bus|Line|Model|Type|Step|Part|Amendment|Group|Floor|Ward|District|Zone)\s*)$")
_TIME_UNITS = re.compile(r"^[\s-]*(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?|"
                         r"centur(?:y|ies)|generations?)\b", re.IGNORECASE)
_HEDGE = re.compile(r"(?:\b(?:more|less|fewer|greater|higher|lower)\s+than|\b(?:almost|nearly|about|around|"
                    r"over|under|roughly|approximately|some|an\s+estimated|close\s+to|up\s+to|at\s+least|"
                    r"at\s+most|as\s+many\s+as|as\s+much\s+as|well\s+over|just\s+over|just\s+under|"
                    r"upwards\s+of|in\s+excess\s+of|only|just))\s+$", re.IGNORECASE)
_APPROXIMATE = re.compile(r"^(?:more|less|fewer|greater|higher|lower|almost|nearly|about|around|over|under|"
                          r"roughly|approximately|some|an|close|up|at|as|well|upwards|in)\b", re.IGNORECASE)
_NOUN_STOP = frozenset(
    "of the a an and or but nor to in on at for from by with as than that which who whom whose is are was "
    "were be been being have has had do does did will would shall should can could may might must not no "
    "this these those it its their his her our my your per each every all both into onto over under "
    "about after before since during between among against while when where if so then there here".split())
_PLURAL_NOUNS = frozenset("people children men women police staff cattle troops personnel".split())
_RATIO = re.compile(rf"\s+(?:out\s+of|in|of\s+every)\s+(?:\d+|{_NUMBER_WORD})\b", re.IGNORECASE)
# Counts of the article's own parts ("five reasons"), a person's own family ("whose two sons") and
# discounts ("20% off") are not figures a reader would need a source for.
_SELF_COUNTS = re.compile(r"[\s-]*(?:reasons|ways|tips|things|steps|questions|lessons|ideas|facts|rules|"
                          r"signs|secrets|mistakes|myths|takeaways|points)\b|\s+off\b", re.IGNORECASE)
_POSSESSIVE = re.compile(r"\b(?:whose|his|her|their|my|our|your|its)\s+$", re.IGNORECASE)
_NEXT_WORD = re.compile(r"(?:\s+|-)([A-Za-z][\w’'-]*)")

# Words in a sentence that name where a figure comes from.
_SOURCE_CUES = re.compile(
    r"\baccording\s+to\b"
    r"|\b(?:said|says|say|told|tells|reported|reports|estimated|estimates|found|finds|showed|shows|cited|"
    r"citing|quoted|published|announced|stated|revealed|confirmed|calculated|counted|recorded|registered|"
    r"measured|surveyed)\b"
    r"|\b(?:reports?|study|studies|survey|polls?|census|research|data|statistics|figures|analysis|review|"
    r"audit|records|estimates?)\s+(?:by|from|of|published|released|compiled|collected)\b"
    r"|\b(?:a|an|the|this|that|its|their)\s+(?:[\w’'-]+\s+){0,2}?(?:report|study|survey|poll|census)\b"
    r"|\bsources?\s*:", re.IGNORECASE)


@dataclass(frozen=True)
class _Figure:
    start: int  # the whole phrase (hedge, number, unit)
    end: int
    number_start: int
    number_end: int
    is_word: bool


def _sentences(text: str, paragraphs: tuple[Paragraph, ...]) -> tuple[list[tuple[int, int]], list[int]]:
    sentences = TextIndex(text, paragraphs).sentences
    return sentences, [s for s, _ in sentences]


def _sentence_of(position: int, sentences: list[tuple[int, int]], starts: list[int]) -> tuple[int, int]:
    n = max(0, bisect_right(starts, position) - 1)
    return sentences[n] if sentences else (0, 0)


def _date_spans(text: str) -> list[tuple[int, int]]:
    spans = [(m.start(), m.end()) for m in _DATES.finditer(text)]
    for match in _YEAR.finditer(text):
        if any(s <= match.start() < e for s, e in spans):
            continue
        before = text[max(0, match.start() - 20):match.start()]
        after = text[match.end():match.end() + 20]
        follower = re.match(r"\s+([a-z][\w-]*)", after)
        counted = follower is not None and follower.group(1) not in _NOUN_STOP
        if _YEAR_CONTEXT.search(before) or not counted:
            spans.append((match.start(), match.end()))
    return sorted(spans)


def _inside(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= position < e for s, e in spans)


def _numbers(text: str, dates: list[tuple[int, int]]) -> list[_Figure]:
    found: list[_Figure] = []
    for match in _DIGITS.finditer(text):
        start, end = match.span()
        if _inside(start, dates) or _LABELS.search(text[max(0, start - 14):start]):
            continue
        if start > 0 and text[start - 1] in "#№":
            continue
        found.append(_Figure(start, end, start, end, False))
    for match in _NUMBER_WORDS.finditer(text):
        start, end = match.span()
        words = match.group().lower()
        if words in ("one", "an", "a") or _inside(start, dates):
            continue
        if any(f.start <= start < f.end or start <= f.start < end for f in found):
            continue
        found.append(_Figure(start, end, start, end, True))
    found.sort(key=lambda f: f.start)
    merged: list[_Figure] = []
    for figure in found:  # "9 out of 10" is one figure
        if merged and (ratio := _RATIO.match(text, merged[-1].number_end)) and ratio.end() == figure.number_end:
            last = merged.pop()
            figure = _Figure(last.start, figure.end, last.number_start, figure.number_end, last.is_word)
        merged.append(figure)
    return [f for f in merged if not _SELF_COUNTS.match(text, f.number_end)
            and not _POSSESSIVE.search(text[max(0, f.start - 8):f.start])]


def _is_list_marker(text: str, figure: _Figure, paragraph_starts: set[int]) -> bool:
    """"1." or "2)" at the start of a paragraph numbers a list; it is not a figure."""
    return figure.start in paragraph_starts and text[figure.end:figure.end + 1] in (".", ")")


def _extend(text: str, figure: _Figure, limit_start: int, limit_end: int) -> _Figure:
    """Widen a figure to its hedge ("more than") and the noun it counts ("300 Azerbaijani citizens")."""
    start = figure.start
    hedge = _HEDGE.search(text[max(limit_start, start - 24):start])
    if hedge:
        start = max(limit_start, start - 24) + hedge.start()
    end = figure.end
    if text[end:end + 1] == "-" and (follow := re.match(r"-([a-z]+)", text[end:])):  # ten thousand-strong
        end += follow.end()
    if not re.match(r"\s?%|\s?per\s?cent|\s?percent", text[figure.number_end - 1:figure.number_end + 9]):
        for _taken in range(3):
            word = _NEXT_WORD.match(text, end)
            if word is None or word.end() > limit_end or word.group(1).lower() in _NOUN_STOP:
                break
            end = word.end()
            noun = word.group(1).lower()
            if noun.endswith("s") or noun in _PLURAL_NOUNS:
                break
    return _Figure(start, end, figure.number_start, figure.number_end, figure.is_word)


def unsourced_figures(text: str, paragraphs: tuple[Paragraph, ...]) -> tuple[list[Suggestion], list[Suggestion]]:
    """Figures whose sentence names no source (answers), and dates and sourced figures (distractors)."""
    sentences, starts = _sentences(text, paragraphs)
    dates = _date_spans(text)
    figures = _numbers(text, dates)
    paragraph_starts = {p.start for p in paragraphs}
    answers: list[Suggestion] = []
    distractors: list[Suggestion] = []
    taken: list[tuple[int, int]] = []
    limits = sorted([(f.number_start, f.number_end) for f in figures] + dates)
    for figure in figures:
        if _is_list_marker(text, figure, paragraph_starts):
            continue
        s_start, s_end = _sentence_of(figure.start, sentences, starts)
        before = [e for s, e in limits if e <= figure.number_start and e > s_start]
        after = [s for s, e in limits if s >= figure.number_end and s < s_end]
        wide = _extend(text, figure, max(before, default=s_start), min(after, default=s_end))
        if any(wide.start < e and s < wide.end for s, e in taken + dates):
            wide = figure
        hedged = wide.start < figure.start and _APPROXIMATE.match(text[wide.start:figure.start]) is not None
        duration = _TIME_UNITS.match(text[figure.number_end:figure.number_end + 16])
        cue = next((c for c in _SOURCE_CUES.finditer(text, s_start, s_end)
                    if c.start() < wide.end or text[wide.end:c.start()].strip()), None)
        # ("9 out of 10 teachers say": the figure's own subject speaking is no source)
        number = text[figure.number_start:figure.number_end]
        if duration and not hedged:
            wide = _Figure(figure.start, wide.end, figure.number_start, figure.number_end, figure.is_word)
            distractors.append(Suggestion(
                wide.start, wide.end, wide.start, wide.end,
                _("a length of time, not a count"),
                _("This is a length of time. You can often work it out from dates, so it needs no source.")))
        elif cue is not None:
            distractors.append(Suggestion(
                wide.start, wide.end, figure.number_start, figure.number_end,
                _("its sentence names a source (\"{cue}\")", cue=cue.group()),
                _("This figure has a source: look at \"{cue}\" in the same sentence.", cue=cue.group())))
        else:
            kind = _("a number word") if figure.is_word else _("a figure")
            why = _("{kind} (\"{number}\") in a sentence that names no source", kind=kind, number=number)
            if duration:
                why = _("an estimate of time (\"{phrase}\") in a sentence that names no source",
                        phrase=text[wide.start:wide.end])
            answers.append(Suggestion(wide.start, wide.end, figure.number_start, figure.number_end, why))
        taken.append((wide.start, wide.end))
    for start, end in dates:
        if not any(start < e and s < end for s, e in taken) and re.search(r"\d", text[start:end]):
            distractors.append(Suggestion(start, end, start, end, _("a date, not a count"),
                                          _("This is a date, not a count. You can check in other sources "
                                            "what happened then.")))
    distractors.sort(key=lambda d: d.start)
    return answers, distractors


# --- attributions ----------------------------------------------------------------------------------

_NAME = (r"[A-Z][\w’'.-]*(?:\s+(?:(?:of|the|for|and|de|da|del|van|von|al|bin|el|la|le|du|di)\s+)*"
         r"[A-Z][\w’'.-]*)*")
_SPEECH = (r"said|says|told|tells|added|stated|explained|wrote|writes|warned|claimed|insisted|argued|noted|"
           r"announced|confirmed|tweeted|posted|admitted|acknowledged|asserted")
_ROLE = (r"(?:spokes(?:person|man|woman)|officials?|police|authorities|ministry|government|minister|mayor|"
         r"president|experts?|analysts?|researchers?|scientists?|witnesses|residents|sources|company|"
         r"organi[sz]ers?|prosecutors?|lawyers?|doctors?|council|department|agency|army|military)")
_NAME_SAYS = re.compile(rf"(?<![\w’'-])((?:(?:[Tt]he|[Aa]n?)\s+)?(?:[A-Za-z][\w’'-]*\s+)?{_ROLE}|{_NAME})"
                        rf"\s*(?:,[^,.;]{{1,60}},\s*)?\s+(?:{_SPEECH})\b")
_SAYS_NAME = re.compile(rf"\b(?:said|says|added|explained|wrote|warned|claimed|noted|argued|insisted)\s+"
                        rf"({_NAME}|(?:the|a|an)\s+(?:[a-z][\w’'-]*\s+){{0,2}}?{_ROLE}\b)")
_ACCORDING = re.compile(r"\b[Aa]ccording\s+to\s+([^,.;:!?()\"“”]{2,80}?)(?=\s*[,.;:!?()\"“”]|$)")
_AUTHOR_NOTE = re.compile(r"\b[Tt]he\s+(?:author|writer|columnist)(?:\s+of\s+this\s+(?:article|piece|column|"
                          r"op-ed|commentary|essay))?\s+is\s+(?:an?\s+|the\s+)?([^.;()\n]{3,120}?)"
                          r"(?=\s*[.;()]|\s*$)")
_NOT_SPEAKERS = frozenset(
    "The It This That These Those We He She They I You A An But And Our His Her Their In On At As So Then "
    "Yesterday Today Tomorrow Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February "
    "March April May June July August September October November December Also When While If".split())


def _trim_speaker(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Drop capitalised sentence openers ("The", "But") from a run of capitalised words, and a full stop
    that ends the sentence rather than an initial ("J.")."""
    while end > start and text[end - 1] in ".,’'" and not re.search(r"(?:^|\s)[A-Z]\.$", text[start:end]):
        end -= 1
    words = list(re.finditer(r"\S+", text[start:end]))
    while words and words[0].group().rstrip(",") in _NOT_SPEAKERS:
        words.pop(0)
    while words and words[-1].group().rstrip(",") in _NOT_SPEAKERS:
        words.pop()
    if not words:
        return None
    return start + words[0].start(), start + words[-1].end()


def attributions(text: str, paragraphs: tuple[Paragraph, ...], byline: str | None = None) -> list[Suggestion]:
    """Who is said to say what: the byline, "X said", "said X", "according to X", an author's note."""
    found: list[Suggestion] = []
    for paragraph in paragraphs[:3]:
        match = BYLINE.match(paragraph.text)
        if match and not paragraph.is_subheading:
            name_start = paragraph.start + match.start(1)
            name = byline_name(match.group(1))  # not ", Staff Writer"
            found.append(Suggestion(paragraph.start, paragraph.end, name_start, name_start + len(name),
                                    _("the byline names the writer")))
            break
    for match in _NAME_SAYS.finditer(text):
        speaker = _trim_speaker(text, *match.span(1))
        if speaker is None or "\n" in text[speaker[0]:match.end()]:
            continue
        verb = text[match.end(1):match.end()].split()[-1]
        found.append(Suggestion(speaker[0], match.end(), *speaker,
                                _("\"{verb}\" tells who is speaking", verb=verb)))
    for match in _SAYS_NAME.finditer(text):
        speaker = _trim_speaker(text, *match.span(1))
        if speaker is None or "\n" in text[match.start():speaker[1]]:
            continue
        verb = match.group().split()[0]
        found.append(Suggestion(match.start(), speaker[1], *speaker,
                                _("\"{verb}\" tells who is speaking", verb=verb)))
    for match in _ACCORDING.finditer(text):
        if "\n" in match.group():
            continue
        found.append(Suggestion(match.start(), match.end(1), *match.span(1),
                                _("\"according to\" names a source")))
    for match in _AUTHOR_NOTE.finditer(text):
        found.append(Suggestion(*match.span(1), *match.span(1), _("a note about the author says who wrote it")))
    if byline:
        name = re.escape(byline.strip())
        for match in re.finditer(rf"\b{name}\s+is\s+(?:an?\s+|the\s+)([^.;()\n]{{3,120}}?)(?=\s*[.;()])", text):
            found.append(Suggestion(*match.span(1), *match.span(1), _("a note about the author says who "
                                                                          "wrote it")))
    return _without_overlaps(found)


# --- opinion disclaimers -----------------------------------------------------------------------------

_DISCLAIMER = re.compile(
    r"\bviews?\b.{0,80}\b(?:are|is|remain)\b.{0,40}\b(?:author|writer|columnist|contributor|own)"
    r"|\bopinions?\s+expressed\b|\b(?:views|opinions)\s+(?:in|of)\s+this\s+(?:article|column|piece)"
    r"|\bdo(?:es)?\s+not\s+necessarily\s+(?:reflect|represent)\b"
    r"|\b(?:author|writer)[’']s\s+own\b"
    r"|\b(?:paid\s+for|sponsored|funded|commissioned)\s+by\b|\bpaid\s+(?:content|partnership|post)\b"
    r"|\b(?:produced|written|created)\s+in\s+(?:partnership|association)\s+with\b", re.IGNORECASE)


def disclaimers(text: str, paragraphs: tuple[Paragraph, ...]) -> list[Suggestion]:
    """Sentences that separate the writer's views from the publication's."""
    sentences, _starts = _sentences(text, paragraphs)
    found: list[Suggestion] = []
    for start, end in sentences:
        if not _DISCLAIMER.search(text, start, end):
            continue
        while start < end and text[start] in "([\"“'‘* ":
            start += 1
        while end > start and text[end - 1] in ")]\"”'’* ":
            end -= 1
        if end - start > 10:
            found.append(Suggestion(start, end, start, end,
                                    _("it says whose views these are, or who paid for the piece")))
    return found


# --- loaded language ------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def loaded_word_pattern() -> re.Pattern[str]:
    """The loaded-word list (``loaded_words.txt``) as one pattern, longest entries first."""
    listing = (resources.files("literacy_app.authoring") / "loaded_words.txt").read_text(encoding="utf-8")
    entries = []
    for line in listing.splitlines():
        entry = line.split("#", 1)[0].strip().lower()
        if entry:
            entries.append(entry)
    entries.sort(key=len, reverse=True)
    pieces = []
    for entry in entries:
        words = [re.escape(w.rstrip("*")) + (r"[\w’'-]*" if w.endswith("*") else "") for w in entry.split()]
        pieces.append(r"\s+".join(words))
    return re.compile(rf"(?<![\w’'-])(?:{'|'.join(pieces)})(?![\w’'-])", re.IGNORECASE)


def _inside_quotation(text: str, position: int, paragraph: Paragraph) -> bool:
    before = text[paragraph.start:position]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def loaded_language(text: str, paragraphs: tuple[Paragraph, ...]) -> list[Suggestion]:
    """Words from the loaded-word list, where the writer uses them in their own voice."""
    found: list[Suggestion] = []
    for paragraph in paragraphs:
        for match in loaded_word_pattern().finditer(text, paragraph.start, paragraph.end):
            if _inside_quotation(text, match.start(), paragraph):
                continue
            word = match.group()
            found.append(Suggestion(match.start(), match.end(), match.start(), match.end(),
                                    _("\"{word}\" is on the loaded-word list", word=word.lower())))
    return _without_overlaps(found)


def _without_overlaps(found: list[Suggestion]) -> list[Suggestion]:
    kept: list[Suggestion] = []
    for suggestion in sorted(found, key=lambda s: (s.start, -(s.end - s.start))):
        if any(suggestion.start < k.end and k.start < suggestion.end for k in kept):
            continue
        kept.append(suggestion)
    return kept


def suggest(text: str, paragraphs: tuple[Paragraph, ...], *, byline: str | None = None,
            language: str = "en") -> Suggestions:
    """Every kind of suggestion for one article text; English rules only."""
    if language.split("-")[0].lower() != "en":
        return Suggestions(notes=(_("answers are suggested only for English articles; add them by hand."),))
    figures, figure_distractors = unsourced_figures(text, paragraphs)
    return Suggestions(
        figures=tuple(figures),
        figure_distractors=tuple(figure_distractors),
        attributions=tuple(attributions(text, paragraphs, byline)),
        disclaimers=tuple(disclaimers(text, paragraphs)),
        loaded=tuple(loaded_language(text, paragraphs)),
    )
