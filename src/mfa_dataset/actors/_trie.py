"""Many literal phrases as one regular expression, factored as a trie.

An alternation of two thousand names makes ``re`` try each one at every position; the same
names merged by common prefix (``Niger(?:ia|ien|ian)?``) let it fail after a character or two.
Optional continuations come before the end of a phrase, so the longest phrase wins. The first
character is matched as written (upper case for names); the rest ignores case.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_END = ""  # marks the end of a phrase in a trie node

Trie = dict[str, "Trie"]


def _insert(trie: Trie, phrase: str) -> None:
    node = trie
    for char in phrase:
        node = node.setdefault(char, {})
    node[_END] = {}


_RAW = {"-": "\\s*[-\u2010-\u2015\u2212]\\s*", "'": "['\u2018\u2019\u02bc\u02bb`]"}


def _atom(char: str, raw: bool) -> str:
    if char == " ":
        return r"\s+"
    if raw and char in _RAW:
        return _RAW[char]
    if char == "-":
        return r"\s*-\s*"
    return re.escape(char)


def _emit(node: Trie, raw: bool, literal: bool = False) -> str:
    branches = [
        (re.escape(char) if literal else _atom(char, raw)) + _emit(child, raw, literal)
        for char, child in sorted(node.items())
        if char
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if _END in node:
        return "(?:" + body + ")?"
    return body


def phrases_pattern(phrases: Iterable[str], raw: bool = False) -> str:
    """Regex source matching any of ``phrases``: first character exact, the rest any case.

    A space in a phrase matches any run of white space, a hyphen may have spaces around it.
    For folded text (see :func:`mfa_dataset.actors._text.fold`) give folded phrases; with
    ``raw`` every dash and apostrophe of a phrase also matches its typographic variants, and
    the caller gives each spelling with and without diacritics.
    """
    branches = _phrase_branches(phrases, raw)
    return "(?:" + "|".join(branches) + ")" if branches else "(?!)"


def _phrase_branches(phrases: Iterable[str], raw: bool, after_first: str = "") -> list[str]:
    by_first: dict[str, Trie] = {}
    for phrase in phrases:
        if phrase:
            _insert(by_first.setdefault(phrase[0], {}), phrase[1:].lower())
    branches = []
    for first, trie in sorted(by_first.items()):
        rest = _emit(trie, raw)
        branches.append(re.escape(first) + after_first + (f"(?i:{rest})" if rest else ""))
    return branches


def word_scanner(phrases: Iterable[str], exact: Iterable[str]) -> re.Pattern[str]:
    """``(?<!\\w)(?:{phrases_pattern(phrases)}|{exact_pattern(exact)})(?!\\w)``, compiled.

    The look-behind is written after each alternative's first character (``(?<!\\w.)``: the
    character before that one is no word character), so that every alternative starts with a
    literal character and ``re`` skips to the characters a phrase starts with, instead of
    trying the pattern at every position. The matches are the same.
    """
    start = r"(?<!\w.)"
    ordered = sorted(set(exact), key=lambda p: (-len(p), p))
    branches = _phrase_branches(phrases, False, start)
    branches += [re.escape(p[:1]) + start + re.escape(p[1:]) if p else r"(?<!\w)" for p in ordered]
    return re.compile("(?:" + "|".join(branches) + r")(?!\w)" if branches else "(?!)")


def literal_pattern(words: Iterable[str]) -> str:
    """Regex source matching any of ``words`` exactly as written, factored as a trie.

    Every alternative starts with a literal character, so ``re`` skips to the places where one
    of the words may start instead of trying the pattern at every position.
    """
    trie: Trie = {}
    for word in words:
        if word:
            _insert(trie, word)
    return "(?:" + _emit(trie, False, literal=True) + ")" if trie else "(?!)"


def exact_pattern(phrases: Iterable[str]) -> str:
    """Regex source matching any of ``phrases`` exactly as written, longest first."""
    ordered = sorted(set(phrases), key=lambda p: (-len(p), p))
    return "(?:" + "|".join(re.escape(p) for p in ordered) + ")" if ordered else "(?!)"
