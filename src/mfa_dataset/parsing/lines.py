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
    return TextRange(r.start, end)


@dataclass(frozen=True, slots=True)
class Line:
    """One line of the raw text: ``range`` is the line trimmed, empty when the line is blank."""

    index: int
    range: TextRange

    @property
    def blank(self) -> bool:
        return self.range.start == self.range.end


def split_lines(text: str) -> list[Line]:
    """Every line of ``text`` (``\\n``, ``\\r\\n``, ``\\r`` and Unicode line breaks)."""
    lines: list[Line] = []
    pos = 0
    for piece in text.splitlines(keepends=True):
        lines.append(Line(len(lines), trim(text, pos, pos + len(piece))))
        pos += len(piece)
    return lines
