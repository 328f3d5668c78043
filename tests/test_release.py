"""``mfa-dataset release``: gate, record-level diff, CHANGELOG, versions, and no half-done state."""

from __future__ import annotations

import datetime as dt
import functools
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from mfa_dataset._version import DATASET_VERSION, __version__
from mfa_dataset.build import build
from mfa_dataset.checking import check
from mfa_dataset.cli import main
from mfa_dataset.errors import Code, MfaError
from mfa_dataset.manifest import Manifest
from mfa_dataset.releasing.changelog import HEADER, entry
from mfa_dataset.releasing.diff import ChangedRecord, Changes, KindChanges, diff_folders
from mfa_dataset.releasing.release import plan_release, release, required_bump
from mfa_dataset.releasing.releases import load_releases
from mfa_dataset.releasing.semver import bump
from mfa_dataset.releasing.version_file import read_version_file
from mfa_dataset.releasing.versions import check_versions
from test_diff import M2_CITY, NEW_SIDECAR, NEW_TEXT, SIDECAR

FAST = functools.partial(check, datasets=False)  # the full gate also loads through `datasets`
DAY = dt.date(2026, 12, 1)
PATCH = bump(DATASET_VERSION, "patch")
M2 = ChangedRecord(id="az-mfa-2024-280.m2", fields=["location.city"])
RELEASES = Path("src/mfa_dataset/data/releases")
WRITTEN = ("CHANGELOG.md", "CITATION.cff", "src/mfa_dataset/_version.py")


def correct_m2(repo: Path) -> None:
    """Change one curated field (meeting 2's city) in the seed sidecar, and rebuild."""
    path = repo / SIDECAR
    text = path.read_text(encoding="utf-8")
    assert text.count(M2_CITY) == 1
    path.write_text(text.replace(M2_CITY, M2_CITY.replace("Astana", "Nur-Sultan")), "utf-8")
    build(repo)


def published(repo: Path) -> Path:
    """A copy of ``repo/dataset`` as it is now: the release to compare against later."""
    target = repo.parent / "published"
    shutil.copytree(repo / "dataset", target)
    return target


def snapshot(repo: Path) -> dict[str, bytes]:
    names = [*WRITTEN, *(p.relative_to(repo).as_posix() for p in (repo / RELEASES).glob("*"))]
    files = {name: (repo / name).read_bytes() for name in names}
    files |= {f"dataset/{p.name}": p.read_bytes() for p in (repo / "dataset").glob("*.*")}
    return files


def test_a_correction_release_lists_it_everywhere(checkout: Path, root: Path) -> None:
    previous = published(checkout)
    old_changelog = (checkout / "CHANGELOG.md").read_text(encoding="utf-8")
    correct_m2(checkout)
    plan = release(
        checkout, plan_release(checkout, "patch", date=DAY, previous=previous, gate=FAST)
    )
    r = plan.release
    assert (r.version, r.previous, r.date) == (PATCH, DATASET_VERSION, DAY)
    # the package is bumped only if no pull request did it since the last release
    released = load_releases()[-1].package_version
    assert r.package_version == (
        bump(__version__, "patch") if __version__ == released else __version__
    )
    assert r.changes == Changes(meetings=KindChanges(changed=[M2]))

    changelog = (checkout / "CHANGELOG.md").read_text(encoding="utf-8")
    assert changelog == HEADER + entry(r) + old_changelog.removeprefix(HEADER)
    assert f"## [{PATCH}] - 2026-12-01\n" in changelog
    assert "- meetings: `az-mfa-2024-280.m2`: `location.city`\n" in changelog

    versions = read_version_file(checkout / WRITTEN[2], "_version.py")
    assert versions["DATASET_VERSION"].value == PATCH
    assert versions["__version__"].value == r.package_version
    assert f'version: "{PATCH}"' in (checkout / "CITATION.cff").read_text(encoding="utf-8")
    manifest = Manifest.model_validate_json((checkout / "dataset/manifest.json").read_bytes())
    assert (manifest.dataset_version, manifest.release) == (PATCH, r)
    card = (checkout / "dataset/README.md").read_text(encoding="utf-8")
    assert f"Dataset version **{PATCH}**" in card
    assert check_versions(checkout) == []
    assert read_version_file(root / WRITTEN[2], "")["DATASET_VERSION"].value == DATASET_VERSION

    # the released checkout passes the whole gate, run by its own (new-version) code
    env = {**os.environ, "PYTHONPATH": str(checkout / "src")}
    command = [sys.executable, "-m", "mfa_dataset", "check", "--root", str(checkout)]
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
@pytest.mark.parametrize("tagged", [True, False])
def test_the_previous_release_is_read_from_git(checkout: Path, tagged: bool) -> None:
    def git(*args: str) -> None:
        identity = ["-c", "user.name=t", "-c", "user.email=t@example.org"]
        subprocess.run(
            ["git", "-C", str(checkout), *identity, *args], check=True, capture_output=True
        )

    git("init", "-q")
    git("add", "-A")
    git("commit", "-qm", f"Release dataset {DATASET_VERSION}")
    if tagged:
        git("tag", f"data-v{DATASET_VERSION}")
    correct_m2(checkout)
    git("commit", "-qam", "Correct the city of meeting 2")
    plan = plan_release(checkout, "patch", date=DAY, gate=FAST)
    assert plan.release.changes == Changes(meetings=KindChanges(changed=[M2]))


def test_the_first_release_adds_every_record(checkout: Path) -> None:
    shutil.rmtree(checkout / RELEASES)
    (checkout / "CHANGELOG.md").unlink()
    version_py = (checkout / WRITTEN[2]).read_bytes()
    plan = release(checkout, plan_release(checkout, None, date=DAY, gate=FAST))
    r = plan.release
    assert (r.version, r.previous, r.package_version) == (DATASET_VERSION, None, __version__)
    assert r.changes == diff_folders(None, checkout / "dataset").changes
    assert r.changes.totals()[1:] == (0, 0)
    changelog = (checkout / "CHANGELOG.md").read_text(encoding="utf-8")
    assert changelog == HEADER + entry(r).rstrip("\n") + "\n"
    for record_id in (*r.changes.statements.added, *r.changes.meetings.added):
        assert f"`{record_id}`" in changelog
    assert (checkout / WRITTEN[2]).read_bytes() == version_py
    assert check_versions(checkout) == []


def test_the_committed_changelog_is_what_release_wrote(root: Path) -> None:
    changelog = (root / "CHANGELOG.md").read_text(encoding="utf-8")
    assert changelog.startswith(HEADER)
    releases = load_releases()
    assert releases, "no release record"
    for record in releases:
        assert entry(record).rstrip("\n") in changelog


def test_release_is_refused_while_check_fails(checkout: Path) -> None:
    card = checkout / "dataset" / "README.md"
    card.write_text(card.read_text("utf-8").replace("Dataset version **", "Dataset version **9"))
    before = snapshot(checkout)
    with pytest.raises(MfaError) as info:
        release(
            checkout,
            plan_release(checkout, "patch", date=DAY, previous=published(checkout), gate=FAST),
        )
    assert info.value.codes[0] == Code.RELEASE_REFUSED
    assert {Code.DATASET_STALE, Code.VERSIONS_DISAGREE} <= set(info.value.codes)
    assert snapshot(checkout) == before


def test_an_empty_release_is_refused_unless_allowed(checkout: Path) -> None:
    previous = published(checkout)
    with pytest.raises(MfaError) as info:
        plan_release(checkout, "patch", date=DAY, previous=previous, gate=FAST)
    assert info.value.codes == (Code.RELEASE_EMPTY,)
    plan = plan_release(checkout, "patch", date=DAY, previous=previous, allow_empty=True, gate=FAST)
    assert plan.release.version == PATCH
    assert not plan.release.changes


def test_a_bump_smaller_than_the_changes_is_refused(checkout: Path) -> None:
    previous = published(checkout)
    (checkout / "seeds" / "001_added.txt").write_text(NEW_TEXT, encoding="utf-8")
    (checkout / "seeds" / "001_added.yaml").write_text(NEW_SIDECAR, encoding="utf-8")
    build(checkout)
    with pytest.raises(MfaError) as info:
        plan_release(checkout, "patch", date=DAY, previous=previous, gate=FAST)
    (problem,) = info.value.problems
    assert problem.code == Code.RELEASE_BUMP
    assert "--bump minor" in (problem.hint or "")
    plan = plan_release(checkout, "major", date=DAY, previous=previous, gate=FAST)
    assert plan.release.version == bump(DATASET_VERSION, "major")  # larger is the maintainers' call
    assert plan.release.changes.statements.added == ["az-mfa-2024-281"]


def test_bump_is_required_after_the_first_release_and_refused_for_it(checkout: Path) -> None:
    with pytest.raises(MfaError) as info:
        plan_release(checkout, None, date=DAY, previous=published(checkout), gate=FAST)
    assert info.value.codes == (Code.RELEASE_BUMP,)
    shutil.rmtree(checkout / RELEASES)
    (checkout / "CHANGELOG.md").unlink()
    with pytest.raises(MfaError) as info:
        plan_release(checkout, "minor", date=DAY, gate=FAST)
    assert info.value.codes == (Code.RELEASE_BUMP,)


def test_the_previous_release_must_be_found(checkout: Path) -> None:
    with pytest.raises(MfaError) as info:  # not a Git repository, no --previous
        plan_release(checkout, "patch", date=DAY, gate=FAST)
    assert info.value.codes == (Code.PREVIOUS_RELEASE,)
    assert "--previous" in (info.value.problems[0].hint or "")
    other = published(checkout)
    manifest = other / "manifest.json"
    data = json.loads(manifest.read_text(encoding="utf-8"))
    manifest.write_text(json.dumps({**data, "dataset_version": "0.0.1"}), encoding="utf-8")
    with pytest.raises(MfaError) as info:
        plan_release(checkout, "patch", date=DAY, previous=other, gate=FAST)
    assert info.value.codes == (Code.PREVIOUS_RELEASE,)
    with pytest.raises(MfaError) as info:
        plan_release(checkout, "patch", date=DAY, previous=checkout / "seeds", gate=FAST)
    assert info.value.codes == (Code.PREVIOUS_RELEASE,)


def test_a_failed_rebuild_undoes_the_release(checkout: Path) -> None:
    previous = published(checkout)
    correct_m2(checkout)
    (checkout / "src" / "mfa_dataset" / "__main__.py").write_text(
        "import sys\n\nsys.exit('the build broke')\n", encoding="utf-8"
    )
    before = snapshot(checkout)
    with pytest.raises(MfaError) as info:
        release(checkout, plan_release(checkout, "patch", date=DAY, previous=previous, gate=FAST))
    assert info.value.codes == (Code.RELEASE_BUILD,)
    assert "the build broke" in info.value.problems[0].message
    assert snapshot(checkout) == before
    assert not list(checkout.glob(".*"))
    assert not list((checkout / RELEASES).glob(".*"))


def test_a_release_needs_a_source_checkout(checkout: Path) -> None:
    shutil.rmtree(checkout / "src")
    with pytest.raises(MfaError) as info:
        plan_release(checkout, "patch", date=DAY, gate=FAST)
    assert info.value.codes == (Code.RELEASE_BUILD,)


@pytest.mark.parametrize(
    ("changes", "old_schema", "new_schema", "needed"),
    [
        (Changes(), "1.0.0", "1.0.0", None),
        (Changes(meetings=KindChanges(changed=[M2])), "1.0.0", "1.0.0", "patch"),
        (Changes(meetings=KindChanges(added=["x.m9"])), "1.0.0", "1.0.0", "minor"),
        (Changes(meetings=KindChanges(removed=["x.m9"])), "1.0.0", "1.0.0", "minor"),
        (Changes(meetings=KindChanges(changed=[M2])), "1.0.0", "1.1.0", "minor"),
        (Changes(meetings=KindChanges(added=["x.m9"])), "1.0.0", "1.0.1", "minor"),
        (Changes(), "1.4.2", "2.0.0", "major"),
    ],
)
def test_required_bump(changes: Changes, old_schema: str, new_schema: str, needed: str) -> None:
    assert required_bump(changes, old_schema, new_schema)[0] == needed


def test_cli_dry_run_prints_the_entry_and_writes_nothing(
    checkout: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    previous = published(checkout)
    correct_m2(checkout)
    before = snapshot(checkout)
    args = ["release", "--root", str(checkout), "--previous", str(previous), "--date", "2026-12-01"]
    assert main([*args, "--bump", "patch", "--dry-run", "--notes", "Meeting 2 was in Astana."]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"## [{PATCH}] - 2026-12-01\n")
    assert "Meeting 2 was in Astana." in out
    assert "- meetings: `az-mfa-2024-280.m2`: `location.city`" in out
    assert snapshot(checkout) == before
    assert main([*args, "--bump", "minor", "--dry-run"]) == 0
    assert main([*args, "--dry-run"]) == 1
    assert "MFA704" in capsys.readouterr().err


def test_a_release_bumps_a_package_version_no_pull_request_bumped(checkout: Path) -> None:
    """Every dataset release is a new wheel: with ``__version__`` still the last release's,
    the release takes its next patch."""
    released = load_releases()[-1].package_version
    version_py = checkout / WRITTEN[2]
    text = version_py.read_text(encoding="utf-8")
    version_py.write_text(
        text.replace(f'__version__ = "{__version__}"', f'__version__ = "{released}"'), "utf-8"
    )
    previous = published(checkout)
    correct_m2(checkout)
    plan = plan_release(checkout, "patch", date=DAY, previous=previous, gate=FAST)
    assert plan.release.package_version == bump(released, "patch")
