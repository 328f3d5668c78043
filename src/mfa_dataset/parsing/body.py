"""The body: website chrome (``chrome_*`` rules), paragraphs, questions and answers.

Chrome rules are tried, in :data:`CHROME_RULES` order, on every whole line: a line that one of
them matches entirely is chrome. ``chrome_tail`` ("Disclaimer", "... published this content on
...") makes the rest of the text chrome. Q/A rules (``question``, ``answer``,
``answer_speaker``) are tried at the start of every content line: a label opens a block that
runs over the following content lines until the next label, a chrome line or the end. A question
block is answered by the answer block right after it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

from mfa_dataset.errors import Code, MfaError, Problem, line_col
from mfa_dataset.parsing.lines import Line, trim
from mfa_dataset.parsing.result import ParsedAnswer, ParsedQuestion, TextRange
from mfa_dataset.parsing.rules_body import BODY_RULES, CHROME_RULES

Effect = Literal["line", "tail"]
#: Chrome is short: longer lines are never tested against chrome rules.
_MAX_CHROME_LINE = 1500
_MAX_LABEL = 120


def _line(match: re.Match[str]) -> Effect:
    return "line"


parse_chrome_share = parse_chrome_print = parse_chrome_search = parse_chrome_back = _line
parse_chrome_policy = parse_chrome_rights = parse_chrome_source = parse_chrome_url = _line
parse_chrome_tags = parse_chrome_follow = parse_chrome_breadcrumb = parse_chrome_meta = _line


def parse_chrome_tail(match: re.Match[str]) -> Effect:
    return "tail"


_CHROME_PARSERS: dict[str, Callable[[re.Match[str]], Effect]] = {
    "chrome_share": parse_chrome_share,
    "chrome_print": parse_chrome_print,
    "chrome_search": parse_chrome_search,
    "chrome_back": parse_chrome_back,
    "chrome_policy": parse_chrome_policy,
    "chrome_rights": parse_chrome_rights,
    "chrome_source": parse_chrome_source,
    "chrome_url": parse_chrome_url,
    "chrome_tags": parse_chrome_tags,
    "chrome_follow": parse_chrome_follow,
    "chrome_breadcrumb": parse_chrome_breadcrumb,
    "chrome_meta": parse_chrome_meta,
    "chrome_tail": parse_chrome_tail,
}
assert tuple(_CHROME_PARSERS) == tuple(rule.name for rule in CHROME_RULES)


@dataclass(frozen=True, slots=True)
class Chrome:
    lines: frozenset[int]  # indexes of chrome lines before the tail
    tail: int  # index of the first line of the chrome tail (number of lines when none)
    ranges: tuple[TextRange, ...]


def chrome_rule(text: str, line: Line) -> tuple[str, Effect] | None:
    """The first chrome rule matching the whole line, and what it does."""
    r = line.range
    if line.blank or r.end - r.start > _MAX_CHROME_LINE:
        return None
    segment = r.of(text)
    for rule in CHROME_RULES:
        match = rule.pattern.fullmatch(segment)
        if match is not None:
            return rule.name, _CHROME_PARSERS[rule.name](match)
    return None


def find_chrome(text: str, lines: Sequence[Line]) -> Chrome:
    found: list[int] = []
    ranges: list[TextRange] = []
    content = False
    for line in lines:
        fired = chrome_rule(text, line)
        if fired is None:
            content = content or not line.blank
            continue
        if fired[1] == "tail" and content:
            last = max(i.index for i in lines[line.index :] if not i.blank)
            ranges.append(TextRange(line.range.start, lines[last].range.end))
            return Chrome(frozenset(found), line.index, tuple(ranges))
        found.append(line.index)
        ranges.append(line.range)
    return Chrome(frozenset(found), len(lines), tuple(ranges))


def parse_question(match: re.Match[str]) -> tuple[str, int | None]:
    return " ".join(match["label"].split()), _int(match["number"])


def parse_answer(match: re.Match[str]) -> tuple[str, int | None]:
    return " ".join(match["label"].split()), _int(match["number"])


def parse_answer_speaker(match: re.Match[str]) -> tuple[str, int | None]:
    return " ".join(match["label"].split()), None


def parse_answer_name(match: re.Match[str]) -> tuple[str, int | None]:
    return " ".join(match["label"].split()), None


def _int(value: str | None) -> int | None:
    return None if value is None else int(value)


_LABEL_PARSERS: dict[str, Callable[[re.Match[str]], tuple[str, int | None]]] = {
    "question": parse_question,
    "answer": parse_answer,
    "answer_speaker": parse_answer_speaker,
    "answer_name": parse_answer_name,
}
#: Rules that only label an answer when a question is waiting for one.
_AFTER_QUESTION = frozenset(["answer_name"])
assert tuple(_LABEL_PARSERS) == tuple(rule.name for rule in BODY_RULES)


@dataclass(slots=True)
class _Block:
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


def _label(text: str, line: Line, question_open: bool) -> _Block | None:
    r = line.range
    segment = text[r.start : min(r.end, r.start + _MAX_LABEL)]
    for rule in BODY_RULES:
        if rule.name in _AFTER_QUESTION and not question_open:
            continue
        match = rule.pattern.match(segment)
        if match is not None:
            label, number = _LABEL_PARSERS[rule.name](match)
            rest = trim(text, r.start + match.end(), r.end)
            start = -1 if rest.start == rest.end else rest.start  # -1: text on the next lines
            return _Block(rule.name == "question", label, number, r.start, start, rest.end)
    return None


def parse_body(text: str, lines: Sequence[Line], content: Sequence[int], chrome: Chrome) -> Body:
    """Paragraphs and Q/A blocks over the ``content`` lines (indexes, in order)."""
    paragraphs: list[TextRange] = []
    blocks: list[_Block] = []
    current: _Block | None = None
    previous = -2
    for index in content:
        line = lines[index]
        if index != previous + 1 and any(i in chrome.lines for i in range(previous + 1, index)):
            current = None  # chrome closes a block: answers never run into chrome
        if index == previous + 1 and paragraphs:
            paragraphs[-1] = TextRange(paragraphs[-1].start, line.range.end)
        else:
            paragraphs.append(line.range)
        previous = index
        block = _label(text, line, current is not None and current.question)
        if block is not None:
            blocks.append(block)
            current = block
        elif current is not None:
            if current.start < 0:
                current.start = line.range.start
            current.end = line.range.end
    return Body(tuple(paragraphs), *_pair(text, blocks))


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
            if open_ is not None:
                unanswered.append(open_)
            questions.append(ParsedQuestion(block.label, block.number, block.range))
            open_ = block
        else:
            answered = len(questions) - 1 if open_ is not None else None
            answers.append(ParsedAnswer(block.label, answered, block.range))
            open_ = None
    if open_ is not None:
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
