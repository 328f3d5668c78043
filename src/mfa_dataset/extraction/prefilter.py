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
from collections.abc import Callable, Iterable
from dataclasses import dataclass
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
    """``pattern``, tried only where one of ``starts`` begins (ASCII lower-case letters, maybe
    with hyphens).

    Sound when every match of ``pattern`` begins with one of ``starts`` (any case) right after
    a non-word character or at the start of the text (``\\b`` or ``(?<![\\w-])`` before it):
    :meth:`finditer` and :meth:`search` then give what ``pattern.finditer`` and
    ``pattern.search`` give on the same span.

    ``necessary``, if given, is a cheaper pattern that matches the :func:`lowered` text at
    every place where ``pattern`` matches the text (with ``end`` the same): where it does not
    match, ``pattern`` is not tried.
    """

    def __init__(
        self,
        pattern: re.Pattern[str],
        starts: Iterable[str],
        necessary: re.Pattern[str] | None = None,
    ) -> None:
        self.pattern = pattern
        self.words = frozenset(starts)
        self.necessary = necessary
        _PATTERNS.append(self)

    def _match(self, view: Lowered) -> Callable[[str, int, int], re.Match[str] | None]:
        """``pattern.match``, or, with ``necessary``, the same test that tries ``necessary``
        on the lowered text first."""
        match, necessary = self.pattern.match, self.necessary
        if necessary is None:
            return match
        low, cheap = view.low, necessary.match

        def both(text: str, at: int, end: int) -> re.Match[str] | None:
            return None if cheap(low, at, end) is None else match(text, at, end)

        return both

    def finditer(self, view: Lowered, start: int, end: int) -> list[re.Match[str]]:
        """The matches of ``pattern.finditer(view.text, start, end)``."""
        text, starts, match = view.text, view.starts(self), self._match(view)
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
                pos = m.end()
        return found

    def matches_in(self, view: Lowered, spans: Iterable[tuple[int, int]]) -> list[bool]:
        """For each span, whether ``pattern.search(view.text, start, end)`` finds a match (one
        call for many spans)."""
        text, starts, match = view.text, view.starts(self), self._match(view)
        if not starts:
            return [False for _ in spans]
        count, bisect_left = len(starts), bisect.bisect_left
        found: list[bool] = []
        for start, end in spans:
            i = bisect_left(starts, start)
            while i < count and starts[i] < end and match(text, starts[i], end) is None:
                i += 1
            found.append(i < count and starts[i] < end)
        return found

    def search(self, view: Lowered, start: int, end: int) -> re.Match[str] | None:
        """``pattern.search(view.text, start, end)``."""
        text, starts, match = view.text, view.starts(self), self._match(view)
        for i in range(bisect.bisect_left(starts, start), len(starts)):
            at = starts[i]
            if at >= end:
                break
            m = match(text, at, end)
            if m is not None:
                return m
        return None


class Lowered:
    """A statement's text, :func:`lowered` once, and where the words of each
    :class:`Prefiltered` pattern start in it (found once, for all its sentences)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._low: str | None = None
        self._starts: dict[Prefiltered, list[int]] = {}

    @property
    def low(self) -> str:
        """The text, :func:`lowered` (on first use)."""
        if self._low is None:
            self._low = lowered(self.text)
        return self._low

    def starts(self, pattern: Prefiltered) -> list[int]:
        found = self._starts.get(pattern)
        if found is None:
            self._starts = _scan(self._ascii(), len(_PATTERNS))
            found = self._starts[pattern]
        return found

    def _ascii(self) -> bytes:
        """The :func:`lowered` text as ASCII bytes, one byte a character ("?" for the others):
        the text's own bytes, lowered by :func:`_scan`, unless it holds one of the few other
        characters that :func:`lowered` makes an ASCII letter."""
        text = self.text
        if text.isascii() or not any(c in text for c in _TO_ASCII):
            return text.encode("ascii", "replace")
        return self.low.encode("ascii", "replace")


_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_")
#: The characters beyond ASCII that :func:`lowered` makes ASCII letters.
_TO_ASCII = ("\u0130", "\u0131", "\u017f", "\u212a")


@dataclass(frozen=True, slots=True)
class _Scanner:
    """The scanners for the words of some Prefiltered patterns, over the :func:`lowered` text
    as ASCII bytes, where ``table`` makes every letter lower case and every character that is
    neither a word character nor one the words hold a space: after a space, after another
    character the words hold ("-"), at the start. Patterns with the same words share their
    places (``groups``); ``owners``: for each word, the groups with a word that begins it."""

    table: bytes
    after_space: re.Pattern[bytes]
    after_other: re.Pattern[bytes] | None
    at_start: re.Pattern[bytes]
    owners: dict[bytes, list[int]]
    groups: list[list[Prefiltered]]


@cache
def _scanner(count: int) -> _Scanner:
    """The scanner for the words of the first ``count`` Prefiltered patterns."""
    by_words: dict[frozenset[str], list[Prefiltered]] = {}
    for pattern in _PATTERNS[:count]:
        by_words.setdefault(pattern.words, []).append(pattern)
    words = {w for group in by_words for w in group}
    held = set("".join(words))
    if not all(c.isascii() and c.isprintable() and c not in " ?" for c in held):
        raise ValueError("the words of a Prefiltered pattern are ASCII, without spaces or '?'")
    kept = _WORD_CHARS | held
    trie = literal_pattern(words).encode()
    others = re.escape("".join(sorted(held - _WORD_CHARS))).encode()
    owners = {
        w.encode(): [i for i, group in enumerate(by_words) if any(w.startswith(s) for s in group)]
        for w in words
    }
    # after a space, the word is consumed: no word holds a space, so no space after a non-word
    # character is skipped (and re's per-match overhead is smaller without a look-ahead); the
    # look-ahead after another character consumes no word ("co-operation" holds a "-")
    return _Scanner(
        bytes(ord(c) if (c := chr(b).lower()) in kept else ord(" ") for b in range(256)),
        re.compile(b" (" + trie + b")"),
        re.compile(b"[" + others + b"](?=(" + trie + b"))") if others else None,
        re.compile(trie),
        owners,
        list(by_words.values()),
    )


def _scan(raw: bytes, count: int) -> dict[Prefiltered, list[int]]:
    """Where the words of each pattern may start in the :func:`lowered` text, given as ASCII
    bytes (``raw``: one byte a character, "?" for the others, lowered by the scanner's table):
    after a non-word character or at the start (the trie gives the longest word there; every
    pattern with a word beginning it owns the place). Every character no word holds reads as
    a space: one scan finds the words after them all."""
    scanner = _scanner(count)
    spaced = raw.translate(scanner.table)
    found = [(m.start() + 1, m[1]) for m in scanner.after_space.finditer(spaced)]
    if scanner.after_other is not None:
        more = [(m.start() + 1, m[1]) for m in scanner.after_other.finditer(spaced)]
        found = sorted(found + more) if more else found
    first = scanner.at_start.match(spaced)
    if first is not None:
        found.insert(0, (0, first.group()))
    places: list[list[int]] = [[] for _ in scanner.groups]
    owners = scanner.owners
    for at, word in found:
        for i in owners[word]:
            places[i].append(at)
    return {p: places[i] for i, group in enumerate(scanner.groups) for p in group}
