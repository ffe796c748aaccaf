"""An item named again by the bare head noun of its cue: "The two sides agreed on a swap of detainees. The swap
took place at the border on Friday." - "the swap" is the prisoner exchange, as "those plants" after "nuclear power
plants" is nuclear safety. A deal named again ("this deal") is read by `_Deals.refer` (plans.py)."""
from __future__ import annotations

from ..provisions import ProvisionMention, find_provisions
from .lexicon import DEAL_NOUNS

# How many sentences back a bare noun may reach for the item it names again.
WINDOW = 3
# Determiners that point back to a thing already named: "the swap", "those plants".
POINTING = frozenset("the this that these those".split())
# Adjectives that tell how a thing already named went: "a successful exchange", "the second swap".
TELLING = frozenset("successful latest recent first second third last previous new further planned agreed".split())
# Heads too general to name an item by themselves ("the humanitarian situation ... the situation in the east"), and
# places and governing bodies, which a later "the" names as they stand ("a transitional government ... the
# government said"; "the Kherson region ... fighting in the region").
GENERAL = frozenset("situation issue question matter crisis process effort measure step line end war conflict concern "
                    "talk right access force region area province district north south east west government "
                    "administration authority council".split()) | DEAL_NOUNS


def _heads(sent) -> dict[str, set[str]]:
    """The items a sentence names by a noun phrase, by the lemma of its head noun: "the exchange of POWs"
    (exchange: prisoner_exchange), "nuclear power plants" (plant: nuclear_safety). Kept with the parse, since
    each sentence is looked back at from the next three."""
    key = ("peacetrack.heads", sent.start)
    if key not in sent.doc.user_data:
        sent.doc.user_data[key] = _find_heads(sent)
    return sent.doc.user_data[key]


def _find_heads(sent) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for m in find_provisions(sent.text):
        if m.weak:
            continue  # "~ports": a word that names the item only where a stance governs it
        span = sent.doc.char_span(sent.start_char + m.start, sent.start_char + m.end, alignment_mode="expand")
        if span is not None and span.root.pos_ == "NOUN" and span.root.lemma_.lower() not in GENERAL:
            out.setdefault(span.root.lemma_.lower(), set()).add(m.provision)
    return out


def _pointed(tok) -> bool:
    """A bare noun that points back: "the swap", "their release", "a successful exchange" - not a noun with a
    complement or a modifier of its own, which names another thing ("an exchange of fire", "the coal plants")."""
    kids = list(tok.children)
    if any(c.dep_ in {"compound", "nmod"} or (c.dep_ == "prep" and c.lower_ == "of")
           or (c.dep_ == "amod" and c.lower_ not in TELLING) for c in kids):
        return False
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in POINTING) or c.lower_ in TELLING for c in kids)


def named_again(sent, mentions: list[ProvisionMention]) -> list[ProvisionMention]:
    """Bare nouns of this sentence that name again an item one of the sentences just before named by the same
    head noun; a noun two items shared there names neither."""
    doc = sent.doc
    back: dict[str, set[str]] = {}
    prev = sent
    for _ in range(WINDOW):
        if prev.start == 0:
            break
        prev = doc[prev.start - 1].sent
        for head, items in _heads(prev).items():
            back.setdefault(head, items)  # the nearest sentence that names the noun decides
    out: list[ProvisionMention] = []
    for t in sent:
        items = back.get(t.lemma_.lower())
        if t.pos_ != "NOUN" or not items or len(items) > 1 or not _pointed(t):
            continue
        at = t.idx - sent.start_char
        if any(m.start <= at < m.end for m in mentions):
            continue
        out.append(ProvisionMention(next(iter(items)), at, at + len(t.text)))
    return out
