"""``mfa-dataset publish``: upload dataset/ to the Hugging Face Hub and tag the version."""

from __future__ import annotations

import argparse

HELP = "upload dataset/ to a Hugging Face dataset repository and tag it vX.Y.Z (after `check`)"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--repo-id", required=True, metavar="OWNER/NAME", help="the Hub dataset repository"
    )
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help="print what would be uploaded and tagged; touch no network",
    )
    parser.add_argument(
        "--token",
        default=None,
        help="Hub token with write access (default: $HF_TOKEN or the saved login)",
    )
    parser.add_argument(
        "--private", action="store_true", help="create the repository as private if it is new"
    )


def run(args: argparse.Namespace) -> int:
    from mfa_dataset.publish import format_plan, plan, upload

    planned = plan(args.root, args.repo_id, private=args.private)
    print(format_plan(planned), end="")
    if args.dry_run:
        print("dry run: nothing uploaded, nothing tagged")
        return 0
    oid = upload(planned, token=args.token)
    print(f"published {args.repo_id}@{planned.tag} (commit {oid})")
    return 0
