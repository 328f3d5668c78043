"""The status of a mentioned document, from the cue words around it.

:data:`~mfa_dataset.extraction.agreement_rules.STATUS_RULES` are tried in order --
``in_force``, ``planned``, ``concluded``, ``signed`` -- each through its ``parse_<name>``, on
the cue words right before the mention (:data:`~.agreement_rules.PRE_CUE`: "made a", "the
signed", "welcomed the signing of an", "the draft", "agreed to prepare a") and right after it
(:data:`~.agreement_rules.POST_CUE`: "was also signed", "will be signed", "entered into
force"); the first rule matching any of them wins ("signed ... has been in force" is in force,
"will be signed" planned). Documents listed together (:data:`~.agreement_rules.LIST_JOIN`: "the
signed “A,” as well as the “B”") share one status, as do those a cued plural includes
(:data:`~.agreement_rules.INCLUDING`: "the documents signed today, including an agreement on").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from mfa_dataset.extraction.agreement_mentions import Mention
from mfa_dataset.extraction.agreement_rules import (
    INCLUDING,
    LIST_INTRO,
    LIST_JOIN,
    PHRASE_STOP,
    POST_CUE,
    PRE_CUE,
    STATUS_RULES,
    WISH,
)
from mfa_dataset.extraction.meeting_words import words
from mfa_dataset.extraction.prefilter import lowered
from mfa_dataset.parsing.result import TextRange
from mfa_dataset.types import AgreementStatus

IN_FORCE = AgreementStatus.IN_FORCE
_IN_FORCE = next(r.pattern for r in STATUS_RULES if r.name == "in_force")
#: The verbs of PRE_CUE's ``cue`` (as written in lower case, or their beginnings) and how far
#: before its verb a cue may start ("the possibility for the signing of": 29 characters).
_CUE_VERBS = words(
    """sign made issued adopt approv ratif inked conclu reached finali initial draft prepar
    negotiat elaborat develop work entry instrument"""
)
_CUE_LEAD = 40
_HEADING = 60  # the longest heading line announcing a list
_NEW_CLAUSE = re.compile(r"\s(?:and|but|while)\s")
_CLAUSE_STOP = re.compile(
    r"[;:]|,\s{1,3}(?:and|but|while|which)\s|\s(?:and|but)\s{1,3}(?:the|an?)\s"
)


@dataclass(frozen=True, slots=True)
class Cue:
    status: str  # the status rule that matched
    start: int
    end: int
    active: bool  # a verb before the document: its subject may name the parties


def parse_in_force(match: re.Match[str]) -> AgreementStatus | None:
    """``in_force``, but no status at all for a wish (:data:`WISH` right before the cue:
    "called for its entry into force")."""
    string = match.string
    return None if WISH.search(string, max(0, match.start() - 50), match.start()) else IN_FORCE


def parse_planned(match: re.Match[str]) -> AgreementStatus:
    return AgreementStatus.PLANNED


def parse_concluded(match: re.Match[str]) -> AgreementStatus:
    return AgreementStatus.CONCLUDED


def parse_signed(match: re.Match[str]) -> AgreementStatus:
    return AgreementStatus.SIGNED


_STATUS_PARSERS: dict[str, Callable[[re.Match[str]], AgreementStatus | None]] = {
    "in_force": parse_in_force,
    "planned": parse_planned,
    "concluded": parse_concluded,
    "signed": parse_signed,
}
assert tuple(_STATUS_PARSERS) == tuple(rule.name for rule in STATUS_RULES)


def _classify(text: str, start: int, end: int) -> str | None:
    """The status the cue words ``text[start:end]`` say: the first status rule matching."""
    for rule in STATUS_RULES:
        match = rule.pattern.search(text, start, end)
        if match is not None:
            status = _STATUS_PARSERS[rule.name](match)
            return status.value if status else None  # a wish: no cue, the later rules aside
    return None


def _clause_end(text: str, start: int, limit: int) -> int:
    stop = _CLAUSE_STOP.search(text, start, limit)
    return stop.start() if stop else limit


def _pre_cue(text: str, start: int, end: int) -> re.Match[str] | None:
    """``PRE_CUE.search(text, start, end)``, from at most _CUE_LEAD characters before the first
    of the verbs that every cue holds (``re`` would try every position of the span)."""
    low = lowered(text[start:end])
    found = [at for verb in _CUE_VERBS if (at := low.find(verb)) >= 0]
    if not found:
        return None
    return PRE_CUE.search(text, max(start, start + min(found) - _CUE_LEAD), end)


def _post_at(text: str, m: Mention, limit: int) -> int:
    """Where cue words after a titled mention may start: past words describing it further
    ("the Programme of Cooperation| for 2025-2026 |was signed"), but not past "and", after
    which another clause begins ("issued a Joint Statement on X and signed ...")."""
    if m.title is None:
        return m.end
    stop = PHRASE_STOP.search(text, m.end, min(limit, m.end + 80))
    if stop is None or _NEW_CLAUSE.search(text, m.end, stop.end()):
        return m.end
    return stop.start()


def find_cues(
    text: str, sentence: TextRange, mentions: list[Mention], carried: str | None = None
) -> tuple[list[Cue | None], list[bool]]:
    """The status cue of every mention, and whether it is listed with the one before it.
    ``carried``: the status of the list the sentence is an item of ("were signed:")."""
    cues: list[Cue | None] = []
    floor = sentence.start
    for i, m in enumerate(mentions):
        limit = mentions[i + 1].start if i + 1 < len(mentions) else sentence.end
        # right after the mention ("... of August 29, 1997 also remains in force"), else past
        # the words describing it further
        post = POST_CUE.match(text, m.end, limit) or POST_CUE.match(
            text, _post_at(text, m, limit), limit
        )
        pre = _pre_cue(text, max(floor, m.start - 120), m.start)
        statuses = []
        if pre is not None:  # the cue and the words after it: "announced plans to sign an"
            statuses.append(_classify(text, pre.start("cue"), m.start))
        if post is not None:
            statuses.append(_classify(text, post.start(), post.end()))
        later = post and _IN_FORCE.search(text, post.end(), _clause_end(text, post.end(), limit))
        if later and parse_in_force(later) is None:
            later = None  # "... and called for its entry into force"
        if later:  # "signed in 2019 has been in force since 2020"
            statuses.append("in_force")
        best = next((r.name for r in STATUS_RULES if r.name in statuses), None)
        if best is None:
            cues.append(None)
        else:
            start = pre.start("cue") if pre is not None else m.start
            end = later.end() if later else post.end() if post is not None else m.end
            cues.append(Cue(best, start, end, pre is not None and post is None))
        floor = post.end() if post is not None else m.end
    joined = [False] + [
        LIST_JOIN.fullmatch(text, max(a.end, c.end if c else a.end), b.start) is not None
        for a, b, c in zip(mentions, mentions[1:], cues, strict=False)
    ]
    for i in range(1, len(mentions)):  # a list shares one status, both ways
        before, here = cues[i - 1], cues[i]
        including = (  # "the documents signed today, including an agreement on ..."
            mentions[i - 1].plural
            and before is not None
            and INCLUDING.search(text, max(before.end, mentions[i].start - 60), mentions[i].start)
        )
        if here is None and before is not None and (joined[i] or including):
            cues[i] = Cue(before.status, mentions[i].start, mentions[i].end, False)
        elif joined[i] and here is not None and before is None:
            m = mentions[i - 1]
            cues[i - 1] = Cue(here.status, m.start, m.end, False)
    if carried is not None:
        cues = [
            c or Cue(carried, m.start, m.end, False) for c, m in zip(cues, mentions, strict=True)
        ]
    return cues, joined


def list_status(text: str, sentence: TextRange) -> str | None:
    """The status a sentence announcing a list of documents gives its items, if it does: one
    ending in a colon ("The following documents were signed:"), or a heading line of its own
    ("Agreements/MoUs signed", "Documents adopted")."""
    after = text[sentence.end : sentence.end + 1]
    heading = (
        after in ("\n", "")
        and sentence.end - sentence.start <= _HEADING
        and text[sentence.start - 1 : sentence.start] in ("\n", "")
    )
    if ":" not in (after, text[sentence.end - 1 : sentence.end]) and not heading:
        return None
    intro = LIST_INTRO.search(text, sentence.start, sentence.end)
    if intro is None:
        return None
    return (
        _classify(text, intro.start(), intro.end()) or "signed"
    )  # "the exchange of the following"
