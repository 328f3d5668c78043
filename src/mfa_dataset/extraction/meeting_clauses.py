"""A sentence as the meeting rules see it: who is the subject of a verb, what its objects are,
and whom "him" or "his counterpart" refers to.

* subject: the party right before the verb (only commas, "who", "also" ... between), with the
  parties joined to it by "and" ("A and B held talks"); for a verb coordinated with an earlier
  one (", and held a meeting with him") or an infinitive ("to participate in"), the sentence's
  first person;
  "I" or "we" right before the verb is the header's speaker (transcripts, quotes);
* objects: the parties read from right after the verb (past "my colleague,"), joined by ","
  / "and" / "as well as";
* "him", "her": the last person named before it that is not the subject (in the sentence, else
  in the earlier sentences of the statement); "his Turkish counterpart": the last person of that
  country named in the statement, else an unnamed participant of that country.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from mfa_dataset.extraction import meeting_facts as facts
from mfa_dataset.extraction.meeting_merge import Found, canonical, fold, participants
from mfa_dataset.extraction.meeting_names import Names
from mfa_dataset.extraction.meeting_parties import Party, read_list, scan_parties
from mfa_dataset.extraction.meeting_rules import ANAPHOR, LEAD_IN, same_day
from mfa_dataset.extraction.meeting_tokens import Scan
from mfa_dataset.extraction.prefilter import Lowered
from mfa_dataset.extraction.result import Context
from mfa_dataset.models import Participant
from mfa_dataset.parsing.lines import rstrip_chars, trim
from mfa_dataset.parsing.result import TextRange
from mfa_dataset.types import MeetingStatus

_ADJACENT = re.compile(
    r"[\s,]*(?:(?:who|which|that|also|then|in\s+turn|later|today|yesterday)[\s,]+)*"
)
_JOIN = re.compile(r"\s*(?:,\s*)?(?:and\s+)?")
_WORD = re.compile(r"[^\W\d_]+")
#: "I" or "we" right before a verb (with the words _ADJACENT allows between), read backwards
#: over a bounded window: the statement's speaker is the subject.
_FIRST_PERSON = re.compile(
    r"(?:^|(?<=[\s,(\u201c\"]))(?P<pronoun>I|[Ww]e)(?:[\s,]+(?:also|then|later|today|yesterday))*"
    r"[\s,]*$"
)
#: "my colleague, Minister X", "our Turkish counterpart X": the words before the person.
_MY_PEER = re.compile(
    r"\s*(?:my|our)\s+(?:[\w-]+\s+)?(?:colleagues?|counterparts?|friends?)\s*,?\s*(?=[^\W\d_])"
)
_COORDINATED = re.compile(r"\s*,?\s*and\s+(?:(?:then|also|later)\s+)?")
#: Words that make a meeting a wish, a proposal or a call rather than a fact or a plan.
_WISH = re.compile(
    r"\b(?:ready|willing|prepared|propos(?:e|es|ed|al)|offer(?:s|ed)?|urge[sd]?|call(?:s|ed)?"
    r"\s+(?:on|upon)|hope[sd]?|would\s+like|wish(?:es|ed)?|could|should|may|might|must"
    r"|need(?:s|ed)?\s+to|possibility|readiness|invite[sd]?)\b",
    re.IGNORECASE,
)


class Deferred:
    """A unit (title or paragraph) in which no rule can match, cut into its sentences only
    when they are read."""

    __slots__ = ("in_title", "unit")

    def __init__(self, unit: TextRange, in_title: bool) -> None:
        self.unit = unit
        self.in_title = in_title


@dataclass(slots=True)
class Memory:
    """What the statement has said so far: the people it named, the last meeting date."""

    view: Lowered  # the statement's text lowered once, for the rules' prefilters
    persons: list[Party] = field(default_factory=list)
    #: The sentences no rule read, in text order; a Deferred unit stands for its sentences.
    unread: list[Sentence | Deferred] = field(default_factory=list)
    found: list[Found] = field(default_factory=list)  # the meetings reported so far
    calls: list[Found] = field(default_factory=list)  # the calls reported so far (no meetings)
    scans: dict[int, Scan] = field(default_factory=dict)  # by the paragraph's start
    speaker: Party | None = None  # who "I" and "we" are: the header's speaker

    def scan(self, text: str, unit: TextRange) -> Scan:
        if unit.start not in self.scans:
            self.scans[unit.start] = Scan(text, unit.start, unit.end)
        return self.scans[unit.start]

    def defer(self, unit: TextRange, in_title: bool) -> None:
        """Add the sentences of ``unit`` to ``unread``, cut only when they are read."""
        self.unread.append(Deferred(unit, in_title))

    def _cut(self, item: Deferred) -> list[Sentence]:
        """The sentences of a deferred unit, put in its place in ``unread``."""
        text = self.view.text
        cut = [
            Sentence(text, span, item.unit, item.in_title, self)
            for span in facts.sentences(text, item.unit)
        ]
        at = self.unread.index(item)
        self.unread[at : at + 1] = cut
        return cut

    def people(self, before: int) -> list[Party]:
        """The persons named before ``before``, in text order; unread sentences are read from
        the latest back, until one names a person."""
        for item in [x for x in self.unread if isinstance(x, Deferred)]:
            self._cut(item)
        unread = [x for x in self.unread if isinstance(x, Sentence)]  # all of them, now
        for sentence in sorted(unread, key=lambda x: -x.span.start):
            if sentence.span.end <= before:
                self.unread.remove(sentence)
                if any(p.kind == "person" for p in sentence.parties_before(sentence.span.end)):
                    break
        return sorted((p for p in self.persons if p.end <= before), key=lambda p: p.start)

    def mentioning(self, names: set[str]) -> list[Party]:
        """Every person named, reading the unread sentences that hold one of ``names``."""
        where = Names(self.view, names)
        units: dict[int, bool] = {}  # by its start: whether a unit may hold one of the names
        for item in list(self.unread):
            unit = item.unit
            if unit.start not in units:
                units[unit.start] = where.may_hold(unit.start, unit.end)
            if not units[unit.start]:
                continue  # nor does any of its sentences
            for sentence in [item] if isinstance(item, Sentence) else self._cut(item):
                if where.may_hold(sentence.span.start, sentence.span.end):
                    self._read_naming(sentence, names)
        return self.persons

    def _read_naming(self, sentence: Sentence, names: set[str]) -> None:
        """Read ``sentence`` if one of its words is one of ``names``."""
        if set(_WORD.findall(fold(sentence.span.of(sentence.text)))) & names:
            self.unread.remove(sentence)
            sentence.parties_before(sentence.span.end)


class Sentence:
    """A sentence of ``unit`` (the title or a paragraph, tokenised once for all its sentences)."""

    __slots__ = ("_before", "in_title", "memory", "span", "text", "unit")

    def __init__(
        self, text: str, span: TextRange, unit: TextRange, in_title: bool, memory: Memory
    ) -> None:
        self.text = text
        self.span = span
        self.unit = unit
        self.in_title = in_title
        self.memory = memory
        self._before: dict[int, list[Party]] = {}

    @property
    def scan(self) -> Scan:
        return self.memory.scan(self.text, self.unit)

    @property
    def last(self) -> int:
        """Index of the first token after the sentence."""
        return self.scan.at(self.span.end)

    def parties_before(self, pos: int) -> list[Party]:
        if pos not in self._before:
            sc = self.scan
            found = scan_parties(sc, sc.at(self.span.start), sc.at(pos))
            self._before[pos] = found
            self.memory.persons += [p for p in found if p.kind == "person" and p.name]
        return self._before[pos]

    def subject(self, at: int, infinitive: bool = False) -> tuple[list[Party], bool]:
        """The subject of the verb at ``at`` and whether it stands right before the verb; none
        when the words between them make the meeting a wish ("is ready to meet")."""
        parties = self.parties_before(at)
        me = self.first_person(at)
        if me is not None:
            return [me], True
        if not parties:
            return [], False
        gap = self.text[parties[-1].end : at]
        if _ADJACENT.fullmatch(gap):
            chosen = [parties[-1]]
            for p in reversed(parties[:-1]):
                if not _JOIN.fullmatch(self.text[p.end : chosen[0].start]):
                    break
                chosen.insert(0, p)
            return self.resolve(chosen, []), True
        if infinitive or _COORDINATED.fullmatch(gap):
            first = next((p for p in parties if p.kind in ("person", "group")), None)
            if first is None or _WISH.search(self.text, first.end, at):
                return [], False
            return [first], False
        return [], False

    def first_person(self, at: int) -> Party | None:
        """The speaker, when "I" or "we" is the subject of the verb at ``at``."""
        speaker = self.memory.speaker
        if speaker is None:
            return None
        m = _FIRST_PERSON.search(self.text, max(self.span.start, at - 40), at)
        if m is None:
            return None
        return replace(speaker, start=m.start("pronoun"), end=m.end("pronoun"))

    def objects(self, pos: int) -> list[Party]:
        peer = _MY_PEER.match(self.text, pos, self.span.end)
        pos = peer.end() if peer is not None else pos
        sc = self.scan
        found, _ = read_list(sc, sc.at(pos), self.last)
        self.memory.persons += [p for p in found if p.kind == "person" and p.name]
        return found

    def resolve(self, parties: list[Party], subject: list[Party]) -> list[Party]:
        """``parties`` with pronouns and counterparts replaced by whom they refer to."""
        taken = {(p.start, p.end) for p in subject}
        names = {p.name for p in subject if p.name}
        out: list[Party] = []
        for p in parties:
            if p.kind == "pronoun":
                before = [q for q in self.parties_before(p.start) if (q.start, q.end) not in taken]
                ante = (
                    _titled(before)
                    or _last_person(before, names)
                    or _last_person(self.memory.people(p.start), names)
                )
                if ante is not None:
                    out.append(ante)
            elif p.kind == "counterpart" and p.countries:
                ante = _last_person(
                    [q for q in self.memory.people(p.start) if q.countries == p.countries], names
                )
                out.append(ante or p)
            elif p.kind != "counterpart":
                out.append(p)
        return out


def _titled(parties: list[Party]) -> Party | None:
    """ "the Foreign Secretary will travel to X, where he will ...": the sentence's last person
    before the pronoun, when the text names only the office."""
    last = next((p for p in reversed(parties) if p.kind == "person"), None)
    return last if last is not None and last.name is None and last.title else None


def _last_person(parties: list[Party], names: set[str]) -> Party | None:
    return next(
        (p for p in reversed(parties) if p.kind == "person" and p.name and p.name not in names),
        None,
    )


def situate(s: Sentence, found: list[Found], context: Context, last: list[Found]) -> list[Found]:
    """Date, place and occasion of the meetings ``found`` in the sentence: from the words after
    each rule's (up to the next one's), else from the sentence's opening words; calls dropped;
    an attended event that is another meeting's occasion is not a meeting of its own."""
    if not found:
        return []
    found.sort(key=lambda f: f.at)
    text, span = s.text, s.span
    lead = min(min(f.at, f.evidence.start) for f in found)
    events = facts.occasions(text, span.start, span.end)
    days = facts.dates(text, span.start, span.end, context.published)
    places = facts.places(text, span.start, span.end, context.issuer_country)
    kept: list[Found] = []
    for i, item in enumerate(found):
        end = found[i + 1].at if i + 1 < len(found) and found[i + 1].at > item.at else span.end
        if not item.remote_ok and facts.remote(text, item.evidence.start, end):
            s.memory.calls.append(item)
            continue
        item.date = item.date or facts.pick_date(days, item.at, end)
        if item.date is None and not s.in_title:
            item.date = facts.pick_date(days, span.start, lead)
            if item.date is None and last and same_day(text, span.start, end):
                item.date = last[-1].date
        if item.occasion is None:
            near = [e for e in events if e.end <= end and not _inside(e, item)]
            item.occasion = min(near, key=lambda e: abs(e.start - item.at), default=None)
        item.place = (
            facts.pick_place(places, item.at, end)
            or facts.pick_place(places, span.start, end)
            or facts.dateline_place(text, span)
            or (facts.city_of_event(item.occasion.of(text)) if item.occasion else None)
        )
        if item.place is None and last:
            _follow(s, item, last[-1])
        kept.append(item)
    occasions = {(f.occasion.start, f.occasion.end) for f in kept if f.occasion and not _attend(f)}
    return [
        f
        for f in kept
        if not (_attend(f) and f.occasion and (f.occasion.start, f.occasion.end) in occasions)
    ]


def _follow(s: Sentence, item: Found, before: Found) -> None:
    """ "On the sidelines of the Summit, A met B": place (and date) of the meeting reported just
    before, when that one is the event named (its evidence or occasion says the noun)."""
    m = ANAPHOR.match(s.text, s.span.start, s.span.end)
    if m is None or before.place is None:
        return
    if m["noun"] is not None:
        said = before.evidence.of(s.text) + (before.occasion.of(s.text) if before.occasion else "")
        if m["noun"].casefold() not in said.casefold():
            return
    item.place = before.place
    item.date = item.date or before.date


def _attend(item: Found) -> bool:
    return item.rule == "attend_event"


def _inside(event: TextRange, item: Found) -> bool:
    return (
        item.evidence.start <= event.start
        and event.end <= item.evidence.end
        and not (_attend(item))
    )


def report(
    rule: str,
    s: Sentence,
    m: re.Match[str],
    parties: list[Party],
    end: int,
    subject: list[Party] | None = None,
    *,
    planned: bool,
    word: str | None = None,
    host: int | None = None,
    occasion: TextRange | None = None,
    remote_ok: bool = False,
    peers: list[Participant] | None = None,
) -> list[Found]:
    """A meeting between ``peers`` and ``parties``, reported from the subject (or the verb) to
    ``end``."""
    head = canonical(subject[0].title) if subject else None
    people = [*(peers or []), *(p for party in parties for p in participants(party, head))]
    if len(people) < 2:
        return []
    start = lead_in(s, m)
    if subject and subject[0].start < m.start():  # a subject resolved from an earlier sentence
        start = max(subject[0].start, s.span.start)  # makes the evidence start the sentence
    evidence = rstrip_chars(s.text, trim(s.text, start, max(end, m.end())), ",;:")
    status = MeetingStatus.PLANNED if planned else MeetingStatus.HELD
    return [
        Found(
            rule,
            people,
            status,
            evidence,
            s.in_title,
            word=word,
            occasion=occasion,
            host=host,
            at=m.start(),
            remote_ok=remote_ok,
        )
    ]


def lead_in(s: Sentence, m: re.Match[str]) -> int:
    """Where the words reporting a meeting start: the article before the rule's phrase."""
    lead = LEAD_IN.search(s.text, max(s.span.start, m.start() - 40), m.start())
    return lead.start() if lead is not None else m.start()
