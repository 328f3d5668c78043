"""The table of country forms, built once from pycountry, countryinfo and ``country_forms.yaml``.

Sources and precedence when two countries claim the same form (lower wins, then the more
populous country, so "Chinese" is CHN not HKG and "Dominican" is DOM not DMA):

0. ``country_forms.yaml`` (hand-made: adjectives, names and abbreviations the libraries miss)
1. pycountry: ISO short name, common name, official name
2. countryinfo: the name as commonly used ("Turkey", "Russia")
3. countryinfo: alternative spellings; official-name prefixes put before every other name
   ("Republic of Türkiye" gives "Republic of Turkey")
4. countryinfo: demonyms ("Azerbaijani", "Bosnian,Herzegovinian" split at the comma)
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

import pycountry
import yaml
from countryinfo import CountryInfo

from mfa_dataset.actors._text import first_upper, fold, key

#: libyaml when PyYAML has it, else the pure-Python reader.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_CODE = re.compile(r"[A-Z]{2,3}")  # ISO codes among countryinfo's alternative spellings
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Form:
    """What a surface form means: a country (by name or adjective), or nothing."""

    code: str | None  # None: a phrase that is not a country ("Latin America")
    adjective: bool
    exact: str | None = None  # abbreviations: the only spelling accepted in running text


@dataclass(slots=True)
class CountryTable:
    forms: dict[str, Form] = field(default_factory=dict)  # key(surface) -> meaning
    phrases: set[str] = field(default_factory=set)  # folded names, adjectives, not-countries
    name_phrases: set[str] = field(default_factory=set)  # folded names only
    spellings: dict[str, set[str]] = field(default_factory=dict)  # folded -> as written
    abbreviations: dict[str, str] = field(default_factory=dict)  # as written -> code
    short_names: dict[str, str] = field(default_factory=dict)
    capitals: dict[str, str] = field(default_factory=dict)  # capital as written -> code
    population: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class _Candidate:
    code: str
    priority: int
    adjective: bool


def _countryinfo_all() -> dict[str, Any]:
    try:
        return dict(CountryInfo.all())  # countryinfo >= 1.0: a classmethod
    except TypeError:  # pragma: no cover - countryinfo 0.x: an instance method
        return dict(CountryInfo().all())


def _hand_table() -> dict[str, Any]:
    text = resources.files(__package__).joinpath("country_forms.yaml").read_text("utf-8")
    loaded: dict[str, Any] = yaml.load(text, Loader=_YAML_LOADER)
    return loaded


def _clean(surface: str) -> str | None:
    """A library form fit for matching, or None (codes, lower-case or empty entries)."""
    surface = _LEADING_THE.sub("", surface.strip())
    if not surface or _CODE.fullmatch(surface) or not first_upper(surface):
        return None
    return surface


class _Builder:
    def __init__(self, excluded: set[str]) -> None:
        self.excluded = excluded
        self.candidates: dict[str, list[_Candidate]] = {}
        self.surfaces: dict[str, str] = {}  # key -> folded surface for the pattern
        self.spellings: dict[str, set[str]] = {}  # key -> surfaces as written

    def add(self, surface: str | None, code: str, priority: int, adjective: bool) -> None:
        if surface is None or key(surface) in self.excluded:
            return
        k = key(surface)
        self.candidates.setdefault(k, []).append(_Candidate(code, priority, adjective))
        if "," not in surface:
            self.surfaces.setdefault(k, " ".join(fold(surface).split()))
            self.spellings.setdefault(k, set()).add(" ".join(surface.split()))

    def resolve(self, table: CountryTable) -> None:
        for k, found in self.candidates.items():
            best = min(found, key=lambda c: (c.priority, -table.population.get(c.code, 0)))
            mine = [c for c in found if c.code == best.code]
            names = [c.priority for c in mine if not c.adjective]
            adjective = any(c.adjective for c in mine) and (not names or min(names) >= 3)
            table.forms[k] = Form(best.code, adjective)
            if k in self.surfaces:
                table.phrases.add(self.surfaces[k])
                table.spellings[self.surfaces[k]] = self.spellings[k]
                if not adjective:
                    table.name_phrases.add(self.surfaces[k])


def _library_names(
    builder: _Builder, info: dict[str, list[dict[str, Any]]], hand: dict[str, Any]
) -> None:
    for country in pycountry.countries:
        code = country.alpha_3
        names = [country.name, getattr(country, "common_name", None)]
        names += [entry.get("name") for entry in info.get(code, [])]
        names += hand.get("names", {}).get(code, [])
        shorts = {s for n in names if n and (s := _clean(n)) and "," not in s}
        for n in names[:2]:
            builder.add(_clean(n) if n else None, code, 1, False)
        official = getattr(country, "official_name", None)
        builder.add(_clean(official) if official else None, code, 1, False)
        for entry in info.get(code, []):
            builder.add(_clean(entry.get("name") or ""), code, 2, False)
            alternatives = [a for a in entry.get("altSpellings") or [] if isinstance(a, str)]
            for alt in alternatives:
                builder.add(_clean(alt), code, 3, False)
            for demonym in str(entry.get("demonym") or "").split(","):
                builder.add(_clean(demonym), code, 4, True)
            alternatives.append(official or "")
            for formal in filter(None, map(_clean, alternatives)):
                for short in shorts:
                    if formal != short and formal.endswith(" " + short):
                        prefix = formal[: -len(short)]
                        for other in shorts:
                            if " of " not in other:
                                builder.add(prefix + other, code, 3, False)


@cache
def country_table() -> CountryTable:
    """The table, built on first use (about a tenth of a second) and kept."""
    hand = _hand_table()
    table = CountryTable(short_names=dict(hand.get("short_names", {})))
    info: dict[str, list[dict[str, Any]]] = {}
    for entry in _countryinfo_all().values():
        code = (entry.get("ISO") or {}).get("alpha3")
        if code and pycountry.countries.get(alpha_3=code) is not None:
            info.setdefault(code, []).append(dict(entry))
            population = entry.get("population") or 0
            table.population[code] = max(table.population.get(code, 0), int(population))
            capital = _clean(str(entry.get("capital") or ""))
            if capital:
                table.capitals.setdefault(capital, code)
    builder = _Builder({key(x) for x in hand.get("exclude", [])})
    for code, extra in hand.get("names", {}).items():
        for name in extra:
            builder.add(name, code, 0, False)
    for code, short in table.short_names.items():  # a name we print is a name we read
        builder.add(short, code, 0, False)
    for code, extra in hand.get("adjectives", {}).items():
        for adjective in extra:
            builder.add(adjective, code, 0, True)
    _library_names(builder, info, hand)
    builder.resolve(table)
    for phrase in hand.get("not_countries", []):
        table.forms[key(phrase)] = Form(None, False)
        table.phrases.add(" ".join(fold(phrase).split()))
    for code, abbreviations in hand.get("abbreviations", {}).items():
        for abbreviation in abbreviations:
            table.abbreviations[abbreviation] = code
            table.forms.setdefault(key(abbreviation), Form(code, False, abbreviation))
    return table
