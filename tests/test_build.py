"""The builder: deterministic, equal to what is committed, and all-or-nothing."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest

from mfa_dataset.atomic import repair
from mfa_dataset.build import build
from mfa_dataset.errors import Code, MfaError
from mfa_dataset.manifest import Manifest
from mfa_dataset.tables import TABLES

SEED = "000_dee6ee2a9e7b58d1"


def files(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


@pytest.fixture
def repo(tmp_path: Path, root: Path) -> Path:
    """A scratch copy of the repository's seeds and published dataset."""
    shutil.copytree(root / "seeds", tmp_path / "seeds")
    shutil.copytree(root / "dataset", tmp_path / "dataset")
    return tmp_path


def test_build_reproduces_the_committed_dataset(root: Path, fresh_dataset: Path) -> None:
    assert files(fresh_dataset) == files(root / "dataset")


def test_build_twice_is_byte_identical(repo: Path) -> None:
    build(repo, repo / "one")
    build(repo, repo / "two")
    assert files(repo / "one") == files(repo / "two")
    assert sorted(files(repo / "one")) == [
        "README.md",
        "croissant.json",
        "data/agreements.jsonl",
        "data/meetings.jsonl",
        "data/qa_pairs.jsonl",
        "data/statements.jsonl",
        "manifest.json",
    ]


def test_manifest_counts_and_checksums(fresh_dataset: Path) -> None:
    manifest = Manifest.model_validate_json((fresh_dataset / "manifest.json").read_bytes())
    assert list(manifest.counts) == list(TABLES)
    assert manifest.counts == {"statements": 1, "qa_pairs": 4, "meetings": 4, "agreements": 5}
    for entry in manifest.files:
        data = (fresh_dataset / entry.path).read_bytes()
        assert hashlib.sha256(data).hexdigest() == entry.sha256
        assert len(data) == entry.bytes
        if entry.records is not None:
            assert data.count(b"\n") == entry.records


def test_flat_rows_carry_their_statement(fresh_dataset: Path) -> None:
    for table in ("qa_pairs", "meetings", "agreements"):
        for line in (fresh_dataset / "data" / f"{table}.jsonl").read_text("utf-8").splitlines():
            assert json.loads(line)["statement_id"] == "az-mfa-2024-280"


def test_failed_build_leaves_the_previous_dataset_untouched(repo: Path) -> None:
    before = files(repo / "dataset")
    sidecar = repo / "seeds" / f"{SEED}.yaml"
    sidecar.write_text(
        sidecar.read_text("utf-8").replace("made a Joint Declaration", "made a Joint Statement"),
        encoding="utf-8",
    )
    with pytest.raises(MfaError) as info:
        build(repo)
    assert info.value.codes == (Code.QUOTE_NOT_FOUND,)
    problem = info.value.problems[0]
    assert problem.path == f"seeds/{SEED}.yaml"
    assert problem.line is not None
    assert problem.col is not None
    assert files(repo / "dataset") == before
    assert sorted(p.name for p in repo.iterdir()) == ["dataset", "seeds"]


def test_ambiguous_quote_names_every_occurrence(repo: Path) -> None:
    sidecar = repo / "seeds" / f"{SEED}.yaml"
    text = sidecar.read_text("utf-8")
    sidecar.write_text(
        text.replace(
            '"made a Joint Declaration on the Establishment of Strategic Partnership"',
            '"Azerbaijan and China"',
        ),
        encoding="utf-8",
    )
    with pytest.raises(MfaError) as info:
        build(repo)
    assert info.value.codes == (Code.QUOTE_AMBIGUOUS,)
    assert "occurs" in info.value.problems[0].message


def test_build_killed_between_the_renames_is_repaired(repo: Path) -> None:
    """Simulate a kill after the old dataset was moved aside and before the new one arrived."""
    before = files(repo / "dataset")
    staging = repo / ".dataset.building-killed"
    staging.mkdir()
    (repo / "dataset").replace(staging / "previous")
    (repo / ".dataset.previous").symlink_to(staging / "previous")
    repair(repo / "dataset")
    assert files(repo / "dataset") == before
    assert sorted(p.name for p in repo.iterdir()) == ["dataset", "seeds"]


def test_text_without_number_needs_an_id(repo: Path) -> None:
    (repo / "seeds" / "001_plain.txt").write_text(
        "Foreign Minister met the Ambassador of Japan\n\nThe sides discussed cooperation.\n",
        encoding="utf-8",
    )
    shutil.copy(repo / "seeds" / f"{SEED}.yaml", repo / "seeds" / "001_plain.yaml")
    sidecar = repo / "seeds" / "001_plain.yaml"
    text = sidecar.read_text("utf-8")
    sidecar.write_text(text[: text.index("meetings:")], encoding="utf-8")
    with pytest.raises(MfaError) as info:
        build(repo)
    assert info.value.codes == (Code.ID_REQUIRED,)
    assert info.value.problems[0].hint is not None
    assert "id: az-mfa-2024-0703-" in info.value.problems[0].hint


def test_duplicate_ids_are_refused(repo: Path) -> None:
    shutil.copy(repo / "seeds" / f"{SEED}.txt", repo / "seeds" / "001_copy.txt")
    shutil.copy(repo / "seeds" / f"{SEED}.yaml", repo / "seeds" / "001_copy.yaml")
    with pytest.raises(MfaError) as info:
        build(repo)
    # the copy repeats the id and the text; the number is not reported again under the id
    assert info.value.codes == (Code.ID_DUPLICATE, Code.TEXT_DUPLICATE)


def test_sidecar_without_text_is_refused(repo: Path) -> None:
    shutil.copy(repo / "seeds" / f"{SEED}.yaml", repo / "seeds" / "orphan.yaml")
    with pytest.raises(MfaError) as info:
        build(repo)
    assert info.value.codes == (Code.SIDECAR_ORPHAN,)
    assert info.value.problems[0].path == "seeds/orphan.yaml"


def test_problems_of_several_contributions_come_together(repo: Path) -> None:
    (repo / "seeds" / "001_empty.txt").write_text("   \n", encoding="utf-8")
    (repo / "seeds" / "002_latin1.txt").write_bytes(
        "Statement of the Minist\xe8re\n".encode("latin-1")
    )
    shutil.copy(repo / "seeds" / f"{SEED}.yaml", repo / "seeds" / "002_latin1.yaml")
    with pytest.raises(MfaError) as info:
        build(repo)
    # 001 has no sidecar either: both of its problems are reported, the text's first
    assert info.value.codes == (Code.TEXT_EMPTY, Code.SIDECAR_MISSING, Code.TEXT_NOT_UTF8)
    latin1 = next(p for p in info.value.problems if p.code is Code.TEXT_NOT_UTF8)
    assert (latin1.path, latin1.line, latin1.col) == ("seeds/002_latin1.txt", 1, 24)
