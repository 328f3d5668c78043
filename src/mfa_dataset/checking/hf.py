"""``datasets`` loads every config of the published folder and gets back the published lines.

Importing ``datasets`` takes most of a second, so ``check`` runs this in a worker process
(:func:`launch`, ``python -m mfa_dataset.checking.hf ROOT``) while it rebuilds the dataset, and
reads its problems back as JSON (:func:`collect`).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from itertools import zip_longest
from pathlib import Path
from typing import Any

from mfa_dataset.checking.published import shown
from mfa_dataset.errors import Code, Problem
from mfa_dataset.report import as_dict, from_dict
from mfa_dataset.tables import TABLES

_HINT = "run `mfa-dataset build`; if it persists, the card's features and the data disagree"


def plain(value: Any) -> Any:
    """A value as ``datasets`` returns it, in JSON's terms (``date32`` -> ISO string)."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    return value


def launch(root: Path) -> subprocess.Popen[bytes]:
    """Start checking ``root/dataset`` through ``datasets`` in a worker process."""
    command = [sys.executable, "-m", "mfa_dataset.checking.hf", str(root)]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def collect(process: subprocess.Popen[bytes]) -> list[Problem]:
    """The problems the worker started by :func:`launch` found."""
    out, err = process.communicate()
    try:  # the last line: anything a library prints to stdout comes before it
        rows = json.loads(out.splitlines()[-1]) if process.returncode == 0 and out else None
    except json.JSONDecodeError:
        rows = None
    if not isinstance(rows, list):
        tail = err.decode("utf-8", "replace").strip().splitlines()[-1:] or ["no output"]
        message = f"the `datasets` check failed (exit {process.returncode}): {tail[0][:300]}"
        return [Problem(Code.HF_LOAD, message, hint="run `mfa-dataset check` again")]
    return [from_dict(row) for row in rows]


def hf_problems(root: Path) -> Iterator[Problem]:
    """Load each config through ``datasets`` (a local folder: no network; a throw-away
    cache) and compare its rows with the file's lines."""
    folder = root / "dataset"
    if not (folder / "README.md").is_file():
        return  # reported as missing by the dataset comparison
    import datasets

    datasets.disable_progress_bars()
    datasets.logging.set_verbosity_error()
    with tempfile.TemporaryDirectory() as cache:
        for table in TABLES:
            path = folder / "data" / f"{table}.jsonl"
            if not path.is_file() or path.stat().st_size == 0:
                # missing: reported by the dataset comparison; empty: `datasets` refuses a
                # split with no data ("corresponds to no data"), and there is nothing to compare
                continue
            where = shown(path, root)
            try:
                loaded = datasets.load_dataset(str(folder), table, split="train", cache_dir=cache)
            except Exception as exc:
                message = f"`datasets` cannot load config {table!r}: {type(exc).__name__}: {exc}"
                yield Problem(Code.HF_LOAD, message.splitlines()[0][:300], where, hint=_HINT)
                continue
            yield from _compare(path, loaded, table, where)


def _compare(path: Path, loaded: Any, table: str, where: str) -> Iterator[Problem]:
    with path.open(encoding="utf-8") as handle:
        for number, (line, row) in enumerate(zip_longest(handle, loaded), 1):
            if line is None or row is None:
                lines = sum(1 for _ in handle) + number - (line is None)
                message = f"config {table!r} loads {len(loaded)} rows; the file has {lines}"
                yield Problem(Code.HF_LOAD, message, where, hint=_HINT)
                return
            if json.loads(line) != plain(row):
                message = f"config {table!r} loads this record differently from the file"
                yield Problem(Code.HF_LOAD, message, where, number, hint=_HINT)
                return


def _main(root: str) -> None:
    """The worker: print the problems as JSON, then leave at once (no teardown of pyarrow)."""
    problems = [as_dict(p) for p in hf_problems(Path(root))]
    sys.stdout.write("\n" + json.dumps(problems) + "\n")
    sys.stdout.flush()
    os._exit(0)


if __name__ == "__main__":
    _main(sys.argv[1])
