"""The card's source list: one row per statement, sorted by id in constant memory.

A build meets its statements in file-name order but the card lists them by id. A
:class:`SourceSpool` collects the rows as they come: it keeps at most :data:`RUN` of them in
memory, writes each full batch sorted to a temporary file, and merges the files back in order
(:func:`heapq.merge`), never holding more than :data:`FAN_IN` files open. The order is that
of ``sorted()`` on the rows themselves.
"""

from __future__ import annotations

import datetime as dt
import heapq
import json
import tempfile
from collections.abc import Iterable, Iterator
from typing import IO, Final, NamedTuple

from mfa_dataset.models import Statement

__all__ = ["FAN_IN", "RUN", "Source", "SourceSpool"]

#: Rows held in memory before a sorted batch is written out.
RUN: Final = 8192
#: Sorted batches merged into one once there are this many.
FAN_IN: Final = 64


class Source(NamedTuple):
    """Where one statement was published: a row of the card's source list."""

    id: str
    date: dt.date
    issuer: str
    url: str

    @classmethod
    def of(cls, statement: Statement) -> Source:
        return cls(statement.id, statement.date, statement.issuer.name, statement.source_url)


class SourceSpool:
    """Sources added in any order, read back sorted; temporary files are removed on close."""

    def __init__(self, run: int = RUN, fan_in: int = FAN_IN) -> None:
        if run < 1 or fan_in < 2:
            raise ValueError(f"run must be at least 1 and fan_in at least 2: {run}, {fan_in}")
        self._run, self._fan_in = run, fan_in
        self._memory: list[Source] = []
        self._files: list[IO[str]] = []
        self._count = 0

    def __len__(self) -> int:
        return self._count

    def __enter__(self) -> SourceSpool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def add(self, source: Source) -> None:
        self._memory.append(source)
        self._count += 1
        if len(self._memory) >= self._run:
            self._files.append(_spill(sorted(self._memory)))
            self._memory.clear()
            if len(self._files) >= self._fan_in:
                merged = _spill(heapq.merge(*map(_read, self._files)))
                self.close()
                self._files = [merged]

    def sorted(self) -> Iterator[Source]:
        """Every source added so far, in ``sorted()`` order (read again on each call)."""
        return heapq.merge(sorted(self._memory), *map(_read, self._files))

    def close(self) -> None:
        for handle in self._files:
            handle.close()
        self._files = []


def _spill(sources: Iterable[Source]) -> IO[str]:
    # left open for reading back; SourceSpool.close closes it (and the OS deletes it)
    handle = tempfile.TemporaryFile("w+", encoding="utf-8", newline="\n")  # noqa: SIM115
    for s in sources:
        handle.write(json.dumps([s.id, s.date.isoformat(), s.issuer, s.url], ensure_ascii=False))
        handle.write("\n")
    return handle


def _read(handle: IO[str]) -> Iterator[Source]:
    handle.seek(0)
    for line in handle:
        id_, date, issuer, url = json.loads(line)
        yield Source(id_, dt.date.fromisoformat(date), issuer, url)
