"""Calendar dates from a match of :data:`mfa_dataset.parsing.rules.DATE`."""

from __future__ import annotations

import datetime as dt
import re

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
