"""Re-extract the interface's words, merge them into every language's catalogue, and report what is left
to translate.

    python tools/update_catalogues.py            # extract, merge, compile, report
    python tools/update_catalogues.py --check    # the same, and exit 1 if anything is untranslated or fuzzy
    python tools/update_catalogues.py --new fr   # start a catalogue for a new language (French here)

Writes ``literacy_app/locale/literacy_app.pot`` (the template: every string passed to ``_``, ``ngettext``
or ``pgettext`` in ``literacy_app/``) and updates ``literacy_app/locale/<lang>/LC_MESSAGES/literacy_app.po``.
A string whose English changed is kept as "fuzzy" (a guess for the translator to confirm); the app shows
English until it is confirmed. See docs/translating.md.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "literacy_app"
LOCALE = PACKAGE / "locale"
TEMPLATE = LOCALE / "literacy_app.pot"
DOMAIN = "literacy_app"
KEYWORDS = {"_": None, "ngettext": (1, 2), "pgettext": ((1, "c"), 2)}


def babel(*arguments: str) -> None:
    from babel.messages.frontend import CommandLineInterface

    CommandLineInterface().run(["pybabel", "-q", *arguments])


def extract() -> None:
    """Write the template from the code, through Python's parser (tools/extract_messages.py), so that
    ``_()`` inside an f-string is found too."""
    from babel.messages.catalog import Catalog
    from babel.messages.extract import extract_from_dir
    from babel.messages.pofile import write_po

    sys.path.insert(0, str(ROOT))
    catalogue = Catalog(project="literacy-app", copyright_holder="the media-literacy lab's authors",
                        msgid_bugs_address="", charset="utf-8")
    found = extract_from_dir(str(ROOT), method_map=[("literacy_app/**.py", "tools.extract_messages:extract")],
                             keywords=KEYWORDS, comment_tags=("TRANSLATORS:",), strip_comment_tags=True)
    for filename, line, message, comments, context in found:
        catalogue.add(message, None, [(filename, line)], auto_comments=comments, context=context)
    with TEMPLATE.open("wb") as handle:
        write_po(handle, catalogue, width=0, sort_by_file=True)


def languages() -> list[str]:
    return sorted(p.parent.parent.name for p in LOCALE.glob(f"*/LC_MESSAGES/{DOMAIN}.po"))


def start(language: str) -> None:
    babel("init", "-D", DOMAIN, "-i", str(TEMPLATE), "-d", str(LOCALE), "-l", language, "--no-wrap")


def merge() -> None:
    for language in languages():
        babel("update", "-D", DOMAIN, "-i", str(TEMPLATE), "-d", str(LOCALE), "-l", language, "--no-wrap",
              "--ignore-obsolete", "--previous")


def report() -> int:
    """Print what is untranslated or fuzzy in each language; returns how many entries need work."""
    from babel.messages.pofile import read_po

    missing = 0
    for language in languages():
        with (LOCALE / language / "LC_MESSAGES" / f"{DOMAIN}.po").open("rb") as handle:
            catalogue = read_po(handle)
        todo = []
        for message in catalogue:
            if not message.id:
                continue
            strings = message.string if isinstance(message.string, tuple) else (message.string,)
            if message.fuzzy or not all(strings):
                todo.append(("fuzzy" if message.fuzzy else "untranslated", message))
        total = sum(1 for m in catalogue if m.id)
        print(f"{language}: {total - len(todo)} of {total} translated")
        for kind, message in todo:
            english = message.id[0] if isinstance(message.id, tuple) else message.id
            where = ", ".join(f"{path}:{line}" for path, line in message.locations[:2])
            print(f"  {kind}: {english!r}  ({where})")
        missing += len(todo)
    return missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="exit 1 if anything is untranslated or fuzzy")
    parser.add_argument("--new", metavar="LANGUAGE", help="start a catalogue for a new language (e.g. fr, pt_BR)")
    args = parser.parse_args(argv)
    LOCALE.mkdir(exist_ok=True)
    extract()
    if args.new:
        start(args.new)
    merge()
    sys.path.insert(0, str(ROOT / "tools"))
    from build_catalogues import compile_all

    compile_all()
    missing = report()
    return 1 if args.check and missing else 0


if __name__ == "__main__":
    sys.exit(main())
