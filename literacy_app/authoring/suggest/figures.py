"""Figures without a source: statistics and quantities that make a claim, in sentences that name no
source. Dates, years, ages, ordinals, times, labels and counts of the piece's own parts are not figures."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from functools import cache
from typing import NamedTuple

from literacy_app.authoring.suggest.figurative import is_superlative
from literacy_app.authoring.suggest.lexicon import fold
from literacy_app.authoring.suggest.model import Suggestion, merged_spans
from literacy_app.authoring.suggest.rules import Rules, alternation, number_pattern
from literacy_app.authoring.suggest.sentences import Sentences, line_of
from literacy_app.i18n import _

_YEAR = re.compile(r"^(?:1[89]\d\d|20\d\d)$")
_WESTERN_DIGITS = {**{0x0660 + n: str(n) for n in range(10)}, **{0x06F0 + n: str(n) for n in range(10)}}
_PHONE = re.compile(r"(?<![\w+])\+?\d{2,5}(?:[ .-]\d{3,4}){2,}(?!\w)|\d+/\d+"
                    r"|(?<![\w+])\+\d{1,3}(?:[ .-]\d{2,4}){2,}(?!\w)"  # "+233 30 291 4470": with a country code
                    r"|\(\d{2,5}\)\s?\d{3,4}[ .-]?\d{3,4}(?!\w)")  # "(555) 014-3321": an area code in brackets
# a code dialled on a phone, "*384*22#", "#121#": digits between stars and hashes
_DIAL_CODE = re.compile(r"[*#][\d٠-٩]+(?:[*#][\d٠-٩]*)+")
# a count right after a pictograph is a post's metadata (👍 214, 💬 87, ↗ 56), not a claim
_WORDS_BEFORE = re.compile(r"[^\W\d_]+")
_COUNTER = re.compile("[\u2190-\u21ff\u2600-\u27bf\U0001f300-\U0001faff]\ufe0f?[^\\S\n]*[\\d٠-٩][\\d٠-٩,.]*")
_ORDINAL_END = re.compile(r"(?:st|nd|rd|th|º|ª|er|ᵉ)\b")
_CODE = re.compile(r"^(?:0\d{2,}|\d{7,})$")  # "092", "0161", "920012345": a code or a phone number
_DIGIT = re.compile(r"\d")  # any digit, Eastern Arabic ones included
_CLOCK = re.compile(r"^(?:[01]?\d|2[0-3])[.:][0-5]\d$")
_AGE_APPOSITION = re.compile(r"[A-Z][\w’'-]+,\s(?:[a-z]{1,3}\s)?$")  # "Thorne, 29,", "Darwin Ordóñez, de 27,"
_LIST_MARKS = (".", ")", "-", "–", "/")
_AGE_IN_BRACKETS = re.compile(r"[A-Z][\w’'-]+\s\(\d{1,3}\)$")  # "Declan Furlong (34)"
_IN_A_COMPOUND = re.compile(r"[^\W\d_]-$")  # a letter and a hyphen right before a number word
_WORD_RIGHT_BEFORE = re.compile(r"(?<![\w’'-])([^\W\d_]+)[ \u00a0]$")  # "en la 12": the word, one space
_DOLLAR_CODE = r"[A-Z]{1,3}\$"  # any country's dollar written with its code: "HK$", "TT$", "BZ$", "S$"
_CLOSING_QUOTES = "»”\""
_QUOTED_NAME_START = re.compile(r"[«“\"]([^\W\d][^«»“”\"\n\d]*)$")  # an opening mark, then words only, up to the number
_QUOTED_NAME_REACH = 30  # characters
_NOT_IN_A_NAME = ("hedges", "clause_words", "stop_words", "determiners", "vague_quantifiers", "rule_comparisons")
_NAME_BEFORE = re.compile(r"(?<![\w’'-])([A-Z][\w’'-]*)[^\S\n]$")  # "Junction 34", "Channel 4", "Apollo 13"
_QUOTATION = re.compile(r"[“«\"][^”»\"]{25}")  # words someone says, not a name in quotation marks
_LIST_GAP = re.compile(r"^[^\S\n]*(?:,[^\S\n]*)?(?:and|or|y|o|e|و|,)?[^\S\n]*$")
_OPENING_WORDS = re.compile(r"[\w’'-]+")
_NEXT_WORD = re.compile(r"(?:[^\S\n]|-)+([\w’'-]+)")
_OPENING_MARKS = " “”\"'‘’«»(—–-"  # what may stand before a sentence's first word
# thousands grouped by a no-break or narrow space in any number ("2 500 000"), by a plain space after a
# currency sign only ("$2 500 bail"; "aged 2 500" is no such thing)
_SPACED = r"\d{{1,3}}(?:[\u00a0\u202f{}]\d{{3}})+(?!\d)"


class Figure(NamedTuple):
    start: int  # the number itself, with its currency and unit
    end: int
    words: bool  # written in words


class SourceMarks(NamedTuple):
    """What ``sources`` found, by sentence: attributed sentences and vague ones, with the vague words."""

    attributed: set[int]
    vague: dict[int, str]
    first_attributed: dict[int, int]  # paragraph -> its first attributed sentence
    counted_speakers: set[int]  # sentences whose only speakers are a group their figure counts


@cache
def _digits(rules: Rules) -> re.Pattern[str]:
    words = rules.words
    currency = "|".join(re.escape(c) for c in sorted(words.get("currency_before", ()), key=len, reverse=True))
    number = number_pattern(rules.decimal_mark, rules.thousands_mark)
    percent = "|".join(re.escape(p) for p in sorted(words.get("percent_words", ()), key=len, reverse=True))
    scales = "|".join(re.escape(s) for s in sorted(words.get("scale_words", ()), key=len, reverse=True))
    suffixes = "|".join(re.escape(u) for u in sorted(words.get("unit_suffixes", ()), key=len, reverse=True))
    unit = (rf"(?:[^\S\n]?(?:{percent or '%'})|[^\S\n](?:{scales or '(?!x)x'})(?!\w)|(?:bn|m|k)(?!\w)"
            rf"|(?:{suffixes or '(?!x)x'})(?!\w))?")
    # after a space, or a letter attached in Arabic ("و30", "لـ150 مركبة", "بـ٢٢ نقطة")
    start = (r"(?:(?<=[\s(][وبلك])|(?<=[\s(][بلك]ـ)|(?<=[\s(]و[بلك])|(?<=[\s(]و[بلك]ـ)"
             r"|(?<![\w.,/:$€£¥₹₽#№-]))")
    money = rf"(?:{currency or '(?!x)x'}|{_DOLLAR_CODE})[^\S\n]?(?:{_SPACED.format(' ')}|{number})"
    return re.compile(rf"{start}(?:{money}|{_SPACED.format('')}|{number}){unit}"
                      r"(?![\w/:]|[.,]\d|-\d)", re.IGNORECASE)



def _longest_first(words: Iterable[str]) -> str:
    """The words as alternatives of a pattern, longest first (so "per cent" wins over "per")."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _ending_with(words: Iterable[str]) -> re.Pattern[str]:
    """Text that ends with one of the words (and spaces): what stands right before a figure."""
    return re.compile(rf"(?<![\w-])(?:{_longest_first(words) or '(?!x)x'})[^\S\n]*\Z", re.IGNORECASE)


@cache
def _joiner(rules: Rules, kind: str) -> re.Pattern[str]:
    """The text between two figures (or number words) that makes them one: " and ", " or ", "-"."""
    joiners = _longest_first(rules.words.get(kind, ()))
    return re.compile(rf"[^\S\n]*(?:,[^\S\n]*)?(?:{joiners or '(?!x)x'})?[^\S\n]*$", re.IGNORECASE)  # one line


@cache
def _hedges(rules: Rules) -> re.Pattern[str]:
    return alternation(list(rules.words.get("hedges", ())))


@cache
def _thresholds(rules: Rules) -> re.Pattern[str]:
    """Words right before a figure that make it a limit a rule sets ("a maximum of", "the legal limit of")."""
    return _ending_with(rules.words.get("threshold_before", ()))


@cache
def _offer_limits(rules: Rules) -> re.Pattern[str]:
    """Words right before a sum that bound an advertised offer ("up to", "under")."""
    return _ending_with(rules.words.get("offer_limits", ()))


@cache
def _rule_lead(rules: Rules) -> re.Pattern[str]:
    """A preposition and a comparison right before a figure: "for more than", "of up to", "over"."""
    prepositions = _longest_first(rules.words.get("rule_prepositions", ()))
    comparisons = _longest_first(rules.words.get("rule_comparisons", ()))
    if not prepositions or not comparisons:
        return re.compile(r"(?!x)x")
    return re.compile(rf"(?<![\w-])(?:{prepositions})[^\S\n]+(?:{comparisons})[^\S\n]*(?:[$€£][^\S\n]?)?\Z",
                      re.IGNORECASE)


@cache
def _rule_words(rules: Rules) -> re.Pattern[str]:
    return alternation(list(rules.words.get("rule_words", ())))


@cache
def _denominators(rules: Rules) -> re.Pattern[str]:
    """The words of a rate's second number, right before a figure ("per", "por cada", "لكل")."""
    return _ending_with(rules.words.get("denominator_words", ()))


@cache
def _averages(rules: Rules) -> re.Pattern[str]:
    return alternation(list(rules.words.get("average_words", ())))


class _Excluded:
    """Ranges of the text that are dates, times, ages, labels or references, looked up by bisection."""

    def __init__(self, text: str, rules: Rules) -> None:
        self.dates = rules.dates.spans(text)
        found = self.dates + [m.span() for m in rules.not_figures.finditer(text)]
        found += [m.span() for m in _PHONE.finditer(text)]
        found += [m.span() for m in _DIAL_CODE.finditer(text)]
        found += [m.span() for m in _COUNTER.finditer(text)]
        self.spans = merged_spans(found)
        self.starts = [s for s, _e in self.spans]

    def covering(self, start: int, end: int) -> tuple[int, int] | None:
        n = bisect_right(self.starts, start) - 1
        if n >= 0 and start < self.spans[n][1]:
            return self.spans[n]
        if n + 1 < len(self.spans) and self.spans[n + 1][0] < end:
            return self.spans[n + 1]
        return None


def counts_its_speaker(text: str, speaker: tuple[int, int], rules: Rules) -> bool:
    """Whether a speaker starts with a figure that counts it ("Three in four shopkeepers say", "9 out of
    10 say", "More than half of parents say"): the group a figure counts is no source for it."""
    start, end = speaker
    hedge = _hedges(rules).match(text, start, end)
    at = start
    if hedge is not None:
        at = hedge.end()
        while at < end and text[at].isspace():
            at += 1
    number = rules.number_words.search(text, at, end)
    return _digits(rules).match(text, at, end) is not None or (number is not None and number.start() == at)


def _a_multiple_as_a_thing(text: str, number: re.Match[str], rules: Rules) -> bool:
    """"a double in the fifth inning", "un triple desde la esquina": a word of ``multiples_as_things`` right
    after an indefinite article names a hit or a shot, not how many times more ("double what they were")."""
    if not rules.has("multiples_as_things", number.group()):
        return False
    article = _WORD_RIGHT_BEFORE.search(text, max(0, number.start() - 12), number.start())
    return article is not None and rules.has("indefinites", article.group(1))


def _candidates(text: str, rules: Rules) -> list[Figure]:
    """Numbers in digits and in words, number words of one number joined ("two hundred and fifty")."""
    found = [Figure(*m.span(), False) for m in _digits(rules).finditer(text)
             if not _YEAR.match(m.group().translate(_WESTERN_DIGITS))]  # ١٩٣٤ is a year as 1934 is
    found += [Figure(*m.span(), True) for m in rules.number_words.finditer(text)
              if not rules.has("not_number_words", m.group())  # "لست": "you are not", not ل + ست (six)
              and not _a_multiple_as_a_thing(text, m, rules)]
    found.sort()
    joined: list[Figure] = []
    joiner = _joiner(rules, "number_joiners")
    for figure in found:
        last = joined[-1] if joined else None
        if last and last.words and figure.words and figure.start - last.end <= 8 \
                and joiner.match(text[last.end:figure.start]):
            joined[-1] = Figure(last.start, figure.end, True)
        elif last and _an_unfinished_ratio(text, last, rules) and not text[last.end:figure.start].strip():
            joined[-1] = Figure(last.start, figure.end, True)  # "one in 12"
        elif last and not last.words and not figure.words and text[last.end:figure.start] == " " \
                and _ends_with_a_scale(text, last, rules):
            joined[-1] = Figure(last.start, figure.end, False)  # "4 mil 200 firmas": one number
        elif not last or figure.start >= last.end:
            joined.append(figure)
    return [f for f in joined if not _an_unfinished_ratio(text, f, rules)]


def _ends_with_a_scale(text: str, figure: Figure, rules: Rules) -> bool:
    """"4 mil", "2 millones": a number in digits that ends with a word of scale."""
    last = text[figure.start:figure.end].split()[-1]
    return len(text[figure.start:figure.end].split()) > 1 and rules.has("scale_words", last)


@cache
def _ratio_ends(rules: Rules) -> tuple[str, ...]:
    return tuple(" " + fold(joiner) for joiner in rules.words.get("ratio_joiners", ()))


def _an_unfinished_ratio(text: str, figure: Figure, rules: Rules) -> bool:
    """"the one in the wrong shade", "uno de cada": the first half of a ratio with no number after it."""
    return figure.words and fold(text[figure.start:figure.end]).endswith(_ratio_ends(rules))


def _a_change(text: str, figure: Figure, rules: Rules) -> bool:
    """Whether a figure opens a change ("fell from £1,580 to £940"): its two ends are two figures."""
    before = _words_before(text, figure.start, 1)
    return bool(before) and rules.has("change_from", before[-1])


def _starts_a_rate(words: str, rules: Rules) -> bool:
    """Whether words begin with a rate ("a month", "per serving", "al mes")."""
    return any(words.startswith(rate) for rate in rules.words.get("rates", ()))


def _words_before(text: str, position: int, count: int) -> list[str]:
    return [w.lower() for w in _WORDS_BEFORE.findall(text[max(0, position - 40):position])[-count:]]


def _ranges(text: str, figures: list[Figure], rules: Rules) -> list[Figure]:
    """Two figures of one range or choice become one: "£12 and £25", "three or four", "22 y 41"; not the two
    ends of a change ("from 48 to 36 hours a week")."""
    joiner, ratio = _joiner(rules, "range_joiners"), _joiner(rules, "ratio_joiners")
    merged: list[Figure] = []
    for figure in figures:
        last = merged[-1] if merged else None
        between = text[last.end:figure.start] if last else ""
        amount = last is not None and rules.has("quantity_words", text[last.start:last.end])  # "a quarter in two years"
        joins = last is not None and 0 < len(between) <= 10 and between.strip() != "" and "," not in between \
            and not amount and ((ratio.match(between) is not None and _a_bare_count(text, last))
                                or (joiner.match(between) is not None and not _a_change(text, last, rules)))
        if last is not None and joins:
            merged[-1] = Figure(last.start, figure.end, last.words and figure.words)
        else:
            merged.append(figure)
    return merged


_BARE_COUNT = re.compile(r"[\d.,٫٬\s]+|[^\W\d_]+(?:[\s-][^\W\d_]+)*")


def _a_bare_count(text: str, figure: Figure) -> bool:
    """"3", "one", "nine": a number alone, which may begin a ratio ("3 in 10"); "400m" or "£5", with a unit or
    a currency, does not ("won the 400m in 48.10")."""
    return _BARE_COUNT.fullmatch(text[figure.start:figure.end]) is not None


_ADDRESS_WORDS = re.compile(r"[^\W\d_][\w'’-]*")
_DETAILS_SEPARATOR = "·"
_DETAILS_WORDS = 8  # words a part of a post's details line has at most
_LETTERS_OR_DIGITS = re.compile(r"[^\W_]+")


def _a_details_line(text: str, figure: Figure) -> bool:
    """Whether the figure stands in a line of short parts joined by "·": who posted, where, when and how
    many reacted, not something the writer claims."""
    parts = line_of(text, figure.start, figure.end).split(_DETAILS_SEPARATOR)
    return len(parts) > 1 and all(_words_in(part) <= _DETAILS_WORDS for part in parts)


def _words_in(part: str) -> int:
    """Words with a letter or a digit, as spaces part them: "US$5,240 raised of US$18,000 goal" has five."""
    return sum(1 for piece in part.split() if _LETTERS_OR_DIGITS.search(piece))


_CLAUSE_END = re.compile(r"[,;،؛](?!\d)")
_OLDEST = 120  # a bare number after "is" above this is no age
_AGES = re.compile(r"\d{1,3}(?:[^\S\n]*(?:,|and|or|to|-)[^\S\n]*\d{1,3})*")  # "4 and 7"
_AGE_END = re.compile(r"[^\S\n]*(?:[.,;:!?)\n]|$|and\b|(?:next|this|last|in)[^\S\n]|years\b)")


@cache
def _currency_first(rules: Rules) -> re.Pattern[str]:
    """A currency sign or code right before a number ("£199", "R449", "KSh 350", "US$0.50"), not the end of
    a word ("a third")."""
    signs = _longest_first(rules.words.get("currency_before", ()))
    return re.compile(rf"(?<![^\W\d_])(?:{signs or '(?!x)x'}|{_DOLLAR_CODE})\s?[\d٠-٩]", re.IGNORECASE)


def _money(shown: str, following: list[str], rules: Rules) -> bool:
    """Whether a figure is a sum of money: a currency sign on its number, or a currency word after it ("40
    dollars")."""
    return _currency_first(rules).search(shown) is not None \
        or bool(following and rules.has("currency_after", following[0]))


_PRICE_REACH = 3  # words a price may stand after the word that asks it ("el plan cuesta $399", "queda en $59.900")
_PRICE_NOUN_REACH = 100  # characters a price noun may stand before its sum ("fares start from KSh 5,999")
_HEADING_LENGTH = 50  # the most characters a paragraph's heading ("Condiciones de la oferta:") runs to


def _clause(text: str, figure: Figure, sentence: tuple[int, int]) -> tuple[int, int]:
    """The part of the sentence between the commas or semicolons around a figure."""
    before = [m.end() for m in _CLAUSE_END.finditer(text, sentence[0], figure.start)]
    after = _CLAUSE_END.search(text, figure.end, sentence[1])
    return (before[-1] if before else sentence[0], after.start() if after else sentence[1])


def _next_words(text: str, position: int, count: int) -> list[str]:
    words = []
    for _n in range(count):
        match = _NEXT_WORD.match(text, position)
        if match is None:
            break
        words.append(match.group(1).lower().rstrip("’'"))  # "five years' imprisonment"
        position = match.end()
    return words


class _Judge:
    """Decides, for each candidate, whether it is a figure that makes a claim."""

    def __init__(self, text: str, rules: Rules, paragraph_starts: list[int], offered: bool = False) -> None:
        self.text, self.rules, self.offered = text, rules, offered
        self.paragraphs_in_order, self.paragraph_starts = paragraph_starts, set(paragraph_starts)

    def is_claim(self, figure: Figure, sentence: tuple[int, int], reported: bool = False) -> bool:
        """Whether a number makes a claim; ``reported``: its sentence gives someone's word for it, so a sum after
        "up to" is what they claim ("Experts agree a card could save a family up to $600"), not an offer's term."""
        text, rules = self.text, self.rules
        sentence_start = sentence[0]
        number = text[figure.start:figure.end]
        following = _next_words(text, figure.end, 3)
        if figure.start in self.paragraph_starts and text[figure.end:figure.end + 1] in _LIST_MARKS:
            return False  # a list's number: "1.", "2)", "١- تحديد موعد", "3/"
        if self._numbers_a_point(figure, sentence_start):
            return False  # "le pedimos: 1) que se suspenda…; 2) que…": a list's number inside a sentence
        if not figure.words and self._an_address(figure):
            return False  # "a one-bedroom at 61 Wexmoor Ave": a house number
        if _a_details_line(text, figure):
            return False  # "Public group · 8.7K members · 3 hrs", "٤١٢ تفاعلاً · ٨٧ تعليقاً": a post's details
        if _CLOCK.match(number) or (_AGE_APPOSITION.search(text, max(0, figure.start - 40), figure.start)
                                    and text[figure.end:figure.end + 1] == ","):
            return False  # "at 8.45"; "Thorne, 29, who works"
        if _denominators(rules).search(text, max(sentence_start, figure.start - 20), figure.start) is not None:
            return False  # "per 100,000 people": the second number of a rate
        if _thresholds(rules).search(text, max(sentence_start, figure.start - 30), figure.start) is not None \
                or self._a_limit_after(following) or self._in_a_rule(figure, sentence):
            return False  # "a maximum of 90 nights", "a 20mph limit": a limit a rule sets, not a count
        if figure.words and self._a_word_of_a_name(figure, sentence_start):
            return False  # "Colonia Tres Lapachos", "the Three Rivers estate": a number word in a place's name
        if not figure.words and (self._in_a_name(figure, sentence_start) or self._ends_a_quoted_name(figure)):
            return False  # "Junction 34", "Channel 4", "Tier 2", "«ريم ٧٢»": a number that is part of a name
        if self._an_age_given(figure, sentence_start):
            return False  # "who is 87", "My nan's 84", "The youngest is only 15": a person's age
        if self._named_by_an_article(figure, following):
            return False  # "ni en la 9", "de la calle 6 a la 12", "su auto del 98": a street, a line, a year
        if not figure.words and _AGE_IN_BRACKETS.search(text, max(0, figure.start - 40), figure.end + 1):
            return False  # "Declan Furlong (34), of Abbey Meadows": a person's age
        if figure.words and _IN_A_COMPOUND.search(text, max(0, figure.start - 30), figure.start) \
                and not rules.has("number_words", _words_before(text, figure.start, 1)[0]):
            return False  # "scrum-half", "fly-half": a word that only holds a number word
        if not figure.words and (_ORDINAL_END.match(text, figure.end) or (
                _CODE.match(number) and not (following and rules.has("currency_after", following[0])))):
            return False  # "21st"; "092", "0161": a code, not a count
        descriptive = rules.words.get("descriptive_nouns", frozenset())
        if following and (following[0] in descriptive or (len(following) > 1 and following[1] in descriptive
                                                          and following[0].isalpha()
                                                          and not rules.has("time_units", following[0]))):
            return False  # "four criteria", "five simple steps": the piece's own parts
        if text[figure.end:figure.end + 1] == "-" and following \
                and rules.has("time_units", following[0].split("-")[0]):
            return False  # "two-year break", "30-minute consultation", "a 14-month-old cub"
        if text[figure.end:figure.end + 1] == "-" and following and self._kind_of_thing(following[0]):
            return False  # "a two-bedroom flat", "a four-storey block": what kind of thing, not how many
        if self.offered and (self._a_price_asked(figure, following, sentence)
                                or (not reported and self._an_offer_limit(figure, following))):
            return False  # "For $49 a month, members get…", "from £3.99 per serving", "up to £20,000": offer terms
        if self.offered and self.rules.offer_words.search(text, *_clause(text, figure, sentence)) is not None:
            return False  # "free shipping on orders over $75", "25% off": what is offered, in the figure's clause
        if self.offered and self._in_the_terms(figure, sentence_start):
            return False  # "Terms: … Offer ends 30 November", "Example: a $24,000 system financed over 20 years…"
        return not self._bare_duration(figure, following, sentence_start)

    def _an_address(self, figure: Figure) -> bool:
        """A number before one to three capitalised words and a street word ("61 Wexmoor Ave", "14 Mill
        Lane"): where someone lives, not how many."""
        words = _ADDRESS_WORDS.findall(self.text[figure.end:figure.end + 60].split("\n")[0])[:4]
        for n, word in enumerate(words[1:], 1):
            if self.rules.has("street_words", word):
                counted = words[n + 1:n + 2]  # "300 Rovers Road residents": the number counts the residents
                plural = tuple(self.rules.words.get("plural_endings", ()))
                return all(w[:1].isupper() for w in words[:n + 1]) \
                    and not (counted and counted[0].islower() and counted[0].endswith(plural)
                             and not self.rules.has("clause_words", counted[0]))  # "1418 Birchwood Court is"
            if not word[:1].isupper():
                return False
        return False

    def _in_the_terms(self, figure: Figure, sentence_start: int) -> bool:
        """In a paragraph or a sentence headed by the offer's terms ("Terms:", "Condiciones de la oferta:",
        "شروط العرض:", "Example:"): its heading, the words before a colon that opens it, names the terms."""
        before = bisect_right(self.paragraphs_in_order, figure.start)
        paragraph_start = self.paragraphs_in_order[before - 1] if before else 0
        return any(self._headed_by_terms(start, figure.start) for start in {paragraph_start, sentence_start})

    def _headed_by_terms(self, start: int, position: int) -> bool:
        colon = self.text.find(":", start, min(position, start + _HEADING_LENGTH))
        return colon > 0 and "." not in self.text[start:colon] \
            and self.rules.terms_headings.search(self.text, start, colon) is not None

    def _a_price_asked(self, figure: Figure, following: list[str], sentence: tuple[int, int]) -> bool:
        """A sum of money shortly after a word that asks a price ("for", "from", "cuesta", "queda en", "بسعر",
        or "costs" after a product's name, "HearthGuard Plus costs"), in its clause, and before a rate ("a month",
        "per serving", "al mes"): what the seller charges."""
        rules, text = self.rules, self.text
        if not _money(text[figure.start:figure.end], following, rules):
            return False
        segment = text[max(_clause(text, figure, sentence)[0], figure.start - 40):figure.start]
        after_numbers = re.split(r"\d", segment)[-1]  # the words since the last number before it
        words = _WORDS_BEFORE.findall(after_numbers)
        near = range(max(0, len(words) - _PRICE_REACH), len(words))
        named_costs = any(n and rules.has("product_price_verbs", words[n]) and words[n - 1][:1].isupper() for n in near)
        if self._a_price_named(figure, sentence):
            return True  # "one-way fares start from KSh 5,999 inclusive of taxes"
        if not named_costs and not any(rules.has("price_words", words[n]) for n in near):
            return False  # not "fell from £1,580 to £940 a year": a change, no price
        rest = " ".join(following[1:] if following and rules.has("currency_after", following[0]) else following)
        return _starts_a_rate(rest, rules)

    def _a_price_named(self, figure: Figure, sentence: tuple[int, int]) -> bool:
        """A word of ``price_nouns`` shortly before the sum in its clause ("fares start from", "أسعار التذاكر
        من"), or in the sentence when the clause is only the next item of a list: the seller's price, with or
        without a rate after it ("a gym membership nobody used, almost $600 a month" is not one)."""
        start = _clause(self.text, figure, sentence)[0]
        joined = _WORDS_BEFORE.findall(self.text, start, figure.start)
        if all(len(word) == 1 or self.rules.has("conjunctions", word) for word in joined):
            start = sentence[0]  # "…من ٣٩ ريالاً، و٧٥ ريالاً", "from £9, and £14": the list goes on
        before = self.text[max(start, figure.start - _PRICE_NOUN_REACH):figure.start]
        return any(self.rules.has("price_nouns", word) for word in _WORDS_BEFORE.findall(before))

    def _an_offer_limit(self, figure: Figure, following: list[str]) -> bool:
        """In an advertisement, a sum right after a word that bounds an offer (``offer_limits``: "up to £20,000
        each tax year", "balances under £10,000"): a term, not a claim."""
        rules, text = self.rules, self.text
        return _money(text[figure.start:figure.end], following, rules) \
            and _offer_limits(rules).search(text, max(0, figure.start - 20), figure.start) is not None

    def _a_limit_after(self, following: list[str]) -> bool:
        """"a 20mph limit", "the 20 kph limit", "a 2 tonne weight limit", "the 30 mph speed limit": a limit word
        (``threshold_after``) right after the figure or after a unit and what is limited, with no small word
        between ("20 people over the limit" counts people)."""
        rules = self.rules
        for n, word in enumerate(following):
            if rules.has("threshold_after", word):
                return True
            if n == 0 and not rules.has("unit_suffixes", word):
                return False  # "20 people", "5 cars": what is counted, not a unit
            if rules.has("stop_words", word) or not word.isalpha():
                return False
        return False

    def _in_a_rule(self, figure: Figure, sentence: tuple[int, int]) -> bool:
        """"Homes let for more than 90 nights a year will need a licence", "fines of up to £5,000": a
        comparison after a preposition, in a sentence that says what must or may be done, is the rule's
        threshold."""
        rules = self.rules
        if _rule_lead(rules).search(self.text[max(sentence[0], figure.start - 40):figure.start]) is None:
            return False
        return _rule_words(rules).search(self.text, *sentence) is not None

    def _an_age_given(self, figure: Figure, sentence_start: int) -> bool:
        """A bare number that ends its clause after a verb of being whose subject is a person ("Mrs Quinn,
        who is 87,", "My nan's 84", "my neighbour across the hall is 81 and uses a walker", "My kids are 4
        and 7"): that person's age. "The death toll is 12" names no person, so it stays a figure."""
        rules, text = self.rules, self.text
        shown = text[figure.start:figure.end]
        numbers = _AGES.fullmatch(shown)
        if not (figure.words or (numbers and all(int(n) <= _OLDEST for n in re.findall(r"\d+", shown)))):
            return False
        after = text[figure.end:figure.end + 30]
        if not _AGE_END.match(after):
            return False
        before = text[max(sentence_start, figure.start - 80):figure.start]
        clause = _CLAUSE_END.split(before)[-1]
        words = _OPENING_WORDS.findall(clause.lower().replace("’", "'").replace("'", " '"))  # "nan's": "nan", "'s"
        while words and rules.has("hedges", words[-1]):
            words.pop()  # "is only 15", "is nearly 90"
        if not words or not rules.has("being_verbs", words[-1]):
            return False
        subject = words[-2:-1] if words[-1].startswith("'") else words[-6:-1]  # "nan's": only the word it joins
        return any(rules.has("age_subjects", word) or rules.has("unnamed_people", word) for word in subject)

    def _named_by_an_article(self, figure: Figure, following: list[str]) -> bool:
        """A number in bare digits right after a singular article, with no unit after it ("en la 12", "del
        98"): in Spanish a count of more than one takes a plural article, so the number names something, a
        street, a bus line or a year, as "la calle 12" would; "el 40 %" and "la 12 de la noche" are not bare."""
        rules = self.rules
        if not rules.words.get("singular_articles") or figure.words \
                or not self.text[figure.start:figure.end].isdigit():
            return False
        article = _WORD_RIGHT_BEFORE.search(self.text, max(0, figure.start - 12), figure.start)
        return article is not None and rules.has("singular_articles", article.group(1)) \
            and not (following and any(rules.has(kind, following[0]) for kind in (
                "currency_after", "scale_words", "percent_words", "time_units")))

    def _kind_of_thing(self, word: str) -> bool:
        """A singular noun joined to a number by a hyphen makes an adjective that says what kind a thing is;
        a plural ("two-thirds"), a number word ("twenty-five"), a word of amount ("300-strong") or a measure
        (``measured_compounds``: "a 40-hectare site", "a 600-metre section", "a 40-bed ward") does not."""
        rules = self.rules
        plural = tuple(rules.words.get("plural_endings", ()))
        return bool(plural) and word.isalpha() and not word.endswith(plural) \
            and not any(rules.has(kind, word) for kind in ("number_words", "quantity_words", "scale_words",
                                                            "amount_suffixes", "measured_compounds"))

    def _in_a_name(self, figure: Figure, sentence_start: int) -> bool:
        """A number in digits straight after a capitalised word that is not the sentence's first word
        ("Around 40"), a month or a weekday ("Monday 200 people"), nor a unit of money."""
        name = _NAME_BEFORE.search(self.text, max(sentence_start, figure.start - 40), figure.start)
        if name is None or not self.text[sentence_start:name.start(1)].strip(_OPENING_MARKS) \
                or not self.text[figure.start].isdigit():
            return False
        word = name.group(1)
        return not any(self.rules.has(kind, word) for kind in ("months", "weekdays", "hedges", "currency_after",
                                                                 "clause_words", "stop_words", "determiners"))

    def _numbers_a_point(self, figure: Figure, sentence_start: int) -> bool:
        """A number of one or two digits closed by a bracket that nothing opened ("1) que se suspenda…; 2)
        que…", "first, 1) the buses; 2) the trains"): it numbers a point of a list running inside a sentence."""
        text = self.text
        if figure.words or figure.end - figure.start > 2 or text[figure.end:figure.end + 1] != ")":
            return False
        before = text[sentence_start:figure.start]
        return before.rfind("(") <= before.rfind(")") and not before[-1:].isalnum()

    def _a_word_of_a_name(self, figure: Figure, sentence_start: int) -> bool:
        """A number word written with a capital inside a sentence and followed by another capitalised word
        ("en Colonia Tres Lapachos", "on the Three Rivers estate"): a word of a name, in a language with
        capitals; not the sentence's first word, nor a line written all in capitals or title case."""
        text = self.text
        if not text[figure.start].isupper() or not text[sentence_start:figure.start].strip(_OPENING_MARKS):
            return False
        after = _NEXT_WORD.match(text, figure.end)
        if after is None or not after.group(1)[:1].isupper() or after.group(1).isupper():
            return False
        before = _WORDS_BEFORE.findall(text, max(sentence_start, figure.start - 60), figure.start)
        return any(word[:1].islower() for word in before)  # a sentence, not a heading in title case

    def _ends_a_quoted_name(self, figure: Figure) -> bool:
        """A number that ends a quotation of one or two words before it ("طائرات من طراز «ريم ٧٢»", "the
        \"Reem 72\""): a model's or a scheme's name, in any language, capitals or none."""
        if self.text[figure.end:figure.end + 1] not in _CLOSING_QUOTES:
            return False
        opening = _QUOTED_NAME_START.search(self.text, max(0, figure.start - _QUOTED_NAME_REACH), figure.start)
        words = opening.group(1).split() if opening else []
        return 1 <= len(words) <= 2 and not any(self.rules.has(kind, word) for word in words  # not "about 40"
                                                for kind in _NOT_IN_A_NAME)

    def _bare_duration(self, figure: Figure, following: list[str], sentence_start: int) -> bool:
        """"for three hours" describes; "three hours a day" claims (a rate); "£30 million a year" is a rate;
        "the average wait is 25 minutes" claims (a statistic)."""
        shown = self.text[figure.start:figure.end]
        if not following or not (figure.words or shown.isdigit()):
            return False  # "30% last year" is no length of time
        if self.rules.has("time_units", following[0]):
            unit_at = 0
        elif len(following) > 1 and self.rules.has("time_units", following[1]) \
                and not self.rules.has("rate_words", following[0]) \
                and not self.rules.has("clause_words", following[0]) \
                and not self.rules.has("determiners", following[0]):  # "se duplicó el año pasado": a when
            unit_at = 1
        else:
            return False
        if _starts_a_rate(" ".join(_next_words(self.text, figure.end, unit_at + 4)[unit_at + 1:]), self.rules):
            return False
        averages = list(_averages(self.rules).finditer(self.text, max(sentence_start, figure.start - 60), figure.start))
        return not averages or _DIGIT.search(self.text, averages[-1].end(), figure.start) is not None

    def extent(self, figure: Figure, sentence: tuple[int, int]) -> tuple[int, int]:
        """The figure with a hedge before it and the noun it counts ("more than 200 such claims")."""
        start = figure.start
        before = self.text[max(sentence[0], start - 30):start]
        hedges = list(_hedges(self.rules).finditer(before))
        hedge = hedges[-1] if hedges else None
        if hedge is not None and not before[hedge.end():].strip():
            start = start - len(before) + hedge.start()
        end = figure.end
        if self.text[figure.start:figure.end].endswith(tuple(self.rules.words.get("percent_words", ()))):
            return start, end  # "40 per cent", "٦٠٪": a share, whatever it is a share of
        plural = tuple(self.rules.words.get("plural_endings", ()))
        counted = False
        for _taken in range(2 if plural else 1):  # "42 clinical trials", "200 such claims"; Arabic: one noun
            match = _NEXT_WORD.match(self.text, end)
            if match is None or match.end() > sentence[1] or not self._counted_noun(match.group(1)):
                break
            end = match.end()
            if match.group(1).endswith(plural or "s") or self.rules.has("irregular_plurals", match.group(1)):
                counted = True
                break
        shown = self.text[figure.start:figure.end]
        bare = shown.translate(dict.fromkeys(map(ord, self.rules.thousands_mark)))
        if plural and not counted and (figure.words or bare.isdigit()):
            end = figure.end  # a count takes a plural noun: not "8,412 saw", "60 electric vehicle"
        return start, end

    def _counted_noun(self, word: str) -> bool:
        rules = self.rules
        return not word[:1].isupper() and not word[:1].isdigit() and not any(rules.has(kind, word) for kind in (
            "stop_words", "clause_words", "determiners", "rate_words", "auxiliaries", "after_stops", "hedges"))


def unsourced_figures(text: str, sentences: Sentences, rules: Rules, marks: SourceMarks,
                      offered: bool = False) -> tuple[list[Suggestion], list[Suggestion]]:
    """Figures whose sentence names no source (answers); sourced, vaguely sourced figures and dates
    (distractors, with feedback that teaches the difference). In a text that makes an offer (``offered``: an
    advertisement, whose disclaimer says it was paid for, or a press release, which signs off as one), a price
    the seller asks ("For $49 a month") and the figures of a clause that states the offer ("free shipping on
    orders over $75") are terms of the offer, not figures."""
    excluded = _Excluded(text, rules)
    judge = _Judge(text, rules, [p.start for p in sentences.paragraphs], offered)
    answers: list[Suggestion] = []
    distractors: list[Suggestion] = []
    left_out = 0  # where the last number that is not a figure ended: "aged 24, 31 and 45", "31 votes to 18"
    list_gap = _joiner(rules, "range_joiners")
    shown_until = 0  # where the last figure shown ends, with its counted noun: "3 أضعاف" holds "أضعاف"
    for figure in _ranges(text, _candidates(text, rules), rules):
        if figure.start < shown_until:
            continue
        covering = excluded.covering(figure.start, figure.end)
        number = sentences.index(figure.start)
        reported = offered and (number in marks.vague or _is_sourced(number, sentences, marks, rules))
        if covering or not judge.is_claim(figure, sentences.spans[number], reported) \
                or (left_out and (_LIST_GAP.match(text[left_out:figure.start])
                                  or list_gap.match(text[left_out:figure.start]))):
            left_out = covering[1] if covering and covering[1] > figure.end else figure.end
            continue
        left_out = 0
        start, end = judge.extent(figure, sentences.spans[number])
        shown_until = end
        shown = text[figure.start:figure.end]
        if _is_sourced(number, sentences, marks, rules):
            distractors.append(Suggestion(
                start, end, figure.start, figure.end, _("its sentence names a source"),
                _("This figure has a source: its sentence says who gives it."), "sourced"))
        elif number in marks.vague:
            cue = marks.vague[number]
            distractors.append(Suggestion(
                start, end, figure.start, figure.end,
                _("its only source is vague (\"{cue}\")", cue=cue),
                _("This figure comes with a source, but a vague one (\"{cue}\"): it is weak, because no one "
                  "can check who counted it. Ask: who exactly?", cue=cue), "vague"))
        else:
            kind = _("number word") if figure.words else _("figure")
            answers.append(Suggestion(start, end, figure.start, figure.end,
                                      _("{kind} (\"{number}\") with no source in its sentence", kind=kind,
                                        number=shown)))
    return answers, distractors + _date_distractors(text, excluded, answers + distractors)


def _is_sourced(number: int, sentences: Sentences, marks: SourceMarks, rules: Rules) -> bool:
    """A sentence with an attribution, one that continues an attributed sentence of its paragraph ("It
    also found…", "She added…"), or a quotation in a paragraph that says who is speaking."""
    if number in marks.attributed:
        return True
    first = marks.first_attributed.get(sentences.paragraph_of[number])
    if first is None:
        return False
    start, end = sentences.spans[number]
    if sentences.quoted_start[number] or _QUOTATION.search(sentences.text, start, end):
        return True
    if number in marks.counted_speakers and first < number:
        return True  # "According to the survey, four in ten… One in five said…": the same survey's list
    opening = [w.lower() for w in _OPENING_WORDS.findall(sentences.text, start, min(end, start + 60))[:6]]
    if first < number and any(rules.has("referring_back", " ".join(opening[at:at + 2])) for at in range(len(opening))):
        return True  # "Nearly one in three of them used a phone": "of them" are the source's own people
    if first < number and _opens_with_a_share(opening, rules) \
            and sentences.paragraph_of[number - 1] == sentences.paragraph_of[number] \
            and _is_sourced(number - 1, sentences, marks, rules):
        return True  # "…, the survey found. A fifth had woken in the night": the next share of the same people
    return first < number and any(rules.has("continuation_words", " ".join(opening[:size])) for size in (1, 2, 3))


def _opens_with_a_share(opening: list[str], rules: Rules) -> bool:
    """Whether a sentence opens with a share of people it does not name again, after at most one hedge word
    ("Half took…", "A fifth had…", "Almost one in five patients…"): the people the source counted. A
    share of a group it names ("Around 40% of residents") makes a claim of its own."""
    words = opening[1:] if opening and rules.has("hedges", opening[0]) else opening
    size = next((n for n in (3, 2, 1) if rules.has("number_words", " ".join(words[:n]))), 0)
    if not size and words and (words[0][:1].isdigit() or rules.has("quantity_words", words[0])):
        size = 1
    if len(words) > 2 and rules.has("ratio_joiners", words[1]) \
            and (words[2][:1].isdigit() or rules.has("number_words", words[2])):
        size = 3  # "One in five", "1 in 12"
    rest = words[size:]  # not "Two hours later, …" (when), nor "40% of residents" (whose share it says itself)
    if size and len(rest) > 2 and rules.has("share_of", rest[0]) and rules.has("determiners", rest[1]) \
            and is_superlative(rest[2], rules):
        return True  # "One in five of the heaviest snackers": a group the source sorted its people into
    return bool(size) and not (rest and (rules.has("time_units", rest[0]) or rules.has("share_of", rest[0])))


def _date_distractors(text: str, excluded: _Excluded, taken: list[Suggestion]) -> list[Suggestion]:
    spans = sorted((s.start, s.end) for s in taken)
    starts = [s for s, _e in spans]
    found = []
    for start, end in excluded.dates:
        n = bisect_right(starts, end) - 1
        if n >= 0 and spans[n][1] > start:
            continue
        if re.search(r"\d", text[start:end]):
            found.append(Suggestion(start, end, start, end, _("a date, not a count"),
                                    _("This is a date, not a count. You can check in other sources what "
                                      "happened then."), "date"))
    return found
