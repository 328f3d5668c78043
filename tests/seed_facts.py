"""What statement No:280/24 reports, asserted the same way on curated and extracted records."""

from __future__ import annotations

from collections.abc import Sequence

from mfa_dataset.extraction.result import AgreementDraft, MeetingDraft
from mfa_dataset.models import Agreement, Meeting
from mfa_dataset.types import AgreementKind, AgreementStatus, MeetingFormat

ALIYEV = ("Ilham Aliyev", "President", "AZE")
PEOPLE = [
    [ALIYEV, ("Xi Jinping", "President", "CHN")],
    [
        ALIYEV,
        ("Recep Tayyip Erdoğan", "President", "TUR"),
        ("Muhammad Shehbaz Sharif", "Prime Minister", "PAK"),
    ],
    [ALIYEV, ("Vladimir Putin", "President", "RUS")],
    [ALIYEV, ("Kassym-Jomart Tokayev", "President", "KAZ")],
]
DOCUMENTS = [
    (AgreementKind.JOINT_DECLARATION, AgreementStatus.SIGNED, ("AZE", "CHN")),
    (AgreementKind.MEMORANDUM_OF_UNDERSTANDING, AgreementStatus.SIGNED, ("AZE", "CHN")),
    (AgreementKind.MEMORANDUM_OF_UNDERSTANDING, AgreementStatus.SIGNED, ("AZE", "CHN")),
    (AgreementKind.AGREEMENT, AgreementStatus.CONCLUDED, ("AZE", "KAZ")),
    (AgreementKind.AGREEMENT, AgreementStatus.SIGNED, ("AZE", "KAZ")),
]


def assert_seed_meetings(meetings: Sequence[Meeting | MeetingDraft]) -> None:
    """Four meetings in Astana: with Xi, the trilateral, with Putin, with Tokayev."""
    people = [[(p.name, p.title, p.country) for p in m.participants] for m in meetings]
    assert people == PEOPLE
    assert [m.format for m in meetings] == [
        MeetingFormat.BILATERAL,
        MeetingFormat.TRILATERAL,
        MeetingFormat.BILATERAL,
        MeetingFormat.BILATERAL,
    ]
    for m in meetings:
        assert m.location is not None
        assert (m.location.city, m.location.country) == ("Astana", "KAZ")
    assert meetings[0].occasion == "Shanghai Cooperation Organization (SCO) Summit"
    assert meetings[2].occasion == "SCO Summit"


def assert_seed_documents(agreements: Sequence[Agreement | AgreementDraft]) -> None:
    """The declaration and two memoranda with China, the two fund agreements with Kazakhstan."""
    assert [(g.kind, g.status, tuple(g.parties)) for g in agreements] == DOCUMENTS
    declaration, transport, belt_and_road, investment, fund = agreements
    assert declaration.title == "Joint Declaration on the Establishment of Strategic Partnership"
    assert transport.title is not None
    assert "Trans-Caspian International Transport" in transport.title
    assert belt_and_road.title is not None
    assert "Belt and Road Initiative" in belt_and_road.title
    assert fund.value is not None
    assert (fund.value.amount, fund.value.currency) == (300_000_000, "USD")
    assert investment.value is None
