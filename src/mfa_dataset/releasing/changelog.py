"""``CHANGELOG.md``: one Keep-a-Changelog entry per release, listing the records by id."""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from mfa_dataset.releasing.diff_render import render_markdown, summary
from mfa_dataset.releasing.releases import Release, git_tag, hub_revision

CHANGELOG: Final = "CHANGELOG.md"
HEADER: Final = """\
# Changelog

Every release of the dataset, newest first: the records it added, changed (with the paths of
the fields that changed) and removed, by id. Entries are written by `mfa-dataset release` from
the release records in `src/mfa_dataset/data/releases/`; what bumps which version is in
[VERSIONING.md](VERSIONING.md). Format: [Keep a Changelog](https://keepachangelog.com/en/1.1.0/).

"""
_HEADING: Final = re.compile(r"^## \[(?P<version>[^\]]*)\](?: - (?P<date>\S+))?[ \t]*$", re.M)


class Heading(NamedTuple):
    version: str
    date: str | None
    line: int


def headings(text: str) -> list[Heading]:
    """Every ``## [version] - date`` heading, in file order, with its 1-based line."""
    return [
        Heading(m["version"], m["date"], text.count("\n", 0, m.start()) + 1)
        for m in _HEADING.finditer(text)
    ]


def entry(release: Release) -> str:
    """The Markdown entry of one release, ending with one blank line."""
    after = f"after {release.previous}" if release.previous else "the first release"
    lines = [
        f"## [{release.version}] - {release.date.isoformat()}",
        "",
        f"Dataset {release.version}, {after}: {summary(release.changes)}.",
        f"Schema {release.schema_version}; package `mfa-dataset=={release.package_version}`; "
        f"Git tag `{git_tag(release.version)}`; Hub revision `{hub_revision(release.version)}`.",
        "",
    ]
    if release.notes:
        lines += [release.notes.strip(), ""]
    return "\n".join(lines) + "\n" + render_markdown(release.changes) + "\n"


def with_entry(existing: str | None, release: Release) -> str:
    """``existing`` (or a new changelog) with ``release``'s entry above the previous entries."""
    if not existing:
        return HEADER + entry(release).rstrip("\n") + "\n"
    first = _HEADING.search(existing)
    if first is None:
        return existing.rstrip("\n") + "\n\n" + entry(release).rstrip("\n") + "\n"
    head, rest = existing[: first.start()], existing[first.start() :]
    return head + entry(release) + rest
