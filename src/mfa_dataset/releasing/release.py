"""``mfa-dataset release``: a new dataset version, its record-level changes, and the files.

A release (see VERSIONING.md):

1. refuses unless ``check`` passes (MFA702);
2. diffs ``dataset/`` (which ``check`` found equal to a fresh build of ``seeds/``), record by
   record, against the previous release (read from Git, or ``--previous DIR``; nothing for the
   first release);
3. refuses an empty release (MFA703) and a bump smaller than the changes require (MFA704);
4. writes the release record, the CHANGELOG entry, the new ``_version.py`` and
   ``CITATION.cff`` aside, then renames them into place, then rebuilds ``dataset/`` aside, in a
   new interpreter that imports the new versions (every module that stamps a version reads it
   at import), and swaps it in; if that build fails, those files are put back (MFA708).
"""

from __future__ import annotations

import datetime as dt
import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from mfa_dataset.atomic import replace_folder
from mfa_dataset.errors import Code, MfaError, Problem
from mfa_dataset.manifest import MANIFEST, Manifest
from mfa_dataset.releasing.changelog import CHANGELOG, with_entry
from mfa_dataset.releasing.diff import Changes, DatasetDiff, diff_folders, suggested_bump
from mfa_dataset.releasing.previous import previous_dataset
from mfa_dataset.releasing.releases import Release, dumps, is_checkout, load_releases, release_path
from mfa_dataset.releasing.semver import Bump, bump, level, parse, rank
from mfa_dataset.releasing.version_file import (
    DATASET_VERSION,
    PACKAGE_VERSION,
    SCHEMA_VERSION,
    read_version_file,
    with_versions,
)

Gate = Callable[[Path], list[Problem]]
CITATION = "CITATION.cff"


@dataclass(frozen=True)
class ReleasePlan:
    """A release computed but not yet written: the record, the diff, and each file's text."""

    release: Release
    diff: DatasetDiff
    files: Mapping[Path, str]


def _gate(root: Path) -> list[Problem]:
    from mfa_dataset.checking import check

    return check(root)


def plan_release(
    root: Path,
    level_: Bump | None,
    *,
    date: dt.date,
    previous: Path | None = None,
    allow_empty: bool = False,
    notes: str | None = None,
    gate: Gate = _gate,
) -> ReleasePlan:
    """Everything a release writes, computed without writing anything."""
    problems = gate(root)
    if problems:
        head = Problem(
            Code.RELEASE_REFUSED,
            f"refusing to release: `mfa-dataset check` finds {len(problems)} problem(s)",
            str(root),
            hint="run `mfa-dataset check`, fix what it reports, commit, then release",
        )
        raise MfaError([head, *problems])
    package = root / "src" / "mfa_dataset"
    version_py = package / "_version.py"
    if not is_checkout(root):
        raise MfaError.one(
            Code.RELEASE_BUILD,
            "not a source checkout: no src/mfa_dataset/_version.py",
            path=str(root),
            hint="run the release in a clone of the repository",
        )
    assigned = read_version_file(version_py, "src/mfa_dataset/_version.py")
    releases = load_releases(package, display=root)
    last = releases[-1] if releases else None
    version = _next_version(last, assigned[DATASET_VERSION].value, level_)
    with tempfile.TemporaryDirectory() as tmp:  # dataset/ is a fresh build: check passed
        old = None
        if last is not None:
            old = previous_dataset(root, last.version, Path(tmp) / "old", previous)
        diff = diff_folders(old, root / "dataset")
    schema = assigned[SCHEMA_VERSION].value
    _check_bump(diff, level_, last, schema, allow_empty)
    package_version = assigned[PACKAGE_VERSION].value
    if last is not None and parse(package_version) <= parse(last.package_version):
        package_version = bump(last.package_version, "patch")  # every release is a new wheel
    release = Release(
        version=version,
        date=date,
        previous=last.version if last else None,
        package_version=package_version,
        schema_version=schema,
        notes=notes,
        changes=diff.changes,
    )
    changelog = root / CHANGELOG
    existing = changelog.read_text(encoding="utf-8") if changelog.is_file() else None
    files = {
        release_path(package, version): dumps(release),
        changelog: with_entry(existing, release),
        version_py: with_versions(
            version_py.read_text(encoding="utf-8"),
            {DATASET_VERSION: version, PACKAGE_VERSION: package_version},
        ),
    }
    citation = root / CITATION
    if citation.is_file():
        files[citation] = with_citation(citation.read_text(encoding="utf-8"), release)
    return ReleasePlan(release, diff, files)


def with_citation(text: str, release: Release) -> str:
    """``CITATION.cff`` with the release's ``version`` (and ``date-released``, if present)."""
    text = re.sub(r"^version:.*$", f'version: "{release.version}"', text, count=1, flags=re.M)
    date = release.date.isoformat()
    return re.sub(r"^date-released:.*$", f'date-released: "{date}"', text, count=1, flags=re.M)


def _next_version(last: Release | None, current: str, level_: Bump | None) -> str:
    if last is None:
        if level_ is not None:
            raise MfaError.one(
                Code.RELEASE_BUMP,
                f"the first release publishes DATASET_VERSION {current} as it is",
                path="src/mfa_dataset/_version.py",
                hint="omit --bump for the first release",
            )
        return current
    if level_ is None:
        raise MfaError.one(
            Code.RELEASE_BUMP,
            f"say how to bump {last.version}",
            hint="give --bump patch (corrections), minor (records added or removed) or major",
        )
    return bump(last.version, level_)


def _check_bump(
    diff: DatasetDiff, level_: Bump | None, last: Release | None, schema: str, allow_empty: bool
) -> None:
    if not diff.changes and not allow_empty:
        raise MfaError.one(
            Code.RELEASE_EMPTY,
            "no record differs from the previous release",
            path="dataset",
            hint="change seeds/ first, or pass --allow-empty (e.g. for a schema-only release)",
        )
    if last is None:
        return
    needed, why = required_bump(diff.changes, last.schema_version, schema)
    if rank(level_) < rank(needed):
        raise MfaError.one(
            Code.RELEASE_BUMP,
            f"a {level_} release is too small: {why}",
            path="dataset",
            hint=f"use --bump {needed} (VERSIONING.md: added or removed records bump the minor, "
            "corrections the patch, a schema bump at least as much)",
        )


def required_bump(changes: Changes, old_schema: str, new_schema: str) -> tuple[Bump | None, str]:
    """The smallest bump of the dataset version these changes allow, and why."""
    added, changed, removed = changes.totals()
    needed = suggested_bump(changes)
    why = f"{added} record(s) added, {changed} changed, {removed} removed"
    schema_level = level(old_schema, new_schema)
    if rank(schema_level) > rank(needed):
        return schema_level, f"the schema went from {old_schema} to {new_schema}"
    return needed, why


def release(root: Path, plan: ReleasePlan) -> ReleasePlan:
    """Carry out ``plan`` (from :func:`plan_release`): write its files, and rebuild
    ``dataset/`` with the new version; put every file back if the rebuild fails."""
    originals = {p: p.read_text(encoding="utf-8") if p.is_file() else None for p in plan.files}
    _put(plan.files)
    try:
        _rebuild(root, plan.release.version)
    except BaseException:
        _put(originals)
        raise
    return plan


def _put(files: Mapping[Path, str | None]) -> None:
    """Write every file aside, then rename each into place (None: remove the file)."""
    staged: list[tuple[Path, Path]] = []
    try:
        for path, text in files.items():
            if text is None:
                continue
            path.parent.mkdir(parents=True, exist_ok=True)
            handle, name = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
            with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as out:
                out.write(text)
            staged.append((Path(name), path))
    except BaseException:
        for temp, _ in staged:
            temp.unlink(missing_ok=True)
        raise
    for temp, path in staged:
        temp.replace(path)
    for path, text in files.items():
        if text is None:
            path.unlink(missing_ok=True)


def _rebuild(root: Path, version: str) -> None:
    """Rebuild ``dataset/`` all-or-nothing, by a new interpreter importing the new versions."""
    replace_folder(root / "dataset", lambda new: _build_into(root, new, version))


def _build_into(root: Path, folder: Path, version: str) -> None:
    """``mfa-dataset build --out folder`` with ``root/src`` first on the import path."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(
        p for p in (str((root / "src").resolve()), env.get("PYTHONPATH")) if p
    )
    command = [sys.executable, "-m", "mfa_dataset", "build", "--root", str(root), "--out"]
    done = subprocess.run(
        [*command, str(folder)], env=env, capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise MfaError.one(
            Code.RELEASE_BUILD,
            f"rebuilding dataset/ failed, the release is undone: {done.stderr.strip()[-2000:]}",
            path="dataset",
            hint="fix what the build reports and release again",
        )
    manifest = Manifest.model_validate_json((folder / MANIFEST).read_bytes())
    if manifest.dataset_version != version or manifest.release is None:
        raise MfaError.one(
            Code.RELEASE_BUILD,
            f"the rebuilt manifest says {manifest.dataset_version}, not release {version}",
            path="dataset/manifest.json",
            hint="the build must import root/src; is another mfa_dataset first on sys.path?",
        )
