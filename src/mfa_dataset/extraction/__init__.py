"""Meetings and agreements found in a statement's text, as drafts with evidence ranges.

``extract`` runs the meeting rules (``meetings.py``), then the agreement rules
(``agreements.py``), which may link a document to a meeting. Drafts become records in
``mfa_dataset.curation``, where the sidecar has the last word.
"""

from __future__ import annotations

from dataclasses import dataclass

from mfa_dataset.extraction.agreements import extract_agreements
from mfa_dataset.extraction.meetings import extract_meetings
from mfa_dataset.extraction.prefilter import Lowered
from mfa_dataset.extraction.result import AgreementDraft, Context, MeetingDraft
from mfa_dataset.parsing.result import ParsedText

__all__ = ["AgreementDraft", "Context", "Extraction", "MeetingDraft", "extract"]


@dataclass(frozen=True, slots=True)
class Extraction:
    meetings: tuple[MeetingDraft, ...]
    agreements: tuple[AgreementDraft, ...]


def extract(text: str, parsed: ParsedText, context: Context) -> Extraction:
    """Every meeting and agreement the rules find in ``text`` (pure: no I/O, no state)."""
    view = Lowered(text)  # the text lowered once, for both tables' prefilters
    meetings = tuple(extract_meetings(text, parsed, context, view))
    agreements = tuple(extract_agreements(text, parsed, context, meetings, view))
    return Extraction(meetings, agreements)
