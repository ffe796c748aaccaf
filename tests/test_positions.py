"""Positions and statuses read from hand-written sentences, parsed with the real model.

Each sentence pins one mechanism of `extract/positions/`: negation and
modality scope, holders through subjects, reported speech, passive agents,
coordination, relative clauses, nominal stances, pronouns, authors of a
statement, and the plan features (stage, condition) of a position. The
statuses are pinned through `status_of` and through whole texts.
"""
from __future__ import annotations

import pytest

from peacetrack import nlp
from peacetrack.extract.actors import find_actors
from peacetrack.extract.positions import _StatusCues, find_positions, status_of
from peacetrack.records import Event, Evidence

DATE = "2025-03-20"


def read(text: str):
    doc = nlp.parse(text)
    index = find_actors(doc, DATE)
    return find_positions(doc, index, lambda s, e: Evidence("t.txt", s, e, doc.text[s:e]))


def stances(text: str) -> dict[tuple[str, str], str]:
    positions, _ = read(text)
    return {(p.provision, p.party): p.stance for p in positions}


def position(text: str, provision: str, party: str):
    positions, _ = read(text)
    return next(p for p in positions if p.provision == provision and p.party == party)


def status(text: str) -> dict[str, str]:
    return {s.provision: s.status for s in read(text)[1]}


# --------------------------------------------------------------------------- negation and modality


def test_not_agreed_agrees_nothing() -> None:
    found = stances("Russia and Ukraine have not agreed to a ceasefire.")
    assert found.get(("ceasefire", "Russia")) != "agree"
    assert found.get(("ceasefire", "Ukraine")) != "agree"


def test_will_not_accept_rejects() -> None:
    assert stances("Moscow will not accept foreign peacekeepers in Ukraine.")[("security_guarantees", "Russia")] == "reject"


def test_could_agree_is_a_proposal_of_whoever_says_so() -> None:
    found = stances("The Ukrainian foreign minister said the two sides could agree on a prisoner exchange next month.")
    assert found[("prisoner_exchange", "Ukraine")] == "propose"
    assert "agree" not in found.values()


def test_agreeing_in_principle_supports() -> None:
    assert stances("Moscow agreed in principle to a ceasefire on Monday.")[("ceasefire", "Russia")] == "support"


def test_a_wish_that_another_agrees_is_a_proposal() -> None:
    found = stances("Kenya wants Somalia to agree to a ceasefire.")
    assert found[("ceasefire", "Kenya")] == "propose"
    assert ("ceasefire", "Somalia") not in found


def test_an_agreement_under_a_condition_is_none() -> None:
    found = stances("Washington will lift sanctions if Moscow agrees to a ceasefire.")
    assert found.get(("ceasefire", "Russia")) is None


# --------------------------------------------------------------------------- holders


def test_reported_obligation_belongs_to_the_speaker() -> None:
    found = stances("Zelensky said that Europe must provide security guarantees.")
    assert found[("security_guarantees", "Ukraine")] == "propose"
    assert ("security_guarantees", "European Union") not in found


def test_reported_rejection_belongs_to_its_subject() -> None:
    found = stances("Zelensky said that Russia rejected the ceasefire.")
    assert found[("ceasefire", "Russia")] == "reject"
    assert ("ceasefire", "Ukraine") not in found


def test_passive_agent_holds_the_stance() -> None:
    found = stances("The proposal for a ceasefire was rejected by Kyiv.")
    assert found[("ceasefire", "Ukraine")] == "reject"


def test_joint_agreement_binds_every_party() -> None:
    found = stances("Russia and Ukraine agreed to exchange prisoners of war.")
    assert found[("prisoner_exchange", "Russia")] == "agree"
    assert found[("prisoner_exchange", "Ukraine")] == "agree"


def test_agreement_made_with_a_partner_binds_both() -> None:
    found = stances("Ukraine agreed with American negotiators to halt strikes on energy infrastructure.")
    assert found[("energy_strike_moratorium", "Ukraine")] == "agree"
    assert found[("energy_strike_moratorium", "United States")] == "agree"


def test_one_party_agreeing_alone_accepts() -> None:
    assert stances("Ukraine agreed to the ceasefire.")[("ceasefire", "Ukraine")] == "support"


def test_relative_clause_stance_on_the_item() -> None:
    found = stances("Moscow demanded the lifting of sanctions, which Kyiv dismissed.")
    assert found[("sanctions", "Russia")] == "propose"
    assert found[("sanctions", "Ukraine")] == "reject"


def test_possessive_proposal_and_the_verb_above_it() -> None:
    found = stances("Ukraine welcomed Trump's proposal for a ceasefire.")
    assert found[("ceasefire", "United States")] == "propose"
    assert found[("ceasefire", "Ukraine")] == "support"


def test_he_is_the_person_named_before() -> None:
    found = stances("Vladimir Putin spoke to reporters on Tuesday. He rejected a ceasefire.")
    assert found[("ceasefire", "Russia")] == "reject"


def test_we_are_the_authors_of_a_joint_statement() -> None:
    text = "Joint Statement from Kenya, Norway and Qatar\n\nWe call for an immediate truce in the north."
    found = stances(text)
    for party in ("Kenya", "Norway", "Qatar"):
        assert found[("ceasefire", party)] == "propose"


def test_we_in_a_quote_is_the_speaker() -> None:
    found = stances('"We are ready to discuss a prisoner exchange," the Kremlin spokesman Dmitry Peskov said.')
    assert found[("prisoner_exchange", "Russia")] == "support"


def test_a_condition_is_a_demand_of_whoever_sets_it() -> None:
    found = stances("Russia said it would accept a ceasefire only if sanctions are lifted.")
    assert found[("sanctions", "Russia")] == "propose"


def test_a_list_completes_its_lead_in() -> None:
    text = ("With the signing of the agreement, Norway and Ukraine shall work together to:\n\n"
            "- Support the reconstruction of the country.\n"
            "- Hold accountable those who committed war crimes.\n")
    found = stances(text)
    for provision in ("reconstruction", "accountability"):
        assert found[(provision, "Norway")] == "agree"
        assert found[(provision, "Ukraine")] == "agree"
    assert status(text)["reconstruction"] == "signed"


def test_signatories_of_a_declaration_agree_to_it() -> None:
    text = ("Joint Declaration on the Reconstruction of the Region\n\n"
            "Many countries have agreed to join this declaration. Those countries are Chile, Peru, Ghana, "
            "Norway, Kenya and Nepal.\n\n"
            "We will support the reconstruction of the region and the return of displaced civilians.")
    found = stances(text)
    for party in ("Chile", "Peru", "Ghana", "Norway", "Kenya", "Nepal"):
        assert found[("reconstruction", party)] == "agree"


def test_a_closing_apposition_sums_up_the_clause() -> None:
    found = stances("Moscow wants a halt of arms supplies and an end to mobilization \u2014 demands rejected by Kyiv.")
    assert found[("arms_control", "Russia")] == "propose"
    assert found[("arms_control", "Ukraine")] == "reject"


def test_this_deal_stands_for_what_the_deal_covers() -> None:
    text = ("A prisoner exchange deal is now on the table. "
            "This deal has the firm backing of Turkey and has been endorsed by states including Qatar and Egypt.")
    found = stances(text)
    for party in ("Turkey", "Qatar", "Egypt"):
        assert found[("prisoner_exchange", party)] == "support"


def test_a_dateline_names_no_holder() -> None:
    found = stances("DUBAI, United Arab Emirates (AP) \u2014 Negotiators discussed a ceasefire on Monday.")
    assert ("ceasefire", "United Arab Emirates") not in found


# --------------------------------------------------------------------------- plan features


def test_stages_follow_the_sequencing_words() -> None:
    text = ("Rubio said the process would start with a ceasefire. "
            "After that, he said, the sides could open humanitarian corridors.")
    assert position(text, "ceasefire", "United States").stage == 1
    assert position(text, "humanitarian_access", "United States").stage == 2


def test_condition_is_kept_as_written() -> None:
    p = position("Russia said it would accept a ceasefire only if sanctions are lifted.", "ceasefire", "Russia")
    assert p.condition == "only if sanctions are lifted"


def test_no_sequencing_word_no_stage() -> None:
    assert position("Ukraine proposed a ceasefire.", "ceasefire", "Ukraine").stage is None


# --------------------------------------------------------------------------- status


def cues(**kw) -> _StatusCues:
    c = _StatusCues()
    for k, v in kw.items():
        setattr(c, k, v)
    return c


@pytest.mark.parametrize(
    ("stances_", "flags", "expected"),
    [
        ({"agree": {"Russia", "Ukraine"}}, {}, "agreed"),
        ({"agree": {"Russia", "Ukraine"}}, {"signed": True}, "signed"),
        ({"agree": {"Russia", "Ukraine"}}, {"implemented": True}, "implemented"),
        ({"agree": {"Russia", "Ukraine"}}, {"violations": 1}, "violated"),
        ({"reject": {"Russia"}}, {}, "rejected"),
        ({"reject": {"Russia"}, "propose": {"United States"}}, {}, "rejected"),
        ({"reject": {"Russia"}, "propose": {"United States"}, "support": {"Ukraine"}}, {}, "proposed"),
        ({"propose": {"United States"}}, {"enacted": True}, "implemented"),
        ({"propose": {"United States"}}, {}, "proposed"),
        ({"propose": {"United States"}}, {"negotiating": True}, "under_negotiation"),
        ({"support": {"Ukraine"}}, {}, "proposed"),
        ({"discuss": {"Ukraine"}}, {}, "raised"),
        ({}, {}, "proposed"),
        ({}, {"nearest": "reject"}, "rejected"),
    ],
)
def test_status_follows_the_strongest_stance(stances_, flags, expected) -> None:
    assert status_of("ceasefire", stances_, cues(**flags)) == expected


def test_a_question_reports_nothing_done() -> None:
    found = status("Russia and Ukraine agreed to a ceasefire. Who will say who has violated the ceasefire?")
    assert found["ceasefire"] == "agreed"


def test_talks_held_are_the_negotiation_process_implemented() -> None:
    assert status_of("negotiation_process", {"propose": {"Russia"}}, cues(talks_held=True)) == "implemented"


def test_a_breach_of_the_deal_is_a_violation_of_its_items() -> None:
    found = status("Russia and Ukraine agreed to halt strikes on energy infrastructure. "
                   "Kyiv accused Moscow of breaking the deal to halt strikes on energy infrastructure.")
    assert found["energy_strike_moratorium"] == "violated"


def test_an_item_an_agreement_is_about_is_agreed() -> None:
    found = status("Officials said an agreement to halt strikes on energy infrastructure was announced on Tuesday.")
    assert found["energy_strike_moratorium"] == "agreed"


def test_status_of_a_text() -> None:
    found = status("Russia and Ukraine signed an agreement on a prisoner exchange. Moscow rejected a ceasefire.")
    assert found["prisoner_exchange"] == "signed"
    assert found["ceasefire"] == "rejected"


def test_what_a_contrasting_clause_fails_to_reach_is_not_agreed() -> None:
    got = stances("Armenia and Azerbaijan agreed on Monday to exchange prisoners of war, "
                  "but failed to move closer to a ceasefire.")
    assert got[("prisoner_exchange", "Armenia")] == "agree" and got[("prisoner_exchange", "Azerbaijan")] == "agree"
    assert got.get(("ceasefire", "Armenia")) != "agree" and got.get(("ceasefire", "Azerbaijan")) != "agree"


def test_the_authors_of_a_plan_propose_what_it_holds() -> None:
    got = stances("The plan, drafted by Norway and Qatar, starts with a ceasefire and then a prisoner exchange.")
    for party in ("Norway", "Qatar"):
        assert got[("ceasefire", party)] == "propose"
        assert got[("prisoner_exchange", party)] == "propose"


def test_parties_that_reaffirm_their_commitment_agree() -> None:
    got = stances("Serbia and Kosovo met in Brussels on Monday. The parties discussed the situation in the north and "
                  "reaffirmed their commitment to facilitate humanitarian access.")
    assert got[("humanitarian_access", "Serbia")] == "agree" and got[("humanitarian_access", "Kosovo")] == "agree"


def test_without_agreeing_agrees_nothing() -> None:
    got = stances("The ministers of Armenia and Azerbaijan ended the talks on Wednesday without agreeing how to "
                  "mark their shared border.")
    assert "agree" not in got.values()


# --------------------------------------------------------------------------- positions from events


def _whole(text: str):
    from datetime import date

    from peacetrack.extract.pipeline import extract_article
    from peacetrack.records import Article

    return extract_article(Article(id="t.txt", date=date.fromisoformat(DATE), title="", text=text))


def test_an_exchange_carried_out_is_a_deal_both_sides_kept() -> None:
    ex = _whole("The government of Sudan and the Rapid Support Forces exchanged 120 detainees on Tuesday, the Red Cross said.")
    got = {(p.provision, p.party): p.stance for p in ex.positions}
    assert got.get(("prisoner_exchange", "Sudan")) == "agree"
    assert {s.provision: s.status for s in ex.status}.get("prisoner_exchange") == "implemented"


def test_an_exchange_only_planned_is_no_deal_kept() -> None:
    ex = _whole("Sudan and the Rapid Support Forces may exchange detainees next month, a mediator said.")
    assert "agree" not in {p.stance for p in ex.positions if p.provision == "prisoner_exchange"}
    assert {s.provision: s.status for s in ex.status}.get("prisoner_exchange") != "implemented"


def test_who_hands_over_a_plan_proposes_what_it_holds() -> None:
    got = stances("Envoys of Norway and Kenya handed both sides a draft plan starting with a ceasefire, "
                  "then an exchange of prisoners.")
    assert got.get(("ceasefire", "Norway")) == "propose"
    assert got.get(("prisoner_exchange", "Kenya")) == "propose"
    assert ("ceasefire", "Norway") not in stances("Norway did not send a plan for a ceasefire.")


def test_agreeing_to_talk_about_an_item_only_discusses_it() -> None:
    got = stances("Serbia and Kosovo agreed to hold talks on the demarcation of the border.")
    assert got.get(("negotiation_process", "Serbia")) == "agree"
    assert got.get(("territory", "Serbia")) == "discuss"
    assert stances("Serbia and Kosovo agreed to a ceasefire.").get(("ceasefire", "Kosovo")) == "agree"
    assert status("Israel and Hamas agreed to negotiate a permanent ceasefire.").get("ceasefire") == "under_negotiation"


def test_an_item_named_as_the_subject_of_talks_is_under_negotiation() -> None:
    assert status("Kenya urged both sides to join the ceasefire talks.").get("ceasefire") == "under_negotiation"
    assert status("Qatar proposed a ceasefire.").get("ceasefire") == "proposed"


def test_an_exchange_long_past_is_background_only_beside_a_new_swap() -> None:
    # told alone, a past swap is what the article reports of the item: carried out
    ex = _whole("Sudan and the Rapid Support Forces exchanged 80 detainees on January 4.")
    assert {(p.provision, p.party): p.stance for p in ex.positions}.get(("prisoner_exchange", "Sudan")) == "agree"
    assert {s.provision: s.status for s in ex.status}.get("prisoner_exchange") == "implemented"
    # beside a new swap the sides settle on, it is background: the new swap is the item's status
    ex = _whole("Sudan and the Rapid Support Forces exchanged 80 detainees on January 4. "
                "On Monday both sides agreed to a second prisoner swap.")
    assert {s.provision: s.status for s in ex.status}.get("prisoner_exchange") == "agreed"


def test_the_two_delegations_are_those_of_the_last_talks() -> None:
    ex = _whole("Negotiators for the Colombian government and the ELN met in Havana on Monday, officials said. "
                "Cuba hosted the session. A Cuban official said more rounds were planned.\n\n"
                "The two delegations agreed to let aid convoys reach three villages.")
    got = {(p.provision, p.party): p.stance for p in ex.positions}
    assert got.get(("humanitarian_access", "Colombia")) == "agree"
    assert got.get(("humanitarian_access", "ELN")) == "agree"
    assert ("humanitarian_access", "Cuba") not in got


def test_a_working_group_on_an_item_is_talk_about_it() -> None:
    got = stances("Serbia and Kosovo agreed to set up a working group on the return of displaced people.")
    assert got.get(("humanitarian_access", "Serbia")) == "discuss"


def test_idioms_that_rule_an_item_out_are_rejections() -> None:
    assert stances('"There will be no truce while foreign soldiers sit in our towns," the Hamas spokesman said.'
                   ).get(("ceasefire", "Hamas")) == "reject"
    assert stances("Pakistan said its nuclear arsenal was non-negotiable.").get(("arms_control", "Pakistan")) == "reject"
    assert stances("Pakistan said its nuclear arsenal was discussed.").get(("arms_control", "Pakistan")) != "reject"


def test_they_after_a_plural_subject_is_its_party() -> None:
    got = stances("The members of the Security Council received the prime minister of Haiti. They called for a ceasefire.")
    assert got.get(("ceasefire", "United Nations")) == "propose"
    assert ("ceasefire", "Haiti") not in got


def test_what_is_called_for_in_an_infinitive_is_proposed() -> None:
    got = stances("The members of the Security Council demanded that all armed groups cease their attacks and allow "
                  "unhindered aid deliveries throughout the north, including along the coastal road. The African Union "
                  "called for those responsible for the attack on the convoy to be identified and held accountable.")
    assert got.get(("accountability", "African Union")) == "propose"


def test_an_item_said_not_to_be_carried_out_is_refused_by_the_speaker() -> None:
    assert stances("Israel said the prisoners would not be released.").get(("prisoner_exchange", "Israel")) == "reject"
    got = stances("Chad's information minister said the detainees would face trial and would not be released.")
    assert got.get(("prisoner_exchange", "Chad")) == "reject"
    assert stances("Israel said the prisoners would be released.").get(("prisoner_exchange", "Israel")) != "reject"


def test_the_mediators_are_those_the_article_says_mediate() -> None:
    got = stances("The talks were mediated by Norway and Kenya. The mediators proposed a truce.")
    assert got.get(("ceasefire", "Norway")) == "propose" and got.get(("ceasefire", "Kenya")) == "propose"
    assert not any(k[0] == "ceasefire" for k in stances("The mediators proposed a truce."))


def test_a_closing_apposition_sums_up_the_clause_before_it() -> None:
    got = stances("Baku again called for changes to the Armenian constitution, a demand Yerevan rejected.")
    assert got.get(("elections_governance", "Armenia")) == "reject"
    got = stances("The junta insisted that its bank be reconnected to SWIFT, something Ankara and the EU turned down flat.")
    assert got.get(("sanctions", "European Union")) == "reject"


def test_a_breach_reported_makes_the_item_violated_unless_a_new_one_is_negotiated() -> None:
    assert status("Both armies accused each other of violating the truce on Monday.").get("ceasefire") == "violated"
    assert status("After the old truce was violated, both sides began talks on a new ceasefire.").get(
        "ceasefire") != "violated"
def test_an_organisation_introduced_with_its_acronym_is_a_party_either_way() -> None:
    got = stances("Malawi and the Valley Liberation Front (VLF) met in Oslo. The VLF rejected a ceasefire. "
                  "The Valley Liberation Front proposed a prisoner exchange.")
    assert got.get(("ceasefire", "VLF")) == "reject"
    assert got.get(("prisoner_exchange", "VLF")) == "propose"


def test_the_parties_of_a_joint_statement_are_its_authors() -> None:
    text = ("Joint Statement by the Government of Malawi and the Valley Liberation Front (VLF)\n\n"
            "The Government of Malawi and the VLF signed an agreement in Doha.\n\n"
            "Qatar and Kenya witnessed the signing.\n\n"
            "The Parties agreed on a permanent ceasefire.")
    got = stances(text)
    assert got.get(("ceasefire", "Malawi")) == "agree" and got.get(("ceasefire", "VLF")) == "agree"
    assert ("ceasefire", "Qatar") not in got


def test_the_rebels_and_the_opposition_are_the_movement_the_article_names() -> None:
    got = stances("Malawi and the Valley Liberation Front (VLF) met in Oslo. The rebels rejected a ceasefire.")
    assert got.get(("ceasefire", "VLF")) == "reject"
    got = stances("Talks between Somalia and al-Shabaab stalled. The government rejected a call by the group "
                  "for a prisoner exchange.")
    assert got.get(("prisoner_exchange", "al-Shabaab")) == "propose"


def test_a_term_in_treaty_language_of_a_joint_statement_binds_its_authors() -> None:
    text = ("Joint Statement by the Government of Malawi and the Valley Liberation Front (VLF)\n\n"
            "The two sides signed the accord in Doha.\n\n"
            "The Government shall submit a general amnesty law to parliament.")
    got = stances(text)
    assert got.get(("accountability", "Malawi")) == "agree" and got.get(("accountability", "VLF")) == "agree"
    assert "agree" not in stances("The Government shall submit a general amnesty law to parliament.").values()


def test_a_signed_truce_since_broken_stands_violated() -> None:
    assert status("Malawi and Zambia signed a ceasefire in Lusaka last month. Zambia accused Malawi of "
                  "violating the ceasefire on Monday.").get("ceasefire") == "violated"


def test_talks_held_then_a_new_round_proposed_leaves_the_process_proposed() -> None:
    assert status("Malawi and Zambia held a first round of talks in Lusaka last week. Norway has proposed "
                  "a second round of talks in Oslo.").get("negotiation_process") == "proposed"
    assert status("Malawi and Zambia held a first round of talks in Lusaka last week.").get(
        "negotiation_process") == "implemented"


def test_an_item_not_yet_agreed_on_or_part_of_the_talks_is_under_negotiation() -> None:
    assert status("Malawi and Zambia have not yet agreed on the annex on mineral royalties.").get(
        "natural_resources") == "under_negotiation"
    assert status("Malawi and Zambia ended the round without agreeing how to mark their shared border.").get(
        "territory") == "under_negotiation"
    assert status("Mr. Banda said the border lines and the U.N. monitors have been part of the talks.").get(
        "territory") == "under_negotiation"


def test_a_truce_that_has_held_is_implemented() -> None:
    assert status("The 2019 ceasefire between Malawi and Zambia has largely held.").get("ceasefire") == "implemented"
    assert status("Malawi and Zambia held talks on a ceasefire.").get("ceasefire") != "implemented"
    assert status("The ceasefire could hold if both armies pull back.").get("ceasefire") != "implemented"


def test_what_the_authors_of_a_joint_text_on_their_signing_agree_on_is_signed() -> None:
    head = "Joint Statement by the Government of Malawi and the Valley Liberation Front (VLF)\n\n"
    signed = head + "The Parties signed the Agreement on Peace in Doha.\n\nThe Parties agreed on a permanent ceasefire."
    assert status(signed).get("ceasefire") == "signed"
    met = head + "The Parties met in Doha under the accord signed last year.\n\nThe Parties agreed on a permanent ceasefire."
    assert status(met).get("ceasefire") == "agreed"
def test_an_effort_or_a_goal_pursues_the_item() -> None:
    got = stances("Norway is still trying to negotiate a truce in the north.")
    assert got.get(("ceasefire", "Norway")) == "propose"
    got = stances("Kenya went to the talks to secure its territorial integrity.")
    assert got.get(("territory", "Kenya")) == "propose"


def test_a_condition_is_set_by_the_clause_it_hangs_on_not_by_its_own_subject() -> None:
    got = stances("Kenya was ready for a truce only if Somali forces withdrew from the disputed border region.")
    assert got.get(("territory", "Kenya")) == "propose"
    assert ("territory", "Somalia") not in got


def test_a_condition_ends_where_a_contrasting_clause_begins() -> None:
    got = stances("He would step down in exchange for sanctions relief, but Norway says Kenya should forget about "
                  "joining NATO.")
    assert got.get(("alliance_membership", "Norway")) == "reject"


def test_a_means_is_no_controller_of_the_infinitive() -> None:
    got = stances("Kenya also used the interview to press the EU to lift the remaining sanctions it imposed on Somalia.")
    assert got.get(("sanctions", "Kenya")) == "propose"


def test_expecting_another_to_act_demands_it() -> None:
    got = stances("Kenya still expected Somalia to release 40 Kenyan soldiers who were captured in May.")
    assert got.get(("prisoner_exchange", "Kenya")) == "propose"
    assert ("prisoner_exchange", "Kenya") not in stances("Kenya is expected to release the prisoners.")


def test_an_item_put_on_the_table_is_proposed_and_taken_off_it_is_ruled_out() -> None:
    assert stances("Kenya has put a ceasefire on the table.").get(("ceasefire", "Kenya")) == "propose"
    assert stances("Kenya took the prisoner exchange off the table.").get(("prisoner_exchange", "Kenya")) == "reject"


def test_a_main_verb_misparsed_onto_its_subject_still_has_that_subject() -> None:
    got = stances("Norway, which hosted the talks, offered to host the next round.")
    assert got.get(("negotiation_process", "Norway")) == "propose"


def test_committing_to_an_item_pledges_it() -> None:
    assert stances("Kenya committed to a ceasefire in the north.").get(("ceasefire", "Kenya")) == "propose"


def test_pushing_an_item_back_delays_it_and_demands_nothing() -> None:
    got = stances("The minister of Kenya also dismissed a call by the opposition to push back general elections "
                  "planned for December.")
    assert got.get(("elections_governance", "Kenya")) == "reject"


def test_a_negated_copula_negates_its_stance_adjective() -> None:
    got = stances("Kenya said it is not open to talks on the border.")
    assert got.get(("negotiation_process", "Kenya")) == "reject"


def test_a_plans_relative_clause_states_what_the_plan_holds() -> None:
    got = stances("Kenya and Somalia are also discussing a road map that would extend the truce.")
    assert got.get(("ceasefire", "Kenya")) == "discuss" and got.get(("ceasefire", "Somalia")) == "discuss"
    assert stances("Kenya rejected a plan that would deploy foreign troops.").get(
        ("security_guarantees", "Kenya")) == "reject"


def test_taking_part_in_talks_accepts_them_and_refusing_to_rejects_them() -> None:
    got = stances("Kenya's president said his government would never enter into direct negotiations with Somalia "
                  "over their missile stocks.")
    assert got.get(("negotiation_process", "Kenya")) == "reject"
    assert ("arms_control", "Kenya") not in got
    assert not stances("Most banks no longer participate in trade with Kenya.")


def test_a_clause_put_in_doubt_states_no_stance() -> None:
    assert not stances("It is not clear that Kenya truly wants to stop the fighting.")
    assert ("ceasefire", "Kenya") not in stances("Norway doubts that Kenya wants a ceasefire.")
    assert stances("It is clear that Kenya wants a ceasefire.").get(("ceasefire", "Kenya")) == "propose"


def test_a_light_verb_gives_its_stance_noun_to_its_subject() -> None:
    assert stances("Kenya voiced support for a ceasefire.").get(("ceasefire", "Kenya")) == "support"
    assert stances("Norway made a proposal for a ceasefire.").get(("ceasefire", "Norway")) == "propose"
    assert ("negotiation_process", "Norway") not in stances("Before the talks, Norway held a video call with both sides.")


def test_a_surname_the_model_takes_for_a_place_stands_for_the_persons_party() -> None:
    text = ("Burkina Faso's foreign minister, Karamoko Sawadogo, met the envoy on Monday. "
            "Sawadogo rejected the call for elections.")
    got = stances(text)
    assert "Sawadogo" not in {party for _, party in got}


def test_a_truce_not_in_question_is_not_ruled_out() -> None:
    assert "reject" not in stances("Chad and Niger both insisted the truce was not in question.").values()
    assert stances("Chad said a truce was out of the question.").get(("ceasefire", "Chad")) == "reject"


def test_an_existential_denial_outweighs_the_modal() -> None:
    # "could" alone would make a proposal of whoever says so; "there could be no X" rules X out
    found = stances("Kenya's interior minister said there could be no ceasefire with the gangs.")
    assert found[("ceasefire", "Kenya")] == "reject"


def test_a_proposal_answered_in_the_next_sentence() -> None:
    # "it" / "the idea" right after a proposal stand for what was proposed
    found = stances("Uganda proposed a ceasefire along the river. Kenya turned it down.")
    assert found[("ceasefire", "Kenya")] == "reject"
    found = stances("Uganda proposed a ceasefire along the river. Kenya welcomed the idea.")
    assert found[("ceasefire", "Kenya")] == "support"


def test_an_accepted_invitation_answers_the_talks_only() -> None:
    # an invitation is to talks: accepting it backs the talks, not the pullback they would take up
    found = stances("Zambia invited Malawi to talks in Lusaka and urged a pullback of troops from the border. "
                    "Malawi accepted the invitation.")
    assert found[("negotiation_process", "Malawi")] == "support"
    assert ("territory", "Malawi") not in found


def test_an_answer_two_sentences_later_refers_to_nothing() -> None:
    found = stances("Uganda proposed a ceasefire along the river. The rains came early. Kenya rejected it.")
    assert ("ceasefire", "Kenya") not in found


def test_whoever_comes_with_a_proposal_holds_it() -> None:
    assert stances("Kenya came to the talks with a proposal for a ceasefire.")[("ceasefire", "Kenya")] == "propose"
    # agreeing with a proposal is no proposal of one's own
    assert stances("Kenya agreed with the proposal for a ceasefire.")[("ceasefire", "Kenya")] == "support"


def test_declining_a_request_rejects_it() -> None:
    found = stances("Kenya's foreign minister declined the request for a ceasefire.")
    assert found[("ceasefire", "Kenya")] == "reject"
    assert not stances("Trade between Kenya and Uganda declined sharply last year.")


def test_the_ministers_are_the_parties_they_came_from() -> None:
    found = stances("The foreign ministers of Kenya, Uganda and Tanzania met in Arusha. "
                    "The three ministers agreed to a ceasefire along the border.")
    assert {found.get(("ceasefire", p)) for p in ("Kenya", "Uganda", "Tanzania")} == {"agree"}


def test_the_ministers_are_never_the_one_party_named_last() -> None:
    found = stances("Kenya hosted the meeting on Monday. The ministers agreed to a ceasefire along the border.")
    assert ("ceasefire", "Kenya") not in found


def test_mediators_and_conveners_of_talks() -> None:
    found = stances("Kenya and Uganda signed a truce after two rounds of talks mediated by Turkey and Qatar.")
    assert found[("negotiation_process", "Turkey")] == found[("negotiation_process", "Qatar")] == "support"
    assert ("ceasefire", "Turkey") not in found  # they mediated the talks, not the truce
    found = stances("Kenyan and Ugandan officials met in Nairobi, in talks convened by the African Union.")
    assert found[("negotiation_process", "African Union")] == "propose"


def test_swapping_captives_is_an_exchange_both_sides_carried_out() -> None:
    found = stances("Kenya and Uganda swapped 40 detained herders at the border crossing.")
    assert found[("prisoner_exchange", "Kenya")] == found[("prisoner_exchange", "Uganda")] == "agree"
    assert ("humanitarian_access", "Kenya") not in found  # where they swapped them is not what they swapped
    assert not stances("Kenya and Uganda exchanged accusations over the ceasefire.")


def test_an_answer_that_names_the_item_again_still_answers() -> None:
    found = stances("Uganda urged Kenya to hold elections this year. "
                    "Kenya dismissed the call and said elections would come when the country is secure.")
    assert found[("elections_governance", "Kenya")] == "reject"


def test_calling_something_a_breach_calls_for_nothing() -> None:
    found = stances("On Monday, Ugandan artillery shelled a Kenyan village; Nairobi called it a breach of the truce.")
    assert found.get(("ceasefire", "Kenya")) != "propose"
    assert stances("Kenya called on Uganda to respect the ceasefire.")[("ceasefire", "Kenya")] == "propose"


def test_what_the_agenda_covered_is_discussed_by_those_at_the_table() -> None:
    found = stances("The agenda of the talks between Kenya and Uganda covered the release of prisoners.")
    assert found[("prisoner_exchange", "Kenya")] == found[("prisoner_exchange", "Uganda")] == "discuss"


def test_independence_claimed_is_territory_a_states_own_is_not() -> None:
    assert stances("The Valley Liberation Front (VLF) demanded independence.")[("territory", "VLF")] == "propose"
    assert stances("Kenya ruled out any discussion of independence for the north.")[("territory", "Kenya")] == "reject"
    assert not stances("The US is interested in Kenya's long-term independence.")


def test_ready_to_give_offers_ready_to_accept_supports() -> None:
    found = stances("Kenya said it was prepared to extend an amnesty to fighters who surrender.")
    assert found[("accountability", "Kenya")] == "propose"
    assert stances("Kenya is ready to accept a ceasefire.")[("ceasefire", "Kenya")] == "support"


def test_those_who_report_a_deal_standing_are_party_to_it() -> None:
    found = stances("Kenya and Uganda say the ceasefire has held since May.")
    assert found[("ceasefire", "Kenya")] == found[("ceasefire", "Uganda")] == "agree"
    assert stances("Uganda said the truce remained in force.")[("ceasefire", "Uganda")] == "agree"
    assert stances("Uganda said the truce could remain in place.")[("ceasefire", "Uganda")] != "agree"
    assert ("ceasefire", "Turkey") not in stances(
        "Turkey, which mediated the talks, said the ceasefire between Kenya and Uganda had held.")


def test_both_after_two_named_parties_is_those_parties() -> None:
    found = stances("Kenya blamed Uganda for the clash, but both insisted the truce was not in question.")
    assert found[("ceasefire", "Kenya")] == found[("ceasefire", "Uganda")] == "agree"


def test_what_a_deal_is_to_do_is_what_its_parties_agree_to() -> None:
    found = stances("Kenya and Uganda signed a deal to reopen trade routes.")
    assert found[("economic_cooperation", "Kenya")] == found[("economic_cooperation", "Uganda")] == "agree"
    assert stances("Kenya rejected a deal to reopen trade routes.")[("economic_cooperation", "Kenya")] == "reject"


def test_reaffirming_a_truce_together_upholds_an_agreed_truce() -> None:
    found = stances("Kenya and Uganda reaffirmed the truce.")
    assert found[("ceasefire", "Kenya")] == found[("ceasefire", "Uganda")] == "agree"
    assert stances("Kenya and Uganda reaffirmed the importance of a ceasefire.")[("ceasefire", "Kenya")] == "propose"


def test_a_bare_as_clause_takes_its_stance_on_the_clause_it_hangs_on() -> None:
    found = stances("Kenya and Uganda met in Arusha. The minister said the next round of talks would take place "
                    "in Kampala in two weeks, as both sides had agreed.")
    assert found[("negotiation_process", "Kenya")] == found[("negotiation_process", "Uganda")] == "agree"
    found = stances("Kenya and Uganda met in Arusha. Prisoners will be freed next week, as Uganda demanded.")
    assert found[("prisoner_exchange", "Uganda")] == "propose"
    assert not stances("Prisoners were freed as Kenya prepared for talks.")


def test_ready_to_host_or_free_offers() -> None:
    assert stances("Kenya said it was ready to host peace talks between the two sides.")[
        ("negotiation_process", "Kenya")] == "propose"
    assert stances("Kenya is ready to join peace talks.").get(("negotiation_process", "Kenya")) != "propose"


def test_a_proposal_another_party_agrees_to_is_agreed_by_both() -> None:
    found = stances("Kenya proposed a ceasefire on Monday. Uganda agreed to the ceasefire on Tuesday.")
    assert found[("ceasefire", "Kenya")] == found[("ceasefire", "Uganda")] == "agree"
    found = stances("Kenya proposed a ceasefire on Monday. Uganda agreed in principle to the ceasefire.")
    assert found[("ceasefire", "Kenya")] == "propose" and found[("ceasefire", "Uganda")] == "support"
    assert stances("Uganda agreed to the ceasefire on Tuesday.")[("ceasefire", "Uganda")] == "support"
    found = stances("Kenya proposed a ceasefire on Monday. Uganda agreed to the ceasefire on Tuesday. "
                    "Tanzania rejected the ceasefire.")
    assert found[("ceasefire", "Kenya")] == "propose"  # a deal a third party refuses settles nothing


def test_who_imposes_sanctions_stands_for_them() -> None:
    assert stances("Kenya has imposed sanctions on six firms.")[("sanctions", "Kenya")] == "propose"
    assert not stances("Kenya has not imposed sanctions on six firms.")


def test_a_deal_said_to_remain_in_force_is_implemented() -> None:
    assert status("Uganda said the truce remained in force.")["ceasefire"] == "implemented"


def test_the_writers_question_takes_no_ones_stance() -> None:
    assert not stances("Will Kenya accept the truce?")
    assert not stances("Where do Kenya and Uganda stand after their latest call on the ceasefire?")


def test_a_supporter_of_an_item_supports_it() -> None:
    assert stances("Kenya is a steadfast supporter of a ceasefire.")[("ceasefire", "Kenya")] == "support"
    assert not stances("Kenya is not a supporter of the ceasefire.")


def test_a_dateline_is_not_the_subject_of_the_lead() -> None:
    found = stances("NAIROBI, Kenya (WNS) — The ministers of Kenya and Uganda signed an agreement on Wednesday "
                    "restoring visa-free travel between their countries.")
    assert found[("economic_cooperation", "Kenya")] == found[("economic_cooperation", "Uganda")] == "agree"
    found = stances("LOMÉ, Togo (WNS) — Kenya and Uganda signed a deal to reopen trade routes.")
    assert ("economic_cooperation", "Togo") not in found


def test_the_delegations_are_the_sides_of_the_last_meeting() -> None:
    text = ("Kenyan and Ugandan officials met in Arusha on Monday. The Kenyan minister said trade was suffering. "
            "He said Kenya wanted more time. He said Kenya would wait. He said Kenya had been patient. "
            "The delegations agreed to hold another round of talks in May.")
    doc = nlp.parse(text)
    index = find_actors(doc, DATE)
    met = Event("meeting", None, ["Kenya", "Uganda"], Evidence("t.txt", 0, 52, text[:52]))
    positions, _ = find_positions(doc, index, lambda s, e: Evidence("t.txt", s, e, doc.text[s:e]), [met])
    found = {(p.provision, p.party): p.stance for p in positions}
    assert found[("negotiation_process", "Kenya")] == found[("negotiation_process", "Uganda")] == "agree"


def test_a_broker_offers_the_deal_its_sides_agree_to() -> None:
    found = stances("Kenya brokered a truce between Chile and Peru on Monday.")
    assert found[("ceasefire", "Kenya")] == "propose"
    assert found[("ceasefire", "Chile")] == found[("ceasefire", "Peru")] == "agree"
    assert stances("Kenya, which brokered the July truce, welcomed the outcome.")[("ceasefire", "Kenya")] == "propose"


def test_the_two_ministers_are_the_sides_of_the_last_deal() -> None:
    text = ("Kenya and Uganda signed a border agreement in Arusha on Monday. Fighting broke out in May. "
            "A Ugandan shell hit a Kenyan village in June. Nairobi protested. In Arusha the two ministers "
            "reaffirmed the ceasefire.")
    doc = nlp.parse(text)
    index = find_actors(doc, DATE)
    deal = Event("agreement", None, ["Kenya", "Uganda"], Evidence("t.txt", 0, 62, text[:62]))
    positions, _ = find_positions(doc, index, lambda s, e: Evidence("t.txt", s, e, doc.text[s:e]), [deal])
    found = {(p.provision, p.party): p.stance for p in positions}
    assert found[("ceasefire", "Kenya")] == found[("ceasefire", "Uganda")] == "agree"


def test_the_government_is_the_state_facing_a_movement() -> None:
    from peacetrack.extract.pipeline import extract_article
    from peacetrack.records import Article
    import datetime as dt
    text = "Head\n\nNegotiators for Colombia and the ELN met in Havana on Monday.\n\nThe government rejected a ceasefire."
    ex = extract_article(Article(id="t.txt", date=dt.date(2026, 6, 20), text=text))
    assert ("ceasefire", "Colombia", "reject") in {(p.provision, p.party, p.stance) for p in ex.positions}


def test_offices_named_by_where_they_sit():
    got = stances("Officials in Niamey rejected the ceasefire proposal.")
    assert got[("ceasefire", "Niger")] == "reject"
    got = stances("The embassy in Niamey rejected the ceasefire proposal.")
    assert ("ceasefire", "Niger") not in got  # an embassy is another state's


def test_a_truce_awaited_is_not_in_force():
    assert status("Chad said the monitors would deploy once the ceasefire is in place.")["ceasefire"] != "implemented"
    assert status("Chad said the ceasefire was still in place.")["ceasefire"] == "implemented"


def test_a_deal_participle_setting_out_terms_binds_its_signers():
    got = stances("Chad and Niger signed a memorandum providing for the release of all detainees.")
    assert got[("prisoner_exchange", "Chad")] == "agree"
    assert got[("prisoner_exchange", "Niger")] == "agree"
    got = stances("Chad and Niger signed an accord creating a fund to rebuild bridges destroyed in the floods.")
    assert got[("reconstruction", "Niger")] == "agree"


def test_a_participle_describing_a_deal_sets_out_nothing():
    got = stances("Chad and Niger reached an agreement reflecting their growing trade partnership.")
    assert got.get(("economic_cooperation", "Chad")) != "agree"


def test_both_sides_are_those_of_the_last_talks_without_their_mediators() -> None:
    from peacetrack.extract.pipeline import extract_article
    from peacetrack.records import Article
    import datetime as dt
    text = ("Head\n\nNegotiators for Chad and Sudan met in Doha on Monday for talks hosted by Qatari "
            "mediators.\n\nThe Chadian envoy said the talks were useful. Mediators asked both sides to name "
            "negotiating teams. The two delegations agreed to let aid convoys reach the besieged towns.")
    ex = extract_article(Article(id="t.txt", date=dt.date(2026, 6, 20), text=text))
    got = {(p.provision, p.party): p.stance for p in ex.positions}
    assert got.get(("humanitarian_access", "Chad")) == "agree"
    assert got.get(("humanitarian_access", "Sudan")) == "agree"
    assert ("humanitarian_access", "Qatar") not in got


def _full(text: str) -> dict[tuple[str, str], str]:
    """Stances read by the whole pipeline (events included)."""
    from peacetrack.extract.pipeline import extract_article
    from peacetrack.records import Article
    import datetime as dt
    ex = extract_article(Article(id="t.txt", date=dt.date(2026, 6, 20), text=text))
    return {(p.provision, p.party): p.stance for p in ex.positions}


def test_capitalised_ministers_are_the_two_sides() -> None:
    # an official text capitalises "the two Ministers" (tagged NNPS and left unlemmatised)
    got = _full("Head\n\nThe foreign ministers of Chad and Niger signed a trade memorandum in Niamey on Monday. "
                "The Chadian minister praised the hosts. The Nigerien minister thanked the staff. "
                "The two Ministers agreed to hold their next talks in N'Djamena.")
    assert got.get(("negotiation_process", "Chad")) == got.get(("negotiation_process", "Niger")) == "agree"


def test_the_three_sides_are_not_the_pair_named_last() -> None:
    got = _full("Head\n\nDelegations of Chad, Niger and Mali met in Bamako on Monday. "
                "Chad and Niger later held a separate session on refugees. "
                "The three sides agreed that they would meet again in Niamey in May.")
    assert all(got.get(("negotiation_process", p)) == "agree" for p in ("Chad", "Niger", "Mali"))


def test_the_two_governments_are_those_the_paragraph_named() -> None:
    # no event between them: the two parties the paragraph has named
    got = _full("Head\n\nThe Chadian envoy Idriss Mahamat visited Niamey and was received by officials of Niger. "
                "The two governments agreed to continue their consultations on the border.")
    assert got.get(("territory", "Chad")) == got.get(("territory", "Niger")) == "discuss"


def test_a_plan_tabled_by_others_is_theirs_not_the_names_it_mentions() -> None:
    got = _full("Head\n\nNiger rejected a truce proposed by Chile, Peru, Bolivia and Ecuador.\n\n"
                "The plan, tabled by the four countries in May, calls for elections within nine months.")
    assert all(got.get(("elections_governance", p)) == "propose" for p in ("Chile", "Peru", "Bolivia", "Ecuador"))
    assert ("elections_governance", "Niger") not in got


def test_the_two_special_representatives_are_the_two_sides() -> None:
    got = _full("Head\n\nChad's envoy held boundary talks with Niger's envoy in Niamey on Monday. "
                "The Chadian envoy praised the hosts. The Nigerien envoy thanked the staff. "
                "The two Special Representatives agreed that their next talks would take place in May.")
    assert got.get(("negotiation_process", "Chad")) == got.get(("negotiation_process", "Niger")) == "agree"


def test_they_in_a_relative_clause_are_the_nearest_pair() -> None:
    # "they" agreed the truce: the pair urged to respect it, not the pair urging
    got = _full("Mediators urge restraint\n\nDOHA - Kenya and Norway on Thursday urged Chad and Niger to fully "
                "respect the ceasefire they agreed last spring.")
    assert got[("ceasefire", "Chad")] == got[("ceasefire", "Niger")] == "agree"
    assert got[("ceasefire", "Kenya")] == "propose"


def test_the_two_neighbours_and_both_capitals_are_the_sides() -> None:
    # "neighbours" and "capitals" lemmatise to the singular, which the group heads must hold
    got = _full("Head\n\nChad and Niger held talks in Niamey on Monday. The Chadian envoy praised the hosts. "
                "The Nigerien envoy thanked the staff. The two neighbours agreed to extend the ceasefire.")
    assert got.get(("ceasefire", "Chad")) == got.get(("ceasefire", "Niger")) == "agree"


def test_the_commissions_are_the_sides() -> None:
    got = _full("Head\n\nBorder commissions of Chad and Niger met in Niamey on Monday. The Chadian envoy praised "
                "the hosts. The Nigerien envoy thanked the staff. The commissions agreed to extend the ceasefire.")
    assert got.get(("ceasefire", "Chad")) == got.get(("ceasefire", "Niger")) == "agree"


def test_a_second_that_clause_is_agreed_too() -> None:
    # "agreed that X would ... and that Y would ...": the second clause has a subject of its own, yet the same
    # verb says it
    got = stances("Chad and Niger agreed on Monday that all detainees would be freed in May and that "
                  "direct flights between the capitals would resume in June.")
    assert got.get(("economic_cooperation", "Chad")) == got.get(("economic_cooperation", "Niger")) == "agree"


def test_a_second_clause_after_but_stays_apart() -> None:
    got = stances("Chad agreed that talks would continue, but Niger said that it would reject any truce.")
    assert got.get(("ceasefire", "Chad")) is None


# --------------------------------------------------------------------------- who issued an official text


def test_we_in_a_text_handed_over_by_its_opening_line_are_its_issuers() -> None:
    # the news lead names the text that follows, and who issued it; its "we" are they
    got = stances("Mediators urge calm on the border\n\nLIMA, May 3 - The text of the declaration agreed by "
                  "the governments of Chile and Peru on Friday follows:\n\nWe welcome the release of all detainees held "
                  "by both sides.")
    assert got.get(("prisoner_exchange", "Chile")) == got.get(("prisoner_exchange", "Peru")) == "support"


def test_excerpts_of_a_briefing_speak_for_its_ministry() -> None:
    got = stances("Peru rules out talks\n\nLIMA, May 3 - The following are excerpts of remarks at the Tuesday press conference "
                  "of the spokesperson of the Foreign Ministry of Peru.\n\nWe again call for the release "
                  "of our fishermen.")
    assert got.get(("prisoner_exchange", "Peru")) == "propose"


def test_a_title_after_a_colon_or_in_brackets_names_the_issuer() -> None:
    body = "\n\nWe call for the immediate release of all prisoners of war."
    assert stances("Border talks: Statement by the Foreign Ministry of Chile" + body).get(
        ("prisoner_exchange", "Chile")) == "propose"
    assert stances("Ministers meet in Lima (Readout, Ministry of Foreign Affairs of Chile)" + body).get(
        ("prisoner_exchange", "Chile")) == "propose"


def test_a_title_naming_only_the_text_names_its_issuer_before_its_kind() -> None:
    body = "\n\nWe call for the immediate release of all prisoners of war."
    assert stances("African Union communique on the situation in Chad" + body).get(
        ("prisoner_exchange", "African Union")) == "propose"
    # a headline whose verb is the news is no text of its own
    assert ("prisoner_exchange", "Chile") not in stances("Chile statement angers Peru" + body)


def test_those_set_off_as_mediators_are_the_mediators() -> None:
    got = stances("Head\n\nThe Republic of Chile and the Republic of Peru, as mediators, hosted talks between "
                  "Bolivia and Ecuador in Lima. The mediators welcomed the release of detainees held by both sides.")
    assert got.get(("prisoner_exchange", "Chile")) == got.get(("prisoner_exchange", "Peru")) == "support"


def test_a_joint_title_names_its_authors_before_its_topic() -> None:
    # mediators' joint text: "the parties" it speaks of are the two sides, not its authors
    got = stances("Joint Communique of Chile and Peru on the talks between Bolivia and Ecuador\n\n"
                  "The Republic of Chile and the Republic of Peru, as mediators, hosted the third round of talks "
                  "between Bolivia and Ecuador in Lima. "
                  "The parties agreed to extend the truce for ninety days.")
    assert got.get(("ceasefire", "Bolivia")) == got.get(("ceasefire", "Ecuador")) == "agree"
    assert ("ceasefire", "Chile") not in got


def test_the_sides_welcoming_together_a_step_between_them_agreed_it() -> None:
    got = _full("Head\n\nThe foreign ministers of Chad and Niger met in Niamey on Monday. The two ministers "
                "welcomed the opening of two cross-border markets in March.")
    assert got.get(("economic_cooperation", "Chad")) == got.get(("economic_cooperation", "Niger")) == "agree"


def test_others_welcoming_a_step_only_back_it() -> None:
    got = _full("Head\n\nThe foreign ministers of Chad and Niger met in Niamey on Monday. Kenya and Norway "
                "welcomed the opening of two cross-border markets in March.")
    assert got.get(("economic_cooperation", "Kenya")) == got.get(("economic_cooperation", "Norway")) == "support"


def test_a_meeting_of_mediators_only_reports_no_pair_of_sides() -> None:
    text = ("Kenya and Uganda met in Arusha in May. Chad and Niger, as mediators, convened a second round in "
            "Nairobi on Monday. The Kenyan minister said trade was suffering. He said Kenya would wait. "
            "He said Kenya had been patient. The delegations agreed to hold another round of talks in June.")
    doc = nlp.parse(text)
    index = find_actors(doc, DATE)
    first = Event("meeting", None, ["Kenya", "Uganda"], Evidence("t.txt", 0, 37, text[:37]))
    second = Event("meeting", None, ["Chad", "Niger"], Evidence("t.txt", 38, 100, text[38:100]))
    positions, _ = find_positions(doc, index, lambda s, e: Evidence("t.txt", s, e, doc.text[s:e]), [first, second])
    found = {(p.provision, p.party): p.stance for p in positions}
    assert found.get(("negotiation_process", "Kenya")) == found.get(("negotiation_process", "Uganda")) == "agree"
    assert found.get(("negotiation_process", "Chad")) != "agree"


def test_those_a_talk_was_held_with_discuss_it_too() -> None:
    # "discussed X with B" (the parser may hang "with B" on the item), "met B to discuss X"
    got = stances("Foreign Minister Ana Ruiz of Chile discussed the truce with Foreign Minister Tomas Vega of Peru.")
    assert got.get(("ceasefire", "Chile")) == got.get(("ceasefire", "Peru")) == "discuss"
    got = stances("Foreign Minister Ana Ruiz of Chile met Foreign Minister Tomas Vega of Peru in Quito to discuss "
                  "the release of detainees.")
    assert got.get(("prisoner_exchange", "Chile")) == got.get(("prisoner_exchange", "Peru")) == "discuss"
    # one who raises an item with another is the only one known to hold it
    got = stances("Foreign Minister Ana Ruiz of Chile raised the truce with Foreign Minister Tomas Vega of Peru.")
    assert ("ceasefire", "Peru") not in got


def test_our_governments_in_a_joint_text_are_its_authors() -> None:
    got = stances("Joint Statement from Chile, Peru, and Ecuador\n\n"
                  "This week senior envoys from our governments held talks in Lima aiming to conclude an agreement "
                  "on a truce between Bolivia and Paraguay.")
    assert got.get(("ceasefire", "Chile")) == got.get(("ceasefire", "Ecuador")) == "propose"


def test_a_deal_still_sought_is_proposed_not_agreed() -> None:
    # "hope to sign a deal on X", "want to conclude an agreement": the deal is sought, not made
    got = stances("Chad and Niger hope to sign a deal on the border next month.")
    assert got.get(("territory", "Chad")) == got.get(("territory", "Niger")) == "propose"
    got = stances("Chad and Niger signed a deal on the border.")
    assert got.get(("territory", "Chad")) == got.get(("territory", "Niger")) == "agree"


def test_those_engaged_as_mediators_are_the_mediators() -> None:
    text = ("Joint Statement from Chile and Peru\n\nEnvoys from our governments have engaged in talks as mediators "
            "aiming to end the fighting between Bolivia and Paraguay.")
    doc = nlp.parse(text)
    from peacetrack.extract.positions.holders import _Reader
    assert set(_Reader(doc, find_actors(doc, DATE)).mediators) == {"Chile", "Peru"}


def test_one_side_of_a_call_in_a_readout_discusses_with_the_other() -> None:
    text = ("Statement by the Government of Chile on a Call with Peru\n\n"
            "President Ana Ruiz of Chile held a phone call with President Tomas Vega of Peru on Monday. "
            "President Ruiz also discussed the release of detainees.")
    got = _full(text)
    assert got.get(("prisoner_exchange", "Chile")) == got.get(("prisoner_exchange", "Peru")) == "discuss"
    # in news, with no text of a government, the other side is not inferred
    got = _full("Chile and Peru talk\n\n" + text.split("\n\n", 1)[1])
    assert ("prisoner_exchange", "Peru") not in got


def test_a_mention_naming_who_holds_a_stance_is_not_its_object() -> None:
    # "mediators" names the talks, but here it names who owns or authored the proposal
    got = stances("Chile and Peru mediate between Bolivia and Paraguay. Bolivia rejected the truce proposal "
                  "from the mediators.")
    assert got.get(("ceasefire", "Bolivia")) == "reject"
    assert ("negotiation_process", "Bolivia") not in got
    got = stances("Chile and Peru mediate between Bolivia and Paraguay. Paraguay backs a plan put forward by the "
                  "mediators for a truce.")
    assert ("negotiation_process", "Chile") not in got


def test_the_parties_after_a_sentence_naming_only_the_mediating_teams_are_the_sides() -> None:
    found = stances("Kenyan and Ugandan delegations met in Doha. The Kenyan delegation was led by Interior Minister "
                    "Ana Lind. The mediation teams were headed by Qatari Minister of State Omar Haddad and Turkish "
                    "Deputy Foreign Minister Kerem Aydin. The parties agreed to prolong the truce by sixty days.")
    assert found[("ceasefire", "Kenya")] == found[("ceasefire", "Uganda")] == "agree"
    assert ("ceasefire", "Qatar") not in found and ("ceasefire", "Turkey") not in found


# --------------------------------------------------------------------------- fresh-text holders


def test_an_office_named_alone_stands_for_the_one_who_holds_it() -> None:
    text = ("US Secretary of State Lena Ward spoke with Chilean Foreign Minister Tomas Vega on Monday. "
            "The Secretary reiterated that any deal must halt the shelling of the power grid.")
    assert stances(text).get(("energy_strike_moratorium", "United States")) == "propose"
    # an office two parties hold here names no one
    text = ("Chilean Foreign Minister Tomas Vega met Peruvian Foreign Minister Ana Ruiz in Lima. "
            "The Foreign Minister reiterated that any deal must halt the shelling of the power grid.")
    assert not any(p == "energy_strike_moratorium" for p, _ in stances(text))


def test_initialling_a_text_agrees_it() -> None:
    got = stances("Chile and Peru have initialled an accord on sharing the waters of the upper river basin.")
    assert got.get(("natural_resources", "Chile")) == got.get(("natural_resources", "Peru")) == "agree"


def test_an_operative_clause_of_a_communique_is_its_issuer_s() -> None:
    text = ("African Union communique on the situation in Chad\n\n"
            "The Council, meeting in Addis Ababa on the situation in Chad:\n\n"
            "4. Calls for the unconditional release of all detained journalists, and underlines that the "
            "peace process must include the opposition;\n\n"
            "5. Urges the authorities to allow unhindered humanitarian access to the eastern camps;")
    got = stances(text)
    assert got.get(("prisoner_exchange", "African Union")) == "propose"
    assert got.get(("humanitarian_access", "African Union")) == "propose"


def test_those_who_signed_the_deal_an_act_is_done_under_agree_to_it() -> None:
    text = ("Chile and Peru restored full ties in 2019. Peruvian soldiers joined the joint peacekeeping force in "
            "April under a deal the two governments signed last year.")
    got = stances(text)
    assert got.get(("security_guarantees", "Chile")) == got.get(("security_guarantees", "Peru")) == "agree"
    # a deal turned down binds no one
    got = stances("Chile and Peru restored full ties in 2019. Peruvian soldiers joined the joint peacekeeping force "
                  "in April under a deal the two governments rejected last year.")
    assert "agree" not in got.values()


def test_a_charge_joined_to_a_stance_is_a_second_predicate() -> None:
    got = stances("Chile rejected the border plan and accused Peru of blocking the prisoner swap.")
    assert got.get(("territory", "Chile")) == "reject"
    assert ("prisoner_exchange", "Chile") not in got


def test_an_item_told_off_the_agenda_is_refused_by_no_one() -> None:
    got = stances("The withdrawal of foreign troops was not on the agenda, the Chilean envoy Ana Ruiz said.")
    assert "reject" not in got.values()


def test_a_body_named_again_by_its_head_noun_is_its_party() -> None:
    text = ("The African Union's standing Border Council met in Addis Ababa on Tuesday. "
            "In a statement, the Council urged both armies to pull their heavy weapons back from the frontier.")
    assert stances(text).get(("arms_control", "African Union")) == "propose"


def test_the_bloc_is_the_last_bloc_named() -> None:
    text = ("ECOWAS envoys spent two days in Niamey this week. "
            "Their leader repeated the bloc's demand for a date for presidential elections.")
    assert stances(text).get(("elections_governance", "ECOWAS")) == "propose"


def test_two_sides_who_undertake_an_item_together_agree_to_it() -> None:
    got = stances("Chile and Peru signed a communique in Lima. In it the two governments undertook to keep the "
                  "truce along the desert frontier.")
    assert got.get(("ceasefire", "Chile")) == got.get(("ceasefire", "Peru")) == "agree"
    # told in a clause on the text that holds it, the pledge is theirs all the same
    got = stances("Chile and Peru met in Lima. The envoys recalled the 2019 charter, in which the two governments "
                  "undertook to keep the truce along the desert frontier.")
    assert got.get(("ceasefire", "Chile")) == got.get(("ceasefire", "Peru")) == "agree"


def test_two_states_counted_as_such_undertake_together() -> None:
    # "the two States" are the sides at hand, as "the two governments" are
    got = stances("Bolivia and Paraguay met in Asuncion. The envoys recalled the 2011 accord, in which the two States "
                  "undertook to keep the truce along the Chaco frontier.")
    assert got.get(("ceasefire", "Bolivia")) == got.get(("ceasefire", "Paraguay")) == "agree"
    # states not counted are no pair of sides
    got = stances("Bolivia and Paraguay met in Asuncion. The member states of the bloc undertook to keep the truce "
                  "along the Chaco frontier.")
    assert got.get(("ceasefire", "Bolivia")) != "agree"


def test_two_sides_who_say_they_will_do_an_item_agree_to_it() -> None:
    got = stances("In a shared text, Chile and Peru said they would hold a fresh round of talks in Quito in June.")
    assert got.get(("negotiation_process", "Chile")) == got.get(("negotiation_process", "Peru")) == "agree"
    # their refusal, told back, is no undertaking
    got = stances("Chile and Peru said they would not hold a fresh round of talks in Quito in June.")
    assert "agree" not in got.values()


def test_a_side_committed_to_a_deal_in_force_is_party_to_it() -> None:
    got = stances("A Chilean spokeswoman said Chile stays firmly committed to the truce.")
    assert got.get(("ceasefire", "Chile")) == "agree"
    # a truce still to be reached is only pledged
    got = stances("A Chilean spokeswoman said Chile stays firmly committed to a truce.")
    assert got.get(("ceasefire", "Chile")) == "propose"


def test_two_sides_who_both_accept_an_item_agree_to_it() -> None:
    got = stances("Chile and Peru held talks in Lima. Their envoys will meet again in Quito in June, a date "
                  "both delegations had accepted.")
    assert got.get(("negotiation_process", "Chile")) == got.get(("negotiation_process", "Peru")) == "agree"
    # one side taking it is its support alone
    got = stances("Peru accepted the truce plan on Monday.")
    assert got.get(("ceasefire", "Peru")) == "support"


def test_two_sides_agreeing_in_principle_have_agreed() -> None:
    got = stances("Chile and Peru agreed in principle to reopen the mountain border crossings to trucks.")
    assert got.get(("humanitarian_access", "Chile")) == got.get(("humanitarian_access", "Peru")) == "agree"
    # one side alone only accepts
    got = stances("Peru agreed in principle to a truce along the desert frontier.")
    assert got.get(("ceasefire", "Peru")) == "support"


def test_the_broker_named_in_a_clause_on_the_deal_proposes_it() -> None:
    got = stances("The truce, brokered by Qatar at a lakeside resort in early spring, had mostly held by June.")
    assert got.get(("ceasefire", "Qatar")) == "propose"
    got = stances("Both armies welcomed home the prisoners freed in the swap that Oman brokered last winter.")
    assert got.get(("prisoner_exchange", "Oman")) == "propose"


def test_a_truce_named_as_the_sides_own_is_one_they_agreed() -> None:
    got = stances("Chile and Peru traded charges on Sunday of breaking their ceasefire near the salt flats.")
    assert got.get(("ceasefire", "Chile")) == got.get(("ceasefire", "Peru")) == "agree"
    # the sides joined by a hyphen, which the gazetteer reads word by word
    got = stances("Eight months on, the fragile Chile-Peru truce still holds along the desert frontier.")
    assert got.get(("ceasefire", "Chile")) == got.get(("ceasefire", "Peru")) == "agree"
    # a truce only drafted is no deal
    assert "agree" not in stances("The draft Chile-Peru truce was shelved on Friday.").values()


def test_there_will_be_no_talks_refuses_them() -> None:
    got = stances("Peru's foreign ministry said there would be no fresh talks as long as raids on its posts went on.")
    assert got.get(("negotiation_process", "Peru")) == "reject"


def test_mediators_of_talks_told_after_a_comma_support_them() -> None:
    # the parser hangs the participle on a verb far before it
    text = ("Chile and Peru began what diplomats expect to be the closing session of the fourth round of talks, "
            "mediated by Brazil and Norway.")
    got = stances(text)
    assert got.get(("negotiation_process", "Brazil")) == got.get(("negotiation_process", "Norway")) == "support"
    # a deal set off so is no talks: its broker proposed it
    got = stances("The truce, brokered by Norway late last year, has held along the river.")
    assert got.get(("negotiation_process", "Norway")) is None


def test_a_deal_held_in_abeyance_is_refused_by_who_holds_it() -> None:
    got = stances("Chile placed the 1990 river water treaty in abeyance after the border attack.")
    assert got.get(("natural_resources", "Chile")) == "reject"
    # told of the deal itself, by a side's spokesman
    got = stances("The river water treaty will stay in abeyance until the raids end, a Chilean spokesman said.")
    assert got.get(("natural_resources", "Chile")) == "reject"


def test_a_side_that_suspends_talks_refuses_them() -> None:
    got = stances("Chile suspended its fishing talks with Peru on Tuesday after the shelling of a harbour.")
    assert got.get(("negotiation_process", "Chile")) == "reject"
    # what a side asks another to suspend is no deal of theirs
    assert "reject" not in stances("Chile asked Peru to suspend the expulsion of migrant workers.").values()


def test_ready_for_talks_no_one_offered_offers_them() -> None:
    found = stances("Kenya's foreign minister said on Friday that Nairobi was ready for direct talks with Kampala.")
    assert found[("negotiation_process", "Kenya")] == "propose"
    found = stances("Uganda proposed direct talks on the border. Kenya said it was ready to return to the talks.")
    assert found[("negotiation_process", "Uganda")] == "propose"
    assert found[("negotiation_process", "Kenya")] == "support"  # an answer to Uganda's offer
    assert stances("Kenya said it was ready to join the border talks.").get(("negotiation_process", "Kenya")) != "propose"


def test_a_dateline_ends_at_its_own_dash() -> None:
    found = stances("NORTHPORT, May 9 - Kenya's government on Monday rejected a three-month truce offered by Uganda.")
    assert found[("ceasefire", "Kenya")] == "reject"
    assert found[("ceasefire", "Uganda")] == "propose"


def test_a_proposal_by_a_for_an_item_hung_on_the_verb_is_a_proposal_of_the_item() -> None:
    found = stances("Kenya has turned down an offer by Uganda and Tanzania for a two-week ceasefire, officials said.")
    assert found[("ceasefire", "Kenya")] == "reject"
    assert found[("ceasefire", "Uganda")] == found[("ceasefire", "Tanzania")] == "propose"


def test_counted_mediators_are_the_parties_listed_before() -> None:
    found = stances("Norway, Qatar and Oman met the rebels in Oslo. The blueprint, drafted by the three mediators "
                    "last week, calls for a ceasefire across the region.")
    assert found[("ceasefire", "Norway")] == found[("ceasefire", "Qatar")] == found[("ceasefire", "Oman")] == "propose"


def test_what_a_deal_sets_under_which_is_what_its_makers_agree() -> None:
    found = stances("Kenya and Uganda signed an accord under which both armies will pull back heavy weapons "
                    "from the frontier.")
    assert found[("arms_control", "Kenya")] == found[("arms_control", "Uganda")] == "agree"
    found = stances("Kenya has floated a plan under which the detainees would be freed by June.")
    assert found[("prisoner_exchange", "Kenya")] == "propose"


def test_the_participants_are_the_sides_just_met() -> None:
    found = stances("Kenya and Uganda held a first round of border talks in Arusha on Monday. "
                    "The participants agreed to hold a second round in Kampala in May.")
    assert found[("negotiation_process", "Kenya")] == found[("negotiation_process", "Uganda")] == "agree"


def test_a_step_told_as_agreed_is_agreed_by_the_sides_of_the_talks() -> None:
    found = _full("Ghana and Togo, as mediators, hosted a third round of talks between Chad and Niger in Lome. "
                    "The mediators welcomed the resumption of cross-border trade last week, as agreed in the "
                    "second round.")
    assert found[("economic_cooperation", "Chad")] == found[("economic_cooperation", "Niger")] == "agree"
    assert found[("economic_cooperation", "Ghana")] == "support"
    found = stances("Ghana hailed the resumption of cross-border trade, as agreed by Chad and Niger in March.")
    assert found[("economic_cooperation", "Chad")] == found[("economic_cooperation", "Niger")] == "agree"
    found = stances("Ghana hailed the resumption of cross-border trade, as Chad had demanded.")
    assert ("economic_cooperation", "Niger") not in found


def test_talks_offered_by_readiness_may_be_turned_down_next() -> None:
    found = stances("The Kenyan envoy said on Monday that Nairobi was ready for direct talks with Kampala. "
                    "Uganda turned the idea down by evening.")
    assert found[("negotiation_process", "Kenya")] == "propose"
    assert found[("negotiation_process", "Uganda")] == "reject"


def test_a_refusal_of_the_act_just_asked_for_refuses_the_item() -> None:
    text = ("The Chilean envoy urged Lima to release the Chilean fishermen held in Callao. "
            "Peru's deputy interior minister, Ana Ruiz, ruled out any release on Friday.")
    found = stances(text)
    assert found[("prisoner_exchange", "Chile")] == "propose"
    assert found[("prisoner_exchange", "Peru")] == "reject"
    found = stances("Bolivia said talks could resume only if Paraguayan troops withdrew from the disputed zone. "
                    "The talks were meant to start in May. Paraguay has ruled out any withdrawal.")
    assert found[("territory", "Paraguay")] == "reject"
    # a noun with an item of its own names that item, not the one asked for
    found = stances("The Chilean envoy urged Lima to release the Chilean fishermen held in Callao. "
                    "Peru ruled out any release of the seized cargo.")
    assert found.get(("prisoner_exchange", "Peru")) != "reject"


def test_neither_accepted_nor_rejected_takes_no_stance() -> None:
    text = "Chile offered Peru a joint venture on fishing. Peru has neither accepted nor rejected it."
    found = stances(text)
    assert found[("economic_cooperation", "Chile")] == "propose"
    assert found[("economic_cooperation", "Peru")] == "discuss"  # weighed, with no stance taken
    # denied together, two acceptances are one refusal
    found = stances("Peru will neither accept nor support a joint venture on fishing.")
    assert found[("economic_cooperation", "Peru")] == "reject"


def test_both_proposals_and_an_appeal_are_answered_next() -> None:
    # "both ideas" answers every item just proposed; an appeal is answered like a call
    found = stances("Namibia urged Botswana to lift its sanctions on Windhoek and offered a ceasefire along the river. "
                    "Botswana rejected both ideas on Tuesday.")
    assert found[("sanctions", "Botswana")] == "reject"
    assert found[("ceasefire", "Botswana")] == "reject"
    found = stances("Namibia appealed for the release of the detained Namibian herders. Botswana rejected the appeal.")
    assert found[("prisoner_exchange", "Botswana")] == "reject"


def test_that_as_the_object_answers_what_was_just_proposed() -> None:
    # "rejected that" is the pronoun; "welcomed that the talks resumed" is a clause and answers nothing
    found = stances("Tanzania again demanded that Kenya reopen the border crossings to aid convoys. "
                    "Nairobi flatly rejected that, citing security concerns.")
    assert found[("humanitarian_access", "Kenya")] == "reject"
    found = stances("Tanzania again demanded that Kenya reopen the border crossings to aid convoys. "
                    "Nairobi welcomed that the talks had resumed.")
    assert found.get(("humanitarian_access", "Kenya")) != "support"


def test_views_exchanged_on_an_item_however_the_on_is_attached() -> None:
    # the parser hangs the second "on" on the verb; views are still exchanged on the item, not swapped
    found = stances("The foreign ministers of Chile and Peru exchanged views on the work of the group "
                    "on the demarcation of the border.")
    assert found[("territory", "Chile")] == "discuss"
    assert found[("territory", "Peru")] == "discuss"


def test_he_in_a_clause_on_the_main_verb_is_its_subject_not_the_last_name() -> None:
    found = stances("Kenyan President Amani Oduya faulted both Ethiopian Prime Minister Lemma Tadesse and Somali "
                    "President Ahmed Warsame as he pressed for a truce.")
    assert found.get(("ceasefire", "Kenya")) == "propose", found
    assert ("ceasefire", "Somalia") not in found, found


def test_negotiators_one_agrees_with_are_who_not_what() -> None:
    found = stances("Somali President Ahmed Warsame said Somalia had agreed with Kenyan negotiators in Mombasa that "
                    "a truce could start on Friday.")
    assert ("ceasefire", "Somalia") in found, found
    assert found.get(("negotiation_process", "Somalia")) != "agree", found


def test_a_commitment_asked_of_another_is_proposed_by_whoever_asks() -> None:
    found = stances("Senegal pressed for Gambia to commit to a date for fresh polls. Gambia refused.")
    assert found[("elections_governance", "Senegal")] == "propose"
    assert found[("elections_governance", "Gambia")] == "reject"
    found = stances("Senegal urged Gambia and Mali to pledge a halt to the fighting along the river.")
    assert ("ceasefire", "Gambia") not in found or found[("ceasefire", "Gambia")] != "agree"


def test_a_summing_noun_read_as_a_compound_still_has_its_clause() -> None:
    # "an idea Malawi rejects": the parser takes "idea Malawi rejects" for one noun
    found = stances("Zambia offered a truce along the lake shore, an idea Malawi rejects.")
    assert found[("ceasefire", "Zambia")] == "propose"
    assert found[("ceasefire", "Malawi")] == "reject"


def test_a_state_never_to_be_recognised_is_the_territory_refused() -> None:
    found = stances('"Guatemala will never recognise Belize," the Guatemalan minister Rafael Ortiz told reporters.')
    assert found.get(("territory", "Guatemala")) == "reject"
    found = stances("Morocco refused to recognise Namibia at the summit.")
    assert found.get(("territory", "Morocco")) == "reject"


def test_a_past_relative_clause_the_mention_spans_tells_of_its_noun() -> None:
    # the demand is on the bases, not on the membership the relative clause tells of
    found = stances("Mexico demanded that foreign troops leave the Baltic countries that joined NATO in 2004.")
    assert ("alliance_membership", "Mexico") not in found
