"""The article as a rich-text document, and where each of its paragraphs starts.

The usual way is HTML that Qt parses in one go: quick, laid out once, and it needs none of Qt's
rich-text classes at start-up (PySide builds every enum of each class it loads). If the parsed blocks do
not hold exactly the article's paragraphs, the document is built block by block instead, so offsets
never drift.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from literacy_app.core.model import Article
from literacy_app.i18n import _
from literacy_app.ui.themes import Theme
from literacy_app.ui.words import escape, isolate

if TYPE_CHECKING:
    from PySide6.QtGui import QTextDocument
    from PySide6.QtWidgets import QTextEdit


def _direction(text: str) -> str:
    """The direction of a paragraph from its first strong character, as HTML's dir="auto" would find it
    (Qt's HTML reader does not know "auto"); the article itself never assumes one."""
    for character in text:
        if character.isascii():  # decided without loading the Unicode tables
            if character.isalpha():
                return "ltr"
            continue
        from unicodedata import bidirectional

        kind = bidirectional(character)
        if kind in ("R", "AL"):
            return "rtl"
        if kind == "L":
            return "ltr"
    return "ltr"


def text_direction(text: str) -> str:
    """"rtl" or "ltr", from the text's first strong character (as HTML's dir="auto")."""
    return _direction(text.lstrip("0123456789. "))


def article_direction(article: Article) -> str:
    """The article's own direction, from its headline and first paragraph: the masthead (section, credits,
    "Source:" line) follows it, whatever the interface's language."""
    direction = _direction(article.paragraphs[0].text if article.paragraphs else article.headline)
    return direction if direction == "rtl" else _direction(article.headline)


def _masthead(article: Article) -> list[tuple[str, float, str]]:
    """The masthead lines: text, size relative to the body, and style. Each credit is isolated, and a date
    is always laid out left to right (2024-03-14 never turns into 14-03-2024 inside Arabic)."""
    lines = []
    if article.section:
        lines.append((article.section.upper(), 0.85, "bold muted"))
    lines.append((article.headline, 1.6, "bold"))
    first = article.paragraphs[0].text
    byline = article.byline if article.byline and article.byline not in first else None
    date = isolate(article.date, date=True) if article.date else None
    credits = " · ".join(isolate(x) if x is not date else x for x in (article.publication, byline, date) if x)
    if credits:
        lines.append((credits, 0.95, "muted"))
    if article.source:
        source = _("Source: {source}", source=isolate(article.source))
        italic = "italic " if _direction(article.source) == "ltr" else ""  # Arabic type has no italics
        lines.append((isolate(source, always=True), 0.85, italic + "muted last"))
    return lines


def _style(size: float, points: float, style: str, theme: Theme, space_after: int) -> str:
    css = [f"font-size:{max(6.0, points * size):.1f}pt", "line-height:135%", f"margin-bottom:{space_after}px",
           "margin-top:0px", "white-space:pre-wrap"]
    if "bold" in style:
        css.append("font-weight:bold")
    if "italic" in style:
        css.append("font-style:italic")
    if "muted" in style:
        css.append(f"color:{theme.muted}")
    return ";".join(css)


def article_html(article: Article, theme: Theme, points: float) -> tuple[str, str, int]:
    """The HTML of the whole article, the style sheet its paragraphs' classes refer to (one rule per kind of
    line, not a style on every paragraph: a long article is parsed faster), and how many blocks the
    masthead takes before the first paragraph."""
    parts = []
    classes: dict[str, str] = {}  # a style's declarations -> its class name

    def paragraph(text: str, direction: str, css: str) -> None:
        name = classes.setdefault(css, f"k{len(classes)}")
        parts.append(f'<p dir="{direction}" class="{name}">{escape(text)}</p>')

    masthead = _masthead(article)
    direction = article_direction(article)
    for text, size, style in masthead:
        space = 18 if "last" in style else 8 if size > 1.5 else 4
        paragraph(text, direction, _style(size, points, style, theme, space))
    for line in article.paragraphs:
        size, style, space = (1.2, "bold", 6) if line.is_subheading else (1.08, "", 12)
        paragraph(line.text, _direction(line.text), _style(size, points, style, theme, space))
    sheet = " ".join(f"p.{name} {{{css}}}" for css, name in classes.items())
    return "<html><body>" + "".join(parts) + "</body></html>", sheet, len(masthead)


def paragraph_positions(document: QTextDocument, article: Article, masthead: int) -> list[int] | None:
    """Where each paragraph's block starts, or None if the blocks are not exactly the paragraphs."""
    block = document.begin()
    for _skipped in range(masthead):
        block = block.next()
    positions = []
    for paragraph in article.paragraphs:
        if not block.isValid() or block.text() != paragraph.text:
            return None
        positions.append(block.position())
        block = block.next()
    return positions if not block.isValid() else None


def build_block_by_block(view: QTextEdit, article: Article, theme: Theme) -> list[int]:
    """The careful way: insert every block with a cursor and note where each paragraph starts."""
    from PySide6.QtGui import QColor, QFont, QTextBlockFormat, QTextCharFormat, QTextCursor

    document = view.document()
    document.clear()
    cursor = QTextCursor(document)
    points = view.font().pointSizeF()
    positions: list[int] = []
    from PySide6.QtCore import Qt

    direction = article_direction(article)
    lines = [(text, size, style, False, direction) for text, size, style in _masthead(article)]
    lines += [(p.text, 1.2 if p.is_subheading else 1.08, "bold" if p.is_subheading else "", True, _direction(p.text))
              for p in article.paragraphs]
    for number, (text, size, style, is_paragraph, way) in enumerate(lines):
        block_format = QTextBlockFormat()
        rtl = way == "rtl"
        block_format.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
        block_format.setLineHeight(135, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        block_format.setBottomMargin(12 if is_paragraph else 6)
        chars = QTextCharFormat()
        chars.setFontPointSize(max(6.0, points * size))
        chars.setFontWeight(QFont.Weight.Bold if "bold" in style else QFont.Weight.Normal)
        chars.setFontItalic("italic" in style)
        if "muted" in style:
            chars.setForeground(QColor(theme.muted))
        if number:
            cursor.insertBlock(block_format, chars)
        else:
            cursor.setBlockFormat(block_format)
            cursor.setCharFormat(chars)
        if is_paragraph:
            positions.append(cursor.position())
        cursor.insertText(text)
    view.moveCursor(QTextCursor.MoveOperation.Start)
    return positions
