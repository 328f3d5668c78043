"""Who takes part in a meeting: people, delegations and groups read from a sentence.

A sentence is cut into tokens (words, numbers, punctuation); country and organization mentions
found by :mod:`mfa_dataset.actors` become single tokens (``C``, ``O``) and capitalised words are
classed by :func:`~mfa_dataset.extraction.meeting_words.word_class`. A party is read by a small
grammar over the tokens, always moving forward (no backtracking)::

    party      := [the] address* ( delegation | pronoun | counterpart
                                  | title [name] [of COUNTRY] [appos] | name [of COUNTRY] [appos]
                                  | COUNTRY | ORG )
    title      := (COUNTRY-adj | ORG-adj | TITLE | PLURAL | INSTITUTION | dash)+ complement*
    complement := (of|for|on|to) [the] (COUNTRY list | ORG [(ACRONYM)] | capitalised run)
    appos      := "," [the] address* (title | name)
    delegation := [a|the] [COUNTRY] delegation [of COUNTRY] (led|headed) by party

A title in the plural followed by countries ("the Ministers of Foreign Affairs of Azerbaijan,
Georgia and Türkiye", "the Heads of State of A and B") is a group: one unnamed participant per
country. "him"/"her" and "his Turkish counterpart" are kept as references for the caller to
resolve.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from mfa_dataset import actors
from mfa_dataset.extraction.meeting_titles import (
    Title,
    offices,
    organization_of,
    past_acronym,
    past_run,
    plain_name,
    read_title,
    split_title,
    title_text,
)
from mfa_dataset.extraction.meeting_tokens import LEADING, Scan, Tok, skip_leading
from mfa_dataset.extraction.meeting_words import LOWER_HEADS, NAME_PARTICLES

_COUNTERPARTS = frozenset(["counterpart", "counterparts", "colleague", "colleagues"])
#: A token of these kinds (lower-case word, punctuation, number, capitalised function word)
#: starts no party unless it is one of _MAY_LEAD: a leading word skipped, a pronoun,
#: "delegation", a lower-case title head. Keep in step with :func:`read_party`,
#: :func:`_delegation` and ``read_title``.
_PLAIN = frozenset("wp#F")
_MAY_LEAD = (
    LEADING
    | LOWER_HEADS
    | frozenset(["his", "her", "their", "him", "he", "she", "delegation", "delegations"])
)
_MAX_NAME = 5


@dataclass(frozen=True, slots=True)
class Party:
    start: int
    end: int
    kind: str  # person | group | country | pronoun | counterpart
    name: str | None = None
    title: str | None = None  # as written, country complements included
    countries: tuple[str, ...] = ()
    org: str | None = None  # acronym
    org_name: str | None = None  # the organization's name as written
    peer: bool = False  # "his counterpart X": holds the same office as the subject


def read_party(sc: Scan, i: int, j: int) -> tuple[Party, int] | None:
    """The party starting at token ``i`` (before ``j``) and the index just past it."""
    t = sc.toks
    k = skip_leading(t, i, j)
    if k >= j:
        return None
    tok = t[k]
    if tok.low in ("his", "her", "their") or (
        tok.kind == "C" and k + 1 < j and t[k + 1].low in _COUNTERPARTS
    ):
        found = _counterpart(sc, k + (tok.kind != "C"), j, tok.start)
        if found is not None or tok.low != "her":
            return found
    if tok.low in ("him", "her", "he", "she"):
        return Party(tok.start, tok.end, "pronoun"), k + 1
    found = _delegation(sc, k, j)
    if found is not None:
        return found
    if tok.kind in "CO" and (k + 1 >= j or t[k + 1].kind not in "TPD"):
        return _bare(sc, k), k + 1
    return _person(sc, k, j)


def _bare(sc: Scan, k: int) -> Party:
    tok = sc.toks[k]
    if tok.kind == "C":
        return Party(tok.start, tok.end, "country", countries=(tok.code or "",))
    name = sc.text[tok.start : tok.end]
    return Party(tok.start, tok.end, "country", org=tok.code, org_name=name)


def _counterpart(sc: Scan, k: int, j: int, start: int) -> tuple[Party, int] | None:
    t = sc.toks
    codes: tuple[str, ...] = ()
    if k < j and t[k].kind == "C":
        codes, k = (t[k].code or "",), k + 1
    if k < j and t[k].low in _COUNTERPARTS:
        k += 1
        if k + 1 < j and t[k].low in ("from", "of") and t[k + 1].kind == "C":
            codes, k = (t[k + 1].code or "",), k + 2
        first = skip_leading(t, k + 1 if k < j and t[k].low == "," else k, j)
        named = _person(sc, first, j) if first < j else None
        if named is not None and named[0].name:
            person = named[0]
            countries = person.countries or codes
            return replace(person, start=start, countries=countries, peer=True), named[1]
        return Party(start, t[k - 1].end, "counterpart", countries=codes), k
    return None


def _delegation(sc: Scan, k: int, j: int) -> tuple[Party, int] | None:
    t, start = sc.toks, sc.toks[k].start
    codes: tuple[str, ...] = ()
    if t[k].kind == "C" and k + 1 < j:
        codes, k = (t[k].code or "",), k + 1
    if t[k].low not in ("delegation", "delegations"):
        return None
    k += 1
    org = -1  # token index of the organization sending the delegation
    if k + 1 < j and t[k].low == "of":
        m = skip_leading(t, k + 1, j)
        if m < j and t[m].kind == "C":
            codes, k = (t[m].code or "",), past_run(sc, m + 1, j, the=True)  # "U.S. Congress"
        elif m < j and t[m].kind == "O":
            org, k = m, past_acronym(sc, m + 1, j)
        else:
            k = past_run(sc, m, j, the=True)  # "of the European Parliament"
    if k < j and t[k].low == ",":
        k += 1
    if k + 1 < j and t[k].low in ("led", "headed", "chaired") and t[k + 1].low == "by":
        found = read_party(sc, k + 2, j)
        if found is not None and found[0].kind == "person":
            party = replace(found[0], start=start)
            if not party.countries and not party.org and codes:
                party = replace(party, countries=codes)
            elif not party.countries and not party.org and org >= 0:
                party = replace(party, org=t[org].code, org_name=t[org].of(sc.text))
            return party, found[1]
    if codes:
        return Party(start, t[k - 1].end, "country", countries=codes), k
    if org >= 0:
        return _bare(sc, org), k
    return None


def _name(sc: Scan, k: int, j: int) -> int:
    t, n = sc.toks, k
    while n < j and n - k < _MAX_NAME:
        tok = t[n]
        particle = tok.kind == "w" and tok.low in NAME_PARTICLES and n > k
        if tok.kind == "N" or (particle and n + 1 < j and t[n + 1].kind == "N"):
            n += 1
        else:
            break
    return n


def _person(sc: Scan, k: int, j: int) -> tuple[Party, int] | None:
    t = sc.toks
    title = read_title(sc, k, j)
    n0 = title.end if title is not None else k
    if title is not None and _shared_name(t, n0, j):  # "Crown Prince and Prime Minister X"
        both, after = offices(sc, title, j)
        if _name(sc, _past_address(t, after, j), j) > _past_address(t, after, j):
            title, n0 = both, after
    n0 = _past_address(t, n0, j)  # "External Affairs Minister Dr. S. Jaishankar"
    n = _name(sc, n0, j)
    if title is None and n - n0 < 2 and (n == n0 or actors.find_person(sc.span(n0, n)) is None):
        return None
    name = sc.span(n0, n) or None
    end = n
    countries = list(title.countries) if title is not None else []
    if name is not None and end + 1 < j and t[end].low == "of" and t[end + 1].kind == "C":
        countries = countries or [t[end + 1].code or ""]
        end += 2
    if end + 1 < j and t[end].low == ",":
        m = skip_leading(t, end + 1, j)
        appos = read_title(sc, m, j) if name is not None else None
        if appos is not None and not appos.plural:
            appos, after = offices(sc, appos, j)
            if _name(sc, _past_address(t, after, j), j) > _past_address(t, after, j):
                return _party(sc, t[k].start, t[end - 1].end, name, title, countries), end
            end = after  # "X, Minister of Y": not "X, President of Y Z" (the next person)
            title, countries = title or appos, countries or appos.countries
            if title.org is None and appos.org is not None:
                title = appos
        elif name is None and title is not None and not title.plural:
            n = _name(sc, m, j)
            if n - m >= 2:
                name, end = sc.span(m, n), n
    party = _party(sc, t[k].start, t[end - 1].end, name, title, countries)
    if party.kind == "group" and not party.countries and party.org is None:
        return None  # "the Ministers": whose, the text says elsewhere
    return party, end


def _shared_name(t: list[Tok], k: int, j: int) -> bool:
    """Offices joined by a bare "and" before one name, not "the X and the Y"."""
    return k + 1 < j and t[k].low == "and" and t[k + 1].low not in ("the", "a", "an")


def _past_address(t: list[Tok], k: int, j: int) -> int:
    while k < j and t[k].kind == "H":
        k += 1
    return k


def _party(
    sc: Scan, start: int, end: int, name: str | None, title: Title | None, countries: list[str]
) -> Party:
    raw = title_text(sc, title) if title is not None else None
    if raw is not None and not countries:
        code = split_title(raw)[1]
        countries = [code] if code else []
    org, org_name = None, None
    if title is not None and title.org_start >= 0 and not countries:
        org_name = sc.text[title.org_start : title.org_end]
        org = organization_of(org_name, title.org)
        if org is None:
            org_name = None
        elif title.org is not None:
            org_name = plain_name(org_name)
    kind = "group" if title is not None and title.plural and name is None else "person"
    return Party(start, end, kind, name, raw, tuple(countries), org, org_name)


def scan_parties(sc: Scan, i: int, j: int) -> list[Party]:
    """Every party between tokens ``i`` and ``j``, left to right."""
    t = sc.toks
    found: list[Party] = []
    k = i
    while k < j:
        if t[k].kind in _PLAIN and t[k].low not in _MAY_LEAD:
            k += 1  # read_party would read no party here
            continue
        read = read_party(sc, k, j)
        if read is None:
            k += 1
        else:
            found.append(read[0])
            k = max(read[1], k + 1)
    return found


def read_list(sc: Scan, k: int, j: int) -> tuple[list[Party], int]:
    """Parties joined by ",", "and", "as well as (with)" from token ``k``."""
    t = sc.toks
    found: list[Party] = []
    while k < j:
        read = read_party(sc, k, j)
        if read is None:
            break
        found.append(read[0])
        k = n = read[1]
        while n < j and t[n].low in (",", "and", "as", "well", "with", "together"):
            n += 1
        if n == k or n >= j:
            break
        k = n
    return found, (k if not found else sc.at(found[-1].end))
