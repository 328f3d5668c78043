"""What extraction finds in a statement: drafts of meetings and agreements.

Drafts are frozen dataclasses holding validated value models (Participant, Place, Money) and a
:class:`~mfa_dataset.parsing.result.TextRange` into the raw text as evidence. The assembler
gives them ids, merges them with the sidecar's curated records and turns them into
:class:`~mfa_dataset.models.Meeting` and :class:`~mfa_dataset.models.Agreement`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from mfa_dataset.models import Money, Participant, Place
from mfa_dataset.parsing.result import TextRange
from mfa_dataset.types import AgreementKind, AgreementStatus, MeetingFormat, MeetingStatus


@dataclass(frozen=True, slots=True)
class Context:
    """What extraction knows besides the text: from the sidecar, or from a gold file."""

    issuer_country: str | None  # ISO alpha-3 of the publishing ministry ("our country")
    published: dt.date | None  # resolves "today", "yesterday", "on 16 May" (no year)


@dataclass(frozen=True, slots=True)
class MeetingDraft:
    participants: tuple[Participant, ...]  # at least two
    format: MeetingFormat
    status: MeetingStatus
    location: Place | None
    occasion: str | None  # exact substring of the text, e.g. "SCO Summit"
    date: dt.date | None
    evidence: TextRange  # the clause reporting the meeting


@dataclass(frozen=True, slots=True)
class AgreementDraft:
    title: str | None  # exact substring of the text when it names the document
    kind: AgreementKind
    parties: tuple[str, ...]  # ISO alpha-3 or ORG:<acronym>, sorted
    status: AgreementStatus
    value: Money | None
    meeting: int | None  # index into the statement's meeting drafts, when the text links them
    evidence: TextRange
