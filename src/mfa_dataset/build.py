"""``seeds/`` -> validated Statements -> ``dataset/``, written aside and swapped in.

The build is deterministic (same seeds and code: byte-identical files) and all-or-nothing:
files are written to a temporary folder beside the target, and the previous ``dataset/`` is
replaced only once everything has been written and checked.

It streams: contributions are built one by one in file-name order (records are published in
that order) and written as they come. Only the sorted seed file names stay in memory; the
keys that must stay unique (:mod:`mfa_dataset.uniqueness`) and the card's source list
(:mod:`mfa_dataset.sources`) are kept on disk.
:func:`build_one`, the per-contribution function, is pure and picklable: ``jobs`` processes
run it (:func:`mfa_dataset.parallel.ordered_map`) and the output is byte-identical whatever
their number.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import Any

from mfa_dataset._version import DATASET_VERSION, SCHEMA_VERSION
from mfa_dataset.assemble import assemble, parse_located
from mfa_dataset.atomic import replace_folder
from mfa_dataset.card import write_card
from mfa_dataset.croissant import CROISSANT, render_croissant, table_entries
from mfa_dataset.errors import MfaError, Problem
from mfa_dataset.manifest import MANIFEST, Manifest, file_entry
from mfa_dataset.models import Statement
from mfa_dataset.parallel import ordered_map
from mfa_dataset.releasing.releases import current_release
from mfa_dataset.seeds import Contribution, find_contributions, read_text
from mfa_dataset.sidecar import load_sidecar
from mfa_dataset.sources import Source, SourceSpool
from mfa_dataset.tables import TABLES, rows
from mfa_dataset.uniqueness import Registry

#: What one contribution gives: its Statement, or every problem found in it.
Outcome = Statement | tuple[Problem, ...]


def iter_seeds(root: Path, jobs: int = 1) -> Iterator[Statement]:
    """Every contribution in ``root/seeds`` as a Statement, in file-name order, built by
    ``jobs`` processes (0: one per core). Problems are gathered and raised together, as one
    :class:`MfaError`, once every contribution has been read; a missing ``seeds/`` or an
    orphan sidecar is raised at once."""
    contributions = find_contributions(root / "seeds", display_root=root)
    return _statements(contributions, jobs)


def _statements(contributions: Iterable[Contribution], jobs: int) -> Iterator[Statement]:
    problems: list[Problem] = []
    repeated: list[Problem] = []  # ids, numbers or texts seen before: reported last
    with Registry() as registry:
        for outcome in ordered_map(build_one, contributions, jobs):
            if isinstance(outcome, Statement):
                repeated += registry.add(outcome)
                yield outcome
            else:
                problems += outcome
    if problems or repeated:
        raise MfaError([*problems, *repeated])


def load_seeds(root: Path, jobs: int = 1) -> list[Statement]:
    """:func:`iter_seeds` as a list (in the order the build publishes them)."""
    return list(iter_seeds(root, jobs))


def build_one(contribution: Contribution) -> Outcome:
    """The Statement of one contribution, or all its problems: pure and picklable, the unit
    of work of a parallel build."""
    try:
        return _statement(contribution)
    except MfaError as exc:
        return exc.problems


def build_row(row: dict[str, Any]) -> dict[str, Any]:
    """:func:`build_one` on a table row, for ``datasets.Dataset.map`` or a cluster engine:
    ``{"text_path", "sidecar_path", "display"}`` in, ``{"statement": <Statement JSON, or
    None>, "problems": [<formatted problem>, ...]}`` out."""
    contribution = Contribution(Path(row["text_path"]), Path(row["sidecar_path"]), row["display"])
    outcome = build_one(contribution)
    if isinstance(outcome, Statement):
        return {"statement": outcome.model_dump_json(), "problems": []}
    return {"statement": None, "problems": [p.format() for p in outcome]}


def _statement(c: Contribution) -> Statement:
    """One contribution; problems of its text and of its sidecar are reported together."""
    problems: list[Problem] = []
    raw, located = None, None
    try:
        raw = read_text(c.text_path, c.display)
    except MfaError as exc:
        problems.extend(exc.problems)
    try:
        located = load_sidecar(c.sidecar_path, c.sidecar_display)
    except MfaError as exc:
        problems.extend(exc.problems)
    if raw is not None and located is None:
        try:
            parse_located(raw, c.display)
        except MfaError as exc:
            problems[:0] = exc.problems
    if raw is None or located is None:
        raise MfaError(problems)
    return assemble(raw, c.text_path.name, located, c.display)


def write_dataset(statements: Iterable[Statement], folder: Path) -> Manifest:
    """Write the tables, the card and the manifest into ``folder`` (empty or new), holding
    one statement at a time: the card's source list is spooled (:class:`SourceSpool`) and
    each file is hashed once, in chunks, for both ``croissant.json`` and the manifest."""
    data = folder / "data"
    data.mkdir(parents=True, exist_ok=True)
    counts: Counter[str] = Counter(dict.fromkeys(TABLES, 0))
    with SourceSpool() as sources:
        with ExitStack() as stack:
            handles = {
                t: stack.enter_context(
                    (data / f"{t}.jsonl").open("w", encoding="utf-8", newline="\n")
                )
                for t in TABLES
            }
            for statement in statements:
                sources.add(Source.of(statement))
                for table, row in rows(statement):
                    handles[table].write(row.model_dump_json() + "\n")
                    counts[table] += 1
        tables = table_entries(folder, counts)
        card = folder / "README.md"
        sizes = {t: entry.bytes for t, entry in tables.items()}
        write_card(card, dict(counts), num_bytes=sizes, sources=sources)
    croissant = folder / CROISSANT
    croissant.write_text(render_croissant(folder, tables), encoding="utf-8", newline="\n")
    manifest = Manifest(
        dataset_version=DATASET_VERSION,
        schema_version=SCHEMA_VERSION,
        release=current_release(),
        counts=dict(counts),
        files=[
            file_entry(folder, card, None),
            file_entry(folder, croissant, None),
            *tables.values(),
        ],
    )
    (folder / MANIFEST).write_text(
        manifest.model_dump_json(indent=2) + "\n", encoding="utf-8", newline="\n"
    )
    return manifest


def build(root: Path, target: Path | None = None, jobs: int = 1) -> Manifest:
    """Build ``root/seeds`` into ``target`` (default ``root/dataset``), replacing it whole, with
    ``jobs`` processes (0: one per core); nothing is replaced if any contribution fails."""
    statements = iter_seeds(root, jobs)
    return replace_folder(target or root / "dataset", lambda out: write_dataset(statements, out))
