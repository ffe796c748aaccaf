"""The store's exceptions: one per kind of failure, each mapped at the edges.

- `StoreError`: the database itself is unusable (not an SQLite file, cannot be
  opened, locked, written by a newer version). A broken system: stop.
- `InvalidExtraction`: one extraction cannot be stored as it is (a stance
  outside the vocabulary, offsets outside the text, ...). A bad article: report
  it and go on; nothing of it was written.
- `NotFound`: a lookup named nothing (unknown article id or hash prefix).
- `QueryError`: a query is malformed (bad FTS5 syntax, bad date, ambiguous id).

Each keeps its cause (`raise ... from exc`).
"""
from __future__ import annotations


class StoreError(Exception):
    """The database cannot be opened, migrated, read or written."""


class InvalidExtraction(ValueError):
    """An extraction violates the store's constraints; none of it was written."""


class NotFound(LookupError):
    """No article matches the given id or hash prefix."""


class QueryError(ValueError):
    """A query cannot be run as given (malformed search, bad date, ambiguous id)."""
