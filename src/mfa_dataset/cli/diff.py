"""``mfa-dataset diff OLD NEW``: records added, changed (which fields) and removed."""

from __future__ import annotations

import argparse
from pathlib import Path

HELP = "list the records added, changed (with the fields) and removed between two dataset folders"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("old", type=Path, help="the older dataset folder (holds data/, manifest)")
    parser.add_argument("new", type=Path, help="the newer dataset folder")
    parser.add_argument(
        "--format",
        choices=["text", "json", "markdown"],
        default="text",
        help="text: one record a line (default); json: the whole diff; markdown: CHANGELOG style",
    )
    parser.add_argument(
        "--exit-code",
        action="store_true",
        help="exit 1 when a record differs (as `git diff --exit-code`); default: exit 0",
    )


def run(args: argparse.Namespace) -> int:
    from mfa_dataset.releasing.diff import diff_folders
    from mfa_dataset.releasing.diff_render import render

    diff = diff_folders(args.old, args.new)
    print(render(diff, args.format), end="")
    return 1 if args.exit_code and diff.changes else 0
