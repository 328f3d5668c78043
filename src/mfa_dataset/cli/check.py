"""``mfa-dataset check``: the gate. Exit 1 when anything published is stale or invalid."""

from __future__ import annotations

import argparse
import json
import sys

HELP = "check that dataset/ and schema/ match seeds/ and the models, and every record is valid"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--format",
        choices=["text", "json"],
        default="text",
        help="text: path:line:col: CODE message (default); json: one array of problems",
    )


def run(args: argparse.Namespace) -> int:
    from mfa_dataset.checking import check

    problems = check(args.root)
    if args.format == "json":
        rows = [
            {
                "path": p.path,
                "line": p.line,
                "col": p.col,
                "code": p.code.value,
                "message": p.message,
                "hint": p.hint,
            }
            for p in problems
        ]
        print(json.dumps(rows, indent=2, ensure_ascii=False))
    else:
        for problem in problems:
            print(problem.format(), file=sys.stderr)
        print(
            "ok: dataset/ and schema/ are up to date"
            if not problems
            else f"{len(problems)} problem{'s' if len(problems) != 1 else ''}",
            file=sys.stderr,
        )
    return 1 if problems else 0
