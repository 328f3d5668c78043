"""Meetings a statement reports: ``extract_meetings`` and one ``parse_<name>`` per rule.

The rules are the table :data:`~mfa_dataset.extraction.meeting_rules.RULES` (``meeting_between``,
``meeting_by``, ``meeting_of``, ``received``, ``met``, ``called_on``, ``held_meeting``,
``visit_invitation``, ``attend_event``, tried in that order; where two match the same words the
earlier wins). Every sentence of the title and of the body paragraphs, questions and answers
included, is matched; each match's ``parse_<name>`` reads who meets
(:mod:`~mfa_dataset.extraction.meeting_clauses`, :mod:`~mfa_dataset.extraction.meeting_parties`)
and whether it is held or planned; :func:`~mfa_dataset.extraction.meeting_clauses.situate` adds
date, place and occasion (:mod:`~mfa_dataset.extraction.meeting_facts`);
:mod:`~mfa_dataset.extraction.meeting_merge` fills in countries and folds a meeting reported
twice (title and body, question and answer) into one draft.

"bilateral meetings with B and C" are one meeting with each; attending "the Summit of
<organization>" is a multilateral meeting with the organization, unless the sentence reports
another meeting held on that occasion; "the two Ministers ... held talks with C" adds C to the
sides of the meeting reported just before.

Telephone conversations, phone calls and video calls are not meetings: no rule reads
"conversation" or "call" as a meeting ("called on" a person is a courtesy call, not a phone
call), and a meeting whose clause says it is held by phone, by video link or online is dropped,
except consultations (political consultations held by video conference count as meetings).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from mfa_dataset import actors
from mfa_dataset.extraction import meeting_facts as facts
from mfa_dataset.extraction.meeting_clauses import (
    Memory,
    Sentence,
    name_delegations,
    report,
    situate,
)
from mfa_dataset.extraction.meeting_merge import (
    Found,
    draft,
    fill_countries,
    merge,
    participants,
)
from mfa_dataset.extraction.meeting_parties import Party
from mfa_dataset.extraction.meeting_rules import (
    APPEAL,
    DESTINATION,
    INVITATION,
    MEDIATOR,
    NEAR,
    PEERS,
    PREDICATE,
    RULES,
    WITH,
    Rule,
    triggers,
)
from mfa_dataset.extraction.prefilter import Lowered
from mfa_dataset.extraction.result import Context, MeetingDraft
from mfa_dataset.models import Participant
from mfa_dataset.parsing.result import ParsedText

__all__ = ["RULES", "Rule", "extract_meetings"]


def _mediators(s: Sentence, pos: int) -> list[Party]:
    m = MEDIATOR.search(s.text, pos, min(s.span.end, pos + NEAR))
    return s.objects(m.end()) if m is not None else []


def _status(s: Sentence, m: re.Match[str], adjacent: bool) -> bool:
    """Planned? From the verb group, or the whole clause before it for "and"/"to" verbs."""
    return facts.planned(s.text, m.start() if adjacent else s.span.start, m.end())


def parse_meeting_between(m: re.Match[str], s: Sentence) -> list[Found]:
    parties = s.resolve(s.objects(m.end()), [])
    end = parties[-1].end if parties else m.end()
    pred = PREDICATE.match(s.text, end, s.span.end)
    people = all(p.kind in ("person", "group") for p in parties)
    if m["pred"] is None and pred is None and not (s.in_title or people):
        return []  # "negotiations between Russia and Ukraine": a topic, not a meeting
    stop = pred.end() if pred is not None else end
    return report(
        "meeting_between",
        s,
        m,
        parties + _mediators(s, end),
        stop,
        planned=facts.planned(s.text, m.start(), stop),
        word=m["word"],
        remote_ok=m["noun"].casefold() == "consultations",
    )


def parse_meeting_by(m: re.Match[str], s: Sentence) -> list[Found]:
    parties = s.resolve(s.objects(m.end()), [])
    end = parties[-1].end if parties else m.end()
    return report(
        "meeting_by",
        s,
        m,
        parties,
        end,
        planned=facts.planned(s.text, m.start(), m.end()),
        remote_ok=m["noun"].casefold() == "consultations",
    )


def parse_meeting_of(m: re.Match[str], s: Sentence) -> list[Found]:
    found = s.objects(m.end())[:1]
    if not found or found[0].kind not in ("person", "group"):
        return []
    first = found[0]
    joined = WITH.match(s.text, first.end, s.span.end)
    if first.kind == "person" and joined is not None:
        parties = [first, *s.resolve(s.objects(joined.end()), [first])]
    elif first.kind == "group":
        parties = [first]
    else:
        return []
    end = parties[-1].end
    parties += _mediators(s, end)
    pred = PREDICATE.match(s.text, end, s.span.end)
    stop = pred.end() if pred is not None else end
    return report(
        "meeting_of",
        s,
        m,
        parties,
        max(stop, parties[-1].end),
        planned=facts.planned(s.text, m.start(), stop),
        word=m["word"],
        remote_ok=m["noun"].casefold() == "consultations",
    )


def parse_received(m: re.Match[str], s: Sentence) -> list[Found]:
    subject, adjacent = s.subject(m.start(), m.group()[:3].casefold() == "to ")
    objects = s.resolve(s.objects(m.end()), subject)
    if not subject or not objects:
        return []
    host = sum(len(participants(p)) for p in subject) if m["passive"] else 0
    return report(
        "received",
        s,
        m,
        subject + objects[:1],
        objects[0].end,
        subject if adjacent else None,
        planned=_status(s, m, adjacent),
        host=host,
    )


def _verb(rule: str, m: re.Match[str], s: Sentence, split: bool = False) -> list[Found]:
    """A meeting verb: subject, then objects (or a subject of two or more parties)."""
    subject, adjacent = s.subject(m.start(), m.group()[:3].casefold() == "to ")
    peers: list[Participant] = []
    if not subject and s.memory.found and PEERS.search(s.text, s.span.start, m.start()):
        peers, adjacent = list(s.memory.found[-1].participants), True  # "the two Ministers"
    has_with = rule in ("met", "called_on") or m["with"] is not None
    raw = s.objects(m.end()) if has_with else []
    raw = raw[:1] if rule == "called_on" else raw
    objects = s.resolve(raw, subject)
    sides = len(peers) + sum(max(1, len(p.countries)) for p in subject)
    if sides == 0 or (not objects and sides < 2):
        return []
    ends = [p.end for p in raw] if len(raw) == len(objects) else [p.end for p in objects]
    pairs = (
        list(zip([[o] for o in objects], ends, strict=True)) if split and len(objects) > 1 else []
    )
    noun = (m.groupdict().get("noun") or "").casefold()
    return [
        item
        for group, end in pairs or [(objects, max(ends, default=m.end()))]
        for item in report(
            rule,
            s,
            m,
            subject + group,
            end,
            subject if adjacent else None,
            planned=_status(s, m, adjacent),
            word=m.groupdict().get("word"),
            remote_ok=noun == "consultations",
            peers=peers,
        )
    ]


def parse_met(m: re.Match[str], s: Sentence) -> list[Found]:
    return _verb("met", m, s)


def parse_called_on(m: re.Match[str], s: Sentence) -> list[Found]:
    """A courtesy call on an office holder; "called on X to ..." is an appeal, not a call."""
    objects = s.objects(m.end())[:1]
    if not objects or objects[0].kind != "person" or APPEAL.match(s.text, objects[0].end):
        return []
    return _verb("called_on", m, s)


def parse_held_meeting(m: re.Match[str], s: Sentence) -> list[Found]:
    plural = m["noun"].casefold() == "meetings"
    return _verb("held_meeting", m, s, split=plural)


def parse_visit_invitation(m: re.Match[str], s: Sentence) -> list[Found]:
    invited = INVITATION.search(s.text, m.end(), min(s.span.end, m.end() + NEAR))
    if invited is None:
        return []
    subject, adjacent = s.subject(m.start(), m.group()[:3].casefold() == "to ")
    if not subject:
        return []
    hosts = s.resolve(s.objects(invited.end()), subject)[:1]
    if not hosts:
        return []
    to = DESTINATION.search(s.text, m.end(), invited.start())
    if to is not None and hosts[0].kind == "person" and not hosts[0].countries:
        country = actors.country_code(to["place"]) or actors.city_country(to["place"])
        hosts = [replace(hosts[0], countries=(country,))] if country else hosts
    return report(
        "visit_invitation",
        s,
        m,
        subject + hosts,
        hosts[0].end,
        subject if adjacent else None,
        planned=_status(s, m, adjacent),
    )


def parse_attend_event(m: re.Match[str], s: Sentence) -> list[Found]:
    event = facts.event_after(s.text, m.end(), s.span.end)
    if event is None or not facts.has_event_noun(event.of(s.text)):
        return []
    sc = s.scan
    orgs = [t for t in sc.toks[sc.at(event.start) : sc.at(event.end)] if t.kind == "O"]
    if not orgs:
        return []
    first = orgs[0]
    org = Party(first.start, first.end, "country", org=first.code, org_name=first.of(s.text))
    subject, adjacent = s.subject(m.start(), m.group()[:3].casefold() == "to ")
    return report(
        "attend_event",
        s,
        m,
        [*subject[:1], org],
        event.end,
        subject[:1] if adjacent else None,
        planned=_status(s, m, adjacent),
        word="multilateral",
        occasion=event,
    )


_PARSERS: dict[str, Callable[[re.Match[str], Sentence], list[Found]]] = {
    "meeting_between": parse_meeting_between,
    "meeting_by": parse_meeting_by,
    "meeting_of": parse_meeting_of,
    "received": parse_received,
    "met": parse_met,
    "called_on": parse_called_on,
    "held_meeting": parse_held_meeting,
    "visit_invitation": parse_visit_invitation,
    "attend_event": parse_attend_event,
}
assert tuple(_PARSERS) == tuple(rule.name for rule in RULES)


def _sentence(s: Sentence, context: Context, last: list[Found]) -> list[Found]:
    found = [
        item
        for rule, m in triggers(s.text, s.span, s.memory.view)
        for item in _PARSERS[rule.name](m, s)
    ]
    return situate(s, found, context, last)


def extract_meetings(
    text: str, parsed: ParsedText, context: Context, view: Lowered | None = None
) -> list[MeetingDraft]:
    """Every meeting the statement reports, once, in the order first reported (``view``: the
    text lowered, when the caller has it)."""
    memory = Memory(view or Lowered(text))
    found = memory.found
    units = [(parsed.title, True), *((p, False) for p in parsed.paragraphs)]
    for unit, in_title in units:
        for span in facts.sentences(text, unit):
            sentence = Sentence(text, span, unit, in_title, memory)
            news = _sentence(sentence, context, found)
            if not news:
                memory.unread.append(sentence)
            found += news
    name_delegations(text, parsed.paragraphs, found)
    found = fill_countries(found, context.issuer_country, context.published, memory.mentioning)
    return [draft(text, item) for item in merge(found)]
