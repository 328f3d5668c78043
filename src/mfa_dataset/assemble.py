"""Raw text + sidecar -> one validated :class:`Statement`.

The parser says what the text is (number, kind, speaker, questions, answers); the sidecar says
what the text does not (source, date, issuer) and lists curated meetings and agreements, each
anchored by an evidence quote that must occur exactly once in the raw text.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Sequence
from typing import Any

import pycountry
from pydantic import ValidationError

from mfa_dataset.errors import Code, MfaError, Problem, line_col
from mfa_dataset.models import (
    Agreement,
    Answer,
    Meeting,
    Question,
    Span,
    Speaker,
    Statement,
    StatementNumber,
)
from mfa_dataset.parsing import parse_text
from mfa_dataset.parsing.result import ParsedText, TextRange
from mfa_dataset.sidecar import CuratedAgreement, CuratedMeeting, Located
from mfa_dataset.text import normalise, occurrences, sha256_text
from mfa_dataset.types import MeetingFormat, Provenance


def assemble(raw: str, seed: str, located: Located, display: str | None = None) -> Statement:
    """Parse ``raw`` and combine it with its sidecar; raise :class:`MfaError` on any problem."""
    shown = display or seed
    parsed = parse_located(raw, shown)
    statement_id = _statement_id(parsed, located)
    problems: list[Problem] = []
    meetings = _meetings(raw, statement_id, located, problems)
    agreements = _agreements(raw, statement_id, located, problems)
    if problems:
        raise MfaError(problems)
    questions = [
        Question(
            id=f"{statement_id}.q{i}",
            label=q.label,
            text=q.range.of(raw),
            span=_span(q.range),
        )
        for i, q in enumerate(parsed.questions, 1)
    ]
    answers = [
        Answer(
            id=f"{statement_id}.a{i}",
            question_id=None if a.question is None else questions[a.question].id,
            label=a.label,
            text=a.range.of(raw),
            span=_span(a.range),
        )
        for i, a in enumerate(parsed.answers, 1)
    ]
    sidecar = located.sidecar
    try:
        return Statement(
            id=statement_id,
            issuer=sidecar.issuer,
            number=_number(parsed),
            kind=parsed.kind,
            title=parsed.title.of(raw),
            speaker=_speaker(parsed),
            audience=parsed.audience,
            subject=parsed.subject.of(raw) if parsed.subject else None,
            date=sidecar.published,
            language=sidecar.language,
            source_url=sidecar.source_url,
            seed=seed,
            sha256=sha256_text(raw),
            text=raw,
            paragraphs=[_span(r) for r in parsed.paragraphs],
            questions=questions,
            answers=answers,
            meetings=meetings,
            agreements=agreements,
        )
    except ValidationError as exc:
        raise MfaError(
            Problem(Code.RECORD_INVALID, f"{'.'.join(map(str, e['loc']))}: {e['msg']}", shown)
            for e in exc.errors(include_url=False)
        ) from exc


def parse_located(raw: str, display: str) -> ParsedText:
    """:func:`parse_text`, with the file named in any problem it raises."""
    try:
        return parse_text(raw)
    except MfaError as exc:
        raise MfaError(
            dataclasses.replace(p, path=p.path or display) for p in exc.problems
        ) from exc


def parsed_json(raw: str, display: str) -> str:
    """What the text alone gives (no sidecar), as JSON with the Statement's field names."""
    parsed = parse_located(raw, display)

    def quote(r: TextRange) -> dict[str, Any]:
        return {"text": r.of(raw), "span": {"start": r.start, "end": r.end}}

    number, speaker = _number(parsed), _speaker(parsed)
    document = {
        "title": parsed.title.of(raw),
        "number": number.model_dump() if number else None,
        "kind": parsed.kind.value,
        "speaker": speaker.model_dump() if speaker else None,
        "audience": parsed.audience,
        "subject": parsed.subject.of(raw) if parsed.subject else None,
        "date": parsed.date.isoformat() if parsed.date else None,
        "sha256": sha256_text(raw),
        "paragraphs": [{"start": r.start, "end": r.end} for r in parsed.paragraphs],
        "questions": [{"label": q.label, **quote(q.range)} for q in parsed.questions],
        "answers": [
            {"label": a.label, "question": a.question, **quote(a.range)} for a in parsed.answers
        ],
        "chrome": [quote(r) for r in parsed.chrome],
    }
    return json.dumps(document, indent=2, ensure_ascii=False)


def _span(r: TextRange) -> Span:
    return Span(start=r.start, end=r.end)


def _number(parsed: ParsedText) -> StatementNumber | None:
    n = parsed.number
    return None if n is None else StatementNumber(raw=n.raw, sequence=n.sequence, year=n.year)


def _speaker(parsed: ParsedText) -> Speaker | None:
    s = parsed.speaker
    return None if s is None else Speaker(name=s.name, role=s.role)


def _statement_id(parsed: ParsedText, located: Located) -> str:
    """``<iso2>-<acronym>-<year>-<sequence>``, unless the sidecar gives one."""
    sidecar = located.sidecar
    if sidecar.id is not None:
        return sidecar.id
    if parsed.number is None:
        raise MfaError(
            [
                located.problem(
                    Code.ID_REQUIRED,
                    (),
                    "the text carries no number, so the sidecar must give an id",
                    hint=f"add e.g. 'id: {_example_id(located)}'",
                )
            ]
        )
    year = parsed.number.year or sidecar.published.year
    return f"{_prefix(located)}-{year}-{parsed.number.sequence}"


def _prefix(located: Located) -> str:
    issuer = located.sidecar.issuer
    country = pycountry.countries.get(alpha_3=issuer.country)
    assert country is not None, "Issuer.country is validated against pycountry"
    return f"{country.alpha_2.lower()}-{issuer.acronym}"


def _example_id(located: Located) -> str:
    published = located.sidecar.published
    return f"{_prefix(located)}-{published.year}-{published:%m%d}-<short-slug>"


def _locate(
    raw: str, quote: str, located: Located, loc: Sequence[int | str], problems: list[Problem]
) -> Span | None:
    found = occurrences(raw, quote)
    if len(found) == 1:
        return Span(start=found[0], end=found[0] + len(quote))
    if not found:
        near = normalise(quote) in normalise(raw)
        hint = (
            "the text has these words with other quotes, dashes or spacing: copy them exactly"
            if near
            else "copy the words from the raw text exactly, without editing them"
        )
        problems.append(located.problem(Code.QUOTE_NOT_FOUND, loc, "quote not in the text", hint))
    else:
        where = ", ".join("line {}:{}".format(*line_col(raw, i)) for i in found)
        problems.append(
            located.problem(
                Code.QUOTE_AMBIGUOUS,
                loc,
                f"quote occurs {len(found)} times ({where})",
                "lengthen the quote until it occurs exactly once",
            )
        )
    return None


def _format(meeting: CuratedMeeting) -> MeetingFormat:
    if meeting.format is not None:
        return meeting.format
    count = len(meeting.participants)
    return {2: MeetingFormat.BILATERAL, 3: MeetingFormat.TRILATERAL}.get(
        count, MeetingFormat.MULTILATERAL
    )


def _meetings(
    raw: str, statement_id: str, located: Located, problems: list[Problem]
) -> list[Meeting]:
    meetings = []
    for i, m in enumerate(located.sidecar.meetings, 1):
        span = _locate(raw, m.evidence, located, ("meetings", i - 1, "evidence"), problems)
        if span is None:
            continue
        meetings.append(
            Meeting(
                id=f"{statement_id}.m{i}",
                participants=m.participants,
                format=_format(m),
                status=m.status,
                location=m.location,
                occasion=m.occasion,
                date=m.date,
                evidence=m.evidence,
                span=span,
                provenance=Provenance.CURATED,
            )
        )
    return meetings


def _agreements(
    raw: str,
    statement_id: str,
    located: Located,
    problems: list[Problem],
) -> list[Agreement]:
    count = len(located.sidecar.meetings)
    agreements = []
    for i, g in enumerate(located.sidecar.agreements, 1):
        loc: tuple[int | str, ...] = ("agreements", i - 1)
        span = _locate(raw, g.evidence, located, (*loc, "evidence"), problems)
        if g.meeting is not None and g.meeting > count:
            problems.append(
                located.problem(
                    Code.MEETING_REF,
                    (*loc, "meeting"),
                    f"meeting {g.meeting} does not exist (the sidecar lists {count})",
                    "give the 1-based position of a meeting in `meetings`",
                )
            )
            continue
        if span is not None:
            agreements.append(_agreement(g, f"{statement_id}.ag{i}", statement_id, span))
    return agreements


def _agreement(g: CuratedAgreement, record_id: str, statement_id: str, span: Span) -> Agreement:
    return Agreement(
        id=record_id,
        title=g.title,
        kind=g.kind,
        parties=g.parties,
        status=g.status,
        value=g.value,
        meeting_id=None if g.meeting is None else f"{statement_id}.m{g.meeting}",
        evidence=g.evidence,
        span=span,
        provenance=Provenance.CURATED,
    )
