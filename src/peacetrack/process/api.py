"""The cross-article queries on a store: read the facts, apply the rules, return plain dicts.

Each function takes an open Store and `process` (a configured process name,
or None for every article); dates are ISO strings or datetime.date.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from .. import vocab
from ..store import queries as store_queries
from ..store.errors import NotFound, QueryError
from ..store.process_queries import facts, sentences
from . import changes as _changes
from . import events as _events
from . import plans as _plans
from . import provisions as _provisions
from .actors import Resolver
from .actors import actors as _actors
from .processes import member_articles

PLAN_WORDS = ("plan OR proposal OR proposals OR settlement OR memorandum OR roadmap OR framework OR stage OR stages"
              " OR phase OR phases OR \"starting with\" OR \"only after\" OR \"step by step\" OR process")


def _iso(value: str | dt.date | None, name: str) -> str | None:
    return store_queries._iso(value, name)


def _scope(store, process: str | None) -> set[str] | None:
    return member_articles(store, process)


def _resolver(store, scope: set[str] | None) -> Resolver:
    return Resolver(facts(store, "actors", scope))


def timeline(store, since: str | dt.date | None = None, until: str | dt.date | None = None,
             process: str | None = None) -> list[dict[str, Any]]:
    """Events merged across articles (peacetrack.process.events), oldest first, undated last."""
    lo, hi = _iso(since, "since"), _iso(until, "until")
    with store.reading():
        scope = _scope(store, process)
        resolver = _resolver(store, scope)
        rows = facts(store, "events", scope)
    return _events.timeline(rows, resolver, lo, hi)


def actors(store, process: str | None = None) -> list[dict[str, Any]]:
    """People across articles and spellings, with their titles at each date (peacetrack.process.actors)."""
    with store.reading():
        scope = _scope(store, process)
        rows = facts(store, "actors", scope)
    return _actors(rows, Resolver(rows))


def _labels() -> dict[str, str]:
    return {p.id: p.label for p in vocab.provisions()}


def _statuses(store, scope: set[str] | None) -> list[dict[str, Any]]:
    return _provisions.date_by_events(facts(store, "statuses", scope), facts(store, "events", scope))


def agenda(store, process: str | None = None) -> list[dict[str, Any]]:
    """Every provision's current state and each party's latest stance (peacetrack.process.provisions)."""
    with store.reading():
        scope = _scope(store, process)
        statuses = _statuses(store, scope)
        positions = facts(store, "positions", scope)
    return _provisions.agenda(statuses, positions, _labels())


def provision(store, provision_id: str, process: str | None = None) -> dict[str, Any]:
    """One provision's dated status history, stances over time and current state.

    Raises NotFound when the id is neither in the vocabulary nor reported.
    """
    with store.reading():
        scope = _scope(store, process)
        statuses = _statuses(store, scope)
        positions = facts(store, "positions", scope)
    labels = _labels()
    reported = {r["provision"] for r in statuses} | {r["provision"] for r in positions}
    if provision_id not in labels and provision_id not in reported:
        known = ", ".join(sorted(set(labels) | reported))
        raise NotFound(f"no provision {provision_id!r} (known: {known})")
    return _provisions.provision_record(provision_id, statuses, positions, labels.get(provision_id))


def _plans_from(store, scope: set[str] | None) -> list[dict[str, Any]]:
    rows = sentences(store, PLAN_WORDS, scope)
    return _plans.plans(rows, facts(store, "positions", scope))


def plans(store, process: str | None = None) -> list[dict[str, Any]]:
    """Named proposals with their ordered stages and conditions (peacetrack.process.plans)."""
    with store.reading():
        return _plans_from(store, _scope(store, process))


def changes(store, since: str | dt.date, until: str | dt.date | None = None,
            process: str | None = None) -> dict[str, list[dict[str, Any]]]:
    """New provisions, status transitions, stance changes, new plans and events in [since, until]."""
    lo, hi = _iso(since, "since"), _iso(until, "until")
    if lo is None:
        raise QueryError("changes needs a start date (since)")
    if hi is not None and hi < lo:
        raise QueryError(f"until {hi} is before since {lo}")
    with store.reading():
        scope = _scope(store, process)
        statuses = _statuses(store, scope)
        positions = facts(store, "positions", scope)
        resolver = _resolver(store, scope)
        events = _events.merge(facts(store, "events", scope), resolver)
        found_plans = _plans_from(store, scope)
    labels = _labels()
    names = sorted({r["provision"] for r in statuses} | {r["provision"] for r in positions})
    records = [_provisions.provision_record(p, statuses, positions, labels.get(p)) for p in names]
    return _changes.changes(records, found_plans, events, lo, hi)


def quotes(store, speaker: str | None = None, process: str | None = None) -> list[dict[str, Any]]:
    """Quotes as peacetrack.store.quotes gives them, limited to the process, each with the
    `person` its speaker resolves to across articles."""
    with store.reading():
        scope = _scope(store, process)
        rows = store_queries.quotes(store, speaker=speaker)
        resolver = _resolver(store, scope)
    out = []
    for r in rows:
        if scope is not None and r["hash"] not in scope:
            continue
        out.append({**r, "person": resolver.resolve(r["speaker"], r["date"])})
    return out


def search(store, query: str, limit: int = 50, process: str | None = None) -> list[dict[str, Any]]:
    """Full-text search (peacetrack.store.search) limited to the process's articles."""
    if process is None:
        return store_queries.search(store, query, limit=limit)
    scope = _scope(store, process)
    hits = store_queries.search(store, query, limit=max(limit * 20, 1000))
    return [h for h in hits if h["hash"] in scope][:limit]
