"""Whether an article's writer gives their own opinions (an opinion column, a post, a letter, an
advertisement) or reports (a news story): some words judge in the first and only describe in the second
("a dangerous tunnel" in a post, "dangerous driving" in a court report).

Only the writer's own words count, so quotations are left out: a news report quotes people who say "I". So
are the questions and answers of an interview written as such, where each question stands as a paragraph.
An interviewee's answers after their name ("Pascoe: I reckon…", ``turns``) are left out too.
The signs are the sentences with the language's ``writer_voice`` words (the writer speaking as "I" or "we", or
to the reader as "you"; a word in capitals such as "US" is an abbreviation) or its ``stance`` phrases (the
writer commenting on their own words: "to be fair", "sin exagerar", "بلا مبالغة", a reviewer's "well worth a
visit"), one sign a sentence however many ("If you drove out…, you probably noticed…" addresses any reader),
sentences that end with an exclamation or a question mark, and words of the loaded-word list (those that
judge in any text). Three signs make a text that gives opinions; news reports of the evaluation sets have at
most two. A text with a disclaimer (whose views these are, who paid for it) gives opinions whatever its words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from literacy_app.authoring.suggest.model import merged_spans
from literacy_app.authoring.suggest.rules import WORD_CHARS, Rules
from literacy_app.authoring.suggest.turns import speaker_turns

# a quotation within one paragraph; a long one (a quoted paragraph) is someone else's voice too
_QUOTED = re.compile(r"“[^”\n]*”|\"[^\"\n]*\"|«[^»\n]*»|‘[^’\n]*’(?![\w])")
_WORDS = re.compile(rf"[{WORD_CHARS}]+")
_MARKS = re.compile(r"[!?؟]+")
_SENTENCES = re.compile(r"[^.!?؟\n]+")
SIGNS_NEEDED = 3


def gives_opinions(text: str, rules: Rules, *, disclaimed: bool = False, judged: Iterable[int] = ()) -> bool:
    """Whether the writer of ``text`` speaks in their own voice often enough to be giving opinions;
    ``judged`` holds where the loaded words that judge in any text start (``loaded.judging_words``)."""
    if disclaimed:
        return True
    # an answer can be both after a question and after its speaker's name
    interview = merged_spans(_interview(text) + [(turn.start, turn.end) for turn in speaker_turns(text, rules)])
    quoted = [match.span() for match in _QUOTED.finditer(text)] + interview
    own = _QUOTED.sub(" ", _without(text, interview))
    signs = len(_MARKS.findall(own))
    for sentence in _SENTENCES.finditer(own):  # "If you drove out…, you probably noticed…": one sign
        if _in_own_voice(own, sentence, rules):
            signs += 1
            if signs >= SIGNS_NEEDED:
                return True
    for place in judged:
        if not any(start <= place < end for start, end in quoted):
            signs += 1
            if signs >= SIGNS_NEEDED:
                return True
    return False


def _in_own_voice(own: str, sentence: re.Match[str], rules: Rules) -> bool:
    """Whether a sentence of the writer's own words has them speaking as "I", "we" or to "you", commenting
    on their own words ("Frankly,", "sin exagerar", "بلا مبالغة", "well worth a visit": the ``stance`` phrases,
    looked up in the whole text once, as every list is), or is a newspaper's own voice (``_the_paper_speaks``)."""
    return any(rules.has("writer_voice", word) and not (word.isupper() and len(word) > 1)
               for word in _WORDS.findall(sentence.group())) \
        or rules.stance.search(own, sentence.start(), sentence.end()) is not None \
        or _the_paper_speaks(own, sentence, rules)


def _the_paper_speaks(own: str, sentence: re.Match[str], rules: Rules) -> bool:
    """"Este periódico no pide nada imposible", "…que este periódico lleva años publicando": a newspaper naming
    itself (``paper_voice``) as the subject, at the start of a clause (nothing before it in the sentence, or
    one of ``paper_voice_openers``: "que", "and"), as an unsigned editorial speaks; not "told this newspaper",
    "dijo a este periódico", "consultado por este diario", where a report names where it was said."""
    for match in rules.paper_voice.finditer(own, sentence.start(), sentence.end()):
        before = _WORDS.findall(own[sentence.start():match.start()])
        if not before or rules.has("paper_voice_openers", before[-1].lower()):
            return True
    return False


# a paragraph that is one question only, after a dash ("—¿Cuántos alumnos tiene?"), or a question after a label,
# whatever comes before it ("Q: Critics say council was slow. Is that fair?")
_QUESTION = re.compile(r"[—–\-\s]*(?:[QPس]\s*[:.]\s*[^\n]{3,300}|[^.!\n]{3,200})[?؟]\s*")
INTERVIEW_QUESTIONS = 2  # questions standing as paragraphs of their own that make a text an interview
# in an interview, a question may follow what it asks about ("You turned down a job at a bank. Any regrets?")
_LED_IN_QUESTION = re.compile(r"[^\n]{3,300}[?؟]\s*")


def _interview(text: str) -> list[tuple[int, int]]:
    """In an interview written as questions and answers, each question standing as a paragraph of its own and
    the answer paragraph after it: the interviewer's and the interviewee's words, not the writer's voice. Once
    two paragraphs are questions alone, a paragraph that leads into its question is one too."""
    paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    questions = [n for n, (start, end) in enumerate(paragraphs) if _QUESTION.fullmatch(text, start, end)]
    if len(questions) < INTERVIEW_QUESTIONS:
        return []
    questions = [n for n, (start, end) in enumerate(paragraphs) if _LED_IN_QUESTION.fullmatch(text, start, end)]
    spans = [paragraphs[n] for n in questions]
    spans += [paragraphs[n + 1] for n in questions if n + 1 < len(paragraphs) and n + 1 not in questions]
    return spans


def _without(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with ``spans`` (which do not overlap) blanked out, built once."""
    pieces, position = [], 0
    for start, end in sorted(spans):
        pieces += [text[position:start], " " * (end - start)]
        position = end
    return "".join(pieces) + text[position:]
