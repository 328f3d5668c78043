"""Extracted drafts + the sidecar's curated records -> the statement's meetings and agreements.

The sidecar has the last word:
- a curated record whose evidence overlaps an extracted one **confirms or corrects** it (the
  curated record replaces it);
- a curated record that overlaps none is **added**;
- a ``drop`` quote removes every extracted record whose evidence overlaps it;
- other extracted records stay, marked ``provenance: extracted``.
Records are numbered in text order of their evidence, so ids do not depend on where a record
came from. Every quote must occur exactly once in the raw text; all problems are reported.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar

from mfa_dataset.actors import canonical_title, find_person
from mfa_dataset.errors import Code, MfaError, Problem, line_col
from mfa_dataset.events import agreement_event, meeting_event
from mfa_dataset.extraction.result import AgreementDraft, MeetingDraft
from mfa_dataset.models import Agreement, Meeting, Participant, Span
from mfa_dataset.parsing.result import TextRange
from mfa_dataset.sidecar import CuratedAgreement, CuratedMeeting, Located
from mfa_dataset.text import normalise, occurrences
from mfa_dataset.types import MeetingFormat, Provenance


class _HasEvidence(Protocol):
    @property
    def evidence(self) -> TextRange: ...


D = TypeVar("D", bound=_HasEvidence)


@dataclass(frozen=True, slots=True)
class _Merged(Generic[D]):
    records: list[tuple[D, Provenance]]  # in text order
    curated: dict[int, int]  # sidecar index -> position in records
    extracted: dict[int, int]  # extraction index -> position (of its curated replacement too)


def curate(
    raw: str,
    statement_id: str,
    located: Located,
    meetings: Sequence[MeetingDraft],
    agreements: Sequence[AgreementDraft],
) -> tuple[list[Meeting], list[Agreement]]:
    """The statement's final meetings and agreements; :class:`MfaError` lists every problem."""
    problems: list[Problem] = []
    sidecar = located.sidecar

    def quote(text: str, loc: tuple[int | str, ...]) -> TextRange | None:
        return locate(raw, text, located, loc, problems)

    drops = [
        r for i, d in enumerate(sidecar.drop) if (r := quote(d.evidence, ("drop", i, "evidence")))
    ]
    curated_meetings = [
        _meeting_draft(m, quote(m.evidence, ("meetings", i, "evidence")))
        for i, m in enumerate(sidecar.meetings)
    ]
    curated_agreements = [
        _agreement_draft(g, quote(g.evidence, ("agreements", i, "evidence")))
        for i, g in enumerate(sidecar.agreements)
    ]
    for i, g in enumerate(sidecar.agreements):
        if g.meeting is not None and g.meeting > len(sidecar.meetings):
            problems.append(
                located.problem(
                    Code.MEETING_REF,
                    ("agreements", i, "meeting"),
                    f"meeting {g.meeting} does not exist (the sidecar lists "
                    f"{len(sidecar.meetings)})",
                    "give the 1-based position of a meeting in `meetings`",
                )
            )
    if problems:
        raise MfaError(problems)
    merged_meetings = _merge(curated_meetings, meetings, drops)
    merged_agreements = _merge(curated_agreements, agreements, drops)
    issuer = sidecar.issuer.country
    final_meetings = [
        _meeting(draft, f"{statement_id}.m{n}", provenance, raw, issuer)
        for n, (draft, provenance) in enumerate(merged_meetings.records, 1)
    ]

    def meeting_id(draft: AgreementDraft, provenance: Provenance) -> str | None:
        if draft.meeting is None:
            return None
        source = Provenance.CURATED
        positions = merged_meetings.curated if provenance is source else merged_meetings.extracted
        position = positions.get(draft.meeting)
        return None if position is None else final_meetings[position].id

    final_agreements = [
        _agreement(draft, f"{statement_id}.ag{n}", provenance, raw, meeting_id(draft, provenance))
        for n, (draft, provenance) in enumerate(merged_agreements.records, 1)
    ]
    return final_meetings, final_agreements


def locate(
    raw: str,
    quote: str,
    located: Located,
    loc: tuple[int | str, ...],
    problems: list[Problem],
) -> TextRange | None:
    """Where ``quote`` stands in ``raw``; a located problem when not exactly once."""
    found = occurrences(raw, quote)
    if len(found) == 1:
        return TextRange(found[0], found[0] + len(quote))
    if not found:
        near = normalise(quote) in normalise(raw)
        hint = (
            "the text has these words with other quotes, dashes or spacing: copy them exactly"
            if near
            else "copy the words from the raw text exactly, without editing them"
        )
        problems.append(located.problem(Code.QUOTE_NOT_FOUND, loc, "quote not in the text", hint))
    else:
        where = ", ".join("line {}:{}".format(*line_col(raw, i)) for i in found)
        problems.append(
            located.problem(
                Code.QUOTE_AMBIGUOUS,
                loc,
                f"quote occurs {len(found)} times ({where})",
                "lengthen the quote until it occurs exactly once",
            )
        )
    return None


def _overlaps(a: TextRange, b: TextRange) -> bool:
    return a.start < b.end and b.start < a.end


def _merge(
    curated: Sequence[D | None], extracted: Sequence[D], drops: Sequence[TextRange]
) -> _Merged[D]:
    pool: list[tuple[D, Provenance, str, int]] = [
        (d, Provenance.CURATED, "c", i) for i, d in enumerate(curated) if d is not None
    ]
    replaced: dict[int, int] = {}  # extraction index -> curated index
    for i, d in enumerate(extracted):
        over = [j for j, c in enumerate(curated) if c and _overlaps(c.evidence, d.evidence)]
        if over:
            replaced[i] = over[0]
        elif not any(_overlaps(r, d.evidence) for r in drops):
            pool.append((d, Provenance.EXTRACTED, "e", i))
    pool.sort(key=lambda item: (item[0].evidence.start, item[0].evidence.end, item[2]))
    positions = {(source, i): n for n, (_, _, source, i) in enumerate(pool)}
    extracted_pos = {i: positions[("e", i)] for (s, i) in positions if s == "e"}
    extracted_pos.update({i: positions[("c", j)] for i, j in replaced.items()})
    return _Merged(
        records=[(d, p) for d, p, _, _ in pool],
        curated={i: positions[("c", i)] for (s, i) in positions if s == "c"},
        extracted=extracted_pos,
    )


def _span(r: TextRange) -> Span:
    return Span(start=r.start, end=r.end)


def _meeting_draft(m: CuratedMeeting, evidence: TextRange | None) -> MeetingDraft | None:
    if evidence is None:
        return None
    count = len(m.participants)
    default = {2: MeetingFormat.BILATERAL, 3: MeetingFormat.TRILATERAL}.get(
        count, MeetingFormat.MULTILATERAL
    )
    return MeetingDraft(
        participants=tuple(m.participants),
        format=m.format or default,
        status=m.status,
        location=m.location,
        occasion=m.occasion,
        date=m.date,
        evidence=evidence,
    )


def _agreement_draft(g: CuratedAgreement, evidence: TextRange | None) -> AgreementDraft | None:
    if evidence is None:
        return None
    return AgreementDraft(
        title=g.title,
        kind=g.kind,
        parties=tuple(g.parties),
        status=g.status,
        value=g.value,
        meeting=None if g.meeting is None else g.meeting - 1,
        evidence=evidence,
    )


def normalised(p: Participant, on: dt.date | None) -> Participant:
    """``p`` with a canonical title and the Wikidata id of the gazetteer's person of that
    name (and country), whichever source the participant came from."""
    update: dict[str, str] = {}
    if p.title is not None and canonical_title(p.title) != p.title:
        update["title"] = canonical_title(p.title)
    person = None if p.wikidata is not None or p.name is None else find_person(p.name, on)
    if person is not None and person.wikidata is not None:
        namesake = p.country is not None and all(
            o.country not in (None, p.country) for o in person.offices
        )
        if not namesake:
            update["wikidata"] = person.wikidata
    return p.model_copy(update=update) if update else p


def _meeting(
    d: MeetingDraft, record_id: str, provenance: Provenance, raw: str, issuer: str
) -> Meeting:
    event = meeting_event(d.status, d.participants, d.location, issuer)
    return Meeting(
        id=record_id,
        participants=[normalised(p, d.date) for p in d.participants],
        format=d.format,
        status=d.status,
        location=d.location,
        occasion=d.occasion,
        date=d.date,
        cameo=event.cameo,
        plover=event.plover,
        evidence=d.evidence.of(raw),
        span=_span(d.evidence),
        provenance=provenance,
    )


def _agreement(
    d: AgreementDraft, record_id: str, provenance: Provenance, raw: str, meeting_id: str | None
) -> Agreement:
    event = agreement_event(d.status)
    return Agreement(
        id=record_id,
        title=d.title,
        kind=d.kind,
        parties=list(d.parties),
        status=d.status,
        value=d.value,
        meeting_id=meeting_id,
        cameo=event.cameo if event else None,
        plover=event.plover if event else None,
        evidence=d.evidence.of(raw),
        span=_span(d.evidence),
        provenance=provenance,
    )
