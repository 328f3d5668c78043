"""``mfa-dataset check``: the one gate a contribution passes before it is merged.

Every problem is collected (never only the first) as a located :class:`Problem`:

- every contribution in ``seeds/`` reads, parses and builds: texts are UTF-8 without BOM, with
  one kind of line ending, no binary data or mojibake, not cut off; sidecars are valid; quotes
  occur once; ids, numbers (per issuer and year) and texts are unique (``build.load_seeds``);
- ``schema/`` equals the schemas generated from the models (:mod:`.published`);
- ``dataset/`` equals a fresh build in a temporary folder, file by file (:mod:`.published`);
- every published record is valid against ``schema/`` and the models (:mod:`.records`);
- the card's explicit features agree with ``schema/`` (:mod:`.card_schema`);
- ``datasets`` loads every config and gets the published records back (:mod:`.hf`).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from mfa_dataset.build import load_seeds, write_dataset
from mfa_dataset.checking.card_schema import card_schema_problems
from mfa_dataset.checking.hf import hf_problems
from mfa_dataset.checking.published import stale_dataset, stale_schema
from mfa_dataset.checking.records import invalid_records
from mfa_dataset.errors import MfaError, Problem
from mfa_dataset.releasing.versions import check_versions

__all__ = ["check"]


def check(root: Path, *, datasets: bool = True) -> list[Problem]:
    """All problems of the repository at ``root``; empty when it may be merged.

    ``datasets=False`` skips loading through ``datasets`` (the slowest step)."""
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
    if datasets:
        problems.extend(hf_problems(root))
    problems.extend(check_versions(root))
    return problems
