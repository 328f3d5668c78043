"""The card's explicit ``datasets`` features say what ``schema/`` says, field for field.

Both sides are reduced to one small shape language — a scalar (``string``, ``int64``,
``float64``, ``bool``, ``date32``), a struct of named shapes, or a list of a shape — and
compared recursively. A disagreement is reported at the card line of the feature.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from mfa_dataset.checking.published import shown
from mfa_dataset.errors import Code, Problem
from mfa_dataset.tables import TABLES

_HINT = "the card and schema/ are generated: run `mfa-dataset schema` and `mfa-dataset build`"
_JSON_SCALARS = {"string": "string", "integer": "int64", "number": "float64", "boolean": "bool"}
_STRING_FORMATS = {"date": "date32", "date-time": "timestamp[s]"}


@dataclass(frozen=True)
class Shape:
    """A column's type: ``kind`` is a scalar dtype, ``struct`` or ``list``."""

    kind: str
    fields: tuple[tuple[str, Shape], ...] = ()  # struct members, in order
    item: Shape | None = None  # list items
    line: int | None = None  # where the card declares it

    def describe(self) -> str:
        if self.kind == "list":
            assert self.item is not None
            return f"list of {self.item.describe()}"
        return self.kind


def card_schema_problems(root: Path) -> Iterator[Problem]:
    """Disagreements between ``dataset/README.md`` features and ``schema/<table>.schema.json``."""
    card = root / "dataset" / "README.md"
    if not card.is_file():
        return  # reported as missing by the dataset comparison
    where = shown(card, root)
    configs = _card_features(card.read_text(encoding="utf-8"))
    for table in TABLES:
        schema_path = root / "schema" / f"{table}.schema.json"
        if not schema_path.is_file():
            continue  # reported as missing by the schema comparison
        declared = configs.get(table)
        if declared is None:
            yield Problem(Code.CARD_SCHEMA, f"no features for config {table!r}", where, 1, 1, _HINT)
            continue
        try:
            schema: dict[str, Any] = json.loads(schema_path.read_text(encoding="utf-8"))
        except ValueError:
            continue  # not JSON: reported as stale by the schema comparison
        expected = _schema_shape(schema, schema, table)
        for path, message, line in _compare(expected, declared, table):
            yield Problem(Code.CARD_SCHEMA, f"{path}: {message}", where, line, None, _HINT)


def _card_features(card: str) -> dict[str, Shape]:
    """Each config's features as a struct :class:`Shape`, with card line numbers."""
    parts = card.split("---\n", 2)
    if len(parts) < 3 or parts[0]:
        return {}
    root = yaml.compose(parts[1], Loader=yaml.SafeLoader)
    result: dict[str, Shape] = {}
    for entry in _items(_get(root, "dataset_info")):
        name, features = _get(entry, "config_name"), _get(entry, "features")
        if isinstance(name, yaml.ScalarNode) and features is not None:
            result[name.value] = _card_struct(features, features.start_mark.line + 2)
    return result


def _card_struct(node: yaml.Node, line: int) -> Shape:
    members = []
    for entry in _items(node):
        name = _get(entry, "name")
        if isinstance(name, yaml.ScalarNode):
            members.append((name.value, _card_shape(entry)))
    return Shape("struct", tuple(members), line=line)


def _card_shape(entry: yaml.Node) -> Shape:
    line = entry.start_mark.line + 2  # +1 for 1-based, +1 for the "---" line above
    for key in ("dtype", "struct", "list", "sequence"):
        node = _get(entry, key)
        if node is None:
            continue
        if key == "dtype" and isinstance(node, yaml.ScalarNode):
            return Shape(node.value, line=line)
        if key == "struct":
            return _card_struct(node, line)
        item = (
            Shape(node.value, line=line)
            if isinstance(node, yaml.ScalarNode)
            else _card_struct(node, line)
        )
        return Shape("list", item=item, line=line)
    return Shape("unknown", line=line)


def _get(node: yaml.Node | None, key: str) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            if k.value == key:
                value: yaml.Node = v
                return value
    return None


def _items(node: yaml.Node | None) -> list[yaml.Node]:
    return list(node.value) if isinstance(node, yaml.SequenceNode) else []


def _schema_shape(node: dict[str, Any], document: dict[str, Any], where: str) -> Shape:
    """The :class:`Shape` of a JSON Schema node (``$ref`` resolved, ``null`` branches dropped)."""
    if "$ref" in node:
        name = node["$ref"].removeprefix("#/$defs/")
        return _schema_shape(document["$defs"][name], document, where)
    branches = [b for b in node.get("anyOf", []) if b.get("type") != "null"]
    if len(branches) == 1:
        return _schema_shape(branches[0], document, where)
    kind = node.get("type")
    if kind == "object":
        props: dict[str, Any] = node.get("properties", {})
        return Shape(
            "struct",
            tuple((k, _schema_shape(v, document, f"{where}.{k}")) for k, v in props.items()),
        )
    if kind == "array":
        return Shape("list", item=_schema_shape(node.get("items", {}), document, where))
    if kind == "string":
        return Shape(_STRING_FORMATS.get(node.get("format", ""), "string"))
    if isinstance(kind, str) and kind in _JSON_SCALARS:
        return Shape(_JSON_SCALARS[kind])
    if "enum" in node or "const" in node:
        return Shape("string")
    return Shape(f"unsupported({json.dumps(node, sort_keys=True)[:60]})")


def _compare(expected: Shape, declared: Shape, path: str) -> Iterator[tuple[str, str, int | None]]:
    if expected.kind != declared.kind:
        yield (
            path,
            f"card declares {declared.describe()}, schema says {expected.describe()}",
            declared.line,
        )
    elif expected.kind == "list":
        assert expected.item is not None
        assert declared.item is not None
        yield from _compare(expected.item, declared.item, f"{path}[]")
    elif expected.kind == "struct":
        want, have = dict(expected.fields), dict(declared.fields)
        for name in sorted(want.keys() - have.keys()):
            yield f"{path}.{name}", "in schema/ but not in the card's features", declared.line
        for name in sorted(have.keys() - want.keys()):
            yield f"{path}.{name}", "in the card's features but not in schema/", have[name].line
        for name, shape in expected.fields:
            if name in have:
                yield from _compare(shape, have[name], f"{path}.{name}")
