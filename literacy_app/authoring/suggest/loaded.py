"""Loaded words: entries of the language's loaded-word list (``authoring/loaded_words/<language>.txt``)."""

from __future__ import annotations

from literacy_app.authoring.suggest.model import Suggestion, without_overlaps
from literacy_app.authoring.suggest.rules import Rules
from literacy_app.i18n import _


def loaded_language(text: str, rules: Rules) -> list[Suggestion]:
    """Every place a word of the list stands, quotations included: a loaded word someone is quoted as
    using is still one a student should notice (and then see who used it)."""
    found = [Suggestion(m.start(), m.end(), m.start(), m.end(),
                        _("\"{word}\" is on the loaded-word list", word=" ".join(m.group().lower().split())))
             for m in rules.loaded_words.finditer(text)]
    return without_overlaps(found)
