"""Who speaks: the ``speaker_*`` rules, tried in :data:`SPEAKER_RULES` order on the title, then
``attribution`` on the first body paragraphs ("The below is attributable to Spokesperson X:").

A rule only proposes where the name and role sit; its ``parse_<name>`` function checks that the
name is a person's name (capitalised words, none of them an office such as "Minister" or
"Department") and that the role is a title (capitalised words and "of", "the", "and" ...). The
role keeps the office and drops the institution: "Head of the Press Service Department of the
Ministry of Foreign Affairs of the Republic of Azerbaijan" -> "Head of the Press Service
Department"; "Minister of Foreign Affairs of Azerbaijan" -> "Minister of Foreign Affairs".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from mfa_dataset.parsing.lines import trim
from mfa_dataset.parsing.result import ParsedSpeaker, TextRange
from mfa_dataset.parsing.rules import ATTRIBUTION, SLOT_END, SPEAKER_RULES, UPPER
from mfa_dataset.parsing.vocabulary import (
    DASHES,
    DOMAINS,
    FUNCTION,
    HONORIFICS,
    OFFICES,
    PARTICLES,
)

_EDGE = "\"'\u201c\u201d\u2018\u2019«»()[]\u200b\u200c\u200d\u2060\ufeff"
_E = "".join(re.escape(c) for c in _EDGE)
#: A token: a run of characters other than blanks and commas; group 1 is the bare word, the
#: run without the quotes and brackets around it (no group 1 when the run is only those).
_TOKEN = re.compile(rf"(?=[^\s,])[{_E}]*(?:([^\s,{_E}](?:[^\s,]*[^\s,{_E}])?)[{_E}]*)?")
_FUNCTION, _PARTICLES, _DASHES = FUNCTION, PARTICLES, DASHES
_HONORIFICS, _OFFICES = HONORIFICS, OFFICES | DOMAINS
_TITLE_LOWER = FUNCTION | PARTICLES | DASHES | HONORIFICS  # lower-case words of a title
_ROLE_END = HONORIFICS | FUNCTION | DASHES  # words a role does not end with
_BEFORE_INSTITUTION = FUNCTION - PARTICLES  # "of Azerbaijan", "the Netherlands"
_INSTITUTION = re.compile(
    r"\s+of\s+(?:the\s+)?(?:Ministry|MFA|Foreign\s+(?:Ministry|Office)|Republic|Kingdom"
    r"|Federation|Embassy|Government|Islamic|People['\u2019]s|Russian|United|Federal|Democratic"
    r"|Sultanate|Principality|Grand\s+Duchy|Commonwealth|State\s+of)\b"
)
_COUNTRY_TAIL = re.compile(rf"\s+of\s+{UPPER}[^\s,]*(?:\s+{UPPER}[^\s,]*)?$")
_POSSESSIVE = ("'s", "\u2019s")

Token = tuple[int, int, str]  # start, end (raw offsets), bare word


def _tokens(text: str, r: TextRange) -> list[Token]:
    found: list[Token] = []
    for m in _TOKEN.finditer(text, r.start, r.end):
        start, end = m.span(1)
        if start >= 0:
            found.append((start, end, m[1]))
    return found


def _is_cap(word: str) -> bool:
    if word and word[0].isalpha():
        return word[0].isupper()
    first = next((c for c in word if c.isalpha()), None)
    return first is not None and first.isupper()


def _is_acronym(word: str) -> bool:
    letters = 0
    for c in word:
        if c.isalpha():
            if not c.isupper():
                return False
            letters += 1
    return letters >= 2


@lru_cache(maxsize=4096)  # titles repeat their words: "the", "of", "Ministry", "Foreign"
def _is_name_word(word: str) -> bool:
    bare = word.removesuffix("'s").removesuffix("\u2019s").casefold()
    return (
        _is_cap(word)
        and not _is_acronym(word)
        and bare not in _OFFICES
        and bare not in _HONORIFICS
        and not any(c.isdigit() for c in word)
    )


@lru_cache(maxsize=4096)
def _is_title_word(word: str) -> bool:
    return _is_cap(word) or word.casefold() in _TITLE_LOWER


def _span(tokens: Sequence[Token]) -> TextRange:
    end = tokens[-1][1]
    if tokens[-1][2].endswith(_POSSESSIVE):
        end -= 2
    return TextRange(tokens[0][0], end)


def _name(text: str, r: TextRange) -> TextRange | None:
    """``r`` as a person's name (2-5 words, honorifics dropped), or None."""
    tokens = _tokens(text, r)
    while tokens and tokens[0][2].casefold() in _HONORIFICS:
        tokens = tokens[1:]
    if not 2 <= len(tokens) <= 5 or tokens[-1][2].casefold() in _PARTICLES:
        return None
    for _, _, word in tokens:
        if not (_is_name_word(word) or word.casefold() in _PARTICLES):
            return None
    return _span(tokens)


def _role(text: str, r: TextRange) -> TextRange | None:
    """``r`` as an office, institution tail removed, or None if it is not a title."""
    tokens = _tokens(text, r)
    while tokens and tokens[0][2].casefold() in ("the", "a", "an"):
        tokens = tokens[1:]
    while tokens and tokens[-1][2].casefold() in _ROLE_END:
        tokens = tokens[:-1]
    if not tokens or not all(map(_is_title_word, [word for _, _, word in tokens])):
        return None
    if not any(_is_cap(word) for _, _, word in tokens):
        return None
    role = _span(tokens)
    segment = role.of(text)
    cut = _INSTITUTION.search(segment)
    if cut is not None and cut.start() > 0:
        segment = segment[: cut.start()]
    tail = _COUNTRY_TAIL.search(segment)
    if tail is not None and " of " in segment[: tail.start()]:
        segment = segment[: tail.start()]
    return trim(text, role.start, role.start + len(segment))


def _split(text: str, slot: TextRange) -> ParsedSpeaker | None:
    """A run of title words ending with a name: "MFA Spokesperson Aykhan Hajizada"."""
    return _split_tokens(text, _tokens(text, slot))


def _split_tokens(text: str, tokens: list[Token]) -> ParsedSpeaker | None:
    """:func:`_split` of the slot whose tokens are ``tokens``."""
    if not tokens or not all(map(_is_title_word, [word for _, _, word in tokens])):
        return None
    return _split_titled(text, tokens)


def _split_titled(text: str, tokens: list[Token]) -> ParsedSpeaker | None:
    """:func:`_split_tokens` of ``tokens`` (not empty) that are all title words."""
    for _, _, word in tokens[:-1]:
        if word.endswith(_POSSESSIVE):
            return None  # "Secretary Blinken's Call with ...": the name is not the speaker
    i = len(tokens)  # the name is tokens[i:]
    while i > 0 and len(tokens) - i < 4:
        j = i - 1
        if i < len(tokens) and tokens[j][2] in _PARTICLES:  # "Ursula von der Leyen"
            while j > 0 and tokens[j][2] in _PARTICLES:
                j -= 1
        if not _is_name_word(tokens[j][2]):
            break
        if j > 0 and tokens[j - 1][2].casefold() in _BEFORE_INSTITUTION:
            break  # "of Azerbaijan", "the Netherlands": part of an institution
        i = j
    name = tokens[i:]
    role = tokens[:i]
    if not name or (not role and len(name) < 2):
        return None
    if "and" in [w.casefold() for _, _, w in role] and _names_before_and(role):
        return None  # two speakers: "Minister Ana Costa and Minister Luis Mora"
    role_range = _role(text, TextRange(role[0][0], role[-1][1])) if role else None
    if role and role_range is None:
        return None
    name_range = _name(text, _span(name)) if len(name) > 1 else _span(name)
    if name_range is None:
        return None
    return _speaker(text, name_range, role_range)


def _names_before_and(role: Sequence[Token]) -> bool:
    """Whether a name stands before "and" in ``role`` (not "Information and Press Department")."""
    for k, (_, _, word) in enumerate(role):
        if word.casefold() == "and":
            return False
        if _is_name_word(word) and (k == 0 or role[k - 1][2].casefold() not in _FUNCTION):
            return True
    return False


def _speaker(text: str, name: TextRange, role: TextRange | None) -> ParsedSpeaker:
    if role is not None and role.end <= role.start:
        role = None
    return ParsedSpeaker(
        name=name.of(text),
        role=None if role is None else role.of(text),
        name_range=name,
        role_range=role,
    )


def _group(match: re.Match[str], name: str, offset: int) -> TextRange:
    return TextRange(offset + match.start(name), offset + match.end(name))


#: How many possible ends of a slot are tried ("Minister for Foreign Affairs X on ...").
_MAX_ENDS = 8


def _ends(text: str, start: int, stop: int) -> list[tuple[int, bool]]:
    """Where a slot opening at ``start`` may end, up to the first comma: (offset, is a comma)."""
    ends: list[tuple[int, bool]] = []
    for m in SLOT_END.finditer(text, start, stop):
        if m.start() > start:
            comma = m.group().strip()[:1] in (",", ":", ";", "(")
            ends.append((m.start(), comma))
            if comma or len(ends) >= _MAX_ENDS:
                break
    return ends


def _apposition_role(text: str, start: int, stop: int) -> TextRange | None:
    """The role after "Name, ": up to the next comma if that is a role, else the first one."""
    roles = [(_role(text, TextRange(start, end)), comma) for end, comma in _ends(text, start, stop)]
    if roles and roles[-1][1] and roles[-1][0] is not None:
        return roles[-1][0]
    return next((role for role, _ in roles if role is not None), None)


def parse_speaker_response_by(text: str, m: re.Match[str], offset: int) -> ParsedSpeaker | None:
    name = _name(text, _group(m, "name", offset))
    role = _apposition_role(text, offset + m.start("role"), offset + len(m.string))
    return None if name is None or role is None else _speaker(text, name, role)


def parse_speaker_role_comma_name(text: str, m: re.Match[str], offset: int) -> ParsedSpeaker | None:
    """The name may carry a rank of its own: "..., Ambassador Tanju Bilgic, ..."."""
    role = _role(text, _group(m, "role", offset))
    if role is None:
        return None
    name = _name(text, _group(m, "name", offset))
    if name is None:
        ranked = _split(text, _group(m, "name", offset))
        name = None if ranked is None else ranked.name_range
    return None if name is None else _speaker(text, name, role)


def parse_speaker_kind_by(text: str, m: re.Match[str], offset: int) -> ParsedSpeaker | None:
    """The first end of the slot that leaves a name before it ("the Minister for ... X on")."""
    start = offset + m.start("slot")
    ends = _ends(text, start, offset + len(m.string))
    if not ends:
        return None
    # the tokens of every slot, read once, from the shortest slot on: a slot has the tokens
    # that end before its end, and the token it cuts (if any) cut
    runs = _TOKEN.finditer(text, start, ends[-1][0])
    tokens: list[Token] = []  # the tokens of the runs before ``run``
    run = next(runs, None)
    for end, _ in ends:
        while run is not None and run.end() <= end:
            word_start, word_end = run.span(1)
            if word_start >= 0:
                word = text[word_start:word_end]
                if not _is_title_word(word):
                    return None  # this slot and every longer one hold it: no speaker
                tokens.append((word_start, word_end, word))
            run = next(runs, None)
        if run is not None and run.start() < end:  # the slot cuts ``run``
            speaker = _split_tokens(text, tokens + _tokens(text, TextRange(run.start(), end)))
        else:
            speaker = _split_titled(text, tokens) if tokens else None
        if speaker is not None:
            return speaker
    return None


def parse_speaker_name_then_role(text: str, m: re.Match[str], offset: int) -> ParsedSpeaker | None:
    name = _name(text, _group(m, "name", offset))
    role = _role(text, _group(m, "role", offset))
    return None if name is None or role is None else _speaker(text, name, role)


def parse_speaker_role_then_name(text: str, m: re.Match[str], offset: int) -> ParsedSpeaker | None:
    return _split(text, _group(m, "slot", offset))


_PARSERS: dict[str, Callable[[str, re.Match[str], int], ParsedSpeaker | None]] = {
    "speaker_response_by": parse_speaker_response_by,
    "speaker_role_comma_name": parse_speaker_role_comma_name,
    "speaker_kind_by": parse_speaker_kind_by,
    "speaker_name_then_role": parse_speaker_name_then_role,
    "speaker_role_then_name": parse_speaker_role_then_name,
}
assert tuple(_PARSERS) == tuple(rule.name for rule in SPEAKER_RULES)


def parse_speaker(text: str, body: TextRange) -> tuple[ParsedSpeaker | None, str | None]:
    """The speaker named by the title (after its number prefix), and the rule that found it."""
    segment = body.of(text)
    for rule in SPEAKER_RULES:
        match = rule.pattern.match(segment)
        if match is None:
            continue
        speaker = _PARSERS[rule.name](text, match, body.start)
        if speaker is not None:
            return speaker, rule.name
    return None, None


#: An attribution line is among the first paragraphs, and short.
_MAX_ATTRIBUTION_PARAGRAPHS = 3
_MAX_ATTRIBUTION = 250


def parse_attribution(text: str, m: re.Match[str], offset: int) -> ParsedSpeaker | None:
    """ "<role> <name>" ("Spokesperson Matthew Miller") or "<role>, <name>"."""
    slot = _group(m, "slot", offset)
    comma = text.find(",", slot.start, slot.end)
    if comma == -1:
        return _split(text, slot)
    role = _role(text, TextRange(slot.start, comma))
    name = _name(text, TextRange(comma + 1, slot.end))
    return None if role is None or name is None else _speaker(text, name, role)


def attributed_speaker(text: str, paragraphs: Sequence[TextRange]) -> ParsedSpeaker | None:
    """The speaker an attribution line among the first paragraphs names."""
    for paragraph in paragraphs[:_MAX_ATTRIBUTION_PARAGRAPHS]:
        if paragraph.end - paragraph.start > _MAX_ATTRIBUTION:
            continue
        match = ATTRIBUTION.pattern.fullmatch(text, paragraph.start, paragraph.end)
        if match is not None:
            return parse_attribution(text, match, 0)  # the match indexes ``text`` itself
    return None
