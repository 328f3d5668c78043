"""What the parser finds in a raw text: plain frozen dataclasses holding character ranges.

Every range indexes the raw text exactly as given (no normalisation, no stripping of the
input): ``text[r.start:r.end]`` is the thing found. The assembler
(``mfa_dataset.assemble``) turns these into validated models.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Final, cast

from mfa_dataset.types import StatementKind


@dataclass(frozen=True, slots=True)
class TextRange:
    start: int
    end: int

    def __init__(self, start: int, end: int) -> None:
        # the __init__ dataclass writes for a frozen class, with the slots' setters looked up
        # once: the parser makes a range for every line
        _SET_START(self, start)
        _SET_END(self, end)

    def of(self, text: str) -> str:
        return text[self.start : self.end]


_SET_START: Final = cast(Any, TextRange).start.__set__
_SET_END: Final = cast(Any, TextRange).end.__set__


@dataclass(frozen=True, slots=True)
class ParsedNumber:
    """The ministry's own number: ``280/24`` -> sequence 280, year 2024."""

    raw: str  # as written, without the "No:" prefix, e.g. "280/24"
    sequence: int
    year: int | None  # four digits; None when the number carries no year ("No: 298")
    range: TextRange  # of ``raw``


@dataclass(frozen=True, slots=True)
class ParsedSpeaker:
    name: str
    role: str | None
    name_range: TextRange
    role_range: TextRange | None


@dataclass(frozen=True, slots=True)
class ParsedQuestion:
    label: str  # "Question 1", "Question", "Q"
    number: int | None  # 1 for "Question 1"
    range: TextRange  # the question's text, label excluded


@dataclass(frozen=True, slots=True)
class ParsedAnswer:
    label: str  # "Answer", "A"
    question: int | None  # index into ParsedText.questions; None for an answer with no question
    range: TextRange  # the answer's text, label and website chrome excluded


@dataclass(frozen=True, slots=True)
class ParsedText:
    title: TextRange
    number: ParsedNumber | None
    kind: StatementKind
    speaker: ParsedSpeaker | None
    audience: str | None  # "local media", "media", ...
    subject: TextRange | None  # what the header says the text is about
    date: dt.date | None  # publication date when the header or dateline states one
    paragraphs: tuple[TextRange, ...]  # body paragraphs: no header, no chrome
    chrome: tuple[TextRange, ...]  # website chrome found (share/print/copyright lines ...)
    questions: tuple[ParsedQuestion, ...]
    answers: tuple[ParsedAnswer, ...]
