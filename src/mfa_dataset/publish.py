"""Publishing ``dataset/`` to the Hugging Face Hub, one tagged commit per dataset version.

:func:`plan` decides everything offline: it refuses a repository that fails
:func:`mfa_dataset.checking.check`, then lists every file of ``dataset/`` with the size and
SHA-256 of the manifest, the commit message ``Dataset vX.Y.Z`` and the tag ``vX.Y.Z``.
:func:`upload` carries a plan out through ``huggingface_hub``: it refuses a tag that already
exists, makes the commit hold exactly the planned files (remote files not in the plan are
deleted, ``.gitattributes`` excepted) and tags that commit, so that
``datasets.load_dataset(repo_id, config, revision="vX.Y.Z")`` returns that version.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from mfa_dataset.errors import Code, MfaError, Problem
from mfa_dataset.manifest import MANIFEST, FileEntry, Manifest

if TYPE_CHECKING:
    from huggingface_hub import HfApi

__all__ = ["Hub", "Plan", "format_plan", "plan", "upload"]

REPO_TYPE = "dataset"
BRANCH = "main"


class Hub(Protocol):
    """The four ``huggingface_hub.HfApi`` methods publishing uses (a fake in tests)."""

    def list_repo_refs(self, repo_id: str, *, repo_type: str | None = None) -> Any: ...

    def create_repo(
        self,
        repo_id: str,
        *,
        private: bool | None = None,
        repo_type: str | None = None,
        exist_ok: bool = False,
    ) -> Any: ...

    def upload_folder(
        self,
        *,
        repo_id: str,
        folder_path: str | Path,
        commit_message: str | None = None,
        repo_type: str | None = None,
        revision: str | None = None,
        allow_patterns: list[str] | str | None = None,
        delete_patterns: list[str] | str | None = None,
    ) -> Any: ...

    def create_tag(
        self,
        repo_id: str,
        *,
        tag: str,
        tag_message: str | None = None,
        revision: str | None = None,
        repo_type: str | None = None,
    ) -> None: ...


@dataclass(frozen=True)
class Plan:
    """What a publication uploads and tags; nothing in it needs the network."""

    repo_id: str
    folder: Path
    files: tuple[FileEntry, ...]  # every file of the folder, the manifest last
    version: str
    private: bool = False

    @property
    def tag(self) -> str:
        return f"v{self.version}"

    @property
    def commit_message(self) -> str:
        return f"Dataset {self.tag}"


def _check_repo_id(repo_id: str) -> None:
    from huggingface_hub.errors import HFValidationError
    from huggingface_hub.utils._validators import validate_repo_id  # lazily re-exported

    problem = None if repo_id.count("/") == 1 else "must be OWNER/NAME"
    if problem is None:
        try:
            validate_repo_id(repo_id)
        except HFValidationError as exc:
            problem = str(exc)
    if problem is not None:
        raise MfaError.one(
            Code.PUBLISH_REPO_ID,
            f"not a Hub repository id {repo_id!r}: {problem}",
            hint="give --repo-id OWNER/NAME, e.g. --repo-id my-org/mfa-dataset",
        )


def plan(root: Path, repo_id: str, *, private: bool = False) -> Plan:
    """The publication of ``root/dataset`` to ``repo_id``; refused unless ``check`` passes."""
    from mfa_dataset.checking import check

    _check_repo_id(repo_id)
    problems = check(root)
    if problems:
        head = Problem(
            Code.PUBLISH_UNCHECKED,
            f"refusing to publish: `mfa-dataset check` finds {len(problems)} problem(s)",
            "dataset",
            hint="run `mfa-dataset build` and `mfa-dataset check`, fix what it reports",
        )
        raise MfaError([head, *problems])
    folder = root / "dataset"
    manifest_bytes = (folder / MANIFEST).read_bytes()
    manifest = Manifest.model_validate_json(manifest_bytes)
    own = FileEntry(
        path=MANIFEST,
        bytes=len(manifest_bytes),
        sha256=hashlib.sha256(manifest_bytes).hexdigest(),
        records=None,
    )
    return Plan(
        repo_id=repo_id,
        folder=folder,
        files=(*manifest.files, own),
        version=manifest.dataset_version,
        private=private,
    )


def format_plan(p: Plan) -> str:
    """The plan as printed by ``mfa-dataset publish --dry-run`` (one fact per line)."""
    total = sum(f.bytes for f in p.files)
    lines = [
        f"repository: {p.repo_id} (dataset, {'private' if p.private else 'public'})",
        f"revision: {BRANCH}",
        f"commit: {p.commit_message}",
        f"tag: {p.tag}",
        f"files: {len(p.files)} ({total} bytes) from {p.folder}",
        *(f"  {f.path}  {f.bytes} bytes  sha256:{f.sha256}" for f in p.files),
        "remote files not listed here are deleted (.gitattributes is kept)",
    ]
    return "\n".join(lines) + "\n"


def _existing_tags(hub: Hub, p: Plan) -> set[str]:
    from huggingface_hub.errors import RepositoryNotFoundError

    try:
        refs = hub.list_repo_refs(p.repo_id, repo_type=REPO_TYPE)
    except RepositoryNotFoundError:
        return set()  # created below
    return {ref.name for ref in refs.tags}


def upload(p: Plan, hub: Hub | None = None, *, token: str | None = None) -> str:
    """Carry out ``p``: create the repository if needed, commit the files, tag the commit.

    Returns the commit id. ``hub`` defaults to ``huggingface_hub.HfApi(token=token)``. Hub
    failures (HTTP errors, no token, offline mode: all ``OSError`` s) become ``MFA804``.
    """
    if hub is None:
        hub = _default_hub(token)
    step = "reading the repository's tags"
    try:
        if p.tag in _existing_tags(hub, p):
            raise MfaError.one(
                Code.PUBLISH_TAG_EXISTS,
                f"tag {p.tag} already exists: dataset version {p.version} is published",
                path=p.repo_id,
                hint="release a new version with `mfa-dataset release`, then publish it",
            )
        step = "creating the repository"
        hub.create_repo(p.repo_id, private=p.private, repo_type=REPO_TYPE, exist_ok=True)
        step = "uploading the files"
        commit = hub.upload_folder(
            repo_id=p.repo_id,
            folder_path=p.folder,
            commit_message=p.commit_message,
            repo_type=REPO_TYPE,
            revision=BRANCH,
            allow_patterns=[f.path for f in p.files],
            delete_patterns="*",
        )
        oid: str = commit.oid
        step = f"tagging commit {oid}"
        hub.create_tag(
            p.repo_id, tag=p.tag, tag_message=p.commit_message, revision=oid, repo_type=REPO_TYPE
        )
    except OSError as exc:
        raise MfaError.one(
            Code.PUBLISH_HUB,
            f"{step} failed: {exc}",
            path=p.repo_id,
            hint="check the network, and the token (--token or HF_TOKEN) and its write access",
        ) from exc
    return oid


def _default_hub(token: str | None) -> HfApi:
    from huggingface_hub import HfApi

    return HfApi(token=token)
