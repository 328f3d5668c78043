"""Models: which pydantic error type fires for each kind of bad record."""

from __future__ import annotations

import json
from typing import Any

import pytest
from pydantic import ValidationError

from mfa_dataset.models import Money, Participant, Span, Statement
from mfa_dataset.text import sha256_text

TEXT = "No:1/24, Statement\n\nQuestion: Why?\n\nAnswer: Because."


def statement(**changes: Any) -> dict[str, Any]:
    """A valid statement as JSON-ready data; ``changes`` replace top-level fields."""
    data: dict[str, Any] = {
        "id": "az-mfa-2024-1",
        "issuer": {"name": "Ministry of Foreign Affairs", "country": "AZE", "acronym": "mfa"},
        "number": {"raw": "1/24", "sequence": 1, "year": 2024},
        "kind": "statement",
        "title": "No:1/24, Statement",
        "speaker": None,
        "audience": None,
        "subject": None,
        "date": "2024-07-03",
        "language": "en",
        "source_url": "https://example.org/1",
        "seed": "x.txt",
        "sha256": sha256_text(TEXT),
        "text": TEXT,
        "paragraphs": [{"start": 20, "end": 34}, {"start": 36, "end": 52}],
        "questions": [
            {
                "id": "az-mfa-2024-1.q1",
                "label": "Question",
                "text": "Why?",
                "span": {"start": 30, "end": 34},
            }
        ],
        "answers": [
            {
                "id": "az-mfa-2024-1.a1",
                "question_id": "az-mfa-2024-1.q1",
                "label": "Answer",
                "text": "Because.",
                "span": {"start": 44, "end": 52},
            }
        ],
        "meetings": [],
        "agreements": [],
    }
    data.update(changes)
    return data


def error_types(exc: ValidationError) -> set[str]:
    return {e["type"] for e in exc.errors()}


def test_valid_statement_round_trips() -> None:
    s = Statement.model_validate_json(json.dumps(statement()))
    assert s.questions[0].text == TEXT[30:34]
    assert Statement.model_validate_json(s.model_dump_json()) == s


@pytest.mark.parametrize(
    ("changes", "error_type"),
    [
        pytest.param({"colour": "red"}, "extra_forbidden", id="unknown-field"),
        pytest.param({"id": "AZ MFA"}, "string_pattern_mismatch", id="bad-id"),
        pytest.param({"date": "2024-02-30"}, "date_parsing", id="impossible-date"),
        pytest.param({"language": "zz"}, "language_tag", id="unknown-language"),
        pytest.param({"source_url": "file:///etc/passwd"}, "http_url", id="not-http"),
        pytest.param({"kind": "rumour"}, "enum", id="unknown-kind"),
        pytest.param({"sha256": "abc"}, "string_pattern_mismatch", id="bad-digest"),
        pytest.param(
            {"issuer": {"name": "M", "country": "XKX", "acronym": "mfa"}},
            "country_code",
            id="unknown-country",
        ),
        pytest.param(
            {
                "questions": [
                    {
                        "id": "az-mfa-2024-1.q1",
                        "label": "Question",
                        "text": "Why not?",
                        "span": {"start": 30, "end": 34},
                    }
                ]
            },
            "span_mismatch",
            id="span-reads-other-text",
        ),
        pytest.param(
            {
                "questions": [
                    {
                        "id": "az-mfa-2024-9.q1",
                        "label": "Question",
                        "text": "Why?",
                        "span": {"start": 30, "end": 34},
                    }
                ]
            },
            "span_mismatch",
            id="child-of-another-statement",
        ),
        pytest.param({"paragraphs": [{"start": 5, "end": 2}]}, "span_order", id="span-backwards"),
        pytest.param(
            {"paragraphs": [{"start": 0, "end": 999}]}, "span_mismatch", id="span-past-end"
        ),
    ],
)
def test_invalid_statements(changes: dict[str, Any], error_type: str) -> None:
    with pytest.raises(ValidationError) as info:
        Statement.model_validate_json(json.dumps(statement(**changes)))
    assert error_type in error_types(info.value)


def test_models_are_frozen() -> None:
    span = Span(start=1, end=2)
    with pytest.raises(ValidationError) as info:
        span.start = 0
    assert error_types(info.value) == {"frozen_instance"}


@pytest.mark.parametrize(
    ("data", "error_type"),
    [
        ({"amount": -1, "currency": "USD"}, "greater_than_equal"),
        ({"amount": 5, "currency": "XYZ"}, "currency_code"),
        ({"amount": "5", "currency": "USD"}, "int_type"),
    ],
)
def test_money(data: dict[str, Any], error_type: str) -> None:
    with pytest.raises(ValidationError) as info:
        Money.model_validate(data)
    assert error_types(info.value) == {error_type}


def test_participant_accepts_an_organization() -> None:
    p = Participant.model_validate(
        {"name": "Shanghai Cooperation Organization", "organization": "SCO"}
    )
    assert p.country is None
    assert p.organization == "SCO"
