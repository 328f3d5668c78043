"""The benchmark's results as one plain-text table, then each target with what was measured."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

MB = 1_000_000

Row = tuple[str, Callable[[dict[str, Any]], str]]


def _rate(stage: str, unit: str = "items", key: str = "seconds") -> Callable[[dict[str, Any]], str]:
    def cell(r: dict[str, Any]) -> str:
        s = r[stage]
        seconds = s[key]
        if seconds is None:
            return "n/a"
        if seconds <= 0:
            return "-"
        value = s[unit] / seconds
        return f"{value / MB:,.1f}" if unit == "bytes" else f"{value:,.0f}"

    return cell


def _eight_kb(r: dict[str, Any]) -> str:
    b = r["parse_extract"]["eight_kb"]
    return f"{b['items'] / b['seconds']:,.0f}" if b["seconds"] else "-"


def _speedup(r: dict[str, Any]) -> str:
    return f"{r['build']['seconds'] / r['build_jobs']['seconds']:.2f}x"


def _ratio(key: str) -> Callable[[dict[str, Any]], str]:
    def cell(r: dict[str, Any]) -> str:
        v = r["validate"]
        return f"{100 * v['orjson_seconds'] / v[key]:.0f} %"

    return cell


def _peak(stage: str) -> Callable[[dict[str, Any]], str]:
    return lambda r: f"{r[stage]['peak_mb']:,.0f}"


def rows(jobs: int) -> list[Row]:
    return [
        ("raw text, MB", lambda r: f"{r['corpus_bytes'] / MB:,.1f}"),
        ("mean statement, KB", lambda r: f"{r['corpus_bytes'] / r['n'] / 1024:.1f}"),
        ("parse+extract, statements/s (1 core)", _rate("parse_extract")),
        ("parse+extract, MB/s (1 core)", _rate("parse_extract", "bytes")),
        ("parse+extract 7-9 KB, statements/s", _eight_kb),
        ("build, statements/s (1 process)", _rate("build")),
        ("build, MB/s of raw text (1 process)", _rate("build", "bytes")),
        (f"build --jobs {jobs}, statements/s", _rate("build_jobs")),
        (f"build --jobs {jobs}, speed-up", _speedup),
        (f"build --jobs {jobs}, output identical", lambda r: "yes" if r["identical"] else "NO"),
        ("validation, schema/ (jsonschema-rs), MB/s", _rate("validate", "bytes")),
        ("validation + span read-back, MB/s", _rate("validate", "bytes", "read_back_seconds")),
        ("validation by the models, MB/s", _rate("validate", "bytes", "models_seconds")),
        ("orjson parse (reference), MB/s", _rate("validate", "bytes", "orjson_seconds")),
        ("schema/ (jsonschema-rs) / orjson", _ratio("seconds")),
        ("+ span read-back / orjson", _ratio("read_back_seconds")),
        ("models / orjson", _ratio("models_seconds")),
        ("schema/ (jsonschema, 500/table), rec/s", _rate("schema")),
        ("load_statements(), statements/s", _rate("load")),
        ("load_statements(), MB/s", _rate("load", "bytes")),
        ("peak RSS parse+extract, MB", _peak("parse_extract")),
        ("peak RSS build (1 process), MB", _peak("build")),
        (f"peak RSS build --jobs {jobs} (largest), MB", _peak("build_jobs")),
        ("peak RSS load_statements(), MB", _peak("load")),
    ]


def _check(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def targets(results: dict[str, Any]) -> list[str]:
    sizes: list[dict[str, Any]] = results["sizes"]
    repo = results["repository"]
    out: list[str] = []
    if sizes:
        last = sizes[-1]
        b = last["parse_extract"]["eight_kb"]
        rate = b["items"] / b["seconds"] if b["seconds"] else 0.0
        out.append(
            f"{_check(rate >= 1000)} parse+extract >= 1,000 statements/s for 7-9 KB statements "
            f"on one core: {rate:,.0f}/s (N={last['n']:,}, {b['items']:.0f} such statements)"
        )
        worst = min(r["validate"]["orjson_seconds"] / r["validate"]["seconds"] for r in sizes)
        out.append(
            f"{_check(worst >= 0.5)} validation >= 50 % of orjson parse throughput: "
            f"{100 * worst:.0f} % (jsonschema-rs against schema/, orjson parse included; "
            f"lowest over the sizes)"
        )
        by_n = {r["n"]: r for r in sizes}
        pairs = [(n, n // 10) for n in by_n if n // 10 in by_n]
        for big, small in pairs:
            ratio = by_n[big]["build"]["peak_mb"] / by_n[small]["build"]["peak_mb"]
            out.append(
                f"{_check(ratio <= 1.25)} build peak memory at N={big:,} <= 1.25 x N={small:,}: "
                f"{ratio:.2f} x ({by_n[big]['build']['peak_mb']:,.0f} / "
                f"{by_n[small]['build']['peak_mb']:,.0f} MB)"
            )
        if not pairs:
            out.append("n/a  build peak memory: needs two sizes ten times apart")
        speed = last["build"]["seconds"] / last["build_jobs"]["seconds"]
        out.append(
            f"{_check(speed >= 1.7 and last['identical'])} build --jobs {results['jobs']} >= 1.7 x "
            f"serial, byte-identical: {speed:.2f} x, "
            f"{'identical' if last['identical'] else 'DIFFERENT'} (N={last['n']:,})"
        )
    ok = repo["check_ok"] and repo["check_seconds"] < 2
    out.append(
        f"{_check(ok)} mfa-dataset check on the repository < 2 s: {repo['check_seconds']:.2f} s"
        + ("" if repo["check_ok"] else " (check FAILED)")
    )
    out.append(
        f"{_check(repo['help_seconds'] < 0.3)} mfa-dataset --help < 0.3 s: "
        f"{repo['help_seconds']:.3f} s"
    )
    cases = results["adversarial"]
    worst_case = max(cases, key=lambda c: c["ratio"])
    scale = results["scale"]
    growth = worst_case["ratio"] * scale
    out.append(
        f"{_check(growth <= 1.2 * scale)} parse+extract of a {scale} x larger adversarial text "
        f"<= {1.2 * scale:.0f} x the time (collector paused): worst {growth:.0f} x "
        f"({worst_case['case']})"
    )
    return out


def render(results: dict[str, Any]) -> str:
    sizes: list[dict[str, Any]] = results["sizes"]
    table = rows(results["jobs"])
    width = max(len(label) for label, _ in table) + 2
    head = "".join(f"{'N=' + format(r['n'], ','):>14}" for r in sizes)
    lines = [
        f"mfa-dataset benchmarks - {results['machine']}; synthetic corpus, seed "
        f"{results['seed']}, statements of 1-10 KB",
        "",
        f"{'':<{width}}{head}",
    ]
    lines += [
        f"{label:<{width}}" + "".join(f"{cell(r):>14}" for r in sizes) for label, cell in table
    ]
    repo = results["repository"]
    lines += [
        "",
        f"repository: mfa-dataset check {repo['check_seconds']:.2f} s"
        f" ({'ok' if repo['check_ok'] else 'FAILED'}), mfa-dataset --help "
        f"{repo['help_seconds']:.3f} s",
        "",
        f"adversarial texts (parse+extract, best time)   {'8 KiB':>10} "
        f"{str(results['scale']) + ' x':>12} {'growth':>9} {'(collector on)':>15}",
    ]
    for case in results["adversarial"]:
        lines.append(
            f"  {case['case']:<45}{1000 * case['small_seconds']:>8.2f} ms"
            f"{1000 * case['large_seconds']:>10.1f} ms{case['ratio'] * results['scale']:>8.0f} x"
            f"{case['ratio_collector'] * results['scale']:>14.0f} x"
        )
    lines += ["", "targets:"] + [f"  {line}" for line in targets(results)]
    return "\n".join(lines)
