"""Gold annotation files (``<stem>.gold.json``, format of the shared evaluation corpus).

Read with pydantic so that a malformed gold file fails with a located, coded problem instead of
a ``KeyError`` halfway through an evaluation. Extra keys are allowed: the corpus format may grow.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError

from mfa_dataset.errors import Code, MfaError, Problem


class _Gold(BaseModel):
    model_config = ConfigDict(frozen=True, extra="ignore")


class GoldSpeaker(_Gold):
    name: str
    role: str | None = None


class GoldParticipant(_Gold):
    name: str | None
    title: str | None = None
    country: str | None  # alpha-3, "ORG:<acronym>", or null for a group


class GoldMeeting(_Gold):
    participants: list[GoldParticipant]
    format: str
    status: str
    location_city: str | None = None
    location_country: str | None = None
    occasion: str | None = None
    date: dt.date | None = None
    evidence: str


class GoldValue(_Gold):
    amount: int
    currency: str


class GoldAgreement(_Gold):
    title: str | None = None
    kind: str
    parties: list[str]
    status: str
    value: GoldValue | None = None
    evidence: str


class GoldDocument(_Gold):
    doc_id: str
    source_url: str | None = None
    issuer_country: str | None
    number: str | None
    kind: str
    speaker: GoldSpeaker | None
    date: dt.date | None
    qa_pairs: int
    meetings: list[GoldMeeting]
    agreements: list[GoldAgreement]


def load_gold(path: Path) -> GoldDocument:
    try:
        return GoldDocument.model_validate_json(path.read_bytes())
    except ValidationError as exc:
        raise MfaError(
            Problem(Code.GOLD_INVALID, f"{'.'.join(map(str, e['loc']))}: {e['msg']}", str(path))
            for e in exc.errors(include_url=False)
        ) from exc
