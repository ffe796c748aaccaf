"""The store's schema as an ordered list of recorded migrations.

Each migration has a name and either SQL or a function of the connection. On
open, every migration not yet listed in the `migrations` table is applied in
order, each in its own transaction together with the row that records it, so
a failed migration leaves the database as it was. Migrations are append-only:
never edit or reorder one that has shipped; add a new one.

Every table and column is documented in docs/schema.md (a test checks it).
"""
from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from .errors import StoreError

log = logging.getLogger(__name__)

# Closed vocabularies of FORMAT.md, enforced by CHECK constraints. Provisions
# and parties are open (users extend them), so they are not checked here.
EVENT_TYPES = ("call", "meeting", "visit", "statement", "agreement", "exchange", "attack")
STANCES = ("agree", "reject", "propose", "support", "discuss")  # strongest first
STATUSES = ("raised", "proposed", "under_negotiation", "agreed", "signed", "implemented", "violated", "rejected")


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


def _evidence_columns(table: str) -> str:
    # An item's evidence: the sentence it was read from, with its offsets in
    # articles.text. All three are NULL together when the item has none.
    return f"""
    evidence_start INTEGER,
    evidence_end INTEGER,
    evidence_sentence TEXT,
    CONSTRAINT {table}_evidence_all_or_none CHECK (
        (evidence_start IS NULL) = (evidence_end IS NULL)
        AND (evidence_start IS NULL) = (evidence_sentence IS NULL)),
    CONSTRAINT {table}_evidence_span CHECK (evidence_start >= 0 AND evidence_end >= evidence_start)"""


_FACT_HEAD = """
    id INTEGER PRIMARY KEY,
    article TEXT NOT NULL REFERENCES articles(hash) ON DELETE CASCADE,
    idx INTEGER NOT NULL CHECK (idx >= 0),"""

INITIAL = f"""
CREATE TABLE articles (
    hash TEXT PRIMARY KEY CHECK (length(hash) = 64),
    seq INTEGER NOT NULL UNIQUE,
    id TEXT NOT NULL,
    date TEXT NOT NULL CHECK (date(date) IS date),
    title TEXT,
    url TEXT,
    source TEXT,
    origin TEXT,
    text TEXT NOT NULL,
    ingested_at TEXT NOT NULL
);
CREATE INDEX articles_id ON articles(id);
CREATE INDEX articles_date ON articles(date, seq);

CREATE TABLE sentences (
    id INTEGER PRIMARY KEY,
    article TEXT NOT NULL REFERENCES articles(hash) ON DELETE CASCADE,
    idx INTEGER NOT NULL CHECK (idx >= 0),
    start INTEGER NOT NULL CHECK (start >= 0),
    end INTEGER NOT NULL CHECK (end >= start),
    text TEXT NOT NULL,
    UNIQUE (article, idx)
);

-- Full-text index over sentences.text (external content: the text is kept
-- once, in `sentences`; the index maps its rowid to sentences.id).
CREATE VIRTUAL TABLE sentences_fts USING fts5(
    text, content='sentences', content_rowid='id',
    tokenize='porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER sentences_fts_insert AFTER INSERT ON sentences BEGIN
    INSERT INTO sentences_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER sentences_fts_delete AFTER DELETE ON sentences BEGIN
    INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER sentences_fts_update AFTER UPDATE ON sentences BEGIN
    INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO sentences_fts(rowid, text) VALUES (new.id, new.text);
END;

CREATE TABLE actors ({_FACT_HEAD}
    name TEXT NOT NULL,
    aliases TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(aliases) AND json_type(aliases) = 'array'),
    title TEXT,
    party TEXT,{_evidence_columns("actors")},
    UNIQUE (article, idx)
);
CREATE INDEX actors_name ON actors(name);
CREATE INDEX actors_party ON actors(party);

CREATE TABLE events ({_FACT_HEAD}
    type TEXT NOT NULL CHECK ({_in("type", EVENT_TYPES)}),
    date TEXT CHECK (date(date) IS date),
    participants TEXT NOT NULL DEFAULT '[]'
        CHECK (json_valid(participants) AND json_type(participants) = 'array'),
    place TEXT,{_evidence_columns("events")},
    UNIQUE (article, idx)
);
CREATE INDEX events_date ON events(date);
CREATE INDEX events_type_date ON events(type, date);

CREATE TABLE quotes ({_FACT_HEAD}
    speaker TEXT NOT NULL,
    text TEXT NOT NULL,
    quote_start INTEGER CHECK (quote_start >= 0),
    quote_end INTEGER CHECK (quote_end >= 0 AND quote_end >= quote_start),{_evidence_columns("quotes")},
    UNIQUE (article, idx)
);
CREATE INDEX quotes_speaker ON quotes(speaker);

CREATE TABLE positions ({_FACT_HEAD}
    provision TEXT NOT NULL,
    party TEXT NOT NULL,
    stance TEXT NOT NULL CHECK ({_in("stance", STANCES)}),
    condition TEXT,
    stage INTEGER CHECK (stage >= 1),{_evidence_columns("positions")},
    UNIQUE (article, idx)
);
CREATE INDEX positions_provision_party ON positions(provision, party);
CREATE INDEX positions_party ON positions(party);

CREATE TABLE statuses ({_FACT_HEAD}
    provision TEXT NOT NULL,
    status TEXT NOT NULL CHECK ({_in("status", STATUSES)}),{_evidence_columns("statuses")},
    UNIQUE (article, idx)
);
CREATE INDEX statuses_provision ON statuses(provision);
"""


@dataclass(frozen=True)
class Migration:
    """One step of the schema: SQL statements, or a function of the connection.

    A function runs inside the migration's transaction and must not commit.
    """

    name: str
    sql: str | None = None
    fn: Callable[[sqlite3.Connection], None] | None = None

    def apply(self, conn: sqlite3.Connection) -> None:
        if self.sql is not None:
            for statement in split_statements(self.sql):
                conn.execute(statement)
        if self.fn is not None:
            self.fn(conn)


# Append only. The position in this list (1-based) is the migration's id.
MIGRATIONS: list[Migration] = [
    Migration("initial", INITIAL),
]

MIGRATIONS_TABLE = """
CREATE TABLE IF NOT EXISTS migrations (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    applied_at TEXT NOT NULL
)"""


def split_statements(sql: str) -> Iterator[str]:
    """Split a script into complete statements (trigger bodies stay whole).

    `executescript` would commit any open transaction first, so migrations run
    their statements one by one instead.
    """
    buffer = ""
    for piece in sql.split(";"):
        buffer += piece + ";"
        if sqlite3.complete_statement(buffer):
            statement = buffer.strip()
            if statement.strip(";").strip():
                yield statement
            buffer = ""
    if buffer.strip(";").strip():
        raise ValueError(f"incomplete SQL statement: {buffer.strip()[:80]!r}")


def now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def apply_migrations(conn: sqlite3.Connection, migrations: list[Migration] | None = None) -> list[str]:
    """Apply the migrations not yet recorded; return the names applied.

    `conn` must be in autocommit mode (isolation_level=None). Raises
    StoreError when the database records migrations this code does not know
    (it was written by a newer version).
    """
    migrations = MIGRATIONS if migrations is None else migrations
    conn.execute(MIGRATIONS_TABLE)
    recorded = {name for (name,) in conn.execute("SELECT name FROM migrations")}
    unknown = recorded - {m.name for m in migrations}
    if unknown:
        raise StoreError(
            f"the database records migrations unknown to this version: {', '.join(sorted(unknown))}"
            " (was it written by a newer peacetrack?)"
        )
    applied = []
    for number, migration in enumerate(migrations, start=1):
        if migration.name in recorded:
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
            # Another process may have applied it since we looked.
            if conn.execute("SELECT 1 FROM migrations WHERE name = ?", (migration.name,)).fetchone():
                conn.execute("COMMIT")
                continue
            migration.apply(conn)
            conn.execute(
                "INSERT INTO migrations (id, name, applied_at) VALUES (?, ?, ?)",
                (number, migration.name, now()),
            )
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        log.info("applied migration %d %s", number, migration.name)
        applied.append(migration.name)
    return applied


def user_tables(conn: sqlite3.Connection) -> list[str]:
    """Tables a user queries: plain and virtual tables, not FTS shadow tables."""
    rows = conn.execute(
        "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type IN ('table', 'virtual')"
        " AND name NOT LIKE 'sqlite_%' ORDER BY name"
    )
    return [name for (name,) in rows]
