"""The one translation function every user-facing string passes through.

A second language is a gettext catalogue in ``literacy_app/locale/<lang>/LC_MESSAGES/literacy_app.mo``,
not a code change. No Qt here, so the core and the command line can use it too.
"""

from __future__ import annotations

import gettext
import os
from importlib import resources
from typing import Any

_DOMAIN = "literacy_app"
_translation: gettext.NullTranslations = gettext.NullTranslations()


def set_language(language: str | None) -> None:
    """Switch the interface language (``None``: follow the environment, as gettext does)."""
    global _translation
    localedir = str(resources.files("literacy_app") / "locale")
    languages = [language] if language else None
    _translation = gettext.translation(_DOMAIN, localedir, languages=languages, fallback=True)


def _(message: str, /, **values: Any) -> str:
    """Translate ``message`` and fill in ``{name}`` placeholders from ``values``."""
    text = _translation.gettext(message)
    return text.format(**values) if values else text


def ngettext(singular: str, plural: str, count: int, /, **values: Any) -> str:
    """Translate a message that depends on a count; ``{count}`` is always available."""
    text = _translation.ngettext(singular, plural, count)
    return text.format(count=count, **values)


set_language(os.environ.get("LITERACY_APP_LANGUAGE"))
