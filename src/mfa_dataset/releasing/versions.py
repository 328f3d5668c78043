"""Do all the places that record a version agree? (part of ``mfa-dataset check``)

``src/mfa_dataset/_version.py`` is the source: the package version (``__version__``), the
schema version and the dataset version. Each must be repeated exactly where it is recorded:
``dataset/manifest.json`` and its release record, the card ``dataset/README.md``,
``dataset/croissant.json``, the ``$id`` and ``version`` of every ``schema/*.schema.json``,
``CITATION.cff``, the release records in ``src/mfa_dataset/data/releases/`` and the entries of
``CHANGELOG.md``, and the package metadata (pyproject takes the version from ``_version.py``;
an installation from this checkout must carry it). See VERSIONING.md.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from importlib import metadata
from pathlib import Path
from typing import Any

import yaml

from mfa_dataset.errors import Code, MfaError, Problem
from mfa_dataset.releasing.changelog import CHANGELOG, headings
from mfa_dataset.releasing.package_metadata import package_problems
from mfa_dataset.releasing.releases import (
    Release,
    is_checkout,
    load_releases,
    package_dir,
    release_path,
)
from mfa_dataset.releasing.semver import is_version, parse
from mfa_dataset.releasing.version_file import DATASET_VERSION, PACKAGE_VERSION, SCHEMA_VERSION
from mfa_dataset.releasing.version_file import read_version_file as _read

_CARD = re.compile(r"\b(dataset|schema)\s+version\s+\*\*([^*\n]*)\*\*", re.I)
_CARD_DATASET = (re.compile(r'revision="v([^"\n]*)"'), re.compile(r"version = \{([^}\n]*)\}"))
_HINT = "versions come from src/mfa_dataset/_version.py: run `mfa-dataset build` (and `schema`)"


def check_versions(
    root: Path, *, distribution: metadata.Distribution | None = None
) -> list[Problem]:
    """Every disagreement between the versions recorded under ``root``, located.

    ``distribution`` is the installed ``mfa-dataset`` (default: looked up); its metadata is
    compared only when it was installed from ``root``.
    """
    package = package_dir(root)
    version_py = package / "_version.py"
    shown = _shown(version_py, root)
    try:
        assigned = _read(version_py, shown)
    except (MfaError, OSError, SyntaxError) as exc:
        if isinstance(exc, MfaError):
            return list(exc.problems)
        return [Problem(Code.VERSIONS_DISAGREE, f"unreadable: {exc}", shown, hint=_HINT)]
    versions = {name: a.value for name, a in assigned.items()}
    problems = [
        Problem(
            Code.VERSIONS_DISAGREE,
            f"{name} = {value!r} is not MAJOR.MINOR.PATCH",
            shown,
            assigned[name].line,
            hint="semantic versioning without prefix or suffix, e.g. 1.2.0 (VERSIONING.md)",
        )
        for name, value in versions.items()
        if not is_version(value)
    ]
    if problems:
        return problems
    try:
        releases = load_releases(package, display=root)
    except MfaError as exc:
        problems.extend(exc.problems)
        releases = []
    lines = {name: a.line for name, a in assigned.items()}
    problems += _check_releases(releases, versions, lines, shown, root)
    problems += _check_manifest(root, versions)
    problems += _check_card(root, versions)
    problems += _check_json_version(root / "dataset" / "croissant.json", root, versions)
    problems += _check_schemas(root, versions[SCHEMA_VERSION])
    problems += _check_citation(root, versions[DATASET_VERSION])
    if is_checkout(root) or (root / CHANGELOG).is_file():
        problems += _check_changelog(root, releases)
    problems += package_problems(root, versions[PACKAGE_VERSION], shown, distribution)
    return problems


def _shown(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return str(path)


def _line_of(text: str, needle: str) -> int | None:
    at = text.find(needle)
    return None if at < 0 else text.count("\n", 0, at) + 1


def _disagree(what: str, found: object, expected: str, path: str, line: int | None) -> Problem:
    return Problem(
        Code.VERSIONS_DISAGREE, f"{what} is {found}, not {expected}", path, line, hint=_HINT
    )


def _check_releases(
    releases: list[Release], versions: dict[str, str], lines: dict[str, int], shown: str, root: Path
) -> list[Problem]:
    dataset = versions[DATASET_VERSION]
    if not releases:
        return []
    problems = []
    latest = releases[-1]
    if latest.version != dataset:
        problems.append(
            Problem(
                Code.VERSIONS_DISAGREE,
                f"DATASET_VERSION is {dataset}, the latest release is {latest.version}",
                shown,
                lines[DATASET_VERSION],
                hint="`mfa-dataset release --bump ...` sets DATASET_VERSION and writes its record",
            )
        )
    for before, after in zip([None, *releases[:-1]], releases, strict=True):
        expected = before.version if before else None
        if after.previous != expected:
            problems.append(
                Problem(
                    Code.RELEASE_HISTORY,
                    f"release {after.version} follows {after.previous}, not {expected}",
                    _shown(release_path(package_dir(root), after.version), root),
                    hint="release records form a chain; restore the missing record",
                )
            )
    if parse(latest.package_version) > parse(versions[PACKAGE_VERSION]):
        problems.append(
            _disagree(
                "__version__",
                versions[PACKAGE_VERSION],
                f">= {latest.package_version} (the package of the latest release)",
                shown,
                lines[PACKAGE_VERSION],
            )
        )
    return problems


def _load_json(path: Path, shown: str) -> tuple[str, Any] | Problem:
    try:
        text = path.read_text(encoding="utf-8")
        return text, json.loads(text)
    except (OSError, ValueError) as exc:
        return Problem(Code.VERSIONS_DISAGREE, f"unreadable: {exc}", shown, hint=_HINT)


def _check_manifest(root: Path, versions: dict[str, str]) -> Iterator[Problem]:
    path = root / "dataset" / "manifest.json"
    if not path.is_file():
        return  # MFA403 elsewhere
    shown = _shown(path, root)
    loaded = _load_json(path, shown)
    if isinstance(loaded, Problem):
        yield loaded
        return
    text, manifest = loaded
    for key, name in (("dataset_version", DATASET_VERSION), ("schema_version", SCHEMA_VERSION)):
        if manifest.get(key) != versions[name]:
            yield _disagree(
                key, manifest.get(key), versions[name], shown, _line_of(text, f'"{key}"')
            )
    release = manifest.get("release")
    if isinstance(release, dict) and release.get("version") != versions[DATASET_VERSION]:
        line = _line_of(text, '"release"')
        yield _disagree(
            "release.version", release.get("version"), versions[DATASET_VERSION], shown, line
        )


def _check_card(root: Path, versions: dict[str, str]) -> Iterator[Problem]:
    path = root / "dataset" / "README.md"
    if not path.is_file():
        return
    shown, text = _shown(path, root), path.read_text(encoding="utf-8")
    mentions = [(m.start(2), m[1].lower() + "_version", m[2]) for m in _CARD.finditer(text)]
    mentions += [
        (m.start(1), "dataset_version", m[1]) for p in _CARD_DATASET for m in p.finditer(text)
    ]
    if not any(key == "dataset_version" for _, key, _ in mentions):
        yield Problem(
            Code.VERSIONS_DISAGREE, "does not state the dataset version", shown, hint=_HINT
        )
    for start, key, found in sorted(mentions):
        expected = versions[DATASET_VERSION if key == "dataset_version" else SCHEMA_VERSION]
        if found != expected:
            line = text.count("\n", 0, start) + 1
            yield _disagree(f"the card's {key.replace('_', ' ')}", found, expected, shown, line)


def _check_json_version(path: Path, root: Path, versions: dict[str, str]) -> Iterator[Problem]:
    if not path.is_file():
        return
    shown = _shown(path, root)
    loaded = _load_json(path, shown)
    if isinstance(loaded, Problem):
        yield loaded
        return
    text, data = loaded
    if isinstance(data, dict) and data.get("version") != versions[DATASET_VERSION]:
        yield _disagree(
            "version",
            data.get("version"),
            versions[DATASET_VERSION],
            shown,
            _line_of(text, '"version"'),
        )


def _check_schemas(root: Path, schema: str) -> Iterator[Problem]:
    for path in sorted((root / "schema").glob("*.schema.json")):
        shown = _shown(path, root)
        loaded = _load_json(path, shown)
        if isinstance(loaded, Problem):
            yield loaded
            continue
        text, data = loaded
        name = path.name.removesuffix(".schema.json")
        expected_id = f"urn:mfa-dataset:schema:{schema}:{name}"
        if not isinstance(data, dict) or data.get("$id") != expected_id:
            found = data.get("$id") if isinstance(data, dict) else None
            yield _disagree("$id", found, expected_id, shown, _line_of(text, '"$id"'))
        if isinstance(data, dict) and data.get("version") != schema:
            yield _disagree(
                "version", data.get("version"), schema, shown, _line_of(text, '"version"')
            )


def _check_citation(root: Path, dataset: str) -> Iterator[Problem]:
    path = root / "CITATION.cff"
    if not path.is_file():
        return
    shown, text = _shown(path, root), path.read_text(encoding="utf-8")
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        yield Problem(Code.VERSIONS_DISAGREE, f"not YAML: {exc}", shown, hint="fix its YAML syntax")
        return
    found = data.get("version") if isinstance(data, dict) else None
    if str(found) != dataset:
        line = _line_of("\n" + text, "\nversion:")
        yield _disagree("version", found, dataset, shown, line)


def _check_changelog(root: Path, releases: list[Release]) -> Iterator[Problem]:
    path = root / CHANGELOG
    if not releases and not path.is_file():
        return
    shown = _shown(path, root)
    if not path.is_file():
        yield Problem(
            Code.RELEASE_HISTORY,
            "missing",
            shown,
            hint="`mfa-dataset release` writes it; restore it from Git",
        )
        return
    entries = [h for h in headings(path.read_text(encoding="utf-8")) if h.version != "Unreleased"]
    by_version = {h.version: h for h in entries}
    latest = releases[-1].version if releases else None
    if latest is not None and (not entries or entries[0].version != latest):
        line = entries[0].line if entries else None
        found = entries[0].version if entries else "absent"
        yield _disagree("the latest entry", found, latest, shown, line)
    for release in releases:
        heading = by_version.get(release.version)
        if heading is None:
            yield Problem(
                Code.RELEASE_HISTORY,
                f"no entry for release {release.version}",
                shown,
                hint="restore the entry `mfa-dataset release` wrote",
            )
        elif heading.date != release.date.isoformat():
            yield _disagree(
                f"the date of {release.version}",
                heading.date,
                release.date.isoformat(),
                shown,
                heading.line,
            )
    released = {r.version for r in releases}
    for heading in entries:
        if heading.version not in released:
            yield Problem(
                Code.RELEASE_HISTORY,
                f"entry {heading.version} has no release record",
                shown,
                heading.line,
                hint="releases are made by `mfa-dataset release`",
            )
