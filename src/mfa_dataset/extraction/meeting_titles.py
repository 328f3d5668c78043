"""Titles of office holders as a sentence writes them, read over its tokens::

    title      := (COUNTRY-adj | ORG-adj | TITLE | PLURAL | INSTITUTION | dash)+ complement*
    complement := (of|for|on|to) [the] (COUNTRY list | ORG [(ACRONYM)] | capitalised run)

"Deputy Prime Minister - Minister of Foreign Affairs of the Republic of Kazakhstan", "Russian
Foreign Minister", "the US Senior National Security Council Director", "Commissioner-General of
the United Nations Relief and Works Agency ... (UNRWA)", "the Ministers of Foreign Affairs of
Azerbaijan, Georgia and Türkiye" (plural: a group). The title keeps the country it names
("of Azerbaijan"; "to Azerbaijan" after an ambassador is a posting, not the title) and the
organization (:func:`organization_of`, which also tries "<parent> <body>" for "<body> of the
<parent>": "Youth Forum of the OIC" is the "OIC Youth Forum").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from mfa_dataset import actors
from mfa_dataset.extraction.meeting_tokens import Scan, Tok, skip_leading
from mfa_dataset.extraction.meeting_words import LOWER_HEADS, PRIMARY_HEADS
from mfa_dataset.parsing.vocabulary import DASHES

_PREPOSITIONS = frozenset(["of", "for", "on", "to"])
#: An organization's name without a trailing "(ACRONYM)".
_ORG_NAME = re.compile(r"[^()]+?(?=\s*\(|$)")
#: "<body> of the <parent>": an organ named after its parent organization.
_INVERTED = re.compile(r"(?P<body>[^,()]+?)\s+of\s+(?:the\s+)?(?P<parent>[^,()]+)")


@dataclass(slots=True)
class Title:
    start: int  # token index
    end: int
    countries: list[str]
    org: str | None = None
    org_start: int = -1  # char offset of the organization's name
    org_end: int = -1
    plural: bool = False
    country_at: int = -1  # token index of the first country complement ("of Azerbaijan")
    posting: tuple[int, int] = (-1, -1)  # "to Azerbaijan" after "Ambassador": not the title


def read_title(sc: Scan, k: int, j: int) -> Title | None:
    """A title phrase at ``k``: heads, institutions, complements (see the module grammar)."""
    t, start = sc.toks, k
    found = Title(k, k, [])
    heads = 0
    while k < j:
        tok = t[k]
        if tok.kind in "CO" and heads == 0 and k + 1 < j and t[k + 1].kind in "TPD":
            _take(found, tok)
        elif tok.kind in "TP" or (k == start and tok.kind == "w" and tok.low in LOWER_HEADS):
            heads += 1
            found.plural = tok.kind == "P" or tok.low.endswith("s")
        elif tok.kind != "D" and not (tok.low in DASHES and heads and k + 1 < j):
            break
        k += 1
    if heads == 0:
        return None
    while k + 1 < j and t[k].kind == "w" and t[k].low in _PREPOSITIONS:
        prep, m = t[k].low, k + 1
        the = t[m].low == "the"
        m += 1 if the else 0
        if m >= j:
            break
        tok = t[m]
        if tok.kind == "C":
            found.country_at = k if found.country_at < 0 else found.country_at
            codes, m = country_list(sc, m, j) if found.plural else ([tok.code or ""], m + 1)
            found.countries = found.countries or codes
            if prep == "to":
                found.posting = (k, m)
        elif tok.kind == "O":
            _take(found, tok)
            m = past_acronym(sc, m + 1, j)
            _org_span(found, tok.start, t[m - 1].end)
        elif tok.kind in "TPD" or (the and tok.kind in "NF"):
            m = past_acronym(sc, past_run(sc, m, j, the), j)
            _org_span(found, tok.start, t[m - 1].end)
            if m < j and t[m].kind == "C":
                found.countries = found.countries or [t[m].code or ""]
                m += 1
        else:
            break
        k = m
    found.end = k
    return found


def _take(found: Title, tok: Tok) -> None:
    if tok.kind == "C":
        found.countries = found.countries or [tok.code or ""]
    elif found.org is None:
        found.org = tok.code
        _org_span(found, tok.start, tok.end)


def _org_span(found: Title, start: int, end: int) -> None:
    """The institution named by the title's complements: from the first to the last."""
    if found.org_start < 0:
        found.org_start = start
    found.org_end = max(found.org_end, end)


def past_run(sc: Scan, m: int, j: int, the: bool) -> int:
    """Past a capitalised run in a complement; after "the" any capitalised word, but a tail of
    two or more name words after the last institution word is left for the name."""
    t, last, k = sc.toks, -1, m
    kinds = "TPDNF" if the else "TPD"
    while k < j:
        if t[k].kind in "TPD":
            last = k
        elif not (t[k].kind in kinds or _joint(t, k, j)):
            break
        k += 1
    if the and last >= 0 and k - last - 1 >= 2:
        return last + 1
    return k


def _joint(t: list[Tok], k: int, j: int) -> bool:
    """An "and" inside a portfolio ("Foreign Affairs and Trade", "Foreign and European
    Affairs"), not before another office ("... and Foreign Minister")."""
    if t[k].low not in ("and", "&"):
        return False
    n = k + 1
    while n < j and t[n].kind == "D":
        n += 1
    return n > k + 1 and (n >= j or t[n].kind not in "TP")


def past_acronym(sc: Scan, m: int, j: int) -> int:
    """Past "(ABC)" right after an organization's name."""
    t = sc.toks
    if m + 2 < j and t[m].low == "(" and t[m + 2].low == ")" and t[m + 1].kind not in "w#p":
        return m + 3
    return m


def country_list(sc: Scan, m: int, j: int) -> tuple[list[str], int]:
    """ "A, B and the C" from a country token at ``m``."""
    t = sc.toks
    codes = [t[m].code or ""]
    k = m + 1
    while k + 1 < j:
        n = k
        if t[n].low == ",":
            n += 1
        if n < j and t[n].low == "and":
            n += 1
        n = skip_leading(t, n, j) if n < j and t[n].low == "the" else n
        if n == k or n >= j or t[n].kind != "C":
            break
        codes.append(t[n].code or "")
        k = n + 1
    return codes, k


def offices(sc: Scan, first: Title, j: int) -> tuple[Title, int]:
    """Offices joined by "and" ("Member of the Political Bureau ... and Foreign Minister") and
    the index past them: the office of a head of state, government or ministry wins."""
    t, chosen, end = sc.toks, first, first.end
    while end + 1 < j and t[end].low == "and":
        more = read_title(sc, skip_leading(t, end + 1, j), j)
        if more is None or more.plural:
            break
        if not _primary(sc, chosen) and _primary(sc, more):
            chosen = more
        end = more.end
    chosen.countries = chosen.countries or first.countries
    return chosen, end


def _primary(sc: Scan, title: Title) -> bool:
    return any(t.low in PRIMARY_HEADS for t in sc.toks[title.start : title.end])


def title_text(sc: Scan, title: Title) -> str:
    """The title as written, without "to <country>" and, for a group, without its countries."""
    if title.plural and title.country_at > title.start:
        return sc.span(title.start, title.country_at)  # "the Foreign Ministers" of A and B
    a, b = title.posting
    if a > title.start:
        return " ".join(x for x in (sc.span(title.start, a), sc.span(b, title.end)) if x)
    return sc.span(title.start, title.end)


@lru_cache(maxsize=4096)
def split_title(title: str) -> tuple[str, str | None]:
    """:func:`mfa_dataset.actors.split_title`, remembered: the same titles come again."""
    return actors.split_title(title)


def plain_name(name: str) -> str:
    """An organization's name without a trailing "(ACRONYM)"."""
    return next(iter(_ORG_NAME.findall(name)), name).strip()


def organization_of(name: str, mentioned: str | None) -> str | None:
    """The acronym of the organization ``name`` ("Youth Forum of the Organization of Islamic
    Cooperation (OIC)"), trying its plain name and "<parent> <body>" ("OIC Youth Forum")."""
    plain = plain_name(name)
    candidates = [name, plain]
    inverted = _INVERTED.fullmatch(plain)
    if inverted is not None:
        parent = actors.find_organization(inverted["parent"])
        if parent is not None:
            candidates.append(f"{parent.acronym} {inverted['body']}")
        candidates.append(f"{inverted['parent']} {inverted['body']}")
    for candidate in candidates:
        known = actors.find_organization(candidate)
        if known is not None:
            return known.acronym
    return mentioned
