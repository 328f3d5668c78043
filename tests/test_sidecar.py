"""Sidecars: which error fires, and where, for each kind of mistake."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from conftest import ROOT, SHARED
from mfa_dataset import sidecar
from mfa_dataset.errors import Code, MfaError
from mfa_dataset.sidecar import load_sidecar

GOOD = """\
source_url: https://example.org/statement/1
published: 2024-07-03
language: en
issuer:
  name: Ministry of Foreign Affairs of the Republic of Azerbaijan
  country: AZE
  acronym: mfa
"""


def load(tmp_path: Path, text: str) -> MfaError:
    path = tmp_path / "x.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(MfaError) as info:
        load_sidecar(path)
    return info.value


def test_good_sidecar_loads(tmp_path: Path) -> None:
    path = tmp_path / "x.yaml"
    path.write_text(GOOD, encoding="utf-8")
    sidecar = load_sidecar(path).sidecar
    assert sidecar.published.isoformat() == "2024-07-03"
    assert sidecar.issuer.country == "AZE"
    assert sidecar.meetings == []


@pytest.mark.parametrize(
    ("text", "code", "line", "col", "words"),
    [
        pytest.param(
            GOOD + "colour: red\n", Code.SIDECAR_INVALID, 8, 1, "unknown key", id="unknown-key"
        ),
        pytest.param(
            GOOD.replace("language: en\n", ""),
            Code.SIDECAR_INVALID,
            1,
            1,
            "missing",
            id="missing-key",
        ),
        pytest.param(
            GOOD.replace("2024-07-03", "2024-02-30"),
            Code.SIDECAR_INVALID,
            2,
            12,
            "date",
            id="bad-date",
        ),
        pytest.param(
            GOOD.replace("country: AZE", "country: AZR"),
            Code.SIDECAR_INVALID,
            6,
            12,
            "ISO 3166",
            id="bad-country",
        ),
        pytest.param(
            GOOD.replace("language: en", "language: xx"),
            Code.SIDECAR_INVALID,
            3,
            11,
            "ISO 639",
            id="bad-language",
        ),
        pytest.param(
            GOOD.replace("https://example.org", "javascript:alert"),
            Code.SIDECAR_INVALID,
            1,
            13,
            "http(s) URL",
            id="bad-url",
        ),
        pytest.param(GOOD + "language: az\n", Code.SIDECAR_YAML, 8, 1, "twice", id="duplicate-key"),
        pytest.param(
            "source_url: [unclosed\n", Code.SIDECAR_YAML, 2, 1, "invalid YAML", id="yaml-syntax"
        ),
        pytest.param("- a list\n", Code.SIDECAR_YAML, 1, 1, "mapping", id="not-a-mapping"),
        pytest.param(
            GOOD + "agreements:\n  - {evidence: x, kind: pact, status: signed}\n",
            Code.SIDECAR_INVALID,
            9,
            25,
            "agreements.0.kind",
            id="bad-enum",
        ),
        pytest.param(
            GOOD + "agreements:\n  - {evidence: x, kind: treaty, status: signed, "
            "value: {amount: '5', currency: USD}}\n",
            Code.SIDECAR_INVALID,
            9,
            65,
            "amount",
            id="string-is-not-a-number",
        ),
        pytest.param(
            GOOD + "id: ../../etc/passwd\n",
            Code.SIDECAR_INVALID,
            8,
            5,
            "id",
            id="path-traversal-id",
        ),
        pytest.param(
            GOOD + "x: !!python/object:os.system ls\n",
            Code.SIDECAR_YAML,
            8,
            4,
            "YAML tag 'tag:yaml.org,2002:python/object:os.system' is not allowed",
            id="python-tag",
        ),
    ],
)
def test_sidecar_errors(
    tmp_path: Path, text: str, code: Code, line: int | None, col: int | None, words: str
) -> None:
    error = load(tmp_path, text)
    first = error.problems[0]
    assert error.codes == (code,)
    assert (first.line, first.col) == (line, col)
    assert words in first.message
    assert first.path == str(tmp_path / "x.yaml")


def test_every_problem_is_reported_at_once(tmp_path: Path) -> None:
    text = (
        GOOD.replace("country: AZE", "country: ZZZ").replace("language: en", "language: q1")
        + "x: 1\n"
    )
    error = load(tmp_path, text)
    assert error.codes == (Code.SIDECAR_INVALID,) * 3
    assert [p.line for p in error.problems] == sorted(p.line or 0 for p in error.problems)


def test_missing_sidecar(tmp_path: Path) -> None:
    with pytest.raises(MfaError) as info:
        load_sidecar(tmp_path / "absent.yaml")
    assert info.value.codes == (Code.SIDECAR_MISSING,)
    assert info.value.problems[0].hint


def test_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "x.yaml"
    path.write_bytes(GOOD.replace("Ministry", "Minist\xe8re").encode("latin-1"))
    with pytest.raises(MfaError) as info:
        load_sidecar(path)
    assert info.value.codes == (Code.SIDECAR_YAML,)


YAML_FILES = sorted(
    p
    for folder in (ROOT / "tests", ROOT / "seeds", SHARED)
    if folder.is_dir()
    for p in folder.rglob("*.yaml")
)


def _nodes(node: yaml.Node | None) -> Iterator[tuple[object, ...]]:
    """Every node of a tree, depth first, as (kind, tag, scalar value, line, column)."""
    if node is None:
        return
    value = node.value if isinstance(node, yaml.ScalarNode) else None
    yield type(node).__name__, node.tag, value, node.start_mark.line, node.start_mark.column
    children = node.value if not isinstance(node, yaml.ScalarNode) else []
    for child in children:
        if isinstance(child, tuple):
            yield from _nodes(child[0])
            yield from _nodes(child[1])
        else:
            yield from _nodes(child)


@pytest.mark.parametrize("path", YAML_FILES, ids=lambda p: f"{p.parent.parent.name}/{p.name}")
def test_one_pass_reader_agrees_with_the_reference_reader(path: Path) -> None:
    """Same data and the same node positions (which locate validation problems)."""
    text = path.read_bytes().decode("utf-8", errors="replace")
    fast = sidecar._read_fast(text)
    try:
        reference = sidecar._read_reference(text, "x.yaml")
    except (MfaError, yaml.YAMLError):
        assert fast is None  # every YAML problem is left to the reference reader
        return
    assert fast is not None
    assert fast[1] == reference[1]
    assert list(_nodes(fast[0])) == list(_nodes(reference[0]))


@pytest.mark.parametrize(
    "text",
    [
        GOOD + "x: &a 1\ny: *a\n",
        GOOD + "x: &a [1, *a]\n",
        GOOD + "language: az\n",
        GOOD + "<<: {x: 1}\n",
        "source_url: [unclosed\n",
        "? [a]\n: 1\n",
    ],
    ids=["alias", "recursive-alias", "duplicate-key", "merge-key", "syntax", "complex-key"],
)
def test_the_one_pass_reader_leaves_problems_to_the_reference_reader(text: str) -> None:
    assert sidecar._read_fast(text) is None


def test_the_one_pass_loader_is_safe() -> None:
    assert "tag:yaml.org,2002:python/object" not in sidecar._FAST.yaml_constructors
    assert sidecar._FAST.yaml_implicit_resolvers == sidecar._Loader.yaml_implicit_resolvers


@pytest.mark.parametrize(
    ("text", "line", "col", "words"),
    [
        (GOOD + 'x: "a\x00b"\n', 8, 6, "control character U+0000"),
        (GOOD + "? [a]\n: 1\n", 8, 3, "unhashable key"),
    ],
    ids=["control-character", "complex-key"],
)
def test_yaml_the_reader_refuses_is_a_problem_not_a_crash(
    tmp_path: Path, text: str, line: int, col: int, words: str
) -> None:
    error = load(tmp_path, text)
    assert error.codes == (Code.SIDECAR_YAML,)
    assert (error.problems[0].line, error.problems[0].col) == (line, col)
    assert words in error.problems[0].message


@pytest.mark.parametrize("path", YAML_FILES, ids=lambda p: f"{p.parent.parent.name}/{p.name}")
def test_without_libyaml_the_results_are_the_same(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def outcome() -> object:
        try:
            return load_sidecar(path).sidecar
        except MfaError as exc:
            return exc.problems

    with_libyaml = outcome()
    monkeypatch.setattr(sidecar, "_FAST", sidecar._Loader)
    assert outcome() == with_libyaml
