"""Official titles: one canonical spelling per office, and the country folded into a title.

Canonical titles (:func:`canonical_title`):

* a foreign minister is "Minister of Foreign Affairs" however written ("Foreign Minister",
  "FM", "Minister for Foreign Affairs"); "Deputy/Vice Foreign Minister" is "Deputy Minister of
  Foreign Affairs"; the same for "Defence Minister" and a few other portfolios;
* "Foreign Secretary" stays "Foreign Secretary": in the United Kingdom it names the foreign
  minister, but in Pakistan, India or Bangladesh the ministry's senior civil servant, so
  folding it into "Minister of Foreign Affairs" would be wrong half the time;
* "Secretary of State" (the United States' foreign minister) stays as it is, for the same
  reason; "PM" is "Prime Minister", "Secretary General" is "Secretary-General";
* compound titles are canonicalised part by part around their dash, kept as written
  ("Deputy Prime Minister - Foreign Minister" -> "Deputy Prime Minister - Minister of Foreign
  Affairs", with an en or em dash alike);
* anything else is returned as written, white space collapsed.
"""

from __future__ import annotations

import re

from mfa_dataset.actors import _title_words as words
from mfa_dataset.actors._country_data import country_table
from mfa_dataset.actors._text import key
from mfa_dataset.actors.countries import find_countries

_MFA = "Minister of Foreign Affairs"
_FIXED = {
    "fm": _MFA,
    "deputy fm": "Deputy " + _MFA,
    "pm": "Prime Minister",
    "prime minister": "Prime Minister",
    "deputy pm": "Deputy Prime Minister",
    "deputy prime minister": "Deputy Prime Minister",
    "vice prime minister": "Deputy Prime Minister",
    "vice-prime minister": "Deputy Prime Minister",
    "first deputy prime minister": "First Deputy Prime Minister",
    "president": "President",
    "vice president": "Vice President",
    "vice-president": "Vice President",
    "head of state": "Head of State",
    "head of government": "Head of Government",
    "secretary general": "Secretary-General",
    "secretary-general": "Secretary-General",
    "director general": "Director-General",
    "director-general": "Director-General",
    "under-secretary-general": "Under-Secretary-General",
    "under secretary general": "Under-Secretary-General",
    "foreign secretary": "Foreign Secretary",
    "secretary of state": "Secretary of State",
    "chancellor": "Chancellor",
    "federal chancellor": "Chancellor",
    "premier": "Premier",
    "supreme leader": "Supreme Leader",
    "ambassador": "Ambassador",
    "spokesperson": "Spokesperson",
}
#: Portfolios named before "Minister" ("Foreign Minister") and their canonical name.
_PORTFOLIOS = {
    "foreign": "Foreign Affairs",
    "foreign affairs": "Foreign Affairs",
    "defence": "Defence",
    "defense": "Defence",
    "finance": "Finance",
    "economy": "Economy",
    "energy": "Energy",
    "justice": "Justice",
    "health": "Health",
    "education": "Education",
    "culture": "Culture",
    "agriculture": "Agriculture",
}
_RANKS = {"first": "First", "deputy": "Deputy", "vice": "Deputy", "acting": "Acting"}
_PORTFOLIO = "|".join(sorted(_PORTFOLIOS, key=len, reverse=True))
_MINISTER = re.compile(
    rf"(?P<ranks>(?:(?:first|deputy|vice|acting)[\s-]+)*)"
    rf"(?:(?P<before>{_PORTFOLIO})\s+minister|minister\s+(?:of|for)\s+(?:the\s+)?(?P<after>{_PORTFOLIO}))"
)
_PARTS = re.compile(r"(\s*[\u2013\u2014]\s*|\s+-\s+)")
_HONORIFIC = re.compile(
    r"(?<!\w)(?:" + "|".join(re.escape(h) for h in words.HONORIFICS) + r")(?=\s|$)\s*"
)
_POSSESSIVE = re.compile(r"^['\u2019]s(?=\s)")


def _canonical_part(part: str) -> str:
    k = key(part)
    if k in _FIXED:
        return _FIXED[k]
    minister = _MINISTER.fullmatch(k)
    if minister is None:
        return part
    ranks = [_RANKS[r] for r in re.split(r"[\s-]+", minister["ranks"].strip()) if r]
    portfolio = _PORTFOLIOS[minister["before"] or minister["after"]]
    return " ".join([*ranks, "Minister of", portfolio])


def canonical_title(title: str) -> str:
    """The canonical spelling of ``title`` (see the module docstring); unknown ones as written."""
    collapsed = " ".join(title.split())
    pieces = _PARTS.split(collapsed)
    return "".join(_canonical_part(p) if i % 2 == 0 else p for i, p in enumerate(pieces))


def strip_honorifics(text: str) -> str:
    """``text`` without "H.E.", "Mr.", "His Excellency"... and surrounding white space."""
    return " ".join(_HONORIFIC.sub("", text).split())


def _strict_code(surface: str) -> str | None:
    form = country_table().forms.get(re.sub(r"^the\s+", "", key(surface)))
    return None if form is None else form.code


def split_title(text: str) -> tuple[str, str | None]:
    """A title as written with its country folded in -> (canonical title, alpha-3 or None).

    Understands a trailing "of <country>" ("Prime Minister of the Islamic Republic of
    Pakistan"), "of <country> to/in ..." ("Ambassador of Japan to Azerbaijan" -> "Ambassador
    to Azerbaijan", JPN) and a leading country name, adjective or possessive ("Russian Foreign
    Minister", "US Senior National Security Council Director", "Türkiye's President").
    Honorifics and a leading "the" are dropped.
    """
    title = re.sub(r"^the\s+", "", strip_honorifics(text), flags=re.IGNORECASE).strip(" ,;:")
    pieces = _PARTS.split(title)
    for i in range(0, len(pieces), 2):
        head, code = _trailing_country(pieces[i])
        if code is not None:
            pieces[i] = head
            return canonical_title("".join(pieces)), code
    mentions = find_countries(title)
    if mentions and mentions[0].start == 0:
        after = _POSSESSIVE.sub("", title[mentions[0].end :])
        if after[:1].isspace() and after.strip():
            return canonical_title(after.strip()), mentions[0].code
    return canonical_title(title), None


def _trailing_country(title: str) -> tuple[str, str | None]:
    """``title`` without its last "of <country>" (or "of <country> to ...") and the code."""
    for match in re.finditer(r"\s+of\s+", title):
        head, rest = title[: match.start()], title[match.end() :]
        if key(head) in words.NEEDS_COMPLEMENT:
            continue
        code = _strict_code(rest)
        if code is not None:
            return head, code
        posted = re.match(r"(?P<country>.+?)\s+(?P<tail>(?:to|in|at)\s+.+)$", rest)
        if posted and (code := _strict_code(posted["country"])):
            return f"{head} {posted['tail']}", code
    return title, None


_TITLE_WORDS = frozenset(
    w.casefold() for w in (*words.HEADS, *words.QUALIFIERS, "Secretary-General", "Prince")
)


def is_title_word(word: str) -> bool:
    """Whether ``word`` names or qualifies an office: "President", "Minister", "Deputy"..."""
    return word.strip(".,;:()\"'").casefold() in _TITLE_WORDS
