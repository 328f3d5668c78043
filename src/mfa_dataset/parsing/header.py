"""The header: title line, number and publication date (rules ``number``, ``date_prefix``,
``date_line``, ``date_label``).

The title is the first non-blank line that is neither website chrome nor a bare number/date
line. Short lines right around it that carry only a number and/or a date ("No: 380, 05 December
2014", "<name of the ministry> 05.12.2014", "Published 16 May 2025") are header lines: they give
the number and the date and are not body paragraphs. A "Published"/"Updated"/"Date:" label may
stand a few lines further down, its date on the same line or alone on the next one; an update's
date is the publication date only when nothing else dates the text. (``dateline`` and
``signoff``, which date a text from its body, are applied in ``dates.py``.)
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from mfa_dataset.errors import Code, MfaError, line_col
from mfa_dataset.parsing.dates import date_of, may_end_with_date
from mfa_dataset.parsing.lines import Line, trim
from mfa_dataset.parsing.result import ParsedNumber, TextRange
from mfa_dataset.parsing.rules import HEADER_RULES
from mfa_dataset.parsing.rules_body import BODY_RULES
from mfa_dataset.parsing.vocabulary import FUNCTION, PREPOSITIONS

_RULES = {rule.name: rule.pattern for rule in HEADER_RULES}
NUMBER, DATE_PREFIX, DATE_LINE, DATE_LABEL = (
    _RULES["number"],
    _RULES["date_prefix"],
    _RULES["date_line"],
    _RULES["date_label"],
)

#: A header line is short; anything longer is prose.
_MAX_HEADER_LINE = 120
#: How many lines before the title may be header lines, and how many after it are looked at.
_MAX_HEADER_LINES = 3
#: How far after the title (lines that are not chrome) a labelled date line may sit.
_MAX_DATE_LINES = 6
#: How many words may label a date line above the title ("Date:", "Published on:").
_MAX_LABEL_WORDS = 2
_SENTENCE_END = re.compile(r"[.!?]\s")
#: The last characters of a time after a date: "UTC", "GMT", "p.m", "PM" (or a digit).
_TIME_ENDS = "CTMm"


@dataclass(frozen=True, slots=True)
class Header:
    title: TextRange
    title_line: int
    body: TextRange  # the title after its number/date prefix: what the kind rules read
    number: ParsedNumber | None
    date: dt.date | None
    date_rule: str | None  # the rule that gave the date
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


def parse_date_label(match: re.Match[str]) -> tuple[bool, dt.date | None]:
    """(whether the label dates an update, the date or None when it is on the next line)."""
    update = "updated" in match["label"].casefold()
    return update, None if match["date"] is None else date_of(match)


def _date_line(text: str, r: TextRange) -> re.Match[str] | None:
    """``date_line`` on the line ``r``: a date, maybe a time, then ``[\\s,;.]*`` to its end."""
    if not may_end_with_date(text, r.start, r.end, ",;.", _TIME_ENDS):
        return None
    return DATE_LINE.match(r.of(text))


def _header_line(
    text: str, line: Line, *, before_title: bool = False
) -> tuple[ParsedNumber | None, dt.date | None, str] | None:
    """(number, date, date rule) of a line holding only a number and/or a date, else None.

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
        return (number, date, "date_prefix") if not rest.strip(" ,;:.\u2013\u2014-") else None
    dated = _date_line(text, r)
    if dated is None or (before_title and len(dated["pre"].split()) > _MAX_LABEL_WORDS):
        return None
    date = parse_date_line(dated)
    return None if date is None else (None, date, "date_line")


def _is_label(text: str, line: Line) -> bool:
    segment = text[line.range.start : min(line.range.end, line.range.start + 120)]
    return any(rule.pattern.match(segment) for rule in BODY_RULES[:2])  # question, answer


def _label_date(text: str, line: Line) -> tuple[bool, dt.date | None] | None:
    """A "Published"/"Updated"/"Date:" label line: (whether it dates an update, its date, None
    when the date stands alone on the next line), else None. Such lines are chrome too."""
    r = line.range
    if r.end - r.start > _MAX_HEADER_LINE:
        return None
    match = DATE_LABEL.fullmatch(text, r.start, r.end)
    return None if match is None else parse_date_label(match)


def _date_only(text: str, line: Line) -> dt.date | None:
    """The date of a line holding only a date ("23 April 2025", "JANUARY 6, 2024")."""
    r = line.range
    if r.end - r.start > _MAX_HEADER_LINE:
        return None
    match = _date_line(text, r)
    return None if match is None or match["pre"].strip() else date_of(match)


class _Found:
    """Header lines found so far and the dates they give, by rule."""

    def __init__(self) -> None:
        self.lines: list[int] = []
        self.numbers: list[ParsedNumber] = []
        self.dates: list[tuple[dt.date, str]] = []
        self.updates: list[tuple[dt.date, str]] = []  # "Last updated ...": when nothing else
        self.waiting: bool | None = None  # a label alone waits for its date: whether "Updated"

    def add(self, index: int, number: ParsedNumber | None, date: dt.date | None, rule: str) -> None:
        self.lines.append(index)
        if number is not None:
            self.numbers.append(number)
        if date is not None:
            self.dates.append((date, rule))

    def label(self, index: int, update: bool, date: dt.date | None) -> None:
        self.lines.append(index)
        if date is not None:
            (self.updates if update else self.dates).append((date, "date_label"))

    def take_label(self, text: str, line: Line) -> bool:
        """Whether ``line`` is a date label ("Published 5 June 2024", or "Published" alone)."""
        labelled = _label_date(text, line)
        if labelled is None:
            return False
        self.label(line.index, *labelled)
        self.waiting = labelled[0] if labelled[1] is None else None
        return True

    def take_waiting_date(self, text: str, line: Line) -> bool:
        """Whether ``line`` is the date alone that a bare label above it waits for."""
        date = None if self.waiting is None else _date_only(text, line)
        if self.waiting is None or date is None:
            return False
        self.label(line.index, self.waiting, date)
        self.waiting = None
        return True


def parse_header(text: str, lines: Sequence[Line], skip: frozenset[int], stop: int) -> Header:
    """Find the title and the header lines among ``lines`` (in text order, blank lines may be
    left out); ``skip`` are chrome lines, the line numbered ``stop`` ends the search.

    Up to three short lines before the title and among the three lines after it give the number
    and the date. A labelled date ("Published 5 June 2024", or "Published" with the date alone on
    the next line) may sit further down, among the six lines after the title (chrome not counted).
    """
    found = _Found()
    title: Line | None = None
    after = len(lines)  # where the lines after the title start in ``lines``
    for pos, line in enumerate(lines):
        if line.index >= stop:
            break
        if line.blank or found.take_label(text, line) or line.index in skip:
            continue
        if found.take_waiting_date(text, line):
            continue
        parsed = None
        if len(found.lines) < _MAX_HEADER_LINES:
            parsed = _header_line(text, line, before_title=True)
        if parsed is None:
            title, after = line, pos + 1
            break
        found.add(line.index, *parsed)
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
    _after_title(text, lines[after:], stop, skip, found)
    number, date, body = _title_prefix(text, title.range)
    rule = None if date is None else "date_prefix"
    number = number or next(iter(found.numbers), None)
    if date is None and (dated := next(iter(found.dates or found.updates), None)) is not None:
        date, rule = dated
    return Header(
        title=title.range,
        title_line=title.index,
        body=body,
        number=number,
        date=date,
        date_rule=rule,
        lines=frozenset([title.index, *found.lines]),
    )


def _after_title(
    text: str, lines: Sequence[Line], stop: int, skip: frozenset[int], found: _Found
) -> None:
    looked = 0
    found.waiting = None
    for line in lines:
        if line.index >= stop:
            break
        if line.blank:
            continue
        if looked >= _MAX_DATE_LINES:
            break
        if found.take_label(text, line) or line.index in skip:
            continue
        looked += 1  # a subtitle or "From: ..." line may sit between title and date line
        waited = found.take_waiting_date(text, line)
        if not waited and looked <= _MAX_HEADER_LINES:
            parsed = _header_line(text, line)
            if parsed is not None:
                found.add(line.index, *parsed)
        found.waiting = None


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
