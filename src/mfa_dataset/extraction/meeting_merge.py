"""From what the rules found to drafts: participants, countries, format and deduplication.

* a person party is one participant (name without forms of address, title made canonical by
  :func:`mfa_dataset.actors.split_title`); a group ("the Foreign Ministers of A and B") is one
  unnamed participant per country; a bare country or organization is an unnamed participant;
* a participant whose country the text does not give takes it from another mention of the same
  person in the statement, then from the gazetteer (:func:`mfa_dataset.actors.find_person`), then
  from the issuer when nobody else in the meeting is from the issuing state ("Foreign Minister
  Mevlüt Çavuşoğlu" in a Turkish press release);
* ``format`` is the word the text uses ("trilateral") or else the number of sides (countries,
  organizations, unattached people): 2 bilateral, 3 trilateral, more multilateral;
* two drafts with the same sides, the same status and no conflicting names are one meeting
  reported twice (title and body, question and answer): the one naming more people is kept
  (the body's over the title's on a tie) and takes the other's missing date, place and occasion.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from functools import lru_cache

from mfa_dataset import actors
from mfa_dataset.extraction.meeting_parties import Party
from mfa_dataset.extraction.meeting_titles import split_title
from mfa_dataset.extraction.meeting_words import PLURAL_HEADS
from mfa_dataset.extraction.result import MeetingDraft
from mfa_dataset.models import Participant, Place
from mfa_dataset.parsing.result import TextRange
from mfa_dataset.types import MeetingFormat, MeetingStatus

_SINGULAR = {"heads": "Head", "chairmen": "Chairman", "secretaries": "Secretary"}
_NO_TITLE = frozenset(["ministries", "delegations", "governments", "parliaments"])
_WORD_FORMATS = {
    "bilateral": MeetingFormat.BILATERAL,
    "trilateral": MeetingFormat.TRILATERAL,
    "multilateral": MeetingFormat.MULTILATERAL,
    "quadrilateral": MeetingFormat.MULTILATERAL,
}


@dataclass(slots=True)
class Found:
    """A meeting as one rule read it, before countries are filled in and duplicates merged."""

    rule: str
    participants: list[Participant]
    status: MeetingStatus
    evidence: TextRange
    in_title: bool = False
    word: str | None = None  # "bilateral", "trilateral" ... when the text says it
    occasion: TextRange | None = None
    place: Place | None = None
    date: dt.date | None = None
    host: int | None = None  # the receiving participant: its country is the place if none is said
    at: int = 0  # where the rule's words start: facts after it (to the next rule's) are its own
    remote_ok: bool = False  # consultations count as a meeting even held by video conference
    sides_only: bool = False  # "the next session of the Commission": countries, not persons


#: Case- and diacritics-insensitive form of a name (the gazetteer's matching key), cached.
fold = lru_cache(maxsize=4096)(actors.match_key)


def surname(name: str | None) -> str | None:
    return fold(name.split()[-1]) if name and name.split() else None


@lru_cache(maxsize=4096)
def canonical(title: str | None) -> str | None:
    """The title without its country ("Prime Minister of Pakistan" -> "Prime Minister")."""
    if not title:
        return None
    words = title.split()
    if words and words[0].casefold() in _NO_TITLE:
        return None
    singular = [_singular(w) for w in words]
    return split_title(" ".join(singular))[0] or None


def _singular(word: str) -> str:
    low = word.casefold()
    if low in _SINGULAR:
        return _SINGULAR[low]
    if low in PLURAL_HEADS and low.endswith("s"):
        return word[:-1]
    return word


def participants(party: Party, title_for_counterpart: str | None = None) -> list[Participant]:
    """The participants one party stands for."""
    title = canonical(party.title)
    if party.kind == "group":
        return [Participant(title=title, country=c) for c in party.countries]
    if party.kind == "counterpart":
        return [Participant(title=title_for_counterpart, country=c) for c in party.countries]
    if party.peer and title is None:
        title = title_for_counterpart
    country = party.countries[0] if party.countries else None
    org = party.org if country is None else None
    name = party.name if party.kind == "person" else (party.org_name if org else None)
    return [Participant(name=name, title=title, country=country, organization=org)]


def key(p: Participant) -> str:
    if p.country:
        return p.country
    if p.organization:
        return "ORG:" + p.organization
    return "NAME:" + (surname(p.name) or "")


def fill_countries(
    found: list[Found],
    issuer: str | None,
    published: dt.date | None,
    mentioning: Callable[[set[str]], list[Party]],
) -> list[Found]:
    """Countries for participants the text leaves without one (see the module docstring);
    ``mentioning`` gives the persons named with any of the given words, outside meetings too."""
    known: dict[str, Participant] = {}
    mentions = [p for item in found for p in item.participants]
    lacking = {fold(p.name).split()[-1] for p in mentions if p.name and not p.country}
    if lacking:
        named = mentioning(lacking)
        mentions += [q for party in named if party.countries for q in participants(party)]
    for p in mentions:
        if p.name and p.country:
            best = known.get(surname(p.name) or "")
            if best is None or len(p.title or "") > len(best.title or ""):
                known[surname(p.name) or ""] = p
    kept: list[Found] = []
    for item in found:
        people = [_complete(p, known, published) for p in item.participants]
        missing = [i for i, p in enumerate(people) if not p.country and not p.organization]
        unnamed = [i for i in missing if not people[i].name]
        home = unnamed if len(missing) > 1 else missing  # "the Minister": the issuer's
        if issuer and len(home) == 1 and all(p.country != issuer for p in people):
            people[home[0]] = people[home[0]].model_copy(update={"country": issuer})
        host = people[item.host] if item.host is not None and item.host < len(people) else None
        people = [p for p in people if p.name or p.country or p.organization]
        if item.sides_only:
            people = [p.model_copy(update={"name": None}) if p.country else p for p in people]
        if len({key(p) for p in people}) >= 2:
            item.participants = people
            item.host = people.index(host) if host in people else None
            kept.append(item)
    return kept


def _complete(p: Participant, known: dict[str, Participant], on: dt.date | None) -> Participant:
    """Country and a fuller title from another mention of the person, else the gazetteer."""
    if not p.name or p.organization:
        return p
    other = known.get(surname(p.name) or "")
    if other is None or (p.country and other.country != p.country):
        person = actors.find_person(p.name, on=on)
        office = actors.person_office(person, on) if person is not None else None
        other = (
            Participant(
                title=office.title, country=office.country, organization=office.organization
            )
            if office is not None and (office.country == p.country or not p.country)
            else None
        )
    if other is None:
        return p
    update: dict[str, str | None] = {"country": p.country or other.country}
    if not p.country and not other.country and other.organization:
        update["organization"] = other.organization  # "President of the European Council"
    if other.title and (p.title is None or _bare(p.title, other.title)):
        update["title"] = other.title
    return p.model_copy(update=update)


def _bare(title: str, fuller: str) -> bool:
    """A one-word title the fuller one contains ("Minister" in "Minister of Foreign Affairs")."""
    return " " not in title and title.casefold() in fuller.casefold().split()


def meeting_format(item: Found) -> MeetingFormat:
    if item.word in _WORD_FORMATS and len({key(p) for p in item.participants}) <= 3:
        return _WORD_FORMATS[item.word]
    sides = len({key(p) for p in item.participants})
    if sides == 2:
        return MeetingFormat.BILATERAL
    return MeetingFormat.TRILATERAL if sides == 3 else MeetingFormat.MULTILATERAL


def _same(a: Found, b: Found) -> bool:
    """Reports of one meeting (``a`` and ``b`` have the same sides)."""
    if a.status != b.status and not (a.in_title or b.in_title):
        return False
    names = {key(p): surname(p.name) for p in a.participants if p.name}
    return all(names.get(key(p)) in (None, surname(p.name)) for p in b.participants if p.name)


def _score(item: Found) -> tuple[int, int, int, int]:
    named = sum(1 for p in item.participants if p.name)
    facts = sum(x is not None for x in (item.date, item.place, item.occasion))
    return named, 0 if item.in_title else 1, facts, -len(item.participants)


def merge(found: Iterable[Found]) -> list[Found]:
    """One draft per meeting: duplicates folded into the most informative report."""
    kept: list[Found] = []
    by_sides: dict[frozenset[str], list[int]] = {}
    for item in found:
        sides = by_sides.setdefault(frozenset(key(p) for p in item.participants), [])
        twin = next((i for i in sides if _same(kept[i], item)), None)
        if twin is None:
            sides.append(len(kept))
            kept.append(item)
            continue
        best, other = sorted((kept[twin], item), key=_score, reverse=True)
        kept[twin] = _fill(best, other)
    return kept


def _fill(best: Found, other: Found) -> Found:
    names = {key(p): p for p in other.participants}
    people = []
    for p in best.participants:
        twin = names.get(key(p))
        if twin is not None and p.name is None and twin.name is not None:
            p = p.model_copy(update={"name": twin.name, "title": p.title or twin.title})
        people.append(p)
    return replace(
        best,
        participants=people,
        status=other.status if best.in_title and not other.in_title else best.status,
        date=best.date or other.date,
        place=best.place or other.place,
        occasion=best.occasion or other.occasion,
        word=best.word or other.word,
    )


def draft(text: str, item: Found) -> MeetingDraft:
    place = item.place
    if place is None and item.host is not None and item.status is MeetingStatus.HELD:
        host = item.participants[item.host] if item.host < len(item.participants) else None
        place = Place(country=host.country) if host is not None and host.country else None
    return MeetingDraft(
        participants=tuple(item.participants),
        format=meeting_format(item),
        status=item.status,
        location=place,
        occasion=item.occasion.of(text) if item.occasion is not None else None,
        date=item.date,
        evidence=item.evidence,
    )
