"""``mfa-dataset schema``: regenerate schema/ from the models."""

from __future__ import annotations

import argparse

HELP = "write the JSON Schema of every table and of the sidecar into schema/"


def configure(parser: argparse.ArgumentParser) -> None:
    del parser  # no options besides --root


def run(args: argparse.Namespace) -> int:
    from mfa_dataset.atomic import write_files
    from mfa_dataset.schema import schema_files

    folder = args.root / "schema"
    files = schema_files()
    write_files(folder, files)
    print(f"wrote {len(files)} schemas to {folder}")
    return 0
