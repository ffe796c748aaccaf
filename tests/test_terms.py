"""Terms of a deal: a sentence opening "Under the deal, ..." binds the deal's parties to what it names."""
from __future__ import annotations

import datetime as dt

from peacetrack.extract.pipeline import extract_article
from peacetrack.records import Article


def stances(text: str) -> dict[tuple[str, str], str]:
    ex = extract_article(Article(id="t.txt", date=dt.date(2025, 6, 12), text=text))
    return {(p.provision, p.party): p.stance for p in ex.positions}


def test_terms_of_a_deal_told_before_bind_its_parties():
    got = stances("Chad and Niger signed an agreement in Niamey on Tuesday to end two years of border clashes.\n\n"
                  "Under the deal, the two armies will free all prisoners of war within a month.")
    assert got[("prisoner_exchange", "Chad")] == "agree"
    assert got[("prisoner_exchange", "Niger")] == "agree"


def test_the_deal_names_its_own_parties():
    got = stances("Under the accord between Chad and Niger, refugees will be allowed to return home.")
    assert got[("humanitarian_access", "Chad")] == "agree"
    assert got[("humanitarian_access", "Niger")] == "agree"


def test_a_deal_not_yet_made_binds_no_one():
    got = stances("Chad and Niger signed an agreement in Niamey on Tuesday to end two years of border clashes.\n\n"
                  "Under the proposed deal, the two armies will free all prisoners of war within a month.")
    assert got.get(("prisoner_exchange", "Chad")) != "agree"
    got = stances("Chad and Niger signed an agreement in Niamey on Tuesday to end two years of border clashes.\n\n"
                  "Under the deal, the two armies would free all prisoners of war within a month.")
    assert got.get(("prisoner_exchange", "Niger")) != "agree"


def test_a_deal_that_sets_out_an_item_binds_its_parties():
    got = stances("Chad and Niger signed an agreement in Niamey on Tuesday to end two years of border clashes.\n\n"
                  "The accord also provides for the release of all prisoners of war within a month.")
    assert got[("prisoner_exchange", "Chad")] == "agree"
    assert got[("prisoner_exchange", "Niger")] == "agree"


def test_a_draft_or_a_mediator_is_no_party_to_the_terms():
    got = stances("Chad and Niger signed an agreement in Niamey on Tuesday, mediated by Togo.\n\n"
                  "The accord provides for the release of all prisoners of war within a month.")
    assert ("prisoner_exchange", "Togo") not in got
    got = stances("Chad and Niger met in Niamey on Tuesday.\n\n"
                  "The draft accord provides for the release of all prisoners of war within a month.")
    assert got.get(("prisoner_exchange", "Chad")) != "agree"


def test_a_deal_that_sets_out_an_item_in_a_relative_clause():
    got = stances("Chad and Niger reached an agreement in Niamey on Tuesday.\n\n"
                  "The leaders hailed the accord, which provides for the return of refugees.")
    assert got[("humanitarian_access", "Chad")] == "agree"
    assert got[("humanitarian_access", "Niger")] == "agree"


def test_a_communique_told_before_binds_its_parties():
    got = stances("Chad and Niger ended two days of talks in Niamey on Tuesday with a joint communique.\n\n"
                  "Under the communique, aid convoys will be given safe passage through the border region.")
    assert got[("humanitarian_access", "Chad")] == "agree"
    assert got[("humanitarian_access", "Niger")] == "agree"


def test_a_deal_commits_its_parties_to_what_its_infinitive_names():
    got = stances("Chad and Niger signed a peace agreement in Niamey on Tuesday.\n\n"
                  "The agreement commits both states to respect the territorial integrity of the other.")
    assert got[("territory", "Chad")] == got[("territory", "Niger")] == "agree"


def test_it_and_its_articles_stand_for_the_deal_named_before():
    got = stances("Chad and Niger signed a peace agreement in Niamey on Tuesday.\n\n"
                  "The agreement was welcomed by the African Union. It sets out a staged pullout and commits Chad to disarm the militias.")
    assert got[("arms_control", "Chad")] == got[("arms_control", "Niger")] == "agree"
    got = stances("Chad and Niger met in Niamey on Tuesday to close their border dispute.\n\n"
                  "The text was initialled by both foreign ministers in Niamey. "
                  "Its nine articles include mutual recognition of the two states' territorial integrity.")
    assert got[("territory", "Chad")] == got[("territory", "Niger")] == "agree"


def test_a_text_only_presented_binds_no_one():
    got = stances("Chad and Niger held talks in Niamey on Tuesday.\n\n"
                  "The document was presented by the Malian envoy. "
                  "Its nine articles include mutual recognition of the two states' territorial integrity.")
    assert got.get(("territory", "Chad")) != "agree"


def test_a_second_infinitive_of_the_commitment_binds_too():
    got = stances("Chad and Niger signed a peace agreement in Niamey on Tuesday.\n\n"
                  "The agreement commits both states to respect the border and to free all prisoners of war.")
    assert got[("prisoner_exchange", "Chad")] == got[("prisoner_exchange", "Niger")] == "agree"


def test_a_pledge_listed_among_the_terms_binds_its_parties():
    got = stances("Chad and Niger met in Niamey on Tuesday to close their border dispute.\n\n"
                  "The text was initialled by both foreign ministers in Niamey. "
                  "Its nine articles include the opening of two border crossings, a pledge to free all prisoners "
                  "of war, and joint patrols.")
    assert got[("prisoner_exchange", "Chad")] == got[("prisoner_exchange", "Niger")] == "agree"


def test_a_proposal_listed_in_a_deal_is_no_pledge():
    got = stances("Chad and Niger held talks in Niamey on Tuesday.\n\n"
                  "The agenda includes a Malian proposal to free all prisoners of war.")
    assert got.get(("prisoner_exchange", "Chad")) != "agree"


def test_the_document_told_signed_binds_its_parties():
    # "the document" after a deal told made is that deal: what it commits the sides to, they agree
    got = stances("Benin and Togo signed a framework accord in Cotonou on Monday.\n\n"
                  "The document commits the two states to shared hydropower dams on the Mono river.")
    assert got[("natural_resources", "Benin")] == "agree"
    assert got[("natural_resources", "Togo")] == "agree"
    # with no deal told made, a document may be anyone's draft
    got = stances("Benin and Togo met in Cotonou on Monday.\n\n"
                  "The document commits the two states to shared hydropower dams on the Mono river.")
    assert got.get(("natural_resources", "Benin")) != "agree"


def test_a_side_binding_itself_in_a_deal_told_made_binds_all_its_parties():
    # "In it" is the declaration just signed: what one side affirms in it, both sides agree to
    got = stances("Benin and Togo signed a joint declaration in Cotonou on Monday.\n\n"
                  "In it, Togo affirmed Benin's sovereignty and territorial integrity.")
    assert got[("territory", "Benin")] == got[("territory", "Togo")] == "agree"
    got = stances("Benin and Togo signed a joint declaration in Cotonou on Monday.\n\n"
                  "In the declaration Togo pledged to respect Benin's sovereignty and territorial integrity.")
    assert got[("territory", "Benin")] == got[("territory", "Togo")] == "agree"
    # with no deal told made, the pledge is its maker's alone
    got = stances("Benin and Togo met in Cotonou on Monday.\n\n"
                  "In the declaration Togo pledged to respect Benin's sovereignty and territorial integrity.")
    assert got.get(("territory", "Benin")) is None
