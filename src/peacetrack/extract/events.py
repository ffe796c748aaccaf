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
from ..nlp import clean
from .parties import find_parties

# (type, pattern); checked in this order, the first type found in a sentence wins
TRIGGERS: list[tuple[str, re.Pattern[str]]] = [
    ("exchange", re.compile(r"\b(?:(?:prisoner|prisoners|pow|captive|body|bodies)[- ](?:exchange|swap)s?|exchanged? (?:\d+ |of )?(?:prisoners|pows|captives|bodies)|swapped (?:\d+ )?(?:prisoners|pows)|(?:were|was) (?:returned|released) (?:home|from captivity)|returned home from captivity)\b", re.I)),
    ("call", re.compile(r"\b(?:(?:phone|telephone|video) (?:call|conversation|talks?)|(?:spoke|talked|spoken|speaking)(?: (?:to|with) [^.,;]{1,60}?)? (?:by|on the|over the) (?:phone|telephone)|phoned|call with|call between|calls? with|held a call|conversation with|spoke with [^.]{0,60}? by phone)\b", re.I)),
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


SPEECH_LEMMAS = {"say", "tell", "consider", "believe", "think", "describe", "add", "stress", "note",
                 "claim", "report", "write", "announce", "confirm", "insist", "argue", "warn", "recall", "suggest"}
PLACE_PREP = re.compile(r"\b(?:in|at|to|into|near|across|over|inside|outside|across)\s+(?:the\s+)?$", re.I)
LINK_PREPS = {"with", "between", "among", "by", "and"}
ROLE_DEPS = {"nsubj", "nsubjpass", "dobj", "poss", "compound", "amod", "agent", "conj", "appos"}


def _who(doc, start: int, end: int, index: ActorIndex, context: list) -> tuple[list[str], list[str]]:
    """People and parties named in a stretch of text (parties named as places left out)."""
    people, parties = [], []
    for p in index.people:
        if any(start <= s < end for s, _ in p.mentions) and p.name not in people:
            people.append(p.name)
    for pm in find_parties(doc.text[start:end]):
        at = start + pm.start
        if PLACE_PREP.search(doc.text[max(0, at - 12) : at]):
            continue
        if pm.party not in parties:
            parties.append(pm.party)
    phrase = doc.text[start:end].strip()
    if not people and not parties and re.fullmatch(r"(?:he|she|they|we)", phrase, re.I) and context:
        people = list(context)
    return people, parties


def _role_nodes(doc, start: int, end: int):
    """Tokens that fill a role of the trigger: its subject, object, "with X", "X's", "US-Russia"."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return []
    root = span.root
    anchors = [root]
    node = root
    for _ in range(3):  # "held talks" -> held; "a call with" -> the verb above
        if node.pos_ in {"VERB", "AUX"} or node.head.i == node.i:
            break
        node = node.head
        anchors.append(node)
    if node.dep_ in {"xcomp", "conj", "advcl", "relcl"} and node.head.i != node.i:
        anchors.append(node.head)  # "agreed to meet": the subject is the head's
    out = []
    for a in anchors:
        if a.lemma_.lower() in SPEECH_LEMMAS and a.i not in {t.i for t in span}:
            continue  # "Rubio considers the call a first step": Rubio was not on the call
        for c in a.children:
            if c.dep_ in ROLE_DEPS and not (c.i >= span.start and c.i < span.end):
                out.append(c)
            elif c.dep_ == "prep" and c.lower_ in LINK_PREPS:
                out.extend(g for g in c.children if g.dep_ == "pobj")
        for t in span:
            if t.dep_ in {"compound", "amod", "poss"} and t.head.i in {x.i for x in span} and t not in out:
                out.append(t)
    more = []
    for c in out:
        more.extend(x for x in c.conjuncts if x not in out)
    return out + more


def _participants(doc, sent, index: ActorIndex, recent: list[str], cand: Candidate) -> list[str]:
    start = sent.start_char + cand.start
    end = sent.start_char + cand.end
    people, parties = [], []
    for node in _role_nodes(doc, start, end):
        lo, hi = node.left_edge.idx, node.right_edge.idx + len(node.right_edge.text)
        pe, pa = _who(doc, lo, hi, index, recent)
        people += [p for p in pe if p not in people]
        parties += [p for p in pa if p not in parties]
    trigger_words = doc.text[start:end]
    pe, pa = _who(doc, start, end, index, recent)  # "US-Russia talks", "Ukrainian delegation"
    people += [p for p in pe if p not in people]
    parties += [p for p in pa if p not in parties]
    if not people and not parties:
        people, parties = _who(doc, sent.start_char, sent.end_char, index, [])
        if not people and recent and PRONOUNS.match(sent.text.strip()):
            people = recent[:1]
    if cand.type in {"call", "meeting"} and len(people) + len(parties) < 2:
        # the parse did not link the other side: take the sentence's people
        pe, pa = _who(doc, sent.start_char, sent.end_char, index, [])
        people += [p for p in pe if p not in people]
        if len(people) + len(parties) < 2:
            parties += [p for p in pa if p not in parties]
    covered = {p.party for p in index.people if p.name in people}
    parties = [p for p in parties if p not in covered]
    if cand.type == "statement":
        return people[:1] or parties[:1]
    if cand.type in {"attack", "exchange"}:
        return (parties or people)[:2]
    return people + parties


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
    recent: list[str] = []  # the people of the last sentence that named any
    for sent in doc.sents:
        text = sent.text
        for cand in triggers(text):
            if not _occurred(text, cand):
                continue
            parts = _participants(doc, sent, index, recent, cand)
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
        named = [p.name for p in index.people if any(sent.start_char <= s < sent.end_char for s, _ in p.mentions)]
        if named:
            recent = named
    return list(events.values())


OFFICIAL = re.compile(r"^\s*(?P<kind>Joint Statement|Statement|Readout|Remarks|Fact Sheet|Press Release|Communiqu[eé]|Joint Communiqu[eé])\b(?P<rest>.*)", re.I)


def release_event(title: str | None, date: str, index: ActorIndex) -> Event | None:
    """An official release is itself a statement by whoever issues it, on its date.

    "Joint Statement ... of the United States, Egypt and Qatar" -> those parties;
    "Statement from <office> <name>" / "Remarks by <name>" -> that person;
    "Readout of ...", "Fact Sheet: ..." -> the party of the first person or state named.
    """
    m = OFFICIAL.match(clean(title or ""))
    if not m:
        return None
    kind, rest = m.group("kind").lower(), m.group("rest")
    parties = list(dict.fromkeys(pm.party for pm in find_parties(rest)))
    found = ((re.search(rf"\b{re.escape(p.name.split()[-1])}\b", rest), p) for p in index.people)
    people = [p for m, p in sorted(((m, p) for m, p in found if m), key=lambda mp: mp[0].start())]
    if kind.startswith("joint") and len(parties) >= 2:
        return Event("statement", date, parties)
    if kind in {"statement", "remarks"} and re.match(r"\s*(?:from|by)\b", rest) and people:
        return Event("statement", date, [p.name for p in people])
    party = (people[0].party if people and people[0].party else None) or (parties[0] if parties else None)
    return Event("statement", date, [party]) if party else None
