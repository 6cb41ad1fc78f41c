"""The draft lesson as YAML text, written so that the loader reads back exactly what was meant.

Every text value is a double-quoted scalar whose escapes cover all that YAML would otherwise read
differently (line breaks, control characters); comments and the body hold only printable characters on
one line each. ``safe_paragraphs`` makes the body's paragraphs into what the loader will rebuild, so the
suggestions are found in the very text the lesson will have.
"""

from __future__ import annotations

import re

from literacy_app.authoring.draft import Draft, ExerciseDraft, Item
from literacy_app.i18n import _

# What PyYAML reads as printable, less the characters it takes for line breaks (\x85, \u2028, \u2029).
_UNSAFE = re.compile("[^\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_SPACES = re.compile(r"\s+")
_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"}


def safe_line(text: str) -> str:
    """``text`` as one line of printable characters: breaks and tabs become spaces, controls go."""
    return _SPACES.sub(" ", _UNSAFE.sub(lambda m: " " if m.group().isspace() else "", text)).strip()


def safe_paragraphs(paragraphs: tuple[tuple[str, bool], ...]) -> tuple[tuple[str, bool], ...]:
    """Paragraphs as the body can hold them: one clean line each; a paragraph never starts like a
    subheading (``## ``) unless it is one."""
    cleaned = []
    for text, heading in paragraphs:
        line = safe_line(text)
        if line.startswith("## "):
            line = line.lstrip("# ") if not heading else line[3:].strip()
        if line:
            cleaned.append((line, heading))
    return tuple(cleaned)


def body_of(paragraphs: tuple[tuple[str, bool], ...]) -> str:
    """The body value: blank lines between paragraphs, ``## `` before subheadings."""
    return "\n\n".join(("## " + text) if heading else text for text, heading in paragraphs) + "\n"


def quoted(value: str) -> str:
    """A YAML double-quoted scalar that reads back as ``value``, whatever characters it holds."""
    def escape(match: re.Match[str]) -> str:
        char = match.group()
        if char in _ESCAPES:
            return _ESCAPES[char]
        code = ord(char)
        return f"\\x{code:02x}" if code < 0x100 else (f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}")
    return '"' + re.sub(r'["\\]|' + _UNSAFE.pattern, escape, value) + '"'


def comment(text: str) -> str:
    return safe_line(text)


def _scalar(value: str | int | float) -> str:
    return str(value) if isinstance(value, (int, float)) else quoted(value)


def _item_lines(item: Item) -> list[str]:
    lines = [f"      # {comment(_('suggested: {reason}', reason=item.reason))}"]
    for n, (name, value) in enumerate(item.fields):
        lines.append(f"      {'- ' if n == 0 else '  '}{name}: {_scalar(value)}")
    return lines


def _exercise_lines(exercise: ExerciseDraft) -> list[str]:
    lines = [f"  - id: {exercise.id}", f"    type: {exercise.type}", f"    prompt: {quoted(exercise.prompt)}"]
    for name, value, note in exercise.extra:
        lines.append(f"    {name}: {_scalar(value)}" + (f"  # {comment(note)}" if note else ""))
    for label, group in (("answers", exercise.answers), ("distractors", exercise.distractors)):
        if group:
            lines.append(f"    {label}:")
            for item in group:
                lines += _item_lines(item)
    return lines


def _choice_lines(opinion: bool, disclaimed: bool, advertised: bool = False, released: bool = False) -> list[str]:
    released = released and not advertised
    options = [(_("A news report"), not (opinion or released)),
               (_("An opinion piece"), opinion and not (advertised or released)),
               (_("A press release"), released), (_("An advertisement"), advertised)]
    if advertised:
        why = _("suggested: the text says it was paid for (sponsored content or an advertisement); check, and "
                "move 'correct: true' if needed")
    elif released:
        why = _("suggested: the text signs off as a press release (\"ENDS\", \"About …\", \"Media contact\"); "
                "check, and move 'correct: true' if needed")
    elif disclaimed:
        why = _("suggested: the text has an opinion disclaimer")
    elif opinion:
        why = _("suggested: the writer speaks in their own voice (\"I\", \"we\", \"you\", exclamations or "
                "questions); check, and move 'correct: true' if needed")
    else:
        why = _("suggested: no opinion disclaimer was found; check, and move 'correct: true' if needed")
    lines = ["  - id: what-kind-of-piece", "    type: choice",
             f"    prompt: {quoted(_('What kind of piece is this?'))}", "    options:"]
    for text, correct in options:
        lines.append(f"      - text: {quoted(text)}")
        if correct:
            lines.append(f"        correct: true  # {comment(why)}")
    return lines


def _header_lines(draft: Draft, schema: str | None, origin: str | None) -> list[str]:
    lines = [f"# yaml-language-server: $schema={comment(schema)}"] if schema else []
    return lines + [
        "# " + comment(_("Made by 'literacy-app new' from {origin}.", origin=origin or _("an article"))),
        "# " + comment(_("Answers marked '# suggested:' were found automatically: keep the right ones, "
                         "delete the wrong ones, add what was missed.")),
        "# " + comment(_("Then check the file with: literacy-app validate FILE")),
        "format: 1.1",
        f"id: {draft.id}",
        f"title: {quoted(draft.headline)}  # "
        + comment(_("the title students see in the library; say what they will learn")),
        f"language: {draft.language}",
        "# level: \"Ages 13+\"",
        "# minutes: 20",
        "# summary: " + comment(_("one sentence shown in the library")),
        "# teacher_notes: |",
        "#   " + comment(_("Context, discussion questions, answers to expect.")),
    ]


def _article_lines(draft: Draft) -> list[str]:
    lines = ["article:", f"  headline: {quoted(draft.headline)}"]
    known = dict(draft.masthead)
    for name in ("publication", "byline", "date", "section", "source"):
        if name in known:
            lines.append(f"  {name}: {quoted(known[name])}")
        elif name == "source":
            lines.append("  # source: " + comment(_("where the text comes from: the web address or a citation")))
    lines.append("  body: |")
    lines += [f"    {line}" if line else "" for line in body_of(draft.paragraphs).rstrip("\n").split("\n")]
    return lines


def lesson_yaml(draft: Draft, *, schema: str | None = None, origin: str | None = None) -> str:
    """The lesson file's text. ``draft.paragraphs`` must come from ``safe_paragraphs``."""
    lines = _header_lines(draft, schema, origin) + _article_lines(draft) + ["exercises:"]
    for exercise in draft.exercises:
        lines += _exercise_lines(exercise)
    lines += _choice_lines(draft.opinion, draft.disclaimed, draft.advertised, draft.released)
    return "\n".join(lines) + "\n"
