"""Every published line is valid against ``schema/`` (jsonschema) and against the models."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
from pydantic import ValidationError

from mfa_dataset.checking.published import shown
from mfa_dataset.errors import Code, Problem
from mfa_dataset.tables import TABLES

_HINT = "records are generated: run `mfa-dataset build` (never edit dataset/ by hand)"


def invalid_records(root: Path) -> Iterator[Problem]:
    """Validate every published line against schema/ (jsonschema) and the models."""
    for table, model in TABLES.items():
        path = root / "dataset" / "data" / f"{table}.jsonl"
        schema_path = root / "schema" / f"{table}.schema.json"
        if not path.is_file() or not schema_path.is_file():
            continue  # reported as missing above
        schema: dict[str, Any] = json.loads(schema_path.read_text(encoding="utf-8"))
        validator = jsonschema.Draft202012Validator(
            schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
        )
        shown_path = shown(path, root)
        with path.open(encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as exc:
                    yield Problem(
                        Code.RECORD_INVALID,
                        f"not JSON: {exc.msg}",
                        shown_path,
                        number,
                        exc.colno,
                        _HINT,
                    )
                    continue
                for error in validator.iter_errors(record):
                    where = "/".join(map(str, error.absolute_path)) or "(record)"
                    yield Problem(
                        Code.RECORD_SCHEMA,
                        f"{where}: {error.message}",
                        shown_path,
                        number,
                        hint=_HINT,
                    )
                try:
                    model.model_validate_json(line)
                except ValidationError as exc:
                    for e in exc.errors(include_url=False):
                        where = ".".join(map(str, e["loc"])) or "(record)"
                        yield Problem(
                            Code.RECORD_INVALID,
                            f"{where}: {e['msg']}",
                            shown_path,
                            number,
                            hint=_HINT,
                        )
