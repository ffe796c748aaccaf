"""Provision histories: dated statuses with evidence, stances over time, and the current state.

A status report is dated by the event its sentence reports, when the same
sentence gave a dated event (`date_by_events`: "agreed in the call of 18
March", read on 26 March, is dated 18 March); otherwise by its article. Reports are grouped by date and each date gives one verdict:

* LADDER = raised < proposed < under_negotiation < agreed < signed <
  implemented. On one date the highest ladder status wins (signed outranks
  agreed): reports at different steps of the same day are not in conflict.
* `violated` on a date wins over the ladder statuses of that date.
* Contradicting reports on the same date — `rejected` against agreed, signed
  or implemented; `violated` against implemented — are all kept; the verdict
  names both (`contested`) and the provision is flagged disputed. Nothing is
  silently resolved.
* Otherwise `rejected` on a date is the verdict.

The verdicts are then read in date order (the current state):

* A later verdict supersedes an earlier one, with one exception: the ladder
  only climbs. A ladder status at or below the highest step reached since the
  last `rejected` is a restatement (news re-telling an older agreement) — it
  is kept in the history, but changes nothing.
* `violated` after agreed/signed/implemented opens a dispute: the state is
  `violated`, disputed. A restatement (e.g. `agreed` again) does not close
  it; a step above the highest reached (e.g. `signed`) or `rejected` does.
* A same-date contradiction makes the state disputed, with `contested`
  listing the claims, until a later verdict supersedes it.

`since` is the date of the last change of the state. Stances: for each party,
the dated sequence of its stances (strongest of the day first: agree, reject,
propose, support, discuss); a day with both `agree` and `reject` by the same
party is flagged `contested`. A stance change is a day whose stance differs
from the party's previous one.
"""
from __future__ import annotations

from itertools import groupby
from typing import Any

from ..store.schema import STANCES

LADDER = ("raised", "proposed", "under_negotiation", "agreed", "signed", "implemented")
RANK = {s: i for i, s in enumerate(LADDER)}
AGREEMENT = {"agreed", "signed", "implemented"}
CONTRADICTS = {("rejected", "agreed"), ("rejected", "signed"), ("rejected", "implemented"),
               ("violated", "implemented")}
_STRENGTH = {s: i for i, s in enumerate(STANCES)}


def day_verdict(statuses: set[str]) -> tuple[str, list[str]]:
    """One date's reports -> (verdict, contested). `contested` is empty unless they contradict."""
    clash = sorted({s for pair in CONTRADICTS if pair[0] in statuses and pair[1] in statuses for s in pair},
                   key=lambda s: (s not in RANK, RANK.get(s, 0)))
    if clash:
        return " vs ".join(clash), clash
    if "violated" in statuses:
        return "violated", []
    ladder = [s for s in statuses if s in RANK]
    if "rejected" in statuses and not ladder:
        return "rejected", []
    if "rejected" in statuses:
        return "rejected", []
    return max(ladder, key=RANK.__getitem__), []


def history(status_rows: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """Status reports of one provision (oldest first) -> (dated steps, current state).

    Step: {date, status (the day's verdict), contested, reports [{status,
    article, hash, date, sentence, start, end}], effect}: effect is "change",
    "restatement" or "dispute" (a violation after an agreement, or a
    contradiction). State: {status, since, disputed, contested, reason,
    reached (highest ladder step since the last rejection)}.
    """
    rows = sorted(status_rows, key=lambda r: (r["date"], r.get("reported", r["date"]), r["seq"], r["idx"]))
    steps: list[dict[str, Any]] = []
    state: dict[str, Any] = {"status": None, "since": None, "disputed": False, "contested": [], "reason": None,
                             "reached": None}
    for date, group in groupby(rows, key=lambda r: r["date"]):
        group = list(group)
        verdict, contested = day_verdict({r["status"] for r in group})
        # the reports that carry the day's verdict come first (they are its evidence)
        group.sort(key=lambda r: r["status"] not in (contested or [verdict]))
        before = (state["status"], state["disputed"], tuple(state["contested"]))
        reached = state["reached"]
        effect = "change"
        if contested:
            state.update(status=verdict, disputed=True, contested=contested,
                         reason=f"contradicting reports on {date}: {', '.join(contested)}")
            effect = "dispute"
            top = [s for s in contested if s in RANK]
            if top:
                state["reached"] = max([reached] * bool(reached) + top, key=RANK.__getitem__)
        elif verdict == "violated":
            in_force = reached in AGREEMENT or any(r["status"] in AGREEMENT for r in group)
            if not (state["status"] == "violated" and state["disputed"] == in_force):
                state.update(status="violated", disputed=in_force, contested=[],
                             reason=f"violation reported on {date} after {reached or 'agreed'}" if in_force else None)
            effect = "dispute" if in_force else "change"
        elif verdict == "rejected":
            state.update(status="rejected", disputed=False, contested=[], reason=None, reached=None)
        else:  # a ladder status
            if reached is not None and RANK[verdict] <= RANK[reached]:
                effect = "restatement"
            else:
                state.update(status=verdict, disputed=False, contested=[], reason=None, reached=verdict)
        if (state["status"], state["disputed"], tuple(state["contested"])) != before:
            state["since"] = date
        elif effect == "change":
            effect = "restatement"
        steps.append({
            "date": date,
            "status": verdict,
            "contested": contested,
            "effect": effect,
            "state": state["status"],
            "disputed": state["disputed"],
            "reports": [{"status": r["status"], "article": r["article"], "hash": r["hash"], "date": r["date"],
                         "reported": r.get("reported", r["date"]), "dated_by": r.get("dated_by", "article"),
                         **{k: (r["evidence"] or {}).get(k) for k in ("sentence", "start", "end")}}
                        for r in group],
        })
    return steps, state


def date_by_events(status_rows: list[dict[str, Any]], event_rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Date each status report by the event its own sentence reports, when there is one.

    "The president agreed to halt the strikes in a phone call with his counterpart on May 4",
    read in an article of 12 May, is an agreement of 4 May: a status
    report whose evidence sentence is also the evidence of a dated event of
    the same article takes that event's date (if not after the article);
    otherwise the article's date. `reported` keeps the article date,
    `dated_by` says which ("event" or "article").
    """
    when: dict[tuple[str, int], str] = {}
    for e in event_rows:
        ev = e.get("evidence")
        if e.get("event_date") and ev and e["event_date"] <= e["date"]:
            when.setdefault((e["hash"], ev["start"]), e["event_date"])
    out = []
    for r in status_rows:
        ev = r.get("evidence")
        date = when.get((r["hash"], ev["start"])) if ev else None
        out.append({**r, "date": date or r["date"], "reported": r["date"], "dated_by": "event" if date else "article"})
    return out


def stances(position_rows: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """Positions of one provision -> party -> dated stances (oldest first).

    Entry: {date, stance (the strongest of the day), stances (all of the day),
    contested, changed (differs from the party's previous stance), condition,
    stage, reports [...]}.
    """
    by_party: dict[str, list[dict[str, Any]]] = {}
    rows = sorted(position_rows, key=lambda r: (r["party"], r["date"], r["seq"], r["idx"]))
    for party, prow in groupby(rows, key=lambda r: r["party"]):
        out = []
        prev = None
        for date, group in groupby(prow, key=lambda r: r["date"]):
            group = list(group)
            found = sorted({r["stance"] for r in group}, key=_STRENGTH.__getitem__)
            stance = found[0]
            cond = next((r["condition"] for r in group if r.get("condition")), None)
            stage = next((r["stage"] for r in group if r.get("stage")), None)
            out.append({
                "date": date, "stance": stance, "stances": found,
                "contested": {"agree", "reject"} <= set(found),
                "changed": stance != prev, "previous": prev, "condition": cond, "stage": stage,
                "reports": [{"stance": r["stance"], "article": r["article"], "hash": r["hash"], "date": r["date"],
                             "condition": r.get("condition"), "stage": r.get("stage"),
                             **{k: (r["evidence"] or {}).get(k) for k in ("sentence", "start", "end")}}
                            for r in group],
            })
            prev = stance
        by_party[party] = out
    return dict(sorted(by_party.items()))


def provision_record(provision: str, status_rows: list[dict], position_rows: list[dict],
                     label: str | None = None) -> dict[str, Any]:
    """The whole record of one provision: history, stances over time, current state."""
    steps, state = history([r for r in status_rows if r["provision"] == provision])
    party_stances = stances([r for r in position_rows if r["provision"] == provision])
    dates = [s["date"] for s in steps] + [e["date"] for v in party_stances.values() for e in v]
    return {
        "provision": provision,
        "label": label or provision,
        "status": state["status"],
        "since": state["since"],
        "disputed": state["disputed"],
        "contested": state["contested"],
        "reason": state["reason"],
        "first_seen": min(dates) if dates else None,
        "updated": max(dates) if dates else None,
        "history": steps,
        "stances": party_stances,
    }


def agenda(status_rows: list[dict], position_rows: list[dict], labels: dict[str, str] | None = None) -> list[dict]:
    """Current state of every provision: most recently changed first.

    Row: {provision, label, status, since (last change of state), disputed,
    contested, reason, updated (latest report), status_date (= since),
    stances (party -> {stance, date, condition, stage, evidence} latest)}.
    """
    labels = labels or {}
    names = sorted({r["provision"] for r in status_rows} | {r["provision"] for r in position_rows})
    out = []
    for p in names:
        rec = provision_record(p, status_rows, position_rows, labels.get(p))
        latest = {}
        for party, entries in rec["stances"].items():
            e = entries[-1]
            rep = e["reports"][0]
            latest[party] = {"stance": e["stance"], "date": e["date"], "since": _stance_since(entries),
                             "condition": e["condition"], "stage": e["stage"], "contested": e["contested"],
                             "evidence": {k: rep[k] for k in ("article", "hash", "date", "sentence", "start", "end")}}
        last = rec["history"][-1] if rec["history"] else None
        out.append({
            "provision": p, "label": rec["label"], "status": rec["status"], "since": rec["since"],
            "status_date": rec["since"], "disputed": rec["disputed"], "contested": rec["contested"],
            "reason": rec["reason"], "updated": rec["updated"],
            "status_evidence": (last["reports"][0] if last else None),
            "stances": latest,
        })
    out.sort(key=lambda r: r["provision"])
    out.sort(key=lambda r: (r["since"] or r["updated"] or ""), reverse=True)
    return out


def _stance_since(entries: list[dict]) -> str:
    since = entries[0]["date"]
    for e in entries:
        if e["changed"]:
            since = e["date"]
    return since
