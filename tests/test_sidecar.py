"""Sidecars: which error fires, and where, for each kind of mistake."""

from __future__ import annotations

from pathlib import Path

import pytest

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
            "YAML",
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
