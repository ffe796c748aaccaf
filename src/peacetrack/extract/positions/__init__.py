"""Positions: which party stands where on which provision, and each provision's status.

Read one sentence at a time, with the dependency parse:

1. Provision mentions come from the vocabulary's cues (provisions.py); a deal
   named again ("this deal") stands for the items it was said to cover, and the
   items of a list complete the sentence that leads into it ("A and B will
   jointly seek to: - X - Y").
2. From each mention the parse is climbed to the predicates that govern it
   ("rejected [a proposal [for a ceasefire]]"), and the clauses attached to it
   are read too ("sanctions, which the rebels dismissed"; "X - demands
   rejected by the army"). A stance predicate is a verb ("agreed", "ruled out"), a noun
   ("proposal", "demands") or an adjective ("ready to", "open to"). The climb
   stops where a stance would no longer be about the item: a relative clause,
   a circumstance ("after talks", "in talks"), another clause of a coordination,
   the item being the one who acts.
3. The stance comes from the predicate's lemma, then from its scope: negation
   ("have not agreed" agrees nothing, "will not accept" rejects), modality
   ("could agree" proposes), "in principle" (one side supports, two agree), a desire or pressure
   above it ("wants the rebels to agree": the one who wants proposes), a condition
   ("if it agrees": nothing), an obligation ("Europe must provide ...": whoever
   says so proposes), a possibility or an impossibility in reported speech
   ("the minister said the region could be placed under ...", "the envoy said
   it won't happen"), a condition set for something else ("only after sanctions are
   lifted": whoever sets it demands it).
4. The holder is the predicate's subject (through control: "urged the rebels
   to agree"), its passive agent ("rejected by the army"), the owner of a noun
   ("the president's proposal", "the Kenyan proposal", "a proposal from the
   mediators"), with coordination ("Chad and the rebels"). Pronouns and group nouns ("both
   sides", "the two leaders") are resolved to the parties named before them;
   "we" to the speaker of the quote, or, in an official statement, to its
   authors (the title's "from ..."/"by ...", a signatory list, a signature
   block). A person stands for their party; where a report was filed
   ("NAIROBI, Kenya (AP) -") names no party.
5. An agreement binds every party to it: all its subjects and those it was
   made "with"; one party agreeing alone accepts another's proposal (support).
   In a joint declaration every stance of its signatories is an agreement. A
   sentence opening on a deal made ("Under the deal, ...") states its terms:
   the deal's parties agree to what it names (terms.py).
6. A bare answer ("A wants a truce, but B has refused"; "A proposed talks. B
   agreed.") answers what its own or the previous sentence proposed.
7. An exchange of captives the events stage found carried out ("the government
   and the rebels swapped 300 detainees") is a deal its parties kept: each
   agrees to the prisoner exchange, and the exchange is implemented.

Sequencing words give the stage of a plan ("starting with X; after that Y":
X stage 1, Y stage 2), and "only if", "on condition that", "only after" ...
the condition, as written. Each provision's status follows its strongest
stance and what the clauses around its mentions report done to it (signed,
enacted, broken, talked over); see `status_of`.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from ...records import Event, Position, Status
from ..actors import ActorIndex
from ..parties import is_movement
from ..provisions import ProvisionMention, find_provisions
from .lexicon import DENIED_BEFORE, ITEM_MARKER, RULED_OUT_AFTER, STANCE_RANK, TALKING, TOPIC_STANCES
from .happened import _deal_signed_before, _exchanges_kept, _sides
from .reported import _held
from .status import _StatusCues, status_of, talked_over, unsettled
from .syntax import _lexical_stance, _modals, _negated, _span
from .holders import _Reader
from .walker import _Claim, _Walker
from .plans import _Deals, _condition_for, _plan_authors, _stage_of, bare_answers
from .terms import deal_parties, set_out_by_deal
from .again import named_again


# --------------------------------------------------------------------------- the article


LIST_ITEM = re.compile(r"^\s*" + ITEM_MARKER + r"(?:\s+|$)")


def find_positions(doc, index: ActorIndex, evidence: Callable[[int, int], Any],
                   happened: Sequence[Event] = ()) -> tuple[list[Position], list[Status]]:
    """Positions and statuses of a parsed article; `evidence(start, end)` makes an Evidence;
    `happened` are the article's events (exchanges carried out bear on the prisoner exchange)."""
    reader = _Reader(doc, index)
    reader.sides = _sides(happened, index)
    walker = _Walker(reader)
    positions: dict[tuple[str, str], Position] = {}
    cues: dict[str, _StatusCues] = {}
    stages: dict[str, int] = {}
    lead: tuple[list[_Claim], set[str]] | None = None  # what a list's lead-in ("... will work together to:") says
    deals = _Deals()
    signing = reader.joint and _reports_signing(doc, reader)
    accepted: dict[str, set[str]] = {}  # who agreed to an item alone: the answer to another's proposal
    acts: dict[str, tuple[int, set[str]]] = {}  # the acts asked for by item ("release"), with the sentence asking
    for n, sent in enumerate(doc.sents):
        text = sent.text
        new_line = sent.start == 0 or "\n" in doc[sent.start - 1].text_with_ws or doc[sent.start - 1].is_space
        item = bool(LIST_ITEM.match(text))
        if new_line and not item:
            lead = None
        if text.rstrip().endswith(":"):
            lead = walker.lead_in(sent)
        mentions = [m for m in find_provisions(text) if not _a_states_own(sent, m, reader)]
        mentions += deals.refer(sent, mentions)
        recent = {p: lemmas for p, (at, lemmas) in acts.items() if n - at <= 3}
        mentions += _refused_acts(sent, mentions, recent)  # "A asked B to release them. [...] B ruled out any release."
        mentions += named_again(sent, mentions)  # "A swap of detainees [...]. The swap took place on Friday."
        before = deals.proposed if deals.proposed_age == 1 else ()  # what the sentence before proposed
        if not mentions:
            if before:  # "B refused.", answering the sentence before
                _answer(positions, accepted, bare_answers(sent), before, reader, evidence(sent.start_char, sent.end_char))
            continue
        stages["sent"] = n
        ev = evidence(sent.start_char, sent.end_char)
        authors = _plan_authors(sent, reader)
        terms = deal_parties(sent, reader, happened, index)  # "Under the deal, ...": its parties agree
        proposed: list[str] = []  # what this sentence proposes, which the next one may answer
        for pm in mentions:
            claims = walker.claims(sent, pm) + walker.dash_summary(sent, pm) + walker.comma_summary(sent, pm)
            if pm.provision != "negotiation_process":
                claims = [_as_topic(c, sent, pm) for c in claims]
            # a deal said to stand is one its reporters are party to: "both say the truce has held"
            standing = _standing(sent, pm, reader)
            claims = standing or claims
            # "not up for negotiation" names talks, where "there will be no talks" refuses them
            if pm.provision != "negotiation_process" or DENIED_BEFORE.search(text[:pm.start]):
                # the idiom outweighs a modal reading of the clause: "there could be no truce" rejects it
                claims = _ruled_out(sent, pm, reader) or claims
            span = _span(sent, pm)
            bound = terms or (set_out_by_deal(span, reader, happened, index) if span is not None else [])
            if bound:  # a term of a deal made: "Under the deal, ...", "The accord provides for ..."
                claims = claims + [_Claim("agree", bound, sent.start_char + pm.start)]
            if not claims and authors and not _names_authors(span, authors, reader):
                # "The plan, drafted by A and B, starts with X": what a plan holds, its authors propose (not the
                # mention that names them: "a proposal put forward by mediators")
                claims = [_Claim("propose", authors, sent.start_char + pm.start)]
            question = text.strip().rstrip("\"\u201d'\u2019").endswith("?")
            if question and reader.in_quote(sent.start_char + pm.start) is None:
                claims = []  # the writer's question ("Will A accept the truce?") takes no one's stance
            events = walker.events(sent, pm) if not question else set()  # a question reports nothing done
            if lead is not None and not text.rstrip().endswith(":"):
                # a list item completes its lead-in: "A and B will jointly seek to: - X"
                claims = [_Claim(c.stance, c.parties, sent.start_char + pm.start) for c in lead[0]] or claims
                events = events | lead[1]
            if pm.provision != "negotiation_process" and (talked_over(text, pm.start, pm.end)
                                                          or unsettled(text, pm.start, pm.end)):
                events = events | {"negotiating"}
            if standing:
                events = events | {"kept"}  # a deal said to stand is in force
            if reader.signed and any(c.stance == "agree" for c in claims):
                events = events | {"signed"}
            if bound and _deal_signed_before(sent.start_char, happened, index):
                events = events | {"signed"}  # a term of a deal told signed: "They signed a treaty. Under it, ..."
            cues.setdefault(pm.provision, _StatusCues()).note(text, ev, events, walker.nearest(sent, pm), pm)
            if not claims and reader.joint and not pm.weak and _binding(sent, reader):
                # "X shall ..." in a joint text: a term its authors agreed on
                claims = [_Claim("agree", list(reader.authors), sent.start_char + pm.start)]
            if (not claims and reader.declaration and not pm.weak
                    and reader.in_quote(sent.start_char + pm.start) is None):
                # what a signed declaration says, its signatories agree to
                claims = [_Claim("agree", list(reader.authors), sent.start_char + pm.start)]
                if reader.signed:
                    cues[pm.provision].signed = True
            if signing and any(c.stance == "agree" and set(c.parties) & set(reader.authors) for c in claims):
                cues[pm.provision].signed = True  # what the authors of a joint text on their signing agree on
            for claim in claims:
                if _accepts(doc, claim, _span(sent, pm)):
                    accepted.setdefault(pm.provision, set()).update(claim.parties)
                stance = claim.stance
                if (pm.provision == "negotiation_process" and stance == "support" and _offers_talks(doc, claim)
                        and not _proposed_by_others(positions, pm.provision, claim.parties)):
                    stance = "propose"  # "A is ready for talks", no one having offered them: A offers them
                if "propose" in {claim.stance, stance} and claim.parties:
                    proposed.append(pm.provision)  # which the next sentence may answer ("B rejected the idea")
                    lemmas = acts[pm.provision][1] if pm.provision in acts else set()
                    acts[pm.provision] = (n, lemmas | _acts(span))  # which a later refusal may name
                if reader.declaration and stance in {"propose", "support"} and set(claim.parties) & set(reader.authors):
                    stance = "agree"
                plan = stance in {"propose", "support", "agree"}
                stage = _stage_of(text, pm.start, stages) if plan else None
                condition = _condition_for(text, claim.at - sent.start_char, pm) if plan else None
                for party in claim.parties:
                    _keep(positions, Position(pm.provision, party, stance, condition=condition, stage=stage,
                                              evidence=ev))
        if proposed:  # answered after it in the same sentence: "A wants a truce, but B has refused"
            first = min(sent.start_char + pm.start for pm in mentions if pm.provision in proposed)
            _answer(positions, accepted, [a for a in bare_answers(sent) if a[0].idx > first], proposed, reader, ev)
            deals.propose(proposed)
        elif before:
            _answer(positions, accepted, bare_answers(sent), before, reader, ev)
    _answered(positions, accepted)
    _exchanges_kept(happened, index, positions, cues, _keep)
    statuses = []
    for provision, c in cues.items():
        stances: dict[str, set[str]] = {}
        for p in positions.values():
            if p.provision == provision:
                stances.setdefault(p.stance, set()).add(p.party)
        statuses.append(Status(provision, status_of(provision, stances, c), c.evidence))
    return list(positions.values()), statuses


def _acts(span) -> set[str]:
    """The lemmas of what a mention names and of the act it is the object of: "to release the detainees" (release,
    detainee), "if the troops withdrew" (troop, withdraw); stance words are left out ("demanded X" asks for X)."""
    if span is None:
        return set()
    words = list(span)
    if span.root.dep_ in {"dobj", "nsubj", "nsubjpass"} and span.root.head.pos_ == "VERB":
        words.append(span.root.head)
    return {t.lemma_.lower() for t in words if t.pos_ in {"NOUN", "VERB"} and _lexical_stance(t) is None}


def _names_act(noun: str, act: str) -> bool:
    """ "release" names release; "withdrawal" names withdraw; "deployment" names deploy."""
    return noun == act or (noun.startswith(act.rstrip("e")) and len(noun) - len(act) <= 4)


def _refused_acts(sent, mentions, acts: dict[str, set[str]]) -> list[ProvisionMention]:
    """ "A called on B to release the detainees. B ruled out any release.": a refusal of the act just asked for,
    named by its noun alone, refuses the item it was asked for (not "ruled out a release of journalists",
    a noun with an item of its own)."""
    out: list[ProvisionMention] = []
    for t in sent:
        if t.pos_ != "NOUN" or t.dep_ not in {"dobj", "nsubjpass"} or any(
                c.dep_ == "prep" and c.lower_ in {"of", "for"} for c in t.children):
            continue
        verb = t.head
        if verb.pos_ != "VERB" or _lexical_stance(verb) != "reject" or _negated(verb):
            continue
        at = t.idx - sent.start_char
        if any(m.start <= at < m.end for m in mentions):
            continue
        out += [ProvisionMention(p, at, at + len(t.text)) for p, lemmas in acts.items()
                if any(_names_act(t.lemma_.lower(), a) for a in lemmas)]
    return out + _recognition_refused(sent, mentions)


def _recognition_refused(sent, mentions) -> list[ProvisionMention]:
    """ "Serbia will never recognise Kosovo", "refused to recognise Kosovo": a state's recognition withheld is
    the territorial question refused, named by the state alone (its recognition granted is read elsewhere)."""
    out: list[ProvisionMention] = []
    for t in sent:
        verb = t.head
        if t.dep_ != "dobj" or t.ent_type_ != "GPE" or verb.lemma_.lower() not in {"recognise", "recognize"}:
            continue
        if not (_negated(verb) or (verb.dep_ == "xcomp" and verb.head.lemma_.lower() in {"refuse", "decline"})):
            continue
        at = t.idx - sent.start_char
        if not any(m.start <= at < m.end for m in mentions):
            out.append(ProvisionMention("territory", at, at + len(t.text)))
    return out


# Weak cues that, said of a state ("Norland's independence"), name what it has, not a claim on the table.
STATE_ATTRIBUTES = frozenset({"independence"})


def _a_states_own(sent, pm, reader: _Reader) -> bool:
    """ "Kenya's long-term independence" is the state's standing, no item; "independence for the north" is."""
    if not pm.weak:
        return False
    span = sent.doc.char_span(sent.start_char + pm.start, sent.start_char + pm.end, alignment_mode="expand")
    if span is None or span.root.lower_ not in STATE_ATTRIBUTES:
        return False
    owners = [c for c in span.root.children if c.dep_ == "poss"]
    owners += [g for c in span.root.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
               if g.dep_ == "pobj"]
    return any(p and not is_movement(p, reader.introduced) for o in owners for p in reader.np_parties(o))


def _as_topic(claim: _Claim, sent, pm) -> _Claim:
    """ "A and B agreed to open talks on X", "agreed to negotiate X": the agreement is to talk, and X is
    only discussed (the negotiation process itself is read from its own mention)."""
    if claim.stance not in TOPIC_STANCES:
        return claim
    doc = sent.doc
    span = doc.char_span(sent.start_char + pm.start, sent.start_char + pm.end, alignment_mode="expand")
    pred = doc.char_span(claim.at, claim.at + 1, alignment_mode="expand")
    if span is None or pred is None:
        return claim
    if talked_over(sent.text, pm.start, pm.end):
        return _Claim("discuss", claim.parties, claim.at)
    node = span.root
    for _ in range(10):
        if node.head.i == node.i or node.head.i == pred.root.i:
            break
        node = node.head
        if node.lemma_.lower() in TALKING or node.lower_ in TALKING:
            return _Claim("discuss", claim.parties, claim.at)
    return claim


def _names_authors(span, authors: list[str], reader: _Reader) -> bool:
    """Whether a mention is the plan's authors themselves ("a plan put forward by the mediators": "mediators"
    is who put it forward, not an item the plan holds)."""
    if span is None:
        return False
    # the mention's own words, not the phrase it heads ("talks on X, part of a UN plan" names no author)
    named = reader.parties_between(span.start_char, span.end_char)
    if not named and span.root.lemma_.lower() in {"mediator", "broker", "facilitator"}:
        named = list(reader.mediators)
    return bool(named) and set(named) <= set(authors)


def _reports_signing(doc, reader: _Reader) -> bool:
    """Whether a text reports, as its own main news, a signing: a sentence whose main verb is "signed"
    ("The Parties signed the Agreement in Doha"), outside quotes. "The accord signed last year" is not."""
    for sent in doc.sents:
        root = sent.root
        if (root.lemma_.lower() == "sign" and root.tag_ in {"VBD", "VBN"} and reader.in_quote(root.idx) is None
                and not _negated(root) and not _modals(root)):
            return True
    return False


def _binding(sent, reader: _Reader) -> bool:
    """A sentence stating a term in treaty language: "The Government shall submit ...", outside quotes."""
    return any(t.lower_ == "shall" and t.dep_ == "aux" and t.head.dep_ == "ROOT" and reader.in_quote(t.idx) is None
               for t in sent)


# What a deal in force is said to be: "in force", "in place", "intact", "in effect".
IN_FORCE = frozenset("force place effect intact".split())
# What a deal beyond doubt is said not to be: "not in question", "not in doubt".
IN_DOUBT = frozenset("question doubt jeopardy danger".split())


def _standing(sent, pm, reader: _Reader) -> list[_Claim]:
    """ "Both sides say the truce has held", "A insisted the ceasefire was not in question", "B said the
    deal remained in force": whoever reports a deal standing is a party to it, and agrees to it (a mediator
    reporting it is not)."""
    span = _span(sent, pm)
    if span is None or span.root.dep_ != "nsubj":
        return []
    verb = span.root.head
    if not (_held(verb, span) or _in_force(verb)):
        return []
    holders = [p for p in reader.reporter(verb, paragraph=False) if p not in reader.mediators]
    return [_Claim("agree", holders, sent.start_char + pm.start)] if holders else []


# Marks of a clause still waiting on what it says: "once the truce is in place".
AWAITING = frozenset("once when until if unless before after".split())


def _in_force(verb) -> bool:
    """ "Remained in force", "is still in place", "stayed intact", "was not in question" (not "once it is in
    place")."""
    if verb.lemma_.lower() not in {"be", "remain", "stay"} or _modals(verb):
        return False
    if any(c.dep_ == "mark" and c.lower_ in AWAITING for c in verb.children):
        return False
    words = {g.lower_ for c in verb.children if c.dep_ in {"prep", "acomp"} for g in [c, *c.children]}
    if _negated(verb):
        return bool(words & IN_DOUBT) and "in" in words
    return bool(words & IN_FORCE) and (not words & {"place", "force", "effect"} or "in" in words)


def _ruled_out(sent, pm, reader: _Reader) -> list[_Claim]:
    """ "Our sovereignty is not up for negotiation," X said; "There will be no truce while ...": an idiom that
    rules the item out is a rejection by whoever says it."""
    text = sent.text
    if not (RULED_OUT_AFTER.match(text[pm.end:]) or DENIED_BEFORE.search(text[:pm.start])):
        return []
    at = sent.start_char + pm.start
    tok = sent.doc.char_span(at, sent.start_char + pm.end, alignment_mode="expand")
    holders = reader.reporter(tok.root) if tok is not None else []
    return [_Claim("reject", holders, at)] if holders else []


# Adjectives of readiness which, said of talks no one has yet offered, offer them.
READY = frozenset("ready prepared willing".split())
# Taking part in talks: being ready for it accepts others' talks ("ready to join the talks").
JOINING = frozenset("join attend enter engage participate accept".split())


def _offers_talks(doc, claim: _Claim) -> bool:
    """ "A said it was ready for talks", "ready to return to the table", "ready to mediate": readiness for talks
    themselves, not to join or accept others' ("ready to join the talks", "ready to engage in dialogue")."""
    pred = doc.char_span(claim.at, claim.at + 1, alignment_mode="expand")
    if pred is None or pred.root.pos_ != "ADJ" or pred.root.lower_ not in READY:
        return False
    return not any(c.dep_ == "xcomp" and c.lemma_.lower() in JOINING for c in pred.root.children)


def _proposed_by_others(positions: dict[tuple[str, str], Position], provision: str, parties: list[str]) -> bool:
    """Whether a party other than `parties` has already proposed or agreed to an item in the text."""
    return any(p.provision == provision and p.stance in {"propose", "agree"} and p.party not in parties
               for p in positions.values())


def _accepts(doc, claim: _Claim, span) -> bool:
    """ "B agreed to the truce", one party alone and outright (not "in principle", not "could agree"), the
    item in what the verb itself governs (not "agreed on X but split over Y"): the answer to a proposal,
    which the walker reads as support."""
    if claim.stance != "support" or len(claim.parties) != 1 or span is None:
        return False
    pred = doc.char_span(claim.at, claim.at + 1, alignment_mode="expand")
    if pred is None or pred.root.lemma_.lower() != "agree" or pred.root.pos_ != "VERB":
        return False
    verb = pred.root
    if span.root not in set(verb.subtree) or any(span.root in set(c.subtree) for c in verb.children
                                                  if c.dep_ == "conj"):
        return False
    return (not _modals(verb) and verb.tag_ in {"VBD", "VBN", "VBZ", "VBP"}
            and not any(t.lower_ == "principle" for t in verb.subtree))


def _answered(positions: dict[tuple[str, str], Position], accepted: dict[str, set[str]]) -> None:
    """A proposal one party made and another agreed to is a deal between them: both agree ("A proposed a
    truce; B agreed to it"), unless a third party rejects it (a deal the other side refuses settles nothing)."""
    for provision, parties in accepted.items():
        held = [p for (prov, _), p in positions.items() if prov == provision]
        proposers = [p for p in held if p.stance == "propose" and p.party not in parties]
        if not proposers or any(p.stance == "reject" for p in held):
            continue
        for p in proposers + [positions[(provision, party)] for party in parties
                              if positions.get((provision, party)) and positions[(provision, party)].stance == "support"]:
            p.stance = "agree"


def _answer(positions: dict[tuple[str, str], Position], accepted: dict[str, set[str]], answers, items,
            reader: _Reader, ev) -> None:
    """Bare answers to what was just proposed: "A wants a truce, but B has refused" (B rejects the truce), "A
    proposed talks. B agreed." (B accepts them). Those who proposed an item do not answer it."""
    for verb, stance in answers:
        subj = next(c for c in verb.children if c.dep_ == "nsubj")
        for provision in items:
            proposers = {p.party for p in positions.values() if p.provision == provision and p.stance == "propose"}
            if not proposers:
                continue
            for party in reader.np_parties(subj):
                if party in proposers:
                    continue
                _keep(positions, Position(provision, party, stance, evidence=ev))
                if verb.lemma_.lower() == "agree":
                    accepted.setdefault(provision, set()).add(party)


def _keep(positions: dict[tuple[str, str], Position], pos: Position) -> None:
    """One position per (provision, party): the strongest stance wins; a plan's stage and
    condition are kept from whichever sentence stated them."""
    key = (pos.provision, pos.party)
    prev = positions.get(key)
    if prev is None:
        positions[key] = pos
        return
    if STANCE_RANK[pos.stance] > STANCE_RANK[prev.stance]:
        pos.stage = pos.stage or (prev.stage if prev.stance in {"propose", "support"} else None)
        pos.condition = pos.condition or prev.condition
        positions[key] = pos
    else:
        prev.stage = prev.stage or (pos.stage if pos.stance == prev.stance else None)
        prev.condition = prev.condition or (pos.condition if pos.stance == prev.stance else None)
