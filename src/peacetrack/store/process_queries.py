"""Reads for the cross-article layer (peacetrack.process): raw facts with their article.

Each row is a plain dict: the fact's columns, `idx` (its place in the
article), `evidence` (the same dict shape as peacetrack.store.queries, or
None) and the article's `article` (id), `hash`, `date`, `seq`, `source`.
Rows come oldest first (article date, then ingestion order, then idx).
`articles` limits the rows to a set of article hashes (None = all).
No spaCy here.
"""
from __future__ import annotations

import json
from collections.abc import Collection
from typing import Any

from .writer import Store

_COLUMNS = {
    "actors": "f.name, f.aliases, f.title, f.party",
    "events": "f.type, f.date AS event_date, f.participants, f.place",
    "quotes": "f.speaker, f.text",
    "positions": "f.provision, f.party, f.stance, f.condition, f.stage",
    "statuses": "f.provision, f.status",
}
_JSON = {"aliases", "participants"}


def facts(store: Store, table: str, articles: Collection[str] | None = None) -> list[dict[str, Any]]:
    """Every stored fact of one table (actors, events, quotes, positions, statuses)."""
    if table not in _COLUMNS:
        raise ValueError(f"no fact table {table!r}")
    rows = store.rows(
        f"SELECT {_COLUMNS[table]}, f.idx, f.evidence_start, f.evidence_end, f.evidence_sentence,"
        " a.id AS article, a.hash, a.date, a.seq, a.source"
        f" FROM {table} f JOIN articles a ON a.hash = f.article ORDER BY a.date, a.seq, f.idx"
    )
    out = []
    for r in rows:
        if articles is not None and r["hash"] not in articles:
            continue
        for key in _JSON & r.keys():
            r[key] = json.loads(r[key])
        start, end, sentence = r.pop("evidence_start"), r.pop("evidence_end"), r.pop("evidence_sentence")
        r["evidence"] = None if start is None else {
            "article": r["article"], "hash": r["hash"], "date": r["date"],
            "sentence": sentence, "start": start, "end": end,
        }
        out.append(r)
    return out


def articles(store: Store, with_text: bool = False) -> list[dict[str, Any]]:
    """The stored articles: id, hash, date, seq, title, source (and text), oldest first."""
    text = ", text" if with_text else ""
    return store.rows(f"SELECT id, hash, date, seq, title, source{text} FROM articles ORDER BY date, seq")


def sentences(store: Store, fts_query: str | None = None,
              articles: Collection[str] | None = None) -> list[dict[str, Any]]:
    """Sentences (article id, hash, date, seq, idx, start, end, text) in article order.

    `fts_query` (SQLite FTS5 syntax) keeps the articles that have at least
    one matching sentence, and returns all sentences of those articles (a
    plan's stages are often told in the sentences after the one naming it).
    """
    where = ""
    params: tuple[Any, ...] = ()
    if fts_query:
        where = ("WHERE s.article IN (SELECT s2.article FROM sentences_fts JOIN sentences s2"
                 " ON s2.id = sentences_fts.rowid WHERE sentences_fts MATCH ?)")
        params = (fts_query,)
    rows = store.rows(
        "SELECT a.id AS article, a.hash, a.date, a.seq, s.idx, s.start, s.end, s.text"
        f" FROM sentences s JOIN articles a ON a.hash = s.article {where} ORDER BY a.date, a.seq, s.idx",
        params,
    )
    if articles is not None:
        rows = [r for r in rows if r["hash"] in articles]
    return rows


__all__ = ["facts", "articles", "sentences"]
