"""Which language an article is in, for choosing its rules: a simple heuristic, overridden by ``--language``.

Arabic is told by its script (more than a fifth of the letters). Between the languages written in Latin
letters, the one whose rule file's ``stop_words`` (the, of, and… / el, de, que…) occur most often wins;
with no rule file matching at all, English.
"""

from __future__ import annotations

import re
from collections import Counter
from importlib import resources

from literacy_app.authoring.suggest.rules import rules_for

_ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
_LETTER = re.compile(r"[^\W\d_]")
_WORD = re.compile(r"[^\W\d_]+")
_SAMPLE = 20_000  # characters: enough to tell, and quick on a long article


def rule_languages() -> list[str]:
    """The languages that have a rule file."""
    folder = resources.files("literacy_app.authoring") / "rules"
    return sorted(item.name[:-5] for item in folder.iterdir() if item.name.endswith(".yaml"))


def detect_language(text: str) -> str:
    """The language tag of the text's rules: ``ar`` by script, else the best stop-word count, else ``en``."""
    sample = text[:_SAMPLE]
    letters = len(_LETTER.findall(sample))
    if letters and len(_ARABIC.findall(sample)) / letters > 0.2:
        return "ar"
    words = Counter(w.lower() for w in _WORD.findall(sample))
    best, best_count = "en", 0
    for language in rule_languages():
        rules = rules_for(language)
        if rules is None or language == "ar":
            continue
        count = sum(words[w] for w in rules.words.get("stop_words", ()))
        if count > best_count:
            best, best_count = language, count
    return best
