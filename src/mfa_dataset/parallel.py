"""``map`` in order over a pool of processes, with a bounded number of tasks in flight.

The build maps its per-contribution function (``mfa_dataset.build.build_one``, pure and
picklable) over the seeds with :func:`ordered_map`: one process when ``jobs`` is 1, else a
:class:`~concurrent.futures.ProcessPoolExecutor` fed a few chunks ahead of the consumer, so
the output order (and so the published bytes) never depends on the number of processes and
memory stays flat however many seeds there are.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

#: Items per task sent to a worker, and tasks in flight per worker.
CHUNK = 16
AHEAD = 4


def workers(jobs: int) -> int:
    """The number of processes for ``jobs``: itself, or one per usable core for 0."""
    if jobs < 0:
        raise ValueError(f"jobs must be 0 (one per core) or more, not {jobs}")
    if jobs:
        return jobs
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def ordered_map(function: Callable[[T], R], items: Iterable[T], jobs: int = 1) -> Iterator[R]:
    """``map(function, items)`` in order, over ``jobs`` processes (1: in this process).

    ``function`` must be picklable (defined at module level) when ``jobs`` is not 1.
    """
    count = workers(jobs)
    if count == 1:
        yield from map(function, items)
        return
    chunks = _chunks(items, CHUNK)
    with ProcessPoolExecutor(max_workers=count) as pool:
        pending: deque[Future[list[R]]] = deque(
            pool.submit(_apply, function, chunk) for chunk in islice(chunks, AHEAD * count)
        )
        try:
            while pending:
                done = pending.popleft().result()
                pending.extend(pool.submit(_apply, function, c) for c in islice(chunks, 1))
                yield from done
        finally:
            for future in pending:
                future.cancel()


def _apply(function: Callable[[T], R], chunk: list[T]) -> list[R]:
    return [function(item) for item in chunk]


def _chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk
