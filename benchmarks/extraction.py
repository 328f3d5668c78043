"""Benchmark: parse + extract time per statement (target: < 5 ms for an 8 KB statement).

Run from the repository root::

    python benchmarks/extraction.py            # the seeds, and ../shared/corpus if present
    python benchmarks/extraction.py --repeat 500

Prints milliseconds per statement (median and 95th percentile over repeats) for each text and
for parsing and extraction separately. Timing is measured here, never asserted in tests.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from mfa_dataset.extraction import Context, extract
from mfa_dataset.parsing import parse_text

ROOT = Path(__file__).resolve().parents[1]


def _times(function: Callable[[], object], repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        out.append((time.perf_counter() - start) * 1000)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=200)
    args = parser.parse_args()
    texts = sorted((ROOT / "seeds").glob("*.txt"))
    corpus = ROOT.parent / "shared" / "corpus"
    texts += sorted(corpus.glob("*.txt")) if corpus.is_dir() else []
    context = Context(issuer_country=None, published=None)
    print(f"{'text':<45} {'KB':>5} {'parse ms':>9} {'extract ms':>11} {'p95 total':>10}")
    worst = 0.0
    for path in texts:
        raw = path.read_text(encoding="utf-8")
        parsed = parse_text(raw)
        extract(raw, parsed, context)  # warm up lazy tables (gazetteer, cities)
        parse_ms = _times(partial(parse_text, raw), args.repeat)
        extract_ms = _times(partial(extract, raw, parsed, context), args.repeat)
        total = [p + e for p, e in zip(parse_ms, extract_ms, strict=True)]
        p95 = statistics.quantiles(total, n=20)[-1]
        worst = max(worst, statistics.median(total))
        print(
            f"{path.stem[:45]:<45} {len(raw.encode()) / 1024:5.1f} "
            f"{statistics.median(parse_ms):9.3f} {statistics.median(extract_ms):11.3f} {p95:10.3f}"
        )
    print(f"slowest median parse+extract: {worst:.3f} ms per statement")


if __name__ == "__main__":
    main()
