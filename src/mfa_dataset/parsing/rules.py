"""The rule table: every regular expression of the parser, by name, compiled once.

Like mistune, the parser is a list of named rules, each with one ``parse_<name>`` function in
the module that applies it, tried in the order of the tables below:

* chrome (``chrome.py``): ``CHROME_RULES`` (in ``rules_body.py``) on every line.
* header (``header.py``): ``number``, ``date_prefix``, ``date_line``, ``date_label`` on the
  title and the short lines around it; (``dates.py``) ``dateline`` on the first body paragraph,
  then ``signoff`` on the last one, when neither header nor title gives a date.
* title (``title.py``): the kind rules in :data:`KIND_RULES` order (``kind_response`` wins
  whenever it matches the title's head; otherwise the earliest match wins, ties going to the
  earlier rule; ``kind_event`` is the fallback), then ``audience``, ``date_suffix`` and
  ``subject``.
* speaker (``speaker.py``): :data:`SPEAKER_RULES` on the title, first that yields a person
  wins; when none does, :data:`ATTRIBUTION` on the first body paragraphs.
* body (``body.py``): ``BODY_RULES`` (in ``rules_body.py``) at the start of every content line.

A lookahead on one character class before an alternation (``(?=[\\s,:;(]|$)``) names the
characters its alternatives open with: the engine, which tries the alternation after every
character of a lazy slot, then tries it only where it may match.

Every pattern is linear: quantifiers are bounded or run over classes that cannot overlap with
what follows them, so no input makes the engine backtrack more than a constant per position.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Final

# The ``re`` module's own pattern parser, private: used only by :func:`widths`, which claims no
# bound if a Python version no longer has it.
_sre_parse: Any
try:
    if sys.version_info >= (3, 11):
        from re import _parser as _sre_parse
    else:
        import sre_parse as _sre_parse
except ImportError:  # pragma: no cover - not on 3.10-3.14
    _sre_parse = None


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    pattern: re.Pattern[str]


def rule(name: str, pattern: str, flags: int = 0) -> Rule:
    """A named rule, its regex compiled once (here, at import)."""
    return Rule(name, re.compile(pattern, flags))


_NAMED_GROUP = re.compile(r"\(\?P<\w+>")


def alternation(rules: Iterable[tuple[int, Rule]]) -> re.Pattern[str]:
    """One pattern trying ``rules`` in turn: each ``(i, rule)`` is the alternative ``r<i>``, its
    named groups made plain and its flags scoped to it.

    An alternation tries its alternatives in order, so ``match`` (or ``fullmatch``) of it takes
    the first of the rules that matches (the whole string), and ``lastgroup`` names it: one
    call tells which rule to run again for its groups, or that none matches.
    """
    parts = []
    for i, r in rules:
        source = r.pattern.pattern
        assert "(?P=" not in source  # named groups become plain: no backreferences
        assert not re.search(r"\\\d", source)
        assert not r.pattern.flags & ~(re.IGNORECASE | re.UNICODE)
        scope = "i" if r.pattern.flags & re.IGNORECASE else "-i"
        parts.append(f"(?P<r{i}>(?{scope}:{_NAMED_GROUP.sub('(?:', source)}))")
    return re.compile("|".join(parts))


def widths(pattern: re.Pattern[str]) -> tuple[int, int]:
    """The fewest and the most characters a match of ``pattern`` spans, as the ``re`` module's
    own parser computes them (it bounds lookbehinds with them); the most is huge when unbounded.
    A pattern with a backreference gets ``(0, sys.maxsize)``: no bound claimed."""
    if _sre_parse is None or "(?P=" in pattern.pattern or re.search(r"\\\d", pattern.pattern):
        return 0, sys.maxsize
    fewest, most = _sre_parse.parse(pattern.pattern, pattern.flags).getwidth()
    return int(fewest), int(most)


def opening(*words: str) -> str:
    """A lookahead on the first letters of ``words`` (patterns that each open with a letter that
    is not optional), to put before a case-insensitive alternation of them: the engine then
    tries the words one by one only where one of them may start. Under ``re.IGNORECASE`` a
    letter in a class matches the same characters as the letter alone ("s" and "\u017f")."""
    for word in words:
        assert word[:1].isascii(), word
        assert word[:1].isalpha(), word
        assert word[1:2] not in ("?", "*", "{"), word  # the first letter is not optional
        assert "|" not in word, word  # one word, not an alternation
    return f"(?=(?i:[{''.join(sorted({word[0].lower() for word in words}))}]))"


def _upper_class() -> str:
    """A character class of every upper-case letter below U+2000 (Latin, Greek, Cyrillic ...)."""
    ranges: list[tuple[int, int]] = []
    for cp in range(0x41, 0x2000):
        if chr(cp).isupper():
            if ranges and ranges[-1][1] == cp - 1:
                ranges[-1] = (ranges[-1][0], cp)
            else:
                ranges.append((cp, cp))
    parts = (f"\\u{a:04x}" if a == b else f"\\u{a:04x}-\\u{b:04x}" for a, b in ranges)
    return "[" + "".join(parts) + "]"


UPPER: Final = _upper_class()
_LETTERS = r"[^\W\d_]"
_CAPWORD = rf"{UPPER}{_LETTERS}*\.?(?:{UPPER}\.){{0,3}}"
#: A place name: one to four capitalised words, optionally ", Country".
PLACE: Final = (
    rf"{_CAPWORD}(?:[ -]{_CAPWORD}){{0,3}}(?:,\s{{0,3}}{_CAPWORD}(?:[ -]{_CAPWORD}){{0,2}})?"
)

_MONTH = (
    r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![^\W\d_])\.?"
)
_ORD = r"(?i:st|nd|rd|th)?"
#: A calendar date: "13 October 2019", "May 16, 2025", "05.12.2014", "2019-10-13".
DATE: Final = (
    r"(?<!\d)(?:"
    rf"(?P<dmy_d>\d{{1,2}}){_ORD}\s{{1,3}}(?:of\s{{1,3}})?(?P<dmy_m>{_MONTH}),?\s{{1,3}}(?P<dmy_y>\d{{4}})"
    rf"|(?P<mdy_m>{_MONTH})\s{{1,3}}(?P<mdy_d>\d{{1,2}}){_ORD},?\s{{1,3}}(?P<mdy_y>\d{{4}})"
    r"|(?P<num_d>\d{1,2})\.(?P<num_m>\d{1,2})\.(?P<num_y>\d{4})"
    r"|(?P<iso_y>\d{4})-(?P<iso_m>\d{1,2})-(?P<iso_d>\d{1,2})"
    r")(?!\d)"
)
_TIME = (
    r"(?:[\s,|\u2013\u2014-]{1,4}\d{1,2}[:.]\d{2}(?:[:.]\d{2})?"
    r"(?:\s?(?:UTC|GMT|[AaPp]\.?[Mm]\.?))?)?"
)

_KIND_WORDS = (
    *(r"press\s{1,3}release", r"news\s{1,3}release", r"press\s{1,3}statement", "statement"),
    *("commentary", "comment", "information", "response", "answer", "reply", "remarks"),
    *("speech", "interview", "briefing", r"press\s{1,3}conference", "address", "message"),
    *("readout", "communiqu[eé]", "declaration", r"media\s{1,3}note"),
)
#: Names of the kinds of text a ministry publishes, as they open a title ("Statement by ...").
KIND_NOUNS: Final = opening("joint", *_KIND_WORDS) + (
    rf"(?i:(?:joint\s{{1,3}})?(?:{'|'.join(_KIND_WORDS)})s?)"
)
_SPEECH_WORDS = (
    *("answers", "answered", "responds", "responded", "replies", "replied", "comments"),
    *("commented", "says", "said", "states", "stated", "speaks", "spoke"),
    *(r"makes\s{1,3}a\s{1,3}statement", r"made\s{1,3}a\s{1,3}statement"),
    *(r"gives\s{1,3}an\s{1,3}interview", r"gave\s{1,3}an\s{1,3}interview"),
)
#: Verbs by which a title says that the person before them speaks.
SPEECH_VERBS: Final = opening(*_SPEECH_WORDS) + rf"(?i:{'|'.join(_SPEECH_WORDS)})(?![^\W\d_])"
_POSS_WORDS = (
    *(r"press\s{1,3}conference", "briefing", "interview", "statement", "remarks", "speech"),
    *("comments?", "answers?", "responses?", "op-ed", "article", "message", "address"),
)
_POSS_NOUNS = opening("regular", *_POSS_WORDS) + (
    rf"(?i:(?:regular\s{{1,3}})?(?:{'|'.join(_POSS_WORDS)}))(?![^\W\d_])"
)
_NUMBER = (
    r"(?<![^\W\d_])(?:(?:No|NO|Nr|N[º°]|№)\s*(?:[.:]\s*)?|(?=QA-))"  # QA-: Turkish Q&A series
    r"(?P<raw>(?:QA-)?(?P<seq>\d{1,6})(?:\s?/\s?(?P<year>\d{4}|\d{2}))?)(?![\d/])"
)
#: Words after which a title says what it is about.
SUBJECT_CUE: Final = re.compile(
    r"\s(?i:regarding|concerning|about|on|in\s{1,3}connection\s{1,3}with"
    r"|with\s{1,3}regard\s{1,3}to|in\s{1,3}relation\s{1,3}to|relating\s{1,3}to)\s+"
)
#: A trailing language marker of multilingual sites: "(En/Ru)", "(AZ)".
LANGUAGE_TAG: Final = re.compile(r"\([A-Za-z]{2}(?:\s?[/,]\s?[A-Za-z]{2}){0,5}\)")

#: A publication label, alone or with its date: "Published", "Published 5 June 2024", "Date:",
#: "Last updated 6 June 2024 — see all updates", "Posted on: 05.06.2024".
PUBLISHED_LABEL: Final = (
    r"(?P<label>(?i:(?:first\s{1,3})?published|(?:last\s{1,3})?updated|date|posted))"
    r"(?:\s{1,3}(?i:on))?\s{0,3}:?"
    rf"(?:\s{{0,3}}(?P<date>{DATE}){_TIME}(?:\s{{0,3}}[\u2013\u2014|-][^\n]{{0,60}}|\.)?)?"
)

# -- header ------------------------------------------------------------------------------------
HEADER_RULES: Final = (
    # "No:280/24", "No: 298", "No330/20", "No. 12/2023", "№ 280/24", "Press Release No: 380"
    rule("number", rf"\s*(?P<prefix>{KIND_NOUNS}\s{{1,3}})?{_NUMBER}"),
    # a date opening the title, right after the number: "No: 298, 13 October 2019, Press ..."
    rule(
        "date_prefix", rf"[\s,;:\u2013\u2014-]*(?P<date>{DATE}){_TIME}(?:[\s,;:\u2013\u2014-]+|$)"
    ),
    # a short header line ending with a date: "Türkiye Cumhuriyeti ... 05.12.2014"
    rule("date_line", rf"(?P<pre>[^\n]{{0,80}}?)(?P<date>{DATE}){_TIME}[\s,;.]*$"),
    # a labelled date line, anywhere in the first lines: "Published 5 June 2024", "Published"
    # alone (the date is the next line), "Date: 05.06.2024"
    rule("date_label", PUBLISHED_LABEL),
    # "Astana, May 16, 2025 - ...", "BAKU, 16 May 2025 - ...", "16 May 2025, Baku - ..."
    rule(
        "dateline",
        rf"\(?(?:(?P<place>{PLACE}),\s{{0,3}})?(?P<date>{DATE})\)?(?:,\s{{0,3}}{PLACE})?"
        r"\s{0,3}(?:\([^()\n]{1,40}\)\s{0,3})?(?:[\u2013\u2014]|--?)",
    ),
    # the last paragraph is only a place and a date: "New Delhi\nMay 09, 2023",
    # "Moscow, 5 June 2024", "New Delhi / May 09, 2023", "5 June 2024"
    rule(
        "signoff",
        rf"(?:(?P<place>{PLACE})\s{{0,3}}[,/|\u2013\u2014-]?\s{{0,3}})?(?P<date>{DATE})\.?",
    ),
)

# -- title: kind -------------------------------------------------------------------------------
KIND_RULES: Final = (
    rule(
        "kind_response",
        r"\b" + opening("responses?", "repl", "answers?", "respond") + r"(?:"
        r"(?:responses?|repl(?:y|ies)|answers?)\s{1,3}(?:by|of|from)\b"
        r"|(?:answer(?:s|ed|ing)?|responses?|respond(?:s|ed|ing)?|repl(?:y|ies|ied|ying))"
        r"\s{1,3}(?:to\s{1,3})?(?:(?:the|a|an)\s{1,3})?(?:[\w'\u2019-]{1,30}\s{1,3}){0,2}?"
        r"(?:questions?|inquir(?:y|ies)|enquir(?:y|ies)|quer(?:y|ies)|requests?)\b)",
        re.IGNORECASE,
    ),
    rule(
        "kind_briefing",
        r"\b(?:press\s{1,3})?briefing\b|\bpress\s{1,3}(?:conference|point|availability)\b",
        re.IGNORECASE,
    ),
    rule("kind_interview", r"\binterview(?:s|ed)?\b", re.IGNORECASE),
    rule(
        "kind_information",
        r"^information\b|\binformation\s{1,3}(?:of|by|from|note|bulletin|message)\b",
        re.IGNORECASE,
    ),
    rule("kind_comment", r"\bcomment(?:ary|aries|s)?\b", re.IGNORECASE),
    rule(
        "kind_press_release",
        r"\b(?:press|news)[\s-]{1,3}releases?\b|\breadouts?\b|\bmedia\s{1,3}note\b"
        r"|\b(?:press\s{1,3})?communiqu[eé]s?\b",
        re.IGNORECASE,
    ),
    rule(
        "kind_statement",
        r"\bstatements?\b|\bdeclarations?\b|\bremarks\b|\bspeech(?:es)?\b",
        re.IGNORECASE,
    ),
    # the fallback: a title that reports an event is a press release
    rule(
        "kind_event",
        r"\b(?:meet|met|meets|receive[sd]?|visit(?:s|ed)?|host(?:s|ed)?|attend(?:s|ed)?"
        r"|welcome[sd]?|sign(?:s|ed)?|discuss(?:es|ed)?|participate[sd]?"
        r"|(?:held|holds|hold|had|has|have)\s{1,3}(?:an?\s{1,3})?(?:[\w-]{1,20}\s{1,3}){0,2}?"
        r"(?:talks|meetings?|conversations?|calls?|consultations|discussions?|negotiations)"
        r"|(?:paid|pays|pay)\s{1,3}(?:an?\s{1,3})?(?:[\w-]{1,20}\s{1,3})?visit"
        r"|(?:took|takes|take)\s{1,3}part|will\s{1,3}(?:visit|meet|attend|hold|pay|participate)"
        r"|(?:meetings?|talks|consultations|visit)\s{1,3}(?:of|with|between|to)"
        # "<event> held in ...", "Talks between ... took place", "Summit was held"
        r"|(?:summits?|meetings?|talks|consultations|negotiations|sessions?|forums?"
        r"|conferences?|dialogues?|rounds?|ceremon(?:y|ies)|visits?|round\s?tables?)"
        r"(?:\s{1,3}\S{1,40}){0,12}?\s{1,3}(?:(?:was|were|is|are|has\s{1,3}been|have\s{1,3}been"
        r"|will\s{1,3}be|to\s{1,3}be)\s{1,3})?(?:held|took\s{1,3}place|takes?\s{1,3}place"
        r"|convened|concluded)"
        r"|calls?\s{1,3}(?:with|between)"
        r"|(?:telephone|phone|video)\s{1,3}(?:conversation|call|conference))\b",
        re.IGNORECASE,
    ),
)

# -- title: speaker ----------------------------------------------------------------------------
_TO_WORDS = (
    *("to", "on", "regarding", "about", "concerning", "in", "at", "for", "during", "following"),
    *("with", "before", "after"),
)
_TO = opening(*_TO_WORDS) + f"(?i:{'|'.join(_TO_WORDS)})"
#: Where a role or a "role + name" slot may end: a comma, a preposition, the end of the title.
#: (Every match opens with one of ``[\s,:;(]`` or is the end: the lookahead says so first.)
SLOT_END: Final = re.compile(rf"(?=[\s,:;(]|$)(?:\s{{0,3}}[,:;(]|\s{{1,3}}{_TO}\s|$)")
SPEAKER_RULES: Final = (
    # "Response by Aykhan Hajizada, MFA Spokesperson, to the local media inquiry ..."
    rule(
        "speaker_response_by",
        rf"(?:{KIND_NOUNS})\s{{1,3}}(?i:by|of|from|with)\s{{1,3}}(?P<name>[^,\n]{{2,80}}),"
        rf"\s{{0,3}}(?P<role>[^,\n]{{2,200}}?)(?:\s{{0,3}},|\s{{1,3}}{_TO}\s|$)",
    ),
    # "Statement by the Spokesperson of the Ministry ..., Aykhan Hajizada, on ..."
    rule(
        "speaker_role_comma_name",
        rf"(?:{KIND_NOUNS})\s{{1,3}}(?i:by|of|from|with)\s{{1,3}}(?P<role>[^,\n]{{2,200}}),"
        rf"\s{{0,3}}(?P<name>[^,\n]{{2,80}}?)(?:\s{{0,3}},|\s{{1,3}}{_TO}\s|$)",
    ),
    # "Statement by Foreign Minister Jeyhun Bayramov on ...", "Briefing by ... Maria Zakharova,"
    rule(
        "speaker_kind_by",
        rf"(?:{KIND_NOUNS})\s{{1,3}}(?i:by|of|from|with)\s{{1,3}}(?P<slot>[^,:;(\n]{{2,200}}?)"
        rf"(?=[\s,:;(]|$)(?=\s{{0,3}}[,:;(]|\s{{1,3}}{_TO}\s|$)",
    ),
    # "Leyla Abdullayeva, Head of the Press Service of the Ministry ... answers the question"
    rule(
        "speaker_name_then_role",
        rf"(?P<name>[^,\n]{{2,80}}),\s{{0,3}}(?P<role>[^,\n]{{2,250}}?),?\s{{1,3}}{SPEECH_VERBS}",
    ),
    # "Head of the Press Service Department ... Leyla Abdullayeva answers the questions ...",
    # "Foreign Ministry Spokesperson Mao Ning's Regular Press Conference on ...",
    # "Foreign Secretary David Lammy statement on ..."
    rule(
        "speaker_role_then_name",
        rf"(?P<slot>[^,\n]{{2,250}}?)(?=[\s'\u2019])(?:\s{{1,3}}{SPEECH_VERBS}"
        rf"|\s{{1,3}}{KIND_NOUNS}(?=\s{{1,3}}{_TO}\s|\s{{0,3}}[,:(]|$)"
        rf"|['\u2019]s\s{{1,3}}(?:{_LETTERS}{{1,30}}\s{{1,3}}){{0,3}}?{_POSS_NOUNS})",
    ),
)

#: A readout's attribution line, which names who speaks: "The below is attributable to
#: Spokesperson Matthew Miller:", "Attributable to the Deputy Spokesperson, Jane Doe."
ATTRIBUTION: Final = rule(
    "attribution",
    r"(?i:(?:the\s{1,3}(?:below|following|above)\s{1,3}(?:statement\s{1,3}|text\s{1,3})?"
    r"(?:is|are|should\s{1,3}be)\s{1,3})?(?:attributable|attributed)\s{1,3}to)"
    r"\s{1,3}(?P<slot>[^:\n]{2,200}?)\s{0,3}[:.]?",
)

_MEDIA = (
    r"(?:mass\s{1,3})?media|press|journalists?|reporters?|correspondents?"
    r"|news\s{1,3}agenc(?:y|ies)"
)
_ASKS = r"inquir(?:y|ies)|enquir(?:y|ies)|quer(?:y|ies)|questions?|requests?"
_AUDIENCE_OPENS = opening(
    "to", "from", "of", "by", "inquir", "enquir", "quer", "question", "request"
)
#: Who asked: "to the local media inquiry" -> "local media"; "questions from the media" -> "media"
AUDIENCE: Final = rule(
    "audience",
    rf"\b{_AUDIENCE_OPENS}(?:"
    rf"(?:to|from|of|by)\s{{1,3}}(?:(?:the|a|an)\s{{1,3}})?"
    rf"(?P<a1>(?:[\w-]{{1,30}}\s{{1,3}})?(?:{_MEDIA}))(?:['\u2019]s?)?\s{{1,3}}(?:{_ASKS})\b"
    rf"|(?:{_ASKS})\s{{1,3}}(?:of|from|by)\s{{1,3}}(?:(?:the|a|an)\s{{1,3}})?"
    rf"(?P<a2>(?:[\w-]{{1,30}}\s{{1,3}})?(?:{_MEDIA}))\b)",
    re.IGNORECASE,
)
#: The title ends with a dateline: "..., Moscow, May 16, 2025", "... agreement: 9 October 2025"
#: or "... Conference on May 16, 2025"
DATE_SUFFIX: Final = rule(
    "date_suffix",
    rf"(?:(?P<sep>,\s{{0,3}}(?:{PLACE}\s{{0,3}},)?|:|\s?[\u2013\u2014|-])|\s(?i:on|of|dated)\s)"
    rf"\s{{0,3}}(?P<date>{DATE})"
    r"[\s.]*$",
)
