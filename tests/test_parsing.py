"""The text parser: the shared corpus against its gold, invariants, and tables of rule cases.

The synthetic cases are written in the general language of diplomatic press texts; none is a
copy of a corpus sentence.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from mfa_dataset.errors import Code, MfaError
from mfa_dataset.parsing import parse_text, parse_traced
from mfa_dataset.parsing.chrome import chrome_rule
from mfa_dataset.parsing.lines import split_lines
from mfa_dataset.parsing.result import ParsedText, TextRange
from mfa_dataset.parsing.rules import HEADER_RULES, KIND_RULES, SPEAKER_RULES
from mfa_dataset.parsing.rules_body import BODY_RULES, CHROME_RULES
from mfa_dataset.parsing.speaker import parse_speaker
from mfa_dataset.parsing.title import parse_kind
from mfa_dataset.types import StatementKind

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
_MISSING = "corpus-missing"
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"


def _corpus_params() -> list[Any]:
    """One param per corpus text; a single sentinel (skipped) when the corpus is absent."""
    if not CORPUS.is_dir():
        return [pytest.param(_MISSING, id=_MISSING)]
    return [pytest.param(path.stem, id=path.stem) for path in sorted(CORPUS.glob("*.txt"))]


def _load(stem: str) -> tuple[str, dict[str, Any]]:
    if stem == _MISSING:
        pytest.skip(f"../shared/corpus not found: {CORPUS} (it sits beside the repository)")
    raw = (CORPUS / f"{stem}.txt").read_bytes().decode("utf-8")
    gold: dict[str, Any] = json.loads((CORPUS / f"{stem}.gold.json").read_text(encoding="utf-8"))
    return raw, gold


def _summary(parsed: ParsedText) -> dict[str, Any]:
    """The parse in the gold file's terms."""
    speaker = parsed.speaker
    return {
        "number": None if parsed.number is None else parsed.number.raw,
        "kind": parsed.kind.value,
        "speaker": None if speaker is None else {"name": speaker.name, "role": speaker.role},
        "qa_pairs": sum(1 for a in parsed.answers if a.question is not None),
        "date": None if parsed.date is None else parsed.date.isoformat(),
    }


def _is_trimmed(piece: str) -> bool:
    return piece == piece.strip() and piece == piece.strip(_INVISIBLE)


def _overlap(a: TextRange, b: TextRange) -> bool:
    return a.start < b.end and b.start < a.end


def check_invariants(raw: str, parsed: ParsedText) -> None:
    """What must hold for any parse of any text."""
    content = [
        *parsed.paragraphs,
        *(q.range for q in parsed.questions),
        *(a.range for a in parsed.answers),
    ]
    ranges = [parsed.title, *content, *parsed.chrome]
    if parsed.subject is not None:
        ranges.append(parsed.subject)
    if parsed.number is not None:
        ranges.append(parsed.number.range)
        assert parsed.number.range.of(raw) == parsed.number.raw
    if parsed.speaker is not None:
        ranges.append(parsed.speaker.name_range)
        assert parsed.speaker.name_range.of(raw) == parsed.speaker.name
        if parsed.speaker.role_range is not None:
            ranges.append(parsed.speaker.role_range)
            assert parsed.speaker.role_range.of(raw) == parsed.speaker.role
    for r in ranges:
        assert 0 <= r.start <= r.end <= len(raw), r
        assert _is_trimmed(r.of(raw)), (r, r.of(raw))
    assert parsed.title.end > parsed.title.start
    for before, after in zip(parsed.paragraphs, parsed.paragraphs[1:], strict=False):
        assert before.end < after.start, (before, after)
    for chrome in parsed.chrome:
        for r in content:
            assert not _overlap(chrome, r), (chrome.of(raw), r.of(raw))
            assert chrome.of(raw) not in r.of(raw)
    answered = [a.question for a in parsed.answers if a.question is not None]
    assert answered == sorted(set(answered))
    assert all(0 <= i < len(parsed.questions) for i in answered)


# -- 1. the corpus against its gold --------------------------------------------------------------


@pytest.mark.parametrize("stem", _corpus_params())
def test_corpus_matches_gold(stem: str) -> None:
    raw, gold = _load(stem)
    expected = {key: gold[key] for key in ("number", "kind", "speaker", "qa_pairs", "date")}
    assert _summary(parse_text(raw)) == expected


# -- 2. invariants on every corpus text ----------------------------------------------------------


@pytest.mark.parametrize("stem", _corpus_params())
def test_corpus_invariants(stem: str) -> None:
    raw, _ = _load(stem)
    check_invariants(raw, parse_text(raw))


def test_first_seed_in_detail() -> None:
    raw, _ = _load("az-280-24" if CORPUS.is_dir() else _MISSING)
    parsed = parse_text(raw)
    assert parsed.audience == "local media"
    assert parsed.subject is not None
    assert parsed.subject.of(raw).startswith("bilateral and multilateral meetings of H.E.")
    assert parsed.subject.of(raw).endswith("in Astana")
    assert [q.label for q in parsed.questions] == [f"Question {i}" for i in range(1, 5)]
    assert [q.number for q in parsed.questions] == [1, 2, 3, 4]
    assert [a.question for a in parsed.answers] == [0, 1, 2, 3]
    last = parsed.answers[-1].range.of(raw)
    assert last.endswith("observer status in the Organization.")
    assert "\n\n" in parsed.answers[0].range.of(raw)
    assert parsed.chrome[0].of(raw) == "Share this page"


# -- 3. synthetic cases, rule by rule ------------------------------------------------------------


def test_rule_table_order() -> None:
    """The documented order in which rules are tried."""
    names = [[r.name for r in table] for table in (HEADER_RULES, KIND_RULES, SPEAKER_RULES)]
    assert names == [
        ["number", "date_prefix", "date_line", "date_label", "dateline", "signoff"],
        [
            "kind_response",
            "kind_briefing",
            "kind_interview",
            "kind_information",
            "kind_comment",
            "kind_press_release",
            "kind_statement",
            "kind_event",
        ],
        [
            "speaker_response_by",
            "speaker_role_comma_name",
            "speaker_kind_by",
            "speaker_name_then_role",
            "speaker_role_then_name",
        ],
    ]
    assert [r.name for r in BODY_RULES] == [
        "question",
        "answer",
        "answer_speaker",
        "question_outlet",
        "answer_name",
    ]
    assert CHROME_RULES[-1].name == "chrome_tail"
    assert all(r.name.startswith("chrome_") for r in CHROME_RULES)


BODY = "\n\nThe two sides exchanged views on regional security and economic cooperation.\n"
#: Six paragraphs: lines below them are out of reach of the header.
LONG_BODY = "\n\n" + "".join(
    f"{n}. The sides reviewed the {topic} agenda.\n\n"
    for n, topic in enumerate(("trade", "energy", "transport", "health", "water", "culture"), 1)
)


@pytest.mark.parametrize(
    ("text", "raw", "sequence", "year"),
    [
        pytest.param("No:115/23, Statement on the flood relief", "115/23", 115, 2023, id="colon"),
        pytest.param("No: 77, Press Release Regarding the Summit", "77", 77, None, id="no-year"),
        pytest.param("No512/19, Information on the visit", "512/19", 512, 2019, id="no-colon"),
        pytest.param("No. 4/2022, Statement on the ceasefire", "4/2022", 4, 2022, id="dot-4y"),
        pytest.param("№ 61/25 Comment on the sanctions", "61/25", 61, 2025, id="numero"),
        pytest.param(
            "Press Release Regarding the Ministerial Meeting\n\nNo: 201, 11 March 2016",
            "201",
            201,
            None,
            id="line-below-title",
        ),
        pytest.param(
            "Press Release No: 19, Regarding the Earthquake", "19", 19, None, id="after-kind"
        ),
        pytest.param(
            "QA-31, 4 May 2021, Statement of the Spokesperson in Response to a Question",
            "QA-31",
            31,
            None,
            id="question-and-answer-series",
        ),
    ],
)
def test_number(text: str, raw: str, sequence: int, year: int | None) -> None:
    source = text + BODY
    parsed = parse_text(source)
    assert parsed.number is not None
    assert (parsed.number.raw, parsed.number.sequence, parsed.number.year) == (raw, sequence, year)
    assert parsed.number.range.of(source) == raw
    check_invariants(source, parsed)


@pytest.mark.parametrize(
    "text",
    [
        "Statement on the adoption of Resolution No. 2334",
        "Press Release Regarding the Visit of the Minister\n\nResolution No. 14 was adopted.",
        "November talks between the delegations",
    ],
)
def test_no_number(text: str) -> None:
    assert parse_text(text + BODY).number is None


KIND_CASES = [
    ("Response by the MFA Spokesperson to a media inquiry", "response"),
    ("Director of the Press Department answers the questions of the media", "response"),
    ("Answer of the Spokesperson to a question about the border incident", "response"),
    ("Statement of the Spokesperson in Response to a Question Regarding the Elections", "response"),
    ("Foreign Ministry Spokesperson's Regular Press Conference on June 3, 2024", "briefing"),
    ("Briefing by the Foreign Ministry Spokeswoman, Moscow, June 3, 2024", "briefing"),
    ("Interview of the Foreign Minister to a national newspaper", "interview"),
    ("Information of the Press Service on the political consultations", "information"),
    ("Comment by the Information and Press Department on the sanctions", "comment"),
    ("Commentary of the Ministry regarding the parliamentary elections", "comment"),
    ("Press release on the visit of the Deputy Minister to Vienna", "press_release"),
    ("Readout of the Secretary's Call with the Foreign Minister of Japan", "press_release"),
    ("Statement by the Spokesperson on the situation in the region", "statement"),
    ("Joint Statement of the Foreign Ministers on trilateral cooperation", "statement"),
    ("Remarks by the Secretary at the Ministerial Conference", "statement"),
    ("Foreign Ministry Spokesperson's Remarks on the referendum", "statement"),
    ("Under Secretary's Call with the Deputy Foreign Minister of Peru", "press_release"),
    ("The Deputy Foreign Minister held talks with the Ambassador of Japan", "press_release"),
    ("Foreign Minister received the newly appointed Ambassador of Chile", "press_release"),
    ("State Secretary paid a working visit to Tallinn", "press_release"),
    ("Annual report on the consular service", "other"),
]
_KIND_RULE = {
    "response": "kind_response",
    "briefing": "kind_briefing",
    "interview": "kind_interview",
    "information": "kind_information",
    "comment": "kind_comment",
    "statement": "kind_statement",
    "other": "default",
}


@pytest.mark.parametrize(("title", "kind"), KIND_CASES, ids=[t for t, _ in KIND_CASES])
def test_kind(title: str, kind: str) -> None:
    parsed = parse_text(title + BODY)
    assert parsed.kind == StatementKind(kind)
    rule = parse_kind(title, TextRange(0, len(title))).rule
    if kind == "press_release":
        assert rule in ("kind_press_release", "kind_event")
    else:
        assert rule == _KIND_RULE[kind]


#: Titles that report an event by its noun ("<event> held/took place/was held") -> kind_event.
EVENT_CASES = [
    ("Second Round of Political Consultations held in Vilnius", "kind_event"),
    ("Talks between the Foreign Ministers of Chile and Peru took place in Lima", "kind_event"),
    ("Annual Strategic Dialogue between Norway and Japan was held in Oslo", "kind_event"),
    ("Inaugural Nordic-African Ministerial Forum to be held in Accra", "kind_event"),
    ("Joint Commission session on trade and transport convened in Nairobi", "kind_event"),
    ("Consultations on consular issues held in Tbilisi", "kind_event"),  # noun before the cue
    ("Signing ceremony took place at the Ministry", "kind_event"),
    # an earlier kind word still wins; a noun that names no event is not an event
    ("Statement of the Ministry on the summit held in Valletta", "kind_statement"),
    ("Comment of the Spokesperson regarding the talks held in Doha", "kind_comment"),
    ("Parliamentary elections held in the region", "default"),
]


@pytest.mark.parametrize(("title", "rule"), EVENT_CASES, ids=[t for t, _ in EVENT_CASES])
def test_kind_event_noun_held(title: str, rule: str) -> None:
    fired = parse_kind(title, TextRange(0, len(title)))
    assert fired.rule == rule
    parsed, traced = parse_traced(title + BODY)
    assert traced.kind == rule
    if rule == "kind_event":
        assert parsed.kind is StatementKind.PRESS_RELEASE


def test_kind_word_in_the_subject_does_not_count() -> None:
    title = "The Spokesperson answers the question of the media regarding the statement of X"
    assert parse_text(title + BODY).kind is StatementKind.RESPONSE
    title = "Information of the Press Service on the joint statement of the ministers"
    assert parse_text(title + BODY).kind is StatementKind.INFORMATION


SPEAKER_CASES = [
    (
        "Response by Amina Karimova, MFA Spokesperson, to the local media inquiry about trade",
        "Amina Karimova",
        "MFA Spokesperson",
        "speaker_response_by",
    ),
    (
        "Statement by the Spokesperson of the Ministry of Foreign Affairs, Ambassador Emre Kaya,"
        " on the incident",
        "Emre Kaya",
        "Spokesperson",
        "speaker_role_comma_name",
    ),
    (
        "Statement by Foreign Minister Nikolai Petrov on the anniversary of the treaty",
        "Nikolai Petrov",
        "Foreign Minister",
        "speaker_kind_by",
    ),
    (
        "Interview of the Minister of Foreign Affairs of the Republic of Moldova Ion Rusu to TV8",
        "Ion Rusu",
        "Minister of Foreign Affairs",
        "speaker_kind_by",
    ),
    (
        "Statement by the Minister for Foreign Affairs Helen Ward on the anniversary",
        "Helen Ward",
        "Minister for Foreign Affairs",
        "speaker_kind_by",
    ),
    (
        "Statement by the High Representative for Foreign Affairs and Security Policy Marco"
        " Ferri on the elections",
        "Marco Ferri",
        "High Representative for Foreign Affairs and Security Policy",
        "speaker_kind_by",
    ),
    (
        "Response by Jan Horak, Minister for European Affairs, to the question of journalists",
        "Jan Horak",
        "Minister for European Affairs",
        "speaker_response_by",
    ),
    (
        "Director of the Information and Press Department Olga Petrova comments on the report",
        "Olga Petrova",
        "Director of the Information and Press Department",
        "speaker_role_then_name",
    ),
    (
        "Rustam Aliev, Head of the Information Department of the Ministry of Foreign Affairs"
        " answers the question of the media",
        "Rustam Aliev",
        "Head of the Information Department",
        "speaker_name_then_role",
    ),
    (
        "Head of the Press Service Department of the Ministry of Foreign Affairs of the"
        " Republic of Utopia Sara Lind answers the questions from the media",
        "Sara Lind",
        "Head of the Press Service Department",
        "speaker_role_then_name",
    ),
    (
        "Foreign Ministry Spokesperson Chen Hao's Regular Press Conference on March 2, 2023",
        "Chen Hao",
        "Foreign Ministry Spokesperson",
        "speaker_role_then_name",
    ),
]


@pytest.mark.parametrize(
    ("title", "name", "role", "rule"),
    SPEAKER_CASES,
    ids=[f"{case[3]}-{i}" for i, case in enumerate(SPEAKER_CASES)],
)
def test_speaker(title: str, name: str, role: str, rule: str) -> None:
    source = title + BODY
    parsed = parse_text(source)
    assert parsed.speaker is not None
    assert (parsed.speaker.name, parsed.speaker.role) == (name, role)
    assert parse_speaker(title, TextRange(0, len(title)))[1] == rule
    check_invariants(source, parsed)


@pytest.mark.parametrize(
    "title",
    [
        "Comment of the Press Service Department of the Ministry of Foreign Affairs on the vote",
        "Information of the Press Service of the Ministry of Foreign Affairs",
        "Statement by the Spokesperson on the humanitarian situation",
        "Foreign Minister Daniel Novak met with the Secretary General of NATO",
        "Statement by Foreign Minister Ana Costa and Foreign Minister Luis Mora",
        "Readout of Secretary Blake's Call with the Foreign Minister of Japan",
    ],
)
def test_no_speaker(title: str) -> None:
    assert parse_text(title + BODY).speaker is None


#: Readouts name their speaker in an attribution line under the title: rule ``attribution``.
ATTRIBUTION_CASES = [
    pytest.param(
        "Deputy Secretary's Meeting with the Foreign Minister of Ghana\n\n"
        "The following is attributable to Deputy Spokesperson Anna Berg:\n" + BODY,
        ("Anna Berg", "Deputy Spokesperson"),
        id="following-role-name",
    ),
    pytest.param(
        "Secretary's Call with the Foreign Minister of Peru\n\nREADOUT\n\nOFFICE OF THE"
        " SPOKESPERSON\n\nMarch 3, 2023\n\nThe below is attributable to Principal Deputy"
        " Spokesperson Omar Haddad:\n" + BODY,
        ("Omar Haddad", "Principal Deputy Spokesperson"),
        id="below-under-header-lines",
    ),
    pytest.param(
        "Readout of the Minister's Meeting with the Ambassador of Chile\n\n"
        "Attributable to the Spokesperson, Lena Vogt.\n" + BODY,
        ("Lena Vogt", "Spokesperson"),
        id="role-comma-name",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ATTRIBUTION_CASES)
def test_speaker_attribution(text: str, expected: tuple[str, str]) -> None:
    parsed, fired = parse_traced(text)
    assert parsed.speaker is not None
    assert (parsed.speaker.name, parsed.speaker.role) == expected
    assert fired.speaker == "attribution"
    assert parsed.kind is StatementKind.PRESS_RELEASE
    check_invariants(text, parsed)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        pytest.param(
            "Statement by Foreign Minister Nikolai Petrov on the treaty\n\n"
            "The below is attributable to Spokesperson Anna Berg:\n" + BODY,
            "speaker_kind_by",
            id="the-title-speaker-wins",
        ),
        pytest.param(
            "Readout of the Minister's Call\n\nThe delay is attributable to the weather.\n",
            None,
            id="not-a-person",
        ),
        pytest.param(
            "Readout of the Minister's Call\n\nThe sides met twice." + BODY + "\nFirst point.\n"
            "\nSecond point.\n\nThe below is attributable to Spokesperson Anna Berg:\n",
            None,
            id="too-far-down",
        ),
    ],
)
def test_attribution_does_not_fire(text: str, rule: str | None) -> None:
    parsed, fired = parse_traced(text)
    assert fired.speaker == rule
    if rule is None:
        assert parsed.speaker is None


@pytest.mark.parametrize(
    ("title", "audience", "subject"),
    [
        (
            "Response by Amina Karimova, MFA Spokesperson, to the local media inquiry regarding"
            " the outcomes of the summit in Tashkent.",
            "local media",
            "the outcomes of the summit in Tashkent",
        ),
        (
            "The Spokesperson answers the questions from the media on the recent border incident",
            "media",
            "the recent border incident",
        ),
        ("Statement on the elections (En/Ru)", None, "the elections"),
        ("Foreign Ministry Spokesperson's Regular Press Conference on June 3, 2024", None, None),
        ("The Minister met the Ambassador of Peru on Tuesday", None, None),
    ],
)
def test_audience_and_subject(title: str, audience: str | None, subject: str | None) -> None:
    source = title + BODY
    parsed = parse_text(source)
    assert parsed.audience == audience
    assert (None if parsed.subject is None else parsed.subject.of(source)) == subject


@pytest.mark.parametrize(
    ("text", "date", "rule"),
    [
        pytest.param(
            "No: 45, 2 April 2021, Press Release Regarding the Summit" + BODY,
            dt.date(2021, 4, 2),
            "date_prefix",
            id="number-then-date",
        ),
        pytest.param(
            "Press Release Regarding the Summit\n\nMinistry of Foreign Affairs 02.04.2021" + BODY,
            dt.date(2021, 4, 2),
            "date_line",
            id="header-line-numeric",
        ),
        pytest.param(
            "Press Release Regarding the Summit\n\nNo: 45, 02 April 2021" + BODY,
            dt.date(2021, 4, 2),
            "date_prefix",
            id="number-line-with-date",
        ),
        pytest.param(
            "Minister Holds Talks in Riga\n\nRiga, April 2, 2021 \u2013 The Minister of Foreign"
            " Affairs held talks with his Latvian counterpart.\n",
            dt.date(2021, 4, 2),
            "dateline",
            id="dateline",
        ),
        pytest.param(
            "Minister Holds Talks in Riga\n\nRIGA, 2 April 2021 \u2014 The ministers met.\n",
            dt.date(2021, 4, 2),
            "dateline",
            id="dateline-upper",
        ),
        pytest.param(
            "Briefing by the Spokeswoman, Moscow, April 2, 2021" + BODY,
            dt.date(2021, 4, 2),
            "date_suffix",
            id="title-ends-with-dateline",
        ),
        pytest.param(
            "Minister Holds Talks in Riga\n\nOn April 2, 2021, the Minister held talks in Riga.\n",
            None,
            None,
            id="body-date",
        ),
        pytest.param(
            "Comment on the statement of the ministry dated April 2, 2021" + BODY,
            None,
            None,
            id="date-in-subject",
        ),
        pytest.param(
            "The Minister met his counterpart on 2 April 2021 in Riga." + BODY,
            None,
            None,
            id="date-inside-title",
        ),
        pytest.param(
            "No: 45, 31 February 2021, Press Release Regarding the Summit" + BODY,
            None,
            None,
            id="impossible-date",
        ),
        pytest.param(
            "Minister Opens the Consular Forum\n\nThe Minister opened the forum.\n\nFrom:\n"
            "Ministry of Foreign Affairs\nand the Minister of State\nPublished\n5 June 2024\n"
            + BODY,
            dt.date(2024, 6, 5),
            "date_label",
            id="published-label-then-date-line",
        ),
        pytest.param(
            "Minister Opens the Consular Forum\n\nA summary of the visit in one line.\n\n"
            "Second summary line.\n\nThird summary line.\n\nPublished 5 June 2024" + BODY,
            dt.date(2024, 6, 5),
            "date_label",
            id="published-with-date-beyond-three-lines",
        ),
        pytest.param(
            "Minister Opens the Consular Forum\n\nA summary.\n\nDate:\n05.06.2024" + BODY,
            dt.date(2024, 6, 5),
            "date_label",
            id="date-colon-label",
        ),
        pytest.param(
            "Date: 05.06.2024\n\nMinister Opens the Consular Forum" + BODY,
            dt.date(2024, 6, 5),
            "date_label",
            id="date-label-above-title",
        ),
        pytest.param(
            "Minister Opens the Consular Forum\n\nLast updated 9 June 2024 \u2014 see all"
            " updates\n\nPublished on 5 June 2024" + BODY,
            dt.date(2024, 6, 5),
            "date_label",
            id="published-wins-over-updated",
        ),
        pytest.param(
            "Minister Opens the Consular Forum\n\nUpdated\n9 June 2024" + BODY,
            dt.date(2024, 6, 9),
            "date_label",
            id="update-date-when-nothing-else",
        ),
        pytest.param(
            "Minister Opens the Consular Forum" + LONG_BODY + "\nPublished 5 June 2024" + BODY,
            None,
            None,
            id="label-too-far-down",
        ),
        pytest.param(
            "Minister Opens the Consular Forum\n\nOne.\n\nTwo.\n\nThree.\n\n5 June 2024" + BODY,
            None,
            None,
            id="unlabelled-date-line-beyond-three-lines",
        ),
        pytest.param(
            "Foreign Minister statement on the humanitarian truce: 4 March 2024" + BODY,
            dt.date(2024, 3, 4),
            "date_suffix",
            id="title-colon-date",
        ),
        pytest.param(
            "Foreign Minister statement on the truce of 4 March 2024: next steps" + BODY,
            None,
            None,
            id="title-colon-then-text",
        ),
        pytest.param(
            "Visit of the Foreign Minister of Chile" + LONG_BODY + "\nWellington\nMarch 04, 2024\n",
            dt.date(2024, 3, 4),
            "signoff",
            id="signoff-two-lines",
        ),
        pytest.param(
            "Visit of the Foreign Minister of Chile"
            + LONG_BODY
            + "\nWellington / March 04, 2024\n",
            dt.date(2024, 3, 4),
            "signoff",
            id="signoff-slash",
        ),
        pytest.param(
            "Visit of the Foreign Minister of Chile" + LONG_BODY + "\nSan Jose, 4 March 2024\n"
            "\nShare this page\n",
            dt.date(2024, 3, 4),
            "signoff",
            id="signoff-comma-before-chrome",
        ),
        pytest.param(
            "Visit of the Foreign Minister of Chile"
            + LONG_BODY
            + "\nThe visit ends on 4 March 2024.\n",
            None,
            None,
            id="sentence-date-in-last-paragraph",
        ),
        pytest.param(
            "Visit of the Foreign Minister of Chile" + LONG_BODY + "\nSantiago, 4 March 2024\n"
            "\nMore talks are planned.\n",
            None,
            None,
            id="place-date-not-last",
        ),
    ],
)
def test_date(text: str, date: dt.date | None, rule: str | None) -> None:
    parsed, fired = parse_traced(text)
    assert parsed.date == date
    assert fired.date == rule
    check_invariants(text, parsed)


def _qa(parsed: ParsedText, raw: str) -> list[tuple[str, int | None, str]]:
    found = [(q.label, q.number, q.range.of(raw)) for q in parsed.questions]
    found += [(a.label, a.question, a.range.of(raw)) for a in parsed.answers]
    return found


QA_CASES = [
    pytest.param(
        "Title of a response\n\nQuestion 1: What is the position on the talks?\n\n"
        "Answer: We support them.\n\nQuestion 2: And the visit?\n\nAnswer: It is planned.\n",
        [
            ("Question 1", 1, "What is the position on the talks?"),
            ("Question 2", 2, "And the visit?"),
            ("Answer", 0, "We support them."),
            ("Answer", 1, "It is planned."),
        ],
        id="numbered",
    ),
    pytest.param(
        "Title of a response\n\nQ: Is the border open?\nA: Yes, since Monday.\n",
        [("Q", None, "Is the border open?"), ("A", 0, "Yes, since Monday.")],
        id="unnumbered-short",
    ),
    pytest.param(
        "Title\n\nQuestion (AFP): Two parts.\n\nFirst, the dates?\n\nAnswer: Next week.\n",
        [("Question (AFP)", None, "Two parts.\n\nFirst, the dates?"), ("Answer", 0, "Next week.")],
        id="multi-paragraph-question",
    ),
    pytest.param(
        "Title\n\nQuestion: Any comment?\n\nAnswer: We regret it.\n\n\u00a0\n\nWe call for"
        " restraint.\n\nShare this page\n\nPrint\n",
        [
            ("Question", None, "Any comment?"),
            ("Answer", 0, "We regret it.\n\n\u00a0\n\nWe call for restraint."),
        ],
        id="multi-paragraph-answer-before-chrome",
    ),
    pytest.param(
        "Title\n\nAnswer: The claims are groundless.\n\nWe reject them.\n\nSearch in archive\n",
        [("Answer", None, "The claims are groundless.\n\nWe reject them.")],
        id="answer-only",
    ),
    pytest.param(
        "Department Press Briefing\n\nMR SMITH: Good afternoon.\n\nQUESTION: Any update?\n\n"
        "MR SMITH: Not today.\n",
        [
            ("QUESTION", None, "Any update?"),
            ("MR SMITH", None, "Good afternoon."),
            ("MR SMITH", 0, "Not today."),
        ],
        id="transcript",
    ),
    pytest.param(
        "Press Conference Following the Talks\n\nQuestion: Will the talks continue?\n\n"
        "Irina Volkova: They will, in June.\n",
        [
            ("Question", None, "Will the talks continue?"),
            ("Irina Volkova", 0, "They will, in June."),
        ],
        id="answered-by-name",
    ),
    pytest.param(
        "Title\n\nQuestion:\nWhat about the visa regime?\n\nAnswer:\nIt stays.\n",
        [("Question", None, "What about the visa regime?"), ("Answer", 0, "It stays.")],
        id="labels-on-their-own-lines",
    ),
]


@pytest.mark.parametrize(("text", "expected"), QA_CASES)
def test_questions_and_answers(text: str, expected: list[tuple[str, int | None, str]]) -> None:
    parsed = parse_text(text)
    assert _qa(parsed, text) == expected
    check_invariants(text, parsed)


_PRESSER = "Foreign Ministry Spokesperson Li Wen's Regular Press Conference on June 3, 2024\n\n"
#: Press-conference transcripts: questions labelled by the outlet, answers by the speaker's name.
OUTLET_CASES = [
    pytest.param(
        _PRESSER + "Li Wen: The Foreign Minister will visit Chile next week.\n\n"
        "Phoenix TV: What do you expect from the visit?\n\n"
        "Li Wen: Closer cooperation.\n\n"
        "Reuters: Is a new agreement planned?\n\n"
        "Li Wen: We will release information in due course.\n",
        [
            ("Phoenix TV", None, "What do you expect from the visit?"),
            ("Reuters", None, "Is a new agreement planned?"),
            ("Li Wen", None, "The Foreign Minister will visit Chile next week."),
            ("Li Wen", 0, "Closer cooperation."),
            ("Li Wen", 1, "We will release information in due course."),
        ],
        ["answer_name", "question_outlet", "answer_name", "question_outlet", "answer_name"],
        id="outlet-then-title-speaker",
    ),
    pytest.param(
        "Transcript of the Briefing\n\nJournalist: Will the border reopen?\n\n"
        "Elena Sokolova: It will, in June.\n\nCorrespondent (TASS): And the talks?\n\n"
        "Elena Sokolova: They continue.\n",
        [
            ("Journalist", None, "Will the border reopen?"),
            ("Correspondent (TASS)", None, "And the talks?"),
            ("Elena Sokolova", 0, "It will, in June."),
            ("Elena Sokolova", 1, "They continue."),
        ],
        ["question_outlet", "answer_name", "question_outlet", "answer_name"],
        id="journalist-then-person-name",
    ),
    pytest.param(
        _PRESSER + "Global Times: First question?\n\nBloomberg: Second question?\n\n"
        "Li Wen: One answer for both.\n",
        [
            ("Global Times", None, "First question?"),
            ("Bloomberg", None, "Second question?"),
            ("Li Wen", 1, "One answer for both."),
        ],
        ["question_outlet", "question_outlet", "answer_name"],
        id="an-outlet-question-may-go-unanswered",
    ),
    pytest.param(
        _PRESSER + "Li Wen: Good afternoon.\n\nXinhua News Agency: A question?\n\n"
        "Answer: A reply.\n",
        [
            ("Xinhua News Agency", None, "A question?"),
            ("Li Wen", None, "Good afternoon."),
            ("Answer", 0, "A reply."),
        ],
        ["answer_name", "question_outlet", "answer"],
        id="outlet-then-answer-label",
    ),
    pytest.param(
        "Minister Meets the Press\n\nDaniel Novak: Good afternoon.\n\n"
        "Kazakh TV: Any plans?\n\nMarta Diaz: Several.\n",
        [("Kazakh TV", None, "Any plans?"), ("Marta Diaz", 0, "Several.")],
        ["question_outlet", "answer_name"],
        id="a-name-that-is-not-the-title-speaker-needs-a-question",
    ),
]


@pytest.mark.parametrize(("text", "expected", "rules"), OUTLET_CASES)
def test_outlet_questions(
    text: str, expected: list[tuple[str, int | None, str]], rules: list[str]
) -> None:
    parsed, fired = parse_traced(text)
    assert _qa(parsed, text) == expected
    assert list(fired.labels) == rules
    check_invariants(text, parsed)


@pytest.mark.parametrize(
    "line",
    [
        "The Washington talks: a summary of the outcomes.",
        "Press: the ministry will brief journalists at noon.",
        "China and Japan: new steps in trade.",
    ],
)
def test_not_an_outlet_label(line: str) -> None:
    text = "Title of a statement\n\n" + line + "\n"
    parsed, fired = parse_traced(text)
    assert fired.labels == ()
    assert parsed.questions == ()


CHROME_CASES = [
    ("Share this page", "chrome_share"),
    ("All rights reserved. Contact us to use any licensed material.", "chrome_rights"),
    ("Privacy Policy", "chrome_policy"),
    ("Search in archive", "chrome_search"),
    ("Print the page", "chrome_print"),
    ("Print", "chrome_print"),
    ("Print version", "chrome_print"),
    ("Suchen", "chrome_search"),
    ("Source: https://example.org/news/1", "chrome_source"),
    ("Back", "chrome_back"),
    ("Back to top", "chrome_back"),
    ("Close", "chrome_back"),
    ("Subscribe", "chrome_policy"),
    ("Tags: diplomacy, trade", "chrome_tags"),
    ("Follow us on social media", "chrome_follow"),
    ("\u00a9 2024 Ministry of Foreign Affairs", "chrome_rights"),
    ("Home / Press Service / News", "chrome_breadcrumb"),
    ("From: Ministry of Foreign Affairs and the Minister of State", "chrome_from"),
    ("Published 5 June 2024", "chrome_published"),
    ("Updated 9 June 2024", "chrome_published"),
    ("Last updated 9 June 2024 \u2014 see all updates", "chrome_published"),
    ("Published", "chrome_published"),
    ("READOUT", "chrome_label"),
    ("Media Note", "chrome_label"),
    ("Begin Text:", "chrome_label"),
    ("End Text.", "chrome_label"),
    ("[End of text]", "chrome_label"),
]


@pytest.mark.parametrize(("chrome", "rule"), CHROME_CASES, ids=[c for c, _ in CHROME_CASES])
def test_chrome_at_the_end(chrome: str, rule: str) -> None:
    text = "Title\n\nAnswer: The position is unchanged.\n\n" + chrome + "\n"
    parsed, fired = parse_traced(text)
    assert [c.of(text) for c in parsed.chrome] == [chrome]
    assert list(fired.chrome) == [rule]
    assert [p.of(text) for p in parsed.paragraphs] == ["Answer: The position is unchanged."]
    assert parsed.answers[0].range.of(text) == "The position is unchanged."
    check_invariants(text, parsed)


@pytest.mark.parametrize(
    "line",
    [
        "Closer ties were discussed.",
        "Published reports were reviewed.",
        "From the outset, the sides agreed.",
        "Readout of the talks will follow.",
        "The text will be published on 5 June 2024.",
        "Tags were attached to the parcels.",
    ],
)
def test_not_chrome(line: str) -> None:
    text = "Title\n\n" + line + "\n"
    assert chrome_rule(text, split_lines(text)[2]) is None
    assert [p.of(text) for p in parse_text(text).paragraphs] == [line]


@pytest.mark.parametrize(
    ("tail", "items", "rule"),
    [
        pytest.param(
            "Tags\n\nOffice of the Spokesperson\nDeputy Minister Jan Horak\nChile\n",
            ["Tags", "Office of the Spokesperson", "Deputy Minister Jan Horak", "Chile"],
            "chrome_tags",
            id="tags-then-blank-then-items",
        ),
        pytest.param(
            "Keywords:\nTrade\nVisits\n\nThe visit will continue tomorrow.\n",
            ["Keywords:", "Trade", "Visits"],
            "chrome_tags",
            id="a-blank-line-ends-the-list",
        ),
        pytest.param(
            "From:\nMinistry of Foreign Affairs\nand the Minister of State\nPublished\n"
            "Share this page\n",
            ["From:", "Ministry of Foreign Affairs", "and the Minister of State"],
            "chrome_from",
            id="another-chrome-line-ends-the-list",
        ),
    ],
)
def test_chrome_label_lists(tail: str, items: list[str], rule: str) -> None:
    text = "Press Release on the Visit\n\nQuestion: Any news?\n\nAnswer: None today.\n\n" + tail
    parsed, fired = parse_traced(text)
    listed = [(c.of(text), r) for c, r in zip(parsed.chrome, fired.chrome, strict=True)]
    assert listed[: len(items)] == [(item, rule) for item in items]
    assert parsed.answers[0].range.of(text) == "None today."
    content = " ".join(p.of(text) for p in parsed.paragraphs)
    assert not any(item in content for item in items)
    check_invariants(text, parsed)


def test_gov_uk_header_block() -> None:
    text = (
        "Minister Visits the Region to Boost Trade\n\nThe Minister visits two countries.\n\n"
        "From:\nMinistry of Foreign Affairs and The Rt Hon Jane Roe MP\nPublished\n5 June 2024\n"
        "\nThe Minister met the President in the capital today.\n"
    )
    parsed, fired = parse_traced(text)
    assert parsed.date == dt.date(2024, 6, 5)
    assert fired.date == "date_label"
    assert [p.of(text) for p in parsed.paragraphs] == [
        "The Minister visits two countries.",
        "The Minister met the President in the capital today.",
    ]
    assert fired.chrome == ("chrome_from", "chrome_from", "chrome_published")
    check_invariants(text, parsed)


def test_disclaimer_makes_the_rest_chrome() -> None:
    tail = (
        "Disclaimer\n\nThe Ministry published this content on 2 April 2021 and is solely "
        "responsible for the information contained therein. Distributed by Public, unedited and "
        "unaltered, on 2 April 2021"
    )
    text = "Press Release Regarding the Summit\n\nThe summit will be held in May.\n\n" + tail
    parsed = parse_text(text + "\n")
    assert [c.of(text) for c in parsed.chrome] == [tail]
    assert [p.of(text) for p in parsed.paragraphs] == ["The summit will be held in May."]


@pytest.mark.parametrize(
    ("text", "code", "where"),
    [
        pytest.param("", Code.TEXT_EMPTY, None, id="empty"),
        pytest.param(" \n\u00a0\n\t\n", Code.TEXT_EMPTY, None, id="white-space"),
        pytest.param(
            "Share this page\n\nPrivacy Policy\n", Code.TEXT_NO_TITLE, (1, 1), id="chrome"
        ),
        pytest.param("Question: Why?\nAnswer: Because.\n", Code.TEXT_NO_TITLE, (1, 1), id="label"),
        pytest.param(
            "Title\n\nQuestion: Why now?\n", Code.QUESTION_WITHOUT_ANSWER, (3, 1), id="trailing-q"
        ),
        pytest.param(
            "Title\n\nIntro.\n\nQuestion: One?\n\nQuestion: Two?\n\nAnswer: Both.\n",
            Code.QUESTION_WITHOUT_ANSWER,
            (5, 1),
            id="question-followed-by-question",
        ),
        pytest.param(
            "Title\n\nQuestion:\n\nAnswer: Yes.\n", Code.LABEL_WITHOUT_TEXT, (3, 1), id="empty-q"
        ),
        pytest.param(
            "Title\n\nQuestion: Why?\n\nAnswer:\n", Code.LABEL_WITHOUT_TEXT, (5, 1), id="empty-a"
        ),
    ],
)
def test_errors(text: str, code: Code, where: tuple[int, int] | None) -> None:
    with pytest.raises(MfaError) as exc_info:
        parse_text(text)
    assert exc_info.value.codes == (code,)
    problem = exc_info.value.problems[0]
    assert problem.path is None
    assert problem.hint
    if where is not None:
        assert (problem.line, problem.col) == where


# -- 4. linear time ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "unit",
    [
        '"',
        "\u201c",
        ":",
        "No:",
        "No: 1/",
        "(",
        ")",
        "Question: ",
        "Answer:",
        " on ",
        ", ",
        " ",
        "\u00a0",
        "Statement by ",
        "A b, ",
        "Xy Zy answers ",
        "'s ",
        "1 May ",
        "12.12.",
        "\n",
        "\n\n",
        "Share this page\n",
        "Disclaimer\n",
        "Published ",
        "Published\n",
        "Tags\n",
        "From:\n",
        "Ab Cd ",
        "Phoenix ",
        "CCTV: ",
        "The below is attributable to ",
        "Talks ",
        "Summit x ",
        "New Delhi\n",
        "Moscow, ",
    ],
)
def test_linear_time_smoke(unit: str) -> None:
    for text in (unit * 10_000, "Title\n\n" + unit * 10_000, "Statement by " + unit * 10_000):
        try:
            parsed = parse_text(text)
        except MfaError:
            continue
        check_invariants(text, parsed)
