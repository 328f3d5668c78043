"""One statement, one contribution: ids, ministry numbers and texts must not repeat.

:class:`Registry` keeps the keys of the statements it has seen (the id, the number, a SHA-256
of the folded text), each with the seed file that brought it, in a temporary SQLite database
on disk: a streaming build checks uniqueness exactly in constant memory (SQLite's page cache,
about 2 MB), whatever the number of statements.
"""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import PurePosixPath

from mfa_dataset.errors import Code, Problem, line_col
from mfa_dataset.models import Statement

NumberKey = tuple[str, str, int, int]  # issuer country, issuer acronym, year, sequence


def text_key(text: str) -> bytes:
    """Digest of the text with runs of whitespace folded: a re-saved copy has the same key."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).digest()


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


class Registry:
    """Seen ids, numbers and texts, each with the seed file that brought it; :meth:`close`
    (or ``with``) deletes the temporary database."""

    def __init__(self, folder: str = "seeds") -> None:
        self.folder = folder
        self._db = sqlite3.connect("")  # "": a private temporary database on disk
        self._db.execute(
            "CREATE TABLE seen (kind TEXT, key BLOB, seed TEXT, PRIMARY KEY (kind, key))"
            " WITHOUT ROWID"
        )

    def __enter__(self) -> Registry:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._db.close()

    def _earlier(self, kind: str, key: str | bytes, seed: str) -> str:
        """The seed that brought ``key`` first: ``seed`` itself if it is new."""
        row = self._db.execute(
            "SELECT seed FROM seen WHERE kind = ? AND key = ?", (kind, key)
        ).fetchone()
        if row is not None:
            earlier: str = row[0]
            return earlier
        self._db.execute("INSERT INTO seen VALUES (?, ?, ?)", (kind, key, seed))
        return seed

    def add(self, statement: Statement) -> list[Problem]:
        """Remember ``statement``; the problems it makes with the ones seen before."""
        seed = statement.seed
        text_path = f"{self.folder}/{seed}"
        problems = []
        earlier = self._earlier("id", statement.id, seed)
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
            earlier = self._earlier("number", "\0".join(map(str, key)), seed)
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
        earlier = self._earlier("text", text_key(statement.text), seed)
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
