"""``mfa-dataset parse FILE``: print the Statement parsed from one raw text as JSON."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

HELP = "parse one raw text (with its sidecar, if any) and print the result as JSON"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, help="a raw statement text (UTF-8)")
    parser.add_argument(
        "--sidecar",
        type=Path,
        default=None,
        help="its sidecar (default: FILE with .yaml, when it exists)",
    )
    parser.add_argument(
        "--issuer-country", help="without a sidecar: ISO alpha-3 of the issuer ('our country')"
    )
    parser.add_argument(
        "--published",
        type=dt.date.fromisoformat,
        help="without a sidecar: publication date, to resolve 'today' (YYYY-MM-DD)",
    )


def run(args: argparse.Namespace) -> int:
    from mfa_dataset.assemble import assemble
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
        print(json.dumps(_text_only(raw, args), indent=2, ensure_ascii=False))
        return 0
    statement = assemble(raw, args.file.name, load_sidecar(sidecar), str(args.file))
    print(statement.model_dump_json(indent=2))
    return 0


def _text_only(raw: str, args: argparse.Namespace) -> dict[str, Any]:
    """The Statement's fields that the text alone gives, and the extracted records."""
    from mfa_dataset.assemble import parse_located
    from mfa_dataset.extraction import Context, extract
    from mfa_dataset.parsing.result import TextRange
    from mfa_dataset.suggest import agreement_fields, meeting_fields
    from mfa_dataset.text import sha256_text

    parsed = parse_located(raw, str(args.file))
    found = extract(raw, parsed, Context(args.issuer_country, args.published or parsed.date))

    def quote(r: TextRange) -> dict[str, Any]:
        return {"text": r.of(raw), "span": {"start": r.start, "end": r.end}}

    def span(r: TextRange) -> dict[str, int]:
        return {"start": r.start, "end": r.end}

    number, speaker = parsed.number, parsed.speaker
    return {
        "title": parsed.title.of(raw),
        "number": None
        if number is None
        else {"raw": number.raw, "sequence": number.sequence, "year": number.year},
        "kind": parsed.kind.value,
        "speaker": None if speaker is None else {"name": speaker.name, "role": speaker.role},
        "audience": parsed.audience,
        "subject": parsed.subject.of(raw) if parsed.subject else None,
        "date": parsed.date.isoformat() if parsed.date else None,
        "sha256": sha256_text(raw),
        "paragraphs": [span(r) for r in parsed.paragraphs],
        "questions": [{"label": q.label, **quote(q.range)} for q in parsed.questions],
        "answers": [
            {"label": a.label, "question": a.question, **quote(a.range)} for a in parsed.answers
        ],
        "chrome": [quote(r) for r in parsed.chrome],
        "meetings": [{**meeting_fields(raw, m), "span": span(m.evidence)} for m in found.meetings],
        "agreements": [
            {**agreement_fields(raw, g), "span": span(g.evidence)} for g in found.agreements
        ],
    }
