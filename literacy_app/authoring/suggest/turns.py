"""An interview or a transcript written as turns: "Q: …" then "Pascoe: …". The name before each answer says
who speaks in it; the answer is that speaker's words, not the writer's."""

from __future__ import annotations

import re
from typing import NamedTuple

from literacy_app.authoring.suggest.rules import Rules

# a paragraph opened by a label of one to three words and a colon: "Pascoe: Slower than…", "أم حيدر: والله…"
_LABEL = re.compile(r"([^\W\d_][\w.'’-]*(?: [^\W\d_][\w.'’-]*){0,2}):[ \t]")
_PARAGRAPH = re.compile(r"[^\n]+")
SPEAKER_TURNS = 2  # paragraphs one label must open to be a speaker's, not a heading ("UPDATE:", "Aviso:")


class Turn(NamedTuple):
    label: str
    label_start: int
    label_end: int  # with the colon
    start: int  # the whole paragraph, label included
    end: int


def speaker_turns(text: str, rules: Rules) -> list[Turn]:
    """The answers of an interview written as turns, each with the name before it. A label counts when it
    opens at least two paragraphs and is a name, not a question or answer mark ("Q", "P", "س") nor one of the
    language's ``not_speaker_labels`` ("Update", "Nota", "تنويه"); a comment's author in a pasted thread opens
    one paragraph only, and is left alone."""
    turns_of: dict[str, list[Turn]] = {}
    for paragraph in _PARAGRAPH.finditer(text):
        opening = _LABEL.match(text, paragraph.start(), paragraph.end())
        if opening and _a_name_label(opening.group(1), rules):
            label = opening.group(1)
            turns_of.setdefault(label, []).append(
                Turn(label, opening.start(1), opening.end(1) + 1, paragraph.start(), paragraph.end()))
    return sorted(turn for turns in turns_of.values() if len(turns) >= SPEAKER_TURNS for turn in turns)


def _a_name_label(label: str, rules: Rules) -> bool:
    """Whether a label before a colon could be someone's name: two letters or more, each word capitalised (or
    in a script without capitals, "السلايمة"), and not a heading of the language's ``not_speaker_labels``."""
    if len(label) < 2 or rules.has("not_speaker_labels", label.lower()):
        return False
    return all(word[0].isupper() or not word[0].isascii() and not word[0].islower() for word in label.split())
