"""The process view end to end: hand-made articles (written for these tests) through
the real pipeline into a real SQLite file, then the library and the CLI."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from peacetrack import process
from peacetrack.cli import cli
from peacetrack.ingest import ingest
from peacetrack.process.plans import article_plans, find_plan_names, stage_cues
from peacetrack.store import open_store

ARTICLES = {
    # two outlets tell of one call
    "outlet-a_call.txt": "date 2025-04-10 Trump and Putin talk energy truce\n\n"
    "US President Donald Trump spoke by phone with Russian President Vladimir Putin on April 9, 2025. "
    "The two leaders agreed to halt strikes on energy infrastructure for 30 days as a step toward ending the war in Ukraine.\n",
    "outlet-b_call.txt": "date 2025-04-10 Kremlin describes call\n\n"
    "Trump held a phone call with Putin on April 9, 2025, the Kremlin said. Moscow agreed to pause attacks "
    "on energy facilities, according to Kremlin spokesman Dmitry Peskov.\n",
    # the same pair, another day
    "outlet-a_second-call.txt": "date 2025-04-12 Second call\n\n"
    "Trump spoke by phone with Putin again on April 11, 2025, to discuss shipping in the Black Sea.\n",
    "outlet-c_kyiv.txt": "date 2025-04-16 Kyiv call\n\n"
    "Ukrainian President Volodymyr Zelenskyy spoke by phone with Trump on April 15, 2025. "
    "Zelenskiy said the call was useful.\n",
    "outlet-c_plan.txt": "date 2025-04-20 Plan outlined\n\n"
    "The US envoy Steve Witkoff presented a 12-point plan to end the war. The settlement would come in stages, "
    "starting with a ceasefire along the front line. After that, the sides would exchange prisoners. "
    "Sanctions on Russia would be eased only after a peace agreement is signed.\n",
    # another process altogether
    "outlet-d_gaza.txt": "date 2025-04-18 Gaza talks\n\n"
    "Mediators in Cairo presented a proposal for a truce in Gaza. Israel and Hamas were studying it.\n",
}


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("articles")
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    path = tmp_path_factory.mktemp("db") / "process.db"
    with open_store(path) as store:
        report = ingest([str(folder)], store)
    assert report.stored == len(ARTICLES)
    return path


def run(*args: str):
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code == 0, result.output
    return result


def test_one_call_from_two_outlets_is_one_timeline_row(db: Path) -> None:
    rows = json.loads(run("timeline", "--json", "--db", str(db)).output)
    calls = [r for r in rows if r["type"] == "call" and r["participants"] == ["Donald Trump", "Vladimir Putin"]]
    assert [(r["date"], r["sources"]) for r in calls] == [("2025-04-09", 2), ("2025-04-11", 1)]
    first = calls[0]
    assert {e["article"] for e in first["evidence"]} == {"outlet-a_call.txt", "outlet-b_call.txt"}
    keys = [(r["type"], r["date"], tuple(r["participants"])) for r in rows]
    assert len(keys) == len(set(keys))


def test_spellings_are_one_actor_across_articles(db: Path) -> None:
    with open_store(db) as store:
        rows = {r["name"]: r for r in process.actors(store)}
    assert "Volodymyr Zelensky" in rows and rows["Volodymyr Zelensky"]["party"] == "Ukraine"
    assert not any(n in rows for n in ("Zelenskiy", "Volodymyr Zelenskyy", "Zelenskyy"))
    trump = rows["Donald Trump"]
    assert trump["articles"] >= 4
    assert {t["title"] for t in trump["dated_titles"]} <= {"US President", "President", "US president"}
    table = run("actors", "--db", str(db)).output
    assert "Donald Trump" in table and "2025-04" in table


def test_plan_with_stages_and_condition(db: Path) -> None:
    rows = json.loads(run("plans", "--json", "--db", str(db)).output)
    plan = next(p for p in rows if p["name"] == "12-point plan")
    assert plan["proposer"] is None or plan["proposer"] == "United States"
    stages = plan["stages"]
    assert [s["order"] for s in stages] == [1, 2, 3]
    assert "ceasefire" in stages[0]["provisions"]
    assert "prisoner_exchange" in stages[1]["provisions"]
    assert "sanctions" in stages[2]["provisions"]
    assert stages[2]["conditions"] == ["a peace agreement is signed"]
    assert run("plans", "--db", str(db)).output.count("12-point plan") == 1


def test_process_filter(db: Path) -> None:
    ua = json.loads(run("timeline", "--json", "--process", "russia-ukraine", "--db", str(db)).output)
    arts = {e["article"] for r in ua for e in r["evidence"]}
    assert "outlet-d_gaza.txt" not in arts and "outlet-c_kyiv.txt" in arts
    # a keyword ("the war in Ukraine") puts outlet A in; outlet B names only two states, one of the process
    assert "outlet-a_call.txt" in arts and "outlet-b_call.txt" not in arts
    call = next(r for r in ua if r["type"] == "call" and r["date"] == "2025-04-09")
    assert call["sources"] == 1
    gaza = json.loads(run("plans", "--json", "--process", "israel-hamas", "--db", str(db)).output)
    assert all(src["article"] == "outlet-d_gaza.txt" for p in gaza for src in p["sources"])
    assert not any(p["name"] == "12-point plan" for p in gaza)
    listing = json.loads(run("processes", "--json", "--db", str(db)).output)
    counts = {p["name"]: p["articles"] for p in listing}
    assert counts["israel-hamas"] == 1 and counts["russia-ukraine"] == 3  # the two outlet-A calls (keywords) and Kyiv
    for command in (["agenda"], ["actors"], ["quotes"], ["search", "call"], ["changes", "--since", "2025-01-01"],
                    ["provision", "ceasefire"]):
        run(*command, "--process", "russia-ukraine", "--db", str(db))
    bad = CliRunner().invoke(cli, ["agenda", "--process", "nowhere", "--db", str(db)])
    assert bad.exit_code != 0 and "nowhere" in bad.output and "russia-ukraine" in bad.output


def test_changes_and_provision_commands(db: Path) -> None:
    digest = json.loads(run("changes", "--since", "2025-04-19", "--json", "--db", str(db)).output)
    assert [p["name"] for p in digest["new_plans"]] == ["12-point plan"]
    assert all(e["date"] >= "2025-04-19" for e in digest["events"])
    early = json.loads(run("changes", "--since", "2025-04-01", "--until", "2025-04-10", "--json",
                           "--db", str(db)).output)
    assert not early["new_plans"]
    assert any(e["date"] == "2025-04-09" for e in early["events"])
    table = run("changes", "--since", "2025-04-01", "--db", str(db)).output
    assert table.splitlines()[0].startswith("date")
    shown = run("provision", "energy_strike_moratorium", "--db", str(db)).output
    assert shown.startswith("energy_strike_moratorium") and "status history" in shown
    missing = CliRunner().invoke(cli, ["provision", "nothing_like_it", "--db", str(db)])
    assert missing.exit_code != 0 and "nothing_like_it" in missing.output
    agenda = run("agenda", "--db", str(db)).output
    assert agenda.splitlines()[0].split()[:4] == ["provision", "status", "since", "disputed"]


# -- the plan extractor on sentences, without the store -------------------------
def sentences(article: str, *texts: str) -> list[dict]:
    out, at = [], 0
    for i, t in enumerate(texts):
        out.append({"article": article, "hash": article, "date": "2025-05-01", "seq": 1, "idx": i,
                    "start": at, "end": at + len(t), "text": t})
        at += len(t) + 1
    return out


def test_plan_names() -> None:
    assert find_plan_names("Officials studied the 28-point plan and the US proposal.") == ["28-point plan", "US proposal"]
    assert find_plan_names("They signed a memorandum.") == ["memorandum"]
    assert find_plan_names("The peace process goes on; a plan is needed.") == []


def test_stage_cues() -> None:
    assert stage_cues("Chad wants a two-stage process: a local truce and then talks on a settlement.")["parts"] == [
        "a local truce", "talks on a settlement"]
    assert stage_cues("In the first phase, hostages would be freed.")["ordinal"] == 1
    assert stage_cues("Once the guns fall silent, talks on territory would begin.")["once"] == (
        "the guns fall silent", "talks on territory would begin")
    assert stage_cues("Nothing would move since then, he said.")["next"] == []
    assert stage_cues("It could be the first step toward peace.")["ordinal"] is None


def test_staged_plan_from_sequencing_language() -> None:
    plans = article_plans(sentences(
        "memo", "The sides discussed a memorandum on the war.",
        "In the first phase, prisoners would be exchanged.",
        "Once the exchange is complete, the sides would agree a ceasefire.",
        "Sanctions relief would follow only after elections are held.",
    ))
    (plan,) = plans
    assert plan["name"] == "memorandum"
    assert [(s["order"], s["provisions"][:1]) for s in plan["stages"]] == [
        (1, ["prisoner_exchange"]), (2, ["ceasefire"]), (3, ["sanctions"])]
    assert plan["stages"][1]["conditions"] == ["the exchange is complete"]
    assert plan["stages"][2]["conditions"] == ["elections are held"]


def test_unnamed_staged_plans_stay_apart_across_articles() -> None:
    from peacetrack.process.plans import plans

    rows = plans(sentences("one", "Peace would come in stages, starting with a ceasefire.")
                 + sentences("two", "The war could end in stages, starting with a prisoner swap."))
    assert [p["stages"][0]["provisions"][0] for p in rows] == ["ceasefire", "prisoner_exchange"]
