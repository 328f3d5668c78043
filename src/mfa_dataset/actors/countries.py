"""Countries named in running text: ``"Azerbaijan"``, ``"the Republic of Türkiye"``, ``"Chinese"``.

:func:`country_code` looks up a whole string; :func:`find_countries` scans a text with one
regular expression built once, on first use, from every form in
:func:`~mfa_dataset.actors._country_data.country_table`.

Matching rules for running text (:func:`find_countries`):

* names and adjectives must start with an upper-case letter ("Turkey", "TURKEY", not
  "turkey"); the rest ignores case, diacritics, curly quotes and the kind of white space;
* abbreviations ("US", "UK", "UAE") match only exactly as written, never "us";
* matches stand on word boundaries and the longest form wins ("Papua New Guinea" is one
  mention, "Nigerien" is NER, "Turkic" is nothing); compounds ("Azerbaijani-Chinese",
  "Azerbaijan-Pakistan-Türkiye") give one mention per part;
* a leading article is never part of a mention: in "the People's Republic of China" the
  mention is "People's Republic of China";
* matching is lexical: "Jordan" is always JOR and "Georgia" always GEO, whoever they name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Literal

import pycountry

from mfa_dataset.actors._country_data import Form, country_table
from mfa_dataset.actors._text import fold_slice, key
from mfa_dataset.actors._trie import exact_pattern, phrases_pattern, word_scanner

#: Words of a state's formal name that :func:`country_code` may drop ("Republic Türkiye").
_GOVERNMENT = re.compile(
    r"^(?:(?:islamic|federal|democratic|people's|socialist|united|arab|hashemite|"
    r"plurinational|bolivarian|co-operative|cooperative|federative|oriental|eastern|"
    r"independent|grand)\s+)*"
    r"(?:republic|kingdom|state|federation|commonwealth|principality|sultanate|duchy|"
    r"emirate|union|confederation)\s+(?:of\s+)?(?:the\s+)?"
)
_POSSESSIVE = re.compile(r"'s?$")


@dataclass(frozen=True, slots=True)
class CountryMention:
    """A country named in a text; ``text[start:end]`` is the surface as written."""

    start: int
    end: int
    code: str  # ISO 3166-1 alpha-3
    form: Literal["name", "adjective"]


def _lookup(k: str) -> Form | None:
    return country_table().forms.get(k)


@lru_cache(maxsize=4096)
def country_code(surface: str) -> str | None:
    """ISO alpha-3 code of a country name, adjective or abbreviation given as a whole string.

    Case-insensitive; tolerant of a leading "the", a trailing possessive, curly apostrophes,
    diacritics, odd white space and dropped words of a formal name ("Republic Türkiye").
    An upper-case ISO alpha-3 code is returned as it is. None when unknown.
    """
    k = re.sub(r"^the\s+", "", key(surface))
    for attempt in (k, _POSSESSIVE.sub("", k), _GOVERNMENT.sub("", k)):
        form = _lookup(attempt)
        if form is not None:
            return form.code
    stripped = surface.strip()
    if re.fullmatch(r"[A-Z]{3}", stripped) and pycountry.countries.get(alpha_3=stripped):
        return stripped
    return None


def country_name(code: str) -> str:
    """Short English name of a country by ISO alpha-3 code: ``"CHN"`` -> ``"China"``.

    Raises :class:`KeyError` for a code that is not ISO 3166-1 alpha-3.
    """
    country = pycountry.countries.get(alpha_3=code) if re.fullmatch(r"[A-Z]{3}", code) else None
    if country is None:
        raise KeyError(code)
    table = country_table()
    if code in table.short_names:
        return table.short_names[code]
    common: str | None = getattr(country, "common_name", None)
    name: str = country.name
    return common or name


def pattern_source(kind: Literal["any", "name"]) -> str:
    """Regex source matching a country form in raw text (no boundaries, no leading article).

    ``"any"``: names, adjectives and abbreviations; ``"name"``: names and abbreviations only.
    Every spelling matches with or without its diacritics and with straight or curly
    apostrophes. For use inside other patterns (see :mod:`mfa_dataset.actors._title_pattern`).
    """
    table = country_table()
    phrases = table.phrases if kind == "any" else table.name_phrases
    spellings: set[str] = set()
    for phrase in phrases:
        form = table.forms.get(key(phrase))
        if form is not None and form.code is not None:
            spellings |= {phrase, *table.spellings.get(phrase, ())}
    trie = phrases_pattern(spellings, raw=True)
    return f"(?:{trie}|{exact_pattern(table.abbreviations)})"


@cache
def _scanner() -> re.Pattern[str]:
    table = country_table()
    return word_scanner(table.phrases, table.abbreviations)


@lru_cache(maxsize=4096)
def _form_of(surface: str) -> Form | None:
    """The meaning of a matched surface (surfaces repeat: the look-up is remembered)."""
    return country_table().forms.get(key(surface))


def find_countries(text: str, start: int = 0, end: int | None = None) -> list[CountryMention]:
    """Every country name or adjective in ``text[start:end]``, left to right.

    Offsets index ``text`` itself (not the slice). See the module docstring for the rules.
    """
    return [
        CountryMention(s, e, code, "adjective" if adjective else "name")
        for s, e, code, adjective in country_spans(text, start, end)
    ]


def country_spans(
    text: str, start: int = 0, end: int | None = None
) -> list[tuple[int, int, str, bool]]:
    """:func:`find_countries` as plain tuples (start, end, code, adjective): made by the
    thousand in extraction, where a tuple is cheaper than a dataclass."""
    found: list[tuple[int, int, str, bool]] = []
    stop = len(text) if end is None else end
    # the scanner looks back at most two characters before a match: only the slice from there
    # is folded, and offsets are shifted back by ``lo``
    lo = max(0, start - 2)
    for match in _scanner().finditer(fold_slice(text, lo, stop), start - lo, stop - lo):
        surface = match.group()
        form = _form_of(surface)
        if form is None or form.code is None:
            continue
        if form.exact is not None and surface != form.exact:
            continue
        found.append((lo + match.start(), lo + match.end(), form.code, form.adjective))
    return found
