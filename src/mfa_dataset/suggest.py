"""``mfa-dataset suggest``: draft a sidecar from what parsing and extraction find.

The draft lists every extracted meeting and agreement as a curated record with its evidence
quote, for a contributor to confirm, correct or delete; metadata the text cannot give
(source URL, publication date, issuer) is taken from the options or left as a commented
placeholder, so that ``mfa-dataset check`` refuses the sidecar until someone fills it in.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import yaml

from mfa_dataset.extraction import Context, Extraction, extract
from mfa_dataset.extraction.result import AgreementDraft, MeetingDraft
from mfa_dataset.models import Participant
from mfa_dataset.parsing import parse_text
from mfa_dataset.text import occurrences


@dataclass(frozen=True, slots=True)
class Metadata:
    source_url: str | None = None
    published: dt.date | None = None
    language: str = "en"
    issuer_name: str | None = None
    issuer_country: str | None = None
    issuer_acronym: str = "mfa"


HEADER = """\
# Sidecar drafted by `mfa-dataset suggest` from automatic extraction.
# Review it against the text: confirm, correct or delete each record, add what is missing,
# fill in every placeholder, then run `mfa-dataset check`. Format: README.md, "The sidecar".
"""


def suggest_sidecar(raw: str, meta: Metadata) -> str:
    """The YAML text of a draft sidecar for ``raw``."""
    parsed = parse_text(raw)
    published = meta.published or parsed.date
    found = extract(raw, parsed, Context(meta.issuer_country, published))
    lines = [HEADER]
    known: dict[str, Any] = {}
    placeholders: list[str] = []
    for key, value in (
        ("source_url", meta.source_url),
        ("published", published.isoformat() if published else None),
        ("language", meta.language),
    ):
        if value is None:
            placeholders.append(f"# {key}: <fill in>")
        else:
            known[key] = value
    issuer = {"name": meta.issuer_name, "country": meta.issuer_country}
    if None in issuer.values():
        placeholders.append("# issuer: {name: <ministry>, country: <ISO alpha-3>, acronym: mfa}")
    else:
        known["issuer"] = {**issuer, "acronym": meta.issuer_acronym}
    lines.append(_dump(known))
    lines += [p + "\n" for p in placeholders]
    records = _records(raw, found)
    if any(records.values()):
        lines.append("\n" + _dump(records))
    return "".join(lines)


def _dump(data: dict[str, Any]) -> str:
    if not data:
        return ""
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)


def _records(raw: str, found: Extraction) -> dict[str, list[dict[str, Any]]]:
    return {
        "meetings": [meeting_fields(raw, m) for m in found.meetings],
        "agreements": [agreement_fields(raw, g) for g in found.agreements],
    }


def _evidence(raw: str, draft: MeetingDraft | AgreementDraft) -> str:
    quote = draft.evidence.of(raw)
    if len(occurrences(raw, quote)) == 1:
        return quote
    # widen to the whole line until the quote is unique (it always is once it covers the line)
    start = raw.rfind("\n", 0, draft.evidence.start) + 1
    end = raw.find("\n", draft.evidence.end)
    return raw[start : len(raw) if end < 0 else end].strip()


def _participant(p: Participant) -> dict[str, Any]:
    return {k: v for k, v in p.model_dump(mode="json").items() if v is not None}


def meeting_fields(raw: str, m: MeetingDraft) -> dict[str, Any]:
    """A meeting draft as sidecar fields (nulls left out)."""
    record: dict[str, Any] = {
        "evidence": _evidence(raw, m),
        "participants": [_participant(p) for p in m.participants],
        "format": m.format.value,
        "status": m.status.value,
    }
    if m.location is not None:
        record["location"] = {
            k: v for k, v in m.location.model_dump(mode="json").items() if v is not None
        }
    if m.occasion is not None:
        record["occasion"] = m.occasion
    if m.date is not None:
        record["date"] = m.date.isoformat()
    return record


def agreement_fields(raw: str, g: AgreementDraft) -> dict[str, Any]:
    """An agreement draft as sidecar fields (nulls left out; ``meeting`` 1-based)."""
    record: dict[str, Any] = {"evidence": _evidence(raw, g)}
    if g.title is not None:
        record["title"] = g.title
    record |= {"kind": g.kind.value, "parties": list(g.parties), "status": g.status.value}
    if g.value is not None:
        record["value"] = g.value.model_dump(mode="json")
    if g.meeting is not None:
        record["meeting"] = g.meeting + 1
    return record
