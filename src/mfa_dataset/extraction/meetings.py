"""Meetings a statement reports: ``extract_meetings`` and one ``parse_<name>`` per rule.

The rules are the table :data:`~mfa_dataset.extraction.meeting_rules.RULES` (``meeting_between``,
``meeting_by``, ``meeting_chaired``, ``next_meeting``, ``agreed_to_meet`` (:mod:`.meeting_next`),
``meeting_of``, ``received``, ``met``, ``called_on``,
``held_meeting``, ``visit_invitation``, ``attend_event``, ``their_meeting``, ``named_event``
(:mod:`~mfa_dataset.extraction.meeting_events`), tried in that order; where two match the
same words the earlier wins; the verb rules' parts live in
:mod:`~mfa_dataset.extraction.meeting_verbs`). Every sentence of the title and of the body
paragraphs, questions and answers included, is matched; each match's ``parse_<name>`` reads
who meets (:mod:`~mfa_dataset.extraction.meeting_clauses`, :mod:`.meeting_parties`) and
whether it is held or planned; :func:`~mfa_dataset.extraction.meeting_clauses.situate` adds
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

import bisect
import re
from collections.abc import Callable
from dataclasses import replace
from itertools import takewhile

from mfa_dataset import actors
from mfa_dataset.extraction import meeting_facts as facts
from mfa_dataset.extraction.meeting_clauses import (
    Memory,
    Sentence,
    report,
    situate,
)
from mfa_dataset.extraction.meeting_delegations import name_delegations
from mfa_dataset.extraction.meeting_events import parse_named_event
from mfa_dataset.extraction.meeting_heads import Heads
from mfa_dataset.extraction.meeting_merge import (
    Found,
    draft,
    fill_countries,
    merge,
    participants,
)
from mfa_dataset.extraction.meeting_next import parse_agreed_to_meet, parse_next_meeting
from mfa_dataset.extraction.meeting_parties import Party
from mfa_dataset.extraction.meeting_rules import (
    APPEAL,
    DESTINATION,
    DURING,
    INVITATION,
    NEAR,
    PREDICATE,
    RULES,
    WITH,
    Rule,
    triggers,
)
from mfa_dataset.extraction.meeting_verbs import mediators, received_guest, status, verb
from mfa_dataset.extraction.prefilter import Lowered
from mfa_dataset.extraction.result import Context, MeetingDraft
from mfa_dataset.parsing.result import ParsedText

__all__ = ["RULES", "Rule", "extract_meetings"]


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
        parties + mediators(s, end),
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


def parse_meeting_chaired(m: re.Match[str], s: Sentence) -> list[Found]:
    """A meeting of a council or commission chaired by its sides' heads: the chairs (persons
    or groups only; "chaired by Kazakhstan" names a presidency, not the sides)."""
    parties = s.resolve(s.objects(m.end()), [])
    if not parties or any(p.kind not in ("person", "group") for p in parties):
        return []
    end = parties[-1].end
    pred = PREDICATE.match(s.text, end, s.span.end)
    stop = pred.end() if pred is not None else end
    return report(
        "meeting_chaired",
        s,
        m,
        parties,
        stop,
        planned=facts.planned(s.text, m.start(), stop),
        word=m["word"],
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
    parties += mediators(s, end)
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
    if not subject or not objects or not received_guest(m, s, objects[0]):
        return []
    host = sum(len(participants(p)) for p in subject) if m["passive"] else 0
    guests = objects[:1]
    if not m["passive"] and objects[0].kind == "person":  # "A hosted B and C": all persons
        guests = list(takewhile(lambda p: p.kind == "person", objects))
    return report(
        "received",
        s,
        m,
        subject + guests,
        guests[-1].end,
        subject if adjacent else None,
        planned=status(s, m, adjacent),
        host=host,
    )


def parse_met(m: re.Match[str], s: Sentence) -> list[Found]:
    return verb("met", m, s)


def parse_called_on(m: re.Match[str], s: Sentence) -> list[Found]:
    """A courtesy call on an office holder; "called on X to ..." is an appeal, not a call."""
    objects = s.objects(m.end())[:1]
    if not objects or objects[0].kind != "person" or APPEAL.match(s.text, objects[0].end):
        return []
    return verb("called_on", m, s)


def parse_held_meeting(m: re.Match[str], s: Sentence) -> list[Found]:
    plural = m["noun"].casefold() == "meetings"
    return verb("held_meeting", m, s, split=plural)


def parse_visit_invitation(m: re.Match[str], s: Sentence) -> list[Found]:
    """ "A will pay a visit to X at the invitation of B", or with the invitation first: "At the
    invitation of B, A will pay a visit to X" (then A is the subject after B, never B)."""
    invited = INVITATION.search(s.text, m.end(), min(s.span.end, m.end() + NEAR))
    leading = invited is None
    if invited is None:
        invited = INVITATION.search(s.text, max(s.span.start, m.start() - NEAR), m.start())
        if invited is None:
            return []
    subject, adjacent = s.subject(m.start(), m.group()[:3].casefold() == "to ")
    hosts = s.resolve(s.objects(invited.end()), subject)[:1]
    if leading and hosts:
        subject = [p for p in subject if p.start >= hosts[0].end]
    if not subject or not hosts or (leading and hosts[0].end > subject[0].start):
        return []
    to = DESTINATION.search(s.text, m.end(), s.span.end if leading else invited.start())
    if to is not None and hosts[0].kind == "person" and not hosts[0].countries:
        country = actors.country_code(to["place"]) or actors.city_country(to["place"])
        hosts = [replace(hosts[0], countries=(country,))] if country else hosts
    return report(
        "visit_invitation",
        s,
        m,
        subject + hosts,
        to.end() if leading and to is not None else max(m.end(), hosts[0].end),
        subject if adjacent else None,
        planned=status(s, m, adjacent),
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
        planned=status(s, m, adjacent),
        word="multilateral",
        occasion=event,
    )


def parse_their_meeting(m: re.Match[str], s: Sentence) -> list[Found]:
    """ "... by A and B during their meeting in Moscow": the sides are the parties right before
    "during" (two or more)."""
    during = DURING.search(s.text, max(s.span.start, m.start() - 30), m.start())
    if during is None:
        return []
    subject, adjacent = s.subject(during.start())
    if not adjacent or sum(max(1, len(p.countries)) for p in subject) < 2:
        return []
    return report(
        "their_meeting",
        s,
        m,
        subject,
        m.end(),
        subject,
        planned=facts.planned(s.text, m.start(), m.end()),
        remote_ok=m["noun"].casefold() == "consultations",
    )


_PARSERS: dict[str, Callable[[re.Match[str], Sentence], list[Found]]] = {
    "meeting_between": parse_meeting_between,
    "meeting_by": parse_meeting_by,
    "meeting_chaired": parse_meeting_chaired,
    "next_meeting": lambda m, s: parse_meeting_of(m, s) or parse_next_meeting(m, s),
    "agreed_to_meet": parse_agreed_to_meet,
    "meeting_of": parse_meeting_of,
    "received": parse_received,
    "met": parse_met,
    "called_on": parse_called_on,
    "held_meeting": parse_held_meeting,
    "visit_invitation": parse_visit_invitation,
    "attend_event": parse_attend_event,
    "their_meeting": parse_their_meeting,
    "named_event": parse_named_event,
}
assert tuple(_PARSERS) == tuple(rule.name for rule in RULES)


def _sentence(s: Sentence, context: Context, last: list[Found]) -> list[Found]:
    rules = triggers(s.text, s.span, s.memory.view)
    if not rules:
        return []  # (most sentences with a head word)
    found = [item for rule, m in rules for item in _PARSERS[rule.name](m, s)]
    return situate(s, found, context, last)


def _speaker(parsed: ParsedText, context: Context) -> Party | None:
    """Who "I" and "we" are: the header's speaker, of the issuing country."""
    who = parsed.speaker
    if who is None:
        return None
    country = (context.issuer_country,) if context.issuer_country else ()
    return Party(0, 0, "person", name=who.name, title=who.role, countries=country)


def extract_meetings(
    text: str, parsed: ParsedText, context: Context, view: Lowered | None = None
) -> list[MeetingDraft]:
    """Every meeting the statement reports, once, in the order first reported (``view``: the
    text lowered, when the caller has it)."""
    memory = Memory(view or Lowered(text), speaker=_speaker(parsed, context))
    found = memory.found
    index = Heads(memory.view)  # where a rule may match: only sentences holding one are read
    heads = index.starts
    n = len(heads)
    units = [(parsed.title, True), *((p, False) for p in parsed.paragraphs)]
    for unit, in_title in units:
        i = bisect.bisect_left(heads, unit.start)
        if not index.may_fire(i, unit.end):
            memory.defer(unit, in_title)  # no rule can match in any sentence of the unit
            continue
        for span in facts.sentences(text, unit):
            sentence = Sentence(text, span, unit, in_title, memory)
            while i < n and heads[i] < span.start:
                i += 1
            news = _sentence(sentence, context, found) if index.may_fire(i, span.end) else []
            if news:
                found += news
            else:
                memory.unread.append(sentence)
    name_delegations(text, parsed.paragraphs, found, memory.view)
    found = fill_countries(found, context.issuer_country, context.published, memory.mentioning)
    # sentences refer to the memory that lists them: break the cycle, so that reference
    # counting frees them now and the cyclic collector's full passes have less to walk
    memory.unread.clear()
    return [draft(text, item) for item in merge(found)]
