"""Raw statement text -> :class:`ParsedText`: title, number, kind, speaker, date, Q/A, chrome.

The parser is a table of named rules (:mod:`mfa_dataset.parsing.rules`), each with one
``parse_<name>`` function, applied in this order:

1. chrome (``chrome.py``): ``chrome_share`` ... ``chrome_tail`` on every line;
2. header (``header.py``): title line, then ``number``, ``date_prefix``, ``date_line``,
   ``date_label``;
3. title (``title.py``, ``speaker.py``): ``kind_*``, ``speaker_*``, ``audience``,
   ``date_suffix``, ``subject``;
4. body (``body.py``): paragraphs, then ``question``, ``answer``, ``answer_speaker``,
   ``question_outlet``, ``answer_name`` per line (``answer_name`` knows the title's speaker);
5. ``attribution`` (``speaker.py``) on the first body paragraphs when the title names no speaker;
6. ``dateline`` on the first body paragraph, then ``signoff`` on the last one (``dates.py``),
   when neither the header nor the title gives a date.

Every range indexes the raw text exactly; the raw text is never normalised.
:func:`parse_traced` also tells which rules fired.
"""

from __future__ import annotations

from dataclasses import dataclass

from mfa_dataset.errors import Code, MfaError
from mfa_dataset.parsing.body import parse_body
from mfa_dataset.parsing.chrome import find_chrome
from mfa_dataset.parsing.dates import dateline_date, signoff_date
from mfa_dataset.parsing.header import parse_header
from mfa_dataset.parsing.lines import filled_lines
from mfa_dataset.parsing.result import ParsedText
from mfa_dataset.parsing.speaker import attributed_speaker, parse_speaker
from mfa_dataset.parsing.title import (
    find_audience,
    find_date_suffix,
    head_of,
    parse_kind,
    parse_subject,
)

__all__ = ["Fired", "ParsedText", "parse_text", "parse_traced"]


@dataclass(frozen=True, slots=True)
class Fired:
    """Which rules a parse used: for debugging and for tests of the rule tables."""

    kind: str  # a ``kind_*`` rule, or "default"
    speaker: str | None  # a ``speaker_*`` rule or "attribution"; None when no speaker
    date: str | None  # the rule that gave the date; None when no date
    labels: tuple[str, ...]  # the rule of every Q/A label, in text order
    chrome: tuple[str, ...]  # the rule behind every chrome range, in text order


def parse_text(text: str) -> ParsedText:
    """Parse one raw statement; raise :class:`MfaError` (``TEXT_EMPTY``, ``TEXT_NO_TITLE``,
    ``QUESTION_WITHOUT_ANSWER``) when it cannot be read as a statement."""
    return parse_traced(text)[0]


def parse_traced(text: str) -> tuple[ParsedText, Fired]:
    """:func:`parse_text`, and the rules that fired."""
    lines, total = filled_lines(text)  # the lines that are not blank
    if not lines:
        raise MfaError.one(
            Code.TEXT_EMPTY,
            "the text is empty or holds only white space",
            hint="save the statement's title and body in the file",
        )
    chrome = find_chrome(text, lines, total)
    header = parse_header(text, lines, chrome.lines, chrome.tail)
    first, tail, skip = header.title_line, chrome.tail, header.lines | chrome.lines
    content = [line for line in lines if first < line.index < tail and line.index not in skip]

    head = head_of(text, header.body)
    kind = parse_kind(text, header.body, head)
    speaker, speaker_rule = parse_speaker(text, header.body)
    audience, audience_end = find_audience(text, header.body, kind.kind, head)
    suffix_date, suffix_start = find_date_suffix(text, header.body)
    anchors = [kind.end, audience_end]
    if speaker is not None:
        anchors.append(speaker.name_range.end)
        if speaker.role_range is not None:
            anchors.append(speaker.role_range.end)
    found = [a for a in anchors if a is not None]
    subject = parse_subject(text, header.body, max(found), suffix_start) if found else None

    body = parse_body(text, content, chrome, None if speaker is None else speaker.name)
    if speaker is None and (speaker := attributed_speaker(text, body.paragraphs)) is not None:
        speaker_rule = "attribution"
    date, date_rule = header.date, header.date_rule
    if date is None and suffix_date is not None:
        date, date_rule = suffix_date, "date_suffix"
    if date is None and body.paragraphs:
        date, date_rule = dateline_date(text, body.paragraphs[0]), "dateline"
        if date is None:
            date, date_rule = signoff_date(text, body.paragraphs[-1]), "signoff"
    parsed = ParsedText(
        title=header.title,
        number=header.number,
        kind=kind.kind,
        speaker=speaker,
        audience=audience,
        subject=subject,
        date=date,
        paragraphs=body.paragraphs,
        chrome=chrome.ranges,
        questions=body.questions,
        answers=body.answers,
    )
    fired = Fired(
        kind.rule, speaker_rule, None if date is None else date_rule, body.rules, chrome.rules
    )
    return parsed, fired
