"""Who says so: attributions (a named speaker, institution, group or document with a verb of speech or
evidence) and vague sources ("experts say", "studies show", "it is thought"), one sentence at a time."""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from literacy_app.authoring.suggest.model import Suggestion
from literacy_app.authoring.suggest.rules import Rules, without_marks
from literacy_app.authoring.suggest.sentences import Sentences
from literacy_app.authoring.suggest.turns import speaker_turns
from literacy_app.i18n import _

_WORD = re.compile(r"[\w’'\u064b-\u065f\u0670-]+\.?")
_COMMA = r"(?<!\d),|,(?!\d)|،"  # a comma, but not the one in 2,150
_STOP_BEFORE = re.compile(rf"{_COMMA}|[;:()“”\"«»—–?!\[\]/؛؟]")
_STOP_AFTER = re.compile(r"[,;:()“”\"«»—–.?!\[\]،؛؟]")
_CLOSING_QUOTES = "”»\"’"
_APPOSITION_COMMA = re.compile(_COMMA)
_NUMBER = re.compile(r"^[\d.,٫٬]+$")
_PERCENT_AT = re.compile(r"[\d٠-٩][\d٠-٩.,٫٬]*\s?[%٪]")  # "41% said"
_QUOTE_NEXT = re.compile(r"\s*(?:[\w’'-]+\s+){0,4}[“\"«]")  # after "lo llamó": the quotation may open at once
_AFTER_QUOTE = re.compile(r"[”\"»’],?\s*(?:[\w’'-]+\s+){0,3}$")  # a quotation closed, then up to three words
_LABEL_QUOTE = re.compile(r"\s*(?:[\w’'-]+\s+){1,4}[“\"«]")  # up to four words, then a quotation opens
_REACH = 140  # characters searched for a speaker on either side of a verb


class Word(NamedTuple):
    start: int
    end: int
    text: str


class Sources(NamedTuple):
    attributions: list[Suggestion]
    vague: list[Suggestion]
    counted: set[int]  # sentences where a named source says how it counted ("Researchers followed 3,400")
    spoken: set[int]  # sentences of an answer its speaker's label opens ("Pascoe: We had 212 homes…")


_SUBJECT = 8  # words a subject usually has at most
_CARRIED = 3  # words a verb that carries speech on may stand before it ("llevan más de diez años advirtiendo")
_LONG_SUBJECT = 14  # and one headed by a named body or document

def _words(text: str, start: int, end: int) -> list[Word]:
    return [Word(m.start(), m.end(), m.group().rstrip(".")) for m in _WORD.finditer(text, start, end)]


def _since_punctuation(text: str, floor: int, position: int, reach: int) -> list[Word]:
    """The words before ``position``, at most ``reach`` characters back, after the last punctuation mark."""
    low = max(floor, position - reach)
    stops = [m.end() for m in _STOP_BEFORE.finditer(text, low, position)]
    return _words(text, stops[-1] if stops else low, position)


def _before(text: str, floor: int, position: int, rules: Rules) -> list[Word]:
    """The words just before ``position`` that can be a subject: back to punctuation or a clause word, past a
    bracket right before it ("The National Food Safety Authority (NFSA) said", "Councillor Roe (Labour) said")."""
    words = _since_punctuation(text, floor, max(floor, _before_brackets(text, position)), _REACH)
    while words:
        if _a_when(words, rules):
            del words[-2:]  # "Police last week said", "Figures released by the police last month show"
        elif rules.has("auxiliaries", words[-1].text) or _an_adverb(words[-1].text, rules):
            words.pop()  # "has warned", "also found", "would gently point out"
        else:
            break
    taken: list[Word] = []
    for word in reversed(words):
        if rules.has("clause_words", word.text) and not (taken and _kept_capital(word, floor, rules)) \
                and not _joins_a_name(word, taken, words, rules) and not _joins_a_range(word, taken, words, rules) \
                and not _brings_in_an_agent(word, taken, words, rules):
            break
        if taken and rules.has("speech_verbs", word.text):
            break  # "He said some merchants had told him": the subject starts after the first verb
        taken.insert(0, word)
        if len(taken) == _LONG_SUBJECT:
            break
    opener = max((n for n, w in enumerate(taken[:-1]) if rules.has("subject_openers", w.text)
                  or any(rules.has(kind, w.text) for kind in ("when_words", "weekdays"))), default=-1)
    taken = taken[opener + 1:]  # "ما زال بعض المسؤولين يرددون", "Yesterday the council said": the subject follows
    return _headed(_from_an_article(text, taken, rules), rules)


def _kept_capital(word: Word, floor: int, rules: Rules) -> bool:
    """Whether a clause word in capitals stays in a subject: inside a sentence it starts a name; at the start
    only a denial ("Not everyone accepts"), a time ("Last week the council said") or a place ("Por aquí
    cuentan"), not "But", "Y", "Pero"."""
    if not word.text[:1].isupper():
        return False
    return word.start > floor or any(rules.has(kind, word.text)
                                     for kind in ("negators", "when_openers", "place_openers"))


def _a_when(words: list[Word], rules: Rules) -> bool:
    """Whether the last two words say when ("last week", "this month", "next Tuesday"): ``when_openers``
    before a length of time, a day or a month."""
    if len(words) < 3 or not rules.has("when_openers", words[-2].text):
        return False
    unit = words[-1].text
    return any(rules.has(kind, unit) for kind in ("time_units", "weekdays", "months"))


def _an_adverb(word: str, rules: Rules) -> bool:
    """"gently", "publicamente": a word with an adverb's ending (``adverb_endings``), in lower case."""
    endings = tuple(rules.words.get("adverb_endings", ()))
    return bool(endings) and word.islower() and len(word) > 4 and word.endswith(endings)


def _from_an_article(text: str, taken: list[Word], rules: Rules) -> list[Word]:
    """"after 47 minutes on hold a very nice lady told me": an article that follows a noun, not a small word
    such as "of", starts the subject."""
    for n in range(len(taken) - 1, 0, -1):
        word = taken[n].text
        previous = taken[n - 1]
        if rules.has("indefinites", word) and rules.has("determiners", word) and not previous.text[:1].isdigit() \
                and not any(rules.has(kind, previous.text) for kind in ("stop_words", "hedges")) \
                and rules.speech_verbs.search(text, previous.start, previous.end) is None:
            return taken[n:]
    return taken


def _headed(taken: list[Word], rules: Rules) -> list[Word]:
    """A subject of up to eight words; a longer one only from a named document or body that heads it ("The
    survey of 2,150 pupils aged 13 to 17 at nine secondary schools found")."""
    if len(taken) <= _SUBJECT:
        return taken
    for n in range(len(taken) - _SUBJECT):
        if rules.has("determiners", taken[n].text) and rules.has("sources", taken[n + 1].text):
            return taken[n:]
    return taken[-_SUBJECT:]


def _joins_a_name(word: Word, taken: list[Word], words: list[Word], rules: Rules) -> bool:
    """"Fire and Rescue", "Trading Standards and Licensing": a joining word between two capitalised words
    is part of a name."""
    if not taken or not rules.has("name_joiners", word.text) or not taken[0].text[:1].isupper():
        return False
    at = words.index(word)
    return at > 0 and words[at - 1].text[:1].isupper()


def _brings_in_an_agent(word: Word, taken: list[Word], words: list[Word], rules: Rules) -> bool:
    """"Experts consulted by this newspaper", "Especialistas consultados por este diario": "by" after a
    participle is part of the subject."""
    if not taken or not rules.has("agent_words", word.text):
        return False
    at = words.index(word)
    endings = tuple(rules.words.get("participle_endings", ()))
    return at > 0 and bool(endings) and words[at - 1].text.lower().endswith(endings)


def _joins_a_range(word: Word, taken: list[Word], words: list[Word], rules: Rules) -> bool:
    """"aged 13 to 17", "between 5 and 10": a joining word between two numbers is part of a range."""
    if not taken or not rules.has("range_joiners", word.text) or not taken[0].text[:1].isdigit():
        return False
    at = words.index(word)
    return at > 0 and words[at - 1].text[:1].isdigit()


def _apposition_subject(text: str, floor: int, position: int, rules: Rules) -> list[Word]:
    """"Rob Tenney, who runs a firm, told…": when a comma stands before the verb, the subject before
    the clause between commas."""
    low = max(floor, position - _REACH)
    segment = text[low:position].rstrip()
    trailing = _words(text, low, low + len(segment))
    while trailing and rules.has("auxiliaries", trailing[-1].text):  # "The study, which…, also found"
        segment = text[low:trailing.pop().start].rstrip()
    if not segment.endswith((",", "،")) or segment[:-1].rstrip()[-1:] in _CLOSING_QUOTES:
        return []  # '…," said X' has its speaker after the verb
    commas = [m.start() for m in _APPOSITION_COMMA.finditer(segment, 0, len(segment) - 1)]  # not "5,812"
    while len(commas) > 1 and _an_age(segment[commas[-2] + 1:commas[-1]]):
        commas.pop()  # "Kamla Joshi, 71, a retired teacher who…, said": the age belongs to the name
    opening = commas[-1] if commas else -1
    if opening < 0 or any(q in segment[opening:] for q in _CLOSING_QUOTES):
        return []
    first = _words(text, low + opening, low + len(segment))[:1]
    if first and rules.speech_verbs.search(text, first[0].start, first[0].end) is not None \
            and _verb_word(rules, first[0].text) not in rules.evidence_verbs:
        return []  # "انتقد المدرب التحكيم بشدة، معتبراً": between the commas, a clause that speaks of its own
    head = _before(text, floor, _before_brackets(text, low + opening), rules)
    aside = _words(text, low + opening, low + len(segment))
    if head and aside and rules.has("including_words", aside[0].text) and any(w.text[:1].isupper() for w in aside):
        return head + aside  # "Supporters, including the Linwood Chamber of Commerce, argued": named among them
    if head and _names_the_one(head, aside, rules):
        return head + aside  # "my naturopath, Dr. Mira Okafor, told": the writer's someone, named
    return head


def _names_the_one(head: list[Word], aside: list[Word], rules: Rules) -> bool:
    """Whether the words between commas after someone only the writer knows ("my neighbour", "a friend") are
    that person's name ("Jim Brown", "Dr. Mira Okafor"), which makes them someone a reader can ask."""
    unknown = rules.has("writer_possessives", head[0].text) or rules.has("indefinites", head[0].text.lower())
    return unknown and 1 <= len(aside) <= 5 and all(w.text[:1].isupper() for w in aside)


def _before_brackets(text: str, position: int) -> int:
    """"Councillor Siân Lloyd-Evans (Bryngwyn North), the cabinet member…", "the Authority (NFSA) said": a
    bracket that closes right before a comma or a verb holds the speaker's ward, party, age or initials; the
    speaker's name stands before it."""
    low = max(0, position - 80)  # a window, not the whole text before: this runs for every verb
    head = text[low:position].rstrip()
    if not head.endswith(")"):
        return position
    opening = head.rfind("(", max(0, len(head) - 60))
    return low + opening if opening >= 0 and low + opening > 0 and ")" not in head[opening:-1] else position


def _an_age(piece: str) -> bool:
    """"71", "de 72 años", "aged 40": a number of at most three words between two commas after a name."""
    return any(c.isdigit() for c in piece) and len(piece.split()) <= 3


def _after(text: str, position: int, ceiling: int, rules: Rules) -> list[Word]:
    """The speaker after a verb ("said Detective Inspector Laura Benning", "explicó el comisario jefe")."""
    segment_end = min(ceiling, position + _REACH)
    stop = _STOP_AFTER.search(text, position, segment_end)
    while stop is not None and stop.group() == "." and text[stop.end():ceiling].strip() \
            and _after_a_title(text, stop.start(), rules):
        stop = _STOP_AFTER.search(text, stop.end(), segment_end)  # "said Dr. Leonard Fisk", not "…the mayor."
    taken: list[Word] = []
    limit = 8
    for word in _past_the_paper(_words(text, position, stop.start() if stop else segment_end), rules):
        if not taken and rules.words.get("verb_first") and rules.has("to_the_writer", word.text):
            continue  # "يقول لي جاري": the speaker comes after whom they told
        if not taken and rules.has("auxiliaries", word.text) and not rules.has("determiners", word.text) \
                and not word.text[:1].isupper():
            continue  # "Dicen también que…": an adverb between the verb and whoever speaks
        if rules.has("after_stops", word.text) and (taken or not rules.has("pronouns", word.text)):
            break
        if taken and rules.has("speaker_enders", word.text):
            break  # "صرّح وزير التربية أكثر من مرة": how often, not who; "قال أكثر من نصف السكان" is who
        if not taken and rules.words.get("verb_first") and not rules.has("titles", word.text):
            limit = 2  # "قال المتحدث": no capital letters show where a name ends; a title starts a longer one
        taken.append(word)
        if len(taken) == limit:
            break
    return taken


def _past_the_paper(words: list[Word], rules: Rules) -> list[Word]:
    """The words after a verb, past whom it was told to when that is the paper ("relató a este medio una
    vecina", "told reporters a witness"): the speaker comes after."""
    told = rules.words.get("to_the_paper", frozenset())
    longest = max((len(entry.split()) for entry in told), default=0)
    for size in range(min(len(words) - 1, longest), 0, -1):
        if " ".join(w.text.lower() for w in words[:size]) in told:
            return words[size:]
    return words


def _word_before(text: str, floor: int, position: int) -> Word | None:
    """The word just before ``position`` (a cue, a subject), within its sentence."""
    words = _words(text, max(floor, position - 30), position)
    return words[-1] if words else None


_PARTICLE = re.compile(r" (\w+)")  # the word right after a verb, one space between
_ADDRESS = re.compile(r"@|://|www\.|\w\.(?:com|org|net|gov|edu|co|info)\b", re.IGNORECASE)


def _in_an_address(text: str, match: re.Match[str]) -> bool:
    """Whether the word stands inside an e-mail or web address ("recall@marlowridge.com", "www.says.org"),
    as white space parts the text."""
    start = max(text.rfind(" ", 0, match.start()), text.rfind("\n", 0, match.start())) + 1
    ends = [e for e in (text.find(" ", match.end()), text.find("\n", match.end())) if e >= 0]
    return _ADDRESS.search(text, start, min(ends) if ends else len(text)) is not None


def _touches(text: str, word: Word | None, position: int) -> bool:
    """Whether ``word`` stands right before ``position``, with only white space between."""
    return word is not None and not text[word.end:position].strip()


def _a_number(word: str, rules: Rules) -> bool:
    """"41", "٢٣", "twelve": a number in digits or in words."""
    return _NUMBER.match(word) is not None or rules.has("number_words", word)


def _contracted(word: Word, rules: Rules) -> str:
    """The auxiliary written on a word ("'re" of "They're"), or nothing."""
    return next((c for c in rules.words.get("passive_contractions", ()) if word.text.lower().endswith(c)), "")


def _goes_on(match: re.Match[str], rules: Rules) -> bool:
    """Whether a verb's form says the action goes on ("saying"): after "are" it speaks, it is not passive."""
    return match.group().lower().endswith(tuple(rules.words.get("progressive_endings", ())))


def _after_a_title(text: str, position: int, rules: Rules) -> bool:
    """Whether the full stop at ``position`` ends an abbreviated title ("Dr.", "Mr.", "Prof.")."""
    before = _words(text, max(0, position - 12), position)[-1:]
    return bool(before) and before[0].end == position and rules.has("titles", before[0].text)


_POSSESSIVE = re.compile(r"['’]s?$")


def _without_possessive(word: str) -> str:
    """"developer's" -> "developer", "residents'" -> "residents"."""
    return _POSSESSIVE.sub("", word)


def _is_name(word: Word, sentence_start: int) -> bool:
    return word.text[:1].isupper() and word.start != sentence_start


def _unplaced(words: list[Word], rules: Rules, sentence_start: int) -> bool:
    """A subject with no determiner and no name: nothing says which ones ("Women", "Shop owners")."""
    return not (rules.has("determiners", words[0].text) or any(_is_name(w, sentence_start) for w in words))


def _is_bare(words: list[Word], rules: Rules, sentence_start: int) -> bool:
    """A subject with no determiner, no name and no known body: "Women", "Parents at the gate"."""
    return _unplaced(words, rules, sentence_start) \
        and not (len(words) == 1 and rules.has("pronouns", words[0].text)) \
        and not any(rules.has("sources", w.text) or rules.has("titles", w.text) for w in words)


def _known_through_the_writer(words: list[Word], rules: Rules, sentence_start: int) -> bool:
    """The people before "I've spoken to", "I know", "I sit next to": "Teachers I've spoken to", "Most doctors
    I know", "A guy I sit next to" are known only through the writer, whatever they do; no determiner that
    says which ones ("The report I read", "the official I met") and no name ("Dr Obi, whom I met")."""
    first = words[0].text
    which = rules.has("determiners", first) and not rules.has("indefinites", first)
    return not which and not any(_is_name(w, sentence_start) for w in words) \
        and not (len(words) == 1 and rules.has("pronouns", first))


def _people_without_the(words: list[Word], rules: Rules, sentence_start: int) -> bool:
    """"Shop owners", "Families": people in the plural, with no determiner and no name: whoever the writer
    met, not a body that could be asked (which would be written "the owners" or "Ardmore Traders")."""
    head = words[-1].text.lower()
    return _unplaced(words, rules, sentence_start) \
        and head.endswith(tuple(rules.words.get("plural_endings", ()))) and not head.endswith("ss")


def _someone_unnamed(words: list[Word], rules: Rules) -> bool:
    """"A GP in town", "A wee bird at the police office", "Un primo mío que trabaja en EdeCisur", "the girl on
    the phone": an indefinite article (or any article before one unnamed person), and before the words that
    say where they are or what they do, no name and no body that could be asked."""
    if not rules.has("determiners", words[0].text):
        return False
    if not rules.has("indefinites", words[0].text) and not (len(words) > 1 and rules.has("unnamed_people",
                                                                                          words[1].text)):
        return False  # "the girl on the phone told me" names no one either; "the council told me" does
    head = next((n for n, w in enumerate(words[1:], 1)
                 if rules.has("stop_words", w.text) or rules.has("relative_words", w.text)), len(words))
    return not any(w.text[:1].isupper() or rules.has("sources", w.text) or rules.has("titles", w.text)
                   for w in words[1:head])


def _generic(words: list[Word], rules: Rules, sentence_start: int) -> bool:
    """"Los expertos calculan": in languages whose article also makes a noun general, article and one
    plural noun, with no name, are no one in particular."""
    return (len(words) == 2 and rules.has("generic_determiners", words[0].text)
            and not _is_name(words[1], sentence_start) and not rules.has("sources", words[1].text))


def _speaks_to_writer(text: str, verb: re.Match[str], rules: Rules) -> bool:
    """"told me", "قال لي", "me contó": the word next to the verb is the writer; or "told my husband": the
    words after it are someone of the writer's (``writer_possessives``, then one of ``unnamed_people``)."""
    following = _words(text, verb.end(), min(len(text), verb.end() + 30))[:2]
    previous = _words(text, max(0, verb.start() - 20), verb.start())[-1:]
    if len(following) == 2 and rules.has("writer_possessives", following[0].text) \
            and rules.has("unnamed_people", following[1].text):
        return True
    return any(rules.has("to_the_writer", w.text)
               and not text[min(w.end, verb.end()):max(w.start, verb.start())].strip()  # right next to it
               for w in following[:1] + previous)


def _after_a_noun_it_describes(words: list[Word], rules: Rules) -> list[Word]:
    """"a concern experts say is difficult to measure": a singular noun phrase, then a plural that gives
    no one in particular, with no small word between; the speaker is the plural alone."""
    last = words[-1].text.lower()
    if len(words) < 3 or not rules.has("singular_determiners", words[0].text) \
            or not rules.has("vague_subjects", last) or not last.endswith(tuple(rules.words.get("plural_endings", ()))):
        return words  # "A police source, who asked not to be named": one source, of the police
    between = words[1:-1]
    if any(rules.has(group, w.text) for w in between for group in ("stop_words", "relative_words", "determiners")):
        return words  # "a group of experts", "a panel that experts"
    return words[-1:]


def _would_tell_the_reader(text: str, verb: re.Match[str], rules: Rules) -> bool:
    """"Landlords will tell you", "Any nurse would tell you": what such people would say to anyone
    (``modal_words`` before the verb, ``to_the_reader`` right after it), not what someone said."""
    following = _words(text, verb.end(), min(len(text), verb.end() + 20))[:1]
    previous = _words(text, max(0, verb.start() - 20), verb.start())[-1:]
    return bool(following and previous) and rules.has("to_the_reader", following[0].text) \
        and rules.has("modal_words", previous[0].text)


_SENTENCE_END = re.compile(r"[.!?؟\n]")


def _asked_what_they_would_say(text: str, subject: list[Word], floor: int, rules: Rules) -> bool:
    """"What would you tell Governor Pundia?", "What would the minister say to parents?": a question with one
    of ``modal_words`` right before the subject asks what someone would say; no one has said it."""
    before = _word_before(text, floor, subject[0].start)
    if before is None or not rules.has("modal_words", before.text):
        return False
    end = _SENTENCE_END.search(text, subject[-1].end)
    return end is not None and end.group() in "?؟"


NO_ONE = "no one"  # a subject that says no one speaks: neither a source nor a vague one


def _kind(words: list[Word], rules: Rules, sentence_start: int, verb_first: bool = False) -> str | None:
    """Whether a subject names a source ("source"), gives one vaguely ("vague"), says no one speaks
    (``NO_ONE``), or is none of these (None)."""
    while len(words) > 1 and rules.has("place_adverbs", words[-1].text):
        words = words[:-1]  # "Eye doctors here": where they are does not say who
    if not words:
        return None
    lowered = [w.text.lower() for w in words]
    phrase = " ".join(lowered)
    if phrase in rules.words.get("negative_subjects", ()) or _no_one_from(lowered, rules) \
            or (not rules.words.get("verb_first") and rules.has("negative_subjects", lowered[-1])):
        return NO_ONE  # "Nobody told us", "Nobody at the board has explained", "eso nadie lo confirma"
    if rules.has("first_person", lowered[-1]):
        return NO_ONE  # "I told them at half-time", "…I never thought I'd say": the speaker is said elsewhere
    if rules.has("someone_words", lowered[0]) or (rules.has("insider_words", lowered[0]) and len(lowered) > 1):
        return "vague"  # "Someone in the Oldcastle Moor group said", "Sources in the Ministry of Finance tell
        # us", "Fuentes del Ministerio admiten": a name after it names the group only
    if _kept_unnamed(phrase, rules):
        return "vague"  # "A witness who asked not to be named said": the writer will not say who
    if len(lowered) == 2 and rules.has("determiners", lowered[0]) and rules.has("vague_with_the", lowered[1]):
        return "vague"  # "The evidence says"
    if any(phrase == q or phrase.startswith(q + " ") for q in rules.words.get("vague_quantifiers", ())):
        return "vague"
    if phrase in rules.words.get("vague_subjects", ()) and not rules.has("pronouns", phrase):
        return "vague"
    if _one_unnamed(words, rules):
        return "vague"
    if _a_kind_from_somewhere(words, rules):
        return "vague"  # "Experts in Delhi say": a place does not say which experts
    if _indefinite_plural(words[0].text, rules):
        return "vague"  # "يقول سكان", "ويرى متابعون للبطولة": people of a kind, without the article
    if rules.has("determiners", lowered[0]) or any(_is_name(w, sentence_start) for w in words):
        return "source"
    if len(words) == 1 and rules.has("pronouns", lowered[0]):
        return "source"
    if rules.has("vague_subjects", lowered[0]) or rules.has("vague_subjects", lowered[-1]):
        return "vague"
    if any(rules.has("sources", _without_possessive(w)) or rules.has("titles", w) for w in lowered):
        return "source"
    if _a_kind_of_people(words, rules, sentence_start):
        return "vague"  # "Scrap dealers say", "Letting agents have warned": a trade, not people in the story
    if words[0].text[:1].isupper() and not rules.has("stop_words", lowered[0]) \
            and (len(words) == 1 or words[1].text[:1].isupper()):
        return "source"  # a name at the start of the sentence ("Llorente señaló"), not "Financial planners"
    return "source" if verb_first else None


def _a_share(lowered: list[str], rules: Rules) -> bool:
    """Whether lowercased words open, after a hedge, with a share of people: a percentage ("40 per cent
    of"; "41%" is read from the text, ``_PERCENT_AT``), a ratio ("one in five", "9 out of 10"), or a
    fraction (``share_words``: "half", "a quarter")."""
    for size in (2, 1):
        if len(lowered) > size and rules.has("hedges", " ".join(lowered[:size])):
            lowered = lowered[size:]
            break
    if any(rules.has("share_words", " ".join(lowered[:size])) for size in (1, 2)):
        return True
    if lowered and any(lowered[0].startswith(word) and 0 < len(lowered[0]) - len(word) <= 2
                       for word in rules.words.get("share_words", ()) if " " not in word):
        return True  # "نصفهم": half of them, a pronoun on the word
    if not lowered or not (lowered[0][:1].isdigit() or rules.has("number_words", lowered[0])
                           or rules.has("indefinites", lowered[0])):
        return False
    rest = " ".join(lowered[1:4])
    joiners = rules.words.get("ratio_joiners", frozenset()) | rules.words.get("percent_words", frozenset())
    return any(rest.startswith(word + " ") or rest == word for word in joiners)


def _a_kind_of_people(words: list[Word], rules: Rules, sentence_start: int) -> bool:
    """"Scrap dealers", "Financial planners", "Letting agents": a plural that names people by what they do
    (``people_endings``), after one or two words that say what kind, and nothing that places them in the
    story: no determiner, name, number or other small word ("Traders at the hall" are people in the story)."""
    if not 2 <= len(words) <= 3 or any(_is_name(w, sentence_start) for w in words):
        return False
    *kind, head = (w.text.lower() for w in words)
    if not head.endswith(tuple(rules.words.get("people_endings", ()))):
        return False
    little = ("determiners", "stop_words", "pronouns", "number_words", "first_person", "indefinites", "negators",
              "speech_verbs", "vague_verbs")  # "said islanders": the subject began after the verb
    return not any(rules.has(group, w) or w[:1].isdigit() for w in kind for group in little)


def _no_one_from(lowered: list[str], rules: Rules) -> bool:
    """"Nobody at the board", "Nadie en el ayuntamiento": no one, and where from. Not where verbs come first:
    "قال أحد من السكان" is one of the residents."""
    if rules.words.get("verb_first"):
        return False
    for negative in rules.words.get("negative_subjects", ()):
        size = len(negative.split())
        if lowered[:size] == negative.split() and len(lowered) > size and rules.has("stop_words", lowered[size]):
            return True
    return False


def _kept_unnamed(words: str, rules: Rules) -> bool:
    """Whether lowercased words say the speaker is not to be named ("asked not to be named"), or is only
    someone the writer spoke to ("صيادلة تحدثتُ إليهم"); Arabic short vowels are not compared."""
    plain = without_marks(words)
    return any(marker in plain for marker in rules.words.get("anonymous", ()))


def _a_kind_from_somewhere(words: list[Word], rules: Rules) -> bool:
    """"Experts in Delhi", "Vets across Scotland": no one in particular, with only a place after a small word;
    "Scientists at Eastmoor University" names a body that can be asked."""
    lowered = [w.text.lower() for w in words]
    generic = bool(lowered) and rules.has("generic_determiners", lowered[0])
    if generic:  # "Los expertos en finanzas personales coinciden", not "Los expertos del Banco Central"
        lowered = lowered[1:]
        if any(w.text[:1].isupper() for w in words[1:]):
            return False
    if len(lowered) < 3 or not rules.has("vague_subjects", lowered[0]) \
            or not (rules.has("stop_words", lowered[1]) or rules.has("across_words", lowered[1])):
        return False
    return not any(rules.has("sources", w) or rules.has("titles", w) for w in lowered[2:])


def _indefinite_plural(word: str, rules: Rules) -> bool:
    """A plural noun without the definite article, in languages that mark both on the word (Arabic)."""
    endings = tuple(rules.words.get("indefinite_plural_endings", ()))
    bare = _past_prefix(word, rules, 4)
    definite = tuple(rules.words.get("definite_prefixes", ()))
    return bool(endings) and len(bare) > 4 and bare.endswith(endings) and not bare.startswith(definite)


def _past_prefix(word: str, rules: Rules, rest: int) -> str:
    """The word without the first of ``rules.prefixes`` it starts with, if ``rest`` letters or more stay ("و")."""
    prefix = next((p for p in rules.prefixes if word.startswith(p) and len(word) - len(p) >= rest), "")
    return word[len(prefix):]


def _one_unnamed(words: list[Word], rules: Rules) -> bool:
    """"a neighbour", "a very nice lady", "un policía amigo de mi cuñado", "جاري": one person no reader can
    ask; an indefinite article, then such a person among the next words, and no name."""
    lowered = [w.text.lower() for w in words]
    if len(lowered) >= 2 and not rules.words.get("indefinites") and rules.has("unnamed_people", lowered[0]):
        return True  # "قال لي جار يعمل في دائرة المياه": no article marks one unknown person
    if len(lowered) >= 2 and rules.has("indefinites", lowered[0]):
        described = next((n for n, w in enumerate(lowered[1:], 1) if rules.has("stop_words", w)), len(words))
        named = any(w.text[:1].isupper() and not rules.has("unnamed_people", w.text)  # "a GP" names no one
                    and not rules.has("first_person", w.text)  # nor "A mother I met at the market"
                    for w in words[1:described])  # nor does "una vecina de la calle Acacias"
        return not named and (any(rules.has("unnamed_people", w) for w in lowered[1:_SUBJECT])
                              or _a_person_by_ending(lowered[1], rules))
    return len(lowered) == 1 and rules.has("unnamed_people", lowered[0]) and not words[0].text[:1].isupper()


def _the_writer_s_people(words: list[Word], rules: Rules) -> bool:
    """"our elders", "my neighbours", "mis vecinos", "my pal that works in…": people named by the writer's
    possessive (``writer_possessives``) and a plural or one unnamed person, with no name after it."""
    if len(words) < 2 or not rules.has("writer_possessives", words[0].text):
        return False
    if any(w.text[:1].isupper() for w in words[1:]):
        return False  # "our own Councillor Jane Smith"
    plural = tuple(rules.words.get("plural_endings", ()))
    return rules.has("unnamed_people", words[1].text) \
        or (bool(plural) and words[-1].text.lower().endswith(plural))  # "my pal that works…", "our elders"


def _a_person_by_ending(word: str, rules: Rules) -> bool:
    """"transportista", "cartero", "funcionaria": a word right after an indefinite article whose ending
    (``person_endings``) names someone by what they do."""
    endings = tuple(rules.words.get("person_endings", ()))
    return bool(endings) and len(word) > 5 and word.endswith(endings)


def _passive_by_its_vowel(verb: str, rules: Rules) -> bool:
    """"قُدّر", "وقُدِّرت": a verb in the past whose first letter, past a prefix, is written with the vowel of the
    passive (``passive_vowels``); not after a letter that opens the present ("يُقدّر" is also "he estimates")."""
    vowels = rules.words.get("passive_vowels")
    if not vowels:
        return False
    opens_present = rules.words.get("present_openers", frozenset())
    starts = [0] + [len(p) for p in rules.prefixes if verb.startswith(p)]
    return any(len(verb) > start + 1 and verb[start + 1] in vowels and verb[start] not in opens_present
               for start in starts)


def _verb_word(rules: Rules, verb: str) -> str:
    lower = verb.lower()
    for prefix in rules.prefixes:
        if lower.startswith(prefix) and lower[len(prefix):] in rules.evidence_verbs:
            return lower[len(prefix):]
    return lower


def _that_follows(text: str, end: int, rules: Rules) -> bool:
    """Whether what a verb reports follows it: "estimates that", or a clause with its own subject and a modal
    verb, where "that" is left out ("The airline estimates it will carry 35,000 passengers")."""
    following = _words(text, end, min(len(text), end + 40))[:2]
    if following and rules.has("that_words", following[0].text):
        return True
    return len(following) == 2 and rules.has("pronouns", following[0].text) \
        and rules.has("modal_words", following[1].text) and not text[following[0].end:following[1].start].strip()


@cache
def _name_holding(word: str) -> re.Pattern[str]:
    """A capitalised ``word`` beside another capitalised word: "Ndlovana Property Monitor", "Observatorio de
    Vivienda"."""
    capital, other = "A-ZÁÉÍÓÚÑ", r"[\w’'-]*"
    return re.compile(rf"[{capital}]{other}[^\S\n]+{re.escape(word)}(?!\w)"
                      rf"|(?<!\w){re.escape(word)}[^\S\n]+(?:de[^\S\n]+)?[{capital}]")


_WHAT_IS_SAID_OPENS = ("that_words", "pronouns", "determiners")  # "with some saying they", "…that", "…the"
_QUOTE_OR_COLON = ":\"“«"


class _Reader:
    """Finds the sources of one article, sentence by sentence."""

    def __init__(self, text: str, sentences: Sentences, rules: Rules) -> None:
        self.text, self.sentences, self.rules = text, sentences, rules
        self.attributions: list[Suggestion] = []
        self.vague: list[Suggestion] = []
        self.openings: dict[int, bool] = {}  # where a verb starts -> whether its clause opens vaguely
        self.full_names: dict[str, bool] = {}  # a word -> whether the text writes it as part of a full name

    def add(self, kind: str | None, start: int, end: int, key: tuple[int, int], cue: str) -> None:
        if kind in ("source", "vague") and self._people_counted(start, end, kind):
            return  # "Nine out of ten customers say they would recommend it": the people counted, not a source
        if kind == "source":
            self.attributions.append(Suggestion(start, end, *key, _("\"{cue}\" says who the source is",
                                                                     cue=" ".join(cue.split()))))
        elif kind == "vague":
            self.vague.append(Suggestion(start, end, start, end,
                                         _("\"{cue}\" gives a source without naming it: who exactly?",
                                           cue=" ".join(self.text[start:end].split()))))  # key: all of it

    def _people_counted(self, start: int, end: int, kind: str) -> bool:
        """Whether the words from ``start`` open with a share of people ("Nine out of ten customers say",
        "41% said", "Half said"): never a vague source, and a named one only when a source named earlier in
        the paragraph, or in the sentence, counted them ("One in five said", after "…, the survey found", is
        the survey's people speaking)."""
        lowered = [w.text.lower() for w in _words(self.text, start, end)]
        if not (_a_share(lowered, self.rules) or _PERCENT_AT.match(self.text, start)):
            return False
        if kind == "vague":
            return True
        sentences = self.sentences
        paragraph = sentences.paragraph_of[sentences.index(start)]
        opening = sentences.spans[sentences.first_of[paragraph]][0]
        return not any(a.start >= opening for a in self.attributions)

    def verb(self, match: re.Match[str], floor: int, ceiling: int) -> None:
        text, rules = self.text, self.rules
        particle = _PARTICLE.match(text, match.end())
        if particle and rules.has("phrasal_not_speech", f"{match.group()} {particle.group(1)}"):
            return  # "a crew showed up": another verb
        if _passive_by_its_vowel(match.group(), rules):
            if not rules.has("counting_verbs", match.group()):  # "سُجّلت ٣ حالات": cases recorded, no one speaks
                self.agentless(match, floor, ceiling)  # "حضوراً قُدّر بنحو 1500 متفرج": estimated, by no one named
            return
        evidence = _verb_word(rules, match.group()) in rules.evidence_verbs
        previous = _word_before(text, floor, match.start())
        right_after = _touches(text, previous, match.start())
        before = previous.text if previous else ""
        if previous is not None and right_after and not self._some_saying(previous, match, floor) \
                and (rules.has("noun_markers", before) or self._counted(previous, match, floor)):
            return  # a noun: "200 such claims", "87 comments", "23 reported accidents"; not '…with," said'
        if rules.has("negators", before):
            return  # "Muchos ni denuncian", "Police did not say": a verb denied names no source
        if previous is not None and self._a_noun_counted(previous, match):
            return  # "Most states have laws against it"
        if self._the_writer_asks_leave(match, floor):
            return  # "Let me say this plainly", "So let me explain": the writer, about to speak
        if right_after and self._a_to_verb(previous, floor):
            return  # "لا أحد يريد أن يعترف": no one wants to admit; the verb speaks for no one
        if previous is not None and right_after and self._after_a_counted_noun(previous, match, floor):
            return  # "41 thefts reported between September and May": a participle of the thing counted
        if match.group()[:1].isupper() and _words(text, floor, match.start()):
            return  # "Para ellos nació Cuenta Kuntur": a verb's word with a capital inside a sentence is a name
        if rules.has("imperatives", match.group()) \
                and all(rules.has("imperative_openers", w.text) for w in _words(text, floor, match.start())):
            return  # "Tell them the boat is not a line on a balance sheet", "Please explain": the writer asks
        if rules.has("needs_auxiliary", match.group()) and not rules.has("perfect_auxiliaries", before):
            return  # "Un incendio declarado en la madrugada": a participle with no "ha" before it says nothing
        if right_after and rules.has("impersonal_markers", before):
            return  # "El estudio … se publica", "una remontada de las que se recuerdan": no one speaks
        following = [w.text for w in _words(text, match.end(), min(ceiling, match.end() + 50))[:4]
                     if not rules.has("when_words", w.text)]  # "declaró anoche la alerta roja"
        objects = [following[:1], following[:2]]  # "cuenta con", "declaró la alerta"
        if rules.words.get("verb_first"):
            objects.append(following[1:3])  # "وأعلنت البلدية حالة الطوارئ": two words past the subject
        if any(words and rules.has("not_speech_before", " ".join([match.group(), *words])) for words in objects):
            return  # "Frescomar cuenta con 1.100 supermercados": it has them, it does not tell
        if rules.has("counting_verbs", match.group()) and (self._number_follows(match, ceiling)
                                                           or self._an_act_follows(match, ceiling)):
            return  # "conceded only six goals", "admitted unlawfully evicting her": a count or a plea, not words
        if self._named_right_after(match, ceiling):
            self._speaker_after(match, floor, ceiling, evidence)  # "تقدّر وزارة التربية": its subject follows
            return
        after_auxiliary = right_after and rules.has("passive_auxiliaries", before)
        if not after_auxiliary and following[:1] and rules.has("passive_agent_words", following[0]):
            return  # "new research published today by the Fairbridge Institute": done by whoever "by" names
        contraction = _contracted(previous, rules) if previous is not None and right_after else ""
        if previous is not None and contraction and _goes_on(match, rules):  # "They're saying": "are" on "They"
            speaker = Word(previous.start, previous.end - len(contraction), before[:-len(contraction)])
            self._subject([speaker], match, floor, evidence=False)
            return
        if rules.has("participles", match.group()) and not after_auxiliary:  # "are saying" speaks
            carrier = self._carried_on(match, floor)
            carried = _before(text, floor, carrier.start, rules) if carrier is not None else []
            if carried:
                self._subject(carried, match, floor, evidence)  # "Los expertos llevan años advirtiendo"
            elif self._participle_after_comma(match, floor):
                self.add("source", match.start(), match.end(), match.span(), match.group())
            elif absolute := self._absolute_subject(match, floor):
                self._subject(absolute, match, floor, evidence)  # "…, with the company estimating that"
            return  # "before the vote warning that": a participle elsewhere is no verb of its own
        if self._vague_opening(match, floor, ceiling) or self._anyone_asked(match, floor) \
                or self._there_are_some(match, floor):
            return
        if self._speaker_follows_a_comma(match, floor, ceiling):
            self._speaker_after(match, floor, ceiling, evidence)  # "…, confirmaron fuentes de la fiscalía"
            return
        going_on = after_auxiliary and _goes_on(match, rules)
        verb_start = previous.start if going_on and previous else match.start()  # "Some parents are saying"
        subject = _before(text, floor, verb_start, rules) or _apposition_subject(text, floor, verb_start, rules) \
            or self._antecedent(previous if right_after else None, floor)
        if subject and rules.has("impersonal_plurals", match.group()) and rules.has("place_openers", subject[0].text):
            self.add("vague", subject[0].start, match.end(), (subject[0].start, match.end()), match.group())
            return  # "algo que en el pueblo dicen", "في الحي يقولون": a place, and whoever says it there
        subject = self._before_relative(subject, floor)
        if after_auxiliary and not going_on and all(rules.has("passive_auxiliaries", w.text) for w in subject):
            return  # "Parents, meanwhile, are being urged": they are told, no one is named
        if subject:
            self._subject(subject, match, floor, evidence)
        elif not evidence and self._shares_a_speaker(match, floor):
            self.add("source", match.start(), match.end(), match.span(), match.group())  # "…and claimed"
        elif evidence and rules.words.get("verb_alone") and _that_follows(text, match.end(), rules) \
                and not _after(text, match.end(), ceiling, rules):
            self.add("source", match.start(), match.end(), match.span(), match.group())  # "También detectaron que"
        elif not evidence or rules.words.get("verb_first"):
            self._speaker_after(match, floor, ceiling, evidence)  # "أظهرت دراسة": the study after its verb

    def _antecedent(self, relative: Word | None, floor: int) -> list[Word]:
        """"studies overseas, which suggest that…", "studies that suggest": where the words that a relative word
        right before the verb stands for give a source vaguely, they are its subject."""
        rules = self.rules
        if relative is None or not rules.has("relative_words", relative.text) \
                or rules.words.get("verb_first") or rules.words.get("subject_after"):
            return []  # "الحد الذي توصي به الهيئات", "las horas que recomiendan los pediatras": the speaker follows
        clause = self.text[floor:relative.start].rstrip()
        end = floor + len(clause) - 1 if clause.endswith((",", "،")) else relative.start
        antecedent = _before(self.text, floor, end, rules)
        for size in range(1, min(len(antecedent), _SUBJECT) + 1):  # "The findings match studies that suggest"
            word_before = antecedent[-size - 1].text if size < len(antecedent) else ""
            if not rules.has("determiners", word_before) and _kind(antecedent[-size:], rules, floor) == "vague":
                return antecedent[-size:]  # not "the responsibility of the person who wrote"
        return []  # not "those who reported", "a retired postmistress who writes"

    def _a_to_verb(self, previous: Word | None, floor: int) -> bool:
        """Whether the word before a verb makes it a "to …" ("يريد أن يعترف"), not after "before" or "after"
        ("قبل أن يضيف": he went on to add, which is said)."""
        rules = self.rules
        if previous is None or not rules.has("infinitive_before_verbs", previous.text):
            return False
        earlier = _word_before(self.text, floor, previous.start)
        return earlier is None or not rules.has("said_after_infinitive", earlier.text)

    def _clause_before(self, position: int, floor: int) -> list[Word]:
        """The words of the clause before ``position``: back to a punctuation mark or a conjunction."""
        words = _since_punctuation(self.text, floor, position, 100)
        for n in range(len(words) - 1, -1, -1):
            if self.rules.has("conjunctions", words[n].text):
                return words[n + 1:]
        return words

    def _vague_opening(self, match: re.Match[str], floor: int, ceiling: int) -> bool:
        """"Everyone in this town knows", "Shopkeepers I've spoken to tell me": a clause that opens with
        everyone, or whose speakers are people the writer spoke to, gives its verb a vague source. A verb in
        both the speech and the vague lists ("say") is looked at once."""
        if match.start() not in self.openings:
            self.openings[match.start()] = self._opens_vaguely(match, floor, ceiling)
        return self.openings[match.start()]

    def _opens_vaguely(self, match: re.Match[str], floor: int, ceiling: int) -> bool:
        clause = self._clause_before(match.start(), floor)
        words = clause[-_SUBJECT:]
        appeal = _since_punctuation(self.text, floor, match.start(), _REACH)
        if len(words) < len(appeal) <= _LONG_SUBJECT + 2 and self._everyone_opens(appeal) \
                and self._only_joined(appeal, clause):
            words = appeal  # "Cualquiera que haya preparado un examen en un piso pequeño y ruidoso lo sabe"
        rules = self.rules
        if not words or rules.has("passive_auxiliaries", words[-1].text):
            return False  # "Anyone with information is urged to call": they are asked, no one speaks
        contact = next((n for n, w in enumerate(words) if n and rules.has("first_person", w.text)), None)
        if contact is not None:
            heard = [w for w in words[contact + 1:] if not rules.has("auxiliaries", w.text)]  # "I've spoken to"
            if heard and _known_through_the_writer(words[:contact], rules, floor) \
                    and not any(rules.has("clause_words", w.text) for w in words[:contact]) \
                    and not rules.has("documents", words[contact - 1].text):
                self.add("vague", words[0].start, match.end(), (words[0].start, match.end()), match.group())
                return True
        if rules.has("infinitive_words", words[-1].text):
            return False  # "Anyone who wants to know": the verb speaks for no one
        if self._asks(ceiling):
            return False  # "Does anyone know if there's a tenants' union?": a question to them, no appeal
        for n, word in enumerate(words):
            if n and rules.has("clause_words", words[n - 1].text):
                continue  # "Not everyone accepts": no appeal to what all know
            if n == len(words) - 1 and rules.has("determiners", word.text):
                continue  # "We can't check every claim": the verb's word is a noun after "every"
            if self._everyone_opens(words[n:n + 3]):
                self.add("vague", word.start, match.end(), (word.start, match.end()), match.group())
                return True
        return False

    def _anyone_asked(self, match: re.Match[str], floor: int) -> bool:
        """"Ask anyone who lives here and they'll tell you", "Pregúntale a cualquier vecino y te dirá": a
        sentence that opens by asking anyone (``asking_imperatives``, then ``everyone_words`` or ``any_words``)
        and joins the verb on with "and" appeals to what anyone would say; from the asking to the verb is
        vague."""
        rules = self.rules
        opening = _words(self.text, floor, min(match.start(), floor + 30))[:1]
        if not opening or not rules.has("asking_imperatives", opening[0].text):
            return False  # the usual case, told from the first word alone: this runs for every verb
        words = _words(self.text, floor, match.start())
        if len(words) < 2 or not rules.has("asking_imperatives", words[0].text) \
                or not any(rules.has("everyone_words", w.text) or rules.has("any_words", w.text) for w in words[1:4]):
            return False
        joined = any(rules.has("range_joiners", w.text) for w in words[-3:]) \
            or match.group().startswith(tuple(j for j in rules.words.get("range_joiners", ()) if j.isalpha()
                                              and len(j) == 1 and not j.isascii()))  # "وبيقولك"
        if joined:
            self.add("vague", words[0].start, match.end(), (words[0].start, match.end()), match.group())
        return joined

    def _there_are_some(self, match: re.Match[str], floor: int) -> bool:
        """"Hay gente que dice", "There are those who say", "وهناك من يقول": a clause that opens by saying such
        people exist (``there_are``) and goes on to say they speak gives its verb a vague source, from the
        opening to the verb. Right before the verb stands a relative word after the people it speaks of, a
        word that is those people itself (``there_are_who``: "Hay quien dice"), or people no one names
        ("فيه ناس بيقولوا"); not "Hay que decir", which is what must be said."""
        rules = self.rules
        words = _since_punctuation(self.text, floor, match.start(), _REACH)
        if not 2 <= len(words) <= _SUBJECT + 2:
            return False
        opening = next((size for size in (2, 1) if rules.has("there_are", " ".join(w.text for w in words[:size]))),
                       None)
        if opening is None or len(words) == opening:
            return False
        last, between = words[-1].text, len(words) - opening - 1
        if (between and rules.has("relative_words", last)) or rules.has("there_are_who", last) \
                or (not between and rules.has("vague_subjects", last)):
            self.add("vague", words[0].start, match.end(), (words[0].start, match.end()), match.group())
            return True
        return False

    def _everyone_opens(self, words: list[Word]) -> bool:
        """Whether the words open with an everyone-word ("Cualquiera", "Anyone", "وكل من"), past a prefix."""
        opening = " ".join(w.text.lower() for w in words[:3])
        openings = [opening] + [opening[len(p):] for p in self.rules.prefixes if opening.startswith(p)]
        everyone = self.rules.words.get("everyone_words", ())
        return any(o == e or o.startswith(e + " ") for o in openings for e in everyone)

    def _only_joined(self, opening: list[Word], clause: list[Word]) -> bool:
        """Whether the clause of a verb reaches back to the opening, or stops only at a word that joins ("y",
        "and"), not at one that starts a clause of its own ("Anyone who wants to know what the council said")."""
        if not clause or clause[0].start == opening[0].start:
            return True
        joiner = next((w for w in reversed(opening) if w.end <= clause[0].start), None)
        return joiner is not None and self.rules.has("range_joiners", joiner.text)

    def _asks(self, ceiling: int) -> bool:
        """Whether the sentence that ends at ``ceiling`` is a question."""
        end = ceiling
        while end > 0 and self.text[end - 1] in " \n\"”»’)":
            end -= 1  # past a closing quotation mark or bracket
        return end > 0 and self.text[end - 1] in "?؟"

    def _participle_after_comma(self, match: re.Match[str], floor: int) -> bool:
        """"…welcomed the announcement, calling it", "…, claiming": whether a participle of speech stands after a
        comma, and so shares the subject of its sentence."""
        before = self.text[max(floor, match.start() - 3):match.start()].rstrip()
        clause = _words(self.text, floor, match.start())
        # not "Until then, calling this insurance…": a gerund after an opening phrase
        return before.endswith((",", "،")) and len(clause) >= 3

    def _carried_on(self, match: re.Match[str], floor: int) -> Word | None:
        """The verb that carries a participle of speech on ("llevan años advirtiendo", "siguen denunciando"):
        one of ``continuing_verbs`` at most three words before it, in its clause."""
        words = _since_punctuation(self.text, floor, match.start(), 40)[-_CARRIED:]
        return next((w for w in words if self.rules.has("continuing_verbs", w.text)), None)

    def _the_writer_asks_leave(self, match: re.Match[str], floor: int) -> bool:
        """Whether the words right before the verb are one of ``writer_leave`` ("let me", "allow me to")."""
        words = [w.text.lower() for w in _words(self.text, max(floor, match.start() - 20), match.start())[-3:]]
        return any(self.rules.has("writer_leave", " ".join(words[n:])) for n in range(len(words)))

    def _some_saying(self, previous: Word, match: re.Match[str], floor: int) -> bool:
        """"…, with some saying", "with many claiming": a vague subject that could mark a noun ("some claims"),
        right after an opener of an absolute clause and before a participle of speech, is who speaks."""
        rules = self.rules
        if not (rules.has("participles", match.group()) and rules.has("vague_subjects", previous.text)):
            return False  # the usual case, told from the two words alone: this runs for every verb
        opener = _word_before(self.text, floor, previous.start)
        if opener is None or not rules.has("absolute_openers", opener.text):
            return False
        said = _words(self.text, match.end(), match.end() + 30)[:1]  # "with some warning signs" names no speech
        return bool(said) and any(rules.has(kind, said[0].text) for kind in _WHAT_IS_SAID_OPENS) \
            or self.text[match.end():match.end() + 3].lstrip()[:1] in _QUOTE_OR_COLON

    def _absolute_subject(self, match: re.Match[str], floor: int) -> list[Word]:
        """"…, with the company estimating that": the words between an opener (``absolute_openers``) that
        starts the clause, after a comma or the sentence's start, and a participle of speech are who speaks;
        none when they are many or hold a verb ("armed with screwdrivers are quietly calling")."""
        words = _since_punctuation(self.text, floor, match.start(), _REACH)
        if not words or not self.rules.has("absolute_openers", words[0].text):
            return []
        subject = words[1:]
        plain = not any(self.rules.has(kind, w.text) for w in subject
                        for kind in ("auxiliaries", "passive_auxiliaries"))
        return subject if 0 < len(subject) <= _SUBJECT and plain else []

    def _number_follows(self, match: re.Match[str], ceiling: int) -> bool:
        """Whether a number is the verb's object: the first word after it, or after a hedge or an article ("only
        six", "a second", ``ordinal_words``); where verbs come first, after the subject too ("سجّل الغربي ٩ أهداف")."""
        rules = self.rules
        hedging = {word for hedge in rules.words.get("hedges", ()) for word in hedge.split()} | {"only", "just"} \
            | rules.words.get("indefinites", frozenset())  # "added a second soon after"
        subject_words = 4 if rules.words.get("verb_first") else 0  # "فيما أضاف صانع الألعاب عبدالعزيز الرشيدي ١٥ نقطة"
        position = match.end()
        for word in _words(self.text, match.end(), min(ceiling, match.end() + 60))[:4 + subject_words]:
            if _STOP_AFTER.search(self.text, position, word.start) or rules.has("that_words", word.text):
                return False  # "وأضاف الوزير أن 40%…", "added: 40 more…": what is said, not a count
            position = word.end
            if word.text[:1].isdigit() or rules.has("number_words", word.text) or rules.has("ordinal_words", word.text):
                return True
            if word.text.lower() not in hedging:
                if not subject_words:
                    return False
                subject_words -= 1
        return False

    def _an_act_follows(self, match: re.Match[str], ceiling: int) -> bool:
        """Whether what the verb admits or denies is an act ("admitted unlawfully evicting", "denied
        causing"): a word that goes on, after at most one adverb."""
        rules = self.rules
        position = match.end()
        for word in _words(self.text, match.end(), min(ceiling, match.end() + 40))[:2]:
            if self.text[position:word.start].strip() or not word.text.islower():
                return False  # '…added: "Going green…"': a quotation, not the act admitted
            if word.text.endswith(tuple(rules.words.get("progressive_endings", ()))):
                return True
            if not word.text.endswith(tuple(rules.words.get("adverb_endings", ()))):
                return False
            position = word.end
        return False

    def _counted(self, number: Word, match: re.Match[str], floor: int) -> bool:
        """Whether the verb's word is counted by a number just before it ("87 comments", "23 reported
        accidents"); not when that number ends a ratio that speaks ("9 out of 10 say")."""
        rules = self.rules
        counting = _a_number(number.text, rules) or rules.has("scale_words", number.text)  # not "the 23-year-old said"
        if not counting or self.text[number.end:match.start()].strip():
            return False  # "٨٥ ألف طالب": students, not "demanded"
        before = _words(self.text, max(floor, number.start - 20), number.start)[-1:]
        ratio_ends = {joiner.split()[-1] for joiner in self.rules.words.get("ratio_joiners", ()) if joiner.split()}
        return not (before and before[0].text.lower() in ratio_ends)

    def _after_a_counted_noun(self, noun: Word, match: re.Match[str], floor: int) -> bool:
        """Whether a participle ("reported", "recorded", "admitted") follows a noun that a number counts, with at
        most two words of its kind between ("41 thefts reported", "11 heatstroke patients admitted")."""
        rules = self.rules
        endings = tuple(rules.words.get("participle_endings", ()))
        if not endings or not match.group().lower().endswith(endings):
            return False
        before = _since_punctuation(self.text, floor, noun.start, 40)[-3:]
        for n in range(len(before) - 1, -1, -1):  # "41 thefts", "11 heatstroke patients admitted"
            if _a_number(before[n].text, rules):
                return all(w.text.islower() and not rules.has("stop_words", w.text) for w in before[n + 1:])
        return False

    def _named_right_after(self, match: re.Match[str], ceiling: int) -> bool:
        """Where verbs come first: whether a named body or a title, or people no one can name ("فاعلون
        جمعويون"), stand right after the verb, not after a that-word: in "سمعت إنه شركة الباصات طلبت" the
        company is what was heard about, not who said it."""
        rules = self.rules
        if rules.has("that_words", match.group().split()[-1]):
            return False
        after = _words(self.text, match.end(), min(ceiling, match.end() + 40))[:1]
        if not after or not rules.words.get("verb_first"):
            return False
        if rules.has("sources", after[0].text) or rules.has("titles", after[0].text):
            return True
        return self._people_of_a_kind_after(match, after[0])

    def _people_of_a_kind_after(self, match: re.Match[str], after: Word) -> bool:
        """"وهو مطلب يقول فاعلون جمعويون إنه…": a verb in the present (past a prefix, a letter of
        ``present_openers``) right before a plural without the article is said by people of a kind, whatever
        stands before it; not "صرّح للتلفزيون", "وطالب دراسات عليا"."""
        verb = _past_prefix(match.group(), self.rules, 3)
        return self.rules.has("present_openers", verb[:1]) and _indefinite_plural(after.text, self.rules) \
            and not self.text[match.end():after.start].strip()

    def _before_relative(self, subject: list[Word], floor: int) -> list[Word]:
        """"A friend who works at the council told me", "A witness who asked not to be named said": a subject
        in a relative clause belongs to the words before its relative word, which are the speaker; the clause
        is kept, like an apposition."""
        if not subject:
            return subject
        relative = self._relative_word_before(subject[0].start, floor)
        if relative is None or self._opens_with_its_own_subject(relative, subject):
            return subject
        head = _before(self.text, floor, relative.start, self.rules)
        if head and self.rules.speech_verbs.search(self.text, head[-1].start, head[-1].end) is not None:
            # "Dr Obi stressed that the study of 300 pupils by the university shows": "that" opens what was
            # said, and the subject is all of it after "that"
            return _words(self.text, relative.end, subject[-1].end) or subject
        if not head:
            return subject
        spoken = [n for n, w in enumerate(head) if self.rules.speech_verbs.search(self.text, w.start, w.end)]
        head = head[spoken[-1] + 1:] if spoken else head  # "He said the woman who was hit told": the woman
        return head + [Word(relative.start, subject[-1].end, self.text[relative.start:subject[-1].end])]

    def _opens_with_its_own_subject(self, relative: Word, subject: list[Word]) -> bool:
        """"a share that experts consider alarming", "a man who police say was armed", "una proporción que los
        especialistas consideran": the clause has a subject of its own right after the relative word, so the
        words before it are what is spoken of, not the speaker."""
        rules = self.rules
        if self.text[relative.end:subject[0].start].strip():
            return False
        first = subject[0].text.lower()
        if len(subject) > 1 and rules.has("sources", first) and rules.has("determiners", subject[1].text) \
                and not subject[0].text[:1].isupper():
            return False  # "Experts who study the sea say": "study" takes an object, it is the clause's verb
        return subject[0].text[:1].isupper() or any(rules.has(kind, first) for kind in (
            "determiners", "pronouns", "vague_subjects", "vague_quantifiers", "sources"))

    def _relative_word_before(self, start: int, floor: int) -> Word | None:
        """The relative word ("who", "que") that opens the clause a subject stands in: right before it, or a
        few words back over words that open no new clause ("who asked not to be named", "who spoke to this
        paper"); none past a conjunction or a punctuation mark."""
        rules = self.rules
        for word in reversed(_since_punctuation(self.text, floor, start, 80)[-_SUBJECT:]):
            if rules.has("relative_words", word.text):
                return word
            if rules.has("conjunctions", word.text):
                return None
        return None

    def _subject(self, subject: list[Word], match: re.Match[str], floor: int, evidence: bool) -> None:
        rules = self.rules
        if rules.has("forum_verbs", match.group()) and not any(rules.has("forums", w.text) for w in subject):
            return  # "the inquest heard" gives evidence; "Children in the top group heard 1,100 fewer words" do not
        if self._impersonal(subject, match):
            self.add("vague", subject[0].start, match.end(), (subject[0].start, match.end()), match.group())
            return
        if self._passive(subject, match):
            if any(self.rules.has("forums", w.text) for w in subject):
                self.add("source", subject[0].start, match.end(), (subject[0].start, subject[-1].end),
                         match.group())  # "the court was told", "the inquest heard": evidence given there
            return  # "Residents were told", "One in eight adults has been told": they heard, no one spoke
        if _asked_what_they_would_say(self.text, subject, floor, rules):
            return  # "What would you tell Governor Pundia?", "What would the minister say to parents?"
        subject = _after_a_noun_it_describes(subject, rules)
        kind = _kind(subject, rules, floor)
        if kind == "source" and _generic(subject, rules, floor):
            kind = "vague"  # "Los hosteleros lamentan": a whole trade, no one in particular
        if kind is None and not evidence:
            kind = "source"  # a group that speaks: "Stallholders reported"
        if kind == "source" and _the_writer_s_people(subject, rules) \
                and not rules.has("documents", subject[-1].text):
            kind = "vague"  # "Our elders say", "mis vecinos dicen": people only the writer knows; not "our reports"
        if kind == "source" and _kept_unnamed(self.text[subject[-1].end:match.start()].lower(), rules):
            kind = "vague"  # "Another former tenant, who asked not to be named, said": the writer will not say who
        if kind == "source" and evidence and not self.holds_evidence(subject, match.end()):
            return
        if kind == "source" and (_is_bare(subject, rules, floor) or _someone_unnamed(subject, rules)
                                 or _people_without_the(subject, rules, floor)) \
                and (_speaks_to_writer(self.text, match, rules) or _would_tell_the_reader(self.text, match, rules)) \
                and not self._named_in_full_elsewhere(subject):
            kind = "vague"  # "Women told me", "Shop owners tell me", "Landlords will tell you": no one can ask them
        if kind == "source" and self._reported(subject, floor):
            return  # "The force said officers had found…": what the force said, not a second source
        if kind is not None:
            start = subject[0].start
            self.add(kind, start, match.end(), (start, subject[-1].end), match.group())

    def _named_in_full_elsewhere(self, subject: list[Word]) -> bool:
        """"Ocampo told me", after "Pitmaster Luis Ocampo opened the place": one capitalised word, which could be
        any word at the start of a sentence, that the text also writes beside another capitalised word, as a
        name ("Women told me" is no name)."""
        if len(subject) != 1 or not subject[0].text[:1].isupper():
            return False
        word = subject[0].text
        if word not in self.full_names:  # a long text may say "Ocampo told me" many times: look once
            self.full_names[word] = _name_holding(word).search(self.text) is not None
        return self.full_names[word]

    def _reported(self, subject: list[Word], floor: int) -> bool:
        """Whether the subject stands right after another verb of speech, in what that verb reports."""
        before = _word_before(self.text, floor, subject[0].start)
        return _touches(self.text, before, subject[0].start) and before is not None \
            and self.rules.has("speech_verbs", before.text)

    def _impersonal(self, subject: list[Word], match: re.Match[str]) -> bool:
        """"It has been estimated", "it was reported", "it's often said": an impersonal subject and a passive
        verb name no one."""
        if len(subject) != 1:
            return False
        if self.rules.has("impersonal_contractions", subject[0].text):  # "is" on "it": passive after it
            if _verb_word(self.rules, match.group()) in self.rules.evidence_verbs:
                return False  # "report it so it's recorded": a thing done to "it", not words said
            between = _words(self.text, subject[0].end, match.start())
            return all(_an_adverb(w.text, self.rules) or self.rules.has("passive_auxiliaries", w.text)
                       or self.rules.has("frequency_adverbs", w.text) for w in between) \
                and self._reports_after(match)
        if not self.rules.has("impersonal_subjects", subject[0].text):
            return False
        return self._passive(subject, match) and self._reports_after(match)

    def _reports_after(self, match: re.Match[str]) -> bool:
        """"It was found that…", "it is estimated 300 people…", "…, it was reported.": an impersonal passive
        reports something; "It was found two days later in a farmyard" (the car was) does not: the word
        after the verb is a that-word, a to, a number or the end of the clause."""
        rules = self.rules
        rest = self.text[match.end():match.end() + 40]
        if not rest.strip() or rest.lstrip()[:1] in ",.;:!?)—–-\"”»":
            return True
        following = _words(self.text, match.end(), match.end() + 40)[:1]
        return bool(following) and (rules.has("that_words", following[0].text)
                                    or rules.has("infinitive_words", following[0].text)
                                    or following[0].text[:1].isdigit())

    def _passive(self, subject: list[Word], match: re.Match[str]) -> bool:
        """Whether the words right before the verb make it passive ("has been told", "were told"); an
        apposition before them ("who was not involved, said") does not."""
        rules = self.rules
        if _goes_on(match, rules):
            return False  # "Some parents are saying": they speak
        for word in reversed(_words(self.text, subject[-1].end, match.start())):
            if rules.has("passive_auxiliaries", word.text):
                return True
            if not rules.has("auxiliaries", word.text):
                return False
        # "they're being told", "They're told": the subject ends on the auxiliary
        return (len(subject) > 1 and rules.has("passive_auxiliaries", subject[-1].text)) \
            or bool(_contracted(subject[-1], rules))

    def _speaker_after(self, match: re.Match[str], floor: int, ceiling: int, evidence: bool = False) -> None:
        """"…," said Detective Inspector Laura Benning; "explicó el comisario jefe"."""
        text, rules = self.text, self.rules
        speaker = _after(text, match.end(), ceiling, rules)
        if evidence and not (speaker and (any(rules.has("sources", w.text) for w in speaker)
                                          or _kind(speaker, rules, floor) == "vague")):
            return  # a verb of evidence needs a subject that can hold evidence after it too
        if not speaker:
            if rules.words.get("verb_alone"):  # "وأضاف:", "aseguró": the subject is the last speaker
                alone = "vague" if rules.has("impersonal_plurals", match.group()) else "source"  # "ويقولون إن"
                self.add(alone, match.start(), match.end(), match.span(), match.group())
            return
        if rules.has("negators", speaker[0].text):
            return  # "que pidió no ser identificada": what was asked, not who
        verb_first = bool(rules.words.get("verb_first"))
        before = _word_before(text, floor, match.start())
        verb_start = before.start if before and rules.has("perfect_auxiliaries", before.text) else match.start()
        reporting = text[max(floor, verb_start - 3):verb_start].strip()[-1:] in (",", "”", "\"", "»", "") \
            or (before is not None and rules.has("subject_after", before.text)
                and _touches(text, before, match.start()))  # "las horas que recomiendan los pediatras"
        named = any(_is_name(w, floor) or rules.has("titles", w.text) or rules.has("sources", w.text)
                    for w in speaker) or (len(speaker) == 1 and rules.has("pronouns", speaker[0].text))
        kind = _kind(speaker, rules, floor, verb_first=True)
        if not (verb_first or (reporting and (named or rules.has("determiners", speaker[0].text)
                                              or kind == "vague"))):
            return  # "…," said the spokesman; not "and accused the ruling group", whose group is spoken of
        if kind == "source" and _generic(speaker, rules, floor):
            kind = "vague"  # "que recomiendan los pediatras": a whole profession, no one in particular
        if kind == "source" and self._people_of_no_particular_place(speaker[0], ceiling):
            kind = "vague"  # "ويقول سماسرة في أحياء المدينة": brokers, not "قدّر تجار في السوق" (that market's)
        if kind == "source" and self._anonymous_after(speaker[0].end, ceiling):
            kind = "vague"  # "قال شاهد طلب عدم الكشف عن اسمه": the writer will not say who
        end = speaker[-1].end
        name = self._name_after_a_comma(end, ceiling) if kind == "vague" else None
        if name is not None:
            kind, end = "source", name  # "said one resident, Keith Hynes,", "وقال صاحب محل، سامر الحوراني،"
        self.add(kind, match.start(), end, (speaker[0].start, end), match.group())

    def _name_after_a_comma(self, end: int, ceiling: int) -> int | None:
        """Where a name set between commas after a speaker ends ("said one resident, Keith Hynes, who…",
        "وقال صاحب محل لقطع السيارات، سامر الحوراني، إنه"): after the speaker's words and a comma, one to four
        words that are a name: each capitalised where the script has capitals; where it has none, followed by a
        comma or a word that opens what is said, and not a pronoun or a small word ("، وهو موظف،")."""
        text, rules = self.text, self.rules
        comma = _APPOSITION_COMMA.search(text, end, min(ceiling, end + _REACH))
        if comma is None or len(_words(text, end, comma.start())) > _SUBJECT:
            return None
        words = _words(text, comma.end(), min(ceiling, comma.end() + 60))
        stop = _APPOSITION_COMMA.search(text, comma.end(), min(ceiling, comma.end() + 60))
        name = [w for w in words if stop is None or w.end <= stop.start()][:5]
        if not 1 <= len(name) <= 4 or any(not w.text.isalpha() for w in name) \
                or _kept_unnamed(" ".join(w.text for w in name).lower(), rules):
            return None  # "، طلب عدم ذكر اسمه،": the writer will not say who
        if name[0].text[:1].isupper() != name[0].text[:1].islower():  # a script with capitals
            return name[-1].end if all(w.text[:1].isupper() for w in name) else None
        closed = stop is not None or any(rules.has("that_words", w.text) for w in words[len(name):len(name) + 1])
        small = any(rules.has(kind, _past_prefix(w.text, rules, 2)) for w in name[:1]
                    for kind in ("pronouns", "stop_words", "clause_words", "that_words"))
        return name[-1].end if closed and not small else None

    def _people_of_no_particular_place(self, first: Word, ceiling: int) -> bool:
        """A broken plural of people without the article (``broken_plurals``: "سماسرة", "تجار", "صيادلة") that
        nothing definite ties to the story in the next three words before "إن" or a comma: people of a kind
        ("ويقول سماسرة في أحياء غرب المدينة إن"), not a particular group ("تجار في السوق", "عمال قسم الصباغة",
        "سكان آخرون")."""
        rules = self.rules
        if not rules.has("broken_plurals", _past_prefix(first.text, rules, 3)):
            return False
        definite = tuple(rules.words.get("definite_prefixes", ()))
        stop = _STOP_AFTER.search(self.text, first.end, ceiling)
        for word in _words(self.text, first.end, stop.start() if stop else ceiling)[:3]:
            if rules.has("that_words", word.text):
                break
            if rules.has("other_words", word.text) or _past_prefix(word.text, rules, 3).startswith(definite):
                return False
        return True

    def _speaker_follows_a_comma(self, match: re.Match[str], floor: int, ceiling: int) -> bool:
        """In languages that put the speaker after such a verb (``speaker_after_comma``), whether a verb right
        after a comma has its speaker right after it: "…, confirmaron fuentes de la fiscalía". The words before
        the comma are what was said, not who said it."""
        if not self.rules.words.get("speaker_after_comma") or self.text[floor:match.start()].rstrip()[-1:] != ",":
            return False
        named = _apposition_subject(self.text, floor, match.start(), self.rules)
        if named and not self.text[floor:named[0].start].strip(" \"“«¿¡—–-"):
            return False  # "El dirigente, Félix Almonte, elogió el trabajo": the comma closes who is named
        speaker = _after(self.text, match.end(), ceiling, self.rules)
        return bool(speaker) and (self.rules.has("determiners", speaker[0].text)
                                  or _kind(speaker, self.rules, floor, verb_first=True) == "vague")

    def _anonymous_after(self, end: int, ceiling: int) -> bool:
        """Whether the words right after a speaker, up to a punctuation mark, or the aside after that mark,
        say it is not to be named ("وأخبرني صيدلاني في حي النخيل، طلب عدم ذكر اسمه، أن…")."""
        reach = min(ceiling, end + 90)
        stop = _STOP_AFTER.search(self.text, end, reach)
        if stop is not None:
            aside = _STOP_AFTER.search(self.text, stop.end(), reach)
            stop = aside or stop
        clause = " ".join(w.text.lower() for w in _words(self.text, end, stop.start() if stop else reach))
        return _kept_unnamed(clause, self.rules)

    def _shares_a_speaker(self, match: re.Match[str], floor: int) -> bool:
        """A verb of speech joined by "and" to an earlier one of its sentence shares its speaker."""
        previous = _words(self.text, max(floor, match.start() - 20), match.start())[-1:]
        return bool(previous) and self.rules.has("shared_subject_words", previous[0].text) \
            and any(floor <= a.start < match.start() for a in self.attributions[-3:])

    def holds_evidence(self, subject: list[Word], verb_end: int) -> bool:
        """"A new study found", "researchers at X found", "he found that": a subject that can hold evidence."""
        rules = self.rules
        if any(rules.has("sources", _without_possessive(w.text)) for w in subject) \
                or _that_follows(self.text, verb_end, rules):
            return True  # "the developer's own plans show": the developer's, a body that can be asked
        if len(subject) == 1 and rules.has("pronouns", subject[0].text):
            return True
        if len(subject) == 2 and rules.has("determiners", subject[0].text) and self._named_earlier(subject[1]):
            return True  # "the monitor found", after "the Ndlovana Property Monitor" was named
        return len(subject) > 1 and any(w.text[:1].isupper() for w in subject[1:])

    def _named_earlier(self, noun: Word) -> bool:
        """Whether a lowercase noun was written earlier with a capital, beside another capitalised word, as part
        of a name ("Ndlovana Property Monitor", "Observatorio de Vivienda Joven"): "the monitor" is that body."""
        word = noun.text
        if not word.islower() or len(word) < 3:
            return False
        return _name_holding(word.capitalize()).search(self.text, 0, noun.start) is not None

    def counts(self, match: re.Match[str], floor: int, ceiling: int) -> bool:
        """"Researchers at X followed 3,400 pupils", "وشملت الدراسة": a named source that counted."""
        text, rules = self.text, self.rules
        subject = _before(text, floor, match.start(), rules) or _apposition_subject(text, floor, match.start(), rules)
        if rules.words.get("verb_first") and not subject:
            subject = _after(text, match.end(), ceiling, rules)
        return bool(subject) and _kind(subject, rules, floor) == "source" and self.holds_evidence(subject, match.end())

    def vague_verb(self, match: re.Match[str], floor: int, ceiling: int) -> None:
        """"Many people believe", "los expertos calculan", "يرى مشجعون": a verb whose subject is no one in
        particular (after the verb where verbs come first)."""
        if self._vague_opening(match, floor, ceiling):
            return
        previous = _word_before(self.text, floor, match.start())
        if previous and self.rules.has("negators", previous.text):
            return  # "Many people don't believe it": no one is given as a source
        if previous and self._a_noun_counted(previous, match):
            return  # "Most states have laws against it": "states" is a noun after "most"
        subject = _before(self.text, floor, match.start(), self.rules) \
            or _apposition_subject(self.text, floor, match.start(), self.rules)  # "Experts, however, believe"
        subject = self._before_relative(subject, floor)
        if self._compared_with(floor, subject[0].start if subject else match.start()):
            return  # "bigger than most people expect", "أكثر مما يعتقد الناس": what people expect, no source
        if subject and self._asks(ceiling) and any(self.rules.has(kind, w.text) for w in subject
                                                 for kind in ("everyone_words", "someone_words")):
            return  # "Does anyone know…?", "¿Alguien sabe…?": a question to them, no source
        if subject and self._impersonal(subject, match):
            self.add("vague", subject[0].start, match.end(), (subject[0].start, match.end()), match.group())
            return  # "It is also widely believed that…"
        if subject and self._passive(subject, match):
            return  # "Many people have been told to…": they heard it, no one is given as the source
        if subject and (_kind(subject, self.rules, floor) == "vague" or _generic(subject, self.rules, floor)):
            self.add("vague", subject[0].start, match.end(), (subject[0].start, match.end()), match.group())
        elif not subject and self.rules.words.get("verb_first"):
            speaker = _after(self.text, match.end(), ceiling, self.rules)
            if speaker and _kind(speaker, self.rules, floor, verb_first=True) == "vague":
                self.add("vague", match.start(), speaker[-1].end, (match.start(), speaker[-1].end), match.group())

    def _compared_with(self, floor: int, start: int) -> bool:
        """Whether the words before ``start`` open a comparison (``comparison_openers``: "than", "de lo que",
        "مما"): "a bigger difference than most people expect" measures against what people expect, and
        gives no source."""
        words = [w.text.lower() for w in _words(self.text, max(floor, start - 30), start)[-3:]]
        return any(self.rules.has("comparison_openers", " ".join(words[-size:])) for size in range(1, len(words) + 1))

    def _a_noun_counted(self, previous: Word, match: re.Match[str]) -> bool:
        """A verb's word in its "-s" form right after a word that counts many (``plural_quantifiers``: "Most
        states", "Some links"), where a verb would have no "-s" ("Most say", "Many believe"): a noun; one that
        gives a source itself ("Some estimates put it at…") is left to the rules of vague sources."""
        word, rules = match.group(), self.rules
        return _touches(self.text, previous, match.start()) and rules.has("plural_quantifiers", previous.text) \
            and word.endswith("s") and not word.endswith("ss") \
            and not any(rules.has(kind, word) for kind in ("vague_subjects", "documents"))  # "some estimates put"

    def agentless(self, match: re.Match[str], floor: int, ceiling: int) -> None:
        """"It is thought", "يُتوقع أن": a phrase that gives a source without naming one; unless no one is its
        subject ("لم يكن أحد يتوقع"), or, where verbs come first, a named body stands right after it as the
        subject of an active verb written alike ("تقدّر وزارة التربية": the ministry estimates)."""
        rules = self.rules
        before = _word_before(self.text, floor, match.start())
        if before and (rules.has("negative_subjects", before.text) or rules.has("negators", before.text)):
            return  # "No se recomienda su consumo", "ولكي لا يُقال": no one is given as a source
        if self._named_right_after(match, ceiling) or self._compared_with(floor, match.start()):
            return  # "أكثر مما يعتقد الناس": more than people think, no source
        self.add("vague", match.start(), match.end(), match.span(), match.group())

    def source_before(self, match: re.Match[str], floor: int, ceiling: int) -> None:
        """"according to police", "según la policía": the source follows the cue; not after a word of varying
        ("Prices vary according to the season", "pueden variar según el país", "تختلف الأسعار حسب المنطقة")."""
        if any(self.rules.has("varying_words", w.text) for w in _since_punctuation(self.text, floor, match.start(),
                                                                                     40)[-3:]):
            return
        speaker = _after(self.text, match.end(), ceiling, self.rules)
        if speaker and self._done_by_the_rules(speaker, match, floor):
            return
        if said_by_no_one := self._what_is_said(speaker):
            self.add("vague", match.start(), said_by_no_one.end, (speaker[0].start, said_by_no_one.end), match.group())
            return  # "según cuentan en el club", "حسب ما يتداول": what is said, by no one named
        kind = _kind(speaker, self.rules, floor, verb_first=True)
        if kind == "source" and speaker and self._unnamed_after_cue(speaker, ceiling):
            kind = "vague"  # "Según apoderados consultados por este medio", "A según la doña de la pulpería"
        if speaker:
            self.add(kind, match.start(), speaker[-1].end, (speaker[0].start, speaker[-1].end), match.group())

    def _what_is_said(self, speaker: list[Word]) -> Word | None:
        """The verb, when what follows "according to" is a verb that names no one (``impersonal_plurals``:
        "según cuentan", "según dicen en el barrio"), or "what" and such a verb ("حسب ما يتداول", "حسب ما
        يقال"); not when someone follows the verb ("según cuentan los organizadores")."""
        rules = self.rules
        start = 1 if speaker and rules.has("what_words", speaker[0].text) else 0
        if len(speaker) <= start or not rules.has("impersonal_plurals", speaker[start].text):
            return None
        rest = speaker[start + 1:start + 2]
        if rest and not rules.has("place_openers", rest[0].text):
            return None
        return speaker[start]

    def _done_by_the_rules(self, speaker: list[Word], match: re.Match[str], floor: int) -> bool:
        """"built according to safety standards", "بُني السوق وفق معايير السلامة": inside a clause, the cue
        before a rule, a plan or a need (``rule_nouns``, among the first three words after it or last) says how
        something is done, not who says so; "According to the plan, 300 homes will be built" opens its clause
        and cites the plan."""
        rules = self.rules
        if not _since_punctuation(self.text, floor, match.start(), 60):
            return False
        return any(rules.has("rule_nouns", w.text) for w in speaker[:3] + speaker[-1:])

    def in_the_view_of(self, floor: int, ceiling: int) -> None:
        """"Para la Asociación Vecinal La Alfarería, la respuesta llega tarde": a sentence that opens with one
        of ``opinion_openers`` and someone named (a word with a capital), then a comma, gives that one's view."""
        opener = _words(self.text, floor, min(ceiling, floor + 12))[:1]
        if not opener or opener[0].start != floor or not self.rules.has("opinion_openers", opener[0].text):
            return
        comma = self.text.find(",", opener[0].end, min(ceiling, opener[0].end + 80))
        speaker = _words(self.text, opener[0].end, comma) if comma > 0 else []
        named = any(w.text[:1].isupper() for w in speaker)  # not "Para el trabajo, el equipo…": a study
        opens = bool(speaker) and (speaker[0].text[:1].isupper() or self.rules.has("determiners", speaker[0].text))
        if opens and named and _kind(speaker, self.rules, floor, verb_first=True) == "source":
            self.add("source", floor, speaker[-1].end, (speaker[0].start, speaker[-1].end), opener[0].text)

    def beside_a_quotation(self, floor: int, ceiling: int) -> None:
        """Verbs that speak only beside a quotation: a label right after them (``label_verbs``: 'called the
        findings "deeply worrying"', never "called the police"; an entry of more words carries its object, "lo
        llamó «una medida de equidad»", so the quotation may open at once), or how someone said it right after
        one closes (``after_quote_verbs``: '"…," she laughs')."""
        text, rules = self.text, self.rules
        for match in rules.label_verbs.finditer(text, floor, ceiling):
            if (_LABEL_QUOTE if " " not in match.group() else _QUOTE_NEXT).match(text, match.end(), ceiling):
                self.verb(match, floor, ceiling)
        for match in rules.after_quote_verbs.finditer(text, floor, ceiling):
            # the quotation may close the sentence before: '"…?" she asked' (no full stop between)
            if _AFTER_QUOTE.search(text, max(0, match.start() - 40), match.start()):
                self.verb(match, floor, ceiling)

    def _unnamed_after_cue(self, speaker: list[Word], ceiling: int) -> bool:
        """Whether the source after "según" is kept unnamed ("consultados por este medio") or is one person
        named only by who they are, with no name ("la doña de la pulpería")."""
        rules = self.rules
        if _kept_unnamed(self.text[speaker[0].start:min(ceiling, speaker[0].start + 80)].lower(), rules):
            return True
        head = next((w for w in speaker if not rules.has("determiners", w.text)
                     and not rules.has("indefinites", w.text)), None)  # not "un relevamiento del Observatorio"
        return head is not None and rules.has("unnamed_people", head.text) \
            and not any(w.text[:1].isupper() for w in speaker)


_OPENERS = " \t\"“«‘'(¿¡"


def _after_openers(text: str, start: int, end: int) -> int:
    """Where a sentence's first word starts, past opening quotation marks and brackets (not a dash, which
    opens a signature: "— posted by Kerry-Ann M.")."""
    while start < end and text[start] in _OPENERS:
        start += 1
    return start


def sources(text: str, sentences: Sentences, rules: Rules) -> Sources:
    """Attributions and vague sources in the article, never across a sentence end."""
    reader = _Reader(text, sentences, rules)
    counted: set[int] = set()
    for number, (start, end) in enumerate(sentences.spans):
        start = _after_openers(text, start, end)  # '"Families tell us…"': the first word keeps its place
        if any(reader.counts(match, start, end) for match in rules.method_verbs.finditer(text, start, end)):
            counted.add(number)
        for match in rules.vague_phrases.finditer(text, start, end):
            reader.agentless(match, start, end)
        for match in rules.source_before.finditer(text, start, end):
            reader.source_before(match, start, end)
        reader.in_the_view_of(start, end)
        for match in rules.own_view.finditer(text, start, end):  # "In her view,", "A su juicio,", "برأيه"
            reader.add("source", match.start(), match.end(), match.span(), match.group())
        reader.beside_a_quotation(start, end)
        for match in rules.speech_verbs.finditer(text, start, end):
            if not _in_an_address(text, match):  # "by email at recall@marlowridge.com": no one speaks
                reader.verb(match, start, end)
        for match in rules.vague_verbs.finditer(text, start, end):
            if not _in_an_address(text, match):
                reader.vague_verb(match, start, end)
    labels, spoken = speaker_labels(text, sentences, rules)
    return Sources(reader.attributions + labels, reader.vague, counted, spoken)


def speaker_labels(text: str, sentences: Sentences, rules: Rules) -> tuple[list[Suggestion], set[int]]:
    """In an interview written as turns (``turns.speaker_turns``), the name before each answer is an
    attribution, and every sentence of the answer is that speaker's."""
    attributions: list[Suggestion] = []
    spoken: set[int] = set()
    for turn in speaker_turns(text, rules):
        attributions.append(Suggestion(turn.label_start, turn.label_end, turn.label_start, turn.label_end,
                                       _("\"{label}:\" names who speaks in this answer", label=turn.label)))
        first, last = sentences.index(turn.start), sentences.index(max(turn.start, turn.end - 1))
        spoken.update(range(first, last + 1))
    return attributions, spoken
