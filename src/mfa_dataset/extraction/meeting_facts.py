"""Where, when and on what occasion: the facts around a reported meeting.

* sentences: a title or paragraph is cut at ``.``/``!``/``?`` followed by a capital, except after
  abbreviations ("H.E.", "Mr.", "U.S.", initials);
* ``dates``: an absolute date (:data:`mfa_dataset.parsing.rules.DATE`), "on 16 May" / "on
  February 16" (the year of publication), "today", "yesterday", "tomorrow";
* ``places``: "in <city>[, <country>]", "in <country>", "in our country" (the issuer), or the
  dateline "Astana, May 16, 2025 -" opening the paragraph;
* ``occasion``: the named event after "in the margins of", "on the sidelines of", "within the
  framework of (participation in)", "on the occasion of", "at", or after "attend" /
  "participate in" / "take part in" - a phrase holding a capitalised word, cut before "in
  <place>", a comma, a date or a relative clause;
* ``planned``: "will", "shall", "is expected/scheduled/due/set to", "to be held", "plans to";
* ``remote``: "by (tele)phone", "video call/conference/link", "online": a call, not a meeting.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Final

from mfa_dataset import actors
from mfa_dataset.extraction.meeting_words import MONTHS, words
from mfa_dataset.extraction.prefilter import lowered, words_scanner
from mfa_dataset.models import Place
from mfa_dataset.parsing.dates import date_of
from mfa_dataset.parsing.result import TextRange
from mfa_dataset.parsing.rules import DATE, HEADER_RULES, UPPER

#: ``[.!?]+`` written ``[.!?][.!?]*``: a pattern opening with a class lets ``re`` skip to it.
_SENTENCE_END = re.compile(r"[.!?][.!?]*[\"'\u201d\u2019)]?\s+(?=[\"'\u201c\u2018(]?[^\W\d_]|\d)")
_ABBREVIATION = re.compile(
    r"(?:\b[^\W\d_]|\b(?:[^\W\d_]\.)+[^\W\d_]|\b(?:Mr|Mrs|Ms|Dr|Prof|St|No|Nr|Art|vs|Jr|Sr))$"
)
_DATE: Final = re.compile(DATE)
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_DAY_MONTH: Final = re.compile(
    rf"\bon\s+(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>{_MONTH})\b"
    rf"|(?P<m2>{_MONTH})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b)(?!,?\s{{0,3}}\d)",
    re.IGNORECASE,
)
_RELATIVE: Final = re.compile(r"\b(?:today|yesterday|tomorrow)\b", re.IGNORECASE)
_RELATIVE_SCAN: Final = words_scanner(["today", "yesterday", "tomorrow"])
_DIGIT: Final = re.compile(r"\d")
_YEAR: Final = re.compile(r"\d{4}")
#: Runs of digits, four or more (each whole: from its first digit to its last).
_DIGITS: Final = re.compile(r"\d{4,}")
_YEAR_LEAD = 32  # "16th of   September.,   2024": 26 characters before the year
_SHIFT = {"today": 0, "yesterday": -1, "tomorrow": 1}
_CAP = rf"{UPPER}[^\W\d_]*(?:['\u2019-][^\W\d_]+)*"
_PLACE: Final = re.compile(
    rf"\b(?:in|at)\s+(?:the\s+city\s+of\s+)?(?P<place>{_CAP}(?:\s{_CAP}){{0,2}})"
    rf"(?:,\s{{0,2}}(?P<country>{_CAP}(?:\s{_CAP}){{0,2}}))?|\bin\s+our\s+country\b"
    #: "travel to Tashkent, where he will hold talks": the place the clause after it is in
    rf"|\bto\s+(?P<where>{_CAP}(?:\s{_CAP}){{0,2}}),\s+where\b"
)
_DATELINE: Final = next(rule.pattern for rule in HEADER_RULES if rule.name == "dateline")
_OCCASION_CUE: Final = re.compile(
    r"\b(?:(?:in|on)\s+the\s+(?:margins?|sidelines?|fringes?)\s+of"
    r"|within\s+the\s+(?:framework|context)\s+of(?:\s+(?:his|her|their|the)?\s*"
    r"(?:participation|visit)\s+(?:in|to|at))?|on\s+the\s+occasion\s+of"
    r"|during\s+(?:his|her|their|the)\s+(?:participation|visit)\s+(?:in|to|at)"
    r"|(?P<weak>attend(?:s|ed|ing)?|participat(?:e|es|ed|ing)\s+in"
    r"|t(?:ake|akes|ook|aking)\s+part\s+in|at))\s+(?:the\s+)?",
    re.IGNORECASE,
)
_W = r"[^\s,;:.()\u2013\u2014\"\u201c\u201d]+"
#: Words of an event's name: a word, or "(ACRONYM)"; an en dash inside a word joins like a
#: hyphen ("Russia\u2013ASEAN"), one between spaces ends the name.
_EVENT_WORD: Final = re.compile(rf"\([^\W_][\w-]{{0,15}}\)|{_W}(?:\u2013{_W})*")
_MAX_EVENT_WORDS = 20
_MAX_LOWER = 4
_EVENT_STOP = words("in at on which that who where when with by to as from during after before")
_JOINTS = frozenset(["of", "for", "on", "and", "the"])
_PLANNED: Final = re.compile(
    r"\b(?:will|shall|(?:is|are)\s+(?:expected|scheduled|due|set|planned|going|to)"
    r"|to\s+be\s+held|plans?\s+to|intends?\s+to|upcoming|forthcoming"
    r"|accept(?:s|ed)?\s+(?:an\s+|the\s+)?invitation)\b",
    re.IGNORECASE,
)
_REMOTE: Final = re.compile(
    r"\b(?:by|via|over|through)\s+(?:tele)?phone\b|\b(?:tele)?phone\s+(?:call|conversation|talk)"
    r"|\bvideo[\s-]?(?:call|conference|link|format|meeting|mode)|\bvideoconferenc|\bonline\b"
    r"|\bvirtual(?:ly)?\b",
    re.IGNORECASE,
)


def sentences(text: str, unit: TextRange) -> list[TextRange]:
    """The sentences of a title or a paragraph, trimmed."""
    found: list[TextRange] = []
    start = unit.start
    for m in _SENTENCE_END.finditer(text, unit.start, unit.end):
        end = m.start()
        # _ABBREVIATION matches a word of at most four letters, or a letter after a full stop,
        # right before ``end`` (or before a line break there, as ``$`` does): not after a run of
        # letters (the test, written out, is most of the time this function takes)
        if (end < 5 or text[end - 1] == "\n" or not text[end - 5 : end - 1].isalpha()) and (
            _ABBREVIATION.search(text, max(start, end - 12), end)
        ):
            continue
        found.append(TextRange(start, end + 1))
        start = m.end()
    if start < unit.end:
        found.append(TextRange(start, unit.end))
    return found


Dated = tuple[int, int, dt.date]  # rank (0 absolute, 1 day and month, 2 relative), offset, day


def dates(text: str, start: int, end: int, published: dt.date | None) -> list[Dated]:
    """Every date stated in ``text[start:end]``, found once per sentence."""
    found: list[Dated] = []
    year = _YEAR.search(text, start, end)
    if year is not None:
        found += [
            (0, m.start(), day)
            for m in _absolute(text, start, end, year.start())
            if (day := date_of(m))
        ]
    if published is None:
        return found
    digit = year or _DIGIT.search(text, start, end)  # "on 16 May" has one
    for m in _DAY_MONTH.finditer(text, start, end) if digit is not None else ():
        full = _DATE.fullmatch(f"{m['d1'] or m['d2']} {m['m1'] or m['m2']} {published.year}")
        if full is not None and (day := date_of(full)) is not None:
            found.append((1, m.start(), day))
    relative = _RELATIVE_SCAN.search(lowered(text[start:end])) is not None
    for m in _RELATIVE.finditer(text, start, end) if relative else ():
        shift = dt.timedelta(days=_SHIFT[m.group().casefold()])
        found.append((2, m.start(), published + shift))
    return found


def _absolute(text: str, start: int, end: int, first: int) -> list[re.Match[str]]:
    """``_DATE.finditer(text, max(start, first - _YEAR_LEAD), end)`` (``first``: where the
    first four digits in a row stand), tried only where a match may start.

    The year of every match is a run of exactly four digits (no digit before or after it),
    the only one in the match; the match starts at most _YEAR_LEAD characters before it and
    ends at most six after it (ISO: "-10-13"). So each match is found by the search from
    _YEAR_LEAD before such a run, up to a few characters after it (not enough to change what
    ``(?!\\d)`` sees at the end of the match), kept if it starts at or before the run."""
    found: list[re.Match[str]] = []
    pos = start
    for run in _DIGITS.finditer(text, first, end):
        if run.end() - run.start() != 4:
            continue
        at = run.start()
        for m in _DATE.finditer(text, max(pos, at - _YEAR_LEAD), min(end, run.end() + 8)):
            if m.start() > at:
                break
            found.append(m)
            pos = m.end()
    return found


def pick_date(found: list[Dated], start: int, end: int) -> dt.date | None:
    """The date stated in ``[start, end)``: an absolute one first, then the earliest."""
    inside = [d for d in found if start <= d[1] < end]
    return min(inside)[2] if inside else None


def places(text: str, start: int, end: int, issuer: str | None) -> list[tuple[int, Place]]:
    """Every place a meeting may be said to be in, within ``text[start:end]``."""
    found: list[tuple[int, Place]] = []
    for m in _PLACE.finditer(text, start, end):
        name = m["place"] or m["where"]
        place = _place(name, m["country"]) if name else Place(country=issuer)
        if place is not None and (place.city or place.country):
            found.append((m.start(), place))
    return found


def pick_place(found: list[tuple[int, Place]], start: int, end: int) -> Place | None:
    return next((p for at, p in found if start <= at < end), None)


@lru_cache(maxsize=4096)
def _place(words: str, after: str | None) -> Place | None:
    """The place ``words`` name (a city, else a country), ``after`` them the country stated;
    remembered (a Place is immutable, places recur)."""
    parts = words.split()
    if parts[0].casefold() in MONTHS:
        return None
    for n in range(len(parts), 0, -1):
        name = " ".join(parts[:n])
        home = actors.city_country(name)
        if home is not None:
            stated = actors.country_code(after) if after and n == len(parts) else None
            return Place(city=name, country=stated or home)
        country = actors.country_code(name)
        if country is not None:
            return Place(country=country)
    return None


def dateline_place(text: str, sentence: TextRange) -> Place | None:
    """The place of a dateline opening the sentence: "Astana, May 16, 2025 - ..."."""
    m = _DATELINE.match(text, sentence.start, sentence.end)
    if m is None or m["place"] is None:
        return None
    return _place(m["place"].split(",")[0], None)


def city_of_event(name: str) -> Place | None:
    """A place from an event named after its host city: "Munich Security Conference"."""
    first = name.split()[0] if name.split() else ""
    home = actors.city_country(first) if first[:1].isupper() else None
    return Place(city=first, country=home) if home is not None else None


def occasions(text: str, start: int, end: int) -> list[TextRange]:
    """Named events the sentence puts meetings in (see the module docstring)."""
    found: list[TextRange] = []
    for cue in _OCCASION_CUE.finditer(text, start, end):
        event = _event(text, cue.end(), end)
        if event is not None and (cue["weak"] is None or has_event_noun(event.of(text))):
            found.append(event)
    return found


def has_event_noun(name: str) -> bool:
    """An event's name that says what it is ("Summit", "Forum", "meeting"), or an acronym."""
    return any(_is_event_noun(w) for w in name.split())


def event_after(text: str, pos: int, end: int) -> TextRange | None:
    """The event named right at ``pos`` ("the 7th Summit of the ..."), if any."""
    if text.startswith("the ", pos):
        pos += 4
    return _event(text, pos, end)


def _event(text: str, pos: int, end: int) -> TextRange | None:
    """Words from ``pos``: lower-case ones (up to an event noun) only before the first capital,
    joints ("of", "for", "on", "and", "the") only before a capitalised word."""
    words: list[re.Match[str]] = []
    for m in _EVENT_WORD.finditer(text, pos, end):
        gap = text[words[-1].end() if words else pos : m.start()]
        first = m.group()[0]
        if gap.strip() or len(words) >= _MAX_EVENT_WORDS or not (first.isalnum() or first == "("):
            break
        words.append(m)
    kept: list[re.Match[str]] = []
    capital = False
    for i, m in enumerate(words):
        word = m.group()
        low = word.casefold()
        if word[0].isupper() or word[0].isdigit() or word[0] == "(":
            if low in MONTHS and kept:
                break
            capital = capital or word[0].isupper()
        elif low in _JOINTS:
            if not _capital_next(words, i):
                break
        elif capital or low in _EVENT_STOP or len(kept) >= _MAX_LOWER or _ends_event(kept):
            break
        kept.append(m)
    while kept and kept[-1].group().casefold() in _JOINTS:
        kept.pop()
    if not capital or not kept:
        return None
    first = kept[0].group()
    if first[0].islower() and not any(_is_event_noun(m.group()) for m in kept):
        return None
    return TextRange(kept[0].start(), kept[-1].end())


def _capital_next(words: list[re.Match[str]], i: int) -> bool:
    """The word after a joint is capitalised and is not a month ("on February 16")."""
    if i + 1 >= len(words):
        return False
    nxt = words[i + 1].group()
    if nxt.casefold() == "the" and i + 2 < len(words):
        nxt = words[i + 2].group()
    return nxt[:1].isupper() and nxt.casefold() not in MONTHS


def _ends_event(kept: list[re.Match[str]]) -> bool:
    return bool(kept) and _is_event_noun(kept[-1].group())


def _is_event_noun(word: str) -> bool:
    return word.casefold().rstrip(".,") in _EVENT_NOUNS


_EVENT_NOUNS = words(
    """meeting meetings summit session sessions conference forum council assembly congress
    dialogue ministerial consultations talks round negotiations ceremony festival exhibition
    games olympics week days"""
)


def planned(text: str, start: int, end: int) -> bool:
    return _PLANNED.search(text, start, end) is not None


def remote(text: str, start: int, end: int) -> bool:
    low = lowered(text[start:end])  # every _REMOTE match holds one of these words
    if not any(word in low for word in ("phone", "video", "online", "virtual")):
        return False
    return _REMOTE.search(text, start, end) is not None
