"""The code base stays `mypy --strict` and `ruff` clean (both come with the test extra)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest


def run(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", *args], cwd=root, capture_output=True, text=True, check=False
    )


@pytest.mark.slow
def test_mypy_strict(root: Path) -> None:
    done = run(root, "mypy", "--no-incremental")
    assert done.returncode == 0, done.stdout + done.stderr


def test_ruff_lint(root: Path) -> None:
    done = run(root, "ruff", "check", "src", "tests", "benchmarks")
    assert done.returncode == 0, done.stdout + done.stderr


def test_ruff_format(root: Path) -> None:
    done = run(root, "ruff", "format", "--check", "src", "tests", "benchmarks")
    assert done.returncode == 0, done.stdout + done.stderr
