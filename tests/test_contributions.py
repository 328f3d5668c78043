"""Broken contributions: the gate names each problem's code and place, and never crashes.

Each folder in ``tests/contributions/`` is one contribution as a contributor would send it —
``seeds/*.txt`` and ``seeds/*.yaml`` — beside ``expected.json``: what it is about and the
exact problems ``mfa-dataset check --format json`` must report (code, path, line, column).
Files too large to commit are described under ``generate``.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from mfa_dataset.cli import main

CASES = Path(__file__).parent / "contributions"
WHERE = ("code", "path", "line", "col")


def _expected(name: str) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads((CASES / name / "expected.json").read_text("utf-8"))
    return loaded


BROKEN = sorted(p.name for p in CASES.iterdir() if p.is_dir() and _expected(p.name)["problems"])


def _contribution(name: str, root: Path, repo_root: Path) -> dict[str, Any]:
    """Lay case ``name`` out as a repository at ``root``; return its expectations."""
    case = CASES / name
    shutil.copytree(case / "seeds", root / "seeds")
    shutil.copytree(repo_root / "schema", root / "schema")
    expected = _expected(name)
    for rel, spec in expected.get("generate", {}).items():
        unit = spec["repeat"].encode("utf-8")
        (root / rel).write_bytes(unit * (spec["bytes"] // len(unit) + 1))
    return expected


def test_there_are_at_least_25_distinct_broken_contributions() -> None:
    assert len(BROKEN) >= 25
    codes = {p["code"] for name in BROKEN for p in _expected(name)["problems"]}
    assert len(codes) >= 20, sorted(codes)


def test_the_unbroken_contribution_builds_and_passes(
    tmp_path: Path, root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The base every broken case changes in one way: it is valid as it stands."""
    _contribution("valid", tmp_path, root)
    assert main(["build", "--root", str(tmp_path)]) == 0
    assert main(["check", "--root", str(tmp_path), "--format", "json"]) == 0
    assert capsys.readouterr().out.endswith("[]\n")


@pytest.mark.parametrize("name", BROKEN)
def test_check_reports_exactly_the_expected_problems(
    name: str, tmp_path: Path, root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    expected = _contribution(name, tmp_path, root)
    assert main(["check", "--root", str(tmp_path), "--format", "json"]) == 1
    reported = json.loads(capsys.readouterr().out)
    assert [{k: p[k] for k in WHERE} for p in reported] == expected["problems"]
    for problem in reported:
        assert problem["message"], problem
        assert problem["hint"], problem


@pytest.mark.parametrize("name", BROKEN)
def test_the_text_report_is_one_line_per_problem_and_a_summary(
    name: str, tmp_path: Path, root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    expected = _contribution(name, tmp_path, root)
    assert main(["check", "--root", str(tmp_path)]) == 1
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == len(expected["problems"]) + 1
    for line, problem in zip(lines, expected["problems"], strict=False):
        place = ":".join(str(problem[k]) for k in ("path", "line", "col") if problem[k])
        assert line.startswith(f"{place}: {problem['code']} "), line
    assert lines[-1].startswith(f"{len(expected['problems'])} problem")
