"""The terms of a deal: what a sentence sets out "under the agreement" its parties agreed to.

"Under the deal, the troops will pull back in stages" and "The accord also
provides for the release of prisoners" state terms of a deal told before;
every party to that deal agrees to what the sentence names. The deal's parties
are those it is said to be between ("under the accord between A and B"), else
those of the last agreement the events stage found before the sentence, else
the last two or more sides reported together; its mediators are no parties.
An item of a list of outcomes ("Following the talks: - A and B agreed to X.
- A will help restore Y.") is a term of the deal an earlier item reports.
(The walker reads a deal whose own phrase names its makers, `_Walker.terms_of`;
this module adds the deals told earlier in the text.)
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from ...records import Event
from ..actors import ActorIndex
from .happened import _parties_of
from .lexicon import COVERING, ITEM_MARKER, PHRASAL, SIGNABLE, TRUCE_NOUNS, VERBS
from .syntax import _modals, _negated, _subject

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
    """The parties to the deal whose terms a sentence sets out ("Under the deal, ...", "In it, A pledged ..."),
    or []."""
    m = UNDER_DEAL.match(sent.text)
    if m is None:
        return _pledged_within(sent, reader, happened, index) or _undertaken_in_list(sent, reader, happened, index)
    if NOT_MADE.search(m.group("phrase")):
        return []
    if any(t.dep_ == "aux" and t.lower_ in HYPOTHETICAL and t.head.dep_ == "ROOT" for t in sent):
        return []  # "Under the deal, A would keep X": terms still argued over, not settled
    return _parties_to(sent.start_char + m.start("phrase"), sent.start_char + m.end("phrase"), sent.start_char,
                       reader, happened, index)


# A sentence opening inside a deal's text: "In it, ...", "In the declaration ...".
IN_DEAL = re.compile(r"^\W*In (?:it|the (?:[\w-]+ )?(?:declaration|accord|agreement|treaty|memorandum|protocol|pact|"
                     r"text|document))\b", re.I)
# Verbs by which one side binds itself in a text: "In it, A pledged to ...", "In the accord A affirmed ...".
BINDING = frozenset("pledge affirm reaffirm recognise recognize undertake commit promise vow agree accept".split())


def _pledged_within(sent, reader, happened: Sequence[Event], index: ActorIndex) -> list[str]:
    """ "In it, A affirmed B's sovereignty", "In the declaration A pledged to respect X": a side binding itself
    in a deal told made is bound by the deal, so every party to it agrees to what it names. The deal is the
    one named in the sentence before ("it") or the last made; the side must be one of its parties."""
    m = IN_DEAL.match(sent.text)
    root = sent.root
    if m is None or root.lemma_.lower() not in BINDING or any(
            c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in HYPOTHETICAL) for c in root.children):
        return []
    opener = sent.doc.char_span(sent.start_char + m.start(), sent.start_char + m.end(), alignment_mode="expand")
    if opener is None or opener.root.head != root and opener.root.head.head != root:
        return []  # "In it" must be where the main verb's act is told
    if opener.root.lower_ == "it" and _deal_named(opener.root) is None:
        return []  # "it" is no deal told made just before
    if opener.root.lower_ != "it" and NOT_MADE.search(opener.text):
        return []
    if not _made_before(sent.start_char, happened, index):
        return []
    subj = _subject(root)
    parties = _parties_to(sent.start_char, sent.start_char, sent.start_char, reader, happened, index)
    bound = reader.np_parties(subj) if subj is not None else []
    return parties if bound and set(bound) <= set(parties) else []


# A list item's marker at the start of its line: "- ", "• ", "3. ".
ITEM = re.compile(r"[ \t]*" + ITEM_MARKER + r"[ \t]+")


def _undertaken_in_list(sent, reader, happened: Sequence[Event], index: ActorIndex) -> list[str]:
    """ "Following the talks: - A and B agreed to X. - A will help restore B's access to Y.": an item of a list
    whose earlier item reports a deal is one more outcome of it, so one party's plain undertaking there ("will
    help", "will reopen"; not a stance of its own, "will consider Y") binds every party to the deal."""
    text = reader.doc.text
    line = text.rfind("\n", 0, sent.start_char) + 1
    marker = ITEM.match(text, line)
    if marker is None or sent.start_char > marker.end():
        return []  # not the opening sentence of a list item
    root = sent.root
    if (root.lemma_.lower() in VERBS or root.lemma_.lower() in PHRASAL or _negated(root)
            or _modals(root) - {"will", "shall"} or not _modals(root) or reader.in_quote(root.idx) is not None):
        return []
    start = _list_start(text, line)
    deals = [e for e in happened if e.type == "agreement" and e.evidence is not None
             and 0 <= start <= e.evidence.start < line and len(_parties_of(e, index)) >= 2]
    if not deals:
        return []
    subj = _subject(root)
    bound = reader.np_parties(subj) if subj is not None else []
    # a mediator is no party to the deal, unless the deal itself names it one and it undertakes here (the host of
    # the talks agreeing with its guest)
    parties = [p for p in _parties_of(max(deals, key=lambda e: e.evidence.start), index)
               if p not in reader.mediators or p in bound]
    return parties if len(parties) >= 2 and bound and set(bound) <= set(parties) else []


def _list_start(text: str, line: int) -> int:
    """Where the list holding the item on the line at `line` starts: after its lead-in, a line ending in a colon
    ("Following those discussions:"), all lines between being items; -1 where no lead-in heads it."""
    while line > 0:
        prev = text.rfind("\n", 0, line - 1) + 1
        body = text[prev : line].strip()
        if body.endswith(":"):
            return line
        if body and ITEM.match(text, prev) is None:
            return -1
        line = prev
    return -1


def set_out_by_deal(span, reader, happened: Sequence[Event], index: ActorIndex) -> list[str]:
    """The parties to the deal that is the subject of the clause naming an item ("The accord also provides for
    the release of prisoners", "the deal includes X", "the treaty commits both sides to respect X", "Its 17
    articles include X", "It commits A to disarm"), or []."""
    node = _setting_verb(span.root)
    if node is None or any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in HYPOTHETICAL) for c in node.children):
        return []
    subj = _subject(node) if node.dep_ == "conj" else next((c for c in node.children if c.dep_ == "nsubj"), None)
    relative = subj is not None and subj.lower_ in {"which", "that"} and node.dep_ == "relcl"
    if relative:
        subj = node.head  # "the accord, which provides for X"
    deal = _deal_named(subj) if subj is not None else None
    if deal is None:
        return []
    if deal is not subj:  # "Its articles", "It": the deal of the sentence before
        phrase = deal.doc[deal.left_edge.i : deal.right_edge.i + 1]
    else:
        phrase = subj.doc[subj.left_edge.i : node.left_edge.i if relative else subj.right_edge.i + 1]
    if phrase.start <= span.root.i < phrase.end:
        return []  # the deal itself is no term of it
    if NOT_MADE.search(phrase.text) or not any(t.lower_ in {"the", "this", "that", "its", "their"} for t in phrase):
        return []  # "a deal provides for X" may be any deal, and so may the one "it" points back to
    if deal is subj and deal.lemma_.lower() in TEXT_NOUNS and not _made_before(span.sent.start_char, happened, index):
        return []  # "the document" is a deal only once one was told made ("the document the envoy presented")
    return _parties_to(phrase.start_char, phrase.end_char, span.sent.start_char, reader, happened, index)


# Parts of a deal's text: "its 17 articles include X", "the treaty's provisions cover X".
DEAL_PARTS = frozenset("article articles provision provisions clause clauses term terms point points chapter "
                       "chapters section sections".split())


# A deal's text named as such: "The text was initialled by both ministers. Its articles include X."
TEXT_NOUNS = frozenset({"text", "document"})
# What makes a text a deal (not "the document was presented by the envoy", a proposal).
MAKING = frozenset("sign initial initialle agree conclude adopt ratify approve endorse".split())


def _setting_verb(tok):
    """The verb that sets out an item, climbing through the infinitives and the gerunds it governs: "provides for
    [X]", "commits both sides [to respect X]", "requires A [to withdraw X]", "[to refrain from supporting X]"."""
    node = tok
    for _ in range(4):
        if node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ in {"VERB", "AUX"}:
            break
    for _ in range(3):
        if node.lemma_.lower() in SETS_OUT:
            return node
        if node.dep_ == "pcomp" and node.head.dep_ == "prep" and node.head.head.pos_ in {"VERB", "AUX"}:
            node = node.head.head  # "to refrain [from supporting X]", "commits A [to withdrawing X]"
            continue
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
        if infinitive and node.dep_ == "acl":
            return _pledged_in(node.head)
        # "commits both sides to respect X" is parsed with "to respect" as a clause of its own (ccomp)
        if not (infinitive and node.dep_ in {"xcomp", "advcl", "ccomp"} or node.dep_ == "conj" and node.head.pos_ == "VERB"):
            return None
        node = node.head  # "to respect X" under "commits", "to refrain from Y" under "to respect X"
    return node if node.lemma_.lower() in SETS_OUT else None


# Nouns of an undertaking whose infinitive is a term: "a pledge not to deploy foreign troops".
PLEDGES = frozenset("pledge commitment undertaking obligation promise".split())


def _pledged_in(noun):
    """The setting verb of a list holding an undertaking: "Its terms include [a pledge [not to deploy troops]]",
    "includes X, a commitment to free Y" (through the list's apposition or coordination); None for other
    nouns ("a proposal to deploy troops" is no term)."""
    if noun.lemma_.lower() not in PLEDGES:
        return None
    for _ in range(3):
        if noun.dep_ not in {"appos", "conj"} or noun.head.i == noun.i:
            break
        noun = noun.head  # "recognition, a pledge ...": the list's first member
    verb = noun.head
    if noun.dep_ in {"dobj", "nsubjpass"} and verb.lemma_.lower() in SETS_OUT:
        return verb
    return None


def _made_before(before: int, happened: Sequence[Event], index: ActorIndex) -> bool:
    """Whether the events stage found a deal between two sides or more told before offset `before`."""
    return any(e.type == "agreement" and e.evidence is not None and e.evidence.start < before
               and len(_parties_of(e, index)) >= 2 for e in happened)


def _deal_named(subj):
    """The deal noun a setting-out clause's subject names: the deal itself, the parts of a deal ("the treaty's
    articles", "its articles"), or "it" for a deal named as the subject or object of the sentence before."""
    if subj.lemma_.lower() in SIGNABLE | TRUCE_NOUNS | TEXT_NOUNS:
        return subj  # "the document commits both sides to X" (a text told made: see set_out_by_deal)
    owner = next((c for c in subj.children if c.dep_ == "poss"), None) if subj.lemma_.lower() in DEAL_PARTS else None
    if owner is not None and owner.lemma_.lower() in SIGNABLE | TRUCE_NOUNS:
        return owner
    if (owner is not None and owner.lower_ == "its") or subj.lower_ == "it":
        sent = subj.sent
        if sent.start == 0:
            return None
        prev = subj.doc[sent.start - 1].sent
        return next((t for t in prev if t.dep_ in {"nsubj", "nsubjpass", "dobj"} and t.head.pos_ in {"VERB", "AUX"}
                     and (t.lemma_.lower() in SIGNABLE
                          or t.lemma_.lower() in TEXT_NOUNS and t.head.lemma_.lower() in MAKING)), None)
    return None


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
