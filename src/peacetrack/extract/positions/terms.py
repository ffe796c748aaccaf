"""The terms of a deal: what a sentence sets out "under the agreement" its parties agreed to.

"Under the deal, the troops will pull back in stages" and "The accord also
provides for the release of prisoners" state terms of a deal told before;
every party to that deal agrees to what the sentence names. The deal's parties
are those it is said to be between ("under the accord between A and B"), else
those of the last agreement the events stage found before the sentence, else
the last two or more sides reported together; its mediators are no parties.
(The walker reads a deal whose own phrase names its makers, `_Walker.terms_of`;
this module adds the deals told earlier in the text.)
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from ...records import Event
from ..actors import ActorIndex
from .happened import _parties_of
from .lexicon import COVERING, SIGNABLE, TRUCE_NOUNS

# A sentence opening on the deal it applies: "Under the deal,", "As part of the agreement reached in May,".
UNDER_DEAL = re.compile(r"^\W*(?:under|as part of|in line with|in accordance with)\s+(?:the|this|that|their|its)\s+"
                        r"(?P<phrase>[^,;:]{0,80}?\b(?:deal|agreement|accord|truce|ceasefire|cease-fire|arrangement|"
                        r"memorandum|protocol|understanding|pact|treaty|communiqu[eé]|declaration|framework|road ?map|text)s?\b"
                        r"[^,;:]{0,100}?),", re.I)
# A deal not (yet) made: "under the proposed deal", "under the draft accord being negotiated".
NOT_MADE = re.compile(r"\b(?:draft|proposed|potential|possible|future|prospective|planned|envisaged|mooted|"
                      r"negotiat\w*|discuss\w*|would|could)\b", re.I)
HYPOTHETICAL = frozenset("would could might may".split())
BETWEEN = re.compile(r"\b(?:between|among)\b", re.I)
# Verbs by which a deal sets out its terms: "the accord provides for X".
SETS_OUT = COVERING | frozenset("provide call stipulate envisage foresee require commit set allow contain oblige "
                                "establish create guarantee mandate grant outline ensure bind".split())


def deal_parties(sent, reader, happened: Sequence[Event], index: ActorIndex) -> list[str]:
    """The parties to the deal whose terms a sentence sets out ("Under the deal, ..."), or []."""
    m = UNDER_DEAL.match(sent.text)
    if m is None or NOT_MADE.search(m.group("phrase")):
        return []
    if any(t.dep_ == "aux" and t.lower_ in HYPOTHETICAL and t.head.dep_ == "ROOT" for t in sent):
        return []  # "Under the deal, A would keep X": terms still argued over, not settled
    return _parties_to(sent.start_char + m.start("phrase"), sent.start_char + m.end("phrase"), sent.start_char,
                       reader, happened, index)


def set_out_by_deal(span, reader, happened: Sequence[Event], index: ActorIndex) -> list[str]:
    """The parties to the deal that is the subject of the clause naming an item ("The accord also provides for
    the release of prisoners", "the deal includes X"), or []."""
    node = span.root
    for _ in range(4):
        if node.head.i == node.i:
            return []
        node = node.head
        if node.pos_ in {"VERB", "AUX"}:
            break
    if node.lemma_.lower() not in SETS_OUT or any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in HYPOTHETICAL)
                                                  for c in node.children):
        return []
    subj = next((c for c in node.children if c.dep_ == "nsubj"), None)
    relative = subj is not None and subj.lower_ in {"which", "that"} and node.dep_ == "relcl"
    if relative:
        subj = node.head  # "the accord, which provides for X"
    if subj is None or subj.lemma_.lower() not in SIGNABLE | TRUCE_NOUNS:
        return []
    phrase = subj.doc[subj.left_edge.i : node.left_edge.i if relative else subj.right_edge.i + 1]
    if phrase.start <= span.root.i < phrase.end:
        return []  # the deal itself is no term of it
    if NOT_MADE.search(phrase.text) or not any(t.lower_ in {"the", "this", "that", "its", "their"} for t in phrase):
        return []
    return _parties_to(phrase.start_char, phrase.end_char, span.sent.start_char, reader, happened, index)


def _parties_to(start: int, end: int, before: int, reader, happened: Sequence[Event], index: ActorIndex) -> list[str]:
    """The parties of a deal named at text[start:end]: those it is said to be between, else those of the last
    agreement before offset `before`, else the last sides reported together, else a joint text's authors;
    mediators are no party to it."""
    between = BETWEEN.search(reader.doc.text, start, end)  # "the accord between A and B", not where it was signed
    named = reader.parties_between(between.start(), end) if between else []
    agreements = [e for e in happened if e.type == "agreement" and e.evidence is not None
                  and e.evidence.start < before and len(_parties_of(e, index)) >= 2]
    earlier = [parties for at, parties in reader.sides if at < before]
    if len(named) >= 2:
        parties = named
    elif agreements:
        parties = _parties_of(max(agreements, key=lambda e: e.evidence.start), index)
    elif earlier:
        parties = earlier[-1]
    else:
        parties = list(reader.authors) if reader.joint else []
    parties = [p for p in parties if p not in reader.mediators]
    return parties if len(parties) >= 2 else []
