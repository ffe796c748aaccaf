"""Read the store: plain, JSON-able dicts, each fact with its evidence.

An evidence dict names the article (its id, content hash and date) and the
sentence with its offsets in the article text:
`{"article", "hash", "date", "sentence", "start", "end"}`; it is None when the
extractor gave none.

"Latest" always means: the latest article date, then the latest ingested.
"""
from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
import unicodedata
from typing import Any

from ..records import Actor, Article, Event, Evidence, Extraction, Position, Quote, Status
from .errors import NotFound, QueryError, StoreError
from .schema import STANCES
from .writer import Store

_EV = "f.evidence_start, f.evidence_end, f.evidence_sentence"
_ART = "a.id AS article_id, a.hash AS article_hash, a.date AS article_date, a.seq AS article_seq"
_STRENGTH = {stance: rank for rank, stance in enumerate(STANCES)}  # 0 = strongest


def _evidence(row: dict[str, Any]) -> dict[str, Any] | None:
    return None if row["evidence_start"] is None else _report(row)


def _report(row: dict[str, Any]) -> dict[str, Any]:
    """Where a fact was reported: the article, and the evidence sentence if any."""
    return {
        "article": row["article_id"],
        "hash": row["article_hash"],
        "date": row["article_date"],
        "sentence": row["evidence_sentence"],
        "start": row["evidence_start"],
        "end": row["evidence_end"],
    }


def _facts(store: Store, table: str, columns: str, where: str = "", params: tuple[Any, ...] = ()) -> list[dict]:
    return store.rows(
        f"SELECT {columns}, f.idx, {_EV}, {_ART} FROM {table} f JOIN articles a ON a.hash = f.article"
        f" {where} ORDER BY a.date, a.seq, f.idx",
        params,
    )


def _order(row: dict[str, Any]) -> tuple[str, int]:
    return (row["article_date"], row["article_seq"])


# -- agenda ----------------------------------------------------------------
def agenda(store: Store) -> list[dict[str, Any]]:
    """One row per provision: its latest status and each party's latest stance.

    Row: {provision, status, status_date, status_article, status_evidence,
    stances, updated}: the latest status report (all None if only stances were
    reported) and `stances`, mapping party ->
    {stance, date, article, condition, stage, evidence}. Within one article a
    party's strongest stance wins (agree, reject, propose, support, discuss).
    `updated` is the latest date of any report on the provision. Rows are
    ordered most recently updated first, then by provision.
    """
    with store.reading():
        statuses = _facts(store, "statuses", "f.provision, f.status")
        positions = _facts(store, "positions", "f.provision, f.party, f.stance, f.condition, f.stage")
    rows: dict[str, dict[str, Any]] = {}

    def entry(provision: str) -> dict[str, Any]:
        return rows.setdefault(
            provision,
            {"provision": provision, "status": None, "status_date": None, "status_article": None,
             "status_evidence": None, "stances": {}, "updated": None, "_stance_keys": {}},
        )

    for r in statuses:  # ordered oldest first: a later report replaces an earlier one
        e = entry(r["provision"])
        e.update(status=r["status"], status_date=r["article_date"], status_article=r["article_id"],
                 status_evidence=_evidence(r))
        e["updated"] = max(e["updated"] or "", r["article_date"])
    for r in positions:
        e = entry(r["provision"])
        key = (*_order(r), -_STRENGTH[r["stance"]])
        party = r["party"]
        if party not in e["_stance_keys"] or key >= e["_stance_keys"][party]:
            e["_stance_keys"][party] = key
            e["stances"][party] = {
                "stance": r["stance"],
                "date": r["article_date"],
                "article": r["article_id"],
                "condition": r["condition"],
                "stage": r["stage"],
                "evidence": _evidence(r),
            }
        e["updated"] = max(e["updated"] or "", r["article_date"])
    out = []
    for e in rows.values():
        del e["_stance_keys"]
        e["stances"] = dict(sorted(e["stances"].items()))
        out.append(e)
    out.sort(key=lambda e: e["provision"])
    out.sort(key=lambda e: e["updated"], reverse=True)
    return out


# -- timeline --------------------------------------------------------------
def _iso(value: str | dt.date | None, name: str) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    try:
        return dt.date.fromisoformat(value).isoformat()
    except (TypeError, ValueError) as exc:
        raise QueryError(f"{name}: {value!r} is not a date (YYYY-MM-DD)") from exc


def timeline(store: Store, since: str | dt.date | None = None, until: str | dt.date | None = None) -> list[dict]:
    """Events, oldest first; the same (type, date, participant set) listed once.

    Row: {type, date, participants (sorted), places, articles (how many
    articles report it), evidence (one report per extracted event: article,
    hash, date, sentence, start, end; sentence fields None without evidence)}.
    `since`/`until` bound the event date (inclusive). Undated events (date
    None) come last, ordered by first report; they are left out when a bound
    is given.
    """
    lo, hi = _iso(since, "since"), _iso(until, "until")
    where, params = [], []
    if lo is not None:
        where.append("f.date >= ?")
        params.append(lo)
    if hi is not None:
        where.append("f.date <= ?")
        params.append(hi)
    clause = ("WHERE " + " AND ".join(where)) if where else ""
    rows = _facts(store, "events", "f.type, f.date, f.participants, f.place", clause, tuple(params))
    groups: dict[tuple[Any, ...], dict[str, Any]] = {}
    for r in rows:  # oldest report first
        participants = sorted(set(json.loads(r["participants"])))
        key = (r["type"], r["date"], tuple(participants))
        g = groups.get(key)
        if g is None:
            g = groups[key] = {
                "type": r["type"],
                "date": r["date"],
                "participants": participants,
                "places": [],
                "articles": 0,
                "evidence": [],
                "_first": _order(r),
                "_hashes": set(),
            }
        if r["place"] is not None and r["place"] not in g["places"]:
            g["places"].append(r["place"])
        g["_hashes"].add(r["article_hash"])
        g["evidence"].append(_report(r))
    out = list(groups.values())
    out.sort(key=lambda g: (g["date"] is None, g["date"] or "", g["_first"], g["type"], g["participants"]))
    for g in out:
        g["articles"] = len(g.pop("_hashes"))
        del g["_first"]
    return out


# -- quotes ----------------------------------------------------------------
def _fold(text: str) -> str:
    """Case-fold, drop diacritics and punctuation, collapse spaces."""
    decomposed = unicodedata.normalize("NFKD", text)
    kept = "".join(c for c in decomposed if c.isalnum() or c.isspace())
    return " ".join(kept.casefold().split())


def speaker_matches(query: str, speaker: str) -> bool:
    """`query` is part of the speaker's name, or both end with the same word ("Marco Rubio" ~ "Rubio")."""
    q, s = _fold(query), _fold(speaker)
    if not q:
        return True
    if q in s:
        return True
    return bool(s) and q.split()[-1] == s.split()[-1]


def quotes(store: Store, speaker: str | None = None) -> list[dict[str, Any]]:
    """Quotes ordered by article date (then ingestion, then position in the article).

    Row: {speaker, text, start, end (offsets of the quoted words, None when
    unknown), article, hash, date, evidence}. `speaker` keeps the quotes whose
    speaker contains it, case- and accent-insensitively, or shares its last
    word ("Marco Rubio" finds quotes of "Rubio").
    """
    rows = _facts(store, "quotes", "f.speaker, f.text, f.quote_start, f.quote_end")
    out = []
    for r in rows:
        if speaker is not None and not speaker_matches(speaker, r["speaker"]):
            continue
        out.append(
            {
                "speaker": r["speaker"],
                "text": r["text"],
                "start": r["quote_start"],
                "end": r["quote_end"],
                "article": r["article_id"],
                "hash": r["article_hash"],
                "date": r["article_date"],
                "evidence": _evidence(r),
            }
        )
    return out


# -- actors ----------------------------------------------------------------
def actors(store: Store) -> list[dict[str, Any]]:
    """One row per actor name, across articles; most reported first, then by name.

    Row: {name, aliases (union, in order first seen), titles ([{title,
    first_seen, last_seen}] in order first seen), party (the latest non-null),
    articles (count), first_seen, last_seen, evidence (list)}.
    """
    rows = _facts(store, "actors", "f.name, f.aliases, f.title, f.party")
    groups: dict[str, dict[str, Any]] = {}
    for r in rows:  # oldest first
        date = r["article_date"]
        g = groups.get(r["name"])
        if g is None:
            g = groups[r["name"]] = {
                "name": r["name"],
                "aliases": [],
                "titles": [],
                "party": None,
                "articles": 0,
                "first_seen": date,
                "last_seen": date,
                "evidence": [],
                "_hashes": set(),
                "_titles": {},
            }
        for alias in json.loads(r["aliases"]):
            if alias not in g["aliases"]:
                g["aliases"].append(alias)
        if r["title"] is not None:
            seen = g["_titles"].get(r["title"])
            if seen is None:
                seen = g["_titles"][r["title"]] = {"title": r["title"], "first_seen": date, "last_seen": date}
                g["titles"].append(seen)
            seen["last_seen"] = date
        if r["party"] is not None:
            g["party"] = r["party"]
        g["last_seen"] = date
        g["_hashes"].add(r["article_hash"])
        ev = _evidence(r)
        if ev is not None:
            g["evidence"].append(ev)
    out = []
    for g in groups.values():
        g["articles"] = len(g.pop("_hashes"))
        del g["_titles"]
        out.append(g)
    out.sort(key=lambda g: (-g["articles"], g["name"]))
    return out


# -- one article -----------------------------------------------------------
_HEX = re.compile(r"[0-9a-f]{4,64}")


def _find_article(store: Store, key: str) -> dict[str, Any]:
    found = store.rows("SELECT * FROM articles WHERE id = ? ORDER BY seq", (key,))
    if not found and _HEX.fullmatch(key.lower()):
        found = store.rows("SELECT * FROM articles WHERE hash LIKE ? ORDER BY seq", (key.lower() + "%",))
    if not found:
        raise NotFound(f"no article with id or hash prefix {key!r}")
    if len(found) > 1:
        names = ", ".join(f"{r['hash'][:12]} ({r['id']}, {r['date']})" for r in found[:10])
        raise QueryError(f"{key!r} names {len(found)} articles; give a longer hash prefix: {names}")
    return found[0]


def _load(store: Store, key: str) -> tuple[dict[str, Any], Extraction]:
    with store.reading():
        meta = _find_article(store, key)
        h = meta["hash"]

        def facts(table: str, columns: str) -> list[dict[str, Any]]:
            return store.rows(
                f"SELECT {columns}, f.idx, {_EV} FROM {table} f WHERE f.article = ? ORDER BY f.idx", (h,)
            )

        sentences = store.rows("SELECT start, end FROM sentences WHERE article = ? ORDER BY idx", (h,))
        actor_rows = facts("actors", "f.name, f.aliases, f.title, f.party")
        event_rows = facts("events", "f.type, f.date, f.participants, f.place")
        quote_rows = facts("quotes", "f.speaker, f.text, f.quote_start, f.quote_end")
        position_rows = facts("positions", "f.provision, f.party, f.stance, f.condition, f.stage")
        status_rows = facts("statuses", "f.provision, f.status")

    def ev(r: dict[str, Any]) -> Evidence | None:
        if r["evidence_start"] is None:
            return None
        return Evidence(meta["id"], r["evidence_start"], r["evidence_end"], r["evidence_sentence"])

    def offset(value: int | None) -> int:
        return -1 if value is None else value

    article = Article(
        id=meta["id"],
        date=dt.date.fromisoformat(meta["date"]),
        text=meta["text"],
        title=meta["title"],
        url=meta["url"],
        source=meta["source"],
        origin=meta["origin"],
    )
    extraction = Extraction(
        article=article,
        actors=[Actor(r["name"], json.loads(r["aliases"]), r["title"], r["party"], ev(r)) for r in actor_rows],
        events=[
            Event(r["type"], r["date"], json.loads(r["participants"]), ev(r), r["place"]) for r in event_rows
        ],
        quotes=[
            Quote(r["speaker"], r["text"], offset(r["quote_start"]), offset(r["quote_end"]), ev(r))
            for r in quote_rows
        ],
        positions=[
            Position(r["provision"], r["party"], r["stance"], r["condition"], r["stage"], ev(r))
            for r in position_rows
        ],
        status=[Status(r["provision"], r["status"], ev(r)) for r in status_rows],
        sentences=[(r["start"], r["end"]) for r in sentences],
    )
    return meta, extraction


def extraction(store: Store, key: str) -> Extraction:
    """The stored article as records, equal to the Extraction that was written.

    `key` is an article id or a hash prefix (4+ hex digits). Raises NotFound,
    or QueryError when `key` names several articles.
    """
    return _load(store, key)[1]


def article(store: Store, key: str) -> dict[str, Any]:
    """Everything stored for one article, by id or hash prefix (4+ hex digits).

    {id, hash, date, title, url, source, origin, ingested_at, text, sentences
    [{idx, start, end, text}], actors, events, quotes, positions, status}: the
    items have the fields of their records (a quote's unknown start/end is
    None) and an evidence dict or None. Raises NotFound, or QueryError when
    `key` names several articles.
    """
    meta, ex = _load(store, key)
    row = {"article_id": meta["id"], "article_hash": meta["hash"], "article_date": meta["date"]}

    def item(record: Any, **fields: Any) -> dict[str, Any]:
        e = record.evidence
        evidence = None
        if e is not None:
            evidence = _evidence(
                {**row, "evidence_start": e.start, "evidence_end": e.end, "evidence_sentence": e.sentence}
            )
        return {**fields, "evidence": evidence}

    text = meta["text"]
    return {
        **{k: meta[k] for k in ("id", "hash", "date", "title", "url", "source", "origin", "ingested_at", "text")},
        "sentences": [{"idx": i, "start": s, "end": e, "text": text[s:e]} for i, (s, e) in enumerate(ex.sentences)],
        "actors": [item(r, name=r.name, aliases=r.aliases, title=r.title, party=r.party) for r in ex.actors],
        "events": [
            item(r, type=r.type, date=r.date, participants=r.participants, place=r.place) for r in ex.events
        ],
        "quotes": [
            item(r, speaker=r.speaker, text=r.text, start=None if r.start == -1 else r.start,
                 end=None if r.end == -1 else r.end)
            for r in ex.quotes
        ],
        "positions": [
            item(r, provision=r.provision, party=r.party, stance=r.stance, condition=r.condition, stage=r.stage)
            for r in ex.positions
        ],
        "status": [item(r, provision=r.provision, status=r.status) for r in ex.status],
    }


# -- search ----------------------------------------------------------------
def search(store: Store, query: str, limit: int = 50, mark: tuple[str, str] = ("[", "]")) -> list[dict]:
    """Full-text search over sentences (SQLite FTS5 syntax), best match first.

    Row: {article, hash, date, idx, start, end, sentence, snippet}; the
    snippet marks the matched words with `mark`. Words are stemmed ("talks"
    finds "talk"). A malformed query raises QueryError.
    """
    if not query or not query.strip():
        raise QueryError("empty search query")
    if not isinstance(limit, int) or isinstance(limit, bool) or limit < 1:
        raise QueryError(f"limit must be a positive integer, not {limit!r}")
    sql = (
        "SELECT a.id AS article, a.hash, a.date, s.idx, s.start, s.end, s.text AS sentence,"
        " snippet(sentences_fts, 0, ?, ?, '…', 16) AS snippet"
        " FROM sentences_fts JOIN sentences s ON s.id = sentences_fts.rowid"
        " JOIN articles a ON a.hash = s.article"
        " WHERE sentences_fts MATCH ?"
        " ORDER BY sentences_fts.rank, a.date DESC, a.seq DESC, s.idx LIMIT ?"
    )
    try:
        return store.rows(sql, (mark[0], mark[1], query, limit))
    except StoreError as exc:
        cause = exc.__cause__
        if isinstance(cause, sqlite3.OperationalError) and _is_query_error(str(cause)):
            raise QueryError(
                f"malformed search query {query!r}: {cause}. Put words with punctuation in double quotes"
                ' ("U.S."), and use AND, OR, NOT, NEAR(), prefix* as in SQLite FTS5.'
            ) from cause
        raise


def _is_query_error(message: str) -> bool:
    return message.startswith(("fts5:", "no such column", "unknown special query", "unterminated string"))


# -- counts ----------------------------------------------------------------
def counts(store: Store) -> dict[str, int]:
    """Rows per table ({table: count}), FTS shadow tables left out."""
    with store.reading():
        return {t: store.rows(f'SELECT count(*) AS n FROM "{t}"')[0]["n"] for t in store.tables()}


__all__ = ["agenda", "timeline", "quotes", "actors", "article", "extraction", "search", "counts", "speaker_matches"]
