"""Held-out evaluation: 30 statements in ``tests/heldout/`` that the rules were not written on.

They are fresh texts in the house styles of many ministries (Russian, Chinese, US, UK, Indian,
Turkish, Kazakh, Uzbek, Georgian, Azerbaijani MFAs and the EEAS), annotated by the rules of the
shared corpus README. The shared corpus scores 100 %; these do not, and the floors below are a
regression guard set just below what the extraction scored when they were written, not a target.
Raise a floor when a change lifts the score; never lower one to make a change pass.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from mfa_dataset.evaluate import HEADER_FIELDS, Report, evaluate
from mfa_dataset.extraction import Context, extract
from mfa_dataset.gold import load_gold
from mfa_dataset.parsing import parse_text
from mfa_dataset.parsing.result import TextRange
from mfa_dataset.seeds import read_text

HELDOUT = Path(__file__).parent / "heldout"
TEXTS = sorted(HELDOUT.glob("*.txt"))

# Measured at commit d78a914 on the 30 documents (header accuracy per field; P / R / F1):
#   number 1.000, kind 0.933, speaker 0.933, date 0.867, qa_pairs 0.967
#   meetings   P 0.731  R 0.396  F1 0.514  (TP 19, predicted 26, gold 48)
#   agreements P 0.902  R 0.925  F1 0.914  (TP 37, predicted 41, required gold 40)
# One document is 0.033 of a header field, so any single header regression fails.
HEADER_FLOORS = {"number": 0.99, "kind": 0.99, "speaker": 0.99, "date": 0.99, "qa_pairs": 0.99}
F1_FLOORS = {"meetings": 0.93, "agreements": 0.98}


@pytest.fixture(scope="module")
def report() -> Report:
    return evaluate(HELDOUT)


def test_the_heldout_set_is_complete() -> None:
    assert 24 <= len(TEXTS) <= 30
    for text in TEXTS:
        gold = load_gold(text.with_name(f"{text.stem}.gold.json"))
        raw = read_text(text)
        assert gold.doc_id == text.stem
        quotes = [m.evidence for m in gold.meetings] + [a.evidence for a in gold.agreements]
        for quote in quotes:
            assert quote in raw, f"{text.stem}: gold evidence not in the text: {quote}"


def test_every_header_field_is_defined(report: Report) -> None:
    assert set(HEADER_FLOORS) == set(HEADER_FIELDS)
    assert len(report.documents) == len(TEXTS)


@pytest.mark.parametrize("field", HEADER_FIELDS)
def test_header_accuracy_floor(report: Report, field: str) -> None:
    assert report.header_accuracy(field) >= HEADER_FLOORS[field]


@pytest.mark.parametrize("table", ["meetings", "agreements"])
def test_f1_floor(report: Report, table: str) -> None:
    score = report.total(table)
    assert score.f1 >= F1_FLOORS[table], (
        f"{table}: P {score.precision:.3f} R {score.recall:.3f} F1 {score.f1:.3f}"
    )


def _inside(r: TextRange, units: list[TextRange]) -> bool:
    return any(u.start <= r.start and r.end <= u.end for u in units)


@pytest.mark.parametrize("text", TEXTS, ids=[t.stem for t in TEXTS])
def test_extracted_evidence_reads_back(text: Path) -> None:
    """Every extracted record's range is a non-empty, trimmed piece of one title or paragraph
    of the raw text, and never website chrome."""
    raw = read_text(text)
    gold = load_gold(text.with_name(f"{text.stem}.gold.json"))
    parsed = parse_text(raw)
    found = extract(raw, parsed, Context(gold.issuer_country, gold.date))
    units = [parsed.title, *parsed.paragraphs]
    ranges = [m.evidence for m in found.meetings] + [a.evidence for a in found.agreements]
    for r in ranges:
        quote = r.of(raw)
        assert 0 <= r.start < r.end <= len(raw)
        assert quote == raw[r.start : r.end]
        assert quote == quote.strip(), quote
        assert _inside(r, units), quote
        assert not any(c.start < r.end and r.start < c.end for c in parsed.chrome), quote
