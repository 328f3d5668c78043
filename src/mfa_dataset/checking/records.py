"""Every published line is valid against ``schema/`` and against the models.

Each line first goes through :mod:`mfa_dataset.validation` (orjson, jsonschema-rs against
``schema/``, and the read-back invariant); a line that passes is then validated by its model,
which adds what only the models know (registered ISO codes, span order). A line that fails the
first step is reported from it alone, so one fault is not reported twice.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from pydantic import ValidationError

from mfa_dataset.checking.published import shown
from mfa_dataset.errors import Code, Problem
from mfa_dataset.tables import TABLES
from mfa_dataset.validation import Failure, TableValidator, validate_lines

_HINT = "records are generated: run `mfa-dataset build` (never edit dataset/ by hand)"


def invalid_records(root: Path) -> Iterator[Problem]:
    """Validate every published line against schema/ and the models."""
    for table, model in TABLES.items():
        path = root / "dataset" / "data" / f"{table}.jsonl"
        schema_dir = root / "schema"
        if not path.is_file() or not (schema_dir / f"{table}.schema.json").is_file():
            continue  # reported as missing above
        try:
            validator = TableValidator.from_dir(table, schema_dir)
        except ValueError:  # not JSON, or not a JSON Schema: reported as stale (MFA402)
            continue
        shown_path = shown(path, root)
        for number, line, problems in validate_lines(path, validator):
            for problem in problems:
                code = (
                    Code.RECORD_SCHEMA if problem.failure is Failure.SCHEMA else Code.RECORD_INVALID
                )
                yield Problem(
                    code,
                    f"{problem.where}: {problem.message}",
                    shown_path,
                    number,
                    problem.column,
                    _HINT,
                )
            if problems:
                continue
            try:
                model.model_validate_json(line)
            except ValidationError as exc:
                for e in exc.errors(include_url=False):
                    where = ".".join(map(str, e["loc"])) or "(record)"
                    yield Problem(
                        Code.RECORD_INVALID, f"{where}: {e['msg']}", shown_path, number, hint=_HINT
                    )
