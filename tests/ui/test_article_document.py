"""The article document: built from HTML in one go, and offsets still land on the same characters as a
block-by-block build, whatever the text holds."""

from __future__ import annotations

from pathlib import Path

from literacy_app.core.loader import read_lesson
from literacy_app.ui import article_view as view_module
from literacy_app.ui.article_document import build_block_by_block
from literacy_app.ui.article_view import ArticleView
from literacy_app.ui.themes import THEMES
from tests.support.paths import SEED_LESSON

ODD = """\
format: 1
id: odd-text
title: Odd text
language: en
article:
  headline: "Tags <b>and</b> & ampersands"
  section: News & views
  body: |
    A & B <i>say</i>  two  spaces,\ta tab and a no-break\u00a0space "here".

    😀 Emoji, 𝒳 maths and Cafe\u0301 decomposed; مرحبا بالعالم in Arabic.
exercises:
  - id: who
    type: select
    prompt: Find it.
    answers:
      - quote: a tab
"""


def _view(qtbot, path: Path) -> ArticleView:  # type: ignore[no-untyped-def]
    article = read_lesson(path).lesson.article
    view = ArticleView(article, THEMES["light"])
    qtbot.addWidget(view)
    return view


def _check_offsets(view: ArticleView) -> None:
    text = view.article.text
    document = view.document()
    for paragraph in view.article.paragraphs:
        for offset in range(paragraph.start, paragraph.end + 1):
            position = view.position_of(offset)
            assert view.offset_of(position) == offset
            if offset < paragraph.end:
                assert document.characterAt(position) == text[offset][0] or ord(text[offset]) > 0xFFFF


def test_html_keeps_every_character_of_odd_text(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "odd.yaml"
    path.write_text(ODD, encoding="utf-8")
    fallbacks = []
    original = view_module.build_block_by_block
    monkeypatch.setattr(view_module, "build_block_by_block", lambda *a: fallbacks.append(1) or original(*a))
    view = _view(qtbot, path)
    assert fallbacks == []  # the quick way held exactly the paragraphs
    _check_offsets(view)


def test_the_careful_way_gives_the_same_positions(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot, SEED_LESSON)
    from_html = list(view._paragraph_positions)
    assert build_block_by_block(view, view.article, view.theme) == from_html


def test_when_html_would_drift_the_document_is_built_block_by_block(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(view_module, "paragraph_positions", lambda *a: None)
    path = tmp_path / "odd.yaml"
    path.write_text(ODD, encoding="utf-8")
    _check_offsets(_view(qtbot, path))


def test_escape_matches_the_standard_library_for_rich_text() -> None:
    import html

    from literacy_app.ui.words import escape

    sample = "Tom & Jerry <b>\"quoted\"</b> it's 5 > 3"
    assert escape(sample) == html.escape(sample)
    assert escape(sample, quote=False) == html.escape(sample, quote=False)


def test_article_lines_break_between_words_never_inside_one(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot, SEED_LESSON)
    view.resize(900, 700)
    view.show()
    qtbot.waitExposed(view)
    block = view.document().begin()
    breaks = 0
    while block.isValid():
        layout, text = block.layout(), block.text()
        for n in range(1, layout.lineCount()):
            start = layout.lineAt(n).textStart()
            assert text[start - 1].isspace() or text[start - 1] in "-–—", f"broken word: {text[start - 8:start + 8]!r}"
            breaks += 1
        block = block.next()
    assert breaks > 20  # the seed article wraps on many lines


def test_the_style_sheet_reaches_every_line(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Sizes, weights and colours come from one style sheet by class: each line still gets its own."""
    path = tmp_path / "odd.yaml"
    path.write_text(ODD.replace("  body: |\n", "  body: |\n    ## A subheading\n\n"), encoding="utf-8")
    view = _view(qtbot, path)
    document, points = view.document(), view.font().pointSizeF()
    blocks = [document.findBlockByNumber(n) for n in range(document.blockCount())]
    sizes = {b.text(): b.charFormat().fontPointSize() or b.begin().fragment().charFormat().fontPointSize()
             for b in blocks}

    def fragment(block):  # type: ignore[no-untyped-def]
        return block.begin().fragment().charFormat()

    section, headline = blocks[0], blocks[1]
    body = next(b for b in blocks if b.text().startswith("A & B"))
    subheading = next(b for b in blocks if b.text() == "A subheading")
    assert fragment(headline).fontPointSize() > fragment(subheading).fontPointSize() > fragment(body).fontPointSize()
    assert abs(fragment(body).fontPointSize() - max(6.0, points * 1.08)) < 0.11, sizes
    assert fragment(subheading).fontWeight() > fragment(body).fontWeight()
    assert fragment(section).foreground().color().name() == THEMES["light"].muted.lower()
    assert body.blockFormat().bottomMargin() == 12 and "  two  spaces" in body.text()
