"""CAMEO and PLOVER codes, seen from the issuer."""

from __future__ import annotations

import pytest

from mfa_dataset.events import CAMEO_NAMES, agreement_event, meeting_event
from mfa_dataset.models import Participant, Place
from mfa_dataset.types import AgreementStatus, MeetingStatus, PloverEvent

AZE = Participant(name="A", title="President", country="AZE")
CHN = Participant(name="B", title="President", country="CHN")
SCO = Participant(name="Shanghai Cooperation Organization", organization="SCO")


@pytest.mark.parametrize(
    ("status", "participants", "where", "issuer", "cameo", "plover"),
    [
        pytest.param(MeetingStatus.HELD, [AZE, CHN], "CHN", "AZE", "042", "CONSULT", id="visit"),
        pytest.param(MeetingStatus.HELD, [AZE, CHN], "AZE", "AZE", "043", "CONSULT", id="host"),
        pytest.param(MeetingStatus.HELD, [AZE, CHN], "KAZ", "AZE", "044", "CONSULT", id="third"),
        pytest.param(MeetingStatus.HELD, [AZE, CHN], None, "AZE", "040", "CONSULT", id="no-place"),
        pytest.param(MeetingStatus.PLANNED, [AZE, CHN], "CHN", "AZE", "036", "AGREE", id="plan"),
        pytest.param(
            MeetingStatus.HELD, [CHN, AZE], "CHN", "TUR", "043", "CONSULT", id="issuer-absent"
        ),
        pytest.param(MeetingStatus.HELD, [AZE, SCO], "KAZ", "AZE", "044", "CONSULT", id="org"),
    ],
)
def test_meeting_codes(
    status: MeetingStatus,
    participants: list[Participant],
    where: str | None,
    issuer: str,
    cameo: str,
    plover: str,
) -> None:
    place = None if where is None else Place(city=None, country=where)
    event = meeting_event(status, participants, place, issuer)
    assert (event.cameo, event.plover) == (cameo, PloverEvent(plover))
    assert event.cameo in CAMEO_NAMES


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        (AgreementStatus.SIGNED, ("057", PloverEvent.COOPERATE)),
        (AgreementStatus.CONCLUDED, ("057", PloverEvent.COOPERATE)),
        (AgreementStatus.PLANNED, ("030", PloverEvent.AGREE)),
        (AgreementStatus.IN_FORCE, None),
        (AgreementStatus.MENTIONED, None),
    ],
)
def test_agreement_codes(status: AgreementStatus, expected: tuple[str, PloverEvent] | None) -> None:
    event = agreement_event(status)
    assert (None if event is None else (event.cameo, event.plover)) == expected
