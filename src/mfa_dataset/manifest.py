"""``dataset/manifest.json``: versions, record counts, checksums, and the current release."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Final, Literal

from pydantic import Field

from mfa_dataset.models import StrictModel
from mfa_dataset.releasing.releases import Release
from mfa_dataset.releasing.semver import VersionText as Version
from mfa_dataset.types import Sha256

MANIFEST = "manifest.json"
#: Bytes read at a time to hash a file: memory stays flat whatever its size.
CHUNK: Final = 1 << 20


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


def sha256_and_size(path: Path) -> tuple[str, int]:
    """SHA-256 (hex) and size in bytes of ``path``, read :data:`CHUNK` bytes at a time."""
    digest, size = hashlib.sha256(), 0
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def file_entry(root: Path, path: Path, records: int | None) -> FileEntry:
    """The entry of ``path`` (inside ``root``): its size and checksum, read once in chunks."""
    sha256, size = sha256_and_size(path)
    return FileEntry(
        path=path.relative_to(root).as_posix(), bytes=size, sha256=sha256, records=records
    )
