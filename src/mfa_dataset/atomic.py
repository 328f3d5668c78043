"""Replacing a published folder all at once, so that nothing is ever lost or half-written.

The new content is written into a staging folder beside the target; only when it is complete
is the old folder moved aside and the new one renamed into place. A marker records the old
copy during the two renames, so a run killed between them is repaired by the next one.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")


def replace_folder(target: Path, fill: Callable[[Path], T]) -> T:
    """Call ``fill(new_folder)`` and, if it returns, make ``new_folder`` become ``target``."""
    target.parent.mkdir(parents=True, exist_ok=True)
    repair(target)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.building-", dir=target.parent))
    try:
        new = staging / "new"
        new.mkdir()
        result = fill(new)
        _swap(new, target, staging / "previous")
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return result


def write_files(folder: Path, files: Mapping[str, str]) -> None:
    """Make ``folder`` hold exactly ``files`` (name -> UTF-8 text, LF line ends)."""

    def fill(new: Path) -> None:
        for name, content in sorted(files.items()):
            (new / name).write_text(content, encoding="utf-8", newline="\n")

    replace_folder(folder, fill)


def _swap(new: Path, target: Path, previous: Path) -> None:
    if not target.exists():
        new.replace(target)
        return
    marker = _marker(target)
    target.replace(previous)
    marker.symlink_to(previous)  # names the old copy while ``target`` is missing
    new.replace(target)
    marker.unlink()


def repair(target: Path) -> None:
    """Undo what a killed run left: put the previous folder back, drop staging folders."""
    marker = _marker(target)
    if marker.is_symlink():
        previous = marker.resolve()
        if not target.exists() and previous.is_dir():
            previous.replace(target)
        marker.unlink()
    for leftover in target.parent.glob(f".{target.name}.building-*"):
        shutil.rmtree(leftover, ignore_errors=True)


def _marker(target: Path) -> Path:
    return target.parent / f".{target.name}.previous"
