"""JSON Schema (2020-12) of every published table and of the sidecar, generated from the models.

Nothing here is written by hand: ``mfa-dataset schema`` writes :func:`schema_files` to
``schema/``, and ``mfa-dataset check`` (and a test) fail when the committed files differ.
"""

from __future__ import annotations

import json
from typing import Any, Final

from pydantic import BaseModel

from mfa_dataset._version import SCHEMA_VERSION
from mfa_dataset.sidecar import Sidecar
from mfa_dataset.tables import TABLES

DIALECT: Final = "https://json-schema.org/draft/2020-12/schema"


def schema_id(name: str) -> str:
    """A stable, versioned URN naming one schema, e.g. ``urn:mfa-dataset:schema:1.0.0:meetings``."""
    return f"urn:mfa-dataset:schema:{SCHEMA_VERSION}:{name}"


def json_schema(name: str, model: type[BaseModel], *, published: bool) -> dict[str, Any]:
    """The schema of ``model``: what is published (serialization) or what is read (validation)."""
    body = model.model_json_schema(mode="serialization" if published else "validation")
    return {"$schema": DIALECT, "$id": schema_id(name), "version": SCHEMA_VERSION, **body}


def schemas() -> dict[str, dict[str, Any]]:
    """File name -> schema, for each table in ``TABLES`` and the sidecar."""
    files = {
        f"{table}.schema.json": json_schema(table, m, published=True) for table, m in TABLES.items()
    }
    files["sidecar.schema.json"] = json_schema("sidecar", Sidecar, published=False)
    return files


def dumps(schema: dict[str, Any]) -> str:
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


def schema_files() -> dict[str, str]:
    """File name -> exact file content."""
    return {name: dumps(schema) for name, schema in schemas().items()}
