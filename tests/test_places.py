"""Towns to the states they lie in (GeoNames, offline), and where the extractor uses them."""
from __future__ import annotations

from peacetrack import nlp
from peacetrack.extract.actors import find_actors
from peacetrack.extract.places import state_of_place


def test_a_town_is_in_its_state_and_a_party_name_is_left_to_the_parties() -> None:
    assert state_of_place("Isfara") == "Tajikistan"
    assert state_of_place("Kharkiv") == "Ukraine"
    assert state_of_place("Norway") is None  # a party's own name
    assert state_of_place("Nowhereville") is None


def test_a_local_office_is_the_state_of_the_town_its_sentence_names() -> None:
    text = ("A drone struck the city of Isfara, across the border from Kyrgyzstan's Batken region, said regional head "
            "Ravshan Karimov.")
    people = {p.name: p for p in find_actors(nlp.parse(text), "2026-05-01").people}
    assert people["Ravshan Karimov"].party == "Tajikistan"  # not Batken's state, set under another party


def test_a_dateline_town_places_a_government_office() -> None:
    text = "date 2026-05-01 Talks\n\nENUGU — Information Minister Grace Obi said the talks would resume."
    people = {p.name: p for p in find_actors(nlp.parse(text), "2026-05-01").people}
    assert people["Grace Obi"].party == "Nigeria"
