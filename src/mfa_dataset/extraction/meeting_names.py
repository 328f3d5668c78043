"""Where surnames may be named: cheap tests that spare reading most sentences when the
statement is searched for the persons it names (:meth:`.meeting_clauses.Memory.mentioning`)."""

from __future__ import annotations

import bisect

from mfa_dataset.extraction.meeting_merge import fold
from mfa_dataset.extraction.prefilter import Lowered


class Names:
    """``names`` (folded words, no white space) and where they stand in the statement's
    lowered text, found once."""

    def __init__(self, view: Lowered, names: set[str]) -> None:
        self.names = names
        self.text = view.text
        self._ascii = view.text.isascii()
        #: where a name stands in the lowered text: (start, end), in order
        self._at = sorted((at, at + len(name)) for name in names for at in _places(view.low, name))
        self._starts = [at for at, _ in self._at]

    def may_hold(self, start: int, end: int) -> bool:
        """Whether one of the names is part of ``fold(text[start:end])`` (the gazetteer's
        folding, :func:`mfa_dataset.actors.match_key`); if not, it is no part of the folded
        text of a sentence in that span either (the folding works character by character but
        for NFKC, which leaves sentence boundaries alone, and for white space, which names do
        not hold)."""
        text = self.text
        # ASCII without "`": the folding is then ``lower`` but for white space, the lowered
        # text tells
        plain = (self._ascii or text[start:end].isascii()) and text.find("`", start, end) < 0
        if plain and not self._inside(start, end):
            return False
        folded = fold(text[start:end])  # (remembered: the sentence read next folds it again)
        return any(name in folded for name in self.names)  # else no name is even part of a word

    def _inside(self, start: int, end: int) -> bool:
        """Whether a name stands in the lowered text within ``[start, end)``."""
        at, i = self._at, bisect.bisect_left(self._starts, start)
        while i < len(at) and at[i][0] < end:
            if at[i][1] <= end:
                return True
            i += 1
        return False


def _places(low: str, name: str) -> list[int]:
    """Where ``name`` starts in ``low``, in order (overlaps too)."""
    found: list[int] = []
    at = low.find(name) if name else -1
    while at >= 0:
        found.append(at)
        at = low.find(name, at + 1)
    return found
