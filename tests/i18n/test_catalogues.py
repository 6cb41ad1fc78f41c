"""Every string that reaches the interface is in every catalogue, keeps its {placeholders}, and has every
plural form its language needs; counts always go through ngettext."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

import literacy_app
from literacy_app import i18n

PACKAGE = Path(literacy_app.__file__).parent
LOCALE = PACKAGE / "locale"
LANGUAGES = sorted(p.parent.parent.name for p in LOCALE.glob("*/LC_MESSAGES/literacy_app.po"))
KEYWORDS = {"_": None, "ngettext": (1, 2), "pgettext": ((1, "c"), 2)}  # as tools/update_catalogues.py


def _source_messages() -> dict[str | tuple[str, str], list[str]]:
    """Every message in the code today (not the template, which may be stale), with where it is: a plain
    message as its text, a plural one as (singular, plural). pgettext's context is checked by msgctxt."""
    found: dict[str | tuple[str, str], list[str]] = {}
    found_in_code = extract_from_dir(str(PACKAGE.parent), keywords=KEYWORDS, comment_tags=(),
                                     method_map=[("literacy_app/**.py", "tools.extract_messages:extract")])
    for filename, line, message, _comments, context in found_in_code:
        key = message if isinstance(message, str) else (message[0], message[1])
        found.setdefault(key, []).append(f"{filename}:{line}")
        if context:
            CONTEXTS[message if isinstance(message, str) else message[0]] = context
    return found


CONTEXTS: dict[str, str] = {}


SOURCE = _source_messages()


def _catalogue(language: str):  # type: ignore[no-untyped-def]
    with (LOCALE / language / "LC_MESSAGES" / "literacy_app.po").open("rb") as handle:
        return read_po(handle)


def _fields(text: str) -> set[str]:
    return {name for _literal, name, _spec, _conversion in string.Formatter().parse(text) if name is not None}


def test_there_are_catalogues_for_spanish_and_arabic() -> None:
    assert {"es", "ar"} <= set(LANGUAGES)
    assert len(SOURCE) > 300
    assert "Hints:" in SOURCE  # written inside an f-string: found by Python's parser, not Babel's tokenizer


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_of_the_interface_is_translated(language: str) -> None:
    catalogue = _catalogue(language)
    missing = []
    for key, places in SOURCE.items():
        msgid = key[0] if isinstance(key, tuple) else key
        entry = catalogue.get(msgid, CONTEXTS.get(msgid))
        strings = () if entry is None else entry.string if isinstance(entry.string, tuple) else (entry.string,)
        if entry is None or entry.fuzzy or not all(strings):
            missing.append(f"{msgid!r} ({places[0]})")
    assert not missing, (f"{len(missing)} strings are not translated into {language}; run "
                         f"tools/update_catalogues.py and translate them:\n" + "\n".join(missing))


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_their_placeholders_and_every_plural_form(language: str) -> None:
    catalogue = _catalogue(language)
    plural = re.search(r"plural=(.*);?$", catalogue.plural_forms or "")
    assert catalogue.num_plurals >= 1
    import gettext

    choose = gettext.c2py(plural.group(1).rstrip(";")) if plural else (lambda n: int(n != 1))
    numbers_of_form: dict[int, set[int]] = {}
    for n in range(0, 1001):
        numbers_of_form.setdefault(choose(n), set()).add(n)
    problems = []
    for entry in catalogue:
        if not entry.id or not entry.string:
            continue
        if isinstance(entry.id, tuple):
            wanted = _fields(entry.id[0]) | _fields(entry.id[1])
            forms = entry.string
            if len(forms) != catalogue.num_plurals or not all(forms):
                problems.append(f"{entry.id[0]!r}: {len(forms)} forms, {language} needs {catalogue.num_plurals}")
                continue
            for number, form in enumerate(forms):
                have = _fields(form)
                # a form used for one number only ("one lesson", Arabic's "two lessons") may leave {count} out
                optional = {"count"} if len(numbers_of_form.get(number, ())) <= 1 else set()
                if not have <= wanted or wanted - optional - have:
                    problems.append(f"{entry.id[0]!r} form {number}: {sorted(have)} instead of {sorted(wanted)}")
        elif _fields(entry.string) != _fields(entry.id):
            problems.append(f"{entry.id!r}: {sorted(_fields(entry.string))} instead of {sorted(_fields(entry.id))}")
        if isinstance(entry.id, str) and entry.id.count("&") == 1 and entry.string.count("&") != 1:
            problems.append(f"{entry.id!r}: the keyboard shortcut marker & is lost")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_translation_fills_in_without_error(language: str) -> None:
    catalogue = i18n.catalogue_for(language)
    assert catalogue is not None, "the .po file did not compile"
    values = {name: 7 for key in SOURCE for text in ([key] if isinstance(key, str) else list(key))
              for name in _fields(str(text))}
    for key in SOURCE:
        if isinstance(key, str):
            catalogue.gettext(key).format(**values)
        else:
            for n in (0, 1, 2, 3, 11, 100, 101):
                catalogue.ngettext(key[0], key[1], n).format(**{**values, "count": n})


def test_counts_go_through_ngettext() -> None:
    """A sentence with a number in it, written with _(), reads "There are 1 more answers" in some language."""
    to_replace_by_the_lead: dict[str, str] = {}  # message start -> the function that replaces it
    counted = re.compile(r"\{(count|total|number_of|n)\}|\(s\)")
    found = []
    for key, places in SOURCE.items():
        if isinstance(key, str) and counted.search(key) and "{number} of {count}" not in key \
                and not key.startswith("\"{quote}\" is in the article {count}") \
                and not any(key.startswith(start) for start in to_replace_by_the_lead):
            found.append(f"{key!r} ({places[0]})")
    assert not found, "use ngettext for these:\n" + "\n".join(found)


def test_spanish_and_arabic_plurals_read_right() -> None:
    spanish, arabic = i18n.catalogue_for("es"), i18n.catalogue_for("ar")
    assert spanish is not None and arabic is not None
    lessons = ("{count} lesson", "{count} lessons")
    assert [spanish.ngettext(*lessons, n).format(count=n) for n in (1, 2)] == ["1 lección", "2 lecciones"]
    arabic_forms = [arabic.ngettext(*lessons, n).format(count=n) for n in (0, 1, 2, 3, 11, 100)]
    assert len(set(arabic_forms)) == 6, arabic_forms
    assert arabic_forms[1] == "درس واحد" and arabic_forms[2] == "درسان"
