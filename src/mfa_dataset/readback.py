"""The statement-level invariant no JSON Schema can state: every record reads back from the text.

A Statement's child records (questions, answers, meetings, agreements) each carry a span into
the statement's raw text and the characters they claim stand there. :class:`ReadBack` holds what
the check needs, taken either from a typed :class:`~mfa_dataset.models.Statement` (the model
validator) or from the plain JSON record (:mod:`mfa_dataset.validation`), so both paths apply
one rule, :func:`read_back`:

- every paragraph and record span lies inside the text (paragraphs: start <= end);
- the text at each record's span equals its quote (``text`` or ``evidence``);
- record ids are unique and start with ``<statement id>.``;
- an answer's ``question_id`` names a question, an agreement's ``meeting_id`` a meeting.
"""

from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter, le
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mfa_dataset.models import Statement

#: The child tables in text order: (field of Statement, kind, quoted field, field it refers by).
_CHILDREN = (
    ("questions", "question", "text", None),
    ("answers", "answer", "text", "question_id"),
    ("meetings", "meeting", "evidence", None),
    ("agreements", "agreement", "evidence", "meeting_id"),
)
#: What an answer and an agreement may refer to.
_TARGET = {"answer": "question", "agreement": "meeting"}

#: ``(kind, record id, span start, span end, quoted text, id it refers to or None)``
Quote = tuple[str, str, int, int, str, str | None]
#: What :func:`read_back` takes besides the id and text: paragraph starts, paragraph ends, quotes.
Parts = tuple[list[int], list[int], list[Quote]]
_START, _END = itemgetter("start"), itemgetter("end")


def model_parts(statement: Statement) -> Parts:
    """The paragraphs and quotes of a typed Statement, for :func:`read_back`."""
    return (
        [p.start for p in statement.paragraphs],
        [p.end for p in statement.paragraphs],
        [
            (kind, c.id, c.span.start, c.span.end, getattr(c, quoted), ref and getattr(c, ref))
            for field, kind, quoted, ref in _CHILDREN
            for c in getattr(statement, field)
        ],
    )


def record_parts(record: Mapping[str, Any]) -> Parts:
    """The same from a statement record that passed ``schema/statements.schema.json``."""
    paragraphs = record["paragraphs"]
    return (
        list(map(_START, paragraphs)),
        list(map(_END, paragraphs)),
        [
            (kind, c["id"], (span := c["span"])["start"], span["end"], c[quoted], ref and c[ref])
            for field, kind, quoted, ref in _CHILDREN
            for c in record[field]
        ],
    )


def read_back(
    statement_id: str, text: str, starts: list[int], ends: list[int], quotes: list[Quote]
) -> list[str]:
    """What does not read back, one message per problem; empty when all holds."""
    size = len(text)
    prefix = statement_id + "."
    problems: list[str] = []
    # paragraphs: 0 <= start (the schema's) <= end <= size, tested in C, reported in Python
    if max(ends, default=0) > size or not all(map(le, starts, ends)):
        problems = [
            f"paragraph {start}-{end} is not inside the text (0-{size})"
            for start, end in zip(starts, ends, strict=True)
            if not start <= end <= size
        ]
    seen: dict[str, str] = {}  # record id -> kind
    for kind, rid, start, end, quote, target in quotes:
        if rid in seen:
            problems.append(f"{rid} is not unique")
        seen[rid] = kind
        if not rid.startswith(prefix):
            problems.append(f"{rid} does not start with {prefix}")
        # compared in place: no copy of the span unless it is reported
        if end > size or end - start != len(quote) or not text.startswith(quote, start):
            problems.append(f"{rid} span {start}-{end} reads {text[start:end][:60]!r}")
        # questions come before answers, meetings before agreements
        if target is not None and seen.get(target) != _TARGET[kind]:
            problems.append(f"{rid} refers to unknown {_TARGET[kind]} {target}")
    return problems
