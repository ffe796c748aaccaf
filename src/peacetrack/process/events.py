"""Events merged across articles and outlets: one row per event, every report as evidence.

Merges are computed at query time from the stored per-article events (not
materialised on ingest): the store keeps exactly what each article said, and
the timeline is always consistent with the current resolver, gazetteer and
rules, whatever the order articles arrived in.

The rule. Each report's participants are resolved to canonical names
(peacetrack.process.actors) and then to parties: a person stands for their
party ("Steve Witkoff" -> United States), an unaffiliated person for
themselves. Two reports' party sets are *compatible* when they are equal, or
when one contains the other and they share at least two parties.

1. Dated reports of the same type and the same date form one event when their
   party sets are compatible. Reports are taken fewest parties first; a
   report joins the event with the same party set, else the one compatible
   event, and starts its own event when none or several are compatible (never
   a guess: a report naming US, Russia and Ukraine on a day with separate
   US-Russia and US-Ukraine meetings joins neither). So [Steve Witkoff, Ukraine] and [United States, Ukraine] on one
   day are one meeting; the same call reported on two dates is two rows. Agreements are the exception: a
   report naming every party of several same-day agreements ("A, B and C agreed") joins them into one, the
   deal a mediator struck with each side.
2. Rounds of talks: meetings with the same party set within three calendar
   days (ROUND_MAX_DAYS from the first day to the last) are one round of
   talks — "talks in Riyadh on 23-25 March" — dated by its first
   day, with `until` its last day. Only meetings: two calls or two
   agreements on different dates stay two events.
3. An undated report attaches to the dated event it refers to when exactly
   one matches: same type, dated within ATTACH_WINDOW_DAYS before the
   report's article (an undated mention refers back to a recent event), and a
   report with the same party set (else, exactly one compatible event).
4. Undated reports attached to nothing are listed last, one row per type and
   set of resolved participants (a row with no date may gather reports of
   several real events, so only identical ones are merged).

An event row carries `date` (and `until` for a round of talks), the union of its reports' participants, its party set,
its places, `sources` (distinct articles reporting it; also as `articles`)
and `evidence`: one entry per report, with the participants as that article
named them and `attached` true for an undated report rule 2 attached.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from .actors import Resolver

ATTACH_WINDOW_DAYS = 7
ROUND_MAX_DAYS = 2  # a round of talks spans at most three calendar days


def compatible(a: frozenset[str], b: frozenset[str]) -> bool:
    if a == b:
        return True
    return (a <= b or b <= a) and len(a & b) >= 2


class _Event:
    def __init__(self, etype: str, date: str | None, key: frozenset[str]) -> None:
        self.type, self.date, self.key = etype, date, key
        self.until = date
        self.reports: list[dict[str, Any]] = []

    def has_party_set(self, parties: frozenset[str]) -> bool:
        return any(r["_parties"] == parties for r in self.reports)


def _prepare(rows: list[dict[str, Any]], resolver: Resolver) -> list[dict[str, Any]]:
    out = []
    for r in rows:
        names = []
        for p in r["participants"]:
            name = resolver.resolve(p, r["event_date"] or r["date"])
            if name not in names:
                names.append(name)
        parties = frozenset((resolver.party_of(n) or n) for n in names)
        out.append({**r, "_names": names, "_parties": parties})
    return out


def _place(reports: list[dict[str, Any]], events: list[_Event], etype: str, date: str | None) -> None:
    reports = sorted(reports, key=lambda r: len(r["_parties"]))  # fewest first; stable: article order
    for r in reports:
        same = [e for e in events if e.key == r["_parties"]]
        if same:
            same[0].reports.append(r)
            continue
        fits = [e for e in events if compatible(e.key, r["_parties"])]
        if len(fits) == 1:
            fits[0].reports.append(r)
            continue
        if etype == "agreement" and len(fits) > 1 and frozenset().union(*(e.key for e in fits)) <= r["_parties"]:
            # one deal its mediator struck with each side, reported as one ("A, B and C agreed"): one event
            keep = fits[0]
            for e in fits[1:]:
                keep.reports.extend(e.reports)
                events.remove(e)
            keep.key = r["_parties"]
            keep.reports.append(r)
            continue
        e = _Event(etype, date, r["_parties"])
        e.reports.append(r)
        events.append(e)


def merge(rows: list[dict[str, Any]], resolver: Resolver) -> list[dict[str, Any]]:
    """Merge stored event reports (store.process_queries.facts(store, "events")) into events."""
    reports = _prepare(rows, resolver)
    by_day: dict[tuple[str, str], list[dict[str, Any]]] = {}
    undated: list[dict[str, Any]] = []
    for r in reports:
        if r["event_date"]:
            by_day.setdefault((r["type"], r["event_date"]), []).append(r)
        else:
            undated.append(r)
    dated: list[_Event] = []
    for (etype, date), group in by_day.items():
        day: list[_Event] = []
        _place(group, day, etype, date)
        dated.extend(day)
    dated = _rounds(dated)
    loose: dict[str, list[dict[str, Any]]] = {}
    for r in undated:
        target = _attach(r, dated)
        if target is not None:
            target.reports.append({**r, "_attached": True})
        else:
            loose.setdefault(r["type"], []).append(r)
    leftovers: dict[tuple[str, frozenset[str]], _Event] = {}
    for etype, group in loose.items():
        for r in group:
            key = (etype, frozenset(r["_names"]))
            if key not in leftovers:
                leftovers[key] = _Event(etype, None, r["_parties"])
            leftovers[key].reports.append(r)
    return [_row(e) for e in _order(dated) + _order(list(leftovers.values()))]


def _day(date: str) -> dt.date:
    return dt.date.fromisoformat(date)


def _rounds(events: list[_Event]) -> list[_Event]:
    """Meetings of the same parties on consecutive days become one round of talks."""
    out = [e for e in events if e.type != "meeting"]
    by_key: dict[frozenset[str], list[_Event]] = {}
    for e in events:
        if e.type == "meeting":
            by_key.setdefault(e.key, []).append(e)
    for group in by_key.values():
        group.sort(key=lambda e: e.date)
        current = group[0]
        for e in group[1:]:
            if (_day(e.date) - _day(current.date)).days <= ROUND_MAX_DAYS:
                current.reports.extend(e.reports)
                current.until = e.date
            else:
                out.append(current)
                current = e
        out.append(current)
    return out


def _attach(r: dict[str, Any], dated: list[_Event]) -> _Event | None:
    written = dt.date.fromisoformat(r["date"])
    lo = (written - dt.timedelta(days=ATTACH_WINDOW_DAYS)).isoformat()
    near = [e for e in dated if e.type == r["type"] and lo <= e.until and e.date <= r["date"]]
    same = [e for e in near if e.has_party_set(r["_parties"])]
    if same:
        return same[0] if len(same) == 1 else None
    fits = [e for e in near if compatible(e.key, r["_parties"])]
    return fits[0] if len(fits) == 1 else None


def _order(events: list[_Event]) -> list[_Event]:
    def first(e: _Event) -> tuple[str, int, int]:
        r = min(e.reports, key=lambda r: (r["date"], r["seq"], r["idx"]))
        return (r["date"], r["seq"], r["idx"])

    return sorted(events, key=lambda e: (e.date or "", first(e), e.type, sorted(e.key)))


def _row(e: _Event) -> dict[str, Any]:
    reports = sorted(e.reports, key=lambda r: (r["date"], r["seq"], r["idx"]))
    names: list[str] = []
    places: list[str] = []
    for r in reports:
        names += [n for n in r["_names"] if n not in names]
        if r.get("place") and r["place"] not in places:
            places.append(r["place"])
    sources = len({r["hash"] for r in reports})
    return {
        "type": e.type,
        "date": e.date,
        "until": e.until if e.until != e.date else None,
        "participants": sorted(names),
        "parties": sorted(e.key),
        "places": places,
        "sources": sources,
        "articles": sources,
        "evidence": [
            {"article": r["article"], "hash": r["hash"], "date": r["date"], "source": r.get("source"),
             "participants": r["participants"], "people": list(r["_names"]), "attached": bool(r.get("_attached")),
             **{k: (r["evidence"] or {}).get(k) for k in ("sentence", "start", "end")}}
            for r in reports
        ],
    }


def timeline(rows: list[dict[str, Any]], resolver: Resolver, since: str | None = None,
             until: str | None = None) -> list[dict[str, Any]]:
    """Merged events, oldest first, undated last. `since`/`until` keep the events whose days
    overlap the window (and drop the undated)."""
    out = merge(rows, resolver)
    if since or until:
        out = [e for e in out if e["date"] and (not since or (e["until"] or e["date"]) >= since)
               and (not until or e["date"] <= until)]
    return out
