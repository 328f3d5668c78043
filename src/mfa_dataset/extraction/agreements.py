"""Documents a statement reports: memoranda, declarations, agreements, treaties ... as drafts.

Extraction reads every sentence (:mod:`.agreement_sentences`) of every body paragraph that names
a document (:mod:`.agreement_mentions`) and applies the rule table of :mod:`.agreement_rules` in
this fixed order:

1. mentions: ``quoted_title``, ``named_title``, ``document_noun`` (minus ``not_a_document``);
2. status, from the cue words right before the mention ("made a", "the signed", "welcomed the
   signing of", "the draft") and right after it ("was also signed", "will be signed", "entered
   into force"): ``in_force``, ``planned``, ``concluded``, ``signed``, the first that matches
   any cue (:mod:`.agreement_status`). Documents listed together ("the signed “A,” as well as
   the “B”") share a status, and so do the items of a list announced by "... were signed:".
   A titled document without a cue is ``mentioned``; an untitled one without a cue, or an
   untitled plural ("agreements reached", "documents were signed") with no value, is no record;
3. value: an amount (:mod:`.money`) in the words describing the document, after ``value_cue``
   ("worth", "in the amount of", "of") or right before the noun ("a $2 billion agreement");
4. meeting and parties (:mod:`.agreement_context`).

Evidence runs from the first cue word to the end of the mention, its cue and what immediately
qualifies the cue ("by the two Ministers", "during the Astana meeting"), within the sentence.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from mfa_dataset.extraction.agreement_context import Parties, Scope, clause_start
from mfa_dataset.extraction.agreement_mentions import NOUNS, Mention, find_mentions
from mfa_dataset.extraction.agreement_rules import LIST_ITEM, PHRASE_STOP, VALUE_CUE, VALUE_LATER
from mfa_dataset.extraction.agreement_sentences import sentences
from mfa_dataset.extraction.agreement_status import Cue, find_cues, list_status
from mfa_dataset.extraction.money import find_money
from mfa_dataset.extraction.prefilter import Lowered
from mfa_dataset.extraction.result import AgreementDraft, Context, MeetingDraft
from mfa_dataset.models import Money
from mfa_dataset.parsing.result import ParsedText, TextRange
from mfa_dataset.types import AgreementStatus

__all__ = ["Found", "extract_agreements", "find_agreements"]

_QUALIFIER = re.compile(
    r"\s{1,3}(?i:by|during|at|between|in\s{1,3}the\s{1,3}course\s{1,3}of|on\s{1,3}the"
    r"\s{1,3}(?:margins?|sidelines?)\s{1,3}of|following|within|in|on)"
    r"(?:\s{1,3}(?!(?i:is|are|was|were|has|have|had|will|would|can|could|which|that|who|to"
    r"|and\s{1,3}(?:is|are|was|were|will|has|have))(?![\w-]))[^\s,;:()]{1,40}){1,8}"
)
_DIGIT = re.compile(r"\d")
_DEFINITE = re.compile(r"(?i:the|this|that|said)\s")
_ARTICLE = re.compile(r"(?<![\w-])(?i:the|an?)\s{1,3}$")
_AGENT = re.compile(r"\s{1,3}by\s")
_NESTED = re.compile(r"\s{0,3}(?:(?:the|an?|of|to|on|this|that|said)\s{1,3}){0,2}")
_BEFORE_NOUN = re.compile(
    r"[\s-]{0,3}(?:(?!(?:and|or|the|an?|of|with|for|to|on|in)\s)[\w-]{1,30}\s{1,3}){0,2}"
)
_TRIM = ' \t,;:.\u201c\u201d"\u00ab\u00bb'
_LATER = 60  # how far past a document's words VALUE_LATER looks for an amount
_STRENGTH = ("mentioned", "planned", "concluded", "signed", "in_force")


@dataclass(frozen=True, slots=True)
class Found:
    """A draft and the rules that made it (for tests and for ``explain``-style tools)."""

    draft: AgreementDraft
    rule: str  # the mention rule
    status_rule: str | None  # None: no cue (``mentioned``)
    party_rule: str | None
    name: str  # the title, else the noun and the words describing it
    definite: bool = False  # "the agreement", "The Treaty": a document named before


def extract_agreements(
    text: str,
    parsed: ParsedText,
    context: Context,
    meetings: Sequence[MeetingDraft],
    view: Lowered | None = None,
) -> list[AgreementDraft]:
    """Every document the body of ``text`` reports, in text order (``view``: the text lowered,
    when the caller has it)."""
    return [found.draft for found in find_agreements(text, parsed, context, meetings, view)]


def find_agreements(
    text: str,
    parsed: ParsedText,
    context: Context,
    meetings: Sequence[MeetingDraft],
    view: Lowered | None = None,
) -> list[Found]:
    scope = Scope(text, parsed, meetings, context, view)
    found: list[Found] = []
    carried: str | None = None  # the status a list intro ("were signed:") gives its items
    paragraphs = parsed.paragraphs
    nouns = NOUNS.matches_in(scope.view, ((p.start, p.end) for p in paragraphs))
    if not any(nouns):
        return []  # no document noun anywhere (most statements)
    for paragraph, has_noun in zip(paragraphs, nouns, strict=True):
        linked: int | None = None  # the meeting a document of this paragraph was signed at
        if not has_noun:
            if LIST_ITEM.match(text, paragraph.start) is None:
                carried = None
            continue  # no document noun: nothing to find (most paragraphs)
        for sentence in sentences(text, paragraph):
            if LIST_ITEM.match(text, sentence.start) is None:
                carried = None
            if _has_noun(scope, sentence):
                records = _sentence(text, sentence, scope, carried, linked)
                linked = next(
                    (r.draft.meeting for r in reversed(records) if r.draft.meeting is not None),
                    linked,
                )
                found += records
            carried = list_status(text, sentence) or carried
    return _merge(found)


def _has_noun(scope: Scope, span: TextRange) -> bool:
    return NOUNS.search(scope.view, span.start, span.end) is not None


def _value(text: str, m: Mention, end: int, limit: int) -> Money | None:
    """The amount in the words describing ``m`` (up to ``end``), right before its noun, or
    just past those words (``value_later``, up to ``limit``)."""
    if _DIGIT.search(text, max(m.lead - 40, 0), min(limit, end + _LATER)) is None:
        return None
    for money in find_money(text, m.noun.end, end):
        if VALUE_CUE.pattern.search(text, max(m.noun.end, money.start - 40), money.start):
            return money.money
    before = find_money(text, max(m.lead - 40, 0), m.noun.start)
    if before and _BEFORE_NOUN.fullmatch(text, before[-1].end, m.noun.start):
        return before[-1].money
    later = find_money(text, end, min(limit, end + _LATER))
    if later and VALUE_LATER.pattern.fullmatch(text, end, later[0].start):
        return later[0].money
    return None


def _sentence(
    text: str, sentence: TextRange, scope: Scope, carried: str | None, linked: int | None
) -> list[Found]:
    mentions = find_mentions(text, sentence, scope.view)
    cues, joined = find_cues(text, sentence, mentions, carried)
    found: dict[int, Found] = {}
    # a document named in the words describing the one before it; a cue after it is the
    # outer one's: "a protocol on amendments to this Agreement is expected to be signed"
    nested = [False]
    for i, (outer, inner) in enumerate(itertools.pairwise(mentions), start=1):
        inside = not joined[i] and bool(_NESTED.fullmatch(text, outer.end, inner.start))
        after = cues[i]
        if inside and after is not None and cues[i - 1] is None and after.start >= inner.start:
            cues[i - 1], cues[i] = replace(after, start=outer.start), None
        nested.append(inside and cues[i] is None)
    previous_end = sentence.start
    for i, (m, cue) in enumerate(zip(mentions, cues, strict=True)):
        limit = mentions[i + 1].start if i + 1 < len(mentions) else sentence.end
        if i + 1 < len(mentions) and nested[i + 1]:
            m = replace(m, end=mentions[i + 1].end)
        if cue is None and (m.title is None or nested[i]):
            previous_end = max(previous_end, m.end)
            continue  # untitled and uncued, or a document named in another's description
        stop = PHRASE_STOP.search(text, m.end, limit)
        value = _value(text, m, stop.start() if stop else limit, limit)
        if m.plural and m.title is None and value is None:
            previous_end = max(m.end, cue.end if cue else m.end)
            continue
        found[i] = _record(text, sentence, scope, m, cue, value, (previous_end, limit), linked)
        previous_end = max(m.end, cue.end if cue else m.end)
    for i in range(1, len(mentions)):  # documents listed together share their parties
        a, b = found.get(i - 1), found.get(i)
        if joined[i] and a and b and bool(a.draft.parties) != bool(b.draft.parties):
            source, target = (a, b) if a.draft.parties else (b, a)
            draft = replace(target.draft, parties=source.draft.parties)
            found[i if target is b else i - 1] = replace(target, draft=draft, party_rule="list")
    return [found[i] for i in sorted(found)]


def _record(
    text: str,
    sentence: TextRange,
    scope: Scope,
    m: Mention,
    cue: Cue | None,
    value: Money | None,
    bounds: tuple[int, int],
    linked: int | None,
) -> Found:
    """The draft of one mention; ``bounds``: the end of the mention before it and the start of
    the one after it; ``linked``: the meeting an earlier document of the paragraph is linked to."""
    previous_end, limit = bounds
    status_rule = cue.status if cue else None
    home = scope.belongs_to(m.start, sentence.end)
    if cue is None and home is not None and scope.signing_answer(m.start) == home:
        sides = (TextRange(previous_end, m.start), TextRange(m.end, limit))
        if not any(scope.other_time(r.start, r.end, home) for r in sides):
            cue = Cue("signed", m.start, m.end, False)  # "... highlighted by the signing of"
            status_rule = "link_meeting_signing"
    status = AgreementStatus(cue.status if cue else "mentioned")
    start = min(m.lead, cue.start if cue else m.lead)
    article = _ARTICLE.search(text, max(previous_end, start - 5), start)
    if article is not None:  # "the agreement ...", "a Memorandum ... was signed"
        start = article.start()
    end = max(m.end, cue.end if cue else m.end)
    qualifier = _QUALIFIER.match(text, end, limit) if cue and cue.end > m.end else None
    after = TextRange(m.end, qualifier.end() if qualifier else end)
    before = TextRange(previous_end, start)
    name = m.title or TextRange(m.start, m.end)
    subject = None
    if cue is not None and cue.active:
        subject = TextRange(clause_start(text, previous_end, cue.start), cue.start)
    elif qualifier is not None and _AGENT.match(text, qualifier.start()):
        subject = TextRange(qualifier.start(), qualifier.end())
    if status is AgreementStatus.MENTIONED:
        parties = scope.parties((name,), None, (), None, sentence)
    else:
        around = [TextRange(start, after.end)] + ([subject] if subject else [])
        named = (name, TextRange(qualifier.start(), qualifier.end())) if qualifier else (name,)
        parties = scope.parties(named, subject, around, home, sentence)
    meeting = None
    if status in (AgreementStatus.SIGNED, AgreementStatus.CONCLUDED):
        clause = (TextRange(before.start, m.start), TextRange(m.end, after.end))
        signed = status is AgreementStatus.SIGNED
        meeting = scope.link((after, before), clause, home, parties.people, signed, linked)
    if not parties.codes and meeting is not None:
        parties = Parties(scope.countries(meeting, False), "linked_meeting", False)
    if not parties.codes and not scope.names_organization(sentence.start, sentence.end):
        parties = scope.sides()  # not a document of an organization ("the CICA Statute")
    draft = AgreementDraft(
        title=m.title.of(text) if m.title else None,
        kind=m.kind,
        parties=parties.codes,
        status=status,
        value=value,
        meeting=meeting,
        evidence=_trim(text, start, qualifier.end() if qualifier else end),
    )
    words = text[m.noun.start : m.end] if m.title is None else m.title.of(text)
    definite = m.title is None and not m.plural and _DEFINITE.match(text, start) is not None
    return Found(draft, m.rule, status_rule, parties.rule, words, definite)


def _trim(text: str, start: int, end: int) -> TextRange:
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return TextRange(start, end)


def _merge(found: list[Found]) -> list[Found]:
    """One record per document named twice (same title, or same kind and same describing words
    of three words or more; or a bare definite reference, "the agreement", "The Treaty was
    signed", to the last document of its kind): the first, unless a later one says more of its
    status."""
    kept: dict[tuple[str, str], Found] = {}
    order: list[tuple[str, str] | int] = []
    last: dict[str, tuple[str, str]] = {}  # kind -> key of the last document of that kind
    for i, item in enumerate(found):
        words = item.name.lower().split()
        kind = item.draft.kind.value
        if item.definite and len(words) < 3 and kind in last:
            key = last[kind]
            if _STRENGTH.index(item.draft.status.value) > _STRENGTH.index(
                kept[key].draft.status.value
            ):
                kept[key] = _stronger(kept[key], item)
            continue
        if item.draft.title is None and len(words) < 3:
            order.append(i)
            continue
        key = (item.draft.kind.value, " ".join(words))
        twin = kept.get(key)
        last[kind] = key
        if twin is None:
            order.append(key)
            kept[key] = item
        elif _STRENGTH.index(item.draft.status.value) > _STRENGTH.index(twin.draft.status.value):
            kept[key] = item
    return [found[k] if isinstance(k, int) else kept[k] for k in order]


def _stronger(first: Found, later: Found) -> Found:
    """``first`` with the status and evidence of a later reference that says more of it."""
    draft = replace(
        first.draft,
        status=later.draft.status,
        evidence=later.draft.evidence,
        value=first.draft.value or later.draft.value,
        parties=first.draft.parties or later.draft.parties,
    )
    return replace(first, draft=draft, status_rule=later.status_rule)
