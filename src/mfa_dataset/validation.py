"""Validating published JSON Lines close to the speed of the JSON parse.

Each line is parsed by orjson and validated against ``schema/<table>.schema.json`` by
jsonschema-rs (a Rust JSON Schema validator); a statement then passes the read-back invariant
(:mod:`mfa_dataset.readback`) that no schema can state. No model instance is built, so this is
the path for large files: `mfa-dataset check` runs it on every published line, beside the
models, and the benchmark measures it against orjson alone. The jsonschema library stays the
reference: the tests hold both validators to the same verdicts.

    validator = TableValidator.from_dir("statements", Path("schema"))
    for number, problem in validate_file(Path("dataset/data/statements.jsonl"), validator):
        print(number, problem.where, problem.message)
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

import jsonschema_rs
import orjson

from mfa_dataset.readback import read_back as spans_read_back
from mfa_dataset.readback import record_parts

#: The table whose records carry the raw text, and so the read-back invariant.
STATEMENTS = "statements"


class Failure(str, Enum):
    """Which check a line failed."""

    JSON = "json"  # not one JSON value
    SCHEMA = "schema"  # against schema/
    READ_BACK = "read_back"  # a span does not read back its quote


@dataclass(frozen=True, slots=True)
class LineProblem:
    failure: Failure
    where: str  # "questions/0/span/end", or "(record)"
    message: str
    column: int | None = None  # for JSON syntax errors


class TableValidator:
    """Validates the lines of one table; compiled once, used for every line."""

    def __init__(self, table: str, schema: Mapping[str, Any]) -> None:
        self.table = table
        self._schema = jsonschema_rs.validator_for(dict(schema), validate_formats=True)
        self._read_back = table == STATEMENTS

    @classmethod
    def from_dir(cls, table: str, schema_dir: Path) -> TableValidator:
        """From ``schema_dir/<table>.schema.json``; a file that is not JSON, or not a JSON
        Schema, raises :class:`ValueError`."""
        document = json.loads((schema_dir / f"{table}.schema.json").read_text(encoding="utf-8"))
        return cls(table, document)

    def problems(self, line: bytes | str) -> list[LineProblem]:
        """Everything wrong with one line; empty when it is a valid record."""
        return next((found for _, found in self.invalid([line])), [])

    def invalid(
        self, lines: Iterable[bytes | str], *, read_back: bool = True
    ) -> Iterator[tuple[int, list[LineProblem]]]:
        """``(line number, problems)`` of each line with problems, numbered from 1; the loop
        of every bulk path (``validate_file``, the benchmark), kept tight: a valid line costs a
        parse, one call into Rust and, for a statement, the read-back (``read_back=False``:
        against ``schema/`` only)."""
        loads, is_valid = orjson.loads, self._schema.is_valid
        read_back_ = read_back and self._read_back
        for number, line in enumerate(lines, 1):
            try:
                record = loads(line)
            except orjson.JSONDecodeError as exc:
                yield (
                    number,
                    [LineProblem(Failure.JSON, "(record)", f"not JSON: {exc.msg}", exc.colno)],
                )
                continue
            if not is_valid(record):
                yield (
                    number,
                    [
                        LineProblem(Failure.SCHEMA, _where(error.instance_path), error.message)
                        for error in self._schema.iter_errors(record)
                    ],
                )
            elif read_back_ and (
                found := spans_read_back(record["id"], record["text"], *record_parts(record))
            ):
                yield number, [LineProblem(Failure.READ_BACK, "(record)", m) for m in found]


def _where(path: list[str | int]) -> str:
    return "/".join(map(str, path)) or "(record)"


def validate_lines(
    path: Path, validator: TableValidator
) -> Iterator[tuple[int, bytes, list[LineProblem]]]:
    """``(line number, line, problems)`` for every line of a JSON Lines file, read lazily (for
    a caller that also needs the line, as ``check`` does for the models)."""
    with path.open("rb") as handle:
        for number, line in enumerate(handle, 1):
            yield number, line, validator.problems(line)


def validate_file(path: Path, validator: TableValidator) -> Iterator[tuple[int, LineProblem]]:
    """``(line number, problem)`` for every problem of a JSON Lines file, read lazily."""
    with path.open("rb") as handle:
        for number, problems in validator.invalid(handle):
            for problem in problems:
                yield number, problem
