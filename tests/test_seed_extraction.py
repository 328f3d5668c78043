"""Extraction alone, on the first seed, against the seed's curated records (the reference)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from mfa_dataset.extraction import Context, Extraction, extract
from mfa_dataset.extraction.result import AgreementDraft, MeetingDraft
from mfa_dataset.parsing import parse_text
from mfa_dataset.parsing.result import TextRange
from mfa_dataset.sidecar import CuratedAgreement, CuratedMeeting, Sidecar, load_sidecar
from seed_facts import assert_seed_documents, assert_seed_meetings

SEED = "000_dee6ee2a9e7b58d1"


@pytest.fixture(scope="module")
def raw(root: Path) -> str:
    return (root / "seeds" / f"{SEED}.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def curated(root: Path) -> Sidecar:
    return load_sidecar(root / "seeds" / f"{SEED}.yaml").sidecar


@pytest.fixture(scope="module")
def found(raw: str, curated: Sidecar) -> Extraction:
    return extract(raw, parse_text(raw), Context(curated.issuer.country, curated.published))


def _where(raw: str, quote: str) -> TextRange:
    start = raw.index(quote)
    return TextRange(start, start + len(quote))


def _overlapping(raw: str, quote: str, drafts: tuple[Any, ...]) -> list[int]:
    r = _where(raw, quote)
    return [
        i for i, d in enumerate(drafts) if d.evidence.start < r.end and r.start < d.evidence.end
    ]


def _meeting_fields(m: CuratedMeeting | MeetingDraft) -> dict[str, Any]:
    return {
        "participants": [(p.name, p.title, p.country, p.organization) for p in m.participants],
        "status": m.status,
        "location": m.location,
        "occasion": m.occasion,
        "date": m.date,
    }


def _agreement_fields(g: CuratedAgreement | AgreementDraft) -> dict[str, Any]:
    return {
        "title": g.title,
        "kind": g.kind,
        "parties": sorted(g.parties),
        "status": g.status,
        "value": g.value,
    }


def test_extraction_reproduces_every_curated_meeting(
    raw: str, curated: Sidecar, found: Extraction
) -> None:
    differences = []
    for n, m in enumerate(curated.meetings, 1):
        hits = _overlapping(raw, m.evidence, found.meetings)
        if len(hits) != 1:
            differences.append(f"meeting {n}: {len(hits)} extracted drafts overlap its evidence")
            continue
        want, got = _meeting_fields(m), _meeting_fields(found.meetings[hits[0]])
        differences += [
            f"meeting {n} {k}: curated {want[k]!r}, extracted {got[k]!r}"
            for k in want
            if want[k] != got[k]
        ]
    assert differences == []
    assert len(found.meetings) == len(curated.meetings)


def test_extraction_reproduces_every_curated_agreement(
    raw: str, curated: Sidecar, found: Extraction
) -> None:
    differences = []
    for n, g in enumerate(curated.agreements, 1):
        hits = _overlapping(raw, g.evidence, found.agreements)
        if len(hits) != 1:
            differences.append(f"agreement {n}: {len(hits)} extracted drafts overlap its evidence")
            continue
        draft = found.agreements[hits[0]]
        want, got = _agreement_fields(g), _agreement_fields(draft)
        differences += [
            f"agreement {n} {k}: curated {want[k]!r}, extracted {got[k]!r}"
            for k in want
            if want[k] != got[k]
        ]
        want_meeting = None if g.meeting is None else g.meeting - 1
        if draft.meeting != want_meeting:
            differences.append(
                f"agreement {n} meeting: curated {want_meeting}, got {draft.meeting}"
            )
    assert differences == []
    assert len(found.agreements) == len(curated.agreements)


def test_seed_facts_from_extraction_alone(found: Extraction) -> None:
    """The facts the issue names, asserted directly on extraction output."""
    assert_seed_meetings(found.meetings)
    assert_seed_documents(found.agreements)
    assert found.agreements[4].meeting == 3  # the fund, signed during the Astana meeting
