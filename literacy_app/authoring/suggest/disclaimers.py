"""Opinion and sponsorship disclaimers, of any number of sentences."""

from __future__ import annotations

from literacy_app.authoring.suggest.model import Suggestion
from literacy_app.authoring.suggest.rules import (
    DISCLOSURES,
    LENT_FOR_REVIEW,
    PAID_FOR_THE_PIECE,
    PAID_FOR_WHAT_WAS_REVIEWED,
    Lexicon,
    Rules,
)
from literacy_app.authoring.suggest.sentences import Sentences
from literacy_app.i18n import _

_SHORT_PARAGRAPH = 3  # sentences: a paragraph this short that holds a disclaimer is the disclaimer
_TRIM_START = "([\"“'‘*_ "
_TRIM_END = ")]\"”'’*_ "


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _TRIM_START:
        start += 1
    while end > start and text[end - 1] in _TRIM_END:
        end -= 1
    return start, end


def disclaimers(text: str, sentences: Sentences, rules: Rules) -> list[Suggestion]:
    """Sentences that say whose views a piece holds or who paid for it: a short paragraph that holds one
    is taken whole; in a longer one, each run of such sentences."""
    cued = [_cued(text, start, end, rules) for start, end in sentences.spans]
    found: list[Suggestion] = []
    n = 0
    while n < len(sentences):
        if not cued[n]:
            n += 1
            continue
        paragraph = sentences.paragraph_of[n]
        short = sentences.last_of[paragraph] - sentences.first_of[paragraph] < _SHORT_PARAGRAPH
        run = _paragraph_sentences(sentences, n) if short else _run(cued, sentences, n)
        start, end = _trimmed(text, sentences.spans[run[0]][0], sentences.spans[run[-1]][1])
        if end - start > 10:
            found.append(Suggestion(start, end, start, end,
                                    _("it says whose views these are, or who paid for the piece")))
        n = max(run[-1], n) + 1
    return found


def says_whose_views(text: str, disclaimer: Suggestion, rules: Rules) -> bool:
    """Whether a disclaimer says whose views a piece holds or who paid for it, not only that its information
    is no advice ("for information only"): only the first makes a text one that gives opinions."""
    return _sentence_cued(text, disclaimer.start, disclaimer.end, rules)


def says_it_was_paid_for(text: str, disclaimer: Suggestion, rules: Rules) -> bool:
    """Whether a disclaimer marks an advertisement ("Sponsored content", "Capital at risk"), whose prices and
    offer terms are then no figures; an opinion column's disclaimer does not, nor one that says who paid for
    what was reviewed ("Our reviewer's meal was paid for by the Gazette": the review owes the restaurant
    nothing)."""
    start, end = disclaimer.start, disclaimer.end
    if rules.reviewed_things.search(text, start, end) and not _discloses(PAID_FOR_THE_PIECE, text, start, end, rules):
        return False
    return rules.paid_cues.search(text, start, end) is not None


def says_what_was_given(text: str, disclaimer: Suggestion, rules: Rules) -> bool:
    """Whether a disclaimer says what the writer was given or had paid for ("Velo lent me the bike for this
    review", "Our reviewer's meal was paid for by the Gazette", "The writer was a guest of the hotel"): a
    disclosure about what was reviewed, not about whose views the piece holds."""
    start, end = disclaimer.start, disclaimer.end
    return any(_discloses(pair, text, start, end, rules) for pair in (LENT_FOR_REVIEW, PAID_FOR_WHAT_WAS_REVIEWED)) \
        or rules.gift_cues.search(text, start, end) is not None


_RELEASE_HEADING = 8  # words at most in an "About Pembe Air" paragraph heading


def a_press_release(text: str, rules: Rules) -> bool:
    """Whether the text signs off as a press release: a paragraph that is one of ``release_marks`` ("ENDS",
    "Notes to editors", "Media contact:", "انتهى"), or a short heading that opens with one of
    ``release_about`` ("About Pembe Air", "Sobre Aerovías Guapay:", "نبذة عن طيران الأفلاج"). Its prices,
    like an advertisement's, are what the issuer sells."""
    for line in text.split("\n"):
        line = line.strip(" -–—#*_").strip()
        heading = line.split(":")[0] if ":" in line[:80] else line
        words = heading.split()
        if not words or len(words) > _RELEASE_HEADING or heading[-1:] in ".!?؟":
            continue
        if rules.has("release_marks", " ".join(words)) or any(
                rules.has("release_about", " ".join(words[:n])) and len(words) > n for n in (1, 2)):
            return True
    return False


def _cued(text: str, start: int, end: int, rules: Rules) -> bool:
    """Whether a sentence holds a disclaimer's cue, of whose views or of advice: a listed cue, or a denial and
    advice in one sentence (``NO_ADVICE``: "NAL and this isn't legal advice")."""
    return _sentence_cued(text, start, end, rules) \
        or rules.advice_disclaimer_cues.search(text, start, end) is not None \
        or _both_in(rules.no_advice, text, start, end) \
        or _a_platform_note(text, start, end, rules)


def _a_platform_note(text: str, start: int, end: int, rules: Rules) -> bool:
    """"KindlyFund does not verify the claims made on campaign pages": a platform disowning what others post
    (``platform_cues``), said by the sentence itself."""
    cue = rules.platform_cues.search(text, start, end)
    return cue is not None and _said_by_itself(text, start, cue.start(), cue.end(), end, rules)


def _views_disowned(text: str, start: int, end: int, rules: Rules) -> bool:
    """"Letters reflect the views of their writers, not those of the Gazette", "the admins are not responsible
    for opinions posted by members": a word of each list of ``VIEWS_DISOWNED``, in either order, said by the
    sentence itself."""
    views, owners = (lexicon.search(text, start, end) for lexicon in rules.views_disowned)
    if views is None or owners is None:
        return False
    first, last = sorted((views, owners), key=lambda m: m.start())
    return _said_by_itself(text, start, first.start(), last.end(), end, rules)


def _said_by_itself(text: str, start: int, cue_start: int, cue_end: int, end: int, rules: Rules) -> bool:
    """Whether a sentence says its cue itself: no verb of speech or finding before the cue, nor after the last
    comma past it ("Critics say the app is not responsible for how…", "The council accepts no responsibility
    for the flooding, the mayor said" report what someone says)."""
    tail = max(text.rfind(",", cue_end, end), text.rfind("،", cue_end, end))
    return not any(verbs.search(text, start, cue_start) or (tail > 0 and verbs.search(text, tail, end))
                   for verbs in (rules.speech_verbs, rules.vague_verbs))


def _sentence_cued(text: str, start: int, end: int, rules: Rules) -> bool:
    """Whether a sentence says whose views or who paid. A weak cue ("in partnership with", "بالتعاون مع")
    counts only where it opens the sentence, as a label does: "…was designed in partnership with architects"
    is no disclaimer, "In partnership with Acme" is."""
    for cue in rules.disclaimer_cues.finditer(text, start, end):
        if not rules.has("weak_disclaimer_cues", " ".join(cue.group().split())):
            return True
        if not text[start:cue.start()].strip(_TRIM_START + "|:-–—"):
            return True
    return _a_disclosure(text, start, end, rules) or _views_disowned(text, start, end, rules)


def _a_disclosure(text: str, start: int, end: int, rules: Rules) -> bool:
    """"The maker lent me the bike for this review", "The charity paid for this article", "La marca prestó
    el teléfono para esta reseña": a word of each list of a pair (``DISCLOSURES``: what a maker lent and the
    review, what a payer did and the piece), in either order, in one sentence."""
    return any(_both_in(pair, text, start, end) for pair in rules.disclosures)


def _discloses(pair: tuple[str, str], text: str, start: int, end: int, rules: Rules) -> bool:
    """Whether a word of each list of one of ``DISCLOSURES`` stands between ``start`` and ``end``."""
    return _both_in(rules.disclosures[DISCLOSURES.index(pair)], text, start, end)


def _both_in(pair: tuple[Lexicon, Lexicon], text: str, start: int, end: int) -> bool:
    """Whether a word of each list of a pair stands between ``start`` and ``end``, in either order."""
    return all(lexicon.search(text, start, end) is not None for lexicon in pair)


def _paragraph_sentences(sentences: Sentences, n: int) -> list[int]:
    paragraph = sentences.paragraph_of[n]
    return list(range(sentences.first_of[paragraph], sentences.last_of[paragraph] + 1))


def _run(cued: list[bool], sentences: Sentences, n: int) -> list[int]:
    last, paragraph = n, sentences.paragraph_of[n]
    while last + 1 < len(sentences) and cued[last + 1] and sentences.paragraph_of[last + 1] == paragraph:
        last += 1
    return list(range(n, last + 1))
