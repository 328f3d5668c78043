"""``mfa-dataset check``: the one gate a contribution passes before it is merged.

Every problem is collected (never only the first) as a located :class:`Problem`:

- every contribution in ``seeds/`` reads, parses and builds: texts are UTF-8 without BOM, with
  one kind of line ending, no binary data or mojibake, not cut off; sidecars are valid; quotes
  occur once; ids, numbers (per issuer and year) and texts are unique (``build.load_seeds``);
- ``schema/`` equals the schemas generated from the models (:mod:`.published`);
- ``dataset/`` equals a fresh build in a temporary folder, file by file (:mod:`.published`);
- every published record is valid against ``schema/`` and the models (:mod:`.records`);
- the card's explicit features agree with ``schema/`` (:mod:`.card_schema`);
- ``datasets`` loads every config and gets the published records back (:mod:`.hf`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mfa_dataset.checking.gate import check

__all__ = ["check"]


def __getattr__(name: str) -> Any:
    """``check`` is imported on first use, so that ``checking.hf`` (which the command line
    starts in a worker process before anything else) stays light to import."""
    if name == "check":
        from mfa_dataset.checking.gate import check

        return check
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
