"""``mfa-dataset evaluate``: parsing and extraction scored against gold files.

For every ``<stem>.txt`` beside a ``<stem>.gold.json`` (the format of the shared corpus):
header fields and the number of Q/A pairs are compared exactly; meetings and agreements are
matched one to one, greedily, in gold order:

- a meeting matches when its participant countries (organizations as ``ORG:<acronym>``; null
  ignored) equal the gold's and at least one participant name matches (case, diacritics and
  honorifics aside; a surname alone is enough; a null name matches a null name of that country);
- an agreement matches when kind and parties are equal, or the evidence ranges overlap;
- gold agreements with status ``mentioned`` are optional: matching one counts nothing, missing
  one costs nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from mfa_dataset.actors import find_organization, match_key, strip_honorifics
from mfa_dataset.errors import Code, MfaError
from mfa_dataset.extraction import Context, Extraction, extract
from mfa_dataset.extraction.result import AgreementDraft, MeetingDraft
from mfa_dataset.gold import GoldAgreement, GoldDocument, GoldMeeting, load_gold
from mfa_dataset.parsing import parse_text
from mfa_dataset.parsing.result import ParsedText, TextRange
from mfa_dataset.seeds import read_text

HEADER_FIELDS = ("number", "kind", "speaker", "date", "qa_pairs")


@dataclass
class Score:
    true_positives: int = 0
    predicted: int = 0  # predictions that count (not matched to an optional gold record)
    expected: int = 0  # required gold records

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.expected if self.expected else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Score) -> None:
        self.true_positives += other.true_positives
        self.predicted += other.predicted
        self.expected += other.expected


@dataclass
class DocumentResult:
    doc_id: str
    header: dict[str, bool]
    meetings: Score
    agreements: Score
    misses: list[str] = field(default_factory=list)  # what went wrong, for --misses
    #: "<table>.<field>" -> (right, compared) over matched records
    fields: dict[str, list[int]] = field(default_factory=dict)

    def compare(self, name: str, ok: bool, what: str) -> None:
        tally = self.fields.setdefault(name, [0, 0])
        tally[0] += ok
        tally[1] += 1
        if not ok:
            self.misses.append(f"{name} wrong: {what}")


@dataclass
class Report:
    documents: list[DocumentResult]

    def total(self, table: str) -> Score:
        score = Score()
        for d in self.documents:
            score.add(d.meetings if table == "meetings" else d.agreements)
        return score

    def field_accuracy(self) -> dict[str, tuple[int, int]]:
        """``<table>.<field>`` -> (right, compared) over matched records, in a fixed order."""
        total: dict[str, list[int]] = {}
        for d in self.documents:
            for name, (right, compared) in d.fields.items():
                tally = total.setdefault(name, [0, 0])
                tally[0] += right
                tally[1] += compared
        return {name: (r, c) for name, (r, c) in sorted(total.items())}

    def header_accuracy(self, name: str) -> float:
        hits = [d.header[name] for d in self.documents]
        return sum(hits) / len(hits) if hits else 1.0


def evaluate(folder: Path) -> Report:
    """Score every gold document in ``folder``."""
    pairs = [(t, t.with_name(f"{t.stem}.gold.json")) for t in sorted(folder.glob("*.txt"))]
    pairs = [(t, g) for t, g in pairs if g.is_file()]
    if not pairs:
        raise MfaError.one(
            Code.GOLD_MISSING,
            "no <stem>.txt with a <stem>.gold.json beside it",
            path=str(folder),
            hint="point evaluate at a folder in the format of the shared corpus",
        )
    return Report([evaluate_document(read_text(t), load_gold(g)) for t, g in pairs])


def evaluate_document(raw: str, gold: GoldDocument) -> DocumentResult:
    parsed = parse_text(raw)
    found = extract(raw, parsed, Context(gold.issuer_country, gold.date))
    result = DocumentResult(gold.doc_id, _header(parsed, raw, gold), Score(), Score())
    result.misses += [f"header {name}" for name, ok in result.header.items() if not ok]
    _score_meetings(found, gold.meetings, raw, result)
    _score_agreements(found, gold.agreements, raw, result)
    return result


def _header(parsed: ParsedText, raw: str, gold: GoldDocument) -> dict[str, bool]:
    speaker = parsed.speaker
    return {
        "number": (parsed.number.raw if parsed.number else None) == gold.number,
        "kind": parsed.kind.value == gold.kind,
        "speaker": (speaker.name, speaker.role) == (gold.speaker.name, gold.speaker.role)
        if speaker and gold.speaker
        else speaker is None and gold.speaker is None,
        "date": parsed.date == gold.date,
        "qa_pairs": sum(a.question is not None for a in parsed.answers) == gold.qa_pairs,
    }


def fold(name: str) -> str:
    """A name for comparison: no diacritics, no case, no honorifics (as the gazetteer)."""
    return match_key(strip_honorifics(name))


def _names_match(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return a is b
    x, y = fold(a), fold(b)
    return x == y or x.split()[-1:] == y.split()[-1:]


def _countries(codes: Iterable[str | None]) -> set[str]:
    """Participant codes; organizations by the gazetteer's acronym (CCTS is OTS)."""
    return {_party(c) for c in codes if c}


def _party(code: str) -> str:
    if not code.startswith("ORG:"):
        return code
    known = find_organization(code[4:])
    return code if known is None else f"ORG:{known.acronym}"


def _draft_codes(m: MeetingDraft) -> set[str]:
    return _countries(
        p.country or (f"ORG:{p.organization}" if p.organization else None) for p in m.participants
    )


def meeting_matches(draft: MeetingDraft, gold: GoldMeeting) -> bool:
    if _draft_codes(draft) != _countries(p.country for p in gold.participants):
        return False
    return any(
        _names_match(d.name, g.name) and (d.name is not None or d.country == g.country)
        for d in draft.participants
        for g in gold.participants
    )


def _range(raw: str, quote: str) -> TextRange | None:
    start = raw.find(quote)
    return None if start < 0 else TextRange(start, start + len(quote))


def _overlaps_gold(draft: MeetingDraft | AgreementDraft, evidence: str, raw: str) -> bool:
    where = _range(raw, evidence)
    e = draft.evidence
    return where is not None and e.start < where.end and where.start < e.end


def agreement_matches(draft: AgreementDraft, gold: GoldAgreement, raw: str) -> bool:
    same_parties = _countries(draft.parties) == _countries(gold.parties)
    if draft.kind.value == gold.kind and same_parties:
        return True
    return _overlaps_gold(draft, gold.evidence, raw)


Draft = TypeVar("Draft", MeetingDraft, AgreementDraft)


def _pick(matching: list[Draft], evidence: str, raw: str) -> Draft | None:
    """Of the drafts that match a gold record, the one whose evidence overlaps the gold's."""
    overlapping = [d for d in matching if _overlaps_gold(d, evidence, raw)]
    best = overlapping or matching
    return best[0] if best else None


def _score_meetings(
    found: Extraction, gold: Sequence[GoldMeeting], raw: str, result: DocumentResult
) -> None:
    unused = list(found.meetings)
    score = result.meetings
    score.expected = len(gold)
    for g in gold:
        hit = _pick([d for d in unused if meeting_matches(d, g)], g.evidence, raw)
        if hit is None:
            result.misses.append(f"meeting missed: {g.evidence[:90]}")
            continue
        unused.remove(hit)
        score.true_positives += 1
        _compare_meeting(hit, g, result)
    score.predicted = len(found.meetings)
    result.misses += [f"meeting extra: {d.evidence.of(raw)[:90]}" for d in unused]


def _score_agreements(
    found: Extraction, gold: Sequence[GoldAgreement], raw: str, result: DocumentResult
) -> None:
    unused = list(found.agreements)
    score = result.agreements
    optional_hits = 0
    ordered = sorted(gold, key=lambda g: g.status == "mentioned")  # required ones first
    for g in ordered:
        optional = g.status == "mentioned"
        score.expected += not optional
        hit = _pick([d for d in unused if agreement_matches(d, g, raw)], g.evidence, raw)
        if hit is None:
            if not optional:
                result.misses.append(f"agreement missed: {g.evidence[:90]}")
            continue
        unused.remove(hit)
        _compare_agreement(hit, g, result)
        if optional:
            optional_hits += 1
        else:
            score.true_positives += 1
    score.predicted = len(found.agreements) - optional_hits
    result.misses += [f"agreement extra: {d.evidence.of(raw)[:90]}" for d in unused]


def _compare_meeting(d: MeetingDraft, g: GoldMeeting, result: DocumentResult) -> None:
    where = d.location
    pairs = {
        "format": (d.format.value, g.format),
        "status": (d.status.value, g.status),
        "location_city": (where.city if where else None, g.location_city),
        "location_country": (where.country if where else None, g.location_country),
        "date": (d.date, g.date),
    }
    for name, (got, want) in pairs.items():
        result.compare(
            f"meetings.{name}", got == want, f"{got!r} for {want!r} in {g.evidence[:60]}"
        )


def _compare_agreement(d: AgreementDraft, g: GoldAgreement, result: DocumentResult) -> None:
    value = (d.value.amount, d.value.currency) if d.value else None
    pairs = {
        "kind": (d.kind.value, g.kind),
        "status": (d.status.value, g.status),
        "parties": (_countries(d.parties), _countries(g.parties)),
        "value": (value, (g.value.amount, g.value.currency) if g.value else None),
    }
    for name, (got, want) in pairs.items():
        result.compare(
            f"agreements.{name}", got == want, f"{got!r} for {want!r} in {g.evidence[:60]}"
        )
