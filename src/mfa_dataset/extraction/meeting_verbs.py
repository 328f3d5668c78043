"""The shared parts of the meeting verb rules (:mod:`mfa_dataset.extraction.meetings`): the
subject and objects of "met", "held talks", "called on"; mediators; the status of a verb group;
whether "welcomed" receives a guest."""

from __future__ import annotations

import re

from mfa_dataset.extraction import meeting_facts as facts
from mfa_dataset.extraction.meeting_clauses import Sentence, report
from mfa_dataset.extraction.meeting_merge import Found
from mfa_dataset.extraction.meeting_parties import Party
from mfa_dataset.extraction.meeting_rules import MEDIATOR, NEAR, PEERS
from mfa_dataset.models import Participant


def mediators(s: Sentence, pos: int) -> list[Party]:
    m = MEDIATOR.search(s.text, pos, min(s.span.end, pos + NEAR))
    return s.objects(m.end()) if m is not None else []


def status(s: Sentence, m: re.Match[str], adjacent: bool) -> bool:
    """Planned? From the verb group, or the whole clause before it for "and"/"to" verbs."""
    return facts.planned(s.text, m.start() if adjacent else s.span.start, m.end())


def received_guest(m: re.Match[str], s: Sentence, guest: Party) -> bool:
    """ "welcomed" receives only a person, a group or a delegation ("welcomes the Qatari
    mediation" or "the Turkish initiative" is approval, not a meeting)."""
    if "welcom" not in m.group().casefold() or guest.kind in ("person", "group"):
        return True
    return "delegation" in s.text[guest.start : guest.end].casefold()


def verb(rule: str, m: re.Match[str], s: Sentence, split: bool = False) -> list[Found]:
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
            planned=status(s, m, adjacent),
            word=m.groupdict().get("word"),
            remote_ok=noun == "consultations",
            peers=peers,
        )
    ]
