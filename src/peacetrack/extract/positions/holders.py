"""Who holds a stance: the reader of an article (parties of noun phrases, pronouns,
speakers), the owners of a nominal stance, the partners of an agreement, the authors
of an official statement."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Any

from ..actors import ActorIndex
from ..parties import find_parties, introduced_names, introduced_parties, is_movement
from ..quotes import find_quotes
from .lexicon import (
    AGREEMENT_NOUNS,
    AUTHORING,
    DATELINE,
    PRONOUN_FIRST,
    PRONOUN_GROUP,
    PRONOUN_PERSON,
    PRONOUN_THING,
    PROPOSAL_NOUNS,
    SPEECH,
    TALK_SUBJECTS,
)
from .syntax import (
    _agent,
    _gpe_names,
    _group_noun,
    _lexical_stance,
    _name_range,
    _negated,
    _noun_lemma,
    _np_ranges,
    _previous_sentence_start,
    _pronoun,
    _subject,
    _unique,
)


# --------------------------------------------------------------------------- the reader


@dataclass
class _Mention:
    start: int
    end: int
    party: str
    person: bool


# Who sits at the table: "the two delegations", "both sides" are the parties of the talks reported before.
NEGOTIATING_SIDES = frozenset({"delegation", "side", "team"})


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
    joint: bool = False  # a joint text of two or more authors: "the parties" are its authors
    signed: bool = False  # a declaration with signatories ("We, the undersigned", a signature block)
    # the parties of the events the article reports between two or more of them, by offset: who "the two
    # delegations" are after "negotiators for A and B met in C" (set by find_positions)
    sides: list[tuple[int, list[str]]] = field(default_factory=list)
    introduced: dict[str, str] = field(default_factory=dict)  # organisations named "Full Name (ACRONYM)"
    mediators: list[str] = field(default_factory=list)  # who the article says mediates ("Qatari mediators")

    def __post_init__(self) -> None:
        text = self.doc.text
        found: list[_Mention] = []
        self.introduced = introduced_names(text)
        for p in self.index.people:
            if p.party:
                found.extend(_Mention(s, e, p.party, True) for s, e in p.mentions)
        taken = [(m.start, m.end) for m in found]
        # an organisation the article introduces ("the Northland Front (NF)") before the gazetteer's
        # names inside it ("Northland")
        for pm in introduced_parties(text) + find_parties(text):
            if not any(s < pm.end and pm.start < e for s, e in taken):
                found.append(_Mention(pm.start, pm.end, pm.party, False))
                taken.append((pm.start, pm.end))
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
        self.authors, self.declaration, self.signed, joint = _authors(self)
        self.joint = len(self.authors) >= 2 and joint
        self.mediators = _mediators(self)

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
        if low in PRONOUN_GROUP or (low == "both" and tok.dep_ in {"nsubj", "nsubjpass"}):
            return self.group_before(tok)  # "they", and "both" standing alone ("and both said ...")
        if low in PRONOUN_THING:
            party = self.last_before(tok.idx, tok.sent.start_char, person=None) or self.last_before(
                tok.idx, _previous_sentence_start(tok), person=False)
            return [party] if party else []
        out: list[str] = []
        head = self.parties_between(*_name_range(tok))
        if head:
            # "the armed group Northern Front" is Northern Front; coordinated names add theirs
            out = head + [p for c in tok.children if c.dep_ in {"conj", "appos"} for p in self.np_parties(c)]
            return _unique(out)
        for s, e in _np_ranges(tok):
            for p in self.parties_between(s, e):
                if p not in out:
                    out.append(p)
        if not out and tok.lemma_.lower() in SEATED:
            # "officials in Niamey", "the ministry in N'Djamena": where a government sits names it
            out = _unique(p for c in tok.children if c.dep_ == "prep" and c.lower_ in {"in", "at"}
                          for g in c.children if g.dep_ == "pobj" for p in self.parties_between(*_name_range(g)))
        if not out and tok.ent_type_ == "GPE" and tok.pos_ == "PROPN":
            # a place the gazetteer lacks is a party; a person's surname the model takes for a place is the person's
            person = self.index.by_name(tok.text)
            out = ([person.party] if person.party else []) if person is not None else _gpe_names(tok)
        if not out and _opposing(tok):
            out = self.movement_near(tok.idx)  # "the rebels", "the opposition", "separatist leaders"
        if not out and _the_government(tok):
            out = self.state_facing_movement(tok.idx)
        if not out and self.joint and _the_signatories(tok) and not set(self.authors) <= set(self.mediators):
            # "The Parties agreed ..." in a joint statement of A and B; those of its authors just named
            # as the sides where a chair signs too ("A and B met, chaired by C ... The parties agreed"); the
            # parties a joint text of mediators speaks of are the sides, not its authors
            near = self.group_before(tok)
            out = near if len(near) >= 2 and set(near) <= set(self.authors) else list(self.authors)
        if not out and any(_group_noun(t) for t in [tok] + [c for c in tok.children if c.dep_ == "poss"]):
            out = self.group_before(tok)  # "both sides", "the two leaders", "both countries' presidents"
            if len(out) < 2 and _noun_lemma(tok) in GROUP_OFFICES:
                out = []  # "the ministers" are those of two parties or more, not of the one named last
        if not out and tok.lemma_.lower() in MEDIATING_NOUNS and not any(c.dep_ == "poss" for c in tok.children):
            out = list(self.mediators)  # "a proposal put forward by (the) mediators"
            count = _group_count(tok)
            if not out and count and count > 2:
                out = self.listed_before(tok, count)  # "the four mediators": the four named together before
        if not out and tok.lemma_.lower() in TALK_SUBJECTS and tok.pos_ == "NOUN" and tok.dep_ == "nsubj":
            # "the agenda covered ...", "the talks included ...": those who last met, called or made a deal
            earlier = [parties for at, parties in self.sides if at < tok.idx]
            out = list(earlier[-1]) if earlier else []
        if not out and tok.lower_ == "president" and self.authors:
            out = self.authors[:1]
        if not out and _ours(tok):
            # "officials from our governments", "our two countries": those who say "we"
            speaker = self.in_quote(tok.idx)
            out = list(speaker) if speaker is not None else list(self.authors)
        if not out:
            out = self.office_holder(tok)  # "the Secretary", "the foreign minister": the one who holds it here
        if not out:
            out = self.bloc_before(tok)  # "the bloc's call", after "ECOWAS"
        if not out:
            out = self.body_before(tok)  # "the Council", after "the African Union's Border Council"
        return out

    def bloc_before(self, tok) -> list[str]:
        """The bloc "the bloc" is: the last bloc the text named before ("ECOWAS ... the bloc's call for
        elections")."""
        if tok.lemma_.lower() != "bloc" or [c.lower_ for c in tok.children if c.dep_ in {"det", "poss"}] != ["the"]:
            return []
        i = bisect.bisect_left(self.starts, tok.idx) - 1
        while i >= 0:
            if self.mentions[i].party in BLOCS:
                return [self.mentions[i].party]
            i -= 1
        return []

    def body_before(self, tok) -> list[str]:
        """The party of a body named again by its head noun alone: "the Council said" after "the AU's Border
        Council", "the Commission proposed" after "the European Commission" (the last such body named, when it
        names one party)."""
        if tok.lemma_.lower() not in BODIES or tok.tag_ not in {"NN", "NNP"}:
            return []
        if [c.lower_ for c in tok.children if c.dep_ in {"det", "poss"}] != ["the"]:
            return []
        for t in reversed(self.doc[: tok.i]):
            if t.lower_ == tok.lower_ and t.i != tok.i:
                named = self.parties_between(*_name_range(t)) or [
                    p for s, e in _np_ranges(t) for p in self.parties_between(s, e)]
                named = _unique(named)
                if len(named) == 1:
                    return named
        return []

    def office_holder(self, tok) -> list[str]:
        """The party of the one person an office named alone stands for: "The Secretary reiterated ..." after
        "Secretary of State Lena Ward"; "the minister" where every minister named acts for one party. None where
        the holders named act for different parties."""
        words = _office_words(tok)
        if not words:
            return []
        parties = set()
        for p in self.index.people:
            titles = [t.lower() for t in (p.title, p.known.title_on(self.index.date) if p.known else None) if t]
            if p.party and any(_holds(t, words) for t in titles):
                parties.add(p.party)
        return list(parties) if len(parties) == 1 else []

    def movement_near(self, offset: int) -> list[str]:
        """The movement "the rebels" or "the opposition" are: the last one named before, else the first
        named after."""
        moving = [m for m in self.mentions if not m.person and is_movement(m.party, self.introduced)]
        before = [m for m in moving if m.start < offset]
        if before:
            return [before[-1].party]
        return [moving[0].party] if moving else []

    def state_facing_movement(self, offset: int) -> list[str]:
        """The state "the government" is where the text's sides are a state and a movement: the state of the
        last pair of sides reported before that holds exactly one movement."""
        for at, parties in reversed(self.sides):
            if at >= offset:
                continue
            moving = [p for p in parties if is_movement(p, self.introduced)]
            states = [p for p in parties if p not in moving]
            if len(parties) == 2 and len(moving) == 1:
                return states
        return []

    def person_before(self, tok) -> str | None:
        """The party of the person "he" or "she" is: the last one named before, not the
        speaker of the quotation the pronoun is in (who would say "I")."""
        speaker = [span for s, e, _, span in self.quote_speakers if s <= tok.idx < e]
        main = self._main_clause_person(tok)
        if main is not None:
            return main
        i = bisect.bisect_left(self.starts, tok.idx) - 1
        while i >= 0:
            m = self.mentions[i]
            if m.person and not any(a <= m.start < b for a, b in speaker):
                return m.party
            i -= 1
        return None

    def _main_clause_person(self, tok) -> str | None:
        """The party of the person the clause "he" opens hangs on names as its subject: "A faults B and C as he
        tries to ..." is A, whoever was named last (a subject outranks an object as the one a pronoun picks up)."""
        if tok.dep_ != "nsubj" or tok.head.dep_ != "advcl":
            return None
        subj = next((c for c in tok.head.head.children if c.dep_ == "nsubj" and c.i < tok.i), None)
        if subj is None or _pronoun(subj):
            return None
        i, end = bisect.bisect_left(self.starts, subj.left_edge.idx), subj.idx + len(subj.text)
        return next((m.party for m in self.mentions[i:] if m.start < end and m.person), None)

    def group_before(self, tok) -> list[str]:
        """Who "they" or "both sides" are: a coordination before the word, or the
        participants of the nearest earlier sentence that names two parties."""
        sent = tok.sent
        here = [t for t in sent if t.i < tok.i and t.dep_ in {"nsubj", "nsubjpass"}]
        pronoun = _pronoun(tok) in PRONOUN_GROUP
        # "the two governments", "both countries" are states: a movement named with them is no member
        states = not pronoun and _noun_lemma(tok) in STATE_GROUPS
        fits = (lambda ps: not any(is_movement(p, self.introduced) for p in ps)) if states else (lambda ps: True)
        if pronoun and tok.head.dep_ == "relcl":
            # "urged A and B to respect the truce they agreed": the nearest pair before, not the first subject
            pair = next((self.np_parties(t) for t in reversed(sent[: tok.i - sent.start])
                         if any(c.dep_ == "conj" for c in t.children) and len(self.np_parties(t)) >= 2), None)
            if pair:
                return pair
        for s in here:
            parties = self.np_parties(s) if _pronoun(s) not in PRONOUN_GROUP else []
            if (len(parties) >= 2 or (pronoun and parties and s.tag_ in {"NNS", "NNPS"})) and fits(parties):
                return parties  # "A and B met, and they ...", "the members of C said they ..."
        # "A blamed B, but both sides said ...": the parties of the clauses before, taken together
        named = _unique(p for t in sent if t.i < tok.i and t.dep_ in {"nsubj", "nsubjpass", "dobj"}
                        and not _pronoun(t) and not _group_noun(t) for p in self.np_parties(t))
        if len(named) >= 2 and fits(named):
            return named
        if pronoun and sent.start > 0:
            # "The members of the Council demanded ... They called for ...": a plural subject just before
            subj = _subject(self.doc[sent.start - 1].sent.root)
            if subj is not None and subj.tag_ in {"NNS", "NNPS"} and _pronoun(subj) not in PRONOUN_GROUP:
                parties = self.np_parties(subj)
                if parties:
                    return parties
        count = _group_count(tok) if not pronoun else None
        start = sent.start
        for _ in range(3):
            if start == 0:
                break
            prev = self.doc[start - 1].sent
            parties = [p for p in self.participants(prev) if fits([p])]
            if (len(parties) > 2 or set(parties) <= set(self.mediators)) and (
                    any(c.lower_ in {"two", "both"} for c in tok.children) or _noun_lemma(tok) in {"party", "side"}):
                # "Mediators asked both sides to ... The two delegations agreed": two, not their mediators; nor
                # are mediators among "the parties"
                parties = [p for p in parties if p not in self.mediators]
            if len(parties) >= max(2, count or 0):  # "the three sides" are not a pair named before
                return parties
            start = prev.start
        group = not pronoun and (_group_noun(tok) or _noun_lemma(tok) in NEGOTIATING_SIDES | GROUP_OFFICES)
        if group and (any(c.lower_ in {"two", "both"} for c in tok.children) or tok.tag_ in {"NNS", "NNPS"}):
            # "the two delegations", "both sides", "the parties": those of the last meeting, call or deal
            # reported before
            # (mediators are no sides: "A and B, as mediators, convened the meeting" reports no pair of sides)
            earlier = [parties for at, parties in self.sides if at < tok.idx and len(parties) == (count or 2)
                       and not set(parties) <= set(self.mediators) and fits(parties)]
            # no pair: the sides of the last event but its mediators, a state counted twice ("A and B's Front
            # government")
            if not earlier:
                last = [[p for p in parties if p not in self.mediators] for at, parties in self.sides if at < tok.idx][-1:]
                earlier = [p for p in last if len(p) == count or (count is None and len(p) >= 2)]
            if earlier:  # the pair most often reported together, the later on a tie
                tally = {frozenset(p): sum(set(q) == set(p) for q in earlier) for p in earlier}
                return max(reversed(earlier), key=lambda p: tally[frozenset(p)])
            # no event between them: the parties the paragraph has named so far ("Deputy Secretary X met
            # President Y ... The two governments agreed"), when they are as many as the group counts
            named = [p for p in self.paragraph_parties(tok) if p not in self.mediators and fits([p])]
            if len(named) == (count or 2):
                return named
        if group and count and count > 2:
            listed = self.listed_before(tok, count)  # "the four countries": the four named together before
            if listed:
                return listed
        party = self.last_before(tok.idx, _previous_sentence_start(tok), person=None)
        return [party] if party else []

    def listed_before(self, tok, count: int) -> list[str]:
        """The last coordination of exactly `count` parties before a token ("proposed by A, B, C and D ...
        the four countries")."""
        for t in reversed(self.doc[: tok.i]):
            if any(c.dep_ == "conj" for c in t.children) and t.dep_ != "conj" and t.pos_ in {"PROPN", "NOUN"}:
                parties = self.np_parties(t)
                if len(parties) == count:
                    return parties
        return []

    def paragraph_parties(self, tok) -> list[str]:
        """The parties named in the paragraph of a token, before it."""
        text = self.doc.text
        start = max(text.rfind("\n\n", 0, tok.idx), 0)
        return self.parties_between(start, tok.idx)

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
            if subj.lemma_.lower() in PROPOSAL_NOUNS and subj.pos_ == "NOUN":
                # "the plan, tabled by A and B, calls for X": a plan's authors, not the names its phrase holds
                return _owners(self, subj)
            return self.np_parties(subj)
        if self.authors and _operative(pred) and self.in_quote(pred.idx) is None:
            return list(self.authors)  # "5. Calls for the release of ...": a clause of the body issuing the text
        return []


# Offices and bodies named by where they sit: "officials in Niamey" (not an embassy, which is another state's).
SEATED = frozenset("official ministry government authority leadership spokesman spokeswoman spokesperson "
                   "source".split())


# Words for a movement opposing a government: "the rebels", "opposition forces", "separatist leaders".
OPPOSING = frozenset("opposition rebel rebels insurgent insurgents separatist separatists militant militants "
                     "guerrilla guerrillas militia militias".split())
MOVEMENT_NOUNS = frozenset("group movement front".split())  # "the group", "the movement"


# Nouns of those a "we" stands for: "our governments", "officials from our countries".
OWN_GROUPS = frozenset("government governments country countries nation nations state states side sides".split())


def _ours(tok) -> bool:
    """ "our governments", "our two countries", "senior officials from our governments": a group the speakers
    own, so the speakers themselves (not "our allies", "our people", who are others)."""
    for noun in [tok] + [g for c in tok.children if c.dep_ == "prep" and c.lower_ in {"from", "of"}
                         for g in c.children if g.dep_ == "pobj"]:
        if noun.lemma_.lower() in OWN_GROUPS and any(c.dep_ == "poss" and c.lower_ == "our" for c in noun.children):
            return True
    return False


def _opposing(tok) -> bool:
    """A noun phrase naming a movement by what it does: "the rebels", "the opposition", "rebel
    commanders", "the group"."""
    if tok.lower_ in OPPOSING:
        return True
    if any(c.dep_ in {"compound", "amod"} and c.lower_ in OPPOSING for c in tok.children):
        return True
    return (tok.lower_ in MOVEMENT_NOUNS
            and [c.lower_ for c in tok.children if c.dep_ not in {"punct", "relcl", "acl", "prep"}] == ["the"])


def _the_government(tok) -> bool:
    """ "the government" (or "the government delegation"), with no party named on it; not "the two
    governments", a group."""
    head = tok if tok.lemma_.lower() == "government" else next(
        (c for c in tok.children if c.dep_ == "compound" and c.lower_ == "government"), None)
    if head is None or tok.tag_ in {"NNS", "NNPS"}:
        return False
    return [c.lower_ for c in tok.children if c.dep_ in {"det", "poss", "amod"}] == ["the"]


# Number words of a group: "the three sides" are three parties.
COUNTS = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5}


def _group_count(tok) -> int | None:
    """How many parties a group noun counts: "both sides" 2, "the three delegations" 3, "the parties" None."""
    return next((COUNTS[c.lower_] for c in tok.children if c.lower_ in COUNTS), None)


# Group nouns of people: "the three ministers" are the parties they came from, never a single one.
GROUP_OFFICES = frozenset("minister negotiator envoy official representative".split())
# Group nouns of states, which no movement is one of: "the two governments", "both capitals".
STATE_GROUPS = frozenset("government country state capital nation".split())


# What a joint text calls its authors: "the Parties", "both sides", "the signatories".
SIGNATORY_NOUNS = frozenset("party parties side sides signatory signatories".split())


def _the_signatories(tok) -> bool:
    """ "the Parties", "both sides", "the two parties": a plural noun of the parties to a text."""
    return (tok.lower_ in SIGNATORY_NOUNS and tok.lower_.endswith("s")
            and any(c.lower_ in {"the", "both", "two", "all"} for c in tok.children))


MEDIATING_NOUNS = frozenset({"mediator", "broker", "facilitator"})
MEDIATING_VERBS = frozenset({"mediate", "broker", "facilitate", "co-mediate"})


def _set_off_before(prep):
    """The noun phrase a comma-set phrase follows ("A and B, as mediators, ..."), taken at the head of its
    coordination; None when no comma sets it off."""
    doc = prep.doc
    if prep.i < 2 or doc[prep.i - 1].text != ",":
        return None
    tok = doc[prep.i - 2]
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head
    return tok if tok.pos_ in {"PROPN", "NOUN"} else None


def _led_team(team) -> list:
    """Who leads a team or delegation: "the teams were headed by A and B", "the team, led by A"."""
    if team.lemma_.lower() not in {"team", "delegation"}:
        return []
    verb = team.head if team.dep_ == "nsubjpass" else next(
        (c for c in team.children if c.dep_ == "acl"), None)
    if verb is None or verb.lemma_.lower() not in {"lead", "head"}:
        return []
    return [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]


def _mediators(reader: _Reader) -> list[str]:
    """The parties an article names as mediating: "Egyptian and Qatari mediators", "mediators from A and
    B", "A and B, as facilitators, convened ...", "talks mediated by A", "A, which brokered the truce", "under
    the mediation of A", "A's mediation"."""
    out: list[str] = []
    for tok in reader.doc:
        lemma = tok.lemma_.lower()
        if lemma in MEDIATING_NOUNS and tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "as":
            # "A and B, as mediators, hosted the talks": the phrase "as" sets off, or the subject of its verb
            named = tok.head.head
            if named.pos_ in {"VERB", "AUX"}:
                named = _subject(named) or _set_off_before(tok.head)
            if named is not None:
                out += reader.np_parties(named)
        if (lemma in MEDIATING_NOUNS and tok.pos_ == "NOUN" and tok.dep_ == "nsubj" and tok.head.dep_ == "advcl"
                and any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.head.children)):
            # "A engaged in talks as mediators aiming to ...": the parser makes "as mediators" a clause of its own
            named = _subject(tok.head.head)
            if named is not None and named.lemma_.lower() not in MEDIATING_NOUNS:
                out += reader.np_parties(named)
        if lemma in {"mediation", "mediating"} and tok.dep_ in {"compound", "amod"} and _led_team(tok.head):
            # "The mediation teams were headed by A's minister and B's deputy minister": A and B mediate
            out += [p for g in _led_team(tok.head) for p in reader.np_parties(g)]
        if lemma in MEDIATING_NOUNS | {"mediation"} and tok.pos_ == "NOUN":
            for c in tok.children:
                if c.dep_ in {"amod", "compound", "poss"}:
                    out += reader.parties_between(c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text))
                elif c.dep_ == "prep" and c.lower_ in {"from", "of"}:
                    out += [p for g in c.children if g.dep_ == "pobj" for p in reader.np_parties(g)]
        elif lemma in MEDIATING_VERBS and tok.pos_ == "VERB" and not _negated(tok):
            for c in tok.children:
                if c.dep_ == "agent":
                    out += [p for g in c.children if g.dep_ == "pobj" for p in reader.np_parties(g)]
                elif c.dep_ == "nsubj" and c.lower_ not in {"which", "who", "that"}:
                    out += reader.np_parties(c)
            if tok.dep_ == "relcl" and any(c.lower_ in {"which", "who"} for c in tok.children):
                out += reader.np_parties(tok.head)  # "Qatar, which mediated the talks"
    return _unique(out)


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
            agent = _agent(c)  # "the plan put forward by Kenya"
            if agent is not None:
                out += reader.np_parties(agent)
            for g in c.children:  # "American-proposed", "U.S.-brokered"
                if g.dep_ in {"npadvmod", "compound"}:
                    out += reader.np_parties(g)
    return _unique(out)


def _partners(reader: _Reader, pred) -> list[str]:
    """Those an agreement was made with: "agreed with Kenyan negotiators", "in a call with the president",
    "reached an agreement with A and B"."""
    out: list[str] = []
    children = list(pred.children)
    children += [g for c in children if c.dep_ == "dobj" and c.lemma_.lower() in AGREEMENT_NOUNS for g in c.children]
    for c in children:
        if c.dep_ == "prep" and c.lower_ in {"with", "between", "among"}:
            for g in c.children:
                if g.dep_ == "pobj":
                    out += reader.np_parties(g)
                    for gg in g.children:  # "in a phone call with President Ruiz"
                        if gg.dep_ == "prep" and gg.lower_ == "with":
                            out += [p for x in gg.children if x.dep_ == "pobj" for p in reader.np_parties(x)]
        elif c.dep_ == "prep" and c.lower_ in {"in", "during"}:
            for g in c.children:
                for gg in g.children:
                    if gg.dep_ == "prep" and gg.lower_ == "with":
                        out += [p for x in gg.children if x.dep_ == "pobj" for p in reader.np_parties(x)]
    return _unique(out)


# --------------------------------------------------------------------------- authors of a statement

# The kinds of an official text a title or an opening line names.
KIND = (r"(?:joint\s+)?(?:press\s+)?(?:statement|declaration|communiqu\w*|readout|remarks|fact sheet|press release|"
        r"letter|message|address|speech|transcript)")
# A title naming its kind first ("Statement by X"), after a topic and a colon ("Talks on X: statement by Y",
# "A and B extend truce: text of joint communique"), or in brackets ("Ministers meet (Readout, Ministry of X)").
TITLE_KIND = re.compile(rf"^\W*(?:[^:\n]{{1,80}}:\s*(?:(?:the\s+)?(?:full\s+)?text of\s+(?:the\s+)?)?)?{KIND}\b"
                        rf"|.*\bdeclaration\b|.*\(\s*(?P<bracket>{KIND})\b", re.I)
# What a joint text's title says it is about, after its authors: "... of A and B on the talks between C and D".
TITLE_TOPIC = re.compile(r"\s(?:on|regarding|concerning|about|following|after)\s", re.I)
# An opening line handing over to an official text: "The following is the communique's text, as released by
# A and B", "The text of X's statement, released today, follows:", "The following are excerpts of remarks by
# X".
HANDOVER = re.compile(r"\bthe following (?:is|are)\b[^.\n]{0,40}?\b(?:text|transcript|excerpts?)\b(?P<rest>[^\n]*)"
                      r"|\btext of\b(?P<told>[^.\n]{0,200}?)\bfollows\b", re.I)
# Heads of a title that is only the name of an official text: "AU Council communique on X" (not "X statement
# angers Y", whose head is the verb).
KIND_HEADS = frozenset("statement communique communiqué declaration readout".split())
TITLE_AUTHOR = re.compile(r"\b(?:from|by)\s+(.*?)(?=\s+(?:on|at|in|to|with|welcoming|regarding|about)\s|$)", re.I)
SIGNATURE_OFFICE = re.compile(r"\b(?:President|Prime Minister|Chancellor|Emir|Amir|King|Crown Prince|Premier|"
                              r"Foreign Minister|Secretary of State)\s+of\s+(?:the\s+)?(.+)", re.I)


def _authors(reader: _Reader) -> tuple[list[str], bool, bool, bool]:
    """The parties an official statement speaks for ("we"), whether it is a joint
    declaration whose signatories agree to what it says, whether it has signatories, and whether it is joint.

    Read from the title ("Joint Statement from A, B and C", "Remarks by X", "X Council communique on Y"), or
    an opening line handing over to the text ("The following is the statement's text, as released by X"), a
    list of signatories in the opening paragraph, and a signature block of
    offices at the end ("President of the Republic of Freedonia").
    """
    text = reader.doc.text
    lines = text.split("\n")
    title = lines[0] if lines else ""
    kind = TITLE_KIND.search(title)
    issuer = _issuer_before_kind(reader, title) if kind is None else []
    handover = _handover(reader, text, len(title)) if kind is None and not issuer else None
    if kind is None and not issuer and handover is None:
        return [], False, False, False
    authors: list[str] = list(issuer)
    joint = bool(re.search(r"\bjoint\b", title, re.I))
    m = TITLE_AUTHOR.search(title)
    if handover is not None:
        joint = joint or bool(re.search(r"\bjoint\b", handover[2], re.I))
        authors += _issuers_in(reader, handover[0], handover[1])
    elif m:
        s = m.start(1)
        authors += reader.parties_between(s, m.end(1))
    elif kind is not None and kind.group("bracket"):
        # "Ministers meet (Readout, Ministry of Foreign Affairs of X)": the issuer is named in the brackets
        end = title.find(")", kind.end("bracket"))
        authors += reader.parties_between(kind.end("bracket"), end if end > 0 else len(title))
    elif joint:
        # "Joint Communique of A and B on the talks between C and D": the authors come before the topic
        topic = TITLE_TOPIC.search(title, kind.end() if kind is not None else 0)
        named = reader.parties_between(0, topic.start()) if topic else []
        authors += named if len(named) >= 2 else reader.parties_between(0, len(title))
    declaration = bool(re.search(r"\bdeclaration\b", title, re.I)) or bool(re.search(r"\bundersigned\b", text, re.I))
    # a list of signatories in the first paragraph: "Those countries are A, B, C and D."
    body = text[len(title):]
    first_para = next((p for p in re.split(r"\n\s*\n", body) if p.strip()), "")
    # (not the news lead before a text handed over)
    para_start = text.find(first_para, len(title)) if first_para and handover is None else -1
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
    return _unique(authors), declaration, signed, joint


def _issuer_before_kind(reader: _Reader, title: str) -> list[str]:
    """ "AU Council communique on the border", "Security Council press statement on X": a title that is only
    the name of an official text, its issuer named before its kind."""
    span = reader.doc.char_span(0, len(title), alignment_mode="contract")
    if span is None or not len(span):
        return []
    root = span[0].sent.root
    if root.lemma_.lower() not in KIND_HEADS or root.i == span[0].sent.start:
        return []
    return reader.parties_between(span[0].sent.start_char, root.idx)


def _handover(reader: _Reader, text: str, start: int) -> tuple[int, int, str] | None:
    """Where the opening lines hand over to an official text and name its issuer: the offsets of the words
    that tell the text ("of the joint communique released by A and B"), and those words."""
    body = text[start:]
    opening = "\n\n".join([p for p in re.split(r"\n\s*\n", body) if p.strip()][:3])
    m = HANDOVER.search(text, start, start + body.find(opening) + len(opening) if opening else start)
    if m is None:
        return None
    group = "rest" if m.group("rest") is not None else "told"
    return m.start(group), m.end(group), m.group(group)


# Words before a place where a text was issued: "issued in Juba", "released at the summit".
PLACE_BEFORE = re.compile(r"\b(?:in|at)\s+(?:the\s+)?$", re.I)


def _issuers_in(reader: _Reader, start: int, end: int) -> list[str]:
    """The parties words telling an official text name, not where it was issued ("issued in Juba by A")."""
    text = reader.doc.text
    out: list[str] = []
    for m in reader.mentions:
        if start <= m.start < end and not PLACE_BEFORE.search(text[max(start, m.start - 12) : m.start]):
            out.append(m.party)
    return _unique(out)


# Offices a person is named by alone, once named in full: "the Secretary", "the Foreign Minister".
OFFICES = frozenset("secretary minister president envoy spokesman spokeswoman spokesperson ambassador chancellor "
                    "premier negotiator commissioner secretary-general".split())
# Rank words a shorter office does not name: "the Foreign Minister" is not the Vice Foreign Minister.
RANKS = frozenset("vice deputy former assistant acting".split())


def _office_words(tok) -> list[str]:
    """The words of an office named alone, with "the" and no name or owner: "the Secretary" -> [secretary],
    "the Foreign Minister" -> [foreign, minister]; [] for "the ministers", "Kenya's minister", "a minister"."""
    if tok.lemma_.lower() not in OFFICES or tok.tag_ not in {"NN", "NNP"} or tok.ent_type_ == "PERSON":
        return []
    before = [c for c in tok.children if c.i < tok.i]
    if [c.lower_ for c in before if c.dep_ == "det"] != ["the"] or any(c.dep_ in {"poss", "nummod"} for c in before):
        return []
    mods = [c for c in before if c.dep_ in {"compound", "amod"}]
    if any(c.pos_ == "PROPN" and c.lower_ not in OFFICE_MODIFIERS for c in mods):
        return []  # "the Kenyan President", "the Lake Secretary": a name the reader would have resolved
    return [c.lower_ for c in mods] + [tok.lower_]


# Words of an office's kind, capitalised in titles: "the Foreign Minister", "the Special Envoy".
OFFICE_MODIFIERS = frozenset("foreign defence defense interior prime special deputy vice state".split())


def _holds(title: str, words: list[str]) -> bool:
    """Whether a title holds an office named by `words`, all of them, in order, and no rank they lack:
    "us secretary of state" holds [secretary]; "vice foreign minister" does not hold [foreign, minister]."""
    found = re.findall(r"[\w-]+", title)
    if any(r in found and r not in words for r in RANKS):
        return False
    at = 0
    for w in words:
        if w not in found[at:]:
            return False
        at = found.index(w, at) + 1
    return True


def _operative(verb) -> bool:
    """An operative clause of a resolution or communiqué, its issuer left unsaid: "3. Strongly condemns the
    attack ... and demands that ...", "Calls on all parties to ..." (a present-tense verb opening its sentence,
    or joined to one, with no subject of its own)."""
    head = verb.head if verb.dep_ == "conj" else verb
    if head.dep_ != "ROOT" or not _present_verb(head, first=True):
        return False
    if head is not verb and not _present_verb(verb, first=False):
        return False
    return all(t.dep_ in {"meta", "punct", "advmod", "nummod"} or t.is_space or t.like_num
               for t in head.sent if t.i < head.i)


def _present_verb(tok, first: bool) -> bool:
    """A present-tense verb with no subject, or one the tagger takes for a plural noun ("Calls", "Demands"
    opening an operative paragraph, "and underlines": no determiner, no owner)."""
    if tok.pos_ == "VERB":
        return tok.tag_ == "VBZ" and _subject(tok) is None
    return (tok.tag_ == "NNS" and (tok.text[:1].isupper() or not first)
            and not any(c.dep_ in {"det", "poss", "amod", "compound", "nummod", "nsubj"} for c in tok.children))


# Bodies named again by their head noun alone: "the Council", "the Commission", "the Committee".
BODIES = frozenset("council commission committee".split())

# Parties that are blocs of states: what "the bloc" may stand for.
BLOCS = frozenset(["European Union", "NATO", "African Union", "ASEAN", "Gulf Cooperation Council", "OSCE",
                   "Arab League", "IGAD", "ECOWAS", "CARICOM"])
