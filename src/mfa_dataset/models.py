"""The published records: Statement and the Question, Answer, Meeting and Agreement it holds.

Every model inherits :class:`StrictModel` (frozen, unknown fields forbidden, strict types).
A Statement carries its raw text; every child record carries a :class:`Span` into that text
and the exact characters at the span, and the Statement refuses to exist unless each span
indexes its text and reads back what the record says. Problems are gathered first and raised
together.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, model_validator
from pydantic_core import PydanticCustomError

from mfa_dataset.readback import model_parts, read_back
from mfa_dataset.types import (
    AgreementKind,
    AgreementStatus,
    Alpha3,
    CameoCode,
    CurrencyCode,
    HttpUrl,
    Label,
    LanguageTag,
    MeetingFormat,
    MeetingStatus,
    OrgAcronym,
    PartyCode,
    PloverEvent,
    Provenance,
    RecordId,
    Sha256,
    StatementId,
    StatementKind,
    Text,
    WikidataId,
)

NonNegative = Annotated[int, Field(ge=0)]


class StrictModel(BaseModel):
    """Base of every model: immutable, no unknown fields, no silent coercion."""

    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        strict=True,
        # published files always carry every key, so the published schema requires them all
        json_schema_serialization_defaults_required=True,
    )


class Span(StrictModel):
    """Half-open character range ``[start, end)`` into ``Statement.text`` (Python str indices)."""

    start: NonNegative = Field(description="offset of the first character (inclusive)")
    end: NonNegative = Field(description="offset just past the last character (exclusive)")

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        if self.end < self.start:
            raise PydanticCustomError(
                "span_order", "span end {end} is before start {start}", {**self.model_dump()}
            )
        return self


class Issuer(StrictModel):
    """The ministry that published the statement."""

    name: Label = Field(
        description="the ministry's name as it gives it in English",
        examples=["Ministry of Foreign Affairs of the Republic of Azerbaijan"],
    )
    country: Alpha3 = Field(description="ISO 3166-1 alpha-3 code of the issuing state")
    acronym: Annotated[str, Field(pattern=r"^[a-z][a-z0-9]{1,15}$", examples=["mfa"])] = Field(
        description="short lower-case name of the ministry, the second part of statement ids"
    )


class StatementNumber(StrictModel):
    """The ministry's own number for the statement, e.g. ``280/24``."""

    raw: Label = Field(description="the number as written, without 'No:'", examples=["280/24"])
    sequence: NonNegative = Field(
        description="the running number (280 in 280/24), the last part of the statement id",
        examples=[280],
    )
    year: int | None = Field(
        ge=1900,
        le=2200,
        description="four-digit year of the numbering (2024 for 280/24); null if it has none",
    )


class Speaker(StrictModel):
    """The official in whose name the statement is given, as the header names them."""

    name: Label = Field(description="the speaker's name as written, e.g. 'Aykhan Hajizada'")
    role: Label | None = Field(
        description="the speaker's position as written, e.g. 'MFA Spokesperson'; null if not given"
    )


class Question(StrictModel):
    """A question put to the ministry (by journalists or the media), as printed."""

    id: RecordId = Field(
        description="`<statement id>.q<n>`, numbered in text order, e.g. `az-mfa-2024-280.q1`"
    )
    label: Label = Field(description="the label as written, e.g. 'Question 1'")
    text: Text = Field(description="the question, exactly as in the raw text")
    span: Span = Field(description="where `text` stands in the statement's raw text")


class Answer(StrictModel):
    """The ministry's answer to a question (or its reply to an inquiry), as printed."""

    id: RecordId = Field(
        description="`<statement id>.a<n>`, numbered in text order, e.g. `az-mfa-2024-280.a1`"
    )
    question_id: RecordId | None = Field(description="the question answered; null if none")
    label: Label = Field(description="the label as written, e.g. 'Answer'")
    text: Text = Field(description="the answer, exactly as in the raw text (chrome excluded)")
    span: Span = Field(description="where `text` stands in the statement's raw text")


class Place(StrictModel):
    """Where a meeting takes place."""

    city: Label | None = Field(default=None, description="the city as written; null if not named")
    country: Alpha3 | None = Field(
        default=None, description="ISO 3166-1 alpha-3 code of the host state; null when unknown"
    )


class Participant(StrictModel):
    """A person, delegation or organization taking part in a meeting."""

    name: Label | None = Field(
        default=None, description="as written; null when the text names nobody"
    )
    title: Label | None = Field(
        default=None,
        description="office or title as written; null when not given",
        examples=["President", "Minister of Foreign Affairs"],
    )
    country: Alpha3 | None = Field(default=None, description="the state the participant represents")
    organization: OrgAcronym | None = Field(
        default=None, description="the organization represented"
    )
    wikidata: WikidataId | None = Field(
        default=None, description="Wikidata item of the person, from the actor gazetteer"
    )


class Money(StrictModel):
    """An amount of money as the text states it (not converted, not adjusted)."""

    amount: NonNegative = Field(description="whole units of the currency", examples=[300000000])
    currency: CurrencyCode = Field(description="ISO 4217 code of the currency")


class Meeting(StrictModel):
    """A diplomatic meeting the statement reports, held or planned, between two or more sides."""

    id: RecordId = Field(
        description="`<statement id>.m<n>`, n in the order listed, e.g. `az-mfa-2024-280.m1`"
    )
    participants: list[Participant] = Field(
        min_length=2, description="who meets: at least two people, delegations or organizations"
    )
    format: MeetingFormat = Field(description="how many sides meet")
    status: MeetingStatus = Field(description="whether the text reports it as held or planned")
    location: Place | None = Field(description="where it takes place; null if not stated")
    occasion: Label | None = Field(
        description="the larger event it is part of, such as a summit; null if none",
        examples=["Shanghai Cooperation Organization (SCO) Summit"],
    )
    date: dt.date | None = Field(
        description="the day of the meeting when the text gives it; null otherwise"
    )
    cameo: CameoCode = Field(
        description="CAMEO code seen from the issuer: 042 make a visit, 043 host a visit, "
        "044 meet at a third location, 040 consult (place not stated), 036 intent to meet"
    )
    plover: PloverEvent = Field(description="PLOVER event type: CONSULT, or AGREE if planned")
    evidence: Text = Field(description="the supporting text, exactly as at `span`")
    span: Span = Field(description="where `evidence` stands in the statement's raw text")
    provenance: Provenance = Field(
        description="`curated` (a contributor's sidecar) or `extracted` (automatic extraction)"
    )


class Agreement(StrictModel):
    """A document (memorandum, declaration, treaty...) the statement reports or mentions."""

    id: RecordId = Field(
        description="`<statement id>.ag<n>`, n in the order listed, e.g. `az-mfa-2024-280.ag1`"
    )
    title: Label | None = Field(description="the document's title when the text names one")
    kind: AgreementKind = Field(description="what sort of document it is")
    parties: list[PartyCode] = Field(
        description="states (ISO alpha-3) and organizations (`ORG:<acronym>`) party to it, "
        "as the text names them; may be empty"
    )
    status: AgreementStatus = Field(description="where the document stands according to the text")
    value: Money | None = Field(description="the money involved when the text states an amount")
    meeting_id: RecordId | None = Field(
        description="the meeting it was signed at, if linked, e.g. `az-mfa-2024-280.m1`"
    )
    cameo: CameoCode | None = Field(
        description="CAMEO code: 057 sign formal agreement (signed, concluded), 030 intent to "
        "cooperate (planned); null when in force or only mentioned"
    )
    plover: PloverEvent | None = Field(
        description="PLOVER event type: COOPERATE (signed, concluded), AGREE (planned)"
    )
    evidence: Text = Field(description="the supporting text, exactly as at `span`")
    span: Span = Field(description="where `evidence` stands in the statement's raw text")
    provenance: Provenance = Field(
        description="`curated` (a contributor's sidecar) or `extracted` (automatic extraction)"
    )


class Statement(StrictModel):
    """One published statement, its raw text and every record found in it."""

    id: StatementId = Field(
        description="`<iso2 issuer>-<issuer acronym>-<year>-<number>`, or an id given by the "
        "contributor (date and slug) for a statement without a number"
    )
    issuer: Issuer = Field(description="the ministry that published the statement")
    number: StatementNumber | None = Field(
        description="the ministry's own number for the statement; null when it has none"
    )
    kind: StatementKind = Field(description="what sort of text it is, from its header")
    title: Text = Field(description="the first line of the raw text")
    speaker: Speaker | None = Field(description="who speaks, when the header names someone")
    audience: Label | None = Field(
        description="whom the statement answers, when the header says", examples=["local media"]
    )
    subject: Text | None = Field(description="what the header says the statement is about")
    date: dt.date = Field(description="publication date")
    language: LanguageTag = Field(description="BCP 47 tag of the text's language")
    source_url: HttpUrl = Field(description="where the ministry published the text")
    seed: Annotated[str, Field(pattern=r"^[A-Za-z0-9_.-]+\.txt$")] = Field(
        description="file name of the raw text in seeds/"
    )
    sha256: Sha256 = Field(description="SHA-256 of the raw text's UTF-8 bytes")
    text: str = Field(min_length=1, description="the raw text, never edited")
    paragraphs: list[Span] = Field(description="body paragraphs (no header, no website chrome)")
    questions: list[Question] = Field(description="questions put to the ministry, in text order")
    answers: list[Answer] = Field(description="the ministry's answers, in text order")
    meetings: list[Meeting] = Field(description="meetings the statement reports")
    agreements: list[Agreement] = Field(description="agreements the statement reports or mentions")

    @model_validator(mode="after")
    def _spans_read_back(self) -> Statement:
        problems = read_back(self.id, self.text, *model_parts(self))
        if problems:
            raise PydanticCustomError(
                "span_mismatch",
                "{count} record(s) do not read back from the text: {problems}",
                {"count": len(problems), "problems": "; ".join(problems)},
            )
        return self

    def children(self) -> list[Question | Answer | Meeting | Agreement]:
        return [*self.questions, *self.answers, *self.meetings, *self.agreements]


def quoted(record: Question | Answer | Meeting | Agreement) -> str:
    """The characters a record claims stand at its span."""
    return record.text if isinstance(record, (Question, Answer)) else record.evidence
