"""Word classes the meeting extractor uses to tell titles, institutions and names apart.

Every capitalised word of a clause falls in one class: a title head ("Minister", "Ambassador"),
an institution or domain word ("Council", "Security", "Affairs"), a form of address ("H.E."), a
capitalised function or headline word ("During", "Held", "Meeting"), or else a name word. The
lists are the general vocabulary of diplomatic titles and press headlines; the parser's own
lists (:mod:`mfa_dataset.parsing.vocabulary`) and :func:`mfa_dataset.actors.is_title_word` are
reused.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Final

from mfa_dataset import actors
from mfa_dataset.parsing.vocabulary import DOMAINS, HONORIFICS, OFFICES, PARTICLES


def words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Heads of titles: a person holding an office. Plurals make groups ("the Foreign Ministers").
TITLE_HEADS: Final = words(
    """minister president prime premier deputy secretary secretary-general under-secretary
    undersecretary ambassador envoy representative director director-general head chairman
    chairwoman chairperson chair speaker commissioner commissioner-general chancellor king queen
    emir amir prince princess sultan sheikh crown governor mayor consul consul-general chief
    adviser advisor assistant counsellor counselor spokesperson spokesman spokeswoman leader
    coordinator rapporteur ombudsman senator chargé charge vice-president vice-chairman
    vice-minister co-chair member viceroy monarch pope patriarch admiral officer"""
)
#: Heads of the offices a meeting is usually about: preferred among offices joined by "and".
PRIMARY_HEADS: Final = words(
    """president prime premier minister chancellor secretary-general ambassador king queen emir
    amir sultan governor"""
)
#: Plural heads: a group of office holders, one per country named after them.
PLURAL_HEADS: Final = words(
    """ministers presidents premiers ambassadors envoys representatives heads chairmen leaders
    secretaries co-chairs ministries delegations governments parliaments speakers"""
)
#: Institutions, portfolios, events and political geography: never part of a person's name.
INSTITUTIONS: Final = (OFFICES | DOMAINS | PLURAL_HEADS) - TITLE_HEADS | words(
    """assignments issues matters tasks questions negotiations settlement partnership
    planning strategy strategic operations administration presidential cabinet staff board
    forum summit conference session meeting meetings assembly congress dialogue platform
    council councils organisation organization union alliance community bank fund court
    youth women children sports tourism agriculture transport transportation communications
    industry investment investments infrastructure digital science technology technologies
    innovation labour labor social welfare emergency emergencies defense defence armed forces
    intelligence police customs border borders foreign internal external home overseas global
    world islamic democratic people's peoples republic republics kingdom federal federation
    confederation principality sultanate emirates united states arab socialist grand duchy
    commonwealth independent interim transitional ministerial parliamentary executive
    legislative national federal governmental intergovernmental inter-parliamentary joint
    standing permanent extraordinary plenipotentiary resident non-resident honorary acting
    office-holder agency department service services secretariat institute centre center
    centre's university academy committee subcommittee group mission embassy consulate
    headquarters commission directorate division unit"""
)
#: Capitalised words that start sentences or fill headlines: neither names nor titles.
FUNCTION_CAPS: Final = words(
    """the a an on in at of for to by with from during within following after before upon
    under over between among amid as and or but also moreover furthermore meanwhile besides
    however thus therefore then this that these those it its he she they we our his her their
    there here today yesterday tomorrow earlier later recently separately additionally next
    question answer q a response statement information comment press release news note
    regarding concerning about visit visits visited meet meets met meeting meetings held holds
    hold received receives receive hosted hosts host talks attends attended participates
    welcomes welcomed discusses discussed signs signed pays paid calls called will shall has
    have had was were is are be been official working state joint bilateral trilateral
    multilateral first second third fourth fifth sixth seventh eighth ninth tenth new all both
    each other mutual"""
)
MONTHS: Final = words(
    """january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday
    saturday sunday"""
)
ADDRESS: Final = HONORIFICS | words("excellency excellencies his her mr mrs ms dr prof sir")
NAME_PARTICLES: Final = PARTICLES | words("ibn bint abu ul al- el- dos das do e y")
#: Lower-case heads that still make a title after "the" ("the leaders of A and B").
LOWER_HEADS: Final = words("minister ministers president presidents leaders heads ministries")


@lru_cache(maxsize=8192)
def word_class(word: str) -> str:
    """``T`` title head, ``P`` plural head, ``D`` institution/domain, ``H`` form of address,
    ``F`` function or headline word, ``N`` name word (for a capitalised ``word``)."""
    low = word.casefold().rstrip(".")
    if low + "." in ADDRESS or low in ADDRESS:
        return "H"
    parts = low.split("-")
    if low in PLURAL_HEADS:
        return "P"
    if low in TITLE_HEADS or any(p in TITLE_HEADS for p in parts if p not in ("in", "at")):
        return "T"
    if low in INSTITUTIONS or low in MONTHS:
        return "D"
    if low in FUNCTION_CAPS:
        return "F"
    return "T" if actors.is_title_word(word) else "N"
