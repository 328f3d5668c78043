"""``mfa-dataset suggest FILE``: draft the sidecar of a new raw text for review."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

HELP = "draft a sidecar (YAML) for a raw text from automatic extraction, for a person to review"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, help="the raw statement text (UTF-8)")
    parser.add_argument("--source-url", help="where the text was published")
    parser.add_argument(
        "--published", type=dt.date.fromisoformat, help="publication date, YYYY-MM-DD"
    )
    parser.add_argument("--language", default="en", help="BCP 47 tag (default: en)")
    parser.add_argument("--issuer-name", help="e.g. 'Ministry of Foreign Affairs of Georgia'")
    parser.add_argument("--issuer-country", help="ISO 3166-1 alpha-3 of the issuer, e.g. GEO")
    parser.add_argument("--issuer-acronym", default="mfa", help="used in ids (default: mfa)")
    parser.add_argument(
        "--write",
        action="store_true",
        help="write FILE with .yaml instead of printing (never overwrites)",
    )


def run(args: argparse.Namespace) -> int:
    from mfa_dataset.assemble import parse_located
    from mfa_dataset.seeds import read_text
    from mfa_dataset.suggest import Metadata, suggest_sidecar

    raw = read_text(args.file)
    parse_located(raw, str(args.file))  # a text that does not parse fails here, located
    meta = Metadata(
        source_url=args.source_url,
        published=args.published,
        language=args.language,
        issuer_name=args.issuer_name,
        issuer_country=args.issuer_country,
        issuer_acronym=args.issuer_acronym,
    )
    draft = suggest_sidecar(raw, meta)
    if not args.write:
        sys.stdout.write(draft)
        return 0
    target = args.file.with_suffix(".yaml")
    if target.exists():
        print(
            f"{target}: exists; not overwritten (print the draft without --write)", file=sys.stderr
        )
        return 1
    target.write_text(draft, encoding="utf-8", newline="\n")
    print(f"wrote {target}: review it, then run `mfa-dataset check`", file=sys.stderr)
    return 0
