"""`mfa-dataset suggest`: a reviewable sidecar drafted from extraction."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from mfa_dataset.build import load_seeds
from mfa_dataset.cli import main
from mfa_dataset.errors import Code, MfaError
from mfa_dataset.sidecar import load_sidecar
from mfa_dataset.suggest import Metadata, suggest_sidecar
from mfa_dataset.types import Provenance

SEED = "000_dee6ee2a9e7b58d1"
META = Metadata(
    source_url="https://mfa.gov.az/en/news/no28024",
    published=None,
    issuer_name="Ministry of Foreign Affairs of the Republic of Azerbaijan",
    issuer_country="AZE",
)


@pytest.fixture
def raw(root: Path) -> str:
    return (root / "seeds" / f"{SEED}.txt").read_text(encoding="utf-8")


def test_draft_without_metadata_leaves_placeholders(raw: str) -> None:
    draft = suggest_sidecar(raw, Metadata())
    assert "# source_url: <fill in>" in draft
    assert "# published: <fill in>" in draft
    assert "# issuer:" in draft
    data = yaml.safe_load(draft)
    assert len(data["meetings"]) == 4
    assert len(data["agreements"]) == 5
    assert "source_url" not in data


def test_reviewed_draft_builds_to_the_curated_records(raw: str, tmp_path: Path, root: Path) -> None:
    """A draft with metadata filled in passes the builder and gives the seed's records."""
    draft = suggest_sidecar(raw, META).replace(
        "language: en", "published: '2024-07-03'\nlanguage: en"
    )
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(root / "seeds" / f"{SEED}.txt", seeds / f"{SEED}.txt")
    (seeds / f"{SEED}.yaml").write_text(draft, encoding="utf-8")
    drafted = load_seeds(tmp_path)[0]
    reference = load_seeds(root)[0]
    assert [m.provenance for m in drafted.meetings] == [Provenance.CURATED] * 4
    assert [
        (m.participants, m.location, m.occasion, m.status, m.cameo) for m in drafted.meetings
    ] == [(m.participants, m.location, m.occasion, m.status, m.cameo) for m in reference.meetings]
    assert [(g.kind, g.parties, g.status, g.value, g.meeting_id) for g in drafted.agreements] == [
        (g.kind, g.parties, g.status, g.value, g.meeting_id) for g in reference.agreements
    ]


def test_meeting_numbers_in_the_draft_are_one_based(raw: str, tmp_path: Path) -> None:
    data = yaml.safe_load(suggest_sidecar(raw, META))
    fund = next(g for g in data["agreements"] if "value" in g)
    assert fund["value"] == {"amount": 300000000, "currency": "USD"}
    names = [p.get("name") for p in data["meetings"][fund["meeting"] - 1]["participants"]]
    assert "Kassym-Jomart Tokayev" in names


def test_cli_writes_once_and_check_demands_the_placeholders(
    raw: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = tmp_path / "new.txt"
    text.write_text(raw, encoding="utf-8")
    assert main(["suggest", str(text), "--write", "--issuer-country", "AZE"]) == 0
    assert main(["suggest", str(text), "--write"]) == 1  # never overwrites
    capsys.readouterr()
    with pytest.raises(MfaError) as info:
        load_sidecar(text.with_suffix(".yaml"))
    missing = {p.message for p in info.value.problems}
    assert set(info.value.codes) == {Code.SIDECAR_INVALID}
    assert {"missing required key 'source_url'", "missing required key 'issuer'"} <= missing
