"""Website chrome: the ``chrome_*`` rules, tried in :data:`CHROME_RULES` order on every line.

A line that one of the rules matches entirely is chrome. What else it makes chrome is the
rule's *effect*:

* ``line``: the line only ("Share this page", "Published 5 June 2024", "READOUT");
* ``list``: a label alone on its line ("Tags", "From:") also makes the short lines listed right
  under it chrome (blank lines may separate the label from its list; a blank line, a longer line
  or another chrome line ends the list);
* ``tail``: the line and the rest of the text ("Disclaimer", "... published this content on
  ..."), once some content has been seen.

A rule's matches are as long as its pattern allows (:func:`~mfa_dataset.parsing.rules.widths`,
from the ``re`` parser): only the rules whose matches may be as long as the line are tried
(:data:`_BY_LENGTH`); a prose paragraph is longer than most chrome. Every chrome rule carries a
few lower-case words that any line it matches contains (its *needles*), or none. The rules
without needles that may match are joined into one alternation: ``fullmatch`` of an alternation
tries the alternatives in order, so the one it takes is the first of those rules that matches the
whole line, and only that rule's own pattern runs again, for its groups. A rule with needles that
comes earlier in the table is then tried only on a line that holds one of its needles. Most lines
are prose, and one call tells so.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

from mfa_dataset.parsing.lines import Line
from mfa_dataset.parsing.result import TextRange
from mfa_dataset.parsing.rules import alternation, widths
from mfa_dataset.parsing.rules_body import CHROME_RULES

Effect = Literal["line", "list", "tail"]
#: Chrome is short: longer lines are never tested against chrome rules.
_MAX_CHROME_LINE = 1500
#: A listed item ("Office of the Spokesperson", "Türkiye") is short, and a list is short.
_MAX_ITEM = 100
_MAX_ITEMS = 12
_SENTENCE_END = ".!?;:"


def _line(match: re.Match[str]) -> Effect:
    return "line"


def _items(match: re.Match[str]) -> Effect:
    """A label followed by its items on the same line is one line; alone, it opens a list."""
    return "line" if match["items"] is not None else "list"


parse_chrome_share = parse_chrome_print = parse_chrome_search = parse_chrome_back = _line
parse_chrome_policy = parse_chrome_rights = parse_chrome_source = parse_chrome_url = _line
parse_chrome_follow = parse_chrome_breadcrumb = parse_chrome_meta = _line
parse_chrome_published = parse_chrome_label = _line
parse_chrome_tags = parse_chrome_from = _items


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
    "chrome_from": parse_chrome_from,
    "chrome_published": parse_chrome_published,
    "chrome_label": parse_chrome_label,
    "chrome_tail": parse_chrome_tail,
}
assert tuple(_CHROME_PARSERS) == tuple(rule.name for rule in CHROME_RULES)

#: Lower-case words of which every line a rule matches holds at least one (see module doc).
_NEEDLES: dict[str, tuple[str, ...]] = {
    "chrome_rights": ("rights", "\u00a9", "(c)", "copyright"),
    "chrome_tail": ("disclaimer", "content", "distributed"),
}
#: What a line must hold for the rule's pattern to match it: (characters one of which opens it,
#: words one of which it holds, casefolded). Derived from the patterns, under ``re.IGNORECASE``
#: where "c" and "d" match only "c", "C", "d", "D", and the letters of the words only characters
#: that casefold to them (unlike "i": "\u0130", "\u0131"): ``chrome_rights`` needs "©", "(c)" or
#: "copyright" first, or "all rights reserved"; ``chrome_tail`` needs "disclaimer" first, or
#: "published this content on" or "distributed by public".
_MUSTS: dict[str, tuple[str, tuple[str, ...]]] = {
    "chrome_rights": ("\u00a9(cC", ("reserved",)),
    "chrome_tail": ("dD", ("publ",)),
}
assert _MUSTS.keys() == _NEEDLES.keys()
Needled = tuple[int, tuple[str, ...], tuple[str, tuple[str, ...]]]


@dataclass(slots=True)
class _Candidates:
    """The rules that may match a line of some length: those whose matches may be that long."""

    plain: tuple[int, ...]  # places in the table of such rules without needles
    needled: tuple[Needled, ...]  # (place, needles, musts) of such rules with needles
    opening: str  # the openings of the ``needled`` rules' musts, together
    inside: tuple[str, ...]  # the words of their musts, together
    pattern: re.Pattern[str] | None  # the ``plain`` rules as one alternation (see module doc)


def _by_length() -> list[_Candidates]:
    """:class:`_Candidates` for every line length up to :data:`_MAX_CHROME_LINE`; lengths with
    the same rules share one (and its alternation)."""
    bounds = [widths(r.pattern) for r in CHROME_RULES]
    shared: dict[tuple[int, ...], _Candidates] = {}
    table = []
    for length in range(_MAX_CHROME_LINE + 1):
        fit = tuple(i for i, (lo, hi) in enumerate(bounds) if lo <= length <= hi)
        if fit not in shared:
            needled = tuple(
                (i, _NEEDLES[r], _MUSTS[r]) for i in fit if (r := CHROME_RULES[i].name) in _NEEDLES
            )
            plain = tuple(i for i in fit if CHROME_RULES[i].name not in _NEEDLES)
            shared[fit] = _Candidates(
                plain,
                needled,
                "".join(opening for _, _, (opening, _) in needled),
                tuple(word for _, _, (_, inside) in needled for word in inside),
                alternation((i, CHROME_RULES[i]) for i in plain) if plain else None,
            )
        table.append(shared[fit])
    return table


#: The rules that may match a line, by its length (see module doc).
_BY_LENGTH = _by_length()


@dataclass(frozen=True, slots=True)
class Chrome:
    lines: frozenset[int]  # indexes of chrome lines before the tail
    tail: int  # index of the first line of the chrome tail (number of lines when none)
    ranges: tuple[TextRange, ...]
    rules: tuple[str, ...]  # the rule behind each range (a listed item: its label's rule)


def chrome_rule(text: str, line: Line) -> tuple[str, Effect] | None:
    """The first chrome rule matching the whole line, and what it does.

    Only the rules whose matches may be as long as the line are tried. One call of their
    alternation gives the first such rule without needles that matches; a rule with needles is
    tried only when it comes earlier in the table, the line holds one of its needles, and
    (:data:`_MUSTS`) the text its pattern requires.
    """
    r = line.range
    length = r.end - r.start
    if line.blank or length > _MAX_CHROME_LINE:
        return None
    candidates = _BY_LENGTH[length]
    segment = text[r.start : r.end]
    name = None
    if candidates.pattern is not None:
        first = candidates.pattern.fullmatch(segment)
        if first is not None:
            name = first.lastgroup
    needled = candidates.needled
    plain = len(CHROME_RULES) if name is None else int(name[1:])
    if needled and plain > needled[0][0]:
        folded = segment.casefold()
        if segment[0] not in candidates.opening:
            for word in candidates.inside:
                if word in folded:
                    break
            else:  # no rule with needles can match: most lines
                return None if name is None else _plain(segment, name)
        for i, needles, (opening, inside) in needled:
            if i > plain:
                break  # a rule without needles, earlier in the table, matches
            if segment[0] not in opening and not _holds(folded, inside):
                continue  # the rule's pattern cannot match
            if not _holds(folded, needles):
                continue
            match = CHROME_RULES[i].pattern.fullmatch(segment)
            if match is not None:
                return CHROME_RULES[i].name, _CHROME_PARSERS[CHROME_RULES[i].name](match)
    return None if name is None else _plain(segment, name)


def _holds(folded: str, needles: tuple[str, ...]) -> bool:
    for needle in needles:  # noqa: SIM110 (a loop is faster than any() here)
        if needle in folded:
            return True
    return False


def _plain(segment: str, name: str) -> tuple[str, Effect]:
    """The rule the alternation took (its ``lastgroup`` ``name``) run again, for its groups."""
    rule = CHROME_RULES[int(name[1:])]
    match = rule.pattern.fullmatch(segment)
    assert match is not None
    return rule.name, _CHROME_PARSERS[rule.name](match)


def _is_item(text: str, line: Line) -> bool:
    r = line.range
    return r.end - r.start <= _MAX_ITEM and text[r.end - 1] not in _SENTENCE_END


def find_chrome(text: str, lines: Sequence[Line], total: int | None = None) -> Chrome:
    """The chrome among ``lines`` (in text order; blank lines may be left out, ``total`` is then
    the number of all lines)."""
    found: list[int] = []
    ranges: list[TextRange] = []
    rules: list[str] = []
    content = False
    listing: str | None = None  # the rule of the label whose list is open
    items = 0
    previous = -1
    for pos, line in enumerate(lines):
        if line.blank or line.index != previous + 1:  # after blank lines
            listing = None if items else listing
        previous = line.index
        if line.blank:
            continue
        fired = chrome_rule(text, line)
        if fired is None:
            if listing is not None and items < _MAX_ITEMS and _is_item(text, line):
                items += 1
                found.append(line.index)
                ranges.append(line.range)
                rules.append(listing)
                continue
            listing = None
            content = True
            continue
        name, effect = fired
        if effect == "tail" and content:
            last = max((i for i in lines[pos:] if not i.blank), key=lambda i: i.index)
            ranges.append(TextRange(line.range.start, last.range.end))
            rules.append(name)
            return Chrome(frozenset(found), line.index, tuple(ranges), tuple(rules))
        listing, items = (name, 0) if effect == "list" else (None, 0)
        found.append(line.index)
        ranges.append(line.range)
        rules.append(name)
    end = len(lines) if total is None else total
    return Chrome(frozenset(found), end, tuple(ranges), tuple(rules))
