"""The first seed, statement No:280/24: explicit facts first, then the snapshot."""

from __future__ import annotations

from pathlib import Path

from pytest_regressions.data_regression import DataRegressionFixture

from mfa_dataset.models import Statement, quoted
from mfa_dataset.types import (
    PloverEvent,
    Provenance,
    StatementKind,
)
from seed_facts import assert_seed_documents, assert_seed_meetings

CHROME = ("Share this page", "All rights reserved", "Privacy Policy", "Search in archive")


def test_seed_text_is_the_shared_seed_byte_for_byte(root: Path, seed: Statement) -> None:
    raw = (root / "seeds" / seed.seed).read_bytes()
    assert raw.decode("utf-8") == seed.text
    assert "\u2019" in seed.text  # curly quotes kept
    assert "\u00a0" in seed.text  # non-breaking space kept
    assert "Erdoğan" in seed.text
    assert "Türkiye" in seed.text


def test_header(seed: Statement) -> None:
    assert seed.id == "az-mfa-2024-280"
    assert seed.number is not None
    assert (seed.number.raw, seed.number.sequence, seed.number.year) == ("280/24", 280, 2024)
    assert seed.kind is StatementKind.RESPONSE
    assert seed.speaker is not None
    assert (seed.speaker.name, seed.speaker.role) == ("Aykhan Hajizada", "MFA Spokesperson")
    assert seed.audience == "local media"
    assert seed.subject is not None
    assert seed.subject.endswith("in Astana")
    assert seed.date.isoformat() == "2024-07-03"
    assert seed.source_url == "https://mfa.gov.az/en/news/no28024"
    assert seed.issuer.country == "AZE"


def test_four_question_answer_pairs_in_order(seed: Statement) -> None:
    assert len(seed.questions) == 4
    assert len(seed.answers) == 4
    assert [a.question_id for a in seed.answers] == [q.id for q in seed.questions]
    subjects = ["Xi Jinping", "trilateral meeting", "Vladimir Putin", "Kassym-Jomart Tokayev"]
    for question, subject in zip(seed.questions, subjects, strict=False):
        assert subject in question.text
    assert seed.questions[0].label == "Question 1"
    assert seed.answers[3].text.endswith("observer status in the Organization.")


def test_no_website_chrome_in_content(seed: Statement) -> None:
    content = [a.text for a in seed.answers] + [q.text for q in seed.questions]
    content += [seed.text[p.start : p.end] for p in seed.paragraphs]
    for text in content:
        for chrome in CHROME:
            assert chrome not in text


def test_every_span_reads_back(seed: Statement) -> None:
    for record in seed.children():
        assert seed.text[record.span.start : record.span.end] == quoted(record)


def test_four_meetings_in_astana(seed: Statement) -> None:
    assert_seed_meetings(seed.meetings)
    # Astana is a third country for the Azerbaijani side, except when meeting Kazakhstan's host
    assert [m.cameo for m in seed.meetings] == ["044", "044", "044", "042"]
    assert {m.plover for m in seed.meetings} == {PloverEvent.CONSULT}
    xi = seed.meetings[0].participants[1]
    assert xi.wikidata == "Q15031"  # from the actor gazetteer


def test_extraction_agrees_with_curation(seed: Statement) -> None:
    """Every extracted record overlaps a curated one, so only curated records remain."""
    provenances = [m.provenance for m in seed.meetings] + [g.provenance for g in seed.agreements]
    assert set(provenances) == {Provenance.CURATED}


def test_documents_signed(seed: Statement) -> None:
    assert_seed_documents(seed.agreements)
    declaration, _, _, investment, fund = seed.agreements
    assert fund.meeting_id == seed.meetings[3].id
    assert {(g.cameo, g.plover) for g in seed.agreements} == {("057", PloverEvent.COOPERATE)}
    assert declaration.meeting_id == seed.meetings[0].id
    assert "investment fund" in investment.evidence
    assert investment.meeting_id is None


def test_snapshot(seed: Statement, data_regression: DataRegressionFixture) -> None:
    """The whole Statement as published; read the YAML beside this file when it changes."""
    data_regression.check(seed.model_dump(mode="json"))
