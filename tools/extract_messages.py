"""Babel extraction through Python's own parser, which also sees ``_()`` inside f-strings
(``f"<p>{_e(_('Hints:'))}</p>"``): Babel's tokenizer-based extractor skips those on Python 3.11.

Used by ``tools/update_catalogues.py`` (through ``tools/babel.cfg``) and by the catalogue tests.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from typing import IO, Any

KEYWORDS = {"_": None, "ngettext": (1, 2), "pgettext": ((1, "c"), 2)}


def messages_in(source: str) -> Iterator[tuple[int, str, str | tuple[str, ...], list[str], str | None]]:
    """(line, function, message or (singular, plural), translator comments, context) for every call of
    ``_``, ``ngettext`` or ``pgettext`` with literal strings."""
    lines = source.splitlines()
    for node in ast.walk(ast.parse(source)):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in KEYWORDS):
            continue
        texts = [a.value if isinstance(a, ast.Constant) and isinstance(a.value, str) else None for a in node.args]
        name = node.func.id
        comments = _translator_comments(lines, node.lineno)
        if name == "_" and texts and texts[0] is not None:
            yield node.lineno, name, texts[0], comments, None
        elif name == "ngettext" and len(texts) >= 2 and texts[0] is not None and texts[1] is not None:
            yield node.lineno, name, (texts[0], texts[1]), comments, None
        elif name == "pgettext" and len(texts) >= 2 and texts[0] is not None and texts[1] is not None:
            yield node.lineno, name, texts[1], comments, texts[0]


def _translator_comments(lines: list[str], line: int) -> list[str]:
    found = []
    n = line - 2
    while n >= 0 and lines[n].strip().startswith("#"):
        text = lines[n].strip().lstrip("#").strip()
        if text.startswith("TRANSLATORS:"):
            found.insert(0, text)
            break
        n -= 1
    return found


def extract(fileobj: IO[bytes], keywords: Any, comment_tags: Any, options: Any) -> Iterator[Any]:
    """The Babel extraction method (``[tools.extract_messages:extract: **.py]`` in a mapping file)."""
    source = fileobj.read().decode(options.get("encoding", "utf-8"))
    for line, name, message, comments, context in messages_in(source):
        if context is not None:
            yield line, name, (context, message), comments  # Babel reads (context, message) for pgettext
        else:
            yield line, name, message, comments
