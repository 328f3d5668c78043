"""The ``mfa-dataset`` command: one module per verb, errors turned into exit codes here only.

Each verb module defines ``HELP``, ``configure(parser)`` and ``run(args) -> int`` and imports
the library inside ``run`` so that ``--help`` stays fast and verbs that do not need
``datasets`` never import it.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

from mfa_dataset.cli import (
    build,
    check,
    diff,
    evaluate,
    parse,
    publish,
    release,
    schema,
    suggest,
)
from mfa_dataset.errors import MfaError

VERBS: dict[str, ModuleType] = {
    "build": build,
    "check": check,
    "diff": diff,
    "evaluate": evaluate,
    "parse": parse,
    "publish": publish,
    "release": release,
    "schema": schema,
    "suggest": suggest,
}


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mfa-dataset",
        description="Build, check and inspect the mfa-dataset of foreign-ministry statements.",
    )
    from mfa_dataset._version import DATASET_VERSION, __version__

    parser.add_argument(
        "--version", action="version", version=f"%(prog)s {__version__} (data {DATASET_VERSION})"
    )
    verbs = parser.add_subparsers(dest="verb", required=True, metavar="COMMAND")
    for name, module in VERBS.items():
        sub = verbs.add_parser(name, help=module.HELP, description=module.HELP)
        sub.add_argument(
            "--root",
            type=Path,
            default=Path(),
            help="repository root holding seeds/, schema/ and dataset/ (default: .)",
        )
        module.configure(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = make_parser().parse_args(argv)
    try:
        code: int = VERBS[args.verb].run(args)
    except MfaError as exc:
        from mfa_dataset.report import render, summary

        sys.stderr.write(render(exc.problems, "text"))
        print(summary(exc.problems), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    return code
