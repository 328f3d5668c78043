"""Release records: one JSON file per released dataset version, shipped with the package.

``src/mfa_dataset/data/releases/<version>.json`` is written by ``mfa-dataset release`` and
committed. It says when the version was released, after which version, with which schema and
package version, and which records it added, changed and removed. The build copies the record
of :data:`~mfa_dataset._version.DATASET_VERSION` into ``dataset/manifest.json``, and
``CHANGELOG.md`` holds the same record as prose, so both stay reproducible from committed files.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Final

from pydantic import Field, ValidationError

from mfa_dataset import _version
from mfa_dataset.errors import Code, MfaError, Problem
from mfa_dataset.models import StrictModel
from mfa_dataset.releasing.diff import Changes
from mfa_dataset.releasing.semver import VersionText, is_version, parse

RELEASES: Final = Path("data") / "releases"  # inside the package folder
PACKAGE: Final = Path(__file__).resolve().parents[1]


class Release(StrictModel):
    """One released dataset version and what it changed since the one before."""

    version: VersionText = Field(description="the dataset version released")
    date: dt.date = Field(description="release date")
    previous: VersionText | None = Field(description="the release before; null for the first")
    package_version: VersionText = Field(description="the mfa-dataset package carrying it")
    schema_version: VersionText = Field(description="the record format of this release")
    notes: str | None = Field(default=None, description="the maintainer's words, if any")
    changes: Changes = Field(description="records added, changed and removed since `previous`")


def is_checkout(root: Path) -> bool:
    """Whether ``root`` is a source checkout (it holds ``src/mfa_dataset/_version.py``)."""
    return (root / "src" / "mfa_dataset" / "_version.py").is_file()


def package_dir(root: Path) -> Path:
    """``root/src/mfa_dataset`` in a source checkout, else the running package's folder."""
    return root / "src" / "mfa_dataset" if is_checkout(root) else PACKAGE


def release_path(package: Path, version: str) -> Path:
    return package / RELEASES / f"{version}.json"


def dumps(release: Release) -> str:
    return release.model_dump_json(indent=2) + "\n"


def load_releases(package: Path = PACKAGE, *, display: Path | None = None) -> list[Release]:
    """Every release record under ``package``, oldest first; invalid ones raise MFA706."""
    folder = package / RELEASES
    releases: list[Release] = []
    problems: list[Problem] = []
    for path in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        shown = _shown(path, display)
        try:
            release = Release.model_validate_json(path.read_bytes())
        except ValidationError as exc:
            problems.extend(
                Problem(
                    Code.RELEASE_HISTORY,
                    f"{'.'.join(map(str, e['loc'])) or '(record)'}: {e['msg']}",
                    shown,
                    hint="release records are written by `mfa-dataset release`; restore it",
                )
                for e in exc.errors(include_url=False)
            )
            continue
        if path.stem != release.version:
            problems.append(
                Problem(
                    Code.RELEASE_HISTORY,
                    f"holds the record of {release.version}",
                    shown,
                    hint=f"name it {release.version}.json",
                )
            )
        releases.append(release)
    if problems:
        raise MfaError(problems)
    return sorted(releases, key=lambda r: parse(r.version))


def _shown(path: Path, display: Path | None) -> str:
    if display is not None and path.is_relative_to(display):
        return path.relative_to(display).as_posix()
    return str(path)


def current_release() -> Release | None:
    """The record of the running package's ``DATASET_VERSION``; None before its release."""
    version = _version.DATASET_VERSION
    path = release_path(PACKAGE, version)
    if not is_version(version) or not path.is_file():
        return None
    return Release.model_validate_json(path.read_bytes())


def git_tag(version: str) -> str:
    """The Git tag of a released dataset version (package releases keep ``v*`` tags)."""
    return f"data-v{version}"


def hub_revision(version: str) -> str:
    """The Hugging Face Hub tag of a dataset version (``mfa-dataset publish``)."""
    return f"v{version}"
