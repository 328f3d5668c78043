"""The build in several processes: same bytes, same problems, and the per-contribution function
runs under ``datasets.Dataset.map`` too."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from mfa_dataset.build import build, build_one, build_row, iter_seeds, load_seeds
from mfa_dataset.errors import Code, MfaError
from mfa_dataset.models import Statement
from mfa_dataset.parallel import ordered_map, workers
from mfa_dataset.seeds import find_contributions

SEED = "000_dee6ee2a9e7b58d1"


def files(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory, root: Path) -> Path:
    """The repository's seed and 40 synthetic contributions of every form."""
    with pytest.MonkeyPatch.context() as patch:
        patch.syspath_prepend(str(root))  # benchmarks/ sits at the repository root
        from benchmarks.synthetic import write_corpus

        folder = tmp_path_factory.mktemp("corpus")
        write_corpus(folder, 40, seed=3)
    for suffix in (".txt", ".yaml"):
        shutil.copy(root / "seeds" / f"{SEED}{suffix}", folder / "seeds" / f"{SEED}{suffix}")
    return folder


def test_ordered_map_keeps_the_order() -> None:
    items = list(range(-300, 300))
    assert list(ordered_map(abs, items, jobs=2)) == [abs(i) for i in items]
    assert list(ordered_map(abs, iter(items), jobs=1)) == [abs(i) for i in items]
    assert list(ordered_map(abs, [], jobs=2)) == []


def test_workers() -> None:
    assert workers(3) == 3
    assert workers(0) >= 1
    with pytest.raises(ValueError, match="jobs"):
        workers(-1)


def test_parallel_build_is_byte_identical(corpus: Path, tmp_path: Path) -> None:
    one = build(corpus, tmp_path / "one", jobs=1)
    two = build(corpus, tmp_path / "two", jobs=2)
    assert one == two
    assert one.counts["statements"] == 41
    assert files(tmp_path / "one") == files(tmp_path / "two")


def test_records_are_published_in_seed_file_order(corpus: Path) -> None:
    seeds = [s.seed for s in iter_seeds(corpus, jobs=2)]
    assert seeds == sorted(p.name for p in (corpus / "seeds").glob("*.txt"))


def test_parallel_build_reports_every_problem(corpus: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken"
    shutil.copytree(corpus / "seeds", broken / "seeds")
    texts = sorted((broken / "seeds").glob("*.txt"))
    texts[3].write_text("   \n", encoding="utf-8")
    texts[30].with_suffix(".yaml").unlink()
    shutil.copy(texts[10], broken / "seeds" / "zz_copy.txt")
    shutil.copy(texts[10].with_suffix(".yaml"), broken / "seeds" / "zz_copy.yaml")
    errors = []
    for jobs in (1, 2):
        with pytest.raises(MfaError) as info:
            load_seeds(broken, jobs=jobs)
        errors.append(info.value.problems)
    assert errors[0] == errors[1]
    assert Code.TEXT_EMPTY in info.value.codes
    assert Code.SIDECAR_MISSING in info.value.codes
    assert info.value.codes[-1] is Code.TEXT_DUPLICATE  # repeats come after the rest
    assert not (tmp_path / "broken" / "dataset").exists()


def test_build_one_returns_problems_instead_of_raising(root: Path, tmp_path: Path) -> None:
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "a.txt").write_text("Title\n\nBody.\n", encoding="utf-8")
    (tmp_path / "seeds" / "a.yaml").write_text("source_url: nope\n", encoding="utf-8")
    [contribution] = find_contributions(tmp_path / "seeds", display_root=tmp_path)
    outcome = build_one(contribution)
    assert isinstance(outcome, tuple)
    assert {p.code for p in outcome} == {Code.SIDECAR_INVALID}
    good = find_contributions(root / "seeds", display_root=root)[0]
    assert isinstance(build_one(good), Statement)


def test_dataset_map_gives_the_serial_statements(corpus: Path) -> None:
    """The per-contribution function under ``datasets.Dataset.map(num_proc=2)``."""
    import datasets

    contributions = find_contributions(corpus / "seeds", display_root=corpus)[:12]
    table = datasets.Dataset.from_dict(
        {
            "text_path": [str(c.text_path) for c in contributions],
            "sidecar_path": [str(c.sidecar_path) for c in contributions],
            "display": [c.display for c in contributions],
        }
    )
    mapped = table.map(build_row, num_proc=2, remove_columns=table.column_names)
    serial = [build_one(c) for c in contributions]
    assert all(isinstance(s, Statement) for s in serial)
    assert mapped["statement"] == [s.model_dump_json() for s in serial if isinstance(s, Statement)]
    assert mapped["problems"] == [[] for _ in contributions]
