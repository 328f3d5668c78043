"""The benchmark command and its synthetic corpus (no timing is asserted: see benchmarks/)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from conftest import shared_dir
from mfa_dataset.build import build
from mfa_dataset.errors import MfaError
from mfa_dataset.seeds import MAX_TEXT_BYTES


@pytest.fixture(scope="module")
def bench(root: Path) -> Iterator[ModuleType]:
    """The ``benchmarks`` package (it sits at the repository root, outside ``src``)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.syspath_prepend(str(root))
        import benchmarks.adversarial
        import benchmarks.synthetic
        import benchmarks.table

        yield benchmarks


def test_synthetic_statements_are_deterministic_and_sized(bench: ModuleType) -> None:
    synthetic = bench.synthetic
    docs = [synthetic.document(i) for i in range(60)]
    assert [d.text for d in docs] == [synthetic.document(i).text for i in range(60)]
    assert docs[7].text != synthetic.document(7, seed=1).text
    assert {d.form for d in docs} == set(synthetic.FORMS)
    for d in docs:
        assert 1024 <= len(d.text.encode("utf-8")) <= 10 * 1024, d.stem
    sized = [synthetic.document(i, sizes=(7500, 8500)).text for i in range(10)]
    assert all(7500 <= len(t.encode("utf-8")) <= 8500 for t in sized)


def test_synthetic_corpus_builds(bench: ModuleType, tmp_path: Path) -> None:
    corpus = bench.synthetic.write_corpus(tmp_path, 45)
    manifest = build(tmp_path)
    assert manifest.counts["statements"] == corpus.statements == 45
    assert set(corpus.forms) == set(bench.synthetic.FORMS)
    published = [
        json.loads(line)
        for line in (tmp_path / "dataset" / "data" / "statements.jsonl")
        .read_text("utf-8")
        .split("\n")
        if line
    ]
    kinds = {s["kind"] for s in published}
    assert {"response", "information", "statement", "press_release", "comment", "briefing"} <= kinds
    assert manifest.counts["meetings"] > 0
    assert manifest.counts["agreements"] > 0
    assert manifest.counts["qa_pairs"] > 0
    provenance = {m["provenance"] for s in published for m in s["meetings"] + s["agreements"]}
    assert provenance == {"curated", "extracted"}


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+|\n", text) if len(s.strip()) > 40]


def test_synthetic_text_copies_no_corpus_sentence(bench: ModuleType) -> None:
    corpus = shared_dir("corpus")
    sentences = {s for p in corpus.glob("*.txt") for s in _sentences(p.read_text("utf-8"))}
    assert len(sentences) > 100
    for i in range(300):
        text = bench.synthetic.document(i).text
        copied = [s for s in sentences if s in text]
        assert not copied, (i, copied[:1])


@pytest.mark.parametrize(
    "case",
    [
        "quotes",
        "quoted words",
        "colons",
        "label lines",
        "names",
        "capitalised words",
        "No: prefixes",
        "nested parentheses",
        "meeting sentences",
    ],
)
def test_adversarial_text_at_the_size_limit_is_handled(bench: ModuleType, case: str) -> None:
    """Each adversarial text, just under the 1 MiB limit of a raw text, is parsed and
    extracted (or refused with a located problem) - how fast is for the benchmark."""
    make = bench.adversarial.CASES[case]
    text = make(MAX_TEXT_BYTES - 16 * 1024)
    assert MAX_TEXT_BYTES // 2 < len(text.encode("utf-8")) <= MAX_TEXT_BYTES
    try:
        bench.adversarial.run(text)
    except MfaError as exc:  # pragma: no cover - run() already counts a refusal as handled
        pytest.fail(f"run() let a problem through: {exc}")


def test_benchmark_command_smoke_run(bench: ModuleType, root: Path, tmp_path: Path) -> None:
    """``python -m benchmarks`` at a tiny size: every row for every size, every target."""
    out = tmp_path / "results.json"
    env = dict(os.environ, PYTHONPATH=str(root))
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "benchmarks",
            "--sizes",
            "12",
            "24",
            "--jobs",
            "2",
            "--scale",
            "2",
            "--quiet",
            "--json",
            str(out),
        ],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    table = done.stdout
    header = next(line for line in table.splitlines() if "N=12" in line)
    assert "N=24" in header
    for label, _ in bench.table.rows(2):
        line = next((row for row in table.splitlines() if row.startswith(label)), None)
        assert line is not None, label
        assert len(line[len(label) :].split()) >= 2, line  # one cell per size
    for case in bench.adversarial.CASES:
        assert f"  {case} " in table
    targets = table[table.index("targets:") :].splitlines()[1:]
    assert len(targets) == 7
    assert all(line.split()[0] in ("PASS", "FAIL", "n/a") for line in targets)
    results = json.loads(out.read_text("utf-8"))
    for size in results["sizes"]:
        assert size["identical"] is True  # --jobs 2 published the same bytes as one process
        assert size["build"]["items"] == size["build_jobs"]["items"] == size["n"]
        assert size["load"]["items"] == size["n"]
        assert size["parse_extract"]["items"] == size["n"]
    assert results["repository"]["check_ok"] in (True, False)
