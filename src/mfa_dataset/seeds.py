"""Finding and reading contributions in ``seeds/``: raw texts and their sidecars."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from mfa_dataset.errors import Code, MfaError, Problem

MAX_TEXT_BYTES = 1024 * 1024


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
    """Read a raw statement text as UTF-8 (no BOM, at most :data:`MAX_TEXT_BYTES`)."""
    shown = display or str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise MfaError.one(
            Code.TEXT_UNREADABLE, f"cannot read: {exc.strerror}", path=shown
        ) from exc
    if len(data) > MAX_TEXT_BYTES:
        raise MfaError.one(
            Code.TEXT_UNREADABLE,
            f"text is {len(data)} bytes; the limit is {MAX_TEXT_BYTES}",
            path=shown,
            hint="a statement is a few KB; check that this is one statement's text",
        )
    if data.startswith(b"\xef\xbb\xbf"):
        raise MfaError.one(
            Code.TEXT_NOT_UTF8,
            "text starts with a byte-order mark",
            path=shown,
            line=1,
            col=1,
            hint="save as UTF-8 without BOM",
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        col = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise MfaError.one(
            Code.TEXT_NOT_UTF8,
            f"byte 0x{data[exc.start]:02x} is not UTF-8",
            path=shown,
            line=line,
            col=col,
            hint="re-save the text as UTF-8 (it may be Latin-1 or Windows-1252)",
        ) from exc
