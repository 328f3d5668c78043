"""Hugging Face features and field documentation, generated from the models' type annotations.

Nothing here looks at data: the features written into the dataset card are derived from the
pydantic annotations alone, so that ``datasets`` never has to guess a type from the JSON Lines
(pyarrow would read ``"2024-07-03"`` as a timestamp and give ``"2024-07-03 00:00:00"`` back for a
string column, and it cannot type a column that is null or empty everywhere).

The output is the *YAML list form* that goes under ``dataset_info[].features`` in a card, the
same shape as ``datasets.Features._to_yaml_list()`` produces. This module does not import
``datasets``: building the dataset must not need it.

Mapping: ``str``, constrained ``str`` and ``str`` enums -> ``string``; ``int`` -> ``int64``;
``bool`` -> ``bool``; ``float`` -> ``float64``; ``datetime.date`` -> ``date32``; ``X | None`` -> X
(every Hugging Face feature is nullable); ``list[X]`` -> a list of X; a model -> a struct.
"""

from __future__ import annotations

import datetime as dt
import inspect
import re
import types
from dataclasses import dataclass
from enum import Enum
from typing import Annotated, Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel
from pydantic.fields import FieldInfo

__all__ = [
    "FEATURE_NOTE",
    "FieldDoc",
    "field_docs",
    "hf_feature",
    "hf_features",
    "model_description",
    "nested_models",
]

#: How the Hugging Face types relate to the JSON Lines values (for the dataset card).
FEATURE_NOTE = (
    "In the JSON Lines files every value is plain JSON: dates are ISO 8601 strings "
    "(`YYYY-MM-DD`) and enums are their string values. The card declares the Hugging Face "
    "features explicitly, generated from the Python models rather than guessed from the data: "
    "string → `string`, integer → `int64`, boolean → `bool`, date → `date32` (returned by "
    "`datasets` as `datetime.date`), struct → a dict, list → a Python list. Hugging Face "
    "features cannot say that a value is never null, so the tables below (and the JSON Schema "
    "shipped with the package) do."
)

_DTYPES: dict[Any, str] = {
    str: "string",
    int: "int64",
    bool: "bool",
    float: "float64",
    dt.date: "date32",
}
_READABLE = {
    "string": "string",
    "int64": "integer",
    "bool": "boolean",
    "float64": "float",
    "date32": "date",
}


def _unwrap(annotation: Any, where: str) -> tuple[Any, bool, list[Any]]:
    """Strip ``Annotated`` layers and one ``| None``: ``(core type, nullable, metadata)``."""
    metadata: list[Any] = []
    nullable = False
    while True:
        origin = get_origin(annotation)
        if origin is Annotated:
            annotation, *extra = get_args(annotation)
            metadata.extend(extra)
        elif origin is Union or origin is types.UnionType:
            members = [a for a in get_args(annotation) if a is not type(None)]
            if len(members) != 1:
                raise TypeError(
                    f"{where}: a union of several types ({annotation!r}) has no feature"
                )
            nullable = True
            annotation = members[0]
        else:
            return annotation, nullable, metadata


def _is_model(annotation: Any) -> bool:
    return inspect.isclass(annotation) and issubclass(annotation, BaseModel)


def _scalar(annotation: Any, where: str) -> str | None:
    """The Hugging Face dtype of a scalar annotation, or None if it is not a scalar."""
    if inspect.isclass(annotation) and issubclass(annotation, Enum):
        if issubclass(annotation, str):
            return "string"
        raise TypeError(f"{where}: only str enums are supported, not {annotation.__name__}")
    if get_origin(annotation) is Literal:
        kinds = {type(v) for v in get_args(annotation)}
        if kinds == {str}:
            return "string"
        if kinds == {int}:
            return "int64"
        raise TypeError(f"{where}: a Literal must hold only str or only int values")
    if isinstance(annotation, type) and annotation in _DTYPES:
        return _DTYPES[annotation]
    return None


def hf_feature(
    annotation: Any, where: str = "value", *, _stack: tuple[type, ...] = ()
) -> dict[str, Any]:
    """One annotation as a YAML feature without its ``name`` (``{"dtype": "string"}``, ...).

    ``where`` names the field in error messages. Raises :class:`TypeError` for anything that has
    no faithful Hugging Face feature (``Any``, ``dict``, ``datetime``, unions of several types,
    recursive models, ...).
    """
    core, _, _ = _unwrap(annotation, where)
    dtype = _scalar(core, where)
    if dtype is not None:
        return {"dtype": dtype}
    if get_origin(core) is list:
        (item,) = get_args(core) or (None,)
        if item is None:
            raise TypeError(f"{where}: a list needs an item type")
        inner = hf_feature(item, f"{where}[]", _stack=_stack)
        # the simplified forms that datasets' Features._to_yaml_list writes
        if list(inner) == ["dtype"] and isinstance(inner["dtype"], str):
            return {"list": inner["dtype"]}
        if list(inner) == ["struct"]:
            return {"list": inner["struct"]}
        return {"list": inner}
    if _is_model(core):
        if core in _stack:
            raise TypeError(f"{where}: {core.__name__} contains itself; no finite feature")
        return {"struct": _struct(core, where, (*_stack, core))}
    raise TypeError(f"{where}: no Hugging Face feature for the annotation {annotation!r}")


def _struct(model: type[BaseModel], where: str, stack: tuple[type, ...]) -> list[dict[str, Any]]:
    return [
        {"name": name, **hf_feature(field.annotation, f"{where}.{name}", _stack=stack)}
        for name, field in model.model_fields.items()
    ]


def hf_features(model: type[BaseModel]) -> list[dict[str, Any]]:
    """The card's ``features`` list for one table, from ``model``'s annotations (not from data)."""
    return _struct(model, model.__name__, (model,))


# --- documentation -------------------------------------------------------------------------


@dataclass(frozen=True)
class FieldDoc:
    """One field as a reader of the dataset card sees it."""

    name: str
    type: str  # e.g. "string", "date", "list of `Span`"
    nullable: bool
    description: str
    values: tuple[str, ...] = ()  # allowed values when the field (or its items) is an enum
    examples: tuple[str, ...] = ()


def model_description(model: type[Any]) -> str:
    """A class's docstring, first paragraph, on one line, with Markdown code marks."""
    if not model.__doc__:  # not inherited: a model without a docstring has none
        return ""
    first = inspect.cleandoc(model.__doc__).split("\n\n", 1)[0]
    return " ".join(first.split()).replace("``", "`")


def _readable(annotation: Any, where: str) -> tuple[str, tuple[str, ...]]:
    """``(type as a reader says it, enum values)``."""
    core, _, _ = _unwrap(annotation, where)
    if inspect.isclass(core) and issubclass(core, Enum):
        return "string (enum)", tuple(str(m.value) for m in core)
    if get_origin(core) is Literal:
        return "string (enum)", tuple(str(v) for v in get_args(core))
    dtype = _scalar(core, where)
    if dtype is not None:
        return _READABLE[dtype], ()
    if get_origin(core) is list:
        inner, values = _readable(get_args(core)[0], f"{where}[]")
        return f"list of {inner}", values
    if _is_model(core):
        return f"`{core.__name__}`", ()
    raise TypeError(f"{where}: no Hugging Face feature for the annotation {annotation!r}")


def _inner_info(annotation: Any) -> list[FieldInfo]:
    """``Field(...)`` objects hidden in ``Annotated`` aliases (e.g. inside ``Alpha3 | None``)."""
    found: list[FieldInfo] = []
    for meta in _unwrap(annotation, "")[2]:
        if isinstance(meta, FieldInfo):
            found.append(meta)
    core = _unwrap(annotation, "")[0]
    if get_origin(core) is list:
        found += _inner_info(get_args(core)[0])
    return found


def _item_model(annotation: Any) -> type[BaseModel] | None:
    core = _unwrap(annotation, "")[0]
    while get_origin(core) is list:
        core = _unwrap(get_args(core)[0], "")[0]
    return core if _is_model(core) else None


def field_docs(model: type[BaseModel]) -> list[FieldDoc]:
    """Every top-level field of ``model``, documented from its annotation and ``Field``."""
    docs = []
    for name, field in model.model_fields.items():
        where = f"{model.__name__}.{name}"
        hf_feature(field.annotation, where)  # same TypeError as the features
        kind, values = _readable(field.annotation, where)
        infos = [field, *_inner_info(field.annotation)]
        description = next((i.description for i in infos if i.description), None)
        item = _item_model(field.annotation)
        core = _unwrap(field.annotation, where)[0]
        if description is None and item is not None:
            description = model_description(item)
        if description is None and inspect.isclass(core) and issubclass(core, Enum):
            description = model_description(core)
        examples = next((i.examples for i in infos if i.examples), None) or []
        if "e.g." in (description or ""):  # a description's own example beats a generic alias's
            examples = []
        docs.append(
            FieldDoc(
                name=name,
                type=kind,
                nullable=_unwrap(field.annotation, where)[1],
                description=re.sub(r"\s+", " ", description or "").replace("``", "`"),
                values=values,
                examples=tuple(str(e) for e in examples),
            )
        )
    return docs


def nested_models(*models: type[BaseModel]) -> list[type[BaseModel]]:
    """Models reached from the fields of ``models`` (depth first, each once, in order)."""
    found: list[type[BaseModel]] = []

    def visit(model: type[BaseModel]) -> None:
        for field in model.model_fields.values():
            item = _item_model(field.annotation)
            if item is not None and item not in found and item not in models:
                found.append(item)
                visit(item)

    for model in models:
        visit(model)
    return found
