"""Words of official titles: the head of a title, the words before it, the portfolio after it.

Linguistic vocabulary, not data about any country: ``Deputy`` / ``Prime`` + ``Minister``
+ ``of Foreign Affairs``.
"""

from __future__ import annotations


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


#: The word (or hyphenated compound) a title is named after: "Minister", "Secretary-General".
HEADS = _words(
    """President Vice-President Minister Ambassador Secretary-General Under-Secretary-General
    Under-Secretary Secretary Chancellor Premier Speaker Chairman Chairwoman Chairperson Chair
    King Queen Emir Amir Sultan Prince Sheikh Envoy Representative Spokesperson Spokesman
    Spokeswoman Director-General Director Commissioner-General Commissioner Governor Mayor Head
    Chief Counsellor Counselor Adviser Advisor Assistant Aide Consul-General Consul Senator
    Congressman Congresswoman Rapporteur Coordinator Commander Leader Patriarch Pope Ombudsman
    Prosecutor Judge Attaché Attache Delegate Negotiator Administrator Member FM PM"""
)
#: "Chargé d'Affaires" and other heads of more than one word.
HEAD_PHRASES = ("Chargé d'Affaires", "Charge d'Affaires", "Crown Prince", "Supreme Leader")
#: Words that only ever qualify a title: "Deputy", "Vice", "Prime", "Acting".
QUALIFIERS = _words("Deputy Vice Prime Acting")
#: Other words that may stand before the head: "First Deputy", "Senior", "Special".
MODIFIERS = _words(
    """First Second Senior Special Permanent Executive Principal High Presidential Personal
    Supreme Interim Incoming Outgoing Federal State Chief General Assistant Under Crown
    Honorary Resident Roving Extraordinary Plenipotentiary Lead Regional"""
)
#: Words of a portfolio, before the head ("Foreign Minister") or after it ("of Foreign Affairs").
PORTFOLIO = _words(
    """Foreign Affairs Europe European Eurasian Defence Defense Economy Economic Economics
    Finance Financial Trade Energy State Government Justice Interior Internal Health Education
    Culture Development Commonwealth Agriculture Transport Digital Emergency Emergencies
    Situations Labour Labor Social Protection Population Ecology Natural Resources Science
    Higher Youth Sport Sports Tourism Industry Investment Investments Innovation Innovations
    Integration Security National Council Communications Communication Technology Technologies
    Information Infrastructure Construction Environment Climate Cooperation International
    Relations Diaspora Religious Policy Administration Cabinet Ministers Staff Armed Forces
    Intelligence Parliament Assembly Senate Committee Office Department Ministry Human Rights
    Legal Consular Protocol Press Media Public Diplomacy Multilateral Bilateral Political
    Strategic Planning Affairs Caucasus Asia Central Middle East Eastern Western Nations
    United Union Commission Services Service Mission Delegation Presidency Republic"""
)
#: Forms of address stripped from a title or a name.
HONORIFICS = (
    "His Excellency",
    "Her Excellency",
    "His Majesty",
    "Her Majesty",
    "His Highness",
    "Her Highness",
    "H.E.",
    "H. E.",
    "HE",
    "H.M.",
    "H.H.",
    "Mr.",
    "Mr",
    "Mrs.",
    "Mrs",
    "Ms.",
    "Ms",
    "Dr.",
    "Dr",
    "Prof.",
    "Madam",
    "Mme",
    "Sir",
    "Dame",
)
#: Titles whose head needs its complement: "Head" is never a title alone in "Head of State".
NEEDS_COMPLEMENT = frozenset(
    {"head", "minister", "deputy minister", "secretary", "chief", "chair", "member"}
)
