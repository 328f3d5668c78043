"""``python -m benchmarks``: throughput, memory and targets at N = 1k, 10k and 100k statements.

For each size a synthetic corpus (:mod:`benchmarks.synthetic`) is written to a temporary folder
and every stage (:mod:`benchmarks.stages`) runs in a process of its own; then the repository's
``mfa-dataset check`` and ``--help`` are timed and the adversarial texts are measured. One table
is printed, then the targets with what was measured::

    python -m benchmarks                          # N = 1,000, 10,000 and 100,000
    python -m benchmarks --sizes 1000 --jobs 2    # the CI smoke run
    python -m benchmarks --json results.json      # also keep the raw numbers

Nothing here asserts a time: the targets are reported, not enforced.
"""

from __future__ import annotations

import argparse
import filecmp
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.synthetic import write_corpus
from benchmarks.table import render

ROOT = Path(__file__).resolve().parents[1]


def _stage(*args: str) -> dict[str, Any]:
    """Run ``benchmarks.stages`` in a fresh interpreter and return its JSON result."""
    env = dict(
        os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])
    )
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.stages", *args],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"stage {args[0]} failed:\n{done.stderr}")
    result: dict[str, Any] = json.loads(done.stdout.splitlines()[-1])
    return result


def _same_tree(a: Path, b: Path) -> bool:
    names = sorted(p.relative_to(a) for p in a.rglob("*") if p.is_file())
    if names != sorted(p.relative_to(b) for p in b.rglob("*") if p.is_file()):
        return False
    return all(filecmp.cmp(a / n, b / n, shallow=False) for n in names)


def measure_size(n: int, jobs: int, seed: int, work: Path, log: bool) -> dict[str, Any]:
    root = work / f"n{n}"
    start = time.perf_counter()
    corpus = write_corpus(root, n, seed)
    result: dict[str, Any] = {
        "n": n,
        "corpus_bytes": corpus.text_bytes,
        "forms": dict(sorted(corpus.forms.items())),
        "generate_seconds": time.perf_counter() - start,
    }
    serial, parallel = root / "serial", root / "parallel"
    steps: list[tuple[str, tuple[str, ...]]] = [
        ("parse_extract", ("parse_extract", str(root))),
        ("build", ("build", str(root), "--out", str(serial), "--jobs", "1")),
        ("build_jobs", ("build", str(root), "--out", str(parallel), "--jobs", str(jobs))),
        ("validate", ("validate", str(serial), "--schemas", str(ROOT / "schema"))),
        ("schema", ("schema", str(serial), "--schemas", str(ROOT / "schema"))),
        ("load", ("load", str(serial))),
    ]
    for name, args in steps:
        if log:
            print(f"  N={n:,}: {name} ...", file=sys.stderr, flush=True)
        result[name] = _stage(*args)
    result["identical"] = _same_tree(serial, parallel)
    shutil.rmtree(root)
    return result


def _wall(command: list[str], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(command, capture_output=True, check=False)
        best = min(best, time.perf_counter() - start)
    return best


def measure_repository(repo: Path) -> dict[str, Any]:
    """Wall time of ``mfa-dataset check`` on the repository and of ``mfa-dataset --help``."""
    cli = [sys.executable, "-m", "mfa_dataset"]
    check = subprocess.run([*cli, "check", "--root", str(repo)], capture_output=True, check=False)
    return {
        "check_seconds": _wall([*cli, "check", "--root", str(repo)], 3),
        "check_ok": check.returncode == 0,
        "help_seconds": _wall([*cli, "--help"], 5),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10_000, 100_000])
    parser.add_argument("--jobs", type=int, default=2, help="processes of the parallel build")
    parser.add_argument("--seed", type=int, default=0, help="seed of the synthetic corpus")
    parser.add_argument("--scale", type=int, default=100, help="adversarial size factor")
    parser.add_argument("--repo", type=Path, default=ROOT, help="repository for `check`")
    parser.add_argument("--work", type=Path, default=None, help="folder for corpora (temp)")
    parser.add_argument("--json", type=Path, default=None, help="also write the raw results")
    parser.add_argument("--quiet", action="store_true", help="no progress on stderr")
    args = parser.parse_args(argv)
    results: dict[str, Any] = {
        "machine": f"{os.cpu_count()} cores, Python {platform.python_version()}, "
        f"{platform.system()} {platform.machine()}",
        "jobs": args.jobs,
        "seed": args.seed,
        "sizes": [],
    }
    with tempfile.TemporaryDirectory(dir=args.work) as tmp:
        for n in args.sizes:
            results["sizes"].append(
                measure_size(n, args.jobs, args.seed, Path(tmp), not args.quiet)
            )
    if not args.quiet:
        print("  repository check, --help, adversarial texts ...", file=sys.stderr, flush=True)
    results["repository"] = measure_repository(args.repo)
    results["adversarial"] = _stage("adversarial", ".", "--scale", str(args.scale))["cases"]
    results["scale"] = args.scale
    if args.json is not None:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(render(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
