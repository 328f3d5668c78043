"""The gate itself: :func:`check` runs every check of this package on a repository."""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

from mfa_dataset.build import load_seeds, write_dataset
from mfa_dataset.checking.card_schema import card_schema_problems
from mfa_dataset.checking.hf import collect, launch
from mfa_dataset.checking.published import stale_dataset, stale_schema
from mfa_dataset.checking.records import invalid_records
from mfa_dataset.errors import MfaError, Problem
from mfa_dataset.releasing.versions import check_versions


def check(
    root: Path, *, datasets: bool = True, loading: subprocess.Popen[bytes] | None = None
) -> list[Problem]:
    """All problems of the repository at ``root``; empty when it may be merged.

    Loading through ``datasets`` (its import alone takes most of a second) runs in a process
    of its own while this one rebuilds the dataset: ``loading``, when the caller started it
    early with :func:`mfa_dataset.checking.hf.launch`. ``datasets=False`` skips it."""
    if datasets and loading is None and (root / "dataset" / "README.md").is_file():
        loading = launch(root)
    problems = _check(root)
    return problems if loading is None else [*problems, *collect(loading)]


def _check(root: Path) -> list[Problem]:
    problems = list(stale_schema(root))
    try:
        statements = load_seeds(root)
    except MfaError as exc:
        problems.extend(exc.problems)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            fresh = Path(tmp) / "dataset"
            write_dataset(statements, fresh)
            problems.extend(stale_dataset(fresh, root / "dataset", root))
    problems.extend(invalid_records(root))
    problems.extend(card_schema_problems(root))
    problems.extend(check_versions(root))
    return problems
