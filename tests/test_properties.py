"""Property tests: random and mutated statements never crash the parser, extraction or build.

Only the package's own :class:`MfaError` may escape, and whatever is produced indexes the raw
text exactly. Bases are texts committed in this repository (the seed, the held-out set and the
broken-contribution base); mutations cut, insert, repeat and swap pieces of them, with inserts
drawn from what trips parsers up (quotes, colons, labels, "No:" prefixes, brackets, names).
Hypothesis runs derandomized (the ``ci`` profile in ``conftest.py``); set
``HYPOTHESIS_PROFILE=explore`` to search with fresh random examples.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from mfa_dataset.assemble import assemble
from mfa_dataset.build import build
from mfa_dataset.errors import MfaError
from mfa_dataset.extraction import Context, extract
from mfa_dataset.loading import load_statements
from mfa_dataset.models import Statement
from mfa_dataset.parsing import parse_text
from mfa_dataset.parsing.result import ParsedText, TextRange
from mfa_dataset.sidecar import Located, Sidecar
from mfa_dataset.textcheck import decode

HERE = Path(__file__).parent
ROOT = HERE.parent
BASES = [
    *sorted((ROOT / "seeds").glob("*.txt")),
    *sorted((HERE / "heldout").glob("*.txt")),
    HERE / "contributions" / "valid" / "seeds" / "ge_001.txt",
]
TEXTS = [p.read_text("utf-8") for p in BASES]
# Metadata only, with an id: whatever the mutation did to the number, the records the
# statement gets are the extracted ones (curated quotes would simply not be found).
METADATA = """id: ge-mfa-2024-0312-mutated
source_url: https://mfa.gov.ge/en/news/123-24
published: 2024-03-12
language: en
issuer: {name: Ministry of Foreign Affairs of Georgia, country: GEO, acronym: mfa}
"""
LOCATED = Located(Sidecar.model_validate(yaml.safe_load(METADATA)), "m.yaml", None)
CONTEXT = Context("GEO", LOCATED.sidecar.published)

TRICKY = [
    '"',
    "“",
    "”",
    "'",
    ":",
    "::",
    "No:",
    "No: 12/24",
    "No:No:No:",
    "Question:",
    "Answer:",
    "Question 1:",
    "(",
    ")",
    "((((",
    "))))",
    "[",
    "\n",
    "\n\n",
    " ",
    "\t",
    "President",
    "Minister of Foreign Affairs",
    "met with",
    "signed a Memorandum of Understanding on",
    "Ilham Aliyev",
    "Republic of",
    "-",
    "\u2013",
    ",",
    ".",
    "2024",
    "3 July 2024",
    "USD",
    "$",
    "é",
    "ğ",
    "中",
    "\u00a0",
    "\u200b",
]
piece = st.one_of(
    st.sampled_from(TRICKY),
    st.lists(st.sampled_from(TRICKY), min_size=2, max_size=30).map("".join),
    st.text(max_size=40),
)


@st.composite
def mutated(draw: st.DrawFn) -> str:
    """A committed text with a few cuts, inserts, repeats and swaps."""
    text = draw(st.sampled_from(TEXTS))
    for _ in range(draw(st.integers(1, 6))):
        op = draw(st.sampled_from(["cut", "insert", "repeat", "swap", "truncate"]))
        a = draw(st.integers(0, len(text)))
        b = draw(st.integers(a, min(len(text), a + 400)))
        if op == "cut":
            text = text[:a] + text[b:]
        elif op == "insert":
            text = text[:a] + draw(piece) + text[a:]
        elif op == "repeat":
            text = text[:b] + text[a:b] * draw(st.integers(2, 20)) + text[b:]
        elif op == "truncate":
            text = text[:b]
        else:
            lines = text.split("\n")
            i, j = draw(st.integers(0, len(lines) - 1)), draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
            text = "\n".join(lines)
    return text


def assert_ranges_index(text: str, parsed: ParsedText) -> None:
    ranges: list[TextRange] = [parsed.title, *parsed.paragraphs, *parsed.chrome]
    ranges += [q.range for q in parsed.questions] + [a.range for a in parsed.answers]
    if parsed.subject is not None:
        ranges.append(parsed.subject)
    if parsed.number is not None:
        ranges.append(parsed.number.range)
        assert parsed.number.range.of(text) == parsed.number.raw
    for r in ranges:
        assert 0 <= r.start <= r.end <= len(text), r
    for a in parsed.answers:
        assert a.question is None or 0 <= a.question < len(parsed.questions)


def assert_statement_indexes(statement: Statement) -> None:
    text = statement.text
    for span in statement.paragraphs:
        assert 0 <= span.start <= span.end <= len(text)
    for question in statement.questions:
        assert text[question.span.start : question.span.end] == question.text
    for answer in statement.answers:
        assert text[answer.span.start : answer.span.end] == answer.text
    for meeting in statement.meetings:
        assert text[meeting.span.start : meeting.span.end] == meeting.evidence
    for agreement in statement.agreements:
        assert text[agreement.span.start : agreement.span.end] == agreement.evidence


def parse_or_refuse(text: str) -> ParsedText | None:
    """Decode and parse like the builder; None when the package refuses the text."""
    try:
        raw = decode(text.encode("utf-8", "surrogatepass"), "t.txt")
        parsed = parse_text(raw)
    except MfaError:  # refused with the package's own error: allowed
        return None
    assert_ranges_index(raw, parsed)
    return parsed


@settings(max_examples=300)
@given(st.text(max_size=2000))
def test_random_text_parses_or_is_refused(text: str) -> None:
    parse_or_refuse(text)


@settings(max_examples=300)
@given(st.binary(max_size=2000))
def test_random_bytes_decode_or_are_refused(data: bytes) -> None:
    try:
        text = decode(data, "t.txt")
    except MfaError as exc:
        problems = exc.problems
    else:
        assert text.encode("utf-8") == data
        return
    assert all(p.path == "t.txt" for p in problems)


@settings(max_examples=200)
@given(mutated())
def test_mutated_statements_parse_and_extract_within_the_text(text: str) -> None:
    parsed = parse_or_refuse(text)
    if parsed is None:
        return
    found = extract(text, parsed, CONTEXT)
    ranges = [m.evidence for m in found.meetings] + [a.evidence for a in found.agreements]
    for r in ranges:
        assert 0 <= r.start < r.end <= len(text)


@settings(max_examples=150)
@given(mutated())
def test_mutated_statements_assemble_or_are_refused(text: str) -> None:
    try:
        statement = assemble(text, "ge_001.txt", LOCATED)
    except MfaError:  # refused with the package's own error: allowed
        return
    assert_statement_indexes(statement)


@settings(max_examples=25)
@given(mutated())
def test_the_builder_publishes_or_refuses_and_keeps_the_previous_dataset(text: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        shutil.copytree(HERE / "contributions" / "valid" / "seeds", root / "seeds")
        build(root)
        before = {p: p.read_bytes() for p in (root / "dataset").rglob("*") if p.is_file()}
        (root / "seeds" / "ge_001.txt").write_text(text, encoding="utf-8", newline="")
        (root / "seeds" / "ge_001.yaml").write_text(METADATA, encoding="utf-8")
        try:
            build(root)
        except MfaError:  # refused: the previous dataset must be untouched
            after = {p: p.read_bytes() for p in (root / "dataset").rglob("*") if p.is_file()}
            assert after == before
        else:
            for statement in load_statements(root / "dataset"):
                assert_statement_indexes(statement)


@pytest.mark.parametrize("base", BASES, ids=[p.stem for p in BASES])
def test_every_base_text_parses(base: Path) -> None:
    """The mutations start from texts the package reads (else they would test nothing)."""
    assert parse_or_refuse(base.read_text("utf-8")) is not None
