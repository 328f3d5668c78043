"""mfa-dataset: foreign-ministry press statements as typed, validated, traceable records.

Typical use::

    from mfa_dataset import load_statements

    for statement in load_statements():
        for meeting in statement.meetings:
            span = meeting.span
            assert statement.text[span.start : span.end] == meeting.evidence
"""

from mfa_dataset._version import DATASET_VERSION, SCHEMA_VERSION, __version__
from mfa_dataset.errors import Code, MfaError, Problem
from mfa_dataset.loading import dataset_dir, iter_statements, load_hf, load_statements
from mfa_dataset.models import (
    Agreement,
    Answer,
    Issuer,
    Meeting,
    Money,
    Participant,
    Place,
    Question,
    Span,
    Speaker,
    Statement,
    StatementNumber,
)
from mfa_dataset.types import (
    AgreementKind,
    AgreementStatus,
    MeetingFormat,
    MeetingStatus,
    Provenance,
    StatementKind,
)

__all__ = [
    "DATASET_VERSION",
    "SCHEMA_VERSION",
    "Agreement",
    "AgreementKind",
    "AgreementStatus",
    "Answer",
    "Code",
    "Issuer",
    "Meeting",
    "MeetingFormat",
    "MeetingStatus",
    "MfaError",
    "Money",
    "Participant",
    "Place",
    "Problem",
    "Provenance",
    "Question",
    "Span",
    "Speaker",
    "Statement",
    "StatementKind",
    "StatementNumber",
    "__version__",
    "dataset_dir",
    "iter_statements",
    "load_hf",
    "load_statements",
]
