"""The provision vocabulary (vocab/provisions.json) read through `find_provisions`.

Hand-written sentences in the language of peace processes in general (PA-X
coding categories, UN peacemaking terms), not only the Russia-Ukraine talks:
each typical phrasing must name its provision, and a few near-misses must
not name it (or only as a weak cue, which counts only when a stance governs it).
"""
from __future__ import annotations

import re

import pytest

from peacetrack import vocab
from peacetrack.extract.provisions import _alternation, find_provisions


def strong(text: str) -> set[str]:
    return {m.provision for m in find_provisions(text) if not m.weak}


def named(text: str) -> set[str]:
    return {m.provision for m in find_provisions(text)}


POSITIVE = [
    # ceasefire
    ("ceasefire", "The two armies agreed to a cessation of hostilities from midnight."),
    ("ceasefire", "The envoy called for immediate de-escalation along the frontier."),
    ("ceasefire", "Both sides pledged to halt military operations in the valley."),
    ("ceasefire", "The council demanded an end to the conflict within thirty days."),
    ("ceasefire", "An observer mission will verify compliance in the region."),
    ("ceasefire", "Fifty unarmed military observers are to be deployed."),
    ("ceasefire", "The deal provides for a verification mechanism staffed by both parties."),
    ("arms_control", "The commanders discussed the disengagement of forces near the river."),
    # energy_strike_moratorium
    ("energy_strike_moratorium", "They agreed to stop attacks on power plants and the electricity grid."),
    ("energy_strike_moratorium", "The two presidents agreed on a limited truce on energy."),
    # maritime_security
    ("maritime_security", "The accord guarantees freedom of navigation through the strait."),
    ("maritime_security", "The navy lifted its blockade of the ports on Monday."),
    # humanitarian_access
    ("humanitarian_access", "The rebels agreed to let aid convoys through the checkpoints."),
    ("humanitarian_access", "Mediators urged both sides to reopen the border crossings for relief supplies."),
    ("humanitarian_access", "The plan provides for the voluntary return of refugees and internally displaced persons."),
    ("humanitarian_access", "The UN demanded unhindered access for humanitarian agencies."),
    ("humanitarian_access", "The government agreed to grant safe passage to civilians leaving the city."),
    # prisoner_exchange
    ("prisoner_exchange", "The militia will release captured soldiers under the deal."),
    ("prisoner_exchange", "Both governments agreed to free all detainees held since the clashes."),
    ("prisoner_exchange", "The group will hand over the remains of deceased hostages."),
    ("prisoner_exchange", "The sides carried out an all-for-all exchange on Friday."),
    # security_guarantees
    ("security_guarantees", "The council authorised a multinational stabilisation force for the region."),
    ("security_guarantees", "The two states signed a non-aggression pact."),
    ("security_guarantees", "Blue helmets will patrol the area after the withdrawal."),
    # territory
    ("territory", "A joint commission will demarcate the border by the end of the year."),
    ("territory", "Both sides exchanged maps of the disputed areas."),
    ("territory", "Firing was reported across the line of control overnight."),
    ("territory", "The agreement creates a buffer zone ten kilometres wide."),
    ("territory", "The rebels demanded the withdrawal of government troops from the province."),
    ("territory", "The ministry said it would pull back its forces from the contested villages."),
    ("territory", "The delimitation of the state border remains unresolved."),
    # arms_control
    ("arms_control", "Both sides must withdraw heavy weapons at least fifteen kilometres."),
    ("arms_control", "The deal bans multiple rocket launchers within range of the towns."),
    ("arms_control", "All foreign fighters and mercenaries are to leave the country."),
    ("arms_control", "A programme of disarmament, demobilisation and reintegration will follow."),
    ("arms_control", "The armed groups agreed to hand over their weapons to the monitors."),
    ("arms_control", "Former combatants will be integrated into the national army."),
    ("arms_control", "The militias will be disbanded within six months."),
    # language_culture
    ("language_culture", "The statute protects the rights of ethnic minorities and their mother tongue."),
    ("language_culture", "Pilgrims will have free access to holy sites in the old city."),
    ("language_culture", "The parties pledged to protect cultural heritage and places of worship."),
    # natural_resources
    ("natural_resources", "India suspended the water treaty that governs the shared rivers."),
    ("natural_resources", "The two governments are still haggling over oil revenues."),
    ("natural_resources", "The agreement settles revenue-sharing from the oil fields."),
    ("natural_resources", "Investors sought mining concessions in the eastern provinces."),
    # economic_cooperation
    ("economic_cooperation", "The treaty provides for reopening transport links between the two countries."),
    ("economic_cooperation", "Both sides pledged to expand trade and joint ventures."),
    # reconstruction
    ("reconstruction", "Donors pledged billions for post-war recovery and the rebuilding of schools."),
    ("reconstruction", "The first phase covers debris removal and the restoration of basic services."),
    # sanctions
    ("sanctions", "The bloc imposed asset freezes and travel bans on the commanders."),
    ("sanctions", "Washington offered to ease restrictive measures if the truce held."),
    # alliance_membership
    ("alliance_membership", "The country declared its neutrality and renounced NATO membership."),
    ("alliance_membership", "Belgrade agreed not to block its membership in international organisations."),
    # elections_governance
    ("elections_governance", "The accord sets up a power-sharing government until elections next year."),
    ("elections_governance", "The rebels demanded constitutional reform and regional autonomy."),
    ("elections_governance", "A transitional council will hand power to a civilian government."),
    ("elections_governance", "The plan grants the region special status and self-government."),
    ("elections_governance", "A referendum on the new constitution will be held in spring."),
    # negotiation_process
    ("negotiation_process", "The next round is expected in Doha later this month."),
    ("negotiation_process", "A new round of talks opened under African Union mediation."),
    ("negotiation_process", "The two foreign ministers agreed to form a joint committee."),
    ("negotiation_process", "The mediators shuttled between the delegations all night."),
    ("negotiation_process", "The leaders initialled a peace treaty in the capital."),
    ("negotiation_process", "Both sides agreed to normalise relations after decades of hostility."),
    ("negotiation_process", "The EU-facilitated dialogue resumed in Brussels."),
    # nuclear_safety
    ("nuclear_safety", "Analysts warned of the danger of nuclear escalation between the two nuclear-armed neighbours."),
    ("nuclear_safety", "Inspectors of the International Atomic Energy Agency visited the reactor."),
    # accountability
    ("accountability", "A committee on missing persons will share information with families."),
    ("accountability", "The agreement establishes a truth and reconciliation commission."),
    ("accountability", "Rights groups warned that the amnesty would entrench impunity."),
    ("accountability", "The UN called for an investigation into the killings of civilians."),
    ("accountability", "Prosecutors charged the commander with crimes against humanity."),
    ("accountability", "Victims demanded transitional justice and reparations."),
    ("accountability", "The families want an impartial inquiry into the shooting at the dam."),
    ("accountability", "Lanvia offered a neutral international probe of the sinking."),
]


@pytest.mark.parametrize("provision,text", POSITIVE)
def test_typical_phrasing_names_its_provision(provision: str, text: str) -> None:
    assert provision in strong(text), (text, find_provisions(text))


NEAR_MISSES = [
    # a word of the item used about something else, or a cue too broad to count alone
        ("natural_resources", "The company reported higher oil prices in its results."),
    ("negotiation_process", "Voters return for the second round of the presidential election."),
    ("negotiation_process", "Special Envoy Witkoff arrived in Moscow on Thursday."),
    ("ceasefire", "The strikes on energy infrastructure continued overnight."),
    ("territory", "The withdrawal of heavy weapons began on Monday."),
    ("arms_control", "The withdrawal of troops from the valley began on Monday."),
    ("humanitarian_access", "The minister met his aide in the capital."),
    ("elections_governance", "Corporate governance standards were tightened."),
    ("accountability", "The court ruled on a tax case."),
    ("economic_cooperation", "The two leaders traded barbs over the delays."),
    ("humanitarian_access", "The minister was crossing the street when reporters approached."),
    ("elections_governance", "Analysts said the market for autonomous vehicles is growing."),
    ("negotiation_process", "The two teams will meet in the final round."),
    ("negotiation_process", "The central bank signalled a normalisation of interest rates."),
    ("ceasefire", "The campaign aims to end the violence against women."),
    ("ceasefire", "Both brigades completed their disengagement from the ridge last week."),
]


@pytest.mark.parametrize("provision,text", NEAR_MISSES)
def test_near_miss_does_not_name_the_provision(provision: str, text: str) -> None:
    assert provision not in strong(text), (text, find_provisions(text))


WEAK_ONLY = [
    # broad words name the item only under a stance
    ("territory", "The reporter posted maps of the front."),
    ("humanitarian_access", "Farmers warned of famine after the drought."),
    ("elections_governance", "The constitution was drafted in 1996."),
    ("negotiation_process", "The deal was brokered last year."),
    ("accountability", "The two communities spoke of reconciliation."),
]


@pytest.mark.parametrize("provision,text", WEAK_ONLY)
def test_broad_word_is_only_a_weak_cue(provision: str, text: str) -> None:
    assert provision in named(text) and provision not in strong(text), (text, find_provisions(text))


def test_heavy_weapons_withdrawal_is_arms_control_troop_withdrawal_is_territory() -> None:
    assert strong("Both sides must withdraw heavy weapons from the line.") >= {"arms_control"}
    assert "territory" in strong("The army will begin the withdrawal of troops next week.")


@pytest.mark.parametrize("text", [
    "Both capitals agreed to pull their battalions ten kilometres back.",
    "The envoy asked both armies to pull their troops back from the frontier by March.",
    "The mediators floated a border pullback to calm the standoff.",
    "Officials said the border troops would be withdrawn to their barracks.",
])
def test_a_pullback_off_a_line_is_arms_control(text: str) -> None:
    # it limits where forces may stand; no ground changes hands
    found = strong(text)
    assert "arms_control" in found and "territory" not in found, (text, find_provisions(text))


def test_notice_of_troop_movements_is_no_pullback() -> None:
    found = strong("Both ministries will give notice of troop movements near the frontier.")
    assert "arms_control" in found and "territory" not in found


def test_a_pullback_that_gives_up_ground_or_moves_the_line_is_territory() -> None:
    assert "territory" in strong("The rebels want government soldiers withdrawn from the northern province.")
    assert "territory" in strong("The plan foresees a phased pullback of the army to a new line south of the river.")
    assert "territory" in strong("Kaveri wants a complete withdrawal of Dastani forces in Lorvania.")
    # the same pullback off a frontier is a limit on forces, not a claim
    found = strong("Kaveri wants a complete withdrawal of Dastani forces from the frontier.")
    assert "arms_control" in found and "territory" not in found


@pytest.mark.parametrize("text", [
    "The detained fishermen were handed over at the Velmar border crossing on Friday.",
    "The envoy spoke to reporters at the crossing after the ceremony.",
    "Police held four herders on charges of illegal border crossing.",
])
def test_a_crossing_as_the_scene_of_an_event_is_no_humanitarian_access(text: str) -> None:
    assert "humanitarian_access" not in named(text), (text, find_provisions(text))
    assert "humanitarian_access" in strong("The envoy urged both sides to reopen the crossings soon.")


def test_missing_persons_are_transitional_justice_not_prisoners() -> None:
    # the search for the missing is a matter of accountability ("a commission on missing persons"), not a swap
    found = strong("A commission on missing persons will open the archives.")
    assert "accountability" in found and "prisoner_exchange" not in found
    assert "prisoner_exchange" not in named("Families of missing persons marched to the parliament.")
    assert "prisoner_exchange" in strong("Families of the prisoners marched to the parliament.")


def test_a_neutral_inquiry_is_no_neutrality() -> None:
    # "neutral" names a bloc-free status only where it is a state's; an inquiry or an expert may be neutral too
    assert "alliance_membership" not in named("Dastan has proposed a neutral international inquiry into the blast.")
    assert "alliance_membership" not in named("The dispute went to a neutral expert under the water treaty.")
    assert "alliance_membership" in named("Moscow demands that Kaveri stay neutral.")


def test_a_civilian_monitoring_mission_is_a_reassurance_presence() -> None:
    # unarmed monitors posted on one side of a frontier reassure that side; they watch no ceasefire
    found = strong("Tarvia wants the bloc's civilian monitoring mission to leave its neighbour's side of the line.")
    assert "security_guarantees" in found and "ceasefire" not in found


def test_self_rule_for_a_group_majority_area_is_minority_rights() -> None:
    assert "language_culture" in strong("The mediators tabled a charter for the Vosk-majority districts of the valley.")
    assert "language_culture" in strong("Tensions rose again in the Vosk-majority north.")


def test_a_referendum_on_an_areas_status_is_territory_not_elections() -> None:
    found = strong("The rebels want a referendum on the status of the Orvel valley.")
    assert "territory" in found and "elections_governance" not in found
    found = strong("The enclave's final status, on which a referendum was promised, stays open.")
    assert "elections_governance" not in found
    assert "elections_governance" in strong("The president wants voters to approve the new constitution by referendum.")


def test_transitional_justice_is_accountability_not_governance() -> None:
    found = strong("The accord provides for transitional justice.")
    assert "accountability" in found and "elections_governance" not in found


def test_every_cue_compiles_and_every_provision_has_cues() -> None:
    ids = set()
    for p in vocab.provisions():
        ids.add(p.id)
        assert p.cues, p.id
        for cue in p.cues:
            re.compile(cue.lstrip("~"))
    assert len(ids) == 18


def test_humanitarian_truce_is_both_a_ceasefire_and_humanitarian_access() -> None:
    assert strong("The parties committed to a two-week humanitarian truce.") >= {"ceasefire", "humanitarian_access"}


@pytest.mark.parametrize("text", [
    "Government forces pulled back from the ridge overnight.",
    "The rebels demanded a troop withdrawal from the highlands.",
    "Both sides agreed to the delimitation of the border.",
])
def test_troop_movement_and_borders_are_territory(text: str) -> None:
    assert "territory" in strong(text)


@pytest.mark.parametrize("text", [
    "The sides carried out a 500-for-500 exchange near the border.",
    "Kyiv said it had received the bodies of 900 fallen soldiers.",
    "The two sides exchanged 84 servicemen on Thursday.",
])
def test_swaps_of_people_and_remains_are_prisoner_exchange(text: str) -> None:
    assert "prisoner_exchange" in strong(text)


def test_artillery_rounds_are_not_a_round_of_talks() -> None:
    assert "negotiation_process" not in named("The battery fired 5,000 rounds of ammunition.")
    assert "negotiation_process" in strong("A second round of talks is planned for May.")


def test_ceasefire_line_is_both_ceasefire_and_territory() -> None:
    assert strong("Shelling was reported along the ceasefire line.") >= {"ceasefire", "territory"}


def test_humanitarian_law_is_accountability_not_access() -> None:
    found = strong("The council condemned violations of international humanitarian law.")
    assert "accountability" in found and "humanitarian_access" not in found


def test_a_road_map_is_no_map_of_territory() -> None:
    assert "territory" not in named("The two sides are discussing a road map for the talks.")
    assert "territory" in named("The two sides are discussing the maps of the border.")


def test_cantonment_of_fighters_is_arms_control() -> None:
    assert "arms_control" in strong("The rebels will move their fighters into cantonment sites within a month.")


def test_handing_over_land_and_recognising_borders_is_territory() -> None:
    assert "territory" in strong("Kenya insists that Somalia first hand over the two disputed districts.")
    assert "territory" in strong("Kenya will act only if Somalia recognises Kenya's passports, borders and flag.")


def test_the_verb_ship_is_no_ship() -> None:
    assert "maritime_security" not in named("Kenya agreed to ship its remaining stockpile abroad.")
    assert "maritime_security" in named("Kenya demanded the release of the ship.")


def test_swapping_or_freeing_citizens_is_prisoner_exchange() -> None:
    assert "prisoner_exchange" in strong("Kenya has suggested swapping two Somali citizens held in its jails.")
    assert "prisoner_exchange" in strong("Norway secured the release of three Kenyan nationals.")


def test_free_movement_customs_and_transit_are_economic_cooperation() -> None:
    assert "economic_cooperation" in strong("The bloc restored visa-free travel between the member states.")
    assert "economic_cooperation" in strong("Both sides want free movement across the new border.")
    assert "economic_cooperation" in strong("Kenya offered to finance a customs post at the crossing.")
    assert "economic_cooperation" in strong("The ministers discussed the transit of Ugandan cargo through Mombasa.")


def test_smuggling_weapons_is_arms_control() -> None:
    assert "arms_control" in strong("Both sides committed to close the crossings used to smuggle weapons.")
    assert "arms_control" in strong("Kenya vowed to stop arms smugglers on the lake.")


def test_secession_and_independence_claims_are_territory() -> None:
    assert "territory" in strong("The rebels dropped their demand for secession of the north.")
    assert "territory" in strong("The council rejected an independence referendum for the island.")
    assert "territory" in strong("The movement threatened to declare independence next month.")
    assert "territory" not in named("The president spoke on Independence Day.")


def test_a_neutral_facilitator_is_no_neutrality() -> None:
    assert "alliance_membership" not in named("Kenya said it would remain a neutral facilitator of the talks.")
    assert "alliance_membership" in strong("Moldova will keep its neutral status.")
    assert "alliance_membership" in strong("Moscow demands Ukrainian neutrality.")


def test_meeting_again_structures_the_talks() -> None:
    assert "negotiation_process" in strong("The two delegations agreed to meet again in Arusha next month.")
    assert "negotiation_process" in strong("The envoy will reconvene the parties in May.")
    assert "negotiation_process" in strong("A follow-up meeting is planned for June.")


def test_a_meeting_the_sides_agreed_on_structures_the_talks() -> None:
    # The cue is the meeting, not the agreeing verb, which is left to govern it as a stance.
    found = [m for m in find_provisions("Norland and Sudmark have agreed to meet in Valetta on 4 May.")
             if m.provision == "negotiation_process"]
    assert [("meet", False)] == [("Norland and Sudmark have agreed to meet in Valetta on 4 May."[m.start:m.end], m.weak)
                                 for m in found]
    assert "negotiation_process" not in named("The ministers will meet farmers in the valley.")


def test_transferring_nationals_and_jailed_activists_are_prisoner_exchange() -> None:
    assert "prisoner_exchange" in strong("Kenya wants Uganda to transfer about 200 Kenyan nationals held in its jails.")
    assert "prisoner_exchange" in strong("The rebels demanded the release of jailed activists.")
    assert "prisoner_exchange" in named("We are not emptying our prisons, the minister said.")
    assert "prisoner_exchange" not in strong("We are not emptying our prisons, the minister said.")


def test_convoys_and_corridors_are_humanitarian_access_when_a_stance_governs_them() -> None:
    assert "humanitarian_access" in named("Kenya offered to pay for the convoys.")
    assert "humanitarian_access" not in strong("Kenya offered to pay for the convoys.")
    assert "humanitarian_access" in named("The rebels proposed two corridors out of the city.")


def test_guarantees_wanted_are_security_guarantees() -> None:
    assert "security_guarantees" in named("Kenya wanted written guarantees that its territory would not be used.")
    assert "security_guarantees" not in strong("Kenya wanted written guarantees that its territory would not be used.")


def test_investors_are_economic_cooperation_when_a_stance_governs_them() -> None:
    assert "economic_cooperation" in named("Kenya urged Uganda to open its mines to foreign investors.")
    assert "economic_cooperation" not in strong("Investors were cautious on Monday.")


def test_transport_links_and_power_sales_are_economic_cooperation() -> None:
    assert "economic_cooperation" in strong("The bus service between the two border towns resumed on Friday.")
    assert "economic_cooperation" in strong("Direct flights between the capitals will restart in June.")
    assert "economic_cooperation" in strong("The plan includes electricity exports to both neighbours.")
    assert "economic_cooperation" in strong("A joint economic programme would follow in the second stage.")


# Phrasings of other peace processes (border commissions, power-sharing accords,
# sea and river disputes) that name an item without any Russia-Ukraine word.
WIDER_POSITIVE = [
    ("arms_control", "The unification of the two armed forces has been postponed again."),
    ("arms_control", "Police said weapons trafficking across the lake had doubled."),
    ("arms_control", "The flow of firearms into the capital must stop, the minister said."),
    ("arms_control", "Deminers have cleared three minefields near the village."),
    ("arms_control", "A UN mine action team will survey the farmland."),
    ("arms_control", "Both armies will give advance notice of military exercises near the frontier."),
    ("arms_control", "The pact bans live-fire drills within five kilometres of the line."),
    ("arms_control", "Satellite images show a military build-up on both banks."),
    ("arms_control", "The region will be cleared of heavy military equipment by June."),
    ("arms_control", "The programme pays for weapons disposal in the provinces."),
    ("security_guarantees", "The treaty bars foreign military bases on either side of the border."),
    ("security_guarantees", "A Ghanaian-led multinational force will deploy in May."),
    ("security_guarantees", "The regional stabilisation mission will add two battalions."),
    ("security_guarantees", "Athens wants the system of guarantees abolished."),
    ("security_guarantees", "The island's guarantor powers met in Geneva."),
    ("security_guarantees", "The two navies will begin joint maritime patrols in the gulf."),
    ("security_guarantees", "The two ministers signed a security cooperation memorandum."),
    ("security_guarantees", "No troops of a third country may be based near the frontier by either side."),
    ("economic_cooperation", "The ministers agreed to reopen the cross-border market twice a week."),
    ("economic_cooperation", "Lorries now clear customs checks within an hour."),
    ("economic_cooperation", "Talks on the economic track have stalled since the spring."),
    ("economic_cooperation", "Both sides backed a plan for a rail corridor to the coast."),
    ("economic_cooperation", "The dam operator offered to sell surplus electricity to its neighbours."),
    ("economic_cooperation", "Road and rail links closed since the war will reopen in June."),
    ("economic_cooperation", "A committee on economic and commercial matters will meet monthly."),
    ("economic_cooperation", "Addis Ababa offered talks on a commercial corridor to the port."),
    ("natural_resources", "The two governments agreed to share the waters of the border river."),
    ("natural_resources", "Farmers depend on the irrigation canals fed by the upstream reservoir."),
    ("natural_resources", "Officials discussed hydropower on the shared river."),
    ("natural_resources", "The navy escorted the boats back to their traditional fishing grounds."),
    ("natural_resources", "Caracas demanded a freeze on new offshore blocks."),
    ("natural_resources", "Lima proposed the joint development of resources under the disputed bay."),
    ("natural_resources", "The protocol sets the fee for crude oil pumped through the line."),
    ("accountability", "The committee on the missing identified more remains this year."),
    ("accountability", "Forensic teams began exhuming the site on Monday."),
    ("accountability", "Kigali demanded that Kinshasa hand over the suspects wanted for the massacre."),
    ("prisoner_exchange", "Lima pressed for the return of six Peruvians held in Bolivian jails."),
    ("prisoner_exchange", "The coast guard freed thirty fishermen on Tuesday."),
    ("prisoner_exchange", "The envoy raised the detention of two aid workers."),
    ("prisoner_exchange", "The army handed over the remains of four pilots."),
    ("language_culture", "Thousands of pilgrims are expected at the crossing next month."),
    ("language_culture", "The minority wants a clear path to citizenship."),
    ("humanitarian_access", "Seoul proposed reunions of separated families at the border."),
    ("humanitarian_access", "The airport will reopen for humanitarian flights."),
    ("humanitarian_access", "Emergency food and fuel aid reached the island last week."),
    ("sanctions", "Brussels began lifting the remaining measures against the government."),
    ("sanctions", "The central bank said the frozen state accounts had been released."),
    ("elections_governance", "Washington does not recognise the government in the capital."),
    ("elections_governance", "The rebels demanded a role in local administration."),
    ("elections_governance", "The province's future political status was left aside."),
    # a pledge never to use force is a non-aggression commitment, not a halt of fighting
    ("security_guarantees", "Each state pledged never to threaten or use force against the other."),
    ("security_guarantees", "The declaration reaffirms the non-use of force between the neighbours."),
    ("territory", "The arbitral award fixed the line in 1899."),
    ("territory", "A referendum on the final status of the area was never held."),
    ("maritime_security", "The navies agreed on rules for unplanned encounters at sea."),
    ("energy_strike_moratorium", "Both armies pledged not to attack oil installations."),
    ("reconstruction", "The fund will pay for the restoration of homes damaged in the clashes."),
    ("alliance_membership", "Progress in the dialogue is essential for the European path of both countries."),
]


@pytest.mark.parametrize("provision,text", WIDER_POSITIVE)
def test_wider_peace_process_phrasing_names_its_provision(provision: str, text: str) -> None:
    assert provision in strong(text), (text, find_provisions(text))


@pytest.mark.parametrize("provision,text", [
    # each near-miss sits beside a cue added for another conflict's phrasing
    ("elections_governance", "The internationally recognised government controls the south."),
    ("ceasefire", "The two navies agreed to avoid the use of force in the strait."),
    ("security_guarantees", "The two navies agreed to avoid the use of force in the strait."),
    ("ceasefire", "Each state pledged never to threaten or use force against the other."),
    ("security_guarantees", "Police and park wardens began joint patrols on Saturday."),
    ("natural_resources", "Oil exports fell by a tenth in the first quarter."),
    ("language_culture", "The prisoners' nationality has been confirmed."),
])
def test_near_miss_of_a_wider_cue_does_not_name_the_provision(provision: str, text: str) -> None:
    assert provision not in strong(text), (text, find_provisions(text))


def test_an_independent_state_is_territory_only_under_a_stance() -> None:
    assert "territory" in named("The separatists want an independent state.")
    assert "territory" not in strong("The separatists want an independent state.")


@pytest.mark.parametrize("provision,text", [
    ("accountability", "The mass killings of 1921 were left out of the protocol."),
    ("territory", "The coast guard said the trawler had entered its territorial waters."),
    ("maritime_security", "The landlocked state wants access to the sea through its neighbour's port."),
    ("prisoner_exchange", "The rebels must first free the six soldiers they captured."),
    ("prisoner_exchange", "Qatar helped secure the release of a U.S. citizen last week."),
])
def test_sea_access_waters_captives_and_old_killings_name_their_item(provision: str, text: str) -> None:
    assert provision in strong(text), (text, find_provisions(text))


def test_a_longer_cue_of_an_item_wins_over_a_shorter_one_listed_first() -> None:
    assert _alternation(["truce", "truce lines?"]).search("along the truce line today").group(0) == "truce line"


@pytest.mark.parametrize("provision,text", [
    # arms_control is limits on forces or weapons: giving arms or intelligence is none
    ("arms_control", "The donors pledged more military aid to the coastal state."),
    ("arms_control", "Parliament approved a package of military assistance for the army."),
    ("arms_control", "The ally resumed intelligence sharing with the capital on Monday."),
    # humanitarian_access is delivering aid, not the need for it
    ("humanitarian_access", "The region's humanitarian needs keep growing as winter nears."),
    ("humanitarian_access", "The minister raised humanitarian concerns about the detained sailors."),
])
def test_giving_arms_or_a_need_for_aid_is_no_limit_and_no_access(provision: str, text: str) -> None:
    assert provision not in named(text), (text, find_provisions(text))


def test_limits_on_arms_and_aid_delivery_still_name_their_items() -> None:
    assert "arms_control" in strong("The accord caps the size of the army at 20,000 troops.")
    assert "humanitarian_access" in strong("The ceasefire lets humanitarian aid reach the besieged town.")


@pytest.mark.parametrize("text", [
    # a process called by its host city is a negotiation format, like "the Minsk format"
    "Both governments reaffirmed their commitment to the Nairobi process.",
    # talks told as going on under another word
    "The delegations agreed to continue consultations after the holiday.",
    "The envoys will resume their consultations in the spring.",
    "The teams pledged to keep up work on joint proposals over the weekend.",
])
def test_a_named_process_and_continued_consultations_are_the_negotiation(text: str) -> None:
    assert "negotiation_process" in strong(text), (text, find_provisions(text))


@pytest.mark.parametrize("text", [
    "The reform process has stalled.",
    "The doctor held consultations with patients all morning.",
])
def test_a_lower_case_process_or_plain_consultations_are_no_negotiation(text: str) -> None:
    assert "negotiation_process" not in named(text), (text, find_provisions(text))


@pytest.mark.parametrize("provision, text", [
    ("territory", "Lundia and Morvaine reopened their shared land border to lorries in May."),
    ("territory", "The interior ministry sealed the northern frontier after the riots."),
    ("territory", "Workers finished the border fence near the river on Sunday."),
    ("territory", "Border guards on both sides were told to hold their fire."),
    ("humanitarian_access", "The two ministers agreed that three crossings would reopen to cargo and passengers."),
    ("humanitarian_access", "The consortium offered to run the corridor and collect its tolls for thirty years."),
    ("maritime_security", "The memorandum was signed in Port Velmar on Tuesday."),
])
def test_a_border_crossing_or_port_named_as_a_place_or_route_is_no_item(provision: str, text: str) -> None:
    assert provision not in named(text), [(m, text[m.start:m.end]) for m in find_provisions(text)]


@pytest.mark.parametrize("provision, text", [
    ("territory", "Talks on the border resumed in the capital on Monday."),
    ("territory", "The two governments still dispute the border along the river."),
    ("territory", "The delimitation protocol was initialled in the border town of Velstad on Monday."),
    ("humanitarian_access", "The crossings must reopen so that food and medicine reach the besieged towns."),
    ("humanitarian_access", "The envoy called for a corridor to evacuate the wounded."),
    ("maritime_security", "The navy agreed to reopen the port to grain ships."),
])
def test_a_border_crossing_or_port_as_what_is_at_stake_keeps_its_item(provision: str, text: str) -> None:
    assert provision in named(text), [(m, text[m.start:m.end]) for m in find_provisions(text)]


@pytest.mark.parametrize("provision, text", [
    ("prisoner_exchange", "The envoys pledged to keep returning the children taken across the lines."),
    ("prisoner_exchange", "Families of children deported in the raids marched on the ministry."),
    ("alliance_membership", "Every state may choose its own alliances, the minister said."),
])
def test_children_taken_and_a_states_own_alliances_name_their_items(provision: str, text: str) -> None:
    assert provision in strong(text), [(m, text[m.start:m.end]) for m in find_provisions(text)]


def test_a_commitment_to_a_states_security_is_a_security_guarantee() -> None:
    for text in ("The president reaffirmed his firm commitment to Norland’s security on Monday.",
                 "Both sides want a settlement that ensures Sudland's security and its recovery.",
                 "We are not the guardians of Norland's security, the minister said."):
        assert "security_guarantees" in {m.provision for m in find_provisions(text)}
    for text in ("He blamed Norland's security forces for the raid.", "It raised Norland's security concerns."):
        assert "security_guarantees" not in {m.provision for m in find_provisions(text)}


def test_the_world_court_named_as_where_a_dispute_stands_names_no_item() -> None:
    assert "accountability" not in named("Varnia says the lake quarrel belongs at the International Court of Justice.")
    assert "accountability" not in named("Both capitals await a ruling from the ICJ on the river islands.")
    # taking a case there, or dropping it, is the item
    assert "accountability" in strong("Ostrava proposed that both states ask the International Court of Justice to decide.")
    assert "accountability" in strong("Each side would withdraw the claims it lodged at the ICJ.")
    assert "accountability" in strong("Envoys said talks on the ICJ cases would resume in spring.")
    assert "accountability" in strong("The minister demanded justice for the victims of the massacre.")


@pytest.mark.parametrize("text", [
    "Velmora closed its land border with Tarsk after the raid on the mill.",
    "The frontier has been shut since the flood, the governor said.",
    "The two ministers agreed that three crossings would reopen to cargo and passengers.",
])
def test_a_border_opened_or_shut_or_a_crossing_for_trade_is_economic_cooperation(text: str) -> None:
    assert "economic_cooperation" in named(text), [(m, text[m.start:m.end]) for m in find_provisions(text)]
    assert not {"territory", "humanitarian_access"} & named(text), find_provisions(text)


def test_a_border_crossed_or_guarded_is_no_trade_route() -> None:
    for text in ("Three herders crossed the border at dawn.", "Border guards on both sides were told to hold their fire."):
        assert "economic_cooperation" not in named(text), find_provisions(text)


def test_troops_massed_or_moved_up_to_a_line_are_arms_control() -> None:
    for text in ("Both armies have massed troops along the eastern frontier, the envoy said.",
                 "The generals agreed to stop moving tanks and troops closer to the line.",
                 "Observers counted some 4,000 soldiers stationed near the boundary."):
        assert "arms_control" in named(text), (text, find_provisions(text))
    # foreign forces on the line are a guarantee, not a limit on the sides' own
    text = "No third-country forces will be deployed along the new border, the treaty says."
    assert "arms_control" not in named(text) and "security_guarantees" in named(text), find_provisions(text)


def test_a_pipeline_and_a_rivers_flow_are_natural_resources() -> None:
    for text in ("Crude from the northern fields is again moving through the pipeline to the coast.",
                 "The commission will divide the river's spring flow between the two valleys."):
        assert "natural_resources" in strong(text), (text, find_provisions(text))


def test_guarantees_that_something_else_will_happen_are_no_security_guarantee() -> None:
    text = "The herders want guarantees that they can keep grazing on the upper slopes."
    assert "security_guarantees" not in named(text), find_provisions(text)
    # guarantees that land will not serve attacks keep their item
    text = "Tarsk wants guarantees that Velmoran territory will not be used for raids."
    assert "security_guarantees" in named(text), find_provisions(text)


@pytest.mark.parametrize("text", [
    "Both commands have discussed a gradual pullback of the extra battalions rushed to the ridge in April.",
    "The envoy urged a withdrawal of the armoured units deployed near Kessar last month.",
    "Talks on the pullback of the additional troops sent since the spring have stalled.",
    'The assembly wants "a checked pull-back of forces" from the frontier districts.',
])
def test_a_pullback_of_forces_brought_in_or_off_a_line_is_arms_control(text: str) -> None:
    # it undoes a build-up: a limit on forces, not ground given up
    found = strong(text)
    assert "arms_control" in found and "territory" not in found, (text, find_provisions(text))


def test_a_pullback_of_extra_forces_from_a_place_still_gives_up_ground() -> None:
    found = strong("The rebels demanded the withdrawal of the extra troops from the province.")
    assert "territory" in found and "arms_control" not in found, found


@pytest.mark.parametrize("provision,text", [
    ("humanitarian_access", "The delegation raised the fate of herders being forcibly returned from Ostrava."),
    ("humanitarian_access", "Tarsk asked its neighbour to halt the deportation of seasonal workers."),
    ("language_culture", "Lorvania wants the villagers to keep Lorvanian nationality after the transfer."),
    ("economic_cooperation", "The mediator floated a shared solar power park on the plateau."),
    ("accountability", "Families of 300 herders still missing since the 1994 clashes want answers."),
    ("accountability", "How rebel commanders would answer for past crimes was left for a later stage."),
    ("maritime_security", "Coast guard cutters from both states now keep apart near Merrow Shoal."),
    ("maritime_security", "Kessar demanded an end to strikes on fishing boats in the gulf."),
    ("reconstruction", "Donors will fund the building of new homes for the returnees."),
    ("natural_resources", "The framework covers cobalt and copper mined in the hills."),
])
def test_people_sent_back_kept_nationality_shared_power_parks_and_the_missing_name_their_item(
        provision: str, text: str) -> None:
    assert provision in strong(text), (text, find_provisions(text))


def test_a_nationality_confirmed_is_no_minority_right() -> None:
    text = "Forty fishermen whose nationality has been confirmed will be released on Monday."
    assert "language_culture" not in named(text), find_provisions(text)


@pytest.mark.parametrize("provision,text", [
    ("sanctions", "The assembly wants more economic pressure on Tarsk until the talks resume."),
    ("economic_cooperation", "Kessar is ready to offer its neighbour a stake in the state rail company."),
    ("economic_cooperation", "Electricity bills are now issued by one operator across the valley."),
    ("negotiation_process", "The next ministerial meeting will be held in Ostrava in May."),
])
def test_economic_pressure_stakes_bills_and_ministerial_meetings_name_their_item(provision: str, text: str) -> None:
    assert provision in strong(text), (text, find_provisions(text))


@pytest.mark.parametrize("provision,text", [
    ("economic_cooperation", "Talks on commercial access to the river port at Velmar ended without a deal."),
    ("negotiation_process", "The plan also calls for the two defence ministers to meet in Ostrava by June."),
])
def test_commercial_access_and_ministers_to_meet_name_their_item(provision: str, text: str) -> None:
    assert provision in strong(text), (text, find_provisions(text))


@pytest.mark.parametrize("text", [
    "If Tarsk and Velmar fail to reach an accord on ending the bloodshed, the envoy will go home.",
    "Both camps say a deal to end the war is close.",
])
def test_a_deal_to_end_a_war_is_a_peace_deal(text: str) -> None:
    assert "negotiation_process" in strong(text), (text, find_provisions(text))
