"""The article's sentences and paragraphs, found once and looked up by position in logarithmic time."""

from __future__ import annotations

from bisect import bisect_right

from literacy_app.core.text import Paragraph, TextIndex


def line_of(text: str, start: int, end: int) -> str:
    """The line (a paragraph of the pasted text) that the span ``start``..``end`` stands in."""
    first = text.rfind("\n", 0, start) + 1
    last = text.find("\n", end)
    return text[first:last if last >= 0 else len(text)]


_OPENING = "“«\"„"
_CLOSING = "”»\""


class Sentences:
    """Sentence ranges of an article text, each with its paragraph and whether it starts inside a quotation."""

    def __init__(self, text: str, paragraphs: tuple[Paragraph, ...]) -> None:
        self.text = text
        self.paragraphs = paragraphs or (Paragraph(text, 0, len(text)),)
        self.spans: list[tuple[int, int]] = TextIndex._split_sentences(text, self.paragraphs)
        self.starts = [start for start, _end in self.spans]
        paragraph_starts = [p.start for p in self.paragraphs]
        self.paragraph_of = [max(0, bisect_right(paragraph_starts, start) - 1) for start in self.starts]
        self.first_of: dict[int, int] = {}  # paragraph -> its first and last sentence
        self.last_of: dict[int, int] = {}
        for number, paragraph in enumerate(self.paragraph_of):
            self.first_of.setdefault(paragraph, number)
            self.last_of[paragraph] = number
        self.quoted_start = self._quoted_starts()

    def _quoted_starts(self) -> list[bool]:
        """Whether each sentence starts inside a quotation opened by an earlier sentence of its paragraph."""
        inside = []
        open_quote = False
        for n, (start, end) in enumerate(self.spans):
            if n == 0 or self.paragraph_of[n] != self.paragraph_of[n - 1]:
                open_quote = False
            inside.append(open_quote)
            for char in self.text[start:end]:
                if char in "“«„":
                    open_quote = True
                elif char in "”»":
                    open_quote = False
                elif char == '"':
                    open_quote = not open_quote
        return inside

    def index(self, position: int) -> int:
        """The number of the sentence that holds ``position``."""
        return max(0, bisect_right(self.starts, position) - 1)

    def __len__(self) -> int:
        return len(self.spans)
