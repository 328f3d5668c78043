"""Enumerations and constrained type aliases shared by every model.

Codes are checked against real registries through pycountry (ISO 3166-1, ISO 4217, ISO 639)
so that a typo fails with a stable pydantic error type, never silently.
"""

from __future__ import annotations

import re
from enum import Enum
from functools import lru_cache
from typing import Annotated, Any
from urllib.parse import urlsplit

import pycountry
from pydantic import (
    AfterValidator,
    Field,
    GetCoreSchemaHandler,
    GetJsonSchemaHandler,
    StringConstraints,
    WithJsonSchema,
)
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import PydanticCustomError, core_schema


class StatementKind(str, Enum):
    """What sort of text a ministry published (from its header)."""

    RESPONSE = "response"  # answers to media questions or inquiries
    STATEMENT = "statement"
    PRESS_RELEASE = "press_release"  # news items and press releases
    INFORMATION = "information"  # "Information of the Press Service ..."
    COMMENT = "comment"  # comments / commentaries
    BRIEFING = "briefing"  # regular press briefings and conferences
    INTERVIEW = "interview"
    OTHER = "other"


class MeetingFormat(str, Enum):
    BILATERAL = "bilateral"
    TRILATERAL = "trilateral"
    MULTILATERAL = "multilateral"


class MeetingStatus(str, Enum):
    HELD = "held"
    PLANNED = "planned"


class AgreementKind(str, Enum):
    MEMORANDUM_OF_UNDERSTANDING = "memorandum_of_understanding"
    JOINT_DECLARATION = "joint_declaration"
    JOINT_STATEMENT = "joint_statement"
    AGREEMENT = "agreement"
    TREATY = "treaty"
    PROTOCOL = "protocol"
    ACTION_PLAN = "action_plan"
    ROADMAP = "roadmap"
    CONVENTION = "convention"
    OTHER = "other"


class AgreementStatus(str, Enum):
    SIGNED = "signed"
    CONCLUDED = "concluded"
    PLANNED = "planned"
    IN_FORCE = "in_force"
    MENTIONED = "mentioned"  # a passing reference


class PloverEvent(str, Enum):
    """PLOVER event types (see ``mfa_dataset.events``)."""

    AGREE = "AGREE"
    CONSULT = "CONSULT"
    COOPERATE = "COOPERATE"


class Provenance(str, Enum):
    """Where a record came from: a contributor's sidecar, or automatic extraction."""

    CURATED = "curated"
    EXTRACTED = "extracted"


def _known(found: object, error: str, message: str, value: str) -> str:
    """``value`` if a registry ``found`` it, else a pydantic error of type ``error``."""
    if found is None:
        raise PydanticCustomError(error, message, {"value": value})
    return value


# The registry look-ups are cached (a few hundred codes exist, and a Statement holds dozens of
# them): only valid codes are remembered, since an invalid one raises.
@lru_cache(maxsize=1024)
def _alpha3(value: str) -> str:
    return _known(
        pycountry.countries.get(alpha_3=value),
        "country_code",
        "'{value}' is not an ISO 3166-1 alpha-3 country code (e.g. AZE, CHN, TUR)",
        value,
    )


def _party(value: str) -> str:
    return value if value.startswith("ORG:") else _alpha3(value)


@lru_cache(maxsize=1024)
def _currency(value: str) -> str:
    return _known(
        pycountry.currencies.get(alpha_3=value),
        "currency_code",
        "'{value}' is not an ISO 4217 currency code (e.g. USD, EUR, AZN)",
        value,
    )


@lru_cache(maxsize=1024)
def _language(value: str) -> str:
    primary = value.split("-", 1)[0]
    found = (
        pycountry.languages.get(alpha_2=primary)
        if len(primary) == 2
        else pycountry.languages.get(alpha_3=primary)
    )
    return _known(
        found,
        "language_tag",
        "'{value}' does not start with an ISO 639 language code (e.g. en, ru, az)",
        value,
    )


def _http_url(value: str) -> str:
    parts = urlsplit(value)
    ok = parts.scheme in {"http", "https"} and parts.netloc and not re.search(r"\s", value)
    return _known(
        True if ok else None,
        "http_url",
        "'{value}' is not an absolute http(s) URL without spaces",
        value,
    )


class Trimmed:
    """Annotation: the string neither starts nor ends with white space.

    Both checks look at one character, so a long text costs no more than a short one (a
    whole-string pattern such as ``^\\S(?:[\\s\\S]*\\S)?$`` scans every character, in pydantic
    and in every JSON Schema validator). The JSON Schema says the same with two anchored
    patterns, which regex engines decide without scanning the string.
    """

    def __get_pydantic_core_schema__(
        self, source: type[Any], handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        return core_schema.no_info_after_validator_function(_trimmed, handler(source))

    def __get_pydantic_json_schema__(
        self, schema: core_schema.CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        found = handler(schema)
        found["allOf"] = [{"pattern": r"^\S"}, {"pattern": r"\S$"}]
        return found


def _trimmed(value: str) -> str:
    if value and (value[0].isspace() or value[-1].isspace()):
        side, char = ("start", value[0]) if value[0].isspace() else ("end", value[-1])
        raise PydanticCustomError(
            "untrimmed",
            "text has white space ({char}) at its {side}; strip it",
            {"side": side, "char": repr(char)},
        )
    return value


#: Non-empty text with no surrounding white space.
Text = Annotated[str, StringConstraints(min_length=1), Trimmed()]
#: A short label: a name, title, city or occasion.
Label = Annotated[str, StringConstraints(min_length=1, max_length=500), Trimmed()]
Alpha3 = Annotated[
    str,
    StringConstraints(pattern=r"^[A-Z]{3}$"),
    AfterValidator(_alpha3),
    Field(description="ISO 3166-1 alpha-3 country code", examples=["AZE"]),
]
PartyCode = Annotated[
    str,
    StringConstraints(pattern=r"^(?:[A-Z]{3}|ORG:[A-Z][A-Z0-9-]{1,19})$"),
    AfterValidator(_party),
    Field(
        description="ISO 3166-1 alpha-3 country code, or ORG:<acronym> for an organization",
        examples=["AZE", "ORG:SCO"],
    ),
]
OrgAcronym = Annotated[
    str,
    StringConstraints(pattern=r"^[A-Z][A-Z0-9-]{1,19}$"),
    Field(description="acronym of an international organization", examples=["SCO", "OIC"]),
]
CurrencyCode = Annotated[
    str,
    StringConstraints(pattern=r"^[A-Z]{3}$"),
    AfterValidator(_currency),
    Field(description="ISO 4217 currency code", examples=["USD"]),
]
LanguageTag = Annotated[
    str,
    StringConstraints(pattern=r"^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$"),
    AfterValidator(_language),
    Field(description="BCP 47 language tag", examples=["en"]),
]
HttpUrl = Annotated[
    str,
    StringConstraints(max_length=2000),
    AfterValidator(_http_url),
    WithJsonSchema({"type": "string", "format": "uri", "pattern": "^https?://\\S+$"}),
]
StatementId = Annotated[
    str,
    StringConstraints(pattern=r"^[a-z]{2}-[a-z0-9]+(?:-[a-z0-9]+)+$", max_length=80),
    Field(
        description="<iso2 of issuer>-<issuer acronym>-<year>-<number or slug>",
        examples=["az-mfa-2024-280"],
    ),
]
RecordId = Annotated[
    str,
    StringConstraints(pattern=r"^[a-z]{2}-[a-z0-9]+(?:-[a-z0-9]+)+\.(?:q|a|m|ag)[0-9]+$"),
    Field(
        description="<statement id>.<q|a|m|ag><n>: question, answer, meeting or agreement n",
    ),
]
CameoCode = Annotated[
    str,
    StringConstraints(pattern=r"^[0-2][0-9]{2,3}$"),
    Field(description="CAMEO event code", examples=["042", "057"]),
]
WikidataId = Annotated[str, StringConstraints(pattern=r"^Q[1-9][0-9]*$")]
Sha256 = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
