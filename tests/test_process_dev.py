"""Acceptance checks of issue 4 on the shared dev corpus (read from ../shared at run time).

Several checks depend on per-article extraction (event types and dates,
status cues) as much as on the merging rules; a failure here may come from
either.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from peacetrack import process
from peacetrack.ingest import ingest
from peacetrack.store import open_store

from conftest import DEV_CORPUS, need_shared


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    need_shared()
    path: Path = tmp_path_factory.mktemp("dev") / "dev.db"
    s = open_store(path)
    ingest([str(DEV_CORPUS)], s)
    yield s
    s.close()


def test_no_two_timeline_events_share_type_date_and_participants(store) -> None:
    rows = process.timeline(store)
    keys = [(r["type"], r["date"], tuple(r["participants"])) for r in rows]
    assert len(keys) == len(set(keys))
    reports = store.rows("SELECT count(*) AS n FROM events")[0]["n"]
    assert len(rows) < reports  # merging merged something
    assert sum(len(r["evidence"]) for r in rows) == reports  # and lost no report


def test_energy_moratorium_history_is_dated_and_ordered(store) -> None:
    rec = process.provision(store, "energy_strike_moratorium")
    dates = [s["date"] for s in rec["history"]]
    assert dates == sorted(dates) and len(set(dates)) == len(dates) and len(dates) >= 3
    statuses = [s["status"] for s in rec["history"]]
    assert {"agreed", "signed", "implemented"} & set(statuses)
    assert all(r["sentence"] for s in rec["history"] for r in s["reports"])
    # the agreement of the 18 March call is on record from the first report of it, the next day
    first_agreed = next(s["date"] for s in rec["history"] if s["status"] == "agreed")
    assert first_agreed <= "2025-03-19"


def test_energy_moratorium_violations_after_the_agreement_open_a_dispute(store) -> None:
    rec = process.provision(store, "energy_strike_moratorium")
    statuses = [s["status"] for s in rec["history"]]
    first_agreement = min(statuses.index(s) for s in ("agreed", "signed", "implemented") if s in statuses)
    assert "violated" in statuses[first_agreement:]
    assert rec["disputed"] or any(s["effect"] == "dispute" for s in rec["history"])


def test_changes_since_march_20_list_the_maritime_agreement(store) -> None:
    digest = process.changes(store, since="2025-03-20")
    hits = [t for t in digest["status_transitions"] if t["provision"] == "maritime_security" and t["to"] == "agreed"]
    assert hits and hits[0]["date"] == "2025-03-25"
    assert any("Black Sea" in (e["sentence"] or "") for e in hits[0]["evidence"])


def _riyadh(store, pair: set[str]) -> list[dict]:
    return [r for r in process.timeline(store, since="2025-03-23", until="2025-03-25")
            if r["type"] == "meeting" and set(r["parties"]) == pair]


@pytest.mark.parametrize("pair, statement", [
    ({"Russia", "United States"}, "wh_2025-03-25_outcomes-of-the-united-states-and-russia"),
    ({"Ukraine", "United States"}, "wh_2025-03-25_outcomes-of-the-united-states-and-ukraine"),
])
def test_riyadh_talks_appear_once_with_their_reports(store, pair, statement) -> None:
    (row,) = _riyadh(store, pair)
    articles = {e["article"] for e in row["evidence"]}
    assert any(a.startswith(statement) for a in articles)  # the White House outcome, undated, attached
    assert any(a.startswith("news_2025-03-25_us-holds-separate-talks") for a in articles)
    assert row["sources"] == len(articles) >= 2


def test_black_sea_arrangements_of_march_25_appear_once(store) -> None:
    rows = [r for r in process.timeline(store, since="2025-03-25", until="2025-03-25") if r["type"] == "agreement"]
    assert len(rows) == 1
    articles = {e["article"][:40] for e in rows[0]["evidence"]}
    assert {"wh_2025-03-25_outcomes-of-the-united-sta", "news_2025-03-27_things-to-know-about-the"} <= articles
    assert rows[0]["sources"] >= 4
