"""``mfa-dataset build``: seeds/ -> dataset/ (all or nothing), in one or more processes."""

from __future__ import annotations

import argparse
from pathlib import Path

HELP = "read seeds/, validate every record and publish dataset/ (JSON Lines, card, manifest)"


def _jobs(value: str) -> int:
    jobs = int(value)
    if jobs < 0:
        raise argparse.ArgumentTypeError("give 0 (one per core) or a positive number")
    return jobs


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--out", type=Path, default=None, help="write here instead of <root>/dataset"
    )
    parser.add_argument(
        "--jobs",
        "-j",
        type=_jobs,
        default=1,
        metavar="N",
        help="build with N processes (0: one per core; default 1); "
        "the output is byte-identical whatever N",
    )


def run(args: argparse.Namespace) -> int:
    from mfa_dataset.build import build

    target = args.out or args.root / "dataset"
    manifest = build(args.root, target, jobs=args.jobs)
    counts = ", ".join(f"{n} {table}" for table, n in manifest.counts.items())
    print(f"built {target} (dataset {manifest.dataset_version}): {counts}")
    return 0
