"""Cheap scans that tell where a rule's regular expression may match, so that it runs only there.

A case-insensitive pattern of words is slow to search for: ``re`` tries it at every position of
the text. The words its matches start with, searched case-sensitively in :func:`lowered` text
after a space (a literal ``re`` finds fast) or after another character that is no ASCII letter
or digit, let it visit only the places where a word may start. The scan is done once per
statement (:class:`Lowered`) for the words of every :class:`Prefiltered` pattern together; it
only proposes places, and the pattern itself, tried there, has the last word: a
:class:`Prefiltered` pattern finds exactly what the pattern finds.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from functools import cache

from mfa_dataset.actors._trie import literal_pattern


def lowered(piece: str) -> str:
    """``piece`` in lower case, one character for one, such that a character matches an ASCII
    letter case-sensitively here whenever it matches it under ``re.IGNORECASE`` in ``piece``.

    ``str.lower`` does that for every character but three: the dotted capital I (whose lower
    case is two characters), the dotless i and the long s (which ``re`` matches to "i" and "s").
    It keeps every word character a word character and every other character a non-word one.
    """
    if piece.isascii():
        return piece.lower()
    low = piece.replace("\u0130", "i").lower()
    return low.replace("\u0131", "i").replace("\u017f", "s")


def words_scanner(words: Iterable[str]) -> re.Pattern[str]:
    """A case-sensitive scanner for lower-case ``words`` (or their beginnings) in :func:`lowered`
    text: it matches wherever one of them starts, inside other words too."""
    return re.compile(literal_pattern(words))


_PATTERNS: list[Prefiltered] = []  # every Prefiltered pattern, in the order made


class Prefiltered:
    """``pattern``, tried only where one of ``starts`` begins (lower-case letters).

    Sound when every match of ``pattern`` begins with one of ``starts`` (any case) right after
    a non-word character or at the start of the text (``\\b`` or ``(?<![\\w-])`` before it):
    :meth:`finditer` and :meth:`search` then give what ``pattern.finditer`` and
    ``pattern.search`` give on the same span.
    """

    def __init__(self, pattern: re.Pattern[str], starts: Iterable[str]) -> None:
        self.pattern = pattern
        self.words = frozenset(starts)
        _PATTERNS.append(self)

    def finditer(self, view: Lowered, start: int, end: int) -> list[re.Match[str]]:
        """The matches of ``pattern.finditer(view.text, start, end)``."""
        return self._find(view, start, end, False)

    def may_match(self, view: Lowered, start: int, end: int) -> bool:
        """Whether one of the words starts in ``[start, end)``: if not, nothing matches there."""
        starts = view.starts(self)
        i = bisect.bisect_left(starts, start)
        return i < len(starts) and starts[i] < end

    def search(self, view: Lowered, start: int, end: int) -> re.Match[str] | None:
        """``pattern.search(view.text, start, end)``."""
        found = self._find(view, start, end, True)
        return found[0] if found else None

    def _find(self, view: Lowered, start: int, end: int, first: bool) -> list[re.Match[str]]:
        text, starts, match = view.text, view.starts(self), self.pattern.match
        found: list[re.Match[str]] = []
        pos = start
        for i in range(bisect.bisect_left(starts, start), len(starts)):
            at = starts[i]
            if at >= end:
                break
            if at < pos:
                continue  # inside the last match
            m = match(text, at, end)
            if m is not None:
                found.append(m)
                if first:
                    break
                pos = m.end()
        return found


class Lowered:
    """A statement's text, :func:`lowered` once, and where the words of each
    :class:`Prefiltered` pattern start in it (found once, for all its sentences)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.low = lowered(text)
        self._starts: dict[Prefiltered, list[int]] = {}

    def starts(self, pattern: Prefiltered) -> list[int]:
        if pattern not in self._starts:
            self._starts = _scan(self.low, len(_PATTERNS))
        return self._starts[pattern]


@cache
def _scanners(
    count: int,
) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], dict[str, list[Prefiltered]]]:
    """Scanners for the words of the first ``count`` Prefiltered patterns: after a space, after
    another character, at the start; and for each word, the patterns whose words begin it."""
    patterns = _PATTERNS[:count]
    words = {w for p in patterns for w in p.words}
    trie = literal_pattern(words)
    owners = {w: [p for p in patterns if any(w.startswith(s) for s in p.words)] for w in words}
    # the look-ahead consumes no word: every place after a non-word character is visited
    return (
        re.compile(rf" (?=({trie}))"),
        re.compile(rf"[^a-z0-9_ ](?=({trie}))"),
        re.compile(trie),
        owners,
    )


def _scan(low: str, count: int) -> dict[Prefiltered, list[int]]:
    """Where the words of each pattern may start in ``low``: after a non-word character or at
    the start (the trie gives the longest word there; every pattern with a word beginning it
    owns the place)."""
    after_space, after_other, at_start, owners = _scanners(count)
    found = [(m.start() + 1, m[1]) for m in after_space.finditer(low)]
    found += [(m.start() + 1, m[1]) for m in after_other.finditer(low)]
    first = at_start.match(low)
    if first is not None:
        found.append((0, first.group()))
    starts: dict[Prefiltered, list[int]] = {p: [] for p in _PATTERNS[:count]}
    for at, word in sorted(found):
        for pattern in owners[word]:
            starts[pattern].append(at)
    return starts
