"""The party and meeting-link rules of agreement extraction (part of the rule table of
:mod:`.agreement_rules`), applied by :mod:`.agreement_context` in this order: :data:`PARTY_RULES`
-- ``party_between``, ``party_pronoun``, ``party_with``, ``party_our_country``; then
:data:`LINK_RULES` -- ``link_occasion``, ``link_other_time``, ``link_meeting_signing``. Every
pattern is linear, like those of :mod:`.agreement_rules`.
"""

from __future__ import annotations

import re
from typing import Final

from mfa_dataset.parsing.rules import rule

# -- parties and meetings --------------------------------------------------------------------
PARTY_RULES: Final = (
    # "between the Government of A and the Government of B" up to " on|for|regarding ..."
    rule("party_between", r"\bbetween\s"),
    # "the two countries", "both sides", "the two Ministers", "the parties", "bilateral"
    rule(
        "party_pronoun",
        r"\b(?:(?:the\s{1,3})?(?:two|both)\s{1,3}(?P<who>countries|states|nations|governments"
        r"|sides|parties|ministers|foreign\s{1,3}ministers|leaders|presidents|heads\s{1,3}of"
        r"\s{1,3}state|prime\s{1,3}ministers|delegations)|the\s{1,3}(?P<sides>sides|parties)"
        r"|our\s{1,3}(?:two\s{1,3})?(?P<ours>countries|states)|(?P<bilateral>bilateral)"
        r"|the\s{1,3}(?P<meeting>meeting|summit|talks))\b",
        re.IGNORECASE,
    ),
    # the partner of the subject: "signed an agreement with Georgia"
    rule("party_with", r"\bwith\s"),
    rule("party_our_country", r"\b(?i:our\s{1,3}(?:country|state|republic))\b"),
)
_MEETING = (
    r"(?:meetings?|talks|visits?|negotiations|consultations|summit|session|discussions"
    r"|conversation|ceremony)"
)
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)"
)
LINK_RULES: Final = (
    # "during the Astana meeting", "On the margins of the visit", "following the talks"
    rule(
        "link_occasion",
        r"\b(?i:during|at|in\s{1,3}the\s{1,3}course\s{1,3}of|(?:on|in)\s{1,3}the\s{1,3}"
        r"(?:margins?|sidelines?)\s{1,3}of|following|after|as\s{1,3}a\s{1,3}result\s{1,3}of"
        r"|within\s{1,3}the\s{1,3}framework\s{1,3}of|at\s{1,3}the\s{1,3}end\s{1,3}of|upon)"
        r"\s{1,3}(?i:the|this|these|that|today'?s|yesterday'?s|their|his|her|its)?\s{0,3}"
        rf"(?P<name>(?:[\w'\u2019-]{{1,30}}\s{{1,3}}){{0,3}}?)(?i:{_MEETING})\b",
    ),
    # another time than the meeting's: "in March of this year", "in 2019", "last year"
    rule(
        "link_other_time",
        rf"\b(?:{_MONTH}|(?:19|20)\d\d|(?i:last|previous|earlier|ago|former|next|upcoming"
        r"|future|past))\b",
    ),
    # a meeting reported with signing: "This meeting was highlighted by the signing of ..."
    rule("link_meeting_signing", r"\b(?i:sign(?:ed|ing|ature)|inked)\b"),
)
MONTHS: Final = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)  # fmt: skip
