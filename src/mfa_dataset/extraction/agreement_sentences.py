"""The sentences of a paragraph, as agreement extraction reads them.

A sentence ends at :data:`~mfa_dataset.extraction.agreement_rules.SENTENCE_END` ("." "!" "?"
before a capital, a digit or an opening quote, or a line break inside a paragraph), except
after an abbreviation ("Mr.", "U.S.") or a list number ("1.", "iv.").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from mfa_dataset.extraction.agreement_rules import ABBREVIATION, SENTENCE_END
from mfa_dataset.parsing.result import TextRange

#: Where SENTENCE_END matches: at one of these, or at most seven characters before a "\n".
_END_MARK = re.compile(r"[.!?\n]")
#: A list number ending in a period: "1.", "iv.", "b." (at the start of a sentence).
_LIST_NUMBER = re.compile(r"\d{1,3}|[ivx]{1,5}|[a-z]")


def sentences(text: str, paragraph: TextRange) -> list[TextRange]:
    """The sentences of a paragraph, final punctuation excluded."""
    found: list[TextRange] = []
    start = paragraph.start
    for match in _sentence_ends(text, paragraph.start, paragraph.end):
        dot = match.start()
        if text[dot] == "." and "\n" not in match.group() and _no_end(text, start, dot):
            continue
        found.append(TextRange(start, dot))
        start = match.end()
    end = paragraph.end
    while end > start and text[end - 1] in " \t.!?":
        end -= 1
    found.append(TextRange(start, end))
    return [s for s in found if s.end > s.start]


def _sentence_ends(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """``SENTENCE_END.finditer(text, start, end)``, tried only where a match may start: at
    ``.!?``, and up to seven characters before a line break (``re`` would try every position)."""
    pos = start
    for mark in _END_MARK.finditer(text, start, end):
        at = mark.start()
        for first in range(max(pos, at - 7 if text[at] == "\n" else at), at + 1):
            found = SENTENCE_END.match(text, first, end)
            if found is not None:
                yield found
                pos = found.end()
                break


def _no_end(text: str, start: int, dot: int) -> bool:
    """An abbreviation ("Mr.", "U.S.") or a list number ("1.") is no sentence end."""
    if ABBREVIATION.search(text, max(start, dot - 6), dot + 1):
        return True
    return dot - start <= 6 and _LIST_NUMBER.fullmatch(text[start:dot].strip()) is not None
