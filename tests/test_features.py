"""Hugging Face features generated from the model annotations, checked against ``datasets``."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, Literal, Optional

import pytest
from pydantic import BaseModel, Field

import mfa_dataset.features
from mfa_dataset.card import render_card
from mfa_dataset.features import field_docs, hf_feature, hf_features, nested_models
from mfa_dataset.models import (
    Agreement,
    Answer,
    Issuer,
    Meeting,
    Money,
    Participant,
    Place,
    Question,
    Span,
    Statement,
    StatementNumber,
)
from mfa_dataset.tables import TABLES, rows
from mfa_dataset.types import (
    AgreementKind,
    AgreementStatus,
    Alpha3,
    Label,
    MeetingFormat,
    MeetingStatus,
    PartyCode,
    PloverEvent,
    Provenance,
    StatementKind,
)

SPAN = {"struct": [{"name": "start", "dtype": "int64"}, {"name": "end", "dtype": "int64"}]}
MONEY = {"struct": [{"name": "amount", "dtype": "int64"}, {"name": "currency", "dtype": "string"}]}

CASES: list[tuple[Any, dict[str, Any]]] = [
    (str, {"dtype": "string"}),
    (Label, {"dtype": "string"}),
    (Alpha3, {"dtype": "string"}),
    (StatementKind, {"dtype": "string"}),
    (Literal["a", "b"], {"dtype": "string"}),
    (int, {"dtype": "int64"}),
    (Annotated[int, Field(ge=0)], {"dtype": "int64"}),
    (Literal[1, 2], {"dtype": "int64"}),
    (bool, {"dtype": "bool"}),
    (float, {"dtype": "float64"}),
    (dt.date, {"dtype": "date32"}),
    (int | None, {"dtype": "int64"}),
    (Optional[str], {"dtype": "string"}),  # noqa: UP045 - the typing spelling is supported too
    (Alpha3 | None, {"dtype": "string"}),
    (dt.date | None, {"dtype": "date32"}),
    (list[str], {"list": "string"}),
    (list[PartyCode], {"list": "string"}),
    (list[dt.date], {"list": "date32"}),
    (list[list[bool]], {"list": {"list": "bool"}}),
    (Span, SPAN),
    (Money | None, MONEY),
    (list[Span], {"list": SPAN["struct"]}),
    (list[list[Span]], {"list": {"list": SPAN["struct"]}}),
]


@pytest.mark.parametrize(("annotation", "expected"), CASES, ids=[repr(c[0]) for c in CASES])
def test_annotation_to_feature(annotation: Any, expected: dict[str, Any]) -> None:
    assert hf_feature(annotation) == expected


@pytest.mark.parametrize(("annotation", "expected"), CASES, ids=[repr(c[0]) for c in CASES])
def test_feature_is_what_datasets_writes(annotation: Any, expected: dict[str, Any]) -> None:
    """Each form is the canonical one: datasets reads it and writes the same YAML back."""
    from datasets import Features

    yaml_list = [{"name": "x", **hf_feature(annotation)}]
    assert Features._from_yaml_list(yaml_list)._to_yaml_list() == yaml_list


def test_date_is_date32() -> None:
    from datasets import Features, Value

    assert Features._from_yaml_list([{"name": "d", **hf_feature(dt.date)}]) == Features(
        {"d": Value("date32")}
    )


@pytest.mark.parametrize("table", list(TABLES))
def test_every_table_has_valid_features(table: str) -> None:
    from datasets import Features

    model = TABLES[table]
    yaml_list = hf_features(model)
    features = Features._from_yaml_list(yaml_list)
    assert list(features) == list(model.model_fields)
    assert features._to_yaml_list() == yaml_list


class Colour(Enum):
    RED = 1


class Loop(BaseModel):
    children: list[Loop]


class WithDict(BaseModel):
    name: str
    extra: dict[str, int]


@pytest.mark.parametrize(
    "annotation",
    [Any, dict[str, int], dt.datetime, str | int, list, tuple[int, ...], Colour, Literal["a", 1]],
    ids=repr,
)
def test_unsupported_annotation_raises(annotation: Any) -> None:
    with pytest.raises(TypeError, match=r"^where: "):
        hf_feature(annotation, "where")


def test_unsupported_field_is_named() -> None:
    with pytest.raises(TypeError, match=r"WithDict\.extra"):
        hf_features(WithDict)
    with pytest.raises(TypeError, match=r"WithDict\.extra"):
        field_docs(WithDict)


def test_recursive_model_raises() -> None:
    with pytest.raises(TypeError, match=r"Loop\.children\[\]: Loop contains itself"):
        hf_features(Loop)


def test_field_docs_cover_every_field_with_a_description() -> None:
    for model in [*TABLES.values(), *nested_models(*TABLES.values())]:
        docs = field_docs(model)
        assert [d.name for d in docs] == list(model.model_fields)
        assert [d.name for d in docs if not d.description] == [], model.__name__


def test_field_docs_read_types_nullability_and_values() -> None:
    docs = {d.name: d for d in field_docs(TABLES["meetings"])}
    assert (docs["date"].type, docs["date"].nullable) == ("date", True)
    assert (docs["evidence_start"].type, docs["evidence_start"].nullable) == ("integer", False)
    assert docs["participants"].type == "list of `Participant`"
    assert docs["status"].values == ("held", "planned")
    assert docs["location_country"].description  # from the explicit Field, despite `| None`


def test_building_does_not_import_datasets() -> None:
    src = Path(mfa_dataset.features.__file__).resolve().parents[1]
    code = "import sys, mfa_dataset.card; assert 'datasets' not in sys.modules, 'imported'"
    env = {**os.environ, "PYTHONPATH": str(src)}
    subprocess.run([sys.executable, "-c", code], check=True, env=env)


# --- round trip through datasets.load_dataset ----------------------------------------------

TEXT = (
    "No:280/24, Response by the MFA Spokesperson to a media inquiry\n"
    "\n"
    "Question 1: What was agreed in Astana?\n"
    "\n"
    "Answer: President Ilham Aliyev met President Xi Jinping in Astana on 3 July 2024.\n"
    "\n"
    "The sides signed a Joint Declaration worth 300 million US dollars.\n"
    "\n"
    "A meeting with Türkiye and the SCO is planned.\n"
)


def _span(text: str, quote: str) -> Span:
    start = text.index(quote)
    return Span(start=start, end=start + len(quote))


def _statements() -> list[Statement]:
    sid = "az-mfa-2024-280"
    q1 = "What was agreed in Astana?"
    a1 = "President Ilham Aliyev met President Xi Jinping in Astana on 3 July 2024."
    a2 = "A meeting with Türkiye and the SCO is planned."
    signed = "The sides signed a Joint Declaration worth 300 million US dollars."
    common: dict[str, Any] = {
        "issuer": Issuer(name="Ministry of Foreign Affairs", country="AZE", acronym="mfa"),
        "kind": StatementKind.RESPONSE,
        "speaker": None,  # null in every row
        "audience": None,  # null in every row
        "language": "en",
        "source_url": "https://mfa.gov.az/en/news/280",
        "sha256": "0" * 64,
    }
    first = Statement(
        id=sid,
        number=StatementNumber(raw="280/24", sequence=280, year=2024),
        title=TEXT.split("\n", 1)[0],
        subject="meetings in Astana",
        date=dt.date(2024, 7, 3),
        seed="000_a.txt",
        text=TEXT,
        paragraphs=[_span(TEXT, a1), _span(TEXT, signed)],
        questions=[Question(id=f"{sid}.q1", label="Question 1", text=q1, span=_span(TEXT, q1))],
        answers=[
            Answer(
                id=f"{sid}.a1",
                question_id=f"{sid}.q1",
                label="Answer",
                text=a1,
                span=_span(TEXT, a1),
            ),
            Answer(id=f"{sid}.a2", question_id=None, label="Answer", text=a2, span=_span(TEXT, a2)),
        ],
        meetings=[
            Meeting(
                id=f"{sid}.m1",
                participants=[
                    Participant(
                        name="Ilham Aliyev", title="President", country="AZE", organization=None
                    ),
                    Participant(
                        name="Xi Jinping", title="President", country="CHN", organization=None
                    ),
                ],
                format=MeetingFormat.BILATERAL,
                status=MeetingStatus.HELD,
                location=Place(city="Astana", country="KAZ"),
                occasion=None,
                date=dt.date(2024, 7, 3),
                cameo="044",
                plover=PloverEvent.CONSULT,
                evidence=a1,
                span=_span(TEXT, a1),
                provenance=Provenance.CURATED,
            ),
            Meeting(
                id=f"{sid}.m2",
                participants=[
                    Participant(name=None, title=None, country="AZE", organization=None),
                    Participant(name=None, title=None, country="TUR", organization=None),
                    Participant(name=None, title=None, country=None, organization="SCO"),
                ],
                format=MeetingFormat.MULTILATERAL,
                status=MeetingStatus.PLANNED,
                location=None,
                occasion=None,
                date=None,
                cameo="036",
                plover=PloverEvent.AGREE,
                evidence=a2,
                span=_span(TEXT, a2),
                provenance=Provenance.EXTRACTED,
            ),
        ],
        agreements=[
            Agreement(
                id=f"{sid}.ag1",
                title="Joint Declaration",
                kind=AgreementKind.JOINT_DECLARATION,
                parties=[],  # empty in every row
                status=AgreementStatus.SIGNED,
                value=Money(amount=300_000_000, currency="USD"),
                meeting_id=f"{sid}.m1",
                cameo="057",
                plover=PloverEvent.COOPERATE,
                evidence=signed,
                span=_span(TEXT, signed),
                provenance=Provenance.CURATED,
            ),
            Agreement(
                id=f"{sid}.ag2",
                title=None,
                kind=AgreementKind.OTHER,
                parties=[],
                status=AgreementStatus.MENTIONED,
                value=None,
                meeting_id=None,
                cameo=None,
                plover=None,
                evidence="Joint Declaration",
                span=_span(TEXT, "Joint Declaration"),
                provenance=Provenance.EXTRACTED,
            ),
        ],
        **common,
    )
    second = Statement(
        id="az-mfa-2024-0704-briefing",
        number=None,
        title="Briefing",
        subject=None,
        date=dt.date(2024, 7, 4),
        seed="001_b.txt",
        text="Briefing\n",
        paragraphs=[],
        questions=[],
        answers=[],
        meetings=[],
        agreements=[],
        **common,
    )
    return [first, second]


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("published")
    (folder / "data").mkdir()
    lines: dict[str, list[str]] = {table: [] for table in TABLES}
    for statement in _statements():
        for table, row in rows(statement):
            lines[table].append(row.model_dump_json())
    for table, rows_json in lines.items():
        (folder / "data" / f"{table}.jsonl").write_text(
            "".join(f"{line}\n" for line in rows_json), encoding="utf-8"
        )
    counts = {table: len(rows_json) for table, rows_json in lines.items()}
    (folder / "README.md").write_text(render_card(counts), encoding="utf-8")
    return folder


def _plain(value: Any) -> Any:
    """A value loaded by datasets as JSON would hold it (``datetime.date`` -> ISO string)."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


@pytest.mark.slow
@pytest.mark.parametrize("table", list(TABLES))
def test_round_trip_through_load_dataset(published: Path, table: str) -> None:
    import datasets

    model = TABLES[table]
    expected = [
        json.loads(line)
        for line in (published / "data" / f"{table}.jsonl").read_text("utf-8").splitlines()
    ]
    assert expected, "every table has rows in this test"
    loaded = datasets.load_dataset(
        str(published), table, split="train", cache_dir=str(published / "cache")
    )
    assert isinstance(loaded, datasets.Dataset)
    assert loaded.features == datasets.Features._from_yaml_list(hf_features(model))
    assert list(loaded.features) == list(model.model_fields)
    got = list(loaded)
    assert len(got) == len(expected)
    for row, want in zip(got, expected, strict=True):
        for name in model.model_fields:
            assert _plain(row[name]) == want[name], f"{table}.{name} of row {want}"
    if "date" in model.model_fields:
        assert isinstance(got[0]["date"], dt.date)
