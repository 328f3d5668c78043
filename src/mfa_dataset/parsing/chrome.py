"""Website chrome: the ``chrome_*`` rules, tried in :data:`CHROME_RULES` order on every line.

A line that one of the rules matches entirely is chrome. What else it makes chrome is the
rule's *effect*:

* ``line``: the line only ("Share this page", "Published 5 June 2024", "READOUT");
* ``list``: a label alone on its line ("Tags", "From:") also makes the short lines listed right
  under it chrome (blank lines may separate the label from its list; a blank line, a longer line
  or another chrome line ends the list);
* ``tail``: the line and the rest of the text ("Disclaimer", "... published this content on
  ..."), once some content has been seen.

Every chrome rule carries a few lower-case words that any line it matches contains (its
*needles*), or none. The rules without needles are joined into one alternation
(:data:`_PLAIN`): ``fullmatch`` of an alternation tries the alternatives in order, so the one
it takes is the first of those rules that matches the whole line, and only that rule's own
pattern runs again, for its groups. A line holding a needle goes through every rule in turn.
Most lines are prose, and one call tells so.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

from mfa_dataset.parsing.lines import Line
from mfa_dataset.parsing.result import TextRange
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
_ANY_NEEDLE = re.compile("|".join(re.escape(n) for needles in _NEEDLES.values() for n in needles))
_NAMED_GROUP = re.compile(r"\(\?P<\w+>")


def _alternation() -> re.Pattern[str]:
    """The pattern of every rule without needles, its named groups made plain and its flags
    scoped to it, as the ``r<i>`` alternative (``i``: the rule's place in the table)."""
    parts = []
    for i, rule in enumerate(CHROME_RULES):
        if rule.name in _NEEDLES:
            continue
        source = rule.pattern.pattern
        assert "(?P=" not in source
        assert not rule.pattern.flags & ~(re.IGNORECASE | re.UNICODE)
        scope = "i" if rule.pattern.flags & re.IGNORECASE else "-i"
        parts.append(f"(?P<r{i}>(?{scope}:{_NAMED_GROUP.sub('(?:', source)}))")
    return re.compile("|".join(parts))


_PLAIN = _alternation()


@dataclass(frozen=True, slots=True)
class Chrome:
    lines: frozenset[int]  # indexes of chrome lines before the tail
    tail: int  # index of the first line of the chrome tail (number of lines when none)
    ranges: tuple[TextRange, ...]
    rules: tuple[str, ...]  # the rule behind each range (a listed item: its label's rule)


def chrome_rule(text: str, line: Line) -> tuple[str, Effect] | None:
    """The first chrome rule matching the whole line, and what it does."""
    r = line.range
    if line.blank or r.end - r.start > _MAX_CHROME_LINE:
        return None
    segment = r.of(text)
    folded = segment.casefold()
    if _ANY_NEEDLE.search(folded) is not None:
        for rule in CHROME_RULES:
            needles = _NEEDLES.get(rule.name, ())
            if needles and not any(needle in folded for needle in needles):
                continue
            match = rule.pattern.fullmatch(segment)
            if match is not None:
                return rule.name, _CHROME_PARSERS[rule.name](match)
        return None
    first = _PLAIN.fullmatch(segment)
    if first is None or first.lastgroup is None:
        return None
    rule = CHROME_RULES[int(first.lastgroup[1:])]
    match = rule.pattern.fullmatch(segment)
    assert match is not None
    return rule.name, _CHROME_PARSERS[rule.name](match)


def _is_item(text: str, line: Line) -> bool:
    r = line.range
    return r.end - r.start <= _MAX_ITEM and text[r.end - 1] not in _SENTENCE_END


def find_chrome(text: str, lines: Sequence[Line]) -> Chrome:
    found: list[int] = []
    ranges: list[TextRange] = []
    rules: list[str] = []
    content = False
    listing: str | None = None  # the rule of the label whose list is open
    items = 0
    for line in lines:
        if line.blank:
            listing = None if items else listing
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
            last = max(i.index for i in lines[line.index :] if not i.blank)
            ranges.append(TextRange(line.range.start, lines[last].range.end))
            rules.append(name)
            return Chrome(frozenset(found), line.index, tuple(ranges), tuple(rules))
        listing, items = (name, 0) if effect == "list" else (None, 0)
        found.append(line.index)
        ranges.append(line.range)
        rules.append(name)
    return Chrome(frozenset(found), len(lines), tuple(ranges), tuple(rules))
