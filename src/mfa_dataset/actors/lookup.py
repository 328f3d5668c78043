"""Finding gazetteer entries: people by name, organizations by name or in running text.

People are matched on their name or an alias, tolerant of case, diacritics ("Erdogan" is
"Erdoğan"), hyphens ("Kassym Jomart"), honorifics and a leading title ("President Erdoğan",
"Foreign Minister of Russia Sergey Lavrov"); a surname alone ("Lavrov") when it is unique in
the gazetteer, or unique among the people in office on the given day.

Organizations are matched on their name, an alias or their acronym. British and American
spellings of a name match alike ("Organisation"/"Organization", "Programme"/"Program").
Acronyms and all-capital aliases match only as written ("WHO", never "who"); names start
with a capital letter and ignore case after it, as country names do.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from mfa_dataset.actors import _title_words as words
from mfa_dataset.actors._text import fold, fold_slice, key
from mfa_dataset.actors._trie import word_scanner
from mfa_dataset.actors.countries import country_code
from mfa_dataset.actors.gazetteer import Office, Organization, Person, gazetteer
from mfa_dataset.actors.titles import is_title_word, strip_honorifics

_SPELLINGS = (
    ("organisation", "organization"),
    ("programme", "program"),
    ("centre", "center"),
    ("labour", "labor"),
    ("defence", "defense"),
)
_FILLER = frozenset(
    w.casefold() for w in (*words.MODIFIERS, *words.PORTFOLIO, "of", "the", "and", "for")
)


@dataclass(frozen=True, slots=True)
class OrgMention:
    """An organization named in a text; ``text[start:end]`` is the surface as written."""

    start: int
    end: int
    acronym: str


def _person_key(name: str) -> str:
    return " ".join(key(name).replace("-", " ").replace(".", " ").split())


def _org_key(name: str) -> str:
    k = re.sub(r"^the\s+", "", key(name))
    for british, american in _SPELLINGS:
        k = k.replace(british, american)
    return k


def _is_acronym(alias: str) -> bool:
    return alias == alias.upper() and " " not in alias and any(c.isalpha() for c in alias)


def person_office(person: Person, on: dt.date | None) -> Office | None:
    """The office ``person`` held on ``on`` (the first listed, when several overlap).

    Without a day: the first office still held, else the one that ended last. None when the
    person held no listed office on that day.
    """
    if on is None:
        current = [o for o in person.offices if o.end is None]
        if current:
            return current[0]
        return max(person.offices, key=lambda o: o.end or dt.date.min)
    return next((o for o in person.offices if o.holds_on(on)), None)


@cache
def _people() -> tuple[dict[str, list[Person]], dict[str, list[Person]]]:
    full: dict[str, list[Person]] = {}
    surnames: dict[str, list[Person]] = {}
    for person in gazetteer().people:
        for name in (person.name, *person.aliases):
            k = _person_key(name)
            full.setdefault(k, [])
            if person not in full[k]:
                full[k].append(person)
            last = k.split()[-1]
            surnames.setdefault(last, [])
            if person not in surnames[last]:
                surnames[last].append(person)
    return full, surnames


def _strip_title(name: str) -> str:
    tokens = strip_honorifics(name).replace(",", " ").split()
    while len(tokens) > 1 and (
        is_title_word(tokens[0]) or tokens[0].casefold() in _FILLER or country_code(tokens[0])
    ):
        tokens.pop(0)
    return " ".join(tokens)


def _one(found: list[Person], on: dt.date | None) -> Person | None:
    if len(found) == 1:
        return found[0]
    if on is not None:
        serving = [p for p in found if person_office(p, on) is not None]
        if len(serving) == 1:
            return serving[0]
    return None


def find_person(name: str, on: dt.date | None = None) -> Person | None:
    """The gazetteer's person so named (see the module docstring); None if none or ambiguous."""
    return _find_person(name, on)


@lru_cache(maxsize=4096)
def _find_person(name: str, on: dt.date | None) -> Person | None:
    """:func:`find_person`, remembered (statements name the same people again and again)."""
    full, surnames = _people()
    bare = _strip_title(name)
    for candidate in (name, strip_honorifics(name), bare):
        found = full.get(_person_key(candidate))
        if found:
            return _one(found, on)
    k = _person_key(bare)
    if k and " " not in k:
        return _one(surnames.get(k, []), on)
    return None


@cache
def _organizations() -> tuple[dict[str, Organization], dict[str, Organization]]:
    names: dict[str, Organization] = {}
    acronyms: dict[str, Organization] = {}
    for organization in gazetteer().organizations:
        acronyms.setdefault(organization.acronym, organization)
        for alias in (organization.name, *organization.aliases):
            if _is_acronym(alias):
                acronyms.setdefault(alias, organization)
            else:
                names.setdefault(_org_key(alias), organization)
    return names, acronyms


def find_organization(name: str) -> Organization | None:
    """The organization with this name, alias or acronym (a whole string); None if unknown."""
    names, acronyms = _organizations()
    stripped = " ".join(name.split())
    return acronyms.get(stripped) or names.get(_org_key(name))


def _variants(name: str) -> set[str]:
    spellings = {" ".join(fold(re.sub(r"^the\s+", "", name, flags=re.IGNORECASE)).split())}
    for british, american in _SPELLINGS:
        for spelling in list(spellings):
            for old, new in ((british, american), (american, british)):
                spellings.add(spelling.replace(old, new).replace(old.title(), new.title()))
    return spellings


@cache
def _org_scanner() -> re.Pattern[str]:
    _, acronyms = _organizations()
    phrases: set[str] = set()
    for organization in gazetteer().organizations:
        for alias in (organization.name, *organization.aliases):
            if not _is_acronym(alias):
                phrases |= _variants(alias)
    return word_scanner(phrases, acronyms)


def find_organizations(text: str, start: int = 0, end: int | None = None) -> list[OrgMention]:
    """Every organization named in ``text[start:end]``, left to right, longest name first.

    Offsets index ``text`` itself. "OIC Youth Forum" is ICYF, not OIC; "Shanghai Cooperation
    Organization (SCO)" is two mentions of SCO.
    """
    return [OrgMention(s, e, acronym) for s, e, acronym in organization_spans(text, start, end)]


def organization_spans(
    text: str, start: int = 0, end: int | None = None
) -> list[tuple[int, int, str]]:
    """:func:`find_organizations` as plain tuples (start, end, acronym)."""
    found: list[tuple[int, int, str]] = []
    stop = len(text) if end is None else end
    lo = max(0, start - 2)  # as in country_spans: the scanner looks back two characters at most
    for match in _org_scanner().finditer(fold_slice(text, lo, stop), start - lo, stop - lo):
        organization = _organization_of(match.group())
        if organization is not None:
            found.append((lo + match.start(), lo + match.end(), organization.acronym))
    return found


@lru_cache(maxsize=4096)
def _organization_of(surface: str) -> Organization | None:
    """The organization a matched surface names (surfaces repeat: the look-up is remembered)."""
    names, acronyms = _organizations()
    return acronyms.get(surface) or names.get(_org_key(surface))
