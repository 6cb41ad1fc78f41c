"""Whether an article's writer gives their own opinions (an opinion column, a post, a letter, an
advertisement) or reports (a news story): some words judge in the first and only describe in the second
("a dangerous tunnel" in a post, "dangerous driving" in a court report).

Only the writer's own words count, so quotations are left out: a news report quotes people who say "I".
The signs are the language's ``writer_voice`` words (the writer speaking as "I" or "we", or to the reader
as "you"; a word in capitals such as "US" is an abbreviation), sentences that end with an exclamation or
a question mark, and words of the loaded-word list (those that judge in any text). Three signs make a text
that gives opinions; news reports of the evaluation sets have at most two. A text with a disclaimer (whose
views these are, who paid for it) gives opinions whatever its words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from literacy_app.authoring.suggest.rules import WORD_CHARS, Rules

# a quotation within one paragraph; a long one (a quoted paragraph) is someone else's voice too
_QUOTED = re.compile(r"“[^”\n]*”|\"[^\"\n]*\"|«[^»\n]*»|‘[^’\n]*’(?![\w])")
_WORDS = re.compile(rf"[{WORD_CHARS}]+")
_MARKS = re.compile(r"[!?؟]+")
SIGNS_NEEDED = 3


def gives_opinions(text: str, rules: Rules, *, disclaimed: bool = False, judged: Iterable[int] = ()) -> bool:
    """Whether the writer of ``text`` speaks in their own voice often enough to be giving opinions;
    ``judged`` holds where the loaded words that judge in any text start (``loaded.judging_words``)."""
    if disclaimed:
        return True
    quoted = [match.span() for match in _QUOTED.finditer(text)]
    own = _QUOTED.sub(" ", text)
    signs = len(_MARKS.findall(own))
    for word in _WORDS.findall(own):
        if rules.has("writer_voice", word) and not (word.isupper() and len(word) > 1):
            signs += 1
            if signs >= SIGNS_NEEDED:
                return True
    for place in judged:
        if not any(start <= place < end for start, end in quoted):
            signs += 1
            if signs >= SIGNS_NEEDED:
                return True
    return False
