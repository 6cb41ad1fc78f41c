"""Field-by-field checks of a lesson's YAML nodes, collecting every problem with its place."""

from __future__ import annotations

import difflib
from collections.abc import Callable
from dataclasses import dataclass

from literacy_app.core.problems import LessonError, Place, Severity
from literacy_app.core.yamlsource import Node
from literacy_app.i18n import _

_KIND_WORDS = {
    "mapping": "a group of fields",
    "sequence": "a list",
    "text": "text",
    "int": "a whole number",
    "float": "a number",
    "bool": "true or false",
    "null": "empty",
    "timestamp": "a date",
}
_YAML11_BOOLS = {"yes", "no", "on", "off", "y", "n"}


@dataclass(frozen=True)
class Field:
    kind: str  # text, int, number, bool, texts, mapping, list
    required: bool = False


class Checker:
    """Collects problems for one file; every check returns the value or None after reporting."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.problems: list[LessonError] = []

    def report(self, place: Place, message: str, severity: Severity = "error") -> None:
        self.problems.append(LessonError(self.path, place.line, place.column, message, severity))

    @property
    def has_errors(self) -> bool:
        return any(p.is_error for p in self.problems)

    def fields(self, node: Node, spec: dict[str, Field], what: str,
               elsewhere: Callable[[str], str | None] | None = None) -> dict[str, Node] | None:
        """Check that ``node`` is a mapping with the fields of ``spec``; return them by name."""
        if node.kind != "mapping":
            self.report(node.place, _("{what} should be a group of fields (name: value), but it is {kind}.",
                                      what=what, kind=_(describe(node))))
            return None
        found: dict[str, Node] = {}
        for key, value in node.pairs:
            name = key.text if key.kind == "scalar" else ""
            if name in found:
                self.report(key.place, _("'{name}' is given twice in {what}; keep only one.",
                                         name=name, what=what))
            elif name in spec:
                found[name] = value
            else:
                self.report(key.place, self._unknown(name, spec, what, elsewhere))
        for name, field in spec.items():
            if field.required and name not in found:
                self.report(node.place, _("{what} is missing the field '{name}'.", what=what, name=name))
        return found

    @staticmethod
    def _unknown(name: str, spec: dict[str, Field], what: str,
                 elsewhere: Callable[[str], str | None] | None) -> str:
        if elsewhere is not None and (hint := elsewhere(name)):
            return hint
        close = difflib.get_close_matches(name, list(spec), n=1, cutoff=0.6)
        if close:
            return _("'{name}' is not a field of {what}. Did you mean '{close}'?",
                     name=name, what=what, close=close[0])
        return _("'{name}' is not a field of {what}. The fields are: {fields}.",
                 name=name, what=what, fields=", ".join(spec))

    def text(self, node: Node | None, name: str) -> str | None:
        if node is None:
            return None
        if node.kind == "scalar" and node.type in ("text", "int", "float"):
            if not node.text or node.text.isspace():  # as "not text.strip()", without a copy of a long text
                self.report(node.place, _("'{name}' is empty; write some text or remove the field.", name=name))
                return None
            return node.text
        if node.kind == "scalar" and node.type == "bool":
            self.report(node.place, _("'{name}' should be text, but YAML reads {value} as true or false. "
                                      "Put it in quotes: \"{value}\".", name=name, value=node.text))
        elif node.kind == "scalar" and node.type == "timestamp":
            self.report(node.place, _("'{name}' should be text in quotes: \"{value}\" (YAML reads a bare "
                                      "date as a date, not as text).", name=name, value=node.text))
        elif node.kind == "scalar" and node.type == "null":
            self.report(node.place, _("'{name}' is empty; write some text or remove the field.", name=name))
        else:
            self.report(node.place, _("'{name}' should be text, but it is {kind}.",
                                      name=name, kind=_(describe(node))))
        return None

    def integer(self, node: Node | None, name: str, minimum: int = 0) -> int | None:
        if node is None:
            return None
        value = _whole_number(node.text) if node.kind == "scalar" and node.type == "int" else None
        if value is not None:
            if value >= minimum:
                return value
            self.report(node.place, _("'{name}' should be {minimum} or more.", name=name, minimum=minimum))
            return None
        if node.kind == "scalar" and node.type == "int":  # YAML 1.1 reads 1:30 as a number; we do not
            self.report(node.place, _("'{name}' should be a whole number such as 15, not '{value}'.",
                                      name=name, value=node.text))
            return None
        self.report(node.place, _("'{name}' should be a whole number, but it is {kind}.",
                                  name=name, kind=_(describe(node))))
        return None

    def number(self, node: Node | None, name: str) -> float | None:
        if node is None:
            return None
        if node.kind == "scalar" and node.type in ("int", "float"):
            written = node.text.replace("_", "").lower()
            try:  # YAML writes infinity and not-a-number as .inf and .nan; Python as inf and nan
                return float(written.replace(".inf", "inf").replace(".nan", "nan"))
            except ValueError:  # YAML 1.1 reads 1:30 as a number; we do not
                self.report(node.place, _("'{name}' should be a number such as 0.8, not '{value}'.",
                                          name=name, value=node.text))
                return None
        if node.kind == "scalar" and node.text.strip().endswith("%"):
            self.report(node.place, _("'{name}' should be a number from 0 to 1 without '%': write 0.8 for 80%.",
                                      name=name))
            return None
        self.report(node.place, _("'{name}' should be a number, but it is {kind}.",
                                  name=name, kind=_(describe(node))))
        return None

    def boolean(self, node: Node | None, name: str) -> bool | None:
        if node is None:
            return None
        if node.kind == "scalar" and node.type == "bool":
            word = node.text.lower()
            if word in ("true", "false"):
                return word == "true"
            if word in _YAML11_BOOLS:
                meant = "true" if word in ("yes", "on", "y") else "false"
                self.report(node.place, _("write '{meant}' instead of '{value}' for '{name}'.",
                                          meant=meant, value=node.text, name=name))
                return None
        self.report(node.place, _("'{name}' should be true or false, but it is {kind}.",
                                  name=name, kind=_(describe(node))))
        return None

    def items(self, node: Node | None, name: str) -> list[Node] | None:
        if node is None:
            return None
        if node.kind == "sequence":
            return node.items
        self.report(node.place, _("'{name}' should be a list (each item on its own line starting with "
                                  "'- '), but it is {kind}.", name=name, kind=_(describe(node))))
        return None

    def texts(self, node: Node | None, name: str) -> tuple[str, ...] | None:
        items = self.items(node, name)
        if items is None:
            return None
        values = [self.item_text(item, name) for item in items]
        return tuple(v for v in values if v is not None)

    def item_text(self, node: Node, name: str) -> str | None:
        """A list item of text; "- Tip: look here" is a field to YAML, so say how to keep it text."""
        if node.kind == "mapping" and len(node.pairs) == 1 and node.pairs[0][0].kind == "scalar" \
                and node.pairs[0][1].kind == "scalar":
            key, value = node.pairs[0]
            written = f"{key.text}: {value.text}".replace('"', "'")
            self.report(node.place, _("this item of '{name}' has ': ' in it, which YAML reads as a field. Put "
                                      "the whole text in quotes: \"{written}\"", name=name, written=written))
            return None
        return self.text(node, name)


def _whole_number(text: str) -> int | None:
    digits = text.replace("_", "")
    for base in (10, 0):
        try:
            return int(digits, base)
        except ValueError:
            continue
    return None


def describe(node: Node) -> str:
    if node.kind != "scalar":
        return _KIND_WORDS[node.kind]
    if node.type == "bool" and node.text.lower() in _YAML11_BOOLS:
        return "true or false"
    return _KIND_WORDS.get(node.type, "text")
