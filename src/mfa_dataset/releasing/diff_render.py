"""A dataset diff as text (one line per record), JSON, or Markdown (CHANGELOG sections)."""

from __future__ import annotations

from typing import Final, Literal

from mfa_dataset.releasing.diff import KINDS, Changes, DatasetDiff, natural_key, suggested_bump

Format = Literal["text", "json", "markdown"]
FORMATS: Final[tuple[Format, ...]] = ("text", "json", "markdown")


def summary(changes: Changes) -> str:
    """``2 added, 1 changed, 0 removed``."""
    added, changed, removed = changes.totals()
    return f"{added} added, {changed} changed, {removed} removed"


def _versions(diff: DatasetDiff) -> str:
    def pair(old: str | None, new: str | None) -> str:
        return f"{old or '-'} -> {new or '-'}"

    return (
        f"dataset {pair(diff.old_version, diff.new_version)}, "
        f"schema {pair(diff.old_schema, diff.new_schema)}"
    )


def render_text(diff: DatasetDiff) -> str:
    """``<kind>: <id> added|removed|changed: <paths>``, one record a line, by kind and id."""
    lines = [_versions(diff)]
    for kind in KINDS:
        part = diff.changes.of(kind)
        entries = [(i, "added") for i in part.added] + [(i, "removed") for i in part.removed]
        entries += [(c.id, "changed: " + ", ".join(c.fields)) for c in part.changed]
        for record_id, what in sorted(entries, key=lambda e: natural_key(e[0])):
            lines.append(f"{kind}: {record_id} {what}")
    bump = suggested_bump(diff.changes)
    verdict = f"suggested bump: {bump}" if bump else "no record differs"
    lines.append(f"{summary(diff.changes)} ({verdict})")
    return "\n".join(lines) + "\n"


def render_json(diff: DatasetDiff) -> str:
    return diff.model_dump_json(indent=2) + "\n"


def _ids(ids: list[str]) -> str:
    return ", ".join(f"`{i}`" for i in ids)


def render_markdown(changes: Changes, level: int = 3) -> str:
    """Keep-a-Changelog sections (Added, Changed, Removed) listing every record by id."""
    hashes = "#" * level
    sections: list[str] = []
    added = [f"- {k}: {_ids(changes.of(k).added)}" for k in KINDS if changes.of(k).added]
    changed = [
        f"- {k}: `{c.id}`: " + ", ".join(f"`{f}`" for f in c.fields)
        for k in KINDS
        for c in changes.of(k).changed
    ]
    removed = [f"- {k}: {_ids(changes.of(k).removed)}" for k in KINDS if changes.of(k).removed]
    for title, items in (("Added", added), ("Changed", changed), ("Removed", removed)):
        if items:
            sections.append(f"{hashes} {title}\n\n" + "\n".join(items) + "\n")
    return "\n".join(sections) if sections else "No record changed.\n"


def render(diff: DatasetDiff, fmt: Format) -> str:
    if fmt == "json":
        return render_json(diff)
    if fmt == "markdown":
        return f"{_versions(diff)}: {summary(diff.changes)}.\n\n" + render_markdown(diff.changes)
    return render_text(diff)
