"""What changed in a window of dates: the analyst's daily digest.

Derived from the provision histories, stance timelines, plans and merged
events (nothing stored). An item is in the window [since, until] (inclusive;
`until` open when None) when:

* new provision — the provision's first report (status or stance) is in it;
* status transition — a date in it changed the provision's state (a
  restatement is no change; a dispute opened or a contradiction is);
* stance change — a party's stance on a provision changed on a date in it
  (its first stance included);
* new plan — the plan was first reported in it;
* event — a merged event dated in it.

Every item carries its evidence.
"""
from __future__ import annotations

from typing import Any


def _in(date: str | None, since: str, until: str | None) -> bool:
    return bool(date) and date >= since and (until is None or date <= until)


def changes(records: list[dict[str, Any]], plans: list[dict[str, Any]], events: list[dict[str, Any]],
            since: str, until: str | None = None) -> dict[str, list[dict[str, Any]]]:
    """records: provision records (provisions.provision_record); plans: plans.plans(); events: merged."""
    out: dict[str, list[dict[str, Any]]] = {"new_provisions": [], "status_transitions": [], "stance_changes": [],
                                            "new_plans": [], "events": []}
    for rec in records:
        p = rec["provision"]
        if _in(rec["first_seen"], since, until):
            first = [s for s in rec["history"] if s["date"] == rec["first_seen"]]
            ev = first[0]["reports"] if first else [
                r for v in rec["stances"].values() for e in v if e["date"] == rec["first_seen"] for r in e["reports"]]
            out["new_provisions"].append({"provision": p, "label": rec["label"], "date": rec["first_seen"],
                                          "evidence": ev})
        previous = None
        prev_disputed = False
        for step in rec["history"]:
            changed = step["effect"] != "restatement" and (step["state"], step["disputed"]) != (previous, prev_disputed)
            if changed and _in(step["date"], since, until):
                out["status_transitions"].append({
                    "provision": p, "date": step["date"], "from": previous, "to": step["state"],
                    "disputed": step["disputed"], "contested": step["contested"], "effect": step["effect"],
                    "evidence": step["reports"]})
            if changed:
                previous, prev_disputed = step["state"], step["disputed"]
        for party, entries in rec["stances"].items():
            for e in entries:
                if e["changed"] and _in(e["date"], since, until):
                    out["stance_changes"].append({
                        "provision": p, "party": party, "date": e["date"], "from": e["previous"], "to": e["stance"],
                        "contested": e["contested"], "condition": e["condition"], "evidence": e["reports"]})
    for plan in plans:
        if _in(plan["first_seen"], since, until):
            out["new_plans"].append({"name": plan["name"], "key": plan["key"], "date": plan["first_seen"],
                                     "proposer": plan["proposer"], "stages": plan["stages"],
                                     "evidence": plan["evidence"]})
    for e in events:
        if _in(e["date"], since, until):
            out["events"].append(e)
    for items in out.values():
        items.sort(key=lambda i: i["date"])
    return out


def flat(digest: dict[str, list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """The digest as one list, by date: {kind, date, what, evidence (first sentence)} for a table."""
    rows = []
    for kind, items in digest.items():
        for i in items:
            if kind == "new_provisions":
                what = f"{i['provision']} first reported"
            elif kind == "status_transitions":
                what = f"{i['provision']}: {i['from'] or '-'} -> {i['to']}" + (" (disputed)" if i["disputed"] else "")
            elif kind == "stance_changes":
                what = f"{i['provision']}: {i['party']} {i['from'] or '-'} -> {i['to']}"
            elif kind == "new_plans":
                what = f"plan: {i['name']} ({len(i['stages'])} stages)"
            else:
                what = f"{i['type']}: {', '.join(i['participants'])} ({i['sources']} sources)"
            ev = i["evidence"]
            first = ev[0] if isinstance(ev, list) and ev else ev if isinstance(ev, dict) else {}
            rows.append({"kind": kind.rstrip("s").replace("_", " "), "date": i["date"], "what": what,
                         "article": (first or {}).get("article"), "sentence": (first or {}).get("sentence")})
    rows.sort(key=lambda r: r["date"])
    return rows
