"""Is a raw text fit to be parsed? Its bytes, its characters, and whether it ends.

:func:`decode` turns a file's bytes into text or refuses them: too large, a byte-order mark,
binary data, not UTF-8 (each stops the reading), then mixed line endings, control characters
and mojibake (gathered, all reported together). :func:`truncation` looks at the parsed text's
last paragraph for a text that was cut off part-way. Lines and columns are 1-based; columns
count characters, except in undecodable data where they count bytes.
"""

from __future__ import annotations

import re
from typing import Final

import ftfy

from mfa_dataset.errors import Code, MfaError, Problem, line_col
from mfa_dataset.parsing.result import ParsedText

MAX_TEXT_BYTES: Final = 1024 * 1024
_BOM: Final = b"\xef\xbb\xbf"
# C0/C1 controls other than tab, line feed, form feed and carriage return.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_LINE_END = re.compile(r"\r\n|\r|\n")
_END_NAMES: Final = {"\r\n": "CRLF", "\n": "LF", "\r": "CR"}
# The last character of a text that stops mid-sentence: a lower-case letter, or punctuation
# that announces more (comma, colon, semicolon, dash, an opening bracket or quotation mark).
_OPEN_PUNCT: Final = frozenset(",;:-\u2013\u2014([{\u201c\u2018\u00ab")
_ADDRESS = re.compile(r"(?:://|www\.|@)\S*\Z")


def decode(data: bytes, shown: str, size: int | None = None) -> str:
    """``data`` as text, or :class:`MfaError` with every problem found in it.

    ``size`` is the file's size when ``data`` holds only its first bytes (enough to see that
    it is over the limit)."""
    if len(data) > MAX_TEXT_BYTES:
        raise MfaError.one(
            Code.TEXT_TOO_LARGE,
            f"text is {size or len(data):,} bytes; the limit is {MAX_TEXT_BYTES:,}",
            path=shown,
            hint="a statement is a few KB: check that the file holds one statement's text",
        )
    if data.startswith(_BOM):
        raise MfaError.one(
            Code.TEXT_NOT_UTF8,
            "text starts with a byte-order mark",
            path=shown,
            line=1,
            col=1,
            hint="save the file as UTF-8 without BOM",
        )
    nul = data.find(b"\x00")
    if nul >= 0:
        line, col = byte_position(data, nul)
        raise MfaError.one(
            Code.TEXT_BINARY,
            "text holds a NUL byte: this is binary data, not a text",
            path=shown,
            line=line,
            col=col,
            hint="save the statement as plain text (copy it from the web page, not a PDF or DOC)",
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        hint = "re-save the text as UTF-8 (it may be Latin-1 or Windows-1252)"
        raise not_utf8(data, exc, Code.TEXT_NOT_UTF8, shown, hint) from exc
    problems = [*_line_endings(text, shown), *_controls(text, shown), *_mojibake(text, shown)]
    if problems:
        raise MfaError(problems)
    return text


def truncation(raw: str, parsed: ParsedText, shown: str) -> list[Problem]:
    """A problem when the last body paragraph stops mid-sentence (the text was cut off)."""
    if not parsed.paragraphs:
        return []
    last = parsed.paragraphs[-1]
    body = raw[last.start : last.end].rstrip()
    final_line = body.rsplit("\n", 1)[-1]
    end = final_line[-1:]
    if not (end.islower() or end in _OPEN_PUNCT) or _ADDRESS.search(final_line):
        return []
    line, col = line_col(raw, last.start + len(body) - 1)
    return [
        Problem(
            Code.TEXT_TRUNCATED,
            f"the text stops mid-sentence: …{final_line[-40:]!r}",
            shown,
            line,
            col,
            hint="copy the whole statement from its source page; the end is missing",
        )
    ]


def not_utf8(data: bytes, exc: UnicodeDecodeError, code: Code, shown: str, hint: str) -> MfaError:
    """The error for ``data`` that failed to decode, at the line and byte column of the fault."""
    line, col = byte_position(data, exc.start)
    message = f"byte 0x{data[exc.start]:02x} is not UTF-8"
    return MfaError.one(code, message, path=shown, line=line, col=col, hint=hint)


def byte_position(data: bytes, offset: int) -> tuple[int, int]:
    line = data.count(b"\n", 0, offset) + 1
    return line, offset - (data.rfind(b"\n", 0, offset) + 1) + 1


def _line_endings(text: str, shown: str) -> list[Problem]:
    ends = _LINE_END.finditer(text)
    first = next(ends, None)
    if first is None:
        return []
    for end in ends:
        if end.group() != first.group():
            line, col = line_col(text, end.start())
            if first.group() == "\r":  # lone CRs: line_col counts LFs only
                line = text.count("\r", 0, end.start()) + 1
            return [
                Problem(
                    Code.TEXT_LINE_ENDINGS,
                    f"line ends with {_END_NAMES[end.group()]}, "
                    f"but earlier lines end with {_END_NAMES[first.group()]}",
                    shown,
                    line,
                    col,
                    hint="save the text with one kind of line ending (LF)",
                )
            ]
    return []


def _controls(text: str, shown: str) -> list[Problem]:
    found = _CONTROL.search(text)
    if found is None:
        return []
    line, col = line_col(text, found.start())
    return [
        Problem(
            Code.TEXT_BINARY,
            f"control character U+{ord(found.group()):04X} in the text",
            shown,
            line,
            col,
            hint="remove it; statements hold printable text, tabs and line breaks only",
        )
    ]


def _mojibake(text: str, shown: str) -> list[Problem]:
    if not ftfy.badness.is_bad(text):
        return []
    offset = 0
    for line_text in text.splitlines(keepends=True):
        fixed = ftfy.fix_encoding(line_text)
        if fixed != line_text:
            at = next(
                (i for i, (a, b) in enumerate(zip(line_text, fixed, strict=False)) if a != b),
                0,
            )
            line, col = line_col(text, offset + at)
            return [
                Problem(
                    Code.TEXT_MOJIBAKE,
                    f"mojibake: {line_text[at : at + 12]!r} reads as "
                    f"{fixed[at : at + 8]!r} once decoded correctly",
                    shown,
                    line,
                    col,
                    hint="the text was decoded with the wrong encoding; copy it again from the "
                    "source page, or repair it with `ftfy.fix_encoding`",
                )
            ]
        offset += len(line_text)
    return []
