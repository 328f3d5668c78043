"""The extraction's speed shortcuts find what the plain patterns find, on any text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from mfa_dataset.extraction.agreement_rules import NOUN_LOWERED, NOUN_RE
from mfa_dataset.extraction.meeting_facts import _DATE, _YEAR, _YEAR_LEAD, _absolute
from mfa_dataset.extraction.meeting_tokens import _ASCII_SPACED_TOKEN, _SPACED_TOKEN
from mfa_dataset.extraction.prefilter import lowered

_ASCII = st.text(
    st.sampled_from(list("aAsSzZ09.,:/'-_ \t\n\x0b\x1c\x1f!?(")) | st.characters(max_codepoint=127)
)
_DATE_PIECES = st.lists(
    st.sampled_from(
        (
            "2024",
            "12",
            "5",
            "20245",
            "-",
            ".",
            ",",
            " ",
            "  ",
            "September",
            "Sept.",
            "May",
            "of",
            "th",
            "3rd",
            "10-13",
            "2019-10-13",
            "05.12.2014",
            "x",
            "\u0664\u0665\u0666\u0667",
        )
    ),
    max_size=14,
).map("".join)
_NOUN_PIECES = st.lists(
    st.sampled_from(
        (
            "Joint",
            "joint",
            " ",
            "  ",
            "Statement",
            "MoU",
            "MOU",
            "mou",
            "Memoranda",
            "of",
            "understanding",
            "Programme",
            "co-operation",
            "Work",
            "plan",
            "Communiqu\u00c9",
            "\u0130",
            "\u017f",
            "-",
            "x",
            "Treaties",
            "road-map",
            "exchanged",
            "Plans",
        )
    ),
    max_size=8,
).map("".join)


@settings(max_examples=400)
@given(_ASCII, st.integers(0, 40), st.integers(0, 40))
def test_ascii_tokens_match_the_unicode_tokens(text: str, a: int, b: int) -> None:
    start, end = min(a, b, len(text)), min(max(a, b), len(text))
    assert _ASCII_SPACED_TOKEN.findall(text, start, end) == _SPACED_TOKEN.findall(text, start, end)


@settings(max_examples=400)
@given(_DATE_PIECES, st.integers(0, 60), st.integers(0, 60))
def test_absolute_dates_match_a_plain_search(text: str, a: int, b: int) -> None:
    start, end = min(a, b, len(text)), min(max(a, b), len(text))
    year = _YEAR.search(text, start, end)
    if year is None:
        return
    plain = _DATE.finditer(text, max(start, year.start() - _YEAR_LEAD), end)
    found = _absolute(text, start, end, year.start())
    assert [(m.span(), m.groupdict()) for m in found] == [(m.span(), m.groupdict()) for m in plain]


@settings(max_examples=400)
@given(_NOUN_PIECES)
def test_the_lowered_noun_test_matches_wherever_the_noun_does(text: str) -> None:
    low = lowered(text)
    for at in range(len(text) + 1):
        if NOUN_RE.match(text, at) is not None:
            assert NOUN_LOWERED.match(low, at) is not None
