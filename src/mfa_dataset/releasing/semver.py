"""``MAJOR.MINOR.PATCH`` versions: parsing, bumping, and the level of a change."""

from __future__ import annotations

import re
from typing import Annotated, Final, Literal

from pydantic import Field

Bump = Literal["major", "minor", "patch"]
BUMPS: Final[tuple[Bump, ...]] = ("patch", "minor", "major")  # ascending
_PATTERN: Final = re.compile(r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$")


def parse(version: str) -> tuple[int, int, int]:
    """``"1.2.3"`` -> ``(1, 2, 3)``; ``ValueError`` for anything else."""
    match = _PATTERN.match(version)
    if match is None:
        raise ValueError(f"not a MAJOR.MINOR.PATCH version: {version!r}")
    major, minor, patch = (int(part) for part in match.groups())
    return major, minor, patch


def is_version(text: str) -> bool:
    return _PATTERN.match(text) is not None


def bump(version: str, level: Bump) -> str:
    """The next version at ``level``: 1.2.3 -> 2.0.0, 1.3.0 or 1.2.4."""
    major, minor, patch = parse(version)
    if level == "major":
        return f"{major + 1}.0.0"
    if level == "minor":
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


def level(old: str, new: str) -> Bump | None:
    """The highest part that differs between two versions, or None when they are equal."""
    for name, a, b in zip(reversed(BUMPS), parse(old), parse(new), strict=True):
        if a != b:
            return name
    return None


def rank(level: Bump | None) -> int:
    """0 for no bump, then 1 patch, 2 minor, 3 major: compare bumps with ``<``."""
    return 0 if level is None else BUMPS.index(level) + 1


VersionText = Annotated[str, Field(pattern=_PATTERN.pattern, examples=["1.2.0"])]
