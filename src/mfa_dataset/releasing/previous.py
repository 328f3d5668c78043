"""The data of the previous release, which ``mfa-dataset release`` compares against.

Between releases ``dataset/`` follows ``seeds/`` (``check`` demands it), so it cannot serve as
the previous release. The released data is read back from Git instead: the tag
``data-v<version>`` or, failing that, the commit that added the release record (a release is
committed as one commit). A folder given explicitly (``--previous DIR``: an unpacked wheel, a Hub
snapshot, a Git worktree) is used as it is, after checking its manifest names that version.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from mfa_dataset.errors import Code, MfaError
from mfa_dataset.releasing.diff import STATEMENTS, read_versions
from mfa_dataset.releasing.releases import RELEASES, git_tag

_FILES = (STATEMENTS, "manifest.json")
_HINT = "fetch the tags (`git fetch --tags`), or pass --previous DIR (that release's dataset/)"


def previous_dataset(root: Path, version: str, scratch: Path, given: Path | None) -> Path:
    """A folder holding release ``version``: ``given``, or files read from Git into ``scratch``."""
    if given is None:
        revision = _revision(root, version)
        for name in _FILES:
            target = scratch / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(_git(root, "show", f"{revision}:./dataset/{name}"))
        folder = scratch
    else:
        folder = given
        if not (folder / STATEMENTS).is_file():
            raise MfaError.one(
                Code.PREVIOUS_RELEASE,
                "not a dataset folder (no data/statements.jsonl)",
                path=str(folder),
                hint=f"give the dataset/ folder of release {version}",
            )
    found, _ = read_versions(folder)
    if found != version:
        raise MfaError.one(
            Code.PREVIOUS_RELEASE,
            f"holds dataset {found}, but the previous release is {version}",
            path=str(folder / "manifest.json"),
            hint=f"give the dataset/ folder of release {version}",
        )
    return folder


def _revision(root: Path, version: str) -> str:
    """The commit of release ``version``: its tag, else the commit that added its record."""
    tag = git_tag(version)
    try:
        found = _git(root, "rev-parse", "--verify", "--quiet", f"refs/tags/{tag}^{{commit}}")
        return found.decode().strip()
    except MfaError:
        pass
    record = Path("src") / "mfa_dataset" / RELEASES / f"{version}.json"
    added = _git(root, "log", "--diff-filter=A", "--format=%H", "--", record.as_posix()).decode()
    if not added.split():
        raise MfaError.one(
            Code.PREVIOUS_RELEASE,
            f"release {version} is not in Git: no tag {tag}, no commit adding {record.as_posix()}",
            path=str(root),
            hint=_HINT,
        )
    return added.split()[-1]


def _git(root: Path, *args: str) -> bytes:
    try:
        done = subprocess.run(["git", "-C", str(root), *args], capture_output=True, check=False)
    except OSError as exc:
        raise MfaError.one(
            Code.PREVIOUS_RELEASE, f"cannot run git: {exc}", path=str(root), hint=_HINT
        ) from exc
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip() or f"exit {done.returncode}"
        raise MfaError.one(
            Code.PREVIOUS_RELEASE,
            f"git {' '.join(args[:2])}: {message}",
            path=str(root),
            hint=_HINT,
        )
    return done.stdout
