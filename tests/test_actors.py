"""Actor normalisation: countries, cities, titles, the gazetteer and its look-ups."""

from __future__ import annotations

import datetime as dt
import re
from importlib import resources

import pycountry
import pytest
import yaml
from pydantic import ValidationError

from mfa_dataset.actors import (
    TITLE_PATTERN,
    CountryMention,
    canonical_title,
    city_country,
    country_code,
    country_name,
    find_countries,
    find_organization,
    find_organizations,
    find_person,
    gazetteer,
    is_title_word,
    parse_gazetteer,
    person_office,
    split_title,
)

# --- countries: whole strings ------------------------------------------------------------

CODES = [
    ("the People's Republic of China", "CHN"),
    ("the People\u2019s Republic of China", "CHN"),
    ("China", "CHN"),
    ("Chinese", "CHN"),
    ("PRC", "CHN"),
    ("Türkiye", "TUR"),
    ("Turkiye", "TUR"),
    ("Turkey", "TUR"),
    ("Turkish", "TUR"),
    ("the Republic of Türkiye", "TUR"),
    ("Republic of Turkey", "TUR"),
    ("Republic Türkiye", "TUR"),
    ("TÜRKİYE", "TUR"),
    ("Türkiye's", "TUR"),
    ("US", "USA"),
    ("U.S.", "USA"),
    ("USA", "USA"),
    ("United States", "USA"),
    ("the United States of America", "USA"),
    ("American", "USA"),
    ("UK", "GBR"),
    ("British", "GBR"),
    ("United Kingdom of Great Britain and Northern Ireland", "GBR"),
    ("Russian Federation", "RUS"),
    ("the\u00a0Russian\u00a0Federation", "RUS"),
    ("Russia", "RUS"),
    ("Russian", "RUS"),
    ("Islamic Republic of Pakistan", "PAK"),
    ("Pakistani", "PAK"),
    ("Kazakh", "KAZ"),
    ("Kazakhstani", "KAZ"),
    ("Republic of Kazakhstan", "KAZ"),
    ("Azerbaijani", "AZE"),
    ("  republic of   azerbaijan ", "AZE"),
    ("North Macedonia", "MKD"),
    ("Iranian", "IRN"),
    ("Iran", "IRN"),
    ("Swedish", "SWE"),
    ("Georgia", "GEO"),
    ("Georgian", "GEO"),
    ("Emirati", "ARE"),
    ("UAE", "ARE"),
    ("Swiss", "CHE"),
    ("Dutch", "NLD"),
    ("Czech", "CZE"),
    ("Czechia", "CZE"),
    ("Kyrgyz", "KGZ"),
    ("Tajik", "TJK"),
    ("Uzbek", "UZB"),
    ("Turkmen", "TKM"),
    ("Armenian", "ARM"),
    ("Côte d'Ivoire", "CIV"),
    ("Ivory Coast", "CIV"),
    ("Dominican", "DOM"),  # also Dominica's demonym: the more populous state wins
    ("Chinese", "CHN"),  # also Hong Kong's and Macao's in countryinfo
    ("Niger", "NER"),
    ("Nigerien", "NER"),
    ("Nigeria", "NGA"),
    ("Nigerian", "NGA"),
    ("Papua New Guinea", "PNG"),
    ("Guinea", "GIN"),
    ("Guinea-Bissau", "GNB"),
    ("Jordan", "JOR"),  # lexical: always the state
    ("AZE", "AZE"),  # an ISO code as it is
]
NOT_COUNTRIES = [
    "Turkic",
    "Latin America",
    "Latin American",
    "Gulf of Guinea",
    "Korea",  # ambiguous between KOR and PRK
    "Wales",
    "Island",
    "Central African",
    "Europe",
    "Caucasus",
    "",
    "aze",
]


@pytest.mark.parametrize(("surface", "code"), CODES)
def test_country_code(surface: str, code: str) -> None:
    assert country_code(surface) == code


@pytest.mark.parametrize("surface", NOT_COUNTRIES)
def test_country_code_unknown(surface: str) -> None:
    assert country_code(surface) is None


def test_country_name() -> None:
    assert country_name("CHN") == "China"
    assert country_name("RUS") == "Russia"
    assert country_name("TUR") == "Türkiye"
    assert country_name("KOR") == "South Korea"
    with pytest.raises(KeyError):
        country_name("XXX")


def test_country_name_reads_back_for_every_country() -> None:
    for country in pycountry.countries:
        assert country_code(country_name(country.alpha_3)) == country.alpha_3
        assert country_code(country.name) == country.alpha_3


def test_hand_table_codes_are_iso() -> None:
    text = resources.files("mfa_dataset.actors").joinpath("country_forms.yaml").read_text()
    table = yaml.safe_load(text)
    for section in ("adjectives", "names", "abbreviations", "short_names"):
        for code in table[section]:
            assert pycountry.countries.get(alpha_3=code) is not None, (section, code)


# --- countries: running text ---------------------------------------------------------------


def _read(text: str, start: int = 0, end: int | None = None) -> list[tuple[str, str, str]]:
    return [(text[m.start : m.end], m.code, m.form) for m in find_countries(text, start, end)]


SCANS = [
    (
        "Azerbaijani-Chinese relations",
        [("Azerbaijani", "AZE", "adjective"), ("Chinese", "CHN", "adjective")],
    ),
    (
        "the Azerbaijan-Pakistan-Türkiye trilateral",
        [("Azerbaijan", "AZE", "name"), ("Pakistan", "PAK", "name"), ("Türkiye", "TUR", "name")],
    ),
    (
        "Kazakh-Azerbaijani talks",
        [("Kazakh", "KAZ", "adjective"), ("Azerbaijani", "AZE", "adjective")],
    ),
    ("the Turkic world, Turkic-speaking states", []),
    ("Papua New Guinea", [("Papua New Guinea", "PNG", "name")]),
    ("the Gulf of Guinea and Guinea", [("Guinea", "GIN", "name")]),
    ("Niger and Nigeria", [("Niger", "NER", "name"), ("Nigeria", "NGA", "name")]),
    ("Georgia and Georgian", [("Georgia", "GEO", "name"), ("Georgian", "GEO", "adjective")]),
    (
        "the People\u2019s Republic of China",
        [("People\u2019s Republic of China", "CHN", "name")],
    ),
    ("Republic\u00a0of\nAzerbaijan", [("Republic\u00a0of\nAzerbaijan", "AZE", "name")]),
    ("TÜRKİYE and Turkey", [("TÜRKİYE", "TUR", "name"), ("Turkey", "TUR", "name")]),
    (
        "US, us, U.S.-led, USA",
        [("US", "USA", "name"), ("U.S.", "USA", "name"), ("USA", "USA", "name")],
    ),
    ("turkey, chinese, china", []),  # names of states start with a capital
    ("Latin American and South American states", []),
    ("the Indian Ocean and the Indian side", [("Indian", "IND", "adjective")]),
    ("the Turkish Republic of Northern Cyprus", []),
    ("Jordan and Jordanian", [("Jordan", "JOR", "name"), ("Jordanian", "JOR", "adjective")]),
    ("the Kyrgyz Republic", [("Kyrgyz Republic", "KGZ", "name")]),
    ("Bosnia and Herzegovina", [("Bosnia and Herzegovina", "BIH", "name")]),
]


@pytest.mark.parametrize(("text", "expected"), SCANS)
def test_find_countries(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _read(text) == expected


def test_find_countries_offsets_index_the_given_text() -> None:
    text = "Mr. Bayramov (Azerbaijan) met Mr. Fidan (Türkiye); Chinese and Russian envoys."
    start = text.index("(Türkiye)")
    found = find_countries(text, start, text.index(" and Russian"))
    assert [text[m.start : m.end] for m in found] == ["Türkiye", "Chinese"]
    # a range ending inside a word does not match its first part
    assert find_countries(text, start, text.index("Russian") + 4)[-1].code == "CHN"
    assert all(isinstance(m, CountryMention) for m in found)
    # a range starting inside a word does not match the rest of it
    assert find_countries(text, text.index("zerbaijan"))[0].code == "TUR"


# --- cities --------------------------------------------------------------------------------

CITIES = [
    ("Astana", "KAZ"),
    ("Baku", "AZE"),
    ("Kars", "TUR"),
    ("Munich", "DEU"),
    ("Moscow", "RUS"),
    ("Geneva", "CHE"),
    ("Ankara", "TUR"),
    ("İstanbul", "TUR"),
    ("Tbilisi", "GEO"),
    ("Tashkent", "UZB"),
    ("Nur-Sultan", "KAZ"),  # a capital's old name, from countryinfo
    ("Vaduz", "LIE"),  # a capital too small for cities15000
    ("San José", "CRI"),  # a capital wins over a larger namesake abroad
    ("Kiev", "UKR"),  # an alternate name
]


@pytest.mark.parametrize(("city", "code"), CITIES)
def test_city_country(city: str, code: str) -> None:
    assert city_country(city) == code


def test_city_country_unknown() -> None:
    assert city_country("Qwxzplk") is None
    assert city_country("  ") is None


# --- titles --------------------------------------------------------------------------------

CANONICAL = [
    ("Foreign Minister", "Minister of Foreign Affairs"),
    ("foreign  minister", "Minister of Foreign Affairs"),
    ("FM", "Minister of Foreign Affairs"),
    ("Minister for Foreign Affairs", "Minister of Foreign Affairs"),
    ("Deputy Foreign Minister", "Deputy Minister of Foreign Affairs"),
    ("Vice Foreign Minister", "Deputy Minister of Foreign Affairs"),
    ("First Deputy Foreign Minister", "First Deputy Minister of Foreign Affairs"),
    ("Defense Minister", "Minister of Defence"),
    ("Foreign Secretary", "Foreign Secretary"),  # not folded: see titles' docstring
    ("Secretary of State", "Secretary of State"),
    ("Head of State", "Head of State"),
    ("PM", "Prime Minister"),
    ("Prime  Minister", "Prime Minister"),
    ("President", "President"),
    ("Secretary General", "Secretary-General"),
    (
        "Deputy Prime Minister \u2013 Foreign Minister",
        "Deputy Prime Minister \u2013 Minister of Foreign Affairs",
    ),
    ("  Senior National Security Council Director ", "Senior National Security Council Director"),
    ("Minister of Europe and Foreign Affairs", "Minister of Europe and Foreign Affairs"),
]


@pytest.mark.parametrize(("title", "canonical"), CANONICAL)
def test_canonical_title(title: str, canonical: str) -> None:
    assert canonical_title(title) == canonical


SPLITS = [
    (
        "Minister of Foreign Affairs of the Republic of Azerbaijan",
        ("Minister of Foreign Affairs", "AZE"),
    ),
    ("Prime Minister of the Islamic Republic of Pakistan", ("Prime Minister", "PAK")),
    ("President of Kazakhstan", ("President", "KAZ")),
    ("Russian Foreign Minister", ("Minister of Foreign Affairs", "RUS")),
    ("Azerbaijani Foreign Minister", ("Minister of Foreign Affairs", "AZE")),
    ("Türkiye\u2019s Foreign Minister", ("Minister of Foreign Affairs", "TUR")),
    (
        "US Senior National Security Council Director",
        ("Senior National Security Council Director", "USA"),
    ),
    (
        "Deputy Prime Minister \u2013 Minister of Foreign Affairs of the Republic of Kazakhstan",
        ("Deputy Prime Minister \u2013 Minister of Foreign Affairs", "KAZ"),
    ),
    (
        "the Minister of Europe and Foreign Affairs of the French Republic",
        ("Minister of Europe and Foreign Affairs", "FRA"),
    ),
    ("H.E. Mr. President of the Republic of Türkiye", ("President", "TUR")),
    ("Head of State of Azerbaijan", ("Head of State", "AZE")),
    ("Ambassador of Japan to Azerbaijan", ("Ambassador to Azerbaijan", "JPN")),
    ("Foreign Minister", ("Minister of Foreign Affairs", None)),
    ("Secretary-General of the United Nations", ("Secretary-General of the United Nations", None)),
]


@pytest.mark.parametrize(("text", "expected"), SPLITS)
def test_split_title(text: str, expected: tuple[str, str | None]) -> None:
    assert split_title(text) == expected


def test_is_title_word() -> None:
    for word in ("President", "Minister", "Ambassador", "Secretary", "deputy", "Secretary-General"):
        assert is_title_word(word)
    for word in ("Jeyhun", "Azerbaijan", "Foreign", "the"):
        assert not is_title_word(word)


TITLE_TEXTS = [
    (
        "met with Minister of Foreign Affairs of the Republic of Azerbaijan Jeyhun Bayramov",
        ["Minister of Foreign Affairs of the Republic of Azerbaijan"],
    ),
    ("President of Azerbaijan Ilham Aliyev", ["President of Azerbaijan"]),
    ("President of the United States Joe Biden", ["President of the United States"]),
    ("Türkiye\u2019s Foreign Minister Hakan Fidan", ["Türkiye\u2019s Foreign Minister"]),
    (
        "Deputy Prime Minister \u2013 Minister of Foreign Affairs of the Republic of Kazakhstan "
        "Murat Nurtleu",
        ["Deputy Prime Minister \u2013 Minister of Foreign Affairs of the Republic of Kazakhstan"],
    ),
    ("President Ilham Aliyev and President Erdoğan", ["President", "President"]),
]


@pytest.mark.parametrize(("text", "expected"), TITLE_TEXTS)
def test_title_pattern(text: str, expected: list[str]) -> None:
    assert [m.group() for m in re.finditer(TITLE_PATTERN, text)] == expected


# --- the gazetteer -------------------------------------------------------------------------


def test_gazetteer_loads_and_validates() -> None:
    loaded = gazetteer()
    assert len(loaded.people) >= 60
    assert len(loaded.organizations) >= 40
    for person in loaded.people:
        for office in person.offices:
            assert office.country is None or pycountry.countries.get(alpha_3=office.country)
            assert office.title == canonical_title(office.title)
    countries = {o.country for p in loaded.people for o in p.offices}
    wanted = re.split(r"\s+", "AZE TUR KAZ RUS CHN PAK IRN GEO ARM UZB TKM KGZ TJK USA GBR FRA DEU")
    assert set(wanted) <= countries


def test_gazetteer_has_the_main_organizations() -> None:
    acronyms = {o.acronym for o in gazetteer().organizations}
    wanted = set(
        re.split(
            r"\s+",
            """UN UNESCO UNRWA UNHCR UNDP UNICEF WHO IAEA EU NATO OSCE COE PACE SCO CIS CSTO EAEU
            OTS OIC ICYF ECO BSEC GUAM CICA ASEAN AU LAS G20 BRICS NAM OPEC WTO IMF WB UNFCCC ICJ
            ICC""",
        )
    )
    assert wanted <= acronyms


VALID_PERSON: dict[str, object] = {
    "name": "Jane Doe",
    "aliases": [],
    "offices": [{"title": "President", "country": "AZE", "start": dt.date(2020, 1, 1)}],
    "wikidata": None,
}
ORGANIZATION: dict[str, object] = {
    "name": "United Nations",
    "acronym": "UN",
    "aliases": [],
    "wikidata": None,
}

BROKEN = [
    ({"offices": [{"title": "President", "country": "XXX"}]}, "country_code"),
    ({"offices": [{"title": "Foreign Minister", "country": "AZE"}]}, "canonical_title"),
    ({"offices": [{"title": "President"}]}, "office_holder"),
    (
        {
            "offices": [
                {
                    "title": "President",
                    "country": "AZE",
                    "start": dt.date(2020, 1, 2),
                    "end": dt.date(2020, 1, 1),
                }
            ]
        },
        "office_dates",
    ),
    ({"offices": [{"title": "President", "country": "AZE", "start": "2020-01-01"}]}, "date_type"),
    ({"offices": [{"title": "Secretary-General", "organization": "XYZ"}]}, "unknown_organization"),
    ({"wikidata": "7747"}, "string_pattern_mismatch"),
    ({"party": "none"}, "extra_forbidden"),
    ({"offices": []}, "too_short"),
]


@pytest.mark.parametrize(("change", "error"), BROKEN)
def test_malformed_gazetteer_entry_fails(change: dict[str, object], error: str) -> None:
    person = {**VALID_PERSON, **change}
    text = yaml.safe_dump({"people": [person], "organizations": [ORGANIZATION]})
    with pytest.raises(ValidationError) as failure:
        parse_gazetteer(text)
    assert error in {e["type"] for e in failure.value.errors()}


def test_valid_entry_parses() -> None:
    text = yaml.safe_dump({"people": [VALID_PERSON], "organizations": [ORGANIZATION]})
    assert parse_gazetteer(text).people[0].offices[0].country == "AZE"


def test_duplicate_acronym_fails() -> None:
    text = yaml.safe_dump({"people": [], "organizations": [ORGANIZATION, ORGANIZATION]})
    with pytest.raises(ValidationError) as failure:
        parse_gazetteer(text)
    assert failure.value.errors()[0]["type"] == "gazetteer_duplicate"


# --- people --------------------------------------------------------------------------------

PEOPLE = [
    ("Recep Tayyip Erdoğan", "Recep Tayyip Erdoğan"),
    ("Recep Tayyip Erdogan", "Recep Tayyip Erdoğan"),
    ("President Erdoğan", "Recep Tayyip Erdoğan"),
    ("ERDOGAN", "Recep Tayyip Erdoğan"),
    ("Sergei Lavrov", "Sergey Lavrov"),
    ("Russian Foreign Minister Sergey Lavrov", "Sergey Lavrov"),
    ("Lavrov", "Sergey Lavrov"),
    ("H.E. Mr. Jeyhun Bayramov", "Jeyhun Bayramov"),
    ("Kassym Jomart Tokayev", "Kassym-Jomart Tokayev"),
    ("Mevlut Cavusoglu", "Mevlüt Çavuşoğlu"),
    ("Xi", "Xi Jinping"),
]


@pytest.mark.parametrize(("name", "expected"), PEOPLE)
def test_find_person(name: str, expected: str) -> None:
    person = find_person(name)
    assert person is not None
    assert person.name == expected


def test_find_person_unknown_or_ambiguous() -> None:
    assert find_person("John Smith") is None
    assert find_person("Berdimuhamedow") is None  # father and son
    assert find_person("Zardari") is None


def test_find_person_on_a_day_picks_the_holder() -> None:
    son = find_person("Berdimuhamedow", on=dt.date(2023, 1, 1))
    father = find_person("Berdimuhamedow", on=dt.date(2015, 1, 1))
    assert son is not None
    assert son.name == "Serdar Berdimuhamedow"
    assert father is not None
    assert father.name == "Gurbanguly Berdimuhamedow"


def test_person_office() -> None:
    wang = find_person("Wang Yi")
    assert wang is not None
    assert person_office(wang, dt.date(2023, 1, 15)) is None  # Qin Gang's months
    earlier = person_office(wang, dt.date(2020, 1, 1))
    assert earlier is not None
    assert earlier.end == dt.date(2022, 12, 30)
    putin = find_person("Vladimir Putin")
    assert putin is not None
    office = person_office(putin, dt.date(2010, 6, 1))
    assert office is not None
    assert office.title == "Prime Minister"
    current = person_office(putin, None)
    assert current is not None
    assert (current.title, current.end) == ("President", None)


# --- organizations -------------------------------------------------------------------------

ORGANIZATIONS = [
    ("OTS", "OTS"),
    ("Organization of Turkic States", "OTS"),
    ("the Organisation of Turkic States", "OTS"),
    ("Turkic Council", "OTS"),
    ("Cooperation Council of the Turkic Speaking States", "OTS"),
    ("CCTS", "OTS"),
    ("OIC Youth Forum", "ICYF"),
    ("Shanghai Cooperation Organization", "SCO"),
    ("Arab League", "LAS"),
    ("UN", "UN"),
    ("World Bank", "WB"),
]


@pytest.mark.parametrize(("name", "acronym"), ORGANIZATIONS)
def test_find_organization(name: str, acronym: str) -> None:
    organization = find_organization(name)
    assert organization is not None
    assert organization.acronym == acronym


def test_find_organization_unknown() -> None:
    assert find_organization("who") is None  # acronyms are case-sensitive
    assert find_organization("Turkic") is None


def test_find_organizations_in_text() -> None:
    text = (
        "The OIC Youth Forum and the Organisation of Islamic Cooperation (OIC) welcomed the "
        "Shanghai Cooperation Organization (SCO), the UN Security Council and the United "
        "Nations; WHO said who would come; the Turkic Council and the G20 too."
    )
    found = [(text[m.start : m.end], m.acronym) for m in find_organizations(text)]
    assert found == [
        ("OIC Youth Forum", "ICYF"),
        ("Organisation of Islamic Cooperation", "OIC"),
        ("OIC", "OIC"),
        ("Shanghai Cooperation Organization", "SCO"),
        ("SCO", "SCO"),
        ("UN Security Council", "UNSC"),
        ("United Nations", "UN"),
        ("WHO", "WHO"),
        ("Turkic Council", "OTS"),
        ("G20", "G20"),
    ]
    start = text.index("Shanghai")
    assert [m.acronym for m in find_organizations(text, start, start + 36)] == ["SCO"]
