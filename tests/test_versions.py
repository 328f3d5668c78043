"""Every place that records a version agrees with ``_version.py`` (``check_versions``)."""

from __future__ import annotations

import json
import shutil
from importlib import metadata
from pathlib import Path

import pytest

from mfa_dataset._version import DATASET_VERSION, SCHEMA_VERSION, __version__
from mfa_dataset.checking import check
from mfa_dataset.errors import Code, Problem
from mfa_dataset.releasing import semver
from mfa_dataset.releasing.changelog import headings
from mfa_dataset.releasing.releases import current_release, load_releases
from mfa_dataset.releasing.versions import check_versions


def tamper(repo: Path, name: str, old: str, new: str) -> int:
    """Replace the first ``old`` in ``repo/name``; return its 1-based line."""
    path = repo / name
    text = path.read_text(encoding="utf-8")
    at = text.find(old)
    assert at >= 0, f"{name} no longer holds {old!r}"
    path.write_text(text[:at] + new + text[at + len(old) :], encoding="utf-8")
    return text.count("\n", 0, at) + 1


def located(problems: list[Problem]) -> set[tuple[Code, str | None, int | None]]:
    return {(p.code, p.path, p.line) for p in problems}


def test_the_repository_agrees(root: Path) -> None:
    assert check_versions(root) == []


def test_a_fresh_checkout_agrees(checkout: Path) -> None:
    assert check_versions(checkout) == []


def test_the_current_release_is_recorded(root: Path) -> None:
    release = current_release()
    assert release is not None
    assert release.version == load_releases()[-1].version
    changelog = (root / "CHANGELOG.md").read_text(encoding="utf-8")
    assert headings(changelog)[0].version == release.version


V = Code.VERSIONS_DISAGREE
H = Code.RELEASE_HISTORY
D, S, P = DATASET_VERSION, SCHEMA_VERSION, __version__
RELEASE = current_release()
DATE = RELEASE.date.isoformat() if RELEASE else ""
RECORD = f"src/mfa_dataset/data/releases/{D}.json"
MANIFEST = "dataset/manifest.json"
CARD = "dataset/README.md"
VERSION_PY = "src/mfa_dataset/_version.py"
MEETINGS = "schema/meetings.schema.json"
MEETINGS_ID = f'"$id": "urn:mfa-dataset:schema:{S}:meetings"'
RELEASED = '"release": {\n    "version": '
HATCH = 'path = "src/mfa_dataset/_version.py"'

TAMPERED = [  # file, text, tampered text, code
    (MANIFEST, f'"dataset_version": "{D}"', '"dataset_version": "0.0.1"', V),
    (MANIFEST, f'"schema_version": "{S}"', '"schema_version": "0.0.1"', V),
    (MANIFEST, f'{RELEASED}"{D}"', f'{RELEASED}"0.0.1"', V),
    (CARD, f"Dataset version **{D}**", "Dataset version **0.0.1**", V),
    (CARD, f"version **{S}**.", "version **0.0.1**.", V),
    (CARD, f'revision="v{D}"', 'revision="v0.0.1"', V),
    ("dataset/croissant.json", f'"version": "{D}"', '"version": "0.0.1"', V),
    (MEETINGS, MEETINGS_ID, MEETINGS_ID.replace(S, "0.0.1"), V),
    (MEETINGS, MEETINGS_ID, MEETINGS_ID.replace("meetings", "agreements"), V),
    ("schema/sidecar.schema.json", f'"version": "{S}"', '"version": "0.0.1"', V),
    (VERSION_PY, f'DATASET_VERSION = "{D}"', 'DATASET_VERSION = "0.0.1"', V),
    (VERSION_PY, f'DATASET_VERSION = "{D}"', 'DATASET_VERSION = "1.0"', V),
    (VERSION_PY, f'DATASET_VERSION = "{D}"', "DATASET_VERSION = VERSION", V),
    (VERSION_PY, f'__version__ = "{P}"', '__version__ = "0.0.1"', V),
    ("CHANGELOG.md", f"## [{D}] - {DATE}", f"## [0.0.1] - {DATE}", V),
    ("CHANGELOG.md", f"## [{D}] - {DATE}", f"## [{D}] - 1999-01-01", V),
    ("CITATION.cff", f'version: "{D}"', 'version: "0.0.1"', V),
    ("pyproject.toml", HATCH, HATCH.replace("_version", "about"), V),
    (RECORD, f'"version": "{D}"', '"version": "0.0.1"', H),
    (RECORD, f'"date": "{DATE}"', '"date": "29 Nov 2026"', H),
    (RECORD, '"previous": ', '"unknown": 1, "previous": ', H),
]


@pytest.mark.parametrize(("name", "old", "new", "code"), TAMPERED)
def test_a_tampered_version_is_found_where_it_is(
    checkout: Path, name: str, old: str, new: str, code: Code
) -> None:
    line = tamper(checkout, name, old, new)
    problems = check_versions(checkout)
    assert problems, "the tampered version went unnoticed"
    assert {p.code for p in problems} <= {V, H}
    paths = {p.path for p in problems if p.code == code}
    assert name in paths
    lines = {p.line for p in problems if p.code == code and p.path == name}
    if code == V:  # located on its line (pyproject: on the [tool.hatch.version] table above)
        assert (line - 1 if name == "pyproject.toml" else line) in lines
    assert all(p.hint for p in problems)


def test_check_reports_a_disagreement(checkout: Path) -> None:
    line = tamper(
        checkout, "dataset/README.md", f"Dataset version **{D}**", "Dataset version **2**"
    )
    problems = check(checkout, datasets=False)
    assert (V, "dataset/README.md", line) in located(problems)
    assert Code.DATASET_STALE in {p.code for p in problems}  # the bytes differ too


def test_a_missing_changelog_or_entry_is_reported(checkout: Path) -> None:
    text = (checkout / "CHANGELOG.md").read_text(encoding="utf-8")
    (checkout / "CHANGELOG.md").unlink()
    assert located(check_versions(checkout)) == {(H, "CHANGELOG.md", None)}
    (checkout / "CHANGELOG.md").write_text(text.split("## [")[0], encoding="utf-8")
    codes = [p.code for p in check_versions(checkout)]
    assert codes == [V, H]  # the latest entry is absent; the release has no entry


def test_an_unreleased_dataset_version_is_reported(checkout: Path) -> None:
    line = tamper(
        checkout,
        "src/mfa_dataset/_version.py",
        f'DATASET_VERSION = "{D}"',
        'DATASET_VERSION = "99.1.0"',
    )
    problems = check_versions(checkout)
    version_py = [p for p in problems if p.path == "src/mfa_dataset/_version.py"]
    assert [(p.code, p.line) for p in version_py] == [(V, line)]
    assert f"the latest release is {D}" in version_py[0].message


def test_release_records_form_a_chain(checkout: Path) -> None:
    record = checkout / RECORD
    data = json.loads(record.read_text(encoding="utf-8"))
    data.update(version="99.0.0", previous="0.0.1")
    record.with_name("99.0.0.json").write_text(json.dumps(data), encoding="utf-8")
    problems = check_versions(checkout)
    chain = [p for p in problems if p.code == H]
    assert [(p.path, p.message) for p in chain] == [
        ("src/mfa_dataset/data/releases/99.0.0.json", f"release 99.0.0 follows 0.0.1, not {D}"),
        ("CHANGELOG.md", "no entry for release 99.0.0"),
    ]
    line = tamper(checkout, VERSION_PY, "DATASET_VERSION =", "DATASET_VERSION =")  # its line
    assert (V, VERSION_PY, line) in located(problems)  # DATASET_VERSION is not the latest


def test_without_releases_only_the_files_must_agree(checkout: Path) -> None:
    shutil.rmtree(checkout / "src" / "mfa_dataset" / "data" / "releases")
    (checkout / "CHANGELOG.md").unlink()
    assert check_versions(checkout) == []


def fake_distribution(tmp_path: Path, version: str, url: str | None) -> metadata.Distribution:
    info = tmp_path / f"mfa_dataset-{version}.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(
        f"Metadata-Version: 2.1\nName: mfa-dataset\nVersion: {version}\n", encoding="utf-8"
    )
    if url is not None:
        direct = {"url": url, "dir_info": {"editable": True}}
        (info / "direct_url.json").write_text(json.dumps(direct), encoding="utf-8")
    return metadata.PathDistribution(info)


@pytest.mark.parametrize(
    ("version", "installed_here", "url", "problem"),
    [
        ("0.0.9", True, None, True),  # stale metadata of this checkout
        (__version__, True, None, False),  # this checkout, installed as it is
        ("0.0.9", False, "file:///somewhere/else", False),  # installed from elsewhere
        ("0.0.9", False, None, False),  # no PEP 610 record: not from a checkout
        ("0.0.9", False, "https://example.org/mfa.whl", False),
    ],
)
def test_stale_package_metadata_of_this_checkout(
    checkout: Path,
    tmp_path: Path,
    version: str,
    installed_here: bool,
    url: str | None,
    problem: bool,
) -> None:
    url = checkout.resolve().as_uri() if installed_here else url
    dist = fake_distribution(tmp_path, version, url)
    problems = check_versions(checkout, distribution=dist)
    expected = {(V, "src/mfa_dataset/_version.py", None)} if problem else set()
    assert located(problems) == expected
    if problem:
        assert "pip install -e ." in (problems[0].hint or "")


@pytest.mark.parametrize(
    ("version", "level", "bumped"),
    [("1.2.3", "major", "2.0.0"), ("1.2.3", "minor", "1.3.0"), ("1.2.3", "patch", "1.2.4")],
)
def test_bump(version: str, level: semver.Bump, bumped: str) -> None:
    assert semver.bump(version, level) == bumped
    assert semver.level(version, bumped) == level


@pytest.mark.parametrize("text", ["1.0", "1.0.0.0", "v1.0.0", "01.0.0", "1.0.0-rc1", ""])
def test_not_a_version(text: str) -> None:
    assert not semver.is_version(text)
    with pytest.raises(ValueError, match=r"MAJOR\.MINOR\.PATCH"):
        semver.parse(text)


def test_rank_orders_bumps() -> None:
    ranks = [semver.rank(b) for b in (None, "patch", "minor", "major")]
    assert ranks == sorted(ranks) == [0, 1, 2, 3]
    assert semver.level("1.0.0", "1.0.0") is None


def test_a_data_only_copy_needs_no_changelog(tmp_path: Path, root: Path) -> None:
    for name in ("dataset", "schema"):
        shutil.copytree(root / name, tmp_path / name)
    assert check_versions(tmp_path) == []
