"""Bare answers: a stance verb with nothing to act on answers what was just proposed."""
from __future__ import annotations

import datetime as dt

from peacetrack.extract.pipeline import extract_article
from peacetrack.records import Article


def stances(text: str) -> dict[tuple[str, str], str]:
    ex = extract_article(Article(id="t.txt", date=dt.date(2025, 6, 12), text=text))
    return {(p.provision, p.party): p.stance for p in ex.positions}


def test_a_refusal_in_the_same_sentence_answers_the_proposal():
    got = stances("Chad wants a ceasefire, but Niger has refused.")
    assert got[("ceasefire", "Chad")] == "propose"
    assert got[("ceasefire", "Niger")] == "reject"


def test_a_refusal_or_an_agreement_in_the_next_sentence():
    assert stances("Chad proposed a ceasefire on Monday. Niger refused.")[("ceasefire", "Niger")] == "reject"
    got = stances("Chad proposed a ceasefire on Monday. Niger agreed.")
    assert got[("ceasefire", "Niger")] == "agree" and got[("ceasefire", "Chad")] == "agree"


def test_a_possible_answer_or_a_later_one_answers_nothing():
    assert ("ceasefire", "Niger") not in stances("Chad proposed a ceasefire on Monday. Niger might refuse.")
    assert ("ceasefire", "Niger") not in stances("Chad proposed a ceasefire on Monday. The talks went on for hours. "
                                                 "Niger refused.")


def test_a_refusal_before_the_proposal_answers_nothing():
    assert ("ceasefire", "Niger") not in stances("Niger refused, and Chad then proposed a ceasefire.")


def test_it_wanted_done_stands_for_the_item_named_just_before():
    got = stances("Chad imposed a tariff on Nigerien goods last year. Niger wants it lifted.")
    assert got[("sanctions", "Niger")] == "propose"
    got = stances("Mali drafted a plan for a ceasefire in May, and Chad wants it adopted without changes.")
    assert got[("ceasefire", "Chad")] == "propose"


def test_it_wanted_without_a_participle_or_long_after_names_nothing():
    assert ("sanctions", "Niger") not in stances("Chad imposed a tariff on Nigerien goods last year. Niger wants it.")
    assert ("sanctions", "Niger") not in stances("Chad imposed a tariff on Nigerien goods last year. "
                                                 "The talks went on for hours. Niger wants it settled.")
