"""Plans and stages: named proposals and the order of their steps, read from sentences.

Pure functions over stored sentences (no spaCy): regular expressions find

* a *named proposal*: a plan, proposal, settlement, memorandum, roadmap,
  framework or process with a qualifier that names it — a count ("28-point
  plan", "two-stage process"), a kind ("peace plan", "ceasefire proposal",
  "bridging proposal", "staged settlement") or a proposer ("the US
  proposal", "the president's peace plan"); a memorandum or roadmap needs none.
  Talk of doing something "in stages" / "in phases" / "step by step" with no
  name gives an unnamed plan, called "staged settlement".
* *stages*, from sequencing language: "starting with X", "(would/will/all) start/begin with X",
  "in the first phase/stage", "the second phase", "the final
  phase" fix a stage's order; "after that", "then", "next", "followed by"
  add the next stage; "once X, (then) Y" makes X the condition of the next
  stage Y; "only after X", "not until X", "provided that X", "on condition
  that X" attach condition X to the stage of the sentence; in a sentence
  with no other cue, near a plan's last stage, "Y only after X" is a new,
  later stage Y (when Y names a provision) with condition X.
  A stage's provisions are those whose vocabulary cues its words match;
  positions whose evidence is a stage's sentence add their provision to it.

A stage cue after which no plan is current (none named earlier in the
article and no "in stages") starts an unnamed plan only when it is a strong
cue (an ordinal phase, "starting with", "two-stage"); the weak cues ("then",
"after that") continue a plan only within WINDOW sentences of its last stage.

An unnamed plan's proposer is the first party its sentence names; it is
never merged with another article's. Across articles a named plan is
identified by its folded name (articles,
possessives and punctuation dropped; "U.S."/"American" read as "us"). The
plan's stages are those of the article that gives most (the earliest on a
tie); every article's reading is kept in `sources`.
"""
from __future__ import annotations

import functools
import re
from typing import Any

from .. import vocab
from ..extract.parties import party_of_phrase

WINDOW = 3
_NUM = (r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|twenty-eight|"
        r"thirty)")
# A qualifier that names a plan: its kind, or its proposer — a possessive ("the envoy's", "Qatar's") or a
# capitalised name or adjective ("US", "Egyptian", "US-Ukrainian"), matched case-sensitively.
_QUAL = (r"(?:peace|ceasefire|cease-fire|truce|interim|comprehensive|staged|phased|bridging|counter|joint|"
         r"partial|full|final|framework|security|\d+-day|mediators['’]?|"
         r"[\w.-]+['’]s|(?-i:(?!(?:The|A|An|This|That|These|Those|Its|His|Her|Their|Our|Any|Each|Every|No|"
         r"Under|In|On|At|For|With|By|From|After|Before)\b)[A-Z][\w.]*(?:-[A-Z][\w.]*)?))")
PLAN_RE = re.compile(
    rf"\b(?:(?P<num>{_NUM})[- ](?:point|step|stage|phase|part)\s+)?"
    rf"(?P<quals>(?:{_QUAL}[\s-]+){{0,3}})"
    r"(?P<head>plan|proposal|settlement|memorandum(?: of understanding)?|roadmap|road map|framework|process|"
    r"initiative|counter-proposal)\b",
    re.I,
)
STAGED_RE = re.compile(r"\b(?:in (?:several |multiple |two |three |a number of )?(?:stages|phases|steps)|step[- ]by[- ]step|"
                       r"(?:staged|phased|sequenced) (?:approach|settlement|process|plan))\b", re.I)
ORDINALS = {"first": 1, "initial": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}
ORDINAL_RE = re.compile(r"\b(?:in |during |under |on )?(?:the|a) (?P<ord>first|initial|second|third|fourth|fifth|final|last) "
                        r"(?:phase|stage)\b", re.I)
START_RE = re.compile(r"\b(?:starting with|(?:would|will|could|should|to|must|all) start with|"
                      r"(?:would|will|could|should|to|must|all) begin with|beginning with)\s+(?P<text>[^.;]+)", re.I)
NEXT_RE = re.compile(r"\b(?:after that|afterwards|and then|(?<!since )(?<!until )(?<!by )(?<!back )(?<!even )"
                     r"(?<!only )(?<!just )then(?!-)|followed by|subsequently)\b,?\s+"
                     r"(?P<text>[^.;]+)", re.I)
ONCE_RE = re.compile(r"\bonce (?P<cond>[^,;.]+),\s*(?:then\s+)?(?P<text>[^.;]+)", re.I)
COND_RE = re.compile(r"\b(?P<cue>only after|only once|not until|only if|provided that|on (?:the )?condition that|"
                     r"conditional on|subject to)\s+(?P<cond>[^.;]+)", re.I)
TWO_PART_RE = re.compile(rf"\b{_NUM}[- ](?:stage|phase|step|part) (?:process|plan|approach|settlement)\s*:\s*"
                         r"(?P<text>[^.]+)", re.I)
_SPLIT = re.compile(r",?\s*(?:and then|then|followed by|after which)\s+", re.I)
_HEADS_NAMELESS = {"memorandum", "memorandum of understanding", "roadmap", "road map"}


@functools.lru_cache(maxsize=1)
def _provision_res() -> tuple[tuple[str, re.Pattern[str]], ...]:
    out = []
    for p in vocab.provisions():
        if p.cues:
            out.append((p.id, re.compile(r"\b(?:" + "|".join(p.cues) + r")\b", re.I)))
    return tuple(out)


def provisions_in(text: str) -> list[str]:
    """Provision ids whose cues occur in `text`."""
    return [pid for pid, pat in _provision_res() if pat.search(text)]


def plan_key(name: str) -> str:
    low = name.casefold()
    low = re.sub(r"\bu\.s\.|\bamerica['’]s\b|\bamerican\b", "us", low)
    low = re.sub(r"['’]s?\b", "", low)
    low = re.sub(r"\b(?:the|a|an)\b", " ", low)
    low = low.replace("cease-fire", "ceasefire").replace("road map", "roadmap")
    return " ".join(re.sub(r"[^\w\s-]", " ", low).split())


def find_plan_names(sentence: str) -> list[str]:
    """Named proposals in a sentence, as written (without a leading article)."""
    out = []
    for m in PLAN_RE.finditer(sentence):
        head = m.group("head").lower()
        if not (m.group("num") or m.group("quals").strip() or head in _HEADS_NAMELESS):
            continue
        if head == "process" and not m.group("num"):
            continue  # "peace process" is the negotiation itself, not a proposal
        out.append(" ".join(m.group(0).split()))
    return out


def _clause(text: str) -> str:
    text = re.split(r"\s+(?:—|–|-)\s+|\(|;", text)[0]
    return text.strip(" ,.:\"“”")


def stage_cues(sentence: str) -> dict[str, Any]:
    """The sequencing language of one sentence.

    {ordinal: int|"final"|None, start: text|None, next: [texts], once: (cond,
    text)|None, conditions: [texts], parts: [texts] (a "two-stage process:
    A and then B" list), staged: bool}.
    """
    cues: dict[str, Any] = {"ordinal": None, "start": None, "next": [], "once": None, "conditions": [],
                            "parts": [], "staged": bool(STAGED_RE.search(sentence))}
    m = TWO_PART_RE.search(sentence)
    if m:
        cues["parts"] = [_clause(p) for p in _SPLIT.split(m.group("text")) if _clause(p)]
        return cues
    m = ORDINAL_RE.search(sentence)
    if m:
        word = m.group("ord").lower()
        cues["ordinal"] = "final" if word in ("final", "last") else ORDINALS[word]
    m = START_RE.search(sentence)
    if m:
        cues["start"] = _clause(m.group("text"))
    m = ONCE_RE.search(sentence)
    if m:
        cues["once"] = (_clause(m.group("cond")), _clause(m.group("text")))
    for m in COND_RE.finditer(sentence):
        cues["conditions"].append(_clause(m.group("cond")))
    if not cues["once"]:
        for m in NEXT_RE.finditer(sentence):
            if cues["start"] and m.start() < sentence.find(cues["start"]):
                continue
            text = _clause(m.group("text"))
            if text and not re.match(r"(?i)(?:week|month|year|day)s?\b", text):
                cues["next"].append(text)
    return cues


class _ArticlePlans:
    def __init__(self, article: dict[str, Any]) -> None:
        self.article = article
        self.plans: list[dict[str, Any]] = []
        self.current: dict[str, Any] | None = None
        self.last_stage_at = -99

    def plan(self, name: str, sentence: dict[str, Any], named: bool = True) -> dict[str, Any]:
        # an unnamed staged plan is only known to be the same within its article
        key = plan_key(name) if named else f"{plan_key(name)}/{sentence['article']}"
        for p in self.plans:
            if p["key"] == key:
                return p
        proposer = _proposer(name) if named else party_of_phrase(sentence["text"])
        p = {"key": key, "name": name, "named": named, "proposer": proposer,
             "evidence": _ev(sentence), "stages": []}
        self.plans.append(p)
        return p

    def add_stage(self, plan: dict[str, Any], order: int | str | None, text: str, sentence: dict[str, Any],
                  condition: str | None = None) -> dict[str, Any]:
        stages = plan["stages"]
        if order == "final" or order is None:
            order = (max((s["order"] for s in stages), default=0) + 1)
        for s in stages:
            if s["order"] == order:  # the same stage told again: keep the first text, add provisions
                s["provisions"] += [p for p in provisions_in(text) if p not in s["provisions"]]
                if condition and condition not in s["conditions"]:
                    s["conditions"].append(condition)
                self.last_stage_at = sentence["idx"]
                return s
        s = {"order": order, "text": text, "provisions": provisions_in(text),
             "conditions": [condition] if condition else [], "evidence": _ev(sentence)}
        stages.append(s)
        stages.sort(key=lambda s: s["order"])
        self.last_stage_at = sentence["idx"]
        return s


def _proposer(name: str) -> str | None:
    """The party a plan's name gives: "US proposal" -> United States, "Trump's plan" -> his party."""
    party = party_of_phrase(name)
    if party:
        return party
    m = re.match(r"([\w-]+)['’]s\b", name)
    if m:
        for k in vocab.gazetteer():
            if m.group(1).casefold() in {f.casefold() for f in (k.name, *k.aliases)}:
                return k.party
    return None


def _ev(s: dict[str, Any]) -> dict[str, Any]:
    return {"article": s["article"], "hash": s["hash"], "date": s["date"], "sentence": s["text"].strip(),
            "start": s["start"], "end": s["end"]}


def article_plans(sentences: list[dict[str, Any]], positions: list[dict[str, Any]] = ()) -> list[dict[str, Any]]:
    """The plans one article tells of. `sentences` are that article's, in order."""
    if not sentences:
        return []
    st = _ArticlePlans(sentences[0])
    for s in sentences:
        text = s["text"]
        names = find_plan_names(text)
        cues = stage_cues(text)
        if names:
            st.current = st.plan(names[0], s)
            for extra in names[1:]:
                st.plan(extra, s)
        strong = cues["parts"] or cues["ordinal"] is not None or cues["start"] or cues["staged"]
        if st.current is None and strong:
            st.current = st.plan("staged settlement", s, named=False)
        plan = st.current
        if plan is None:
            continue
        near = s["idx"] - st.last_stage_at <= WINDOW
        stage = None
        if cues["parts"]:
            for i, part in enumerate(cues["parts"], start=1):
                stage = st.add_stage(plan, i, part, s)
        if cues["start"]:
            stage = st.add_stage(plan, 1, cues["start"], s)
        if cues["ordinal"] is not None:
            stage = st.add_stage(plan, cues["ordinal"], _clause(text), s)
        if cues["once"] and (plan["stages"] or near or names):
            cond, then = cues["once"]
            stage = st.add_stage(plan, None, then, s, condition=cond)
        for nxt in cues["next"]:
            if plan["stages"] and (near or stage is not None):
                stage = st.add_stage(plan, None, nxt, s)
        if cues["conditions"] and stage is None and plan["stages"] and near:
            # "X only after Y" with no other cue: X is a later step, conditional on Y
            m = COND_RE.search(text)
            before = _clause(text[: m.start()])
            if provisions_in(before):
                stage = st.add_stage(plan, None, before, s)
        for cond in cues["conditions"]:
            target = stage or (plan["stages"][-1] if plan["stages"] and near else None)
            if target is not None and cond not in target["conditions"]:
                target["conditions"].append(cond)
    # positions read from a stage's sentence name provisions of that stage
    for p in st.plans:
        for stage in p["stages"]:
            for pos in positions:
                ev = pos.get("evidence") or {}
                if ev.get("start") == stage["evidence"]["start"] and pos["provision"] not in stage["provisions"]:
                    stage["provisions"].append(pos["provision"])
    return [p for p in st.plans if p["named"] or p["stages"]]


def plans(sentence_rows: list[dict[str, Any]], position_rows: list[dict[str, Any]] = ()) -> list[dict[str, Any]]:
    """Plans across articles, first reported first.

    Row: {name, key, proposer, first_seen, last_seen, articles (count),
    stages [{order, text, provisions, conditions, evidence}], provisions
    (all of the stages), evidence (the sentence naming it, per article),
    sources [{article, hash, date, stages}]}.
    """
    by_article: dict[str, list[dict[str, Any]]] = {}
    for s in sentence_rows:
        by_article.setdefault(s["hash"], []).append(s)
    pos_by_article: dict[str, list[dict[str, Any]]] = {}
    for p in position_rows:
        pos_by_article.setdefault(p["hash"], []).append(p)
    merged: dict[str, dict[str, Any]] = {}
    for h, sents in by_article.items():
        for p in article_plans(sents, pos_by_article.get(h, [])):
            date = sents[0]["date"]
            m = merged.get(p["key"])
            if m is None:
                m = merged[p["key"]] = {"name": p["name"], "key": p["key"], "proposer": p["proposer"],
                                        "first_seen": date, "last_seen": date, "articles": 0, "stages": [],
                                        "provisions": [], "evidence": [], "sources": [],
                                        "_order": (date, sents[0]["seq"])}
            m["last_seen"] = max(m["last_seen"], date)
            m["first_seen"] = min(m["first_seen"], date)
            m["proposer"] = m["proposer"] or p["proposer"]
            m["articles"] += 1
            m["evidence"].append(p["evidence"])
            m["sources"].append({"article": sents[0]["article"], "hash": h, "date": date, "stages": p["stages"]})
            if len(p["stages"]) > len(m["stages"]):
                m["stages"] = p["stages"]
    out = []
    for m in merged.values():
        m["provisions"] = [x for s in m["stages"] for x in s["provisions"]]
        m["provisions"] = list(dict.fromkeys(m["provisions"]))
        out.append(m)
    out.sort(key=lambda m: m.pop("_order"))
    return out
