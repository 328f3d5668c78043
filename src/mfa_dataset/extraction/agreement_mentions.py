"""Where a sentence names or types a document: the mention rules of agreement extraction.

:func:`find_mentions` applies :data:`~mfa_dataset.extraction.agreement_rules.MENTION_RULES` in
order -- ``quoted_title``, ``named_title``, ``document_noun`` -- each through its
``parse_<name>`` function (sentences: :mod:`~mfa_dataset.extraction.agreement_sentences`;
document nouns are looked for only where one may start, see :mod:`.prefilter`). A rule never
takes characters an earlier rule took, so "Protocol" inside “Memorandum of Understanding on
Protocol Cooperation” is no second document. The kind of a title is the kind of its head noun:
the last document noun before the first preposition ("Memorandum of Understanding on Protocol
Cooperation" is a memorandum, "Charter Agreement" an agreement).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from mfa_dataset.actors import city_country, country_code
from mfa_dataset.extraction.agreement_rules import (
    KINDS,
    MENTION_RULES,
    NOT_A_DOCUMENT,
    NOUN_LOWERED,
    NOUN_RE,
    PHRASE_STOP,
    TITLE_HEAD,
    TITLE_TAIL,
)
from mfa_dataset.extraction.meeting_words import words
from mfa_dataset.extraction.prefilter import Lowered, Prefiltered
from mfa_dataset.parsing.result import TextRange
from mfa_dataset.types import AgreementKind

_RULE = {rule.name: rule.pattern for rule in (*MENTION_RULES, *NOT_A_DOCUMENT)}
#: The words a document noun starts with (see NOUN): a noun added to NOUN needs its first word.
_NOUN_STARTS = words(
    """memorand mou joint trilateral tripartite bilateral quadrilateral declaration action plan
    road treat protocol convention agreement accord statute charter communiqu program cooperation
    co-operation work implementation document exchange"""
)
#: NOUN and the mention rules made of it, tried only where a noun may start.
NOUNS = Prefiltered(NOUN_RE, _NOUN_STARTS, NOUN_LOWERED)
_NAMED_TITLE = Prefiltered(_RULE["named_title"], _NOUN_STARTS)
_DOCUMENT_NOUN = Prefiltered(_RULE["document_noun"], _NOUN_STARTS)
_PLURAL = re.compile(
    r"(?i:memoranda|mous|statements|declarations|plans|maps|treaties|protocols|conventions"
    r"|agreements|accords|statutes|charters|communiqu[eé]s|programm?es|programs|documents)\b"
)
_PREPOSITION = re.compile(
    r"\s(?:of|on|for|between|to|among|amending|concerning|regarding|against|within|in)\s"
)
_NEW_DOCUMENT = re.compile(r"\s(?:and|or)\s{1,3}(?:(?:the|an?)\s{1,3})?$")
_AND_THE = re.compile(r"\s(?:and|or)\s{1,3}(?:the|an?)\s")
_IN_PLACE = re.compile(r"\s(?:in|at|with)\s{1,3}(?P<word>[^\W\d_][\w'\u2019-]{1,40})")
_BETWEEN = re.compile(r"\s(?:between|among)\s")
_COMPOUND_GAP = re.compile(
    r"(?:\s{1,3}(?!(?:of|on|for|and|or|to|the|an?|between|with|in)\s)[\w'\u2019-]{1,30}){0,2}"
    r"\s{1,3}"
)
_TRAIL = ' \t,;:.\u201d"\u00bb\u2019'


@dataclass(frozen=True, slots=True)
class Mention:
    rule: str  # the mention rule that found it
    kind: AgreementKind
    start: int  # first character: opening quote, name before the noun, or the noun
    end: int  # just past the closing quote, the title, or the words describing the document
    noun: TextRange  # the document noun
    title: TextRange | None  # the document's name, when the text gives one
    plural: bool
    lead: int  # where evidence may start ("agreement" in "agreement on the draft Statute")


def _kind(match: re.Match[str]) -> AgreementKind:
    name = next(k for k in KINDS if match[k] is not None)
    return AgreementKind(name)


def _head_kind(
    text: str, title: TextRange, view: Lowered
) -> tuple[AgreementKind, TextRange] | None:
    """The kind and noun of a title's head: its last document noun before a preposition."""
    nouns = list(NOUNS.finditer(view, title.start, title.end))
    if not nouns:
        return None
    head = nouns[0]
    for noun in nouns[1:]:
        if _PREPOSITION.search(text, head.end(), noun.start()):
            break
        head = noun
    return _kind(head), TextRange(head.start(), head.end())


def parse_organ_name(text: str, noun_end: int) -> bool:
    """A body named after a document: "... Treaty Organization", "Convention Secretariat"."""
    return _RULE["organ_name"].match(text, noun_end) is not None


def parse_organ_name_before(text: str, start: int, floor: int) -> bool:
    """A document naming a body's members: "the Conference of the Parties to the ..."."""
    return _RULE["organ_name_before"].search(text, max(floor, start - 40), start) is not None


def parse_agreeing_before(text: str, start: int, floor: int) -> bool:
    """ "in agreement with", "by mutual agreement", "expressed agreement": no document."""
    return _RULE["agreeing_before"].search(text, max(floor, start - 30), start) is not None


def parse_agreeing_after(text: str, end: int, limit: int) -> bool:
    """ "agreement on the draft ...", "agreement that ...": the document, if any, follows."""
    return _RULE["agreeing_after"].match(text, end, limit) is not None


_FILTERS: dict[str, Callable[[str, int, int], bool]] = {
    "organ_name": lambda text, noun_end, _floor: parse_organ_name(text, noun_end),
    "organ_name_before": parse_organ_name_before,
    "agreeing_before": parse_agreeing_before,
    "agreeing_after": parse_agreeing_after,
}
assert tuple(_FILTERS) == tuple(rule.name for rule in NOT_A_DOCUMENT)


def _is_organ(text: str, start: int, noun_end: int, floor: int) -> bool:
    return parse_organ_name(text, noun_end) or parse_organ_name_before(text, start, floor)


def _free(taken: list[TextRange], start: int, end: int) -> bool:
    return all(end <= t.start or start >= t.end for t in taken)


def parse_quoted_title(
    text: str, sentence: TextRange, taken: list[TextRange], view: Lowered
) -> list[Mention]:
    found: list[Mention] = []
    for match in _RULE["quoted_title"].finditer(text, sentence.start, sentence.end):
        group = next(g for g in "abcd" if match[g] is not None)
        start, end = match.start(group), match.end(group)
        while end > start and text[end - 1] in _TRAIL:
            end -= 1
        title = TextRange(start, end)
        head = _head_kind(text, title, view)
        if head is None or not _named_from(text, start, head[1].start):
            continue
        taken.append(TextRange(match.start(), match.end()))
        plural = bool(_PLURAL.search(text, head[1].start, head[1].end))
        found.append(
            Mention("quoted_title", head[0], match.start(), match.end(), head[1], title, plural,
                    match.start())
        )  # fmt: skip
    return found


def _named_from(text: str, start: int, noun_start: int) -> bool:
    """Whether only a document name stands between ``start`` and the noun at ``noun_start``."""
    if noun_start == start:
        return True
    return TITLE_HEAD.fullmatch(text, start, noun_start) is not None


def parse_named_title(
    text: str, sentence: TextRange, taken: list[TextRange], view: Lowered
) -> list[Mention]:
    found: list[Mention] = []
    for match in _NAMED_TITLE.finditer(view, sentence.start, sentence.end):
        if not _free(taken, match.start(), match.end()):
            continue
        head = TITLE_HEAD.search(text, max(sentence.start, match.start() - 160), match.start())
        start = head.start() if head and _free(taken, head.start(), match.start()) else None
        tail = TITLE_TAIL.match(text, match.end(), sentence.end)
        end = tail.end() if tail else match.end()
        first = match.start() if start is None else start
        if tail:
            end = _cut_tail(text, first, match.end(), end, view)
        if start is None and end == match.end():
            continue  # a capitalised noun alone ("a Memorandum of Understanding") is no title
        if _is_organ(text, first, match.end(), sentence.start):
            taken.append(TextRange(first, end))
            continue
        title = TextRange(first, end)
        kind, noun = _head_kind(text, title, view) or (_kind(match), TextRange(*match.span()))
        taken.append(title)
        plural = bool(_PLURAL.search(text, noun.start, noun.end))
        found.append(Mention("named_title", kind, first, end, noun, title, plural, first))
    return found


def _cut_tail(text: str, first: int, noun_end: int, end: int, view: Lowered) -> int:
    """Where a title's tail stops: before "in <a place>", before "and the <Cap>" unless a
    "between" needs it, and before a new document ("the Joint Declaration and the Memorandum")."""
    for place in _IN_PLACE.finditer(text, noun_end, end):  # "... on Trade| in Baku|with Japan"
        if city_country(place["word"]) or country_code(place["word"]):
            end = place.start()
            break
    join = _AND_THE.search(text, noun_end, end)
    if join is not None and not _BETWEEN.search(text, first, join.start()):
        end = join.start()
    for noun in NOUNS.finditer(view, noun_end, end):
        new = _NEW_DOCUMENT.search(text, noun_end, noun.start())
        if new is not None:
            return new.start()
    return end


def parse_document_noun(
    text: str, sentence: TextRange, taken: list[TextRange], view: Lowered
) -> list[Mention]:
    matches = [
        m
        for m in _DOCUMENT_NOUN.finditer(view, sentence.start, sentence.end)
        if _free(taken, m.start(), m.end())
    ]
    found: list[Mention] = []
    for i, match in enumerate(matches):
        after = matches[i + 1] if i + 1 < len(matches) else None
        if after and _COMPOUND_GAP.fullmatch(text, match.end(), after.start()):
            continue  # "charter flight agreement": the last noun is the head
        kind = _kind(match)
        if _is_organ(text, match.start(), match.end(), sentence.start):
            continue
        if kind is AgreementKind.AGREEMENT:
            if parse_agreeing_after(text, match.end(), sentence.end):
                taken.append(TextRange(match.start(), match.end()))  # the lead of what follows
                continue
            if parse_agreeing_before(text, match.start(), sentence.start):
                continue
        noun = TextRange(match.start(), match.end())
        plural = bool(_PLURAL.search(text, match.start(), match.end()))
        found.append(
            Mention("document_noun", kind, match.start(), match.end(), noun, None, plural,
                    match.start())
        )  # fmt: skip
    return found


_PARSERS: dict[str, Callable[[str, TextRange, list[TextRange], Lowered], list[Mention]]] = {
    "quoted_title": parse_quoted_title,
    "named_title": parse_named_title,
    "document_noun": parse_document_noun,
}
assert tuple(_PARSERS) == tuple(rule.name for rule in MENTION_RULES)


def find_mentions(text: str, sentence: TextRange, view: Lowered | None = None) -> list[Mention]:
    """Every document the sentence names or types, in text order, without overlaps."""
    taken: list[TextRange] = []
    found: list[Mention] = []
    view = view or Lowered(text)
    for rule in MENTION_RULES:
        found += _PARSERS[rule.name](text, sentence, taken, view)
    found.sort(key=lambda m: m.start)
    leads = sorted(t.start for t in taken if _is_agreeing(text, t))
    done: list[Mention] = []
    for i, mention in enumerate(found):
        limit = found[i + 1].start if i + 1 < len(found) else sentence.end
        if mention.title is None:
            stop = PHRASE_STOP.search(text, mention.noun.end, min(limit, mention.noun.end + 250))
            end = stop.start() if stop else min(limit, mention.noun.end + 250)
            while end > mention.noun.end and text[end - 1] in _TRAIL:
                end -= 1
            mention = replace(mention, end=end)
        lead = next((s for s in leads if 0 <= mention.start - s <= 40), None)
        done.append(mention if lead is None else replace(mention, lead=lead))
    return done


def _is_agreeing(text: str, taken: TextRange) -> bool:
    return NOUN_RE.fullmatch(text, taken.start, taken.end) is not None and text[
        taken.start : taken.end
    ].lower().startswith(("agreement", "accord"))
