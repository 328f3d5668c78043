"""Record-level diff of two dataset folders: ids added, changed (which fields), removed."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from pytest_regressions.file_regression import FileRegressionFixture

from mfa_dataset._version import DATASET_VERSION
from mfa_dataset.build import build
from mfa_dataset.cli import main
from mfa_dataset.errors import Code, MfaError
from mfa_dataset.releasing.diff import (
    ChangedRecord,
    Changes,
    DatasetDiff,
    KindChanges,
    Records,
    changed_paths,
    diff_folders,
    diff_records,
    natural_key,
    suggested_bump,
)
from mfa_dataset.releasing.diff_render import render, render_markdown, render_text

SIDECAR = "seeds/000_dee6ee2a9e7b58d1.yaml"
M2_CITY = "country: PAK}\n    status: held\n    location: {city: Astana"
AG4 = (
    '  - evidence: "the agreement to establish an investment fund between the two countries'
    ' was concluded"\n    kind: agreement\n    parties: [AZE, KAZ]\n    status: concluded'
    "  # during the Kazakh President's visit to Azerbaijan in March 2024\n"
)
DROP_AG4 = (
    '\ndrop:\n  - evidence: "the agreement to establish an investment fund between the two'
    ' countries was concluded"\n'
)
NEW_TEXT = """\
No:281/24, Press release on the meeting of Jeyhun Bayramov, Minister of Foreign Affairs of the \
Republic of Azerbaijan, with Ilia Darchiashvili, Minister of Foreign Affairs of Georgia

A meeting between Jeyhun Bayramov, Minister of Foreign Affairs of the Republic of Azerbaijan, \
and Ilia Darchiashvili, Minister of Foreign Affairs of Georgia, was held today in Baku. The \
ministers discussed regional transport projects.
"""
NEW_SIDECAR = """\
source_url: https://mfa.gov.az/en/news/no28124
published: 2024-07-04
language: en
issuer:
  name: Ministry of Foreign Affairs of the Republic of Azerbaijan
  country: AZE
  acronym: mfa
"""


@pytest.fixture
def seeds(tmp_path: Path, root: Path) -> Path:
    """A scratch repository holding a copy of seeds/, and its build in ``before/``."""
    shutil.copytree(root / "seeds", tmp_path / "seeds")
    build(tmp_path, tmp_path / "before")
    return tmp_path


def edit(repo: Path, old: str, new: str) -> None:
    path = repo / SIDECAR
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"the seed sidecar no longer holds {old!r}"
    path.write_text(text.replace(old, new), encoding="utf-8")


def rebuild(repo: Path) -> DatasetDiff:
    build(repo, repo / "after")
    return diff_folders(repo / "before", repo / "after")


def test_one_curated_correction_names_exactly_that_field(seeds: Path) -> None:
    edit(seeds, M2_CITY, M2_CITY.replace("Astana", "Nur-Sultan"))
    diff = rebuild(seeds)
    expected = ChangedRecord(id="az-mfa-2024-280.m2", fields=["location.city"])
    assert diff.changes == Changes(meetings=KindChanges(changed=[expected]))
    assert render_text(diff).splitlines()[1] == (
        "meetings: az-mfa-2024-280.m2 changed: location.city"
    )
    assert suggested_bump(diff.changes) == "patch"


def test_a_participant_correction_names_the_list_item(seeds: Path) -> None:
    old = "{name: Xi Jinping, title: President, country: CHN}"
    edit(seeds, old, old.replace("President", "Chairman"))
    expected = ChangedRecord(id="az-mfa-2024-280.m1", fields=["participants[1].title"])
    assert rebuild(seeds).changes == Changes(meetings=KindChanges(changed=[expected]))


def test_an_added_statement_adds_it_and_its_records(seeds: Path) -> None:
    (seeds / "seeds" / "001_added.txt").write_text(NEW_TEXT, encoding="utf-8")
    (seeds / "seeds" / "001_added.yaml").write_text(NEW_SIDECAR, encoding="utf-8")
    changes = rebuild(seeds).changes
    assert changes == Changes(
        statements=KindChanges(added=["az-mfa-2024-281"]),
        meetings=KindChanges(added=["az-mfa-2024-281.m1"]),
    )
    assert suggested_bump(changes) == "minor"


def test_a_dropped_record_is_removed_and_later_ids_shift(seeds: Path) -> None:
    path = seeds / SIDECAR
    path.write_text(path.read_text("utf-8").replace(AG4, "") + DROP_AG4, encoding="utf-8")
    agreements = rebuild(seeds).changes.agreements
    assert agreements.removed == ["az-mfa-2024-280.ag5"]
    assert [c.id for c in agreements.changed] == ["az-mfa-2024-280.ag4"]  # ag5 moved up
    assert agreements.changed[0].fields[:3] == ["status", "value", "meeting_id"]


def test_identical_folders_differ_in_nothing(root: Path) -> None:
    diff = diff_folders(root / "dataset", root / "dataset")
    assert not diff.changes
    assert suggested_bump(diff.changes) is None
    assert diff.old_version == diff.new_version == DATASET_VERSION


def test_against_nothing_everything_is_added(root: Path) -> None:
    changes = diff_folders(None, root / "dataset").changes
    assert changes.statements.added == ["az-mfa-2024-280"]
    assert changes.questions.added == [f"az-mfa-2024-280.q{i}" for i in range(1, 5)]
    assert changes.answers.added == [f"az-mfa-2024-280.a{i}" for i in range(1, 5)]
    assert changes.meetings.added == [f"az-mfa-2024-280.m{i}" for i in range(1, 5)]
    assert changes.agreements.added == [f"az-mfa-2024-280.ag{i}" for i in range(1, 6)]
    assert changes.totals() == (18, 0, 0)


@pytest.mark.parametrize(
    ("old", "new", "paths"),
    [
        ({"a": 1}, {"a": 1}, []),
        ({"a": 1, "b": "x"}, {"a": 2, "b": "x"}, ["a"]),
        (
            {"location": {"city": "A", "country": "KAZ"}},
            {"location": {"city": "B", "country": "KAZ"}},
            ["location.city"],
        ),
        ({"location": None}, {"location": {"city": "B"}}, ["location"]),
        (
            {"p": [{"name": "x"}, {"name": "y"}]},
            {"p": [{"name": "x"}, {"name": "z"}]},
            ["p[1].name"],
        ),
        ({"parties": ["AZE", "CHN"]}, {"parties": ["AZE", "CHN", "KAZ"]}, ["parties[2]"]),
        ({"parties": ["AZE", "CHN"]}, {"parties": ["AZE"]}, ["parties[1]"]),
        ({"a": 1}, {"a": 1, "b": 2}, ["b"]),
        ({"a": 1, "b": 2}, {"b": 2}, ["a"]),
        ({"n": 1}, {"n": 1.0}, ["n"]),
        ({"n": 1}, {"n": True}, ["n"]),
        ({"x": [1]}, {"x": {"0": 1}}, ["x"]),
        (1, 2, ["(record)"]),
    ],
)
def test_changed_paths(old: Any, new: Any, paths: list[str]) -> None:
    assert changed_paths(old, new) == paths


def test_ids_sort_naturally() -> None:
    ids = ["x.m10", "x.m2", "x.ag1", "x.m1"]
    assert sorted(ids, key=natural_key) == ["x.ag1", "x.m1", "x.m2", "x.m10"]
    old: Records = {"meetings": {i: {"id": i} for i in ("x.m1", "x.m10")}}
    new: Records = {"meetings": {i: {"id": i} for i in ("x.m2", "x.m11", "x.m1")}}
    expected = KindChanges(added=["x.m2", "x.m11"], removed=["x.m10"])
    assert diff_records(old, new).meetings == expected


@pytest.mark.parametrize(
    ("changes", "bump"),
    [
        (Changes(), None),
        (
            Changes(answers=KindChanges(changed=[ChangedRecord(id="x.a1", fields=["text"])])),
            "patch",
        ),
        (Changes(meetings=KindChanges(added=["x.m3"])), "minor"),
        (Changes(meetings=KindChanges(removed=["x.m3"])), "minor"),
        (
            Changes(
                statements=KindChanges(added=["y"]),
                meetings=KindChanges(changed=[ChangedRecord(id="x.m1", fields=["date"])]),
            ),
            "minor",
        ),
    ],
)
def test_suggested_bump(changes: Changes, bump: str | None) -> None:
    assert suggested_bump(changes) == bump


def test_markdown_lists_records_by_id_under_keep_a_changelog_sections() -> None:
    changes = Changes(
        statements=KindChanges(added=["y"]),
        meetings=KindChanges(
            changed=[ChangedRecord(id="x.m2", fields=["location.city", "date"])],
            removed=["x.m4"],
        ),
    )
    assert render_markdown(changes) == (
        "### Added\n\n- statements: `y`\n\n"
        "### Changed\n\n- meetings: `x.m2`: `location.city`, `date`\n\n"
        "### Removed\n\n- meetings: `x.m4`\n"
    )
    assert render_markdown(Changes()) == "No record changed.\n"


def test_json_round_trips(seeds: Path) -> None:
    edit(seeds, M2_CITY, M2_CITY.replace("Astana", "Nur-Sultan"))
    diff = rebuild(seeds)
    assert DatasetDiff.model_validate_json(render(diff, "json")) == diff


def test_rendered_correction_snapshot(seeds: Path, file_regression: FileRegressionFixture) -> None:
    edit(seeds, M2_CITY, M2_CITY.replace("Astana", "Nur-Sultan"))
    edit(seeds, "{name: Xi Jinping, title: President", "{name: Xi Jinping, title: Chairman")
    versions = {"old_version": "1.0.0", "new_version": "1.0.1", "old_schema": "1.0.0"}
    diff = rebuild(seeds).model_copy(update={**versions, "new_schema": "1.0.0"})
    file_regression.check(render(diff, "text") + "\n" + render(diff, "markdown"), extension=".txt")


def write_lines(folder: Path, lines: list[str]) -> Path:
    (folder / "data").mkdir(parents=True)
    (folder / "data" / "statements.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    ("lines", "line", "message"),
    [
        (['{"id": "a"}', "{not json"], 2, "not JSON"),
        (['{"id": "a"}', "[1]"], 2, "not a JSON object"),
        (['{"title": "no id"}'], 1, "a statements record has no id"),
        (['{"id": "a"}', '{"id": "a"}'], 2, "statements id a occurs twice"),
        (
            ['{"id": "a", "meetings": [{"id": "a.m1"}, {"id": "a.m1"}]}'],
            1,
            "meetings id a.m1 occurs twice",
        ),
    ],
)
def test_unreadable_folders_are_refused(
    tmp_path: Path, lines: list[str], line: int, message: str
) -> None:
    folder = write_lines(tmp_path / "bad", lines)
    with pytest.raises(MfaError) as info:
        diff_folders(None, folder)
    (problem,) = info.value.problems
    assert (problem.code, problem.line) == (Code.DIFF_INPUT, line)
    assert problem.message.startswith(message)
    assert problem.path == str(folder / "data" / "statements.jsonl")


def test_a_folder_without_data_is_refused(tmp_path: Path, root: Path) -> None:
    with pytest.raises(MfaError) as info:
        diff_folders(tmp_path, root / "dataset")
    assert info.value.codes == (Code.DIFF_INPUT,)


def test_cli_diff_prints_one_line_per_record(
    seeds: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit(seeds, M2_CITY, M2_CITY.replace("Astana", "Nur-Sultan"))
    build(seeds, seeds / "after")
    before, after = str(seeds / "before"), str(seeds / "after")
    assert main(["diff", before, after]) == 0
    out = capsys.readouterr().out
    assert "meetings: az-mfa-2024-280.m2 changed: location.city\n" in out
    assert main(["diff", before, after, "--exit-code"]) == 1
    assert main(["diff", before, before, "--exit-code"]) == 0
    capsys.readouterr()
    assert main(["diff", before, after, "--format", "json"]) == 0
    changed = json.loads(capsys.readouterr().out)["changes"]["meetings"]["changed"]
    assert changed == [{"id": "az-mfa-2024-280.m2", "fields": ["location.city"]}]
    assert main(["diff", before, after, "--format", "markdown"]) == 0
    assert "- meetings: `az-mfa-2024-280.m2`: `location.city`" in capsys.readouterr().out


def test_cli_diff_reports_a_missing_folder(
    tmp_path: Path, root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["diff", str(tmp_path / "nowhere"), str(root / "dataset")]) == 1
    assert "MFA707" in capsys.readouterr().err
