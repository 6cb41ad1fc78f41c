"""What ``suggest`` returns: ranges of the article text with the reason a teacher reads."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Suggestion:
    """A range of the article text to put in a lesson as an answer (or a distractor), and why."""

    start: int
    end: int
    key_start: int
    key_end: int
    reason: str
    feedback: str | None = None  # distractors only
    kind: str = ""  # distractors: "sourced", "vague", "date", "not-a-figure"

    @property
    def has_key(self) -> bool:
        return (self.key_start, self.key_end) != (self.start, self.end)


@dataclass(frozen=True)
class Suggestions:
    figures: tuple[Suggestion, ...] = ()
    figure_distractors: tuple[Suggestion, ...] = ()
    attributions: tuple[Suggestion, ...] = ()
    vague_sources: tuple[Suggestion, ...] = ()
    disclaimers: tuple[Suggestion, ...] = ()
    loaded: tuple[Suggestion, ...] = ()
    notes: tuple[str, ...] = field(default=())
    language: str = ""
    opinion: bool = False  # the writer gives opinions (a disclaimer, or their own voice: voice.py)
    disclaimed: bool = False  # a disclaimer says whose views these are or who paid (not only "no advice")
    advertised: bool = False  # a disclaimer says the piece was paid for: sponsored content or an advertisement
    given: bool = False  # a disclaimer says what the writer was given or had paid for (a review's disclosure)
    released: bool = False  # the text signs off as a press release ("ENDS", "About Pembe Air", "Media contact")


def without_overlaps(found: list[Suggestion]) -> list[Suggestion]:
    """The suggestions that overlap none before them, earliest (then longest) first; linear after sorting."""
    kept: list[Suggestion] = []
    for suggestion in sorted(found, key=lambda s: (s.start, -(s.end - s.start))):
        if kept and suggestion.start < kept[-1].end:
            continue
        kept.append(suggestion)
    return kept


def merged_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans sorted, those that overlap or touch made one."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
