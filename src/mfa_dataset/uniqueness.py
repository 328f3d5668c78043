"""One statement, one contribution: ids, ministry numbers and texts must not repeat.

:class:`Registry` keeps only small keys of the statements it has seen, so a streaming build
can check uniqueness without holding the statements themselves.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from mfa_dataset.errors import Code, Problem, line_col
from mfa_dataset.models import Statement

NumberKey = tuple[str, str, int, int]  # issuer country, issuer acronym, year, sequence


def text_key(text: str) -> str:
    """Digest of the text with runs of whitespace folded: a re-saved copy has the same key."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def number_key(statement: Statement) -> NumberKey | None:
    """The ministry's number in its year, when the text carries one."""
    n = statement.number
    if n is None:
        return None
    return (
        statement.issuer.country,
        statement.issuer.acronym,
        n.year or statement.date.year,
        n.sequence,
    )


@dataclass
class Registry:
    """Seen ids, numbers and texts, each with the seed file that brought it."""

    folder: str = "seeds"
    _ids: dict[str, str] = field(default_factory=dict)
    _numbers: dict[NumberKey, str] = field(default_factory=dict)
    _texts: dict[str, str] = field(default_factory=dict)

    def add(self, statement: Statement) -> list[Problem]:
        """Remember ``statement``; the problems it makes with the ones seen before."""
        seed = statement.seed
        text_path = f"{self.folder}/{seed}"
        problems = []
        earlier = self._ids.setdefault(statement.id, seed)
        if earlier != seed:
            problems.append(
                Problem(
                    Code.ID_DUPLICATE,
                    f"id {statement.id} is also the id of {self.folder}/{earlier}",
                    str(PurePosixPath(text_path).with_suffix(".yaml")),
                    hint="two texts with one number: give one of them an explicit `id`",
                )
            )
        key = number_key(statement)
        if key is not None:
            earlier = self._numbers.setdefault(key, seed)
            if earlier != seed and not problems:
                assert statement.number is not None
                raw = statement.number.raw
                line, col = line_col(statement.text, max(statement.text.find(raw), 0))
                problems.append(
                    Problem(
                        Code.NUMBER_DUPLICATE,
                        f"number {raw} of {statement.issuer.acronym.upper()} "
                        f"({statement.issuer.country}) in {key[2]} is also the number of "
                        f"{self.folder}/{earlier}",
                        text_path,
                        line,
                        col,
                        hint="a ministry numbers each statement once a year: check both texts "
                        "and their sidecars' issuer and dates",
                    )
                )
        earlier = self._texts.setdefault(text_key(statement.text), seed)
        if earlier != seed:
            problems.append(
                Problem(
                    Code.TEXT_DUPLICATE,
                    f"the same text as {self.folder}/{earlier}",
                    text_path,
                    1,
                    1,
                    hint="a statement is contributed once: remove this copy and its sidecar",
                )
            )
        return problems
