"""Compile the translation catalogues (``.po`` to ``.mo``), as the build does before packaging.

    python tools/build_catalogues.py

Self-contained (Babel only, nothing of the app), so ``setup.py`` can call ``compile_all()`` while building.
A fuzzy or empty translation is left out of the ``.mo``: the app then shows the English words.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

LOCALE = Path(__file__).resolve().parent.parent / "literacy_app" / "locale"
DOMAIN = "literacy_app"


def compile_all(locale: Path = LOCALE) -> list[Path]:
    """Compile every ``<lang>/LC_MESSAGES/literacy_app.po`` under ``locale``; returns the ``.mo`` files."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    written = []
    for po in sorted(locale.glob(f"*/LC_MESSAGES/{DOMAIN}.po")):
        with po.open("rb") as source:
            catalogue = read_po(source, domain=DOMAIN)
        mo = po.with_suffix(".mo")
        temporary = mo.with_suffix(".mo.tmp")
        with temporary.open("wb") as target:
            write_mo(target, catalogue)
        os.replace(temporary, mo)
        written.append(mo)
    return written


if __name__ == "__main__":
    for path in compile_all():
        print(path.relative_to(LOCALE.parent.parent))
    sys.exit(0)
