"""A new lesson from an article pasted from a web page: the teacher's first draft, valid at once.

``pasted`` reads the text, ``suggest`` finds likely answers, ``draft`` keeps those the loader accepts and
``yaml_writer`` writes them, each with a ``# suggested:`` comment saying why.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from literacy_app.authoring.draft import Draft, exercise_drafts
from literacy_app.authoring.own_words import read_own_words
from literacy_app.authoring.pasted import PastedArticle, ScaffoldProblem, parse_pasted, read_article_file
from literacy_app.authoring.suggest import OwnWords, detect_language, suggest
from literacy_app.authoring.yaml_writer import body_of, lesson_yaml, safe_line, safe_paragraphs
from literacy_app.core.files import default_mode, write_atomically
from literacy_app.core.loader import LANGUAGE_TAG
from literacy_app.core.text import article_from_body
from literacy_app.i18n import _

__all__ = ["NewLesson", "PastedArticle", "ScaffoldProblem", "lesson_id", "new_lesson", "parse_pasted",
           "render_lesson", "schema_reference"]


@dataclass(frozen=True)
class NewLesson:
    """What ``new_lesson`` wrote, for the message the teacher sees."""

    path: Path
    counts: dict[str, int] = field(default_factory=dict)  # exercise id -> suggested answers
    notes: tuple[str, ...] = ()
    language: str = "en"  # the lesson's language tag, given or found from the text


def lesson_id(headline: str, fallback: str = "new-lesson") -> str:
    """An id from the headline's first words: lowercase letters, digits and '-'."""
    ascii_text = unicodedata.normalize("NFKD", headline).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_text.lower().replace("’", "").replace("'", ""))
    slug = ""
    for word in words:
        if len(slug) + len(word) + 1 > 48:
            break
        slug = f"{slug}-{word}" if slug else word
    return slug or fallback


def schema_reference(output: Path) -> str:
    """The path for the ``$schema`` modeline: relative when the lesson is inside this source tree."""
    schema = Path(str(resources.files("literacy_app") / "schema" / "lesson-1.schema.json")).resolve()
    tree = schema.parent.parent.parent  # the folder that holds the literacy_app package
    target_dir = output.resolve().parent
    if (tree / "pyproject.toml").exists():
        try:
            target_dir.relative_to(tree)
        except ValueError:
            pass
        else:
            return Path(os.path.relpath(schema, target_dir)).as_posix()
    return schema.as_posix()


def build_draft(pasted: PastedArticle, *, language: str | None = None, fallback_id: str = "new-lesson",
                own_words: tuple[OwnWords, ...] = ()) -> Draft:
    """The draft lesson: the article as the loader will read it, and the suggestions found in that text,
    with the rules of ``language`` (found from the text when None) and the teacher's ``own_words``."""
    paragraphs = safe_paragraphs(pasted.paragraphs)
    text, spans, _origins = article_from_body(body_of(paragraphs))
    notes: tuple[str, ...] = ()
    if language is None:
        language = detect_language(text)
        notes = (_("the article looks like language '{language}'; if it is not, run 'new' again with "
                   "--language and the right tag.", language=language),)
    suggestions = suggest(text, spans, byline=pasted.byline, language=language, own_words=own_words)
    masthead = tuple((name, safe_line(value)) for name in ("publication", "byline", "date", "section", "source")
                     if (value := getattr(pasted, name)) and safe_line(value))
    headline = safe_line(pasted.headline) or fallback_id
    return Draft(id=lesson_id(headline, fallback_id), headline=headline, language=language, masthead=masthead,
                 paragraphs=paragraphs, exercises=tuple(exercise_drafts(text, spans, suggestions)),
                 opinion=suggestions.opinion, disclaimed=suggestions.disclaimed,
                 advertised=suggestions.advertised, released=suggestions.released,
                 notes=notes + suggestions.notes)


def render_lesson(pasted: PastedArticle, *, language: str | None = None, schema: str | None = None,
                  origin: str | None = None, fallback_id: str = "new-lesson") -> tuple[str, dict[str, int],
                                                                                       tuple[str, ...]]:
    """The lesson file's text, the number of suggested answers per exercise, and notes for the teacher."""
    draft = build_draft(pasted, language=language, fallback_id=fallback_id)
    return lesson_yaml(draft, schema=schema, origin=origin), draft.counts, draft.notes


def _check_language(language: str | None) -> None:
    if language is not None and not LANGUAGE_TAG.match(language):
        raise ScaffoldProblem(_("'{language}' is not a language tag; write one such as en, es or pt-BR.",
                                language=language))


def new_lesson(article: str | os.PathLike[str], output: str | os.PathLike[str], *, language: str | None = None,
               force: bool = False, words: Sequence[str | os.PathLike[str]] = ()) -> NewLesson:
    """Write a lesson file from an article's text file; raise ``ScaffoldProblem`` with the teacher's fix.
    Without ``language``, the article's language is found from its text. ``words`` are the teacher's own
    loaded-word lists, added to the app's."""
    _check_language(language)
    own_words = read_own_words(words)
    target = Path(output)
    if target.is_dir():
        raise ScaffoldProblem(_("{path} is a folder; give the name of the lesson file to write, such as "
                                "{path}/my-lesson.yaml.", path=str(target)))
    if target.exists() and not force:
        raise ScaffoldProblem(_("{path} already exists; nothing was written. Choose another name, or add "
                                "--force to replace it.", path=str(target)))
    pasted = parse_pasted(read_article_file(article))
    origin = "standard input" if str(article) == "-" else Path(article).name
    draft = build_draft(pasted, language=language, fallback_id=lesson_id(target.stem), own_words=own_words)
    _write_atomically(target, lesson_yaml(draft, schema=schema_reference(target), origin=origin))
    return NewLesson(target, draft.counts, draft.notes, draft.language)


def _write_atomically(target: Path, text: str) -> None:
    try:
        write_atomically(target, text.encode("utf-8"), mode=default_mode(), make_folder=False)
    except OSError as exc:
        raise ScaffoldProblem(_("cannot write {path}: {reason}.", path=str(target),
                                reason=exc.strerror or str(exc))) from None
