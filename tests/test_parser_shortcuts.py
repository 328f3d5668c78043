"""The parser's speed shortcuts give what the plain definitions give.

``chrome_rule`` skips rules by needles, required openings, line widths and one alternation;
whatever it skips, it must name the rule the plain definition names: the first rule of
``CHROME_RULES`` whose pattern matches the whole (trimmed) line. Checked on every line of every
text we have and on generated lines built from the words those shortcuts look for.
``filled_lines`` (one split on "\n" for most texts) must give the non-blank lines of
``split_lines``.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import SHARED
from mfa_dataset.parsing.chrome import chrome_rule
from mfa_dataset.parsing.lines import _OTHER_BREAKS, filled_lines, split_lines
from mfa_dataset.parsing.rules import widths
from mfa_dataset.parsing.rules_body import CHROME_RULES

ROOT = Path(__file__).resolve().parents[1]


def plain_rule(segment: str) -> str | None:
    for rule in CHROME_RULES:
        if rule.pattern.fullmatch(segment):
            return rule.name
    return None


def _rules_of(text: str) -> list[tuple[str, str | None, str | None]]:
    out = []
    for line in split_lines(text):
        if line.blank or line.range.end - line.range.start > 1500:
            continue
        segment = text[line.range.start : line.range.end]
        fired = chrome_rule(text, line)
        out.append((segment, None if fired is None else fired[0], plain_rule(segment)))
    return out


def _texts() -> list[Path]:
    """The repository's texts, and the shared corpus when it sits beside the repository."""
    folders = [ROOT / "seeds", ROOT / "tests" / "heldout", SHARED / "corpus", SHARED / "seeds"]
    return sorted(p for folder in folders for p in folder.glob("*.txt"))


def test_every_line_we_have_gets_the_plain_rule() -> None:
    checked = 0
    for path in _texts():
        for segment, fired, expected in _rules_of(path.read_text("utf-8")):
            assert fired == expected, (path.name, segment)
            checked += 1
    assert checked > 100


# words the needles, openings and rule patterns turn on, in several cases and scripts
WORDS = [
    *("\u00a9", "(c)", "(C)", "Copyright", "COPYRIGHT", "copyright", "All", "rights", "RIGHTS"),
    *("reserved", "Reserved.", "Disclaimer", "DISCLAIMER", "disclaimer:", "published", "this"),
    *("content", "on", "distributed", "by", "Public", "Ministry", "of", "Foreign", "Affairs"),
    *("2024", "Share", "Print", "Back", "Tags", "From:", "Source:", "https://mfa.gov.az/en"),
    *("Follow", "us", "Home", ">", "|", ":", ".", ",", "-", "\u0130", "\u0131", "\u017f", "\u212a"),
    *("READOUT", "Published", "5", "June", "Search", "Privacy", "Policy", "Top", "\u00df"),
]


@settings(max_examples=1000)  # cheap; about one line in six is chrome
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=9), st.sampled_from([" ", ""]))
def test_generated_lines_get_the_plain_rule(words: list[str], glue: str) -> None:
    text = glue.join(words).strip()
    if not text:
        return
    for segment, fired, expected in _rules_of(text):
        assert fired == expected, segment


def test_the_line_breaks_the_parser_knows_are_all_of_pythons() -> None:
    """``filled_lines`` splits on "\\n" alone when no other break of ``str.splitlines`` occurs:
    its list of the others must be complete."""
    every = "".join(map(chr, range(0x110000)))
    breaks = {c for c in every if len(f"a{c}b".splitlines()) == 2}
    assert breaks == set(_OTHER_BREAKS) | {"\n"}


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [("abc", (3, 3)), ("a{2,5}", (2, 5)), ("(?:ab|c)d?", (1, 3)), ("(a)\\1", (0, sys.maxsize))],
)
def test_widths_bound_what_a_pattern_can_match(pattern: str, expected: tuple[int, int]) -> None:
    assert widths(re.compile(pattern)) == expected


_LINE_PIECES = st.sampled_from(
    ["a", "Bb", " ", "\t", "\u00a0", "\u200b", "\ufeff", "\n", "\r\n", "\r", "\u2028", "\x85"]
)


@settings(max_examples=500)
@given(st.lists(_LINE_PIECES, max_size=30).map("".join))
def test_filled_lines_are_the_non_blank_lines(text: str) -> None:
    every = split_lines(text)
    assert filled_lines(text) == ([line for line in every if not line.blank], len(every))
