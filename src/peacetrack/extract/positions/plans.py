"""Plans: the stage of an item, the condition set on it, the deals named again, the
authors of a plan."""
from __future__ import annotations

from ..provisions import ProvisionMention
from .lexicon import CONDITION, DEAL_NOUNS, STAGE_NEXT, STAGE_START
from .syntax import _lexical_stance, _modals, _negated, _unique


def _stage_of(text: str, at: int, state: dict[str, int]) -> int | None:
    """The stage of a plan item at offset `at` of a sentence, from the sequencing words before it."""
    marks = [(m.start(), "start") for m in STAGE_START.finditer(text)]
    marks += [(m.start(), "next") for m in STAGE_NEXT.finditer(text)]
    before = [mk for mk in marks if mk[0] <= at]
    if not before:
        return None
    _, kind = max(before)
    if kind == "start":
        state["stage"] = 1
        state["mark"] = -1
        return 1
    if state.get("stage"):
        mark_id = state.get("sent", 0) * 10000 + max(before)[0]
        if state.get("mark") != mark_id:
            state["stage"] += 1
            state["mark"] = mark_id
        return state["stage"]
    return None


def _condition_for(text: str, at: int, mention: ProvisionMention) -> str | None:
    for m in CONDITION.finditer(text):
        if m.start() <= mention.start < m.end():
            continue  # the mention is the condition, not what it conditions
        return m.group(0).strip(" ,")
    return None


class _Deals:
    """Bridging a deal named again: "the ceasefire and hostage deal ... This deal has the backing of
    the United States" - "this deal" is a mention of the items the deal was said to cover."""

    def __init__(self) -> None:
        self.items: tuple[str, ...] = ()
        self.proposed: tuple[str, ...] = ()
        self.age = 0
        self.proposed_age = 0
        self.last: str | None = None  # the item the sentence before named last

    def refer(self, sent, mentions: list[ProvisionMention]) -> list[ProvisionMention]:
        self.age += 1
        self.proposed_age += 1
        doc = sent.doc
        spans = [doc.char_span(sent.start_char + m.start, sent.start_char + m.end, alignment_mode="expand")
                 for m in mentions]
        roots = [(sp.root, m.provision) for sp, m in zip(spans, mentions) if sp is not None]
        out: list[ProvisionMention] = []
        for t in sent:
            if t.lemma_.lower() not in DEAL_NOUNS or t.pos_ != "NOUN":
                continue
            covered = _unique(p for r, p in roots if _covers(t, r))
            if covered:
                self.items, self.age = tuple(covered), 0  # "the ceasefire deal", "a plan for a ceasefire"
            elif self.items and self.age <= 3 and any(c.dep_ == "det" and c.lower_ in {"this", "that"}
                                                      for c in t.children):
                at = t.idx - sent.start_char
                out += [ProvisionMention(p, at, at + len(t.text)) for p in self.items]
        answered = self.proposed and self.proposed_age == 1
        if answered:
            for t in sent:
                if _answers_proposal(t):
                    at = t.idx - sent.start_char
                    # an invitation is to talks: "B accepted the invitation" answers no item the talks are on
                    items = [p for p in self.proposed if t.lemma_.lower() != "invitation" or p == "negotiation_process"]
                    out += [ProvisionMention(p, at, at + len(t.text)) for p in items]
        for t in sent:
            if not _wanted_done(t) or (answered and _answers_proposal(t)):
                continue
            at = t.idx - sent.start_char
            before = [m for m in mentions if m.end <= at and not m.weak]
            item = max(before, key=lambda m: m.end).provision if before else self.last
            if item:  # "A suspended the treaty, and B wants it restored": the item named last
                out.append(ProvisionMention(item, at, at + len(t.text)))
        strong = [m for m in mentions if not m.weak]
        self.last = max(strong, key=lambda m: m.end).provision if strong else None
        return out

    def propose(self, provisions: list[str]) -> None:
        """The items a sentence proposes, which the very next one may answer ("B turned it down")."""
        self.proposed, self.proposed_age = tuple(_unique(provisions)), 0


# A proposal named again: "B rejected the idea", "B turned the offer down".
ANSWERED_NOUNS = frozenset("proposal idea offer request demand suggestion call appeal plan initiative "
                            "invitation".split())


def _answers_proposal(tok) -> bool:
    """ "it" or "the proposal" as what a stance verb acts on, right after a sentence that proposed something:
    "A proposed a truce. B turned it down." / "B rejected that." / "B rejected the idea." / "B welcomed the offer." /
    "B rejected both ideas" (a plural answers all that was proposed, as the singular does)."""
    verb = tok.head
    if tok.dep_ not in {"dobj", "nsubjpass"} or verb.pos_ != "VERB" or _lexical_stance(verb) not in {"reject", "support"}:
        return False
    if tok.lower_ in {"it", "this", "that"}:
        return True  # "B rejected that outright": "that" as the object is the pronoun, never the clause mark
    return (tok.lemma_.lower() in ANSWERED_NOUNS and tok.pos_ == "NOUN"
            and any(c.dep_ == "det" and c.lower_ in {"the", "this", "that", "such", "both", "these", "those"}
                    for c in tok.children)
            and not any(c.dep_ in {"prep", "acl", "relcl", "compound", "amod", "poss"} for c in tok.children))


def _wanted_done(tok) -> bool:
    """ "it" or "them" as what a party wants done to an item named just before: "B wants it restored",
    "C wants them lifted" (the pronoun the subject of a participle, often tagged a past tense, that "want" governs)."""
    if tok.lower_ not in {"it", "them"} or tok.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    clause = tok.head
    if clause.tag_ not in {"VBN", "VBD"} or clause.dep_ not in {"ccomp", "xcomp", "oprd"} or clause.i < tok.i:
        return False
    verb = clause.head
    return verb.lemma_.lower() == "want" and verb.pos_ == "VERB" and not _negated(verb)


# What a bare answer acts on, were it not bare: objects, clauses, prepositional complements.
COMPLEMENTS = frozenset("dobj xcomp ccomp prep attr oprd dative acomp".split())


def bare_answers(sent) -> list[tuple[object, str]]:
    """Stance verbs with nothing to act on but what was proposed before them: "A wants a truce, but B has
    refused", "B agreed." - each with its stance (acceptances as "support"). Negated and modal verbs answer
    nothing here ("B might refuse")."""
    out = []
    for t in sent:
        stance = _lexical_stance(t)
        if t.pos_ != "VERB" or stance not in {"reject", "support", "agree"}:
            continue
        if any(c.dep_ in COMPLEMENTS for c in t.children) or _negated(t) or _modals(t):
            continue
        if not any(c.dep_ == "nsubj" for c in t.children) or t.dep_ in {"amod", "acl", "relcl", "xcomp"}:
            continue
        out.append((t, "support" if stance == "agree" else stance))
    return out


def _covers(deal, root) -> bool:
    """A provision named as what a deal is about: "the ceasefire deal", "a deal on X", "a plan for X"."""
    if root.i < deal.i and deal.i - root.i <= 4 and all(
            t.pos_ in {"NOUN", "PROPN", "ADJ", "CCONJ", "NUM"} or t.text == "-" for t in deal.doc[root.i + 1 : deal.i]):
        return True  # "the detainee and truce deal", however the parser attached it
    node = root
    for _ in range(4):
        if node.i == deal.i:
            return True
        if node.dep_ not in {"compound", "conj", "pobj", "prep", "amod", "nmod"} or node.head.i == node.i:
            return False
        if node.dep_ == "prep" and node.lower_ not in {"on", "for", "of", "to", "over", "about"}:
            return False
        node = node.head
    return node.i == deal.i


PLAN_NOUNS = frozenset({"plan", "proposal", "initiative", "framework", "roadmap", "blueprint", "draft", "offer"})
PLAN_AUTHORING = frozenset({"draft", "propose", "present", "table", "submit", "prepare", "write", "unveil", "author",
                       "put", "float", "design", "sponsor", "craft"})
# Verbs whose subject hands over a plan it stands behind: "the mediators handed both sides a plan".
PLAN_GIVING = frozenset({"hand", "give", "send", "deliver", "share", "circulate", "offer", "lay", "outline", "set"})


def _plan_authors(sent, reader) -> list[str]:
    """The parties a sentence names as the authors of a plan it describes.

    "The plan, drafted by A and B, ...", "A's proposal ...", "the A-B initiative ...",
    "A and B handed the parties a plan ...".
    """
    out: list[str] = []
    for tok in sent:
        if tok.lemma_.lower() not in PLAN_NOUNS or tok.pos_ != "NOUN":
            continue
        verb = tok.head
        if (tok.dep_ in {"dobj", "dative"} and verb.pos_ == "VERB" and not _negated(verb) and not _modals(verb)
                and verb.lemma_.lower() in PLAN_AUTHORING | PLAN_GIVING):
            for c in verb.children:
                if c.dep_ == "nsubj":
                    out += reader.np_parties(c)
        for c in tok.children:
            if c.dep_ in {"poss", "compound", "amod"}:
                out += reader.np_parties(c)
            elif c.dep_ in {"acl", "relcl"} and c.lemma_.lower() in PLAN_AUTHORING:
                for g in c.children:
                    if g.dep_ == "agent":
                        for obj in g.children:
                            if obj.dep_ == "pobj":
                                out += reader.np_parties(obj)
    return list(dict.fromkeys(out))
