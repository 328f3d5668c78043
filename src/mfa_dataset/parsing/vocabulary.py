"""Word lists the speaker rules use to tell a person's name from an office or institution."""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Lower-case words allowed inside a title or role ("Minister of Foreign Affairs").
FUNCTION = _words("of the and for to at on in de du des la le del della di da")
#: Lower-case parts of personal names ("Ursula von der Leyen", "Abdullah bin Zayed").
PARTICLES = _words("von van der den de da del della di du la le al el bin ibn")
#: Separators allowed inside a role ("Deputy Prime Minister - Minister of Foreign Affairs").
DASHES = _words("\u2013 \u2014 - & /")
#: Words a date line's label may end with only if it is prose ("held on 5 May 2020").
PREPOSITIONS = _words("on of in at by to from since until till before after dated")
#: Forms of address that are neither name nor role.
HONORIFICS = _words("h.e. he mr. mr mrs. mrs ms. ms dr. dr prof. sir madam mme m.")
#: Words naming an office or an institution: never part of a person's name.
OFFICES = _words(
    """minister ministers ministry spokesperson spokesman spokeswoman spokespersons head director
    director-general deputy secretary secretary-general under-secretary undersecretary president
    vice-president vice prime chairman chairwoman chair chairperson ambassador envoy
    representative counselor counsellor adviser advisor assistant aide department service office
    bureau commission commissioner council committee affairs foreign press information mfa
    republic kingdom federation embassy consul consul-general consulate chief officer king queen
    emir government parliament state states union nations organization organisation agency
    division directorate general special senior permanent high first acting official delegation
    mission speaker leader member members spokespeople secretariat"""
)
#: Words naming a field or a region of a portfolio ("High Representative for Foreign Affairs and
#: Security Policy", "Special Representative for the South Caucasus"): never part of a name.
DOMAINS = _words(
    """policy security relations cooperation development trade economy economic defence defense
    justice interior culture education health energy environment climate finance protocol
    consular legal international european eurasian national public human rights diaspora
    neighbourhood neighborhood enlargement migration humanitarian multilateral bilateral affairs
    caucasus asia europe africa america americas pacific middle east west north south central
    region regional arctic gulf balkans caspian mediterranean"""
)
