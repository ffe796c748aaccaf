"""Open the store and write extractions into it, one article per transaction.

An article's identity is its content hash (date + text): writing the same
article again changes nothing, so ingesting the same input twice is a no-op.
Every row of one article is written in one `BEGIN IMMEDIATE ... COMMIT`; any
error rolls the whole article back, so an interrupted ingest never leaves
half an article behind.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import os
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, Literal

from ..records import Evidence, Extraction
from .errors import InvalidExtraction, StoreError
from .schema import apply_migrations, now, user_tables

log = logging.getLogger(__name__)

Outcome = Literal["stored", "unchanged", "replaced"]


class Store:
    """One connection to a peacetrack database. Use `open_store` to make one.

    The connection is shared by threads behind a lock (one writer connection
    per process); several processes may open the same file (WAL mode).
    """

    def __init__(self, conn: sqlite3.Connection, path: str) -> None:
        self._conn = conn
        self._lock = threading.RLock()
        self.path = path

    # -- lifecycle ---------------------------------------------------------
    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({self.path!r})"

    # -- reading -----------------------------------------------------------
    def rows(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[dict[str, Any]]:
        """Run one read statement; rows as plain dicts. Database failures raise StoreError."""
        with self._lock:
            try:
                cursor = self._conn.execute(sql, params)
                names = [d[0] for d in cursor.description or ()]
                return [dict(zip(names, row)) for row in cursor.fetchall()]
            except sqlite3.Error as exc:
                raise StoreError(f"{self.path}: cannot read: {exc}") from exc

    @contextlib.contextmanager
    def reading(self) -> Iterator[Store]:
        """Hold one read transaction, so several statements see the same snapshot."""
        with self._lock:
            try:
                self._conn.execute("BEGIN")
            except sqlite3.Error as exc:
                raise StoreError(f"{self.path}: cannot read: {exc}") from exc
            try:
                yield self
            finally:
                if self._conn.in_transaction:
                    self._conn.execute("COMMIT")

    def has(self, article_hash: str) -> bool:
        """Whether an article with this content hash is stored."""
        return bool(self.rows("SELECT 1 FROM articles WHERE hash = ?", (article_hash,)))

    def migrations(self) -> list[dict[str, Any]]:
        """The applied migrations: id, name, applied_at, oldest first."""
        return self.rows("SELECT id, name, applied_at FROM migrations ORDER BY id")

    def tables(self) -> list[str]:
        """The user-facing tables (FTS shadow tables left out)."""
        with self._lock:
            return user_tables(self._conn)

    # -- writing -----------------------------------------------------------
    def write(self, extraction: Extraction, *, replace: bool = False) -> Outcome:
        """Store one article and all that was extracted from it.

        Returns "stored", or "unchanged" when an article with the same content
        hash is already stored (nothing is written, the first one wins). With
        `replace=True` an existing article's rows are deleted and rewritten in
        the same transaction (keeping its ingestion order) and "replaced" is
        returned: use it after the extractors changed.

        Raises InvalidExtraction (nothing written) when the extraction breaks a
        constraint, StoreError when the database fails.
        """
        _check(extraction)
        article = extraction.article
        key = article.content_hash
        conn = self._conn
        with self._lock:
            try:
                conn.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                raise StoreError(f"{self.path}: cannot start a write: {exc}") from exc
            try:
                row = conn.execute("SELECT seq FROM articles WHERE hash = ?", (key,)).fetchone()
                if row is not None and not replace:
                    conn.execute("ROLLBACK")
                    log.debug("unchanged %s (%s)", article.id, key[:12])
                    return "unchanged"
                if row is not None:
                    seq = row[0]
                    conn.execute("DELETE FROM articles WHERE hash = ?", (key,))
                else:
                    seq = conn.execute("SELECT coalesce(max(seq), 0) + 1 FROM articles").fetchone()[0]
                _insert_article(conn, extraction, key, seq)
                conn.execute("COMMIT")
            except BaseException as exc:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                if isinstance(exc, sqlite3.IntegrityError):
                    raise InvalidExtraction(f"{article.id}: {exc}") from exc
                if isinstance(exc, sqlite3.Error):
                    raise StoreError(f"{self.path}: cannot write {article.id}: {exc}") from exc
                raise
        outcome: Outcome = "replaced" if row is not None else "stored"
        log.debug("%s %s (%s)", outcome, article.id, key[:12])
        return outcome

    def write_all(self, extractions: Iterable[Extraction], *, replace: bool = False) -> dict[str, int]:
        """Write many extractions (each in its own transaction); count the outcomes.

        Bad extractions (InvalidExtraction) are logged and counted as
        "invalid"; the rest go on. StoreError stops the batch.
        """
        counts = {"stored": 0, "unchanged": 0, "replaced": 0, "invalid": 0}
        for extraction in extractions:
            try:
                counts[self.write(extraction, replace=replace)] += 1
            except InvalidExtraction as exc:
                log.warning("not stored: %s", exc)
                counts["invalid"] += 1
        return counts


def open_store(path: str | os.PathLike[str], *, timeout: float = 10.0) -> Store:
    """Open (creating if needed) the database at `path` and bring its schema up to date.

    Sets WAL journaling and foreign keys. A file that is not an SQLite
    database, or cannot be opened or migrated, raises StoreError.
    """
    name = os.fspath(path)
    try:
        conn = sqlite3.connect(name, timeout=timeout, isolation_level=None, check_same_thread=False)
    except sqlite3.Error as exc:
        raise StoreError(f"{name}: cannot open: {exc}") from exc
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA journal_mode = WAL")  # reads the header: "file is not a database"
        conn.execute("PRAGMA synchronous = NORMAL")
        if conn.execute("PRAGMA foreign_keys").fetchone()[0] != 1:
            raise StoreError(f"{name}: this SQLite cannot enforce foreign keys")
        applied = apply_migrations(conn)
    except sqlite3.Error as exc:
        conn.close()
        raise StoreError(f"{name}: not a usable peacetrack store: {exc}") from exc
    except BaseException:
        conn.close()
        raise
    if applied:
        log.info("%s: applied migrations %s", name, ", ".join(applied))
    return Store(conn, name)


# -- helpers ---------------------------------------------------------------
def _check(extraction: Extraction) -> None:
    """What SQL constraints cannot see: offsets against the text, evidence's article, real dates."""
    article = extraction.article
    size = len(article.text)
    problems = []

    def span(label: str, start: int, end: int) -> None:
        if not 0 <= start <= end <= size:
            problems.append(f"{label}: span {start}..{end} is outside the text (length {size})")

    for i, (start, end) in enumerate(extraction.sentences):
        span(f"sentences[{i}]", start, end)
    for section in ("actors", "events", "quotes", "positions", "status"):
        for i, item in enumerate(getattr(extraction, section)):
            ev = item.evidence
            if ev is not None:
                span(f"{section}[{i}].evidence", ev.start, ev.end)
                if ev.article != article.id:
                    problems.append(
                        f"{section}[{i}].evidence: names article {ev.article!r}, not {article.id!r}"
                    )
    for i, quote in enumerate(extraction.quotes):
        if quote.start != -1 and quote.end != -1:
            span(f"quotes[{i}]", quote.start, quote.end)
    for i, event in enumerate(extraction.events):
        if event.date is not None:
            try:
                dt.date.fromisoformat(event.date)
            except (TypeError, ValueError):
                problems.append(f"events[{i}].date: {event.date!r} is not an ISO date")
    if problems:
        raise InvalidExtraction(f"{article.id}: " + "; ".join(problems))


def _evidence(ev: Evidence | None) -> tuple[Any, Any, Any]:
    return (None, None, None) if ev is None else (ev.start, ev.end, ev.sentence)


def _offset(value: int) -> int | None:
    return None if value == -1 else value


def _insert(conn: sqlite3.Connection, table: str, columns: str, rows: list[tuple[Any, ...]]) -> None:
    if not rows:
        return
    marks = ", ".join("?" * len(rows[0]))
    try:
        conn.executemany(f"INSERT INTO {table} ({columns}) VALUES ({marks})", rows)
    except sqlite3.IntegrityError as exc:
        raise sqlite3.IntegrityError(f"{table}: {exc}") from exc


_EV = "evidence_start, evidence_end, evidence_sentence"


def _insert_article(conn: sqlite3.Connection, ex: Extraction, key: str, seq: int) -> None:
    a = ex.article
    _insert(
        conn,
        "articles",
        "hash, seq, id, date, title, url, source, origin, text, ingested_at",
        [(key, seq, a.id, a.date.isoformat(), a.title, a.url, a.source, a.origin, a.text, now())],
    )
    _insert(
        conn,
        "sentences",
        "article, idx, start, end, text",
        [(key, i, s, e, a.text[s:e]) for i, (s, e) in enumerate(ex.sentences)],
    )
    _insert(
        conn,
        "actors",
        f"article, idx, name, aliases, title, party, {_EV}",
        [
            (key, i, r.name, _json(r.aliases), r.title, r.party, *_evidence(r.evidence))
            for i, r in enumerate(ex.actors)
        ],
    )
    _insert(
        conn,
        "events",
        f"article, idx, type, date, participants, place, {_EV}",
        [
            (key, i, r.type, r.date, _json(r.participants), r.place, *_evidence(r.evidence))
            for i, r in enumerate(ex.events)
        ],
    )
    _insert(
        conn,
        "quotes",
        f"article, idx, speaker, text, quote_start, quote_end, {_EV}",
        [
            (key, i, r.speaker, r.text, _offset(r.start), _offset(r.end), *_evidence(r.evidence))
            for i, r in enumerate(ex.quotes)
        ],
    )
    _insert(
        conn,
        "positions",
        f"article, idx, provision, party, stance, condition, stage, {_EV}",
        [
            (key, i, r.provision, r.party, r.stance, r.condition, r.stage, *_evidence(r.evidence))
            for i, r in enumerate(ex.positions)
        ],
    )
    _insert(
        conn,
        "statuses",
        f"article, idx, provision, status, {_EV}",
        [(key, i, r.provision, r.status, *_evidence(r.evidence)) for i, r in enumerate(ex.status)],
    )


def _json(values: list[str]) -> str:
    return json.dumps(list(values), ensure_ascii=False)
