"""Normalisation for matching only: the raw text is never changed, offsets always index it.

Two foldings exist. :func:`fold` maps every character to exactly one character (so a regular
expression run over the folded text reports offsets into the raw text): curly quotes become
``'``, dashes ``-``, every kind of white space a plain space, and letters lose their
diacritics (``ü`` -> ``u``, dotless ``i`` -> ``i``). :func:`key` is for dictionary look-ups of
whole strings: NFKC, :func:`fold`, casefold and collapsed white space.
"""

from __future__ import annotations

import re
import unicodedata

_SPECIAL = {
    "\u2018": "'",  # left single quotation mark
    "\u2019": "'",  # right single quotation mark
    "\u201a": "'",
    "\u201b": "'",
    "\u2032": "'",  # prime
    "\u02bc": "'",  # modifier letter apostrophe
    "\u02bb": "'",  # modifier letter turned comma (okina)
    "\u0060": "'",  # grave accent used as an apostrophe
    "\u00b4": "'",  # acute accent used as an apostrophe
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2013": "-",  # en dash
    "\u2014": "-",  # em dash
    "\u2015": "-",
    "\u2212": "-",  # minus sign
    "\u0131": "i",  # dotless i (Turkish, Azerbaijani)
    "\u0130": "I",  # capital I with dot above
    "\u0259": "e",  # schwa (Azerbaijani ə)
    "\u018f": "E",  # capital schwa (Ə)
    "\u00f8": "o",
    "\u00d8": "O",
    "\u0111": "d",
    "\u0110": "D",
    "\u0142": "l",
    "\u0141": "L",
}


def _fold_char(char: str) -> str:
    """One character for ``char``: never more, never fewer."""
    if char in _SPECIAL:
        return _SPECIAL[char]
    if char.isspace():
        return " "
    compat = unicodedata.normalize("NFKC", char)
    if len(compat) == 1 and compat != char:
        char = compat
    decomposed = unicodedata.normalize("NFKD", char)
    base = decomposed[0]
    if len(decomposed) > 1 and all(unicodedata.combining(c) for c in decomposed[1:]):
        return base
    return char


class _FoldTable(dict[int, str]):
    """A ``str.translate`` table that works out each character the first time it is seen."""

    def __missing__(self, code: int) -> str:
        folded = _fold_char(chr(code))
        self[code] = folded
        return folded


_TABLE = _FoldTable()


_ASCII = str.maketrans("\t\n\r\x0b\x0c`", "     '")
#: Runs of the characters :func:`_fold_char` may change: all but the printable ASCII ones
#: (which it keeps as they are), and the grave accent.
_CHANGING = re.compile(r"[^\x20-\x5f\x61-\x7e]+")


def _fold_run(m: re.Match[str]) -> str:
    return m.group().translate(_TABLE)


def fold(text: str) -> str:
    """``text`` with quotes, dashes, spaces and diacritics folded; same length as ``text``."""
    if text.isascii():
        return text.translate(_ASCII)
    # ``text.translate(_TABLE)``, translating only the runs that may change (faster)
    return _CHANGING.sub(_fold_run, text)


def fold_slice(text: str, start: int, end: int) -> str:
    """``fold(text)[start:end]``, folding only that slice."""
    piece = text[start:end]
    return piece.translate(_ASCII) if text.isascii() else _CHANGING.sub(_fold_run, piece)


_WHITE = re.compile(r"\s+")


def key(text: str) -> str:
    """Dictionary key for a whole string: folded, casefolded, white space collapsed."""
    folded = fold(unicodedata.normalize("NFKC", text)).casefold()
    return _WHITE.sub(" ", folded).strip()


def first_upper(text: str) -> bool:
    """Whether ``text`` starts with an upper-case letter (as names of states do)."""
    return bool(text) and text[0].isupper()
