"""Body rules: website chrome (whole lines) and question/answer labels (line starts).

Part of the rule table (see :mod:`mfa_dataset.parsing.rules`); applied by ``body.py``. A chrome
label alone on its line ("Tags", "From:") also makes the short lines listed under it chrome.
"""

from __future__ import annotations

import re
from typing import Final

from mfa_dataset.parsing.rules import PUBLISHED_LABEL, UPPER, rule

_LOWER = r"[^\W\d_]"


_I = re.IGNORECASE
#: News outlets known by name ("AFP:"), and the words that end an outlet's name ("Phoenix TV:").
_OUTLETS = (
    r"AFP|AP|CCTV|CGTN|CNN|BBC|NHK|KBS|TASS|Reuters|Bloomberg|Xinhua|Yonhap|Kyodo|Sputnik|EFE"
    r"|ANSA|DPA|Anadolu|Interfax|Kazinform|Al\sJazeera|RIA\sNovosti|Associated\sPress"
)
_OUTLET_NOUNS = (
    r"TV|News|Daily|Times|Agency|Post|Radio|Television|Media\sGroup|Shimbun|Herald|Journal"
    r"|Network|Broadcasting|Gazette|Tribune|Weekly|Channel"
)
CHROME_RULES: Final = (
    rule(
        "chrome_share",
        r"(?:share(?:\s(?:this|the))?(?:\s(?:page|article|post|news|story))?"
        r"(?:\s(?:on|via|to)\s[\w ,./&+-]{1,60})?|tweet|facebook|twitter|telegram|whatsapp"
        r"|linkedin|e-?mail(?:\sthis(?:\spage)?)?|copy\slink)\s?:?",
        _I,
    ),
    rule(
        "chrome_print",
        r"print(?:\s(?:this|the))?(?:\s(?:page|article|version|news))?|printable\sversion"
        r"|version\sfor\sprinting|download(?:\s(?:pdf|as\spdf))?|pdf",
        _I,
    ),
    rule(
        "chrome_search",
        r"search(?:\s(?:in\s(?:the\s)?archive|the\ssite|this\ssite))?|suchen|поиск"
        r"|(?:news\s)?archive",
        _I,
    ),
    rule(
        "chrome_back",
        r"(?:[«<←]\s?)?(?:back|go\sback|back\sto\s(?:top|list|news|the\slist)|to\stop|top"
        r"|next|previous|prev|read\smore|more\snews|all\snews|close(?:\swindow)?)(?:\s?[»>→])?",
        _I,
    ),
    rule(
        "chrome_policy",
        r"privacy\spolicy|terms\s(?:of\suse|and\sconditions)|cookie\spolicy|cookies?\ssettings"
        r"|site\s?map|contact\sus|contacts|accessibility|rss|subscribe(?:\sto\s[\w ]{1,40})?",
        _I,
    ),
    rule(
        "chrome_rights",
        r"[^\n]{0,200}?\ball\srights\sreserved\b[^\n]{0,300}|(?:©|\(c\)|copyright\b)[^\n]{0,200}",
        _I,
    ),
    rule("chrome_source", r"source\s?:\s{0,3}(?:https?://|www\.)\S{0,300}", _I),
    rule("chrome_url", r"(?:https?://|www\.)\S{1,500}", _I),
    # "Tags: trade, visits"; "Tags" alone: the short lines under it are the tags
    rule(
        "chrome_tags",
        r"(?:tags?|keywords|categor(?:y|ies))\s?(?::\s{0,3}(?P<items>[^\n]{1,300})|:)?",
        _I,
    ),
    rule("chrome_follow", r"follow\sus\b[^\n]{0,200}", _I),
    rule("chrome_breadcrumb", r"(?:home|main\spage)\s?[/>\u00bb|\u203a][^\n]{0,300}", _I),
    rule("chrome_meta", r"(?:views?|hits|last\s(?:updated|modified))\s?:[^\n]{0,80}", _I),
    # gov.uk: "From: Foreign Office"; "From:" alone: the lines under it name the publishers
    rule("chrome_from", r"from\s?:(?:\s{0,3}(?P<items>[^\n]{1,200}))?", _I),
    # "Published", "Published 5 June 2024", "Last updated 6 June 2024", "Date:"
    rule("chrome_published", PUBLISHED_LABEL),
    # page-type labels and text delimiters: "READOUT", "MEDIA NOTE", "Begin Text:", "End Text."
    rule(
        "chrome_label",
        r"readout|media\snote|\[?(?:begin|end(?:\sof)?)\stext\]?\s?[:.]?",
        _I,
    ),
    # everything from here to the end is syndication boilerplate
    rule(
        "chrome_tail",
        r"disclaimer\s?:?|[^\n]{0,300}?\b(?:published\sthis\scontent\son|distributed\sby\spublic)"
        r"\b[^\n]{0,1000}",
        _I,
    ),
)
#: Every body rule ends with a colon (``body.py`` relies on it and checks it at import).
BODY_RULES: Final = (
    # "Question 1:", "Question:", "Q:", "Q2:", "Question (Reuters):", "Question from CNN:"
    rule(
        "question",
        r"(?P<label>(?i:question|q)(?:\s?(?:(?i:no)\.?\s?)?(?P<number>\d{1,3}))?"
        r"(?:\s?\([^()\n]{1,60}\)|\s(?i:from|by)\s[^:\n]{1,60}?)?)\s?[:\uff1a]",
    ),
    # "Answer:", "A:", "Answer 1:", "Reply:", "Response:"
    rule(
        "answer", r"(?P<label>(?i:answer|a|reply|response)(?:\s?(?P<number>\d{1,3}))?)\s?[:\uff1a]"
    ),
    # transcript style: "MR PRICE:", "SECRETARY BLINKEN:", "FOREIGN MINISTER LAVROV:"
    rule(
        "answer_speaker",
        r"(?P<label>(?:MR|MS|MRS|DR|SECRETARY|MINISTER|FOREIGN\sMINISTER|SPOKESPERSON"
        r"|DEPUTY\sSPOKESPERSON|AMBASSADOR)\.?\s[A-Z][A-Z'\u2019-]{1,30})\s?:",
    ),
    # press-conference transcripts label a question by the outlet that asks it: "CCTV:",
    # "Reuters:", "China Daily:", "Phoenix TV:", "Journalist:", "Correspondent (TASS):"
    rule(
        "question_outlet",
        rf"(?P<label>(?:(?:{UPPER}[\w'\u2019&.-]{{0,30}}\s){{1,3}}(?:{_OUTLET_NOUNS})"
        rf"|(?:{_OUTLETS})(?:\s(?:News|TV))?|(?i:journalist|reporter|correspondent))"
        r"(?:\s?\([^()\n]{1,60}\))?)\s?[:\uff1a]",
    ),
    # a person's name answering an open question ("Question: ..." then "Sergey Lavrov: ..."), or
    # the name of the speaker the title names, anywhere ("Mao Ning: ...")
    rule(
        "answer_name", rf"(?P<label>{UPPER}{_LOWER}{{1,30}}(?:\s{UPPER}{_LOWER}{{1,30}}){{1,2}}):"
    ),
)
