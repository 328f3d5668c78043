"""Meetings the sides arrange at a meeting: "the next (trilateral) meeting of the Commission
will be held in X", "the sides agreed to hold the next session in X", "the Ministers agreed to
meet in X".

The sides are those of the meeting (or call) the statement reported last before, held, of two
or three sides (three for a "trilateral" next meeting, two for a "bilateral" one): the persons
when the people who met are the subject ("we", "the Ministers", "the two leaders"), else their
countries only (a commission's next session, "the sides agreed", "it was agreed"). A next
meeting of a named organization ("of the CSTO Council") or of named parties is not read here.
"""

from __future__ import annotations

import re

from mfa_dataset.extraction.meeting_clauses import Sentence, report
from mfa_dataset.extraction.meeting_merge import Found, key
from mfa_dataset.types import MeetingStatus

#: A plan after "next meeting": "will be held", "is scheduled to take place", "to be held".
_PLAN = re.compile(
    r"\b(?:(?:will|shall)\s+(?:be\s+(?:held|convened|organi[sz]ed)|take\s+place)"
    r"|(?:is|are)\s+(?:scheduled|expected|planned|due|set)\s+to\s+(?:be\s+held|take\s+place)"
    r"|to\s+be\s+held)\b",
    re.IGNORECASE,
)
#: "agreed to hold" right before "the next meeting".
_AGREED = re.compile(
    r"\b(?:agreed|decided)\s+(?:to\s+(?:hold|convene|organi[sz]e)|that)\s+$", re.IGNORECASE
)
#: The people who met as the subject of "agreed": "we", "the (two) Ministers", "both leaders".
_PEOPLE = re.compile(
    r"(?:\b(?:we|(?:the|both)\s+(?:two\s+|three\s+)?(?:foreign\s+)?(?:ministers|leaders"
    r"|presidents|prime\s+ministers|heads\s+of\s+state|counterparts))(?:\s+(?:also|then|further"
    r"|have|had|has))?\s+(?:agreed|decided)\b)",
    re.IGNORECASE,
)
_WINDOW = 160  # how far after "next meeting" its plan may be said


def parse_next_meeting(m: re.Match[str], s: Sentence) -> list[Found]:
    agreed = _AGREED.search(s.text, max(s.span.start, m.start() - 40), m.start())
    plan = _PLAN.search(s.text, m.end(), min(s.span.end, m.end() + _WINDOW))
    if agreed is None and plan is None:
        return []  # "preparations for the next meeting": no plan reported
    if _of_others(s, m.end(), plan.start() if plan else min(s.span.end, m.end() + 80)):
        return []  # "the next meeting of the CSTO Council": not the sides reported before
    named = agreed is not None and _said_by_people(s, m.start())
    return _planned("next_meeting", m, s, named, plan.end() if plan else m.end())


def parse_agreed_to_meet(m: re.Match[str], s: Sentence) -> list[Found]:
    people = _said_by_people(s, m.end())
    sides = re.search(r"\b(?:sides|parties)\s+(?:also\s+)?$", s.text[s.span.start : m.start()])
    if not people and sides is None:
        return []
    return _planned("agreed_to_meet", m, s, people, m.end())


def _of_others(s: Sentence, start: int, end: int) -> bool:
    """Whether the words after "next meeting" name parties or an organization."""
    first = s.objects(start)[:1]
    if any(p.countries or p.org or p.kind in ("person", "group") for p in first):
        return True
    sc = s.scan
    return any(t.kind == "O" for t in sc.toks[sc.at(start) : sc.at(end)])


def _said_by_people(s: Sentence, end: int) -> bool:
    return _PEOPLE.search(s.text, max(s.span.start, end - 60), end) is not None


def _planned(rule: str, m: re.Match[str], s: Sentence, named: bool, end: int) -> list[Found]:
    word = (m.groupdict().get("word") or "").casefold()
    want = {"bilateral": 2, "trilateral": 3}.get(word)
    before = _previous(s, m.start(), want)
    if before is None:
        return []
    found = report(
        rule, s, m, [], end, planned=True, word=word or None, peers=list(before.participants)
    )
    for item in found:
        item.sides_only = not named
    return found


def _previous(s: Sentence, at: int, want: int | None) -> Found | None:
    """The last meeting or call held before ``at`` with two or three sides (``want``, if
    said; else the very last)."""
    reported = [f for f in (*s.memory.found, *s.memory.calls) if f.evidence.end <= at]
    for last in sorted(reported, key=lambda f: -f.evidence.start):
        sides = len({key(p) for p in last.participants})
        if last.status is MeetingStatus.HELD and sides == (want or sides) and sides in (2, 3):
            return last
        if want is None:
            return None
    return None
