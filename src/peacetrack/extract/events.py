"""Events: calls, meetings, visits, statements, agreements, exchanges, attacks.

A sentence holds an event when a trigger of a type is found in it and the
sentence reports it as having happened (not "will meet", "plans to visit":
plans are positions, not events). Participants are the people the sentence
names (or the one it refers back to with a pronoun), else the parties it
names. The date is the day a temporal expression of the sentence fixes.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..records import Event
from .actors import ActorIndex
from .parties import find_parties

# (type, pattern); checked in this order, the first type found in a sentence wins
TRIGGERS: list[tuple[str, re.Pattern[str]]] = [
    ("exchange", re.compile(r"\b(?:(?:prisoner|prisoners|pow|captive|body|bodies)[- ](?:exchange|swap)s?|exchanged? (?:\d+ |of )?(?:prisoners|pows|captives|bodies)|swapped (?:\d+ )?(?:prisoners|pows)|(?:were|was) (?:returned|released) (?:home|from captivity)|returned home from captivity)\b", re.I)),
    ("call", re.compile(r"\b(?:(?:phone|telephone|video) (?:call|conversation|talks?)|(?:spoke|talked|spoken|speaking) (?:by|on the|over the) (?:phone|telephone)|phoned|call with|call between|calls? with|held a call|conversation with|spoke with [^.]{0,60}? by phone)\b", re.I)),
    ("visit", re.compile(r"\b(?:visited|visiting|(?:official |state |surprise )?visit to|arrived in|travell?ed to|trip to|(?:was|were) in (?:Kyiv|Moscow|Washington|Riyadh|Paris|London|Berlin|Brussels|Istanbul|Ankara|Geneva|Jeddah|Doha|Cairo|Beijing))\b", re.I)),
    ("agreement", re.compile(r"\b(?:signed|reached (?:an? |the )?(?:agreement|deal|accord|understanding|ceasefire)|struck (?:an? |the )?(?:deal|agreement)|(?:agreement|deal|accord|arrangements?|memorandum) (?:was|were|has been|have been) (?:reached|signed|struck|concluded|announced)|joint (?:statement|declaration)|(?:announced|unveiled) (?:an? |the )?(?:agreement|deal|arrangements?|accord)|concluded (?:an? |the )?(?:agreement|deal))\b", re.I)),
    ("meeting", re.compile(r"\b(?:met(?! with resistance)|meeting (?:with|between|in|of)|(?:held|hold|holding) (?:\w+ ){0,2}(?:talks|meetings?|negotiations|consultations)|talks (?:in|with|between|on|at)|summit|sat down with|round of (?:talks|negotiations)|negotiations (?:in|with|between)|(?:talks|negotiations) (?:were|was) held|hosted)\b", re.I)),
    ("statement", re.compile(r"\b(?:(?:press|news) conference|briefing|(?:nightly|video|televised|evening|weekly) address|in (?:an|his|her|a) (?:address|speech|interview)|interview with|(?:told|telling) (?:reporters|journalists|the [A-Z]\w+|[A-Z]\w+ (?:news|TV|television))|(?:posted|wrote|said) on (?:X|Telegram|Truth Social|Facebook|social media|Twitter)|in a (?:post|statement|video|speech) on|speech (?:at|to|in)|addressing|remarks (?:at|to)|(?:said|says) in a statement|issued a statement)\b")),
    ("attack", re.compile(r"\b(?:(?:drone|missile|air|artillery)?\s?(?:strikes?|attacks?|attacked|struck|hit|shelled|shelling|bombed) (?:on |at |against )?(?:\w+ ){0,4}(?:energy|power|oil|gas|port|infrastructure|pumping|grid|substation|refinery|facilit))", re.I)),
]
# Words that make a trigger a plan, a possibility or a denial rather than an occurrence.
NOT_OCCURRED = re.compile(
    r"\b(?:will|would|could|might|may|shall|plans? to|planned|planning|expected to|to be held|intends? to|"
    r"proposed|propose|upcoming|next week|next month|ready to|willing to|wants? to|hopes? to|possible|potential|"
    r"should|must|if|unless|not|never|no (?:call|meeting|talks)|didn't|hasn't|haven't|won't)\b",
    re.I,
)
PRONOUNS = re.compile(r"^(?:He|She|They|His|Her)\b")


@dataclass(frozen=True)
class Candidate:
    type: str
    start: int  # trigger offsets
    end: int


def triggers(sentence: str) -> list[Candidate]:
    out = []
    for etype, pat in TRIGGERS:
        m = pat.search(sentence)
        if m:
            out.append(Candidate(etype, m.start(), m.end()))
    return out


def _occurred(sentence: str, cand: Candidate) -> bool:
    # a modal or plan word shortly before the trigger turns it into a future/hypothetical
    window = sentence[max(0, cand.start - 60) : cand.end]
    return not NOT_OCCURRED.search(window)


def _participants(sent, index: ActorIndex, last_person, cand: Candidate, text: str) -> list[str]:
    people = []
    for p in index.people:
        if any(sent.start_char <= s < sent.end_char for s, _ in p.mentions) and p.name not in people:
            people.append(p.name)
    if not people and last_person is not None and PRONOUNS.match(sent.text.strip()):
        people.append(last_person.name)
    parties = []
    covered = {p.party for p in index.people if p.name in people}
    for pm in find_parties(sent.text):
        if pm.party not in parties and pm.party not in covered:
            parties.append(pm.party)
    if cand.type == "statement":
        return people[:1] or parties[:1]
    if cand.type in {"call", "meeting", "visit"} and len(people) >= 2:
        return people
    if cand.type in {"attack", "exchange"}:
        return parties[:2] if parties else people[:2]
    return people + [p for p in parties if p not in covered][: max(0, 2 - len(people))] if people else parties[:3]


def _date_in(sent, timexes, cand_abs: int) -> str | None:
    best, dist = None, None
    for t in timexes:
        if sent.start_char <= t.start < sent.end_char and t.day:
            d = abs(t.start - cand_abs)
            if dist is None or d < dist:
                best, dist = t.day, d
    return best


def find_events(doc, index: ActorIndex, timexes: list) -> list[Event]:
    """Events reported in a parsed article, one per (type, participants)."""
    events: dict[tuple[str, frozenset[str]], Event] = {}
    last_person = None
    for sent in doc.sents:
        text = sent.text
        for cand in triggers(text):
            if not _occurred(text, cand):
                continue
            parts = _participants(sent, index, last_person, cand, doc.text)
            if not parts or (cand.type in {"call", "meeting"} and len(parts) < 2):
                continue
            date = _date_in(sent, timexes, sent.start_char + cand.start)
            key = (cand.type, frozenset(parts))
            prev = events.get(key)
            if prev is None:
                events[key] = Event(cand.type, date, parts)
                events[key].evidence = (sent.start_char, sent.end_char)  # replaced by Evidence by the caller
            elif prev.date is None and date:
                prev.date = date
            break  # one event per sentence
        for p in index.people:
            if any(sent.start_char <= s < sent.end_char for s, _ in p.mentions):
                last_person = p
    return list(events.values())
