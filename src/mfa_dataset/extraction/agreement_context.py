"""Who is party to a document and which meeting it was signed at.

The party rules (:data:`~mfa_dataset.extraction.agreement_party_rules.PARTY_RULES`) are tried in
this order, the first that yields codes wins:

1. ``party_between`` -- the states and organizations named in the title or in the words
   describing the document, from "between" up to the subject ("on", "for", "regarding" ...);
   without "between", the states named there count when there are two or more of them;
2. the subject of a signing verb: "Azerbaijan and Georgia signed ...", "... signed by the
   leaders of A and B", with ``party_with`` ("Azerbaijan signed an agreement with Georgia");
   two or more;
3. ``party_pronoun`` -- "the two countries", "both sides", "the two Ministers", "the parties",
   "our countries", "bilateral": the states of the meeting the sentence belongs to, else the
   two states the sentence names before the document;
4. ``party_our_country`` -- "our country" alone: the issuing state;
5. (in :mod:`.agreements`) the states of the meeting the document is linked to (below).
6. ``party_statement`` (:meth:`Scope.sides`) -- the statement's own sides: the states named in
   its title and first paragraph with the issuing state, when there are two to six of them
   and the sentence names no organization (whose document it would be: "the CICA Statute").

A document only mentioned gets rule 1 alone. Documents listed together share their parties.

The meeting a sentence *belongs to* is the meeting its question reports (in an answer), else
the last meeting reported before the end of the sentence. A signed or concluded document is
*linked* to a meeting when its clause says so (``link_occasion``: "during the Astana meeting",
"On the margins of the visit", "following the talks"), unless the words name another time
(``link_other_time``: "in March", "in 2019", "last year", the meeting's own date aside); or
when, with no other time named, the meeting is reported together with signing
(``link_meeting_signing``: "highlighted by the signing of ...") or the document was signed by
the people who met ("signed by the two Ministers", "the sides signed"), or a document signed
earlier in the paragraph was linked to it ("... signed A. B was also signed"). A titled
document with no cue of its own, in the answer to a question reporting a meeting with signing,
is one of the documents signed there.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from mfa_dataset.actors.countries import country_spans
from mfa_dataset.actors.lookup import organization_spans
from mfa_dataset.extraction.agreement_party_rules import LINK_RULES, MONTHS, PARTY_RULES
from mfa_dataset.extraction.prefilter import Lowered
from mfa_dataset.extraction.result import Context, MeetingDraft
from mfa_dataset.parsing.result import ParsedText, TextRange
from mfa_dataset.types import MeetingStatus

_RULE = {rule.name: rule.pattern for rule in (*PARTY_RULES, *LINK_RULES)}
_BETWEEN_END = re.compile(
    r"\s(?:on|for|regarding|concerning|about|to|aimed|in\s{1,3}the\s{1,3}(?:field|area|sphere)"
    r"s?|with\s{1,3}a\s{1,3}view)\s",
    re.IGNORECASE,
)
_PEOPLE = ("sides", "parties", "ministers", "leaders", "presidents", "heads", "prime", "deleg")
_CLAUSE_BREAK = re.compile(r"[,;:][^,;:]*$")
_MAX_SIDES = 6  # more states in the title and first paragraph: no clear sides


@dataclass(frozen=True, slots=True)
class Parties:
    codes: tuple[str, ...]
    rule: str | None  # the party rule that gave them
    people: bool  # named as people who met: "the two Ministers", "the sides"


def codes_in(text: str, start: int, end: int, organizations: bool = True) -> set[str]:
    codes = {code for _, _, code, _ in country_spans(text, start, end)}
    if organizations:
        codes |= {f"ORG:{acronym}" for _, _, acronym in organization_spans(text, start, end)}
    return codes


def parse_party_between(text: str, match: re.Match[str], end: int) -> TextRange:
    """Where "between A and B" names the parties: up to "on|for|regarding ..." after "and"."""
    return TextRange(match.end(), _subject_start(text, match.end(), end))


def parse_party_pronoun(match: re.Match[str]) -> tuple[bool, bool]:
    """(named as people who met, "bilateral") for "the two Ministers", "bilateral" ..."""
    people = (match["who"] or match["sides"] or "").lower().startswith(_PEOPLE)
    return people, match["bilateral"] is not None


def parse_party_with(text: str, match: re.Match[str], end: int) -> TextRange:
    """Where "with B" names the subject's partner: up to "on|for|regarding ..."."""
    return TextRange(match.end(), _subject_start(text, match.end(), end))


def parse_party_our_country(match: re.Match[str], issuer: str | None) -> set[str]:
    return {issuer} if issuer else set()


def parse_link_occasion(match: re.Match[str]) -> str:
    """The words naming the occasion: "Astana " in "during the Astana meeting"."""
    return match["name"]


def parse_link_other_time(match: re.Match[str], date: dt.date | None) -> bool:
    """Whether the time named is not ``date`` (the meeting's day, when known)."""
    word = match.group().lower()
    if date is not None and word in MONTHS:
        return MONTHS.index(word) + 1 != date.month
    if date is not None and word.isdigit():
        return int(word) != date.year
    return True


def parse_link_meeting_signing(match: re.Match[str]) -> bool:
    return True


_PARSERS: dict[str, Callable[..., object]] = {
    "party_between": parse_party_between,
    "party_pronoun": parse_party_pronoun,
    "party_with": parse_party_with,
    "party_our_country": parse_party_our_country,
    "link_occasion": parse_link_occasion,
    "link_other_time": parse_link_other_time,
    "link_meeting_signing": parse_link_meeting_signing,
}
assert tuple(_PARSERS) == tuple(rule.name for rule in (*PARTY_RULES, *LINK_RULES))


class Scope:
    """The statement's meetings, and which of them a place in its text belongs to."""

    def __init__(self, text: str, parsed: ParsedText, meetings: Sequence[MeetingDraft],
                 context: Context, view: Lowered | None = None) -> None:  # fmt: skip
        self.text = text
        self.view = view or Lowered(text)  # for the mention rules' prefilters
        self.meetings = meetings
        self.context = context
        self.sections = [
            (parsed.questions[a.question].range, a.range)
            for a in parsed.answers
            if a.question is not None
        ]
        self.paragraphs = parsed.paragraphs
        self.title = parsed.title
        self._sides: Parties | None = None
        self._organizations: dict[tuple[int, int], bool] = {}

    def names_organization(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` names an organization (looked up once per sentence,
        however many documents it names)."""
        key = (start, end)
        if key not in self._organizations:
            self._organizations[key] = bool(organization_spans(self.text, start, end))
        return self._organizations[key]

    def belongs_to(self, pos: int, sentence_end: int) -> int | None:
        """The meeting that the sentence at ``pos`` belongs to."""
        starts = [m.evidence.start for m in self.meetings]
        for question, answer in self.sections:
            if answer.start <= pos < answer.end:
                inside = [i for i, s in enumerate(starts) if question.start <= s < question.end]
                inside = inside or [i for i, s in enumerate(starts) if answer.start <= s < pos]
                return inside[-1] if inside else None
        before = [i for i, s in enumerate(starts) if s < sentence_end]
        if before:
            return before[-1]
        return 0 if len(self.meetings) == 1 else None

    def countries(self, index: int, organizations: bool) -> tuple[str, ...]:
        codes: set[str] = set()
        for person in self.meetings[index].participants:
            if person.country is not None:
                codes.add(person.country)
            elif organizations and person.organization is not None:
                codes.add(f"ORG:{person.organization}")
        return tuple(sorted(codes))

    def reports_signing(self, index: int) -> bool:
        """Whether the question or paragraph reporting the meeting speaks of signing."""
        at = self.meetings[index].evidence.start
        around = [q for q, _ in self.sections if q.start <= at < q.end]
        around += [p for p in self.paragraphs if p.start <= at < p.end]
        rule = _RULE["link_meeting_signing"]
        return any(
            parse_link_meeting_signing(match)
            for r in around[:1]
            if (match := rule.search(self.text, r.start, r.end)) is not None
        )

    def signing_answer(self, pos: int) -> int | None:
        """The meeting whose question reports signing, when ``pos`` is in its answer."""
        for question, answer in self.sections:
            if answer.start <= pos < answer.end:
                home = self.belongs_to(pos, pos)
                if (
                    home is None
                    or not question.start <= self.meetings[home].evidence.start < question.end
                ):
                    return None
                return home if self.reports_signing(home) else None
        return None

    def other_time(self, start: int, end: int, index: int | None) -> bool:
        """Whether ``text[start:end]`` names a time that is not the meeting's date."""
        date = self.meetings[index].date if index is not None else None
        return any(
            parse_link_other_time(match, date)
            for match in _RULE["link_other_time"].finditer(self.text, start, end)
        )

    def named(self, name: str, default: int | None) -> int | None:
        """The meeting a qualifier names ("the Astana meeting"): ``default`` unless what is
        known of it (city, occasion) contradicts the name and another meeting fits it."""
        words = name.strip().lower()
        if not words or default is None or self._fits(default, words) is not False:
            return default
        hits = [i for i in range(len(self.meetings)) if self._fits(i, words)]
        return hits[-1] if hits else default

    def _fits(self, index: int, words: str) -> bool | None:
        """Whether a meeting fits a qualifier: True if its city or occasion is named, False if
        its known city is not, None when nothing is known to compare."""
        m = self.meetings[index]
        city = m.location.city.lower() if m.location and m.location.city else None
        occasion = m.occasion.lower() if m.occasion else None
        if (city and city in words) or (occasion and (words in occasion or occasion in words)):
            return True
        return False if city else None

    def link(self, regions: Sequence[TextRange], clause: Sequence[TextRange], home: int | None,
             people: bool, signed: bool, earlier: int | None = None) -> int | None:  # fmt: skip
        """The meeting a signed/concluded document was signed at (``regions``: its own
        words after it, then the words before it in the sentence; ``clause``: the words
        around it, its own name aside; ``earlier``: the meeting a document of the same
        paragraph was linked to: "... signed A. B was also signed.")."""
        if home is None or self.meetings[home].status is MeetingStatus.PLANNED:
            return None  # a document is signed at a meeting held, not at one to come
        for region in regions:
            for match in _RULE["link_occasion"].finditer(self.text, region.start, region.end):
                comma = self.text.find(",", match.end(), region.end)
                tail_end = comma if comma >= 0 else region.end
                if self.other_time(match.start("name"), tail_end, home):
                    return None
                return self.named(parse_link_occasion(match), home)
        if any(self.other_time(r.start, r.end, home) for r in clause):
            return None
        if signed and (people or self.reports_signing(home)):
            return home
        return earlier if signed else None

    def parties(self, names: Sequence[TextRange], subject: TextRange | None,
                scope: Sequence[TextRange], home: int | None,
                sentence: TextRange) -> Parties:  # fmt: skip
        """Rules 1-3 and 5 (rule 4, the linked meeting, is the caller's). ``names``: the title
        or the words describing the document, then what qualifies its cue ("signed between
        ...")."""
        text = self.text
        for i, name in enumerate(names):
            between = _RULE["party_between"].search(text, name.start, name.end)
            if between is not None:
                where = parse_party_between(text, between, name.end)
                codes = codes_in(text, *_span(where)) | self._ours(*_span(where))
                if codes:
                    return Parties(tuple(sorted(codes)), "party_between", False)
            elif i == 0:
                codes = codes_in(text, name.start, name.end) | self._ours(name.start, name.end)
                if len(codes) >= 2:
                    return Parties(tuple(sorted(codes)), "party_between", False)
        if subject is not None:
            codes = codes_in(text, subject.start, subject.end) | self._ours(*_span(subject))
            partner = _RULE["party_with"].search(text, names[0].start, names[0].end)
            if partner is not None:  # "Azerbaijan signed an agreement with Georgia on ..."
                where = parse_party_with(text, partner, names[0].end)
                codes |= codes_in(text, *_span(where)) | self._ours(*_span(where))
            if len(codes) >= 2:
                return Parties(tuple(sorted(codes)), "party_subject", False)
        for region in scope:
            match = _RULE["party_pronoun"].search(text, region.start, region.end)
            if match is None:
                continue
            people, bilateral = parse_party_pronoun(match)
            if home is not None and (not bilateral or len(self.countries(home, True)) == 2):
                return Parties(self.countries(home, people), "party_pronoun", people)
            if home is None and not bilateral:
                named = {c for _, _, c, _ in country_spans(text, sentence.start, names[0].start)}
                if len(named) == 2:
                    return Parties(tuple(sorted(named)), "party_pronoun", False)
        for region in scope:
            if ours := self._ours(region.start, region.end):
                return Parties(tuple(ours), "party_our_country", False)
        return Parties((), None, False)

    def sides(self) -> Parties:
        """Rule 6, the fallback: the statement's own sides -- the states named in its title and
        first paragraph with the issuing state -- when there are two to :data:`_MAX_SIDES`."""
        if self._sides is None:
            regions = [self.title, *self.paragraphs[:1]]
            codes = {c for r in regions for c in codes_in(self.text, r.start, r.end, False)}
            if self.context.issuer_country:
                codes.add(self.context.issuer_country)
            fits = 2 <= len(codes) <= _MAX_SIDES
            sides = tuple(sorted(codes)) if fits else ()
            self._sides = Parties(sides, "party_statement" if fits else None, False)
        return self._sides

    def _ours(self, start: int, end: int) -> set[str]:
        found = _RULE["party_our_country"].search(self.text, start, end)
        return parse_party_our_country(found, self.context.issuer_country) if found else set()


def _span(r: TextRange) -> tuple[int, int]:
    return r.start, r.end


def _subject_start(text: str, start: int, end: int) -> int:
    """Where "between A and B" ends: the first "on/for/regarding ..." after its "and"."""
    conj = text.find(" and ", start, end)
    stop = _BETWEEN_END.search(text, conj if conj >= 0 else start, end)
    return stop.start() if stop else end


def clause_start(text: str, floor: int, at: int) -> int:
    """The start of the clause holding ``at``: after the last , ; : before it (or ``floor``)."""
    match = _CLAUSE_BREAK.search(text, floor, at)
    return match.start() + 1 if match else floor
