"""The body: paragraphs, questions and answers (rules ``question``, ``answer``, ``answer_speaker``,
``question_outlet``, ``answer_name``).

Q/A rules are tried, in :data:`BODY_RULES` order, at the start of every content line: a label
opens a block that runs over the following content lines until the next label, a chrome line or
the end. A question block is answered by the answer block right after it. ``answer_name`` (a
person's name as a label) labels an answer only when a question waits for one or when the name is
that of the speaker the title names ("Mao Ning: ..." in Mao Ning's press conference). A question
labelled by the outlet that asks it (``question_outlet``) may go unanswered; any other question
must be answered. Every Q/A rule ends with a colon (checked at import), so the rules are only tried
on a line that has one among its first characters.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from mfa_dataset.errors import Code, MfaError, Problem, line_col
from mfa_dataset.parsing.chrome import Chrome
from mfa_dataset.parsing.lines import Line, trim
from mfa_dataset.parsing.result import ParsedAnswer, ParsedQuestion, TextRange
from mfa_dataset.parsing.rules import alternation
from mfa_dataset.parsing.rules_body import BODY_RULES

_MAX_LABEL = 120


def parse_question(match: re.Match[str]) -> tuple[str, int | None]:
    return " ".join(match["label"].split()), _int(match["number"])


def parse_answer(match: re.Match[str]) -> tuple[str, int | None]:
    return " ".join(match["label"].split()), _int(match["number"])


def parse_answer_speaker(match: re.Match[str]) -> tuple[str, int | None]:
    return " ".join(match["label"].split()), None


def parse_question_outlet(match: re.Match[str]) -> tuple[str, int | None]:
    return " ".join(match["label"].split()), None


def parse_answer_name(match: re.Match[str]) -> tuple[str, int | None]:
    return " ".join(match["label"].split()), None


def _int(value: str | None) -> int | None:
    return None if value is None else int(value)


_LABEL_PARSERS: dict[str, Callable[[re.Match[str]], tuple[str, int | None]]] = {
    "question": parse_question,
    "answer": parse_answer,
    "answer_speaker": parse_answer_speaker,
    "question_outlet": parse_question_outlet,
    "answer_name": parse_answer_name,
}
_QUESTIONS = frozenset(["question", "question_outlet"])
#: Questions that may stay unanswered: an outlet's name as a label is less sure than "Question:".
_SOFT = frozenset(["question_outlet"])
#: Rules that label an answer only when a question waits for one (or the title's speaker talks).
_AFTER_QUESTION = frozenset(["answer_name"])
assert tuple(_LABEL_PARSERS) == tuple(rule.name for rule in BODY_RULES)
#: Every body rule as one alternation: one call finds the first rule matching a line's start.
_ANY_LABEL = alternation(enumerate(BODY_RULES))


def _ends_with_colon(source: str) -> bool:
    """Whether every match of the pattern ``source`` ends with ``:`` or ``\\uff1a``: it ends
    with one of them and has no ``|`` outside groups."""
    depth, i = 0, 0
    while i < len(source):
        c = source[i]
        if c == "\\":
            i += 1
        elif c == "[":
            i = source.index("]", i + 2)
        elif c in "()":
            depth += 1 if c == "(" else -1
        elif c == "|" and depth == 0:
            return False
        i += 1
    return source.endswith((":", "[:\\uff1a]"))


#: So a line whose first characters hold no colon opens no label.
assert all(_ends_with_colon(rule.pattern.pattern) for rule in BODY_RULES)


@dataclass(slots=True)
class _Block:
    rule: str
    question: bool
    label: str
    number: int | None
    at: int  # offset of the label
    start: int  # offset where the text starts (after the label)
    end: int  # offset where the text ends so far

    @property
    def range(self) -> TextRange:
        return TextRange(self.start, max(self.start, self.end))


@dataclass(frozen=True, slots=True)
class Body:
    paragraphs: tuple[TextRange, ...]
    questions: tuple[ParsedQuestion, ...]
    answers: tuple[ParsedAnswer, ...]
    rules: tuple[str, ...]  # the rule of every label, in text order


def _label(
    text: str, line: Line, question_open: bool, speaker: str | None, segment: str, first: int
) -> _Block | None:
    """The label opening ``line`` (``segment``: its start), trying the rules from ``first`` on."""
    r = line.range
    for rule in BODY_RULES[first:]:
        match = rule.pattern.match(segment)
        if match is None:
            continue
        label, number = _LABEL_PARSERS[rule.name](match)
        if rule.name in _AFTER_QUESTION and not question_open and label != speaker:
            continue
        rest = trim(text, r.start + match.end(), r.end)
        start = -1 if rest.start == rest.end else rest.start  # -1: text on the next lines
        question = rule.name in _QUESTIONS
        return _Block(rule.name, question, label, number, r.start, start, rest.end)
    return None


def parse_body(
    text: str, content: Sequence[Line], chrome: Chrome, speaker: str | None = None
) -> Body:
    """Paragraphs and Q/A blocks over the ``content`` lines (in order); ``speaker`` is the name
    of the speaker the title names."""
    if speaker is not None:
        speaker = " ".join(speaker.split())
    paragraphs: list[TextRange] = []
    blocks: list[_Block] = []
    current: _Block | None = None
    previous = -2
    chrome_lines = chrome.lines
    wide = "\uff1a" in text  # whether a line may hold a full-width colon
    for line in content:
        index, r = line.index, line.range
        start, end = r.start, r.end
        if index == previous + 1 and paragraphs:
            paragraphs[-1] = TextRange(paragraphs[-1].start, end)
        else:
            if chrome_lines and not chrome_lines.isdisjoint(range(previous + 1, index)):
                current = None  # chrome closes a block: answers never run into chrome
            paragraphs.append(r)
        previous = index
        stop = end if end - start < _MAX_LABEL else start + _MAX_LABEL
        if text.find(":", start, stop) >= 0 or (wide and text.find("\uff1a", start, stop) >= 0):
            segment = text[start:stop]
            first = _ANY_LABEL.match(segment)
            if first is not None and first.lastgroup is not None:
                question_open = current is not None and current.question
                first_rule = int(first.lastgroup[1:])
                block = _label(text, line, question_open, speaker, segment, first_rule)
                if block is not None:
                    blocks.append(block)
                    current = block
                    continue
        if current is not None:
            if current.start < 0:
                current.start = start
            current.end = end
    return Body(tuple(paragraphs), *_pair(text, blocks), tuple(b.rule for b in blocks))


def _pair(
    text: str, blocks: Sequence[_Block]
) -> tuple[tuple[ParsedQuestion, ...], tuple[ParsedAnswer, ...]]:
    questions: list[ParsedQuestion] = []
    answers: list[ParsedAnswer] = []
    open_: _Block | None = None
    unanswered: list[_Block] = []
    problems = [
        _at(text, block, Code.LABEL_WITHOUT_TEXT, "is followed by no text", _EMPTY_HINT)
        for block in blocks
        if block.start < 0
    ]
    if problems:
        raise MfaError(problems)
    for block in blocks:
        if block.question:
            if open_ is not None and open_.rule not in _SOFT:
                unanswered.append(open_)
            questions.append(ParsedQuestion(block.label, block.number, block.range))
            open_ = block
        else:
            answered = len(questions) - 1 if open_ is not None else None
            answers.append(ParsedAnswer(block.label, answered, block.range))
            open_ = None
    if open_ is not None and open_.rule not in _SOFT:
        unanswered.append(open_)
    if unanswered:
        raise MfaError(
            _at(text, block, Code.QUESTION_WITHOUT_ANSWER, _UNANSWERED, _UNANSWERED_HINT)
            for block in unanswered
        )
    return tuple(questions), tuple(answers)


_EMPTY_HINT = "put the question or answer after its label, or remove the label"
_UNANSWERED = "is never answered: the next label is not an answer"
_UNANSWERED_HINT = "start the reply's paragraph with 'Answer:', or remove the question label"


def _at(text: str, block: _Block, code: Code, message: str, hint: str) -> Problem:
    """A problem located at ``block``'s label."""
    line, col = line_col(text, block.at)
    return Problem(code, f"{block.label!r} {message}", line=line, col=col, hint=hint)
