"""Loading: typed objects and `datasets` give back exactly what was published."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from mfa_dataset import load_hf, load_statements
from mfa_dataset.checking.hf import plain
from mfa_dataset.errors import Code, MfaError
from mfa_dataset.loading import dataset_dir
from mfa_dataset.tables import TABLES


def published(root: Path, table: str) -> list[dict[str, Any]]:
    path = root / "dataset" / "data" / f"{table}.jsonl"
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()]


def test_load_statements_equals_the_published_lines(root: Path) -> None:
    statements = load_statements()
    assert dataset_dir().resolve() == (root / "dataset").resolve()
    assert [s.model_dump(mode="json") for s in statements] == published(root, "statements")
    assert statements[0].id == "az-mfa-2024-280"


def test_load_statements_names_the_bad_line(tmp_path: Path, root: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    good = (root / "dataset" / "data" / "statements.jsonl").read_text("utf-8")
    (data / "statements.jsonl").write_text(good + '{"id": "x"}\n', encoding="utf-8")
    with pytest.raises(MfaError) as info:
        load_statements(tmp_path)
    assert set(info.value.codes) == {Code.RECORD_INVALID}
    assert {p.line for p in info.value.problems} == {2}


def test_load_statements_without_a_dataset(tmp_path: Path) -> None:
    with pytest.raises(MfaError) as info:
        load_statements(tmp_path)
    assert info.value.codes == (Code.DATASET_MISSING,)


@pytest.mark.slow
@pytest.mark.parametrize("config", list(TABLES))
def test_load_hf_equals_the_published_lines(config: str, root: Path, tmp_path: Path) -> None:
    loaded = load_hf(config, cache_dir=tmp_path)
    assert [plain(row) for row in loaded] == published(root, config)
    if "date" in loaded.features:
        assert loaded.features["date"].dtype == "date32"


def test_load_hf_refuses_an_unknown_config() -> None:
    with pytest.raises(ValueError, match="unknown config 'people'"):
        load_hf("people")
