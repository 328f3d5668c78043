"""Publishing: the plan matches the manifest, the Hub sees the right calls, and the uploaded
folder loads the way the Hub would serve it. Nothing here touches the network."""

from __future__ import annotations

import hashlib
import json
import shutil
import socket
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx2
import pytest
from huggingface_hub.errors import HfHubHTTPError, RepositoryNotFoundError
from huggingface_hub.hf_api import GitRefInfo, GitRefs

from mfa_dataset import publish as publish_module
from mfa_dataset._version import DATASET_VERSION
from mfa_dataset.cli import main
from mfa_dataset.errors import Code, MfaError
from mfa_dataset.manifest import Manifest
from mfa_dataset.publish import Plan, format_plan, plan, upload
from mfa_dataset.tables import TABLES

REPO = "owner/mfa-dataset"
TAG = f"v{DATASET_VERSION}"


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError("network access in a publishing test")

    monkeypatch.setattr(socket.socket, "connect", refuse)


@pytest.fixture(scope="module")
def planned(root: Path) -> Plan:
    return plan(root, REPO)


def _manifest(root: Path) -> Manifest:
    return Manifest.model_validate_json((root / "dataset" / "manifest.json").read_bytes())


def _response(status: int) -> httpx2.Response:
    request = httpx2.Request("GET", f"https://huggingface.co/api/datasets/{REPO}/refs")
    return httpx2.Response(status, request=request)


@dataclass(frozen=True)
class _Commit:
    oid: str


@dataclass
class FakeHub:
    """Records every call; ``tags`` are the tags the repository already has (None: no repo)."""

    tags: list[str] | None = field(default_factory=list)
    fail_upload: bool = False
    calls: list[tuple[str, dict[str, Any]]] = field(default_factory=list)

    def list_repo_refs(self, repo_id: str, *, repo_type: str | None = None) -> Any:
        self.calls.append(("list_repo_refs", {"repo_id": repo_id, "repo_type": repo_type}))
        if self.tags is None:
            raise RepositoryNotFoundError("404 Repository Not Found", response=_response(404))
        refs = [GitRefInfo(name=t, ref=f"refs/tags/{t}", target_commit="0" * 40) for t in self.tags]
        return GitRefs(branches=[], converts=[], tags=refs)

    def create_repo(
        self,
        repo_id: str,
        *,
        private: bool | None = None,
        repo_type: str | None = None,
        exist_ok: bool = False,
    ) -> Any:
        kwargs = {"repo_id": repo_id, "private": private, "repo_type": repo_type}
        self.calls.append(("create_repo", {**kwargs, "exist_ok": exist_ok}))
        return f"https://huggingface.co/datasets/{repo_id}"

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
    ) -> Any:
        self.calls.append(
            (
                "upload_folder",
                {
                    "repo_id": repo_id,
                    "folder_path": folder_path,
                    "commit_message": commit_message,
                    "repo_type": repo_type,
                    "revision": revision,
                    "allow_patterns": allow_patterns,
                    "delete_patterns": delete_patterns,
                },
            )
        )
        if self.fail_upload:
            raise HfHubHTTPError("403 Forbidden", response=_response(403))
        return _Commit(oid="c0ffee" * 6 + "beef")

    def create_tag(
        self,
        repo_id: str,
        *,
        tag: str,
        tag_message: str | None = None,
        revision: str | None = None,
        repo_type: str | None = None,
    ) -> None:
        self.calls.append(
            (
                "create_tag",
                {
                    "repo_id": repo_id,
                    "tag": tag,
                    "tag_message": tag_message,
                    "revision": revision,
                    "repo_type": repo_type,
                },
            )
        )

    def names(self) -> list[str]:
        return [name for name, _ in self.calls]


def test_plan_lists_every_published_file(planned: Plan, root: Path) -> None:
    manifest = _manifest(root)
    assert planned.files[:-1] == tuple(manifest.files)
    assert planned.files[-1].path == "manifest.json"
    on_disk = sorted(
        p.relative_to(root / "dataset").as_posix()
        for p in (root / "dataset").rglob("*")
        if p.is_file()
    )
    assert sorted(f.path for f in planned.files) == on_disk
    for entry in planned.files:
        data = (root / "dataset" / entry.path).read_bytes()
        assert (entry.bytes, entry.sha256) == (len(data), hashlib.sha256(data).hexdigest())
    assert (planned.tag, planned.commit_message) == (TAG, f"Dataset {TAG}")
    assert planned.version == manifest.dataset_version == DATASET_VERSION


def test_dry_run_prints_the_plan_and_uploads_nothing(
    root: Path, planned: Plan, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_hub(token: str | None) -> Any:
        raise AssertionError("a dry run must not reach the Hub")

    monkeypatch.setattr(publish_module, "_default_hub", no_hub)
    assert main(["publish", "--root", str(root), "--repo-id", REPO, "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert out == format_plan(planned) + "dry run: nothing uploaded, nothing tagged\n"
    lines = out.splitlines()
    assert f"repository: {REPO} (dataset, public)" in lines
    assert f"tag: {TAG}" in lines
    assert f"commit: Dataset {TAG}" in lines
    assert "revision: main" in lines
    listed = [line.split() for line in lines if line.startswith("  ")]
    expected = [*_manifest(root).files, planned.files[-1]]
    assert [(p, int(n), s) for p, n, _, s in listed] == [
        (e.path, e.bytes, f"sha256:{e.sha256}") for e in expected
    ]


def test_upload_creates_commits_and_tags(planned: Plan, root: Path) -> None:
    hub = FakeHub(tags=["v0.9.0"])
    oid = upload(planned, hub)
    assert hub.names() == ["list_repo_refs", "create_repo", "upload_folder", "create_tag"]
    calls = dict(hub.calls)
    assert calls["create_repo"] == {
        "repo_id": REPO,
        "private": False,
        "repo_type": "dataset",
        "exist_ok": True,
    }
    uploaded = calls["upload_folder"]
    assert uploaded["folder_path"] == root / "dataset"
    assert uploaded["commit_message"] == f"Dataset {TAG}"
    assert (uploaded["repo_type"], uploaded["revision"]) == ("dataset", "main")
    assert uploaded["allow_patterns"] == [f.path for f in planned.files]
    assert uploaded["delete_patterns"] == "*"
    assert calls["create_tag"] == {
        "repo_id": REPO,
        "tag": TAG,
        "tag_message": f"Dataset {TAG}",
        "revision": oid,
        "repo_type": "dataset",
    }


def test_upload_to_a_new_repository(planned: Plan) -> None:
    hub = FakeHub(tags=None)
    upload(planned, hub)
    assert hub.names() == ["list_repo_refs", "create_repo", "upload_folder", "create_tag"]


def test_cli_publishes_through_the_hub(
    root: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    hub = FakeHub()
    tokens: list[str | None] = []

    def fake_hub(token: str | None) -> FakeHub:
        tokens.append(token)
        return hub

    monkeypatch.setattr(publish_module, "_default_hub", fake_hub)
    argv = ["publish", "--root", str(root), "--repo-id", REPO, "--token", "hf_x", "--private"]
    assert main(argv) == 0
    assert tokens == ["hf_x"]
    assert dict(hub.calls)["create_repo"]["private"] is True
    assert capsys.readouterr().out.splitlines()[-1].startswith(f"published {REPO}@{TAG} (commit ")


def test_an_existing_tag_is_refused(planned: Plan) -> None:
    hub = FakeHub(tags=[TAG])
    with pytest.raises(MfaError) as info:
        upload(planned, hub)
    assert info.value.codes == (Code.PUBLISH_TAG_EXISTS,)
    assert info.value.problems[0].hint is not None
    assert hub.names() == ["list_repo_refs"], "nothing is created or uploaded"


def test_a_hub_failure_is_a_located_problem(planned: Plan) -> None:
    hub = FakeHub(fail_upload=True)
    with pytest.raises(MfaError) as info:
        upload(planned, hub)
    assert info.value.codes == (Code.PUBLISH_HUB,)
    problem = info.value.problems[0]
    assert problem.path == REPO
    assert "uploading the files failed" in problem.message
    assert "create_tag" not in hub.names()


@pytest.mark.parametrize("repo_id", ["mfa-dataset", "a/b/c", "owner/bad--name", "owner/"])
def test_a_bad_repo_id_is_refused(root: Path, repo_id: str) -> None:
    with pytest.raises(MfaError) as info:
        plan(root, repo_id)
    assert info.value.codes == (Code.PUBLISH_REPO_ID,)


def test_a_stale_dataset_is_refused(root: Path, tmp_path: Path) -> None:
    for name in ("seeds", "schema", "dataset"):
        shutil.copytree(root / name, tmp_path / name)
    meetings = tmp_path / "dataset" / "data" / "meetings.jsonl"
    meetings.write_text(meetings.read_text("utf-8").replace("Astana", "Almaty"), encoding="utf-8")
    with pytest.raises(MfaError) as info:
        plan(tmp_path, REPO)
    assert info.value.codes[0] is Code.PUBLISH_UNCHECKED
    assert Code.DATASET_STALE in info.value.codes[1:]


@pytest.fixture(scope="module")
def hub_copy(planned: Plan, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Exactly the planned files, in a folder of their own, as the tagged revision holds them."""
    folder = tmp_path_factory.mktemp("hub") / "mfa-dataset"
    for entry in planned.files:
        (folder / entry.path).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(planned.folder / entry.path, folder / entry.path)
    return folder


@pytest.mark.slow
@pytest.mark.parametrize("config", list(TABLES))
def test_the_uploaded_folder_loads_like_the_hub(
    hub_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, config: str
) -> None:
    import datasets
    from datasets.info import DatasetInfosDict
    from huggingface_hub import DatasetCard

    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    monkeypatch.setattr(datasets.config, "HF_HUB_OFFLINE", True)
    loaded = datasets.load_dataset(
        str(hub_copy), config, split="train", cache_dir=str(tmp_path / "cache")
    )
    assert isinstance(loaded, datasets.Dataset)
    card = DatasetCard((hub_copy / "README.md").read_text("utf-8"))
    assert loaded.features == DatasetInfosDict.from_dataset_card_data(card.data)[config].features
    model = TABLES[config]
    lines = (hub_copy / "data" / f"{config}.jsonl").read_text("utf-8").splitlines()
    expected = [model.model_validate_json(line).model_dump() for line in lines]
    assert [dict(row) for row in loaded] == expected  # dates as datetime.date, enums as str
    assert json.loads((hub_copy / "manifest.json").read_text("utf-8"))["counts"][config] == len(
        expected
    )
