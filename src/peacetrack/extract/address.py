"""Forms of address written before a name: ranks, courtesy titles and styles.

They are no part of a person's name ("General Ana Lind" is Ana Lind), and a
rank or courtesy title alone is not the office a person holds ("the coast
guard spokesman, Commodore Ana Lind" is the spokesman). Words are compared
in lower case without their dots, so "Gen." is "gen" and "H.E." is "h.e".
"""
from __future__ import annotations

# Military and clerical ranks.
RANKS = frozenset("general gen lieutenant lt colonel col major brigadier marshal field captain admiral "
                  "commodore sergeant sheikh archbishop cardinal bishop imam rabbi".split())
# Courtesy titles, and the ambassador's style ("Ambassador Ana Lind, the envoy to Norland").
COURTESY = frozenset("mr mrs ms dr prof sir dame reverend rev monsignor father pastor excellency h.e "
                     "ambassador".split())
# Offices and royal styles that also stand before a name the way a rank does ("King X", "Minister X").
STYLES = frozenset("president minister commander envoy emir king queen prince princess lord lady".split())
FORMS_OF_ADDRESS = RANKS | COURTESY | STYLES


def bare(word: str) -> str:
    """The word as the lists hold it: "Gen." -> "gen"."""
    return word.lower().rstrip(".")


def is_rank(word: str) -> bool:
    return bare(word) in RANKS


def is_courtesy(word: str) -> bool:
    return bare(word) in COURTESY


def is_form_of_address(word: str) -> bool:
    return bare(word) in FORMS_OF_ADDRESS
