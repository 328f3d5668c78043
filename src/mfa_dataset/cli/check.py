"""``mfa-dataset check``: the gate. Exit 1 when any contribution or published file is wrong."""

from __future__ import annotations

import argparse
import sys

HELP = (
    "check every contribution in seeds/ and that dataset/ and schema/ match seeds/ and the "
    "models; every problem is reported, with file:line:col, a code and a hint"
)


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--format",
        choices=["text", "json", "github"],
        default="text",
        help="text: path:line:col: CODE message (default); json: an array of problems; "
        "github: GitHub Actions annotations",
    )


def run(args: argparse.Namespace) -> int:
    from mfa_dataset.checking.hf import launch

    loading = launch(args.root)  # first: `datasets` loads while this process imports and builds
    from mfa_dataset.checking import check
    from mfa_dataset.report import render, summary

    problems = check(args.root, loading=loading)
    out = sys.stdout if args.format != "text" else sys.stderr
    out.write(render(problems, args.format))
    if args.format != "json":
        print(f"ok: {summary(problems)}" if not problems else summary(problems), file=sys.stderr)
    return 1 if problems else 0
