"""The header: title line, number and publication date (rules ``number``, ``date_prefix``,
``date_line``, ``dateline``).

The title is the first non-blank line that is neither website chrome nor a bare number/date
line. Short lines right around it that carry only a number and/or a date ("No: 380, 05 December
2014", "<name of the ministry> 05.12.2014", "Published 16 May 2025") are header lines: they give
the number and the date and are not body paragraphs.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from mfa_dataset.errors import Code, MfaError, line_col
from mfa_dataset.parsing.dates import date_of
from mfa_dataset.parsing.lines import Line, trim
from mfa_dataset.parsing.result import ParsedNumber, TextRange
from mfa_dataset.parsing.rules import HEADER_RULES
from mfa_dataset.parsing.rules_body import BODY_RULES
from mfa_dataset.parsing.vocabulary import FUNCTION, PREPOSITIONS

_RULES = {rule.name: rule.pattern for rule in HEADER_RULES}
NUMBER, DATE_PREFIX, DATE_LINE, DATELINE = (
    _RULES["number"],
    _RULES["date_prefix"],
    _RULES["date_line"],
    _RULES["dateline"],
)

#: A header line is short; anything longer is prose.
_MAX_HEADER_LINE = 120
#: How many lines before the title may be header lines, and how many after it are looked at.
_MAX_HEADER_LINES = 3
#: How many words may label a date line above the title ("Date:", "Published on:").
_MAX_LABEL_WORDS = 2
_SENTENCE_END = re.compile(r"[.!?]\s")


@dataclass(frozen=True, slots=True)
class Header:
    title: TextRange
    title_line: int
    body: TextRange  # the title after its number/date prefix: what the kind rules read
    number: ParsedNumber | None
    date: dt.date | None
    lines: frozenset[int]  # indexes of the title and the header lines


def parse_number(match: re.Match[str], offset: int) -> ParsedNumber:
    """``No:280/24`` -> raw "280/24", sequence 280, year 2024 (two digits are 20yy)."""
    year: int | None = None
    if match["year"] is not None:
        year = int(match["year"]) + (2000 if len(match["year"]) == 2 else 0)
        if not 1900 <= year <= 2200:
            year = None
    return ParsedNumber(
        raw=match["raw"],
        sequence=int(match["seq"]),
        year=year,
        range=TextRange(offset + match.start("raw"), offset + match.end("raw")),
    )


def parse_date_prefix(match: re.Match[str]) -> dt.date | None:
    return date_of(match)


def parse_date_line(match: re.Match[str]) -> dt.date | None:
    """A line ending with a date is a header line only if what precedes the date is a label."""
    pre = match["pre"]
    words = pre.split()
    if len(words) > 8 or _SENTENCE_END.search(pre):
        return None
    if words and words[-1].casefold() in PREPOSITIONS:
        return None
    for word in words:
        first = next((c for c in word if c.isalpha()), None)
        if first is not None and first.islower() and word.casefold() not in FUNCTION:
            return None
    return date_of(match)


def parse_dateline(match: re.Match[str]) -> dt.date | None:
    return date_of(match)


def dateline_date(text: str, paragraph: TextRange) -> dt.date | None:
    """The date of a dateline opening the first body paragraph ("Astana, May 16, 2025 - ...")."""
    match = DATELINE.match(text[paragraph.start : min(paragraph.end, paragraph.start + 200)])
    return None if match is None else parse_dateline(match)


def _header_line(
    text: str, line: Line, *, before_title: bool = False
) -> tuple[ParsedNumber | None, dt.date | None] | None:
    """(number, date) of a line holding only a number and/or a date, else None.

    Before the title a date line may only carry a short label ("Published: 13.10.2019"), so
    that a title ending with a date ("Department Press Briefing - May 16, 2025") stays a title.
    """
    r = line.range
    if r.end - r.start > _MAX_HEADER_LINE:
        return None
    segment = r.of(text)
    match = NUMBER.match(segment)
    if match is not None:
        number = parse_number(match, r.start)
        rest = segment[match.end() :]
        dated = DATE_PREFIX.match(rest)
        date = None
        if dated is not None:
            date = parse_date_prefix(dated)
            rest = rest[dated.end() :]
        return (number, date) if not rest.strip(" ,;:.\u2013\u2014-") else None
    dated = DATE_LINE.match(segment)
    if dated is None or (before_title and len(dated["pre"].split()) > _MAX_LABEL_WORDS):
        return None
    date = parse_date_line(dated)
    return None if date is None else (None, date)


def _is_label(text: str, line: Line) -> bool:
    segment = text[line.range.start : min(line.range.end, line.range.start + 120)]
    return any(rule.pattern.match(segment) for rule in BODY_RULES[:2])  # question, answer


def parse_header(text: str, lines: Sequence[Line], skip: frozenset[int], stop: int) -> Header:
    """Find the title and the header lines; ``skip`` are chrome lines, ``stop`` ends the search."""
    found: list[tuple[int, ParsedNumber | None, dt.date | None]] = []
    title: Line | None = None
    for line in lines[:stop]:
        if line.blank or line.index in skip:
            continue
        parsed = None
        if len(found) < _MAX_HEADER_LINES:
            parsed = _header_line(text, line, before_title=True)
        if parsed is None:
            title = line
            break
        found.append((line.index, *parsed))
    if title is None or _is_label(text, title):
        offset = title.range.start if title is not None else 0
        line_no, col = line_col(text, offset)
        raise MfaError.one(
            Code.TEXT_NO_TITLE,
            "no title line: the text has no line before its body, chrome or Q/A labels",
            line=line_no,
            col=col,
            hint="put the statement's title (e.g. 'No:280/24, Response by ...') on the first line",
        )
    looked = 0
    for line in lines[title.index + 1 : stop]:
        if looked >= _MAX_HEADER_LINES:
            break
        if line.blank or line.index in skip:
            continue
        looked += 1  # a subtitle or "From: ..." line may sit between title and date line
        parsed = _header_line(text, line)
        if parsed is not None:
            found.append((line.index, *parsed))
    number, date, body = _title_prefix(text, title.range)
    number = number or next((n for _, n, _ in found if n is not None), None)
    date = date or next((d for _, _, d in found if d is not None), None)
    return Header(
        title=title.range,
        title_line=title.index,
        body=body,
        number=number,
        date=date,
        lines=frozenset([title.index, *(i for i, _, _ in found)]),
    )


def _title_prefix(
    text: str, title: TextRange
) -> tuple[ParsedNumber | None, dt.date | None, TextRange]:
    """Number and date opening the title, and the rest of the title after them."""
    segment = title.of(text)
    number: ParsedNumber | None = None
    date: dt.date | None = None
    pos = 0
    match = NUMBER.match(segment)
    if match is not None:
        number = parse_number(match, title.start)
        pos = match.end()
    dated = DATE_PREFIX.match(segment[pos:])
    if dated is not None and (pos > 0 or match is None):
        date = parse_date_prefix(dated)
        pos += dated.end()
    else:
        pos += len(segment[pos:]) - len(segment[pos:].lstrip(" ,;:.\u2013\u2014-"))
    if match is not None and match["prefix"] is not None:
        pos = 0  # "Press Release No: 380, ...": the kind words stay in the body
    body = trim(text, title.start + pos, title.end)
    return number, date, body if body.end > body.start else title
