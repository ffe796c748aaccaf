"""Party mentions in text: names, adjectives and seats, on word boundaries."""
from __future__ import annotations

from peacetrack.extract.parties import find_parties


def named(text: str) -> list[str]:
    return [pm.party for pm in find_parties(text)]


def test_the_two_sides_of_a_hyphenated_pair_are_both_named() -> None:
    assert named("the U.S.-Ukraine talks") == ["United States", "Ukraine"]
    assert named("the Kenya-Uganda-Tanzania summit") == ["Kenya", "Uganda", "Tanzania"]
    # a hyphen joining a party to anything else keeps it out: backing, stance or a compound adjective
    assert named("Russia-backed fighters and pro-Russian parties") == []


def test_a_continents_part_is_no_state() -> None:
    assert named("Latin American and South America envoys") == []
    assert named("American envoys") == ["United States"]
