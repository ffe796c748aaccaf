"""The cross-article rules on hand-built extractions written to a real SQLite store.

The articles here are invented for the tests; the extractions are built by
hand so that each rule (merging, attachment, supersession, disputes) is
exercised exactly, independent of the per-article extractors.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from peacetrack import process
from peacetrack.process.actors import Resolver, office_holder
from peacetrack.process.events import compatible
from peacetrack.process.provisions import day_verdict
from peacetrack.records import Actor, Article, Event, Evidence, Extraction, Position, Status
from peacetrack.store import NotFound, QueryError, open_store


def article(aid: str, date: str, text: str, source: str | None = None) -> Article:
    return Article(id=aid, date=dt.date.fromisoformat(date), text=text, source=source)


def ev(a: Article) -> Evidence:
    return Evidence(a.id, 0, len(a.text), a.text)


def extraction(aid: str, date: str, text: str, *, events=(), statuses=(), positions=(), actors=(),
               source: str | None = None) -> Extraction:
    a = article(aid, date, text, source)
    return Extraction(
        article=a,
        actors=[Actor(n, [], t, p, ev(a)) for n, t, p in actors],
        events=[Event(t, d, list(ps), ev(a)) for t, d, ps in events],
        positions=[Position(pr, party, st, cond, stage, ev(a)) for pr, party, st, cond, stage in positions],
        status=[Status(pr, st, ev(a)) for pr, st in statuses],
        sentences=[(0, len(text))],
    )


@pytest.fixture
def store(tmp_path: Path):
    s = open_store(tmp_path / "p.db")
    yield s
    s.close()


# -- events ------------------------------------------------------------------
def test_two_outlets_one_call_is_one_row_with_two_sources(store) -> None:
    store.write(extraction("outlet-a/1", "2025-04-10", "Trump and Putin spoke by phone on Wednesday.",
                           events=[("call", "2025-04-09", ["Donald Trump", "Vladimir Putin"])], source="A"))
    store.write(extraction("outlet-b/7", "2025-04-10", "The Kremlin said Putin took a call from Trump.",
                           events=[("call", "2025-04-09", ["Putin", "Donald J. Trump"])], source="B"))
    rows = process.timeline(store)
    assert len(rows) == 1
    (row,) = rows
    assert row["sources"] == 2 and row["articles"] == 2
    assert row["participants"] == ["Donald Trump", "Vladimir Putin"]
    assert {e["article"] for e in row["evidence"]} == {"outlet-a/1", "outlet-b/7"}


def test_same_call_on_two_dates_is_two_rows(store) -> None:
    store.write(extraction("x1", "2025-04-10", "A first call.", events=[("call", "2025-04-09", ["Trump", "Putin"])]))
    store.write(extraction("x2", "2025-04-12", "A second call.", events=[("call", "2025-04-11", ["Trump", "Putin"])]))
    rows = process.timeline(store)
    assert [(r["date"], r["sources"]) for r in rows] == [("2025-04-09", 1), ("2025-04-11", 1)]


def test_people_are_resolved_to_their_parties_before_matching(store) -> None:
    # [Steve Witkoff, Ukraine] and [United States, Ukraine] on one day: one meeting
    store.write(extraction("m1", "2025-04-02", "Witkoff met the Ukrainian team.",
                           events=[("meeting", "2025-04-01", ["Steve Witkoff", "Ukraine"])]))
    store.write(extraction("m2", "2025-04-02", "US and Ukrainian officials met.",
                           events=[("meeting", "2025-04-01", ["United States", "Ukraine"])]))
    rows = process.timeline(store)
    assert len(rows) == 1 and rows[0]["sources"] == 2
    assert rows[0]["parties"] == ["Ukraine", "United States"]


def test_a_report_compatible_with_two_events_joins_neither(store) -> None:
    store.write(extraction("r1", "2025-04-02", "US met Russia.", events=[("meeting", "2025-04-01", ["United States", "Russia"])]))
    store.write(extraction("r2", "2025-04-02", "US met Ukraine.", events=[("meeting", "2025-04-01", ["United States", "Ukraine"])]))
    store.write(extraction("r3", "2025-04-02", "All three met.",
                           events=[("meeting", "2025-04-01", ["United States", "Ukraine", "Russia"])]))
    rows = process.timeline(store)
    assert sorted(tuple(r["parties"]) for r in rows) == [
        ("Russia", "Ukraine", "United States"), ("Russia", "United States"), ("Ukraine", "United States")]
    assert all(r["sources"] == 1 for r in rows)


def test_a_report_naming_every_side_joins_the_agreements_a_mediator_struck_with_each(store) -> None:
    store.write(extraction("a1", "2025-04-02", "US and Russia agreed.",
                           events=[("agreement", "2025-04-01", ["United States", "Russia"])]))
    store.write(extraction("a2", "2025-04-02", "US and Ukraine agreed.",
                           events=[("agreement", "2025-04-01", ["United States", "Ukraine"])]))
    store.write(extraction("a3", "2025-04-03", "The US, Ukraine and Russia agreed.",
                           events=[("agreement", "2025-04-01", ["United States", "Ukraine", "Russia"])]))
    rows = process.timeline(store)
    assert [tuple(r["parties"]) for r in rows] == [("Russia", "Ukraine", "United States")]
    assert rows[0]["sources"] == 3


def test_different_types_never_merge(store) -> None:
    store.write(extraction("t1", "2025-04-02", "x", events=[("call", "2025-04-01", ["Trump", "Putin"]),
                                                          ("meeting", "2025-04-01", ["Trump", "Putin"])]))
    assert sorted(r["type"] for r in process.timeline(store)) == ["call", "meeting"]


def test_undated_report_attaches_to_the_one_matching_dated_event(store) -> None:
    store.write(extraction("d1", "2025-04-16", "Zelenskyy and Trump spoke by phone on April 15.",
                           events=[("call", "2025-04-15", ["Volodymyr Zelenskyy", "Donald Trump"])]))
    store.write(extraction("d2", "2025-04-17", "After the call with Trump, Zelenskiy was upbeat.",
                           events=[("call", None, ["Zelenskiy", "Trump"])]))
    rows = process.timeline(store)
    assert len(rows) == 1
    assert rows[0]["date"] == "2025-04-15" and rows[0]["sources"] == 2
    attached = [e for e in rows[0]["evidence"] if e["attached"]]
    assert [e["article"] for e in attached] == ["d2"]


def test_undated_report_stays_undated_when_two_events_match(store) -> None:
    store.write(extraction("c1", "2025-04-10", "x", events=[("call", "2025-04-09", ["Trump", "Putin"])]))
    store.write(extraction("c2", "2025-04-12", "x", events=[("call", "2025-04-11", ["Trump", "Putin"])]))
    store.write(extraction("c3", "2025-04-13", "After the call with Putin.", events=[("call", None, ["Putin", "Trump"])]))
    rows = process.timeline(store)
    assert [r["date"] for r in rows] == ["2025-04-09", "2025-04-11", None]
    assert not any(e["attached"] for r in rows for e in r["evidence"])


def test_undated_report_does_not_attach_to_an_event_after_its_article(store) -> None:
    store.write(extraction("late", "2025-05-02", "x", events=[("call", "2025-05-01", ["Trump", "Putin"])]))
    store.write(extraction("early", "2025-04-13", "x", events=[("call", None, ["Putin", "Trump"])]))
    rows = process.timeline(store)
    assert [r["date"] for r in rows] == ["2025-05-01", None]


def test_timeline_bounds_and_bad_dates(store) -> None:
    store.write(extraction("b1", "2025-04-10", "x", events=[("call", "2025-04-09", ["Trump", "Putin"]),
                                                          ("call", None, ["Trump", "Xi Jinping"])]))
    store.write(extraction("b2", "2025-04-30", "x", events=[("visit", "2025-04-29", ["Trump"])]))
    assert [r["date"] for r in process.timeline(store, since="2025-04-20")] == ["2025-04-29"]
    assert [r["date"] for r in process.timeline(store, until="2025-04-20")] == ["2025-04-09"]
    with pytest.raises(QueryError):
        process.timeline(store, since="April")


def test_compatible_party_sets() -> None:
    assert compatible(frozenset({"A", "B"}), frozenset({"A", "B"}))
    assert compatible(frozenset({"A", "B"}), frozenset({"A", "B", "C"}))
    assert not compatible(frozenset({"A"}), frozenset({"A", "B"}))
    assert not compatible(frozenset({"A", "B"}), frozenset({"A", "C"}))


# -- actors ------------------------------------------------------------------
def test_gazetteer_spellings_are_one_person() -> None:
    r = Resolver()
    names = {r.resolve(n, "2025-03-01") for n in ("Zelensky", "Zelenskyy", "Zelenskiy", "Volodymyr Zelenskyy",
                                                  "President Zelenskyy", "Volodymyr Zelenskiy")}
    assert names == {"Volodymyr Zelensky"}


def test_offices_resolve_by_date() -> None:
    r = Resolver()
    assert r.resolve("the US president", "2024-06-07") == "Joe Biden"
    assert r.resolve("the US president", "2025-03-18") == "Donald Trump"
    assert r.resolve("the Kremlin leader", "2025-03-18") == "Vladimir Putin"
    assert office_holder("the US vice president", "2025-03-18").name == "JD Vance"
    assert office_holder("the US president", "1990-01-01") is None


def test_surnames_cluster_within_a_party_only() -> None:
    rows = [{"name": "Grigory Karasin", "party": "Russia", "aliases": []},
            {"name": "Karasin", "party": "Russia", "aliases": []},
            {"name": "Anna Karasin", "party": "Ukraine", "aliases": []}]
    r = Resolver(rows)
    assert r.resolve("Karasin", "2025-03-24") != r.resolve("Anna Karasin", "2025-03-24")
    assert r.resolve("Grigory Karasin") == "Grigory Karasin"
    assert r.party_of("Anna Karasin") == "Ukraine"


def test_actors_across_articles_with_titles_by_date(store) -> None:
    store.write(extraction("z1", "2024-06-07", "Biden met Zelenskyy.",
                           actors=[("Volodymyr Zelenskyy", None, "Ukraine"), ("Joe Biden", None, "United States")]))
    store.write(extraction("z2", "2025-03-19", "Trump called Zelenskiy.",
                           actors=[("Zelenskiy", "Ukraine's president", "Ukraine"), ("Donald J. Trump", None, "United States")]))
    rows = {r["name"]: r for r in process.actors(store)}
    z = rows["Volodymyr Zelensky"]
    assert z["articles"] == 2 and z["party"] == "Ukraine"
    assert {"Volodymyr Zelenskyy", "Zelenskiy"} <= set(z["aliases"])
    assert [(t["date"], t["title"], t["source"]) for t in z["dated_titles"]] == [
        ("2024-06-07", "Ukrainian President", "gazetteer"), ("2025-03-19", "Ukrainian President", "gazetteer")]
    assert any(t["source"] == "gazetteer" and t["from"] == "2019-05-20" for t in z["titles"])
    assert any(t["source"] == "articles" and t["title"] == "Ukraine's president" for t in z["titles"])
    assert rows["Donald Trump"]["dated_titles"][0]["title"] == "US President"
    assert rows["Joe Biden"]["dated_titles"] == [{"date": "2024-06-07", "title": "US President", "source": "gazetteer"}]


def test_people_the_gazetteer_does_not_know_keep_the_articles_titles(store) -> None:
    store.write(extraction("k1", "2025-03-24", "Karasin spoke.", actors=[("Grigory Karasin", "senator", "Russia")]))
    store.write(extraction("k2", "2025-03-25", "Karasin spoke again.", actors=[("Karasin", None, "Russia")]))
    (k,) = [r for r in process.actors(store) if r["name"] == "Grigory Karasin"]
    assert k["articles"] == 2 and k["aliases"] == ["Karasin"]
    assert [(t["date"], t["title"]) for t in k["dated_titles"]] == [("2025-03-24", "senator"), ("2025-03-25", None)]


# -- provisions ----------------------------------------------------------------
def status_article(aid: str, date: str, *statuses: str, provision: str = "energy_strike_moratorium") -> Extraction:
    return extraction(aid, date, f"Report {aid} about {provision}.", statuses=[(provision, s) for s in statuses])


def test_later_report_supersedes_earlier(store) -> None:
    store.write(status_article("s1", "2025-03-11", "proposed"))
    store.write(status_article("s2", "2025-03-18", "agreed"))
    rec = process.provision(store, "energy_strike_moratorium")
    assert [(s["date"], s["status"]) for s in rec["history"]] == [("2025-03-11", "proposed"), ("2025-03-18", "agreed")]
    assert (rec["status"], rec["since"], rec["disputed"]) == ("agreed", "2025-03-18", False)


def test_ingestion_order_does_not_matter(store) -> None:
    store.write(status_article("s2", "2025-03-18", "agreed"))
    store.write(status_article("s1", "2025-03-11", "proposed"))
    assert process.provision(store, "energy_strike_moratorium")["status"] == "agreed"


def test_signed_outranks_agreed_on_the_same_date(store) -> None:
    store.write(status_article("a", "2025-03-25", "signed"))
    store.write(status_article("b", "2025-03-25", "agreed"))
    rec = process.provision(store, "energy_strike_moratorium")
    assert rec["status"] == "signed" and not rec["disputed"]
    assert rec["history"][0]["reports"][0]["status"] == "signed"  # the verdict's report comes first


def test_restatement_after_agreement_changes_nothing(store) -> None:
    store.write(status_article("a", "2025-03-18", "agreed"))
    store.write(status_article("b", "2025-03-30", "raised"))
    rec = process.provision(store, "energy_strike_moratorium")
    assert (rec["status"], rec["since"]) == ("agreed", "2025-03-18")
    assert rec["history"][-1]["effect"] == "restatement"


def test_violation_after_agreement_opens_a_dispute(store) -> None:
    store.write(status_article("a", "2025-03-18", "agreed"))
    store.write(status_article("b", "2025-03-26", "violated"))
    store.write(status_article("c", "2025-03-28", "agreed"))  # re-telling the old agreement
    rec = process.provision(store, "energy_strike_moratorium")
    assert (rec["status"], rec["since"], rec["disputed"]) == ("violated", "2025-03-26", True)
    assert "2025-03-26" in rec["reason"]
    assert [s["effect"] for s in rec["history"]] == ["change", "dispute", "restatement"]


def test_signed_after_violation_closes_the_dispute(store) -> None:
    for aid, date, st in (("a", "2025-03-18", "agreed"), ("b", "2025-03-26", "violated"), ("c", "2025-04-02", "signed")):
        store.write(status_article(aid, date, st))
    rec = process.provision(store, "energy_strike_moratorium")
    assert (rec["status"], rec["disputed"]) == ("signed", False)


def test_contradiction_on_the_same_date_keeps_both_and_flags(store) -> None:
    store.write(status_article("kyiv", "2025-03-25", "agreed"))
    store.write(status_article("moscow", "2025-03-25", "rejected"))
    rec = process.provision(store, "energy_strike_moratorium")
    assert rec["disputed"] is True
    assert sorted(rec["contested"]) == ["agreed", "rejected"]
    (step,) = rec["history"]
    assert {r["article"] for r in step["reports"]} == {"kyiv", "moscow"}
    row = next(r for r in process.agenda(store) if r["provision"] == "energy_strike_moratorium")
    assert row["disputed"] and row["since"] == "2025-03-25"


def test_day_verdicts() -> None:
    assert day_verdict({"agreed", "signed"}) == ("signed", [])
    assert day_verdict({"agreed", "violated"}) == ("violated", [])
    assert day_verdict({"proposed", "rejected"}) == ("rejected", [])
    assert day_verdict({"implemented", "violated"})[1] == ["implemented", "violated"]


def test_stances_over_time(store) -> None:
    store.write(extraction("p1", "2025-03-11", "x", positions=[("ceasefire", "Russia", "discuss", None, None)]))
    store.write(extraction("p2", "2025-03-13", "x", positions=[("ceasefire", "Russia", "agree", "only if talks go on", None)]))
    store.write(extraction("p3", "2025-03-14", "x", positions=[("ceasefire", "Russia", "agree", None, None)]))
    rec = process.provision(store, "ceasefire")
    russia = rec["stances"]["Russia"]
    assert [(e["date"], e["stance"], e["changed"]) for e in russia] == [
        ("2025-03-11", "discuss", True), ("2025-03-13", "agree", True), ("2025-03-14", "agree", False)]
    assert russia[1]["condition"] == "only if talks go on"


def test_unknown_provision_is_not_found(store) -> None:
    with pytest.raises(NotFound):
        process.provision(store, "no_such_item")
    assert process.provision(store, "ceasefire")["history"] == []


# -- changes -------------------------------------------------------------------
def test_changes_window(store) -> None:
    store.write(status_article("m1", "2025-03-19", "raised", provision="maritime_security"))
    store.write(status_article("m2", "2025-03-25", "agreed", provision="maritime_security"))
    store.write(status_article("m3", "2025-03-31", "agreed", provision="maritime_security"))  # restatement
    store.write(extraction("m4", "2025-03-26", "x", positions=[("maritime_security", "Russia", "agree", None, None)]))
    store.write(status_article("e1", "2025-04-05", "proposed", provision="prisoner_exchange"))
    digest = process.changes(store, since="2025-03-20", until="2025-03-31")
    assert [(t["provision"], t["from"], t["to"], t["date"]) for t in digest["status_transitions"]] == [
        ("maritime_security", "raised", "agreed", "2025-03-25")]
    assert digest["status_transitions"][0]["evidence"][0]["article"] == "m2"
    assert [(s["party"], s["to"]) for s in digest["stance_changes"]] == [("Russia", "agree")]
    assert digest["new_provisions"] == []
    later = process.changes(store, since="2025-04-01")
    assert [p["provision"] for p in later["new_provisions"]] == ["prisoner_exchange"]
    with pytest.raises(QueryError):
        process.changes(store, since="2025-04-02", until="2025-04-01")


def test_a_status_is_dated_by_the_event_its_sentence_reports(store) -> None:
    text = "Putin agreed to halt strikes on energy sites in a call with Trump on March 18."
    a = article("late-report", "2025-03-26", text)
    store.write(Extraction(article=a, events=[Event("call", "2025-03-18", ["Putin", "Trump"], ev(a))],
                           status=[Status("energy_strike_moratorium", "agreed", ev(a))], sentences=[(0, len(text))]))
    store.write(status_article("violation", "2025-03-24", "violated"))
    rec = process.provision(store, "energy_strike_moratorium")
    assert [(s["date"], s["status"]) for s in rec["history"]] == [("2025-03-18", "agreed"), ("2025-03-24", "violated")]
    first = rec["history"][0]["reports"][0]
    assert (first["dated_by"], first["reported"]) == ("event", "2025-03-26")
    assert rec["disputed"]


def test_meetings_of_the_same_parties_within_three_days_are_one_round(store) -> None:
    for aid, day in (("r23", "2025-03-23"), ("r25", "2025-03-25"), ("r29", "2025-03-29")):
        store.write(extraction(aid, day, f"Talks {aid}.", events=[("meeting", day, ["United States", "Ukraine"]),
                                                                 ("call", day, ["Trump", "Zelenskyy"])]))
    meetings = [r for r in process.timeline(store) if r["type"] == "meeting"]
    assert [(r["date"], r["until"], r["sources"]) for r in meetings] == [
        ("2025-03-23", "2025-03-25", 2), ("2025-03-29", None, 1)]
    calls = [r for r in process.timeline(store) if r["type"] == "call"]
    assert len(calls) == 3
    # a window that overlaps a round keeps it
    assert [r["date"] for r in process.timeline(store, since="2025-03-24", until="2025-03-24")] == ["2025-03-23"]


# -- properties of the merge -------------------------------------------------------
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from peacetrack.process.events import merge  # noqa: E402

_NAMES = ["Donald Trump", "Witkoff", "Vladimir Putin", "Zelenskyy", "Zelensky", "Ukraine", "Russia",
          "United States", "Saudi Arabia", "Anna Someone"]
_report = st.fixed_dictionaries({
    "type": st.sampled_from(["call", "meeting", "agreement"]),
    "event_date": st.one_of(st.none(), st.sampled_from(["2025-03-23", "2025-03-24", "2025-03-25", "2025-04-02"])),
    "date": st.sampled_from(["2025-03-24", "2025-03-25", "2025-03-27", "2025-04-03"]),
    "participants": st.lists(st.sampled_from(_NAMES), max_size=4, unique=True),
})


@settings(max_examples=150, deadline=None)
@given(st.lists(_report, max_size=12))
def test_merge_keeps_every_report_and_lists_each_event_once(reports) -> None:
    rows = []
    for i, r in enumerate(reports):
        if r["event_date"] and r["event_date"] > r["date"]:
            r = {**r, "event_date": r["date"]}
        rows.append({**r, "hash": f"h{i % 5}", "article": f"a{i % 5}", "seq": i % 5, "idx": i, "place": None,
                     "source": None, "evidence": None})
    merged = merge(rows, Resolver())
    assert sum(len(e["evidence"]) for e in merged) == len(rows)
    keys = [(e["type"], e["date"], tuple(e["participants"])) for e in merged]
    assert len(keys) == len(set(keys))
    for e in merged:
        assert e["sources"] == len({x["hash"] for x in e["evidence"]})
        if e["date"] is None:  # only dated events take attached reports
            assert not any(x["attached"] for x in e["evidence"])


def test_plan_names_take_any_proposer_not_a_list_of_names() -> None:
    from peacetrack.process.plans import find_plan_names

    assert find_plan_names("Mr Okafor's peace plan was welcomed.")
    assert find_plan_names("The Kenyan proposal starts with a truce.")
    assert not find_plan_names("The plan was welcomed.")


def test_a_leader_is_the_one_whose_office_leads_where_two_could() -> None:
    # both a president and a prime minister of the state are known; the leading office decides
    assert office_holder("the Israeli leader", "2025-03-18").name == "Benjamin Netanyahu"
    assert office_holder("the Kremlin leader", "2025-03-18").name == "Vladimir Putin"
