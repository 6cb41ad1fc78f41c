"""Loaded words: entries of the language's loaded-word list (``authoring/loaded_words/<language>.txt``).

Quotations are included: the evaluation set's keys count a loaded word someone is quoted as using, and a
student should notice it (and then see who used it). Three general rules make the list read like a person:

- words the writer joins ("a filthy, squalid tunnel", "shamefully neglected", "brave and sensible")
  carry one judgement, so they are one suggestion; but two set phrases side by side with nothing between
  them, where one is more than a word qualifying the next ("daylight robbery dressed up as", "shaming
  dressed up as"), are two: the practice sets' readers keyed such pairs apart;
- words that judge only when a writer gives opinions (the list's "opinion only" headings: "dangerous",
  "failed") are looked for only in a text whose writer does (``voice.gives_opinions``);
- a word written in capitals among words in ordinary case, where the voice is raised ("will FINALLY be
  rebuilt", "no han hecho NADA. ¡Una vergüenza!"), is not suggested for its capitals alone: across eleven
  sets keyed by different people, about one shouted word in four was keyed as loaded ("Eran CUATRO tipos",
  "back in MARCH" were not). ``shouted_words`` finds them for a note to the teacher instead;
- a word the writer denies in a "not … but" sentence ("not a miracle diet but a way of life", "no es una
  dieta milagrosa, sino…") is the label being rejected, not one being pushed, so it is left out;
- in English and Spanish, a one-word entry written with a capital inside a sentence (after another word
  or a comma) or before another word with a capital ("said Gloria", "on Paradise Road", "Ángel Martín
  dijo") is taken for a name and left out, unless most words of its paragraph have capitals (a title);
- a short quotation (one to six words) that someone's words put a label on ("called it "draconian"",
  "described it as a return to "Victorian discipline"", "lo calificó de «chapuza»", "وصفه بـ«المهزلة»")
  is that label, loaded whatever its words, unless it reads as a name (every longer word with a capital:
  "a scheme called "Safer Streets"");
- a hashtag of several words with a word of the list among them ("#كفى_إهمال", "#DisgracefulCouncil") is the
  post's slogan, suggested whole.
"""

from __future__ import annotations

import re
from functools import cache

from literacy_app.authoring.suggest.figurative import figures_of_speech
from literacy_app.authoring.suggest.lexicon import Found, LoadedWords, fold
from literacy_app.authoring.suggest.model import Suggestion, without_overlaps
from literacy_app.authoring.suggest.rules import Rules
from literacy_app.authoring.suggest.sentences import line_of
from literacy_app.authoring.suggest.voice import gives_opinions
from literacy_app.i18n import _

# per language: words that deny, words that then say what is true instead, and words that join two judgements
_DENIAL: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "en": (("not", "no", "never", "isn't", "aren't", "wasn't", "weren't", "nor"), ("but", "rather")),
    "es": (("no", "ni", "nunca", "tampoco"), ("sino", "sino que")),
    "ar": (("ليس", "ليست", "ليسوا", "لا", "لم", "لن", "ولا", "ولم"), ("بل", "وإنما", "إنما", "بل هو", "بل هي")),
}
_JOINERS: dict[str, tuple[str, ...]] = {
    "en": ("and", "or", "and even", "yet"),
    "es": ("y", "e", "o", "ni", "y hasta"),
    "ar": ("أو",),
}
# per language: what opens an aside of the writer's own ("as they claim", "كما يزعمون", "como dicen")
_AS_ASIDE: dict[str, tuple[str, ...]] = {"en": ("as",), "es": ("como",), "ar": ("كما", "وكما")}
# per language: what puts a label on something; "…" stands for up to four words ("described it as")
_LABEL_CUES: dict[str, tuple[str, ...]] = {
    "en": ("called it", "called them", "called this", "calls it", "call it", "calling it", "branded", "brands",
           "dubbed", "dubs", "labelled", "labeled", "labels", "termed", "described … as", "describes … as",
           "describing … as", "describe … as", "denounced … as", "hailed … as", "dismissed … as",
           "derided … as", "condemned … as", "written off as", "likened … to", "what … called",
           "what … calls", "what … described as", "what … describes as"),
    "es": ("calificó … de", "calificó … como", "califica … de", "califica … como", "calificaron … de",
           "calificaron … como", "calificado de", "calificada de", "tachó … de", "tacha … de", "tacharon … de",
           "tildó … de", "tilda … de", "definió … como", "define … como", "describió … como",
           "describe … como", "lo llamó", "la llamó", "lo llaman", "la llaman", "lo llamaron", "comparó … con",
           "catalogó … de", "catalogó … como", "lo que … llamó", "lo que … llama"),
    "ar": ("وصف", "وصفه", "وصفها", "وصفوه", "وصفوها", "وصفت", "وصفته", "يصف", "تصف", "يصفه", "تصفه", "يصفها",
           "واصفا", "واصفة", "واصفين", "نعت", "نعته", "نعتها", "اعتبره", "اعتبرها", "اعتبروه"),
}
# a quotation that gives someone's medical condition ("described his condition as "stable"") is a report
_CONDITION = {"en": ("condition", "injuries", "injury"), "es": ("estado", "pronóstico", "lesiones", "heridas"),
              "ar": ("حالته", "حالتها", "حالة", "إصابته", "إصابتها", "إصاباته")}
_QUOTATION = re.compile(r"“([^”\n]{1,80})”|\"([^\"\n]{1,80})\"|«([^»\n]{1,80})»")
_WORDS = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
_NOT_ONLY_AR = ("ليس فقط", "لا فقط", "لا تكتفي", "لا يكتفي", "لم تكتف", "لم يكتف", "لا يقتصر", "لا تقتصر")
_NOT_ONLY = ("not only", "not just", "not merely", "not content with", "no solo", "no solamente", "no sólo",
             "no se limita a", "no se conforma con", *_NOT_ONLY_AR,
             *("و" + words for words in _NOT_ONLY_AR))  # "… but also": both are affirmed; "ولا تكتفي" too
_CAPITALS = re.compile(r"(?<![\w'’-])[A-ZÁÉÍÓÚÜÑ]{4,}(?![\w'’-])")
_VOWEL = re.compile("[AEIOUYÁÉÍÓÚÜ]")
_CASED = ("en", "es")
_SENTENCE_END = re.compile(r"[.!?؟\n]")
_LETTERS = re.compile(r"[^\W\d_]+")
_HASHTAG = re.compile(r"(?<![\w#])#(\w+)")
_SIGNATURE_WORDS = 5  # words at most in a letter's signature line ("Fed Up, Rahimabad")
_SMALL_WORD = 3  # letters at most in a word that leads into the next ("a", "من", "qué")
_CAMEL = re.compile(r"(?<=[a-zà-ÿ])(?=[A-ZÀ-Þ])")  # "DisgracefulCouncil": a word starts at each capital


@cache
def _word_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(fold(w)) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w'])(?:{alternatives})(?![\w'])")


@cache
def _gap_pattern(language: str) -> re.Pattern[str]:
    joiners = "|".join(re.escape(w) for w in _JOINERS.get(language, ()))
    space = r"[^\S\n]"  # white space within the paragraph
    return re.compile(rf"{space}*(?:,{space}*)?(?:(?:{joiners}){space}+)?" if joiners else rf"{space}*(?:,{space}*)?")


def _denied(text: str, found: Found, language: str) -> bool:
    """Whether the word stands between a denial and its "but" in one sentence (looked at within 150
    characters each side, so the work per word stays bounded). A word in an "as they claim" aside is the
    writer's doubt, not the label denied ("ليس عطلاً كما يزعمون، بل…")."""
    negators, contrasts = _DENIAL.get(language, ((), ()))
    if not negators:
        return False
    before = text[max(0, found.start - 150):found.start]
    ends = list(_SENTENCE_END.finditer(before))
    before = fold(before[ends[-1].end():] if ends else before)
    if _in_aside(before, fold(text[found.start:found.end]), negators, language):
        return False
    after = text[found.end:found.end + 150]
    end = _SENTENCE_END.search(after)
    after = fold(after[:end.start()] if end else after)
    if _word_pattern(_NOT_ONLY).search(before):  # "not only … but also" affirms both
        return False
    return bool(_word_pattern(negators).search(before)) and bool(_word_pattern(contrasts).search(after))


def _in_aside(before: str, word: str, negators: tuple[str, ...], language: str) -> bool:
    """Whether the word stands in an aside that opens with "as" after the denial, within its clause."""
    clause = (re.split(r"[,،]", before)[-1] + " " + word).split()
    denial = max((n for n, w in enumerate(clause) if w in negators), default=-1)
    return any(w in _AS_ASIDE.get(language, ()) for w in clause[denial + 1:])


def _joined(text: str, found: list[Found], language: str) -> list[tuple[int, int, list[Found]]]:
    """Runs of entries the writer joins with nothing, a comma or "and" between them."""
    gap = _gap_pattern(language)
    runs: list[tuple[int, int, list[Found]]] = []
    for item in found:
        if runs and gap.fullmatch(text, runs[-1][1], item.start) and not _two_phrases(text, runs[-1][2][-1], item):
            start, _end, members = runs[-1]
            runs[-1] = (start, item.end, [*members, item])
        else:
            runs.append((item.start, item.end, [item]))
    return runs


def _two_phrases(text: str, first: Found, second: Found) -> bool:
    """Two entries side by side with nothing between them that are not one word qualifying the next: a
    phrase of several words before ("daylight robbery dressed up as") unless it ends in a small word that
    leads into the next ("what a …", "يا لها من فضيحة"), or a clause after ("shaming dressed up as")."""
    if text[first.end:second.start].strip():
        return False
    ends_in_a_small_word = len(_LETTERS.findall(text[first.start:first.end])[-1]) <= _SMALL_WORD
    return (first.last > first.first and not ends_in_a_small_word) or second.last - second.first > 1


def shouted_words(text: str, language: str, opinion: bool) -> list[tuple[int, int]]:
    """Words in capitals that are not abbreviations and stand among words in ordinary case, where the
    voice is raised: a paragraph with an exclamation mark, or a text whose writer gives opinions."""
    if language not in _CASED:
        return []
    found = []
    matches = list(_CAPITALS.finditer(text))
    times: dict[str, int] = {}
    for match in matches:
        times[match.group()] = times.get(match.group(), 0) + 1
    for match in matches:
        word, start, end = match.group(), match.start(), match.end()
        if times[word] > 1:
            continue  # an abbreviation the text keeps using
        if not _VOWEL.search(word) or "(" in text[max(0, start - 1):start] or ")" in text[end:end + 1]:
            continue
        before = text[max(0, start - 40):start].split()
        after = text[end:end + 40].split()
        neighbours = before[-1:] + after[:1]
        if any(w.strip(".,;:!?¡¿\"'“”«»()").isupper() for w in neighbours):
            continue  # a heading or a run of capitals, or an abbreviation beside a name
        paragraph = line_of(text, start, end)
        if paragraph.strip(" .:-–—#*") == word:
            continue  # a word alone on its line is a marker or a heading ("ENDS" under a press release)
        if "!" not in paragraph and not opinion:
            continue  # no other sign of raised voice: more likely a name or an abbreviation
        found.append((start, end))
    return found


def _a_name(text: str, found: Found) -> bool:
    """A one-word entry with a capital inside a sentence or before a capitalised word: a person's or a
    place's name (Gloria, Paradise Road)."""
    word = text[found.start:found.end]
    if len(found.entry.words) > 1 or not word[:1].isupper() or word.isupper():
        return False
    if not _placed_as_a_name(text, found.start, found.end):
        return _named_elsewhere(text, word)  # at the start of a sentence: a name only if it is one elsewhere
    words: list[str] = _LETTERS.findall(line_of(text, found.start, found.end))
    capitals = sum(w[0].isupper() for w in words)
    return capitals * 10 < len(words) * 7  # not a title written in title case


def _a_pen_name(text: str, found: Found, rules: Rules) -> bool:
    """An entry written in title case as the name a letter writer signs with ("Dear Fed Up,", a line "Fed Up,
    Rahimabad"): after one of ``salutations``, or heading a short line that goes on after a comma with a
    capitalised place."""
    words = text[found.start:found.end].split()
    if not all(w[:1].isupper() for w in words):
        return False
    before = _LETTERS.findall(text[max(0, found.start - 20):found.start])[-1:]
    if before and rules.has("salutations", before[0]):
        return True
    line_start = text.rfind("\n", 0, found.start) + 1
    line = line_of(text, found.start, found.end)
    rest = line[found.end - line_start:]
    return not text[line_start:found.start].strip() and rest.startswith(",") \
        and len(line.split()) <= _SIGNATURE_WORDS and rest[1:].strip()[:1].isupper()


def _placed_as_a_name(text: str, start: int, end: int) -> bool:
    """Whether a capitalised word stands where only a name keeps its capital: after another word or a comma,
    or before another capitalised word ("said Gloria", "Gloria Muñoz")."""
    before = text[max(0, start - 3):start].rstrip(" \t")
    following = text[end:end + 40].split(maxsplit=1)[:1]
    return (bool(following) and following[0][:1].isupper() and not following[0].isupper()) \
        or (bool(before) and (before[-1].isalnum() or before[-1] == ","))


_CAPITALISED = re.compile(r"[^\W\d_][\w’'-]*")
_names_seen: tuple[str | None, frozenset[str]] = (None, frozenset())


def _named_elsewhere(text: str, word: str) -> bool:
    """Whether ``word``, written with its capital, stands somewhere in the text as a name ("los ahorros de
    Gloria", "Gloria Muñoz"); then "Gloria es…" at the start of a sentence is the same person. The names of
    a text are gathered once."""
    global _names_seen  # noqa: PLW0603 (the last text's names, as _Tokens keeps the last text's words)
    if _names_seen[0] is not text:
        _names_seen = (text, frozenset(m.group() for m in _CAPITALISED.finditer(text)
                                       if m.group()[:1].isupper() and not m.group().isupper()
                                       and _placed_as_a_name(text, m.start(), m.end())))
    return word in _names_seen[1]


@cache
def _label_cue(language: str) -> re.Pattern[str] | None:
    """A labelling cue followed by up to five words and then the end (where the quotation opens)."""
    cues = _LABEL_CUES.get(language)
    if not cues:
        return None
    some_words = r"(?:\s+\S+){0,4}?\s+"
    body = "|".join(some_words.join(re.escape(fold(part.strip())) for part in cue.split("…"))
                    for cue in sorted(cues, key=len, reverse=True))
    clitic = "(?:[وف])?" if language == "ar" else ""
    return re.compile(rf"(?<![\w']){clitic}(?:{body})(?:\s+\S+){{0,5}}?\s*$")


def _labels(text: str, language: str) -> list[tuple[int, int]]:
    """Short quotations that a labelling cue just before them, in the same sentence, marks as a label."""
    cue = _label_cue(language)
    if cue is None:
        return []
    found = []
    for match in _QUOTATION.finditer(text):
        group = next(n for n in (1, 2, 3) if match.group(n) is not None)
        start, end = match.span(group)
        words = _WORDS.findall(text[start:end])
        if not 1 <= len(words) <= 6 or _SENTENCE_END.search(text[start:end].rstrip(".!?؟")):
            continue
        longer = [w for w in words if len(w) >= 4]
        if language in _CASED and longer and all(w[0].isupper() for w in longer):
            continue  # a name or a title in quotation marks
        before = text[max(0, match.start() - 100):match.start()]
        ends = list(_SENTENCE_END.finditer(before))
        sentence = fold(before[ends[-1].end():] if ends else before)
        if cue.search(sentence) and not _word_pattern(_CONDITION.get(language, ())).search(sentence):
            found.append((start, end))
    return found


def _judging_hashtags(text: str, rules: Rules, opinion: bool) -> list[tuple[int, int]]:
    """Hashtags of several words, joined by "_" or written in capitals ("#كفى_إهمال", "#DisgracefulCouncil"),
    with a word of the list among them: the whole tag is the slogan."""
    found = []
    for match in _HASHTAG.finditer(text):
        words = _CAMEL.sub(" ", match.group(1).replace("_", " ")).lower()
        if " " in words and rules.loaded_words.find(words, opinion=opinion):
            found.append(match.span())
    return found


def _reason(text: str, members: list[Found]) -> str:
    word = " ".join(text[members[0].start:members[-1].end].split())
    kind = members[0].entry.category
    if kind:
        return _("loaded word: \"{word}\" ({kind})", word=word, kind=kind)
    return _("loaded word: \"{word}\"", word=word)


def _listed(text: str, rules: Rules, opinion: bool) -> list[Found]:
    words: LoadedWords = rules.loaded_words
    return [f for f in words.find(text, opinion=opinion) if not _denied(text, f, rules.language)
            and not (rules.language in _CASED and (_a_name(text, f) or _a_pen_name(text, f, rules)))
            and not _names_a_body(text, f, rules)]


def _names_a_body(text: str, found: Found, rules: Rules) -> bool:
    """A one-word entry right after a word that heads a name ("مختبرات لؤلؤة", Pearl Laboratories): the
    name of a firm or a place, in a language that has no capitals to show it."""
    if len(found.entry.words) > 1:
        return False
    before = _LETTERS.findall(text[max(0, found.start - 30):found.start])[-1:]
    return bool(before) and rules.has("name_heads", before[0])


def judging_words(text: str, rules: Rules) -> list[int]:
    """Where the list's words that judge in any text (not the "opinion only" ones) start, but for the
    idiom of a genre (``genre_idioms``: sports hyperbole, "a nail-biting final", "thrashed"), which a
    report uses as much as a column and so tells nothing of whether its writer gives opinions."""
    idioms = rules.words.get("genre_idioms", frozenset())
    return [found.start for found in _listed(text, rules, opinion=False)
            if found.entry.category.lower() not in idioms]


def loaded_language(text: str, rules: Rules, *, opinion: bool | None = None) -> list[Suggestion]:
    """Every place a word of the list stands, quotations included; the list's "opinion only" words when the
    writer gives opinions (``opinion``, or found in the text when None)."""
    if opinion is None:
        opinion = gives_opinions(text, rules, judged=judging_words(text, rules))
    found = _listed(text, rules, opinion)
    suggestions = [Suggestion(start, end, start, end, _reason(text, members))
                   for start, end, members in _joined(text, found, rules.language)]
    for spans, kind in ((_labels(text, rules.language), _("a label in quotation marks")),
                        (_judging_hashtags(text, rules, opinion), _("a hashtag that judges"))):
        suggestions += [Suggestion(start, end, start, end,
                                   _("loaded word: \"{word}\" ({kind})", word=text[start:end], kind=kind))
                        for start, end in spans if not any(s.start < end and start < s.end for s in suggestions)]
    return without_overlaps(suggestions + figures_of_speech(text, rules, opinion))
