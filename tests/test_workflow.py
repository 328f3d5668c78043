"""The contributor workflow's files: CI runs the gate, pre-commit offers it."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from pre_commit.clientlib import load_config, load_manifest

from mfa_dataset.errors import Code, Problem
from mfa_dataset.report import github_annotation

ROOT = Path(__file__).parents[1]


def test_the_workflow_runs_ci_on_pull_requests() -> None:
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "ci.yml").read_text("utf-8"))
    triggers = workflow[True]  # YAML 1.1 reads the key `on` as true
    assert "pull_request" in triggers
    steps = [s for job in workflow["jobs"].values() for s in job["steps"]]
    assert any(s.get("run") == ".ci/run" for s in steps)


def test_ci_runs_the_readme_test_command_then_the_gate() -> None:
    readme = (ROOT / "README.md").read_text("utf-8")
    ci = (ROOT / ".ci" / "run").read_text("utf-8")
    test_command = ci.split("\n\n")[1].strip()
    assert f"```sh\n{test_command}\n```" in readme
    assert ".venv/bin/mfa-dataset check ${GITHUB_ACTIONS:+--format github}" in ci


@pytest.mark.parametrize("name", [".pre-commit-config.yaml", ".pre-commit-hooks.yaml"])
def test_pre_commit_files_are_valid_and_run_the_gate(name: str) -> None:
    path = ROOT / name
    if name == ".pre-commit-hooks.yaml":
        hooks = load_manifest(str(path))
    else:
        hooks = [h for repo in load_config(str(path))["repos"] for h in repo["hooks"]]
    assert [(h["id"], h["entry"], h["pass_filenames"]) for h in hooks] == [
        ("mfa-dataset-check", "mfa-dataset check", False)
    ]


def test_github_annotations_escape_what_the_syntax_reserves() -> None:
    problem = Problem(Code.QUOTE_NOT_FOUND, "100% not found:\nhere", "seeds/a,b.yaml", 3, 7, "x")
    assert github_annotation(problem) == (
        "::error file=seeds/a%2Cb.yaml,line=3,col=7,title=MFA301"
        "::100%25 not found:%0Ahere (hint: x)"
    )
