"""Reading an article pasted from a web page: headline, masthead and paragraphs, without the page's debris.

Share buttons, arrows and the site's name in capitals are dropped; hard-wrapped lines are joined back;
what stands before the first real paragraph is read as the masthead (publication, section, date, byline).
"""

from __future__ import annotations

import os
import re
import sys
import unicodedata
from dataclasses import dataclass, field

from literacy_app.authoring.patterns import BYLINE, MONTH_NAMES, MONTHS, byline_name
from literacy_app.core.files import FileTooBig, NotARegularFile, read_regular_file
from literacy_app.core.matching import fold
from literacy_app.i18n import _

MAX_ARTICLE_BYTES = 500_000


class ScaffoldProblem(Exception):
    """Something the teacher can fix (a missing file, an empty article); the message says what."""


@dataclass(frozen=True)
class PastedArticle:
    """An article as found in pasted text: masthead fields and paragraphs ``(text, is_subheading)``."""

    headline: str
    paragraphs: tuple[tuple[str, bool], ...]
    byline: str | None = None
    publication: str | None = None
    date: str | None = None
    section: str | None = None
    source: str | None = None
    dropped: tuple[str, ...] = ()  # lines left out as web-page debris

    @property
    def body(self) -> str:
        """The body as the lesson format writes it: blank lines between paragraphs, ``## `` subheadings."""
        return "\n\n".join(("## " + text) if heading else text for text, heading in self.paragraphs) + "\n"


# --- the file --------------------------------------------------------------------------------------

def read_article_file(path: str | os.PathLike[str]) -> str:
    """The text of an article file (UTF-8 with or without BOM, any line ends); ``-`` is standard input."""
    name = str(path)
    data = _read_bytes(path)
    if len(data) > MAX_ARTICLE_BYTES:
        raise _too_long(name)
    if b"\x00" in data:
        raise _not_text(name)
    return decoded(data)


def _too_long(name: str) -> ScaffoldProblem:
    return ScaffoldProblem(_("{path} is over 500 kB; that is too long for one lesson. Paste only the "
                             "article's text.", path=name))


def _not_text(name: str) -> ScaffoldProblem:
    return ScaffoldProblem(_("{path} is not a text file. Copy the article's text into a plain-text file "
                             "(UTF-8).", path=name))


def decoded(data: bytes) -> str:
    """A teacher's text file as text: UTF-8 with or without BOM, else a Windows editor's "ANSI"."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _read_bytes(path: str | os.PathLike[str]) -> bytes:
    """Standard input, or a file read as the app reads every file a user names (``read_regular_file``: never
    a pipe or a device, never more than the limit)."""
    name = str(path)
    try:
        if name == "-":
            return sys.stdin.buffer.read(MAX_ARTICLE_BYTES + 1)
        return read_regular_file(path, MAX_ARTICLE_BYTES)
    except FileNotFoundError:
        raise ScaffoldProblem(_("{path}: no such file. Save the article as a plain-text file first.",
                                path=name)) from None
    except (IsADirectoryError, NotARegularFile):
        if not os.path.isdir(path):
            raise _not_text(name) from None
        raise ScaffoldProblem(_("{path} is a folder; give the article's text file.", path=name)) from None
    except FileTooBig:
        raise _too_long(name) from None
    except OSError as exc:
        raise ScaffoldProblem(_("{path}: cannot read the file: {reason}.", path=name,
                                reason=exc.strerror or str(exc))) from None


# --- lines and debris --------------------------------------------------------------------------------

_LINE_BREAKS = str.maketrans({"\r": "\n", "\x85": "\n", "\u2028": "\n", "\u2029": "\n\n", "\t": " ",
                              "\ufeff": None, "\u200b": None, "\u00ad": None})
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]")
_DEBRIS_PREFIX = re.compile(r"^(?:(?:[*#=~_>»›►▶→•·|<]|[-–—]{2,}>?|-+>)+\s*)+")
_DEBRIS_SUFFIX = re.compile(r"(?:\s*(?:[*#=~_<«‹◄◀←•·|]|<-+|[-–—]{2,})+)+$")
_PIPE = re.compile(r"\s+[|│]\s+")
_URL = re.compile(r"^(?:https?://|www\.)\S+$")
_STRONG_UI = frozenset(
    "share tweet facebook twitter whatsapp email e-mail print linkedin pinterest reddit telegram messenger "
    "subscribe newsletter advertisement advert ads comments login instagram youtube tiktok".split())
_UI = _STRONG_UI | frozenset(
    "x mail copy link links save saved comment follow us on sign in up log menu search skip to content this "
    "article story listen min mins minute minutes read more related articles stories audio video watch "
    "click here download app via and or the page".split())
_UI_STARTS = re.compile(r"^(?:read (?:more|also|next)|also read|related(?: articles| stories)?:|see also|"
                        r"click here|sign up|follow us|subscribe|share this|copyright|©|\(c\)|all rights "
                        r"reserved|(?:photo|image|picture|credit|file photo)s?:|tags?:|topics?:|"
                        r"advertisement\s*$)", re.IGNORECASE)  # a disclosure ("Sponsored content") is never debris
# The labels that say a piece is paid for, in the three languages of the rule files.
_DISCLOSURE = re.compile(r"^(?:sponsored(?: content| post| feature)?\b|paid(?: content| post| partnership| for by)\b|"
                         r"advertisement feature|advertorial|promoted content|in partnership with|"
                         r"contenido patrocinado|publirreportaje|patrocinado por|محتوى (?:مدفوع|برعاية|إعلاني)|"
                         r"إعلان مدفوع)", re.IGNORECASE)
_SECTIONS = frozenset(
    "opinion op-ed oped comment commentary analysis editorial news world politics business sport sports "
    "health science technology tech letters letter culture local national international column columns "
    "sponsored features feature review reviews lifestyle viewpoint viewpoints perspective".split())
_DATE_WORDS = re.compile(r"\b(?:published|updated|posted|last|modified|on|at|gmt|utc|bst|est|edt|cet|cest|"
                         r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|"
                         r"sun|\d{1,2}:\d{2}(?::\d{2})?|am|pm|a\.m\.|p\.m\.)\b|[,:|·•-]", re.IGNORECASE)
_DATE_FORMS = (
    (re.compile(rf"^({MONTH_NAMES})\s+(\d{{1,2}})(?:st|nd|rd|th)?\s+(\d{{4}})$", re.I), ("m", "d", "y")),
    (re.compile(rf"^(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({MONTH_NAMES})\s+(\d{{4}})$", re.I),
     ("d", "m", "y")),
    (re.compile(r"^(\d{4})-(\d{2})-(\d{2})$"), ("y", "n", "d")),
)
_SENTENCE_END = ".!?…:;,\"”’'»)]"
_SMALL_WORDS = frozenset("of the and for in on a an at to".split())


def _normalised(text: str) -> str:
    return _CONTROL.sub("", unicodedata.normalize("NFC", text.translate(_LINE_BREAKS)))


def _clean_line(line: str) -> str:
    line = _DEBRIS_PREFIX.sub("", line.strip())
    line = _DEBRIS_SUFFIX.sub("", line)
    return re.sub(r" {2,}", " ", line).strip()


def _is_ui_debris(line: str) -> bool:
    if not any(c.isalnum() for c in line):
        return True
    if _UI_STARTS.match(line) and len(line.split()) <= 12:
        return True
    words = [w.strip(".,:;!?()[]|/•·\"'").lower() for w in line.split()]
    words = [w for w in words if w]
    return (len(words) <= 8 and any(w in _STRONG_UI for w in words)
            and all(w in _UI or w.isdigit() for w in words))


def _is_all_caps(line: str) -> bool:
    letters = [c for c in line if c.isalpha() and c.lower() != c.upper()]  # Arabic has no capitals
    return len(letters) >= 2 and all(not c.islower() for c in letters) and len(line.split()) <= 8


def _title_case(name: str) -> str:
    """"THE DAILY TRIBUNE" -> "The Daily Tribune"; short words in capitals ("BBC") stay as they are."""
    words = []
    for n, word in enumerate(name.split()):
        lower = word.lower()
        if n and lower in _SMALL_WORDS:
            words.append(lower)
        elif len(word) <= 3 and lower not in _SMALL_WORDS:
            words.append(word)
        else:
            words.append(word[:1] + word[1:].lower())
    return " ".join(words)


def _site_name(name: str) -> str:
    return _title_case(name) if _is_all_caps(name) else name


def _date_value(line: str) -> str | None:
    """The date a masthead line gives ("Published: September 19, 2023") as YYYY-MM-DD, or None."""
    rest = re.sub(r"\s+", " ", _DATE_WORDS.sub(" ", line)).strip()
    for pattern, order in _DATE_FORMS:
        match = pattern.match(rest)
        if match:
            parts = dict(zip(order, match.groups()))
            month = int(parts["n"]) if "n" in parts else MONTHS.index(parts["m"].lower()) + 1
            day, year = int(parts["d"]), int(parts["y"])
            if 1 <= month <= 12 and 1 <= day <= 31:
                return f"{year:04d}-{month:02d}-{day:02d}"
    return None


def _joins_previous(previous: str, line: str) -> bool:
    return (len(previous) >= 40 and previous[-1] not in _SENTENCE_END
            and not BYLINE.match(line) and not _PIPE.search(previous))


def _logical_lines(text: str) -> list[str]:
    """Lines of the pasted text, with hard-wrapped paragraphs joined back into one line."""
    lines: list[str] = []
    joinable = False
    for raw in text.split("\n"):
        line = raw.strip()
        if not line:
            joinable = False
            continue
        if joinable and lines and _joins_previous(lines[-1], line):
            lines[-1] += " " + line
        else:
            lines.append(line)
        joinable = True
    return lines


def _is_body_paragraph(line: str) -> bool:
    words = len(line.split())
    return words >= 15 or (words >= 8 and line[-1] in ".!?\"”’)")


def _looks_like_subheading(line: str) -> bool:
    return (len(line.split()) <= 10 and len(line) <= 80 and line[:1].isupper()
            and line[-1] not in _SENTENCE_END and not BYLINE.match(line))


# --- the masthead ---------------------------------------------------------------------------------

@dataclass
class _Masthead:
    """What the lines before the body said about the article, gathered as they are read."""

    publication: str | None = None
    page_title: str | None = None
    source: str | None = None
    headline: str | None = None
    byline: str | None = None
    date: str | None = None
    section: str | None = None
    dropped: list[str] = field(default_factory=list)

    def title_bar(self, line: str, kept: list[str]) -> bool:
        """A browser title "Headline | SITE | HOME" before anything else: the page title and the site."""
        if self.page_title is not None or kept or not _PIPE.search(line):
            return False
        parts = [p.strip() for p in _PIPE.split(line) if p.strip()]
        titles = [p for p in parts if not _is_all_caps(p) and len(p.split()) > 3]
        sites = [p for p in parts if p not in titles]
        if not (titles and sites):
            return False
        self.page_title = max(titles, key=len)
        self.publication = self.publication or _site_name(sites[0])
        return True

    def read(self, line: str) -> bool:
        """Take a masthead line into a field; False when it is the article's own text."""
        if _is_all_caps(line) and self.headline is None and not BYLINE.match(line):
            if line.lower() in _SECTIONS:
                self.section = self.section or _title_case(line)
            else:
                self.publication = self.publication or _title_case(line)
            return True
        if line.lower().strip(":") in _SECTIONS:
            self.section = self.section or line.strip(":")
            return True
        if self.date is None and (value := _date_value(line)) is not None:
            self.date = value
            return True
        return False


def _kept_lines(lines: list[str], masthead: _Masthead) -> list[str]:
    """The lines that are text, not web-page debris (links, share buttons, the title bar)."""
    kept: list[str] = []
    for raw in lines:
        line = _clean_line(raw)
        if _URL.match(line):
            masthead.source = masthead.source or line
        elif masthead.title_bar(line, kept) or not line or _is_ui_debris(line):
            pass
        else:
            kept.append(line)
            continue
        masthead.dropped.append(raw)
    return kept


def _body_lines(kept: list[str], masthead: _Masthead) -> list[str]:
    """The article's lines after the masthead fields are taken out of the lines before the first paragraph."""
    first_body = next((n for n, line in enumerate(kept) if _is_body_paragraph(line)), len(kept))
    body: list[str] = []
    for n, line in enumerate(kept):
        byline = BYLINE.match(line)
        if not (n < first_body or (n <= first_body + 1 and byline is not None)):
            body.append(line)
        elif masthead.read(line):
            masthead.dropped.append(line)
        elif byline and masthead.byline is None:
            masthead.byline = byline_name(byline.group(1))
            body.append(line)  # kept in the text too, so students can select it
        elif _DISCLOSURE.match(line):
            body.append(line)  # a label such as "Sponsored content" above the headline: what students must find
        elif masthead.headline is None:
            masthead.headline = line
        else:
            body.append(line)
    return body


def _headline(body: list[str], masthead: _Masthead) -> str:
    headline = masthead.headline or masthead.page_title or (body.pop(0) if body else None)
    if headline is None:
        raise ScaffoldProblem(_("the article is empty: no headline and no text were found in it."))
    return headline


def _without_repeats(body: list[str], headline: str, publication: str | None) -> list[str]:
    """The body without lines that repeat the headline or the publication's name."""
    repeats = {fold(headline).casefold()} | ({fold(publication).casefold()} if publication else set())
    return [line for line in body if fold(line).casefold() not in repeats]


def _paragraphs(body: list[str]) -> tuple[tuple[str, bool], ...]:
    """Each line as a paragraph; a short line between two paragraphs, or one with ``## ``, is a subheading."""
    paragraphs = []
    for n, line in enumerate(body):
        heading = (0 < n < len(body) - 1 and _looks_like_subheading(line)
                   and not _looks_like_subheading(body[n + 1]) and not _looks_like_subheading(body[n - 1]))
        marked = line.startswith("## ")
        paragraphs.append((line[3:].strip() if marked else line, heading or marked))
    return tuple(paragraphs)


def parse_pasted(text: str) -> PastedArticle:
    """Find headline, masthead and paragraphs in text pasted from a web page."""
    masthead = _Masthead()
    kept = _kept_lines(_logical_lines(_normalised(text)), masthead)
    body = _body_lines(kept, masthead)
    headline = _headline(body, masthead)
    body = _without_repeats(body, headline, masthead.publication)
    if all(BYLINE.match(line) for line in body):
        raise ScaffoldProblem(_("the article has a headline (\"{headline}\") but no text after it. Paste the "
                                "whole article, with a blank line between paragraphs.", headline=headline))
    return PastedArticle(headline=headline, paragraphs=_paragraphs(body), byline=masthead.byline,
                         publication=masthead.publication, date=masthead.date, section=masthead.section,
                         source=masthead.source, dropped=tuple(masthead.dropped))
