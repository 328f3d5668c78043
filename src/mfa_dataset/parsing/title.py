"""What the title says: kind (the ``kind_*`` rules), ``audience``, ``subject``, ``date_suffix``.

The *head* of a title is its part before the first subject cue ("regarding", "on", "about",
"concerning" ...): "Response by X, MFA Spokesperson, to the local media inquiry" in "... regarding
bilateral meetings in Astana". Kind rules read the head only, so a kind word inside the subject
("... regarding the comment of ...") does not count. An answer to media questions is a response
whatever else the head says, so ``kind_response`` wins whenever it matches the head ("Statement
of the Spokesperson ... in Response to a Question"); otherwise, among the kind rules matching the
head, the earliest match wins, ties going to the rule listed first. ``kind_event`` (a title
reporting a meeting, visit or call) is the last rule and gives ``press_release``. When the head
matches no rule, ``kind_event`` is tried on the whole title; the kind is ``other`` if it fails.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from mfa_dataset.parsing.dates import date_of, may_end_with_date
from mfa_dataset.parsing.lines import rstrip_chars, trim
from mfa_dataset.parsing.result import TextRange
from mfa_dataset.parsing.rules import (
    AUDIENCE,
    DATE,
    DATE_SUFFIX,
    KIND_RULES,
    LANGUAGE_TAG,
    SUBJECT_CUE,
    alternation,
)
from mfa_dataset.types import StatementKind

_DATE_AT = re.compile(DATE)


def parse_kind_response(match: re.Match[str]) -> StatementKind:
    return StatementKind.RESPONSE


def parse_kind_briefing(match: re.Match[str]) -> StatementKind:
    return StatementKind.BRIEFING


def parse_kind_interview(match: re.Match[str]) -> StatementKind:
    return StatementKind.INTERVIEW


def parse_kind_information(match: re.Match[str]) -> StatementKind:
    return StatementKind.INFORMATION


def parse_kind_comment(match: re.Match[str]) -> StatementKind:
    return StatementKind.COMMENT


def parse_kind_press_release(match: re.Match[str]) -> StatementKind:
    return StatementKind.PRESS_RELEASE


def parse_kind_statement(match: re.Match[str]) -> StatementKind:
    return StatementKind.STATEMENT


def parse_kind_event(match: re.Match[str]) -> StatementKind:
    return StatementKind.PRESS_RELEASE


_KIND_PARSERS: dict[str, Callable[[re.Match[str]], StatementKind]] = {
    "kind_response": parse_kind_response,
    "kind_briefing": parse_kind_briefing,
    "kind_interview": parse_kind_interview,
    "kind_information": parse_kind_information,
    "kind_comment": parse_kind_comment,
    "kind_press_release": parse_kind_press_release,
    "kind_statement": parse_kind_statement,
    "kind_event": parse_kind_event,
}
assert tuple(_KIND_PARSERS) == tuple(rule.name for rule in KIND_RULES)
_EVENT = KIND_RULES[-1]
#: The kind rules after ``kind_response`` as one alternation: ``search`` finds the earliest
#: position where one of them matches, and there the first of them in table order.
_EARLIEST = alternation(list(enumerate(KIND_RULES))[1:])


@dataclass(frozen=True, slots=True)
class KindMatch:
    kind: StatementKind
    rule: str  # the rule that fired, or "default"
    end: int | None  # offset in the raw text where the kind words end (None: no kind words)


def head_of(text: str, body: TextRange) -> TextRange:
    """The title before its first subject cue (the whole title when it has none)."""
    cue = SUBJECT_CUE.search(body.of(text), 1)
    return body if cue is None else TextRange(body.start, body.start + cue.start())


def parse_kind(text: str, body: TextRange, head: TextRange | None = None) -> KindMatch:
    """The kind of the title ``body`` (the title after its number/date prefix); ``head``:
    :func:`head_of` it, when known."""
    head = head_of(text, body) if head is None else head
    segment = head.of(text)
    rule = KIND_RULES[0]  # kind_response: an answer to the media whatever the head calls it
    match = rule.pattern.search(segment)
    if match is None:
        first = _EARLIEST.search(segment)
        if first is not None and first.lastgroup is not None:
            rule = KIND_RULES[int(first.lastgroup[1:])]
            match = rule.pattern.search(segment)  # its earliest match: the alternation's
    if match is not None:
        end = None if rule is _EVENT else head.start + match.end()
        return KindMatch(_KIND_PARSERS[rule.name](match), rule.name, end)
    match = _EVENT.pattern.search(body.of(text))
    if match is not None:
        return KindMatch(parse_kind_event(match), _EVENT.name, None)
    return KindMatch(StatementKind.OTHER, "default", None)


def parse_audience(match: re.Match[str]) -> str:
    found = match["a1"] if match["a1"] is not None else match["a2"]
    return " ".join(found.split())


def find_audience(
    text: str, body: TextRange, kind: StatementKind, head: TextRange | None = None
) -> tuple[str | None, int | None]:
    """Who asked ("local media", "media") and where that phrase ends in the raw text."""
    head = head_of(text, body) if head is None else head
    match = AUDIENCE.pattern.search(head.of(text))
    offset = head.start
    if match is None and kind is StatementKind.RESPONSE:
        match, offset = AUDIENCE.pattern.search(body.of(text)), body.start
    if match is None:
        return None, None
    return parse_audience(match), offset + match.end()


def parse_date_suffix(match: re.Match[str]) -> dt.date | None:
    return date_of(match)


def find_date_suffix(text: str, body: TextRange) -> tuple[dt.date | None, int | None]:
    """A dateline closing the title, and where it starts.

    ", Moscow, May 16, 2025" or " - May 16, 2025" counts anywhere; "on May 16, 2025" only right
    after the head ("Regular Press Conference on May 16, 2025"), never inside the subject ("...
    dated May 28, 2022").
    """
    if not may_end_with_date(text, body.start, body.end, "."):
        return None, None
    match = DATE_SUFFIX.pattern.search(body.of(text))
    if match is None:
        return None, None
    start = body.start + match.start()
    if match["sep"] is None and start > head_of(text, body).end:
        return None, None
    return parse_date_suffix(match), start


def parse_subject(text: str, body: TextRange, anchor: int, stop: int | None) -> TextRange | None:
    """The title after the first cue at or after ``anchor`` that is not followed by a date."""
    segment = body.of(text)
    pos = max(anchor - body.start - 1, 0)
    while (cue := SUBJECT_CUE.search(segment, pos)) is not None:
        pos = cue.end()
        if _DATE_AT.match(segment[pos : pos + 40]) is None:
            break
    else:
        return None
    end = body.end if stop is None or stop <= body.start + pos else stop
    subject = rstrip_chars(text, TextRange(body.start + pos, end), ".,;:\u2013\u2014-")
    tail = text.rfind("(", subject.start, subject.end)
    if tail != -1 and LANGUAGE_TAG.fullmatch(text, tail, subject.end):
        subject = rstrip_chars(text, TextRange(subject.start, tail), ".,;:\u2013\u2014-")
    subject = trim(text, subject.start, subject.end)
    return subject if subject.end > subject.start else None
