"""Meetings named after their sides: "the fifth China-Central Asia Foreign Ministers' Meeting",
"the first EU-Central Asia Summit took place in Samarkand", "the China\u2013Russia\u2013Iran (en
dashes) trilateral meeting will be held in Beijing".

The words before "meeting" / "summit" hold a name of parts joined by hyphens or en dashes; each
part must be a country or an organization (:func:`mfa_dataset.actors.find_countries`,
:func:`~mfa_dataset.actors.find_organizations`), or a region ("Central Asia"), which stands for
the countries the paragraph lists (two or more, a place after "in" not counted; else the event
is skipped). The event is a meeting only when the text says it is held ("took place", "will be
held") or attended ("Wang Yi attended the ..."); each side is the first person of that side the
paragraph names, else an unnamed participant; the attending subject is one of them.
"""

from __future__ import annotations

import re

from mfa_dataset import actors
from mfa_dataset.extraction import meeting_facts as facts
from mfa_dataset.extraction.meeting_clauses import Sentence, report
from mfa_dataset.extraction.meeting_merge import Found
from mfa_dataset.extraction.meeting_parties import Party, scan_parties
from mfa_dataset.extraction.meeting_rules import PREDICATE
from mfa_dataset.parsing.result import TextRange

_WINDOW = 100  # how far before the noun the event's name may start
_DASHES = ("-", "\u2013")
_CAPWORD = r"[A-Z][\w.]*"
#: The name (parts joined by dashes), up to three capitalised words ("Foreign Ministers'") and
#: a format word, right before the noun; matched only in a bounded window.
_NAME = re.compile(
    rf"(?P<name>(?:{_CAPWORD}\s){{0,2}}{_CAPWORD}(?:\s?[-\u2013]\s?(?:{_CAPWORD}\s){{0,2}}?"
    rf"{_CAPWORD})+)(?:\s+[A-Z][\w'\u2019]*){{0,3}}?"
    r"(?:\s+(?P<word>bilateral|trilateral|quadrilateral|multilateral))?\s+$"
)
_PART = re.compile(r"\s?[-\u2013]\s?")
_ATTENDED = re.compile(
    r"\b(?P<to>to\s+)?(?:attend(?:s|ed|ing)?|participat(?:e|es|ed|ing)\s+in|t(?:ake|akes|ook|aking)\s+part"
    r"\s+in)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?$",
    re.IGNORECASE,
)
#: Regions that name a group of countries in an event's name.
_REGIONS = (
    "Central Asia",
    "South Caucasus",
    "Southeast Asia",
    "South Asia",
    "Central America",
    "Latin America",
    "Caribbean",
    "Western Balkans",
    "Pacific Islands",
    "Africa",
)
_REGION = "region"


def parse_named_event(m: re.Match[str], s: Sentence) -> list[Found]:
    text = s.text
    lo = max(s.span.start, m.start() - _WINDOW)
    window = text[lo : m.start()]
    if not any(d in window for d in _DASHES):
        return []
    named = _NAME.search(text, lo, m.start())
    if named is None:
        return []
    read = _sides(text, named.start("name"), named.end("name"), m.start())
    if read is None:
        return []
    sides, begin = read
    pred = PREDICATE.match(text, m.end(), s.span.end)
    attended = _ATTENDED.search(text, max(s.span.start, named.start() - 60), named.start())
    if pred is None and attended is None:
        return []
    if attended is not None and any(c.startswith("ORG:") for c in sides):
        return []  # attending an organization's event: the attend_event rule's
    codes = _expand(s, sides)
    if codes is None or len(codes) < 2:
        return []
    subject: list[Party] = []
    if attended is not None:
        subject = s.subject(attended.start(), attended["to"] is not None)[0][:1]
    parties = _people(s, codes, subject)
    stop = pred.end() if pred is not None else m.end()
    start = attended.start() if attended is not None else begin
    found = report(
        "named_event",
        s,
        m,
        parties,
        stop,
        planned=facts.planned(text, start, stop),
        word=named["word"],
        occasion=TextRange(begin, m.end()),
    )
    for item in found:
        item.evidence = TextRange(min(start, item.evidence.start), item.evidence.end)
    return found


def _sides(text: str, start: int, end: int, noun: int) -> tuple[list[str], int] | None:
    """The codes of the name's parts (``_REGION`` for a region) and where the first starts, or
    None when a part is neither a country, an organization nor a region."""
    cuts = [(p.start(), p.end()) for p in _PART.finditer(text, start, end)]
    bounds = [start, *(c for cut in cuts for c in cut), end]
    parts = list(zip(bounds[::2], bounds[1::2], strict=True))
    out: list[str] = []
    begin = start
    for i, (ps, pe) in enumerate(parts):
        first, last = i == 0, i == len(parts) - 1
        side = _side(text, ps, noun if last else pe, None if last else pe, first)
        if side is None:
            return None
        out.append(side[0])
        begin = side[1] if first else begin
    return out, begin


def _side(text: str, ps: int, pe: int, ends: int | None, first: bool) -> tuple[str, int] | None:
    """The country, organization or region of one part and where it starts: ending at the
    part's end (``ends``) and, but for the first part, starting at its start."""
    found: list[tuple[int, int, str]] = [
        (c.start, c.end, c.code) for c in actors.find_countries(text, ps, pe)
    ]
    found += [(o.start, o.end, "ORG:" + o.acronym) for o in actors.find_organizations(text, ps, pe)]
    found += [(ps, ps + len(r), _REGION) for r in _REGIONS if text.startswith(r, ps)]
    for a, b, code in found:
        if (first or a == ps) and (ends is None or b == ends):
            return code, a
    return None


def _expand(s: Sentence, sides: list[str]) -> list[str] | None:
    """The sides with a region replaced by the other countries the paragraph lists."""
    codes = [c for c in sides if c != _REGION]
    if len(codes) == len(sides):
        return list(dict.fromkeys(codes))
    t = s.scan.toks
    listed = [
        tok.code
        for i, tok in enumerate(t)
        if tok.kind == "C" and tok.code and not (i > 0 and t[i - 1].low == "in")
    ]
    extra = [c for c in dict.fromkeys(listed) if c not in codes]
    return list(dict.fromkeys(codes + extra)) if len(extra) >= 2 else None


def _people(s: Sentence, codes: list[str], subject: list[Party]) -> list[Party]:
    """One party per side: the attending subject, else the paragraph's first person of that
    side, else the side itself, unnamed."""
    sc = s.scan
    named = [p for p in scan_parties(sc, 0, len(sc.toks)) if p.kind == "person" and p.name]
    out: list[Party] = []
    unnamed: list[int] = []
    for code in codes:
        org = code[4:] if code.startswith("ORG:") else None
        mine = [p for p in subject if _of(p, code, org)]
        who = mine or [p for p in named if _of(p, code, org)][:1]
        if who:
            out.append(who[0])
        else:
            unnamed.append(len(out))
            at = s.span.start
            out.append(Party(at, at, "country", org=org, org_name=org, countries=()))
            if not org:
                out[-1] = Party(at, at, "group", countries=(code,))
    stray = [p for p in subject if not p.countries and not p.org]
    if stray and len(unnamed) == 1:  # the subject is the one side the paragraph names no one of
        out[unnamed[0]] = stray[0]
    elif stray:
        out += stray  # its country is filled in later
    return out


def _of(p: Party, code: str, org: str | None) -> bool:
    return p.org == org if org else code in p.countries
