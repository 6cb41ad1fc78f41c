"""The one translation function every user-facing string passes through.

A language is a gettext catalogue: ``literacy_app/locale/<lang>/LC_MESSAGES/literacy_app.po`` in the
repository, compiled to ``.mo`` when the app is built (``tools/build_catalogues.py``) or, in a checkout, the
first time the language is used. Plurals follow the catalogue's own ``Plural-Forms`` (Arabic has six). No Qt
here, so the core and the command line can use it too. English is the source language: while it is chosen,
gettext is not even loaded, which keeps start-up quick.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, Protocol

_DOMAIN = "literacy_app"
_LOCALE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "locale")
SOURCE_LANGUAGE = "en"
# Languages written right to left (ISO 639-1 and -3 codes); an Arabic lesson reads right to left whatever
# the interface's language.
RIGHT_TO_LEFT = frozenset("ar fa he ur yi ps sd ug dv ku ckb syr".split())
# Each language's name in that language, for the View > Language menu (a language missing here is shown
# by its code until someone adds its name).
NATIVE_NAMES = {"en": "English", "es": "Español", "ar": "العربية", "fa": "فارسی", "he": "עברית",
                "fr": "Français", "pt": "Português", "de": "Deutsch", "ur": "اردو", "en_XA": "Ƥšéûđö"}
PSEUDO_LANGUAGE = "en_XA"  # accented and 40 % longer English, for tests of cut-off text (see pseudo())


class _Catalogue(Protocol):
    def gettext(self, message: str, /) -> str: ...

    def ngettext(self, singular: str, plural: str, n: int, /) -> str: ...

    def pgettext(self, context: str, message: str, /) -> str: ...


class _Untranslated:
    """The interface's own (English) words."""

    def gettext(self, message: str, /) -> str:
        return message

    def ngettext(self, singular: str, plural: str, n: int, /) -> str:
        return singular if n == 1 else plural

    def pgettext(self, context: str, message: str, /) -> str:
        return message


_translation: _Catalogue = _Untranslated()
_language = SOURCE_LANGUAGE
_catalogues: dict[str, _Catalogue | None] = {}


def base_language(tag: str | None) -> str:
    """``es_AR.UTF-8``, ``es-AR`` and ``es`` all to ``es`` (the pseudo-language keeps its region)."""
    if not tag:
        return ""
    tag = tag.split(".")[0].split("@")[0].replace("-", "_")
    return tag if tag == PSEUDO_LANGUAGE else tag.split("_")[0].lower()


def is_right_to_left(language: str | None) -> bool:
    return base_language(language) in RIGHT_TO_LEFT


def system_language() -> str:
    """The language the environment asks for, as gettext reads it (``LANGUAGE``, ``LC_ALL``, ...)."""
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name)
        if value:
            first = base_language(value.split(":")[0])
            return SOURCE_LANGUAGE if first in ("c", "posix") else first
    return SOURCE_LANGUAGE


def available_languages() -> list[str]:
    """English and every language with a catalogue in the app, in code order after English."""
    found = set()
    if os.path.isdir(_LOCALE):
        for entry in os.listdir(_LOCALE):
            folder = os.path.join(_LOCALE, entry, "LC_MESSAGES")
            if any(os.path.exists(os.path.join(folder, _DOMAIN + ext)) for ext in (".mo", ".po")):
                found.add(entry)
    found.discard(SOURCE_LANGUAGE)
    return [SOURCE_LANGUAGE, *sorted(found)]


def _mo_file(language: str) -> str | None:
    """The compiled catalogue of ``language``, compiled now from its ``.po`` if it is missing or older (a
    checkout or an editable install; a built app ships the ``.mo``)."""
    folder = os.path.join(_LOCALE, language, "LC_MESSAGES")
    po, mo = os.path.join(folder, _DOMAIN + ".po"), os.path.join(folder, _DOMAIN + ".mo")
    try:
        stale = os.path.exists(po) and (not os.path.exists(mo) or os.path.getmtime(mo) < os.path.getmtime(po))
    except OSError:
        stale = False
    if stale:
        try:
            compile_catalogue(po, mo)
        except (ImportError, OSError):
            pass  # no Babel, or a read-only folder: use an older .mo if there is one
    return mo if os.path.exists(mo) else None


def compile_catalogue(po: str, mo: str) -> None:
    """``.po`` to ``.mo`` with Babel, as ``pybabel compile`` does (fuzzy entries left out)."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with open(po, "rb") as source:
        catalogue = read_po(source, locale=None, domain=_DOMAIN)
    temporary = mo + ".tmp"
    with open(temporary, "wb") as target:
        write_mo(target, catalogue)
    os.replace(temporary, mo)


def catalogue_for(language: str | None) -> _Catalogue | None:
    """The catalogue of a language (English: its own words), or None when the app has none for it."""
    code = base_language(language)
    if not code:
        return None
    if code == SOURCE_LANGUAGE:
        return _Untranslated()
    if code == PSEUDO_LANGUAGE:
        return _Pseudo()
    if code not in _catalogues:
        mo = _mo_file(code)
        if mo is None:
            _catalogues[code] = None
        else:
            import gettext

            with open(mo, "rb") as handle:
                _catalogues[code] = gettext.GNUTranslations(handle)
    return _catalogues[code]


def set_language(language: str | None) -> str:
    """Switch the interface language (``None``: the system's). Returns the language now in use: English
    when there is no catalogue for the one asked for."""
    global _translation, _language
    wanted = base_language(language) or system_language()
    catalogue = catalogue_for(wanted)
    if catalogue is None:
        wanted, catalogue = SOURCE_LANGUAGE, _Untranslated()
    _translation, _language = catalogue, wanted
    return wanted


def choose_language(saved: str | None = None, lab: str | None = None, system: str | None = None) -> str:
    """The interface language, in order: ``LITERACY_APP_LANGUAGE``, the student's choice (View > Language),
    the lab's configuration, the system's language (``system`` when the caller knows it better than the
    environment does)."""
    return base_language(os.environ.get("LITERACY_APP_LANGUAGE") or saved or lab or system or system_language())


def current_language() -> str:
    return _language


@contextmanager
def lesson_language(language: str | None) -> Iterator[None]:
    """Within the block, ``_()`` speaks the lesson's language when the app has a catalogue for it: default
    feedback then matches the lesson ("Bien visto" in a Spanish lesson, whatever the interface's language).
    """
    global _translation
    catalogue = catalogue_for(language) if language else None
    if catalogue is None:
        yield
        return
    saved = _translation
    _translation = catalogue
    try:
        yield
    finally:
        _translation = saved


def _(message: str, /, **values: Any) -> str:
    """Translate ``message`` and fill in ``{name}`` placeholders from ``values``."""
    text = _translation.gettext(message)
    return text.format(**values) if values else text


def ngettext(singular: str, plural: str, count: int, /, **values: Any) -> str:
    """Translate a message that depends on a count; ``{count}`` is always available."""
    text = _translation.ngettext(singular, plural, count)
    return text.format(count=count, **values)


def pgettext(context: str, message: str, /, **values: Any) -> str:
    """Translate a short message that means different things in different places (``context`` tells the
    translator which one)."""
    text = _translation.pgettext(context, message)
    return text.format(**values) if values else text


# --- the pseudo-language ---------------------------------------------------------------------------

_ACCENTED = str.maketrans("aeiouyAEIOUYcnsz", "àéîöûýÀÉÎÖÛÝçñšž")


def pseudo(text: str) -> str:
    """English made accented and 40 % longer, keeping ``{placeholders}``, ``&`` shortcuts and markup, so a
    test can find text that a wider translation would cut off."""
    out: list[str] = []
    depth = 0
    for character in text:
        if character in "{<":
            depth += 1
        elif character in "}>" and depth:
            depth -= 1
            out.append(character)
            continue
        out.append(character if depth else character.translate(_ACCENTED))
    extra = round(len(text) * 0.4)
    return "".join(out) + (" " + "·" * (extra - 1) if extra > 1 else "")


class _Pseudo:
    def gettext(self, message: str, /) -> str:
        return pseudo(message)

    def ngettext(self, singular: str, plural: str, n: int, /) -> str:
        return pseudo(singular if n == 1 else plural)

    def pgettext(self, context: str, message: str, /) -> str:
        return pseudo(message)


set_language(choose_language())
