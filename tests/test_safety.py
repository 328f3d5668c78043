"""Safety: no code runs from data, limits hold, and a killed build loses nothing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml

from mfa_dataset import sidecar
from mfa_dataset.build import build
from mfa_dataset.errors import Code, MfaError
from mfa_dataset.seeds import MAX_TEXT_BYTES, read_text

VALID = Path(__file__).parent / "contributions" / "valid" / "seeds"


def files(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


def test_sidecars_are_read_with_a_safe_loader() -> None:
    assert issubclass(sidecar._Loader, yaml.SafeLoader)
    assert "tag:yaml.org,2002:python/object" not in sidecar._Loader.yaml_constructors


def test_a_tag_that_would_run_code_is_refused_and_nothing_runs(tmp_path: Path) -> None:
    marker = tmp_path / "ran"
    path = tmp_path / "x.yaml"
    new_path = f"!!python/object/apply:pathlib.Path ['{marker}']"
    touch = f"!!python/object/apply:pathlib.Path.touch [{new_path}]"
    path.write_text(f"source_url: {touch}\n", encoding="utf-8")
    with pytest.raises(MfaError) as info:
        sidecar.load_sidecar(path)
    assert info.value.codes == (Code.SIDECAR_YAML,)
    assert "python/object/apply" in info.value.problems[0].message
    assert not marker.exists()


def test_a_text_over_the_limit_is_refused_without_reading_it_all(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:  # sparse: 2 GB on paper, nothing on disk
        handle.truncate(2 * 1024**3)
    with pytest.raises(MfaError) as info:
        read_text(path)
    assert info.value.codes == (Code.TEXT_TOO_LARGE,)
    assert f"{2 * 1024**3:,} bytes" in info.value.problems[0].message
    assert f"{MAX_TEXT_BYTES:,}" in info.value.problems[0].message


def _many_contributions(root: Path, count: int) -> None:
    """``count`` distinct valid contributions (numbers 1..count), so a build takes a while."""
    seeds = root / "seeds"
    seeds.mkdir()
    text = (VALID / "ge_001.txt").read_text("utf-8")
    side = (VALID / "ge_001.yaml").read_text("utf-8")
    for n in range(1, count + 1):
        body = text.replace("No:123/24", f"No:{n}/24").replace("regional", f"regional ({n})")
        (seeds / f"ge_{n:04}.txt").write_text(body, encoding="utf-8")
        (seeds / f"ge_{n:04}.yaml").write_text(side, encoding="utf-8")


@pytest.mark.slow
def test_a_build_killed_part_way_leaves_the_previous_dataset_intact(tmp_path: Path) -> None:
    _many_contributions(tmp_path, 300)
    build(tmp_path)
    before = files(tmp_path / "dataset")
    # change every text so the next build would publish different files
    for path in (tmp_path / "seeds").glob("*.txt"):
        path.write_text(path.read_text("utf-8").replace("bilateral", "bilateral, trade"), "utf-8")
    process = subprocess.Popen(
        [sys.executable, "-m", "mfa_dataset", "build", "--root", str(tmp_path)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while not any(tmp_path.glob(".dataset.building-*")) and process.poll() is None:
        assert time.monotonic() < deadline, "the build never started writing"
        time.sleep(0.005)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    assert process.returncode == -signal.SIGKILL, "the build finished before it was killed"
    assert files(tmp_path / "dataset") == before
    # the next build clears what the killed one left and publishes the new texts
    build(tmp_path)
    assert not any(tmp_path.glob(".dataset.*"))
    assert files(tmp_path / "dataset") != before
