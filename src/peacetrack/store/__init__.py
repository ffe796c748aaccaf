"""The store: an SQLite file holding articles, their sentences and all that was
extracted from them, with recorded migrations, idempotent writes and read
queries returning plain dicts. No spaCy here.

    from peacetrack.store import open_store, agenda
    with open_store("peace.db") as store:
        store.write(extraction)          # "stored" | "unchanged"
        for row in agenda(store): ...
"""
from .errors import InvalidExtraction, NotFound, QueryError, StoreError
from .queries import actors, agenda, article, counts, extraction, quotes, search, speaker_matches, timeline
from .schema import EVENT_TYPES, MIGRATIONS, STANCES, STATUSES, Migration
from .writer import Store, open_store

__all__ = [
    "open_store",
    "Store",
    "StoreError",
    "InvalidExtraction",
    "NotFound",
    "QueryError",
    "agenda",
    "timeline",
    "quotes",
    "actors",
    "article",
    "extraction",
    "search",
    "counts",
    "speaker_matches",
    "Migration",
    "MIGRATIONS",
    "EVENT_TYPES",
    "STANCES",
    "STATUSES",
]
