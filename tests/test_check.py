"""The gate on published files: each kind of tampering is named by its code and place.

Every case changes one thing in a scratch copy of the repository, as a careless edit or a
half-finished pull request would, and lists the problems ``check`` must report.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from mfa_dataset.checking import check
from mfa_dataset.checking.hf import collect
from mfa_dataset.errors import Code, Problem

Where = tuple[Code, str, int | None]
Tamper = Callable[[Path], list[Where]]


@pytest.fixture
def repo(tmp_path: Path, root: Path) -> Path:
    for name in ("seeds", "schema", "dataset"):
        shutil.copytree(root / name, tmp_path / name)
    return tmp_path


def _replace(path: Path, old: str, new: str) -> int:
    """Replace the first ``old``; return the 1-based line where it was."""
    text = path.read_text("utf-8")
    at = text.index(old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return text.count("\n", 0, at) + 1


def card_dtype(repo: Path) -> list[Where]:
    line = _replace(
        repo / "dataset" / "README.md",
        "  - name: date\n    dtype: date32",
        "  - name: date\n    dtype: string",
    )
    return [(Code.CARD_SCHEMA, "dataset/README.md", line)]


def card_feature_dropped(repo: Path) -> list[Where]:
    card = repo / "dataset" / "README.md"
    text = card.read_text("utf-8")
    start = text.index("  - name: audience\n")
    card.write_text(text[:start] + text[text.index("  - name: subject\n") :], encoding="utf-8")
    features = text.count("\n", 0, text.index("  features:\n", text.index("dataset_info:"))) + 2
    return [(Code.CARD_SCHEMA, "dataset/README.md", features)]


def schema_type_changed(repo: Path) -> list[Where]:
    path = repo / "schema" / "qa_pairs.schema.json"
    before = path.read_text("utf-8")
    schema = json.loads(before)
    schema["properties"]["question_start"] = {"type": "string"}
    after = json.dumps(schema, indent=2, ensure_ascii=False) + "\n"
    path.write_text(after, encoding="utf-8")
    changed = next(
        n
        for n, (a, b) in enumerate(zip(before.splitlines(), after.splitlines(), strict=False), 1)
        if a != b
    )
    return [
        (Code.SCHEMA_STALE, "schema/qa_pairs.schema.json", changed),
        (Code.CARD_SCHEMA, "dataset/README.md", _feature_line(repo, "qa_pairs", "question_start")),
    ]


def _feature_line(repo: Path, config: str, name: str) -> int:
    text = (repo / "dataset" / "README.md").read_text("utf-8")
    at = text.index(f"  - name: {name}\n", text.index(f"- config_name: {config}\n  features:"))
    return text.count("\n", 0, at) + 1


def record_not_json(repo: Path) -> list[Where]:
    path = repo / "dataset" / "data" / "agreements.jsonl"
    _replace(path, "\n", ",\n")  # the first line ends with a stray comma
    return [(Code.RECORD_INVALID, "dataset/data/agreements.jsonl", 1)]


def record_wrong_type(repo: Path) -> list[Where]:
    path = repo / "dataset" / "data" / "qa_pairs.jsonl"
    text = path.read_text("utf-8")
    path.write_text(
        re.sub(r'"question_start":\d+', '"question_start":"start"', text, count=1), "utf-8"
    )
    return [(Code.RECORD_SCHEMA, "dataset/data/qa_pairs.jsonl", 1)]


def record_unknown_country(repo: Path) -> list[Where]:
    """Valid against schema/ (three capitals), refused by the models (not an ISO 3166 code)."""
    path = repo / "dataset" / "data" / "meetings.jsonl"
    text = path.read_text("utf-8")
    path.write_text(re.sub(r'"country":"[A-Z]{3}"', '"country":"ZZZ"', text, count=1), "utf-8")
    return [(Code.RECORD_INVALID, "dataset/data/meetings.jsonl", 1)]


def schema_not_json(repo: Path) -> list[Where]:
    (repo / "schema" / "meetings.schema.json").write_text("{not json\n", encoding="utf-8")
    return [(Code.SCHEMA_STALE, "schema/meetings.schema.json", 1)]


def schema_not_a_schema(repo: Path) -> list[Where]:
    (repo / "schema" / "meetings.schema.json").write_text('{"type": 5}\n', encoding="utf-8")
    return [(Code.SCHEMA_STALE, "schema/meetings.schema.json", 1)]


def record_dropped(repo: Path) -> list[Where]:
    path = repo / "dataset" / "data" / "meetings.jsonl"
    lines = path.read_text("utf-8").splitlines(keepends=True)
    path.write_text("".join(lines[:-1]), encoding="utf-8")
    return [(Code.DATASET_STALE, "dataset/data/meetings.jsonl", len(lines))]


def config_unloadable(repo: Path) -> list[Where]:
    _replace(
        repo / "dataset" / "README.md", "path: data/meetings.jsonl", "path: data/meeting.jsonl"
    )
    return [(Code.HF_LOAD, "dataset/data/meetings.jsonl", None)]


CASES: dict[str, Tamper] = {
    f.__name__: f
    for f in (
        card_dtype,
        card_feature_dropped,
        schema_type_changed,
        schema_not_json,
        schema_not_a_schema,
        record_not_json,
        record_wrong_type,
        record_unknown_country,
        record_dropped,
        config_unloadable,
    )
}


def _where(problems: list[Problem]) -> set[Where]:
    return {(p.code, p.path or "", p.line) for p in problems}


@pytest.mark.slow
@pytest.mark.parametrize("case", CASES)
def test_tampering_is_named_by_code_and_place(case: str, repo: Path) -> None:
    published = _files(repo / "dataset")
    expected = CASES[case](repo)
    problems = check(repo)
    assert set(expected) <= _where(problems), [p.format() for p in problems]
    assert all(p.hint for p in problems)
    # a hand edit of a published file is also a difference from a fresh build
    edited = _files(repo / "dataset") != published
    assert (Code.DATASET_STALE in {p.code for p in problems}) == edited


@pytest.mark.parametrize(
    ("tamper", "reported"),
    [
        (record_wrong_type, 'question_start: "start" is not valid'),
        (record_unknown_country, "is not an ISO 3166-1 alpha-3 country code"),
    ],
    ids=["schema", "models"],
)
def test_a_bad_record_is_reported_once(tamper: Tamper, reported: str, repo: Path) -> None:
    """The schema step and the models never report the same line twice."""
    (expected,) = tamper(repo)
    records = {Code.RECORD_SCHEMA, Code.RECORD_INVALID}
    found = [p for p in check(repo, datasets=False) if p.code in records]
    assert [(p.code, p.path, p.line) for p in found] == [expected]
    assert reported in found[0].message


def _files(folder: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_the_card_check_names_the_feature(repo: Path) -> None:
    card_dtype(repo)
    problems = [p for p in check(repo, datasets=False) if p.code is Code.CARD_SCHEMA]
    assert [p.message for p in problems] == [
        "statements.date: card declares string, schema says date32"
    ]


@pytest.mark.slow
def test_the_repository_passes_the_whole_gate(root: Path) -> None:
    assert check(root) == []


def _worker(code: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )


def test_a_crashed_datasets_worker_is_a_problem_not_a_crash() -> None:
    problems = collect(_worker("import sys; sys.stderr.write('boom\\n'); sys.exit(3)"))
    assert [(p.code, p.message) for p in problems] == [
        (Code.HF_LOAD, "the `datasets` check failed (exit 3): boom")
    ]


def test_the_worker_s_last_line_carries_its_problems() -> None:
    row = {"code": "MFA503", "path": "d", "line": 2, "col": None, "message": "m", "hint": "h"}
    problems = collect(_worker(f"print('chatter'); print({json.dumps([row])!r})"))
    assert problems == [Problem(Code.HF_LOAD, "m", "d", 2, None, "h")]
