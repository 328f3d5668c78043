"""Raw statement text -> :class:`ParsedText`: title, number, kind, speaker, date, Q/A, chrome.

The parser is a table of named rules (:mod:`mfa_dataset.parsing.rules`), each with one
``parse_<name>`` function, applied in this order:

1. chrome (``body.py``): ``chrome_share`` ... ``chrome_tail`` on every line;
2. header (``header.py``): title line, then ``number``, ``date_prefix``, ``date_line``;
3. body (``body.py``): paragraphs, then ``question``, ``answer``, ``answer_speaker`` per line;
4. title (``title.py``, ``speaker.py``): ``kind_*``, ``speaker_*``, ``audience``,
   ``date_suffix``, ``subject``;
5. ``dateline`` on the first body paragraph when the header gives no date.

Every range indexes the raw text exactly; the raw text is never normalised.
"""

from __future__ import annotations

from mfa_dataset.errors import Code, MfaError
from mfa_dataset.parsing.body import find_chrome, parse_body
from mfa_dataset.parsing.header import dateline_date, parse_header
from mfa_dataset.parsing.lines import is_blank, split_lines
from mfa_dataset.parsing.result import ParsedText
from mfa_dataset.parsing.speaker import parse_speaker
from mfa_dataset.parsing.title import find_audience, find_date_suffix, parse_kind, parse_subject

__all__ = ["ParsedText", "parse_text"]


def parse_text(text: str) -> ParsedText:
    """Parse one raw statement; raise :class:`MfaError` (``TEXT_EMPTY``, ``TEXT_NO_TITLE``,
    ``QUESTION_WITHOUT_ANSWER``) when it cannot be read as a statement."""
    if all(is_blank(char) for char in text):
        raise MfaError.one(
            Code.TEXT_EMPTY,
            "the text is empty or holds only white space",
            hint="save the statement's title and body in the file",
        )
    lines = split_lines(text)
    chrome = find_chrome(text, lines)
    header = parse_header(text, lines, chrome.lines, chrome.tail)
    content = [
        line.index
        for line in lines[header.title_line + 1 : chrome.tail]
        if not line.blank and line.index not in header.lines and line.index not in chrome.lines
    ]
    body = parse_body(text, lines, content, chrome)

    kind = parse_kind(text, header.body)
    speaker, _ = parse_speaker(text, header.body)
    audience, audience_end = find_audience(text, header.body, kind.kind)
    suffix_date, suffix_start = find_date_suffix(text, header.body)
    anchors = [kind.end, audience_end]
    if speaker is not None:
        anchors.append(speaker.name_range.end)
        if speaker.role_range is not None:
            anchors.append(speaker.role_range.end)
    found = [a for a in anchors if a is not None]
    subject = parse_subject(text, header.body, max(found), suffix_start) if found else None

    date = header.date or suffix_date
    if date is None and body.paragraphs:
        date = dateline_date(text, body.paragraphs[0])
    return ParsedText(
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
