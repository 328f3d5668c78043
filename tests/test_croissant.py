"""Croissant metadata: generated from the models, valid for mlcroissant, readable back offline."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel

import mfa_dataset.croissant as croissant_module
from mfa_dataset._version import DATASET_VERSION
from mfa_dataset.card import citation_bibtex
from mfa_dataset.croissant import CROISSANT, LICENSE_URL, croissant, render_croissant
from mfa_dataset.manifest import Manifest
from mfa_dataset.tables import TABLES

# rdflib (used by mlcroissant to read JSON-LD) calls its own deprecated ConjunctiveGraph
pytestmark = pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")

#: mlcroissant's only remark: we publish no release date (there is none to state honestly).
ACCEPTED_WARNINGS = {"datePublished"}


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Nothing here may download: every socket connection fails."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError("network access in a Croissant test")

    monkeypatch.setattr(socket.socket, "connect", refuse)


@pytest.fixture(scope="module")
def document(root: Path) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads((root / "dataset" / CROISSANT).read_text("utf-8"))
    return loaded


@pytest.fixture(scope="module")
def dataset(root: Path) -> Any:
    import mlcroissant as mlc

    return mlc.Dataset(jsonld=root / "dataset" / CROISSANT)


def _jsonl(root: Path, table: str) -> list[dict[str, Any]]:
    text = (root / "dataset" / "data" / f"{table}.jsonl").read_text("utf-8")
    return [json.loads(line) for line in text.splitlines()]


def test_published_file_is_what_the_models_give(root: Path) -> None:
    folder = root / "dataset"
    assert (folder / CROISSANT).read_text("utf-8") == render_croissant(folder)
    assert render_croissant(folder) == render_croissant(folder)


def test_mlcroissant_finds_no_errors(dataset: Any) -> None:
    issues = dataset.metadata.ctx.issues
    assert issues.errors == set()
    unexpected = [w for w in issues.warnings if not any(a in w for a in ACCEPTED_WARNINGS)]
    assert unexpected == []


def test_dataset_level_metadata(document: dict[str, Any]) -> None:
    assert document["conformsTo"] == "http://mlcommons.org/croissant/1.1"
    assert document["@type"] == "sc:Dataset"
    assert document["version"] == DATASET_VERSION
    assert document["license"] == LICENSE_URL
    assert document["citeAs"] == citation_bibtex()
    assert document["name"] == "mfa-dataset"


def test_files_and_checksums(document: dict[str, Any], root: Path) -> None:
    folder = root / "dataset"
    manifest = Manifest.model_validate_json((folder / "manifest.json").read_bytes())
    entries = {e.path: e for e in manifest.files}
    files = document["distribution"]
    assert [f["contentUrl"] for f in files] == [f"data/{t}.jsonl" for t in TABLES]
    for f in files:
        data = (folder / f["contentUrl"]).read_bytes()
        assert f["@type"] == "cr:FileObject"
        assert f["encodingFormat"] == "application/jsonlines"
        assert f["sha256"] == hashlib.sha256(data).hexdigest() == entries[f["@id"]].sha256
        assert f["contentSize"] == f"{len(data)} B"
    assert CROISSANT in entries, "the manifest lists croissant.json"


def _by_id(fields: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {f["@id"]: f for f in fields}


def test_record_sets_follow_the_models(document: dict[str, Any]) -> None:
    sets = document["recordSet"]
    assert [s["@id"] for s in sets] == list(TABLES)
    for record_set, model in zip(sets, TABLES.values(), strict=True):
        assert [f["name"] for f in record_set["field"]] == list(model.model_fields)
    statements = _by_id(sets[0]["field"])
    assert statements["statements/date"]["dataType"] == "sc:Date"
    assert statements["statements/text"]["source"] == {
        "fileObject": {"@id": "data/statements.jsonl"},
        "extract": {"column": "text"},
    }
    questions = statements["statements/questions"]
    assert questions["isArray"] is True
    assert "dataType" not in questions
    span = _by_id(questions["subField"])["statements/questions/span"]
    start = _by_id(span["subField"])["statements/questions/span/start"]
    assert start["dataType"] == "sc:Integer"
    assert start["source"]["extract"] == {"column": "questions"}
    assert start["source"]["transform"] == {"jsonPath": "span.start"}
    meetings = _by_id(_by_id(sets[2]["field"])["meetings/participants"]["subField"])
    assert meetings["meetings/participants/name"]["source"]["transform"] == {"jsonPath": "name"}
    kind = _by_id(sets[3]["field"])["agreements/kind"]
    assert kind["dataType"] == "sc:Text"
    assert "One of: memorandum_of_understanding" in kind["description"]
    parties = _by_id(sets[3]["field"])["agreements/parties"]
    assert (parties["isArray"], parties["dataType"]) == (True, "sc:Text")


def _plain(value: Any) -> Any:
    """A value read by mlcroissant as JSON would hold it."""
    import pandas as pd

    if isinstance(value, bytes):
        return value.decode("utf-8")
    if isinstance(value, pd.Timestamp):
        return value.date().isoformat()
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def _numeric(value: Any) -> Any:
    """mlcroissant reads JSON Lines with pandas' type inference, which turns a column of digit
    strings (CAMEO codes such as "044") into numbers: compare such strings as numbers."""
    if isinstance(value, str) and value.isdigit():
        return str(int(value))
    if isinstance(value, list):
        return [_numeric(v) for v in value]
    if isinstance(value, dict):
        return {k: _numeric(v) for k, v in value.items()}
    return value


def _expected(field: dict[str, Any], value: Any) -> Any:
    """A JSON value keyed the way mlcroissant keys records (by field ``@id``)."""
    subs = field.get("subField")
    if not subs or value is None:
        return value

    def item(v: dict[str, Any]) -> dict[str, Any]:
        return {s["@id"]: _expected(s, v[s["name"]]) for s in subs}

    return [item(v) for v in value] if field.get("isArray") else item(value)


def _readable(field: dict[str, Any]) -> bool:
    """mlcroissant 1.1.1 reassembles one level of subfields, not subfields of subfields."""
    return not any("subField" in s for s in field.get("subField", []))


def _records(dataset: Any, table: str) -> Iterator[dict[str, Any]]:
    for record in dataset.records(record_set=table):
        yield _numeric(_plain(dict(record)))


@pytest.mark.slow
@pytest.mark.parametrize("table", list(TABLES))
def test_records_read_back_through_mlcroissant(
    dataset: Any, document: dict[str, Any], root: Path, table: str
) -> None:
    (record_set,) = [s for s in document["recordSet"] if s["@id"] == table]
    fields = [f for f in record_set["field"] if _readable(f)]
    if table != "statements":
        assert fields == record_set["field"], "every field of a flat table round-trips"
    got = list(_records(dataset, table))
    rows = _jsonl(root, table)
    assert len(got) == len(rows)
    for record, row in zip(got, rows, strict=True):
        for f in fields:
            assert record[f["@id"]] == _numeric(_expected(f, row[f["name"]])), f["@id"]


class _Nested(BaseModel):
    grid: list[list[int]]


def test_a_type_without_croissant_equivalent_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "grids.jsonl").write_text('{"grid": [[1]]}\n', encoding="utf-8")
    monkeypatch.setattr(croissant_module, "TABLES", {"grids": _Nested})
    with pytest.raises(TypeError, match=r"_Nested\.grid"):
        croissant(tmp_path)


def test_dates_are_typed(dataset: Any) -> None:
    """sc:Date comes back as a date, not as the string of the JSON Lines."""
    (first,) = list(dataset.records(record_set="statements"))
    assert first["statements/date"].date() == dt.date(2024, 7, 3)
