"""Which characters a long text holds, found in one pass in C.

Asking an article "do you hold a tab? a no-break space? a line separator?" one search at a time reads
all of it each time. Its UTF-8 is read once instead: the ASCII characters are then found by byte searches
(memchr, many bytes a step), the others in the string of its non-ASCII characters alone (UTF-8 without
its ASCII bytes is still UTF-8), usually a small part of it.

A lesson file's bytes are already UTF-8, so the loader reads them once for the whole file; what they hold
is then known for every value in the file (see ``Characters.holds``)."""

from __future__ import annotations

_ASCII = bytes(range(128))
# Every character ``str.isspace`` (and ``\s``) calls white space, except the plain space.
OTHER_SPACES = ("\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
                "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000")


class Characters:
    """The characters of a text, given as UTF-8, and of ``also``."""

    def __init__(self, utf8: bytes, also: str = "") -> None:
        self._utf8 = utf8
        self._also = also
        self.others = "" if utf8.isascii() else utf8.translate(None, _ASCII).decode("utf-8", "surrogatepass")
        """The non-ASCII characters, in order, each as often as the text holds it."""

    @classmethod
    def of(cls, text: str) -> Characters:
        """Exactly the characters of ``text``."""
        return cls(text.encode("utf-8", "surrogatepass"))

    def holds(self, char: str) -> bool:
        """Whether the text (or ``also``) holds ``char``, one character.

        For a part of the text (a value in a lesson file, when the whole file was read) the answer is
        "maybe": False is sure, True may be a character of another part. Every use of it here is only a
        shortcut taken when a character is surely absent."""
        if char >= "\x80":
            return char in self.others or char in self._also
        return char.encode() in self._utf8 or char in self._also

    def holds_any(self, chars: str) -> bool:
        return any(map(self.holds, chars))

    def holds_utf8(self, piece: bytes) -> bool:
        """Whether the text's UTF-8 holds ``piece`` (maybe, as for ``holds``): a quick first test for a
        whole range of characters by the bytes they start with."""
        return piece in self._utf8
