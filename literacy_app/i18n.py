"""The one translation function every user-facing string passes through.

A second language is a gettext catalogue in ``literacy_app/locale/<lang>/LC_MESSAGES/literacy_app.mo``,
not a code change. No Qt here, so the core and the command line can use it too. While no catalogue is
installed, gettext is not even loaded, which keeps start-up quick.
"""

from __future__ import annotations

import os
from typing import Any, Protocol

_DOMAIN = "literacy_app"
_LOCALE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "locale")


class _Catalogue(Protocol):
    def gettext(self, message: str, /) -> str: ...

    def ngettext(self, singular: str, plural: str, n: int, /) -> str: ...


class _Untranslated:
    """The interface's own (English) words."""

    def gettext(self, message: str, /) -> str:
        return message

    def ngettext(self, singular: str, plural: str, n: int, /) -> str:
        return singular if n == 1 else plural


_translation: _Catalogue = _Untranslated()


def set_language(language: str | None) -> None:
    """Switch the interface language (``None``: follow the environment, as gettext does)."""
    global _translation
    if not os.path.isdir(_LOCALE):
        _translation = _Untranslated()
        return
    import gettext

    languages = [language] if language else None
    _translation = gettext.translation(_DOMAIN, _LOCALE, languages=languages, fallback=True)


def _(message: str, /, **values: Any) -> str:
    """Translate ``message`` and fill in ``{name}`` placeholders from ``values``."""
    text = _translation.gettext(message)
    return text.format(**values) if values else text


def ngettext(singular: str, plural: str, count: int, /, **values: Any) -> str:
    """Translate a message that depends on a count; ``{count}`` is always available."""
    text = _translation.ngettext(singular, plural, count)
    return text.format(count=count, **values)


set_language(os.environ.get("LITERACY_APP_LANGUAGE"))
