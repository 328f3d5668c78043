"""Which head words may set off a rule of :data:`~.meeting_rules.RULES` in a sentence, from the
statement's one scan for words (:mod:`.prefilter`), so that most sentences are not matched.

:func:`~.meeting_rules.triggers` finds nothing in a sentence holding no head word, nor where
every head word is one whose rules all need another head word at or after it
(:data:`~.meeting_rules.NEEDS`: "held" a meeting noun, "paid" "visit", "agreed" "meet") and no
such word starts there.
"""

from __future__ import annotations

import bisect
import re

from mfa_dataset.extraction.meeting_rules import HEAD_WORDS, NEEDS, RULES
from mfa_dataset.extraction.prefilter import Lowered, Prefiltered

_WORDS = sorted({w for rule in RULES for w in rule.head.pattern.split("|")})


def _needs(word: str) -> str | None:
    """The rule in NEEDS that is the only rule of the head word ``word``, if any."""
    names = {rule.name for rule in RULES if rule.head.fullmatch(word)}
    return next(iter(names)) if len(names) == 1 and names <= NEEDS.keys() else None


def _prefiltered(words: list[str]) -> Prefiltered:
    return Prefiltered(re.compile(rf"\b(?:{'|'.join(words)})\b", re.IGNORECASE), words)


#: Head words with a rule that needs no other word (where such a word may start, a rule may
#: match); for each rule of NEEDS, the head words it alone has and the words it needs.
_FREE = _prefiltered([w for w in _WORDS if _needs(w) is None])
_NEEDY = [
    (_prefiltered([w for w in _WORDS if _needs(w) == name]), _prefiltered(needed))
    for name, needed in NEEDS.items()
]


class Heads:
    """Where head words may start in a statement (``starts``, in order), and whether a rule
    may match at them."""

    def __init__(self, view: Lowered) -> None:
        self.starts = view.starts(HEAD_WORDS)
        self._free = set(view.starts(_FREE))
        self._needy = [(set(view.starts(words)), view.starts(need)) for words, need in _NEEDY]

    def may_fire(self, i: int, end: int) -> bool:
        """Whether a rule may match at a head word from ``starts[i]`` to ``end`` (the end of the
        sentence): at one that may have a rule needing no other word, or whose rule's word
        starts after it (or at it) before ``end``. The scan gives, where a word starts, the
        longest word of all the patterns there: every head word that may start there is a
        beginning of it, so a place owned by no free head word holds none."""
        starts, count = self.starts, len(self.starts)
        while i < count and starts[i] < end:
            at = starts[i]
            if at in self._free:
                return True
            owned = False
            for words, need in self._needy:
                if at in words:
                    owned = True
                    k = bisect.bisect_left(need, at)
                    if k < len(need) and need[k] < end:
                        return True
            if not owned:
                return True  # (cannot be: every head word is free or needy)
            i += 1
        return False
