"""schema/: generated from the models, committed, and what every published record obeys."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from pytest_regressions.data_regression import DataRegressionFixture

from mfa_dataset._version import SCHEMA_VERSION
from mfa_dataset.schema import DIALECT, schema_files, schemas
from mfa_dataset.tables import TABLES


def test_committed_schema_equals_the_models(root: Path) -> None:
    committed = {p.name: p.read_text(encoding="utf-8") for p in (root / "schema").glob("*.json")}
    assert committed == schema_files(), "schema/ is stale: run `mfa-dataset schema`"


def test_schemas_are_valid_2020_12_with_versioned_ids() -> None:
    for name, schema in schemas().items():
        jsonschema.Draft202012Validator.check_schema(schema)
        assert schema["$schema"] == DIALECT
        assert schema["$id"] == f"urn:mfa-dataset:schema:{SCHEMA_VERSION}:{name.split('.')[0]}"
        assert schema["version"] == SCHEMA_VERSION


def test_published_schema_requires_every_key() -> None:
    statement = schemas()["statements.schema.json"]
    assert set(statement["required"]) == set(statement["properties"])
    participant = statement["$defs"]["Participant"]
    assert set(participant["required"]) == {"name", "title", "country", "organization", "wikidata"}
    sidecar = schemas()["sidecar.schema.json"]
    assert set(sidecar["required"]) == {"source_url", "published", "language", "issuer"}


@pytest.mark.parametrize("table", list(TABLES))
def test_every_published_record_is_valid(root: Path, table: str) -> None:
    schema = json.loads((root / "schema" / f"{table}.schema.json").read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
    lines = (root / "dataset" / "data" / f"{table}.jsonl").read_text(encoding="utf-8").splitlines()
    assert lines, f"{table} is empty"
    for number, line in enumerate(lines, 1):
        errors = [e.message for e in validator.iter_errors(json.loads(line))]
        assert errors == [], f"{table}.jsonl:{number}"


def test_schema_rejects_what_the_models_reject() -> None:
    validator = jsonschema.Draft202012Validator(
        schemas()["meetings.schema.json"],
        format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER,
    )
    record = {"id": "az-mfa-2024-1.m1", "format": "quadrilateral"}
    messages = " ".join(e.message for e in validator.iter_errors(record))
    assert "'quadrilateral' is not one of" in messages
    assert "'statement_id' is a required property" in messages


def test_snapshot(data_regression: DataRegressionFixture) -> None:
    """The statements schema as published; read the YAML beside this file when it changes."""
    statement = schemas()["statements.schema.json"]
    date = statement["properties"]["date"]
    assert (date["type"], date["format"]) == ("string", "date")
    assert statement["properties"]["kind"]["$ref"] == "#/$defs/StatementKind"
    # trimmed text: two anchored patterns, decided without scanning the whole string
    assert statement["properties"]["title"]["allOf"] == [{"pattern": r"^\S"}, {"pattern": r"\S$"}]
    assert statement["$id"] == f"urn:mfa-dataset:schema:{SCHEMA_VERSION}:statements"
    data_regression.check(statement)
