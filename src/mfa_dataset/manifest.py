"""``dataset/manifest.json``: versions, record counts, checksums, and the current release."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Literal

from pydantic import Field

from mfa_dataset.models import StrictModel
from mfa_dataset.releasing.releases import Release
from mfa_dataset.releasing.semver import VersionText as Version
from mfa_dataset.types import Sha256

MANIFEST = "manifest.json"


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
    release: Release | None = Field(
        default=None,
        description="the release record of `dataset_version`; null before its release",
    )


def file_entry(root: Path, path: Path, records: int | None) -> FileEntry:
    data = path.read_bytes()
    return FileEntry(
        path=path.relative_to(root).as_posix(),
        bytes=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        records=records,
    )
