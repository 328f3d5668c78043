"""Shared fixtures: the repository, a fresh build of it, and the read-only shared corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from mfa_dataset.build import build, load_seeds
from mfa_dataset.models import Statement

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED_ID = "az-mfa-2024-280"


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def statements() -> list[Statement]:
    """Every statement built from seeds/ by the code under test."""
    return load_seeds(ROOT)


@pytest.fixture(scope="session")
def seed(statements: list[Statement]) -> Statement:
    return next(s for s in statements if s.id == SEED_ID)


@pytest.fixture(scope="session")
def fresh_dataset(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A dataset folder built from seeds/ into a temporary place."""
    target = tmp_path_factory.mktemp("fresh") / "dataset"
    build(ROOT, target)
    return target


def shared_dir(name: str) -> Path:
    """``../shared/<name>``, or skip: it is absent from an sdist."""
    folder = SHARED / name
    if not folder.is_dir():
        pytest.skip(f"{folder} not found: the shared corpus sits beside the repository in CI")
    return folder
