"""The command end to end: real files, the real model, a real SQLite store."""
from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import DEV_CORPUS, EXAMPLES, SHARED_GOLD, ROOT, need_shared
from peacetrack.cli import cli

FIXTURES = ROOT / "tests" / "fixtures" / "read"
ANSWER_KEYS = {"article", "date", "actors", "events", "quotes", "positions", "status"}


def run(*args: str, input: str | None = None):
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


def row_counts(db: Path) -> dict[str, int]:
    con = sqlite3.connect(db)
    try:
        tables = [r[0] for r in con.execute(
            "select name from sqlite_master where type='table' and name not like 'sqlite_%' and name not like '%fts%'")]
        return {t: con.execute(f'select count(*) from "{t}"').fetchone()[0] for t in tables}
    finally:
        con.close()


@pytest.fixture(scope="module")
def example_db(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("store") / "examples.db"
    result = run("ingest", str(EXAMPLES), "--db", str(db))
    assert result.exit_code == 0, result.output
    assert "stored 4" in result.output
    return db


def test_ingest_twice_changes_no_row(example_db: Path) -> None:
    before = row_counts(example_db)
    result = run("ingest", str(EXAMPLES), "--db", str(example_db))
    assert result.exit_code == 0
    assert "stored 0 / unchanged 4 / refused 0" in result.output
    assert row_counts(example_db) == before
    assert before["articles"] == 4 and before["quotes"] > 0 and before["positions"] > 0


def test_db_from_environment(tmp_path: Path, monkeypatch) -> None:
    db = tmp_path / "env.db"
    monkeypatch.setenv("PEACETRACK_DB", str(db))
    assert run("ingest", str(EXAMPLES / "2025-03-14_kremlin-conditions.txt")).exit_code == 0
    assert row_counts(db)["articles"] == 1


def test_bad_inputs_are_refused_and_the_rest_stored(tmp_path: Path) -> None:
    db = tmp_path / "mixed.db"
    folder = tmp_path / "batch"
    shutil.copytree(FIXTURES / "bad", folder / "bad")
    shutil.copytree(FIXTURES / "good", folder / "good")
    shutil.copytree(FIXTURES / "mixed", folder / "mixed")
    (folder / "undecodable.txt").write_bytes(b"date 2023-05-02 Talks \xff\xfe resumed in Vell.")
    result = CliRunner().invoke(cli, ["ingest", str(folder), str(folder / "bad" / "minutes.xyz"), "--db", str(db)])
    assert result.exit_code == 1
    out = result.output
    expected = {
        "no_header.txt": "no date header",
        "impossible_date.txt": "impossible date",
        "empty_body.txt": "empty body",
        "undecodable.txt": "not UTF-8",
        "minutes.xyz": "unknown extension .xyz",
        "undated_page.html": "no publication date",
        "not_a_feed.xml": "not an RSS or Atom feed",
        "round_two.jsonl:": "",  # a broken JSON line, named with its line number
    }
    for name, reason in expected.items():
        lines = [ln for ln in out.splitlines() if ln.startswith("refused") and name in ln]
        assert lines, f"no refusal line for {name}:\n{out}"
        assert reason in lines[0]
    stored = row_counts(db)["articles"]
    assert stored >= 6  # good/ (4) and the good records of mixed/
    assert "refused" in out.splitlines()[-1] or "refused" in out


def test_html_page_without_date_is_read_with_date_option(tmp_path: Path) -> None:
    db = tmp_path / "html.db"
    page = FIXTURES / "bad" / "undated_page.html"
    assert run("ingest", str(page), "--db", str(db)).exit_code == 1
    result = run("ingest", str(page), "--date", "2023-05-04", "--db", str(db))
    assert result.exit_code == 0, result.output
    assert row_counts(db)["articles"] == 1


def test_jsonl_on_stdin(tmp_path: Path) -> None:
    db = tmp_path / "stdin.db"
    lines = [
        {"date": "2025-03-20", "text": "Ukraine and Russia exchanged 175 prisoners of war on Wednesday, officials said.", "id": "a1"},
        {"date": "2025-03-21", "text": ""},
        "{not json",
    ]
    data = "\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines) + "\n"
    result = run("ingest", "-", "--db", str(db), input=data)
    assert result.exit_code == 1
    assert "-:2" in result.output and "-:3" in result.output
    assert row_counts(db)["articles"] == 1


def test_listings_as_json(example_db: Path) -> None:
    db = ["--db", str(example_db)]
    agenda = json.loads(run("agenda", "--json", *db).output)
    provisions = {r["provision"] for r in agenda}
    assert {"ceasefire", "energy_strike_moratorium", "maritime_security"} <= provisions
    timeline = json.loads(run("timeline", "--json", *db).output)
    dates = [e["date"] for e in timeline if e["date"]]
    assert dates == sorted(dates) and dates
    assert all(e["evidence"] for e in timeline)
    quotes = json.loads(run("quotes", "--speaker", "Peskov", "--json", *db).output)
    assert quotes and all("Peskov" in q["speaker"] for q in quotes)
    assert any("out of the question" in q["text"] for q in quotes)
    actors = json.loads(run("actors", "--json", *db).output)
    assert any(a["name"] == "Vladimir Putin" and a["party"] == "Russia" for a in actors)
    hits = json.loads(run("search", "Black Sea", "--json", *db).output)
    assert hits and all("Black Sea" in h["sentence"] for h in hits)


def test_human_tables_and_show(example_db: Path) -> None:
    db = ["--db", str(example_db)]
    table = run("agenda", *db).output
    assert table.splitlines()[0].startswith("provision") and "ceasefire" in table
    shown = run("show", "2025-03-19_energy-moratorium.txt", *db)
    assert shown.exit_code == 0
    assert "positions" in shown.output and "↳" in shown.output
    missing = CliRunner().invoke(cli, ["show", "no-such-article", *db])
    assert missing.exit_code != 0 and "no-such-article" in missing.output


def test_search_with_a_malformed_query_is_a_clear_error(example_db: Path) -> None:
    result = CliRunner().invoke(cli, ["search", 'ceasefire"', "--db", str(example_db)])
    assert result.exit_code != 0
    assert "Error" in result.output and "Traceback" not in result.output


def test_extract_prints_answer_keys_with_evidence() -> None:
    result = run("extract", str(EXAMPLES / "2025-03-19_energy-moratorium.txt"))
    assert result.exit_code == 0
    key = json.loads(result.output.splitlines()[0])
    assert set(key) == ANSWER_KEYS
    text = (EXAMPLES / "2025-03-19_energy-moratorium.txt").read_text(encoding="utf-8").split(" ", 2)[2]
    for section in ("actors", "events", "quotes", "positions", "status"):
        for item in key[section]:
            ev = item["evidence"]
            assert ev["article"] == key["article"]
            assert text[ev["start"] : ev["end"]] == ev["sentence"]
    assert any(e["type"] == "call" for e in key["events"])
    assert any(q["text"] in text for q in key["quotes"])


def test_eval_prints_overall_last(tmp_path: Path) -> None:
    need_shared()
    stems = ["000_6dbc99bfba3ae380", "wh_2025-03-25_outcomes-of-the-united-states-and-russia-expert-groups-on-the-black-se"]
    arts, gold = tmp_path / "a", tmp_path / "g"
    arts.mkdir(), gold.mkdir()
    for s in stems:
        shutil.copy(DEV_CORPUS / f"{s}.txt", arts)
        shutil.copy(SHARED_GOLD / f"{s}.json", gold)
    result = run("eval", str(arts), str(gold))
    lines = result.output.strip().splitlines()
    assert lines[-1].startswith("overall F1 ") and len(lines[-1].split()[-1]) == 5
    figures = json.loads(run("eval", str(arts), str(gold), "--json").output)
    assert figures["articles"] == 2
    explained = run("eval", str(arts), str(gold), "--explain").output
    assert "000_6dbc99bfba3ae380" in explained


def test_reingesting_the_dev_corpus_changes_no_row(tmp_path: Path) -> None:
    need_shared()
    db = tmp_path / "dev.db"
    first = run("ingest", str(DEV_CORPUS), "--db", str(db))
    assert first.exit_code == 0, first.output
    n = len(list(DEV_CORPUS.glob("*.txt")))
    assert f"read {n} / stored {n}" in first.output
    before = row_counts(db)
    second = run("ingest", str(DEV_CORPUS), "--db", str(db))
    assert f"stored 0 / unchanged {n}" in second.output
    assert row_counts(db) == before


def test_every_command_is_documented_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in cli.commands:
        assert f"`{name}" in readme, f"README does not document `{name}`"
