"""``mfa-dataset release``: a new dataset version with its record-level CHANGELOG entry."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

HELP = "release a new dataset version: diff against the previous release, CHANGELOG, manifest"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--bump",
        choices=["major", "minor", "patch"],
        default=None,
        help="patch: corrections; minor: records added or removed; major: breaking schema "
        "change (see VERSIONING.md); omitted for the first release only",
    )
    parser.add_argument(
        "--date",
        type=dt.date.fromisoformat,
        default=None,
        help="release date, YYYY-MM-DD (default: today)",
    )
    parser.add_argument(
        "--previous",
        type=Path,
        default=None,
        help="the previous release's dataset folder (default: read from its Git tag)",
    )
    parser.add_argument(
        "--allow-empty", action="store_true", help="release even when no record changed"
    )
    parser.add_argument("--notes", default=None, help="a paragraph for the CHANGELOG entry")
    parser.add_argument(
        "--dry-run", action="store_true", help="print the CHANGELOG entry, write nothing"
    )


def run(args: argparse.Namespace) -> int:
    from mfa_dataset.releasing.changelog import entry
    from mfa_dataset.releasing.release import plan_release, release
    from mfa_dataset.releasing.releases import git_tag

    plan = plan_release(
        args.root,
        args.bump,
        date=args.date or dt.date.today(),
        previous=args.previous,
        allow_empty=args.allow_empty,
        notes=args.notes,
    )
    r = plan.release
    print(entry(r), end="")
    if args.dry_run:
        print("dry run: nothing written", file=sys.stderr)
        return 0
    release(args.root, plan)
    written = ", ".join(str(p) for p in plan.files)
    print(
        f"released dataset {r.version} (package {r.package_version}): {written}, dataset/",
        file=sys.stderr,
    )
    print(
        f"next: commit everything as one commit, then `git tag {git_tag(r.version)}`;"
        " reinstall (`pip install -e .`) if the package version changed;"
        " `mfa-dataset publish --repo-id OWNER/NAME` to the Hub",
        file=sys.stderr,
    )
    return 0
