"""Scoring extraction against gold files: matching rules, optional records, the command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import shared_dir
from mfa_dataset.cli import main
from mfa_dataset.errors import Code, MfaError
from mfa_dataset.evaluate import Score, agreement_matches, evaluate, meeting_matches
from mfa_dataset.extraction.result import AgreementDraft, MeetingDraft
from mfa_dataset.gold import GoldAgreement, GoldMeeting, GoldParticipant, load_gold
from mfa_dataset.models import Participant
from mfa_dataset.parsing.result import TextRange
from mfa_dataset.types import AgreementKind, AgreementStatus, MeetingFormat, MeetingStatus


def draft(*people: tuple[str | None, str | None, str | None]) -> MeetingDraft:
    return MeetingDraft(
        participants=tuple(Participant(name=n, country=c, organization=o) for n, c, o in people),
        format=MeetingFormat.BILATERAL,
        status=MeetingStatus.HELD,
        location=None,
        occasion=None,
        date=None,
        evidence=TextRange(0, 1),
    )


def gold(*people: tuple[str | None, str | None]) -> GoldMeeting:
    return GoldMeeting(
        participants=[GoldParticipant(name=n, country=c) for n, c in people],
        format="bilateral",
        status="held",
        evidence="x",
    )


@pytest.mark.parametrize(
    ("found", "expected", "matches"),
    [
        pytest.param(
            draft(("Jeyhun Bayramov", "AZE", None), ("Sergey Lavrov", "RUS", None)),
            gold(("Jeyhun Bayramov", "AZE"), ("Sergey Lavrov", "RUS")),
            True,
            id="same",
        ),
        pytest.param(
            draft(("H.E. Mr. Mevlut Cavusoglu", "TUR", None), (None, "AZE", None)),
            gold(("Mevlüt Çavuşoğlu", "TUR"), ("Elmar Mammadyarov", "AZE")),
            True,
            id="diacritics-and-honorifics",
        ),
        pytest.param(
            draft(("Erdoğan", "TUR", None), ("Xi Jinping", "CHN", None)),
            gold(("Recep Tayyip Erdoğan", "TUR"), ("Xi Jinping", "CHN")),
            True,
            id="surname",
        ),
        pytest.param(
            draft(("A B", "AZE", None), ("C D", "RUS", None)),
            gold(("A B", "AZE"), ("C D", "ARM")),
            False,
            id="other-country",
        ),
        pytest.param(
            draft(("A B", "AZE", None), ("Youth Forum", None, "ICYF")),
            gold(("A B", "AZE"), ("Taha Ayhan", "ORG:ICYF")),
            True,
            id="organization",
        ),
        pytest.param(
            draft((None, "AZE", None), (None, "GEO", None)),
            gold((None, "AZE"), (None, "GEO")),
            True,
            id="unnamed-delegations",
        ),
        pytest.param(
            draft(("X Y", "AZE", None), ("Z W", "GEO", None)),
            gold(("A B", "AZE"), ("C D", "GEO")),
            False,
            id="no-name-in-common",
        ),
    ],
)
def test_meeting_matching(found: MeetingDraft, expected: GoldMeeting, matches: bool) -> None:
    assert meeting_matches(found, expected) is matches


def test_agreement_matching_by_kind_and_parties_or_overlap() -> None:
    raw = "They signed a memorandum on trade. They mentioned the Charter."
    mou = AgreementDraft(
        title=None,
        kind=AgreementKind.MEMORANDUM_OF_UNDERSTANDING,
        parties=("AZE", "GEO"),
        status=AgreementStatus.SIGNED,
        value=None,
        meeting=None,
        evidence=TextRange(5, 33),
    )
    same = GoldAgreement(
        kind="memorandum_of_understanding", parties=["GEO", "AZE"], status="signed", evidence="x"
    )
    overlapping = GoldAgreement(kind="treaty", parties=[], status="signed", evidence="a memorandum")
    elsewhere = GoldAgreement(kind="other", parties=[], status="mentioned", evidence="the Charter")
    assert agreement_matches(mou, same, raw)
    assert agreement_matches(mou, overlapping, raw)
    assert not agreement_matches(mou, elsewhere, raw)


def test_score_arithmetic() -> None:
    score = Score(true_positives=3, predicted=4, expected=6)
    assert (score.precision, score.recall) == (0.75, 0.5)
    assert score.f1 == pytest.approx(0.6)
    assert Score().f1 == 1.0  # nothing expected, nothing predicted


def test_gold_file_errors_are_located(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Title\n\nBody.\n", encoding="utf-8")
    (tmp_path / "a.gold.json").write_text(json.dumps({"doc_id": "a"}), encoding="utf-8")
    with pytest.raises(MfaError) as info:
        evaluate(tmp_path)
    assert set(info.value.codes) == {Code.GOLD_INVALID}
    assert info.value.problems[0].path == str(tmp_path / "a.gold.json")


def test_folder_without_gold(tmp_path: Path) -> None:
    with pytest.raises(MfaError) as info:
        evaluate(tmp_path)
    assert info.value.codes == (Code.GOLD_MISSING,)


def test_corpus_meets_the_targets(capsys: pytest.CaptureFixture[str]) -> None:
    corpus = shared_dir("corpus")
    assert main(["evaluate", str(corpus), "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["documents"] == len(list(corpus.glob("*.gold.json")))
    assert report["meetings"]["f1"] >= 0.85, report["misses"]
    assert report["agreements"]["f1"] >= 0.80, report["misses"]
    assert all(value == 1.0 for value in report["header_accuracy"].values())
    assert "az-280-24" not in report["misses"], report["misses"].get("az-280-24")
    fields = report["field_accuracy"]
    assert {name.split(".")[0] for name in fields} == {"meetings", "agreements"}
    for name, tally in fields.items():
        assert tally["right"] / tally["compared"] >= 0.9, (name, tally)
    for stem in ("az-280-24", "tr-298-19"):
        assert load_gold(corpus / f"{stem}.gold.json").doc_id == stem


def test_evaluate_text_output_lists_misses(capsys: pytest.CaptureFixture[str]) -> None:
    corpus = shared_dir("corpus")
    assert main(["evaluate", str(corpus), "--misses"]) == 0
    out = capsys.readouterr().out
    assert "meetings" in out
    assert "agreements" in out
    assert "precision" in out
