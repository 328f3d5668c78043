"""A sentence as tokens: words, numbers, punctuation, and country and organization mentions.

Country and organization mentions found by :mod:`mfa_dataset.actors` become single tokens
(``C``, ``O``); capitalised words are classed by
:func:`~mfa_dataset.extraction.meeting_words.word_class` (``T`` title head, ``P`` plural head,
``D`` institution or domain, ``H`` form of address, ``F`` function word, ``N`` name word);
lower-case words are ``w``, numbers ``#``, anything else ``p``.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import NamedTuple

from mfa_dataset.actors.countries import country_spans
from mfa_dataset.actors.lookup import organization_spans
from mfa_dataset.extraction.meeting_words import word_class

_TOKEN = re.compile(
    r"(?:[^\W\d_]\.){2,}|[^\W\d_]+(?:(?:['\u2019](?![sS]\b)|-)[^\W\d_]+)*\.?"
    r"|\d+(?:[.,:/]\d+)*[^\W\d_]{0,2}|\S"
)
#: The white space before a token, and the token: the tokens of _TOKEN.finditer, one after
#: the other (a token matches at every character but white space).
_SPACED_TOKEN = re.compile(rf"(\s*)({_TOKEN.pattern})")
#: What the classes of _SPACED_TOKEN match among ASCII characters, as ASCII sets (``re`` tests
#: a set of characters faster than a Unicode category).
_ASCII_CLASSES = {
    r"[^\W\d_]": "[A-Za-z]",
    r"\d": "[0-9]",
    r"\s": r"[\t\n\x0b\x0c\r\x1c-\x1f ]",
    r"\S": r"[^\t\n\x0b\x0c\r\x1c-\x1f ]",
}
#: _SPACED_TOKEN for ASCII text: the same matches there (``\b`` is the same on ASCII).
_ASCII_SPACED_TOKEN = re.compile(
    re.sub(
        "|".join(map(re.escape, _ASCII_CLASSES)),
        lambda m: _ASCII_CLASSES[m[0]],
        _SPACED_TOKEN.pattern,
    )
)
_KEEP_DOT = frozenset(["mr.", "mrs.", "ms.", "dr.", "prof.", "st.", "m."])
#: Words before an office holder that are not part of the party read ("the", "newly appointed").
LEADING = frozenset(
    [
        "the",
        "a",
        "an",
        "newly",
        "new",
        "appointed",
        "outgoing",
        "incoming",
        "visiting",
        "acting",
        "former",
        "current",
    ]
)


class Tok(NamedTuple):
    """One token (a named tuple: tokens are made by the thousand)."""

    start: int
    end: int
    kind: str  # C O T P D H F N (capitalised classes), w lower-case word, # number, p punctuation
    low: str
    code: str | None = None  # alpha-3 for C, acronym for O

    def of(self, text: str) -> str:
        return text[self.start : self.end]


class Scan:
    """The tokens of ``text[start:end]``."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        mentions = [(s, e, "C", code) for s, e, code, _ in country_spans(text, start, end)]
        mentions += [(s, e, "O", acronym) for s, e, acronym in organization_spans(text, start, end)]
        mentions.sort(key=lambda m: (m[0], m[0] - m[1]))
        toks: list[Tok] = []
        pos = start
        for m_start, m_end, kind, code in mentions:
            if m_start < pos:
                continue  # overlaps a longer or earlier mention
            toks += _words(text, pos, m_start)
            toks.append(Tok(m_start, m_end, kind, text[m_start:m_end].casefold(), code))
            pos = m_end
        toks += _words(text, pos, end)
        self.toks = toks
        self._starts = [t.start for t in toks]

    def at(self, pos: int) -> int:
        """Index of the first token starting at or after ``pos``."""
        return bisect.bisect_left(self._starts, pos)

    def span(self, i: int, j: int) -> str:
        return self.text[self.toks[i].start : self.toks[j - 1].end] if j > i else ""


def _words(text: str, start: int, end: int) -> list[Tok]:
    info, new = _word_info, tuple.__new__
    toks: list[Tok] = []
    append = toks.append
    pos = start
    ascii = text.isascii() or text[start:end].isascii()  # (the first: a flag of str)
    tokens = (_ASCII_SPACED_TOKEN if ascii else _SPACED_TOKEN).findall(text, start, end)
    for space, word in tokens:  # no match objects: faster
        s = pos + len(space)
        pos = s + len(word)
        cut, kind, low = info(word)
        append(new(Tok, (s, pos - cut, kind, low, None)))
    return toks


@lru_cache(maxsize=16384)
def _word_info(word: str) -> tuple[int, str, str]:
    """How a token's text reads: characters to cut off its end (a full stop), class, lower case."""
    cut = 0
    full_stop = word[-1] == "." and len(word) > 2 and word.count(".") == 1  # not "H.E."
    if full_stop and word.casefold() not in _KEEP_DOT:  # not "Mr.", not an initial "S."
        word, cut = word[:-1], 1
    first = word[0]
    if first.isupper():
        kind = word_class(word)
    elif first.isalpha():
        kind = "w"
    else:
        kind = "#" if first.isdigit() else "p"
    return cut, kind, word.casefold()


def skip_leading(t: list[Tok], k: int, j: int) -> int:
    """Past articles, forms of address ("the", "H.E.", "Mr.", "His Excellency") and words that
    qualify an office holder ("newly appointed", "outgoing")."""
    while k < j and (t[k].kind == "H" or t[k].low in LEADING):
        k += 1
    return k
