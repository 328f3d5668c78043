"""``mfa-dataset parse FILE``: print the Statement parsed from one raw text as JSON."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HELP = "parse one raw text (with its sidecar, if any) and print the result as JSON"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, help="a raw statement text (UTF-8)")
    parser.add_argument(
        "--sidecar",
        type=Path,
        default=None,
        help="its sidecar (default: FILE with .yaml, when it exists)",
    )


def run(args: argparse.Namespace) -> int:
    from mfa_dataset.assemble import assemble, parsed_json
    from mfa_dataset.seeds import read_text
    from mfa_dataset.sidecar import load_sidecar

    raw = read_text(args.file)
    sidecar = args.sidecar or args.file.with_suffix(".yaml")
    if args.sidecar is None and not sidecar.exists():
        print(
            f"{args.file}: no sidecar, printing what the text alone gives "
            "(add a sidecar for the full Statement)",
            file=sys.stderr,
        )
        print(parsed_json(raw, str(args.file)))
        return 0
    statement = assemble(raw, args.file.name, load_sidecar(sidecar), str(args.file))
    print(statement.model_dump_json(indent=2))
    return 0
