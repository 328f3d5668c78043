"""The build's constant-memory parts: chunked hashing, lazy contributions, compact uniqueness
keys and the spooled source list give what the all-in-memory versions gave."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import random
from pathlib import Path

import pytest

from mfa_dataset import manifest
from mfa_dataset.card import render_card, write_card
from mfa_dataset.croissant import render_croissant, table_entries
from mfa_dataset.errors import Code, MfaError
from mfa_dataset.models import Statement
from mfa_dataset.seeds import Contribution, find_contributions
from mfa_dataset.sources import Source, SourceSpool
from mfa_dataset.uniqueness import Registry

COUNTS = {"statements": 300, "qa_pairs": 0, "meetings": 0, "agreements": 0}


@pytest.mark.parametrize("size", [0, 1, 7, 64, 1000])
def test_chunked_hash_equals_hashing_the_whole_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, size: int
) -> None:
    monkeypatch.setattr(manifest, "CHUNK", 7)
    path = tmp_path / "data" / "x.jsonl"
    path.parent.mkdir()
    data = os.urandom(size)
    path.write_bytes(data)
    entry = manifest.file_entry(tmp_path, path, 3)
    assert (entry.path, entry.bytes, entry.records) == ("data/x.jsonl", size, 3)
    assert entry.sha256 == hashlib.sha256(data).hexdigest()


def test_croissant_uses_the_entries_it_is_given(fresh_dataset: Path) -> None:
    entries = table_entries(fresh_dataset)
    assert render_croissant(fresh_dataset, entries) == render_croissant(fresh_dataset)
    fake = {t: e.model_copy(update={"sha256": "0" * 64}) for t, e in entries.items()}
    assert '"sha256": "' + "0" * 64 in render_croissant(fresh_dataset, fake)


def _seeds(folder: Path, names: list[str]) -> None:
    folder.mkdir()
    for name in names:
        (folder / name).write_text("x", encoding="utf-8")


def test_contributions_come_in_name_order_as_before(tmp_path: Path) -> None:
    stems = ["b", "a", "a.b", "A", "10", "9", "é", ".hidden"]
    _seeds(tmp_path / "seeds", [f"{s}.txt" for s in stems] + [f"{s}.yaml" for s in stems])
    found = find_contributions(tmp_path / "seeds")
    expected = [
        Contribution(t, t.with_suffix(".yaml"), f"seeds/{t.name}")
        for t in sorted((tmp_path / "seeds").glob("*.txt"))
    ]
    assert list(found) == expected
    assert len(found) == len(stems)
    assert (found[0], found[-1]) == (expected[0], expected[-1])
    assert found[2:4] == expected[2:4]
    assert list(found.names) == [c.text_path.name for c in expected]


def test_every_orphan_sidecar_is_reported_at_once(tmp_path: Path) -> None:
    _seeds(tmp_path / "seeds", ["a.txt", "a.yaml", "c.yaml", "b.yaml", "d.txt.yaml"])
    with pytest.raises(MfaError) as info:
        find_contributions(tmp_path / "seeds", display_root=tmp_path)
    assert [(p.code, p.path) for p in info.value.problems] == [
        (Code.SIDECAR_ORPHAN, "seeds/b.yaml"),
        (Code.SIDECAR_ORPHAN, "seeds/c.yaml"),
        (Code.SIDECAR_ORPHAN, "seeds/d.txt.yaml"),
    ]


def _copy(seed: Statement, name: str, **changes: object) -> Statement:
    return seed.model_copy(update={"seed": name, **changes})


def test_registry_names_the_earlier_seed_of_each_repeat(seed: Statement) -> None:
    with Registry() as registry:
        assert registry.add(_copy(seed, "a.txt")) == []
        other = _copy(seed, "b.txt", id="az-mfa-2024-0703-other", text=seed.text + " More.")
        [problem] = registry.add(other)
        assert (problem.code, problem.path) == (Code.NUMBER_DUPLICATE, "seeds/b.txt")
        assert problem.message.endswith("is also the number of seeds/a.txt")
        copy = _copy(seed, "d.txt", id="az-mfa-2024-0703-x", number=None, text=seed.text + "\n")
        [problem] = registry.add(copy)
        assert (problem.code, problem.message) == (
            Code.TEXT_DUPLICATE,
            "the same text as seeds/a.txt",
        )
        [problem, again] = registry.add(_copy(seed, "c.txt"))
        assert problem.message == f"id {seed.id} is also the id of seeds/a.txt"
        assert (problem.path, again.code) == ("seeds/c.yaml", Code.TEXT_DUPLICATE)
        assert registry.add(_copy(seed, "a.txt")) == []  # a seed does not repeat itself


def test_registry_finds_a_repeat_among_many(seed: Statement) -> None:
    """20,000 distinct statements, then one repeat of the eighth."""
    with Registry() as registry:
        for n in range(20_000):
            copy = _copy(seed, f"{n}.txt", id=f"az-mfa-2024-{n}", number=None, text=f"T {n}.")
            assert registry.add(copy) == []
        [problem] = registry.add(_copy(seed, "x.txt", id="az-mfa-2024-7", number=None, text="Y"))
        assert problem.message == "id az-mfa-2024-7 is also the id of seeds/7.txt"


def _sources(n: int) -> list[Source]:
    rng = random.Random(n)
    day = dt.date(2024, 1, 1)
    rows = [
        Source(f"xx-mfa-2024-{rng.randrange(10**6)}-{i}", day, "M|x <y>", f"https://e/{i}")
        for i in range(n)
    ]
    rng.shuffle(rows)
    return rows


@pytest.mark.parametrize(("n", "run", "fan_in"), [(0, 1, 2), (1, 1, 2), (300, 7, 3), (300, 500, 2)])
def test_spool_gives_the_sources_sorted(n: int, run: int, fan_in: int) -> None:
    sources = _sources(n)
    with SourceSpool(run, fan_in) as spool:
        for source in sources:
            spool.add(source)
        assert len(spool) == n
        assert list(spool.sorted()) == sorted(sources)
        assert list(spool.sorted()) == sorted(sources)  # read again


def test_written_card_is_the_rendered_card(tmp_path: Path) -> None:
    sources = _sources(COUNTS["statements"])
    with SourceSpool(run=16, fan_in=4) as spool:
        for source in sources:
            spool.add(source)
        write_card(tmp_path / "README.md", COUNTS, num_bytes={"statements": 9}, sources=spool)
    expected = render_card(COUNTS, num_bytes={"statements": 9}, sources=sources)
    assert (tmp_path / "README.md").read_bytes() == expected.encode("utf-8")


def test_written_card_refuses_a_repeated_id(tmp_path: Path) -> None:
    sources = _sources(COUNTS["statements"] - 1)
    with SourceSpool(run=16, fan_in=4) as spool:
        for source in [*sources, sources[5]]:
            spool.add(source)
        with pytest.raises(ValueError, match="two sources have one statement id"):
            write_card(tmp_path / "README.md", COUNTS, num_bytes={}, sources=spool)
