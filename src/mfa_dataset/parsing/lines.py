"""Lines of a raw text with their offsets, and trimming that keeps offsets exact."""

from __future__ import annotations

from dataclasses import dataclass

from mfa_dataset.parsing.result import TextRange

#: Characters that are invisible but are not ``str.isspace()``: zero-width spaces, BOM ...
_INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff")


def is_blank(char: str) -> bool:
    """White space (NBSP included) or an invisible character."""
    return char.isspace() or char in _INVISIBLE


def trim(text: str, start: int, end: int) -> TextRange:
    """``[start, end)`` without surrounding blanks; an empty range at ``start`` if all blank."""
    if start < end:
        first, last = text[start], text[end - 1]
        if not (first.isspace() or first in _INVISIBLE or last.isspace() or last in _INVISIBLE):
            return TextRange(start, end)  # the common case: nothing to trim
    while start < end and is_blank(text[start]):
        start += 1
    while end > start and is_blank(text[end - 1]):
        end -= 1
    return TextRange(start, end)


def rstrip_chars(text: str, r: TextRange, chars: str) -> TextRange:
    """``r`` without trailing blanks and trailing characters from ``chars``."""
    end = r.end
    while end > r.start and (is_blank(text[end - 1]) or text[end - 1] in chars):
        end -= 1
    return r if end == r.end else TextRange(r.start, end)


@dataclass(slots=True)  # not frozen: a frozen dataclass is slower to make, and the parser
class Line:  # makes one per line
    """One line of the raw text: ``range`` is the line trimmed, empty (and ``blank``) when the
    line holds only blanks."""

    index: int
    range: TextRange
    blank: bool


#: The line breaks of ``str.splitlines`` other than ``\n``.
_OTHER_BREAKS = "\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
assert "".join(f"a{c}" for c in _OTHER_BREAKS + "\n").splitlines() == ["a"] * 10


def filled_lines(text: str) -> tuple[list[Line], int]:
    """The lines of ``text`` that are not blank, as :func:`split_lines` gives them, and the
    number of all lines. The parser reads these: blank lines only separate.

    ``str.strip()`` removes exactly the ``str.isspace()`` characters, so a line whose stripped
    ends are not invisible characters is trimmed by it; other lines go through :func:`trim`.
    A text whose only line break is ``\n`` (files read in text mode) is split on it, and a
    line whose ends are not blank needs no trimming.
    """
    for c in _OTHER_BREAKS:
        if c in text:
            return _filled_lines(text.splitlines(keepends=True), text)
    lines: list[Line] = []
    pieces = text.split("\n")
    pos = 0
    for index, piece in enumerate(pieces):
        size = len(piece)
        if size:
            first, last = piece[0], piece[-1]
            if first.isspace() or last.isspace() or first in _INVISIBLE or last in _INVISIBLE:
                r = trim(text, pos, pos + size)
                if r.start < r.end:
                    lines.append(Line(index, r, False))
            else:
                lines.append(Line(index, TextRange(pos, pos + size), False))
        pos += size + 1
    # ``split`` gives one piece more than ``splitlines``: an empty one after the last break
    return lines, len(pieces) - 1 if not text or text[-1] == "\n" else len(pieces)


def _filled_lines(pieces: list[str], text: str) -> tuple[list[Line], int]:
    """:func:`filled_lines` of ``text``, cut into ``pieces`` by ``str.splitlines``."""
    lines: list[Line] = []
    pos = 0
    index = -1
    for index, piece in enumerate(pieces):
        end = pos + len(piece)
        core = piece.strip()
        if not core:
            pass
        elif core[0] in _INVISIBLE or core[-1] in _INVISIBLE:
            r = trim(text, pos, end)
            if r.start < r.end:
                lines.append(Line(index, r, False))
        else:
            start = pos if piece.startswith(core) else end - len(piece.lstrip())
            lines.append(Line(index, TextRange(start, start + len(core)), False))
        pos = end
    return lines, index + 1


def split_lines(text: str) -> list[Line]:
    """Every line of ``text`` (``\\n``, ``\\r\\n``, ``\\r`` and Unicode line breaks)."""
    lines: list[Line] = []
    pos = 0
    for piece in text.splitlines(keepends=True):
        r = trim(text, pos, pos + len(piece))
        lines.append(Line(len(lines), r, r.start == r.end))
        pos += len(piece)
    return lines
