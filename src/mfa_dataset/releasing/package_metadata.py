"""The package metadata carries ``__version__``: pyproject takes it from ``_version.py``, and an
installation from this checkout must not be stale."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from importlib import metadata
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

from mfa_dataset.errors import Code, Problem

VERSION_SOURCE = "src/mfa_dataset/_version.py"


def _toml(text: str) -> dict[str, Any] | None:
    """Parsed TOML; None on Python 3.10, which has no ``tomllib``."""
    if sys.version_info >= (3, 11):
        import tomllib

        return tomllib.loads(text)
    return None


def _line_of(text: str, needle: str) -> int | None:
    at = text.find(needle)
    return None if at < 0 else text.count("\n", 0, at) + 1


def package_problems(
    root: Path, version: str, shown: str, distribution: metadata.Distribution | None
) -> Iterator[Problem]:
    yield from _check_pyproject(root)
    if distribution is None:
        try:
            distribution = metadata.distribution("mfa-dataset")
        except metadata.PackageNotFoundError:
            return
    if _installed_from(distribution, root) and distribution.version != version:
        yield Problem(
            Code.VERSIONS_DISAGREE,
            f"the installed package metadata says {distribution.version}, __version__ is {version}",
            shown,
            hint="the metadata is written at install time: reinstall (`pip install -e .`)",
        )


def _installed_from(distribution: metadata.Distribution, root: Path) -> bool:
    """Whether ``distribution`` was installed from the checkout at ``root`` (PEP 610)."""
    try:
        url = json.loads(distribution.read_text("direct_url.json") or "{}").get("url", "")
    except ValueError:
        return False
    if not isinstance(url, str) or not url.startswith("file://"):
        return False
    return Path(unquote(urlparse(url).path)).resolve() == root.resolve()


def _check_pyproject(root: Path) -> Iterator[Problem]:
    """pyproject.toml must take the package version from ``_version.py`` (Python >= 3.11)."""
    path = root / "pyproject.toml"
    if not path.is_file():
        return
    text = path.read_text(encoding="utf-8")
    try:
        data = _toml(text)
    except ValueError as exc:  # tomllib.TOMLDecodeError
        yield Problem(
            Code.VERSIONS_DISAGREE, f"not TOML: {exc}", "pyproject.toml", hint="fix its syntax"
        )
        return
    if data is None:
        return
    dynamic = "version" in data.get("project", {}).get("dynamic", [])
    source = data.get("tool", {}).get("hatch", {}).get("version", {}).get("path")
    if not dynamic or source != VERSION_SOURCE:
        yield Problem(
            Code.VERSIONS_DISAGREE,
            f"the package version does not come from {VERSION_SOURCE}",
            "pyproject.toml",
            _line_of(text, "[tool.hatch.version]"),
            hint=f'declare dynamic = ["version"], [tool.hatch.version] path = "{VERSION_SOURCE}"',
        )
