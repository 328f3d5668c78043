"""Finding and reading contributions in ``seeds/``: raw texts and their sidecars."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from mfa_dataset.errors import Code, MfaError, Problem
from mfa_dataset.textcheck import MAX_TEXT_BYTES, decode

__all__ = ["MAX_TEXT_BYTES", "Contribution", "find_contributions", "read_text"]


@dataclass(frozen=True, slots=True)
class Contribution:
    text_path: Path
    sidecar_path: Path
    display: str  # the raw text's path as shown in messages, e.g. "seeds/000_x.txt"

    @property
    def sidecar_display(self) -> str:
        return str(Path(self.display).with_suffix(".yaml"))


def find_contributions(seeds_dir: Path, display_root: Path | None = None) -> list[Contribution]:
    """Every ``*.txt`` in ``seeds_dir`` in name order; a sidecar without a text is an error."""
    if not seeds_dir.is_dir():
        raise MfaError.one(
            Code.TEXT_UNREADABLE,
            f"no seeds folder at {seeds_dir}",
            hint="run the command from the repository root, or pass --root",
        )
    base = display_root or seeds_dir.parent
    texts = sorted(seeds_dir.glob("*.txt"))
    orphans = sorted(p for p in seeds_dir.glob("*.yaml") if not p.with_suffix(".txt").exists())
    if orphans:
        raise MfaError(
            Problem(
                Code.SIDECAR_ORPHAN,
                "sidecar has no raw text beside it",
                _shown(p, base),
                hint="add the .txt with the same name, or remove the sidecar",
            )
            for p in orphans
        )
    return [Contribution(t, t.with_suffix(".yaml"), _shown(t, base)) for t in texts]


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
