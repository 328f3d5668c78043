"""Finding and reading contributions in ``seeds/``: raw texts and their sidecars."""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import overload

from mfa_dataset.errors import Code, MfaError, Problem
from mfa_dataset.textcheck import MAX_TEXT_BYTES, decode

__all__ = ["MAX_TEXT_BYTES", "Contribution", "Contributions", "find_contributions", "read_text"]


@dataclass(frozen=True, slots=True)
class Contribution:
    text_path: Path
    sidecar_path: Path
    display: str  # the raw text's path as shown in messages, e.g. "seeds/000_x.txt"

    @property
    def sidecar_display(self) -> str:
        return str(Path(self.display).with_suffix(".yaml"))


class Contributions(Sequence[Contribution]):
    """The contributions of a seeds folder in name order, made when asked for: only the
    sorted text file names are held, so memory stays small for any number of seeds."""

    def __init__(self, folder: Path, names: Sequence[str], base: Path) -> None:
        self.folder, self.names, self._base = folder, names, base

    def __len__(self) -> int:
        return len(self.names)

    @overload
    def __getitem__(self, index: int) -> Contribution: ...
    @overload
    def __getitem__(self, index: slice) -> list[Contribution]: ...
    def __getitem__(self, index: int | slice) -> Contribution | list[Contribution]:
        if isinstance(index, slice):
            return [self._make(name) for name in self.names[index]]
        return self._make(self.names[index])

    def __iter__(self) -> Iterator[Contribution]:
        return map(self._make, self.names)

    def _make(self, name: str) -> Contribution:
        text = self.folder / name
        return Contribution(text, text.with_suffix(".yaml"), _shown(text, self._base))


def find_contributions(seeds_dir: Path, display_root: Path | None = None) -> Contributions:
    """Every ``*.txt`` in ``seeds_dir`` in name order; a sidecar without a text is an error
    (every such sidecar is reported at once, before any contribution is read)."""
    if not seeds_dir.is_dir():
        raise MfaError.one(
            Code.TEXT_UNREADABLE,
            f"no seeds folder at {seeds_dir}",
            hint="run the command from the repository root, or pass --root",
        )
    base = display_root or seeds_dir.parent
    with os.scandir(seeds_dir) as entries:
        names = {entry.name for entry in entries}
    orphans = sorted(
        name
        for name in names
        if name.endswith(".yaml") and PurePath(name).with_suffix(".txt").name not in names
    )
    if orphans:
        raise MfaError(
            Problem(
                Code.SIDECAR_ORPHAN,
                "sidecar has no raw text beside it",
                _shown(seeds_dir / name, base),
                hint="add the .txt with the same name, or remove the sidecar",
            )
            for name in orphans
        )
    return Contributions(seeds_dir, sorted(n for n in names if n.endswith(".txt")), base)


def _shown(path: Path, base: Path) -> str:
    try:
        return str(path.relative_to(base))
    except ValueError:
        return str(path)


def read_text(path: Path, display: str | None = None) -> str:
    """Read a raw statement text: UTF-8 without BOM, one kind of line ending, at most
    :data:`MAX_TEXT_BYTES` (see :mod:`mfa_dataset.textcheck`)."""
    shown = display or str(path)
    try:
        with path.open("rb") as handle:  # never more than the limit in memory
            data = handle.read(MAX_TEXT_BYTES + 1)
            size = path.stat().st_size
    except OSError as exc:
        raise MfaError.one(
            Code.TEXT_UNREADABLE, f"cannot read: {exc.strerror}", path=shown
        ) from exc
    return decode(data, shown, size)
