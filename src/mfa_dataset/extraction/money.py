"""Amounts of money in running text: "USD 300 million", "$2.5 billion", "300 million US dollars".

A small table of named rules, tried in this order (on overlap the earliest start wins, then the
longer match, then the earlier rule):

1. ``code_before``: an ISO 4217 code before the number ("USD 300 million", "EUR 1.2bn",
   "AZN 50,000", "US$ 5 million");
2. ``symbol_before``: a currency sign before the number ("$2.5 billion", "€10 million");
3. ``name_after``: a currency name after the number ("300 million US dollars", "5 mln euros");
4. ``code_after``: an ISO 4217 code after the number ("300 million USD");
5. ``half_scale``: half a scale word before a currency name ("half a billion dollars").

Scales include the Indian crore (10^7) and lakh (10^5): "Rs 100 crore", "INR 5 lakh".

Amounts are whole units of the currency as the text states them: not converted, not rounded
beyond the unit ("1.25 million" -> 1250000). Every code is checked against ISO 4217 (pycountry)
when the module is imported, and a three-letter word is a code only if ISO 4217 knows it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Final

import pycountry

from mfa_dataset.models import Money

#: Currency signs -> ISO 4217. "$" is the U.S. dollar in diplomatic English unless qualified.
SYMBOLS: Final = {
    "US$": "USD", "U.S.$": "USD", "$": "USD", "€": "EUR", "£": "GBP", "₼": "AZN",
    "₽": "RUB", "₺": "TRY", "₸": "KZT", "₹": "INR", "₩": "KRW", "₾": "GEL", "C$": "CAD",
    "A$": "AUD", "CHF": "CHF", "Rs.": "INR", "Rs": "INR", "RMB": "CNY",
}  # fmt: skip
#: Currency names (singular and plural, lower case) -> ISO 4217.
NAMES: Final = {
    "us dollar": "USD", "u.s. dollar": "USD", "american dollar": "USD", "dollar": "USD",
    "euro": "EUR", "pound sterling": "GBP", "pounds sterling": "GBP", "british pound": "GBP",
    "pound": "GBP", "swiss franc": "CHF", "canadian dollar": "CAD", "australian dollar": "AUD",
    "hong kong dollar": "HKD", "yuan": "CNY", "renminbi": "CNY", "chinese yuan": "CNY",
    "yen": "JPY", "japanese yen": "JPY", "ruble": "RUB", "rouble": "RUB", "russian ruble": "RUB",
    "manat": "AZN", "azerbaijani manat": "AZN", "lira": "TRY", "turkish lira": "TRY",
    "tenge": "KZT", "lari": "GEL", "dram": "AMD", "rupee": "INR", "indian rupee": "INR",
    "riyal": "SAR", "saudi riyal": "SAR", "dirham": "AED", "som": "KGS",
    "hryvnia": "UAH", "zloty": "PLN", "special drawing right": "XDR",
}  # fmt: skip
for _code in (*SYMBOLS.values(), *NAMES.values()):
    if pycountry.currencies.get(alpha_3=_code) is None:  # pragma: no cover - a typo above
        raise ValueError(f"{_code} is not an ISO 4217 currency code")

_SCALES: Final = {
    "thousand": 10**3, "k": 10**3, "million": 10**6, "mln": 10**6, "mn": 10**6, "m": 10**6,
    "billion": 10**9, "bln": 10**9, "bn": 10**9, "b": 10**9, "trillion": 10**12, "tn": 10**12,
    "trn": 10**12, "crore": 10**7, "crores": 10**7, "lakh": 10**5, "lakhs": 10**5,
    "lac": 10**5, "lacs": 10**5,
}  # fmt: skip
# "300", "50,000", "1.2", "2 500 000" (no-break spaces only), "1,5" (decimal comma)
_NUMBER = r"(?P<num>\d{1,3}(?:[,\u00a0\u202f]\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?)"
_SCALE = (
    r"(?:\s?(?P<scale>(?i:thousand|million|mln|mn|billion|bln|bn|trillion|trn|tn|crores?|lakhs?"
    r"|lacs?)"
    r"|(?i:m|b|k)(?![^\W\d_]))(?![^\W\d_]))?"
)
_AMOUNT = rf"(?<![\w.,]){_NUMBER}(?![\d]){_SCALE}"
_SIGN = "|".join(re.escape(s) for s in sorted(SYMBOLS, key=len, reverse=True) if s != "CHF")
_NAME = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in sorted(NAMES, key=len, reverse=True))


@dataclass(frozen=True, slots=True)
class MoneyRule:
    name: str
    pattern: re.Pattern[str]


def _rule(name: str, pattern: str) -> MoneyRule:
    return MoneyRule(name, re.compile(pattern))


MONEY_RULES: Final = (
    _rule("code_before", rf"(?<![\w$])(?P<code>[A-Z]{{3}}|US\$|U\.S\.\$)\s?{_AMOUNT}"),
    _rule("symbol_before", rf"(?<![\w$])(?P<sign>{_SIGN})\s?{_AMOUNT}"),
    _rule("name_after", rf"{_AMOUNT}\s+(?:of\s+)?(?P<name>(?i:{_NAME}))(?:e?s)?(?![^\W\d_])"),
    _rule("code_after", rf"{_AMOUNT}\s?(?P<code>[A-Z]{{3}})(?![^\W\d_])"),
    _rule(
        "half_scale",
        r"(?<![\w])(?i:half\s{1,3}an?)\s{1,3}(?P<scale>(?i:thousand|million|billion|trillion))"
        rf"\s{{1,3}}(?:of\s{{1,3}})?(?P<name>(?i:{_NAME}))(?:e?s)?(?![^\W\d_])",
    ),
)


@dataclass(frozen=True, slots=True)
class MoneyMention:
    start: int
    end: int
    money: Money
    rule: str


def _amount(match: re.Match[str]) -> int | None:
    if "num" not in match.re.groupindex:  # "half a billion"
        return int(Decimal("0.5") * _SCALES[match["scale"].lower()])
    raw = match["num"].replace("\u00a0", ",").replace("\u202f", ",")
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", raw):
        raw = raw.replace(",", "")
    else:
        raw = raw.replace(",", ".")  # a decimal comma: "1,5 million"
    try:
        value = Decimal(raw) * _SCALES.get((match["scale"] or "").lower(), 1)
    except InvalidOperation:  # pragma: no cover - the pattern only admits numbers
        return None
    return int(value)


def _money(match: re.Match[str], code: str | None) -> Money | None:
    amount = _amount(match)
    if code is None or amount is None or pycountry.currencies.get(alpha_3=code) is None:
        return None
    return Money(amount=amount, currency=code)


def parse_code_before(match: re.Match[str]) -> Money | None:
    code = match["code"]
    return _money(match, "USD" if code.endswith("$") else code)


def parse_symbol_before(match: re.Match[str]) -> Money | None:
    return _money(match, SYMBOLS[match["sign"]])


def parse_name_after(match: re.Match[str]) -> Money | None:
    name = re.sub(r"\s+", " ", match["name"].lower())
    return _money(match, NAMES.get(name))


def parse_code_after(match: re.Match[str]) -> Money | None:
    return _money(match, match["code"])


def parse_half_scale(match: re.Match[str]) -> Money | None:
    return parse_name_after(match)


_PARSERS: dict[str, Callable[[re.Match[str]], Money | None]] = {
    "code_before": parse_code_before,
    "symbol_before": parse_symbol_before,
    "name_after": parse_name_after,
    "code_after": parse_code_after,
    "half_scale": parse_half_scale,
}
assert tuple(_PARSERS) == tuple(rule.name for rule in MONEY_RULES)


def find_money(text: str, start: int = 0, end: int | None = None) -> list[MoneyMention]:
    """Every amount of money in ``text[start:end]``, in text order, without overlaps."""
    stop = len(text) if end is None else end
    found: list[tuple[int, int, int, MoneyMention]] = []
    for order, rule in enumerate(MONEY_RULES):
        for match in rule.pattern.finditer(text, start, stop):
            money = _PARSERS[rule.name](match)
            if money is not None:
                mention = MoneyMention(match.start(), match.end(), money, rule.name)
                found.append((match.start(), -match.end(), order, mention))
    kept: list[MoneyMention] = []
    for _, _, _, mention in sorted(found, key=lambda item: item[:3]):
        if not kept or mention.start >= kept[-1].end:
            kept.append(mention)
    return kept
