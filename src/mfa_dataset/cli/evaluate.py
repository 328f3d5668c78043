"""``mfa-dataset evaluate DIR``: precision, recall and F1 of extraction against gold files."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

HELP = "score parsing and extraction on a folder of <stem>.txt + <stem>.gold.json files"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("folder", type=Path, help="e.g. ../shared/corpus")
    parser.add_argument(
        "--misses", action="store_true", help="list each document's misses and extras"
    )
    parser.add_argument("--format", choices=["text", "json"], default="text")


def run(args: argparse.Namespace) -> int:
    from mfa_dataset.evaluate import HEADER_FIELDS, Report, evaluate

    report: Report = evaluate(args.folder)
    tables = {t: report.total(t) for t in ("meetings", "agreements")}
    if args.format == "json":
        document: dict[str, Any] = {
            "documents": len(report.documents),
            "header_accuracy": {f: report.header_accuracy(f) for f in HEADER_FIELDS},
            **{
                t: {
                    "precision": s.precision,
                    "recall": s.recall,
                    "f1": s.f1,
                    "true_positives": s.true_positives,
                    "predicted": s.predicted,
                    "expected": s.expected,
                }
                for t, s in tables.items()
            },
            "field_accuracy": {
                name: {"right": r, "compared": c}
                for name, (r, c) in report.field_accuracy().items()
            },
            "misses": {d.doc_id: d.misses for d in report.documents if d.misses},
        }
        print(json.dumps(document, indent=2, ensure_ascii=False))
        return 0
    print(f"{len(report.documents)} documents in {args.folder}")
    for name in HEADER_FIELDS:
        print(f"  {name:<10} accuracy {report.header_accuracy(name):6.1%}")
    print(f"  {'':<10} {'precision':>9} {'recall':>7} {'F1':>6} {'TP':>4} {'pred':>5} {'gold':>5}")
    for table, s in tables.items():
        print(
            f"  {table:<10} {s.precision:9.3f} {s.recall:7.3f} {s.f1:6.3f}"
            f" {s.true_positives:4d} {s.predicted:5d} {s.expected:5d}"
        )
    print("  fields of matched records:")
    for name, (right, compared) in report.field_accuracy().items():
        print(f"  {name:<28} {right:4d}/{compared:<4d} {right / compared:6.1%}")
    if args.misses:
        for doc in report.documents:
            for miss in doc.misses:
                print(f"{doc.doc_id}: {miss}")
    return 0
