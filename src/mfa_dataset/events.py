"""Event codes: each meeting and agreement as a CAMEO code and its PLOVER event type.

The codes are assigned from the issuer's point of view (CAMEO's source actor is the issuing
state when it takes part, else the first participant), so that records join with event data
(GDELT and ICEWS use CAMEO; POLECAT uses PLOVER). :data:`RULES` is the whole mapping; PLOVER
folds CAMEO's 03 (intent to cooperate) into AGREE, 04 (consult) into CONSULT and 05
(diplomatic cooperation, including signing) into COOPERATE.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from mfa_dataset.models import Participant, Place
from mfa_dataset.types import AgreementStatus, MeetingStatus
from mfa_dataset.types import PloverEvent as Plover


@dataclass(frozen=True, slots=True)
class EventCode:
    cameo: str
    plover: Plover


#: (record, CAMEO code, PLOVER type): the mapping applied below, documented in the card.
RULES: tuple[tuple[str, str | None, str | None], ...] = (
    ("meeting held in a counterpart's country", "042", "CONSULT"),
    ("meeting held in the source's own country", "043", "CONSULT"),
    ("meeting held in a third country", "044", "CONSULT"),
    ("meeting held, place not stated", "040", "CONSULT"),
    ("meeting planned", "036", "AGREE"),
    ("agreement signed or concluded", "057", "COOPERATE"),
    ("agreement planned", "030", "AGREE"),
    ("agreement in force or only mentioned", None, None),
)

CAMEO_NAMES = {
    "030": "Express intent to cooperate, not specified below",
    "036": "Express intent to meet or negotiate",
    "040": "Consult, not specified below",
    "042": "Make a visit",
    "043": "Host a visit",
    "044": "Meet at a 'third' location",
    "057": "Sign formal agreement",
}


def meeting_event(
    status: MeetingStatus,
    participants: Sequence[Participant],
    location: Place | None,
    issuer_country: str | None,
) -> EventCode:
    """The CAMEO code of a meeting, seen from the issuer (or the first participant)."""
    if status is MeetingStatus.PLANNED:
        return EventCode("036", Plover.AGREE)
    if location is None or location.country is None:
        return EventCode("040", Plover.CONSULT)
    countries = [p.country for p in participants if p.country is not None]
    source = issuer_country if issuer_country in countries else next(iter(countries), None)
    if location.country == source:
        return EventCode("043", Plover.CONSULT)
    if location.country in countries:
        return EventCode("042", Plover.CONSULT)
    return EventCode("044", Plover.CONSULT)


def agreement_event(status: AgreementStatus) -> EventCode | None:
    """The CAMEO code of an agreement's reported status; None when no event is reported."""
    if status in (AgreementStatus.SIGNED, AgreementStatus.CONCLUDED):
        return EventCode("057", Plover.COOPERATE)
    if status is AgreementStatus.PLANNED:
        return EventCode("030", Plover.AGREE)
    return None
