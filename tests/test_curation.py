"""The sidecar has the last word over extraction: confirm, correct, add, drop."""

from __future__ import annotations

from pathlib import Path

import pytest

from mfa_dataset.curation import curate
from mfa_dataset.errors import Code, MfaError
from mfa_dataset.extraction.result import AgreementDraft, MeetingDraft
from mfa_dataset.models import Participant, Place
from mfa_dataset.parsing.result import TextRange
from mfa_dataset.sidecar import Located, load_sidecar
from mfa_dataset.types import (
    AgreementKind,
    AgreementStatus,
    MeetingFormat,
    MeetingStatus,
    Provenance,
)

RAW = (
    "No:5/24, Information\n\n"
    "The Minister met the Foreign Minister of Georgia in Tbilisi. "
    "A Memorandum of Understanding on visas was signed. "
    "The Minister also met the Ambassador of Japan. "
    "A telephone conversation with Peru was held."
)
HEAD = """\
source_url: https://example.org/5
published: 2024-05-01
language: en
issuer: {name: Ministry of Foreign Affairs, country: AZE, acronym: mfa}
"""


def at(quote: str) -> TextRange:
    start = RAW.index(quote)
    return TextRange(start, start + len(quote))


def meeting(quote: str, country: str, name: str | None = None) -> MeetingDraft:
    return MeetingDraft(
        participants=(
            Participant(title="Minister of Foreign Affairs", country="AZE"),
            Participant(name=name, country=country),
        ),
        format=MeetingFormat.BILATERAL,
        status=MeetingStatus.HELD,
        location=None,
        occasion=None,
        date=None,
        evidence=at(quote),
    )


GEORGIA = meeting("The Minister met the Foreign Minister of Georgia", "GEO")
JAPAN = meeting("The Minister also met the Ambassador of Japan", "JPN")
PERU = meeting("A telephone conversation with Peru was held", "PER")
MOU = AgreementDraft(
    title="Memorandum of Understanding on visas",
    kind=AgreementKind.MEMORANDUM_OF_UNDERSTANDING,
    parties=("AZE", "GEO"),
    status=AgreementStatus.SIGNED,
    value=None,
    meeting=0,
    evidence=at("A Memorandum of Understanding on visas was signed"),
)


def sidecar(tmp_path: Path, body: str = "") -> Located:
    path = tmp_path / "x.yaml"
    path.write_text(HEAD + body, encoding="utf-8")
    return load_sidecar(path)


def test_extracted_records_stay_when_the_sidecar_says_nothing(tmp_path: Path) -> None:
    meetings, agreements = curate(RAW, "az-mfa-2024-5", sidecar(tmp_path), [GEORGIA, JAPAN], [MOU])
    assert [m.provenance for m in meetings] == [Provenance.EXTRACTED] * 2
    assert [m.id for m in meetings] == ["az-mfa-2024-5.m1", "az-mfa-2024-5.m2"]
    assert agreements[0].meeting_id == "az-mfa-2024-5.m1"
    assert agreements[0].cameo == "057"


def test_curated_record_corrects_the_overlapping_extracted_one(tmp_path: Path) -> None:
    body = """\
meetings:
  - evidence: "met the Foreign Minister of Georgia in Tbilisi"
    participants:
      - {title: Minister of Foreign Affairs, country: AZE}
      - {title: Foreign Minister, country: GEO}
    location: {city: Tbilisi, country: GEO}
"""
    meetings, agreements = curate(
        RAW, "az-mfa-2024-5", sidecar(tmp_path, body), [GEORGIA, JAPAN], [MOU]
    )
    assert [(m.provenance, m.participants[1].country) for m in meetings] == [
        (Provenance.CURATED, "GEO"),
        (Provenance.EXTRACTED, "JPN"),
    ]
    assert meetings[0].location == Place(city="Tbilisi", country="GEO")
    assert meetings[0].participants[1].title == "Minister of Foreign Affairs"  # canonical
    assert meetings[0].cameo == "042"  # the Azerbaijani minister visits Georgia
    # the extracted agreement's link follows its meeting to the curated replacement
    assert agreements[0].meeting_id == meetings[0].id


def test_drop_and_add(tmp_path: Path) -> None:
    body = """\
agreements:
  - evidence: "The Minister also met the Ambassador of Japan"
    kind: other
    status: mentioned
drop:
  - evidence: "telephone conversation with Peru"
    reason: a call is not a meeting
"""
    meetings, agreements = curate(
        RAW, "az-mfa-2024-5", sidecar(tmp_path, body), [GEORGIA, PERU], [MOU]
    )
    assert [m.participants[1].country for m in meetings] == ["GEO"]
    assert [(g.provenance, g.kind) for g in agreements] == [
        (Provenance.EXTRACTED, AgreementKind.MEMORANDUM_OF_UNDERSTANDING),
        (Provenance.CURATED, AgreementKind.OTHER),
    ]
    assert agreements[1].cameo is None


@pytest.mark.parametrize(
    ("body", "codes"),
    [
        pytest.param(
            "drop:\n  - evidence: a quote that is nowhere\n", (Code.QUOTE_NOT_FOUND,), id="drop"
        ),
        pytest.param(
            "agreements:\n  - {evidence: The Minister, kind: other, status: signed, meeting: 3}\n",
            (Code.QUOTE_AMBIGUOUS, Code.MEETING_REF),
            id="ambiguous-and-bad-meeting",
        ),
    ],
)
def test_problems(tmp_path: Path, body: str, codes: tuple[Code, ...]) -> None:
    with pytest.raises(MfaError) as info:
        curate(RAW, "az-mfa-2024-5", sidecar(tmp_path, body), [GEORGIA], [])
    assert info.value.codes == codes
    assert all(p.line is not None for p in info.value.problems)
