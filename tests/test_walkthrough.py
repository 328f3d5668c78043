"""CONTRIBUTING.md, followed by a new contributor: a corpus statement gets through the gate.

The steps are the ones CONTRIBUTING.md gives, run through the real command line on a scratch
copy of the repository (seeds/, schema/, dataset/ as a fresh clone has them).
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any

import pycountry
import pytest
import yaml

from conftest import shared_dir
from mfa_dataset.cli import main
from mfa_dataset.errors import Code
from mfa_dataset.loading import load_statements

CONTRIBUTING = Path(__file__).parents[1] / "CONTRIBUTING.md"
STEM = "kz-2025-05-16-nurtleu-khalafov"  # a corpus statement with no number: needs an id


def _clone(root: Path, target: Path) -> Path:
    for name in ("seeds", "schema", "dataset"):
        shutil.copytree(root / name, target / name)
    return target


def _save_and_suggest(repo: Path, stem: str) -> tuple[Path, dict[str, Any]]:
    """Steps 1 and 2: save corpus statement ``stem`` in seeds/, draft its sidecar."""
    corpus = shared_dir("corpus")
    gold: dict[str, Any] = json.loads((corpus / f"{stem}.gold.json").read_text("utf-8"))
    text = repo / "seeds" / f"{stem}.txt"
    shutil.copy(corpus / f"{stem}.txt", text)
    assert main(_suggest_args(text, gold)) == 0
    return text, gold


def _suggest_args(text: Path, gold: dict[str, Any]) -> list[str]:
    """What the contributor reads off the statement's page: address, date, ministry."""
    country = pycountry.countries.get(alpha_3=gold["issuer_country"])
    assert country is not None
    name = getattr(country, "official_name", country.name)
    return [
        "suggest",
        str(text),
        "--write",
        "--source-url",
        gold["source_url"],
        "--published",
        gold["date"],
        "--issuer-name",
        f"Ministry of Foreign Affairs of the {name}",
        "--issuer-country",
        gold["issuer_country"],
    ]


def test_contributing_names_every_step_this_test_takes() -> None:
    guide = CONTRIBUTING.read_text("utf-8")
    for command in ("mfa-dataset suggest", "--write", "mfa-dataset build", "mfa-dataset check"):
        assert command in guide


def test_contributing_lists_every_problem_code() -> None:
    listed = set(re.findall(r"^\| (MFA\d{3}) \|", CONTRIBUTING.read_text("utf-8"), re.M))
    assert listed == {c.value for c in Code}


def test_a_new_contributor_adds_a_corpus_statement(
    tmp_path: Path, root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    repo = _clone(root, tmp_path)
    text, gold = _save_and_suggest(repo, STEM)  # steps 1 and 2
    sidecar = text.with_suffix(".yaml")
    draft = yaml.safe_load(sidecar.read_text("utf-8"))
    # 3. review: the draft found the statement's meeting and document; the text has no number,
    # so the gate asks for an id, with a proposal in its hint
    assert len(draft["meetings"]) == len(gold["meetings"]) == 1
    assert len(draft["agreements"]) == len(gold["agreements"]) == 1
    capsys.readouterr()
    assert main(["check", "--root", str(repo), "--format", "json"]) == 1
    problems = json.loads(capsys.readouterr().out)
    assert [(p["code"], p["path"]) for p in problems] == [("MFA205", f"seeds/{STEM}.yaml")]
    proposed = re.search(r"id: (\S+)'", problems[0]["hint"])
    assert proposed is not None
    statement_id = proposed.group(1).replace("<short-slug>", "nurtleu-khalafov")
    sidecar.write_text(f"id: {statement_id}\n" + sidecar.read_text("utf-8"), encoding="utf-8")
    # 4. build and check
    assert main(["build", "--root", str(repo)]) == 0
    capsys.readouterr()
    assert main(["check", "--root", str(repo)]) == 0
    assert capsys.readouterr().err.startswith("ok")
    published = {s.id: s for s in load_statements(repo / "dataset")}
    added = published[statement_id]
    assert added.source_url == gold["source_url"]
    assert str(added.date) == gold["date"]
    assert len(added.meetings) == 1
    assert len(added.agreements) == 1
    assert set(published) == {s.id for s in load_statements(root / "dataset")} | {statement_id}


# the corpus statements whose gold gives the publication date a contributor reads off the page
DATED = ["tr-298-19", "tr-380-14", "kz-2025-05-16-nurtleu-khalafov"]


@pytest.mark.parametrize("stem", DATED)
def test_dated_corpus_statements_build_from_their_drafts(
    stem: str, tmp_path: Path, root: Path
) -> None:
    """The draft `suggest` writes is a valid sidecar (an id added where the text has no number)."""
    repo = _clone(root, tmp_path)
    text, gold = _save_and_suggest(repo, stem)
    if gold["number"] is None:
        sidecar = text.with_suffix(".yaml")
        slug = stem.lower().replace("_", "-")
        sidecar.write_text(f"id: {slug}\n" + sidecar.read_text("utf-8"), encoding="utf-8")
    assert main(["build", "--root", str(repo)]) == 0
