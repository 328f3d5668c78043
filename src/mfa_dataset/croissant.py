"""``dataset/croissant.json``: Croissant 1.1 metadata (JSON-LD), generated from the models.

One ``cr:FileObject`` per table file (with its SHA-256) and one ``cr:RecordSet`` per table,
whose fields come from the same type walk as the Hugging Face features
(:func:`mfa_dataset.features.hf_feature`): a struct becomes ``subField`` s, a list
``isArray``, ``date32`` ``sc:Date``, ``int64`` ``sc:Integer``. Nothing here looks at records;
the files are read only for their sizes and checksums (:func:`table_entries`, in chunks), and
not at all when the build gives the entries it computed. Same files in, same bytes out.
"""

from __future__ import annotations

import inspect
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Final, get_args

from pydantic import BaseModel

from mfa_dataset._version import DATASET_VERSION
from mfa_dataset.card import AUTHORS, PRETTY_NAME, TAGS, citation_bibtex
from mfa_dataset.features import field_docs, hf_feature, model_description
from mfa_dataset.manifest import FileEntry, file_entry
from mfa_dataset.tables import TABLES

__all__ = ["CROISSANT", "LICENSE_URL", "croissant", "render_croissant", "table_entries"]

CROISSANT: Final = "croissant.json"
LICENSE_URL: Final = "https://creativecommons.org/licenses/by/4.0/"
CONFORMS_TO: Final = "http://mlcommons.org/croissant/1.1"
JSON_LINES: Final = "application/jsonlines"

#: Hugging Face dtype -> Croissant (schema.org) data type.
DATA_TYPES: Final = {
    "string": "sc:Text",
    "int64": "sc:Integer",
    "bool": "sc:Boolean",
    "float64": "sc:Float",
    "date32": "sc:Date",
}

#: The Croissant 1.1 context, as mlcroissant writes it.
CONTEXT: Final[dict[str, Any]] = {
    "@language": "en",
    "@vocab": "https://schema.org/",
    "arrayShape": "cr:arrayShape",
    "citeAs": "cr:citeAs",
    "column": "cr:column",
    "conformsTo": "dct:conformsTo",
    "containedIn": "cr:containedIn",
    "cr": "http://mlcommons.org/croissant/",
    "data": {"@id": "cr:data", "@type": "@json"},
    "dataType": {"@id": "cr:dataType", "@type": "@vocab"},
    "dct": "http://purl.org/dc/terms/",
    "description": {"@container": "@language"},
    "equivalentProperty": "cr:equivalentProperty",
    "examples": {"@id": "cr:examples", "@type": "@json"},
    "extract": "cr:extract",
    "field": "cr:field",
    "fileObject": "cr:fileObject",
    "fileProperty": "cr:fileProperty",
    "fileSet": "cr:fileSet",
    "format": "cr:format",
    "includes": "cr:includes",
    "isArray": "cr:isArray",
    "isLiveDataset": "cr:isLiveDataset",
    "jsonPath": "cr:jsonPath",
    "key": "cr:key",
    "md5": "cr:md5",
    "name": {"@container": "@language"},
    "parentField": "cr:parentField",
    "path": "cr:path",
    "rai": "http://mlcommons.org/croissant/RAI/",
    "recordSet": "cr:recordSet",
    "references": "cr:references",
    "regex": "cr:regex",
    "repeated": "cr:repeated",
    "replace": "cr:replace",
    "samplingRate": "cr:samplingRate",
    "sc": "https://schema.org/",
    "separator": "cr:separator",
    "source": "cr:source",
    "subField": "cr:subField",
    "transform": "cr:transform",
}


def _model_in(annotation: Any) -> type[BaseModel] | None:
    """The model an annotation holds, through ``Annotated``, ``| None`` and ``list``."""
    if inspect.isclass(annotation) and issubclass(annotation, BaseModel):
        return annotation
    return next((m for m in map(_model_in, get_args(annotation)) if m is not None), None)


def _source(file_id: str, path: tuple[str, ...], arrays: tuple[bool, ...]) -> dict[str, Any]:
    """Column of the top-level field; a JSONPath below it, relative to each list item."""
    source: dict[str, Any] = {"fileObject": {"@id": file_id}, "extract": {"column": path[0]}}
    if len(path) > 1:
        pairs = zip(path[1:], arrays[1:], strict=True)
        steps = [f"{name}[*]" if array else name for name, array in pairs]
        source["transform"] = {"jsonPath": ".".join(steps).removesuffix("[*]")}
    return source


def _fields(
    model: type[BaseModel], table: str, parent: tuple[str, ...], arrays: tuple[bool, ...]
) -> list[dict[str, Any]]:
    """The fields of ``model``, found at ``parent`` (field names; which of them are lists)."""
    docs = {doc.name: doc for doc in field_docs(model)}
    fields = []
    for name, info in model.model_fields.items():
        feature = hf_feature(info.annotation, f"{model.__name__}.{name}")
        array = "list" in feature
        item = feature["list"] if array else feature
        path, at = (*parent, name), (*arrays, array)
        doc = docs[name]
        values = f" One of: {', '.join(doc.values)}." if doc.values else ""
        field: dict[str, Any] = {
            "@type": "cr:Field",
            "@id": "/".join((table, *path)),
            "name": name,
            "description": doc.description + values,
        }
        nested = _model_in(info.annotation)
        if nested is not None:
            field["subField"] = _fields(nested, table, path, at)
        else:
            dtype = item if isinstance(item, str) else item.get("dtype")
            if dtype not in DATA_TYPES:
                raise TypeError(f"{model.__name__}.{name}: no Croissant type for {feature}")
            field["dataType"] = DATA_TYPES[dtype]
            field["source"] = _source(f"data/{table}.jsonl", path, at)
        if array:
            field["isArray"] = True
            field["arrayShape"] = "-1"
        fields.append(field)
    return fields


def _file_object(entry: FileEntry, table: str) -> dict[str, Any]:
    return {
        "@type": "cr:FileObject",
        "@id": entry.path,
        "name": entry.path,
        "description": f"the `{table}` table, one JSON object per line",
        "contentUrl": entry.path,
        "contentSize": f"{entry.bytes} B",
        "encodingFormat": JSON_LINES,
        "sha256": entry.sha256,
    }


def table_entries(folder: Path, counts: Mapping[str, int] | None = None) -> dict[str, FileEntry]:
    """The manifest entry of each table file in ``folder/data`` (sizes and checksums)."""
    counts = counts or {}
    return {
        table: file_entry(folder, folder / "data" / f"{table}.jsonl", counts.get(table))
        for table in TABLES
    }


def croissant(folder: Path, files: Mapping[str, FileEntry] | None = None) -> dict[str, Any]:
    """The Croissant document of the tables in ``folder/data`` as a JSON-LD object; ``files``
    gives each table's entry when the caller has it (else the files are hashed here)."""
    entries = files if files is not None else table_entries(folder)
    return {
        "@context": CONTEXT,
        "@type": "sc:Dataset",
        "conformsTo": CONFORMS_TO,
        "name": "mfa-dataset",
        "alternateName": PRETTY_NAME,
        "description": "Foreign-ministry press statements as typed, validated records in which "
        "every extracted fact (questions and answers, meetings, agreements) points back to "
        "the exact characters of its source.",
        "version": DATASET_VERSION,
        "license": LICENSE_URL,
        "citeAs": citation_bibtex(),
        "creator": [{"@type": "sc:Organization", "name": name} for name in AUTHORS],
        "keywords": list(TAGS),
        "inLanguage": "en",
        "isAccessibleForFree": True,
        "distribution": [_file_object(entries[table], table) for table in TABLES],
        "recordSet": [
            {
                "@type": "cr:RecordSet",
                "@id": table,
                "name": table,
                "description": model_description(model),
                "field": _fields(model, table, (), ()),
            }
            for table, model in TABLES.items()
        ],
    }


def render_croissant(folder: Path, files: Mapping[str, FileEntry] | None = None) -> str:
    """``croissant.json`` for the dataset folder ``folder`` (its ``data/`` files written);
    ``files`` as for :func:`croissant`."""
    return json.dumps(croissant(folder, files), indent=2, ensure_ascii=False) + "\n"
