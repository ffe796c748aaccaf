"""Stance words: how news reports proposing, backing, refusing, leaving and talking over an item.

Each invented sentence pins one word or construction of the stance lexicon
(`extract/positions/lexicon.py`) read through the parse (`syntax.py`,
`walker.py`), with the real model.
"""
from __future__ import annotations

import datetime as dt

from peacetrack import nlp
from peacetrack.extract.actors import find_actors
from peacetrack.extract.pipeline import extract_article
from peacetrack.extract.positions import find_positions
from peacetrack.extract.positions.holders import _Reader
from peacetrack.records import Article, Evidence

DATE = "2025-03-20"


def stances(text: str) -> dict[tuple[str, str], str]:
    doc = nlp.parse(text)
    index = find_actors(doc, DATE)
    positions, _ = find_positions(doc, index, lambda s, e: Evidence("t.txt", s, e, doc.text[s:e]))
    return {(p.provision, p.party): p.stance for p in positions}


def statuses(text: str) -> dict[str, str]:
    doc = nlp.parse(text)
    index = find_actors(doc, DATE)
    _, found = find_positions(doc, index, lambda s, e: Evidence("t.txt", s, e, doc.text[s:e]))
    return {s.provision: s.status for s in found}


# --------------------------------------------------------------------------- refusing


def test_being_against_an_item_rejects_it() -> None:
    assert stances("Chile is against a truce that would give the rebels time to rearm.")[("ceasefire", "Chile")] == "reject"


def test_not_being_against_an_item_accepts_it() -> None:
    assert stances("Chile is not against a truce, its minister said.")[("ceasefire", "Chile")] == "support"


def test_saying_no_to_an_item_rejects_it() -> None:
    assert stances("Peru said no to a ceasefire on Monday.")[("ceasefire", "Peru")] == "reject"


def test_saying_yes_to_an_item_supports_it() -> None:
    assert stances("Peru said yes to a ceasefire on Monday.")[("ceasefire", "Peru")] == "support"


def test_walking_away_from_talks_rejects_them() -> None:
    found = stances("Bolivia walked away from the ceasefire talks in May.")
    assert found[("negotiation_process", "Bolivia")] == "reject"


def test_pulling_out_of_a_region_refuses_nothing() -> None:
    found = stances("Chile said it pulled out of the disputed territory last year.")
    assert found.get(("territory", "Chile")) != "reject"


def test_objecting_to_an_item_rejects_it() -> None:
    assert stances("Uruguay objected to the prisoner swap.")[("prisoner_exchange", "Uruguay")] == "reject"


def test_unwilling_to_accept_rejects() -> None:
    assert stances("Chile is unwilling to accept a ceasefire.")[("ceasefire", "Chile")] == "reject"


def test_boycotting_talks_rejects_them() -> None:
    assert stances("Peru boycotted the peace talks in Lima.")[("negotiation_process", "Peru")] == "reject"


def test_warning_against_an_item_rejects_it() -> None:
    assert stances("Ecuador warned against a hasty ceasefire.")[("ceasefire", "Ecuador")] == "reject"


def test_a_non_starter_is_ruled_out() -> None:
    found = stances('"A ceasefire is a non-starter," Chile\'s foreign minister said.')
    assert found[("ceasefire", "Chile")] == "reject"


def test_not_open_to_negotiation_is_ruled_out() -> None:
    found = stances("Peru said its territorial integrity is not open to negotiation.")
    assert found[("territory", "Peru")] == "reject"


# --------------------------------------------------------------------------- proposing


def test_stressing_the_need_for_an_item_proposes_it() -> None:
    assert stances("Bolivia stressed the need for a ceasefire.")[("ceasefire", "Bolivia")] == "propose"


def test_unveiling_a_truce_proposes_it() -> None:
    assert stances("Ecuador unveiled a truce on Monday.")[("ceasefire", "Ecuador")] == "propose"


def test_tying_an_item_to_another_demands_the_other() -> None:
    found = stances("Chile tied any ceasefire to the release of prisoners.")
    assert found[("prisoner_exchange", "Chile")] == "propose"
    assert found[("ceasefire", "Chile")] == "support"


# --------------------------------------------------------------------------- backing and talking over


def test_praising_an_item_supports_it() -> None:
    assert stances("Uruguay praised the ceasefire.")[("ceasefire", "Uruguay")] == "support"


def test_being_receptive_to_an_item_supports_it() -> None:
    assert stances("Peru is receptive to a ceasefire.")[("ceasefire", "Peru")] == "support"


def test_weighing_an_item_discusses_it() -> None:
    assert stances("Bolivia is weighing a ceasefire.")[("ceasefire", "Bolivia")] == "discuss"


def test_naming_an_item_as_at_issue_discusses_it() -> None:
    found = stances("The Chilean minister named the release of the detainees as a question for the next round.")
    assert found[("prisoner_exchange", "Chile")] == "discuss"
    found = stances("Peruvian officials identified the reopening of the crossings as a matter for the coming summit.")
    assert found[("humanitarian_access", "Peru")] == "discuss"
    found = stances("Ecuador listed the lifting of sanctions as a topic for the summit.")
    assert found[("sanctions", "Ecuador")] == "discuss"
    found = stances("Bolivia regards the border wall as a threat to its territorial integrity.")
    assert found[("territory", "Bolivia")] == "discuss"



# --------------------------------------------------------------------------- charges


def test_what_a_side_is_accused_of_is_no_stance_of_its_own() -> None:
    found = stances("Chile accused Peru of refusing to accept a ceasefire.")
    assert found.get(("ceasefire", "Peru")) != "reject"


def test_renouncing_violence_rejects_no_disarmament() -> None:
    found = stances("Peru will talk to all armed groups that renounce violence and lay down their weapons.")
    assert "reject" not in found.values()


# --------------------------------------------------------------------------- needs, wishes, nearness


def test_an_item_said_to_be_essential_is_proposed_by_whoever_says_so() -> None:
    found = stances("A ceasefire is essential, Chile's president said.")
    assert found[("ceasefire", "Chile")] == "propose"


def test_an_item_said_to_be_needed_is_proposed_by_whoever_says_so() -> None:
    found = stances("A ceasefire is needed now, Chile's president said.")
    assert found[("ceasefire", "Chile")] == "propose"


def test_no_interest_in_an_item_rejects_it() -> None:
    assert stances("Peru said it had no interest in a ceasefire.")[("ceasefire", "Peru")] == "reject"


def test_an_interest_in_an_item_supports_it() -> None:
    assert stances("Peru has an interest in a ceasefire.")[("ceasefire", "Peru")] == "support"


def test_a_stance_noun_carried_by_a_light_verb_holds_for_the_item_after_it() -> None:
    assert stances("Peru voiced opposition to a ceasefire.")[("ceasefire", "Peru")] == "reject"
    assert stances("Peru gave its blessing to the ceasefire.")[("ceasefire", "Peru")] == "support"


def test_making_the_case_for_an_item_proposes_it() -> None:
    assert stances("Peru made the case for a ceasefire.")[("ceasefire", "Peru")] == "propose"


def test_hoping_to_agree_proposes() -> None:
    assert stances("Chile hopes to agree a ceasefire next week.")[("ceasefire", "Chile")] == "propose"


def test_close_to_agreeing_agrees_nothing_yet() -> None:
    found = stances("Chile and Peru are close to agreeing a ceasefire.")
    assert found[("ceasefire", "Chile")] == "discuss"
    assert found[("ceasefire", "Peru")] == "discuss"


# --------------------------------------------------------------------------- deals and their terms


def test_failing_to_agree_only_talks_an_item_over() -> None:
    found = stances("Chile and Peru failed to agree on a ceasefire.")
    assert found[("ceasefire", "Chile")] == "discuss"
    assert found[("ceasefire", "Peru")] == "discuss"


def test_a_term_under_a_deal_is_agreed_by_its_parties() -> None:
    found = stances("Under the deal, Chile and Peru will exchange prisoners.")
    assert found[("prisoner_exchange", "Chile")] == "agree"
    assert found[("prisoner_exchange", "Peru")] == "agree"


def test_what_a_deal_between_two_sides_includes_they_agree() -> None:
    found = stances("The agreement between Chile and Peru includes a ceasefire.")
    assert found[("ceasefire", "Chile")] == "agree"
    assert found[("ceasefire", "Peru")] == "agree"


def test_two_sides_committing_to_an_item_agree() -> None:
    found = stances("Chile and Peru committed to a ceasefire.")
    assert found[("ceasefire", "Chile")] == "agree"


def test_two_sides_declaring_a_ceasefire_agree() -> None:
    found = stances("Chile and Peru declared a ceasefire on Monday.")
    assert found[("ceasefire", "Peru")] == "agree"


def test_a_draft_deal_sent_is_proposed_by_its_sender() -> None:
    assert stances("Chile sent Peru a draft agreement on a ceasefire.")[("ceasefire", "Chile")] == "propose"


def test_time_to_seal_a_truce_is_a_call_for_it() -> None:
    found = stances("It is time to seal a ceasefire, Chile's president said.")
    assert found[("ceasefire", "Chile")] == "propose"


def test_an_item_called_unacceptable_is_rejected() -> None:
    assert stances("Peru said the ceasefire proposal was unacceptable.")[("ceasefire", "Peru")] == "reject"


# --------------------------------------------------------------------------- goals, stance holders, talks


def test_an_item_named_a_priority_is_proposed() -> None:
    assert stances("A ceasefire is a priority, Chile's president said.")[("ceasefire", "Chile")] == "propose"
    assert stances("Our aim is a ceasefire, Chile's president said.")[("ceasefire", "Chile")] == "propose"


def test_an_opponent_of_an_item_rejects_it() -> None:
    assert stances("Peru is a vocal opponent of the ceasefire.")[("ceasefire", "Peru")] == "reject"


def test_a_proponent_of_an_item_proposes_it() -> None:
    assert stances("Peru is a leading proponent of a ceasefire.")[("ceasefire", "Peru")] == "propose"


def test_exchanging_views_on_an_item_discusses_it() -> None:
    found = stances("Peru and Chile exchanged views on a ceasefire.")
    assert found[("ceasefire", "Peru")] == "discuss"
    assert found[("ceasefire", "Chile")] == "discuss"


def test_talks_focused_on_an_item_discuss_it() -> None:
    found = stances("The talks between Peru and Chile focused on a ceasefire.")
    assert found[("ceasefire", "Chile")] == "discuss"


def test_rejecting_accusations_about_an_item_rejects_no_item() -> None:
    found = stances("Peru rejected accusations of breaking the truce.")
    assert found.get(("ceasefire", "Peru")) != "reject"


def test_dismissing_reports_about_an_item_rejects_no_item() -> None:
    found = stances("Peru dismissed reports of a ceasefire with the rebels.")
    assert found.get(("ceasefire", "Peru")) != "reject"


def test_a_pledge_of_one_side_proposes() -> None:
    assert stances("Peru's president has promised elections next year.")[("elections_governance", "Peru")] == "propose"


def test_a_pledge_of_two_sides_together_agrees() -> None:
    found = stances("Chile and Peru pledged a ceasefire on Monday.")
    assert found[("ceasefire", "Chile")] == "agree"
    assert found[("ceasefire", "Peru")] == "agree"


def test_a_commitment_to_an_item_proposes_it() -> None:
    assert stances("Peru's commitment to a ceasefire was clear.")[("ceasefire", "Peru")] == "propose"


def test_a_party_thanked_for_its_commitment_backs_the_item() -> None:
    found = stances("Chile thanked Peru for its commitment to the peace talks.")
    assert found[("negotiation_process", "Peru")] == "support"


def test_a_reaffirmed_commitment_of_one_side_is_a_formula() -> None:
    found = stances("Brazil reaffirmed its commitment to Peru's territorial integrity.")
    assert "propose" not in found.values()


def test_no_willingness_to_accept_an_item_rejects_it() -> None:
    assert stances("Kenya has shown no willingness to accept a ceasefire.")[("ceasefire", "Kenya")] == "reject"


def test_pushing_back_against_or_coming_out_against_an_item_rejects_it() -> None:
    assert stances("Kenya has pushed back against a ceasefire.")[("ceasefire", "Kenya")] == "reject"
    assert stances("Kenya has come out against a ceasefire.")[("ceasefire", "Kenya")] == "reject"


def test_joining_calls_for_an_item_proposes_it() -> None:
    assert stances("Kenya joined calls for a ceasefire.")[("ceasefire", "Kenya")] == "propose"


def test_hope_for_an_item_proposes_it() -> None:
    assert stances("Kenya expressed hope for a ceasefire.")[("ceasefire", "Kenya")] == "propose"


def test_signing_a_truce_with_another_side_agrees_for_both() -> None:
    found = stances("Chile signed a ceasefire with Peru.")
    assert found[("ceasefire", "Chile")] == "agree"
    assert found[("ceasefire", "Peru")] == "agree"


def test_a_truce_between_two_sides_is_agreed_by_both() -> None:
    found = stances("A ceasefire between Chile and Peru took effect on Monday.")
    assert found[("ceasefire", "Chile")] == "agree"
    assert found[("ceasefire", "Peru")] == "agree"


def test_a_proposed_truce_between_two_sides_is_not_agreed() -> None:
    found = stances("A proposed ceasefire between Chile and Peru was discussed in Lima.")
    assert found.get(("ceasefire", "Chile")) != "agree"


def test_a_truce_said_to_hold_in_a_condition_is_not_demanded() -> None:
    found = stances("Chile will keep its border posts manned as long as the truce continues, its minister said.")
    assert found.get(("ceasefire", "Chile")) != "propose"


def test_an_item_set_against_what_is_wanted_is_rejected() -> None:
    assert stances("Chile wants a military victory, not peace talks.")[("negotiation_process", "Chile")] == "reject"
    assert stances("Chile wants elections, not war.")[("elections_governance", "Chile")] == "propose"


def test_an_item_called_a_step_is_backed_and_one_called_a_trap_rejected() -> None:
    assert stances("Peru called the ceasefire a positive step.")[("ceasefire", "Peru")] == "support"
    assert stances("Peru described the truce as a trap.")[("ceasefire", "Peru")] == "reject"


def test_a_step_still_awaited_is_neither_taken_nor_refused() -> None:
    assert not stances("Peru has not yet accepted the ceasefire.")
    assert not stances("Peru has yet to accept the ceasefire.")
    assert stances("Peru has not accepted the ceasefire.")[("ceasefire", "Peru")] == "reject"


def test_a_headline_listing_two_sides_that_agree_binds_both() -> None:
    found = stances("Chile, Peru agree truce")
    assert found[("ceasefire", "Chile")] == "agree"
    assert found[("ceasefire", "Peru")] == "agree"


def test_wanting_or_accepting_no_item_rejects_it() -> None:
    assert stances("Peru will accept no ceasefire.")[("ceasefire", "Peru")] == "reject"
    assert stances("Peru wants no truce with the rebels.")[("ceasefire", "Peru")] == "reject"


def test_no_question_of_an_item_rules_it_out() -> None:
    assert stances("Peru said there was no question of a ceasefire.")[("ceasefire", "Peru")] == "reject"


def test_no_plans_for_an_item_rejects_it() -> None:
    assert stances("Peru has no plans for a ceasefire.")[("ceasefire", "Peru")] == "reject"


def test_refusing_to_rule_out_is_no_refusal() -> None:
    assert stances("Niger refused to rule out a ceasefire.").get(("ceasefire", "Niger")) != "reject"


def test_what_a_partys_demand_is_it_proposes() -> None:
    assert stances("Chile's main demand is the release of all detainees.")[("prisoner_exchange", "Chile")] == "propose"
    assert stances("The chief Peruvian proposal was a ceasefire along the river.")[("ceasefire", "Peru")] == "propose"
    # a condition named so is demanded, not accepted
    assert stances("Bolivia's condition is the lifting of sanctions.")[("sanctions", "Bolivia")] == "propose"
    assert ("ceasefire", "Chile") not in stances("Chile's demand is not a ceasefire.")


# --------------------------------------------------------------------------- topics named up front


def test_talks_held_on_a_topic_named_up_front_negotiate_it() -> None:
    text = ("On the prisoners held by Bolivia, the two delegations continued discussions on the date and place "
            "of their release.")
    assert statuses(text)["prisoner_exchange"] == "under_negotiation"
    assert statuses("On the prisoners held by Bolivia, the two delegations did not continue discussions.")[
        "prisoner_exchange"] == "proposed"


def test_trade_told_resumed_is_under_way() -> None:
    assert statuses("Trade across the river, halted since 2019, resumed on Monday.")["economic_cooperation"] == "implemented"


def test_an_item_told_carried_out_is_done() -> None:
    text = "The last phase, the militia's pullback of troops from Tacna, was finally carried out in June."
    assert statuses(text)["territory"] == "implemented"
    text = "The last phase, the militia's pullback of troops from Tacna, was never carried out."
    assert statuses(text)["territory"] != "implemented"


# --------------------------------------------------------------------------- outcome lists


def article_stances(text: str) -> dict[tuple[str, str], str]:
    """Stances read through the whole pipeline, with the events stage (the deals a list reports)."""
    ex = extract_article(Article(id="t.txt", date=dt.date(2025, 3, 20), text=text))
    return {(p.provision, p.party): p.stance for p in ex.positions}


OUTCOMES = ("Chad hosted two days of technical talks with the Niger delegation in Ndjamena. After the talks:\n\n"
            "- Chad and Niger have agreed to a ceasefire along their shared border.\n"
            "- Chad {verb} restore Niger's access to the world market for its cattle exports.\n")


def test_an_undertaking_in_a_list_of_outcomes_binds_both_sides() -> None:
    got = article_stances(OUTCOMES.format(verb="will help"))
    assert got[("economic_cooperation", "Chad")] == "agree"
    assert got[("economic_cooperation", "Niger")] == "agree"


def test_a_stance_of_its_own_in_a_list_of_outcomes_binds_no_one() -> None:
    got = article_stances(OUTCOMES.format(verb="will consider whether to"))
    assert got.get(("economic_cooperation", "Niger")) != "agree"


def test_a_deal_binding_its_parties_to_refrain_from_an_act_binds_them_to_its_object() -> None:
    got = article_stances("Chad and Niger signed a peace accord in Niamey on Tuesday.\n\n"
                          "The accord commits both countries to refrain from arming non-state armed groups.")
    assert got[("arms_control", "Chad")] == "agree"
    assert got[("arms_control", "Niger")] == "agree"


# --------------------------------------------------------------------------- who "the two governments" are


def test_the_two_governments_are_states_not_the_movement_one_fights() -> None:
    got = article_stances(
        "Chad and Niger signed a border accord in Niamey in March.\n\n"
        "In the north, Chad's army has fought the Tibesti Liberation Front (TLF) for a decade. Chad and the TLF signed "
        "a truce in Doha last month.\n\n"
        "The two governments initialled a framework in Niamey on Friday, covering joint oil exploration along the border.")
    assert got[("natural_resources", "Chad")] == "agree"
    assert got[("natural_resources", "Niger")] == "agree"
    assert ("natural_resources", "TLF") not in got


def test_the_two_governments_are_no_single_government() -> None:
    text = ("Chad and Niger signed a border accord in March. Chad's army has long fought the Tibesti Liberation Front "
            "(TLF), and the two sides signed a truce last month. The two governments met on Friday.")
    doc = nlp.parse(text)
    reader = _Reader(doc, find_actors(doc, DATE))
    reader.sides = [(0, ["Chad", "Niger"]), (60, ["Chad", "TLF"])]  # as the events stage would report them
    governments = next(t for t in doc if t.lower_ == "governments")
    assert reader.np_parties(governments) == ["Chad", "Niger"]
