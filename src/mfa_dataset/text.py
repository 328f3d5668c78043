"""Text helpers: normalisation for matching, and finding quotes in a raw text.

Stored text always keeps the raw characters (curly quotes, non-breaking spaces, ğ, ü);
:func:`normalise` exists only to compare.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

_PUNCT = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
    }
)
_SPACES = re.compile(r"\s+")


def normalise(text: str) -> str:
    """Fold quotes, dashes, white space and case so that near-identical text compares equal."""
    folded = unicodedata.normalize("NFKC", text).translate(_PUNCT)
    return _SPACES.sub(" ", folded).strip().casefold()


def occurrences(text: str, quote: str) -> list[int]:
    """Start offsets of every (possibly overlapping) exact occurrence of ``quote``."""
    found: list[int] = []
    start = text.find(quote)
    while start != -1:
        found.append(start)
        start = text.find(quote, start + 1)
    return found


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
