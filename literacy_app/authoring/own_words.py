"""A teacher's own loaded words: ``literacy-app new ARTICLE --words FILE`` adds the words of FILE to the app's
list for the article's language, for that draft.

The app's lists live in its program folder, which a school lab keeps read-only and an update replaces; a
teacher's list lives with their lessons. It is written like the app's list (see docs/authoring.md); a line
the list's reader would take for something else is reported with its file, line and column, and no lesson is
written until it is fixed.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from literacy_app.authoring.pasted import ScaffoldProblem, decoded
from literacy_app.authoring.suggest import OwnWords
from literacy_app.authoring.suggest.lexicon import list_problems
from literacy_app.core.files import FileTooBig, NotARegularFile, read_regular_file
from literacy_app.i18n import _

MAX_LIST_BYTES = 1_000_000


class WordListProblems(ScaffoldProblem):
    """Mistakes in the teacher's word lists, each as ``FILE:LINE:COLUMN: error: message``."""

    def __init__(self, located: list[str]) -> None:
        super().__init__(_("nothing was written: fix the word list and run 'new' again."))
        self.located = located


def read_own_words(paths: Sequence[str | os.PathLike[str]]) -> tuple[OwnWords, ...]:
    """The teacher's word lists, checked; raise ``WordListProblems`` when any has a mistake."""
    lists, located = [], []
    for path in paths:
        listing = _read_list(path)
        located += [f"{path}:{p.line}:{p.column}: error: {p.message}" for p in list_problems(listing)]
        lists.append(OwnWords(Path(path).name, listing))
    if located:
        raise WordListProblems(located)
    return tuple(lists)


def _read_list(path: str | os.PathLike[str]) -> str:
    """The list's text, read as the app reads every file a user names (``read_regular_file``: never a pipe
    or a device, never more than the limit)."""
    name = str(path)
    try:
        data = read_regular_file(path, MAX_LIST_BYTES)
    except FileNotFoundError:
        raise ScaffoldProblem(_("{path}: no such word list.", path=name)) from None
    except NotARegularFile:
        if Path(path).is_dir():
            raise ScaffoldProblem(_("{path} is a folder; give your word list's text file.", path=name)) from None
        raise ScaffoldProblem(_not_a_list(name)) from None
    except FileTooBig:
        raise ScaffoldProblem(_not_a_list(name)) from None
    except OSError as exc:
        raise ScaffoldProblem(_("{path}: cannot read the word list: {reason}.", path=name,
                                reason=exc.strerror or str(exc))) from None
    if b"\x00" in data:
        raise ScaffoldProblem(_not_a_list(name))
    return decoded(data)


def _not_a_list(name: str) -> str:
    return _("{path} is not a word list: save it as a plain-text file (UTF-8), one word or phrase a line.",
             path=name)
