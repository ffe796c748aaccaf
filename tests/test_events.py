"""Event extraction on hand-made sentences, parsed with the real spaCy model.

Every sentence here is written for the test (none is taken from an article of
the development set). The publication date is Thursday 5 June 2025, so
"Tuesday" is 3 June, "Monday" 2 June, "Sunday" 1 June.
"""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peacetrack import nlp
from peacetrack.extract.actors import find_actors
from peacetrack.extract.dates import find_timexes
from peacetrack.extract.events import find_events, release_event

PUB = dt.date(2025, 6, 5)  # a Thursday


def events(text: str, pub: dt.date = PUB) -> list[tuple[str, str | None, frozenset[str]]]:
    doc = nlp.parse(text)
    index = find_actors(doc, pub.isoformat())
    return [(e.type, e.date, frozenset(e.participants)) for e in find_events(doc, index, find_timexes(doc, pub))]


def of_type(found, etype: str):
    return [e for e in found if e[0] == etype]


# --------------------------------------------------------------------------- detection and participants

def test_phone_call_links_subject_and_with_object_and_takes_the_weekday() -> None:
    found = events("Turkish President Recep Tayyip Erdogan spoke by phone with Russian President Vladimir Putin on Tuesday.")
    assert found == [("call", "2025-06-03", frozenset({"Recep Tayyip Erdogan", "Vladimir Putin"}))]


def test_call_in_a_prepositional_phrase_takes_the_clause_subject() -> None:
    found = events("Sergei Lavrov and Marco Rubio discussed the war in a phone call on Monday, the State Department said.")
    assert found == [("call", "2025-06-02", frozenset({"Sergei Lavrov", "Marco Rubio"}))]


def test_their_call_is_between_the_subject_and_the_object() -> None:
    found = events("Vladimir Putin told Donald Trump during their call that he wanted a settlement.")
    assert of_type(found, "call") == [("call", None, frozenset({"Vladimir Putin", "Donald Trump"}))]


@pytest.mark.parametrize("text", [
    "Donald Trump called Volodymyr Zelensky a dictator.",
    "Vladimir Putin called on the West to stop arming Ukraine.",
    "Volodymyr Zelensky renewed his call for more air defence systems.",
])
def test_other_senses_of_call_are_no_call(text: str) -> None:
    assert of_type(events(text), "call") == []


def test_a_by_phrase_parsed_onto_the_place_of_a_signing_names_its_signatories() -> None:
    # the parser hangs "by ..." on the place, leaving the passive verb without its agent
    found = events("The protocol was initialled at a frontier hotel in Tacna by Peruvian Trade Minister Ana Quispe "
                   "and Chile's Trade Minister Pablo Rojas on Tuesday after a day of talks.")
    assert ("meeting", "2025-06-03", frozenset({"Ana Quispe", "Pablo Rojas"})) in found


def test_hosts_of_a_round_of_talks_take_part_in_it() -> None:
    found = events("Kenya and Tanzania, as mediators, hosted the second round of negotiations between Peruvian and "
                   "Chilean teams in Nairobi on Monday.")
    assert found == [("meeting", "2025-06-02", frozenset({"Kenya", "Tanzania", "Peru", "Chile"}))]


def test_meeting_excludes_the_place_where_it_was_held() -> None:
    found = events("Armenian Prime Minister Nikol Pashinyan met Azerbaijani President Ilham Aliyev in Abu Dhabi on Monday.")
    assert found == [("meeting", "2025-06-02", frozenset({"Nikol Pashinyan", "Ilham Aliyev"}))]


def test_held_talks_with_names_both_sides_but_not_the_host_city() -> None:
    found = events("French President Emmanuel Macron held talks with Chancellor Friedrich Merz in Berlin on Wednesday.")
    assert found == [("meeting", "2025-06-04", frozenset({"Emmanuel Macron", "Friedrich Merz"}))]


def test_adjectives_and_group_nouns_name_parties() -> None:
    found = events("Talks between the delegations of Serbia and Kosovo ended on Monday without progress.")
    assert found == [("meeting", "2025-06-02", frozenset({"Serbia", "Kosovo"}))]


def test_a_possessive_weekday_dates_the_event_noun() -> None:
    found = events("Monday's talks between Armenia and Azerbaijan ended without a deal.")
    assert found == [("meeting", "2025-06-02", frozenset({"Armenia", "Azerbaijan"}))]


def test_separate_talks_are_one_meeting_per_pair_with_the_host() -> None:
    found = events("U.S. negotiators held separate talks with Russian and Ukrainian delegations in Riyadh on Monday.")
    assert sorted(found, key=lambda e: sorted(e[2])) == [
        ("meeting", "2025-06-02", frozenset({"United States", "Russia"})),
        ("meeting", "2025-06-02", frozenset({"United States", "Ukraine"})),
    ]


def test_meeting_on_the_sidelines_of_a_summit_is_between_those_who_met() -> None:
    found = events("Officials from Kenya and Ethiopia met on the sidelines of the African Union summit on Saturday.")
    assert found == [("meeting", "2025-05-31", frozenset({"Kenya", "Ethiopia"}))]


def test_visit_is_the_visitor_only() -> None:
    found = events("Chinese Foreign Minister Wang Yi arrived in Moscow on Monday for a three-day visit.")
    assert found == [("visit", "2025-06-02", frozenset({"Wang Yi"}))]


def test_going_home_is_no_visit() -> None:
    found = events("Emmanuel Macron flew back to Paris on Tuesday after the summit.")
    assert of_type(found, "visit") == []


def test_several_events_in_one_sentence() -> None:
    found = events("After meeting Emmanuel Macron in Paris on Tuesday, Volodymyr Zelensky flew to London, "
                   "where he met Prime Minister Keir Starmer.")
    assert ("meeting", "2025-06-03", frozenset({"Emmanuel Macron", "Volodymyr Zelensky"})) in found
    assert ("meeting", "2025-06-03", frozenset({"Keir Starmer", "Volodymyr Zelensky"})) in found
    assert [e[2] for e in of_type(found, "visit")] == [frozenset({"Volodymyr Zelensky"})]


def test_agreement_signed_by_two_parties() -> None:
    found = events("Armenia and Azerbaijan signed a peace agreement on Friday.")
    assert found == [("agreement", "2025-05-30", frozenset({"Armenia", "Azerbaijan"}))]


def test_agreement_in_principle_of_one_side_is_no_agreement() -> None:
    assert events("Russia agreed in principle to a ceasefire last week.") == []


def test_prisoner_exchange() -> None:
    found = events("Russia and Ukraine exchanged 150 prisoners of war on Saturday.")
    assert found == [("exchange", "2025-05-31", frozenset({"Russia", "Ukraine"}))]


def test_strike_on_energy_during_a_truce_is_an_attack_between_the_two_sides() -> None:
    found = events("Ukraine said Russian drones struck a power substation in the Kharkiv region overnight, "
                   "in breach of the energy truce.")
    assert [e[2] for e in of_type(found, "attack")] == [frozenset({"Russia", "Ukraine"})]


def test_strike_with_no_bearing_on_a_negotiated_item_is_not_recorded() -> None:
    assert events("Russian drones struck a school in the city of Sumy on Tuesday.") == []


# --------------------------------------------------------------------------- statements

def test_statement_to_reporters_leaves_the_reporters_out() -> None:
    found = events("Kremlin spokesman Dmitry Peskov told journalists on Wednesday that Moscow was ready for more contacts.")
    assert found == [("statement", "2025-06-04", frozenset({"Dmitry Peskov"}))]


def test_a_news_agency_is_the_venue_not_a_participant() -> None:
    found = events("Kremlin spokesman Dmitry Peskov told the Interfax news agency that the contacts had gone well.")
    assert found == [("statement", None, frozenset({"Dmitry Peskov"}))]


def test_saying_without_a_named_venue_is_no_statement() -> None:
    assert events("Kremlin spokesman Dmitry Peskov said the contacts were useful.") == []


def test_interview_and_press_conference_are_venues() -> None:
    assert events("In a BBC interview on Sunday, Armenian Prime Minister Nikol Pashinyan said the border "
                  "talks would continue.") == [("statement", "2025-06-01", frozenset({"Nikol Pashinyan"}))]
    assert events("Speaking at a press conference in Kyiv on Tuesday, Volodymyr Zelensky said Ukraine was ready "
                  "for a ceasefire.") == [("statement", "2025-06-03", frozenset({"Volodymyr Zelensky"}))]


def test_a_statement_continues_the_day_of_the_sentence_before() -> None:
    found = events("Volodymyr Zelensky said on Sunday that the attacks had intensified. "
                   "Writing on Telegram, he said the air force had shot down most of the drones.")
    assert found == [("statement", "2025-06-01", frozenset({"Volodymyr Zelensky"}))]


def test_an_analyst_comments_but_makes_no_statement() -> None:
    found = events("Jane Holloway, a senior analyst at a London think tank, told the BBC that the talks had stalled.")
    assert of_type(found, "statement") == []


# --------------------------------------------------------------------------- plans are not events

@pytest.mark.parametrize("text", [
    "Emmanuel Macron will meet Friedrich Merz in Paris next week.",
    "Recep Tayyip Erdogan did not speak with Vladimir Putin on Monday.",
    "Vladimir Putin plans to visit Ankara later this year.",
    "If the talks succeed, Emmanuel Macron and Keir Starmer could meet in Geneva.",
    "Vladimir Putin refused to meet Volodymyr Zelensky.",
    "There was no meeting between Donald Trump and Volodymyr Zelensky on Friday.",
    "Recep Tayyip Erdogan said he would host a summit between Vladimir Putin and Volodymyr Zelensky.",
    "Prisoner exchanges between Russia and Ukraine are expected to continue next month.",
    "The talks between Serbia and Kosovo are scheduled for Tuesday.",
])
def test_future_negated_and_conditional_events_are_not_events(text: str) -> None:
    assert events(text) == []


# --------------------------------------------------------------------------- one event, several mentions

def test_restatements_of_one_call_merge_and_keep_the_date() -> None:
    found = events("Donald Trump spoke with Vladimir Putin by phone on Tuesday. "
                   "The call lasted more than two hours, the White House said. "
                   "During the call with Putin, Trump raised the question of prisoners.")
    assert found == [("call", "2025-06-03", frozenset({"Donald Trump", "Vladimir Putin"}))]


def test_an_undated_mention_before_the_dated_one_takes_its_date() -> None:
    found = events("Emmanuel Macron's meeting with Keir Starmer focused on Ukraine. "
                   "Macron met Starmer in London on Tuesday, their offices said.")
    assert found == [("meeting", "2025-06-03", frozenset({"Emmanuel Macron", "Keir Starmer"}))]


def test_a_meeting_that_follows_another_is_another_meeting() -> None:
    found = events("Marco Rubio convened a meeting with Andriy Yermak and Jonathan Powell on Tuesday. "
                   "Following the meeting, Rubio met with Yermak.")
    assert sorted(len(e[2]) for e in of_type(found, "meeting")) == [2, 3]
    assert {e[1] for e in found} == {"2025-06-03"}


# --------------------------------------------------------------------------- official releases

def test_release_title_names_its_issuers_not_its_topic() -> None:
    body = "Secretary Marco Rubio spoke with Foreign Minister Sergei Lavrov today."
    doc = nlp.parse(body)
    index = find_actors(doc, PUB.isoformat())
    event = release_event("Statement from Secretary Marco Rubio on His Call with Sergei Lavrov", PUB.isoformat(), index)
    assert event is not None and (event.type, event.participants) == ("statement", ["Marco Rubio"])
    joint = release_event("Joint Statement on United States-Ukraine Talks", PUB.isoformat(), index)
    assert joint is not None and set(joint.participants) == {"United States", "Ukraine"}


# --------------------------------------------------------------------------- any text in, well-formed events out

WORDS = ("met talks with between Vladimir Putin Donald Trump Ukraine Russia on Monday the call visit arrived in Kyiv "
         "said told reporters signed agreement exchanged prisoners struck energy ceasefire not will separate , . “ ” "
         "he they it their meeting flew to summit").split()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(WORDS), max_size=40))
def test_any_word_salad_gives_well_formed_events(words: list[str]) -> None:
    doc = nlp.parse(" ".join(words))
    index = find_actors(doc, PUB.isoformat())
    for e in find_events(doc, index, find_timexes(doc, PUB)):
        assert e.type in {"call", "meeting", "visit", "statement", "agreement", "exchange", "attack"}
        assert e.participants and all(isinstance(p, str) and p for p in e.participants)
        assert e.date is None or e.date <= PUB.isoformat()  # an event dated after publication is a plan
        start, end = e.evidence
        assert 0 <= start <= end <= len(doc.text)


# --------------------------------------------------------------------------- general mechanisms (other conflicts)

PAIR = "Peru and Ecuador held talks in Lima on Monday. "


def test_dateline_of_another_agency_is_neither_subject_nor_date() -> None:
    found = events("LIMA, June 5 (Andes Wire) - Peru and Ecuador agreed on Tuesday to reopen their border crossings.")
    assert found == [("agreement", "2025-06-03", frozenset({"Peru", "Ecuador"}))]
    found = events("QUITO (Andes Wire) — Peru and Ecuador agreed on Tuesday to reopen the border.")
    assert found == [("agreement", "2025-06-03", frozenset({"Peru", "Ecuador"}))]


def test_a_dateline_of_two_capitals_or_with_a_bare_hyphen_is_no_subject() -> None:
    found = events("LIMA/QUITO, June 5 (Andes Wire) - Peru and Ecuador agreed on Tuesday to reopen their border crossings.")
    assert found == [("agreement", "2025-06-03", frozenset({"Peru", "Ecuador"}))]
    found = events("QUITO - Peru and Ecuador agreed on Tuesday to reopen the border.")
    assert found == [("agreement", "2025-06-03", frozenset({"Peru", "Ecuador"}))]


def test_the_two_countries_are_the_pair_named_before() -> None:
    found = events(PAIR + "On Tuesday the two countries swapped detainees at the border crossing.")
    assert ("exchange", "2025-06-03", frozenset({"Peru", "Ecuador"})) in found


def test_the_parties_agreed_is_an_agreement_of_the_pair() -> None:
    found = events(PAIR + "The parties agreed that the border crossings will reopen on July 1.")
    assert of_type(found, "agreement") == [("agreement", "2025-06-02", frozenset({"Peru", "Ecuador"}))]


def test_returning_captives_of_the_other_side_is_an_exchange() -> None:
    assert ("exchange", "2025-06-03", frozenset({"Peru", "Ecuador"})) in events(
        "Peru handed back two Ecuadorian soldiers on Tuesday.")
    assert ("exchange", "2025-06-03", frozenset({"Peru", "Ecuador"})) in events(
        "Ecuador released 14 Peruvian fishermen on Tuesday.")


def test_an_exchange_with_one_side_named_is_with_the_other_side_at_issue() -> None:
    found = events(PAIR + "Ecuador received the remains of two soldiers on Wednesday.")
    assert ("exchange", "2025-06-04", frozenset({"Peru", "Ecuador"})) in found


def test_telling_a_briefing_or_a_rally_is_a_statement() -> None:
    assert events("Foreign ministry spokeswoman Ana Torres told her weekly briefing on Tuesday that the talks "
                  "were useful.") == [("statement", "2025-06-03", frozenset({"Ana Torres"}))]
    assert events("General Luis Mera told a rally in Quito on Monday that the army would not disarm.") == [
        ("statement", "2025-06-02", frozenset({"Luis Mera"}))]


def test_a_statement_or_readout_issued_by_a_party() -> None:
    found = events("An Ecuadorian army statement issued on Monday said the truce was holding.")
    assert found == [("statement", "2025-06-02", frozenset({"Ecuador"}))]
    found = events(PAIR + "The two sides agreed to hold another meeting in Quito, according to a Peruvian readout published "
                          "on Tuesday evening.")
    assert ("statement", "2025-06-03", frozenset({"Peru"})) in found


def test_a_name_told_by_its_office_is_a_speaker() -> None:
    found = events("Jorge Vela, the spokesperson for the foreign ministry, said at a briefing on Tuesday that "
                   "the border would stay open.")
    assert found == [("statement", "2025-06-03", frozenset({"Jorge Vela"}))]


def test_those_who_chair_a_meeting_take_part_in_it() -> None:
    found = events("The deal was reached at a meeting of the border committee in Lima, co-chaired by Peruvian "
                   "Defence Minister Ana Torres and Luis Mera, Ecuador's defence minister.")
    assert [e[2] for e in of_type(found, "meeting")] == [frozenset({"Ana Torres", "Luis Mera"})]
    found = events("On Monday, delegations of Peru and Ecuador met in Quito. The meeting was chaired by Brazil, "
                   "with Chile participating as an observer.")
    assert found == [("meeting", "2025-06-02", frozenset({"Peru", "Ecuador", "Brazil", "Chile"}))]


def test_presenting_at_a_session_with_others_is_meeting_them() -> None:
    found = events("The mediator, Ana Torres, presented the plan at a session with Luis Mera and Jorge Vela. "
                   "Mera told reporters after Tuesday's session that Lima backed the plan.")
    assert ("meeting", "2025-06-03", frozenset({"Ana Torres", "Luis Mera", "Jorge Vela"})) in found
    assert ("statement", "2025-06-03", frozenset({"Luis Mera"})) in found


def test_a_hotline_call_between_the_two_armies() -> None:
    found = events(PAIR + "The two armies' operations chiefs spoke over their hotline on Tuesday.")
    assert ("call", "2025-06-03", frozenset({"Peru", "Ecuador"})) in found


def test_a_video_call_with_both_delegations() -> None:
    found = events(PAIR + "Brazilian envoy Ana Torres held a video call with both delegations on Sunday.")
    assert ("call", "2025-06-01", frozenset({"Ana Torres", "Peru", "Ecuador"})) in found


def test_a_call_with_an_office_named_alone() -> None:
    found = events("US envoy Ana Torres spoke by phone with the army chief on Monday.")
    assert found == [("call", "2025-06-02", frozenset({"Ana Torres", "army chief"}))]


def test_a_strike_a_later_sentence_calls_a_breach_of_the_truce() -> None:
    found = events("Peru and Ecuador signed a truce in May. A Peruvian strike in the border town of Zarumilla "
                   "killed three people on Tuesday, local officials said. The Peruvian army said it had targeted "
                   "smugglers.\n- Ecuador called the strike a flagrant violation of the ceasefire.")
    assert of_type(found, "attack") == [("attack", "2025-06-03", frozenset({"Peru", "Ecuador"}))]


def test_a_strike_on_energy_with_one_side_named_is_on_the_other() -> None:
    found = events(PAIR + "Hours after the talks ended, Peruvian drones hit a power plant in the Loja province.")
    assert [e[2] for e in of_type(found, "attack")] == [frozenset({"Peru", "Ecuador"})]


def test_a_shooting_at_a_patrol_said_to_breach_an_accord_is_an_attack() -> None:
    found = events("Kenya accused Somalia on Wednesday of breaching their border accord after Somali soldiers fired on a "
                   "Kenyan patrol on Tuesday, wounding two soldiers.")
    assert ("attack", "2025-06-03", frozenset({"Somalia", "Kenya"})) in found


def test_opening_fire_on_posts_called_a_violation_next_is_an_attack() -> None:
    found = events("The Kenyan army said Somali troops fired on its border outposts on Monday. Somalia called the "
                   "incident a violation of their understanding.")
    assert ("attack", "2025-06-02", frozenset({"Somalia", "Kenya"})) in found


def test_opening_fire_the_next_sentence_calls_a_breach_of_a_deal_is_an_attack() -> None:
    found = events("On Monday night, Somali troops opened fire on Kenyan positions along the frontier. This was a "
                   "breach of the border accord.")
    assert ("attack", "2025-06-02", frozenset({"Somalia", "Kenya"})) in found


def test_a_breach_of_something_other_than_a_deal_makes_no_attack() -> None:
    found = events("On Monday night, Somali troops opened fire on Kenyan positions along the frontier. This was a "
                   "clear breach of trust.")
    assert of_type(found, "attack") == []


def test_a_boat_that_came_under_fire_from_a_side_is_its_attack() -> None:
    found = events("Two Kenyan soldiers were wounded on Sunday when their patrol boat came under fire from the "
                   "Somali shore.")
    assert ("attack", "2025-06-01", frozenset({"Somalia", "Kenya"})) in found


def test_a_strike_blamed_on_a_side_is_its_attack_on_the_side_that_blames() -> None:
    found = events("A drone struck an oil pumping station on Sunday. The strike, which the Kenyan army blamed on "
                   "Somalia, halted exports.")
    assert ("attack", "2025-06-01", frozenset({"Somalia", "Kenya"})) in found


def test_a_shooting_with_no_deal_at_issue_is_no_attack() -> None:
    found = events("Somali troops fired on a Kenyan patrol on Tuesday, wounding two soldiers.")
    assert of_type(found, "attack") == []


@pytest.mark.parametrize("text", [
    "Peru and Chile extended their border truce on Tuesday, eight months after the worst clashes between the two "
    "armies in decades.",
    "The truce between Peru and Chile has cut the danger of accidental clashes along the river, officials said on "
    "Tuesday.",
    "Peru and Chile renewed the truce on Tuesday for the valley, where clashes over a well set off the 2019 war.",
    "Quispe hits out as truce monitors get a new mandate\n\nLIMA - Peru and Chile signed a truce on Monday. "
    "President Ana Quispe of Peru said on Tuesday that the truce was weak.",
])
def test_a_clash_told_as_a_yardstick_a_risk_or_a_cause_and_hitting_out_are_no_attack(text: str) -> None:
    assert of_type(events(text), "attack") == []


def test_a_shooting_takes_the_day_the_next_sentence_gives_it() -> None:
    found = events("Kenya accused Somalia on Wednesday of breaching their accord after Somali soldiers fired on a Kenyan "
                   "patrol at the weekend. The shooting on Saturday was the worst incident in years.")
    assert ("attack", "2025-05-31", frozenset({"Somalia", "Kenya"})) in found


def test_firing_water_cannon_at_a_boat_is_an_attack() -> None:
    found = events("The Philippines accused China on Wednesday of breaching their arrangement, after Chinese coast guard "
                   "crews fired a water cannon at a Philippine resupply boat on Sunday.")
    assert ("attack", "2025-06-01", frozenset({"China", "Philippines"})) in found


def test_mutual_accusations_are_no_attack() -> None:
    assert of_type(events(PAIR + "Both sides accused each other of striking energy facilities."), "attack") == []


@pytest.mark.parametrize("text", [
    PAIR + "The two sides ended the round on Tuesday without agreeing on the maps.",
    PAIR + "Both sides agreed to keep consulting.",
    PAIR + "Brazil and Chile encouraged both sides to conclude the remaining protocols.",
])
def test_no_agreement_without_a_deal(text: str) -> None:
    assert of_type(events(text), "agreement") == []


def test_an_agreement_of_last_year_is_another_agreement() -> None:
    found = events("Peru and Ecuador agreed on Tuesday to reopen the border, under the treaty signed by the two "
                   "countries last year.")
    assert sorted(of_type(found, "agreement"), key=str) == [
        ("agreement", "2025-06-03", frozenset({"Peru", "Ecuador"})),
        ("agreement", None, frozenset({"Peru", "Ecuador"})),
    ]


@pytest.mark.parametrize("later", [
    "Lima says Quito broke the fisheries protocol it signed in 2022.",
    "The transit accord, sealed in March 2021, lapsed in the winter.",
    "The border understanding reached in May 2024 has mostly held.",
    "The truce that ended their river war in October 2022 still stands.",
])
def test_a_recent_deal_the_text_refers_back_to_is_an_agreement_of_the_two_sides(later: str) -> None:
    found = events("Peru and Ecuador signed a customs accord on Tuesday. " + later)
    assert sorted(of_type(found, "agreement"), key=str) == [
        ("agreement", "2025-06-03", frozenset({"Peru", "Ecuador"})),
        ("agreement", None, frozenset({"Peru", "Ecuador"})),
    ]


@pytest.mark.parametrize("later", [
    "Quito says the weir breaks a boundary treaty signed in 1929.",  # decades old: a law cited, no occurrence
    "Quito recalled the declaration of neutrality it adopted in 2019.",  # one side's declaration
    "Both capitals hope to ratify the accord next year.",  # no deal of the past
    "Quito recalled the pact signed by Peru with an Amazon province in 2023.",  # a side that is no party
])
def test_no_earlier_deal_in_history_in_one_sides_declaration_or_with_a_non_party(later: str) -> None:
    found = events("Peru and Ecuador signed a customs accord on Tuesday. The truce that ended their river war in "
                   "October 2022 still stands. " + later)
    assert sorted(of_type(found, "agreement"), key=str) == [
        ("agreement", "2025-06-03", frozenset({"Peru", "Ecuador"})),
        ("agreement", None, frozenset({"Peru", "Ecuador"})),
    ]


def test_the_broker_of_an_earlier_truce_is_no_side_of_it() -> None:
    found = events("Peru and Ecuador exchanged protests on Tuesday. The truce, which Brazil brokered in Manaus "
                   "last November, has mostly held.")
    assert of_type(found, "agreement") == [("agreement", None, frozenset({"Peru", "Ecuador"}))]


@pytest.mark.parametrize("text", [
    "LIMA - What follows is a transcript of a routine news briefing held on Monday by foreign ministry "
    "spokeswoman Ana Ruiz of Peru.",
    "LIMA - These are extracts from a speech delivered on Monday by Peruvian Foreign Minister Ana Ruiz.",
])
def test_a_briefing_or_speech_its_phrase_says_a_person_gave_is_her_statement(text: str) -> None:
    assert events(text) == [("statement", "2025-06-02", frozenset({"Ana Ruiz"}))]


def test_a_ceremony_hosted_by_someone_is_no_statement_of_the_host() -> None:
    found = events("These are extracts from a speech delivered on Monday by Peruvian Foreign Minister Ana Ruiz.\n\n"
                   "The accord was signed by Peru and Chile on Monday at a ceremony hosted by Kenyan Foreign Minister "
                   "John Mrema.")
    assert of_type(found, "statement") == [("statement", "2025-06-02", frozenset({"Ana Ruiz"}))]


def test_leaders_told_as_those_of_the_sides_a_clause_hangs_on_agree_for_them() -> None:
    found = events("The move ends a short truce between Peru and Chile, whose presidents agreed at talks in Quito on "
                   "Monday to reopen the frontier.")
    assert of_type(found, "agreement") == [("agreement", "2025-06-02", frozenset({"Peru", "Chile"}))]


def test_the_heading_of_a_joint_statement_is_its_issuers_statement() -> None:
    found = events("Joint Statement by Peru, Ecuador and Brazil on the Second Meeting of the Border Commission\n\n"
                   "On Monday, delegations of Peru and Ecuador met in Lima.")
    assert ("statement", "2025-06-05", frozenset({"Peru", "Ecuador", "Brazil"})) in found


def test_he_is_not_the_broadcaster_named_for_the_interview() -> None:
    found = events("Peruvian negotiator Luis Mera met reporters. In an interview with the broadcaster Radio Andina "
                   "on Wednesday, he said the talks would go on.")
    assert of_type(found, "statement") == [("statement", "2025-06-04", frozenset({"Luis Mera"}))]


def test_a_day_counted_from_dated_talks() -> None:
    found = events(PAIR.replace("Monday", "Tuesday") + "A day before the talks, Brazilian envoy Ana Torres held a "
                   "video call with both delegations.")
    assert ("call", "2025-06-02", frozenset({"Ana Torres", "Peru", "Ecuador"})) in found
    assert ("meeting", "2025-06-03", frozenset({"Peru", "Ecuador"})) in found


def test_an_exchange_within_a_process_between_two_sides() -> None:
    found = events("Brazil welcomed progress in the Lima process between Peru and Ecuador, including the exchange "
                   "of detainees facilitated by the Red Cross on Tuesday.")
    assert of_type(found, "exchange") == [("exchange", "2025-06-03", frozenset({"Peru", "Ecuador"}))]


def test_a_joint_communique_is_a_statement_of_both_sides() -> None:
    found = events(PAIR + "In a joint communiqué released late on Tuesday, the ministers agreed to reopen the "
                          "border crossings.")
    assert ("statement", "2025-06-03", frozenset({"Peru", "Ecuador"})) in found
    assert ("agreement", "2025-06-03", frozenset({"Peru", "Ecuador"})) in found


def test_a_joint_statement_of_others_than_the_sides_is_their_statement() -> None:
    # mediators speaking together comment on the talks; they make no deal of their own
    found = events(PAIR + "Brazil and Chile on Wednesday praised the progress, saying in a joint statement that both "
                          "delegations had shown goodwill.")
    assert ("statement", "2025-06-04", frozenset({"Brazil", "Chile"})) in found
    assert ("agreement", "2025-06-04", frozenset({"Brazil", "Chile"})) not in found


def test_a_joint_statement_of_the_two_sides_puts_their_terms_in_writing() -> None:
    found = events(PAIR + "In a joint statement on Wednesday, the two governments said they would withdraw troops "
                          "from the river valley.")
    assert ("agreement", "2025-06-04", frozenset({"Peru", "Ecuador"})) in found


# --------------------------------------------------------------------------- general phrasing (other conflicts)

def test_a_party_whose_name_has_a_hyphen_takes_part() -> None:
    found = events("Kenyan negotiators met al-Shabaab envoys in Doha on Tuesday.")
    assert found == [("meeting", "2025-06-03", frozenset({"Kenya", "al-Shabaab"}))]


@pytest.mark.parametrize("text", [
    "Israel and Hamas exchanged prisoners on Monday. The UN envoy, Marta Berg, proposed that the parties meet again in Cairo.",
    "Israel and Hamas exchanged prisoners on Monday. Egypt suggested that the two sides meet in Cairo.",
])
def test_a_meeting_demanded_in_the_subjunctive_is_a_plan(text: str) -> None:
    assert of_type(events(text), "meeting") == []


def test_the_three_sides_are_the_three_parties_named_last() -> None:
    found = events("Kenya, Uganda and Tanzania held talks in Arusha on Monday. The three sides agreed on Tuesday to reopen the border.")
    assert ("agreement", "2025-06-03", frozenset({"Kenya", "Uganda", "Tanzania"})) in found


def test_ministers_who_sign_a_joint_communique_reach_an_agreement_of_their_states() -> None:
    found = events("Brazilian Foreign Minister Ana Souza met Chilean Foreign Minister Pablo Reyes and Peruvian Foreign Minister "
                   "Luis Prado in Lima on Monday. The three ministers signed a joint communique after the talks.")
    assert of_type(found, "agreement") == [("agreement", "2025-06-02", frozenset({"Brazil", "Chile", "Peru"}))]
    assert of_type(found, "statement") == []


def test_the_ministers_of_the_two_countries_act_for_them_respectively() -> None:
    from peacetrack.extract.events.context import _Context
    doc = nlp.parse("Ethiopia and Eritrea agreed on Monday to open talks. The foreign ministers of the two countries, "
                    "Dawit Alemu and Hassan Warsame, met in Ankara on Tuesday.")
    index = find_actors(doc, PUB.isoformat())
    ctx = _Context(doc, index, find_timexes(doc, PUB))
    assert ctx.party_of_person.get("Dawit Alemu") == "Ethiopia"
    assert ctx.party_of_person.get("Hassan Warsame") == "Eritrea"


def test_a_speaker_parsed_into_a_fronted_phrase_still_speaks() -> None:
    found = events("In Pristina, Kosovo's foreign minister, Arben Gashi, said on Tuesday in a televised address that the talks would go on.")
    assert of_type(found, "statement") == [("statement", "2025-06-03", frozenset({"Arben Gashi"}))]


def test_he_is_the_person_a_relative_clause_on_the_subject_names() -> None:
    found = events("Omar Farah, the government's chief negotiator, told reporters on Monday that talks went well. "
                   "A spokesman for the rebels, who gave his name as Ali Hassan Nur, said they rejected any truce. "
                   "\"There will be no pause,\" he said in an audio message posted on Telegram on Tuesday.")
    assert ("statement", "2025-06-03", frozenset({"Ali Hassan Nur"})) in found


def test_an_envoy_sent_abroad_for_talks_visits_and_meets() -> None:
    found = events("Peace adviser Ramon Dizon met the rebel leader Ali Sinsuat on Monday. Malaysia sent envoy "
                   "Datuk Rahman Hashim to Manila on Wednesday for talks with Dizon.", dt.date(2025, 6, 12))
    assert ("visit", "2025-06-11", frozenset({"Datuk Rahman Hashim"})) in found
    assert ("meeting", "2025-06-11", frozenset({"Datuk Rahman Hashim", "Ramon Dizon"})) in found


def test_troops_sent_abroad_pay_no_visit() -> None:
    assert of_type(events("Russia sent 3,000 troops to Belarus on Monday."), "visit") == []
# --------------------------------------------------------------------------- one speaker, one day

def test_an_undated_statement_takes_the_one_day_its_speaker_spoke_on() -> None:
    found = events("Peruvian Foreign Minister Elsa Ruiz said on Monday that the border would reopen. Ecuador has not "
                   "replied for months. \"We are ready,\" Ruiz said in a televised address.")
    assert of_type(found, "statement") == [("statement", "2025-06-02", frozenset({"Elsa Ruiz"}))]


def test_a_speaker_of_two_days_leaves_the_statement_undated() -> None:
    found = events("Peruvian Foreign Minister Elsa Ruiz said on Monday that the border would reopen. Ruiz warned on "
                   "Tuesday that the crossings were unsafe. Ecuador has not replied for months. \"We are ready,\" Ruiz "
                   "said in a televised address.")
    assert of_type(found, "statement") == [("statement", None, frozenset({"Elsa Ruiz"}))]


def test_the_office_named_with_its_country_is_the_speaker() -> None:
    found = events("Peru's president said Sunday that the border would reopen. President Dina Molina added that "
                   "Ecuador had been informed. Ecuador has not replied for months. \"We are ready,\" Molina said "
                   "in televised remarks.")
    assert of_type(found, "statement") == [("statement", "2025-06-01", frozenset({"Dina Molina"}))]


def test_the_day_of_a_speech_act_told_in_a_long_clause() -> None:
    found = events("Peruvian Foreign Minister Elsa Ruiz talked about dealing with Ecuador while flying from Lima to "
                   "Quito on Sunday evening. \"We will see,\" she told reporters.")
    assert of_type(found, "statement") == [("statement", "2025-06-01", frozenset({"Elsa Ruiz"}))]


def test_what_a_session_followed_does_not_date_the_session() -> None:
    found = events("The session, hosted by Brazilian mediators, followed a phone call on Monday between Peruvian "
                   "President Dina Molina and Ecuadorian President Luis Mera. Peruvian negotiator Elsa Ruiz told "
                   "reporters after the session that the border would reopen.")
    assert ("call", "2025-06-02", frozenset({"Dina Molina", "Luis Mera"})) in found
    assert of_type(found, "statement") == [("statement", None, frozenset({"Elsa Ruiz"}))]


def test_a_statement_after_an_event_does_not_take_its_speakers_other_day() -> None:
    found = events("Peruvian negotiator Elsa Ruiz said on Wednesday that the border would reopen. Ecuador has not "
                   "replied. Ruiz told reporters after the session that the talks were useful.")
    assert of_type(found, "statement") == [("statement", None, frozenset({"Elsa Ruiz"}))]


def test_an_agreement_of_a_dated_meeting_whose_host_has_no_party_told() -> None:
    found = events("Peru and Ecuador have long disputed the border. Deputy Minister Elsa Ruiz and Ecuadorian Deputy "
                   "Minister Luis Mera met in Lima on Monday.\n\nThe two sides agreed to reopen the crossings.")
    assert of_type(found, "agreement") == [("agreement", "2025-06-02", frozenset({"Peru", "Ecuador"}))]


def test_a_meeting_of_other_parties_does_not_date_an_agreement() -> None:
    found = events("Deputy Minister Elsa Ruiz and Chilean Deputy Minister Jose Vera met in Lima on Monday.\n\nPeru "
                   "and Ecuador agreed to reopen the crossings.")
    assert of_type(found, "agreement") == [("agreement", None, frozenset({"Peru", "Ecuador"}))]


# --------------------------------------------------------------------------- the text's own day

def test_a_present_perfect_agreement_is_of_the_publication_day() -> None:
    found = events("Peru and Ecuador have agreed to reopen the border crossings and to share river patrols.")
    assert of_type(found, "agreement") == [("agreement", "2025-06-05", frozenset({"Peru", "Ecuador"}))]


def test_a_reported_present_perfect_agreement_stays_undated() -> None:
    found = events("Brazilian envoy Ana Torres said that Peru and Ecuador have agreed to reopen the border crossings.")
    assert all(e[1] is None for e in of_type(found, "agreement"))


def test_a_past_agreement_stays_undated() -> None:
    found = events("Peru and Ecuador agreed to reopen the border crossings and to share river patrols.")
    assert of_type(found, "agreement") == [("agreement", None, frozenset({"Peru", "Ecuador"}))]


# --------------------------------------------------------------------------- the paragraph's day

NARRATIVE = ("Peruvian President Dina Molina praised the work of the border teams in Quito on Monday. "
             "The meeting of officials from Peru and Ecuador helped to calm the dispute.")


def test_an_undated_event_takes_the_day_its_paragraph_has_just_named() -> None:
    found = events(NARRATIVE)
    assert of_type(found, "meeting") == [("meeting", "2025-06-02", frozenset({"Peru", "Ecuador"}))]


def test_a_paragraph_labelled_with_a_day_dates_its_statements() -> None:
    found = events("Tuesday: Peru and Ecuador resumed the border talks in Quito. Ecuador tabled a new map. "
                   "\"We are close,\" Peruvian negotiator Elsa Ruiz told reporters.")
    assert of_type(found, "statement") == [("statement", "2025-06-03", frozenset({"Elsa Ruiz"}))]


def test_the_day_of_another_paragraph_or_list_item_is_not_taken() -> None:
    for sep in ("\n\n", "\n- "):
        found = events("- " + NARRATIVE.replace(". The meeting", "." + sep + "The meeting"))
        assert of_type(found, "meeting") == [("meeting", None, frozenset({"Peru", "Ecuador"}))], sep


def test_a_present_perfect_is_not_at_the_paragraphs_time() -> None:
    found = events(NARRATIVE.replace("The meeting of officials from Peru and Ecuador helped",
                                     "Officials from Peru and Ecuador have met in Lima to help"))
    assert all(e[1] is None for e in of_type(found, "meeting"))


# --------------------------------------------------------------------------- the talks of a dated deal

DEAL = "Peru and Ecuador agreed on Monday to reopen the border crossings.\n\n"
MINISTERS = ("Peruvian Foreign Minister Elsa Ruiz and Ecuadorian Foreign Minister Luis Mera {} for four hours in "
             "Lima with Brazilian envoy Ana Torres.")


def test_the_undated_talks_next_to_a_dated_deal_are_of_its_day() -> None:
    found = events(DEAL + MINISTERS.format("met"))
    assert of_type(found, "meeting") == [("meeting", "2025-06-02", frozenset({"Elsa Ruiz", "Luis Mera", "Ana Torres"}))]


def test_talks_that_had_been_held_or_are_far_from_the_deal_stay_undated() -> None:
    far = DEAL + "Ecuador welcomed the step. Peru thanked Brazil. Chile offered help.\n\n" + MINISTERS.format("met")
    for text in (DEAL + MINISTERS.format("had met"), far):
        assert [e[1] for e in of_type(events(text), "meeting")] == [None], text


def test_a_statement_at_a_venue_told_before_keeps_no_speaker_day() -> None:
    found = events("Peruvian Foreign Minister Elsa Ruiz said on Monday that the border would reopen. Ecuador has not "
                   "replied. Asked about the talks, Ruiz said in the interview that she was ready.")
    assert all(e[1] is None for e in of_type(found, "statement") if e[2] == frozenset({"Elsa Ruiz"}))


# --------------------------------------------------------------------------- round 5: general phrasings

def test_met_face_to_face_is_a_meeting() -> None:
    found = events("Hopes rose after Georgian and Abkhaz officials met face to face in Geneva on Tuesday.")
    assert of_type(found, "meeting") == [("meeting", "2025-06-03", frozenset({"Georgia", "Abkhazia"}))]


def test_a_description_after_a_comma_does_not_block_met() -> None:
    found = events("Armenian Prime Minister Davit Karapetyan and Azerbaijani President Elchin Mammadli met for two hours "
                   "in Geneva on Tuesday, their first encounter since March.")
    assert of_type(found, "meeting") == [("meeting", "2025-06-03", frozenset({"Davit Karapetyan", "Elchin Mammadli"}))]


def test_hosts_of_the_talks_a_meeting_verb_happens_in_take_part() -> None:
    found = events("Serbian and Kosovo negotiators met in Brussels on Tuesday at a session chaired by EU envoy Tomas Varga.")
    assert of_type(found, "meeting") == [("meeting", "2025-06-03", frozenset({"Serbia", "Kosovo", "Tomas Varga"}))]


def test_a_statement_made_by_a_person_is_their_statement() -> None:
    found = events("The government rejected the statement issued on Monday by Malawian Foreign Minister Grace Phiri.")
    assert of_type(found, "statement") == [("statement", "2025-06-02", frozenset({"Grace Phiri"}))]


def test_a_known_surname_the_tagger_mislabels_still_speaks() -> None:
    found = events('US special envoy Paul Delaney arrived in Oslo on Monday. "Useful. Honest. Much left to do," '
                   'Delaney wrote on X on Tuesday.')
    assert ("statement", "2025-06-03", frozenset({"Paul Delaney"})) in found


def test_a_name_set_off_beside_an_office_is_the_speaker_the_pronoun_takes_up() -> None:
    found = events("The AU's High Representative for the Great Lakes, Lindiwe Khumalo, who chaired the talks, said both "
                   "issues were open. \"One step at a time,\" she told reporters in Kigali on Tuesday.")
    assert found == [("statement", "2025-06-03", frozenset({"Lindiwe Khumalo"}))]


def test_told_a_publication_titled_with_a_capital_the_is_an_interview() -> None:
    found = events('Its spokesman, Ebo Mensah, said the law was cosmetic. "We did not go to Lome to discuss timetables," '
                   'he told The River Echo.')
    assert found == [("statement", None, frozenset({"Ebo Mensah"}))]


def test_a_sermon_or_a_hearing_is_a_statement_venue() -> None:
    found = events('The Catholic bishop of Gulu, Monsignor John Okello, urged both sides to stop. "Peace costs nothing," '
                   'he said during Sunday mass. Senator Ruth Adler said at a hearing on Tuesday that aid must go on.')
    assert ("statement", "2025-06-01", frozenset({"John Okello"})) in found  # "Monsignor" is a form of address
    assert ("statement", "2025-06-03", frozenset({"Ruth Adler"})) in found


def test_travelling_for_talks_with_someone_is_a_meeting_with_them() -> None:
    found = events("Abkhaz leader Aslan Bganba flew to Moscow on Monday for talks with the Russian deputy prime minister.")
    assert ("meeting", "2025-06-02", frozenset({"Aslan Bganba", "Russia"})) in found
    assert of_type(events("Bganba will fly to Moscow on Monday for talks with the Russian deputy prime minister."), "meeting") == []


def test_both_office_holders_are_the_two_people_so_titled() -> None:
    found = events("Prime Minister Ali Dbeiba rules the west. Prime Minister Osama Hammad rules the east. The US envoy, "
                   "Paul Harrow, spoke by phone with both prime ministers on Tuesday.")
    # both are the people so titled; a call is two-sided, so one call with each
    assert sorted(found) == sorted([("call", "2025-06-03", frozenset({"Ali Dbeiba", "Paul Harrow"})),
                                    ("call", "2025-06-03", frozenset({"Osama Hammad", "Paul Harrow"}))])


def test_calling_the_leaders_of_both_sides_is_a_call_to_each() -> None:
    found = events("The Yemeni government and the Houthis swapped prisoners on Monday. The Omani foreign minister called "
                   "the ministers of both sides on Tuesday.")
    calls = of_type(found, "call")
    assert len(calls) == 2 and all(len(c[2]) == 2 and c[1] == "2025-06-03" for c in calls)
    assert {p for c in calls for p in c[2]} >= {"Yemen", "Houthis"}
    assert of_type(events("Critics called the ministers of both sides cowards on Tuesday."), "call") == []


def test_a_time_phrase_is_not_what_a_strike_hit() -> None:
    found = events("On Sunday night, Thai jets struck what the army called a rebel camp in Cambodia's Oddar Meanchey "
                   "province. Phnom Penh called the strike a breach of the ceasefire.")
    assert of_type(found, "attack") == [("attack", "2025-06-01", frozenset({"Thailand", "Cambodia"}))]


def test_a_second_subject_the_parser_splits_off_still_takes_part() -> None:
    found = events("Kenyan President William Odhiambo and Somali President Hassan Farah signed the accord at a ceremony "
                   "in Nairobi on Tuesday.")
    assert ("agreement", "2025-06-03", frozenset({"Kenya", "Somalia"})) in found


def test_signing_or_meeting_at_a_ceremony_or_forum_is_no_statement() -> None:
    found = events("Kenyan President William Odhiambo and Somali President Hassan Farah signed the accord at a ceremony "
                   "in Nairobi on Tuesday. Odhiambo met Farah at a forum in Mombasa on Monday.")
    assert of_type(found, "statement") == []
    said = events("Somali President Hassan Farah announced the deal at a briefing in Nairobi on Tuesday.")
    assert of_type(said, "statement") == [("statement", "2025-06-03", frozenset({"Hassan Farah"}))]


def test_signatories_at_a_ceremony_or_session_meet_there_with_its_host_or_chair() -> None:
    found = events("Kenyan Foreign Minister Grace Wanjiru and Somali Foreign Minister Abdi Nur signed the accord at a "
                   "ceremony hosted by Qatari envoy Khalid Al-Sayed on Tuesday.")
    assert ("meeting", "2025-06-03", frozenset({"Grace Wanjiru", "Abdi Nur", "Khalid Al-Sayed"})) in found
    found = events("The protocol was initialled by Kenyan Foreign Minister Grace Wanjiru and Somali Foreign Minister Abdi "
                   "Nur at the close of a two-day round chaired by Qatari envoy Khalid Al-Sayed.")
    assert of_type(found, "meeting") == [("meeting", None, frozenset({"Grace Wanjiru", "Abdi Nur", "Khalid Al-Sayed"}))]


def test_a_signing_told_with_signatures_is_an_agreement_and_no_statement() -> None:
    found = events("Kenyan Foreign Minister Grace Wanjiru and Somali Foreign Minister Abdi Nur put their signatures to "
                   "the framework at a ceremony in Doha on Tuesday.")
    assert ("agreement", "2025-06-03", frozenset({"Kenya", "Somalia"})) in found
    assert ("meeting", "2025-06-03", frozenset({"Grace Wanjiru", "Abdi Nur"})) in found
    assert of_type(found, "statement") == []


def test_a_signing_dates_the_ceremony_it_is_told_at() -> None:
    found = events("Kenya and Somalia signed a border accord on Tuesday. Kenyan Foreign Minister Grace Wanjiru and Somali "
                   "Foreign Minister Abdi Nur put their names to the accord at a ceremony in Doha.")
    assert ("meeting", "2025-06-03", frozenset({"Grace Wanjiru", "Abdi Nur"})) in found


@pytest.mark.parametrize("text", [
    "Kenyan Foreign Minister Grace Wanjiru and Somali Foreign Minister Abdi Nur signed the accord on Tuesday.",
    "The accord was signed by Kenyan Foreign Minister Grace Wanjiru and Somali Foreign Minister Abdi Nur in the "
    "presence of their presidents.",
])
def test_a_signing_with_no_occasion_named_is_no_meeting(text: str) -> None:
    assert of_type(events(text), "meeting") == []


def test_signatories_at_a_named_place_meet_there() -> None:
    found = events("Peruvian Foreign Minister Ana Quispe and Chilean Foreign Minister Pablo Rojas signed the water accord "
                   "in Arica on Tuesday.")
    assert ("meeting", "2025-06-03", frozenset({"Ana Quispe", "Pablo Rojas"})) in found
    for elsewhere in ("in their capitals on Tuesday.", "in May."):  # no place they stood together
        found = events("Peruvian Foreign Minister Ana Quispe and Chilean Foreign Minister Pablo Rojas signed the water "
                       f"accord {elsewhere}")
        assert of_type(found, "meeting") == []


def test_the_text_initialled_by_two_people_is_the_deal_of_their_sides() -> None:
    found = events("Talks between Peru and Chile on the river ended in Lima. The text was initialled late on Tuesday in "
                   "Lima by Peruvian Foreign Minister Ana Quispe and Chilean Foreign Minister Pablo Rojas.")
    assert ("agreement", "2025-06-03", frozenset({"Peru", "Chile"})) in found


def test_a_government_named_for_the_group_that_rules_the_state_is_that_state() -> None:
    found = events("Iran and Afghanistan's Taliban government signed a water accord in Herat on Tuesday.")
    assert found == [("agreement", "2025-06-03", frozenset({"Iran", "Afghanistan"}))]


def test_a_participle_misparsed_as_the_main_verb_of_its_deal_is_a_reduced_relative() -> None:
    from spacy.tokens import Doc

    from peacetrack.extract.events.triggers import _reduced_relative

    vocab = nlp.load().vocab
    # "The truce, first reached in May, held." parsed with "reached" as the verb "truce" is subject of
    words = ["The", "truce", ",", "first", "reached", "in", "May", ",", "held", "."]
    heads = [1, 4, 4, 4, 8, 4, 5, 8, 8, 8]
    deps = ["det", "nsubj", "punct", "advmod", "parataxis", "prep", "pobj", "punct", "ROOT", "punct"]
    tags = ["DT", "NN", ",", "RB", "VBN", "IN", "NNP", ",", "VBD", "."]
    doc = Doc(vocab, words=words, heads=heads, deps=deps, tags=tags)
    assert [t.text for t in _reduced_relative(doc[1])] == ["reached"]
    # "The truce was reached in May.": a clause of its own
    doc = Doc(vocab, words=["The", "truce", "was", "reached", "in", "May", "."], heads=[1, 3, 3, 3, 3, 4, 3],
              deps=["det", "nsubjpass", "auxpass", "ROOT", "prep", "pobj", "punct"],
              tags=["DT", "NN", "VBD", "VBN", "IN", "NNP", "."])
    assert _reduced_relative(doc[1]) == []


def test_a_deal_reached_by_hotline_was_reached_on_a_call_between_its_sides() -> None:
    found = events("Peru and Chile agreed on Tuesday to prolong the frontier truce. The understanding between the two "
                   "armies' chiefs, reached by hotline on Monday, has held.")
    assert ("call", "2025-06-02", frozenset({"Peru", "Chile"})) in found
    assert ("agreement", "2025-06-02", frozenset({"Peru", "Chile"})) in found


def test_a_signing_told_in_a_passive_clause_of_its_own_at_a_named_place_is_a_meeting() -> None:
    found = events("Peru and Chile settled their quarrel over the river. The water accord was signed in Arica on Tuesday by "
                   "Peruvian Foreign Minister Ana Quispe and Chilean Foreign Minister Pablo Rojas.")
    assert ("meeting", "2025-06-03", frozenset({"Ana Quispe", "Pablo Rojas"})) in found
    # a reduced clause refers back to a deal told as background: no meeting is told
    found = events("Peru and Chile quarrel again over the river. The water accord, signed in Arica by Peruvian Foreign "
                   "Minister Ana Quispe and Chilean Foreign Minister Pablo Rojas in 2022, is fraying.")
    assert of_type(found, "meeting") == []


def test_a_witness_from_a_third_side_meets_the_signatories() -> None:
    found = events("Peruvian Foreign Minister Ana Quispe and Chilean Foreign Minister Pablo Rojas signed the water accord "
                   "in Arica on Tuesday in the presence of the Brazilian envoy Rui Costa.")
    assert ("meeting", "2025-06-03", frozenset({"Ana Quispe", "Pablo Rojas", "Rui Costa"})) in found
    # the leader of a signatory's own side looks on: that is no third side
    found = events("Peruvian Foreign Minister Ana Quispe and Chilean Foreign Minister Pablo Rojas signed the water accord "
                   "in Arica on Tuesday in the presence of Peruvian President Luis Mamani.")
    assert ("meeting", "2025-06-03", frozenset({"Ana Quispe", "Pablo Rojas"})) in found


def test_a_signing_told_in_a_clause_set_off_on_the_deal_just_reported_is_a_meeting() -> None:
    found = events("Peru and Chile agreed rules for the river on Wednesday. The protocol, initialled in Arica by Peruvian "
                   "Foreign Minister Ana Quispe and Chilean Foreign Minister Pablo Rojas, bars armed boats.")
    assert ("meeting", "2025-06-04", frozenset({"Ana Quispe", "Pablo Rojas"})) in found


def test_initialling_the_text_of_a_treaty_is_an_agreement() -> None:
    found = events("In Doha on Tuesday, Kenyan and Somali delegates initialled the full text of the border treaty.")
    assert found == [("agreement", "2025-06-03", frozenset({"Kenya", "Somalia"}))]


def test_the_host_or_mediator_in_a_hyphened_participle_takes_part() -> None:
    found = events("Kenyan and Somali officials wrapped up three days of Saudi-hosted talks on Tuesday.")
    assert found == [("meeting", "2025-06-03", frozenset({"Kenya", "Somalia", "Saudi Arabia"}))]
    found = events("Kenya and Somalia agreed on Tuesday to extend the truce after a third round of Turkish- and "
                   "Qatari-mediated talks in Istanbul.")
    assert ("meeting", "2025-06-03", frozenset({"Kenya", "Somalia", "Turkey", "Qatar"})) in found


def test_a_party_before_a_hyphened_host_is_not_the_host() -> None:
    found = events("Kenyan and Somali leaders met at a UN-hosted meeting on Tuesday.")
    assert found == [("meeting", "2025-06-03", frozenset({"Kenya", "Somalia", "United Nations"}))]


def test_a_statement_at_the_ceremony_is_on_the_day_of_the_one_signing_told() -> None:
    found = events('Kenya and Somalia signed a border accord in Nairobi on Tuesday.\n\n"We close a long chapter," '
                   'Kenyan Foreign Minister Grace Wanjiru said at the ceremony.')
    assert ("statement", "2025-06-03", frozenset({"Grace Wanjiru"})) in found


def test_a_text_handed_over_in_person_on_a_day_is_a_meeting() -> None:
    found = events("US envoy Mark Dale handed the plan to President Joseph Aoun and Prime Minister Nawaf Salam at the "
                   "palace in Baabda on Tuesday.")
    assert found == [("meeting", "2025-06-03", frozenset({"Mark Dale", "Joseph Aoun", "Nawaf Salam"}))]


@pytest.mark.parametrize("text", [
    "US envoy Mark Dale has presented Lebanese leaders with a three-stage plan, which ran into a deadlock on Tuesday.",
    "Kenyan President William Odhiambo handed the plan to the press on Tuesday.",
    "Lebanese President Joseph Aoun handed over three detained fishermen to Cyprus on Tuesday.",
])
def test_a_text_handed_over_with_no_day_or_to_no_side_is_no_meeting(text: str) -> None:
    assert of_type(events(text), "meeting") == []


def test_a_deal_named_for_the_city_it_was_signed_in_binds_only_its_signatories() -> None:
    found = events("The talks grew out of the Nairobi Declaration, which Ethiopian Prime Minister Abiy Ahmed and Somali "
                   "President Hassan Sheikh Mohamud signed in December 2024.")
    assert of_type(found, "agreement") == [("agreement", None, frozenset({"Ethiopia", "Somalia"}))]


def test_a_text_said_to_be_agreed_on_a_day_dates_the_one_deal_told_before() -> None:
    found = events("Kenya and Somalia signed the Nairobi Declaration under Ugandan mediation. What has it changed?\n\n"
                   "What did the declaration say?\n\nThe short text, agreed in the Kenyan capital on 11 December 2024, "
                   "committed both sides to open talks.")
    assert of_type(found, "agreement") == [("agreement", "2024-12-11", frozenset({"Kenya", "Somalia"}))]


def test_sitting_down_for_talks_is_a_meeting() -> None:
    found = events("Kenyan and Somali officials sat down for talks in Nairobi on Monday.")
    assert found == [("meeting", "2025-06-02", frozenset({"Kenya", "Somalia"}))]


def test_a_list_in_apposition_to_a_group_names_all_its_members() -> None:
    found = events("The two presidents, William Odhiambo of Kenya and Hassan Farah of Somalia, met in Nairobi on Tuesday.")
    assert found == [("meeting", "2025-06-03", frozenset({"William Odhiambo", "Hassan Farah"}))]


def test_the_person_told_in_a_call_is_its_other_side() -> None:
    found = events("In a phone call on Tuesday, Kenyan President William Odhiambo told Somali President Hassan Farah "
                   "that the border would reopen.")
    assert found == [("call", "2025-06-03", frozenset({"William Odhiambo", "Hassan Farah"}))]


def test_talks_that_brought_together_two_sides_are_their_meeting() -> None:
    found = events("The talks, held in Nairobi on Monday, brought together Kenyan and Somali officials.")
    assert found == [("meeting", "2025-06-02", frozenset({"Kenya", "Somalia"}))]


def test_being_somewhere_for_talks_with_someone_is_a_meeting() -> None:
    found = events("Kenyan President William Odhiambo was in Mogadishu on Tuesday for talks with Somali President Hassan Farah.")
    assert ("meeting", "2025-06-03", frozenset({"William Odhiambo", "Hassan Farah"})) in found
    assert events("Kenya is ready for talks with Somalia.") == []


def test_saying_something_on_television_or_radio_is_a_statement() -> None:
    found = events("Kenyan President William Odhiambo said on national television on Tuesday that the truce would hold.")
    assert found == [("statement", "2025-06-03", frozenset({"William Odhiambo"}))]


def test_mediators_of_rounds_of_talks_take_part_in_the_talks() -> None:
    found = events("Delegations from Kenya and Somalia signed a ceasefire on Tuesday after two rounds of talks mediated "
                   "by Qatar and Turkey.")
    assert [e[2] for e in of_type(found, "meeting")] == [frozenset({"Kenya", "Somalia", "Qatar", "Turkey"})]


def test_talks_overseen_by_a_third_party_include_it() -> None:
    found = events("Kenyan and Somali negotiators met in Doha on Tuesday in talks overseen by Qatar.")
    assert found == [("meeting", "2025-06-03", frozenset({"Kenya", "Somalia", "Qatar"}))]


def test_the_two_leaders_are_the_last_two_people_named() -> None:
    found = events("Kenyan President William Odhiambo and Somali President Hassan Farah held talks on Tuesday. "
                   "The two leaders also signed a trade agreement.")
    assert ("agreement", "2025-06-03", frozenset({"Kenya", "Somalia"})) in found


def test_between_a_and_b_with_b_parsed_as_the_verb_subject() -> None:
    found = events("A call between Kenyan President William Odhiambo and Somali President Hassan Farah took place on Tuesday.")
    assert found == [("call", "2025-06-03", frozenset({"William Odhiambo", "Hassan Farah"}))]


def test_a_video_conference_is_a_call() -> None:
    found = events("Kenyan President William Odhiambo and Somali President Hassan Farah held a video conference on Tuesday.")
    assert found == [("call", "2025-06-03", frozenset({"William Odhiambo", "Hassan Farah"}))]


def test_being_received_or_hosted_by_someone_is_a_meeting() -> None:
    found = events("Somali President Hassan Farah was received by Kenyan President William Odhiambo at State House on Tuesday.")
    assert found == [("meeting", "2025-06-03", frozenset({"William Odhiambo", "Hassan Farah"}))]


def test_greeting_welcoming_or_sitting_down_with_a_person_is_a_meeting() -> None:
    for s in ("Kenyan President William Odhiambo welcomed Somali President Hassan Farah to State House on Tuesday.",
              "Kenyan President William Odhiambo sat down with Somali President Hassan Farah on Tuesday.",
              "Kenyan President William Odhiambo shook hands with Somali President Hassan Farah on Tuesday."):
        assert events(s) == [("meeting", "2025-06-03", frozenset({"William Odhiambo", "Hassan Farah"}))]
    assert events("Kenyan President William Odhiambo welcomed Somali President Hassan Farah's decision on Tuesday.") == []


def test_a_passive_exchange_with_its_agent_is_an_exchange() -> None:
    found = events("Some 90 prisoners were exchanged by Kenya and Somalia on Tuesday.")
    assert found == [("exchange", "2025-06-03", frozenset({"Kenya", "Somalia"}))]


def test_going_to_a_state_or_its_capital_is_a_visit() -> None:
    assert events("Kenyan President William Odhiambo went to Mogadishu on Tuesday.") == [
        ("visit", "2025-06-03", frozenset({"William Odhiambo"}))]
    assert events("Kenyan President William Odhiambo travelled to the Somali capital on Tuesday.") == [
        ("visit", "2025-06-03", frozenset({"William Odhiambo"}))]
    assert events("The Somali foreign ministry went further in a statement on Tuesday, saying the truce was over.") == [
        ("statement", "2025-06-03", frozenset({"Somalia"}))]


def test_signed_on_behalf_of_two_sides_binds_those_sides() -> None:
    found = events("The agreement was signed on behalf of Kenya by Foreign Minister Jane Wanjiku and on behalf of Somalia "
                   "by Foreign Minister Ahmed Nur on Tuesday.")
    assert found == [("agreement", "2025-06-03", frozenset({"Kenya", "Somalia"}))]


def test_the_swap_taking_up_a_prisoner_swap_is_an_exchange_of_the_two_sides() -> None:
    found = events("Kenya and Somalia have agreed on a prisoner swap, officials said on Monday. The swap took place on Wednesday.")
    assert ("exchange", "2025-06-04", frozenset({"Kenya", "Somalia"})) in found
    assert of_type(events("Kenya and Somalia agreed on Monday to free prisoners. The exchange of fire went on."), "exchange") == []


def test_the_mediator_of_talks_takes_part_in_them() -> None:
    found = events("Qatar mediated talks between Kenya and Somalia in Doha on Tuesday.")
    assert found == [("meeting", "2025-06-03", frozenset({"Kenya", "Somalia", "Qatar"}))]


def test_talks_under_the_auspices_of_a_third_party_include_it() -> None:
    assert events("Talks between Kenya and Somalia took place in Doha on Tuesday under the auspices of the African Union.") \
        == [("meeting", "2025-06-03", frozenset({"Kenya", "Somalia", "African Union"}))]
    assert events("Kenyan and Somali officials met in Doha on Tuesday under the mediation of Qatar.") \
        == [("meeting", "2025-06-03", frozenset({"Kenya", "Somalia", "Qatar"}))]


def test_a_round_of_talks_held_under_a_third_partys_facilitation_includes_it() -> None:
    # what the talks are held under hangs on the verb whose subject is the round, not on the talks noun
    assert events("The second round of talks between Kenya and Somalia was held in Doha on Tuesday under the "
                  "facilitation of Qatar.") == [("meeting", "2025-06-03", frozenset({"Kenya", "Somalia", "Qatar"}))]


def test_a_list_of_parties_parsed_as_appositions_keeps_every_member() -> None:
    found = events("The African Union, the Republic of Kenya, the Republic of Uganda, Tanzania and Rwanda on Tuesday "
                   "signed a memorandum on a regional rail corridor.")
    assert found == [("agreement", "2025-06-03", frozenset({"African Union", "Kenya", "Uganda", "Tanzania", "Rwanda"}))]


def test_a_communiques_capitalised_sides_are_the_two_sides_not_a_person() -> None:
    found = events("Kenyan and Somali ministers met in Doha on Tuesday. The Sides signed a protocol on access to the sea.")
    assert ("agreement", "2025-06-03", frozenset({"Kenya", "Somalia"})) in found
    assert all("Sides" not in e[2] for e in found)


def test_talks_of_several_days_are_dated_by_their_first_day() -> None:
    for when in ("on 2 and 3 June", "on 2-3 June 2025", "on 2–3 June"):
        assert events(f"Kenya and Somalia held talks in Doha {when}.") \
            == [("meeting", "2025-06-02", frozenset({"Kenya", "Somalia"}))]
    assert events("Kenyan President William Odhiambo paid a state visit to Somalia on 2-3 June.") \
        == [("visit", "2025-06-02", frozenset({"William Odhiambo"}))]
    # a deal comes at the close of the talks: the last day
    found = events("Kenya and Somalia held talks in Doha on 2 and 3 June. At the close of the talks, the two "
                   "countries signed a border accord.")
    assert ("agreement", "2025-06-03", frozenset({"Kenya", "Somalia"})) in found
    assert ("meeting", "2025-06-02", frozenset({"Kenya", "Somalia"})) in found
    # two days joined by "and" that are not consecutive are two days, not a span
    assert events("Kenya and Somalia held talks in Doha on 2 and 4 June.")[0][1] != "2025-06-02"


def test_comments_to_reporters_and_a_speech_used_to_say_are_statements() -> None:
    for s in ("In comments to reporters on Tuesday, Kenyan President William Odhiambo said the truce would hold.",
              "Kenyan President William Odhiambo used a speech in Nairobi on Tuesday to say the truce would hold."):
        assert events(s) == [("statement", "2025-06-03", frozenset({"William Odhiambo"}))]


def test_addressing_an_assembly_is_a_statement() -> None:
    assert events("Kenyan President William Odhiambo, addressing parliament on Tuesday, said the truce would hold.") == [
        ("statement", "2025-06-03", frozenset({"William Odhiambo"}))]
    assert events("Kenyan President William Odhiambo addressed the issue on Tuesday.") == []


def test_an_event_under_a_day_heading_happened_that_day() -> None:
    text = ("Key events of the week.\n\nMonday, June 2\n\n"
            "- The foreign ministers of Chad and Niger met in Niamey to discuss the border.\n\n"
            "Tuesday, June 3\n\n- Chadian President Ali Brahim told reporters in N'Djamena that the talks went well.\n")
    found = events(text)
    assert ("meeting", "2025-06-02", frozenset({"Chad", "Niger"})) in found
    assert ("statement", "2025-06-03", frozenset({"Ali Brahim"})) in found


def test_a_day_in_a_relative_clause_on_a_person_is_not_the_signing_day() -> None:
    found = events("Peru and Chile signed a fisheries pact in Lima on Monday. The pact was signed by Peruvian Fisheries "
                   "Minister Ana Quispe and Chilean Fisheries Minister Pablo Rojas in the presence of Peruvian President "
                   "Luis Mamani, who returned from Bolivia on Sunday for the event.")
    assert of_type(found, "agreement") == [("agreement", "2025-06-02", frozenset({"Peru", "Chile"}))]


def test_after_the_signing_is_the_recent_signing_not_one_recalled_since() -> None:
    found = events("Peru and Chile signed a fisheries pact in Lima on Wednesday. It builds on the border treaty that "
                   "their presidents signed in Arica on 4 June 2024.\n\n\"Fish know no border,\" Peruvian Fisheries "
                   "Minister Ana Quispe told reporters after the signing.")
    assert ("statement", "2025-06-04", frozenset({"Ana Quispe"})) in found


def test_a_strike_counted_from_the_ceremony_told_before_takes_its_day() -> None:
    found = events("Peru and Chile signed a water pact in Lima on Wednesday. The ceremony came three days after a drone "
                   "hit the main pumping station at the Sama field, near the border, setting a tank ablaze. The strike, "
                   "which Peru's army blamed on Chile, was the gravest violation so far of the truce.")
    assert ("attack", "2025-06-01", frozenset({"Chile", "Peru"})) in found


def test_the_call_told_again_with_its_day_dates_the_call_reported() -> None:
    found = events("Peru and Chile have agreed to prolong their truce, both armies announced on Thursday following a "
                   "hotline call between their commanders. The call took place on Wednesday, a joint text said.")
    assert ("call", "2025-06-04", frozenset({"Peru", "Chile"})) in found


def test_a_live_blog_tells_the_news_of_its_filing_day() -> None:
    text = ("Live: Peru and Chile hold river talks in Arica\n\n"
            "09:00 - Delegations reached the customs house before dawn, after a storm kept them away on Monday.\n\n"
            "11:30 - The Peruvian side asked for a break.\n\n"
            "13:45 - Lunch. Chilean Foreign Minister Pablo Rojas said in an interview with local radio that his side could "
            "accept joint gauges.\n")
    found = events(text)
    assert ("meeting", "2025-06-05", frozenset({"Peru", "Chile"})) in found
    assert ("statement", "2025-06-05", frozenset({"Pablo Rojas"})) in found


def test_a_strike_on_a_place_inside_its_phrase_bears_on_the_truce() -> None:
    found = events("On Tuesday, Chadian artillery shelled the outskirts of the Nigerien town of Diffa after a firefight; "
                   "Niamey called it a breach of the truce.")
    assert ("attack", "2025-06-03", frozenset({"Chad", "Niger"})) in found


def test_the_attack_carried_out_by_a_party_is_its_attack() -> None:
    found = events("Niger condemned the attack carried out on Tuesday by Chadian troops against a Nigerien army camp "
                   "near Diffa, in breach of the ceasefire.")
    assert ("attack", "2025-06-03", frozenset({"Chad", "Niger"})) in found


def test_a_joint_press_conference_is_one_statement_of_all_who_held_it() -> None:
    found = events('"The road is open," Ali Brahim, the foreign minister of Chad, told a joint press conference with '
                   "Moussa Salifou of Niger on Tuesday.")
    assert ("statement", "2025-06-03", frozenset({"Ali Brahim", "Moussa Salifou"})) in found
    found = events("Ali Brahim, the foreign minister of Chad, told a press conference on Tuesday after the signing. "
                   "Moussa Salifou, the foreign minister of Niger, said at the same press conference that the border "
                   "would reopen.")
    assert found == [("statement", "2025-06-03", frozenset({"Ali Brahim", "Moussa Salifou"}))]


def test_an_office_of_a_named_region_is_a_participant_as_written() -> None:
    found = events("On Wednesday the Chadian prime minister telephoned the Northern Region's prime minister.")
    assert ("call", "2025-06-04", frozenset({"Chadian prime minister", "Northern Region's prime minister"})) in found


def test_talks_led_by_named_people_are_their_meeting() -> None:
    found = events("The three-way talks on Tuesday were led by Chadian Foreign Minister Ali Brahim and Nigerien "
                   "Foreign Minister Moussa Salifou.")
    assert ("meeting", "2025-06-03", frozenset({"Ali Brahim", "Moussa Salifou"})) in found


# --------------------------------------------------------------------------- recall and dates on unseen reports

def test_a_subject_hung_on_the_datelines_country_is_found_past_it() -> None:
    found = events("NIAMEY, Niger — Negotiators for the Chadian government and Niger met for a first round of talks "
                   "in the Nigerien capital on Tuesday, officials said.")
    assert ("meeting", "2025-06-03", frozenset({"Chad", "Niger"})) in found


def test_the_paragraph_after_the_lead_goes_on_with_the_leads_day() -> None:
    found = events("Chad and Niger agreed on Tuesday to reopen two border posts.\n\n"
                   "Chadian President Ali Brahim and Nigerien President Moussa Salifou met for nearly three hours at a "
                   "lakeside lodge, their first encounter since March.\n\n"
                   '"It is a start," Brahim told reporters afterwards.')
    assert ("meeting", "2025-06-03", frozenset({"Ali Brahim", "Moussa Salifou"})) in found
    assert ("statement", "2025-06-03", frozenset({"Ali Brahim"})) in found


def test_a_day_named_after_the_lead_ends_the_leads_day() -> None:
    found = events("Chad and Niger agreed on Tuesday to reopen two border posts.\n\n"
                   "On Sunday the ministers had spoken about trade.\n\n"
                   "Chadian President Ali Brahim and Libyan Prime Minister Omar Fathi met at a lakeside lodge.")
    assert ("meeting", None, frozenset({"Ali Brahim", "Omar Fathi"})) in found


def test_talks_a_day_before_a_dated_meeting_are_dated_by_it() -> None:
    found = events("Chadian President Ali Brahim and Nigerien President Moussa Salifou met in Niamey on Wednesday.\n\n"
                   "A day before the meeting, Brahim had flown to Tripoli for talks with Libyan Prime Minister Omar Fathi.")
    assert ("meeting", "2025-06-03", frozenset({"Ali Brahim", "Omar Fathi"})) in found


def test_a_list_of_leaders_with_an_office_in_apposition_holds_all_of_them() -> None:
    found = events("The three-way talks on Tuesday were led by Chadian Foreign Minister Ali Brahim, Niger's minister of "
                   "mines, Moussa Salifou, and Libyan Oil Minister Omar Fathi.")
    assert ("meeting", "2025-06-03", frozenset({"Ali Brahim", "Moussa Salifou", "Omar Fathi"})) in found


def test_separate_meetings_beside_joint_talks_are_events_of_their_own() -> None:
    found = events("The three-way talks on Tuesday were led by Chadian Foreign Minister Ali Brahim, Nigerien Foreign "
                   "Minister Moussa Salifou and Libyan Foreign Minister Omar Fathi. Before the joint session, Fathi "
                   "held a separate meeting with Brahim, and later the same day received Salifou at his embassy.")
    meetings = of_type(found, "meeting")
    assert ("meeting", "2025-06-03", frozenset({"Ali Brahim", "Moussa Salifou", "Omar Fathi"})) in meetings
    assert ("meeting", "2025-06-03", frozenset({"Omar Fathi", "Ali Brahim"})) in meetings
    assert ("meeting", "2025-06-03", frozenset({"Omar Fathi", "Moussa Salifou"})) in meetings


def test_the_president_alone_is_the_one_person_so_titled() -> None:
    found = events("President Ali Brahim of Chad received a delegation on Monday. On Tuesday morning, the President held "
                   "a video call with Nigerien Prime Minister Moussa Salifou.")
    assert ("call", "2025-06-03", frozenset({"Ali Brahim", "Moussa Salifou"})) in found


def test_a_dateline_with_an_accented_capital_is_no_participant() -> None:
    found = events("NDJAMÉNA, Chad (WNS) — The foreign ministers of Niger and Mali signed an agreement with Libya on "
                   "Tuesday reopening the desert road.")
    assert ("agreement", "2025-06-03", frozenset({"Niger", "Mali", "Libya"})) in found


def test_a_day_inside_quoted_words_does_not_date_the_speech() -> None:
    found = events('Chadian President Ali Brahim and Nigerien President Moussa Salifou met on Tuesday. "Today the road '
                   'opens again," Brahim told a press conference after the talks.')
    assert ("statement", "2025-06-03", frozenset({"Ali Brahim"})) in found


def test_a_day_inside_a_quoted_show_name_still_dates_the_speech() -> None:
    found = events("Speaking on “Sahel Report Sunday,” Chadian President Ali Brahim said the road would open.")
    assert ("statement", "2025-06-01", frozenset({"Ali Brahim"})) in found


def test_both_delegations_are_the_parties_whose_delegations_were_named() -> None:
    found = events("On Monday the UN envoy held separate meetings with the Chadian delegation and with a Libyan "
                   "delegation. On Tuesday Niger and Mali joined the talks as observers. On Wednesday both delegations "
                   "agreed to open a humanitarian corridor.")
    assert ("agreement", "2025-06-04", frozenset({"Chad", "Libya"})) in found



def test_the_leads_day_told_again_carries_it_further_on() -> None:
    found = events("Chad and Niger agreed on Tuesday to reopen two border posts.\n\n"
                   "The talks broke down over customs duties.\n\n"
                   "Under the text signed on Tuesday, traders may cross freely.\n\n"
                   "On the sidelines, Chadian President Ali Brahim held a separate meeting with Libyan Prime Minister "
                   "Omar Fathi.")
    assert ("meeting", "2025-06-03", frozenset({"Ali Brahim", "Omar Fathi"})) in found


def test_a_meeting_taken_up_to_say_what_it_did_keeps_no_leads_day() -> None:
    found = events("Chad and Niger agreed on Tuesday to reopen two border posts.\n\n"
                   "The meeting of officials from Chad and Libya helped to calm the dispute.")
    assert ("meeting", None, frozenset({"Chad", "Libya"})) in found


def test_the_government_and_the_rebels_are_the_sides_of_a_war_with_a_movement() -> None:
    found = events("Sudan and the Rapid Support Forces signed a truce last month. Monitors said on Wednesday that "
                   "government troops shelled rebel positions near the river on Sunday, in a breach of the truce.")
    assert ("attack", "2025-06-01", frozenset({"Sudan", "Rapid Support Forces"})) in found


def test_the_government_of_a_war_between_states_is_no_side() -> None:
    found = events("Chad and Niger signed a truce last month. Monitors said on Wednesday that government troops "
                   "shelled positions near the river on Sunday, in a breach of the truce.")
    assert of_type(found, "attack") == []


def test_talks_mediated_by_a_third_party_are_the_two_sides_talks_with_it() -> None:
    found = events("Chad and Libya exchanged prisoners on Wednesday, completing a deal reached after eleven days of talks "
                   "overseen by the United Nations.")
    assert any(e[0] == "meeting" and e[2] == frozenset({"Chad", "Libya", "United Nations"}) for e in found)


def test_talks_under_a_partys_mediation_with_its_minister_chairing_hold_both() -> None:
    found = events("Talks between the Chadian government and Libya resumed in Doha on Tuesday under Qatari mediation, "
                   "with Qatar's minister of state, Khalid Al-Nasr, chairing the session.")
    assert ("meeting", "2025-06-03", frozenset({"Chad", "Libya", "Khalid Al-Nasr"})) in found


def test_a_movement_the_article_introduces_by_its_acronym_is_a_party() -> None:
    found = events("The government of Chad and the Valley Liberation Front (VLF) signed a peace agreement in Doha on "
                   "Tuesday.")
    assert ("agreement", "2025-06-03", frozenset({"Chad", "VLF"})) in found


def test_a_deal_told_in_passing_as_signed_on_a_day_is_the_two_sides_deal() -> None:
    found = events("Chad and Libya exchanged prisoners on Wednesday, completing a deal signed in Doha on May 28.")
    assert ("agreement", "2025-05-28", frozenset({"Chad", "Libya"})) in found
    found = events("Chad and Libya exchanged prisoners on Wednesday under a deal signed years ago.")
    assert of_type(found, "agreement") == []


def test_a_speaker_after_a_quotation_the_parser_misread_is_the_speaker() -> None:
    found = events('"Our boats were shot in waters where, by agreement, no one shoots," Chad\'s president wrote on X on '
                   "Tuesday.")
    assert [e for e in of_type(found, "statement") if e[1] == "2025-06-03"]
    assert all("shoots" not in " ".join(e[2]) for e in found)


def test_an_office_named_by_its_portfolio_is_a_participant_as_written() -> None:
    found = events("Speaking at a press conference in the capital on Tuesday, the Minister of Territorial Administration "
                   "said there could be no truce.")
    assert ("statement", "2025-06-03", frozenset({"the Minister of Territorial Administration"})) in found


def test_a_statement_after_the_signing_takes_the_day_of_the_deal() -> None:
    found = events("Chad and Niger signed a border protocol in Niamey on Tuesday.\n\nOn Sunday the envoys had spoken "
                   'about trade.\n\n"The river is shared now," Chadian Foreign Minister Ali Brahim told a press conference '
                   "after the signing.")
    assert ("statement", "2025-06-03", frozenset({"Ali Brahim"})) in found


def test_agreed_by_phone_is_a_call() -> None:
    found = events("The Chadian and Nigerien interior ministers agreed by phone on Tuesday to open a police hotline.")
    assert ("call", "2025-06-03", frozenset({"Chad", "Niger"})) in found
    assert of_type(found, "agreement") == []


def test_people_held_captive_swapped_are_an_exchange() -> None:
    found = events("On Tuesday Chad and Niger swapped eleven herders detained for crossing the line with their flocks.")
    assert ("exchange", "2025-06-03", frozenset({"Chad", "Niger"})) in found


def test_a_clash_both_sides_report_as_a_breach_is_their_attack() -> None:
    found = events("Sudan and the Rapid Support Forces signed a truce in 2024. The rebels and the army reported a clash "
                   "near the river on Tuesday, which both called a violation of the ceasefire.")
    assert ("attack", "2025-06-03", frozenset({"Sudan", "Rapid Support Forces"})) in found
    found = events("Sudan and the Rapid Support Forces signed a truce in 2024. Fans clashed near the stadium on Tuesday.")
    assert of_type(found, "attack") == []


def test_the_deal_said_agreed_on_a_day_dates_the_deal_told_before() -> None:
    found = events("Chad and the Valley Liberation Front (VLF) have agreed a 30-day truce.\n\nThe truce was agreed on "
                   "Sunday, after nine hours of talks at a hotel in the capital.")
    assert of_type(found, "agreement") == [("agreement", "2025-06-01", frozenset({"Chad", "VLF"}))]


def test_what_the_sides_had_agreed_is_not_of_the_day_it_is_told() -> None:
    found = events("Chadian Foreign Minister Ali Brahim told a news conference on Tuesday that the next round would be "
                   "held in Niamey, as Chad and Niger had agreed.")
    assert ("agreement", None, frozenset({"Chad", "Niger"})) in found


def test_a_body_that_speaks_in_a_statement_is_the_speaker_as_named() -> None:
    found = events("The Ceasefire Monitoring and Verification Mechanism said in a statement on Tuesday that both armies "
                   "had pulled back.")
    assert ("statement", "2025-06-03", frozenset({"Ceasefire Monitoring and Verification Mechanism"})) in found
    found = events("The Daily Border Times said in a statement on Tuesday that it would appeal.")
    assert of_type(found, "statement") == []


def test_fighters_loyal_to_a_movement_are_its_side() -> None:
    found = events("Chad and the Valley Liberation Front (VLF) signed a truce in May. On Tuesday fighters loyal to the VLF "
                   "shelled the town of Abeche, in breach of the truce.")
    assert ("attack", "2025-06-03", frozenset({"VLF", "Chad"})) in found


def test_by_telephone_is_how_not_who() -> None:
    found = events("The talks came a day after Niger's military ruler, General Ali Brahim, spoke by telephone with the "
                   "Chadian president about the border.")
    assert any(e[0] == "call" and "Ali Brahim" in e[2] for e in found)


def test_a_host_who_met_each_minister_separately_met_each_of_the_talks_sides() -> None:
    found = events("On Tuesday Chadian Foreign Minister Ali Brahim and Libyan Foreign Minister Omar Fathi met in Niamey at "
                   "the invitation of their Nigerien counterpart, Moussa Salifou. Before the three-way session, Salifou "
                   "met each minister separately at the foreign ministry.")
    meetings = of_type(found, "meeting")
    assert ("meeting", "2025-06-03", frozenset({"Ali Brahim", "Omar Fathi", "Moussa Salifou"})) in meetings
    assert ("meeting", "2025-06-03", frozenset({"Moussa Salifou", "Ali Brahim"})) in meetings
    assert ("meeting", "2025-06-03", frozenset({"Moussa Salifou", "Omar Fathi"})) in meetings


def test_an_event_first_told_in_a_headline_takes_the_day_of_a_later_mentions_paragraph() -> None:
    found = events("Chad and Niger swapped prisoners at the border\n\nThe first test of the truce came on Sunday. At the "
                   "crossing, Chad and Niger exchanged forty prisoners of war.")
    assert ("exchange", "2025-06-01", frozenset({"Chad", "Niger"})) in found


def test_that_evening_is_the_day_named_a_few_paragraphs_before() -> None:
    found = events('Foreign Minister Ali Brahim met envoy Omar Fathi in Niamey on Tuesday. The talks were calm.\n\n'
                   '"Useful talks," Fathi wrote on X after the meeting.\n\n'
                   'Brahim was less upbeat. "We did not come to give in," he told state television that evening.')
    assert ("statement", "2025-06-03", frozenset({"Ali Brahim"})) in found


def test_a_statement_does_not_take_the_day_of_what_it_reports() -> None:
    found = events("Chad's army said on Wednesday that clashes had killed ten people.\n\n"
                   "Army spokesman Ali Brahim said in a statement that rebel fighters shelled army positions near "
                   "Abeche on Sunday.")
    assert ("statement", "2025-06-04", frozenset({"Ali Brahim"})) in found


def test_a_statement_takes_the_day_its_venue_was_posted() -> None:
    found = events("The rebel commander Ali Brahim said in an audio message posted on a Telegram channel on Tuesday "
                   "that his fighters would not disarm.")
    assert ("statement", "2025-06-03", frozenset({"Ali Brahim"})) in found


def test_a_border_post_is_a_place_not_a_message() -> None:
    assert of_type(events("Colonel Ali Brahim, speaking at a military post near Abeche on Tuesday, said the truce "
                          "held."), "statement") == []
    assert of_type(events("Colonel Ali Brahim said in a Facebook post on Tuesday that the truce held."),
                   "statement") == [("statement", "2025-06-03", frozenset({"Ali Brahim"}))]


def test_a_mediator_told_in_the_next_sentence_joins_the_talks() -> None:
    found = events("Chadian Foreign Minister Ali Brahim and Libyan Foreign Minister Omar Fathi held talks in Niamey on "
                   "Saturday. Bishop Paul Kaba, who chairs the peace committee, mediated.")
    assert found == [("meeting", "2025-05-31", frozenset({"Ali Brahim", "Omar Fathi", "Paul Kaba"}))]


def test_opening_fire_on_a_boat_is_an_attack() -> None:
    found = events("Chadian soldiers fired on a Libyan fishing boat on Tuesday.")
    assert ("attack", "2025-06-03", frozenset({"Chad", "Libya"})) in found
    assert of_type(events("Chad fired the minister on Tuesday."), "attack") == []


def test_an_event_counted_days_after_a_dated_clause() -> None:
    found = events("Niger freed 14 Chadian fishermen on Monday, two days after a Nigerien navy patrol opened fire on "
                   "their boat on the lake.")
    assert ("attack", "2025-05-31", frozenset({"Niger", "Chad"})) in found


def test_talks_a_day_after_a_dated_call() -> None:
    found = events("Chad's leader Ali Brahim spoke by telephone with Omar Fathi on Tuesday. The talks between Chad and "
                   "Libya came a day after Ali Brahim spoke by telephone with Omar Fathi.")
    assert ("meeting", "2025-06-04", frozenset({"Chad", "Libya"})) in found


def test_an_unnamed_attacker_is_the_party_blamed_next() -> None:
    found = events("Chad and the Valley Liberation Front (VLF) agreed a truce on Saturday. Hours later, gunmen attacked "
                   "a police checkpoint in Abeche, killing two officers. Police blamed the VLF's armed wing and called "
                   "the killings a breach of the truce.")
    assert ("attack", None, frozenset({"VLF", "Chad"})) in found


def test_a_joint_press_conference_is_shared_with_the_fellow_at_the_talks_who_speaks_next() -> None:
    found = events("The foreign ministers Ali Brahim and Omar Fathi met for four hours in Ankara on Monday with Turkish "
                   "Foreign Minister Selim Aydin.\n\n\"Our borders are not for sale,\" Brahim said at a joint press "
                   "conference. He said Chad rejected any deal.\n\nFathi said Libya sought access to the sea.")
    assert ("statement", "2025-06-02", frozenset({"Ali Brahim", "Omar Fathi"})) in found


def test_a_host_of_talks_told_nowhere_else_met_the_two_sides() -> None:
    found = events("Chad and Libya agreed on Tuesday to reopen their border. Nigerien Foreign Minister Paul Kaba "
                   "hosted the talks.")
    assert ("meeting", "2025-06-03", frozenset({"Paul Kaba", "Chad", "Libya"})) in found


def test_brought_together_with_and_acted_as_host() -> None:
    found = events("The one-day session in the capital on Tuesday brought Commission President Ali Brahim together "
                   "with Foreign Minister Omar Fathi. Chad's foreign minister, Paul Kaba, acted as host and mediator.")
    assert found == [("meeting", "2025-06-03", frozenset({"Ali Brahim", "Omar Fathi", "Paul Kaba"}))]


def test_after_the_talks_is_not_dated_by_talks_told_further_on() -> None:
    found = events("Chad and Libya agreed a truce on Saturday. Bishop Paul Kaba mediated.\n\n"
                   "\"We came to stop the funerals,\" rebel negotiator Omar Fathi told reporters after the talks.\n\n"
                   "Britain's envoy, Helen Carr, visited Abeche on Friday, the day before the talks, and met Bishop "
                   "Paul Kaba.")
    assert ("statement", "2025-05-30", frozenset({"Omar Fathi"})) not in found


def test_meetings_apart_before_a_session_take_its_day_once_known() -> None:
    found = events("Why Chad and Libya are drawing their border\n\nNIAMEY — This week the two governments signed a deal "
                   "on the border.\n\nWhat was agreed?\n\nOn Monday, Chadian Foreign Minister Ali Brahim and Libyan "
                   "Foreign Minister Omar Fathi signed an agreement in Niamey. Nigerien Foreign Minister Paul Kaba "
                   "hosted the talks.\n\nBefore the three-way session, Kaba met each minister separately at his office.")
    assert ("meeting", "2025-06-02", frozenset({"Paul Kaba", "Chad", "Libya"})) in found
    assert ("meeting", "2025-06-02", frozenset({"Paul Kaba", "Chad"})) in found
    assert ("meeting", "2025-06-02", frozenset({"Paul Kaba", "Libya"})) in found


def test_a_call_with_both_leaders_is_one_call_with_each() -> None:
    found = events("Chad's prime minister, Ali Brahim, and Libya's prime minister, Omar Fathi, met in Niamey last month. "
                   "The US envoy for the Sahel, Daniel White, spoke by phone with both prime ministers on Tuesday, the "
                   "State Department said.")
    calls = of_type(found, "call")
    assert sorted(calls) == sorted([("call", "2025-06-03", frozenset({"Daniel White", "Ali Brahim"})),
                                    ("call", "2025-06-03", frozenset({"Daniel White", "Omar Fathi"}))])


def test_the_paramilitary_is_the_movement_at_war_with_the_state() -> None:
    found = events("Chad's army and the Valley Liberation Front (VLF) agreed a truce this month. In practice, the "
                   "militia's drones hit a fuel depot in the army-held town of Abeche on Sunday, killing 12 people.")
    assert ("attack", "2025-06-01", frozenset({"Chad", "VLF"})) in found


def test_who_speaks_right_after_a_ceremony_speech_spoke_there() -> None:
    found = events('Chad and the Valley Liberation Front (VLF) signed a peace agreement in Doha on Wednesday.\n\n'
                   'Speaking at the signing ceremony, Minister Ali Brahim said: "Today Chad chooses the pen."\n\n'
                   'VLF President Omar Fathi said: "We came as adversaries and we leave as partners."\n\n'
                   'Analysts in Paris said the deal was fragile.\n\nLater, Foreign Minister Paul Kaba said the talks '
                   'would go on.')
    statements = of_type(found, "statement")
    assert ("statement", "2025-06-04", frozenset({"Omar Fathi"})) in statements
    assert not any("Paul Kaba" in e[2] for e in statements)


def test_a_release_from_a_titled_person_the_text_does_not_name_is_theirs() -> None:
    doc = nlp.parse("The Council welcomes a 15-day extension of the truce in eastern Chad.")
    e = release_event("Statement from Council Spokesperson Ana Ruiz Welcoming an Extension of the Truce", PUB.isoformat(),
                      find_actors(doc, PUB.isoformat()))
    assert e is not None and (e.type, e.participants) == ("statement", ["Ana Ruiz"])


def test_those_who_join_the_talks_sit_with_those_who_held_them() -> None:
    found = events("Monday: The UN envoy, Elena Moratti, held separate meetings in Geneva with the Chadian delegation "
                   "and with the Libyan delegation.\n\nTuesday: Niger and Mali joined the talks as observers.")
    joined = [e for e in of_type(found, "meeting") if {"Niger", "Mali"} <= e[2]]
    assert joined and {"Elena Moratti", "Chad"} <= joined[0][2]


def test_the_pairs_meeting_is_the_last_two_people_named() -> None:
    found = events("Donald Trump and Chadian President Ali Brahim clashed last month. The accord fell apart after the "
                   "pair's stormy meeting in the Oval Office.")
    assert ("meeting", None, frozenset({"Donald Trump", "Ali Brahim"})) in found


def test_handing_detained_members_to_someone_is_an_exchange() -> None:
    found = events("Chad and the Valley Liberation Front (VLF) agreed a truce on Saturday. The first test came on Sunday. "
                   "In Abeche, the army handed 42 detained VLF members to the bishop.")
    assert ("exchange", "2025-06-01", frozenset({"Chad", "VLF"})) in found
    assert of_type(events("Chad and Libya agreed a truce on Saturday. The envoy handed the letter to the bishop."),
                   "exchange") == []


def test_a_bare_call_in_which_the_sides_discussed_is_a_call() -> None:
    found = events("Peru and Bolivia discussed water rights in a call on Tuesday.")
    assert ("call", "2025-06-03", frozenset({"Peru", "Bolivia"})) in found
    assert of_type(events("The minister repeated in a call for calm that talks must resume."), "call") == []


def test_talks_between_two_sides_whose_and_the_parser_hung_elsewhere() -> None:
    found = events("A ceasefire was reached on Saturday after nine hours of talks in Mombasa between the Kenyan interior "
                   "minister, Omar Vale, and a Somali delegation led by its chief negotiator, Paul Rinn.")
    assert ("meeting", "2025-05-31", frozenset({"Omar Vale", "Somalia"})) in found


def test_a_visit_to_two_capitals_is_a_visit_to_each() -> None:
    found = of_type(events("Deputy Foreign Minister Omar Vale visited Nairobi and Kampala on Monday."), "visit")
    assert len(found) == 2 and all(e[2] == frozenset({"Omar Vale"}) for e in found)
    assert len(of_type(events("Deputy Foreign Minister Omar Vale visited Nairobi, Kenya, on Monday."), "visit")) == 1


def test_a_meeting_said_to_be_an_encounter_between_two_sides_is_theirs() -> None:
    found = events("The meeting in Geneva, hosted by the Swiss government, was the first encounter between Peru and "
                   "Bolivia since the war.")
    assert ("meeting", None, frozenset({"Peru", "Bolivia", "Switzerland"})) in found


def test_movements_named_by_a_bare_acronym_after_a_group_noun_are_parties() -> None:
    found = events("The Chadian delegation met representatives of the armed groups KLF and UPF in Sarh on Monday.")
    assert ("meeting", "2025-06-02", frozenset({"Chad", "KLF", "UPF"})) in found
    swap = events("Chad's army and the rebel group M24 exchanged prisoners on Monday.")
    assert ("exchange", "2025-06-02", frozenset({"Chad", "M24"})) in swap


def test_the_parties_after_talks_of_three_sides_are_those_sides_without_the_chair() -> None:
    found = events("The Chadian delegation met representatives of the armed groups KLF and UPF in Sarh on Monday under "
                   "Libyan mediation. The parties signed a protocol on quartering the fighters.")
    assert ("agreement", "2025-06-02", frozenset({"Chad", "KLF", "UPF"})) in found


def test_speaking_with_the_leaders_of_both_sides_is_a_call_with_each() -> None:
    for text in ("Peru and Bolivia still disagree, even after Donald Trump spoke with the countries' leaders.",
                 "Peru and Bolivia still disagree, even after Donald Trump spoke with the leaders of both countries."):
        calls = of_type(events(text), "call")
        assert {e[2] for e in calls} == {frozenset({"Donald Trump", "Peru"}), frozenset({"Donald Trump", "Bolivia"})}


def test_a_dateline_parsed_as_the_subject_leaves_its_conjuncts_as_the_subject() -> None:
    found = events("NAIROBI — Somalia and Ethiopia signed a deal on Monday.")
    assert ("agreement", "2025-06-02", frozenset({"Somalia", "Ethiopia"})) in found


def test_delegates_from_two_states_stand_for_them() -> None:
    found = events("Delegates from Kenya and Uganda concluded a third round of negotiations in Arusha on Monday.")
    assert ("meeting", "2025-06-02", frozenset({"Kenya", "Uganda"})) in found


def test_carrying_out_a_prisoner_exchange_is_an_exchange_of_the_subjects() -> None:
    found = events("Kenya and Uganda carried out a prisoner exchange on Monday.")
    assert ("exchange", "2025-06-02", frozenset({"Kenya", "Uganda"})) in found


def test_a_deal_named_by_its_day_is_an_agreement_of_that_day() -> None:
    found = events("Monday's agreement between Kenya and Uganda ends a long dispute over the lake.")
    assert ("agreement", "2025-06-02", frozenset({"Kenya", "Uganda"})) in found
    assert of_type(events("Monday's agreement ends a long dispute over the lake."), "agreement") == []


def test_the_three_ministers_unnamed_are_the_three_states_of_the_ministers_told_before() -> None:
    found = events("The foreign ministers of Mali, Chad and Niger signed an agreement with Togo on Wednesday. The one-day "
                   "session in the capital brought the Togolese envoy Komi Agbo together with the three ministers.")
    assert any(e[0] == "meeting" and e[2] == frozenset({"Komi Agbo", "Mali", "Chad", "Niger"}) for e in found)


def test_an_attack_with_its_attacker_after_by_is_theirs() -> None:
    found = events("Kenya condemned the attack on Sunday by Ugandan troops on a power plant, in breach of the truce.")
    assert ("attack", "2025-06-01", frozenset({"Uganda", "Kenya"})) in found


def test_a_named_body_beside_a_party_in_the_subject_takes_part() -> None:
    found = events("Kenya and the International Atomic Energy Agency on Monday agreed in Geneva to let monitors back in.")
    assert ("agreement", "2025-06-02", frozenset({"Kenya", "International Atomic Energy Agency"})) in found
    assert of_type(events("Kenya and the Interfax news agency agreed on Monday that reporters could return."), "agreement") == []


def test_calling_someone_on_a_day_or_to_discuss_is_a_call_and_a_call_received_from_someone_too() -> None:
    for text in ("Donald Trump called Emmanuel Macron on Monday.",
                 "Donald Trump called Emmanuel Macron on Monday to discuss the war."):
        assert ("call", "2025-06-02", frozenset({"Donald Trump", "Emmanuel Macron"})) in events(text)
    intro = "Kenyan President Daniel Otieno and Ugandan President Joseph Okello have quarrelled over the lake. "
    found = events(intro + "Otieno received a phone call from Okello on Monday.")
    assert ("call", "2025-06-02", frozenset({"Daniel Otieno", "Joseph Okello"})) in found
    assert of_type(events(intro + "Okello called on Otieno on Monday to resign."), "call") == []


def test_what_two_leaders_do_by_telephone_is_a_call() -> None:
    for text in ("Donald Trump and Emmanuel Macron exchanged views by telephone on Monday.",
                 "Donald Trump conferred with Emmanuel Macron over the phone on Monday."):
        assert ("call", "2025-06-02", frozenset({"Donald Trump", "Emmanuel Macron"})) in events(text)
    assert of_type(events("Donald Trump threatened reporters by phone on Monday."), "call") == []


def test_two_sides_exchanging_fire_in_breach_of_the_truce_is_an_attack_of_both() -> None:
    for text in ("Kenyan forces and Ugandan troops exchanged fire on Monday, in violation of the ceasefire.",
                 "Kenyan troops clashed with Ugandan forces on Monday, in breach of the ceasefire."):
        assert ("attack", "2025-06-02", frozenset({"Kenya", "Uganda"})) in events(text)
    assert of_type(events("Kenya and Uganda clashed over the truce on Monday."), "attack") == []
    assert of_type(events("Donald Trump and Emmanuel Macron clashed on Monday about the truce."), "attack") == []


def test_calling_an_office_with_its_holder_named_is_a_call() -> None:
    found = events("Chad's president Idriss Kaba called Niger's president Ali Moussa on Tuesday to discuss the truce.")
    assert [(e[0], e[2]) for e in of_type(found, "call")] == [("call", frozenset({"Idriss Kaba", "Ali Moussa"}))]
    assert of_type(events("Chad's president Idriss Kaba called the deal a betrayal on Tuesday."), "call") == []


def test_calling_a_counterpart_of_a_named_state_is_a_call_with_that_state() -> None:
    found = events("Chad's president Idriss Kaba called his Nigerien counterpart on Tuesday.")
    assert [(e[0], e[2]) for e in of_type(found, "call")] == [("call", frozenset({"Idriss Kaba", "Niger"}))]


def test_briefing_reporters_is_a_statement() -> None:
    found = events("Chad's foreign minister Idriss Kaba briefed reporters in N'Djamena on Monday.")
    assert [(e[0], e[2]) for e in of_type(found, "statement")] == [("statement", frozenset({"Idriss Kaba"}))]


def test_a_subject_the_parser_hangs_on_a_fronted_place_still_signs() -> None:
    found = events("On Monday, at a ceremony in the hall of the Andean Community in Lima, Peru and Chile signed a fisheries treaty.")
    assert ("agreement", "2025-06-02", frozenset({"Peru", "Chile"})) in found


def test_telling_the_security_council_is_a_statement() -> None:
    found = events("On Wednesday the UN envoy, Sofia Brandt, told the Security Council the ceasefire mostly held.")
    assert ("statement", "2025-06-04", frozenset({"Sofia Brandt"})) in found


def test_a_then_inside_the_quoted_words_does_not_move_the_telling_away() -> None:
    text = ("Kenya and Uganda reopened their border crossing at Busia on Wednesday.\n\n"
            "\"We reopen today and then we build the bridge,\" Kenyan trade minister Rose Achieng told a news conference"
            " in Nairobi.")
    assert ("statement", "2025-06-04", frozenset({"Rose Achieng"})) in events(text)


def test_a_statement_with_no_time_of_its_own_is_on_the_day_the_story_leads_with() -> None:
    text = ("Kenya accused Uganda on Tuesday of breaching their border truce, after soldiers fired on a patrol boat on"
            " Sunday.\n\n"
            "Villagers near the lake said the shooting lasted an hour.\n\n"
            "\"A truce that holds only on paper is no truce,\" Kenyan navy spokesman Peter Otieno told a news conference"
            " in Kisumu.")
    assert ("statement", "2025-06-03", frozenset({"Peter Otieno"})) in events(text)


def test_speaking_to_a_counterpart_of_a_named_state_is_a_call_with_that_state() -> None:
    found = events("Kenyan President William Ruto spoke to his Ugandan counterpart by phone on Monday.")
    assert ("call", "2025-06-02", frozenset({"William Ruto", "Uganda"})) in found
    assert of_type(events("Kenyan President William Ruto flew to the Ugandan capital on Monday."), "call") == []


def test_a_statement_afterwards_takes_the_last_day_named_when_no_event_near_is_dated() -> None:
    text = ("The UN envoy, Maria Lindqvist, presented the plan to both leaders on Monday.\n\n"
            "It sets out three stages over four years.\n\n"
            "The leaders accepted its first step. \"We got a yes before lunch,\" Lindqvist told a press conference"
            " afterwards.")
    assert ("statement", "2025-06-02", frozenset({"Maria Lindqvist"})) in events(text)


def test_a_visit_over_a_span_of_days_from_one_to_another_takes_its_first_day() -> None:
    found = events("The UN envoy, Maria Lindqvist, visited Nairobi from 2 to 4 June 2025.")
    assert ("visit", "2025-06-02", frozenset({"Maria Lindqvist"})) in found
    assert of_type(events("Kenya and Uganda have observed the truce since 2 June."), "agreement") == []


def test_the_exchange_of_detainees_on_a_named_day_is_between_the_two_sides_at_issue() -> None:
    text = ("Kenya and Uganda held a fourth round of talks in Doha. The mediators praised the exchange of detainees"
            " made at Busia on 2 June as a gesture of trust.")
    assert ("exchange", "2025-06-02", frozenset({"Kenya", "Uganda"})) in events(text)
    text = "Kenya and Uganda held talks in Doha. They discussed the exchange of prisoners agreed on 2 June."
    assert of_type(events(text), "exchange") == []


def test_its_ministry_opening_a_sentence_speaks_for_the_party_just_the_subject() -> None:
    text = ("Uganda rejected the charge of an ambush. Its defence ministry said in a short communique on Tuesday"
            " that the patrol had strayed across the border.")
    assert ("statement", "2025-06-03", frozenset({"Uganda"})) in events(text)


def test_a_statement_after_the_session_takes_the_day_given_to_the_talks() -> None:
    text = ("The ninth round of the border commission ended on Tuesday with no accord on the river crossings.\n\n"
            "The Kenyan side, led by deputy minister Otieno Wafula, said Ugandan patrols had fired on fishermen. "
            "\"These shots break the truce,\" Wafula told journalists after the session.")
    assert ("statement", "2025-06-03", frozenset({"Otieno Wafula"})) in events(text)
    text = ("The council adopted a resolution at its meeting on Monday.\n\n"
            "\"These shots break the truce,\" Otieno Wafula told journalists after the session.")
    assert ("statement", "2025-06-02", frozenset({"Otieno Wafula"})) in events(text)


def test_an_office_set_beside_its_holders_name_is_no_other_participant() -> None:
    text = ("The Minister of Energy of the Republic of Kenya, Otieno Wafula, and the Minister of Mines of the Republic "
            "of Uganda, Grace Namata, signed the pipeline accord on Monday while both presidents looked on.")
    assert of_type(events(text), "agreement") == [("agreement", "2025-06-02", frozenset({"Otieno Wafula", "Grace Namata"}))]


def test_a_month_that_tells_who_the_speaker_is_is_not_the_time_of_the_statement() -> None:
    text = ("The ninth round of the border talks ended on Monday.\n\n"
            "\"We cannot wait,\" the council's chair for June, Kenyan envoy Otieno Wafula, told reporters after the session.")
    assert ("statement", "2025-06-02", frozenset({"Otieno Wafula"})) in events(text)


@pytest.mark.parametrize("said", ['"We have buried the old quarrel," Ilse Varga said at the signing.',
                                  '"The river is ours to share," Ilse Varga said after the ceremony.',
                                  'Speaking after the signing, Minister Varga said: "The quarrel is over."'])
def test_speaking_at_or_after_a_signing_is_a_statement_on_the_day_of_the_deal(said: str) -> None:
    found = events("Peru and Chile signed a fisheries accord in Arica on Monday. Peru's foreign minister is Ilse "
                   "Varga. " + said)
    assert [(e[1], {p.split()[-1] for p in e[2]}) for e in of_type(found, "statement")] == [("2025-06-02", {"Varga"})]


def test_reacting_after_a_signing_is_no_statement_at_it() -> None:
    found = events("Peru and Chile signed a fisheries accord in Arica on Monday. Ilse Varga welcomed the signing.")
    assert of_type(found, "statement") == []


@pytest.mark.parametrize("pair", ["Sudan and South Sudan", "Guinea and Equatorial Guinea"])
def test_a_state_whose_name_ends_another_states_name_stays_a_participant(pair: str) -> None:
    found = of_type(events(f"{pair} signed a river navigation accord in the border town on Monday."), "agreement")
    assert found == [("agreement", "2025-06-02", frozenset(pair.split(" and ")))]


def test_speaking_to_reporters_after_a_reported_clause_is_the_statement_of_who_said_it() -> None:
    found = of_type(events("Norland's foreign minister Ilse Brandt said on Tuesday that her capital would keep the "
                           "corridor open, speaking to reporters at the airport."), "statement")
    assert found == [("statement", "2025-06-03", frozenset({"Ilse Brandt"}))]


def test_a_treaty_signed_a_span_before_the_days_deal_is_a_deal_of_its_own() -> None:
    found = events("Armenia and Georgia swapped the last grazing strips on Monday, two years after signing a "
                   "treaty which closed their quarrel over the valley. Both governments agreed on Monday as well to thin "
                   "out their patrols near the river.")
    assert sorted(of_type(found, "agreement"), key=str) == [
        ("agreement", "2025-06-02", frozenset({"Armenia", "Georgia"})),
        ("agreement", None, frozenset({"Armenia", "Georgia"})),
    ]


def test_a_deal_signed_months_before_what_the_sentence_reports_is_not_the_days_deal() -> None:
    found = events("Four months after Armenia and Georgia signed a border accord, shepherds still cannot cross the ridge. "
                   "The two neighbours also agreed on Monday to open another pass before winter.")
    assert sorted(of_type(found, "agreement"), key=str) == [
        ("agreement", "2025-06-02", frozenset({"Armenia", "Georgia"})),
        ("agreement", None, frozenset({"Armenia", "Georgia"})),
    ]
