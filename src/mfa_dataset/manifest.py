"""``dataset/manifest.json``: versions, record counts and checksums of every published file."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field

from mfa_dataset.models import StrictModel
from mfa_dataset.types import Sha256

MANIFEST = "manifest.json"
Version = Annotated[str, Field(pattern=r"^\d+\.\d+\.\d+$")]


class FileEntry(StrictModel):
    path: str = Field(description="POSIX path inside the dataset folder")
    bytes: int = Field(ge=0)
    sha256: Sha256
    records: int | None = Field(description="JSON Lines records; null for other files")


class Manifest(StrictModel):
    name: Literal["mfa-dataset"] = "mfa-dataset"
    dataset_version: Version
    schema_version: Version
    counts: dict[str, int] = Field(description="records per table")
    files: list[FileEntry] = Field(description="every file but the manifest, by path")


def file_entry(root: Path, path: Path, records: int | None) -> FileEntry:
    data = path.read_bytes()
    return FileEntry(
        path=path.relative_to(root).as_posix(),
        bytes=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        records=records,
    )
