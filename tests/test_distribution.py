"""The sdist and the wheel: built offline, complete, and the wheel loads the data by itself.

``python -m build --no-isolation`` builds the sdist, then the wheel *from the sdist*, so the
sdist is proven to hold everything the wheel needs. The wheel is installed into a fresh venv
whose dependencies come from this environment (a ``.pth`` naming this site-packages; the
``.pth`` files there, including the editable install of this checkout, are not processed) and
is used from another directory with the Hugging Face libraries offline.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
import tarfile
import venv
import zipfile
from pathlib import Path

import pytest

from mfa_dataset.manifest import Manifest

pytestmark = pytest.mark.slow


def _files(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` by POSIX path, without caches (``__pycache__``, hidden)."""
    found = {}
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder)
        hidden = any(part.startswith(".") or part == "__pycache__" for part in rel.parts)
        if path.is_file() and not hidden:
            found[rel.as_posix()] = path.read_bytes()
    return found


@pytest.fixture(scope="module")
def dist(root: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out), str(root)],
        check=True,
        capture_output=True,
    )
    return out


@pytest.fixture(scope="module")
def sdist(dist: Path) -> dict[str, bytes]:
    (path,) = dist.glob("mfa_dataset-*.tar.gz")
    with tarfile.open(path) as archive:
        members = [m for m in archive.getmembers() if m.isfile()]
        top = members[0].name.split("/", 1)[0]
        return {
            m.name.removeprefix(f"{top}/"): archive.extractfile(m).read()  # type: ignore[union-attr]
            for m in members
        }


@pytest.fixture(scope="module")
def wheel(dist: Path) -> Path:
    (path,) = dist.glob("mfa_dataset-*-py3-none-any.whl")
    return path


@pytest.mark.parametrize("folder", ["seeds", "schema", "dataset", "tests"])
def test_sdist_carries_the_folder(root: Path, sdist: dict[str, bytes], folder: str) -> None:
    expected = {f"{folder}/{name}": data for name, data in _files(root / folder).items()}
    shipped = {name: data for name, data in sdist.items() if name.startswith(f"{folder}/")}
    assert shipped == expected


@pytest.mark.parametrize("name", ["LICENSE", "CITATION.cff", "README.md", "pyproject.toml"])
def test_sdist_carries_the_file(root: Path, sdist: dict[str, bytes], name: str) -> None:
    assert sdist.get(name) == (root / name).read_bytes()


def test_wheel_carries_data_schema_and_license(root: Path, wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        for folder in ("dataset", "schema"):
            for name, data in _files(root / folder).items():
                assert archive.read(f"mfa_dataset/_data/{folder}/{name}") == data
        licenses = [n for n in names if ".dist-info/licenses/" in n]
        assert [n.rsplit("/", 1)[-1] for n in licenses] == ["LICENSE"]


_SCRIPT = """
import json, sys
import mfa_dataset
from mfa_dataset import load_hf, load_statements
from mfa_dataset.loading import dataset_dir
from mfa_dataset.parsing import parse_text
from mfa_dataset.extraction import Context, extract
statements = load_statements()
meetings = load_hf("meetings", cache_dir=sys.argv[1])
first = statements[0]
found = extract(first.text, parse_text(first.text), Context(first.issuer.country, first.date))
print(json.dumps({
    "extracted": len(found.meetings),
    "published": len(first.meetings),
    "file": mfa_dataset.__file__,
    "dataset": str(dataset_dir()),
    "statements": len(statements),
    "ids": sorted(s.id for s in statements),
    "meetings": meetings.num_rows,
    "date": meetings.features["date"].dtype,
}))
"""


def test_installed_wheel_loads_offline_from_elsewhere(
    root: Path, wheel: Path, tmp_path: Path
) -> None:
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=False)
    python = env_dir / "bin" / "python"
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    # dependencies from this environment, as a plain path: its .pth files are not processed
    Path(site, "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", site, str(wheel)],
        check=True,
        capture_output=True,
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {
        **{k: v for k, v in os.environ.items() if k != "PYTHONPATH"},
        "HF_HUB_OFFLINE": "1",
        "HF_DATASETS_OFFLINE": "1",
        "HF_HOME": str(tmp_path / "hf-home"),
    }
    done = subprocess.run(
        [str(python), "-c", _SCRIPT, str(tmp_path / "cache")],
        cwd=elsewhere,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    result = json.loads(done.stdout)
    assert result["file"].startswith(site), "the wheel, not the editable checkout, is imported"
    assert result["dataset"] == str(Path(site) / "mfa_dataset" / "_data" / "dataset")
    manifest = Manifest.model_validate_json((root / "dataset" / "manifest.json").read_bytes())
    assert result["statements"] == manifest.counts["statements"] == len(result["ids"])
    assert result["meetings"] == manifest.counts["meetings"]
    assert result["date"] == "date32"
    # extraction runs from the wheel: the gazetteer and country tables ship in it
    assert result["extracted"] == result["published"] > 0
