"""Agreement extraction: tables of rule cases, the first seed's five documents, the corpus.

The synthetic cases are written in the general language of diplomatic press texts; none is a
copy of a corpus sentence. Meetings are built by hand, so these tests do not depend on the
meeting extractor.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

import pytest

from mfa_dataset.evaluate import Score, agreement_matches
from mfa_dataset.extraction.agreement_rules import MENTION_RULES, STATUS_RULES
from mfa_dataset.extraction.agreements import Found, extract_agreements, find_agreements
from mfa_dataset.extraction.money import MONEY_RULES, find_money
from mfa_dataset.extraction.result import AgreementDraft, Context, MeetingDraft
from mfa_dataset.gold import GoldDocument, load_gold
from mfa_dataset.models import Money, Participant, Place
from mfa_dataset.parsing import parse_text
from mfa_dataset.parsing.result import TextRange
from mfa_dataset.types import AgreementKind, AgreementStatus, MeetingFormat, MeetingStatus

ROOT = Path(__file__).resolve().parents[1]
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
SEED = ROOT / "seeds" / "000_dee6ee2a9e7b58d1.txt"
AZE = Context(issuer_country="AZE", published=dt.date(2025, 5, 5))


def _statement(*paragraphs: str) -> str:
    return "Information of the Press Service on the visit\n\n" + "\n\n".join(paragraphs) + "\n"


def _meeting(raw: str, evidence: str, *codes: str, date: dt.date | None = None) -> MeetingDraft:
    start = raw.index(evidence)
    people = tuple(
        Participant(organization=c[4:]) if c.startswith("ORG:") else Participant(country=c)
        for c in codes
    )
    form = MeetingFormat.BILATERAL if len(codes) == 2 else MeetingFormat.MULTILATERAL
    return MeetingDraft(
        people, form, MeetingStatus.HELD, None, None, date, TextRange(start, start + len(evidence))
    )


def _find(raw: str, meetings: Sequence[MeetingDraft] = (), ctx: Context = AZE) -> list[Found]:
    return find_agreements(raw, parse_text(raw), ctx, meetings)


def _one(sentence: str) -> Found:
    found = _find(_statement(sentence))
    assert len(found) == 1, [f.draft for f in found]
    return found[0]


# -- money -------------------------------------------------------------------------------------
MONEY_CASES = [
    ("a loan of USD 300 million", "code_before", 300_000_000, "USD"),
    ("EUR 1.2bn", "code_before", 1_200_000_000, "EUR"),
    ("a grant of AZN 50,000", "code_before", 50_000, "AZN"),
    ("US$ 15 million", "code_before", 15_000_000, "USD"),
    ("a $2.5 billion project", "symbol_before", 2_500_000_000, "USD"),
    ("€40 mln", "symbol_before", 40_000_000, "EUR"),
    ("300 million US dollars", "name_after", 300_000_000, "USD"),
    ("2 billion U.S. Dollars", "name_after", 2_000_000_000, "USD"),
    ("1,5 million euros", "name_after", 1_500_000, "EUR"),
    ("10 billion yuan", "name_after", 10_000_000_000, "CNY"),
    ("700 million manats", "name_after", 700_000_000, "AZN"),
    ("450 million USD", "code_after", 450_000_000, "USD"),
    ("a credit line of RMB 5 billion", "symbol_before", 5_000_000_000, "CNY"),
    ("grants of Rs 250 crore", "symbol_before", 2_500_000_000, "INR"),
    ("INR 40 lakh", "code_before", 4_000_000, "INR"),
    ("2,7 billion euros", "name_after", 2_700_000_000, "EUR"),
    ("half a billion dollars", "half_scale", 500_000_000, "USD"),
]


@pytest.mark.parametrize(("text", "rule", "amount", "currency"), MONEY_CASES)
def test_money_rule(text: str, rule: str, amount: int, currency: str) -> None:
    (found,) = find_money(text)
    assert (found.rule, found.money) == (rule, Money(amount=amount, currency=currency))
    assert text[found.start : found.end].strip() == text[found.start : found.end]


@pytest.mark.parametrize(
    "text",
    ["the SCO 2024 summit", "in 2019", "Resolution 884 of the Council", "the ABC 500 initiative"],
)
def test_money_needs_a_currency(text: str) -> None:
    assert find_money(text) == []


def test_money_rules_in_documented_order() -> None:
    assert [r.name for r in MONEY_RULES] == [
        "code_before",
        "symbol_before",
        "name_after",
        "code_after",
        "half_scale",
    ]


# -- mentions, kinds, statuses, titles ---------------------------------------------------------
# sentence, mention rule, kind, status rule (None: mentioned), title
RULE_CASES = [
    (
        "The Ministers signed a Memorandum of Understanding on Cooperation in the Field of Sport.",
        "named_title",
        "memorandum_of_understanding",
        "signed",
        "Memorandum of Understanding on Cooperation in the Field of Sport",
    ),
    (
        "The parties signed the “Agreement on International Road Transport,” opening new routes.",
        "quoted_title",
        "agreement",
        "signed",
        "Agreement on International Road Transport",
    ),
    (
        'The sides adopted the "Joint Action Plan for 2025-2027".',
        "quoted_title",
        "action_plan",
        "signed",
        "Joint Action Plan for 2025-2027",
    ),
    (
        "The delegations agreed to prepare a roadmap on transport connectivity.",
        "document_noun",
        "roadmap",
        "planned",
        None,
    ),
    (
        "The Treaty on Friendship and Cooperation entered into force in 1998.",
        "named_title",
        "treaty",
        "in_force",
        "Treaty on Friendship and Cooperation",
    ),
    (
        "The leaders issued a joint statement on the situation in the region.",
        "document_noun",
        "joint_statement",
        "signed",
        None,
    ),
    (
        "A protocol on political consultations will be signed next month.",
        "document_noun",
        "protocol",
        "planned",
        None,
    ),
    (
        "After long talks the two governments reached an agreement on the exchange of detainees.",
        "document_noun",
        "agreement",
        "concluded",
        None,
    ),
    (
        "The Minister recalled that the Geneva Convention remains binding on all parties.",
        "named_title",
        "convention",
        None,
        "Geneva Convention",
    ),
    (
        "The Ministers exchanged views on the draft Statute of the Regional Council of Elders.",
        "named_title",
        "other",
        "planned",
        "Statute of the Regional Council of Elders",
    ),
    (
        "A Programme of Cooperation between the two Ministries was also signed.",
        "document_noun",
        "other",
        "signed",
        None,
    ),
    (
        "Both leaders made a Declaration on Deepening Allied Relations.",
        "named_title",
        "joint_declaration",
        "signed",
        "Declaration on Deepening Allied Relations",
    ),
]


@pytest.mark.parametrize(("sentence", "rule", "kind", "status", "title"), RULE_CASES)
def test_rule_case(
    sentence: str, rule: str, kind: str, status: str | None, title: str | None
) -> None:
    found = _one(sentence)
    draft = found.draft
    assert found.rule == rule
    assert found.status_rule == status
    assert draft.kind is AgreementKind(kind)
    assert draft.status is AgreementStatus(status or "mentioned")
    assert draft.title == title


RULE_CASES += [
    (
        "The two countries exchanged instruments of ratification of the Treaty on Legal Aid.",
        "named_title",
        "treaty",
        "in_force",
        "Treaty on Legal Aid",
    ),
    (
        "The negotiators have finalized the text of the border treaty.",
        "document_noun",
        "treaty",
        "concluded",
        None,
    ),
    (
        "The leaders issued a Joint Statement on a Partnership with a Common Future and then "
        "attended a business forum.",
        "named_title",
        "joint_statement",
        "signed",
        "Joint Statement on a Partnership with a Common Future",
    ),
]

NOT_AGREEMENTS = [
    "The sides reviewed the implementation of agreements reached at the highest level.",
    "Following the talks, the parties agreed to maintain regular contacts.",
    "The Minister expressed full agreement with the position of the co-chairs.",
    "The Collective Security Treaty Organization held a session in Minsk.",
    "The head of the State Protocol Service welcomed the guests.",
    "The Ministers noted the contribution of the Conference of the Parties to the Framework "
    "Convention on Tobacco Control.",
    "The ministers agreed to increase trade to 3 billion U.S. dollars.",
    "Several documents were signed in the presence of the heads of state.",
    "The ceasefire agreement was violated again yesterday.",
    "The statement of the Ministry of Foreign Affairs was issued on Monday.",
]


@pytest.mark.parametrize("sentence", NOT_AGREEMENTS)
def test_not_an_agreement(sentence: str) -> None:
    assert _find(_statement(sentence)) == []


def test_mention_and_status_rules_in_documented_order() -> None:
    assert [r.name for r in MENTION_RULES] == ["quoted_title", "named_title", "document_noun"]
    assert [r.name for r in STATUS_RULES] == ["in_force", "planned", "concluded", "signed"]


def test_a_list_shares_one_status() -> None:
    raw = _statement(
        "The signed “Memorandum on Energy Cooperation,” as well as the “Protocol on Customs "
        "Procedures” open a new chapter. The Joint Declaration and the Roadmap on Digital "
        "Connectivity were adopted by the leaders of Georgia and Azerbaijan."
    )
    drafts = [f.draft for f in _find(raw)]
    assert [(d.kind.value, d.status.value) for d in drafts] == [
        ("memorandum_of_understanding", "signed"),
        ("protocol", "signed"),
        ("joint_declaration", "signed"),
        ("roadmap", "signed"),
    ]
    assert [d.title for d in drafts[:2]] == [
        "Memorandum on Energy Cooperation",
        "Protocol on Customs Procedures",
    ]
    assert drafts[2].parties == drafts[3].parties == ("AZE", "GEO")


def test_a_document_named_in_another_is_no_record() -> None:
    raw = _statement("The sides signed a protocol amending the Convention on Double Taxation.")
    (found,) = _find(raw)
    assert found.draft.kind is AgreementKind.PROTOCOL
    assert found.draft.evidence.of(raw).endswith("amending the Convention on Double Taxation")


def test_documents_a_plural_includes_share_its_status() -> None:
    raw = _statement(
        "The documents signed today, including an agreement on labour migration and a roadmap "
        "on industrial cooperation, open new prospects."
    )
    assert [(f.draft.kind.value, f.draft.status.value) for f in _find(raw)] == [
        ("agreement", "signed"),
        ("roadmap", "signed"),
    ]


def test_the_items_of_an_announced_list_share_its_status() -> None:
    raw = _statement(
        "At the end of the talks, the following documents were signed:\n"
        "- Agreement on International Road Transport;\n"
        "- Memorandum of Understanding on Cooperation in Education",
        "3. Protocol on Political Consultations.",
        "The Ministers also discussed the Convention on Biological Diversity.",
    )
    assert [(f.draft.title, f.draft.status.value) for f in _find(raw)] == [
        ("Agreement on International Road Transport", "signed"),
        ("Memorandum of Understanding on Cooperation in Education", "signed"),
        ("Protocol on Political Consultations", "signed"),
        ("Convention on Biological Diversity", "mentioned"),
    ]


def test_a_document_named_twice_is_one_record() -> None:
    raw = _statement(
        "The Ministers discussed the Agreement on Road Transport.",
        "The Agreement on Road Transport was signed after the talks.",
        "An agreement on youth exchanges was signed. The agreement on youth exchanges was "
        "approved by both governments. The sides also signed an agreement on tourism.",
    )
    drafts = [f.draft for f in _find(raw)]
    assert [(d.title, d.status.value) for d in drafts] == [
        ("Agreement on Road Transport", "signed"),
        (None, "signed"),
        (None, "signed"),
    ]


# -- parties -----------------------------------------------------------------------------------
PARTY_CASES = [
    ("An Agreement between the Republic of Moldova and Romania on Border Crossing was signed.",
     ("MDA", "ROU"), "party_between"),
    ("Georgia and Armenia signed an agreement on the reconstruction of a bridge.",
     ("ARM", "GEO"), "party_subject"),
    ("Hungary signed a memorandum with Azerbaijan on cooperation in agriculture.",
     ("AZE", "HUN"), "party_subject"),
    ("A memorandum between our country and Uzbekistan on youth exchanges was signed.",
     ("AZE", "UZB"), "party_between"),
    ("A treaty on strategic partnership was signed by the Presidents of Kazakhstan and Azerbaijan.",
     ("AZE", "KAZ"), "party_subject"),
    ("The agreement on visa facilitation was signed.", (), None),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "parties", "rule"), PARTY_CASES)
def test_parties(sentence: str, parties: tuple[str, ...], rule: str | None) -> None:
    found = _one(sentence)
    assert found.draft.parties == parties
    assert found.party_rule == rule


def test_the_sides_are_the_meeting_countries() -> None:
    raw = _statement(
        "On 5 May, the Minister of Foreign Affairs of Azerbaijan received the Foreign Minister "
        "of Latvia.",
        "The two countries signed an agreement on the avoidance of double taxation.",
    )
    meetings = [
        _meeting(raw, "the Minister of Foreign Affairs of Azerbaijan received", "AZE", "LVA")
    ]
    (found,) = _find(raw, meetings)
    assert (found.draft.parties, found.party_rule) == (("AZE", "LVA"), "party_pronoun")


def test_our_country_is_the_issuer() -> None:
    found = _one("Our country has signed the convention on the protection of migrant workers.")
    assert found.draft.parties == ("AZE",)
    assert found.party_rule == "party_our_country"


# -- values ------------------------------------------------------------------------------------
VALUE_CASES = [
    ("An agreement on a credit line worth EUR 200 million was signed.",
     Money(amount=200_000_000, currency="EUR")),
    ("The sides signed a $1.5 billion loan agreement.",
     Money(amount=1_500_000_000, currency="USD")),
    ("A memorandum in the amount of 50 million US dollars was signed.",
     Money(amount=50_000_000, currency="USD")),
    ("The agreement, signed last year, helped trade reach USD 2 billion.", None),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "value"), VALUE_CASES)
def test_value(sentence: str, value: Money | None) -> None:
    assert _one(sentence).draft.value == value


# -- meetings ----------------------------------------------------------------------------------
_VISIT = (
    "On 5 May 2025, Minister of Foreign Affairs Jeyhun Bayramov met with the Minister of "
    "Foreign Affairs of Lithuania in Vilnius."
)


@pytest.mark.parametrize(
    ("sentence", "linked"),
    [
        ("Following the meeting, a Memorandum on Consular Cooperation was signed.", True),
        ("On the sidelines of the visit, the Ministers signed an agreement on readmission.", True),
        ("The sides signed a protocol on political consultations.", True),
        ("The agreement on air services signed in 2019 was also discussed.", False),
        ("During the visit in March 2023, an agreement on tourism was signed.", False),
        ("The Ministers agreed to sign a roadmap during the next visit.", False),
        ("The Treaty on Friendship was concluded during the previous meeting.", False),
    ],
)
def test_meeting_link(sentence: str, linked: bool) -> None:
    raw = _statement(_VISIT, sentence)
    meetings = [_meeting(raw, _VISIT, "AZE", "LTU", date=dt.date(2025, 5, 5))]
    (found,) = _find(raw, meetings)
    assert found.draft.meeting == (0 if linked else None)
    if linked:
        assert found.draft.parties == ("AZE", "LTU")


def test_a_paragraph_keeps_its_meeting() -> None:
    raw = _statement(
        _VISIT,
        "After the talks, the Ministers signed a protocol on consultations. A memorandum on "
        "cooperation between the diplomatic academies was also signed, as well as a loan "
        "agreement worth EUR 40 million.",
    )
    meetings = [_meeting(raw, _VISIT, "AZE", "LTU", date=dt.date(2025, 5, 5))]
    drafts = [f.draft for f in _find(raw, meetings)]
    assert [(d.kind.value, d.meeting, d.parties) for d in drafts] == [
        ("protocol", 0, ("AZE", "LTU")),
        ("memorandum_of_understanding", 0, ("AZE", "LTU")),
        ("agreement", 0, ("AZE", "LTU")),
    ]
    assert drafts[2].value == Money(amount=40_000_000, currency="EUR")


def test_documents_in_the_answer_to_a_question_reporting_signing() -> None:
    raw = (
        "No:12/25, Response of the Spokesperson to a question of the local media\n\n"
        "Question 1: The Presidents of Azerbaijan and Croatia met today in Zagreb and signed "
        "several documents. What can you say?\n\n"
        "Answer: The Joint Declaration on Strategic Partnership opens a new page.\n\n"
        "Question 2: How do you assess the meeting with the Prime Minister of Slovenia?\n\n"
        "Answer: Our countries are preparing a memorandum on energy cooperation.\n"
    )
    first = "The Presidents of Azerbaijan and Croatia met today in Zagreb"
    second = "the meeting with the Prime Minister of Slovenia"
    meetings = [_meeting(raw, first, "AZE", "HRV"), _meeting(raw, second, "AZE", "SVN")]
    found = _find(raw, meetings)
    assert found[0].status_rule == "link_meeting_signing"  # no cue in its own sentence
    declaration, memorandum = (f.draft for f in found)
    assert (declaration.status, declaration.meeting) == (AgreementStatus.SIGNED, 0)
    assert declaration.parties == ("AZE", "HRV")
    assert memorandum.status is AgreementStatus.PLANNED
    assert memorandum.parties == ("AZE", "SVN")
    assert memorandum.meeting is None


# -- the first seed ----------------------------------------------------------------------------
def _seed() -> tuple[str, list[MeetingDraft]]:
    raw = SEED.read_text(encoding="utf-8")
    meetings = [
        _meeting(raw, "A meeting between Ilham Aliyev, President of the Republic of Azerbaijan, "
                 "and Xi Jinping", "AZE", "CHN", date=dt.date(2024, 7, 3)),
        _meeting(raw, "A trilateral meeting between Ilham Aliyev", "AZE", "TUR", "PAK"),
        _meeting(raw, "A meeting between Ilham Aliyev, President of the Republic of Azerbaijan, "
                 "and Vladimir Putin", "AZE", "RUS"),
        _meeting(raw, "held a bilateral meeting with him", "AZE", "KAZ", date=dt.date(2024, 7, 3)),
    ]  # fmt: skip
    return raw, meetings


def test_seed_documents() -> None:
    raw, meetings = _seed()
    context = Context(issuer_country="AZE", published=dt.date(2024, 7, 3))
    drafts = extract_agreements(raw, parse_text(raw), context, meetings)
    mou_1 = (
        "Memorandum of Understanding between the Government of the Republic of Azerbaijan and "
        "the Government of the People's Republic of China on the development of Trans-Caspian "
        "International Transport Routes for the China-Europe Railway Express"
    )
    mou_2 = (
        "Memorandum of Understanding between the Ministry of Economy of the Republic of "
        "Azerbaijan and the National Development and Reform Commission of the People\u2019s "
        "Republic of China on the joint acceleration of the formation of a cooperation plan for "
        "the Belt and Road Initiative"
    )
    usd = Money(amount=300_000_000, currency="USD")
    expected = [
        ("Joint Declaration on the Establishment of Strategic Partnership", "joint_declaration",
         ("AZE", "CHN"), "signed", None, 0),
        (mou_1, "memorandum_of_understanding", ("AZE", "CHN"), "signed", None, 0),
        (mou_2, "memorandum_of_understanding", ("AZE", "CHN"), "signed", None, 0),
        (None, "agreement", ("AZE", "KAZ"), "concluded", None, None),
        (None, "agreement", ("AZE", "KAZ"), "signed", usd, 3),
    ]  # fmt: skip
    got = [(d.title, d.kind.value, d.parties, d.status.value, d.value, d.meeting) for d in drafts]
    assert got == expected
    assert (
        drafts[3]
        .evidence.of(raw)
        .endswith(
            "agreement to establish an investment fund between the two countries was concluded"
        )
    )
    assert "fund worth USD 300 million was signed during the Astana meeting" in (
        drafts[4].evidence.of(raw)
    )


# -- evidence ----------------------------------------------------------------------------------
def _check_evidence(raw: str, drafts: Sequence[AgreementDraft]) -> None:
    paragraphs = parse_text(raw).paragraphs
    for d in drafts:
        piece = d.evidence.of(raw)
        assert piece, d
        assert piece == piece.strip(" \t\n,;:."), piece
        assert any(p.start <= d.evidence.start and d.evidence.end <= p.end for p in paragraphs)
        if d.title is not None:
            assert d.title in raw
        assert list(d.parties) == sorted(set(d.parties))


def test_evidence_reads_back() -> None:
    raw, meetings = _seed()
    _check_evidence(raw, extract_agreements(raw, parse_text(raw), AZE, meetings))
    sentences = [case[0] for case in RULE_CASES] + [case[0] for case in VALUE_CASES]
    for sentence in sentences:
        raw = _statement(sentence)
        _check_evidence(raw, [f.draft for f in _find(raw)])


# -- the shared corpus -------------------------------------------------------------------------
def _gold_meetings(raw: str, gold: GoldDocument) -> list[MeetingDraft]:
    """The gold meetings as drafts, so that agreements are scored apart from meeting rules."""
    meetings = []
    for m in gold.meetings:
        codes = [p.country for p in m.participants if p.country]
        start = raw.index(m.evidence)
        people = tuple(
            Participant(organization=c[4:]) if c.startswith("ORG:") else Participant(country=c)
            for c in codes
        )
        place = Place(city=m.location_city) if m.location_city else None
        evidence = TextRange(start, start + len(m.evidence))
        meetings.append(
            MeetingDraft(people, MeetingFormat(m.format), MeetingStatus(m.status), place,
                         m.occasion, m.date, evidence)
        )  # fmt: skip
    return meetings


def test_corpus_f1() -> None:
    """Scored by the matcher of `mfa-dataset evaluate`, with the gold meetings as input."""
    if not CORPUS.is_dir():
        pytest.skip(f"{CORPUS} not found: the shared corpus sits beside the repository")
    score = Score()
    for path in sorted(CORPUS.glob("*.txt")):
        raw = path.read_text(encoding="utf-8")
        gold = load_gold(path.with_name(f"{path.stem}.gold.json"))
        context = Context(gold.issuer_country, gold.date)
        drafts = extract_agreements(raw, parse_text(raw), context, _gold_meetings(raw, gold))
        _check_evidence(raw, drafts)
        unused = list(drafts)
        optional_hits = 0
        for g in sorted(gold.agreements, key=lambda g: g.status == "mentioned"):
            optional = g.status == "mentioned"
            score.expected += not optional
            hit = next((d for d in unused if agreement_matches(d, g, raw)), None)
            if hit is not None:
                unused.remove(hit)
                optional_hits += optional
                score.true_positives += not optional
        score.predicted += len(drafts) - optional_hits
    assert score.f1 >= 0.80, (score.precision, score.recall)


# -- general press language: statuses, titles, lists, values, coreference ----------------------
NEW_STATUS_CASES = [
    ("The ministers will also sign a Protocol on Consular Cooperation.", "planned"),
    ("The leaders agreed to accelerate the conclusion of the Free Trade Agreement.", "planned"),
    ("The Council welcomed the initialling of the Agreement on Border Delimitation.", "concluded"),
    ("He noted the signing in Geneva on 3 May of the Peace Accord between the parties.", "signed"),
    (
        "They discussed a Charter on Regional Security that the parties agreed to conclude.",
        "planned",
    ),
    ("The Treaty of Peace, Trade and Navigation of 12 March 1998 remains in force.", "in_force"),
]


@pytest.mark.parametrize(("sentence", "status"), NEW_STATUS_CASES)
def test_new_status_cues(sentence: str, status: str) -> None:
    found = _one(sentence)
    assert found.status_rule == status
    assert found.draft.status is AgreementStatus(status)


def test_a_title_keeps_a_series_of_capitalised_words() -> None:
    found = _one("The Treaty of Peace, Trade and Navigation of 12 March 1998 remains in force.")
    assert found.draft.title == "Treaty of Peace, Trade and Navigation"


def test_an_exchange_programme_is_a_document() -> None:
    found = _one("The two ministers signed the Youth Exchange Programme for 2026-2028.")
    assert (found.draft.kind, found.draft.status) == (AgreementKind.OTHER, AgreementStatus.SIGNED)


def test_a_heading_and_a_witnessed_exchange_announce_signed_lists() -> None:
    raw = _statement(
        "Documents signed",
        "1. Agreement on the protection of investments.",
        "2. Memorandum of Understanding on Cooperation in Tourism.",
    )
    assert [f.draft.status for f in _find(raw)] == [AgreementStatus.SIGNED] * 2


def test_a_value_stated_after_the_cue() -> None:
    found = _one(
        "Loan Agreement between the banks of both states \u2013 signed for EUR 80 million."
    )
    assert found.draft.value == Money(amount=80_000_000, currency="EUR")
    found = _one(
        "They discussed the Agreement on Energy Cooperation, worth up to 3 billion dollars."
    )
    assert found.draft.value == Money(amount=3_000_000_000, currency="USD")


def test_a_definite_reference_is_the_same_document() -> None:
    raw = _statement(
        "The ministers signed the Agreement on Visa Exemption for Holders of Diplomatic "
        "Passports. The agreement will enter into force in thirty days.",
        "The Agreement was ratified by the parliament last year.",
    )
    (found,) = _find(raw)
    assert found.draft.title is not None
    assert found.draft.status is AgreementStatus.SIGNED


def test_the_meeting_as_subject_gives_its_participants() -> None:
    raw = _statement("The meeting adopted the Joint Communique of the Ministerial Conference.")
    meeting = _meeting(raw, "The meeting", "AZE", "GEO", "TUR")
    (found,) = _find(raw, [meeting])
    assert (found.party_rule, found.draft.parties) == ("party_pronoun", ("AZE", "GEO", "TUR"))


def test_the_statement_sides_are_the_fallback_parties() -> None:
    raw = (
        "Foreign Minister of Azerbaijan receives the Minister of Foreign Affairs of Georgia\n\n"
        "Minister Bayramov met with the Foreign Minister of Georgia in Baku.\n\n"
        "The sides agreed to sign an intergovernmental agreement on the joint use of the "
        "border crossing points.\n"
    )
    (found,) = _find(raw)
    assert (found.party_rule, found.draft.parties) == ("party_statement", ("AZE", "GEO"))


def test_no_statement_sides_for_an_organizations_document() -> None:
    raw = (
        "Minister of Foreign Affairs of Azerbaijan met with his Kazakh counterpart\n\n"
        "The ministers met in Astana.\n\n"
        "They reviewed the Charter of the Shanghai Cooperation Organization.\n"
    )
    (found,) = _find(raw)
    assert found.draft.parties == ()


def test_no_statement_sides_among_too_many_states() -> None:
    raw = _statement(
        "Delegations of Azerbaijan, Georgia, Turkey, Iran, Russia, China and India met.",
        "The leaders adopted the Joint Declaration on Connectivity.",
    )
    (found,) = _find(raw)
    assert found.draft.parties == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "They stressed the importance of the early entry into force of the Convention on "
        "Legal Assistance.",
        "The Minister called for the entry into force of the Treaty on Transit Transport.",
        "Both sides looked forward to the speedy entry into force of the Agreement on Air "
        "Services.",
    ],
)
def test_a_wished_entry_into_force_is_no_status(sentence: str) -> None:
    found = _one(sentence)
    assert (found.status_rule, found.draft.status) == (None, AgreementStatus.MENTIONED)


def test_an_entry_into_force_reported_is_in_force() -> None:
    found = _one("The Convention on Legal Assistance entered into force in March.")
    assert (found.status_rule, found.draft.status) == ("in_force", AgreementStatus.IN_FORCE)


def test_a_document_named_in_anothers_description_is_no_second_record() -> None:
    found = _one(
        "During the visit, a protocol on amendments to this Agreement is expected to be signed."
    )
    assert (found.rule, found.draft.kind) == ("document_noun", AgreementKind.PROTOCOL)
    assert (found.status_rule, found.draft.status) == ("planned", AgreementStatus.PLANNED)


def test_items_numbered_in_roman_share_the_list_status() -> None:
    raw = _statement(
        "The two Presidents witnessed the exchange of the following documents:",
        "i. Memorandum of Understanding on Cooperation in Agriculture;",
        "ii. Agreement on Cooperation in Civil Aviation;",
        "iii. Programme of Cooperation in Culture for 2026-2028.",
    )
    found = [(f.draft.status.value, f.status_rule) for f in _find(raw)]
    assert found == [("signed", "signed")] * 3


@pytest.mark.parametrize(
    "sentence",
    [
        "The Treaty on Friendship between the Republic of Azerbaijan and the Republic of "
        "Georgia of March 12, 1996 also remains in force.",
        "The Agreement on Trade between Azerbaijan and Georgia dated 5 May 2010 is in force.",
    ],
)
def test_a_dated_document_in_force(sentence: str) -> None:
    found = _one(sentence)
    assert (found.status_rule, found.draft.status) == ("in_force", AgreementStatus.IN_FORCE)
    assert found.draft.parties == ("AZE", "GEO")


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "It is expected that the Action Plan for 2026\u20132028 on the implementation of the "
            "Strategic Partnership between Azerbaijan and Georgia will be signed.",
            "Action Plan for 2026\u20132028 on the implementation of the Strategic Partnership "
            "between Azerbaijan and Georgia",
        ),
        (
            "The sides signed the Roadmap for the development of the Middle Corridor.",
            "Roadmap for the development of the Middle Corridor",
        ),
        (
            "The sides signed the Programme of Cooperation for the years 2025-2027.",
            "Programme of Cooperation for the years 2025-2027",
        ),
        (  # a lower-case noun not followed by more of the title ends it
            "The sides signed the Memorandum on Education on the exchange of students.",
            "Memorandum on Education",
        ),
    ],
)
def test_a_title_continues_past_its_period_and_a_lower_case_noun(sentence: str, title: str) -> None:
    found = _one(sentence)
    assert (found.rule, found.draft.title) == ("named_title", title)
