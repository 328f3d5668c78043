"""Who led a country's delegation: "The Kazakh delegation was headed by Deputy Minister X"."""

from __future__ import annotations

import re
from collections.abc import Sequence

from mfa_dataset import actors
from mfa_dataset.extraction.meeting_merge import Found, canonical
from mfa_dataset.extraction.meeting_parties import read_party
from mfa_dataset.extraction.meeting_rules import DELEGATION_HEAD, SIDE_WORD, names_side
from mfa_dataset.extraction.meeting_tokens import Scan
from mfa_dataset.extraction.prefilter import Lowered
from mfa_dataset.parsing.result import TextRange

_WINDOW = 200  # how far after "delegation was headed by" its leader's name may end


def name_delegations(
    text: str, units: Sequence[TextRange], found: list[Found], view: Lowered | None = None
) -> None:
    """ "The Kazakh delegation was headed by Deputy Minister X": X leads that country's side of
    the last meeting reported before, when the report names nobody from that country."""
    view = view or Lowered(text)
    naming = names_side(view, units)
    for unit, names_one in zip(units, naming, strict=True):
        if not names_one:
            continue  # DELEGATION_HEAD cannot match
        for m in _delegation_heads(text, view, unit):
            country = actors.country_code(m["who"])
            sc = Scan(text, m.end(), min(unit.end, m.end() + _WINDOW))
            read = read_party(sc, 0, len(sc.toks)) if country else None
            if read is None or read[0].kind != "person" or not read[0].name:
                continue
            leader = read[0]
            for item in reversed([f for f in found if f.evidence.start < m.start()]):
                sides = [i for i, p in enumerate(item.participants) if p.country == country]
                if sides:
                    i = sides[0]
                    p = item.participants[i]
                    if p.name is None:
                        title = canonical(leader.title) or p.title
                        item.participants[i] = p.model_copy(
                            update={"name": leader.name, "title": title}
                        )
                    break


def _delegation_heads(text: str, view: Lowered, unit: TextRange) -> list[re.Match[str]]:
    """``DELEGATION_HEAD.finditer(text, unit.start, unit.end)``, tried only where a match may
    start: every match holds "delegation" or "side" between white space, right after the
    capitalised word it starts with, which starts a run of word characters and hyphens or
    follows a hyphen in it (``re`` would try every position of the paragraph)."""
    found: list[re.Match[str]] = []
    pos = unit.start
    for side in SIDE_WORD.finditer(view, unit.start, unit.end):
        end = side.start()  # the end of the word before it, past the white space
        while end > pos and text[end - 1].isspace():
            end -= 1
        start = end  # the start of the run of word characters and hyphens ending there
        while start > pos and (text[start - 1].isalnum() or text[start - 1] in "_-"):
            start -= 1
        for at in range(start, end - 1):  # the leader's word is two characters at least
            if at == start or text[at - 1] == "-":
                m = DELEGATION_HEAD.match(text, at, unit.end)
                if m is not None:
                    found.append(m)
                    pos = m.end()
                    break
    return found
