"""Is a trigger reported as having happened? Modals, negation, conditionals, plans and habits say no."""
from __future__ import annotations

from .lexicon import CONDITIONAL_MARKS, HABITUAL, MODALS, PLAN_MODIFIERS, PLAN_NOUNS, PLAN_VERBS
from .syntax import _path_up


def _blocked_verb(v, own: bool) -> bool:
    """A verb that makes what it carries a plan, a possibility or a denial."""
    for c in v.children:
        low = c.lower_
        if c.dep_ in {"aux", "auxpass"} and low in MODALS:
            return True
        if c.dep_ == "aux" and low == "to" and own:
            return True
        if c.dep_ == "neg" or (low in {"never", "not", "n't"} and c.dep_ in {"advmod", "neg"}):
            return True
        if c.dep_ in {"nsubj", "nsubjpass", "dobj"} and any(t.lower_ in {"neither", "nor", "nobody", "none"} for t in c.subtree):
            return True
        if c.dep_ == "mark" and low in CONDITIONAL_MARKS:
            return True
        if c.dep_ == "aux" and low in {"going"}:
            return True
        if c.dep_ == "acomp" and c.lemma_ in {"due", "set", "scheduled", "expected", "likely", "ready", "willing",
                                            "able", "unable", "unlikely", "possible"}:
            return True
    if v.lower_ in {"going", "gonna"}:
        return True
    if v.dep_ == "pcomp" and v.head.lower_ == "without":
        return True  # "ended the talks without agreeing"
    return False


def _habitual(v) -> bool:
    return any(c.lower_ in HABITUAL and c.dep_ in {"advmod", "neg"} for c in v.children)


def _occurred(tok) -> bool:
    """Is the trigger reported as having happened?"""
    if _habitual(tok) or (tok.pos_ in {"NOUN", "PROPN"} and tok.head.pos_ == "VERB" and _habitual(tok.head)):
        return False
    # noun modifiers: "upcoming summit", "no meeting", "any talks"
    if tok.pos_ in {"NOUN", "PROPN"}:
        for c in tok.children:  # "the talks, which took place on May 4": asserted
            if c.dep_ == "relcl" and c.lemma_ in {"take", "happen", "occur", "hold", "end", "last", "begin"} and c.tag_ == "VBD" \
                    and not _blocked_verb(c, own=True):
                return True
        for c in [x for x in tok.subtree if x.dep_ == "acl" and x.tag_ in {"VBN", "VBD"} and len(_path_up(x, tok)) <= 3]:
            # "the exchange of detainees facilitated by the Red Cross on February 14": dated, so it happened
            if any(p.dep_ == "prep" and any(g.ent_type_ == "DATE" for g in p.children) for p in c.children):
                return True
        for c in tok.children:
            if c.dep_ == "det" and c.lower_ in {"no", "any", "another"}:
                return False
            if c.dep_ in {"amod", "compound"} and c.lower_ in PLAN_MODIFIERS:
                return False
            if c.dep_ == "acl" and c.lemma_ in {"take", "happen", "be", "begin", "start", "occur", "come", "follow", "open"} and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in c.children
            ):
                return False  # "the meeting to take place on June 2"
            if c.dep_ == "relcl" and _blocked_verb(c, own=False) and c.lemma_ in {"take", "happen", "be", "begin", "start"}:
                return False
        # "preparations for X's meeting", "a call for talks"
        node = tok
        for _ in range(3):
            if node.dep_ in {"pobj", "compound"} and node.head.head.lemma_ in PLAN_NOUNS and node.head.lower_ in {"for", "of", "on", "about", "to"}:
                return False
            if node.dep_ == "pobj":
                node = node.head.head
                continue
            break
    # the verbs from the trigger up to the root
    node = tok
    for _ in range(6):
        if node.pos_ in {"VERB", "AUX"}:
            own = node.i == tok.i or (tok.dep_ in {"dobj", "nsubjpass", "attr"} and node.i == tok.head.i)
            if _blocked_verb(node, own=own):
                return False
            if node.i != tok.i and node.lemma_ in PLAN_VERBS and tok.pos_ in {"NOUN", "PROPN", "VERB"}:
                # "proposed talks", "rejected negotiations", "wants to meet" (but not "agreed ... in a phone call")
                if _governs_as_plan(node, tok):
                    return False
        if node.dep_ == "conj" and node.pos_ in {"VERB", "AUX"} and any(c.dep_ in {"nsubj", "nsubjpass"} for c in node.children):
            break  # "..., and X said at a briefing": a clause of its own
        if node.dep_ == "acl" and node.tag_ in {"VBN", "VBD"} and any(c.dep_ == "agent" for c in node.children):
            break  # "the treaty signed by the two countries last year": a fact of its own, whatever governs the noun
        if _mandated(node):
            return False
        if node.dep_ in {"ccomp", "advcl", "relcl", "parataxis"} and node.pos_ in {"VERB", "AUX"}:
            # the clause is its own assertion; a conditional or future above it does not change it,
            # except for the marks "if", "whether"
            if not any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in node.children):
                break
        if node.head.i == node.i:
            break
        node = node.head
    return True


def _mandated(v) -> bool:
    """ "proposed that the parties meet again", "insisted that she travel": a clause in the subjunctive under a
    verb of demand is what is wanted, not what happened."""
    if v.dep_ != "ccomp" or v.tag_ not in {"VB", "VBP"} or v.head.lemma_ not in PLAN_VERBS:
        return False
    return not any(c.dep_ in {"aux", "auxpass"} and c.tag_ in {"VBD", "VBZ", "VBP"} for c in v.children)


def _governs_as_plan(verb, tok) -> bool:
    """The plan verb takes the trigger (or the clause that holds it) as object or complement."""
    node = tok
    while node.head.i != node.i and node.i != verb.i:
        if node.head.i == verb.i:
            return node.dep_ in {"dobj", "xcomp", "ccomp", "attr", "nsubjpass"} or (
                node.dep_ == "prep" and node.lower_ in {"for", "on", "to", "toward", "towards"}
            )
        if node.dep_ in {"prep"} and node.lower_ in {"in", "during", "at", "after", "following", "before", "since", "by"}:
            return False  # "agreed to halt strikes in a phone call": the call took place
        node = node.head
    return False
