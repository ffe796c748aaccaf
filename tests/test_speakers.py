"""Quote speakers in FORMAT.md names: people, issuers of documents, organisations."""
from __future__ import annotations

import datetime as dt

from peacetrack.extract.pipeline import extract_article
from peacetrack.records import Article


def speakers(text: str) -> dict[str, str]:
    ex = extract_article(Article(id="t.txt", date=dt.date(2024, 5, 9), text=text))
    return {q.text: q.speaker for q in ex.quotes}


def test_a_joint_statement_speaks_for_its_parties() -> None:
    got = speakers(
        "Armenia and Azerbaijan signed a joint statement in Almaty on Tuesday.\n\n"
        "\"Both sides will refrain from the use of force along the border,\" the statement said."
    )
    assert set(got["Both sides will refrain from the use of force along the border,"].split(" and ")) == {
        "Armenia", "Azerbaijan"}


def test_a_nominal_office_is_the_person_holding_it() -> None:
    got = speakers(
        "Armenian Prime Minister Nikol Pashinyan met the Azerbaijani delegation on Monday.\n\n"
        "\"We are closer to peace than ever,\" the prime minister said."
    )
    assert got["We are closer to peace than ever,"] == "Nikol Pashinyan"


def test_the_company_is_the_organisation_named_before() -> None:
    got = speakers(
        "Naftogaz said its gas facility was hit overnight.\n\n"
        "\"Repairs will take weeks,\" the company said in a statement."
    )
    assert got["Repairs will take weeks,"] == "Naftogaz"
