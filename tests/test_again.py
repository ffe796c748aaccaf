"""An item named again by the bare head noun of its cue ("a swap of detainees ... The swap took place")."""
from __future__ import annotations

import datetime as dt

from peacetrack.extract.pipeline import extract_article
from peacetrack.extract.positions.again import named_again
from peacetrack.nlp import parse
from peacetrack.records import Article


def extract(text: str):
    return extract_article(Article(id="t.txt", date=dt.date(2025, 6, 12), text=text))


def statuses(text: str) -> dict[str, str]:
    return {s.provision: s.status for s in extract(text).status}


def stances(text: str) -> dict[tuple[str, str], str]:
    return {(p.provision, p.party): p.stance for p in extract(text).positions}


def again(text: str) -> list[tuple[str, str]]:
    """What the last sentence of a text names again: (item, word)."""
    doc = parse(text)
    sent = list(doc.sents)[-1]
    return [(m.provision, sent.text[m.start:m.end]) for m in named_again(sent, [])]


def test_a_market_named_again_is_told_reopened():
    got = statuses("Chad and Niger agreed last year to open a border market at Kalto. "
                   "The market reopened on Monday after a week's closure.")
    assert got["economic_cooperation"] == "implemented"


def test_a_plant_named_again_takes_the_stance_said_of_it():
    got = stances("The Chadian president raised the safety of the Barrow nuclear power plant with his Nigerien "
                  "counterpart. Chad said it could help to run that plant with its own engineers.")
    assert got[("nuclear_safety", "Chad")] == "propose"


def test_the_bare_head_noun_with_a_pointing_word_or_a_telling_adjective():
    assert again("Chad and Niger agreed on a swap of detainees. The swap went ahead.") == [
        ("prisoner_exchange", "swap")]
    assert again("Chad and Niger agreed on a swap of detainees. Officials hailed a successful swap.") == [
        ("prisoner_exchange", "swap")]
    assert again("Chad and Niger agreed on a swap of detainees. Officials said a swap was possible.") == []


def test_a_noun_of_its_own_names_another_thing():
    assert again("Chad and Niger agreed on an exchange of detainees. The exchange of fire went on all night.") == []
    assert again("Inspectors toured the Barrow nuclear power plant. The coal plant nearby was shut.") == []
    # two sentences out of the window, the noun no longer reaches back
    assert again("Chad and Niger agreed on a swap of detainees. The rains came. Roads closed. Markets shut. "
                 "The swap went ahead.") == []


def test_a_head_two_items_share_names_neither_and_a_place_names_none():
    assert again("Chad backed a prisoner swap and a land swap. The swap went ahead.") == []
    assert again("Chad and Niger discussed a transitional government. The government said nothing.") == []
