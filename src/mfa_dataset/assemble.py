"""Raw text + sidecar -> one validated :class:`Statement`.

The parser says what the text is (number, kind, speaker, questions, answers); extraction finds
the meetings and agreements it reports; the sidecar says what the text does not (source, date,
issuer) and confirms, corrects, adds or drops records (``mfa_dataset.curation``).
"""

from __future__ import annotations

import dataclasses

import pycountry
from pydantic import ValidationError

from mfa_dataset.curation import curate
from mfa_dataset.errors import Code, MfaError, Problem
from mfa_dataset.extraction import Context, extract
from mfa_dataset.models import (
    Answer,
    Question,
    Span,
    Speaker,
    Statement,
    StatementNumber,
)
from mfa_dataset.parsing import parse_text
from mfa_dataset.parsing.result import ParsedText, TextRange
from mfa_dataset.sidecar import Located
from mfa_dataset.text import sha256_text
from mfa_dataset.textcheck import truncation


def assemble(raw: str, seed: str, located: Located, display: str | None = None) -> Statement:
    """Parse ``raw`` and combine it with its sidecar; raise :class:`MfaError` on any problem."""
    shown = display or seed
    parsed = parse_located(raw, shown)
    cut = truncation(raw, parsed, shown)
    try:
        statement = _combine(raw, seed, parsed, located, shown)
    except MfaError as exc:
        raise MfaError([*cut, *exc.problems]) from exc
    if cut:
        raise MfaError(cut)
    return statement


def _combine(raw: str, seed: str, parsed: ParsedText, located: Located, shown: str) -> Statement:
    statement_id = _statement_id(parsed, located)
    sidecar = located.sidecar
    found = extract(raw, parsed, Context(sidecar.issuer.country, sidecar.published))
    meetings, agreements = curate(raw, statement_id, located, found.meetings, found.agreements)
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
