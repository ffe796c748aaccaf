"""Positions: which party stands where on which provision, and each provision's status.

Read one sentence at a time, with the dependency parse:

1. Provision mentions come from the vocabulary's cues (provisions.py); a deal
   named again ("this deal") stands for the items it was said to cover, and the
   items of a list complete the sentence that leads into it ("the US and
   Ukraine will work together to: - X - Y").
2. From each mention the parse is climbed to the predicates that govern it
   ("rejected [a proposal [for a ceasefire]]"), and the clauses attached to it
   are read too ("sanctions, which Kyiv dismissed"; "X - demands rejected by
   Kyiv"). A stance predicate is a verb ("agreed", "ruled out"), a noun
   ("proposal", "demands") or an adjective ("ready to", "open to"). The climb
   stops where a stance would no longer be about the item: a relative clause,
   a circumstance ("after talks", "in talks"), another clause of a coordination,
   the item being the one who acts.
3. The stance comes from the predicate's lemma, then from its scope: negation
   ("have not agreed" agrees nothing, "will not accept" rejects), modality
   ("could agree" proposes), "in principle" (supports), a desire or pressure
   above it ("wants Russia to agree": the one who wants proposes), a condition
   ("if it agrees": nothing), an obligation ("Europe must provide ...": whoever
   says so proposes), a possibility or an impossibility in reported speech
   ("Putin said Ukraine could be placed under ...", "Trump said it won't
   happen"), a condition set for something else ("only after sanctions are
   lifted": whoever sets it demands it).
4. The holder is the predicate's subject (through control: "urged Russia to
   agree"), its passive agent ("rejected by Kyiv"), the owner of a noun
   ("Trump's proposal", "the U.S. proposal", "a proposal from the mediators"),
   with coordination ("Russia and Ukraine"). Pronouns and group nouns ("both
   sides", "the two leaders") are resolved to the parties named before them;
   "we" to the speaker of the quote, or, in an official statement, to its
   authors (the title's "from ..."/"by ...", a signatory list, a signature
   block). A person stands for their party; where a report was filed
   ("KYIV, Ukraine (AP) -") names no party.
5. An agreement binds every party to it: all its subjects and those it was
   made "with"; one party agreeing alone accepts another's proposal (support).
   In a joint declaration every stance of its signatories is an agreement.

Sequencing words give the stage of a plan ("starting with X; after that Y":
X stage 1, Y stage 2), and "only if", "on condition that", "only after" ...
the condition, as written. Each provision's status follows its strongest
stance and what the clauses around its mentions report done to it (signed,
enacted, broken, talked over); see `status_of`.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from ..records import Position, Status
from .actors import ActorIndex
from .parties import find_parties
from .provisions import ProvisionMention, find_provisions
from .quotes import find_quotes

STANCE_RANK = {"agree": 5, "reject": 4, "propose": 3, "support": 2, "discuss": 1}

# --------------------------------------------------------------------------- lexicon

# Verbs by lemma. Verbs that need a particle or preposition to carry a stance
# ("call for", "rule out") are in PHRASAL.
VERBS: dict[str, str] = {
    **dict.fromkeys("agree sign finalize finalise seal ink".split(), "agree"),
    **dict.fromkeys("reject refuse dismiss oppose veto rebuff spurn resist forget".split(), "reject"),
    **dict.fromkeys("propose suggest demand urge insist offer float seek want request advocate condition "
                    "threaten pitch envisage envision wish prefer outline".split(), "propose"),
    **dict.fromkeys("support back welcome endorse accept favour favor approve embrace applaud commend hail".split(),
                    "support"),
    **dict.fromkeys("discuss negotiate raise address review debate mention explore consider".split(), "discuss"),
}
# lemma -> {particle or preposition: stance}
PHRASAL: dict[str, dict[str, str]] = {
    "call": {"for": "propose", "on": "propose"},
    "push": {"for": "propose"},
    "press": {"for": "propose"},
    "ask": {"for": "propose"},
    "rule": {"out": "reject"},
    "turn": {"down": "reject"},
    "back": {"out": "reject", "away": "reject"},
    "put": {"forward": "propose"},
    "lay": {"out": "propose"},
    "set": {"out": "propose"},
    "stand": {"with": "support", "behind": "support", "by": "support"},
    "talk": {"about": "discuss", "on": "discuss", "over": "discuss"},
    "touch": {"on": "discuss", "upon": "discuss"},
    "focus": {"on": "discuss"},
    "work": {"on": "discuss", "out": "discuss"},
    "sign": {"up": "support"},
}
NOUNS: dict[str, str] = {
    **dict.fromkeys("proposal plan demand call offer initiative suggestion insistence bid request ultimatum roadmap "
                    "idea push importance necessity".split(), "propose"),
    # conditions set for an item accept it on terms
    **dict.fromkeys("condition conditions precondition preconditions".split(), "support"),
    **dict.fromkeys("agreement deal accord understanding treaty".split(), "agree"),
    **dict.fromkeys("support backing acceptance readiness willingness endorsement".split(), "support"),
    **dict.fromkeys("rejection refusal opposition veto".split(), "reject"),
    **dict.fromkeys("talk talks negotiation negotiations discussion discussions consultation consultations "
                    "dialogue issue issues question questions concern concerns topic topics".split(), "discuss"),
}
# Predicative adjectives: "ready to", "open to", "in favour of", "opposed to".
ADJECTIVES: dict[str, str] = {
    **dict.fromkeys("ready willing prepared open keen eager interested".split(), "support"),
    **dict.fromkeys("determined committed".split(), "propose"),  # a pledge to act
    "opposed": "reject",
    "unacceptable": "reject",
}
# Verbs of speaking and thinking: whoever says an obligation holds it.
SPEECH = frozenset("""say tell add write note insist acknowledge announce argue claim confirm declare explain state
    stress emphasize emphasise warn reiterate affirm reaffirm underscore underline believe think consider suggest
    propose hope assert maintain""".split())
# Desire and pressure: "wants Russia to agree" is a proposal of whoever wants.
DESIRE = frozenset("want urge call press push ask demand insist expect hope encourage pressure persuade need wish "
                   "force compel".split())
REFUSE = frozenset("refuse reject decline".split())
HYPOTHETICAL = frozenset("could would might may can will shall".split())
OBLIGATION = frozenset("must should ought".split())
# Participles that say who made a proposal: "put forward by", "American-proposed".
AUTHORING = frozenset("put propose make issue present submit table float offer lay set pitch broker draft send "
                      "outline suggest".split())
# Occasions: "in talks", "at the summit" say where a stance was taken.
SETTINGS = frozenset("talk talks negotiation negotiations meeting meetings summit call conversation session round "
                     "consultation consultations".split())
POSSESSION = frozenset("have enjoy receive win gain".split())
# Nouns for a deal or a plan: a later "this deal" stands for the items it was said to cover.
DEAL_NOUNS = frozenset("agreement deal accord understanding treaty arrangement framework plan proposal package "
                       "roadmap initiative".split())
PROSPECTIVE = frozenset("prepare plan intend expect going likely".split())
CIRCUMSTANCE = frozenset("after before following during since amid despite".split())
CONDITIONAL_MARKS = frozenset("if unless whether until".split())
PROPOSAL_NOUNS = frozenset("proposal plan idea offer initiative suggestion proposals plans".split())
AGREEMENT_VERBS = frozenset("reach sign strike conclude seal finalize finalise clinch announce broker "
                            "implement".split())
AGREEMENT_NOUNS = frozenset("agreement deal accord understanding treaty arrangement truce".split())
TENTATIVE = frozenset("draft proposed potential possible future prospective new".split())
GROUP_HEADS = frozenset("side sides party parties leader leaders president presidents country countries nation nations "
                        "delegation delegations government governments".split())
PARTY_ROLES = frozenset("negotiator mediator official delegation representative envoy leader counterpart "
                        "government side party team".split())
GROUP_DETS = frozenset("both two three the all".split())
JOINT_FUTURE = frozenset("commit pledge vow resolve decide".split())
RENEW = frozenset("reaffirm reiterate renew confirm restate".split())  # "reaffirmed their commitment to X"
PLEDGE_NOUNS = frozenset("commitment pledge resolve determination".split())

DASHES = frozenset({"\u2014", "\u2013", "-", "--"})

PRONOUN_PERSON = frozenset("he him his she her hers".split())
PRONOUN_GROUP = frozenset("they them their theirs".split())
PRONOUN_THING = frozenset("it its".split())
PRONOUN_FIRST = frozenset("we us our ours i me my".split())

# Sentence cues for status: a signature, talks that took place.
SIGNED = re.compile(r"\b(?:signed|signing|signature|undersigned)\b", re.I)
TALKS_HELD = re.compile(r"\b(?:(?:talks|negotiations|meetings?|discussions) (?:were|was) (?:held|conducted)|"
                        r"held (?:\w+ ){0,3}(?:talks|negotiations|meeting|discussions)|"
                        r"(?:talks|negotiations) (?:took place|ended|began|started|continued|resumed)|"
                        r"\bmet (?:in|with|on)|round of (?:talks|negotiations)|"
                        r"following (?:\w+ ){0,3}(?:talks|negotiations|discussions)|"
                        r"after (?:\w+ ){0,4}(?:talks|negotiations))\b", re.I)

STAGE_START = re.compile(r"\b(?:start(?:s|ing)? with|begin(?:s|ning)? with|first(?:ly)?|initially|"
                         r"(?:in )?the first (?:phase|stage|step)|phase one|stage one|two-stage|"
                         r"in (?:several|two|three) stages)\b", re.I)
STAGE_NEXT = re.compile(r"\b(?:after that|afterwards|then|next|followed by|subsequently|later|second(?:ly)?|"
                        r"(?:in )?the (?:second|next|final) (?:phase|stage|step)|phase two|stage two|finally)\b", re.I)
CONDITION = re.compile(r"\b(?:only if|if and only if|on (?:the )?condition(?:s)? that|provided that|providing that|"
                       r"as long as|so long as|unless|only after|only when|only once|in exchange for|in return for|"
                       r"conditional (?:on|upon)|contingent (?:on|upon)|subject to|until)\b[^.;:!?\n]*", re.I)


# "KYIV, Ukraine (AP) —": where a report was filed names no party to anything.
DATELINE = re.compile(r"(?m)^[A-Z][A-Z .'\u2019-]{2,}(?:,\s*[A-Z][\w .'\u2019-]+)*"
                      r"\s*(?:\([^)\n]*\))?\s*[\u2014\u2013-]")


# --------------------------------------------------------------------------- records of a reading


@dataclass
class _Claim:
    """One stance taken on a provision in a sentence."""

    stance: str
    parties: list[str]
    at: int  # character offset of the predicate, for stage and condition order


@dataclass
class _StatusCues:
    """What the sentences naming one provision say about where it stands."""

    signed: bool = False
    implemented: bool = False
    enacted: bool = False
    negotiating: bool = False
    agreement: bool = False  # named as the content of an agreement ("an agreement to halt X")
    talks_held: bool = False
    violations: int = 0
    nearest: str | None = None  # the strongest stance word near a mention, whoever holds it
    evidence: Any = None

    def note(self, text: str, evidence: Any, events: set[str], nearest: str | None) -> None:
        if self.evidence is None:
            self.evidence = evidence
        self.signed |= "signed" in events
        self.implemented |= "implemented" in events
        self.enacted |= "enacted" in events
        self.negotiating |= "negotiating" in events
        self.agreement |= "agreement" in events
        self.violations += "violated" in events
        self.talks_held |= bool(TALKS_HELD.search(text))
        if nearest and (self.nearest is None or STANCE_RANK[nearest] > STANCE_RANK[self.nearest]):
            self.nearest = nearest


def status_of(provision: str, stances: dict[str, set[str]], cues: _StatusCues) -> str:
    """The status of a provision from its parties' stances and what is said of it.

    `stances` maps each stance to the parties holding it; the strongest decides.
    An agreement is `signed`, `violated` (it, or the deal it belongs to, is the
    object of a breach: "accused each other of breaking the deal to pause X")
    or `implemented` when the text says so of it. A rejection makes the item
    `rejected`, unless two or more other parties back it: then it stays
    `proposed`. A proposal is `implemented` when the text reports it enacted
    (sanctions imposed, prisoners released) and `under_negotiation` when talks
    are reported on it; a discussion alone leaves it `raised`. Talks that took
    place are the negotiation process `implemented`. With no holder found, an
    agreement the item is the content of, or an agreement or rejection verb
    near it, still decides; failing that, an item a peace-process text names
    is taken to be on the table (`proposed`).
    """
    held = {s for s, parties in stances.items() if parties}
    if not held and cues.agreement:
        held, stances = {"agree"}, {"agree": {"?"}}
    if not held and cues.nearest in {"agree", "reject"}:
        held = {cues.nearest}
        stances = {cues.nearest: {"?"}}
    if "agree" in held:
        if cues.signed:
            return "signed"
        if cues.violations and provision != "negotiation_process":
            return "violated"
        if cues.implemented:
            return "implemented"
        return "agreed"
    if provision == "negotiation_process" and cues.talks_held:
        return "implemented"
    if "reject" in held:
        # one party's rejection does not take off the table what several others back
        backers = (stances.get("propose", set()) | stances.get("support", set())) - stances["reject"]
        return "proposed" if len(backers) >= 2 else "rejected"
    if held & {"propose", "support"}:
        if cues.enacted:
            return "implemented"
        return "under_negotiation" if cues.negotiating else "proposed"
    if "discuss" in held:
        return "under_negotiation" if cues.negotiating else "raised"
    return "under_negotiation" if cues.negotiating else "proposed"


# What is said to have happened to an item: lemmas of the predicates above it.
EVENTS: dict[str, frozenset[str]] = {
    "signed": frozenset("sign signing signature".split()),
    "implemented": frozenset("implement impose enter begin start restore release exchange free return observe respect "
                             "fulfil fulfill place take".split()),
    "violated": frozenset("violate violation breach break derail".split()),
    "negotiating": frozenset("negotiate negotiation negotiations talk talks discuss address review debate".split()),
}
# Verbs of closing a deal: not yet done, they say the deal is being negotiated.
CLOSING = frozenset("conclude finalize finalise close reach seal hammer".split())
# Done to a proposal, these put it in force: sanctions imposed, prisoners released.
ENACTED = frozenset("impose place release exchange free return".split())


def _events(span) -> set[str]:
    """What the clause of a mention reports as done to it: the verb governing it ("the
    sanctions were imposed", "accused Kyiv of breaking the ceasefire"), a clause attached
    to it ("a truce which took effect"), and the noun it belongs to ("ceasefire talks")."""
    out: set[str] = set()
    nodes = [c for c in span.root.children if c.dep_ in {"relcl", "acl"}]
    node = span.root
    direct = True  # the mention is the verb's own subject or object
    for _ in range(5):
        if node.head.i == node.i:
            break
        if node.dep_ not in {"dobj", "nsubjpass", "nsubj", "compound", "pobj", "prep", "conj", "appos", "amod"}:
            break
        direct = direct and node.dep_ in {"dobj", "nsubjpass", "compound", "conj", "appos", "amod"}
        node = node.head
        nodes.append(node)
        if node.pos_ in {"VERB", "AUX"}:
            break
    node = span.root
    for _ in range(8):
        # further up, through the deal the item belongs to: "in contravention of an agreement to
        # not attack power facilities", "accused each other of breaking the terms of the deal to pause X"
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
        if node.head.i == node.i or (node.pos_ in {"VERB", "AUX"} and node.dep_ not in {"acl", "pcomp", "xcomp"}
                                     and not (node.dep_ == "advcl" and infinitive)):
            break
        node = node.head
        lemma = node.lemma_.lower()
        if node.pos_ == "NOUN" and lemma in AGREEMENT_NOUNS:
            if any(c.lower_ in TENTATIVE for c in node.children):
                break  # "a possible ceasefire agreement" is not there to be kept or broken
            out.add("agreement")
        if lemma in EVENTS["violated"] and not _negated(node) and not _modals(node):
            out.add("violated")
    for t in nodes:
        lemma = t.lemma_.lower()
        if lemma in CLOSING and t.pos_ == "VERB" and not _realis(t) and not _negated(t):
            out.add("negotiating")  # "aiming to conclude the deal", "efforts to finalize a ceasefire"
        for kind, lemmas in EVENTS.items():
            if lemma not in lemmas:
                continue
            if kind == "negotiating":
                if not _negated(t) and not (t.pos_ == "VERB" and _modals(t)):
                    out.add(kind)
            elif t.pos_ == "NOUN":
                if kind in {"signed", "violated"}:
                    out.add(kind)
            elif _realis(t):
                out.add(kind)
                if kind == "implemented" and lemma in ENACTED and direct:
                    out.add("enacted")
    return out


def _realis(tok) -> bool:
    """A predicate reported as having happened: past, with no negation, modal, condition or "to"."""
    if _negated(tok) or _modals(tok) or _conditional(tok):
        return False
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return False
    if tok.tag_ == "VBD":
        return True
    if tok.tag_ in {"VBN", "VBG"}:
        return tok.dep_ in {"acl", "amod"} or any(c.dep_ in {"aux", "auxpass"} and c.lemma_ in {"have", "be"}
                                                 for c in tok.children)
    return False


# --------------------------------------------------------------------------- the reader


@dataclass
class _Mention:
    start: int
    end: int
    party: str
    person: bool


@dataclass
class _Reader:
    """One parsed article: where parties are named, who speaks, who wrote it."""

    doc: Any
    index: ActorIndex
    mentions: list[_Mention] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)
    quotes: list[tuple[int, int, list[str]]] = field(default_factory=list)
    quote_speakers: list[tuple[int, int, Any, tuple[int, int]]] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    declaration: bool = False
    signed: bool = False  # a declaration with signatories ("We, the undersigned", a signature block)

    def __post_init__(self) -> None:
        text = self.doc.text
        found: list[_Mention] = []
        for p in self.index.people:
            if p.party:
                found.extend(_Mention(s, e, p.party, True) for s, e in p.mentions)
        taken = [(m.start, m.end) for m in found]
        for pm in find_parties(text):
            if not any(s < pm.end and pm.start < e for s, e in taken):
                found.append(_Mention(pm.start, pm.end, pm.party, False))
        datelines = [(m.start(), m.end()) for m in DATELINE.finditer(text)]
        found = [m for m in found if not any(s <= m.start < e for s, e in datelines)]
        found.sort(key=lambda m: m.start)
        self.mentions = found
        self.starts = [m.start for m in found]
        for q in find_quotes(self.doc, text):
            parties: list[str] = []
            if q.speaker:
                person = self.index.resolve(q.speaker, q.speaker_start, q.speaker_end)
                if person is not None and person.party:
                    parties = [person.party]
                else:
                    parties = _unique(pm.party for pm in find_parties(q.speaker))
            self.quotes.append((q.start, q.end, parties))
            person = self.index.resolve(q.speaker, q.speaker_start, q.speaker_end) if q.speaker else None
            if person is not None:
                # every mention of the speaker: a pronoun in the quote is someone else
                self.quote_speakers += [(q.start, q.end, person.party, (ms, me)) for ms, me in person.mentions]
        self.authors, self.declaration, self.signed = _authors(self)

    # ------------------------------------------------------------------ where parties are named

    def parties_between(self, start: int, end: int) -> list[str]:
        i = bisect.bisect_left(self.starts, start - 60)
        out: list[str] = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            m = self.mentions[i]
            if m.end > start and m.party not in out:
                out.append(m.party)
            i += 1
        return out

    def last_before(self, offset: int, floor: int, person: bool | None = None) -> str | None:
        i = bisect.bisect_left(self.starts, offset) - 1
        while i >= 0 and self.mentions[i].start >= floor:
            m = self.mentions[i]
            if person is None or m.person == person:
                return m.party
            i -= 1
        return None

    def in_quote(self, offset: int) -> list[str] | None:
        """The speaker's parties when `offset` is inside a quotation, else None."""
        for s, e, parties in self.quotes:
            if s <= offset < e:
                return parties
        return None

    # ------------------------------------------------------------------ holders

    def np_parties(self, tok) -> list[str]:
        """The parties a noun phrase stands for: names, persons, pronouns, group nouns."""
        low = _pronoun(tok)
        if low in PRONOUN_FIRST:
            speaker = self.in_quote(tok.idx)
            if speaker is not None:
                return list(speaker)
            return list(self.authors)
        if low in PRONOUN_PERSON:
            party = self.person_before(tok)
            return [party] if party else []
        if low in PRONOUN_GROUP:
            return self.group_before(tok)
        if low in PRONOUN_THING:
            party = self.last_before(tok.idx, tok.sent.start_char, person=None) or self.last_before(
                tok.idx, _previous_sentence_start(tok), person=False)
            return [party] if party else []
        out: list[str] = []
        head = self.parties_between(*_name_range(tok))
        if head:
            # "the Palestinian militant group Hamas" is Hamas; coordinated names add theirs
            out = head + [p for c in tok.children if c.dep_ in {"conj", "appos"} for p in self.np_parties(c)]
            return _unique(out)
        for s, e in _np_ranges(tok):
            for p in self.parties_between(s, e):
                if p not in out:
                    out.append(p)
        if not out and tok.ent_type_ == "GPE" and tok.pos_ == "PROPN":
            out = _gpe_names(tok)
        if not out and any(_group_noun(t) for t in [tok] + [c for c in tok.children if c.dep_ == "poss"]):
            out = self.group_before(tok)  # "both sides", "the two leaders", "both countries' presidents"
        if not out and tok.lower_ == "president" and self.authors:
            out = self.authors[:1]
        return out

    def person_before(self, tok) -> str | None:
        """The party of the person "he" or "she" is: the last one named before, not the
        speaker of the quotation the pronoun is in (who would say "I")."""
        speaker = [span for s, e, _, span in self.quote_speakers if s <= tok.idx < e]
        i = bisect.bisect_left(self.starts, tok.idx) - 1
        while i >= 0:
            m = self.mentions[i]
            if m.person and not any(a <= m.start < b for a, b in speaker):
                return m.party
            i -= 1
        return None

    def group_before(self, tok) -> list[str]:
        """Who "they" or "both sides" are: a coordination before the word, or the
        participants of the nearest earlier sentence that names two parties."""
        sent = tok.sent
        here = [t for t in sent if t.i < tok.i and t.dep_ in {"nsubj", "nsubjpass"}]
        for s in here:
            parties = self.np_parties(s) if _pronoun(s) not in PRONOUN_GROUP else []
            if len(parties) >= 2:
                return parties
        start = sent.start
        for _ in range(3):
            if start == 0:
                break
            prev = self.doc[start - 1].sent
            parties = self.participants(prev)
            if len(parties) >= 2:
                return parties
            start = prev.start
        party = self.last_before(tok.idx, _previous_sentence_start(tok), person=None)
        return [party] if party else []

    def participants(self, sent) -> list[str]:
        """The parties of a sentence's main clause: subject, object and "with" partners."""
        root = sent.root
        out: list[str] = []
        for c in root.children:
            if c.dep_ in {"nsubj", "nsubjpass", "dobj"} and _pronoun(c) not in PRONOUN_GROUP | PRONOUN_FIRST:
                out += self.np_parties(c)
            elif c.dep_ == "prep" and c.lower_ == "with":
                for g in c.children:
                    if g.dep_ == "pobj":
                        out += self.np_parties(g)
        out = _unique(out)
        if len(out) < 2:
            out = _unique(out + [m.party for m in self.mentions
                                 if m.person and m.start < sent.end_char and m.end > sent.start_char])
        return out

    def reporter(self, tok, paragraph: bool = True) -> list[str]:
        """Who says the clause holding `tok`: the subject of a speech verb above it,
        "according to X", or the speaker of the quotation it is in."""
        node = tok
        for _ in range(10):
            for c in node.children:
                if c.dep_ == "prep" and c.lower_ == "according":
                    for g in c.subtree:
                        if g.dep_ == "pobj":
                            parties = self.np_parties(g)
                            if parties:
                                return parties
            if node is not tok and node.lemma_.lower() in SPEECH:
                subj = _subject(node)
                if subj is not None:
                    parties = self.np_parties(subj)
                    if parties:
                        return parties
            for c in node.children:  # "..., he said, ..."
                if c.dep_ == "parataxis" and c.lemma_.lower() in SPEECH:
                    subj = _subject(c)
                    parties = self.np_parties(subj) if subj is not None else []
                    if parties:
                        return parties
            if node.head.i == node.i:
                break
            node = node.head
        speaker = self.in_quote(tok.idx)
        if speaker:
            return list(speaker)
        if not paragraph:
            return self.sentence_speaker(tok.sent)
        return self.paragraph_speaker(tok.sent)

    def sentence_speaker(self, sent) -> list[str]:
        """Who speaks in a sentence: the subject of its reporting verb, outside quotations."""
        for t in sent:
            if t.lemma_.lower() in SPEECH and t.pos_ == "VERB" and self.in_quote(t.idx) is None:
                subj = _subject(t)
                if subj is not None:
                    parties = self.np_parties(subj)
                    if parties:
                        return parties
        return []

    def paragraph_speaker(self, sent) -> list[str]:
        """The speaker of a sentence or of the one or two before it: reported speech
        runs on ("he says: ... The US is interested in ..."), in news often across
        one-sentence paragraphs."""
        doc = self.doc
        for _ in range(3):
            parties = self.sentence_speaker(sent)
            if parties:
                return parties
            if sent.start == 0:
                break
            sent = doc[sent.start - 1].sent
        return []

    def holder(self, pred) -> list[str]:
        """The parties holding the stance of a predicate."""
        if pred.pos_ in {"NOUN", "PROPN"} and pred.dep_ not in {"ROOT"}:
            owners = _owners(self, pred)
            if owners:
                return owners
            return []
        agent = _agent(pred)
        if agent is not None:
            return self.np_parties(agent)
        subj = _subject(pred)
        if subj is not None:
            if pred.dep_ == "relcl" and subj.lower_ in {"which", "that", "who"}:
                return self.np_parties(pred.head)
            return self.np_parties(subj)
        return []


def _span(sent, mention: ProvisionMention):
    """The tokens of a mention (offsets relative to its sentence)."""
    return sent.doc.char_span(sent.start_char + mention.start, sent.start_char + mention.end, alignment_mode="expand")


def _group_noun(tok) -> bool:
    """ "both sides", "the two leaders", "the parties": a plural noun for the parties at hand."""
    return (tok.lemma_.lower() in GROUP_HEADS and tok.tag_ in {"NNS", "NNPS"}
            and any(c.lower_ in GROUP_DETS for c in tok.children))


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


# Verbs that deny what their clause is about: "failed to reach a ceasefire".
CONTRARY = frozenset({"fail", "refuse", "decline", "stall", "collapse"})

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
        for c in node.children:
            if c.dep_ in {"nsubj", "csubj"}:
                return c
        if node.dep_ == "acl" and node.tag_ == "VBN":
            return None  # "the deal signed with ...": its noun is what was done, not who did it
        if (node.dep_ == "conj" and node.lemma_.lower() in SPEECH and node.head.dep_ == "ccomp"
                and node.head.head.lemma_.lower() in SPEECH):
            node = node.head.head  # "X said that ... and suggested that ...": X suggested
            continue
        if node.dep_ == "xcomp" or (node.dep_ == "pcomp" and node.head.lower_ in {"from", "into", "for", "of"}):
            governor = node.head if node.dep_ == "xcomp" else node.head.head
            obj = next((c for c in governor.children if c.dep_ == "dobj"), None)
            if obj is not None and governor.lemma_.lower() not in {"promise"}:
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


def _agent(pred):
    """The "by" agent of a passive predicate ("rejected by Kyiv")."""
    for c in pred.children:
        if c.dep_ == "agent":
            for g in c.children:
                if g.dep_ == "pobj":
                    return g
    return None


def _owners(reader: _Reader, noun) -> list[str]:
    """Whose a nominal stance is: "Trump's proposal", "the U.S. proposal", "Russian
    demands", "a proposal from the mediators", "the demands put forward by Moscow"."""
    out: list[str] = []
    for c in noun.children:
        if c.dep_ in {"poss", "compound", "amod", "nmod"}:
            out += reader.np_parties(c)
        elif c.dep_ == "prep" and c.lower_ in {"from", "by", "of"}:
            for g in c.children:  # "the backing of the United States", "a proposal from Qatar"
                if g.dep_ == "pobj" and (c.lower_ != "of" or _lexical_stance(noun) in {"support", "reject", "propose"}):
                    out += reader.np_parties(g)
        elif c.dep_ in {"acl", "amod"} and c.lemma_.lower() in AUTHORING:
            agent = _agent(c)  # "the proposal put forward by the US"
            if agent is not None:
                out += reader.np_parties(agent)
            for g in c.children:  # "American-proposed", "U.S.-brokered"
                if g.dep_ in {"npadvmod", "compound"}:
                    out += reader.np_parties(g)
    return _unique(out)


# --------------------------------------------------------------------------- stances


def _lexical_stance(tok) -> str | None:
    """The stance a word carries by itself, with its particle or preposition."""
    lemma = tok.lemma_.lower()
    if tok.pos_ in {"VERB", "AUX"} or (tok.tag_ in {"VBN", "VBG"} and tok.dep_ in {"amod", "acl"}):
        phrasal = PHRASAL.get(lemma)
        if phrasal:
            for c in tok.children:
                if c.dep_ in {"prt", "prep"} and c.lower_ in phrasal:
                    return phrasal[c.lower_]
            if lemma == "call" and any(c.dep_ in {"xcomp", "ccomp"} for c in tok.children):
                return "propose"  # "called on X to ..."
            if lemma in {"push", "press", "ask"} and any(c.dep_ in {"dobj", "xcomp", "ccomp"} for c in tok.children):
                return "propose"
        if lemma == "make" and any(c.lower_ == "conditional" and tok.i in {c.head.i, c.head.head.i} for c in tok.subtree):
            return "propose"  # "made X conditional on Y"
        if lemma == "agree" and any(c.dep_ == "prep" and c.lower_ == "with" and not _party_objects(c)
                                    for c in tok.children):
            return "support"  # "agrees with the idea"
        if lemma == "like" and any(c.lower_ in {"would", "'d"} for c in tok.children):
            return "propose"
        if lemma == "consider" and any(c.dep_ in {"xcomp", "ccomp"} and c.tag_ == "VBG" for c in tok.children):
            return "propose"  # "would consider adding sanctions"
        if lemma in AUTHORING and any(c.dep_ == "dobj" and c.lemma_.lower() in PROPOSAL_NOUNS for c in tok.children):
            return "propose"  # "presented a proposal", "put forward a plan"
        if lemma in POSSESSION and any(c.dep_ == "dobj" and _lexical_stance(c) in {"support", "reject"}
                                       for c in tok.children):
            return "support"  # "has the backing of", "enjoys the support of"
        if lemma == "be":
            for c in tok.children:  # "we are ready to ...", "Ukraine is open to ..."
                if c.dep_ == "acomp" and c.lower_ in ADJECTIVES and any(g.dep_ in {"prep", "xcomp"}
                                                                        for g in c.children):
                    return ADJECTIVES[c.lower_]
        if lemma in AGREEMENT_VERBS and any(c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in AGREEMENT_NOUNS
                                            and not any(g.lower_ in TENTATIVE for g in c.children)
                                            for c in tok.children):
            return "agree"  # "reached an agreement", "struck a deal", "the accord was signed"
        return VERBS.get(lemma)
    if tok.pos_ in {"NOUN", "PROPN"}:
        return NOUNS.get(tok.lower_) or NOUNS.get(lemma)
    if tok.pos_ == "ADJ":
        st = ADJECTIVES.get(tok.lower_)
        if st and (tok.lower_ == "unacceptable" or any(c.dep_ in {"prep", "xcomp"} for c in tok.children)):
            return st
    if tok.pos_ == "ADP" and tok.lower_ == "in":
        if any(c.dep_ == "pobj" and c.lower_ in {"favour", "favor"} for c in tok.children):
            return "support"
    return None


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
    return any(c.dep_ == "neg" or c.lower_ in {"never", "not", "n't"} and c.dep_ in {"advmod", "neg"}
               for c in tok.children)


def _modals(tok) -> set[str]:
    return {c.lower_ for c in tok.children if c.dep_ == "aux" and c.tag_ == "MD"}


def _conditional(tok) -> bool:
    """A predicate inside an "if"/"unless" clause states no stance."""
    node = tok
    for _ in range(3):
        if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in node.children):
            return True
        if node.dep_ in {"xcomp", "conj"} and node.head.i != node.i:
            node = node.head
            continue
        break
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
    if tok.dep_ in {"advcl", "xcomp"} and any(c.lower_ == "time" and c.dep_ in {"nsubj", "attr"}
                                              for c in head.children):
        return True  # "the time has come to ..."
    return False


def _governing_desire(pred):
    """A verb of desire or refusal right above a predicate ("wanted Russia to agree")."""
    node = pred
    for _ in range(2):
        if node.dep_ == "pcomp" and node.head.lower_ in {"into", "to"}:
            node = node.head  # "forced Russia into accepting"
        elif node.dep_ not in {"xcomp", "ccomp", "advcl"} or node.head.i == node.i:
            return None
        node = node.head
        lemma = node.lemma_.lower()
        if lemma in DESIRE or lemma in REFUSE:
            return node
    return None


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
                if claim is None and c.lemma_.lower() in SPEECH:
                    # "membership of NATO, which Trump has said won't happen"
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
        # a condition set for something else is a demand of whoever sets it
        for m in CONDITION.finditer(sent.text):
            if m.start() < mention.start < m.end() and not m.group(0).lower().startswith(("until", "subject to")):
                holders = self.condition_setter(span.root)
                if holders:
                    return out + [_Claim("propose", holders, sent.start_char + m.start())]
        # predicates above the mention
        node = span.root
        if node.pos_ in {"VERB", "AUX"} and _obligation(node) and not _conditional(node):
            holders = self.r.reporter(node)  # "the killing must stop", he said
            if holders:
                return out + [_Claim("propose", holders, node.idx)]
        for _ in range(14):
            if node.head.i == node.i or (node.dep_ == "relcl" and node.i not in inside):
                break  # what is said of a noun is not said of its relative clause
            if node.dep_ == "prep" and node.lower_ in CIRCUMSTANCE:
                break  # "agreed ... following talks": the talks are a circumstance
            if node.dep_ == "conj" and node.pos_ in {"VERB", "AUX"} and any(
                    c.dep_ in {"nsubj", "nsubjpass"} for c in node.children):
                break  # "A agreed to X, but they accused each other of Y": two clauses
            if node.dep_ == "conj" and node.pos_ in {"VERB", "AUX"} and (
                    node.lemma_.lower() in CONTRARY or any(c.dep_ == "cc" and c.lower_ in {"but", "yet"}
                                                           for c in node.children)):
                break  # "agreed to X but failed to move closer to Y": what was agreed is not Y
            if (node.dep_ in {"agent", "poss"} or (node.dep_ == "nsubj" and _lexical_stance(node.head) is not None
                                                    and node.head.lemma_.lower() not in POSSESSION)) \
                    and node.i not in inside:
                break  # the mention is who acts ("mediators proposed"), not what is acted on
            if node.dep_ == "prep" and node.lower_ in {"in", "at"} and any(
                    g.dep_ == "pobj" and g.lemma_.lower() in SETTINGS for g in node.children):
                break  # "agreed ... in separate talks": the talks are where, not what
            if node.dep_ == "acl" and node.tag_ in {"VBG", "VBN"} and node.i not in inside:
                break  # "an agreement reflecting the partnership": a description, not the object
            child, node = node, node.head
            if node.i in inside:
                continue
            claim = self.claim_at(node)
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
                    node.lemma_.lower() in {"condition", "make"}):
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
            out.append(claim)
            if node.pos_ in {"VERB", "AUX", "ADJ"} and claim.parties and claim.stance != "discuss":
                break  # a discussion may sit under a stronger stance ("ready to discuss")
        return [c for c in out if c.stance and c.parties]

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
            d = abs(t.idx - at)
            if best is None or d < best[0]:
                best = (d, st)
        return best[1] if best else None

    def condition_setter(self, tok) -> list[str]:
        """Who sets a condition: the subject of the clause it conditions, or its reporter."""
        node = tok
        for _ in range(12):
            if node.dep_ in {"advcl", "prep"} and node.head.pos_ in {"VERB", "AUX"}:
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
        conditional on a halt of arms supplies - demands rejected by Kyiv"."""
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
        """An item said not to happen ("he was never going to be a member of NATO", "X
        won't happen"): its reporter rules it out."""
        if node.pos_ not in {"VERB", "AUX"} or not _negated(node) or _conditional(node):
            return False
        existence = {"be", "happen", "become", "exist"}
        lemma = node.lemma_.lower()
        if lemma == "go":  # "never going to be"
            lemma = next((c.lemma_.lower() for c in node.children if c.dep_ == "xcomp"), lemma)
        if lemma not in existence:
            return False  # "both sides not attack X" states the item; "Moscow will not pursue X" is Moscow's
        if reported:
            return True
        if child.dep_ not in {"nsubj", "nsubjpass", "attr", "dobj", "xcomp", "acomp", "prep"}:
            return False
        if self.r.in_quote(node.idx) is not None:
            return True
        head = node
        for _ in range(3):
            if head.dep_ not in {"ccomp", "conj"} or head.head.i == head.i:
                return False
            head = head.head
            if head.lemma_.lower() in SPEECH:
                return True
        return False

    def suggested(self, node) -> bool:
        """A possibility in reported speech ("Putin said Ukraine could be placed under ...")."""
        if node.pos_ not in {"VERB", "AUX"} or _negated(node) or _conditional(node):
            return False
        if not (_modals(node) & {"could", "might", "may", "can", "would"}):
            return False
        if any(c.dep_ == "parataxis" and c.lemma_.lower() in SPEECH for c in node.children):
            return True  # "after that, he said, the sides could ..."
        head = node
        for _ in range(3):
            if head.dep_ not in {"ccomp", "conj"} or head.head.i == head.i:
                return False
            head = head.head
            if head.lemma_.lower() in SPEECH:
                return True
        return False

    def joint_commitment(self, node) -> _Claim | None:
        """ "The United States and Russia will continue working toward ...": a joint undertaking."""
        if node.pos_ not in {"VERB", "AUX"} or _negated(node):
            return None
        renewed = node.lemma_.lower() in RENEW and any(
            c.dep_ == "dobj" and c.lemma_.lower() in PLEDGE_NOUNS for c in node.children)
        if not (_modals(node) & {"will", "shall"} or node.lemma_.lower() in JOINT_FUTURE or renewed):
            return None
        if node.dep_ != "ROOT" and not (node.dep_ == "ccomp" and node.head.lemma_.lower() in SPEECH | {"agree"}) \
                and not (node.dep_ == "conj" and node.head.dep_ == "ROOT"):
            return None  # "I am confident A and B will ...": a forecast, not an undertaking
        subj = _subject(node)
        if subj is None or _pronoun(subj) in PRONOUN_GROUP | PRONOUN_FIRST:
            return None
        parties = self.r.np_parties(subj)
        conj = any(c.dep_ == "conj" for c in subj.children) or subj.lemma_.lower() in GROUP_HEADS
        if len(parties) >= 2 and conj:
            return _Claim("agree", parties, node.idx)
        return None

    def claim_at(self, pred) -> _Claim | None:
        """The claim of one predicate, scope applied; None when the word takes no stance,
        a claim with an empty stance when it takes one that states nothing."""
        stance = _lexical_stance(pred)
        if stance is None:
            return None
        r = self.r
        if pred.pos_ in {"NOUN", "PROPN"}:
            return self.nominal(pred, stance)
        if pred.lemma_.lower() in POSSESSION:
            # "the deal has the full backing of the United States"
            noun = next((c for c in pred.children if c.dep_ == "dobj" and _lexical_stance(c) in {"support", "reject"}),
                        None)
            if noun is None or _negated(pred):
                return _Claim("", [], pred.idx)
            return self.nominal(noun, _lexical_stance(noun))
        if _conditional(pred):
            return _Claim("", [], pred.idx)
        if pred.dep_ == "acl" and pred.head.pos_ == "NOUN" and _lexical_stance(pred.head) is None and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in pred.children):
            return _Claim("", [], pred.idx)  # "the legitimacy to sign a deal": no act
        negated = _negated(pred)
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
        desire = _governing_desire(pred)
        if desire is not None and stance in {"agree", "support", "discuss"}:
            upper = r.holder(desire)
            if desire.lemma_.lower() in REFUSE:
                return _Claim("reject", upper or holders, desire.idx)
            if _negated(desire):
                if desire.lemma_.lower() in {"want", "wish"}:
                    return _Claim("reject", upper, desire.idx)  # "does not want Kyiv to join"
                return _Claim("", [], pred.idx)
            return _Claim("propose", upper, desire.idx)
        if pred.dep_ == "xcomp" and pred.head.lemma_.lower() in {"need", "have"} and not _negated(pred.head):
            modals |= {"must"}  # "needed to accept", "has to agree"
        if modals & OBLIGATION and stance in {"agree", "support", "reject"}:
            # "Kyiv should accept", "Kyiv should forget about it": a demand of whoever says so
            return _Claim("reject" if stance == "reject" else "propose", r.reporter(pred) or holders, pred.idx)
        if stance == "agree":
            if _in_principle(pred) or (pred.dep_ in {"xcomp", "acl"} and pred.head.lemma_.lower() in ADJECTIVES
                                       and ADJECTIVES[pred.head.lemma_.lower()] == "support"):
                stance = "support"  # "agreed in principle", "ready to agree"
            elif modals & HYPOTHETICAL:
                # "could agree": a suggestion of whoever says so
                return _Claim("propose", r.reporter(pred) or holders, pred.idx)
        if stance == "agree":
            holders = _unique(holders + _partners(r, pred))
            if len(holders) == 1:
                stance = "support"  # one party agreeing alone accepts what another proposed
        if not holders:
            holders = r.reporter(pred)
        return _Claim(stance, holders, pred.idx)

    def nominal(self, noun, stance: str) -> _Claim | None:
        """A stance noun: "Trump's proposal", "the agreement between A and B"."""
        r = self.r
        owners = _owners(r, noun)
        if stance == "agree":
            if any(c.lower_ in TENTATIVE for c in noun.children):
                # "a draft deal sent by the mediators": a proposal of its authors
                return _Claim("propose", owners, noun.idx) if owners else None
            head = noun.head
            while head.dep_ == "prep" and head.head.i != head.i:
                head = head.head
            partners = _partners(r, noun)
            if head.lemma_.lower() in AGREEMENT_VERBS and not _negated(head) and not (_modals(head) & HYPOTHETICAL):
                subj = _agent(head) or _subject(head)
                holders = _unique((r.np_parties(subj) if subj is not None else []) + owners + partners)
                return _Claim("agree", holders, noun.idx) if len(holders) >= 2 else None
            if len(owners) >= 2 or (owners and partners):
                return _Claim("agree", _unique(owners + partners), noun.idx)
            return None
        if stance == "discuss":
            # "talks between A and B", "issues, he says: ...", "part of the talks, Trump said"
            holders = _unique(owners + _partners(r, noun)) or r.reporter(noun, paragraph=False)
            return _Claim("discuss", holders, noun.idx) if holders else None
        if not owners and noun.lower_ in {"importance", "necessity"} and noun.dep_ == "dobj":
            subj = _subject(noun.head)  # "Zelenskyy emphasized the importance of ..."
            owners = r.np_parties(subj) if subj is not None else []
        if not owners:
            return None
        return _Claim(stance, owners, noun.idx)


def _partners(reader: _Reader, pred) -> list[str]:
    """Those an agreement was made with: "agreed with U.S. negotiators", "in a call with Trump",
    "reached an agreement with Ukraine and Russia"."""
    out: list[str] = []
    children = list(pred.children)
    children += [g for c in children if c.dep_ == "dobj" and c.lemma_.lower() in AGREEMENT_NOUNS for g in c.children]
    for c in children:
        if c.dep_ == "prep" and c.lower_ in {"with", "between", "among"}:
            for g in c.children:
                if g.dep_ == "pobj":
                    out += reader.np_parties(g)
                    for gg in g.children:  # "in a phone call with President Trump"
                        if gg.dep_ == "prep" and gg.lower_ == "with":
                            out += [p for x in gg.children if x.dep_ == "pobj" for p in reader.np_parties(x)]
        elif c.dep_ == "prep" and c.lower_ in {"in", "during"}:
            for g in c.children:
                for gg in g.children:
                    if gg.dep_ == "prep" and gg.lower_ == "with":
                        out += [p for x in gg.children if x.dep_ == "pobj" for p in reader.np_parties(x)]
    return _unique(out)


# --------------------------------------------------------------------------- authors of a statement

TITLE_KIND = re.compile(r"^\W*(?:(?:joint\s+)?(?:statement|declaration|communiqu\w*|readout|remarks|fact sheet|"
                        r"press release|letter|message|address|speech)|.*\bdeclaration\b)", re.I)
TITLE_AUTHOR = re.compile(r"\b(?:from|by)\s+(.*?)(?=\s+(?:on|at|in|to|with|welcoming|regarding|about)\s|$)", re.I)
SIGNATURE_OFFICE = re.compile(r"\b(?:President|Prime Minister|Chancellor|Emir|Amir|King|Crown Prince|Premier|"
                              r"Foreign Minister|Secretary of State)\s+of\s+(?:the\s+)?(.+)", re.I)


def _authors(reader: _Reader) -> tuple[list[str], bool, bool]:
    """The parties an official statement speaks for ("we"), and whether it is a joint
    declaration whose signatories agree to what it says.

    Read from the title ("Joint Statement from A, B and C", "Remarks by X"), a
    list of signatories in the opening paragraph, and a signature block of
    offices at the end ("President of the Arab Republic of Egypt").
    """
    text = reader.doc.text
    lines = text.split("\n")
    title = lines[0] if lines else ""
    if not TITLE_KIND.search(title):
        return [], False, False
    authors: list[str] = []
    joint = bool(re.search(r"\bjoint\b", title, re.I))
    m = TITLE_AUTHOR.search(title)
    if m:
        s = m.start(1)
        authors += reader.parties_between(s, m.end(1))
    elif joint:
        authors += reader.parties_between(0, len(title))
    declaration = bool(re.search(r"\bdeclaration\b", title, re.I)) or bool(re.search(r"\bundersigned\b", text, re.I))
    # a list of signatories in the first paragraph: "Those countries are A, B, C and D."
    body = text[len(title):]
    first_para = next((p for p in re.split(r"\n\s*\n", body) if p.strip()), "")
    para_start = text.find(first_para, len(title)) if first_para else -1
    if para_start >= 0:
        doc = reader.doc
        span = doc.char_span(para_start, para_start + len(first_para), alignment_mode="contract")
        if span is not None:
            listed = max(([e for e in sent.ents if e.label_ == "GPE"] for sent in span.sents), key=len, default=[])
            if len(listed) >= 5 and re.search(r"\b(?:join|sign|endorse|adopt)\w*\b", first_para, re.I):
                parties = reader.parties_between(para_start, para_start + len(first_para))
                for e in listed:
                    named = reader.parties_between(e.start_char, e.end_char) or _gpe_names(e.root)
                    parties += named
                authors += parties
    # a signature block: short closing lines naming offices of states
    signatures = 0
    for line in reversed([ln for ln in lines[-14:] if ln.strip()]):
        words = line.split()
        if len(words) > 14:
            break
        om = SIGNATURE_OFFICE.search(line)
        if om:
            found = [pm.party for pm in find_parties(om.group(1))]
            authors += found[:1]
            signatures += bool(found)
    declaration = declaration and bool(authors)
    signed = declaration and (signatures >= 2 or bool(re.search(r"\bundersigned\b", text, re.I)))
    return _unique(authors), declaration, signed


# --------------------------------------------------------------------------- the article


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
        self.age = 0

    def refer(self, sent, mentions: list[ProvisionMention]) -> list[ProvisionMention]:
        self.age += 1
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
        return out


def _covers(deal, root) -> bool:
    """A provision named as what a deal is about: "the ceasefire deal", "a deal on X", "a plan for X"."""
    if root.i < deal.i and deal.i - root.i <= 4 and all(
            t.pos_ in {"NOUN", "PROPN", "ADJ", "CCONJ", "NUM"} or t.text == "-" for t in deal.doc[root.i + 1 : deal.i]):
        return True  # "the hostage release and ceasefire deal", however the parser attached it
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


LIST_ITEM = re.compile(r"^\s*(?:[-\u2022*\u2013]|\d{1,2}[.)])(?:\s+|$)")


def find_positions(doc, index: ActorIndex, evidence: Callable[[int, int], Any]) -> tuple[list[Position], list[Status]]:
    """Positions and statuses of a parsed article; `evidence(start, end)` makes an Evidence."""
    reader = _Reader(doc, index)
    walker = _Walker(reader)
    positions: dict[tuple[str, str], Position] = {}
    cues: dict[str, _StatusCues] = {}
    stages: dict[str, int] = {}
    lead: tuple[list[_Claim], set[str]] | None = None  # what a list's lead-in ("... will work together to:") says
    deals = _Deals()
    for n, sent in enumerate(doc.sents):
        text = sent.text
        new_line = sent.start == 0 or "\n" in doc[sent.start - 1].text_with_ws or doc[sent.start - 1].is_space
        item = bool(LIST_ITEM.match(text))
        if new_line and not item:
            lead = None
        if text.rstrip().endswith(":"):
            lead = walker.lead_in(sent)
        mentions = find_provisions(text)
        mentions += deals.refer(sent, mentions)
        if not mentions:
            continue
        stages["sent"] = n
        ev = evidence(sent.start_char, sent.end_char)
        authors = _plan_authors(sent, reader)
        for pm in mentions:
            claims = walker.claims(sent, pm) + walker.dash_summary(sent, pm)
            if not claims and authors:
                # "The plan, drafted by A and B, starts with X": what a plan holds, its authors propose
                claims = [_Claim("propose", authors, sent.start_char + pm.start)]
            question = text.strip().rstrip("\"\u201d'\u2019").endswith("?")
            events = walker.events(sent, pm) if not question else set()  # a question reports nothing done
            if lead is not None and not text.rstrip().endswith(":"):
                # a list item completes its lead-in: "the US and Ukraine will work together to: - X"
                claims = [_Claim(c.stance, c.parties, sent.start_char + pm.start) for c in lead[0]] or claims
                events = events | lead[1]
            if reader.signed and any(c.stance == "agree" for c in claims):
                events = events | {"signed"}
            cues.setdefault(pm.provision, _StatusCues()).note(text, ev, events, walker.nearest(sent, pm))
            if (not claims and reader.declaration and not pm.weak
                    and reader.in_quote(sent.start_char + pm.start) is None):
                # what a signed declaration says, its signatories agree to
                claims = [_Claim("agree", list(reader.authors), sent.start_char + pm.start)]
                if reader.signed:
                    cues[pm.provision].signed = True
            for claim in claims:
                stance = claim.stance
                if reader.declaration and stance in {"propose", "support"} and set(claim.parties) & set(reader.authors):
                    stance = "agree"
                plan = stance in {"propose", "support", "agree"}
                stage = _stage_of(text, pm.start, stages) if plan else None
                condition = _condition_for(text, claim.at - sent.start_char, pm) if plan else None
                for party in claim.parties:
                    _keep(positions, Position(pm.provision, party, stance, condition=condition, stage=stage,
                                              evidence=ev))
    statuses = []
    for provision, c in cues.items():
        stances: dict[str, set[str]] = {}
        for p in positions.values():
            if p.provision == provision:
                stances.setdefault(p.stance, set()).add(p.party)
        statuses.append(Status(provision, status_of(provision, stances, c), c.evidence))
    return list(positions.values()), statuses


PLAN_NOUNS = frozenset({"plan", "proposal", "initiative", "framework", "roadmap", "blueprint", "draft", "offer"})
PLAN_AUTHORING = frozenset({"draft", "propose", "present", "table", "submit", "prepare", "write", "unveil", "author",
                       "put", "float", "design", "sponsor", "craft"})


def _plan_authors(sent, reader) -> list[str]:
    """The parties a sentence names as the authors of a plan it describes.

    "The plan, drafted by A and B, ...", "A's proposal ...", "the A-B initiative ...".
    """
    out: list[str] = []
    for tok in sent:
        if tok.lemma_.lower() not in PLAN_NOUNS or tok.pos_ != "NOUN":
            continue
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
