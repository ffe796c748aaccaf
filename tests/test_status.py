"""Provision status: each mechanism of `extract/positions/status.py` pinned on invented sentences, parsed with the
real model, or on the decision `status_of` itself."""
from __future__ import annotations

from datetime import date

from peacetrack import nlp
from peacetrack.extract.actors import find_actors
from peacetrack.extract.pipeline import extract_article
from peacetrack.extract.positions import _StatusCues, find_positions, status_of
from peacetrack.extract.positions.status import _Said, unsettled
from peacetrack.extract.provisions import find_provisions
from peacetrack.records import Article, Evidence

DATE = "2025-03-20"


def status(text: str) -> dict[str, str]:
    doc = nlp.parse(text)
    index = find_actors(doc, DATE)
    _, statuses = find_positions(doc, index, lambda s, e: Evidence("t.txt", s, e, doc.text[s:e]))
    return {s.provision: s.status for s in statuses}


def whole_status(text: str) -> dict[str, str]:
    ex = extract_article(Article(id="t.txt", date=date.fromisoformat(DATE), title="", text=text))
    return {s.provision: s.status for s in ex.status}


def said(start: int, text: str, events: frozenset[str], nearest: str | None, provision: str = "ceasefire") -> _Said:
    """One noted mention of `provision`: its first in the text."""
    mention = next(m for m in find_provisions(text) if m.provision == provision)
    return _Said(start, text, events, nearest, mention)


def cues(**kw) -> _StatusCues:
    c = _StatusCues()
    for k, v in kw.items():
        setattr(c, k, v)
    return c


def test_a_further_round_the_sides_settled_on_is_the_process_agreed() -> None:
    text = ("The presidents of Malawi and Zambia met in Lusaka on Monday. "
            "The two leaders committed to meet again at next month's regional summit in Harare.")
    assert status(text).get("negotiation_process") == "agreed"
    # offered, not settled: the round held stays the news
    assert status("Malawi and Zambia held talks in Lusaka on Monday. Norway offered to host the next round."
                  ).get("negotiation_process") != "agreed"
    assert status("Malawi and Zambia held talks in Lusaka on Monday but have not agreed to meet again."
                  ).get("negotiation_process") != "agreed"


def test_an_item_two_parties_discuss_is_under_negotiation() -> None:
    assert status_of("territory", {"discuss": {"Malawi", "Zambia"}}, cues()) == "under_negotiation"
    assert status_of("territory", {"discuss": {"Malawi"}}, cues()) == "raised"


def test_with_no_holder_talks_on_the_item_outrank_a_deal_word() -> None:
    assert status_of("ceasefire", {}, cues(negotiating=True, agreement=True, nearest="agree")) == "under_negotiation"
    assert status_of("ceasefire", {}, cues(agreement=True)) == "agreed"
    found = status("Officials said efforts to finalize a ceasefire agreement continued on Monday.")
    assert found.get("ceasefire") == "under_negotiation"


def test_an_enactment_told_as_background_does_not_make_a_new_demand_implemented() -> None:
    found = status("The European Union called for new sanctions on Belarus. "
                   "The bloc had imposed sanctions on Belarus after the 2020 election.")
    assert found.get("sanctions") == "proposed"
    found = status("The European Union called for new sanctions on Belarus. "
                   "Since 2020, the bloc has imposed sanctions on Belarus.")
    assert found.get("sanctions") == "proposed"


def test_an_exchange_told_without_a_date_is_the_news() -> None:
    found = whole_status("The government of Sudan and the Rapid Support Forces exchanged 120 detainees, "
                         "the Red Cross said.")
    assert found.get("prisoner_exchange") == "implemented"


def test_an_exchange_told_with_an_earlier_time_is_background_to_a_new_swap_in_play() -> None:
    found = whole_status("The government of Sudan and the Rapid Support Forces agreed on Monday to free every "
                         "captive they hold. They last exchanged detainees in April, the Red Cross said.")
    assert found.get("prisoner_exchange") != "implemented"


def test_an_exchange_told_with_an_earlier_time_and_no_other_swap_in_play_is_the_news() -> None:
    found = whole_status("The government of Sudan and the Rapid Support Forces exchanged 40 detainees in April, "
                         "the Red Cross said.")
    assert found.get("prisoner_exchange") == "implemented"


def test_an_item_said_to_be_in_force_is_implemented() -> None:
    # the clause that says so is read on the words, whatever the parse made of it
    assert status("The truce reached after the clashes of 2019 has held, the two sides say.")["ceasefire"] == "implemented"
    assert status("Norway said the parties have largely respected the truce.")["ceasefire"] == "implemented"
    assert status("The truce, which came into force on Monday, was welcomed by Kenya.")["ceasefire"] == "implemented"
    assert status("The truce has not held, Kenya said.")["ceasefire"] != "implemented"
    assert status("Kenya proposed a truce. Both sides have held talks on a truce.")["ceasefire"] != "implemented"
    assert status("A fifth of the territory is in rebel hands, and Kenya has held direct talks with the rebels."
                  )["territory"] != "implemented"


def test_an_item_talks_take_up_is_under_negotiation() -> None:
    assert status("Talks on Monday in Nairobi were expected to address the disputed border between the two "
                  "countries.")["territory"] == "under_negotiation"
    assert status("The agenda covered the release of prisoners held by both sides.")["prisoner_exchange"] == \
        "under_negotiation"
    assert status("Kenya said its concerns, including the safety of shipping in the Black Sea, were thoroughly "
                  "addressed during the meeting.")["maritime_security"] == "under_negotiation"
    # talks that did not take it up, or only might
    assert status("The talks did not address the release of prisoners.")["prisoner_exchange"] != "under_negotiation"
    assert status("Kenya said any talks could cover only the disputed border.")["territory"] != "under_negotiation"


def test_talks_held_outrank_the_agreement_word_they_reached() -> None:
    # with no party's stance on the talks themselves, "agreed" names what the talks reached
    assert status_of("negotiation_process", {}, cues(talks_held=True, nearest="agree")) == "implemented"
    assert status_of("negotiation_process", {}, cues(nearest="agree")) == "agreed"


def test_an_act_said_to_go_on_is_done() -> None:
    assert status("Norway and Kenya will continue to impose sanctions on Freedonia.")["sanctions"] == "implemented"
    assert status("Norway and Kenya will not continue to impose sanctions on Freedonia.")["sanctions"] != "implemented"


def test_a_mention_that_is_the_act_itself_is_implemented() -> None:
    found = status("The Treasury Department has sanctioned six firms, the United States said. "
                   "Kenya called for further sanctions.")
    assert found["sanctions"] == "implemented"
    assert status("Kenya called for further sanctions.")["sanctions"] == "proposed"


def test_talks_breaking_down_break_no_deal() -> None:
    assert status("Malawi and Zambia agreed to a truce. Clashes broke out along the border on Monday.")["ceasefire"] \
        != "violated"
    assert status("Zambia accused Malawi of breaking the truce.")["ceasefire"] == "violated"


def test_signing_an_agreement_signs_what_it_holds() -> None:
    text = ("On Monday, Malawi's defence minister, John Banda, and Zambia's defence minister, Peter Mwale, "
            "signed an agreement in Lusaka to demarcate the land border in stages.")
    assert status(text)["territory"] == "signed"
    assert status("Malawi and Zambia will sign an agreement to demarcate the border.")["territory"] != "signed"


def test_what_is_done_after_talks_is_not_done_to_them() -> None:
    found = status("Malawi and Zambia signed a ceasefire after two rounds of talks mediated by Kenya.")
    assert found["ceasefire"] == "signed"
    assert found["negotiation_process"] != "signed"


def test_a_signature_said_of_the_item_settles_it() -> None:
    assert status_of("arms_control", {"support": {"Angola"}}, cues(signed=True)) == "signed"
    assert status_of("arms_control", {"reject": {"Angola"}}, cues(signed=True)) == "rejected"


def test_an_item_said_not_yet_agreed_is_under_negotiation_whatever_was_agreed_near_it() -> None:
    found = status("Malawi and Zambia agreed on Wednesday to withdraw heavy weapons from their disputed border. "
                   "The two sides have still not agreed on which maps should be used to demarcate the border.")
    assert found["territory"] == "under_negotiation"
    assert found["arms_control"] == "agreed"


def test_a_pledge_to_keep_an_item_says_it_is_in_force() -> None:
    found = status('The two armies agreed to "strictly observe" the ceasefire along the line of control, officials said.')
    assert found["ceasefire"] == "implemented"
    assert found.get("territory") != "implemented"  # the line named after it is not what was kept
    assert status("Kenya urged both sides to observe a ceasefire.")["ceasefire"] != "implemented"


def test_an_earlier_occurrence_does_not_implement_what_is_now_agreed() -> None:
    found = status("Malawi and Zambia agreed on Monday to exchange all prisoners of war. "
                   "The two countries last exchanged prisoners in April.")
    assert found["prisoner_exchange"] == "agreed"


def test_a_deal_as_subject_holds_the_item_it_commits_the_sides_to() -> None:
    text = ("The accord, signed in Lusaka on March 3, committed the government and the rebels to stop all "
            "hostilities and to move their forces into cantonment sites within 60 days.")
    assert status(text)["arms_control"] == "signed"
    assert status("The accord will commit both sides to move their forces into cantonment sites."
                  )["arms_control"] == "agreed"
    # a deal that only would do so is on the table
    assert status("The deal now on the table would commit both sides to move their forces into cantonment sites."
                  )["arms_control"] not in {"agreed", "signed"}


def test_a_participle_under_a_mere_possibility_tells_of_nothing_done() -> None:
    found = status("Kenya put forward a proposal which would see ten more prisoners released in exchange for a truce.")
    assert found["prisoner_exchange"] != "implemented"


def test_a_breach_only_to_be_deterred_is_no_breach() -> None:
    found = status("Norway proposed a truce. Kenya will decide how to back up the monitors and deter breaches of "
                   "a truce.")
    assert found["ceasefire"] != "violated"
    assert status("Zambia accused Malawi of breaches of the truce.")["ceasefire"] == "violated"


def test_an_item_asked_about_as_part_of_the_talks_is_under_negotiation() -> None:
    assert status("Are detained nationals part of the talks?")["prisoner_exchange"] == "under_negotiation"
    assert status("Are detained nationals a problem?")["prisoner_exchange"] != "under_negotiation"


def test_talks_told_as_resumed_are_the_process_at_work() -> None:
    found = status("Talks between the government of Malawi and the rebels resumed in Lusaka on Monday.")
    assert found["negotiation_process"] == "implemented"
    assert status("Talks between the government of Malawi and the rebels could resume next month."
                  ).get("negotiation_process") != "implemented"


def test_an_item_renewed_or_in_force_since_is_implemented() -> None:
    assert status("In Lusaka the two ministers reaffirmed the ceasefire, and the border has been quiet since."
                  )["ceasefire"] == "implemented"
    assert status("The ceasefire in force since 2024 was welcomed by Kenya.")["ceasefire"] == "implemented"
    assert status("Both sides reiterated their call for a ceasefire.")["ceasefire"] != "implemented"
    # a pledge to act on it is not the item in force
    assert status("The parties reaffirmed their commitment to facilitate humanitarian access."
                  )["humanitarian_access"] != "implemented"


def test_a_truce_said_to_hold_despite_a_breach_is_implemented() -> None:
    agreed = {"agree": {"Kenya", "Uganda"}}
    assert status_of("ceasefire", agreed, cues(violations=1, kept=True)) == "implemented"
    assert status_of("ceasefire", agreed, cues(violations=1)) == "violated"
    found = whole_status("Kenya and Uganda agreed to a truce in May. On Friday Ugandan guns shelled a Kenyan village; "
                         "Nairobi called it a breach of the truce. On Monday the two ministers reaffirmed the truce.")
    assert found["ceasefire"] == "implemented"


def test_an_item_told_as_agreed_in_a_clause_on_it_is_agreed() -> None:
    # welcomed by a third party, but agreed by the sides: "committed to by", "agreed last month"
    text = "Norland welcomes the ten-day truce committed to by both armies in the north."
    assert status(text).get("ceasefire") == "agreed"
    text = "Observers praised the ceasefire the two neighbours agreed last month."
    assert status(text).get("ceasefire") == "agreed"
    # only possible, or the item acting: no agreement
    text = "Norland proposed a ceasefire the two neighbours could agree on."
    assert status(text).get("ceasefire") == "proposed"


def test_an_item_extended_is_in_force() -> None:
    text = "Norland welcomes a ten-day extension of the truce between the two sides."
    assert status(text).get("ceasefire") == "implemented"
    text = "Norland called on both sides to extend the truce."
    assert status(text).get("ceasefire") == "proposed"


def test_a_deal_that_broke_down_is_violated() -> None:
    assert status("The truce between Malawi and Zambia collapsed on Tuesday after heavy shelling.").get(
        "ceasefire") == "violated"
    assert status("Shelling on Tuesday shattered the ceasefire between Malawi and Zambia.").get(
        "ceasefire") == "violated"
    # talks on it breaking down break no deal
    assert status("Ceasefire talks between Malawi and Zambia broke down on Tuesday.").get("ceasefire") != "violated"


def test_an_item_the_sides_are_split_on_is_under_negotiation() -> None:
    assert status("Malawi and Zambia remain divided over the border, officials said after the talks.").get(
        "territory") == "under_negotiation"
    assert status("Delegations from Malawi and Zambia are haggling over the terms of a truce.").get(
        "ceasefire") == "under_negotiation"
    assert status("Malawi and Zambia are close to a ceasefire deal, mediators said.").get(
        "ceasefire") == "under_negotiation"
    assert status("The border remains the main sticking point in the talks between Malawi and Zambia.").get(
        "territory") == "under_negotiation"


def test_an_item_in_place_or_intact_is_in_force_unless_only_awaited() -> None:
    assert status("The ceasefire between Malawi and Zambia has been in place since January.").get(
        "ceasefire") == "implemented"
    assert status("The truce between Malawi and Zambia remained largely intact on Tuesday.").get(
        "ceasefire") == "implemented"
    # what waits on another item being in place is not itself in force
    assert status("Malawi said it would open the crossings once the ceasefire is in place.").get(
        "humanitarian_access") != "implemented"
    assert status("Malawi will lift the curfew once the ceasefire is in place.").get("ceasefire") != "implemented"


def test_an_act_done_under_a_deal_puts_it_in_force() -> None:
    assert status("Twenty detainees were freed on Tuesday under the truce between Malawi and Zambia.").get(
        "ceasefire") == "implemented"
    # a state under a law is no deal at work
    assert status("Rallies are barred under the constitution of Malawi.").get("elections_governance") != "implemented"


def test_inking_a_deal_signs_it() -> None:
    assert status("Malawi and Zambia on Tuesday inked a deal to exchange prisoners of war.").get(
        "prisoner_exchange") == "signed"


def test_an_item_the_sides_have_yet_to_agree_on_is_under_negotiation() -> None:
    assert status("Malawi and Zambia have yet to agree on the border.").get("territory") == "under_negotiation"
    assert status("Negotiators are still working on a prisoner exchange between Malawi and Zambia.").get(
        "prisoner_exchange") == "under_negotiation"


def test_an_item_said_respected_is_in_force() -> None:
    assert status("The ceasefire between Malawi and Zambia has largely been respected.").get(
        "ceasefire") == "implemented"


def test_signing_a_protocol_signs_what_it_is_on() -> None:
    assert status("Malawi and Zambia on Tuesday signed a protocol on marking their shared border.").get(
        "territory") == "signed"


def test_what_is_done_to_drafts_is_not_done_to_the_deal() -> None:
    assert status("Malawi and Zambia exchanged drafts of a ceasefire agreement on Tuesday.").get(
        "ceasefire") not in {"implemented", "agreed"}


def test_hostilities_despite_a_truce_break_it() -> None:
    assert status("Fighting resumed on Tuesday despite the ceasefire between Malawi and Zambia.").get(
        "ceasefire") == "violated"
    # no hostilities told: nothing broken
    assert status("Trade grew despite the ceasefire between Malawi and Zambia.").get("ceasefire") != "violated"


def test_an_item_that_got_under_way_is_implemented_whoever_did_it() -> None:
    assert status("The humanitarian corridor opened on Tuesday, allowing civilians to leave the city.").get(
        "humanitarian_access") == "implemented"
    # told by its year only, the act is background
    assert status("The Treasury imposed sanctions on Malawi on Tuesday.").get("sanctions") == "implemented"
    assert status("The Treasury imposed sanctions on Malawi in 2019.").get("sanctions") != "implemented"


def test_the_accord_a_text_told_signed_signs_what_it_provides_for() -> None:
    text = "Malawi and Zambia signed a peace agreement in Lusaka on Tuesday. The agreement provides for a permanent ceasefire."
    assert status(text).get("ceasefire") == "signed"
    # no signature told: the deal's content is agreed, not signed
    text = "Malawi and Zambia reached a peace deal on Tuesday. The deal includes a ceasefire from Friday."
    assert status(text).get("ceasefire") == "agreed"


def test_a_deal_told_as_reached_holds_its_content_whatever_talks_led_to_it() -> None:
    text = "The deal, reached after two days of talks in Nairobi, includes a ceasefire from Friday."
    assert status(text).get("ceasefire") == "agreed"


def test_an_item_no_deal_was_reached_on_is_under_negotiation() -> None:
    assert status("No agreement was reached on the border at the talks between Malawi and Zambia.").get(
        "territory") == "under_negotiation"
    assert status("Malawi and Zambia failed to reach agreement on a ceasefire.").get("ceasefire") == "under_negotiation"
    assert status("Negotiators from Malawi and Zambia made progress on a prisoner exchange but no deal was reached.").get(
        "prisoner_exchange") == "under_negotiation"


def test_an_item_at_the_heart_of_talks_or_stalling_them_is_under_negotiation() -> None:
    assert status("A ceasefire is at the heart of the negotiations between Malawi and Zambia.").get(
        "ceasefire") == "under_negotiation"
    assert status("Talks between Malawi and Zambia stalled over the border.").get("territory") == "under_negotiation"
    assert status("A deal on prisoners between Malawi and Zambia is within reach, mediators said.").get(
        "prisoner_exchange") == "under_negotiation"


def test_a_truce_in_its_second_week_is_in_force() -> None:
    assert status("The ceasefire between Malawi and Zambia entered its second week on Tuesday.").get(
        "ceasefire") == "implemented"


def test_aid_on_the_move_or_a_corridor_used_is_implemented() -> None:
    assert status("The first convoy crossed into the besieged district on Wednesday, the UN said.").get(
        "humanitarian_access") == "implemented"
    assert status("Hundreds of civilians were evacuated on Tuesday through a humanitarian corridor.").get(
        "humanitarian_access") == "implemented"
    # what did not arrive, or a vessel entering a zone, is no deal at work
    assert status("Relief groups say not one convoy has got to the town since May.").get(
        "humanitarian_access") != "implemented"


def test_an_item_turned_down_whoever_by_is_rejected() -> None:
    assert status("The insurgents refused to sign the ceasefire.").get("ceasefire") == "rejected"
    assert status("The government has said no to a ceasefire.").get("ceasefire") == "rejected"
    assert status("Malawi has never said no to a ceasefire.").get("ceasefire") != "rejected"
    assert status("The rebel commander said a truce was off the table.").get("ceasefire") == "rejected"
    # a refusal only possible turns nothing down
    assert status("The insurgents might refuse to sign the ceasefire.").get("ceasefire") != "rejected"


def test_a_signing_still_to_come_signs_nothing() -> None:
    text = ("Malawi wants its troops home as soon as a peace deal is signed. "
            "The deal provides for a permanent ceasefire.")
    assert status(text).get("ceasefire") != "signed"


def test_an_item_watched_over_or_under_way_is_in_force() -> None:
    assert status("Malawi and Zambia reviewed the implementation of the ceasefire on Tuesday.").get(
        "ceasefire") == "implemented"
    assert status("The ceasefire agreed by Malawi and Zambia is being implemented, monitors said.").get(
        "ceasefire") == "implemented"
    assert status("Monitors are overseeing the ceasefire between Malawi and Zambia.").get("ceasefire") == "implemented"
    assert status("The ceasefire between Malawi and Zambia, now in its third week, is fragile.").get(
        "ceasefire") == "implemented"
    # a demand to implement it is no implementation
    assert status("Kenya urged Malawi and Zambia to implement the ceasefire.").get("ceasefire") != "implemented"


def test_no_violations_of_a_truce_say_it_holds() -> None:
    assert status("UN monitors reported no violations of the ceasefire on Tuesday.").get("ceasefire") == "implemented"


def test_an_item_set_to_start_at_a_stated_time_is_agreed() -> None:
    assert status("A truce between Malawi and Zambia is due to take effect at midnight.").get("ceasefire") == "agreed"
    assert status("A ceasefire between Malawi and Zambia will come into force on Friday.").get("ceasefire") == "agreed"
    assert status("A ceasefire between Malawi and Zambia will begin on Friday if both armies pull back.").get(
        "ceasefire") != "agreed"
    # talks on it that begin are no truce set to start
    assert status("Talks between Malawi and Zambia on a ceasefire will begin on Monday.").get("ceasefire") != "agreed"


def test_an_item_named_only_as_left_out_is_raised() -> None:
    assert status("The joint statement did not mention sanctions on Malawi.").get("sanctions") == "raised"
    assert status("The communique made no mention of elections in Zambia.").get("elections_governance") == "raised"
    # named as covered, it is more than raised
    assert status("The joint statement mentioned new sanctions on Malawi.").get("sanctions") != "raised"


def test_an_item_named_as_what_an_issue_is_is_raised() -> None:
    assert status("One issue no envoy has tried to settle is the smuggling of weapons across the lake.").get(
        "arms_control") == "raised"
    assert status("What no one is speaking about is reparations.").get("accountability") == "raised"
    # a Q&A label is no issue named
    assert status("QUESTION: Is the return of prisoners on the table?").get("prisoner_exchange") != "raised"


def test_an_item_named_only_as_an_open_issue_or_left_out_in_its_clause_is_raised() -> None:
    assert status("Several delegates raised the issue of reparations for the shelling of Lilongwe.").get(
        "accountability") == "raised"
    assert status("Mining rights in the hills remain one of the thorniest issues between Malawi and Zambia."
                  ).get("natural_resources") == "raised"
    assert status("The question of sanctions, which divided the ministers last year, was not on the agenda in Lusaka."
                  ).get("sanctions") == "raised"
    assert status("Reparations for the flooded villages were not even discussed in Lusaka, farmers said.").get(
        "accountability") == "raised"
    assert status("Neither minister mentioned the elections due in Zambia next spring.").get(
        "elections_governance") == "raised"
    # with a stance or a deal on it, it is more than an open issue
    assert status("Malawi and Zambia agreed on Monday to settle the issue of mining rights in the hills.").get(
        "natural_resources") != "raised"
    assert status("Zambia proposed sanctions on the smugglers, an issue that was not discussed last year.").get(
        "sanctions") != "raised"
    # talks told as going on over it make it more than an open issue
    assert status("The border is a sensitive question, and talks over the border are ongoing.").get(
        "territory") != "raised"


def test_an_item_told_put_in_force_or_carried_out_by_its_noun_is_implemented() -> None:
    # put into force, in the item's own clause
    assert status("The customs union of Malawi and Zambia was put into force on 1 May.").get(
        "economic_cooperation") == "implemented"
    assert status("The prisoner exchange agreed by Malawi and Zambia has now been fully implemented.").get(
        "prisoner_exchange") == "implemented"
    # a step named by its noun, told done before or after the item
    assert status("Malawi and Zambia completed the withdrawal of the last heavy weapons on Monday.").get(
        "arms_control") == "implemented"
    assert status("The envoys hailed the swap of captives carried out at the crossing last week.").get(
        "prisoner_exchange") == "implemented"
    assert status("The ministers welcomed the reopening of the humanitarian corridor to Lilongwe.").get(
        "humanitarian_access") == "implemented"
    assert status("The humanitarian corridor reopened to convoys the same day.").get("humanitarian_access") == "implemented"
    # a step still to come is not done
    assert status("The ministers welcomed the planned exchange of detainees.").get("prisoner_exchange") != "implemented"
    assert status("Zambia called for the completion of the withdrawal of heavy weapons.").get("arms_control") != (
        "implemented")
    assert status("The customs union will be put into force once parliament approves it.").get(
        "economic_cooperation") != "implemented"


def test_an_item_held_in_a_text_told_signed_earlier_in_its_clause_is_signed() -> None:
    assert status("Malawi and Zambia signed a memorandum on Friday creating a joint fund for reconstruction of the "
                  "bridges.").get("reconstruction") == "signed"
    assert status("The envoys hailed the signing in Maputo of the accord on sharing the water resources of the river."
                  ).get("natural_resources") == "signed"
    # a signing still to come, or one whose clause has turned to something else, signs nothing
    assert status("Malawi and Zambia are expected to sign a memorandum on reconstruction of the bridges.").get(
        "reconstruction") != "signed"
    assert status("Malawi and Zambia have yet to sign a treaty on the water resources of the lake.").get(
        "natural_resources") != "signed"
    assert status("Malawi signed a trade treaty with Kenya, but the water resources of the lake remain disputed.").get(
        "natural_resources") != "signed"


def test_a_headline_telling_a_signing_in_the_present_signs_what_the_text_is_on() -> None:
    assert status("Malawi, Zambia sign water resources pact in Lusaka\n\nThe two ministers met on Friday.").get(
        "natural_resources") == "signed"
    assert status("Malawi and Zambia sign deal on water resources\n\nThe two ministers met on Friday.").get(
        "natural_resources") == "signed"
    # a signing to come, or an item past a turn in the headline, is not signed
    assert status("Malawi and Zambia to sign deal on water resources\n\nThe two ministers met on Friday.").get(
        "natural_resources") != "signed"
    assert status("Malawi and Zambia sign trade pact but water resources row festers\n\nThe ministers met.").get(
        "natural_resources") != "signed"


def test_an_item_told_elusive_or_left_without_a_deal_by_talks_that_ended_is_under_negotiation() -> None:
    assert status("Malawi and Zambia agreed a truce on Monday. A deal on water resources remains elusive.").get(
        "natural_resources") == "under_negotiation"
    assert status("Malawi, Zambia extend truce; water resources pact still unfinished").get(
        "natural_resources") == "under_negotiation"
    assert status("Malawi and Zambia agreed a truce. The talks ended on Friday without agreement on who controls the "
                  "water resources of the lake.").get("natural_resources") == "under_negotiation"
    # past a comma, the unsettled item is another one
    assert status("Malawi and Zambia complete prisoner exchange, water deal still elusive").get(
        "prisoner_exchange") != "under_negotiation"


def test_a_deal_told_in_tatters_on_paper_only_or_declared_over_is_violated() -> None:
    assert status("The ceasefire between Malawi and Zambia has been in tatters since the spring.").get(
        "ceasefire") == "violated"
    assert status("The truce exists only on paper, a Malawian minister said.").get("ceasefire") == "violated"
    assert status("Zambia's army declared the local ceasefire over after an ambush on Monday.").get(
        "ceasefire") == "violated"
    # declared, not over
    assert status("Zambia declared a unilateral ceasefire on Monday.").get("ceasefire") != "violated"


def test_an_item_told_working_or_completed_in_the_past_perfect_is_implemented() -> None:
    assert status("The ceasefire between Malawi and Zambia is working, a Malawian general said.").get(
        "ceasefire") == "implemented"
    assert status("Officials said the disarmament of the militia had been completed by Friday.").get(
        "arms_control") == "implemented"
    # working on it is no deal at work
    assert status("The ceasefire committee is working on new maps.").get("ceasefire") != "implemented"


def test_an_item_talks_are_told_stalled_over_is_under_negotiation() -> None:
    assert status("Malawi wants a buffer zone, but the talks stalled over Zambia's demand for written, binding "
                  "security guarantees.").get("security_guarantees") == "under_negotiation"
    assert status("Zambia has proposed a joint fund. Talks on the reconstruction fund have stalled since May.").get(
        "reconstruction") == "under_negotiation"


def test_a_proposal_named_again_by_a_noun_and_turned_down_is_rejected_whoever_refused() -> None:
    assert status("Malawi demanded that Zambia reopen the humanitarian corridor. The minister turned the demand down "
                  "flatly.").get("humanitarian_access") == "rejected"
    assert status("Malawi demanded that Zambia reopen the humanitarian corridor. A spokesman rejected the demand on "
                  "Friday.").get("humanitarian_access") == "rejected"
    # not refused
    assert status("Malawi demanded that Zambia reopen the humanitarian corridor. A spokesman did not reject the "
                  "demand.").get("humanitarian_access") != "rejected"


def test_an_item_ruled_out_by_there_will_be_no_is_rejected_unless_only_held_off() -> None:
    assert status("Officials insist there will be no amnesty for those who ordered the massacres.").get(
        "accountability") == "rejected"
    assert status("Officials insist there will be no amnesty until every fighter disarms.").get(
        "accountability") != "rejected"


def test_an_item_named_as_a_term_of_a_deal_told_breached_is_violated() -> None:
    assert status("Malawi said the raid breached the understanding, brokered by Kenya in May, under which both armies "
                  "had pledged to spare power plants.").get("energy_strike_moratorium") == "violated"
    # a deal only described, not breached
    assert status("Malawi praised the understanding, brokered by Kenya in May, under which both armies pledged to "
                  "spare power plants.").get("energy_strike_moratorium") != "violated"


def test_an_act_done_as_a_deal_lays_down_puts_the_item_in_force() -> None:
    assert status("Zambia has withdrawn its heavy weapons from the border, in line with the agreement.").get(
        "arms_control") == "implemented"
    # an act still to come is no deal at work
    assert status("Zambia will withdraw its heavy weapons from the border, in line with the agreement.").get(
        "arms_control") != "implemented"


def test_a_truce_ignored_is_violated_and_one_operating_is_in_force() -> None:
    assert status("Malawi said Zambia had ignored the ceasefire.").get("ceasefire") == "violated"
    assert status("Malawi ignored calls for a ceasefire.").get("ceasefire") != "violated"
    assert status("Malawi and Zambia agreed to open a humanitarian corridor, which has been operating since Monday.").get(
        "humanitarian_access") == "implemented"


def test_a_rejection_only_held_off_until_something_else_leaves_the_item_proposed() -> None:
    text = ("Kenya proposed a truce between Malawi and Zambia. "
            "Zambia rejected any truce while Malawian troops remained on its soil.")
    assert status(text).get("ceasefire") == "proposed"
    # an outright rejection, or one set against a contrast, rejects it
    text = "Kenya proposed a truce between Malawi and Zambia. Zambia rejected the truce on Tuesday."
    assert status(text).get("ceasefire") == "rejected"
    text = ("Kenya proposed a truce between Malawi and Zambia. "
            "Zambia rejected the truce, while Malawi said it would study it.")
    assert status(text).get("ceasefire") == "rejected"


def test_a_document_told_signed_in_a_clause_on_it_signs_its_content() -> None:
    assert status("The border treaty, which Malawi and Zambia signed on Tuesday, fixes the line along the river.").get(
        "territory") == "signed"
    assert status("Malawi and Zambia are both signatories to the ceasefire agreement.").get("ceasefire") == "signed"
    # a signing to come signs nothing
    assert status("The border treaty, which Malawi and Zambia will sign next week, fixes the line along the river.").get(
        "territory") != "signed"


def test_what_else_collapses_is_no_deal_broken() -> None:
    found = status("Trade between Malawi and Zambia collapsed on Tuesday after the border closed.")
    assert found.get("economic_cooperation") != "violated"


def test_a_border_that_opened_settles_no_border() -> None:
    assert status("The border between Malawi and Zambia opened on Tuesday after months of closure.").get(
        "territory") != "implemented"


def test_a_refusal_told_in_the_headline_is_the_news_however_many_back_the_item() -> None:
    stances = {"reject": {"Zambia"}, "propose": {"Kenya", "Ghana"}}
    up_front = cues(rejections=1, nearest="reject",
                    said=[said(0, "Zambia turns down ceasefire plan of its neighbours", frozenset(), "propose")])
    assert status_of("ceasefire", stances, up_front) == "rejected"
    # the same refusal far down the text leaves what two others back on the table
    buried = cues(rejections=1, nearest="reject",
                  said=[said(2400, "Zambia turned down the ceasefire plan", frozenset(), "reject")])
    assert status_of("ceasefire", stances, buried) == "proposed"


def test_a_further_round_fixed_with_no_round_held_is_the_process_agreed() -> None:
    assert status("The joint commission is set to meet again in Harare in May, both ministers said."
                  ).get("negotiation_process") == "agreed"
    assert status("Norway offered to host a further round in Oslo.").get("negotiation_process") != "agreed"


def test_an_item_told_in_force_or_carried_out_is_implemented() -> None:
    assert status("The truce between Malawi and Zambia is broadly holding, monitors said.").get(
        "ceasefire") == "implemented"
    assert status("The prisoner release was completed on Friday, officials in Lilongwe said.").get(
        "prisoner_exchange") == "implemented"
    # a time to come is no fact of the day
    assert status("Aid will flow once the truce is in force, Malawi said.").get("ceasefire") != "implemented"


def test_talks_on_the_item_told_as_going_on_keep_it_under_negotiation() -> None:
    found = status("Negotiations between the two delegations on the future of the detained soldiers are continuing "
                   "in Nairobi.")
    assert found.get("prisoner_exchange") == "under_negotiation"
    found = status("Talks between the Red Cross, the army and the rebels over how the humanitarian corridor would be "
                   "run are ongoing.")
    assert found.get("humanitarian_access") == "under_negotiation"
    assert status("Negotiations on a settlement will follow once a ceasefire is under way.").get(
        "ceasefire") != "under_negotiation"


def test_an_item_said_to_be_unsettled_is_under_negotiation_whatever_agreement_word_is_near() -> None:
    assert status("The ceasefire line is yet to be agreed.").get("ceasefire") == "under_negotiation"
    assert status("The question of the detained soldiers remains unresolved, officials said.").get(
        "prisoner_exchange") == "under_negotiation"


def test_an_item_told_as_broken_down_is_violated() -> None:
    found = status("Malawi and Zambia agreed a truce in May. The truce has frayed in recent weeks, with shelling near "
                   "the border.")
    assert found.get("ceasefire") == "violated"
    assert status("The ceasefire agreed by Malawi and Zambia is being breached almost daily, monitors said.").get(
        "ceasefire") == "violated"
    # talks that broke down are the talks' own story, not the item's
    assert status("Kenya wants to revive talks on a ceasefire, which collapsed in 2019.").get("ceasefire") != "violated"


def test_a_hold_told_in_the_past_perfect_gives_way_to_a_breach() -> None:
    told = [said(0, "The truce collapsed on Sunday.", frozenset({"violated"}), None),
            said(90, "The truce had largely held for eight months.", frozenset({"kept"}), None)]
    stances = {"agree": {"Malawi", "Zambia"}}
    assert status_of("ceasefire", stances, cues(violations=1, kept=True, said=told)) == "violated"
    still = [said(0, "The truce has held despite one breach.", frozenset({"kept", "violated"}), None)]
    assert status_of("ceasefire", stances, cues(violations=1, kept=True, said=still)) == "implemented"


def test_an_item_in_a_text_initialled_is_agreed() -> None:
    found = status("Malawi and Zambia initialled a protocol on the release of detained fishermen at talks in Lusaka, "
                   "officials said.")
    assert found.get("prisoner_exchange") == "agreed"
    found = status("The border protocol, initialled by the two ministers in May, still needs cabinet approval.")
    assert found.get("territory") == "agreed"


def test_an_item_told_still_on_the_table_is_proposed() -> None:
    # an offer told open in its own clause stays proposed, whoever talks over it or has turned it down
    text = ("Norland and Sudria resumed talks in Lusaka on a truce. "
            "The mediators' truce offer has been on the table since May without an answer from Sudria.")
    assert status(text).get("ceasefire") == "proposed"
    assert status_of("ceasefire", {"reject": {"Sudria"}, "propose": {"Norland"}},
                     cues(said=[said(0, "The truce offer remains on the table, officials said.", frozenset(), None)])
                     ) == "proposed"
    # not open: "is not on the table", "cannot remain on the table"
    for text in ("A truce is not on the table, officials said.", "A truce cannot remain on the table, he said."):
        told = status_of("ceasefire", {"reject": {"Sudria"}}, cues(said=[said(0, text, frozenset(), "reject")]))
        assert told == "rejected"


def test_an_item_named_after_the_dispute_it_is_is_under_negotiation() -> None:
    from peacetrack.extract.positions.status import unsettled
    for text in ("A key point of dispute remains the northern border, the envoy said.",
                 "The main sticking point was the disputed border, diplomats said."):
        at = text.index("border")
        assert unsettled(text, at, at + len("border"))
    text = "The border is not a sticking point, he said."
    assert not unsettled(text, text.index("border"), text.index("border") + len("border"))


def test_a_deal_a_side_tries_to_reopen_is_under_negotiation() -> None:
    # "trying to back out of" an accord is a move in a bargain still going on, not a refusal told done
    text = "Sudria is trying to renegotiate the minerals deal, a minister said."
    assert status_of("natural_resources", {"reject": {"Sudria"}},
                     cues(said=[said(0, text, frozenset(), "reject", "natural_resources")])) == "under_negotiation"
    text = "Norland accused Sudria of trying to back out of the trade deal."
    assert status_of("economic_cooperation", {"reject": {"Sudria"}},
                     cues(said=[said(0, text, frozenset(), "reject", "economic_cooperation")])) == "under_negotiation"


def test_an_item_sides_only_agreed_to_make_a_deal_on_is_under_negotiation() -> None:
    text = "The two presidents agreed to hammer out by spring an accord on water sharing."
    assert status_of("natural_resources", {"agree": {"Norland", "Sudria"}},
                     cues(said=[said(0, text, frozenset(), "agree", "natural_resources")])) == "under_negotiation"
    text = "The two presidents agreed on water sharing."
    assert status_of("natural_resources", {"agree": {"Norland", "Sudria"}},
                     cues(said=[said(0, text, frozenset(), "agree", "natural_resources")])) == "agreed"


def test_a_meeting_fixed_by_its_place_or_time_is_the_process_agreed() -> None:
    text = "The technical teams will meet in Nairobi next week to discuss the corridor."
    assert status_of("negotiation_process", {"propose": {"Norland"}},
                     cues(said=[said(0, text, frozenset(), None, "negotiation_process")])) == "agreed"
    # whom they meet, not where or when: no meeting fixed
    text = "The technical teams will meet the mediators to discuss the corridor."
    assert status_of("negotiation_process", {"propose": {"Norland"}},
                     cues(said=[said(0, text, frozenset(), None, "negotiation_process")])) == "proposed"


def test_a_measure_only_threatened_in_the_lead_is_proposed() -> None:
    lead = "Norland threatens sanctions on Sudrian gas over the border raids"
    later = "Last week Norland imposed sanctions on timber from a third state."
    done = said(400, later, frozenset({"enacted", "implemented"}), "propose", "sanctions")
    threat = said(0, lead, frozenset(), "propose", "sanctions")
    assert status_of("sanctions", {"propose": {"Norland"}},
                     cues(said=[threat, done], enacted=True, implemented=True)) == "proposed"
    # told enacted in the lead itself: the measure is the news
    lead = "Norland imposes sanctions on Sudrian gas"
    done_up_front = said(0, lead, frozenset({"enacted", "implemented"}), "propose", "sanctions")
    assert status_of("sanctions", {"propose": {"Norland"}},
                     cues(said=[done_up_front], enacted=True, implemented=True)) == "implemented"


def test_an_item_named_last_in_a_long_list_of_what_talks_take_up_is_under_negotiation() -> None:
    from peacetrack.extract.positions.status import unsettled
    text = ("Talks on Friday in the Kenyan capital were expected to address several of those quarrels, as well as a "
            "possible pause in attacks on the lake ports.")
    at = text.index("ports")
    assert unsettled(text, at, at + len("ports"))


def test_an_item_agreed_only_as_the_goal_of_an_effort_stays_proposed() -> None:
    texts = ("The leaders agreed the two countries will keep working together to bring about an end to the war.",
             "They agreed all sides would keep up efforts to achieve a lasting truce.")
    mentions = [said(i, t, frozenset(), "agree") for i, t in enumerate(texts)]
    assert status_of("ceasefire", {"agree": {"Norland", "Sudria"}}, cues(said=mentions)) == "proposed"
    # the item itself agreed
    agreed = said(0, "The two leaders agreed on a partial truce.", frozenset(), "agree")
    assert status_of("ceasefire", {"agree": {"Norland", "Sudria"}}, cues(said=mentions + [agreed])) == "agreed"


def test_a_measure_told_to_remain_in_place_or_assets_kept_frozen_is_in_force() -> None:
    text = "The sanctions on Sudrian steel remain in place, the ministry said."
    assert status_of("sanctions", {"propose": {"Norland"}},
                     cues(said=[said(0, text, frozenset(), None, "sanctions")])) == "implemented"
    text = "The central bank's frozen assets will remain immobilised until Sudria pays for the damage."
    assert status_of("sanctions", {"agree": {"Norland", "Estland"}},
                     cues(said=[said(0, text, frozenset(), None, "sanctions")])) == "implemented"


def test_talks_told_entered_are_talks_held() -> None:
    from peacetrack.extract.positions.status import TALKS_WENT_ON
    assert TALKS_WENT_ON.search("Sudria entered the negotiations with a clear advantage on the ground.")
    assert not TALKS_WENT_ON.search("Sudria said it would never enter talks with Norland.")
    text = "Sudria entered the negotiations with a clear advantage on the ground."
    c = _StatusCues()
    c.note(text, None, set(), None, next(m for m in find_provisions(text) if m.provision == "negotiation_process"))
    assert status_of("negotiation_process", {"propose": {"Norland"}}, c) == "implemented"


def test_a_refusal_told_only_as_an_accusation_is_not_read_on_the_item() -> None:
    text = "Norland's president accused Sudria's leader of refusing to make peace with Estland."
    alleged = said(0, text, frozenset({"refused"}), "reject", "negotiation_process")
    assert status_of("negotiation_process", {}, cues(said=[alleged], refused=True, nearest="reject")) == "proposed"
    # told as done by the text itself
    text = "Sudria's leader refused to make peace with Estland."
    told = said(0, text, frozenset({"refused"}), "reject", "negotiation_process")
    assert status_of("negotiation_process", {}, cues(said=[told], refused=True, nearest="reject")) == "rejected"


def test_a_process_told_ongoing_with_no_round_told_held_is_under_negotiation() -> None:
    text = "Norland backs every effort to free the captives, including through ongoing negotiations."
    ongoing = said(0, text, frozenset(), None, "negotiation_process")
    assert status_of("negotiation_process", {"support": {"Norland"}}, cues(said=[ongoing])) == "under_negotiation"


def test_a_step_told_as_being_carried_out_now_is_implemented() -> None:
    text = "Through the reopened pass, food aid is now being delivered to the besieged valley towns."
    going_on = said(0, text, frozenset(), "propose", "humanitarian_access")
    assert status_of("humanitarian_access", {"propose": {"Norland"}}, cues(said=[going_on])) == "implemented"
    # only hoped for: not carried out
    text = "Norland asked that food aid be delivered to the besieged valley towns."
    asked = said(0, text, frozenset(), "propose", "humanitarian_access")
    assert status_of("humanitarian_access", {"propose": {"Norland"}}, cues(said=[asked])) == "proposed"


def test_an_item_named_deep_in_a_deal_an_effort_still_seeks_is_under_negotiation() -> None:
    from peacetrack.extract.positions.status import unsettled
    text = "The envoys reviewed the ongoing efforts to finalize a truce deal along with the handover of the captives."
    m = next(m for m in find_provisions(text) if m.provision == "prisoner_exchange")
    assert unsettled(text, m.start, m.end)
    # a deal told closed: no effort still going on
    text = "The envoys finalized a truce deal along with the handover of the captives."
    m = next(m for m in find_provisions(text) if m.provision == "prisoner_exchange")
    assert not unsettled(text, m.start, m.end)


def test_a_mission_told_manned_now_is_in_force() -> None:
    text = "Some 900 Norland soldiers are now serving in the African Union mission along the Sudrian coast."
    manned = said(0, text, frozenset(), None, "security_guarantees")
    assert status_of("security_guarantees", {}, cues(said=[manned])) == "implemented"
    # a deployment only asked for is not one in force
    text = "Norland asked that its soldiers be deployed under the African Union mission along the Sudrian coast."
    asked = said(0, text, frozenset(), "propose", "security_guarantees")
    assert status_of("security_guarantees", {"propose": {"Norland"}}, cues(said=[asked])) == "proposed"


def test_a_deal_told_put_into_force_in_a_participle_clause_is_in_force() -> None:
    text = "The accord on prisoner visits, put into force in 2023, lets families cross twice a year."
    in_force = said(0, text, frozenset({"agreement"}), None, "prisoner_exchange")
    assert status_of("prisoner_exchange", {"agree": {"Norland", "Sudria"}},
                     cues(said=[in_force], agreement=True)) == "implemented"
    text = "The accord on prisoner visits, signed in 2023, lets families cross twice a year."
    signed_only = said(0, text, frozenset({"agreement"}), None, "prisoner_exchange")
    assert status_of("prisoner_exchange", {"agree": {"Norland", "Sudria"}},
                     cues(said=[signed_only], agreement=True)) == "agreed"


def test_an_item_told_in_force_outranks_its_signing() -> None:
    text = "The relief corridors opened last spring under the signed accord continue to operate every day."
    running = said(0, text, frozenset({"signed"}), "agree", "humanitarian_access")
    assert status_of("humanitarian_access", {"agree": {"Norland", "Sudria"}},
                     cues(said=[running], signed=True)) == "implemented"
    # signed, and nothing told of it since
    text = "The two ministers signed an accord opening relief corridors along the river."
    signed_only = said(0, text, frozenset({"signed"}), "agree", "humanitarian_access")
    assert status_of("humanitarian_access", {"agree": {"Norland", "Sudria"}},
                     cues(said=[signed_only], signed=True)) == "signed"


def test_a_further_round_told_held_at_a_set_place_or_time_is_the_process_agreed() -> None:
    def process(text: str) -> str:
        c = _StatusCues()
        for m in find_provisions(text):
            if m.provision == "negotiation_process":
                c.note(text, None, set(), None, m)
        return status_of("negotiation_process", {}, c)

    assert process("The two foreign ministers said they would hold their next meeting in Lusaka in June.") == "agreed"
    assert process("Lake Malawi border talks: next round set for May") == "agreed"
    # only offered
    assert process("Norway offered to host the next meeting of the two foreign ministers.") != "agreed"


def test_a_deal_a_side_holds_in_abeyance_is_refused_not_carried_out() -> None:
    text = "Norland placed the 1990 Lake Tana Waters Treaty in abeyance after the raid."
    held = said(0, text, frozenset({"implemented", "enacted"}), None, "natural_resources")
    assert status_of("natural_resources", {}, cues(said=[held], implemented=True, enacted=True)) == "rejected"
    text = "Sudria wants the Lake Tana Waters Treaty, which Norland put in abeyance last year, restored."
    wanted = said(0, text, frozenset(), "propose", "natural_resources")
    assert status_of("natural_resources", {"propose": {"Sudria"}}, cues(said=[wanted])) == "rejected"
    # placed in force, not in abeyance
    text = "Norland placed the Lake Tana Waters Treaty before parliament, which ratified it."
    ratified = said(0, text, frozenset({"implemented", "enacted"}), None, "natural_resources")
    assert status_of("natural_resources", {}, cues(said=[ratified], implemented=True, enacted=True)) == "implemented"


def test_a_process_known_by_its_name_goes_on_unless_a_round_or_deal_is_told() -> None:
    text = "Norland remains firmly behind the Velmora process and the envoy's efforts to end the fighting."
    assert status(text)["negotiation_process"] == "under_negotiation"
    text = "Eritrea flatly rejected the Velmora process on Monday."
    assert status(text)["negotiation_process"] != "under_negotiation"


def test_talks_told_going_on_or_stalled_after_their_mention_are_the_process_under_negotiation() -> None:
    def process(text: str, stances: dict[str, set[str]] | None = None) -> str:
        c = _StatusCues()
        for m in find_provisions(text):
            if m.provision == "negotiation_process":
                c.note(text, None, set(), None, m)
        return status_of("negotiation_process", stances or {}, c)

    assert process("Talks between the Velmoran council and the rebels, chaired by two retired judges, are "
                   "ongoing.") == "under_negotiation"
    assert process("The dialogue has been largely stalled since the spring floods.") == "under_negotiation"
    # talks the text only wishes for are not talks going on
    assert process("Talks between the Velmoran council and the rebels would help.") == "proposed"
    # a further round a party offers is the news, whatever has stalled
    assert process("Norland offered to stage a fresh round in Ostia, where negotiations have stalled.",
                   {"propose": {"Norland"}}) == "proposed"


def test_an_item_named_in_a_plan_told_as_being_carried_out_is_agreed() -> None:
    text = ("The council's first sitting marks a step forward in implementing stage one of the Velmora roadmap, a "
            "charter for calm, schooling and reconstruction across the valley.")
    at_work = said(0, text, frozenset(), "support", "reconstruction")
    assert status_of("reconstruction", {"support": {"Norland"}}, cues(said=[at_work])) == "agreed"
    # a plan only called for is not one at work
    text = ("Norland called on both sides to adopt the Velmora roadmap, a charter for calm, schooling and "
            "reconstruction across the valley.")
    asked = said(0, text, frozenset(), "support", "reconstruction")
    assert status_of("reconstruction", {"support": {"Norland"}}, cues(said=[asked])) == "proposed"


def test_a_deal_pending_a_named_sides_approval_is_only_proposed() -> None:
    def of(text: str) -> str:
        agreed = said(0, text, frozenset(), "agree")
        return status_of("ceasefire", {"agree": {"Norland", "Ostia"}}, cues(said=[agreed]))

    assert of("Norland and Ostia agreed a truce on Friday, which is pending Velmora's approval.") == "proposed"
    # domestic ratification of a deal made is no missing party's word
    assert of("Norland and Ostia agreed a truce on Friday, pending ratification by both parliaments.") == "agreed"


def test_a_hold_told_with_an_aside_is_in_force() -> None:
    text = "Three weeks after the handshake, the truce between the council and the militia is, for now, holding."
    held = said(0, text, frozenset(), "agree")
    assert status_of("ceasefire", {"agree": {"Norland", "Ostia"}}, cues(said=[held])) == "implemented"


def test_a_step_told_completed_after_an_aside_of_time_and_place_is_carried_out() -> None:
    text = "The two armies completed on Tuesday, at the northern checkpoint, the exchange of 30 captured fighters."
    done = said(0, text, frozenset(), "agree", "prisoner_exchange")
    assert status_of("prisoner_exchange", {"agree": {"Norland", "Ostia"}}, cues(said=[done])) == "implemented"


def test_an_item_in_the_settlement_the_sides_keep_working_toward_is_unsettled() -> None:
    def open_(text: str) -> bool:
        m = next(m for m in find_provisions(text) if m.provision == "reconstruction")
        return unsettled(text, m.start, m.end)

    assert open_("The two governments said they would continue working together to reach a settlement that restores "
                 "river trade, schooling and reconstruction.")
    # a settlement worked for once, and reached, is no effort going on
    assert not open_("The two governments had worked together in 2019 to reach a settlement that restored river "
                     "trade, schooling and reconstruction.")


def test_a_force_whose_mandate_was_extended_or_head_appointed_is_in_force() -> None:
    def of(text: str) -> str:
        named = said(0, text, frozenset(), None, "security_guarantees")
        return status_of("security_guarantees", {}, cues(said=[named]))

    assert of("The assembly on Monday extended by a year the mandate of the lake district's peacekeeping "
              "force.") == "implemented"
    assert of("A retired admiral has been appointed commander of the Velmora Stabilisation Force, the ministry "
              "said.") == "implemented"
    # a renewal only asked for is no force standing
    assert of("Norland urged the assembly to renew the mandate of the lake district's peacekeeping force.") != \
        "implemented"


def test_a_step_a_side_told_let_happen_is_carried_out() -> None:
    def of(text: str) -> str:
        named = said(0, text, frozenset(), None, "humanitarian_access")
        return status_of("humanitarian_access", {}, cues(said=[named]))

    assert of("After the floods, Norland allowed relief convoys to reach the valley through the northern "
              "pass.") == "implemented"
    # what a thing once allowed, or a side has not allowed, is not done now
    assert of("The old bridge, which allowed relief convoys into the valley, was shelled in May.") != "implemented"
    assert of("Norland has not allowed relief convoys into the valley since May.") != "implemented"


def test_a_refusal_in_the_lead_counts_whoever_holds_it() -> None:
    def of(start: int) -> str:
        text = "Velmora council and river militias extend calm; prisoner amnesty demand rebuffed"
        lead = said(start, text, frozenset(), "reject", "accountability")
        return status_of("accountability", {"support": {"Norland"}}, cues(said=[lead], rejections=1))

    assert of(0) == "rejected"
    # told deep in the text, with no holder found, the refusal does not outweigh a backer
    assert of(900) == "proposed"
    # nor does a stance word the sentence denies
    text = "Velmora council says it will not rebuff the prisoner amnesty demand"
    denied = said(0, text, frozenset(), "reject", "accountability")
    assert status_of("accountability", {"support": {"Norland"}}, cues(said=[denied], rejections=1)) == "proposed"


def test_a_deal_told_to_do_something_to_the_item_and_broken_down_is_violated() -> None:
    def of(text: str) -> str:
        named = said(0, text, frozenset(), None, "humanitarian_access")
        return status_of("humanitarian_access", {}, cues(said=[named]))

    assert of("A deal to reopen the ferry crossing, struck in March, fell apart within days after both sides "
              "traded fire.") == "violated"
    assert of("A deal to reopen the ferry crossing, struck in March, has held since the spring.") != "violated"


def test_captives_told_freed_by_their_number_are_released() -> None:
    def of(text: str) -> str:
        named = said(0, text, frozenset(), None, "prisoner_exchange")
        return status_of("prisoner_exchange", {}, cues(said=[named]))

    assert of("The army said on Friday it had freed 140 people detained in the raids on the river towns.") == \
        "implemented"
    # a release only promised is not carried out
    assert of("The army pledged to free 140 people detained in the raids on the river towns.") != "implemented"


def test_a_term_of_a_deal_told_signed_is_signed() -> None:
    signed = ("Malawi and Zambia signed a frontier treaty in Lilongwe on Tuesday. "
              "Under the treaty, both countries will pull heavy weapons back from the border districts.")
    assert whole_status(signed).get("arms_control") == "signed"
    # a deal told only agreed, or told not yet signed, is no signature on its terms
    agreed = signed.replace("signed a frontier treaty", "agreed a frontier treaty")
    assert whole_status(agreed).get("arms_control") == "agreed"
    unsigned = ("Malawi and Zambia agreed a frontier treaty in Lilongwe in May, but the text has still not been "
                "signed. Under the treaty, both countries will pull heavy weapons back from the border districts.")
    assert whole_status(unsigned).get("arms_control") == "agreed"


def test_a_round_of_talks_only_invited_to_is_no_round_held() -> None:
    invited = ("The UN envoy has invited Norland and Sudria to a round of talks in Oslo early next month, "
               "a spokeswoman for the envoy said.")
    assert status(invited).get("negotiation_process") != "implemented"
    held = "Norland and Sudria held a round of talks in Oslo on Monday."
    assert status(held).get("negotiation_process") == "implemented"


def test_captives_told_swapped_by_their_number_in_the_mention_itself_are_released() -> None:
    kept = ("In a deal mediated by Norway, Malawi and Zambia exchanged 42 detainees on Sunday at the "
            "river crossing.")
    assert status(kept).get("prisoner_exchange") == "implemented"
    # a swap only planned is not carried out
    planned = "Malawi and Zambia agreed on Sunday that they would exchange 42 detainees at the river crossing."
    assert status(planned).get("prisoner_exchange") != "implemented"


def test_an_item_only_talked_of_with_no_party_taking_it_up_is_raised() -> None:
    assert status_of("sanctions", {}, cues(nearest="discuss")) == "raised"
    # a meeting held, or set, to discuss it puts it on the table
    assert status_of("sanctions", {}, cues(nearest="discuss", talks_held=True)) == "proposed"
    text = "Envoys of Norland and Sudria will meet in Vik next week to discuss lifting sanctions."
    assert status_of("sanctions", {}, cues(nearest="discuss", said=[said(0, text, frozenset(), "discuss",
                                                                          "sanctions")])) == "proposed"
    assert status_of("negotiation_process", {}, cues(nearest="discuss")) == "proposed"


def test_an_item_whose_talks_are_only_offered_stays_proposed() -> None:
    offered = "Norland has proposed that the two governments restart discussions on sharing the lake's mineral deposits."
    assert status(offered).get("natural_resources") == "proposed"
    # talks the sides agreed to resume, or told going on, are talks on it
    agreed = "Norland and Sudria agreed on Friday to resume talks on sharing the lake's mineral deposits."
    assert status(agreed).get("natural_resources") == "under_negotiation"


def test_an_item_a_text_names_is_more_than_talked_of() -> None:
    # the discussion word nearest it belongs to a text: what the text covers is on the table
    text = "The Lusaka communique mentioned the lifting of sanctions on Norland."
    mention = said(0, text, frozenset(), "discuss", "sanctions")
    assert status_of("sanctions", {}, cues(nearest="discuss", said=[mention])) == "proposed"


def test_an_item_naming_talks_that_are_there_is_under_negotiation_whoever_refused_it() -> None:
    lead = ("Envoys from across the region gathered in Lilongwe on Friday for a two-day summit on the crisis along the "
            "lake, where fishing boats have been seized on both sides in recent weeks. Several lakeshore villages have "
            "emptied as families fled inland, aid workers said. Malawi has urged a truce along the lake. "
            "Zambia rejected the truce on Monday.")
    assert status(lead + " Officials in Lilongwe accused Zambia of stalling the truce talks to win time."
                  ).get("ceasefire") == "under_negotiation"
    # with no talks named, the refusal stands against its one backer
    assert status(lead).get("ceasefire") == "rejected"


def test_a_signing_told_of_a_text_the_talks_produced_leaves_the_process_agreed() -> None:
    text = ("Malawi and Zambia signed a water-sharing accord in Lusaka on Monday under Norwegian mediation, ending a "
            "decade of quarrels over the lake.")
    assert status(text).get("negotiation_process") == "agreed"
    # the text itself signed (no signing told in a sentence): its pledge of talks is signed
    assert status_of("negotiation_process", {"agree": {"Malawi", "Zambia"}}, cues(signed=True)) == "signed"


def test_an_item_refused_whose_talks_are_told_going_on_now_is_under_negotiation() -> None:
    lead = ("Envoys from across the region gathered in Lilongwe on Friday for a two-day summit on the crisis along the "
            "lake, where fishing boats have been seized on both sides in recent weeks. Several lakeshore villages have "
            "emptied as families fled inland, aid workers said. Malawi has demanded a share of the catch. "
            "Zambia rejected the demand for fishing rights on Monday.")
    assert status(lead + " A joint panel is still discussing fishing rights and will report in June."
                  ).get("natural_resources") == "under_negotiation"
    # talks held once are no talks going on
    assert status(lead + " A joint panel discussed fishing rights in May.").get("natural_resources") == "rejected"
    # talks going on outrank a refusal even in the lead
    assert status("Zambia rejected the demand for fishing rights on Monday. A joint panel is still discussing fishing "
                  "rights and will report in June.").get("natural_resources") == "under_negotiation"


def test_an_item_a_side_is_only_ready_to_negotiate_stays_proposed() -> None:
    offered = "In a radio interview, Malawi's foreign minister said Lilongwe stood willing to negotiate a joint venture."
    mention = said(0, offered, frozenset({"negotiating"}), "discuss", "economic_cooperation")
    stances = {"propose": {"Malawi"}}
    assert status_of("economic_cooperation", stances, cues(negotiating=True, said=[mention])) == "proposed"
    # talks told going on are talks on it
    going = "In a radio interview, Malawi's foreign minister said Lilongwe and Zambia were negotiating a joint venture."
    assert status(going).get("economic_cooperation") == "under_negotiation"


def test_an_item_named_only_as_what_someone_fears_is_raised() -> None:
    text = ("The Tarsk council has not endorsed the plan, citing concerns that the militias might use the lull to "
            "rearm.")
    assert status(text).get("arms_control") == "raised", status(text)


def test_talks_ended_without_a_deal_on_the_item_leave_it_under_negotiation() -> None:
    # however many words name the round between its end and the missing deal
    text = ("Malawi and Zambia ended a third round of Norwegian-brokered water talks in Oslo on Friday without a deal "
            "on how the lake's fishing grounds would be shared, officials said. Last year both governments agreed to "
            "share the fishing grounds.")
    assert status(text).get("natural_resources") == "under_negotiation"


def test_an_item_left_in_a_draft_with_no_agreement_on_it_is_under_negotiation() -> None:
    text = ("Envoys from Malawi and Zambia left Oslo on Friday with a draft charter for shared fishing grounds ready, "
            "but with no agreement on when the two cabinets would approve it. Both governments agreed last year to "
            "share the fishing grounds.")
    assert status(text).get("natural_resources") == "under_negotiation"


def test_work_told_going_on_on_an_item_leaves_it_under_negotiation() -> None:
    # whatever was agreed near it
    text = ("Malawi and Zambia agreed on Friday to meet again in Lusaka within a month to continue work on the lake "
            "border.")
    assert status(text).get("territory") == "under_negotiation"
    text = ("Expert teams will continue technical work in the weeks ahead on the practical steps, including the "
            "arrangements for the aid convoys agreed in the accord.")
    assert status(text).get("humanitarian_access") == "under_negotiation"


def test_an_item_a_side_wants_but_told_left_out_of_the_talks_is_raised() -> None:
    text = ("Malawi and Zambia met in Lusaka on Friday to discuss fishing on the lake. Malawi's demand for a referendum "
            "on the islands' status did not come up at the meeting, officials said.")
    assert status(text).get("territory") == "raised"
    assert status("Malawi and Zambia met in Lusaka on Friday. Norland's wish to join NATO is not formally part of the "
                  "negotiations.").get("alliance_membership") == "raised"


def test_talks_told_stalled_past_a_long_aside_on_the_item_leave_it_under_negotiation() -> None:
    text = ("Malawi proposed a joint venture with Zambia in 2022. Talks in a panel of engineers on joining the Lilongwe "
            "and Lusaka rail lines, which both ministries hope would turn the valley into a busy route for trade, have "
            "stalled since March.")
    assert status(text).get("economic_cooperation") == "under_negotiation"


def test_an_item_told_on_the_table_past_a_long_aside_stays_proposed() -> None:
    text = ("The two parties agreed on Monday to a new electoral code, presented by the justice minister. The "
            "opposition's call for an impartial probe into the killing of some 40 fishermen, most of them shot by "
            "coastguards as their families tell it, still remains on the table.")
    assert status(text).get("accountability") == "proposed"


def test_a_step_a_speaker_reports_done_in_the_past_perfect_is_implemented() -> None:
    # the past perfect only shifted back by "said": the news, not what came before it
    text = ("Norland has long pressed for sanctions on the Vellan generals. Its envoy said on Tuesday that Norland had "
            "imposed sanctions on the two generals.")
    assert status(text).get("sanctions") == "implemented"
    text = ("Norland has long pressed for sanctions on the Vellan generals. Its envoy said on Tuesday that Norland had "
            "not imposed sanctions on the two generals.")
    assert status(text).get("sanctions") == "proposed"
