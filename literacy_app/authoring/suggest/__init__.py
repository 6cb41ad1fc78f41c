"""Finding likely answers in an article for a new lesson: who says so, vague sources, figures without a
source, disclaimers and loaded words.

These are suggestions a teacher keeps or deletes, so each carries the reason it was made. The rules are
data, one file per language (``authoring/rules/<language>.yaml`` and ``authoring/loaded_words/``), and
look at one sentence at a time, as a careful reader would.
"""

from __future__ import annotations

from bisect import bisect_left

from literacy_app.authoring.suggest.disclaimers import (
    a_press_release,
    disclaimers,
    says_it_was_paid_for,
    says_what_was_given,
    says_whose_views,
)
from literacy_app.authoring.suggest.figures import SourceMarks, counts_its_speaker, unsourced_figures
from literacy_app.authoring.suggest.language import detect_language
from literacy_app.authoring.suggest.loaded import judging_words, loaded_language, shouted_words
from literacy_app.authoring.suggest.model import Suggestion, Suggestions, without_overlaps
from literacy_app.authoring.suggest.rules import OwnWords, Rules, rules_for, with_own_words
from literacy_app.authoring.suggest.sentences import Sentences
from literacy_app.authoring.suggest.sources import sources
from literacy_app.authoring.suggest.voice import gives_opinions
from literacy_app.core.text import Paragraph
from literacy_app.i18n import _

__all__ = ["OwnWords", "Suggestion", "Suggestions", "detect_language", "suggest"]


def _byline(text: str, paragraphs: tuple[Paragraph, ...]) -> list[Suggestion]:
    from literacy_app.authoring.patterns import BYLINE, byline_name

    for paragraph in paragraphs[:3]:
        match = BYLINE.match(paragraph.text)
        if match and not paragraph.is_subheading:
            name_start = paragraph.start + match.start(1)
            name = byline_name(match.group(1))
            return [Suggestion(paragraph.start, paragraph.end, name_start, name_start + len(name),
                               _("the byline names the writer"))]
    return []


def _marks(sentences: Sentences, attributions: list[Suggestion], vague: list[Suggestion], text: str,
           counted: set[int], spoken: set[int], rules: Rules) -> SourceMarks:
    """Which sentences name a source; an attribution whose speaker is a group its figure counts ("Three in
    four shopkeepers say") names none."""
    counting = {s for s in attributions if counts_its_speaker(text, (s.key_start, s.key_end), rules)}
    attributed = {sentences.index(s.start) for s in attributions if s not in counting} | counted | spoken
    cues: dict[int, str] = {}
    for suggestion in vague:
        if counts_its_speaker(text, (suggestion.start, suggestion.end), rules):
            continue  # "60% of parents say": the figure counts the people, no one gives it
        cues.setdefault(sentences.index(suggestion.start), " ".join(text[suggestion.start:suggestion.end].split()))
    first: dict[int, int] = {}
    for number in sorted(attributed):
        first.setdefault(sentences.paragraph_of[number], number)
    return SourceMarks(attributed, cues, first, {sentences.index(s.start) for s in counting} - attributed)


def _after_vague(attribution: Suggestion, vague: list[Suggestion], starts: list[int], text: str) -> bool:
    """An attribution that overlaps a vague source, or whose speaker the vague words lead to ("Fuentes
    cercanas a la Policía Local dicen"): the vague source is the suggestion. ``vague`` does not overlap
    itself and is sorted, so the cues to look at are the last ones starting before the attribution ends."""
    last = bisect_left(starts, attribution.end) - 1
    for cue in vague[max(0, last - 1):last + 1]:
        if attribution.start < cue.end and cue.start < attribution.end:
            return True
        between = text[cue.end:attribution.start]
        if 0 <= attribution.start - cue.end <= 40 and not any(c in between for c in ",.;:!?()“”\"«»،؛"):
            return True
    return False


def _cue_wording(text: str, found: list[Suggestion], rules: Rules) -> list[Suggestion]:
    """The set wording that makes each disclaimer one ("la administración no se hace responsable", "غير
    مسؤولة عن"), as spans."""
    return [Suggestion(cue.start(), cue.end(), cue.start(), cue.end(), "") for d in found
            for cue in rules.disclaimer_cues.finditer(text, d.start, d.end)]


def _outside(loaded: list[Suggestion], others: list[Suggestion]) -> list[Suggestion]:
    """Loaded words that do not overlap a vague source ("todo el mundo sabe", "everyone knows"), which the
    "Who exactly?" exercise teaches, nor a disclaimer's set wording."""
    spans = sorted((o.start, o.end) for o in others)
    starts = [start for start, _end in spans]
    reach = max((end - start for start, end in spans), default=0)
    kept = []
    for word in loaded:
        nearby = spans[bisect_left(starts, word.start - reach):bisect_left(starts, word.end)]
        if not any(start < word.end and word.start < end for start, end in nearby):
            kept.append(word)
    return kept


def suggest(text: str, paragraphs: tuple[Paragraph, ...], *, byline: str | None = None,  # noqa: ARG001
            language: str | None = None, own_words: tuple[OwnWords, ...] = ()) -> Suggestions:
    """Every kind of suggestion for one article text, with the rules of ``language`` (found in the text
    when None) and the teacher's ``own_words`` added to its loaded-word list. ``byline`` is accepted for
    callers that know it; the byline line is found in the text."""
    language = language or detect_language(text)
    rules = rules_for(language)
    if rules is None:
        return Suggestions(notes=(_("answers are suggested only for English, Spanish and Arabic articles; "
                                    "add them by hand."),), language=language)
    rules = with_own_words(rules, own_words)
    sentences = Sentences(text, paragraphs)
    found = sources(text, sentences, rules)
    vague = without_overlaps(found.vague)
    vague_starts = [v.start for v in vague]
    attributions = without_overlaps(
        _byline(text, paragraphs)
        + [a for a in found.attributions if not _after_vague(a, vague, vague_starts, text)])
    found_disclaimers = disclaimers(text, sentences, rules)
    disclaimed = any(says_whose_views(text, d, rules) for d in found_disclaimers)
    advertised = any(says_it_was_paid_for(text, d, rules) for d in found_disclaimers)
    given = any(says_what_was_given(text, d, rules) for d in found_disclaimers)
    released = a_press_release(text, rules)
    offered = advertised or released  # its prices are what its issuer sells
    figures, figure_distractors = unsourced_figures(text, sentences, rules,
                                                    _marks(sentences, attributions, vague, text,
                                                                         found.counted, found.spoken, rules),
                                                    offered)
    opinion = gives_opinions(text, rules, disclaimed=disclaimed, judged=judging_words(text, rules))
    loaded = _outside(without_overlaps(loaded_language(text, rules, opinion=opinion)),
                      vague + _cue_wording(text, found_disclaimers, rules))
    notes = _opinion_note(opinion) + _shouting_note(text, rules, opinion, loaded)
    return Suggestions(
        figures=tuple(figures),
        figure_distractors=tuple(figure_distractors),
        attributions=tuple(attributions),
        vague_sources=tuple(vague),
        disclaimers=tuple(found_disclaimers),
        loaded=tuple(loaded),
        notes=notes,
        language=rules.language,
        opinion=opinion,
        disclaimed=disclaimed,
        advertised=advertised,
        given=given,
        released=released,
    )


def _opinion_note(opinion: bool) -> tuple[str, ...]:
    if not opinion:
        return ()
    return (_("the writer gives opinions: loaded language may also be carried by whole phrases (sarcasm, "
              "motives put on people, metaphors), which 'new' does not suggest. Read for them before you "
              "keep the loaded-words key."),)


def _shouting_note(text: str, rules: Rules, opinion: bool, loaded: list[Suggestion]) -> tuple[str, ...]:
    """A note naming the words the writer puts in capitals to raise their voice, for the teacher to judge
    (capitals alone do not make a word loaded: see ``loaded.py``); those already suggested are left out."""
    shouted = list(dict.fromkeys(text[start:end] for start, end in shouted_words(text, rules.language, opinion)
                                 if not any(s.start <= start and end <= s.end for s in loaded)))
    if not shouted:
        return ()
    return (_("the writer raises their voice in capital letters ({words}); 'new' does not suggest a word as "
              "loaded for its capitals alone: add those that judge.", words=", ".join(shouted[:6])),)
