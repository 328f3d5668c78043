"""``mfa-dataset build``: seeds/ -> dataset/ (all or nothing)."""

from __future__ import annotations

import argparse
from pathlib import Path

HELP = "read seeds/, validate every record and publish dataset/ (JSON Lines, card, manifest)"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--out", type=Path, default=None, help="write here instead of <root>/dataset"
    )


def run(args: argparse.Namespace) -> int:
    from mfa_dataset.build import build

    target = args.out or args.root / "dataset"
    manifest = build(args.root, target)
    counts = ", ".join(f"{n} {table}" for table, n in manifest.counts.items())
    print(f"built {target} (dataset {manifest.dataset_version}): {counts}")
    return 0
