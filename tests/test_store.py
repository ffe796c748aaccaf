"""The store against real SQLite files: migrations, idempotent atomic writes,
queries, full-text search, typed errors, and a records round-trip property.

All articles here are made up.
"""
from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peacetrack.records import Actor, Article, Event, Evidence, Extraction, Position, Quote, Status
from peacetrack.store import (
    EVENT_TYPES,
    STANCES,
    STATUSES,
    InvalidExtraction,
    NotFound,
    QueryError,
    Store,
    StoreError,
    actors,
    agenda,
    article,
    counts,
    extraction,
    open_store,
    quotes,
    search,
    timeline,
)
from peacetrack.store import schema, writer

DOCS = Path(__file__).resolve().parents[1] / "docs" / "schema.md"
FACT_TABLES = ("sentences", "actors", "events", "quotes", "positions", "statuses")


# -- building made-up articles ----------------------------------------------
class Doc:
    """A made-up article built from sentences, with their spans and evidence."""

    def __init__(self, id: str, date: str, *sentences: str, **meta: str) -> None:
        self.spans = []
        pos = 0
        for s in sentences:
            self.spans.append((pos, pos + len(s)))
            pos += len(s) + 1
        self.article = Article(id, dt.date.fromisoformat(date), " ".join(sentences), **meta)

    def ev(self, i: int) -> Evidence:
        start, end = self.spans[i]
        return Evidence(self.article.id, start, end, self.article.text[start:end])

    def extraction(self, **items: list) -> Extraction:
        return Extraction(article=self.article, sentences=list(self.spans), **items)


def doc_talks(date: str = "2031-04-02", id: str = "talks.txt", status: str = "proposed") -> Extraction:
    d = Doc(
        id,
        date,
        "Foreign ministers of Arland and Borovia met in Calden on Monday.",
        'Mira Osk, the Arland foreign minister, said the truce "must hold through winter".',
        "Borovia proposed a truce along the river line.",
        "Arland rejected any change to the border.",
        title="Ministers meet in Calden",
        url="https://example.invalid/talks",
        source="Example Wire",
        origin=f"fixtures/{id}",
    )
    q = d.article.text.index("must hold through winter")
    return d.extraction(
        actors=[
            Actor("Mira Osk", ["Osk"], "Arland foreign minister", "Arland", d.ev(1)),
            Actor("Teo Varn", [], None, "Borovia", None),
        ],
        events=[Event("meeting", "2031-03-31", ["Mira Osk", "Teo Varn"], d.ev(0), "Calden")],
        quotes=[Quote("Mira Osk", "must hold through winter", q, q + 24, d.ev(1))],
        positions=[
            Position("ceasefire", "Borovia", "propose", None, None, d.ev(2)),
            Position("territory", "Arland", "reject", "no change to the border", 1, d.ev(3)),
        ],
        status=[Status("ceasefire", status, d.ev(2)), Status("territory", "raised", d.ev(3))],
    )


@pytest.fixture
def db(tmp_path: Path) -> Store:
    store = open_store(tmp_path / "peace.db")
    yield store
    store.close()


def table_counts(store: Store) -> dict[str, int]:
    return counts(store)


def rows_of(store: Store, article_hash: str) -> dict[str, int]:
    out = {"articles": store.rows("SELECT count(*) AS n FROM articles WHERE hash = ?", (article_hash,))[0]["n"]}
    for t in FACT_TABLES:
        out[t] = store.rows(f"SELECT count(*) AS n FROM {t} WHERE article = ?", (article_hash,))[0]["n"]
    return out


def fts_consistent(store: Store) -> bool:
    try:
        store.rows("INSERT INTO sentences_fts(sentences_fts, rank) VALUES ('integrity-check', 1)")
    except StoreError:
        return False
    return True


# -- opening and migrations -------------------------------------------------
def test_open_creates_file_records_migrations_once(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    with open_store(path) as store:
        first = store.migrations()
        schema_sql = store.rows("SELECT name, sql FROM sqlite_master ORDER BY name")
    assert path.exists()
    assert [(m["id"], m["name"]) for m in first] == [(i, m.name) for i, m in enumerate(schema.MIGRATIONS, 1)]
    with open_store(path) as store:  # reopening applies nothing
        assert store.migrations() == first
        assert store.rows("SELECT name, sql FROM sqlite_master ORDER BY name") == schema_sql


def test_open_sets_wal_and_foreign_keys(db: Store) -> None:
    assert db.rows("PRAGMA journal_mode")[0]["journal_mode"] == "wal"
    assert db.rows("PRAGMA foreign_keys")[0]["foreign_keys"] == 1


def test_each_migration_is_its_own_transaction(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "m.db", isolation_level=None)
    steps = [
        schema.Migration("one", "CREATE TABLE t1 (x);"),
        schema.Migration("two", "CREATE TABLE t2 (x); CREATE TABLE t1 (y);"),  # second statement fails
    ]
    with pytest.raises(sqlite3.OperationalError):
        schema.apply_migrations(conn, steps)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert "t1" in tables and "t2" not in tables
    assert [r[0] for r in conn.execute("SELECT name FROM migrations")] == ["one"]
    fixed = [
        steps[0],
        schema.Migration("two", "CREATE TABLE t2 (x);"),
        schema.Migration("three", fn=lambda c: c.execute("CREATE TABLE t3 (x)")),
    ]
    assert schema.apply_migrations(conn, fixed) == ["two", "three"]
    assert schema.apply_migrations(conn, fixed) == []
    recorded = conn.execute("SELECT id, name FROM migrations ORDER BY id").fetchall()
    assert recorded == [(1, "one"), (2, "two"), (3, "three")]


def test_unknown_migration_means_newer_database(tmp_path: Path) -> None:
    path = tmp_path / "newer.db"
    open_store(path).close()
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO migrations VALUES (99, 'from_the_future', '2099-01-01T00:00:00+00:00')")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="from_the_future"):
        open_store(path)


def test_non_sqlite_file_raises_store_error_with_cause(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(b"These are my notes, not a database.\n" * 200)
    with pytest.raises(StoreError, match="notes.db") as info:
        open_store(path)
    assert isinstance(info.value.__cause__, sqlite3.DatabaseError)
    assert path.read_bytes().startswith(b"These are my notes")  # left untouched


def test_unopenable_path_raises_store_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError) as info:
        open_store(tmp_path / "missing" / "dir" / "x.db")
    assert info.value.__cause__ is not None


# -- writing ----------------------------------------------------------------
def test_write_then_write_again_changes_nothing(db: Store) -> None:
    ex = doc_talks()
    h = ex.article.content_hash
    assert not db.has(h)
    assert db.write(ex) == "stored"
    assert db.has(h)
    before = table_counts(db)
    snapshot = {t: db.rows(f"SELECT * FROM {t} ORDER BY 1") for t in ("articles", *FACT_TABLES)}
    assert db.write(ex) == "unchanged"
    assert table_counts(db) == before
    assert {t: db.rows(f"SELECT * FROM {t} ORDER BY 1") for t in ("articles", *FACT_TABLES)} == snapshot
    assert before["articles"] == 1 and before["sentences"] == 4 and before["sentences_fts"] == 4
    assert before["actors"] == 2 and before["positions"] == 2 and before["statuses"] == 2


def test_same_date_and_text_is_the_same_article(db: Store) -> None:
    ex = doc_talks()
    db.write(ex)
    other = doc_talks(id="copy-of-talks.txt")
    assert other.article.content_hash == ex.article.content_hash
    assert db.write(other) == "unchanged"
    assert [r["id"] for r in db.rows("SELECT id FROM articles")] == ["talks.txt"]  # the first reading wins


def test_replace_rewrites_in_place(db: Store) -> None:
    ex = doc_talks()
    db.write(ex)
    db.write(doc_talks(date="2031-04-03", id="later.txt"))
    seq = db.rows("SELECT seq FROM articles WHERE id = 'talks.txt'")[0]["seq"]
    ex.positions = ex.positions[:1]
    assert db.write(ex, replace=True) == "replaced"
    assert rows_of(db, ex.article.content_hash)["positions"] == 1
    assert db.rows("SELECT seq FROM articles WHERE id = 'talks.txt'")[0]["seq"] == seq
    assert counts(db)["sentences_fts"] == 8
    assert fts_consistent(db)
    assert len(search(db, "Calden")) == 2


def test_constraint_violation_leaves_no_row_of_the_article(db: Store) -> None:
    db.write(doc_talks(date="2031-04-01", id="earlier.txt"))
    before = table_counts(db)
    bad = doc_talks()
    bad.positions.append(Position("ceasefire", "Arland", "maybe"))  # not a stance: CHECK fails
    with pytest.raises(InvalidExtraction, match="positions") as info:
        db.write(bad)
    assert isinstance(info.value.__cause__, sqlite3.IntegrityError)
    assert rows_of(db, bad.article.content_hash) == dict.fromkeys(("articles", *FACT_TABLES), 0)
    assert table_counts(db) == before
    assert fts_consistent(db)
    bad.positions.pop()
    assert db.write(bad) == "stored"  # the store is still usable


def test_failure_midway_rolls_back_the_whole_article(db: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    real_insert = writer._insert
    calls = []

    def insert_then_fail(conn, table, columns, rows):
        real_insert(conn, table, columns, rows)
        calls.append(table)
        if table == "quotes":  # articles, sentences, actors, events are in by now
            raise RuntimeError("power cut")

    monkeypatch.setattr(writer, "_insert", insert_then_fail)
    ex = doc_talks()
    with pytest.raises(RuntimeError, match="power cut"):
        db.write(ex)
    assert calls[:2] == ["articles", "sentences"] and calls[-1] == "quotes"
    assert {t: n for t, n in table_counts(db).items() if n} == {"migrations": len(schema.MIGRATIONS)}
    assert rows_of(db, ex.article.content_hash) == dict.fromkeys(("articles", *FACT_TABLES), 0)
    assert fts_consistent(db)
    monkeypatch.setattr(writer, "_insert", real_insert)
    assert db.write(ex) == "stored"


@pytest.mark.parametrize(
    "spoil, message",
    [
        (lambda ex: ex.actors.append(Actor("X", evidence=Evidence(ex.article.id, 0, 9999, "x"))), "outside the text"),
        (lambda ex: ex.quotes.append(Quote("X", "x", evidence=Evidence("other.txt", 0, 1, "F"))), "names article"),
        (lambda ex: ex.events.append(Event("call", "2031-02-30", ["X"])), "not an ISO date"),
        (lambda ex: ex.events.append(Event("dinner", None, ["X"])), "CHECK constraint"),
        (lambda ex: ex.status.append(Status("ceasefire", "hoped_for")), "CHECK constraint"),
        (lambda ex: ex.sentences.append((5, 2)), "outside the text"),
    ],
)
def test_invalid_extractions_are_refused_whole(db: Store, spoil, message) -> None:
    ex = doc_talks()
    spoil(ex)
    with pytest.raises(InvalidExtraction, match=message):
        db.write(ex)
    assert not db.has(ex.article.content_hash)


def test_write_all_counts_outcomes_and_goes_on(db: Store) -> None:
    bad = doc_talks(date="2031-05-01")
    bad.status.append(Status("ceasefire", "hoped_for"))
    result = db.write_all([doc_talks(), bad, doc_talks(), doc_talks(date="2031-05-02")])
    assert result == {"stored": 2, "unchanged": 1, "replaced": 0, "invalid": 1}


def test_two_connections_share_the_file(tmp_path: Path) -> None:
    with open_store(tmp_path / "shared.db") as writer_store, open_store(tmp_path / "shared.db") as reader:
        writer_store.write(doc_talks())
        assert reader.has(doc_talks().article.content_hash)
        assert reader.write(doc_talks()) == "unchanged"


def test_one_store_shared_by_threads(db: Store) -> None:
    from concurrent.futures import ThreadPoolExecutor

    docs = [doc_talks(date=f"2031-07-{day:02d}") for day in range(1, 21)]
    with ThreadPoolExecutor(4) as pool:
        outcomes = list(pool.map(db.write, docs + docs))
    assert sorted(outcomes).count("stored") == 20 and outcomes.count("unchanged") == 20
    assert counts(db)["articles"] == 20


def test_store_does_not_import_spacy() -> None:
    code = "import sys, peacetrack.store; assert 'spacy' not in sys.modules, 'spacy imported'"
    subprocess.run([sys.executable, "-c", code], check=True)


# -- agenda -----------------------------------------------------------------
def status_doc(id: str, date: str, status: str, *positions: tuple[str, str]) -> Extraction:
    d = Doc(id, date, f"A made-up report {id} on the truce.")
    return d.extraction(
        status=[Status("ceasefire", status, d.ev(0))],
        positions=[Position("ceasefire", party, stance, evidence=d.ev(0)) for party, stance in positions],
    )


def test_agenda_latest_status_by_date_then_ingestion(db: Store) -> None:
    db.write(status_doc("a", "2031-01-10", "proposed", ("Arland", "propose"), ("Borovia", "reject")))
    db.write(status_doc("b", "2031-01-20", "under_negotiation", ("Borovia", "discuss")))
    db.write(status_doc("c", "2031-01-20", "agreed", ("Arland", "agree")))  # same date, ingested later: wins
    db.write(status_doc("d", "2031-01-05", "rejected", ("Arland", "reject")))  # older, ingested last: loses
    [row] = agenda(db)
    assert row["provision"] == "ceasefire"
    assert (row["status"], row["status_date"], row["status_article"]) == ("agreed", "2031-01-20", "c")
    assert row["status_evidence"]["article"] == "c"
    assert row["status_evidence"]["sentence"].startswith("A made-up report c")
    assert row["updated"] == "2031-01-20"
    assert list(row["stances"]) == ["Arland", "Borovia"]
    arland, borovia = row["stances"]["Arland"], row["stances"]["Borovia"]
    assert (arland["stance"], arland["date"], arland["article"]) == ("agree", "2031-01-20", "c")
    assert (borovia["stance"], borovia["date"], borovia["article"]) == ("discuss", "2031-01-20", "b")
    assert set(arland) == {"stance", "date", "article", "condition", "stage", "evidence"}
    json.dumps(agenda(db))  # JSON-able


def test_agenda_strongest_stance_within_one_article(db: Store) -> None:
    stances = ("Arland", "support"), ("Arland", "agree"), ("Arland", "discuss")
    db.write(status_doc("a", "2031-01-10", "proposed", *stances))
    assert agenda(db)[0]["stances"]["Arland"]["stance"] == "agree"


def test_agenda_rows_and_order(db: Store) -> None:
    db.write(doc_talks(date="2031-04-02"))  # ceasefire + territory
    d = Doc("sanctions.txt", "2031-03-01", "Borovia asked for sanctions relief.")
    db.write(d.extraction(positions=[Position("sanctions", "Borovia", "propose", evidence=d.ev(0))]))
    rows = agenda(db)
    assert [r["provision"] for r in rows] == ["ceasefire", "territory", "sanctions"]
    sanctions = rows[-1]
    assert sanctions["status"] is None and sanctions["status_date"] is None
    assert sanctions["status_article"] is None and sanctions["status_evidence"] is None
    assert sanctions["stances"]["Borovia"]["stance"] == "propose"
    territory = rows[1]
    assert territory["stances"]["Arland"]["condition"] == "no change to the border"
    assert territory["stances"]["Arland"]["stage"] == 1


# -- timeline ---------------------------------------------------------------
def event_doc(id: str, date: str, *events: Event) -> Extraction:
    d = Doc(id, date, f"Report {id}: leaders spoke by phone.", "They met later.")
    return d.extraction(events=[Event(e.type, e.date, e.participants, d.ev(0), e.place) for e in events])


def test_timeline_groups_identical_events_and_orders_them(db: Store) -> None:
    db.write(event_doc("one", "2031-02-03", Event("call", "2031-02-02", ["Mira Osk", "Teo Varn"]),
                       Event("meeting", None, ["Arland", "Borovia"])))
    db.write(event_doc("two", "2031-02-04", Event("call", "2031-02-02", ["Teo Varn", "Mira Osk"], place="Calden"),
                       Event("call", "2031-02-03", ["Mira Osk", "Teo Varn"])))
    db.write(event_doc("three", "2031-01-30", Event("visit", "2031-01-29", ["Teo Varn"]),
                       Event("visit", "2031-01-29", ["Teo Varn"])))  # twice in one article
    rows = timeline(db)
    assert [(r["type"], r["date"]) for r in rows] == [
        ("visit", "2031-01-29"), ("call", "2031-02-02"), ("call", "2031-02-03"), ("meeting", None)]
    call = rows[1]
    assert call["participants"] == ["Mira Osk", "Teo Varn"]
    assert call["articles"] == 2 and [e["article"] for e in call["evidence"]] == ["one", "two"]
    assert call["places"] == ["Calden"]
    assert call["evidence"][0]["sentence"] == "Report one: leaders spoke by phone."
    assert set(call["evidence"][0]) == {"article", "hash", "date", "sentence", "start", "end"}
    assert rows[0]["articles"] == 1 and len(rows[0]["evidence"]) == 2
    keys = [(r["type"], r["date"], tuple(r["participants"])) for r in rows]
    assert len(keys) == len(set(keys))
    json.dumps(rows)


def test_timeline_bounds(db: Store) -> None:
    db.write(event_doc("one", "2031-02-03", Event("call", "2031-02-02", ["A"]), Event("meeting", None, ["B"])))
    db.write(event_doc("two", "2031-03-03", Event("call", "2031-03-01", ["A"])))
    assert [r["date"] for r in timeline(db, since="2031-02-02")] == ["2031-02-02", "2031-03-01"]
    assert [r["date"] for r in timeline(db, until=dt.date(2031, 2, 2))] == ["2031-02-02"]
    assert timeline(db, since="2031-02-03", until="2031-02-28") == []
    with pytest.raises(QueryError, match="since"):
        timeline(db, since="last week")


# -- quotes -----------------------------------------------------------------
def quote_doc(id: str, date: str, *said: tuple[str, str]) -> Extraction:
    sentences = [f'{who} said "{words}".' for who, words in said]
    d = Doc(id, date, *sentences)
    qs = []
    for i, (who, words) in enumerate(said):
        start = d.article.text.index(words, d.spans[i][0])
        qs.append(Quote(who, words, start, start + len(words), d.ev(i)))
    return d.extraction(quotes=qs)


def test_quotes_ordered_by_article_date_and_filtered_by_speaker(db: Store) -> None:
    db.write(quote_doc("late", "2031-06-02", ("Mira Osk", "we are ready"), ("Teo Varn", "not yet")))
    db.write(quote_doc("early", "2031-06-01", ("Osk", "a first step"), ("Ana Ćirić", "calm down")))
    db.write(quote_doc("joint", "2031-06-03", ("Arland and Borovia", "we agree")))
    all_quotes = quotes(db)
    assert [q["text"] for q in all_quotes] == ["a first step", "calm down", "we are ready", "not yet", "we agree"]
    q = all_quotes[2]
    assert set(q) == {"speaker", "text", "start", "end", "article", "hash", "date", "evidence"}
    text = db.rows("SELECT text FROM articles WHERE id = 'late'")[0]["text"]
    assert text[q["start"]:q["end"]] == "we are ready"
    assert q["evidence"]["sentence"] == 'Mira Osk said "we are ready".'
    assert [q["text"] for q in quotes(db, speaker="osk")] == ["a first step", "we are ready"]
    assert [q["text"] for q in quotes(db, speaker="Mira Osk")] == ["a first step", "we are ready"]  # last name
    assert [q["text"] for q in quotes(db, speaker="ciric")] == ["calm down"]  # accents ignored
    assert [q["text"] for q in quotes(db, speaker="Borovia")] == ["we agree"]
    assert quotes(db, speaker="Nobody Here") == []


# -- actors -----------------------------------------------------------------
def test_actors_grouped_by_name(db: Store) -> None:
    d1 = Doc("a1", "2031-01-01", "Mira Osk, a deputy, spoke.")
    d2 = Doc("a2", "2031-02-01", "Foreign minister Osk spoke.")
    d3 = Doc("a3", "2031-03-01", "Teo Varn spoke.")
    db.write(d1.extraction(actors=[Actor("Mira Osk", ["Osk"], "deputy", None, d1.ev(0))]))
    db.write(d2.extraction(actors=[Actor("Mira Osk", ["Osk", "M. Osk"], "foreign minister", "Arland", d2.ev(0))]))
    db.write(d3.extraction(actors=[Actor("Teo Varn", [], None, "Borovia", None)]))
    rows = actors(db)
    assert [r["name"] for r in rows] == ["Mira Osk", "Teo Varn"]
    osk = rows[0]
    assert osk["aliases"] == ["Osk", "M. Osk"]
    assert osk["titles"] == [
        {"title": "deputy", "first_seen": "2031-01-01", "last_seen": "2031-01-01"},
        {"title": "foreign minister", "first_seen": "2031-02-01", "last_seen": "2031-02-01"},
    ]
    assert osk["party"] == "Arland" and osk["articles"] == 2
    assert (osk["first_seen"], osk["last_seen"]) == ("2031-01-01", "2031-02-01")
    assert [e["article"] for e in osk["evidence"]] == ["a1", "a2"]
    assert rows[1]["evidence"] == [] and rows[1]["titles"] == []
    json.dumps(rows)


# -- one article ------------------------------------------------------------
def test_article_by_id_and_hash_prefix(db: Store) -> None:
    ex = doc_talks()
    db.write(ex)
    h = ex.article.content_hash
    got = article(db, "talks.txt")
    assert got == article(db, h[:8]) == article(db, h.upper())
    assert got["hash"] == h and got["date"] == "2031-04-02" and got["title"] == "Ministers meet in Calden"
    assert [s["text"] for s in got["sentences"]][2] == "Borovia proposed a truce along the river line."
    assert got["positions"][1] == {
        "provision": "territory", "party": "Arland", "stance": "reject",
        "condition": "no change to the border", "stage": 1,
        "evidence": {"article": "talks.txt", "hash": h, "date": "2031-04-02",
                     "sentence": "Arland rejected any change to the border.",
                     "start": ex.positions[1].evidence.start, "end": ex.positions[1].evidence.end},
    }
    assert got["actors"][1]["evidence"] is None
    assert got["text"][got["quotes"][0]["start"]:got["quotes"][0]["end"]] == "must hold through winter"
    assert extraction(db, "talks.txt") == ex
    json.dumps(got)


def test_article_not_found_and_ambiguous(db: Store) -> None:
    with pytest.raises(NotFound, match="nope"):
        article(db, "nope")
    db.write(doc_talks())
    db.write(doc_talks(date="2031-04-09"))  # same id, other text
    with pytest.raises(QueryError, match="2 articles"):
        article(db, "talks.txt")
    with pytest.raises(NotFound):
        article(db, "ffff" if not doc_talks().article.content_hash.startswith("ffff") else "0000")


# -- search -----------------------------------------------------------------
def test_search_finds_sentences_with_snippets(db: Store) -> None:
    db.write(doc_talks())
    db.write(doc_talks(date="2031-05-01", id="may.txt"))
    hits = search(db, "truces")  # stemmed: finds "truce"
    assert len(hits) == 4
    assert set(hits[0]) == {"article", "hash", "date", "idx", "start", "end", "sentence", "snippet"}
    assert hits[0]["date"] == "2031-05-01"  # equal rank: newest first
    for h in hits:
        assert "[truce]" in h["snippet"]
        text = article(db, h["hash"])["text"]
        assert text[h["start"]:h["end"]] == h["sentence"]
    assert [h["idx"] for h in search(db, '"river line"', limit=1)] == [2]
    assert search(db, "Borovia NOT truce")[0]["sentence"].startswith("Foreign ministers")
    assert search(db, "zebra") == []


@pytest.mark.parametrize("bad", ['"unclosed', "AND", "U.S. talks", "nocolumn:word", "(truce"])
def test_malformed_search_raises_query_error(db: Store, bad: str) -> None:
    db.write(doc_talks())
    with pytest.raises(QueryError, match="malformed search query") as info:
        search(db, bad)
    assert isinstance(info.value.__cause__, sqlite3.OperationalError)
    assert "Traceback" not in str(info.value)


def test_search_rejects_empty_query_and_bad_limit(db: Store) -> None:
    with pytest.raises(QueryError, match="empty"):
        search(db, "  ")
    with pytest.raises(QueryError, match="limit"):
        search(db, "truce", limit=0)


# -- counts and docs --------------------------------------------------------
def test_counts_every_user_table(db: Store) -> None:
    db.write(doc_talks())
    assert counts(db) == {
        "actors": 2, "articles": 1, "events": 1, "migrations": len(schema.MIGRATIONS), "positions": 2,
        "quotes": 1, "sentences": 4, "sentences_fts": 4, "statuses": 2,
    }


def test_every_table_and_column_is_documented(db: Store) -> None:
    text = DOCS.read_text(encoding="utf-8")
    sections = dict(re.findall(r"^## (\w+)\n(.*?)(?=^## |\Z)", text, flags=re.M | re.S))
    missing = []
    for table in db.tables():
        if table not in sections:
            missing.append(table)
            continue
        for col in db.rows(f'PRAGMA table_info("{table}")'):
            if f"`{col['name']}`" not in sections[table]:
                missing.append(f"{table}.{col['name']}")
    assert not missing, f"not in docs/schema.md: {missing}"


# -- round trip property ----------------------------------------------------
NAMES = st.text(min_size=1, max_size=12)
OPTIONAL = st.none() | st.text(max_size=12)
PROVISIONS = st.sampled_from(["ceasefire", "territory", "sanctions", "prisoner_exchange"]) | NAMES


@st.composite
def extractions(draw) -> Extraction:
    text = draw(st.text(max_size=120))
    size = len(text)
    art_id = draw(NAMES)
    art = Article(
        art_id,
        draw(st.dates()),
        text,
        title=draw(OPTIONAL), url=draw(OPTIONAL), source=draw(OPTIONAL), origin=draw(OPTIONAL),
    )

    def span() -> tuple[int, int]:
        start = draw(st.integers(0, size))
        return start, draw(st.integers(start, size))

    def evidence() -> Evidence | None:
        if draw(st.booleans()):
            return None
        start, end = span()
        return Evidence(art_id, start, end, draw(st.just(text[start:end]) | st.text(max_size=20)))

    def some(make) -> list:
        return [make() for _ in range(draw(st.integers(0, 3)))]

    def quote() -> Quote:
        start, end = span() if draw(st.booleans()) else (-1, -1)
        return Quote(draw(NAMES), draw(st.text(max_size=30)), start, end, evidence())

    date = st.none() | st.dates().map(dt.date.isoformat)
    kind = st.sampled_from(EVENT_TYPES)
    names = st.lists(NAMES, max_size=3)
    stage = st.none() | st.integers(1, 9)
    return Extraction(
        article=art,
        actors=some(lambda: Actor(draw(NAMES), draw(names), draw(OPTIONAL), draw(OPTIONAL), evidence())),
        events=some(lambda: Event(draw(kind), draw(date), draw(names), evidence(), draw(OPTIONAL))),
        quotes=some(quote),
        positions=some(lambda: Position(draw(PROVISIONS), draw(NAMES), draw(st.sampled_from(STANCES)), draw(OPTIONAL),
                                        draw(stage), evidence())),
        status=some(lambda: Status(draw(PROVISIONS), draw(st.sampled_from(STATUSES)), evidence())),
        sentences=some(span),
    )


@settings(max_examples=75, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(extractions())
def test_round_trip_records_through_the_store(ex: Extraction) -> None:
    with tempfile.TemporaryDirectory() as tmp, open_store(Path(tmp) / "rt.db") as store:
        h = ex.article.content_hash
        assert store.write(ex) == "stored"
        assert extraction(store, h) == ex
        got = article(store, h)
        assert got["text"] == ex.article.text and got["date"] == ex.article.date.isoformat()
        assert [(s["start"], s["end"], s["text"]) for s in got["sentences"]] == [
            (s, e, ex.article.text[s:e]) for s, e in ex.sentences]
        assert [p["stance"] for p in got["positions"]] == [p.stance for p in ex.positions]
        assert [(q["start"], q["end"]) for q in got["quotes"]] == [
            (None if q.start == -1 else q.start, None if q.end == -1 else q.end) for q in ex.quotes]
        for section in ("actors", "events", "quotes", "positions", "status"):
            for item, record in zip(got[section], getattr(ex, section), strict=True):
                if record.evidence is None:
                    assert item["evidence"] is None
                else:
                    assert item["evidence"]["sentence"] == record.evidence.sentence
                    span = (item["evidence"]["start"], item["evidence"]["end"])
                    assert span == (record.evidence.start, record.evidence.end)
        json.dumps(got)
        before = counts(store)
        assert store.write(ex) == "unchanged"
        assert counts(store) == before
