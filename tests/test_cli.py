"""The command line: one verb per module, problems as path:line:col, exit codes from one place."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import shared_dir
from mfa_dataset.cli import VERBS, main
from mfa_dataset.models import Statement

SEED = "seeds/000_dee6ee2a9e7b58d1.txt"


@pytest.fixture
def repo(tmp_path: Path, root: Path) -> Path:
    for name in ("seeds", "dataset", "schema"):
        shutil.copytree(root / name, tmp_path / name)
    return tmp_path


def test_parse_with_sidecar_prints_the_statement(
    root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["parse", str(root / SEED)]) == 0
    statement = Statement.model_validate_json(capsys.readouterr().out)
    assert statement.id == "az-mfa-2024-280"
    assert len(statement.meetings) == 4


def test_parse_without_sidecar_prints_what_the_text_gives(
    tmp_path: Path, root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = tmp_path / "statement.txt"
    shutil.copy(root / SEED, text)
    assert main(["parse", str(text)]) == 0
    out, err = capsys.readouterr()
    parsed = json.loads(out)
    assert parsed["number"] == {"raw": "280/24", "sequence": 280, "year": 2024}
    assert len(parsed["questions"]) == 4
    assert "no sidecar" in err
    # the extracted records come too, with spans that read back
    assert len(parsed["meetings"]) == 4
    assert [g["kind"] for g in parsed["agreements"]].count("memorandum_of_understanding") == 2
    raw = text.read_text("utf-8")
    for record in parsed["meetings"] + parsed["agreements"]:
        assert raw[record["span"]["start"] : record["span"]["end"]]


def test_parse_prints_json_for_every_corpus_text(capsys: pytest.CaptureFixture[str]) -> None:
    corpus = shared_dir("corpus")
    texts = sorted(corpus.glob("*.txt"))
    assert texts
    for text in texts:
        assert main(["parse", str(text)]) == 0, text.name
        parsed = json.loads(capsys.readouterr().out)
        assert parsed["title"], text.name


def test_parse_of_an_empty_file_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("\n\n", encoding="utf-8")
    assert main(["parse", str(empty)]) == 1
    err = capsys.readouterr().err
    assert f"{empty}" in err
    assert "MFA103" in err
    assert err.rstrip().endswith("1 problem (MFA103 x1)")


def test_check_passes_on_the_repository(root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--root", str(root)]) == 0
    assert "ok" in capsys.readouterr().err


def test_check_names_stale_files_and_lines(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sidecar = repo / "seeds" / "000_dee6ee2a9e7b58d1.yaml"
    sidecar.write_text(
        sidecar.read_text("utf-8").replace("occasion: SCO Summit", "occasion: The SCO Summit", 1),
        encoding="utf-8",
    )
    (repo / "schema" / "meetings.schema.json").write_text("{}\n", encoding="utf-8")
    assert main(["check", "--root", str(repo), "--format", "json"]) == 1
    problems = json.loads(capsys.readouterr().out)
    where = {(p["code"], p["path"], p["line"]) for p in problems}
    assert ("MFA402", "schema/meetings.schema.json", 1) in where
    assert ("MFA401", "dataset/data/meetings.jsonl", 3) in where
    assert ("MFA401", "dataset/data/statements.jsonl", 1) in where
    assert all(p["hint"] for p in problems if p["code"] in {"MFA401", "MFA402"})


def test_check_reports_invalid_published_records(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = repo / "dataset" / "data" / "meetings.jsonl"
    lines = path.read_text("utf-8").splitlines(keepends=True)
    lines[1] = (
        lines[1]
        .replace('"bilateral"', '"quadrilateral"', 1)
        .replace('"trilateral"', '"quadrilateral"', 1)
    )
    path.write_text("".join(lines), encoding="utf-8")
    assert main(["check", "--root", str(repo)]) == 1
    err = capsys.readouterr().err
    assert "dataset/data/meetings.jsonl:2: MFA502 format:" in err
    assert "MFA501" not in err  # the models are not asked again about a line schema/ refused


def test_schema_and_build_write_what_check_expects(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.rmtree(repo / "schema")
    shutil.rmtree(repo / "dataset")
    assert main(["check", "--root", str(repo)]) == 1
    assert main(["schema", "--root", str(repo)]) == 0
    assert main(["build", "--root", str(repo)]) == 0
    capsys.readouterr()
    assert main(["check", "--root", str(repo)]) == 0


@pytest.mark.parametrize("verb", [None, *VERBS])
def test_help_everywhere(verb: str | None, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--help"] if verb is None else [verb, "--help"])
    assert info.value.code == 0
    assert "usage: mfa-dataset" in capsys.readouterr().out


@pytest.mark.parametrize("verb", ["schema", "parse"])
def test_verbs_that_do_not_need_datasets_do_not_import_it(
    verb: str, repo: Path, root: Path
) -> None:
    args = {"schema": ["schema"], "parse": ["parse", str(root / SEED)]}[verb]
    code = (
        "import sys; from mfa_dataset.cli import main; "
        f"rc = main({args!r} + ['--root', {str(repo)!r}]); "
        "sys.exit(3 if 'datasets' in sys.modules else rc)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, check=False)
    assert done.returncode == 0, done.stderr.decode()


def test_failed_build_exits_1_names_the_file_and_writes_nothing(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = {p: p.read_bytes() for p in (repo / "dataset").rglob("*") if p.is_file()}
    sidecar = repo / "seeds" / "000_dee6ee2a9e7b58d1.yaml"
    sidecar.write_text(sidecar.read_text("utf-8") + "notes: unknown key\n", encoding="utf-8")
    assert main(["build", "--root", str(repo)]) == 1
    err = capsys.readouterr().err
    line = len(sidecar.read_text("utf-8").splitlines())
    assert f"seeds/000_dee6ee2a9e7b58d1.yaml:{line}:1: MFA203 unknown key 'notes'" in err
    assert {p: p.read_bytes() for p in (repo / "dataset").rglob("*") if p.is_file()} == before
