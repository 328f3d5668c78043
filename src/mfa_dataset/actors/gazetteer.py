"""The gazetteer of people and organizations: ``mfa_dataset/data/actors.yaml``, validated.

The file is contributor-edited; its header explains the format. It is read once, with
``yaml.safe_load``, and validated by the strict models below, so that a typo in a country code,
a date or a Wikidata id fails loudly with a pydantic error instead of matching silently wrong.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from importlib import resources
from typing import Annotated, Any

import yaml
from pydantic import AfterValidator, Field, model_validator
from pydantic_core import PydanticCustomError

from mfa_dataset.actors.titles import canonical_title
from mfa_dataset.models import StrictModel
from mfa_dataset.types import Alpha3, Label, OrgAcronym

#: A Wikidata item id, e.g. "Q7747".
WikidataId = Annotated[str, Field(pattern=r"^Q[1-9][0-9]*$", examples=["Q7747"])]


#: libyaml when PyYAML has it (7 times faster on the gazetteer), else the pure-Python reader.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _canonical(title: str) -> str:
    canonical = canonical_title(title)
    if canonical != title:
        raise PydanticCustomError(
            "canonical_title",
            "title '{value}' is not canonical: write '{canonical}'",
            {"value": title, "canonical": canonical},
        )
    return title


CanonicalTitle = Annotated[Label, AfterValidator(_canonical)]


class Office(StrictModel):
    """An office a person holds or held, for a state, an organization or both."""

    title: CanonicalTitle = Field(description="canonical title, e.g. 'Minister of Foreign Affairs'")
    country: Alpha3 | None = Field(default=None, description="the state the office belongs to")
    organization: OrgAcronym | None = Field(
        default=None, description="acronym of the organization (see `organizations`)"
    )
    start: dt.date | None = Field(default=None, description="first day in office, if known")
    end: dt.date | None = Field(
        default=None, description="first day out of office; null while in office or not known"
    )

    @model_validator(mode="after")
    def _consistent(self) -> Office:
        if self.country is None and self.organization is None:
            raise PydanticCustomError(
                "office_holder",
                "office '{title}' needs a country or an organization",
                {"title": self.title},
            )
        if self.start is not None and self.end is not None and self.end < self.start:
            raise PydanticCustomError(
                "office_dates",
                "office '{title}' ends ({end}) before it starts ({start})",
                {"title": self.title, "start": str(self.start), "end": str(self.end)},
            )
        return self

    def holds_on(self, day: dt.date) -> bool:
        """Whether the office was held on ``day`` (``end`` is the first day out of office)."""
        started = self.start is None or self.start <= day
        return started and (self.end is None or day < self.end)


class Person(StrictModel):
    """A person the statements name: head of state or government, minister, official."""

    name: Label = Field(description="the name as most often written in English")
    aliases: list[Label] = Field(
        default_factory=list, description="other spellings, transliterations, short forms"
    )
    offices: list[Office] = Field(
        min_length=1, description="offices held, the main one first when several overlap"
    )
    wikidata: WikidataId | None = Field(default=None, description="Wikidata item id, if certain")


class Organization(StrictModel):
    """An international organization."""

    name: Label = Field(description="full English name")
    acronym: OrgAcronym = Field(description="the acronym used in `ORG:<acronym>` party codes")
    aliases: list[Label] = Field(
        default_factory=list, description="other names; all-capital ones match case-sensitively"
    )
    wikidata: WikidataId | None = Field(default=None, description="Wikidata item id, if certain")


class Gazetteer(StrictModel):
    """Everything in ``actors.yaml``."""

    people: list[Person]
    organizations: list[Organization]

    @model_validator(mode="after")
    def _references(self) -> Gazetteer:
        acronyms = [o.acronym for o in self.organizations]
        problems = sorted({a for a in acronyms if acronyms.count(a) > 1})
        names = [p.name for p in self.people]
        problems += sorted({n for n in names if names.count(n) > 1})
        if problems:
            raise PydanticCustomError(
                "gazetteer_duplicate", "listed twice: {names}", {"names": ", ".join(problems)}
            )
        known = set(acronyms)
        unknown = sorted(
            {
                f"{p.name}: {o.organization}"
                for p in self.people
                for o in p.offices
                if o.organization is not None and o.organization not in known
            }
        )
        if unknown:
            raise PydanticCustomError(
                "unknown_organization",
                "offices name organizations not listed under `organizations`: {names}",
                {"names": "; ".join(unknown)},
            )
        return self


def parse_gazetteer(text: str) -> Gazetteer:
    """Validate the YAML ``text`` of a gazetteer (raises :class:`pydantic.ValidationError`)."""
    data: Any = yaml.load(text, Loader=_YAML_LOADER)
    return Gazetteer.model_validate(data)


@cache
def gazetteer() -> Gazetteer:
    """The packaged gazetteer, read and validated once."""
    path = resources.files("mfa_dataset").joinpath("data").joinpath("actors.yaml")
    return parse_gazetteer(path.read_text("utf-8"))
