"""The fast line validator (orjson + jsonschema-rs + read-back) against the references.

The jsonschema library and the models are the references: for every case below the fast path
must name the same failure, and a line it accepts must be accepted by both.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from pydantic import BaseModel, ValidationError

from mfa_dataset.tables import TABLES
from mfa_dataset.validation import Failure, TableValidator, validate_file

Record = dict[str, Any]


def _reference(root: Path, table: str) -> jsonschema.Draft202012Validator:
    schema = json.loads((root / "schema" / f"{table}.schema.json").read_text("utf-8"))
    return jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )


def _first(root: Path, table: str) -> Record:
    line = (root / "dataset" / "data" / f"{table}.jsonl").read_text("utf-8").splitlines()[0]
    record: Record = json.loads(line)
    return record


def _model_errors(model: type[BaseModel], line: str) -> list[str]:
    try:
        model.model_validate_json(line)
    except ValidationError as exc:
        return [e["type"] for e in exc.errors()]
    return []


@pytest.mark.parametrize("table", list(TABLES))
def test_every_published_line_passes_all_three(root: Path, table: str) -> None:
    path = root / "dataset" / "data" / f"{table}.jsonl"
    assert list(validate_file(path, TableValidator.from_dir(table, root / "schema"))) == []
    reference = _reference(root, table)
    lines = path.read_text("utf-8").splitlines()
    assert lines
    for line in lines:
        assert list(reference.iter_errors(json.loads(line))) == []
        assert _model_errors(TABLES[table], line) == []


def _set(path: str, value: object) -> Callable[[Record], None]:
    def edit(record: Record) -> None:
        *parents, last = [int(p) if p.isdigit() else p for p in path.split("/")]
        target: Any = record
        for part in parents:
            target = target[part]
        target[last] = value

    return edit


def _shift_span(record: Record) -> None:
    span = record["questions"][0]["span"]
    span["start"], span["end"] = span["start"] + 1, span["end"] + 1


def _reverse_span(record: Record) -> None:
    span = record["meetings"][0]["span"]
    span["start"], span["end"] = span["end"], span["start"]


def _duplicate_id(record: Record) -> None:
    record["questions"][1]["id"] = record["questions"][0]["id"]


def _unknown_question(record: Record) -> None:
    record["answers"][0]["question_id"] = record["id"] + ".q99"


def _unknown_meeting(record: Record) -> None:
    record["agreements"][0]["meeting_id"] = record["id"] + ".m99"


def _past_the_end(record: Record) -> None:
    record["paragraphs"][-1]["end"] = len(record["text"]) + 5


def _reverse_paragraph(record: Record) -> None:
    paragraph = record["paragraphs"][0]
    paragraph["start"], paragraph["end"] = paragraph["end"], paragraph["start"]


def _foreign_id(record: Record) -> None:
    record["meetings"][0]["id"] = "kz-mfa-2024-1.m1"


def _extra_key(record: Record) -> None:
    record["sentiment"] = "positive"


def _missing_key(record: Record) -> None:
    del record["language"]


# (edit of the published seed statement, expected failure, where, model error type)
STATEMENT_CASES: dict[str, tuple[Callable[[Record], None], Failure, str, str]] = {
    "leading space": (
        lambda r: _set("questions/0/text", " " + r["questions"][0]["text"])(r),
        Failure.SCHEMA,
        "questions/0/text",
        "untrimmed",
    ),
    "trailing tab in a label": (
        _set("issuer/name", "Ministry of Foreign Affairs\t"),
        Failure.SCHEMA,
        "issuer/name",
        "untrimmed",
    ),
    "empty title": (_set("title", ""), Failure.SCHEMA, "title", "string_too_short"),
    "string for a number": (
        _set("meetings/0/span/start", "0"),
        Failure.SCHEMA,
        "meetings/0/span/start",
        "int_type",
    ),
    "negative offset": (
        _set("paragraphs/0/start", -1),
        Failure.SCHEMA,
        "paragraphs/0/start",
        "greater_than_equal",
    ),
    "unknown enum value": (
        _set("meetings/0/status", "rumoured"),
        Failure.SCHEMA,
        "meetings/0/status",
        "enum",
    ),
    "bad date": (_set("date", "2024-02-30"), Failure.SCHEMA, "date", "date_parsing"),
    "bad id": (_set("id", "AZ MFA 280"), Failure.SCHEMA, "id", "string_pattern_mismatch"),
    "extra key": (_extra_key, Failure.SCHEMA, "(record)", "extra_forbidden"),
    "missing key": (_missing_key, Failure.SCHEMA, "(record)", "missing"),
    "span shifted by one": (_shift_span, Failure.READ_BACK, "(record)", "span_mismatch"),
    "span reversed": (_reverse_span, Failure.READ_BACK, "(record)", "span_order"),
    "duplicate id": (_duplicate_id, Failure.READ_BACK, "(record)", "span_mismatch"),
    "answer to no question": (_unknown_question, Failure.READ_BACK, "(record)", "span_mismatch"),
    "agreement at no meeting": (_unknown_meeting, Failure.READ_BACK, "(record)", "span_mismatch"),
    "paragraph past the end": (_past_the_end, Failure.READ_BACK, "(record)", "span_mismatch"),
    "paragraph reversed": (_reverse_paragraph, Failure.READ_BACK, "(record)", "span_order"),
    "record of another statement": (_foreign_id, Failure.READ_BACK, "(record)", "span_mismatch"),
}


@pytest.mark.parametrize("case", STATEMENT_CASES)
def test_which_check_refuses_a_statement(root: Path, case: str) -> None:
    edit, failure, where, model_error = STATEMENT_CASES[case]
    record = copy.deepcopy(_first(root, "statements"))
    edit(record)
    line = json.dumps(record, ensure_ascii=False)
    found = TableValidator.from_dir("statements", root / "schema").problems(line)
    assert found, case
    assert {p.failure for p in found} == {failure}
    assert where in {p.where for p in found}
    # the references agree: the schema library exactly when the failure is the schema's
    schema_errors = list(_reference(root, "statements").iter_errors(record))
    assert bool(schema_errors) == (failure is Failure.SCHEMA)
    assert model_error in _model_errors(TABLES["statements"], line)


def test_a_read_back_problem_says_what_the_span_reads(root: Path) -> None:
    record = _first(root, "statements")
    _shift_span(record)
    (problem,) = TableValidator.from_dir("statements", root / "schema").problems(json.dumps(record))
    span = record["questions"][0]["span"]
    assert problem.message.startswith(
        f"{record['questions'][0]['id']} span {span['start']}-{span['end']} reads "
    )


def test_a_line_that_is_not_json_has_a_column(root: Path) -> None:
    validator = TableValidator.from_dir("meetings", root / "schema")
    (problem,) = validator.problems(b'{"id": "az-mfa-2024-280.m1",, }')
    assert (problem.failure, problem.where, problem.column) == (Failure.JSON, "(record)", 29)
    assert problem.message.startswith("not JSON: ")  # then orjson's own words


# Trimmed text: the models look at the first and last character, the schema has two anchored
# patterns; both read white space as Unicode does, except where noted.
TRIMMED = [
    ("a", True),
    ("a b", True),
    ("a\nb", True),
    (" a", False),
    ("a ", False),
    ("\ta", False),
    ("a\u00a0", False),  # no-break space
    ("\u3000a", False),  # ideographic space
    ("a\r\n", False),
]


@pytest.mark.parametrize(("text", "valid"), TRIMMED)
def test_trimmed_text_means_the_same_to_models_and_schema(
    root: Path, text: str, valid: bool
) -> None:
    record = _first(root, "qa_pairs")
    record["question"] = text
    line = json.dumps(record)
    fast = TableValidator.from_dir("qa_pairs", root / "schema").problems(line)
    assert (fast == []) is valid
    assert (list(_reference(root, "qa_pairs").iter_errors(record)) == []) is valid
    assert ("untrimmed" not in _model_errors(TABLES["qa_pairs"], line)) is valid


def test_the_schema_library_reads_dollar_as_python_does(root: Path) -> None:
    """Known difference: Python's ``re`` lets ``$`` match before one final newline, so the
    jsonschema library accepts a text ending in "\\n" that JSON Schema (ECMA-262 regexes),
    jsonschema-rs and the models refuse."""
    record = _first(root, "qa_pairs")
    record["question"] = "a\n"
    line = json.dumps(record)
    assert TableValidator.from_dir("qa_pairs", root / "schema").problems(line)
    assert "untrimmed" in _model_errors(TABLES["qa_pairs"], line)
    assert list(_reference(root, "qa_pairs").iter_errors(record)) == []


def test_schema_only_leaves_the_read_back_out(root: Path) -> None:
    shifted, extra = _first(root, "statements"), _first(root, "statements")
    _shift_span(shifted)
    _extra_key(extra)
    lines = [json.dumps(shifted), json.dumps(_first(root, "statements")), json.dumps(extra)]
    validator = TableValidator.from_dir("statements", root / "schema")
    found = {n: {p.failure for p in problems} for n, problems in validator.invalid(lines)}
    assert found == {1: {Failure.READ_BACK}, 3: {Failure.SCHEMA}}
    schema_only = validator.invalid(lines, read_back=False)
    assert {n: {p.failure for p in problems} for n, problems in schema_only} == {
        3: {Failure.SCHEMA}
    }
