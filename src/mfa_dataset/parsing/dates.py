"""Calendar dates from a match of :data:`mfa_dataset.parsing.rules.DATE`, and the body rules
that date a text whose header gives no date (``dateline``, ``signoff``).

A dateline opening the first paragraph ("Astana, May 16, 2025 - ...") or a sign-off that is the
whole last paragraph ("New Delhi\nMay 09, 2023", "Moscow, 5 June 2024") dates the text; a date
inside a sentence never does.
"""

from __future__ import annotations

import datetime as dt
import re

from mfa_dataset.parsing.result import TextRange
from mfa_dataset.parsing.rules import HEADER_RULES

_RULES = {rule.name: rule.pattern for rule in HEADER_RULES}
DATELINE, SIGNOFF = _RULES["dateline"], _RULES["signoff"]
#: A sign-off is short.
_MAX_SIGNOFF = 80

_MONTHS = {
    name: i
    for i, name in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}


def _month(name: str | None) -> int | None:
    return None if name is None else _MONTHS.get(name[:3].casefold())


def date_of(match: re.Match[str]) -> dt.date | None:
    """The date a ``DATE`` match spells, or None when it does not exist (31 February)."""
    groups = match.groupdict()
    for style in ("dmy", "mdy", "num", "iso"):
        year = groups.get(f"{style}_y")
        if year is None:
            continue
        raw_month = groups[f"{style}_m"]
        month = int(raw_month) if style in ("num", "iso") else _month(raw_month)
        day = int(groups[f"{style}_d"])
        if month is None:
            return None
        try:
            return dt.date(int(year), month, day)
        except ValueError:
            return None
    return None


def may_end_with_date(text: str, start: int, end: int, strip: str, last: str = "") -> bool:
    """Whether ``text[start:end]`` may end with a date: its last character that is neither
    white space nor in ``strip`` is a decimal digit (``\\d``, which ends every ``DATE``) or in
    ``last``. A pattern ending with a date and then ``[\\s<strip>]*$`` matches no other text."""
    while end > start and (text[end - 1].isspace() or text[end - 1] in strip):
        end -= 1
    return end > start and (text[end - 1].isdecimal() or text[end - 1] in last)


def parse_dateline(match: re.Match[str]) -> dt.date | None:
    return date_of(match)


def parse_signoff(match: re.Match[str]) -> dt.date | None:
    return date_of(match)


def dateline_date(text: str, paragraph: TextRange) -> dt.date | None:
    """The date of a dateline opening the first body paragraph ("Astana, May 16, 2025 - ...")."""
    match = DATELINE.match(text[paragraph.start : min(paragraph.end, paragraph.start + 200)])
    return None if match is None else parse_dateline(match)


def signoff_date(text: str, paragraph: TextRange) -> dt.date | None:
    """The date of a last paragraph that is only a place and a date ("New Delhi\nMay 09, 2023")."""
    if paragraph.end - paragraph.start > _MAX_SIGNOFF:
        return None
    match = SIGNOFF.fullmatch(text, paragraph.start, paragraph.end)
    return None if match is None else parse_signoff(match)
