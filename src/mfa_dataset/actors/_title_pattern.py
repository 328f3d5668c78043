"""``TITLE_PATTERN``: a regex source matching an official title as written in raw text.

It matches, with the country folded in when there is one::

    [country or adjective['s]] [qualifiers and portfolio words] HEAD
        [of/for/on/to [the] portfolio words ...]...
        [dash another such title]...
        [of/to/in [the] country name]...

for example "Minister of Foreign Affairs of the Republic of Azerbaijan", "Deputy Prime
Minister \u2013 Minister of Foreign Affairs of the Republic of Kazakhstan", "Russian Foreign
Minister", "Türkiye's Foreign Minister", "US Senior National Security Council Director",
"Assistant to the President of the Republic of Azerbaijan". It stops before a following
name ("President of Azerbaijan Ilham Aliyev" matches "President of Azerbaijan") because words
after the head must be portfolio words or a country. Words match with their first letter in
either case ("foreign minister"); countries as in :func:`~mfa_dataset.actors.find_countries`.
Compile it without flags and run it on the raw text; give the match to
:func:`~mfa_dataset.actors.split_title`.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from mfa_dataset.actors import _title_words as words
from mfa_dataset.actors._trie import phrases_pattern
from mfa_dataset.actors.countries import pattern_source

_APOSTROPHE = "['\u2018\u2019\u02bc]"


def _any(items: Iterable[str]) -> str:
    """Any of ``items`` as a whole word: first letter in either case, a hyphen or a space."""
    variants: set[str] = set()
    for item in items:
        for spelling in {item, item.replace("-", " ")}:
            variants |= {spelling, spelling[0].lower() + spelling[1:]}
    return phrases_pattern(variants, raw=True) + r"(?!\w)"


@cache
def title_pattern() -> str:
    """The regex source; built on first use from the country table and the title words."""
    head = _any((*words.HEADS, *words.HEAD_PHRASES))
    before = _any((*words.QUALIFIERS, *words.MODIFIERS, *words.PORTFOLIO))
    opening = _any((*words.PORTFOLIO, *words.HEADS, *words.MODIFIERS))
    further = _any((*words.PORTFOLIO, *words.MODIFIERS))
    phrase = rf"(?:the\s+)?{opening}(?:(?:\s*,\s*|\s+and\s+|\s+)(?:the\s+)?{further})*"
    country = rf"(?:the\s+)?{pattern_source('name')}(?!\w)"
    core = rf"(?:{before}\s+)*{head}(?:\s+(?:of|for|on|to|in)\s+(?:{country}|{phrase}))*"
    separator = r"(?:\s*[\u2013\u2014]\s*|\s+-\s+)"
    lead = rf"(?:{pattern_source('any')}(?:{_APOSTROPHE}s)?\s+)?"
    return rf"(?<!\w){lead}{core}(?:{separator}{core})*(?!\w)"
