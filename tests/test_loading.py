"""Loading: typed objects and `datasets` give back exactly what was published."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path
from typing import Any

import pytest

from mfa_dataset import load_hf, load_statements
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


def _plain(value: Any) -> Any:
    """What `datasets` returns, as JSON would have it (date32 -> ISO string)."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


@pytest.mark.slow
@pytest.mark.parametrize("config", list(TABLES))
def test_load_hf_equals_the_published_lines(config: str, root: Path, tmp_path: Path) -> None:
    loaded = load_hf(config, cache_dir=tmp_path)
    assert [_plain(row) for row in loaded] == published(root, config)
    if "date" in loaded.features:
        assert loaded.features["date"].dtype == "date32"


def test_load_hf_refuses_an_unknown_config() -> None:
    with pytest.raises(ValueError, match="unknown config 'people'"):
        load_hf("people")


@pytest.mark.slow
def test_wheel_carries_the_data(tmp_path: Path, root: Path) -> None:
    """Build the wheel, install it (no deps, no editable hook) into a fresh venv, load offline
    from another directory."""
    dist = tmp_path / "dist"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(dist),
            str(root),
        ],
        check=True,
    )
    wheel = next(dist.glob("mfa_dataset-*.whl"))
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=False)
    python = env_dir / "bin" / "python"
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    # dependencies come from this environment's site-packages, added as a plain path so that
    # its .pth files (the editable install of this checkout) are not processed
    Path(site, "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", site, str(wheel)],
        check=True,
    )
    script = (
        "import mfa_dataset, json, sys\n"
        "from mfa_dataset import load_statements, load_hf\n"
        "s = load_statements()\n"
        "m = load_hf('meetings', cache_dir=sys.argv[1])\n"
        "from mfa_dataset.parsing import parse_text\n"
        "from mfa_dataset.extraction import Context, extract\n"
        "found = extract(s[0].text, parse_text(s[0].text), Context('AZE', s[0].date))\n"
        "print(json.dumps({'file': mfa_dataset.__file__, 'ids': [x.id for x in s],\n"
        "                  'meetings': m.num_rows, 'extracted': len(found.meetings)}))\n"
    )
    offline = {**os.environ, "HF_HUB_OFFLINE": "1", "HF_DATASETS_OFFLINE": "1"}
    offline.pop("PYTHONPATH", None)
    done = subprocess.run(
        [str(python), "-c", script, str(tmp_path / "cache")],
        cwd=tmp_path,
        env=offline,
        check=True,
        capture_output=True,
        text=True,
    )
    result = json.loads(done.stdout)
    assert result["file"].startswith(site)
    assert result["ids"] == ["az-mfa-2024-280"]
    assert result["meetings"] == 4
    assert result["extracted"] == 4  # the gazetteer and country tables ship in the wheel
