"""Meeting extraction: the rule table on synthetic diplomatic prose, the first seed field by
field, and precision/recall over the shared corpus of real statements."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import pytest

from mfa_dataset.evaluate import evaluate
from mfa_dataset.extraction.meeting_rules import RULES, triggers
from mfa_dataset.extraction.meetings import extract_meetings
from mfa_dataset.extraction.result import Context, MeetingDraft
from mfa_dataset.models import Place
from mfa_dataset.parsing import parse_text
from mfa_dataset.parsing.result import TextRange
from mfa_dataset.types import MeetingFormat, MeetingStatus

ROOT = Path(__file__).resolve().parents[1]
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
SEED = ROOT / "seeds" / "000_dee6ee2a9e7b58d1.txt"
PUBLISHED = dt.date(2024, 5, 20)
HELD, PLANNED = MeetingStatus.HELD, MeetingStatus.PLANNED
BI, TRI, MULTI = MeetingFormat.BILATERAL, MeetingFormat.TRILATERAL, MeetingFormat.MULTILATERAL


def _run(
    body: str, issuer: str = "AZE", title: str = "Press release"
) -> tuple[str, list[MeetingDraft]]:
    text = f"{title}\n\n{body}\n"
    return text, extract_meetings(text, parse_text(text), Context(issuer, PUBLISHED))


def _code(country: str | None, organization: str | None) -> str | None:
    return country or (f"ORG:{organization}" if organization else None)


def _who(m: MeetingDraft) -> list[tuple[str | None, str | None]]:
    return [(p.name, _code(p.country, p.organization)) for p in m.participants]


def _reads_back(text: str, m: MeetingDraft) -> None:
    quote = m.evidence.of(text)
    assert quote
    assert quote == quote.strip()
    assert "\n\n" not in quote
    if m.occasion is not None:
        assert m.occasion in text


@dataclass(frozen=True)
class Case:
    rule: str
    body: str
    who: list[tuple[str | None, str | None]]
    status: MeetingStatus = HELD
    format: MeetingFormat = BI
    place: tuple[str | None, str | None] | None = None
    occasion: str | None = None
    date: dt.date | None = None
    issuer: str = "AZE"


CASES = [
    Case(
        "meeting_between",
        "A meeting between Nikos Dendias, Minister of Foreign Affairs of the Hellenic "
        "Republic, and Ayman Safadi, Minister of Foreign Affairs of Jordan was held in Athens "
        "on 3 February 2021.",
        [("Nikos Dendias", "GRC"), ("Ayman Safadi", "JOR")],
        place=("Athens", "GRC"),
        date=dt.date(2021, 2, 3),
    ),
    Case(
        "meeting_between",
        "Talks between the delegations of Serbia and Hungary will be held in Budapest.",
        [(None, "SRB"), (None, "HUN")],
        status=PLANNED,
        place=("Budapest", "HUN"),
    ),
    Case(
        "meeting_between",
        "Yesterday, political consultations between the Ministries of Foreign Affairs of "
        "Georgia and Moldova were held by videoconference.",
        [(None, "GEO"), (None, "MDA")],
        date=dt.date(2024, 5, 19),
    ),
    Case(
        "meeting_by",
        "Regional issues were discussed at the consultations attended by Deputy Foreign "
        "Minister of Latvia Andris Pelss and Deputy Foreign Minister of Estonia Jonatan Vseviov.",
        [("Andris Pelss", "LVA"), ("Jonatan Vseviov", "EST")],
    ),
    Case(
        "meeting_of",
        "The Second Trilateral Meeting of the Ministers of Foreign Affairs of Romania, Poland "
        "and Türkiye will be held in Bucharest on 12 June 2024.",
        [(None, "ROU"), (None, "POL"), (None, "TUR")],
        status=PLANNED,
        format=TRI,
        place=("Bucharest", "ROU"),
        date=dt.date(2024, 6, 12),
    ),
    Case(
        "meeting_of",
        "The Minister spoke about the meeting of the Foreign Ministers of Slovenia and Croatia "
        "held in Brussels with the mediation of the Italian Foreign Minister.",
        [(None, "SVN"), (None, "HRV"), (None, "ITA")],
        format=TRI,
        place=("Brussels", "BEL"),
    ),
    Case(
        "received",
        "On 2 March 2023, Minister of Foreign Affairs Ararat Mirzoyan received a delegation "
        "led by Tobias Billström, the Minister for Foreign Affairs of Sweden.",
        [("Ararat Mirzoyan", "ARM"), ("Tobias Billström", "SWE")],
        place=(None, "ARM"),
        date=dt.date(2023, 3, 2),
        issuer="ARM",
    ),
    Case(
        "received",
        "Minister Bayramov received the newly appointed Ambassador of the Kingdom of Spain, "
        "Juan José Sanz Aparicio.",
        [("Bayramov", "AZE"), ("Juan José Sanz Aparicio", "ESP")],
        place=(None, "AZE"),
    ),
    Case(
        "received",
        "The Foreign Minister of Malta will be received by President Ilham Aliyev.",
        [(None, "MLT"), ("Ilham Aliyev", "AZE")],
        status=PLANNED,
    ),
    Case(
        "met",
        "On the sidelines of the Raisina Dialogue, Foreign Minister Penny Wong met with "
        "Indian External Affairs Minister Subrahmanyam Jaishankar.",
        [("Penny Wong", "AUS"), ("Subrahmanyam Jaishankar", "IND")],
        occasion="Raisina Dialogue",
        issuer="AUS",
    ),
    Case(
        "met",
        "Within the framework of the NATO Summit in Vilnius, President Gitanas Nauseda met "
        "with Jens Stoltenberg, the Secretary General of the North Atlantic Treaty "
        "Organization (NATO).",
        [("Gitanas Nauseda", "LTU"), ("Jens Stoltenberg", "ORG:NATO")],
        place=("Vilnius", "LTU"),
        occasion="NATO Summit",
        issuer="LTU",
    ),
    Case(
        "met",
        "Foreign Minister Annalena Baerbock travelled to Kyiv. There she met her Ukrainian "
        "counterpart Dmytro Kuleba.",
        [("Annalena Baerbock", "DEU"), ("Dmytro Kuleba", "UKR")],
        issuer="DEU",
    ),
    Case(
        "met",
        "The Presidents of Kyrgyzstan and Tajikistan met in Batken today.",
        [(None, "KGZ"), (None, "TJK")],
        place=("Batken", "KGZ"),
        date=PUBLISHED,
    ),
    Case(
        "called_on",
        "External Affairs Minister Dr. S. Jaishankar called on Prime Minister of Singapore "
        "Lawrence Wong.",
        [("S. Jaishankar", "IND"), ("Lawrence Wong", "SGP")],
        issuer="IND",
    ),
    Case(
        "held_meeting",
        "Foreign Minister Mevlüt Çavuşoğlu held a meeting with Foreign Minister Bujar Osmani "
        "of North Macedonia in Skopje.",
        [("Mevlüt Çavuşoğlu", "TUR"), ("Bujar Osmani", "MKD")],
        place=("Skopje", "MKD"),
        issuer="TUR",
    ),
    Case(
        "held_meeting",
        "The Ministers of Foreign Affairs of Kazakhstan, Uzbekistan and Turkmenistan held a "
        "trilateral meeting in Tashkent.",
        [(None, "KAZ"), (None, "UZB"), (None, "TKM")],
        format=TRI,
        place=("Tashkent", "UZB"),
    ),
    Case(
        "held_meeting",
        "Prime Minister Shehbaz Sharif will hold bilateral meetings with President Recep "
        "Tayyip Erdoğan and President Ilham Aliyev.",
        [("Shehbaz Sharif", "PAK"), ("Recep Tayyip Erdoğan", "TUR")],
        status=PLANNED,
        issuer="PAK",
    ),
    Case(
        "visit_invitation",
        "Prime Minister Narendra Modi will pay an official visit to Japan at the invitation "
        "of Prime Minister Fumio Kishida.",
        [("Narendra Modi", "IND"), ("Fumio Kishida", "JPN")],
        status=PLANNED,
        issuer="IND",
    ),
    Case(
        "attend_event",
        "The Prime Minister will attend the 33rd Summit of the League of Arab States, which "
        "will be held in Manama on 16 May 2024.",
        [(None, "EGY"), ("League of Arab States", "ORG:LAS")],
        status=PLANNED,
        format=MULTI,
        place=("Manama", "BHR"),
        occasion="33rd Summit of the League of Arab States",
        date=dt.date(2024, 5, 16),
        issuer="EGY",
    ),
    # a place, date or occasion between the verb and "with"
    Case(
        "held_meeting",
        "Foreign Minister Radosław Sikorski held talks in Warsaw on 14 March with Foreign "
        "Minister Bujar Osmani of North Macedonia.",
        [("Radosław Sikorski", "POL"), ("Bujar Osmani", "MKD")],
        place=("Warsaw", "POL"),
        date=dt.date(2024, 3, 14),
        issuer="POL",
    ),
    Case(
        "met",
        "Minister Ararat Mirzoyan met in Brussels with Foreign Minister Nikos Dendias of Greece.",
        [("Ararat Mirzoyan", "ARM"), ("Nikos Dendias", "GRC")],
        place=("Brussels", "BEL"),
        issuer="ARM",
    ),
    Case(
        "held_meeting",
        "Prime Minister Kristen Michal had a meeting on the sidelines of the Munich Security "
        "Conference with Prime Minister Petteri Orpo of Finland.",
        [("Kristen Michal", "EST"), ("Petteri Orpo", "FIN")],
        issuer="EST",
    ),
    # "A hosted B and C": every person hosted
    Case(
        "received",
        "President Emmanuel Macron hosted President Gitanas Nauseda of Lithuania and Prime "
        "Minister Kristen Michal of Estonia.",
        [("Emmanuel Macron", "FRA"), ("Gitanas Nauseda", "LTU"), ("Kristen Michal", "EST")],
        format=TRI,
        place=(None, "FRA"),
        issuer="FRA",
    ),
    # "title of A name, title of B name": a new person, not an apposition
    Case(
        "held_meeting",
        "President Ilham Aliyev held bilateral meetings with President of Latvia Edgars "
        "Rinkēvičs, President of Estonia Alar Karis.",
        [("Ilham Aliyev", "AZE"), ("Edgars Rinkēvičs", "LVA")],
    ),
    # the invitation first: the guest is the subject after the host
    Case(
        "visit_invitation",
        "At the invitation of President Emmanuel Macron, President Kassym-Jomart Tokayev will "
        "pay a state visit to France.",
        [("Kassym-Jomart Tokayev", "KAZ"), ("Emmanuel Macron", "FRA")],
        status=PLANNED,
        issuer="KAZ",
    ),
    Case(
        "their_meeting",
        "The issues were discussed by Foreign Minister of Latvia Baiba Braže and Foreign "
        "Minister of Estonia Margus Tsahkna during their meeting in Riga.",
        [("Baiba Braže", "LVA"), ("Margus Tsahkna", "EST")],
        place=("Riga", "LVA"),
        issuer="LVA",
    ),
    # "he": the office named just before, not an earlier named person
    Case(
        "held_meeting",
        "President Tokayev arrived in Astana. Tomorrow the Foreign Secretary will travel to "
        "Oslo, where he will hold talks with Foreign Minister Espen Barth Eide of Norway.",
        [(None, "GBR"), ("Espen Barth Eide", "NOR")],
        status=PLANNED,
        place=("Oslo", "NOR"),
        date=dt.date(2024, 5, 21),
        issuer="GBR",
    ),
    # an en dash joins like a hyphen; accepting an invitation is a plan
    Case(
        "attend_event",
        "Foreign Minister Ahmed Attaf accepted an invitation to take part in the "
        "Algeria\u2013ASEAN Ministerial Meeting to be held in Jakarta in July.",
        [("Ahmed Attaf", "DZA"), ("ASEAN", "ORG:ASEAN")],
        status=PLANNED,
        format=MULTI,
        place=("Jakarta", "IDN"),
        occasion="Algeria\u2013ASEAN Ministerial Meeting",
        issuer="DZA",
    ),
    # an organization's office holder from the gazetteer
    Case(
        "met",
        "Josep Borrell met Prime Minister Kristen Michal of Estonia.",
        [("Josep Borrell", "ORG:EU"), ("Kristen Michal", "EST")],
        issuer="EST",
    ),
    Case(
        "meeting_chaired",
        "On 5 May 2024, the second meeting of the Intergovernmental Commission between Georgia "
        "and Armenia was held in Tbilisi under the co-chairmanship of Prime Minister of Georgia "
        "Irakli Kobakhidze and Prime Minister of Armenia Nikol Pashinyan.",
        [("Irakli Kobakhidze", "GEO"), ("Nikol Pashinyan", "ARM")],
        place=("Tbilisi", "GEO"),
        date=dt.date(2024, 5, 5),
    ),
    Case(
        "meeting_chaired",
        "The next meeting of the Joint Commission on Trade, chaired by the Ministers of Foreign "
        "Affairs of Latvia and Lithuania, will be held in Riga.",
        [(None, "LVA"), (None, "LTU")],
        status=PLANNED,
        place=("Riga", "LVA"),
    ),
    # a host named after the sides is a third side, as a mediator is
    Case(
        "meeting_between",
        "The talks between President William Ruto and President Paul Kagame hosted by "
        "President Cyril Ramaphosa were held in Pretoria on 3 March 2025.",
        [("William Ruto", "KEN"), ("Paul Kagame", "RWA"), ("Cyril Ramaphosa", "ZAF")],
        format=TRI,
        place=("Pretoria", "ZAF"),
        date=dt.date(2025, 3, 3),
    ),
    # "travel to X, where ... talks": the place is X
    Case(
        "held_meeting",
        "Minister of Foreign Affairs Baiba Braze will travel to Vilnius, where she will hold "
        "talks with Minister of Foreign Affairs of Lithuania Gabrielius Landsbergis.",
        [("Baiba Braze", "LVA"), ("Gabrielius Landsbergis", "LTU")],
        status=PLANNED,
        place=("Vilnius", "LTU"),
        issuer="LVA",
    ),
    Case(
        "met",
        "Minister Jeyhun Bayramov paid a working visit to Georgia, where he met with Prime "
        "Minister of Georgia Irakli Kobakhidze.",
        [("Jeyhun Bayramov", "AZE"), ("Irakli Kobakhidze", "GEO")],
        place=(None, "GEO"),
    ),
    # the sides named in the event's name; the persons of the paragraph stand for them
    Case(
        "named_event",
        "The China\u2013Russia\u2013Iran trilateral meeting will be held in Beijing on 14 March "
        "2025, with Russian Deputy Foreign Minister Sergey Ryabkov and Iranian Deputy Foreign "
        "Minister Kazem Gharibabadi.",
        [(None, "CHN"), ("Sergey Ryabkov", "RUS"), ("Kazem Gharibabadi", "IRN")],
        status=PLANNED,
        format=TRI,
        place=("Beijing", "CHN"),
        occasion="China\u2013Russia\u2013Iran trilateral meeting",
        date=dt.date(2025, 3, 14),
        issuer="CHN",
    ),
    # the sides of a call before (no meeting itself): a joint body's next session, unnamed
    Case(
        "next_meeting",
        "Minister Jeyhun Bayramov held talks with Minister of Foreign Affairs of Serbia Marko "
        "Đurić by video conference. The sides agreed to hold the next meeting of the "
        "Intergovernmental Commission in Belgrade in the first half of 2025.",
        [(None, "AZE"), (None, "SRB")],
        status=PLANNED,
        place=("Belgrade", "SRB"),
    ),
    # "the Ministers" who talked by phone agreed to meet: the persons
    Case(
        "agreed_to_meet",
        "Minister Jeyhun Bayramov held talks with Minister of Foreign and European Affairs of "
        "Slovenia Tanja Fajon by phone. The Ministers agreed to meet in Baku in November.",
        [("Jeyhun Bayramov", "AZE"), ("Tanja Fajon", "SVN")],
        status=PLANNED,
        place=("Baku", "AZE"),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c.rule}:{c.body[:30]}")
def test_rule_cases(case: Case) -> None:
    text, found = _run(case.body, case.issuer)
    fired = {rule.name for rule, _ in triggers(text, TextRange(0, len(text)))}
    assert case.rule in fired
    assert found, f"no meeting in {case.body!r}"
    m = found[0]
    assert _who(m) == case.who
    assert (m.status, m.format) == (case.status, case.format)
    place = (m.location.city, m.location.country) if m.location else None
    assert place == case.place
    assert (m.occasion, m.date) == (case.occasion, case.date)
    _reads_back(text, m)


def test_every_rule_has_a_case() -> None:
    assert {rule.name for rule in RULES} == {case.rule for case in CASES}


def test_bilateral_meetings_with_two_people_are_two_meetings() -> None:
    _, found = _run(CASES[16].body, "PAK")
    assert [_who(m)[1][1] for m in found] == ["TUR", "AZE"]


def test_the_two_ministers_are_the_last_meetings_sides() -> None:
    _, found = _run(
        "Foreign Minister Baerbock will meet French Foreign Minister Jean-Noël Barrot in "
        "Paris. The two ministers will also hold talks with Polish Foreign Minister Radosław "
        "Sikorski.",
        "DEU",
    )
    assert [len(m.participants) for m in found] == [2, 3]
    assert (found[1].format, found[1].status) == (TRI, PLANNED)


def test_heads_of_delegations_name_the_sides() -> None:
    _, found = _run(
        "Political consultations between the Ministries of Foreign Affairs of Kazakhstan and "
        "Uzbekistan were held in Tashkent. The Kazakh delegation was headed by Deputy Minister "
        "of Foreign Affairs Roman Vassilenko, the Uzbek delegation by First Deputy Minister "
        "Bakhromjon Aloev.",
        "KAZ",
    )
    assert [_who(m) for m in found] == [[("Roman Vassilenko", "KAZ"), ("Bakhromjon Aloev", "UZB")]]


@pytest.mark.parametrize(
    "body",
    [
        "The Minister had a telephone conversation with Foreign Minister of Egypt Sameh Shoukry.",
        "On 4 May, a phone call took place between President Emmanuel Macron and President "
        "Cyril Ramaphosa.",
        "Minister Bayramov received a phone call from Secretary of State Antony Blinken.",
        "Foreign Minister Hakan Fidan held talks with Foreign Minister Sameh Shoukry via video "
        "link.",
        "Foreign Minister Marise Payne met online with Foreign Minister Nanaia Mahuta.",
        "The leaders held a video call with the President of the European Council.",
    ],
)
def test_calls_are_not_meetings(body: str) -> None:
    assert _run(body)[1] == []


@pytest.mark.parametrize(
    "body",
    [
        "The sides exchanged views on negotiations between Russia and Ukraine.",
        "We call on the parties to hold negotiations with the participation of mediators.",
        "President Ilham Aliyev is ready to meet with Prime Minister Nikol Pashinyan.",
        "The Ministry calls on Armenia to engage in talks with Azerbaijan.",
        "The leaders of the two countries meet regularly and pay reciprocal visits.",
        "The Minister received information about the results of the meeting.",
        "Kazakhstan called on President Sadyr Japarov to release the detained journalists.",
        "Türkiye welcomes the Egyptian mediation efforts.",
        "The Ministry welcomes the Saudi initiative to host the conference.",
        "The Ministers welcomed the results of their meeting.",
        "The meeting of the Council of Foreign Ministers chaired by Kazakhstan was held in Astana.",
        "The meeting chaired by Deputy Foreign Minister of Latvia Andris Pelss adopted the agenda.",
    ],
)
def test_no_meeting_is_reported(body: str) -> None:
    assert _run(body)[1] == []


def test_a_meeting_in_the_title_and_the_body_is_one() -> None:
    body = (
        "On 7 June 2022, Foreign Minister Mevlüt Çavuşoğlu met with Foreign Minister Bujar "
        "Osmani of North Macedonia in Ankara."
    )
    title = "Foreign Minister Çavuşoğlu Met with Foreign Minister Osmani of North Macedonia"
    text, found = _run(body, "TUR", title)
    assert len(found) == 1
    assert found[0].date == dt.date(2022, 6, 7)
    assert found[0].evidence.start > text.index("\n")  # the body's report is kept


def test_question_and_answer_report_one_meeting() -> None:
    body = (
        "Question: A meeting between Ilham Aliyev, President of the Republic of Azerbaijan, "
        "and Shavkat Mirziyoyev, President of Uzbekistan was held in Tashkent. How do you "
        "assess it?\n\nAnswer: The meeting between President Ilham Aliyev and President "
        "Shavkat Mirziyoyev held in Tashkent was very productive."
    )
    _, found = _run(body)
    assert [sorted(c or "" for _, c in _who(m)) for m in found] == [["AZE", "UZB"]]


@pytest.fixture(scope="module")
def seed() -> tuple[str, list[MeetingDraft]]:
    text = SEED.read_text(encoding="utf-8")
    return text, extract_meetings(text, parse_text(text), Context("AZE", dt.date(2024, 7, 3)))


def test_seed_meetings_field_by_field(seed: tuple[str, list[MeetingDraft]]) -> None:
    text, found = seed
    astana = Place(city="Astana", country="KAZ")
    want = [
        (
            [("Ilham Aliyev", "President", "AZE"), ("Xi Jinping", "President", "CHN")],
            BI,
            "Shanghai Cooperation Organization (SCO) Summit",
            dt.date(2024, 7, 3),
        ),
        (
            [
                ("Ilham Aliyev", "President", "AZE"),
                ("Recep Tayyip Erdoğan", "President", "TUR"),
                ("Muhammad Shehbaz Sharif", "Prime Minister", "PAK"),
            ],
            TRI,
            None,
            None,
        ),
        (
            [("Ilham Aliyev", "President", "AZE"), ("Vladimir Putin", "President", "RUS")],
            BI,
            "SCO Summit",
            None,
        ),
        (
            [("Ilham Aliyev", "President", "AZE"), ("Kassym-Jomart Tokayev", "President", "KAZ")],
            BI,
            "SCO Summit",
            None,
        ),
    ]
    assert len(found) == len(want)
    for m, (people, fmt, occasion, date) in zip(found, want, strict=True):
        assert [(p.name, p.title, p.country) for p in m.participants] == people
        assert all(p.organization is None for p in m.participants)
        assert (m.format, m.status, m.location) == (fmt, HELD, astana)
        assert (m.occasion, m.date) == (occasion, date)
        _reads_back(text, m)
    assert found[0].evidence.of(text).startswith("A meeting between Ilham Aliyev")
    assert found[3].evidence.of(text).endswith("held a bilateral meeting with him")


def test_hostile_input_returns() -> None:
    """Long runs of capitalised title words (timing is measured in benchmarks/, not here)."""
    context = Context("AZE", PUBLISHED)
    hostile = "Press release\n\n" + " ".join(["Meeting Between Ministers Of"] * 400) + "\n"
    found = extract_meetings(hostile, parse_text(hostile), context)
    assert all(d.evidence.of(hostile) for d in found)


# -- the shared corpus ---------------------------------------------------------------------


def test_corpus_meetings_f1() -> None:
    """Scored by the same matcher as `mfa-dataset evaluate`; every evidence range reads back."""
    if not CORPUS.is_dir():
        pytest.skip(f"the shared corpus is not at {CORPUS}")
    assert evaluate(CORPUS).total("meetings").f1 >= 0.85
    for path in sorted(CORPUS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for m in extract_meetings(text, parse_text(text), Context(None, None)):
            _reads_back(text, m)


@pytest.mark.parametrize(
    ("opening", "inherits"),
    [
        ("Prior to the trilateral meeting, ", True),
        ("On the sidelines of the meeting, ", True),
        ("Later that day, ", True),
        ("On the sidelines of the forum, ", False),  # the meeting before is no forum
        ("", False),
    ],
)
def test_anaphoric_opening_takes_place_of_meeting_before(opening: str, inherits: bool) -> None:
    text, found = _run(
        "The Trilateral Meeting of the Foreign Ministers of Latvia, Lithuania and Estonia was "
        "held in Riga on 25 August 2024.\n\n"
        f"{opening}Minister Baiba Braze held a bilateral meeting with Minister Margus Tsahkna.",
        "LVA",
    )
    fired = {rule.name for rule, _ in triggers(text, TextRange(0, len(text)))}
    assert {"meeting_of", "held_meeting"} <= fired
    assert len(found) == 2
    riga = Place(city="Riga", country="LVA")
    assert found[0].location == riga
    assert (found[1].location == riga) is inherits
    assert (found[1].date == dt.date(2024, 8, 25)) is inherits


def _fired(text: str) -> set[str]:
    return {rule.name for rule, _ in triggers(text, TextRange(0, len(text)))}


_LAVROV = "Remarks by Foreign Minister Sergey Lavrov at a news conference"
_COOPER = "Statement by Foreign Secretary Yvette Cooper"


@pytest.mark.parametrize(
    ("title", "issuer", "body", "rule", "who", "status", "place"),
    [
        (
            _LAVROV,
            "RUS",
            "We have held detailed and substantive talks with my colleague, Minister of Foreign "
            "Affairs of Egypt Badr Abdelatty.",
            "held_meeting",
            [("Sergey Lavrov", "RUS"), ("Badr Abdelatty", "EGY")],
            HELD,
            None,
        ),
        (
            _COOPER,
            "GBR",
            "I will travel to the region next week, where I will meet Foreign Minister Badr "
            "Abdelatty in Cairo.",
            "met",
            [("Yvette Cooper", "GBR"), ("Badr Abdelatty", "EGY")],
            PLANNED,
            ("Cairo", "EGY"),
        ),
    ],
)
def test_i_and_we_are_the_speaker(
    title: str,
    issuer: str,
    body: str,
    rule: str,
    who: list[tuple[str | None, str | None]],
    status: MeetingStatus,
    place: tuple[str | None, str | None] | None,
) -> None:
    text, found = _run(body, issuer, title)
    assert rule in _fired(text)
    assert [(_who(m), m.status) for m in found] == [(who, status)]
    assert (
        (found[0].location.city, found[0].location.country) if found[0].location else None
    ) == place
    _reads_back(text, found[0])


@pytest.mark.parametrize(
    "body",
    [
        "We will meet Foreign Minister Badr Abdelatty in Cairo.",  # no speaker named
        "Minister Jeyhun Bayramov said: we are ready to meet Foreign Minister Badr Abdelatty.",
    ],
)
def test_i_and_we_without_a_speaker_are_nobody(body: str) -> None:
    assert _run(body)[1] == []


def test_a_named_event_attended_has_the_regions_listed_countries() -> None:
    text, found = _run(
        "Foreign Minister Wang Yi attended the fifth China-Central Asia Foreign Ministers' "
        "Meeting in Astana together with Kazakh Foreign Minister Murat Nurtleu, Kyrgyz Foreign "
        "Minister Jeenbek Kulubaev and Uzbek Foreign Minister Bakhtiyor Saidov.",
        "CHN",
    )
    assert "named_event" in _fired(text)
    assert [_who(m) for m in found] == [
        [
            ("Wang Yi", "CHN"),
            ("Murat Nurtleu", "KAZ"),
            ("Jeenbek Kulubaev", "KGZ"),
            ("Bakhtiyor Saidov", "UZB"),
        ]
    ]
    assert (found[0].status, found[0].format) == (HELD, MULTI)
    assert found[0].location is not None
    assert found[0].location.city == "Astana"


def test_an_organizations_named_event_with_a_region() -> None:
    _, found = _run(
        "On 4 April 2025, the first EU-Central Asia Summit took place in Samarkand. The "
        "Presidents of Kazakhstan, Kyrgyzstan and Uzbekistan took part.",
    )
    assert [sorted(c or "" for _, c in _who(m)) for m in found] == [["KAZ", "KGZ", "ORG:EU", "UZB"]]
    assert found[0].status == HELD


@pytest.mark.parametrize(
    "body",
    [
        # a region whose countries the paragraph does not list (a place after "in" is not)
        "The ministers agreed that the second China-Central Asia Summit will be held in "
        "Kazakhstan in 2025.",
        # neither held nor attended
        "He spoke about the results of the China-Russia-Iran meeting.",
        # a part that is no country, organization or region
        "The Baku-Tbilisi-Kars meeting was held in Baku.",
    ],
)
def test_named_events_that_are_no_meeting(body: str) -> None:
    assert [m for m in _run(body, "CHN")[1] if m.format == MULTI or len(m.participants) > 2] == []


_HELD_BI = (
    "On 3 October 2024, Minister of Foreign Affairs Jeyhun Bayramov met with Minister of "
    "Foreign Affairs of Serbia Marko Đurić. "
)


@pytest.mark.parametrize(
    ("rule", "body", "who", "city"),
    [
        # a joint body's next session: the countries of the meeting before, unnamed
        (
            "next_meeting",
            _HELD_BI + "The sides also agreed to hold the next meeting of the Intergovernmental "
            "Commission on Economic Cooperation in Belgrade in 2025.",
            [(None, "AZE"), (None, "SRB")],
            "Belgrade",
        ),
        # "we"/"the Ministers" agreed: the persons who met
        (
            "next_meeting",
            _HELD_BI + "The two Ministers agreed to hold the next session of the Joint "
            "Planning Group in Belgrade later this year.",
            [("Jeyhun Bayramov", "AZE"), ("Marko Đurić", "SRB")],
            "Belgrade",
        ),
        (
            "agreed_to_meet",
            _HELD_BI + "The Ministers agreed to meet again in Belgrade in November.",
            [("Jeyhun Bayramov", "AZE"), ("Marko Đurić", "SRB")],
            "Belgrade",
        ),
    ],
)
def test_a_next_meeting_takes_the_sides_of_the_meeting_before(
    rule: str, body: str, who: list[tuple[str | None, str | None]], city: str
) -> None:
    text, found = _run(body)
    assert rule in _fired(text)
    planned = [m for m in found if m.status == PLANNED]
    assert [_who(m) for m in planned] == [who]
    assert planned[0].location is not None
    assert planned[0].location.city == city
    assert [m.status for m in found] == [HELD, PLANNED]
    _reads_back(text, planned[0])


def test_a_next_trilateral_meeting_takes_the_last_trilateral_one() -> None:
    text, found = _run(
        "The Trilateral Meeting of the Foreign Ministers of Türkiye, Azerbaijan and Georgia "
        "was held in Baku on 25 August 2024. Prior to the trilateral meeting, Minister Jeyhun "
        "Bayramov held a bilateral meeting with Minister Hakan Fidan of Türkiye. It was agreed "
        "that the next trilateral meeting will be held in Tbilisi in 2025."
    )
    assert "next_meeting" in _fired(text)
    planned = [m for m in found if m.status == PLANNED]
    assert [sorted(c or "" for _, c in _who(m)) for m in planned] == [["AZE", "GEO", "TUR"]]
    assert (planned[0].format, planned[0].location) == (TRI, Place(city="Tbilisi", country="GEO"))


def test_a_next_meeting_naming_its_sides_is_read_as_a_meeting_of() -> None:
    _, found = _run(
        "The next Trilateral Meeting of the Foreign Ministers of Azerbaijan, Türkiye and "
        "Georgia will be held in Baku."
    )
    assert [sorted(c or "" for _, c in _who(m)) for m in found] == [["AZE", "GEO", "TUR"]]
    assert found[0].status == PLANNED


@pytest.mark.parametrize(
    "body",
    [
        # no plan: preparations for it are a topic
        _HELD_BI + "They discussed preparations for the next meeting of the Commission.",
        # an organization's body: not the sides reported before
        _HELD_BI + "The next meeting of the CSTO Council of Foreign Ministers will be held in "
        "Minsk.",
        # somebody else to meet
        _HELD_BI + "The Ministers agreed to meet with the President of Serbia.",
        # nobody agreed who met
        _HELD_BI + "The experts agreed to meet in Belgrade.",
        # no meeting reported before
        "The sides agreed to hold the next meeting of the Commission in Belgrade.",
        # the meeting before is multilateral
        "Foreign Ministers of Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan met in Astana. "
        "The next meeting will be held in Bishkek.",
    ],
)
def test_next_meetings_that_are_none(body: str) -> None:
    assert [m for m in _run(body)[1] if m.status == PLANNED] == []
