"""The terms of a deal: what a sentence sets out "under the agreement" its parties agreed to.

"Under the deal, the troops will pull back in stages" states a term of a deal
told before; every party to that deal agrees to what the sentence names. The
deal's parties are those the phrase itself names ("under the accord between A
and B"), else those of the last agreement the events stage found before the
sentence, else the last two or more sides reported together.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from ...records import Event
from ..actors import ActorIndex
from .happened import _parties_of

# A sentence opening on the deal it applies: "Under the deal,", "As part of the agreement reached in May,".
UNDER_DEAL = re.compile(r"^\W*(?:under|as part of|in line with|in accordance with)\s+(?:the|this|that|their|its)\s+"
                        r"(?P<phrase>[^,;:]{0,80}?\b(?:deal|agreement|accord|truce|ceasefire|cease-fire|arrangement|"
                        r"memorandum|protocol|understanding|pact|treaty)s?\b[^,;:]{0,100}?),", re.I)
# A deal not (yet) made: "under the proposed deal", "under the draft accord being negotiated".
NOT_MADE = re.compile(r"\b(?:draft|proposed|potential|possible|future|prospective|planned|envisaged|mooted|"
                      r"negotiat\w*|discuss\w*|would|could)\b", re.I)
HYPOTHETICAL = frozenset("would could might may".split())


def deal_parties(sent, reader, happened: Sequence[Event], index: ActorIndex) -> list[str]:
    """The parties to the deal whose terms a sentence sets out, or [] when it sets out none."""
    m = UNDER_DEAL.match(sent.text)
    if m is None or NOT_MADE.search(m.group("phrase")):
        return []
    if any(t.dep_ == "aux" and t.lower_ in HYPOTHETICAL and t.head.dep_ == "ROOT" for t in sent):
        return []  # "Under the deal, A would keep X": terms still argued over, not settled
    start = sent.start_char + m.start("phrase")
    named = reader.parties_between(start, sent.start_char + m.end("phrase"))
    if len(named) >= 2:
        return named
    agreements = [e for e in happened if e.type == "agreement" and e.evidence is not None
                  and e.evidence.start < sent.start_char and len(_parties_of(e, index)) >= 2]
    if agreements:
        return _parties_of(max(agreements, key=lambda e: e.evidence.start), index)
    earlier = [parties for at, parties in reader.sides if at < sent.start_char]
    if earlier:
        return earlier[-1]
    return list(reader.authors) if reader.joint else []
