"""Statement -> flat tables, one row model per Hugging Face config.

``statements`` is the nested, canonical table (one :class:`Statement` per line). The flat
tables repeat each child record with its ``statement_id`` so that a researcher can load them
as data frames and join them back.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Final

from pydantic import Field

from mfa_dataset.models import (
    Agreement,
    Meeting,
    Participant,
    Statement,
    StrictModel,
)
from mfa_dataset.types import (
    AgreementKind,
    AgreementStatus,
    Alpha3,
    CameoCode,
    CurrencyCode,
    Label,
    MeetingFormat,
    MeetingStatus,
    PartyCode,
    PloverEvent,
    Provenance,
    RecordId,
    StatementId,
    Text,
)

_STATEMENT_ID = "the statement it comes from; joins to `statements.id`"
_START = "offset of the evidence's first character in `statements.text`"
_END = "offset just past the evidence's last character (exclusive)"
_PROVENANCE = "`curated` (a contributor's sidecar) or `extracted` (automatic extraction)"


class QAPairRow(StrictModel):
    """An answer and the question it answers (question fields null for an answer alone)."""

    answer_id: RecordId = Field(description="`<statement id>.a<n>`, e.g. `az-mfa-2024-280.a1`")
    statement_id: StatementId = Field(description=_STATEMENT_ID)
    question_id: RecordId | None = Field(
        description="id of the question answered, `<statement id>.q<n>`; null if none"
    )
    question_label: Label | None = Field(
        description="the question's label as written, e.g. 'Question 1'; null if no question"
    )
    question: Text | None = Field(
        description="question text, exactly as in the raw text; null if no question"
    )
    question_start: int | None = Field(
        description="offset of the question's first character in `statements.text`"
    )
    question_end: int | None = Field(
        description="offset just past the question's last character (exclusive)"
    )
    answer_label: Label = Field(description="the answer's label as written, e.g. 'Answer'")
    answer: Text = Field(description="answer text, exactly as in the raw text")
    answer_start: int = Field(
        description="offset of the answer's first character in `statements.text`"
    )
    answer_end: int = Field(description="offset just past the answer's last character (exclusive)")


class MeetingRow(StrictModel):
    """A meeting the statement reports, with its location and span flattened into columns."""

    id: RecordId = Field(description="`<statement id>.m<n>`, e.g. `az-mfa-2024-280.m1`")
    statement_id: StatementId = Field(description=_STATEMENT_ID)
    participants: list[Participant] = Field(
        description="who meets: at least two people, delegations or organizations"
    )
    format: MeetingFormat = Field(description="how many sides meet")
    status: MeetingStatus = Field(description="whether the text reports it as held or planned")
    location_city: Label | None = Field(description="the city as written; null when not named")
    location_country: Alpha3 | None = Field(
        description="ISO 3166-1 alpha-3 code of the host state; null when unknown"
    )
    occasion: Label | None = Field(
        description="the larger event it is part of, such as a summit; null if none"
    )
    date: dt.date | None = Field(
        description="the day of the meeting when the text gives it; null otherwise"
    )
    cameo: CameoCode = Field(description="CAMEO event code (see the card)")
    plover: PloverEvent = Field(description="PLOVER event type")
    evidence: Text = Field(description="the supporting text, exactly as in the raw text")
    evidence_start: int = Field(description=_START)
    evidence_end: int = Field(description=_END)
    provenance: Provenance = Field(description=_PROVENANCE)


class AgreementRow(StrictModel):
    """An agreement the statement reports or mentions, with its value and span in columns."""

    id: RecordId = Field(description="`<statement id>.ag<n>`, e.g. `az-mfa-2024-280.ag1`")
    statement_id: StatementId = Field(description=_STATEMENT_ID)
    meeting_id: RecordId | None = Field(
        description="the meeting it was signed at (joins to `meetings.id`), if linked, "
        "e.g. `az-mfa-2024-280.m1`"
    )
    title: Label | None = Field(description="the document's title when the text names one")
    kind: AgreementKind = Field(description="what sort of document it is")
    parties: list[PartyCode] = Field(
        description="states (ISO alpha-3) and organizations (`ORG:<acronym>`) party to it, "
        "as the text names them; may be empty"
    )
    status: AgreementStatus = Field(description="where the document stands according to the text")
    value_amount: int | None = Field(
        description="money involved, in whole units of `value_currency`; null if not stated"
    )
    value_currency: CurrencyCode | None = Field(
        description="ISO 4217 code of `value_amount`'s currency; null if no amount"
    )
    cameo: CameoCode | None = Field(description="CAMEO event code; null if none")
    plover: PloverEvent | None = Field(description="PLOVER event type; null if none")
    evidence: Text = Field(description="the supporting text, exactly as in the raw text")
    evidence_start: int = Field(description=_START)
    evidence_end: int = Field(description=_END)
    provenance: Provenance = Field(description=_PROVENANCE)


Row = Statement | QAPairRow | MeetingRow | AgreementRow

#: config name -> row model, in publication order; ``statements`` is the default config.
TABLES: Final[dict[str, type[Row]]] = {
    "statements": Statement,
    "qa_pairs": QAPairRow,
    "meetings": MeetingRow,
    "agreements": AgreementRow,
}


def rows(statement: Statement) -> Iterator[tuple[str, Row]]:
    """Every row the statement contributes, as ``(table, row)``, in a fixed order."""
    yield "statements", statement
    questions = {q.id: q for q in statement.questions}
    for a in statement.answers:
        q = questions.get(a.question_id) if a.question_id else None
        yield (
            "qa_pairs",
            QAPairRow(
                answer_id=a.id,
                statement_id=statement.id,
                question_id=q.id if q else None,
                question_label=q.label if q else None,
                question=q.text if q else None,
                question_start=q.span.start if q else None,
                question_end=q.span.end if q else None,
                answer_label=a.label,
                answer=a.text,
                answer_start=a.span.start,
                answer_end=a.span.end,
            ),
        )
    for m in statement.meetings:
        yield "meetings", _meeting_row(statement.id, m)
    for g in statement.agreements:
        yield "agreements", _agreement_row(statement.id, g)


def _meeting_row(statement_id: str, m: Meeting) -> MeetingRow:
    return MeetingRow(
        id=m.id,
        statement_id=statement_id,
        participants=m.participants,
        format=m.format,
        status=m.status,
        location_city=m.location.city if m.location else None,
        location_country=m.location.country if m.location else None,
        occasion=m.occasion,
        date=m.date,
        cameo=m.cameo,
        plover=m.plover,
        evidence=m.evidence,
        evidence_start=m.span.start,
        evidence_end=m.span.end,
        provenance=m.provenance,
    )


def _agreement_row(statement_id: str, g: Agreement) -> AgreementRow:
    return AgreementRow(
        id=g.id,
        statement_id=statement_id,
        meeting_id=g.meeting_id,
        title=g.title,
        kind=g.kind,
        parties=g.parties,
        status=g.status,
        value_amount=g.value.amount if g.value else None,
        value_currency=g.value.currency if g.value else None,
        cameo=g.cameo,
        plover=g.plover,
        evidence=g.evidence,
        evidence_start=g.span.start,
        evidence_end=g.span.end,
        provenance=g.provenance,
    )
