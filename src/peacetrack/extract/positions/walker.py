"""Climbing from a provision mention to the predicates and clauses that govern it."""
from __future__ import annotations

from dataclasses import dataclass

from ..provisions import ProvisionMention
from .lexicon import (
    ADJECTIVES,
    AGENT_NOUNS,
    AGREEMENT_NOUNS,
    AGREEMENT_VERBS,
    BRINGING,
    CIRCUMSTANCE,
    CONDITION,
    CONDITIONAL_MARKS,
    CONVENING,
    COVERING,
    DASHES,
    DEAL_NOUNS,
    DESIRE,
    GROUP_HEADS,
    HYPOTHETICAL,
    JOINT_FUTURE,
    LIGHT_VERBS,
    MEDIATING,
    NEARNESS,
    OBLIGATION,
    PARTY_ROLES,
    PLEDGE_NOUNS,
    POSSESSION,
    PRONOUN_FIRST,
    PRONOUN_GROUP,
    PROSPECTIVE,
    REFUSE,
    RENEW,
    SETTINGS,
    SIGNABLE,
    SIGNED,
    SPEECH,
    TENTATIVE,
    TRUCE_NOUNS,
    UNWILLING,
    VERBS,
)
from .syntax import (
    ACCUSING,
    _accused,
    _group_noun,
    _agent,
    _denied,
    _conditional,
    _governing_desire,
    _in_principle,
    _lexical_stance,
    _modals,
    _negated,
    _neither_nor,
    _obligation,
    _pronoun,
    _span,
    _subject,
    _unique,
)
from .reported import _events
from .holders import _Reader, _operative, _owners, _partners
from .terms import SETS_OUT


# --------------------------------------------------------------------------- records of a reading


@dataclass
class _Claim:
    """One stance taken on a provision in a sentence."""

    stance: str
    parties: list[str]
    at: int  # character offset of the predicate, for stage and condition order


# Verbs whose subject undergoes what is said, never acts: "the treaty will stay in abeyance".
UNDERGOING = frozenset({"be", "remain", "stay"})


# Verbs of taking part: their stance is on the talks they name.
PARTICIPATION = frozenset("enter engage participate".split())


# Words of thanks: what a party is thanked for is its backing.
GRATITUDE = frozenset("thank thanks gratitude appreciation praise commend salute".split())


# Conditions: named as what a party's condition is, an item is demanded ("Kenya's condition is a truce").
CONDITION_NOUNS = frozenset("condition conditions precondition preconditions".split())


# Nouns of what is said about an item: a stance above them is on the saying ("dismissed reports of a truce").
HEARSAY = frozenset("accusation allegation criticism report rumour rumor".split())


# Verbs of an exchange carried out: what they agree is their object only.
SWAPPING = frozenset({"swap", "exchange"})


# Verbs that deny what their clause is about: "failed to reach a ceasefire".
CONTRARY = frozenset({"fail", "refuse", "decline", "stall", "collapse"})


# "not in question", "not in doubt", "not at risk": a negated doubt affirms the item.
DOUBT_NOUNS = frozenset({"question", "doubt", "danger", "jeopardy", "risk", "threat"})
# Verbs that carry an item out: said not to be done, the item is refused.
ENACTING = frozenset("release free withdraw pull lift open reopen return recognise recognize sign disarm "
                     "hand grant allow hold".split())


# Nouns of a closing apposition that sums up what precedes it: ", something Kyiv rejected".
SUMMARY_NOUNS = frozenset("something demand demands proposal proposals idea move step condition conditions plan "
                          "request suggestion notion offer".split())


# Nouns for a text whose content a relative clause states: "a road map that would extend the truce".
PLAN_NOUNS = DEAL_NOUNS | frozenset("map text draft document blueprint resolution".split())


def _after_talks(verb) -> bool:
    """A participle set off by a comma right after a phrase on talks: "the second session of talks, mediated by A",
    "talks between B and C, mediated by A" (not "the truce, brokered by A", a deal)."""
    if verb.tag_ != "VBN" or verb.i < 2 or verb.doc[verb.i - 1].text != ",":
        return False
    tok = verb.doc[verb.i - 2]
    for _ in range(6):  # up the phrase the comma closes: "States" -> "between" -> "talks"
        if tok.lower_ in SETTINGS or tok.lemma_.lower() in SETTINGS:
            return True
        if tok.dep_ not in {"pobj", "prep", "conj", "compound", "amod"} or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _plan_content(clause) -> bool:
    """ "discussing a road map that would extend the truce", "a plan under which a vote would be held": a plan's
    relative clause, with the plan as its subject or as what it is under, says what the plan holds, so what is
    said of the plan is said of it."""
    if clause.head.lemma_.lower() not in PLAN_NOUNS:
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in {"which", "that"} for c in clause.children):
        return True
    # "floated a plan under which a vote would be held": the terms the plan sets
    return any(c.dep_ == "prep" and c.lower_ == "under" and any(g.lower_ == "which" for g in c.children)
               for c in clause.children)


def _deal_content(clause) -> bool:
    """ "signed a deal to reopen the border": an infinitive on a deal noun says what the deal holds, so what
    is done to the deal is done to it."""
    return (clause.head.lemma_.lower() in AGREEMENT_NOUNS
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children))


def _sets_out(clause) -> bool:
    """ "signed a memorandum creating a joint fund", "an accord providing for the release of detainees": a
    participle on a deal noun that sets out its terms says what the deal holds (unlike "an agreement reflecting
    the partnership", which only describes it), so what is done to the deal is done to its terms."""
    return (clause.tag_ == "VBG" and clause.head.lemma_.lower() in PLAN_NOUNS | SIGNABLE
            and clause.lemma_.lower() in SETS_OUT - COVERING)  # "a memorandum covering X" may only list topics


def _told_of_its_head(clause) -> bool:
    """ "removed from the states that joined the alliance": a relative clause the mention spans, in the past
    with its own relative subject, tells what its noun did; what is said of the noun is not said of the item
    (unlike "a peace that ensures security", what the noun sought would hold)."""
    return clause.tag_ == "VBD" and any(c.dep_ == "nsubj" and c.lower_ in {"that", "which", "who"}
                                        for c in clause.children)


def _called_for(clause) -> bool:
    """ "called for those responsible to be held accountable": an infinitive the parser hangs on the object
    of "for" as a relative clause is what is called for."""
    noun = clause.head
    return (any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
            and noun.dep_ == "pobj" and noun.head.lower_ == "for")


class _Walker:
    """Finds the claims governing one provision mention of a sentence."""

    def __init__(self, reader: _Reader):
        self.r = reader

    def claims(self, sent, mention: ProvisionMention) -> list[_Claim]:
        doc = sent.doc
        span = doc.char_span(sent.start_char + mention.start, sent.start_char + mention.end, alignment_mode="expand")
        if span is None:
            return []
        inside = {t.i for t in span}
        out: list[_Claim] = []
        # clauses attached to the noun phrase of the mention: "sanctions, which Kyiv dismissed"
        node = span.root
        for step in range(4):
            heads = list(span) if step == 0 else [node]  # a clause may hang on any word of the mention
            attached = [c for h in heads for c in h.children
                        if c.i not in inside and c.dep_ in {"relcl", "acl", "appos"}]
            for c in list(attached):
                if c.dep_ == "appos":  # "X — demands rejected by Kyiv"
                    attached += [g for g in c.children if g.dep_ in {"relcl", "acl"}]
            for c in attached:
                claim = self.claim_at(c)
                if claim is None and mention.provision == "negotiation_process":
                    claim = self.convened(c)  # "talks mediated by A", "a round convened by B"
                if claim is None and c.lemma_.lower() in SPEECH:
                    # "membership of the bloc, which the president has said won't happen"
                    said = next((g for g in c.children if g.dep_ in {"ccomp", "xcomp"}), None)
                    subj = next((g for g in c.children
                                 if g.dep_ == "nsubj" and g.lower_ not in {"which", "that", "who"}), None)
                    if said is not None and subj is not None and self.ruled_out(said, said, reported=True):
                        claim = _Claim("reject", self.r.np_parties(subj), c.idx)
                if claim is not None:
                    out.append(claim)
            if node.dep_ in {"compound", "pobj", "amod", "nmod", "conj"} and node.head.pos_ in {"NOUN", "PROPN", "ADP"}:
                node = node.head
            elif node.dep_ == "prep" and node.lower_ == "of" and node.head.pos_ in {"NOUN", "PROPN"}:
                node = node.head  # "the lifting of sanctions, which ..."
            else:
                break
        if mention.provision == "negotiation_process" and _after_talks(span.root):
            told = self.convened(span.root)  # the mention is the participle itself: "talks, mediated by A"
            if told is not None:
                return out + [told]
        # a condition set for something else is a demand of whoever sets it
        for m in CONDITION.finditer(sent.text):
            if m.start() < mention.start < m.end() and not m.group(0).lower().startswith(("until", "subject to")):
                if _persists(span.root):
                    return out  # "only if the truce holds": a truce in force, presupposed, not demanded
                holders = self.condition_setter(span.root, sent.start_char + m.start(), sent.start_char + m.end())
                if holders:
                    return out + [_Claim("propose", holders, sent.start_char + m.start())]
        # predicates above the mention
        node = span.root
        if node.pos_ in {"VERB", "AUX"} and _obligation(node) and not _conditional(node):
            holders = self.r.reporter(node)  # "the killing must stop", he said
            if holders:
                return out + [_Claim("propose", holders, node.idx)]
        contrasted = False
        for _ in range(14):
            if node.head.i == node.i or (node.dep_ == "relcl" and (node.i not in inside or _told_of_its_head(node))
                                         and not _called_for(node) and not _plan_content(node)
                                         and not _deal_content(node)):
                break  # what is said of a noun is not said of its relative clause
            if node.dep_ == "prep" and node.lower_ in CIRCUMSTANCE:
                break  # "agreed ... following talks": the talks are a circumstance
            if node.dep_ == "conj" and node.pos_ in {"VERB", "AUX"} and any(
                    c.dep_ in {"nsubj", "nsubjpass"} for c in node.children) and not _second_complement(node):
                break  # "A agreed to X, but they accused each other of Y": two clauses
            if node.dep_ == "conj" and self.r.authors and _operative(node):
                break  # "Calls for X, and underlines that Y": two operative clauses of a communiqué
            if node.dep_ == "conj" and node.pos_ in {"VERB", "AUX"} and (
                    node.lemma_.lower() in CONTRARY or any(c.dep_ == "cc" and c.lower_ in {"but", "yet"}
                                                           for c in node.children)):
                break  # "agreed to X but failed to move closer to Y": what was agreed is not Y
            if (node.dep_ in {"agent", "poss"} or (node.dep_ == "nsubj" and _lexical_stance(node.head) is not None
                                                    and node.head.lemma_.lower() not in POSSESSION | UNDERGOING)) \
                    and node.i not in inside:
                break  # the mention is who acts ("mediators proposed"), not what is acted on
            if (node.dep_ == "prep" and node.lower_ in {"from", "by"} and node.head.pos_ == "NOUN"
                    and _lexical_stance(node.head) is not None and node.i not in inside
                    and any(g.dep_ == "pobj" and g.i in inside for g in node.children)):
                break  # the mention owns the stance ("the proposal from the mediators"), it is not its object
            if node.dep_ == "prep" and node.lower_ in {"in", "at"} and any(
                    g.dep_ == "pobj" and g.lemma_.lower() in SETTINGS for g in node.children):
                break  # "agreed ... in separate talks": the talks are where, not what
            if (node.dep_ == "prep" and node.lower_ == "with" and span.root.lemma_.lower() in PARTY_ROLES
                    and node.head.lemma_.lower() in {"agree"} | AGREEMENT_VERBS):
                break  # "agreed with the mediators that ...": who one agrees with, not what
            if node.dep_ == "acl" and node.tag_ in {"VBG", "VBN"} and node.i not in inside and not _sets_out(node):
                break  # "an agreement reflecting the partnership": a description, not the object
            if _charge_beside(node) and node.i not in inside:
                break  # "rejected the plan and accused B of breaking the truce": the truce is not rejected
            if _contrasted(node) and node.head.i not in inside:
                contrasted = True  # "wants a victory, not peace talks": what the stance is on is the other item
            child, node = node, node.head
            if node.i in inside:
                continue
            if node.pos_ == "NOUN" and node.lemma_.lower() in HEARSAY:
                break  # "rejected accusations of breaking the truce": what is rejected is the charge, not the truce
            claim = self.claim_at(node)
            offered = self.misplaced_offer(node, child)
            if offered is not None:
                out.append(offered)  # "rejected a proposal by A for a truce": A's proposal is for the truce
            if (claim is not None and node.lemma_.lower() in SWAPPING and child.dep_ != "dobj"
                    and claim.stance != "discuss"):
                # "swapped prisoners at the crossing": the swap is of the prisoners, not the crossing (but views
                # exchanged "on" an item, however the parser hangs the "on", are exchanged on it)
                claim = None
            if claim is not None and node.lemma_.lower() in PARTICIPATION and not (child.lower_ in {"into", "in"} and any(
                    g.i in inside for g in child.children if g.dep_ == "pobj")):
                # "would not enter into talks over X": the talks are refused or joined, X only talked over
                claim = _Claim("discuss" if claim.stance == "support" else "", claim.parties, claim.at)
            if (claim is not None and claim.stance == "propose" and node.lemma_.lower() in JOINT_FUTURE
                    and claim.at == node.idx):  # not "urged A and B to commit to X": asked for, by whoever urges
                claim = self.joint_commitment(node) or claim  # "A and B committed to a truce": together, agreed
            if claim is not None and claim.stance == "support" and node.lemma_.lower() == "accept":
                claim = self.joint_acceptance(node) or claim  # "both sides accepted the date": agreed between them
            if claim is not None and claim.stance == "propose" and _kept_to(node, child, span.root):
                # "A remains committed to the ceasefire": a side bound to a deal in force is party to it
                kept = [p for p in claim.parties if p not in self.r.mediators]
                claim = _Claim("agree", kept, claim.at) if kept else claim
            if claim is not None and claim.stance == "propose" and node.lemma_.lower() in MEDIATING:
                sides = _partners(self.r, node)  # "Kenya brokered a truce between A and B": A and B agree to it
                if len(sides) >= 2:
                    out.append(_Claim("agree", sides, node.idx))
            if node.pos_ in {"VERB", "AUX"}:
                terms = self.terms_of(node, child)
                if terms is not None:
                    out.append(terms)
                    break
            if node.pos_ in {"VERB", "AUX"} and child.dep_ not in {"advcl", "nsubj", "nsubjpass"}:
                settled = self.agreed_before(node)
                if settled is not None:
                    out.append(settled)  # "hailed the return of X, as agreed in the second round"
            if claim is None and child.dep_ in {"attr", "ccomp"}:
                claim = self.named_as(node)  # "Kenya's main demand is a truce"
            if claim is None and node.pos_ in {"VERB", "AUX"}:
                claim = self.as_stated(node)  # "the round will be held in May, as both sides agreed"
            if claim is None and child.dep_ in {"nsubj", "nsubjpass"}:
                # "X will have to be worked on", "X needs to be discussed": the predicate is below
                for c in node.children:
                    if c.dep_ == "xcomp":
                        claim = self.claim_at(c)
                        if claim is not None:
                            break
            if child.dep_ in {"nsubj", "nsubjpass"} and node.pos_ in {"VERB", "AUX"}:
                # "the deal has the backing of A and has been endorsed by B": verbs sharing the subject
                for c in node.children:
                    if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"} and not any(
                            g.dep_ in {"nsubj", "nsubjpass"} for g in c.children):
                        shared = self.claim_at(c)
                        if shared is not None and shared.stance and shared.parties:
                            out.append(shared)
            if claim is not None and claim.stance == "propose" and child.dep_ == "dobj" and (
                    node.lemma_.lower() in {"condition", "make", "tie", "link"}):
                claim.stance = "support"  # "made a ceasefire conditional on X": X is demanded, the ceasefire accepted
            if claim is None:
                if _obligation(node) and not _conditional(node):
                    holders = self.r.reporter(node) or (self.r.authors if self.r.in_quote(node.idx) is None else [])
                    if not holders:
                        subj = _subject(node)
                        holders = self.r.np_parties(subj) if subj is not None else []
                    if holders:
                        out.append(_Claim("propose", holders, node.idx))
                        break
                joint = self.joint_commitment(node)
                if joint is not None:
                    out.append(joint)
                    break
                shared = [c for c in node.children if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"}
                          and not any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children)]
                if child.dep_ in {"nsubj", "nsubjpass"} and any(self.ruled_out(c, child) for c in shared):
                    # "the detainees would face trial and would not be released": what the subject won't undergo
                    holders = self.r.reporter(node)
                    if holders:
                        out.append(_Claim("reject", holders, node.idx))
                        break
                if self.suggested(node):
                    holders = self.r.reporter(node)
                    if holders:
                        out.append(_Claim("propose", holders, node.idx))
                        break
                if self.ruled_out(node, child):
                    holders = self.r.reporter(node)
                    if holders:
                        out.append(_Claim("reject", holders, node.idx))
                        break
                continue
            if claim.stance == "":
                break  # a stance that states nothing ("have not agreed"): stop here
            if contrasted:
                claim = _Claim("reject" if claim.stance in {"propose", "support"} else "", claim.parties, claim.at)
            out.append(claim)
            if node.pos_ in {"VERB", "AUX", "ADJ"} and claim.parties and claim.stance != "discuss":
                break  # a discussion may sit under a stronger stance ("ready to discuss")
        found = [c for c in out if c.stance and c.parties]
        if not out and span.root.lemma_.lower() in TRUCE_NOUNS and not any(
                c.lower_ in TENTATIVE for c in span.root.children) and not _on_condition(span.root.head):
            # "the truce between A and B took effect": a truce two sides are in, said of nothing else
            sides = [p for c in span.root.children if c.dep_ == "prep" and c.lower_ in {"between", "among"}
                     for g in c.children if g.dep_ == "pobj" for p in self.r.np_parties(g)]
            if len(_unique(sides)) >= 2:
                return [_Claim("agree", _unique(sides), span.root.idx)]
        if not found and span.root.lemma_.lower() in TRUCE_NOUNS and not any(
                c.lower_ in TENTATIVE for c in span.root.children) and not _on_condition(span.root.head):
            owners = self.truce_owners(span.root)
            if owners:
                return [_Claim("agree", owners, span.root.idx)]
        return found

    def misplaced_offer(self, verb, prep) -> _Claim | None:
        """ "B rejected a proposal by A for a truce", "welcomed A's call on Monday for talks": the parser hangs the
        "for" phrase on the verb, but what it names is what the proposal (the verb's object) is for, so the
        proposal's owners propose it (a proposal with a "for" or "on" of its own is read from that)."""
        if verb.pos_ != "VERB" or prep.dep_ != "prep" or prep.lower_ != "for":
            return None
        noun = next((c for c in verb.children if c.dep_ == "dobj" and c.i < prep.i), None)
        if noun is None or noun.pos_ != "NOUN" or _lexical_stance(noun) != "propose":
            return None
        if any(c.dep_ == "prep" and c.lower_ in {"for", "on", "of", "to"} for c in noun.children):
            return None
        claim = self.nominal(noun, "propose")
        return claim if claim is not None and claim.parties else None

    def truce_owners(self, truce) -> list[str]:
        """The sides a truce is named as theirs: "their ceasefire", "the two countries' truce", "the Chad-Niger
        truce" (two sides or more, no mediator): a truce they hold is one they agreed, whatever is said of it
        ("blamed one another for a breach of their truce")."""
        owners = [p for c in truce.children if c.dep_ == "poss" for p in self.r.np_parties(c)]
        # "Chad-Niger": the parser hangs the first name on the second
        names = [t for c in truce.children if c.dep_ == "compound" and c.pos_ == "PROPN" for t in c.subtree
                 if t.dep_ == "compound" and t.pos_ == "PROPN"]
        owners += [p for t in names for p in self.r.parties_between(t.idx, t.idx + len(t.text))]
        owners = [p for p in _unique(owners) if p not in self.r.mediators]
        return owners if len(owners) >= 2 else []

    def terms_of(self, verb, child) -> _Claim | None:
        """A term of a deal: "under the deal, A and B will swap prisoners", "the accord between A and B
        includes a truce". The deal's parties agree to what it holds (those who made it, or the clause's
        joint subject)."""
        deal = None
        if child.dep_ != "nsubj" and verb.lemma_.lower() in COVERING | {"provide", "envisage", "stipulate"}:
            deal = next((c for c in verb.children if c.dep_ == "nsubj"
                         and c.lemma_.lower() in AGREEMENT_NOUNS | TRUCE_NOUNS), None)
        if deal is None:
            deal = next((g for c in verb.children if c.dep_ == "prep" and c.lower_ == "under"
                         for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in AGREEMENT_NOUNS), None)
        if deal is None or any(c.lower_ in TENTATIVE for c in deal.children) or _negated(verb):
            return None
        parties = _owners(self.r, deal) + _partners(self.r, deal)
        for c in deal.children:  # "the agreement signed by A and B"
            agent = _agent(c) if c.dep_ == "acl" else None
            if agent is not None:
                parties += self.r.np_parties(agent)
            parties += self.makers(c)  # "a pact both capitals sealed", "a procedure agreed between A and B"
        subj = _subject(verb)
        if subj is not None and subj is not deal and any(c.dep_ == "conj" for c in subj.children):
            parties += self.r.np_parties(subj)  # "under the deal, A and B will ..."
        parties = _unique(parties)
        return _Claim("agree", parties, verb.idx) if len(parties) >= 2 else None

    def makers(self, clause) -> list[str]:
        """Who made a deal, told in a clause on it: "a pact both capitals sealed in May" (its
        subject), "the procedure agreed between A and B" (its partners); not "a deal A rejected"."""
        if clause.dep_ not in {"relcl", "acl"} or _negated(clause) or _modals(clause):
            return []
        if clause.lemma_.lower() not in AGREEMENT_VERBS | {"agree", "sign"}:
            return []
        subj = _subject(clause)
        made = self.r.np_parties(subj) if subj is not None and subj.lower_ not in {"which", "that", "who"} else []
        return made + _partners(self.r, clause)

    def convened(self, clause) -> _Claim | None:
        """Who brings talks about: "talks mediated by A" (A supports them), "a round convened by B" (B
        proposed it); also told after a comma ("the last day of the round of talks, mediated by A"), which the
        parser may hang on a verb far before it."""
        lemma = clause.lemma_.lower()
        stance = "support" if lemma in MEDIATING else "propose" if lemma in CONVENING else None
        set_off = clause.tag_ == "VBN" and clause.i > 0 and clause.doc[clause.i - 1].text == ","
        agent = _agent(clause) if stance and (clause.dep_ == "acl" or set_off) and not _negated(clause) else None
        parties = self.r.np_parties(agent) if agent is not None else []
        return _Claim(stance, parties, clause.idx) if stance and parties else None

    def events(self, sent, mention: ProvisionMention) -> set[str]:
        span = _span(sent, mention)
        return _events(span) if span is not None else set()

    def nearest(self, sent, mention: ProvisionMention) -> str | None:
        """The stance word nearest to a mention in its sentence, unnegated."""
        at = sent.start_char + mention.start
        best: tuple[int, str] | None = None
        for t in sent:
            if sent.start_char + mention.start <= t.idx < sent.start_char + mention.end:
                continue
            st = _lexical_stance(t)
            if st is None or _negated(t) or t.pos_ not in {"VERB", "AUX", "ADJ"}:
                continue
            if t.dep_ == "xcomp" and t.head.lemma_.lower() in DESIRE:
                st = "propose"  # "called on both sides to extend the truce": asked for, not done
            d = abs(t.idx - at)
            if best is None or d < best[0]:
                best = (d, st)
        return best[1] if best else None

    def condition_setter(self, tok, start: int, end: int) -> list[str]:
        """Who sets a condition: the subject of the clause it conditions, or its reporter. That clause lies
        outside the condition ("A is ready only if B withdraws from X": A, not B, who withdraws)."""
        node = tok
        for _ in range(12):
            if (node.dep_ in {"advcl", "prep"} and node.head.pos_ in {"VERB", "AUX"}
                    and not start <= node.head.idx < end):
                subj = _subject(node.head)
                if subj is not None:
                    parties = self.r.np_parties(subj)
                    if parties:
                        return parties
                break
            if node.head.i == node.i:
                break
            node = node.head
        return self.r.reporter(tok)

    def dash_summary(self, sent, mention: ProvisionMention) -> list[_Claim]:
        """A closing apposition after a dash sums up what precedes it: "made a ceasefire
        subject to an end of weapons shipments - terms the rebels turned down"."""
        out: list[_Claim] = []
        at = sent.start_char + mention.start
        for t in sent:
            if t.dep_ != "appos" or _lexical_stance(t) is None or t.head.i >= t.i:
                continue
            dash = next((d for d in reversed(sent.doc[t.head.i + 1 : t.i]) if d.text in DASHES), None)
            if dash is None or not t.head.idx + len(t.head.text) <= at < dash.idx:
                continue
            for c in t.children:
                if c.dep_ in {"relcl", "acl"}:
                    claim = self.claim_at(c)
                    if claim is not None and claim.stance and claim.parties:
                        out.append(claim)
        return out

    def comma_summary(self, sent, mention: ProvisionMention) -> list[_Claim]:
        """A closing apposition after a comma sums up the clause before it: "insisted that its bank be
        reconnected to SWIFT, something Kyiv rejected outright"; "called for changes to the constitution,
        a demand Yerevan rejected". Its relative clause, with a subject of its own, takes the stance."""
        at = sent.start_char + mention.start
        for t in sent:
            if t.lemma_.lower() not in SUMMARY_NOUNS or t.i == sent.start:
                continue
            before = t.doc[t.i - 1]
            if before.lower_ in {"a", "an", "one"} and t.i - 1 > sent.start:
                before = t.doc[t.i - 2]
            if before.text != "," or not at < before.idx:
                continue
            # its clause, however the parser attached it: the first verb after it whose subject sits between
            verb = next((v for v in sent.doc[t.i + 1 : sent.end] if v.pos_ == "VERB"), None)
            subj = next((g for g in verb.children if g.dep_ == "nsubj" and t.i < g.i < verb.i
                         and g.lower_ not in {"which", "that", "who"}), None) if verb is not None else None
            claim = self.claim_at(verb) if subj is not None else None
            if claim is not None and claim.stance:
                holders = self.r.np_parties(subj)  # the clause's own subject, not the summing noun
                if holders:
                    return [_Claim(claim.stance, holders, claim.at)]
            named = self.compound_clause(t)
            if named is not None:
                return [named]
        return []

    def compound_clause(self, noun) -> _Claim | None:
        """ "an idea Kenya rejects": a present-tense clause right after the summing noun, which the parser reads
        as a noun compound ("idea Kenya rejects"); the name between holds the stance of the verb after it."""
        doc = noun.doc
        end = noun.i + 1
        while end < len(doc) and end - noun.i <= 4 and doc[end].pos_ == "PROPN":
            end += 1
        if end == noun.i + 1 or end >= len(doc):
            return None
        verb = doc[end]
        if verb.pos_ != "NOUN" or verb.tag_ not in {"NNS", "VBZ"} or not verb.lower_.endswith("s"):
            return None
        stance = VERBS.get(verb.lemma_.lower())
        holders = self.r.parties_between(doc[noun.i + 1].idx, verb.idx - 1)
        return _Claim(stance, holders, verb.idx) if stance and holders else None

    def lead_in(self, sent) -> tuple[list[_Claim], set[str]]:
        """The claims and events a lead-in sentence ending in a colon passes to its list."""
        last = [t for t in sent if not t.is_space and not t.is_punct]
        if not last:
            return [], set()
        tok = last[-1]
        at = tok.idx - sent.start_char
        fake = ProvisionMention("", at, at + len(tok.text))
        claims = self.claims(sent, fake)
        events = {"signed"} if SIGNED.search(sent.text) else set()
        return claims, events

    def ruled_out(self, node, child, reported: bool = False) -> bool:
        """An item said not to happen ("it was never going to join the alliance", "X
        won't happen"): its reporter rules it out."""
        if node.pos_ not in {"VERB", "AUX"} or not _negated(node) or _conditional(node):
            return False
        if any(c.dep_ == "prep" and c.lower_ in {"in", "at", "under"} and any(
                g.lemma_.lower() in DOUBT_NOUNS for g in c.children) for c in node.children):
            return False  # "the truce was not in question": it stands, nobody rules it out
        if any(c.dep_ == "prep" and c.lower_ == "on" and any(g.lemma_.lower() == "agenda" for g in c.children)
               for c in node.children):
            return False  # "X was not on the agenda": left out of the talks, not refused
        existence = {"be", "happen", "become", "exist"}
        lemma = node.lemma_.lower()
        if lemma == "go":  # "never going to be"
            lemma = next((c.lemma_.lower() for c in node.children if c.dep_ == "xcomp"), lemma)
        passive = any(c.dep_ == "auxpass" for c in node.children)
        if lemma in ENACTING and (child.dep_ in {"nsubjpass", "dobj"} or child.dep_ == "nsubj" and passive) and (
                _modals(node) | _modals(node.head if node.dep_ == "conj" else node)) & {"will", "would", "can", "shall"}:
            # "the detainees would not be released", "we will not withdraw our troops": said of what the
            # item would carry out, a refusal of whoever says it
            return self.r.in_quote(node.idx) is not None or _under_speech(node)
        if lemma not in existence:
            return False  # "both sides not attack X" states the item; "Moscow will not pursue X" is Moscow's
        if reported:
            return True
        if child.dep_ not in {"nsubj", "nsubjpass", "attr", "dobj", "xcomp", "acomp", "prep"}:
            return False
        if self.r.in_quote(node.idx) is not None:
            return True
        return _under_speech(node)

    def as_stated(self, node) -> _Claim | None:
        """ "Prisoners will be freed, as the rebels demanded": a bare "as" clause of a stance verb (no object
        of its own) takes that stance on what the clause it hangs on says."""
        for c in node.children:
            if (c.dep_ == "advcl" and c.pos_ == "VERB" and any(g.dep_ == "mark" and g.lower_ == "as" for g in c.children)
                    and not any(g.dep_ in {"dobj", "xcomp", "ccomp", "prep", "prt"} for g in c.children)):
                claim = self.claim_at(c)
                if claim is not None and claim.stance and claim.parties:
                    return claim
        return None

    def agreed_before(self, node) -> _Claim | None:
        """ "The envoys hailed the ferry's return to service, as agreed in the third round": a step told done
        "as agreed" is what the sides of the talks agreed, whoever tells it (those the clause names, "as agreed
        by A and B", or else the last sides reported, less their mediators)."""
        clause = next((c for c in node.children if c.dep_ == "advcl" and c.lemma_.lower() == "agree"
                       and c.tag_ in {"VBN", "VBD"} and any(g.dep_ == "mark" and g.lower_ == "as" for g in c.children)), None)
        if clause is None or _negated(clause) or any(g.dep_ in {"nsubj", "dobj", "ccomp", "xcomp"}
                                                     for g in clause.children):
            return None
        agent = _agent(clause)
        sides = self.r.np_parties(agent) if agent is not None else []
        if not sides:
            sides = [p for t in clause.subtree if t.dep_ == "pobj" for p in _partners(self.r, t)]
        if not sides:
            earlier = [[p for p in ps if p not in self.r.mediators] for at, ps in self.r.sides if at < node.idx]
            sides = earlier[-1] if earlier else []
        sides = _unique(sides)
        return _Claim("agree", sides, clause.idx) if len(sides) >= 2 else None

    def named_as(self, node) -> _Claim | None:
        """ "Kenya's main demand is a truce", "the Chadian proposal was that the talks move to Doha": what a
        party's stance noun is said to be is what it takes that stance on (a condition named so is demanded)."""
        if node.lemma_.lower() != "be" or _negated(node):
            return None
        subj = next((c for c in node.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
        stance = _lexical_stance(subj) if subj is not None else None
        if stance not in {"propose", "reject", "support"}:
            return None
        owners = _owners(self.r, subj)
        if not owners:
            return None
        return _Claim("propose" if subj.lemma_.lower() in CONDITION_NOUNS else stance, owners, subj.idx)

    def suggested(self, node) -> bool:
        """A possibility in reported speech ("Putin said Ukraine could be placed under ...")."""
        if node.pos_ not in {"VERB", "AUX"} or _negated(node) or _conditional(node):
            return False
        if not (_modals(node) & {"could", "might", "may", "can", "would"}):
            return False
        if any(c.dep_ == "parataxis" and c.lemma_.lower() in SPEECH for c in node.children):
            return True  # "after that, he said, the sides could ..."
        return _under_speech(node)

    def joint_commitment(self, node) -> _Claim | None:
        """ "Kenya and Norway will keep working toward ...": a joint undertaking."""
        if node.pos_ not in {"VERB", "AUX"} or _negated(node):
            return None
        # "reaffirmed their commitment to X", "reaffirmed the ceasefire": a deal in force, upheld together
        renewed = node.lemma_.lower() in RENEW and any(
            c.dep_ == "dobj" and c.lemma_.lower() in PLEDGE_NOUNS | AGREEMENT_NOUNS | TRUCE_NOUNS for c in node.children)
        reported = _reported_joint(node)  # "A and B said they would ...": their own undertaking, told back
        if not (_modals(node) & ({"will", "shall", "would"} if reported is not None else {"will", "shall"})
                or node.lemma_.lower() in JOINT_FUTURE or renewed):
            return None
        # a pledge is an act wherever it is told, no forecast ("committed to X", not "committed war crimes")
        pledged = node.lemma_.lower() in {"pledge", "undertake", "vow"} or (node.lemma_.lower() == "commit" and any(
            (c.dep_ == "prep" and c.lower_ == "to") or c.dep_ == "xcomp" for c in node.children))
        if node.dep_ != "ROOT" and not (node.dep_ == "ccomp" and node.head.lemma_.lower() in SPEECH | {"agree"}) \
                and not (node.dep_ == "conj" and node.head.dep_ == "ROOT") and reported is None and not pledged:
            return None  # "I am confident A and B will ...": a forecast, not an undertaking
        subj = reported if reported is not None else _subject(node)
        if subj is None or _pronoun(subj) in PRONOUN_GROUP | PRONOUN_FIRST:
            return None
        parties = self.r.np_parties(subj)
        conj = any(c.dep_ == "conj" for c in subj.children) or subj.lemma_.lower() in GROUP_HEADS or _group_noun(subj)
        if len(parties) >= 2 and conj:
            return _Claim("agree", parties, node.idx)
        return None

    def joint_acceptance(self, verb) -> _Claim | None:
        """ "Kenya and Norway accepted the plan", "both delegations had accepted the date": two sides taking
        the same terms, outright, have agreed on them (not mediators, not "could accept")."""
        if verb.pos_ != "VERB" or _negated(verb) or _modals(verb):
            return None
        subj = _subject(verb)
        if subj is None or _pronoun(subj) in PRONOUN_GROUP | PRONOUN_FIRST:
            return None
        parties = [p for p in self.r.np_parties(subj) if p not in self.r.mediators]
        joint = (any(c.dep_ == "conj" for c in subj.children) or subj.lemma_.lower() in GROUP_HEADS
                 or subj.lower_ == "both" or _group_noun(subj))
        return _Claim("agree", parties, verb.idx) if joint and len(parties) >= 2 else None

    def claim_at(self, pred) -> _Claim | None:
        """The claim of one predicate, scope applied; None when the word takes no stance,
        a claim with an empty stance when it takes one that states nothing."""
        r = self.r
        operative = bool(r.authors) and _operative(pred)  # "Calls for ...", "Urges ...", tagged a noun or not
        stance = _lexical_stance(pred) or (VERBS.get(pred.lemma_.lower()) if operative else None)
        if stance is None:
            return None
        if pred.pos_ in {"NOUN", "PROPN"} and not operative:
            return self.nominal(pred, stance)
        if pred.lemma_.lower() in POSSESSION:
            # "the deal has the full backing of Kenya"
            noun = next((c for c in pred.children if c.dep_ == "dobj" and _lexical_stance(c) in {"support", "reject"}),
                        None)
            if noun is None or _negated(pred):
                return _Claim("", [], pred.idx)
            return self.nominal(noun, _lexical_stance(noun))
        if _conditional(pred) or _accused(pred) or _pending(pred):
            return _Claim("", [], pred.idx)
        if pred.dep_ == "acl" and pred.head.pos_ == "NOUN" and _lexical_stance(pred.head) is None and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in pred.children):
            return _Claim("", [], pred.idx)  # "the legitimacy to sign a deal": no act
        if len({_lexical_stance(v) == "reject" for v in _neither_nor(pred)}) > 1:
            return _Claim("discuss", r.holder(pred), pred.idx)  # "has neither accepted nor rejected it": undecided
        negated = _negated(pred) or any(c.dep_ == "dobj" and _denied(c) for c in pred.children)  # "wants no truce"
        if (pred.pos_ == "ADJ" and pred.dep_ == "acomp") or pred.pos_ == "ADP":
            negated |= _negated(pred.head)  # "is not open to talks", "is not against it": the copula negates
        modals = _modals(pred)
        if pred.dep_ == "conj" and pred.head.pos_ in {"VERB", "AUX"}:
            modals |= _modals(pred.head)  # "could open corridors and agree that ..."
            negated |= _negated(pred.head) and not any(c.dep_ == "nsubj" for c in pred.children)
        holders = r.holder(pred)
        lemma = pred.lemma_.lower()
        if negated:
            if stance == "support" or (lemma in {"want", "wish", "seek"}
                                       and not any(c.dep_ in {"xcomp", "ccomp"} for c in pred.children)):
                stance = "reject"
            elif stance == "reject":
                stance = "support"
            else:
                return _Claim("", [], pred.idx)
        if pred.dep_ == "xcomp" and pred.head.lemma_.lower() in PROSPECTIVE:
            return _Claim("", [], pred.idx)  # "preparing to reject": not yet done
        if stance == "reject" and pred.dep_ == "xcomp" and pred.head.lemma_.lower() in REFUSE | UNWILLING:
            return _Claim("", [], pred.idx)  # "refused to rule out a truce": neither a refusal nor a demand
        if stance in {"agree", "support"} and pred.dep_ == "acl" and _denied(pred.head):
            return _Claim("reject", holders, pred.idx)  # "has shown no willingness to accept a truce"
        if stance in {"agree", "support"} and pred.dep_ == "xcomp" and pred.head.lemma_.lower() == "fail":
            return _Claim("discuss", holders, pred.idx)  # "failed to agree on a truce": talked over, not settled
        desire = _governing_desire(pred)
        # "demanded that B commit to elections": the commitment is asked of B, proposed by whoever asks
        if desire is not None and stance in {"agree", "support", "discuss", "propose"}:
            upper = r.holder(desire)
            if desire.lemma_.lower() in REFUSE | UNWILLING:
                return _Claim("reject", upper or holders, desire.idx)
            if _negated(desire):
                if desire.lemma_.lower() in {"want", "wish"}:
                    return _Claim("reject", upper, desire.idx)  # "does not want Kyiv to join"
                return _Claim("", [], pred.idx)
            return _Claim("propose", upper, desire.idx)
        if pred.dep_ == "xcomp" and pred.head.lemma_.lower() in {"need", "have"} and not _negated(pred.head):
            modals |= {"must"}  # "needed to accept", "has to agree"
        if (modals & OBLIGATION or _obligation(pred)) and stance in {"agree", "support", "reject"}:
            # "Kyiv should accept", "Kyiv should forget about it", "it is time to seal a truce": a demand
            # of whoever says so
            holders = r.reporter(pred) or holders or (r.authors if r.in_quote(pred.idx) is None else [])
            return _Claim("reject" if stance == "reject" else "propose", holders, pred.idx)
        if stance == "agree" and pred.dep_ == "pcomp" and pred.head.head.lower_ in NEARNESS:
            stance = "discuss"  # "close to agreeing a truce": still talked over
        if stance == "agree":
            # two sides agreeing in principle have agreed between them; one side alone only accepts
            ready = pred.dep_ in {"xcomp", "acl"} and ADJECTIVES.get(pred.head.lemma_.lower()) == "support"
            if (_in_principle(pred) and len(holders) < 2) or ready:
                stance = "support"  # "agreed in principle", "ready to agree"
            elif modals & HYPOTHETICAL:
                # "could agree": a suggestion of whoever says so
                return _Claim("propose", r.reporter(pred) or holders, pred.idx)
        if stance == "agree" and lemma in MEDIATING and holders:
            return _Claim("propose", holders, pred.idx)  # "Kenya brokered the truce": a broker offers, the sides agree
        if stance == "agree":
            # "A, B agree truce": a headline's first side, which the parser hangs on the verb as an adverb
            listed = [p for c in pred.children if c.dep_ == "npadvmod" and c.pos_ == "PROPN" and c.i < pred.i
                      for p in r.np_parties(c)] if holders else []
            holders = _unique(holders + listed + _partners(r, pred) + _truce_partners(r, pred))
            if len(holders) == 1:
                stance = "support"  # one party agreeing alone accepts what another proposed
        if stance == "support" and self.welcomed_together(pred, holders):
            stance = "agree"
        if not holders:
            holders = r.reporter(pred)
        if stance == "discuss" and pred.pos_ == "VERB" and lemma in RECIPROCAL_TALK:
            holders = _unique(holders + (_talk_partners(r, pred) or _counterpart(r, pred, holders)))
        return _Claim(stance, holders, pred.idx)

    def welcomed_together(self, verb, holders: list[str]) -> bool:
        """ "The two ministers welcomed the opening of the border markets", "Chad and Niger welcomed the signing
        of the trade accord": the sides of a bilateral text welcoming together what is between them tell a
        step they agreed (not mediators welcoming others' step, nor one side another's)."""
        if verb.lemma_.lower() not in WELCOMING or len(holders) < 2 or set(holders) & set(self.r.mediators):
            return False
        subj = _subject(verb)
        if subj is None or _agent(verb) is not None:
            return False
        together = any(c.dep_ == "conj" for c in subj.children) or _group_noun(subj) or (
            _pronoun(subj) in PRONOUN_GROUP)
        if not together or not any(set(ps) == set(holders) for _, ps in self.r.sides):
            return False  # the welcomers must be a pair of sides the article reports together
        # "welcomed progress in the talks between C and D": a step of others
        welcomed = [t for c in verb.children if c.dep_ in {"dobj", "ccomp"} for t in c.subtree]
        return not any(p not in holders for t in welcomed if t.pos_ == "PROPN"
                       for p in self.r.parties_between(t.idx, t.idx + len(t.text)))

    def nominal(self, noun, stance: str) -> _Claim | None:
        """A stance noun: "Trump's proposal", "the agreement between A and B"."""
        r = self.r
        owners = _owners(r, noun)
        if stance == "agree":
            if any(c.lower_ in TENTATIVE for c in noun.children):
                # "a draft deal sent by the mediators": a proposal of its authors
                owners = owners or self.light_verb_subject(noun)  # "sent a draft deal"
                return _Claim("propose", owners, noun.idx) if owners else None
            head = noun.head
            while head.dep_ == "prep" and head.head.i != head.i:
                head = head.head
            partners = _partners(r, noun)
            desire = _governing_desire(head) if head.lemma_.lower() in AGREEMENT_VERBS else None
            if desire is not None:
                # "hope to sign a deal on X", "aiming to conclude the agreement for X": sought, not yet made
                if _negated(desire) or desire.lemma_.lower() in REFUSE | UNWILLING:
                    return None
                holders = r.holder(desire) or r.reporter(desire)
                return _Claim("propose", holders, desire.idx) if holders else None
            if head.lemma_.lower() in AGREEMENT_VERBS and not _negated(head) and not (_modals(head) & HYPOTHETICAL):
                subj = _agent(head) or _subject(head)
                holders = _unique((r.np_parties(subj) if subj is not None else []) + owners + partners)
                return _Claim("agree", holders, noun.idx) if len(holders) >= 2 else None
            if len(owners) >= 2 or (owners and partners):
                return _Claim("agree", _unique(owners + partners), noun.idx)
            return None
        if noun.lemma_.lower() in PLEDGE_NOUNS and noun.head.lemma_.lower() in RENEW:
            return None  # "reaffirmed its commitment to X": a formula, read as a joint undertaking or not at all
        if stance == "propose" and noun.lemma_.lower() in PLEDGE_NOUNS and _thanked_for(noun):
            stance = "support"  # "thanked Kenya for its commitment to the talks": a backer thanked
        if not owners and stance not in {"agree", "discuss"}:
            # "Kenya voiced support for ...", "made a proposal": not "held talks on ...", whose holders
            # annotators split between support and discuss
            owners = self.light_verb_subject(noun)
        if stance == "discuss":
            # "talks between A and B", "issues, he says: ...", "part of the talks, Trump said"
            holders = _unique(owners + _partners(r, noun)) or r.reporter(noun, paragraph=False)
            return _Claim("discuss", holders, noun.idx) if holders else None
        if not owners:
            return None
        return _Claim(stance, owners, noun.idx)


    def light_verb_subject(self, noun) -> list[str]:
        """The subject of a verb that only carries a stance noun ("voiced support", "made a proposal")
        holds it."""
        verb = noun.head
        if noun.dep_ == "pobj" and verb.lower_ == "with" and verb.dep_ == "prep":
            # "came to the talks with a proposal for X": whoever brings it holds it (not "agreed with X")
            verb = verb.head
            if verb.dep_ == "pobj" and verb.head.dep_ == "prep":
                verb = verb.head.head  # "with" hung on the place: "came [to the talks with a proposal]"
            if verb.pos_ != "VERB":
                return []
            if _negated(verb) or _lexical_stance(verb) is not None or verb.lemma_.lower() not in BRINGING:
                return []
            subj = _subject(verb)
            return self.r.np_parties(subj) if subj is not None else []
        if noun.dep_ == "attr" and verb.lemma_.lower() == "be" and noun.lemma_.lower() in AGENT_NOUNS and not _negated(verb):
            subj = _subject(verb)  # "Kenya is a steadfast supporter of X"
            return self.r.np_parties(subj) if subj is not None else []
        if noun.dep_ != "dobj" or verb.pos_ != "VERB" or _negated(verb):
            return []
        if verb.lemma_.lower() not in LIGHT_VERBS and noun.lower_ not in {"importance", "necessity"}:
            return []
        if noun.lemma_.lower() == "call" and not any(c.lower_ == "for" for c in noun.children):
            return []  # "held a video call with ...": a conversation, not a call for anything
        subj = _subject(verb)  # "Zelenskyy emphasized the importance of ..."
        return self.r.np_parties(subj) if subj is not None else []


# Verbs of talking something over that take two sides: "discussed X with B" is B's discussion too (not
# "raised X with B", whose hearer may only listen).
RECIPROCAL_TALK = frozenset("discuss negotiate debate review explore talk".split())
# Verbs of meeting whose purpose clause says what the meeting talked over: "met B to discuss X".
MEETING = frozenset("meet speak talk call phone host receive hold convene".split())
# Those met by the verb's object: "met B", "hosted B", "called B" (not "held talks").
MET_OBJECT = frozenset("meet host receive call phone".split())


def _talk_partners(reader: _Reader, verb) -> list[str]:
    """Those a talk was held with: "discussed X with B", and, for the purpose of a meeting, those met ("met
    with B to discuss X", "met B in C to discuss X", "held talks with B to review X")."""
    out = _partners(reader, verb)
    # "discussed the ceasefire with B": the parser hangs "with B" on the item
    out += [p for c in verb.children if c.dep_ == "dobj" for g in c.children if g.dep_ == "prep" and g.lower_ == "with"
            for x in g.children if x.dep_ == "pobj" for p in reader.np_parties(x)]
    head = verb.head
    if (verb.dep_ in {"xcomp", "advcl"} and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
            and head.pos_ == "VERB" and head.lemma_.lower() in MEETING and not _negated(head)):
        out += _partners(reader, head)
        for c in head.children:
            if c.dep_ == "dobj" and head.lemma_.lower() in MET_OBJECT:
                out += reader.np_parties(c)  # "met B"
            elif c.dep_ == "dobj" and c.lemma_.lower() in SETTINGS:  # "held talks with B"
                out += [p for g in c.children if g.dep_ == "prep" and g.lower_ == "with"
                        for x in g.children if x.dep_ == "pobj" for p in reader.np_parties(x)]
    return _unique(out)


def _counterpart(reader: _Reader, verb, holders: list[str]) -> list[str]:
    """ "Readout: the President's call with President Ruiz of Peru. ... The President also discussed X": in an
    official text telling a call or meeting, one side discussing with nobody named discusses with the other side
    (the pair with that side the text reports most often before, the later on a tie)."""
    if len(holders) != 1 or not reader.authors or _negated(verb) or _subject(verb) is None:
        return []
    pairs = [parties for at, parties in reader.sides if at < verb.idx and len(parties) == 2 and holders[0] in parties]
    if not pairs:
        return []
    tally = {frozenset(p): sum(set(q) == set(p) for q in pairs) for p in pairs}
    best = max(reversed(pairs), key=lambda p: tally[frozenset(p)])
    return [p for p in best if p != holders[0]]


def _charge_beside(verb) -> bool:
    """ "A rejected the plan and accused B of breaking the truce", "were ready to talk and blamed B for X": a charge
    joined to a stance is a second predicate, and what it charges is not what the stance is on."""
    return (verb.dep_ == "conj" and verb.pos_ == "VERB" and verb.lemma_.lower() in ACCUSING
            and verb.head.pos_ in {"VERB", "AUX"})


def _pending(pred) -> bool:
    """ "has not yet accepted", "has yet to accept": a step still awaited, neither taken nor refused."""
    if any(c.lower_ == "yet" for c in pred.children) and _negated(pred):
        return True
    return pred.dep_ == "xcomp" and pred.head.lemma_.lower() == "have" and any(c.lower_ == "yet"
                                                                              for c in pred.head.children)


def _second_complement(verb) -> bool:
    """ "agreed that the border would reopen and that flights would resume": a second "that" clause joined to
    a first one hangs on the same stance verb, so the stance is on the second too."""
    first = verb.head
    return (any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)
            and first.dep_ == "ccomp" and _lexical_stance(first.head) is not None
            and first.head.lemma_.lower() not in SPEECH  # what is only said is read from its own clause
            and not any(c.dep_ == "cc" and c.lower_ in {"but", "yet"} for c in verb.children))


def _contrasted(tok) -> bool:
    """ "a victory, not peace talks"; "to an elected government, not to a transitional one": the item set against
    what is wanted (the parser hangs the "not" on the wanted noun or on the second preposition)."""
    if tok.dep_ == "appos":
        return any(c.dep_ == "neg" and tok.head.i < c.i < tok.i for c in tok.head.children)
    return tok.dep_ == "prep" and any(c.dep_ == "neg" and c.i < tok.i for c in tok.children)


# Verbs of welcoming a step: said together by the sides of a step between them, they tell it agreed.
WELCOMING = frozenset("welcome hail applaud".split())


# Verbs of lasting: an item said to hold or continue is in force.
PERSISTING = frozenset("hold continue last remain persist sustain stay endure survive".split())


def _persists(tok) -> bool:
    """ "if the truce holds", "as long as the occupation continues", "if de-escalation is sustained"."""
    return tok.dep_ in {"nsubj", "nsubjpass"} and tok.head.lemma_.lower() in PERSISTING


def _truce_partners(reader: _Reader, verb) -> list[str]:
    """ "signed a truce with B": the side a truce was made with."""
    return [p for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in TRUCE_NOUNS
            for g in c.children if g.dep_ == "prep" and g.lower_ in {"with", "between"}
            for x in g.children if x.dep_ == "pobj" for p in reader.np_parties(x)]


def _thanked_for(noun) -> bool:
    """ "thanked Kenya for its commitment", "expressed gratitude to Kenya for its commitment"."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "for":
        return False
    head = noun.head.head
    return head.lemma_.lower() in GRATITUDE or any(c.dep_ == "dobj" and c.lemma_.lower() in GRATITUDE
                                                    for c in head.children)


def _under_speech(node) -> bool:
    """Whether a clause is what someone says: a speech verb within three clause heads above it."""
    head = node
    for _ in range(3):
        if head.dep_ not in {"ccomp", "conj"} or head.head.i == head.i:
            return False
        head = head.head
        if head.lemma_.lower() in SPEECH:
            return True
    return False


def _on_condition(verb) -> bool:
    """A clause that holds only if another does: "the truce will begin on Friday if both armies pull back"."""
    return any(c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in CONDITIONAL_MARKS for g in c.children)
               for c in verb.children)


def _reported_joint(node):
    """The speakers of "A and B said they would meet again in May", whose "they" are they themselves: the
    subject of the verb of saying, when the clause's own subject is "they" or "we" (None otherwise)."""
    own = next((c for c in node.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    while own is None and node.dep_ == "conj":  # "they will not X and would hold Y": the first verb's subject
        node = node.head
        own = next((c for c in node.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if node.dep_ != "ccomp" or node.head.lemma_.lower() not in SPEECH:
        return None
    if own is None or _pronoun(own) not in PRONOUN_GROUP | PRONOUN_FIRST:
        return None
    speaker = next((c for c in node.head.children if c.dep_ == "nsubj"), None)
    if speaker is None or speaker.pos_ == "PRON":
        return None
    return speaker


def _kept_to(pred, child, item) -> bool:
    """ "Kenya remains committed to the truce", "is committed to the accord": a pledge to a deal already
    made, named as such ("the truce", "their accord"; not "committed to a truce", still to be reached)."""
    if pred.lemma_.lower() not in {"committed", "commit"} or child.dep_ != "prep" or child.lower_ != "to":
        return False
    if pred.lemma_.lower() == "commit" and pred.tag_ != "VBN":
        return False
    if item.lemma_.lower() not in TRUCE_NOUNS | AGREEMENT_NOUNS:
        return False
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in {"the", "this", "that"}) for c in item.children)
