"""Read a lesson file's bytes into a tree of YAML nodes that remember their line and column.

Built from the parser's event stream rather than a full YAML load, so that anchors, aliases and tags are
refused before anything is expanded or constructed: an alias bomb stops at its first anchor, a deep
document at the depth limit, and no tag can ever name Python code.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

import yaml

from literacy_app.core.characters import Characters
from literacy_app.core.files import LESSON_LIMIT
from literacy_app.core.problems import LessonError, Place
from literacy_app.i18n import _

try:  # libyaml's C parser when present: the same events, much faster.
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - exercised only where libyaml is missing
    from yaml import SafeLoader as _Loader

MAX_BYTES = LESSON_LIMIT
MAX_DEPTH = 32

_resolver = yaml.resolver.Resolver()
_TAG_NAMES = {
    "tag:yaml.org,2002:str": "text",
    "tag:yaml.org,2002:int": "int",
    "tag:yaml.org,2002:float": "float",
    "tag:yaml.org,2002:bool": "bool",
    "tag:yaml.org,2002:null": "null",
    "tag:yaml.org,2002:timestamp": "timestamp",
}


@dataclass
class Node:
    """A YAML value and where it starts. ``kind`` is ``scalar``, ``mapping`` or ``sequence``."""

    kind: str
    place: Place
    text: str = ""  # scalars: the value as written
    style: str | None = None  # scalars: None (plain), '|', '>', "'", '"'
    type: str = "text"  # scalars: text, int, float, bool, null, timestamp
    items: list[Node] = field(default_factory=list)  # sequences
    pairs: list[tuple[Node, Node]] = field(default_factory=list)  # mappings


class SourceProblem(Exception):
    """A problem that stops reading the file; carries the teacher-facing error."""

    def __init__(self, problem: LessonError) -> None:
        self.problem = problem
        super().__init__(str(problem))


class Source:
    """A lesson file's node tree and the characters it holds; its text is decoded when first asked for
    (messages need it, a lesson without problems never does)."""

    def __init__(self, path: str, root: Node, characters: Characters, text: str | bytes) -> None:
        self.path = path
        self.root = root
        self.characters = characters  # of the whole file (so, maybe, of each value: see ``value_characters``)
        self._text = text  # the text, or the file's bytes when they are exactly its text in UTF-8

    @cached_property
    def text(self) -> str:
        return self._text if isinstance(self._text, str) else self._text.decode("utf-8")

    def value_characters(self, node: Node) -> Characters | None:
        """What the file's characters say of a scalar's value: every character of a value but one written
        as an escape ("\\t", "\\u00a0", only in double quotes) stands in the file, or is a line break or a
        space YAML put in. None for a value in double quotes."""
        return None if node.style == '"' else self.characters

    def line_text(self, line: int) -> str:
        lines = self.lines
        return lines[line - 1] if 0 < line <= len(lines) else ""

    @cached_property
    def lines(self) -> list[str]:
        """The file's lines, split once (messages ask for many)."""
        return self.text.split("\n")


def too_big(path: str, size: int) -> LessonError:
    """The error for a file of ``size`` bytes, over the limit (sizes in whole KB, rounded up)."""
    return LessonError(path, 1, 1, _(
        "the file is {size:,} KB; a lesson file may be at most {limit:,} KB (1 MB). "
        "Is this really a lesson? Split a very long article into two lessons.",
        size=-(-size // 1000), limit=MAX_BYTES // 1000))


def decode(data: bytes, path: str) -> str:
    """Bytes to text: UTF-8 (with or without a byte-order mark) or UTF-16 with a byte-order mark, any line
    ends, no binary. Every refusal names the encoding found and where the first bad byte is."""
    if len(data) > MAX_BYTES:
        raise SourceProblem(too_big(path, len(data)))
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) and not data.startswith(b"\xff\xfe\x00\x00"):
        return _decode_utf16(data, path)
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        raise SourceProblem(LessonError(path, 1, 1, _(
            "the file is saved as UTF-32. In your editor, save it again with the encoding UTF-8.")))
    nul = data.find(b"\x00")
    if nul >= 0:
        head = data[:200]
        odd, even = head[1::2], head[0::2]
        if len(head) >= 4 and any(4 * a.count(0) >= 3 * len(a) and 4 * b.count(0) < len(b)
                                  for a, b in ((odd, even), (even, odd))):
            raise SourceProblem(LessonError(path, 1, 1, _(
                "the file is saved as UTF-16 (without a byte-order mark). In your editor, save it again "
                "with the encoding UTF-8.")))
        line, column = _place_of_byte(data, nul)
        raise SourceProblem(LessonError(path, line, column, _(
            "this is not a text file (it holds binary data: a zero byte here). Save the lesson as plain "
            "text (UTF-8).")))
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, column = _place_of_byte(data, exc.start)
        raise SourceProblem(LessonError(path, line, column, _(
            "the file is not UTF-8 text (byte 0x{byte:02X} here). In your editor, save it again with the "
            "encoding UTF-8.", byte=data[exc.start]))) from None
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def _decode_utf16(data: bytes, path: str) -> str:
    try:
        text = data.decode("utf-16")
    except UnicodeDecodeError as exc:
        before = data[2:exc.start - exc.start % 2].decode("utf-16-le" if data[:1] == b"\xff" else "utf-16-be",
                                                         errors="replace")
        line = before.count("\n") + 1
        column = len(before) - (before.rfind("\n") + 1) + 1
        raise SourceProblem(LessonError(path, line, column, _(
            "the file is saved as UTF-16 and is damaged here. In your editor, save it again with the "
            "encoding UTF-8."))) from None
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def _place_of_byte(data: bytes, index: int) -> tuple[int, int]:
    """The line and column of a byte, counting lines as editors do (after \\n, \\r\\n or a lone \\r)."""
    before = data[:index]
    line = before.count(b"\n") + before.count(b"\r") - before.count(b"\r\n") + 1
    line_start = max(before.rfind(b"\n"), before.rfind(b"\r")) + 1
    column = len(before[line_start:].decode("utf-8", errors="replace")) + 1
    return line, column


def read_source(data: bytes, path: str) -> Source:
    """Decode and parse; raise ``SourceProblem`` for anything that stops the file being read.

    The usual file is parsed from its bytes and decoded only when its text is asked for (see
    ``_read_bytes``); any other, or one with a problem, is decoded first, so that every problem is
    reported as the decoded text shows it."""
    if _decoded_as_is(data) and len(data) <= MAX_BYTES:
        source = _read_bytes(data, path)
        if source is not None:
            return source
    return _read_text(decode(data, path), data, path)


def _read_bytes(data: bytes, path: str) -> Source | None:
    """The source of a file that ``decode`` would give as ``data.decode("utf-8")``, parsed from its bytes
    without decoding them: libyaml checks every byte it reads (UTF-8, and no control character such as a
    zero byte), so a file it reads to the end is one ``decode`` reads. None for a file with any problem
    (``_read_text`` says which)."""
    try:
        if _only_comments(_decoded_lines(data)):
            return None
        root = _compose(data, path)
    except (SourceProblem, yaml.YAMLError, UnicodeDecodeError):
        return None
    characters = Characters(data, also="\n ")
    source = Source(path, root, characters, data)
    if _holds_odd_breaks(characters):
        _to_editor_places(root, EditorLines(source.text))
    return source


def _read_text(text: str, data: bytes, path: str) -> Source:
    """The source of a file's decoded text, or the problem that stops it being read."""
    as_is = _decoded_as_is(data)
    characters = Characters(data if as_is else text.encode("utf-8", "surrogatepass"), also="\n ")
    if _only_comments(_lines(text)):
        raise SourceProblem(LessonError(path, 1, 1, _(
            "the file is empty. A lesson starts with 'format: 1' followed by its id, title, "
            "language, article and exercises.")))
    try:
        root = _compose(data if as_is else text, path)
    except SourceProblem as exc:
        raise SourceProblem(_problem_at_editor_place(exc.problem, editor_lines(text, characters))) from None
    except yaml.MarkedYAMLError as exc:
        raise SourceProblem(_syntax_problem(exc, text, path)) from None
    except yaml.reader.ReaderError as exc:  # a control character: no mark, but a position in the text
        data = text.encode("utf-8")
        position = exc.position  # libyaml counts bytes of UTF-8; the pure-Python reader, characters
        if _Loader is yaml.SafeLoader:  # pragma: no cover - only where libyaml is missing
            position = len(text[:exc.position].encode("utf-8"))
        line, column = _place_of_byte(data, position)
        raise SourceProblem(LessonError(path, line, column, _(
            "the file holds an invisible control character (U+{code:04X}) here, which a lesson may not "
            "contain. Delete it; it often comes from copying text out of another program.",
            code=exc.character if isinstance(exc.character, int) else 0))) from None
    except yaml.YAMLError as exc:  # an error without a place; rare
        raise SourceProblem(LessonError(path, 1, 1, _("the file cannot be read as YAML: {detail}",
                                                      detail=str(exc)))) from None
    lines = editor_lines(text, characters)
    if lines is not None:
        _to_editor_places(root, lines)
    return Source(path, root, characters, text)


def _only_comments(lines: Iterator[str]) -> bool:
    """Whether every line is blank or a comment; looks only as far as the first line that is not."""
    return all(not line.strip() or line.lstrip().startswith("#") for line in lines)


def _lines(text: str) -> Iterator[str]:
    """The lines of ``text``, one at a time."""
    start = 0
    while (end := text.find("\n", start)) >= 0:
        yield text[start:end]
        start = end + 1
    yield text[start:]


def _decoded_lines(data: bytes) -> Iterator[str]:
    """The lines of UTF-8 bytes, each decoded when it is reached (no character's UTF-8 holds a line
    end); UnicodeDecodeError at a line that is not UTF-8."""
    start = 0
    while (end := data.find(b"\n", start)) >= 0:
        yield data[start:end].decode("utf-8")
        start = end + 1
    yield data[start:].decode("utf-8")


def _place(mark: object) -> Place:
    return Place(getattr(mark, "line", 0) + 1, getattr(mark, "column", 0) + 1)


def _decoded_as_is(data: bytes) -> bool:
    """Whether ``decode`` gave ``data.decode("utf-8")`` unchanged (no byte-order mark, no UTF-16, no
    carriage return): then the parser can read the bytes, and need not encode the text to UTF-8 again."""
    return _Loader is not yaml.SafeLoader and not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")) \
        and b"\r" not in data


def _compose(text: str | bytes, path: str) -> Node:
    """The node tree of ``text``, or of the same text as UTF-8 bytes (libyaml reads both alike)."""
    parser = _Loader(text)
    try:
        next_event = parser.get_event  # the next event, or None after the stream's end
        root: Node | None = None
        while (event := next_event()) is not None:
            if type(event) is yaml.DocumentStartEvent:
                if root is not None:
                    raise SourceProblem(LessonError(path, *_pair(event.start_mark), _(
                        "a lesson file holds one lesson, but here a second document starts. "
                        "Remove this '---' line, or put the second lesson in its own file.")))
                root = _compose_node(next_event(), next_event, path, 1)
    finally:
        parser.dispose()
    if root is None:  # pragma: no cover - an empty stream is caught earlier
        raise SourceProblem(LessonError(path, 1, 1, _("the file is empty.")))
    return root


# YAML also breaks lines at U+0085, U+2028 and U+2029; editors (and the app's messages) break only at
# line ends, so a place YAML gives is turned into the line and column an editor shows.
_YAML_BREAKS = re.compile("[\n\x85\u2028\u2029]")
_ODD_BREAKS = re.compile("[\x85\u2028\u2029]")


class EditorLines:
    """Converts YAML's (line, column) in ``text`` into an editor's, where only a line end starts a line."""

    def __init__(self, text: str) -> None:
        self._yaml_starts = [0] + [m.end() for m in _YAML_BREAKS.finditer(text)]
        self._starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def place(self, line: int, column: int) -> Place:
        offset = self._yaml_starts[min(max(line, 1), len(self._yaml_starts)) - 1] + column - 1
        n = bisect_right(self._starts, offset) - 1
        return Place(n + 1, offset - self._starts[n] + 1)


def _holds_odd_breaks(characters: Characters) -> bool:
    return characters.holds_any("\x85\u2028\u2029")


def editor_lines(text: str, characters: Characters | None = None) -> EditorLines | None:
    """None when YAML and an editor count the lines of ``text`` alike (nearly always). ``characters``, if
    known, are those of ``text``."""
    if characters is not None:
        odd = _holds_odd_breaks(characters)
    else:
        odd = "\x85" in text or "\u2028" in text or "\u2029" in text  # plain scans: quicker than a pattern
    return EditorLines(text) if odd else None


def _to_editor_places(node: Node, lines: EditorLines) -> None:
    stack = [node]
    while stack:
        current = stack.pop()
        current.place = lines.place(*current.place)
        stack.extend(current.items)
        for key, value in current.pairs:
            stack.extend((key, value))


def _problem_at_editor_place(problem: LessonError, lines: EditorLines | None) -> LessonError:
    if lines is None:
        return problem
    place = lines.place(problem.line, problem.column)
    return problem._replace(line=place.line, column=place.column)


def _pair(mark: object) -> tuple[int, int]:
    place = _place(mark)
    return place.line, place.column


def _refuse_special(event: yaml.Event, path: str) -> None:
    line, column = _pair(event.start_mark)
    if isinstance(event, yaml.AliasEvent):
        raise SourceProblem(LessonError(path, line, column, _(
            "'*{name}' repeats another part of the file (a YAML alias); lessons may not use aliases. "
            "Write the text out in full, or put it in quotes if it starts with '*'.", name=event.anchor)))
    anchor = getattr(event, "anchor", None)
    if anchor is not None:
        raise SourceProblem(LessonError(path, line, column, _(
            "'&{name}' marks a part of the file to repeat (a YAML anchor); lessons may not use anchors. "
            "Remove it, or put the text in quotes if it starts with '&'.", name=anchor)))
    tag = getattr(event, "tag", None)
    if tag is not None:  # even a bare "!" (it would silently drop the "!" from the text)
        raise SourceProblem(LessonError(path, line, column, _(
            "'{tag}' is a YAML tag; lessons may not use tags. Remove it, or put the text in quotes if "
            "it starts with '!'.", tag=_short_tag(tag))))


def _short_tag(tag: str) -> str:
    return "!!" + tag[len("tag:yaml.org,2002:"):] if tag.startswith("tag:yaml.org,2002:") else tag


_SURROGATE = re.compile("[\ud800-\udfff]")  # only "\\ud800" in double quotes makes one (libyaml refuses it)
_NODE_EVENTS = (yaml.ScalarEvent, yaml.SequenceStartEvent, yaml.MappingStartEvent)


def _compose_node(event: Any, next_event: Callable[[], Any], path: str, depth: int) -> Node:
    """A node from its first event (None if the stream ended early) and the events that follow."""
    # The hot path of loading: plain type checks and attribute reads, no work for what is not wrong.
    kind = type(event)
    if kind is yaml.AliasEvent or (kind in _NODE_EVENTS and (event.anchor is not None or event.tag is not None)):
        _refuse_special(event, path)
    mark = getattr(event, "start_mark", None)
    place = Place(mark.line + 1, mark.column + 1) if mark is not None else Place(1, 1)
    if depth > MAX_DEPTH:
        raise SourceProblem(LessonError(path, place.line, place.column, _(
            "the file is nested too deeply here (more than {limit} levels). A lesson needs only a few "
            "levels: check the indentation.", limit=MAX_DEPTH)))
    if kind is yaml.ScalarEvent:
        if event.style == '"' and _SURROGATE.search(event.value):
            raise SourceProblem(LessonError(path, place.line, place.column, _(
                "this quoted text has an escape such as \\ud800 that is only half of a character. Write "
                "the character itself, or both halves of the pair.")))
        return _scalar(event, place)
    if kind is yaml.SequenceStartEvent:
        node = Node("sequence", place)
        items = node.items
        while type(child := next_event()) is not yaml.SequenceEndEvent:
            items.append(_compose_node(child, next_event, path, depth + 1))
        return node
    if kind is yaml.MappingStartEvent:
        node = Node("mapping", place)
        pairs = node.pairs
        while type(key_event := next_event()) is not yaml.MappingEndEvent:
            key = _compose_node(key_event, next_event, path, depth + 1)
            pairs.append((key, _compose_node(next_event(), next_event, path, depth + 1)))
        return node
    raise SourceProblem(LessonError(path, place.line, place.column, _("unexpected YAML here.")))


_plain_kinds: dict[str, str] = {}  # plain scalar -> its YAML type; keys and short values repeat a lot


def _plain_kind(value: str) -> str:
    kind = _plain_kinds.get(value)
    if kind is None:
        kind = _TAG_NAMES.get(_resolver.resolve(yaml.ScalarNode, value, (True, False)), "text")
        if len(value) <= 64 and len(_plain_kinds) < 4096:
            _plain_kinds[value] = kind
    return kind


def _scalar(event: yaml.ScalarEvent, place: Place) -> Node:
    style = event.style or None
    kind = _plain_kind(event.value) if style is None and event.implicit[0] else "text"
    return Node("scalar", place, text=event.value, style=style, type=kind)


# --- YAML syntax errors, in a teacher's words -------------------------------------------------------

def _syntax_problem(exc: yaml.MarkedYAMLError, text: str, path: str) -> LessonError:
    mark = exc.problem_mark or exc.context_mark
    context = exc.context or ""
    if "quoted scalar" in context and exc.context_mark is not None:
        mark = exc.context_mark  # point at the quotation mark that was never closed
    lines = text.split("\n")

    def line_of(line: int) -> str:
        return lines[line - 1] if 0 < line <= len(lines) else ""

    if "flow" in context and exc.context_mark is not None:
        # "[Draft] ..." or "{x} ..." runs on to a later line: blame the line where the value started.
        opened = _pair(exc.context_mark)
        odd = editor_lines(text)
        if odd is not None:
            opened = tuple(odd.place(*opened))  # type: ignore[assignment]
        if _value_of(line_of(opened[0]))[1][:1] in ("[", "{"):
            mark = exc.context_mark
    line, column = _pair(mark) if mark is not None else (1, 1)
    lines_of_editor = editor_lines(text)
    if lines_of_editor is not None:
        line, column = lines_of_editor.place(line, column)
        separator = _separator_near(lines, [line] + ([lines_of_editor.place(*_pair(exc.context_mark)).line]
                                                     if exc.context_mark is not None else []))
        if separator is not None:
            at_line, at_column, char = separator
            return LessonError(path, at_line, at_column, _(
                "this line holds an invisible line separator (U+{code:04X}), which YAML reads as the start "
                "of a new line. Delete it, or put the whole value in quotes.", code=ord(char)))
    line_text = line_of(line)
    problem = f"{exc.problem or ''} {context}"
    if "maximum nesting depth" in problem:
        return LessonError(path, line, column, _(
            "the file is nested too deeply here (more than {limit} levels). A lesson needs only a few "
            "levels: check the indentation.", limit=MAX_DEPTH))
    value_column, value = _value_of(line_text)
    if _starts_special(value) and "\t" not in line_text[: max(column, 1)]:
        column = value_column  # the message is about the value, so point at its first character
    return LessonError(path, line, column, _explain(problem, line_text, column))


def _separator_near(lines: list[str], numbers: list[int]) -> tuple[int, int, str] | None:
    """The first U+0085, U+2028 or U+2029 on the given lines (or the line before each), if any."""
    for number in sorted({n for line in numbers for n in (line - 1, line) if 0 < n <= len(lines)}):
        found = _ODD_BREAKS.search(lines[number - 1])
        if found is not None:
            return number, found.start() + 1, found.group()
    return None


def _value_of(line_text: str) -> tuple[int, str]:
    """The 1-based column where a line's value starts, and the value."""
    if ": " in line_text:
        start = line_text.index(": ") + 2
    else:
        start = len(line_text) - len(line_text.lstrip(" -"))
    while start < len(line_text) and line_text[start] == " ":
        start += 1
    return start + 1, line_text[start:]


def _starts_special(value: str) -> bool:
    return value[:1] in ("*", "&", "!", "[", "{", "%", "@", "`")


def _example(value: str, limit: int = 60) -> str:
    """The value as it would look in quotes, shortened so a message stays readable."""
    value = value.replace('"', "'")
    return value if len(value) <= limit else value[: limit - 1] + "…"


def _explain(problem: str, line_text: str, column: int) -> str:
    value = _value_of(line_text)[1]
    if "\t" in line_text[: max(column, 1)] or "'\\t'" in problem or "tab" in problem:
        return _("this line has a tab character. YAML needs spaces for indenting: replace the tab "
                 "with spaces (most editors can show tabs and convert them).")
    if _starts_special(value):
        return _("this value starts with '{char}', which has a special meaning in YAML. Put the whole "
                 "value in quotes, like: \"{example}\"", char=value[:1], example=_example(value))
    if "mapping values are not allowed" in problem:
        return _("this line has ': ' inside a value, which YAML reads as a new field. Put the whole value "
                 "in quotes, like: \"{example}\"", example=_example(value))
    if "found unexpected end of stream" in problem or "while scanning a quoted scalar" in problem:
        return _("a quotation mark opened here is never closed. Close it at the end of the value, or "
                 "write the value without quotes.")
    if "could not find expected ':'" in problem:
        return _("YAML expected 'name: value' here. Is a ':' missing after the field name, or does a "
                 "quoted value have text after its closing quote?")
    if "did not find expected key" in problem or "expected <block end>" in problem:
        return _("the indentation here does not line up with the fields around it, or text follows a "
                 "quoted value. Fields of the same level must start in the same column.")
    if "did not find expected '-'" in problem:
        return _("this line should be a list item starting with '- ' at the same indentation as the "
                 "items above it.")
    if "found character that cannot start any token" in problem:
        return _("this value starts with a character YAML cannot read here. Put the whole value in quotes.")
    return _("this line cannot be read as YAML ({detail}). Check the indentation and put values with "
             "special characters in quotes.", detail=" ".join(problem.split()))

