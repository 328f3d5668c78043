"""Loading the published dataset: typed Statements, or a Hugging Face ``datasets.Dataset``.

The wheel carries ``dataset/`` and ``schema/`` as ``mfa_dataset/_data/``; in a source checkout
(editable install) they are read from the repository. Nothing is downloaded.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import ValidationError

from mfa_dataset.errors import Code, MfaError, Problem
from mfa_dataset.models import Statement
from mfa_dataset.tables import TABLES

if TYPE_CHECKING:
    import datasets

_PACKAGE = Path(__file__).resolve().parent


def data_dir(name: str) -> Path:
    """``dataset`` or ``schema`` as shipped in the wheel, else from the source checkout."""
    packaged = _PACKAGE / "_data" / name
    return packaged if packaged.is_dir() else _PACKAGE.parents[1] / name


def dataset_dir() -> Path:
    return data_dir("dataset")


def iter_statements(folder: Path | None = None) -> Iterator[Statement]:
    """Statements from ``<folder>/data/statements.jsonl``, validated one line at a time."""
    path = (folder or dataset_dir()) / "data" / "statements.jsonl"
    try:
        handle = path.open("rb")
    except FileNotFoundError as exc:
        raise MfaError.one(
            Code.DATASET_MISSING,
            "no published statements here",
            path=str(path),
            hint="run `mfa-dataset build` in a checkout, or reinstall the package",
        ) from exc
    with handle:
        for number, line in enumerate(handle, 1):
            try:
                yield Statement.model_validate_json(line)
            except ValidationError as exc:
                raise MfaError(
                    Problem(
                        Code.RECORD_INVALID,
                        f"{'.'.join(map(str, e['loc']))}: {e['msg']}",
                        str(path),
                        number,
                    )
                    for e in exc.errors(include_url=False)
                ) from exc


def load_statements(folder: Path | None = None) -> list[Statement]:
    """Every published Statement, typed and validated (spans checked against the text)."""
    return list(iter_statements(folder))


def load_hf(
    config: str = "statements",
    *,
    folder: Path | None = None,
    cache_dir: Path | None = None,
) -> datasets.Dataset:
    """One table as a ``datasets.Dataset`` (split ``train``), with the card's explicit features."""
    if config not in TABLES:
        raise ValueError(f"unknown config {config!r}; choose one of {', '.join(TABLES)}")
    import datasets

    loaded = datasets.load_dataset(
        str(folder or dataset_dir()),
        config,
        split="train",
        cache_dir=None if cache_dir is None else str(cache_dir),
    )
    assert isinstance(loaded, datasets.Dataset)
    return loaded
