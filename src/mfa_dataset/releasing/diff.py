"""Record-level difference between two dataset folders.

Both sides are read from the canonical table, ``data/statements.jsonl``, as plain JSON (so two
folders of different schema versions can be compared). Each statement line is split into the
records it holds, each keyed by its id: the statement itself (its own fields, without the
nested lists) and its questions, answers, meetings and agreements. The flat tables
(``qa_pairs``, ``meetings``, ``agreements``) are projections of the same records and are not
read, so a correction is reported once, under its nested field path (``location.city``).

Each side is read twice: first every record's digest (so memory stays small however large the
datasets), then only the records whose digests differ, to name their fields.

A changed record lists the paths of the fields that differ: ``a.b`` for nested objects,
``a[i]`` for list items (0-based, as in JSON Path and jq), e.g. ``participants[1].name``;
a path that exists on one side only is listed as it is.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, Final, Literal

import orjson
from pydantic import Field

from mfa_dataset.errors import Code, MfaError, Problem
from mfa_dataset.models import StrictModel
from mfa_dataset.releasing.semver import Bump

Kind = Literal["statements", "questions", "answers", "meetings", "agreements"]
KINDS: Final[tuple[Kind, ...]] = ("statements", "questions", "answers", "meetings", "agreements")
CHILDREN: Final[tuple[Kind, ...]] = KINDS[1:]  # the statement's nested lists, by the same name
STATEMENTS: Final = "data/statements.jsonl"

Records = dict[Kind, dict[str, Any]]  # kind -> id -> record
Index = dict[Kind, dict[str, tuple[bytes, int]]]  # kind -> id -> (digest, line number)


class ChangedRecord(StrictModel):
    id: str
    fields: list[str] = Field(description="paths of the fields that differ, in record order")


class KindChanges(StrictModel):
    added: list[str] = Field(default=[], description="ids only in the new dataset")
    changed: list[ChangedRecord] = Field(default=[], description="ids in both, with differences")
    removed: list[str] = Field(default=[], description="ids only in the old dataset")

    def __bool__(self) -> bool:
        return bool(self.added or self.changed or self.removed)


class Changes(StrictModel):
    """Records added, changed and removed, per kind of record; ids in natural order."""

    statements: KindChanges = KindChanges()
    questions: KindChanges = KindChanges()
    answers: KindChanges = KindChanges()
    meetings: KindChanges = KindChanges()
    agreements: KindChanges = KindChanges()

    def of(self, kind: Kind) -> KindChanges:
        changes: KindChanges = getattr(self, kind)
        return changes

    def totals(self) -> tuple[int, int, int]:
        """Records added, changed and removed, over every kind."""
        parts = [self.of(kind) for kind in KINDS]
        return (
            sum(len(p.added) for p in parts),
            sum(len(p.changed) for p in parts),
            sum(len(p.removed) for p in parts),
        )

    def __bool__(self) -> bool:
        return any(self.of(kind) for kind in KINDS)


class DatasetDiff(StrictModel):
    """What changed from ``old`` to ``new``; versions from each folder's manifest, if any."""

    old_version: str | None
    new_version: str | None
    old_schema: str | None
    new_schema: str | None
    changes: Changes


def natural_key(record_id: str) -> tuple[str | int, ...]:
    """Sort key putting ``x.m2`` before ``x.m10``."""
    return tuple(int(p) if p.isdigit() else p for p in re.split(r"(\d+)", record_id))


def changed_paths(old: Any, new: Any, path: str = "") -> list[str]:
    """Paths at which two JSON values differ (``[]`` when equal)."""
    if isinstance(old, dict) and isinstance(new, dict):
        paths: list[str] = []
        for key in [*old, *(k for k in new if k not in old)]:
            sub = f"{path}.{key}" if path else str(key)
            if key in old and key in new:
                paths.extend(changed_paths(old[key], new[key], sub))
            else:
                paths.append(sub)
        return paths
    if isinstance(old, list) and isinstance(new, list):
        paths = []
        for i in range(max(len(old), len(new))):
            if i < len(old) and i < len(new):
                paths.extend(changed_paths(old[i], new[i], f"{path}[{i}]"))
            else:
                paths.append(f"{path}[{i}]")
        return paths
    same = type(old) is type(new) and old == new  # 1 != 1.0 != True in a dataset
    return [] if same else [path or "(record)"]


def diff_records(old: Records, new: Records) -> Changes:
    """Compare records held in memory, keyed by kind and id."""
    return _compare(_index_of(old), _index_of(new), old, new)


def _compare(old: Index, new: Index, old_records: Records, new_records: Records) -> Changes:
    """Ids added, removed, and changed (digests differ); ``*_records`` hold those changed."""
    parts: dict[str, KindChanges] = {}
    for kind in KINDS:
        before, after = old.get(kind, {}), new.get(kind, {})
        changed = []
        for record_id in sorted(before.keys() & after.keys(), key=natural_key):
            if before[record_id][0] == after[record_id][0]:
                continue
            fields = changed_paths(old_records[kind][record_id], new_records[kind][record_id])
            if fields:  # same values, other key order: not a change
                changed.append(ChangedRecord(id=record_id, fields=fields))
        parts[kind] = KindChanges(
            added=sorted(after.keys() - before.keys(), key=natural_key),
            changed=changed,
            removed=sorted(before.keys() - after.keys(), key=natural_key),
        )
    return Changes.model_validate(parts)


def suggested_bump(changes: Changes) -> Bump | None:
    """The smallest dataset bump the policy (VERSIONING.md) allows for these changes.

    Records added or removed: minor (the set of records and ids changes); only fields of
    existing records changed: patch; nothing changed: None.
    """
    added, changed, removed = changes.totals()
    if added or removed:
        return "minor"
    return "patch" if changed else None


def _digest(record: Mapping[str, Any]) -> bytes:
    return hashlib.blake2b(orjson.dumps(record), digest_size=16).digest()


def _index_of(records: Records) -> Index:
    return {kind: {i: (_digest(r), 0) for i, r in ids.items()} for kind, ids in records.items()}


def _statements(folder: Path) -> Path:
    path = folder / STATEMENTS
    if not path.is_file():
        raise MfaError.one(
            Code.DIFF_INPUT,
            "no data/statements.jsonl: not a dataset folder",
            path=str(folder),
            hint="give a folder built by `mfa-dataset build` (it holds data/ and manifest.json)",
        )
    return path


def index_records(folder: Path) -> Index:
    """Digest and line of every record of ``folder/data/statements.jsonl``, by kind and id.

    Only digests are kept, so two large datasets are compared in little memory."""
    path = _statements(folder)
    index: Index = {kind: {} for kind in KINDS}
    problems: list[Problem] = []
    for number, statement in _lines(path, problems):
        for kind, record in _split(statement):
            record_id = record.get("id")
            if not isinstance(record_id, str):
                message = f"a {kind} record has no id"
                problems.append(Problem(Code.DIFF_INPUT, message, str(path), number))
            elif record_id in index[kind]:
                message = f"{kind} id {record_id} occurs twice"
                problems.append(Problem(Code.DIFF_INPUT, message, str(path), number))
            else:
                index[kind][record_id] = (_digest(record), number)
    if problems:
        raise MfaError(problems)
    return index


def _load(folder: Path, index: Index, wanted: Mapping[Kind, set[str]]) -> Records:
    """The ``wanted`` records, read again from the lines the index names."""
    lines = {index[kind][i][1] for kind, ids in wanted.items() for i in ids}
    records: Records = {kind: {} for kind in KINDS}
    for _, statement in _lines(_statements(folder), [], only=lines):
        for kind, record in _split(statement):
            if record.get("id") in wanted.get(kind, ()):
                records[kind][record["id"]] = record
    return records


def _lines(
    path: Path, problems: list[Problem], only: set[int] | None = None
) -> Iterator[tuple[int, dict[str, Any]]]:
    with path.open("rb") as handle:
        for number, line in enumerate(handle, 1):
            if only is not None and number not in only:
                continue
            try:
                value = orjson.loads(line)
            except orjson.JSONDecodeError as exc:
                problems.append(Problem(Code.DIFF_INPUT, f"not JSON: {exc}", str(path), number))
                continue
            if isinstance(value, dict):
                yield number, value
            else:
                problems.append(Problem(Code.DIFF_INPUT, "not a JSON object", str(path), number))


def _split(statement: Mapping[str, Any]) -> Iterator[tuple[Kind, dict[str, Any]]]:
    yield "statements", {k: v for k, v in statement.items() if k not in CHILDREN}
    for kind in CHILDREN:
        for child in statement.get(kind) or []:
            if isinstance(child, dict):
                yield kind, child


def read_versions(folder: Path) -> tuple[str | None, str | None]:
    """``(dataset_version, schema_version)`` from ``folder/manifest.json``; None if absent."""
    try:
        manifest = orjson.loads((folder / "manifest.json").read_bytes())
    except (OSError, orjson.JSONDecodeError):
        return None, None
    if not isinstance(manifest, dict):
        return None, None
    dataset, schema = manifest.get("dataset_version"), manifest.get("schema_version")
    return (
        dataset if isinstance(dataset, str) else None,
        schema if isinstance(schema, str) else None,
    )


def diff_folders(old: Path | None, new: Path) -> DatasetDiff:
    """Records added, changed and removed from ``old`` (None: nothing) to ``new``."""
    old_index: Index = {} if old is None else index_records(old)
    new_index = index_records(new)
    differ: dict[Kind, set[str]] = {
        kind: {
            i
            for i, (digest, _) in new_index[kind].items()
            if i in old_index.get(kind, {}) and old_index[kind][i][0] != digest
        }
        for kind in KINDS
    }
    old_records = {} if old is None else _load(old, old_index, differ)
    old_version, old_schema = (None, None) if old is None else read_versions(old)
    new_version, new_schema = read_versions(new)
    return DatasetDiff(
        old_version=old_version,
        new_version=new_version,
        old_schema=old_schema,
        new_schema=new_schema,
        changes=_compare(old_index, new_index, old_records, _load(new, new_index, differ)),
    )
