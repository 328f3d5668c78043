"""The rule table of agreement extraction: every regular expression, by name, compiled once.

Like the parser (:mod:`mfa_dataset.parsing.rules`), extraction is a list of named rules, each
with one ``parse_<name>`` function in the module that applies it, tried in this order:

1. mentions (``agreement_mentions.py``), on every sentence of every body paragraph:
   :data:`MENTION_RULES` -- ``quoted_title``, ``named_title``, ``document_noun``; a later rule
   never takes characters an earlier one took. :data:`NOT_A_DOCUMENT` then drops what only
   looks like a document: ``organ_name`` ("Collective Security Treaty Organization"),
   ``organ_name_before`` ("Conference of the Parties to the ... Convention"), and the act of
   agreeing, ``agreeing_before`` ("in full agreement with") and ``agreeing_after``
   ("agreement on the draft Statute", whose document is the Statute).
2. status (``agreements.py``): :data:`STATUS_RULES` on the cue words before (:data:`PRE_CUE`)
   and after (:data:`POST_CUE`) a mention, first match wins -- ``in_force``, ``planned``,
   ``concluded``, ``signed``; lists (:data:`LIST_JOIN`, :data:`INCLUDING`) share a status; a
   titled document with no cue is ``mentioned``, an untitled one is no record.
3. value: ``value_cue`` before an amount found by :mod:`mfa_dataset.extraction.money`.
4. parties and meeting (``agreement_context.py``), in :mod:`.agreement_party_rules`:
   ``PARTY_RULES`` -- ``party_between``, ``party_pronoun``, ``party_with``,
   ``party_our_country``; ``LINK_RULES`` -- ``link_occasion``, ``link_other_time``,
   ``link_meeting_signing``; last, the statement's own sides (``party_statement``).
   :data:`WISH` before "entry into force" makes it no cue.

Every pattern is linear: quantifiers are bounded or run over classes that cannot overlap with
what follows them, so no input makes the engine backtrack more than a constant per position.
"""

from __future__ import annotations

import re
from typing import Final

from mfa_dataset.parsing.rules import UPPER, rule

_END = r"(?![\w-])"
#: Document nouns, one named group per kind (``memorandum_of_understanding`` ... ``other``).
NOUN: Final = (
    r"(?<![\w-])(?i:"
    r"(?P<memorandum_of_understanding>memorand(?:um|a)(?:\s{1,3}of\s{1,3}understanding)?"
    r"|(?-i:MoUs?|MOUs?))"
    r"|(?P<joint_statement>(?:joint|trilateral|tripartite|bilateral|quadrilateral)"
    r"\s{1,3}statements?)"
    r"|(?P<joint_declaration>(?:joint\s{1,3})?declarations?)"
    r"|(?P<action_plan>(?:joint\s{1,3})?action\s{1,3}plans?|plans?\s{1,3}of\s{1,3}actions?)"
    r"|(?P<roadmap>road[\s-]?maps?)"
    r"|(?P<treaty>treat(?:y|ies))"
    r"|(?P<protocol>protocols?)"
    r"|(?P<convention>conventions?)"
    r"|(?P<agreement>agreements?|accords?)"
    r"|(?P<other>statutes?|charters?|(?:joint\s{1,3})?communiqu[eé]s?"
    r"|programm?e?s?\s{1,3}of\s{1,3}(?:cooperation|co-operation|joint\s{1,3}actions?"
    r"|consultations)"
    r"|(?:cooperation|co-operation|work|joint|implementation)\s{1,3}(?:programm?e?s?|plans?)"
    r"|exchange\s{1,3}programm?e?s?"
    r"|plans?\s{1,3}of\s{1,3}(?:cooperation|co-operation|activities|measures|events"
    r"|consultations)"
    r"|documents?))" + _END
)
NOUN_RE: Final = re.compile(NOUN)
#: NOUN for the lowered text (:func:`~mfa_dataset.extraction.prefilter.lowered`), with no
#: groups: a cheaper test that matches there wherever NOUN matches the text (its
#: case-insensitive part, in lower case, matches the lowered text case-sensitively; its
#: case-sensitive branch "MoU" / "MOU" is lowered), tried before it.
_NOUN_LOWERED = re.sub(r"\(\?P<\w+>", "(?:", NOUN).replace("(?-i:MoUs?|MOUs?)", "mous?")
_NOUN_LOWERED = _NOUN_LOWERED.replace("(?i:", "(?:", 1)
if "(?i" in _NOUN_LOWERED or any(c.isupper() for c in re.sub(r"\\.", "", _NOUN_LOWERED)):
    raise ValueError("NOUN has a case-sensitive part that NOUN_LOWERED does not lower")
NOUN_LOWERED: Final = re.compile(_NOUN_LOWERED)
KINDS: Final = (
    "memorandum_of_understanding", "joint_statement", "joint_declaration", "action_plan",
    "roadmap", "treaty", "protocol", "convention", "agreement", "other",
)  # fmt: skip

# A capitalised word of a title: "Strategic", "Trans-Caspian", "People's", "CICA", "2030".
_CAP = rf"{UPPER}[\w'\u2019-]{{0,40}}"
_NOT_TITLE = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![\w-])"
)
_CONNECTOR = (
    r"(?:of|on|for|between|and|the|an?|to|among|amending|concerning|regarding|against|within|&"
    r"|with"
    r"|in)"
)
# a period a title names: " for 2023-2025", " for the years 2025\u20132028"
_PERIOD = (
    r"\s{1,3}for\s{1,3}(?:the\s{1,3}(?:years?|period)\s{1,3})?(?:19|20)\d\d"
    r"(?:\s{0,3}[\u2013\u2014-]\s{0,3}(?:19|20)?\d\d)?(?![\w-])"
)
# a lower-case noun inside a title's noun phrase: " on the implementation of the Comprehensive"
_LOWER_STEP = r"\s{1,3}(?:on|for)\s{1,3}(?:the\s{1,3})?[a-z][a-z-]{2,30}\s{1,3}of(?:\s{1,3}the)?"
#: What continues a capitalised document noun into a title: "on the Establishment of ...",
#: its period ("for 2023-2025") and a lower-case noun followed by more of the capitalised title
#: ("on the implementation of the Strategic Partnership").
TITLE_TAIL: Final = re.compile(
    rf"(?:{_PERIOD}|(?:(?:,\s{{1,3}}(?:{_CAP}\s{{1,3}}){{1,3}}and|{_LOWER_STEP}"
    rf"|(?:\s{{1,3}}{_CONNECTOR}){{0,4}})\s{{1,3}}(?!{_NOT_TITLE}){_CAP})){{1,40}}"
)
_PREFIX_STOP = (
    r"(?:The|A|An|This|That|These|Those|Its|Their|Our|His|Her|Such|Both|Each|Any|All|Said"
    r"|On|In|At|By|Of|For|To|With|During|After|Following|Under|Within|Furthermore|Moreover"
    r"|Also|Thus|Then|However|Mr|Mrs|Ms|Dr|H\.E|President|Minister|Ministers|Sides|Parties"
    r"|Presidents|Leaders|Heads|Today|Yesterday|Earlier|Last|Next|And|Or)(?![\w'\u2019-])"
)
#: Capitalised words naming a document before its noun ("Nakhchivan", "CICA", "EU-Azerbaijan
#: Partnership and Cooperation"), anchored at the end of the text before the noun.
TITLE_HEAD: Final = re.compile(
    rf"(?<![\w'\u2019-])(?:(?!{_PREFIX_STOP}){_CAP}(?:\s{{1,3}}(?:and|&|of)\s{{1,3}}|[\s-]{{1,3}}))"
    r"{1,5}$"
)
#: A quotation on one line, in curly, straight, angle or single curly quotes.
QUOTE: Final = re.compile(
    r"\u201c(?P<a>[^\u201c\u201d\n]{3,400})\u201d|\"(?P<b>[^\"\n]{3,400})\""
    r"|\u00ab(?P<c>[^\u00ab\u00bb\n]{3,400})\u00bb|\u2018(?P<d>[^\u2018\u2019\n]{3,400})\u2019"
)

MENTION_RULES: Final = (
    # a quotation opening with a document name: the signed “Memorandum of Understanding ...”
    rule("quoted_title", QUOTE.pattern),
    # a capitalised noun with a capitalised name before or after it: "the Nakhchivan Agreement"
    rule("named_title", rf"(?={UPPER}){NOUN}"),
    # any document noun: "an agreement on the establishment of a fund"
    rule("document_noun", NOUN),
)
NOT_A_DOCUMENT: Final = (
    # a body named after a document: "... Treaty Organization", "Parties to the ... Convention"
    rule(
        "organ_name",
        r"\s{0,3}(?:Organi[sz]ations?|Secretariats?|Councils?|Committees?|Commissions?"
        r"|Conferences?|Assembly|Assemblies|Forums?|Courts?|Centres?|Centers?|Day|Departments?"
        r"|Services?|Office|Division|Unit|Agency|Ministry|Bureau|Directorate|Chief|Head)(?![\w-])",
    ),
    rule(
        "organ_name_before",
        r"(?i:part(?:y|ies)|conference|meeting|session|secretariat|signator(?:y|ies))"
        r"\s{1,3}(?:of|to)\s{1,3}the\s{1,3}$",
    ),
    # the act of agreeing, not a document: "in agreement with", "agreement on the draft ..."
    rule(
        "agreeing_before",
        r"(?i:\b(?:in|by|upon|without|express(?:ed|es)?|full|complete|broad|general|mutual)"
        r"\s{1,3}(?:mutual\s{1,3})?)$",
    ),
    rule(
        "agreeing_after",
        r"\s{1,3}(?i:that\b|(?:reached\s{1,3}(?:by\s[^,;:]{1,40}?\s)?)?(?:on|regarding|about|over"
        r"|upon)\s{1,3}(?:the\s{1,3})?(?:draft|text|wording|terms)\b)",
    ),
)

# -- status ------------------------------------------------------------------------------------
_AUX = (
    r"(?:was|were|is|are|has|have|had|will|would|shall|should|be|been|being|also|successfully"
    r"|officially|jointly|already|recently|finally|formally|solemnly|now|today|yesterday|then"
    r"|expected|planned|scheduled|due|set|about|going|to|still|agreed|remains?|remained)"
)
_VERB = (
    r"(?:sign(?:ed|ing|s)?|conclu(?:ded|des?|ding)|adopt(?:ed|s|ing)?|approv(?:ed|es?|ing)"
    r"|ratif(?:ied|ies|y|ying)|inked|issued|reached|finali[sz](?:ed|es?|ing)|initial(?:l?ed)"
    r"|agreed(?:\s{1,3}(?:up)?on)?|(?:enter(?:ed|s)?|c[oa]me|comes)\s{1,3}into\s{1,3}(?:force|effect)"
    r"|in\s{1,3}force|took\s{1,3}effect|prepar(?:ed|es?|ing)|drafted|negotiated)(?![\w-])"
)
# a date qualifying a document: "of August 29, 1997", "dated 5 May 2020", "of 2001"
_DATED = (
    r"(?:of|dated|from)\s{1,3}(?:[A-Z][a-z]{2,8}\s{1,3}\d{1,2},?\s{1,3}\d{4}"
    r"|\d{1,2}\s{1,3}[A-Z][a-z]{2,8},?\s{1,3}\d{4}|\d{4})"
)
# the subject of a relative clause: "that the sides agreed to sign", "which both countries"
_WHO = (
    r"(?:(?:the|both|our)\s{1,3}(?:two\s{1,3})?(?:sides|parties|leaders|countries|states"
    r"|ministers|presidents|governments)\s{1,3})"
)
#: Cue words right after a mention: "was also signed", "will be signed", "entered into force".
POST_CUE: Final = re.compile(
    rf"(?:\s{{1,3}}{_DATED})?\s{{0,3}},?\s{{0,3}}(?:(?:which|that)\s{{1,3}}{_WHO}?)?"
    rf"(?:{_AUX}\s{{1,3}}){{0,4}}{_VERB}",
    re.IGNORECASE,
)
_PRE_VERB = (
    r"(?:(?:will|shall|would|to|plans?\s{1,3}to|planned\s{1,3}to|intends?\s{1,3}to"
    r"|expected\s{1,3}to|agreed\s{1,3}to|ready\s{1,3}to|going\s{1,3}to)\s{1,3}"
    r"(?:(?:also|soon|then|jointly|further|now|finally|formally|officially)\s{1,3})?(?:be\s{1,3})?"
    r"|(?:importance|possibility|prospects?|need|necessity|readiness|intention|early|speedy"
    r"|swift|soon|future|towards?|to|for|committed\s{1,3}to|expedit(?:e|ed|ing)"
    r"|accelerat(?:e|ed|ing)|hasten(?:ed|ing)?|speed(?:ing)?\s{1,3}up)\s{1,3}(?:of\s{1,3}|for\s{1,3})?"
    r"(?:the\s{1,3})?)?"
    r"(?:sign(?:ing|ature)(?:\s{1,3}(?:in|at|on)(?:\s{1,3}[\w,]{1,30}){1,3}){1,2}\s{1,3}of"
    r"|sign(?:ed|ing|s)?(?:\s{1,3}of)?|signature\s{1,3}of|made\s{1,3}(?:an?|the)"
    r"|issued|adopt(?:ed|s|ing|ion\s{1,3}of)?|approv(?:ed|al\s{1,3}of)|ratif(?:ied|ication\s{1,3}of)"
    r"|inked|conclu(?:ded|de|ding|sion\s{1,3}of)|reached|finali[sz](?:ed|e|ation\s{1,3}of)"
    r"|initial(?:l?ed|l?ing\s{1,3}of)"
    r"|draft(?:ed|ing)?|prepar(?:e|ed|ing|ation\s{1,3}of)|negotiat(?:e|ed|ing|ions\s{1,3}on)"
    r"|elaborat(?:e|ed|ing|ion\s{1,3}of)|develop(?:ing|ment\s{1,3}of)?|work\s{1,3}on"
    r"|entry\s{1,3}into\s{1,3}force\s{1,3}of|instruments?\s{1,3}of\s{1,3}ratification\s{1,3}of)"
)
# a word between a cue and its document: "a", "new", "$1.5", "billion", "loan"
_FILL = r"[\w$\u20ac\u00a3\u20bc](?:[\w'\u2019$.,%-]{0,28}\w)?"
_NO_FILL = r"(?:and|or|but|while|which|that|as|then|who|if|when)(?![\w-])"
#: Cue words right before a mention: "made a", "welcomed the signing of an", "the draft".
PRE_CUE: Final = re.compile(
    rf"(?<![\w-])(?P<cue>{_PRE_VERB})(?:\s{{1,3}}(?:the\s{{1,3}})?(?:text|wording)\s{{1,3}}of)?"
    rf"(?:\s{{1,3}}(?!{_NO_FILL}){_FILL}){{0,4}}"
    r"\s{0,3}[\u201c\"\u00ab\u2018]?$",
    re.IGNORECASE,
)
STATUS_RULES: Final = (
    rule(
        "in_force",
        r"\b(?:(?:entered|enters|came|comes|entry)\s{1,3}into\s{1,3}(?:force|effect)|in\s{1,3}force"
        r"|instruments?\s{1,3}of\s{1,3}ratification"
        r"|took\s{1,3}effect)\b",
        re.IGNORECASE,
    ),
    rule(
        "planned",
        r"\b(?:will|shall|would|to|plans?|planned|intends?|expected|scheduled|due|going|ready"
        r"|draft(?:ed|ing)?|prepar\w{0,6}|negotiat\w{0,6}|elaborat\w{0,6}|develop\w{0,6}"
        r"|work|importance|possibility|prospects?|need|necessity|readiness|intention|early"
        r"|speedy|swift|soon|future|towards?|for|committed|expedit\w{0,3}|accelerat\w{0,3}"
        r"|hasten\w{0,3}|speed)\b",
        re.IGNORECASE,
    ),
    rule(
        "concluded",
        r"\b(?:conclu\w{0,6}|reached|finali[sz]\w{0,6}|initial\w{0,5}|agreed)\b",
        re.IGNORECASE,
    ),
    rule(
        "signed",
        r"\b(?:sign\w{0,6}|made|issued|adopt\w{0,6}|approv\w{0,6}|ratif\w{0,7}|inked)\b",
        re.IGNORECASE,
    ),
)

# -- the rest of a mention -------------------------------------------------------------------
#: Where the words describing an untitled document stop: "an agreement on X| was signed".
PHRASE_STOP: Final = re.compile(
    r"[,;:()\"\u201c\u201d\u00ab\u00bb]|\s(?:was|were|is|are|has|have|had|will|would|shall"
    r"|should|can|could|must|may|might|which|that|who|whose|as\s{1,3}well\s{1,3}as|but|while"
    r"|to\s{1,3}be|including|such\s{1,3}as"
    r"|signed|concluded|adopted|entered|reached|being|been|by|during|following|at|within"
    r"|and\s{1,3}(?:an?|the|its|their|to|also|was|were)|in\s{1,3}(?:force|accordance|line"
    r"|order|connection|which|the\s{1,3}(?:margins?|course|framework)))(?![\w-])",
    re.IGNORECASE,
)
#: Between two documents of one list (after the first one's cue): "..., as well as the", " and
#: the", ", ", ", as well as a loan".
LIST_JOIN: Final = re.compile(
    r"[\s\u201d\"\u00bb\u2019]{0,3}(?:[,;]\s{0,3}(?:(?:and|as\s{1,3}well\s{1,3}as)\s{1,3})?"
    r"|\s{1,3}(?:and|as\s{1,3}well\s{1,3}as|along\s{1,3}with|together\s{1,3}with)\s{1,3})"
    r"(?:(?:the|an?)\s{1,3})?"
    r"(?:signed\s{1,3})?(?:(?!(?:and|or|the|an?)\s)[\w-]{1,30}\s{1,3}){0,2}",
    re.IGNORECASE,
)
#: Between a plural and the documents it is said to include: "documents signed today, including".
INCLUDING: Final = re.compile(
    r"[\s,]{1,3}(?i:including|such\s{1,3}as|namely|among\s{1,3}them|in\s{1,3}particular)"
    r"\s{1,3}(?:(?:the|an?)\s{1,3})?(?:(?!(?:and|or)\s)[\w-]{1,30}\s{1,3}){0,2}$"
)
#: Words saying that an amount is what the document is worth or about.
VALUE_CUE: Final = rule(
    "value_cue",
    r"(?i:worth|valued\s{1,3}at|amount(?:ing)?\s{1,3}(?:to|of)|in\s{1,3}the\s{1,3}amount\s{1,3}of"
    r"|total(?:l?ing)?|value\s{1,3}of|capital\s{1,3}of|budget\s{1,3}of|of|for|on|providing"
    r"|allocating)(?:\s{1,3}(?:about|approximately|around|over|some|up\s{1,3}to|nearly|almost"
    r"|more\s{1,3}than|at\s{1,3}least))?\s{1,3}$",
)
#: An amount stated past the words describing a document: "... Authority - signed for USD 400
#: million", "..., worth up to 10 billion euros", "..., with a capital of $1 billion".
VALUE_LATER: Final = rule(
    "value_later",
    r"[\s,\u2013\u2014-]{0,4}(?i:(?:(?:was|were|is|are|has\s{1,3}been|have\s{1,3}been)\s{1,3})?"
    r"(?:(?:signed|concluded|adopted|approved)\s{1,3})?(?:worth|valued\s{1,3}at|amounting\s{1,3}to"
    r"|totall?ing|in\s{1,3}the\s{1,3}amount\s{1,3}of|with\s{1,3}an?\s{1,3}(?:total\s{1,3})?"
    r"(?:value|capital|budget)\s{1,3}of|for)(?:\s{1,3}(?:about|approximately|around|over|some"
    r"|up\s{1,3}to|nearly|almost|more\s{1,3}than|at\s{1,3}least))?)\s{1,3}",
)

#: Words making "entry into force" a wish, no status: "the importance of the early", "called
#: for the", "looked forward to its speedy" (searched in the 50 characters before the cue).
WISH: Final = re.compile(
    r"\b(?i:importance|call(?:ed|s|ing)?\s{1,3}for|urg(?:e|es|ed|ing)|hope[ds]?|await\w{0,3}"
    r"|pending|look\w{0,3}\s{1,3}forward\s{1,3}to|ensur\w{1,3}|expedit\w{1,3}|accelerat\w{1,3}"
    r"|hasten\w{0,3}|towards?|need\s{1,3}for)\s{1,3}(?i:of\s{1,3})?(?i:(?:the|an?|its|their)"
    r"\s{1,3})?(?i:(?:early|earliest|speedy|swift|prompt|timely|soonest|rapid|quick)\s{1,3})?$"
)

#: A sentence ends at . ! ? followed by space and a capital, a digit or an opening quote.
SENTENCE_END: Final = re.compile(
    r"[.!?][\u201d\"\u2019)]?\s{1,6}(?=[\u201c\"\u2018(]?[A-Z0-9\u00c0-\u024f])"
    r"|[.!?;:]?[ \t]{0,6}\n\s{0,6}"  # a line break inside a paragraph: a list item follows
)
#: A list item: "- Agreement on ...", "1. Memorandum ...", "b) Protocol ...".
LIST_ITEM: Final = re.compile(
    r"[ \t]{0,3}(?:[-\u2013\u2014\u2022*\u00b7\u25aa]|\d{1,2}[.)]|[a-z]\)|[ivx]{1,5}[.)])\s"
)
#: A sentence announcing a list of documents: "The following documents were signed:".
LIST_INTRO: Final = re.compile(
    r"(?i:\b(?:documents|agreements|memoranda|treaties|protocols|declarations|instruments)\b"
    r"[^:;]{0,60}?\b(?:were|have\s{1,3}been|will\s{1,3}be|are\s{1,3}to\s{1,3}be)\s{1,3}"
    r"(?:also\s{1,3})?(?:signed|adopted|concluded|approved)"
    r"|\b(?:signed|adopted|concluded|approved)\s{0,3}$"
    r"|\b(?:exchange|signing|signature)\s{1,3}of\s{1,3}the\s{1,3}following\b)"
)
#: Words whose final period is no sentence end: "Mr.", "H.E.", "U.S.", "No.".
ABBREVIATION: Final = re.compile(
    r"(?:\b[A-Za-z]|\b(?:Mr|Mrs|Ms|Dr|Prof|No|Nos|St|Jr|Sr|Gen|Amb|Lt|Col|Art|etc|vs|approx"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec))\.$"
)
