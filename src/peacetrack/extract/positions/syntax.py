"""Small helpers over the dependency parse: spans, names, subjects and agents, the
stance a word carries, negation, modality, conditions, obligation, desire."""
from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from ..parties import find_parties
from ..provisions import ProvisionMention
from .lexicon import (
    COVERING,
    TALK_SUBJECTS,
    ADJECTIVES,
    AGREEMENT_NOUNS,
    AGREEMENT_VERBS,
    AUTHORING,
    CONDITIONAL_MARKS,
    DEAL_NOUNS,
    DESIRE,
    DISMISSIVE,
    EFFORT,
    EXITING,
    GOAL_NOUNS,
    GROUP_DETS,
    GROUP_HEADS,
    LIGHT_VERBS,
    NECESSARY,
    NOUNS,
    PRAISE,
    SCORN,
    OBLIGATION,
    PARTY_ROLES,
    PHRASAL,
    POSSESSION,
    PROPOSAL_NOUNS,
    REFUSE,
    SETTINGS,
    SIGNABLE,
    SPEECH,
    TENTATIVE,
    TRUCE_NOUNS,
    UNWILLING,
    UPHOLDING,
    VERBS,
    WISH_NOUNS,
)


def _span(sent, mention: ProvisionMention):
    """The tokens of a mention (offsets relative to its sentence)."""
    return sent.doc.char_span(sent.start_char + mention.start, sent.start_char + mention.end, alignment_mode="expand")


def _sentence(span):
    """The sentence holding a span, found from its own tokens: spaCy's `Span.sent` walks every sentence of
    the document on each call, which the status readers do several times per mention."""
    doc = span.doc
    start, end = span.start, max(span.end, span.start + 1)
    while start > 0 and not doc[start].is_sent_start:
        start -= 1
    while end < len(doc) and not doc[end].is_sent_start:
        end += 1
    return doc[start:end]


def _before(span) -> str:
    """The words of a span's sentence before it (from the sentence's own text: `Doc.text` joins the whole
    document on each call)."""
    sent = _sentence(span)
    return sent.text[: span.start_char - sent.start_char]


def _after(span) -> str:
    """The words of a span's sentence after it."""
    sent = _sentence(span)
    return sent.text[span.end_char - sent.start_char :]


# Heads that stand for the sides only when counted: "the two States", not "the member states" or "the States".
COUNTED_HEADS = frozenset({"state", "states"})


def _group_noun(tok) -> bool:
    """ "both sides", "the two leaders", "the parties", "the two States": a plural noun for the parties at hand."""
    if tok.tag_ not in {"NNS", "NNPS"}:
        return False
    if tok.lower_ in COUNTED_HEADS:
        return any(c.lower_ in {"both", "two", "three"} for c in tok.children)
    return tok.lemma_.lower() in GROUP_HEADS and any(c.lower_ in GROUP_DETS for c in tok.children)


def _noun_lemma(tok) -> str:
    """The lower-cased lemma of a noun, a capitalised plural included: the model leaves "the two Ministers" or
    "the Parties" (tagged NNPS) unlemmatised, where "the two ministers" has "minister"."""
    lemma = tok.lemma_.lower()
    if tok.tag_ != "NNPS" or lemma != tok.lower_:
        return lemma
    if lemma.endswith("ies"):
        return lemma[:-3] + "y"
    return lemma[:-1] if lemma.endswith("s") and not lemma.endswith("ss") else lemma


def _pronoun(tok) -> str:
    """The lower-cased pronoun a token is, or "" ("US" is no "us")."""
    return tok.lower_ if tok.pos_ == "PRON" or tok.text.islower() else ""


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))


def _previous_sentence_start(tok) -> int:
    sent = tok.sent
    if sent.start == 0:
        return 0
    return tok.doc[sent.start - 1].sent.start_char


NP_CHILDREN = frozenset({"compound", "amod", "nmod", "poss", "appos", "conj", "flat", "npadvmod", "nummod", "case"})
NP_PREPS = frozenset({"of", "from", "between", "among", "including"})


def _np_ranges(tok) -> list[tuple[int, int]]:
    """Character ranges of a noun phrase's naming words: the head, its modifiers,
    coordinated and apposed nouns and "of"/"from" complements; no clauses."""
    keep: list[Any] = []
    stack = [tok]
    while stack:
        t = stack.pop()
        keep.append(t)
        for c in t.children:
            if c.dep_ in NP_CHILDREN:
                stack.append(c)
            elif c.dep_ == "prep" and c.lower_ in NP_PREPS:
                stack.extend(g for g in c.children if g.dep_ == "pobj")
    keep.sort(key=lambda t: t.i)
    ranges: list[tuple[int, int]] = []
    for t in keep:
        # a multi-word name ("United States") is one range even when split by the parse
        s, e = t.idx, t.idx + len(t.text)
        if ranges and s - ranges[-1][1] <= 1:
            ranges[-1] = (ranges[-1][0], e)
        else:
            ranges.append((s, e))
    # widen each range to whole entity spans
    doc = tok.doc
    out = []
    for s, e in ranges:
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is not None:
            for ent in span.ents or ():
                s, e = min(s, ent.start_char), max(e, ent.end_char)
            for t in span:
                if t.ent_iob_ == "I" or t.ent_iob_ == "B":
                    ent_span = next((en for en in doc.ents if en.start <= t.i < en.end), None)
                    if ent_span is not None:
                        s, e = min(s, ent_span.start_char), max(e, ent_span.end_char)
        out.append((s, e))
    return out


def _name_range(tok) -> tuple[int, int]:
    """The characters of a noun's own name: the token with its compound and flat parts,
    widened to the entity it belongs to ("United States", "Donald Trump")."""
    parts = [tok] + [c for c in tok.children if c.dep_ in {"compound", "flat"} and c.pos_ == "PROPN"]
    s = min(t.idx for t in parts)
    e = max(t.idx + len(t.text) for t in parts)
    if tok.ent_iob_ in {"B", "I"}:
        ent = next((en for en in tok.doc.ents if en.start <= tok.i < en.end), None)
        if ent is not None:
            s, e = min(s, ent.start_char), max(e, ent.end_char)
    return s, e


GENERIC_NAME_WORDS = frozenset("islamic republic kingdom state states federation democratic people's arab united union "
                               "federal the of".split())


def _gpe_names(tok) -> list[str]:
    """A country the vocabulary does not know, as the article names it."""
    ent = next((en for en in tok.doc.ents if en.start <= tok.i < en.end and en.label_ == "GPE"), None)
    if ent is None:
        return []
    name = re.sub(r"^(?:the|The)\s+", "", ent.text).strip()
    words = name.split()
    if not words or not name[0].isupper() or all(w.lower() in GENERIC_NAME_WORDS for w in words):
        return []
    if name.isupper() and len(name) > 3:
        return []  # "DUBAI, United Arab Emirates (AP) —": a dateline, not a party
    after = tok.doc[ent.end : ent.end + 2]
    if len(after) == 2 and after[0].text == "," and after[1].ent_type_ == "GPE":
        return []  # "Lviv, Ukraine": a city, named with its country
    return [name]


def _subject(pred):
    """The subject of a predicate, through control and coordination ("agreed to halt")."""
    node = pred
    for _ in range(4):
        subjects = [c for c in node.children if c.dep_ in {"nsubj", "csubj"}]
        if subjects:
            # of two subjects the parser gives one verb ("NAIROBI (AP) — The ministers signed"), the nearer
            return max((c for c in subjects if c.i < node.i), key=lambda c: c.i, default=subjects[0])
        if node.dep_ == "acl" and node.head.dep_ == "ROOT" and node.head.pos_ == "PROPN":
            return node.head  # "Oman, which hosted the talks, offered ...": a main verb the parser hung on its subject
        if node.dep_ == "acl" and node.tag_ == "VBN":
            return None  # "the deal signed with ...": its noun is what was done, not who did it
        if (node.dep_ == "conj" and node.lemma_.lower() in SPEECH and node.head.dep_ == "ccomp"
                and node.head.head.lemma_.lower() in SPEECH):
            node = node.head.head  # "X said that ... and suggested that ...": X suggested
            continue
        if node.dep_ == "xcomp" or (node.dep_ == "pcomp" and node.head.lower_ in {"from", "into", "for", "of"}):
            governor = node.head if node.dep_ == "xcomp" else node.head.head
            obj = next((c for c in governor.children if c.dep_ == "dobj"), None)
            if obj is not None and governor.lemma_.lower() not in {"promise"} and _controller(governor, obj):
                return obj  # "urged Russia to agree", "stopped the Kremlin from demanding"
        if node.dep_ in {"xcomp", "conj", "advcl", "acomp", "pcomp", "prep"} and node.head.i != node.i:
            node = node.head
            continue
        if node.dep_ == "pobj" and node.head.head.i != node.head.i:
            node = node.head.head
            continue
        if node.dep_ == "acl" and node.head.dep_ in {"dobj", "attr"}:
            node = node.head.head  # "expressed readiness to accept": who expressed it
            continue
        return None
    return None


# Verbs whose object does what the infinitive says, whatever it is ("allowed the convoys to pass").
OBJECT_CONTROL = DESIRE | frozenset("tell allow let invite help get order instruct authorize authorise permit enable "
                                    "advise convince require lead cause stop prevent keep bar".split())


def _controller(governor, obj) -> bool:
    """Whether a verb's object is who does its infinitive: "urged Russia to agree", but not "used the
    interview to press for X", where the interview is a means and the subject acts."""
    if governor.lemma_.lower() in OBJECT_CONTROL:
        return True
    phrase = obj.doc[obj.left_edge.i : obj.i + 1].text
    return bool(obj.ent_type_ in {"GPE", "NORP", "PERSON", "ORG"} or obj.pos_ in {"PRON", "PROPN"}
                or obj.lemma_.lower() in GROUP_HEADS | PARTY_ROLES or find_parties(phrase))


def _agent(pred):
    """The "by" agent of a passive predicate ("rejected by Kyiv")."""
    for c in pred.children:
        if c.dep_ == "agent":
            for g in c.children:
                if g.dep_ == "pobj":
                    return g
    return None


# --------------------------------------------------------------------------- stances


# People held by the other side: what a swap of them exchanges ("swapped 40 prisoners", "herders detained").
CAPTIVES = frozenset("prisoner detainee captive hostage pow body remains soldier civilian fighter".split())
HELD = frozenset("detain hold capture jail arrest imprison abduct".split())


def _captives(noun) -> bool:
    """Whether a noun phrase names people held captive ("prisoners", "herders detained in May"), not
    "fire" or "accusations"."""
    return noun.lemma_.lower() in CAPTIVES or any(
        c.dep_ in {"acl", "relcl", "amod"} and c.lemma_.lower() in HELD for c in noun.children)


# Verbs that hold a deal in abeyance, or tell it held so: "placed the treaty in abeyance", "remains in abeyance".
SUSPENDING = frozenset("place put hold keep leave remain stay be".split())


def _in_abeyance(verb) -> bool:
    """ "placed the treaty in abeyance" (the parser may hang "in abeyance" on the object), "remains in abeyance"."""
    heads = [verb] + [c for c in verb.children if c.dep_ == "dobj"]
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(g.dep_ == "pobj" and g.lower_ == "abeyance"
                                                             for g in c.children)
               for h in heads for c in h.children)


def _suspends_deal(verb) -> bool:
    """ "A suspended the peace talks", "B suspended the pact": a side that suspends a deal or talks (not "suspended
    the deportations", nor "meetings have been suspended", told of no one)."""
    items = SIGNABLE | TRUCE_NOUNS | SETTINGS
    return _subject(verb) is not None and any(c.dep_ == "dobj" and c.lemma_.lower() in items for c in verb.children)


def _lexical_stance(tok) -> str | None:
    """The stance a word carries by itself, with its particle or preposition."""
    lemma = tok.lemma_.lower()
    if tok.pos_ in {"VERB", "AUX"} or (tok.tag_ in {"VBN", "VBG"} and tok.dep_ in {"amod", "acl"}):
        phrasal = PHRASAL.get(lemma)
        if phrasal:
            for c in tok.children:
                # "walked away from": the parser may take the particle for an adverb
                if c.dep_ in {"prt", "prep", "advmod"} and c.lower_ in phrasal:
                    if lemma in {"enter", "engage", "participate"} and not any(
                            g.dep_ == "pobj" and g.lemma_.lower() in SETTINGS | FORUMS for g in c.children):
                        continue  # "participate in trade": taking part in talks only
                    if lemma in EXITING and not _left_behind(c):
                        continue  # "pulled out of the region": a move, not a refusal
                    return phrasal[c.lower_]
            if lemma == "call" and any(c.dep_ in {"xcomp", "ccomp"} and c.i > tok.i for c in tok.children) \
                    and not any(c.dep_ == "oprd" for c in tok.children):
                return "propose"  # "called on X to ...", not "called it a breach" nor a clause before it
            if lemma == "push" and any(c.lower_ in {"back", "off", "aside", "away"} for c in tok.children):
                return None  # "push back the elections": a delay, not a demand
            if lemma in {"push", "press", "ask"} and any(c.dep_ in {"dobj", "xcomp", "ccomp"} for c in tok.children):
                return "propose"
        if lemma == "make" and any(c.lower_ == "conditional" and tok.i in {c.head.i, c.head.head.i} for c in tok.subtree):
            return "propose"  # "made X conditional on Y"
        if lemma == "agree" and any(c.dep_ == "prep" and c.lower_ == "with" and not _party_objects(c)
                                    for c in tok.children):
            return "support"  # "agrees with the idea"
        table = _on_table(tok)
        if table is not None:
            return table
        if lemma == "expect" and any(c.dep_ in {"xcomp", "ccomp"} and any(g.lower_ == "to" for g in c.children)
                                     and (c.dep_ == "ccomp" and _subject(c) is not None
                                          or any(o.dep_ == "dobj" for o in tok.children))
                                     for c in tok.children):
            return "propose"  # "expected Kenya to release the prisoners": a demand on Kenya
        if lemma == "like" and any(c.lower_ in {"would", "'d"} for c in tok.children):
            return "propose"
        if lemma == "consider" and any(c.dep_ in {"xcomp", "ccomp"} and c.tag_ == "VBG" for c in tok.children):
            return "propose"  # "would consider adding sanctions"
        if lemma in AUTHORING and any(c.dep_ == "dobj" and c.lemma_.lower() in PROPOSAL_NOUNS for c in tok.children):
            return "propose"  # "presented a proposal", "put forward a plan"
        if lemma in POSSESSION and any(c.dep_ == "dobj" and _lexical_stance(c) in {"support", "reject"}
                                       for c in tok.children):
            return "support"  # "has the backing of", "enjoys the support of"
        if lemma == "be" and any(c.dep_ == "acomp" and c.lower_ in DISMISSIVE for c in tok.children):
            return "reject"  # "the proposal is unacceptable"
        if lemma == "be":
            for c in tok.children:  # "we are ready to ...", "Ukraine is open to ..."
                if c.dep_ == "acomp" and c.lower_ in ADJECTIVES and any(g.dep_ in {"prep", "xcomp"}
                                                                        for g in c.children):
                    return _readiness(c)
        if lemma == "suspend" and _suspends_deal(tok):
            return "reject"  # "A suspended the talks": the talks or the deal held in abeyance
        if lemma in SUSPENDING and _in_abeyance(tok):
            return "reject"  # "placed the treaty in abeyance", "the accord will stay in abeyance": suspended
        if lemma == "broker" and tok.dep_ in {"acl", "relcl"} and tok.head.pos_ == "NOUN":
            # "the truce, brokered by Qatar", "the swap they brokered": a deal made, which its broker proposed
            return "agree"
        if lemma in AGREEMENT_VERBS | UPHOLDING and any(c.dep_ in {"dobj", "nsubjpass"}
                                                    and c.lemma_.lower() in AGREEMENT_NOUNS | TRUCE_NOUNS
                                            and not any(g.lower_ in TENTATIVE for g in c.children)
                                            for c in tok.children):
            return "agree"  # "reached an agreement", "struck a deal", "the accord was signed"
        if lemma == "exchange" and any(c.dep_ == "dobj" and c.lemma_.lower() in {"view", "idea", "opinion"}
                                       for c in tok.children):
            return "discuss"  # "exchanged views on a truce"
        if lemma in {"swap", "exchange"} and any(c.dep_ == "dobj" and _captives(c) for c in tok.children):
            return "agree"  # "A and B swapped 40 prisoners": an exchange both sides carried out
        if lemma in COVERING and any(c.dep_ == "nsubj" and c.lemma_.lower() in TALK_SUBJECTS for c in tok.children):
            return "discuss"  # "the agenda covered the release of prisoners"
        if lemma == "impose" and any(c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in PENALTIES
                                     for c in tok.children):
            return "propose"  # "imposed sanctions on X": a measure one side takes, and stands for
        if lemma == "decline" and any(c.dep_ in {"dobj", "xcomp"} for c in tok.children):
            return "reject"  # "declined the request", not "exports declined"
        if lemma in EXITING and any(c.dep_ == "dobj" and _left_behind(c) for c in tok.children):
            return "reject"  # "quit the talks", "left the deal"
        answer = _yes_or_no(tok)
        if answer is not None:
            return answer
        if lemma == "make" and any(c.dep_ == "dobj" and c.lower_ == "case" for c in tok.children) and any(
                c.dep_ == "prep" and c.lower_ == "for" for c in tok.children):
            return "propose"  # "made the case for a truce"
        carried = _carried(tok)
        if carried is not None:
            return carried
        named = _named_as(tok)
        if named is not None:
            return named
        return VERBS.get(lemma)
    if tok.pos_ in {"NOUN", "PROPN"}:
        if lemma == "need" and any(c.dep_ == "prep" and c.lower_ == "for" or c.dep_ == "acl" for c in tok.children):
            return "propose"  # "stressed the need for a truce", "the need to reopen talks"
        if lemma in WISH_NOUNS and any(c.dep_ == "prep" and c.lower_ == WISH_NOUNS[lemma] for c in tok.children):
            return "reject" if _denied(tok) else "support"  # "no interest in a truce", "an appetite for talks"
        stance = NOUNS.get(tok.lower_) or NOUNS.get(lemma)
        if stance in {"propose", "support"} and _denied(tok):
            return "reject"  # "has no plans for a truce", "little support for talks"
        return stance
    if tok.pos_ == "ADJ":
        st = ADJECTIVES.get(tok.lower_)
        if st and (tok.lower_ == "unacceptable" or any(c.dep_ in {"prep", "xcomp"} for c in tok.children)):
            return _readiness(tok)
    if tok.pos_ == "ADP" and tok.lower_ == "in":
        if any(c.dep_ == "pobj" and c.lower_ in {"favour", "favor"} for c in tok.children):
            return "support"
    if tok.pos_ == "ADP" and tok.lower_ == "against" and tok.head.lemma_.lower() in STANDING:
        return "reject"  # "we are against a truce", "remained firmly against the plan"
    return None


def _named_as(verb) -> str | None:
    """ "called the truce a trap" rejects it, "described the deal as a breakthrough" supports it."""
    if verb.lemma_.lower() not in {"call", "describe", "term", "dub", "brand", "label", "see", "view"}:
        return None
    if not any(c.dep_ == "dobj" for c in verb.children):
        return None
    names = [c for c in verb.children if c.dep_ == "oprd"]
    names += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children if g.dep_ == "pobj"]
    for n in names:
        if n.lemma_.lower() in SCORN:
            return "reject"
        if n.lemma_.lower() in PRAISE:
            return "support"
    return None


def _denied(noun) -> bool:
    """ "no interest", "little appetite": a wish denied."""
    return any(c.dep_ == "det" and c.lower_ == "no" or c.dep_ == "amod" and c.lower_ == "little"
               for c in noun.children)


def _carried(verb) -> str | None:
    """ "voiced opposition to a truce", "gave its backing to the talks": a light verb whose stance noun the
    parser left without the preposition that names the item takes the noun's stance."""
    if verb.lemma_.lower() not in LIGHT_VERBS or not any(c.dep_ == "prep" and c.lower_ in {"to", "for", "toward",
                                                                                            "towards"}
                                                          for c in verb.children):
        return None
    for c in verb.children:
        if c.dep_ == "dobj":
            stance = NOUNS.get(c.lower_) or NOUNS.get(c.lemma_.lower())
            if stance in {"support", "reject", "propose"}:
                return stance
    return None


# Verbs that state where one stands: "is against X", "remains against X".
STANDING = frozenset("be remain stay stand".split())


def _left_behind(tok) -> bool:
    """Whether what is left ("the talks", "out of the deal") is a deal, a truce or talks."""
    nouns = [tok] if tok.pos_ in {"NOUN", "PROPN"} else []
    for t in tok.subtree:
        if t.dep_ == "pobj":
            nouns.append(t)
    return any(n.lemma_.lower() in DEAL_NOUNS | AGREEMENT_NOUNS | TRUCE_NOUNS | SETTINGS | FORUMS
               or n.lower_ in SETTINGS for n in nouns[:2])


def _yes_or_no(verb) -> str | None:
    """ "said no to a truce" rejects it, "voted yes to the deal" supports it."""
    if verb.lemma_.lower() not in {"say", "vote"} or not any(c.dep_ == "prep" and c.lower_ == "to"
                                                               for c in verb.children):
        return None
    words = {c.lower_ for c in verb.children if c.dep_ in {"intj", "dobj", "advmod", "npadvmod", "dep"}}
    return "reject" if "no" in words else "support" if "yes" in words else None


# Verbs of giving: being ready to give something offers it ("prepared to extend an amnesty"), as a host
# its venue, a captor its captives, a guarantor its troops.
OFFERING = frozenset("present offer extend table submit grant provide propose host co-host give release free "
                     "send deploy guarantee".split())


# Measures a party takes against another: imposing them is its own demand.
PENALTIES = frozenset("sanction sanctions embargo tariff tariffs penalty penalties restriction restrictions".split())


def _readiness(adj) -> str:
    """The stance of "ready to", "open to": ready to accept supports; ready to give (present a proposal,
    extend an amnesty, provide guarantees) offers, a proposal."""
    if ADJECTIVES[adj.lower_] == "support" and any(
            c.dep_ == "xcomp" and c.lemma_.lower() in OFFERING and not _negated(c) for c in adj.children):
        return "propose"
    return ADJECTIVES[adj.lower_]


def _on_table(verb) -> str | None:
    """ "put a truce on the table" proposes it; "took X off the table" rules it out (the parser may hang
    the phrase on the object)."""
    objects = [g for c in verb.children if c.dep_ == "dobj" for g in c.children]
    for c in list(verb.children) + objects:
        if c.dep_ in {"prep", "prt"} and c.lower_ in {"on", "off"} and any(
                g.dep_ == "pobj" and g.lower_ == "table" for g in c.children):
            lemma = verb.lemma_.lower()
            if c.lower_ == "on" and lemma in {"put", "place", "lay", "bring", "set"}:
                return "propose"
            if c.lower_ == "off" and lemma in {"take", "remove", "keep"}:
                return "reject"
    return None


FORUMS = frozenset("dialogue process conference discussion discussions mediation".split())


def _party_objects(prep) -> bool:
    """A preposition whose object is a party or a person ("with American negotiators")."""
    for g in prep.children:
        if g.dep_ != "pobj":
            continue
        phrase = g.doc[g.left_edge.i : g.i + 1].text
        if (g.ent_type_ in {"GPE", "NORP", "PERSON", "ORG"} or g.pos_ == "PRON" or g.lower_ in GROUP_HEADS
                or find_parties(phrase) or g.lemma_.lower() in PARTY_ROLES):
            return True
    return False


def _negated(tok) -> bool:
    if tok.dep_ == "pcomp" and tok.head.lower_ == "without":
        return True  # "ended the talks without agreeing on X"
    if _neither_nor(tok):
        return True  # "will neither recognise nor accept X"
    return any(c.dep_ == "neg" or c.lower_ in {"never", "not", "n't"} and c.dep_ in {"advmod", "neg"}
               for c in tok.children)


def _neither_nor(tok) -> list:
    """The verbs "neither ... nor" denies together with `tok` ("has neither accepted nor rejected it": accepted,
    rejected); empty when it denies none. The parser hangs "neither" and "nor" on the first verb."""
    first = tok.head if tok.dep_ == "conj" else tok
    if not (any(c.dep_ == "preconj" and c.lower_ == "neither" for c in first.children)
            and any(c.dep_ == "cc" and c.lower_ == "nor" for c in first.children)):
        return []
    return [first] + [c for c in first.children if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"}]


def _modals(tok) -> set[str]:
    return {c.lower_ for c in tok.children if c.dep_ == "aux" and c.tag_ == "MD"}


def _doubted(clause) -> bool:
    """A clause put in doubt: "it is not clear that X wants ...", "it is unclear whether", "A doubts that"."""
    if clause.dep_ not in {"ccomp", "csubj"}:
        return False
    head = clause.head
    if head.lemma_.lower() == "doubt" and not _negated(head):
        return True
    for c in head.children:
        if c.dep_ == "acomp" and (c.lower_ in {"unclear", "uncertain", "doubtful"}
                                  or c.lower_ == "clear" and _negated(head)):
            return True
    return False


def _conditional(tok) -> bool:
    """A predicate inside an "if"/"unless" clause, or one put in doubt, states no stance."""
    node = tok
    for _ in range(3):
        if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in node.children) or _doubted(node):
            return True
        if node.dep_ in {"xcomp", "conj"} and node.head.i != node.i:
            node = node.head
            continue
        break
    return False


# Verbs and nouns of accusing: what one side is accused of is the accuser's charge, not the other's stance.
ACCUSING = frozenset("accuse accusation charge blame allegation".split())


def _accused(tok) -> bool:
    """ "accused Peru of refusing a truce", "blamed Chile for walking away from the talks": a charge."""
    node = tok
    for _ in range(3):
        if node.dep_ == "pcomp" and node.head.lower_ in {"of", "for"} and node.head.head.lemma_.lower() in ACCUSING:
            return True
        if node.dep_ not in {"xcomp", "conj"} or node.head.i == node.i:
            return False
        node = node.head
    return False


def _in_principle(tok) -> bool:
    for c in list(tok.children) + ([tok.head] if tok.head.i != tok.i else []):
        if c.dep_ == "prep" and c.lower_ == "in" and any(g.lower_ == "principle" for g in c.children):
            return True
    return False


def _obligation(tok) -> bool:
    """A clause stated as an obligation: "must", "should", "needs to", "it is time to"."""
    if tok.pos_ not in {"VERB", "AUX"}:
        return False
    if _modals(tok) & OBLIGATION:
        return True
    head = tok.head
    if tok.dep_ == "xcomp" and head.lemma_.lower() in {"need", "have"} and not _negated(head):
        return any(c.lower_ == "to" for c in tok.children)
    if tok.dep_ in {"relcl", "acl"} and head.lower_ == "time":
        return True  # "it is time to ..."
    if tok.lemma_.lower() in {"need", "require"} and any(c.dep_ == "auxpass" for c in tok.children) \
            and not _negated(tok):
        return True  # "a truce is needed"
    if tok.lemma_.lower() == "be" and not _negated(tok) and any(c.dep_ == "acomp" and c.lower_ in NECESSARY
                                                                for c in tok.children):
        return True  # "a truce is essential"
    if tok.lemma_.lower() == "be" and not _negated(tok) and any(
            c.dep_ in {"attr", "nsubj"} and c.lemma_.lower() in GOAL_NOUNS for c in tok.children):
        return True  # "a truce is a priority", "our aim is a truce"
    if tok.dep_ in {"advcl", "xcomp"} and any(c.lower_ == "time" and c.dep_ in {"nsubj", "attr"}
                                              for c in head.children):
        return True  # "the time has come to ..."
    return False


# Lemmas the model gets wrong for some forms ("hopes" -> "hop").
LEMMA_SLIPS = {"hopes": "hope", "hoped": "hope"}


def _lemma(tok) -> str:
    return LEMMA_SLIPS.get(tok.lower_, tok.lemma_.lower())


def _governing_desire(pred):
    """A verb of desire or refusal right above a predicate ("wanted Russia to agree")."""
    node = pred
    for _ in range(2):
        if node.dep_ == "pcomp" and node.head.lower_ in {"into", "to", "at", "toward", "towards"}:
            node = node.head  # "forced Russia into accepting", "aimed at reaching"
        elif node.dep_ not in {"xcomp", "ccomp", "advcl"} or node.head.i == node.i:
            return None
        node = node.head
        lemma = _lemma(node)
        if lemma in DESIRE or lemma in REFUSE or lemma in EFFORT or lemma in UNWILLING:
            return node
    return None
