"""``seeds/`` -> validated Statements -> ``dataset/``, written aside and swapped in.

The build is deterministic (same seeds and code: byte-identical files) and all-or-nothing:
files are written to a temporary folder beside the target, and the previous ``dataset/`` is
replaced only once everything has been written and checked.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from mfa_dataset._version import DATASET_VERSION, SCHEMA_VERSION
from mfa_dataset.assemble import assemble, parse_located
from mfa_dataset.atomic import replace_folder
from mfa_dataset.card import render_card
from mfa_dataset.errors import Code, MfaError, Problem
from mfa_dataset.manifest import MANIFEST, Manifest, file_entry
from mfa_dataset.models import Statement
from mfa_dataset.seeds import Contribution, find_contributions, read_text
from mfa_dataset.sidecar import load_sidecar
from mfa_dataset.tables import TABLES, rows


def load_seeds(root: Path) -> list[Statement]:
    """Every contribution in ``root/seeds`` as a Statement; all problems raised together."""
    statements: list[Statement] = []
    problems: list[Problem] = []
    for contribution in find_contributions(root / "seeds", display_root=root):
        try:
            statements.append(_statement(contribution))
        except MfaError as exc:
            problems.extend(exc.problems)
    problems.extend(_duplicate_ids(statements))
    if problems:
        raise MfaError(problems)
    return sorted(statements, key=lambda s: s.id)


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


def _duplicate_ids(statements: Iterable[Statement]) -> list[Problem]:
    seen: dict[str, str] = {}
    problems = []
    for s in statements:
        if s.id in seen:
            problems.append(
                Problem(
                    Code.ID_DUPLICATE,
                    f"id {s.id} is also the id of seeds/{seen[s.id]}",
                    f"seeds/{Path(s.seed).with_suffix('.yaml')}",
                    hint="two texts with one number: give one of them an explicit `id`",
                )
            )
        seen.setdefault(s.id, s.seed)
    return problems


def write_dataset(statements: Iterable[Statement], folder: Path) -> Manifest:
    """Write the tables, the card and the manifest into ``folder`` (empty or new)."""
    data = folder / "data"
    data.mkdir(parents=True, exist_ok=True)
    handles = {t: (data / f"{t}.jsonl").open("w", encoding="utf-8", newline="\n") for t in TABLES}
    counts: Counter[str] = Counter(dict.fromkeys(TABLES, 0))
    try:
        for statement in statements:
            for table, row in rows(statement):
                handles[table].write(row.model_dump_json() + "\n")
                counts[table] += 1
    finally:
        for handle in handles.values():
            handle.close()
    card = folder / "README.md"
    sizes = {t: (data / f"{t}.jsonl").stat().st_size for t in TABLES}
    card.write_text(render_card(dict(counts), num_bytes=sizes), encoding="utf-8", newline="\n")
    manifest = Manifest(
        dataset_version=DATASET_VERSION,
        schema_version=SCHEMA_VERSION,
        counts=dict(counts),
        files=[
            file_entry(folder, card, None),
            *(file_entry(folder, data / f"{t}.jsonl", counts[t]) for t in TABLES),
        ],
    )
    (folder / MANIFEST).write_text(
        manifest.model_dump_json(indent=2) + "\n", encoding="utf-8", newline="\n"
    )
    return manifest


def build(root: Path, target: Path | None = None) -> Manifest:
    """Build ``root/seeds`` into ``target`` (default ``root/dataset``), replacing it whole."""
    statements = load_seeds(root)
    return replace_folder(target or root / "dataset", lambda out: write_dataset(statements, out))
