"""The meeting rules' table: every regular expression of meeting extraction, by name.

Like :mod:`mfa_dataset.parsing.rules`, each rule is a name and a regular expression compiled
once; :mod:`mfa_dataset.extraction.meetings` holds one ``parse_<name>`` function per rule and
tries them in the order of :data:`RULES`::

    meeting_between   "a (trilateral) meeting between A, B and C was held"
    meeting_by        "the consultations attended by A and B"
    meeting_chaired   "the meeting of the Council ... held under the chairmanship of A and B",
                      "the next meeting of the Commission, chaired by A and B"
    next_meeting      "the next (trilateral) meeting (of the Commission) will be held in X"
                      (sides: the meeting reported before, :mod:`.meeting_next`)
    agreed_to_meet    "the Ministers agreed to meet in X" (likewise)
    meeting_of        "the Trilateral Meeting of the Ministers of Foreign Affairs of A, B and C"
    received          "A received B", "B was received by A"
    met               "A met (with) B", "A and B met"
    called_on         "A called on B", "A paid a courtesy call on B"
    held_meeting      "A held / will have a (bilateral) meeting / talks with B"
    visit_invitation  "A will pay a visit to X at the invitation of B"
    attend_event      "A will attend / participate in the Summit of <organization>"
    their_meeting     "discussed by A and B during their meeting in Moscow"
    named_event       "the China-Central Asia Summit took place in Xi'an" (sides in the name)

A rule has an ``anchor`` (its head word: "met", "meeting", "received" ...) and a ``pattern``
(the whole phrase with the auxiliaries, adverbs and adjectives before the head: "will also hold a
bilateral meeting with"). :func:`triggers` finds head words (:data:`HEADS`, tried only where the
statement's one scan for words found one to start, see :mod:`.prefilter`), tries the anchors
only there, skips a rule whose phrase needs a word the sentence lacks after the head (a meeting
noun after "held", "visit" after "paid") and matches the pattern from the farthest leading word
that fits, so no pattern is tried at every position. Every quantifier is bounded or runs over
words that cannot overlap with what follows, so matching is linear in the text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter
from typing import Final

from mfa_dataset.extraction.prefilter import Lowered, Prefiltered, lowered
from mfa_dataset.parsing.result import TextRange
from mfa_dataset.parsing.rules import UPPER


@dataclass(frozen=True, slots=True)
class Rule:
    """A rule: its head words (``head``), the words that must follow them (``anchor``, head
    included) and its whole phrase (``pattern``)."""

    name: str
    head: re.Pattern[str]
    anchor: re.Pattern[str]
    pattern: re.Pattern[str]


def _rule(name: str, heads: str, rest: str, pattern: str) -> Rule:
    head = "|".join(heads.split())
    return Rule(
        name,
        re.compile(head, re.IGNORECASE),
        re.compile(rf"\b(?:{head}){rest}", re.IGNORECASE),
        re.compile(pattern, re.IGNORECASE),
    )


_ADV_WORDS = (
    "also then later again today yesterday separately subsequently additionally further"
    " briefly officially jointly as well"
)
_AUX_WORDS = (
    "will shall would has have had is are was were be been to expected scheduled due set"
    " planned going plans intends"
)
_ADJ_WORDS = (
    "political official high-level separate direct first second third regular informal working"
    " expanded extended joint annual inter-ministerial interministerial face-to-face one-on-one"
    " closed-door private upcoming forthcoming next planned future detailed substantive"
    " constructive productive fruitful in-depth comprehensive frank extensive thorough intensive"
)
_FORMATS = "bilateral trilateral quadrilateral multilateral"
#: Words that may stand before a head word as part of the rule's phrase.
_LEADING = frozenset(
    f"{_ADV_WORDS} {_AUX_WORDS} {_ADJ_WORDS} {_FORMATS} a an the their pay pays paid"
    " paying make makes made".split()
)
_MAX_LEADING = 6


def _alt(words: str) -> str:
    return "|".join(re.escape(w) for w in sorted(words.split(), key=len, reverse=True))


_ADV = rf"(?:(?:{_alt(_ADV_WORDS.replace(' as well', ''))}|as\s+well)\s+)"
_AUX = rf"(?:(?:{_alt(_AUX_WORDS)})\s+)"
_PRE = rf"\b{_AUX}{{0,3}}{_ADV}{{0,2}}"
#: Adjectives joined by "and" count: "detailed and substantive talks".
_ADJ = rf"(?:(?:(?P<word>{_alt(_FORMATS)})|{_alt(_ADJ_WORDS)}|t[eê]te-[aà]-t[eê]te|and)\s+){{0,3}}"
_NOUN = r"(?P<noun>meetings?|talks|negotiations|consultations|summit)"
_HELD = (
    r"(?:(?:was|were|has\s+been|have\s+been|will\s+be|is\s+to\s+be|are\s+to\s+be)\s+held"
    r"|took\s+place|takes\s+place|will\s+take\s+place)"
)
_BETWEEN = rf"{_NOUN}\s+(?:(?P<pred>{_HELD})\s+(?:[^\s.;]+\s+){{0,4}}?)?between\s+"
_BY = (
    rf"{_NOUN}\s+(?:(?:which|that)\s+(?:was|were|will\s+be)\s+)?"
    r"(?:attended|co-chaired|co-hosted|held)\s+by\s+"
)
#: "meeting of the Council (between A and B) was held in X under the (co-)chairmanship of",
#: "meeting of the Commission, co-chaired by": at most 14 words between noun and chair.
_CHAIRED = (
    rf"{_NOUN}\s+(?:[^\s.;]+\s+){{0,14}}?"
    r"(?:under\s+the\s+(?:co-)?chairmanship\s+of|(?:co-)?chaired\s+by)\s+"
)
_RECEIVE = r"(?:received|receives|receive|hosted|hosts|host|welcomed|welcomes)\b"
_CALL = r"(?:courtesy\s+(?:call|visit)\s+(?:on|to)|call(?:s|ed)?\s+on|calling\s+on)\s+"
_HOLD = r"(?:held|hold|holds|holding|had|have|has|conducted|conduct|conducts)\s+"
_VISIT = r"(?:pay|pays|paid|paying|make|makes|made|visit|visits|visited|visiting)\b"
_MONTHS = "january february march april may june july august september october november december"
_DAY = rf"(?:\d{{1,2}}\s+(?:{_alt(_MONTHS)})|(?:{_alt(_MONTHS)})\s+\d{{1,2}})(?:,?\s+\d{{4}})?"
_CAP = rf"(?-i:{UPPER})[^\s,.;]*"
#: A place, date or occasion between a verb and "with": "held talks in Moscow on 3 April with",
#: "met on the sidelines of the forum with" (at most two pieces, each a bounded run of words).
_GAP = (
    rf"(?:(?:(?:in|at)\s+(?:the\s+)?{_CAP}(?:\s+{_CAP}){{0,3}}|on\s+{_DAY}"
    r"|(?:on|at)\s+the\s+(?:sidelines|margins)\s+of(?:\s+[^\s,.;]+){1,8}?"
    r"|during(?:\s+[^\s,.;]+){1,6}?)\s+){0,2}"
)
_ATTEND = (
    r"(?:attend(?:s|ed|ing)?|participat(?:e|es|ed|ing)\s+in"
    r"|t(?:ake|akes|ook|aking)\s+part\s+in)\s+"
)

#: Head words of the rules (whole words, any case).
_H_NOUN = "meeting meetings talks negotiations consultations summit"
_H_RECEIVE = "received receives receive hosted hosts host welcomed welcomes"
_H_MEET = "met meets meet"
_H_CALL = "courtesy call calls called calling"
_H_HOLD = "held hold holds holding had have has conducted conduct conducts"
_H_VISIT = "pay pays paid paying make makes made visit visits visited visiting"
_H_ATTEND = (
    "attend attends attended attending participate participates participated participating"
    " take takes took taking"
)

#: The rule table, in the order the rules are tried.
RULES: Final = (
    _rule("meeting_between", _H_NOUN, _BETWEEN[len(_NOUN) :], rf"\b{_ADJ}{_BETWEEN}"),
    _rule("meeting_by", _H_NOUN, _BY[len(_NOUN) :], rf"\b{_BY}"),
    _rule("meeting_chaired", _H_NOUN, _CHAIRED[len(_NOUN) :], rf"\b{_ADJ}{_CHAIRED}"),
    _rule(
        "next_meeting",
        "next",
        r"\s+(?:[\w-]+\s+){0,2}?(?:meeting|session|round)\b",
        rf"\b(?:the\s+)?{_ADJ}(?P<noun>meeting|session|round)\b(?:\s+of\s+)?",
    ),
    _rule(
        "agreed_to_meet",
        "agreed decided",
        r"\s+to\s+meet\b",
        r"\b(?:agreed|decided)\s+to\s+meet\b(?!\s+(?:again\s+)?with\b)(?:\s+again\b)?",
    ),
    _rule("meeting_of", _H_NOUN, r"\s+of\s+", rf"\b{_ADJ}{_NOUN}\s+of\s+"),
    _rule(
        "received",
        _H_RECEIVE,
        r"\b",
        rf"(?P<passive>\b(?:was|were|will\s+be|is\s+to\s+be)\s+{_ADV}?"
        r"(?:received|hosted|welcomed)(?:\s+in\s+audience)?\s+by\s+)"
        rf"|{_PRE}{_RECEIVE}(?:\s+in\s+(?:an?\s+)?audience)?\s+",
    ),
    _rule("met", _H_MEET, r"\s+", rf"{_PRE}(?:met|meets|meet)\s+{_ADV}?(?:{_GAP}with\s+)?"),
    _rule(
        "called_on",
        _H_CALL,
        r"\s",
        rf"{_PRE}(?:(?:pay|pays|paid|paying|make|makes|made)\s+(?:an?\s+)?(?={_CALL}))?{_CALL}",
    ),
    _rule(
        "held_meeting",
        _H_HOLD,
        r"\s+",
        rf"{_PRE}{_HOLD}(?:an?\s+|the\s+|their\s+)?{_ADJ}{_NOUN}\b"
        rf"(?P<with>\s+{_ADV}?{_GAP}with\s+)?",
    ),
    _rule(
        "visit_invitation",
        _H_VISIT,
        r"\b",
        rf"{_PRE}(?:(?:pay|pays|paid|paying|make|makes|made)\s+(?:an?\s+)?(?:[\w-]+\s+){{0,2}}"
        r"visit|visit(?:s|ed|ing)?)\b",
    ),
    _rule("attend_event", _H_ATTEND, r"\s", rf"{_PRE}{_ATTEND}"),
    _rule("their_meeting", _H_NOUN, r"\b", rf"\btheir\s+{_ADJ}{_NOUN}\b"),
    _rule("named_event", "meeting summit", r"\b", r"\b(?P<noun>meeting|summit)\b"),
)
#: Every head word: where anchors may match.
HEADS = re.compile(rf"\b(?:{'|'.join(sorted({r.head.pattern for r in RULES}))})\b", re.IGNORECASE)
#: Head words one of which a rule's phrase holds as a whole word at or after the head word it
#: is tried at: "held talks", "made an official visit", "agreed to meet" (the other rules'
#: phrases hold their head word itself).
NEEDS: Final = {
    "held_meeting": _H_NOUN.split(),
    "visit_invitation": ["visit", "visits", "visited", "visiting"],
    "agreed_to_meet": ["meet"],
}
_NEEDS: Final = {name: re.compile("|".join(w), re.IGNORECASE) for name, w in NEEDS.items()}
_WORD_RUN = re.compile(r"[\w-]*")  # a word read backwards, in _lead_word
#: HEADS, tried only where a head word starts (see :mod:`.prefilter`).
HEAD_WORDS = Prefiltered(HEADS, (w for r in RULES for w in r.head.pattern.split("|")))


PREDICATE = re.compile(
    rf"\s*,?\s*(?:{_HELD}|(?:(?:is|are)\s+(?:scheduled|expected|planned|due|set)\s+)?to\s+"
    r"(?:be\s+held|take\s+place)|held)\b",
    re.IGNORECASE,
)
MEDIATOR = re.compile(
    r"\b(?:with\s+the\s+(?:mediation|participation|facilitation)\s+of|mediated\s+by"
    r"|in\s+the\s+presence\s+of|hosted\s+by)\s+",
    re.IGNORECASE,
)
APPEAL = re.compile(r"\s*,?\s*(?:to|not\s+to)\s", re.IGNORECASE)
INVITATION = re.compile(r"\bat\s+the\s+invitation\s+of\s+", re.IGNORECASE)
LEAD_IN = re.compile(r"\b(?:the|a|an)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
WITH = re.compile(r"\s*(?:with|and)\s+", re.IGNORECASE)
DESTINATION = re.compile(
    rf"\bto\s+(?:the\s+)?(?P<place>{UPPER}[^\s,.;]*(?:\s{UPPER}[^\s,.;]*){{0,3}})"
)
#: "The two Ministers ... held talks with C": the sides of the meeting reported just before.
PEERS = re.compile(
    r"\b(?:the|both)\s+(?:two\s+|three\s+)?(?:(?:foreign\s+)?ministers|leaders|presidents"
    r"|heads\s+of\s+state|sides|parties|counterparts|delegations)\s+$",
    re.IGNORECASE,
)
#: "The Kazakh delegation was headed by X", "the Uzbek side by Y": who led a country's side.
DELEGATION_HEAD = re.compile(
    rf"\b(?P<who>{UPPER}[\w-]+)\s+(?:delegation|side)\s+(?:(?:was|were|is|will\s+be)\s+)?"
    r"(?:(?:headed|led|represented|chaired)\s+)?by\s+"
)
#: What stands before "their meeting" when the sides are the parties just before it.
DURING = re.compile(r"\b(?:during|at|after|following|in\s+the\s+course\s+of)\s+$", re.IGNORECASE)
#: A sentence opening that places its meeting at the one reported before: "On the sidelines of
#: the Summit,", "Prior to the trilateral meeting,", "Later that day,".
ANAPHOR = re.compile(
    r"\s*(?:(?:(?:on|in|at)\s+the\s+(?:margins?|sidelines?|fringes?)\s+of|prior\s+to|before"
    r"|after|following|ahead\s+of)\s+the\s+(?:[\w-]+\s+){0,2}?"
    r"(?P<noun>meeting|summit|talks|consultations|session|forum|conference)"
    r"|later\s+(?:that|the\s+same)\s+day)\s*,",
    re.IGNORECASE,
)
SAME_DAY = re.compile(r"\b(?:on\s+)?the\s+same\s+day\b", re.IGNORECASE)


#: "delegation" or "side" between white space, as in every match of DELEGATION_HEAD.
SIDE_WORD = Prefiltered(re.compile(r"(?<=\s)(?:delegation|side)(?=\s)"), ["delegation", "side"])


def names_side(view: Lowered, spans: Sequence[TextRange]) -> list[bool]:
    """For each span, whether "delegation" or "side" stands between white space in it (with
    white space of the span before and after it), so that DELEGATION_HEAD may match there."""
    return SIDE_WORD.matches_in(view, ((s.start + 1, s.end) for s in spans))


def same_day(text: str, start: int, end: int) -> bool:
    """Whether SAME_DAY matches in ``text[start:end]`` (never without "same")."""
    return "same" in lowered(text[start:end]) and SAME_DAY.search(text, start, end) is not None


NEAR = 160  # how far after a verb "at the invitation of" or a mediator may stand


def triggers(
    text: str, span: TextRange, view: Lowered | None = None
) -> list[tuple[Rule, re.Match[str]]]:
    """Rule matches in the sentence ``span``, left to right; where two rules match the same
    words, the earlier rule in :data:`RULES` wins. ``view``: the text lowered once for all its
    sentences."""
    heads = HEAD_WORDS.finditer(view or Lowered(text), span.start, span.end)
    if not heads:
        return []
    last: dict[str, int] = {}  # the index of the last head word a rule in _NEEDS needs
    candidates: list[tuple[int, int, Rule, re.Match[str]]] = []
    for i, head in enumerate(heads):
        rules = _rules_for(head.group().casefold())
        at = head.start() if rules else 0
        for order, rule, need in rules:
            if need is not None:
                k = last.get(rule.name)
                if k is None:
                    k = last[rule.name] = _last_needed(need, heads)
                if k < i:
                    continue  # no word the phrase needs at or after the head
            if rule.anchor.match(text, at, span.end) is not None:
                m = _phrase(rule, text, span, at)
                if m is not None:
                    candidates.append((order, m.start(), rule, m))
    if len(candidates) < 2:  # nothing to choose between
        return [(rule, m) for _, _, rule, m in candidates]
    # the words taken so far: disjoint ranges, sorted, so their ends are sorted too and a match
    # overlaps one of them exactly when it overlaps the last one that starts before it ends
    starts: list[int] = []
    ends: list[int] = []
    found: list[tuple[Rule, re.Match[str]]] = []
    for _, _, rule, m in sorted(candidates, key=itemgetter(0, 1)):
        i = bisect.bisect_left(starts, m.end())
        if i == 0 or ends[i - 1] <= m.start():
            starts.insert(i, m.start())
            ends.insert(i, m.end())
            found.append((rule, m))
    return sorted(found, key=lambda f: f[1].start())


def _last_needed(need: Callable[[str], re.Match[str] | None], heads: list[re.Match[str]]) -> int:
    """The index of the last head word ``need`` accepts, else -1."""
    for k in range(len(heads) - 1, -1, -1):
        if need(heads[k][0]):
            return k
    return -1


@lru_cache(maxsize=256)
def _rules_for(
    word: str,
) -> tuple[tuple[int, Rule, Callable[[str], re.Match[str] | None] | None], ...]:
    """The rules whose anchor may start with the head word ``word`` (in table order), with
    the test of the head words one of which the rule's phrase needs (see _NEEDS), if any."""
    return tuple(
        (i, r, need.fullmatch if (need := _NEEDS.get(r.name)) else None)
        for i, r in enumerate(RULES)
        if r.head.fullmatch(word)
    )


def _phrase(rule: Rule, text: str, span: TextRange, head: int) -> re.Match[str] | None:
    """The rule's whole phrase from the farthest leading word before ``head`` that fits."""
    starts = [head]
    while len(starts) <= _MAX_LEADING:
        lead = _lead_word(text, max(span.start, starts[-1] - 30), starts[-1])
        if lead is None or text[lead[0] : lead[1]].casefold() not in _LEADING:
            break
        starts.append(lead[0])
    for start in reversed(starts):
        m = rule.pattern.match(text, start, span.end)
        if m is not None and m.end() > head:
            return m
    return None


def _lead_word(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The word (``[\\w-]+``, cut at ``start``) before the white space that ends
    ``text[start:end]``: ``re.search(r"([\\w-]+)\\s+$")`` written out (``re`` would try it at
    every position of the span)."""
    piece = text[start:end]
    word = piece.rstrip()
    if len(word) == len(piece):
        return None
    run = _WORD_RUN.match(word[::-1])  # the word, read backwards
    n = run.end() if run is not None else 0
    return (start + len(word) - n, start + len(word)) if n else None
