"""Sentences of synthetic statements: meetings, calls, visits, documents and the prose around
them, drawn with one seeded ``random.Random`` per statement.

The :class:`Writer` remembers what it reported (who met whom where, which document was signed)
so that the sidecar can curate some of it with exact quotes.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from typing import Any, TypeVar

from benchmarks import vocabulary as v

T = TypeVar("T")

_QUESTIONS = (
    "What would you say about the outcomes of this meeting?",
    "How do you assess the current state of relations with {country}?",
    "Could you comment on the prospects of cooperation in {field}?",
    "What are the next steps in the dialogue with {country}?",
    "Is there any progress on {topic}?",
    "How would you evaluate the results of the talks?",
)
_CURRENCIES = ("USD", "EUR")


class Writer:
    """Sentence builders for one statement of ``issuer`` published on ``published``."""

    def __init__(self, rng: random.Random, issuer: v.Issuer, published: dt.date) -> None:
        self.rng = rng
        self.issuer = issuer
        self.published = published
        self.pools = v.pools()
        self._meetings: list[dict[str, Any]] = []
        self._agreements: list[dict[str, Any]] = []
        self._drops: list[dict[str, Any]] = []

    # -- draws ---------------------------------------------------------------------------------
    def pick(self, items: Sequence[T]) -> T:
        return items[self.rng.randrange(len(items))]

    def home(self) -> v.Actor:
        return self.pick(self.pools.by_country[self.issuer.country])

    def foreign(self, *avoid: str) -> v.Actor:
        while True:
            actor = self.pick(self.pools.actors)
            if actor.country != self.issuer.country and actor.country not in avoid:
                return actor

    def person_name(self) -> str:
        return f"{self.pick(self.pools.given)} {self.pick(self.pools.family)}"

    def city(self, country: str) -> str:
        return self.pick(self.pools.cities.get(country) or ("Geneva",))

    def topic(self) -> str:
        return self.pick(v.TOPICS)

    def long_date(self, day: dt.date) -> str:
        if self.rng.random() < 0.5:
            return f"{day.day} {day:%B} {day.year}"
        return f"{day:%B} {day.day}, {day.year}"

    def day(self) -> dt.date:
        return self.published - dt.timedelta(days=self.rng.randrange(0, 3))

    # -- people --------------------------------------------------------------------------------
    def titled(self, a: v.Actor) -> str:
        """ "Minister of Foreign Affairs of Türkiye Hakan Fidan" (short country name)."""
        return f"{a.title} of {v.short(a.country)} {a.name}"

    def full(self, a: v.Actor) -> str:
        if self.rng.random() < 0.6:
            return f"{a.title} of {v.official(a.country)} {a.name}"
        return f"{a.title} {a.name}"

    def brief(self, a: v.Actor) -> str:
        return f"{a.title.split(' of ')[0]} {a.name.split()[-1]}"

    # -- meetings ------------------------------------------------------------------------------
    def meeting_sentence(
        self, guest: v.Actor | None = None, *, dated: bool = False, dateline: bool = False
    ) -> str:
        a, b = self.home(), guest or self.foreign()
        sides = [a, b]
        city = self.city(self.pick((a.country, b.country)))
        variant = self.rng.randrange(6)
        if variant == 0:
            clause = f"{self.full(a)} met with {self.full(b)} in {city}"
        elif variant == 1:
            clause = f"A meeting between {self.full(a)} and {self.full(b)} was held in {city}"
        elif variant == 2:
            city = self.city(a.country)
            clause = f"{self.full(a)} received {self.full(b)} in {city}"
        elif variant == 3:
            _, acronym = self.pick(self.pools.organizations)
            event = self.pick(v.EVENTS)
            clause = (
                f"{self.full(a)} held a bilateral meeting with {self.full(b)} on the sidelines "
                f"of the {acronym} {event} in {city}"
            )
        elif variant == 4:
            c = self.foreign(b.country)
            sides.append(c)
            clause = (
                f"A trilateral meeting between {self.full(a)}, {self.full(b)} and {self.full(c)} "
                f"took place in {city}"
            )
        else:
            clause = f"{self.full(a)} held talks with {self.full(b)} in {city}"
        day = self.day()
        self._meetings.append(
            {
                "evidence": clause,
                "participants": [
                    {"name": s.name, "title": s.title, "country": s.country} for s in sides
                ],
                "location": {"city": city},
                "date": day.isoformat() if dated or dateline else None,
            }
        )
        if dateline:
            return f"{city}, {day:%B} {day.day}, {day.year} \u2013 {clause}."
        if dated:
            return f"On {self.long_date(day)}, {clause}."
        return f"{clause}."

    def call_sentence(self, other: v.Actor) -> str:
        words = "a telephone conversation took place between"
        self._drops.append({"evidence": words, "reason": "a call, not a meeting"})
        a = self.issuer.minister
        return (
            f"On {self.long_date(self.day())}, {words} {self.full(a)} and {self.full(other)}. "
            f"{self.filler_sentence()}"
        )

    def visit_sentence(self, host: v.Actor) -> str:
        start = self.published + dt.timedelta(days=self.rng.randrange(2, 20))
        return (
            f"{self.brief(self.issuer.minister)} will pay an official visit to "
            f"{v.short(host.country)} at the invitation of {self.full(host)} on "
            f"{start.day}\u2013{start.day + 1} {start:%B} {start.year}."
        )

    def talks_sentence(self, host: v.Actor) -> str:
        return (
            f"During the visit, {self.brief(self.issuer.minister)} will hold talks with "
            f"{self.brief(host)} in {self.city(host.country)}. {self.filler_sentence()}"
        )

    def their_meeting_sentence(self) -> str:
        a, b = self.home(), self.foreign()
        day = self.day()
        return (
            f"These issues were discussed in detail by {self.full(a)} and {self.full(b)} during "
            f"their meeting in {self.city(b.country)} on {day.day} {day:%B}. "
            f"{self.filler_sentence()}"
        )

    # -- documents -----------------------------------------------------------------------------
    def agreement_sentence(self, status: str = "signed") -> str:
        noun, kind = self.pick(v.DOCUMENTS)
        other = self.foreign()
        field = self.pick(v.FIELDS)
        parties = sorted({self.issuer.country, other.country})
        record: dict[str, Any] = {"kind": kind, "parties": parties, "status": status}
        if status == "planned":
            quote = f"{noun} on cooperation in the field of {field}"
            sentence = f"A {quote} is expected to be signed during the visit."
        elif status == "in_force":
            quote = (
                f"{noun} between {self.issuer.short} and {v.short(other.country)} on {self.topic()}"
            )
            sentence = f"The {quote} entered into force on {self.long_date(self.published)}."
        elif self.rng.random() < 0.3:
            amount = self.rng.randrange(5, 900)
            currency = self.pick(_CURRENCIES)
            kind = "agreement"
            quote = (
                f"agreement on the establishment of a joint fund worth {currency} {amount} million"
            )
            record |= {"kind": kind, "value": {"amount": amount * 1_000_000, "currency": currency}}
            sentence = f"An {quote} was signed."
        else:
            quote = (
                f"{noun} between the Government of {v.official(self.issuer.country)} and the "
                f"Government of {v.official(other.country)} on cooperation in the field of {field}"
            )
            record["title"] = quote
            sentence = f"Following the talks, a {quote} was signed."
        self._agreements.append({"evidence": quote, **record})
        return sentence

    # -- prose ---------------------------------------------------------------------------------
    def question(self) -> str:
        return self.pick(_QUESTIONS).format(
            country=v.short(self.foreign().country), field=self.pick(v.FIELDS), topic=self.topic()
        )

    def filler_sentence(self) -> str:
        r, pick = self.rng, self.pick
        us, them = self.issuer.short, v.short(self.foreign().country)
        goal, field, topic = pick(v.NOUNS_GOAL), pick(v.FIELDS), self.topic()
        variant = r.randrange(10)
        if variant == 0:
            return f"The sides exchanged views on {topic} and on {self.topic()}."
        if variant == 1:
            who = pick(("The Minister", "The parties", f"The {us} side", "Both sides"))
            return f"{who} {pick(v.VERBS_STRESS)} the importance of {goal}."
        if variant == 2:
            return (
                f"It was noted that the {pick(v.QUALITIES)} relations between {us} and {them} "
                f"continue to develop in {field} and {pick(v.FIELDS)}."
            )
        if variant == 3:
            return f"Special attention was paid to {goal} and to cooperation in {field}."
        if variant == 4:
            return f"{us} attaches great importance to {goal}."
        if variant == 5:
            return (
                f"The parties also discussed {topic}, {field} and other issues of mutual interest."
            )
        if variant == 6:
            return f"In this regard, {goal} remains a priority for {us}."
        if variant == 7:
            amount = r.randrange(50, 5000)
            return (
                f"Trade turnover between {us} and {them} reached {amount} million US dollars "
                f"last year, and the sides agreed to work on {goal}."
            )
        if variant == 8:
            return f"We are confident that {goal} will open new opportunities in {field}."
        return (
            f"The {pick(v.QUALITIES)} dialogue with {them} on {topic} serves the interests of "
            f"both peoples."
        )

    def filler_paragraph(self, low: int, high: int) -> str:
        return " ".join(self.filler_sentence() for _ in range(self.rng.randint(low, high)))

    # -- sidecar -------------------------------------------------------------------------------
    def curated(self, text: str) -> dict[str, Any]:
        """Sidecar records for some of what was written, each quoted exactly once in ``text``."""
        out: dict[str, Any] = {}
        meetings = [m for m in self._meetings if text.count(m["evidence"]) == 1]
        if meetings and self.rng.random() < 0.5:
            m = meetings[0]
            out["meetings"] = [{k: val for k, val in m.items() if val is not None}]
        agreements = [g for g in self._agreements if text.count(g["evidence"]) == 1]
        if agreements and self.rng.random() < 0.5:
            out["agreements"] = agreements[:1]
        drops = [d for d in self._drops if text.count(d["evidence"]) == 1]
        if drops:
            out["drop"] = drops[:1]
        return out
