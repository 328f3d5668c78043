"""One measured stage of the benchmark, run in a process of its own so that its peak memory is
its own: ``python -m benchmarks.stages STAGE ROOT [--jobs N] [--out DIR]`` prints one JSON
object (seconds, items, bytes, peak RSS in MB, and what the stage adds). Throughputs are
measured after a warm-up on the first item (lazy tables load once per process), in CPU time
of the process (on a busy machine as on an idle one); the build is measured end to end in
wall-clock time, start-up and worker processes included.

Stages: ``parse_extract`` (one core; reading files and sidecars is not timed), ``build``
(end to end, ``--jobs N``), ``validate`` (the published JSON Lines through the line validator
of ``check`` and through the models, and orjson's parse of the same lines as the reference),
``schema`` (the jsonschema library on a sample), ``load`` (``load_statements()``) and
``adversarial`` (see :mod:`benchmarks.adversarial`).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import resource
import sys
import time
from pathlib import Path
from typing import Any

import orjson
import yaml

from mfa_dataset.tables import TABLES

#: Records per table that the (slow) jsonschema library validates: its rate is the reference.
REFERENCE_SAMPLE = 500
#: Raw text sizes whose parse+extract rate is reported apart (the "~8 KB" target).
EIGHT_KB = (7 * 1024, 9 * 1024)


def peak_mb() -> float:
    """Peak resident memory of this process or of any child it waited for, in MB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024  # Linux: KiB


def _context(sidecar: Path) -> tuple[str | None, dt.date | None]:
    data = yaml.load(sidecar.read_text("utf-8"), Loader=yaml.CSafeLoader)
    return data["issuer"]["country"], dt.date.fromisoformat(str(data["published"]))


def parse_extract(root: Path) -> dict[str, Any]:
    from mfa_dataset.extraction import Context, extract
    from mfa_dataset.parsing import parse_text

    seconds = size = count = 0.0
    bucket_seconds = bucket_count = 0.0
    paths = sorted((root / "seeds").glob("*.txt"))
    warm = paths[0].read_text("utf-8")  # the lazy tables (gazetteer, cities) load here
    extract(warm, parse_text(warm), Context(*_context(paths[0].with_suffix(".yaml"))))
    for path in paths:
        text = path.read_text("utf-8")
        context = Context(*_context(path.with_suffix(".yaml")))
        start = time.process_time()
        extract(text, parse_text(text), context)
        took = time.process_time() - start
        seconds += took
        count += 1
        n = len(text.encode("utf-8"))
        size += n
        if EIGHT_KB[0] <= n <= EIGHT_KB[1]:
            bucket_seconds += took
            bucket_count += 1
    return {
        "seconds": seconds,
        "items": count,
        "bytes": size,
        "eight_kb": {"seconds": bucket_seconds, "items": bucket_count},
    }


def build(root: Path, out: Path, jobs: int) -> dict[str, Any]:
    from mfa_dataset.build import build as run_build

    size = sum(p.stat().st_size for p in (root / "seeds").glob("*.txt"))
    start = time.perf_counter()
    manifest = run_build(root, out, jobs=jobs)
    return {
        "seconds": time.perf_counter() - start,
        "items": manifest.counts["statements"],
        "bytes": size,
        "records": sum(manifest.counts.values()),
    }


def _lines(folder: Path, table: str) -> list[bytes]:
    return (folder / "data" / f"{table}.jsonl").read_bytes().splitlines()


def validate(folder: Path, schemas: Path) -> dict[str, Any]:
    """The published JSON Lines, table by table, on the same lines held in memory (reading the
    files is not timed): orjson's parse alone (the reference); the line validator of ``check``
    (:class:`~mfa_dataset.validation.TableValidator`), against ``schema/`` only (orjson and
    jsonschema-rs: ``seconds``) and whole (with the Python read-back of statements'
    spans: ``read_back_seconds``); and the models (``model_validate_json``)."""
    from mfa_dataset.validation import TableValidator

    models = fast = schema_only = reference = 0.0
    size = records = 0
    for table, model in TABLES.items():
        lines = _lines(folder, table)
        size += sum(len(line) + 1 for line in lines)
        records += len(lines)
        validator = TableValidator.from_dir(table, schemas)
        if lines:  # warm up (pycountry loads its tables, regexes compile)
            model.model_validate_json(lines[0])
            validator.problems(lines[0])
        start = time.process_time()
        for line in lines:
            orjson.loads(line)
        reference += time.process_time() - start
        start = time.process_time()
        invalid = sum(1 for _ in validator.invalid(lines, read_back=False))
        schema_only += time.process_time() - start
        start = time.process_time()
        invalid += sum(1 for _ in validator.invalid(lines))
        fast += time.process_time() - start
        assert invalid == 0, f"{invalid} {table} lines fail the line validator"
        start = time.process_time()
        for line in lines:
            model.model_validate_json(line)
        models += time.process_time() - start
        del lines
    return {
        "seconds": schema_only,
        "read_back_seconds": fast,
        "models_seconds": models,
        "orjson_seconds": reference,
        "items": records,
        "bytes": size,
    }


def schema(folder: Path, schemas: Path) -> dict[str, Any]:
    """The jsonschema library (the reference the tests hold jsonschema-rs to) on the first
    :data:`REFERENCE_SAMPLE` lines of each table: it is too slow for every line."""
    import jsonschema

    slow = 0.0
    sample = sample_bytes = 0
    for table in TABLES:
        document = json.loads((schemas / f"{table}.schema.json").read_text("utf-8"))
        chosen = _lines(folder, table)[:REFERENCE_SAMPLE]
        python = jsonschema.Draft202012Validator(
            document, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
        )
        start = time.process_time()
        errors = sum(1 for line in chosen for _ in python.iter_errors(json.loads(line)))
        slow += time.process_time() - start
        assert errors == 0, f"{errors} schema errors in {table}"
        sample += len(chosen)
        sample_bytes += sum(len(line) + 1 for line in chosen)
    return {"seconds": slow, "items": sample, "bytes": sample_bytes}


def load(folder: Path) -> dict[str, Any]:
    from mfa_dataset.loading import load_statements
    from mfa_dataset.models import Statement

    path = folder / "data" / "statements.jsonl"
    size = path.stat().st_size
    with path.open("rb") as handle:
        Statement.model_validate_json(handle.readline())  # warm up, as in `validate`
    start = time.process_time()
    statements = load_statements(folder)
    return {"seconds": time.process_time() - start, "items": len(statements), "bytes": size}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.stages")
    parser.add_argument(
        "stage", choices=["parse_extract", "build", "validate", "schema", "load", "adversarial"]
    )
    parser.add_argument("root", type=Path, help="corpus root (seeds/) or dataset folder")
    parser.add_argument("--out", type=Path)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--schemas", type=Path)
    parser.add_argument("--scale", type=int, default=100)
    args = parser.parse_args(argv)
    if args.stage == "parse_extract":
        result = parse_extract(args.root)
    elif args.stage == "build":
        result = build(args.root, args.out, args.jobs)
    elif args.stage == "validate":
        result = validate(args.root, args.schemas)
    elif args.stage == "schema":
        result = schema(args.root, args.schemas)
    elif args.stage == "load":
        result = load(args.root)
    else:
        from benchmarks.adversarial import measure

        result = {"cases": measure(args.scale)}
    result["peak_mb"] = peak_mb()
    json.dump(result, sys.stdout)
    print()


if __name__ == "__main__":
    main()
