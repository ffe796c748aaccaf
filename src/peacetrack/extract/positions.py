"""Positions: which party stands where on which provision, and each provision's status.

For each sentence naming a provision, the stance comes from the strongest
stance cue of the sentence (agree > reject > propose > support > discuss),
with negation taken into account ("have not agreed" agrees nothing). The
holder is the party of the cue's grammatical subject — a person stands for
their party (Rubio -> United States), an institution or capital for its state
("the Kremlin", "Kyiv") — or, in reported speech with no subject of its own,
the party of whoever is speaking. Sequencing words ("starting with", "after
that", "only after") give a stage order; "only if", "on condition" a condition.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..records import Position, Status
from .actors import ActorIndex
from .parties import find_parties
from .provisions import ProvisionMention, find_provisions

STANCE_RANK = {"agree": 5, "reject": 4, "propose": 3, "support": 2, "discuss": 1}

STANCE_CUES: list[tuple[str, re.Pattern[str]]] = [
    ("agree", re.compile(r"\b(?:agreed|agree|agrees|agreement (?:was|has been) reached|reached (?:an? |the )?(?:\w+ ){0,2}(?:agreement|deal|accord|understanding)|signed|sign|struck (?:an? |the )?deal|committed to|commit to|concluded|finali[sz]ed|accord on|deal on|arrangements? (?:on|for)|(?:have|has) (?:jointly )?(?:decided|endorsed)|jointly)\b", re.I)),
    ("reject", re.compile(r"\b(?:reject(?:ed|s|ing)?|refus(?:ed|es|e|ing)|rul(?:ed|es|e) out|dismiss(?:ed|es)?|oppos(?:ed|es|e)|no to|unacceptable|red line|won't accept|will not accept|would not accept|cannot accept|never accept|out of the question|turned down|not (?:be )?(?:on the table|possible|acceptable)|denied|den(?:y|ies)|not interested|ruled|vetoed|blocked)\b", re.I)),
    ("propose", re.compile(r"\b(?:propos(?:ed|es|e|al|als|ing)|suggest(?:ed|s|ion)?|call(?:ed|s|ing)? for|demand(?:ed|s|ing)?|urg(?:ed|es|e|ing)|insist(?:ed|s|ing)?|push(?:ed|es|ing)? for|offer(?:ed|s)?|float(?:ed|s)|seek(?:s|ing)?|sought|want(?:s|ed)?|must|should|need(?:s|ed)? to|ask(?:ed|s)? for|condition(?:s|ed)?|plan(?:s|ned)? (?:for|to)|initiative|put forward|pressed for|pressing for|advocat(?:ed|es|e)|requir(?:e|es|ed)|start(?:ing)? with|called on|calls on|appeal(?:ed|s)? (?:for|to))\b", re.I)),
    ("support", re.compile(r"\b(?:support(?:ed|s|ing)?|back(?:ed|s|ing)?|welcom(?:ed|es|e|ing)|endors(?:ed|es|e)|accept(?:ed|s)?|ready to|willing(?:ness)? to|open to|in favou?r of|approv(?:ed|es|e)|embrac(?:ed|es|e)|in principle|reaffirm(?:ed|s)?|commend(?:ed|s)?|praised|applaud(?:ed|s)?|stand(?:s)? with|interested in)\b", re.I)),
    ("discuss", re.compile(r"\b(?:discuss(?:ed|es|ing|ion|ions)?|talk(?:ed|s)? (?:about|on)|raised|address(?:ed|es)?|touched on|negotiat(?:e|ed|ing|ions)|consider(?:ed|s|ing)?|exchange(?:d)? views|focus(?:ed)? on|covered|on the agenda|sensitive issues?)\b", re.I)),
]
MODAL = re.compile(r"\b(?:could|would|should|might|may|will|can|must|to|if|suggests?|suggested|proposed?|wants?|hopes?)\b[^.;:]{0,45}$", re.I)
NEGATION = re.compile(r"\b(?:not|n't|never|no|neither|nor|without)\b(?:\s+\w+){0,3}\s*$", re.I)
VIOLATION = re.compile(r"\b(?:violat(?:ed|ing|ion|ions|e|es)|breach(?:ed|es|ing)?|broke|broken|breaking|accus(?:ed|es|ing) [^.]{0,60}(?:of|with) (?:attack|strik|violat|breach|break))", re.I)
IMPLEMENTED = re.compile(r"\b(?:(?:came|come|comes) into (?:force|effect)|took effect|takes effect|entered into force|in force|in effect|implemented|implementing|(?:has|have) (?:been )?(?:halted|stopped)|took place|was carried out|were (?:freed|released|exchanged|returned)|fulfilling|observ(?:ed|ing) the|began to|has begun|have begun|underway|under way)\b", re.I)
NEGOTIATING = re.compile(r"\b(?:negotiat(?:e|ed|ing|ions)|talks (?:on|about|over)|discussed|discussing|working on|work out|being worked|sticking point|disagree|technical (?:talks|details)|hammer(?:ing)? out)\b", re.I)
STAGE = re.compile(r"\b(?:starting with|start with|first(?:ly)?|in the first (?:phase|stage)|after that|then|next|followed by|once|only after|second(?:ly)?|in the second (?:phase|stage)|finally|at a later stage|subsequently)\b", re.I)
CONDITION = re.compile(r"\b(?:only if|on condition that|provided that|as long as|unless|in exchange for|in return for|only after|conditional on|conditions?)\b[^.;]*", re.I)
BOTH = re.compile(r"\b(?:both (?:sides|parties|countries)|the (?:two )?(?:sides|parties)|each side|all sides|the two countries|the two leaders|both leaders|they)\b", re.I)
SPEECH = re.compile(r"\b(?:said|says|say|told|stressed|noted|added|announced|wrote|believes|according to|insisted|argued|warned|claimed|stated|suggested|declared|emphasi[sz]ed|explained)\b", re.I)


@dataclass
class Speaker:
    party: str | None = None


def _cues(sentence: str) -> list[tuple[str, int]]:
    """Every stance cue of a sentence as (stance, offset), negation and modality applied."""
    out = []
    for stance, pat in STANCE_CUES:
        for m in pat.finditer(sentence):
            before = sentence[max(0, m.start() - 40) : m.start()]
            found = stance
            if NEGATION.search(before) and stance in {"agree", "support"}:
                continue  # "have not agreed" agrees nothing; "not support" is no support
            if stance == "agree":
                if re.search(r"\b(?:ready|willing|prepared|open)\s+to\s+$|\bin principle\b", before + sentence[m.end() : m.end() + 15], re.I):
                    found = "support"
                elif MODAL.search(before):
                    found = "propose"
            out.append((found, m.start()))
    return out


def _cues_for(doc, sent, mention: ProvisionMention, cues: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """The cues that govern a provision mention.

    A cue on the mention's chain of syntactic heads ("agreed to a ceasefire"),
    and one in a clause attached to the mention ("sanctions, which Kyiv
    dismissed"); when the parse links none, the nearest cue before it.
    """
    if not cues:
        return []
    by_offset: dict[int, str] = {}
    for stance, at in cues:
        prev = by_offset.get(at)
        if prev is None or STANCE_RANK[stance] > STANCE_RANK[prev]:
            by_offset[at] = stance
    found: list[tuple[str, int]] = []
    span = doc.char_span(sent.start_char + mention.start, sent.start_char + mention.end, alignment_mode="expand")
    if span is not None:
        node = span.root
        for _ in range(8):
            rel = node.idx - sent.start_char
            if rel in by_offset and node.i != span.root.i:
                found.append((by_offset[rel], rel))
                break
            if node.head.i == node.i:
                break
            node = node.head
        for tok in span.root.children:
            if tok.dep_ in {"relcl", "acl"}:
                rel = tok.idx - sent.start_char
                if rel in by_offset:
                    found.append((by_offset[rel], rel))
    if found:
        return found
    before = [(mention.start - at, at) for at in by_offset if at <= mention.start]
    if before:
        _, at = min(before)
        return [(by_offset[at], at)]
    after = [(at - mention.end, at) for at in by_offset if at >= mention.end and at - mention.end < 60]
    if after:
        _, at = min(after)
        return [(by_offset[at], at)]
    return []


SPEECH_LEMMAS = {"say", "tell", "stress", "note", "add", "announce", "write", "believe", "insist", "argue", "warn",
                 "claim", "state", "suggest", "declare", "emphasise", "emphasize", "explain", "consider", "think"}
OBLIGATION = re.compile(r"^(?:must|should|need(?:s|ed)? to)$", re.I)


def _reporter_parties(doc, sent, cue_char: int, index: ActorIndex, context: "_Context") -> list[str]:
    """Parties of whoever reports the clause holding the cue ("Rubio stressed that Europe must ...")."""
    tok = next((t for t in sent if t.idx >= cue_char), None)
    node = tok
    while node is not None and node.head.i != node.i:
        node = node.head
        if node.lemma_.lower() in SPEECH_LEMMAS:
            for c in node.children:
                if c.dep_ in {"nsubj", "nsubjpass"}:
                    found = _parties_in(doc, c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text), index, context, sent)
                    if found:
                        return found
            break
    return []


def _subject_parties(doc, sent, cue_char: int, index: ActorIndex, context: "_Context") -> list[str]:
    """Parties of the subject of the verb nearest the cue; climbs through clauses."""
    tok = None
    for t in sent:
        if t.idx <= cue_char < t.idx + len(t.text) or t.idx >= cue_char:
            tok = t
            break
    if tok is None:
        return []
    seen = 0
    node = tok
    while node is not None and seen < 6:
        subjects = [c for c in node.children if c.dep_ in {"nsubj", "nsubjpass", "csubj", "agent", "poss"}]
        for s in subjects:
            parties = _parties_in(doc, s.left_edge.idx, s.right_edge.idx + len(s.right_edge.text), index, context, sent)
            if parties:
                return parties
        if node.dep_ == "ROOT" or node.head.i == node.i:
            break
        node = node.head
        seen += 1
    return []


@dataclass
class _Context:
    """What earlier sentences tell about who "he" and "they" are."""

    last_party: str | None = None
    prev_parties: tuple[str, ...] = ()


def _parties_in(doc, start: int, end: int, index: ActorIndex, context: _Context, sent) -> list[str]:
    phrase = doc.text[start:end]
    out: list[str] = []
    for p in index.people:
        if p.party and any(start <= s < end for s, _ in p.mentions) and p.party not in out:
            out.append(p.party)
    for pm in find_parties(phrase):
        if pm.party not in out:
            out.append(pm.party)
    if not out and re.fullmatch(r"(?:he|she|him|her)", phrase.strip(), re.I) and context.last_party:
        out.append(context.last_party)
    if not out and re.fullmatch(r"(?:it|we)", phrase.strip(), re.I):
        # "The U.S. said it had reached ...": the party named before the pronoun
        earlier = [pm for pm in find_parties(doc.text[sent.start_char:start])]
        if earlier:
            out.append(earlier[0].party)
    if not out and BOTH.search(phrase):
        if len(context.prev_parties) >= 2 and phrase.strip().lower() == "they":
            out = list(context.prev_parties)
        else:
            out = list(dict.fromkeys(pm.party for pm in find_parties(sent.text)))
    return out


def find_positions(doc, index: ActorIndex, evidence) -> tuple[list[Position], list[Status]]:
    """Positions and statuses of a parsed article; `evidence(start, end)` makes an Evidence."""
    positions: dict[tuple[str, str], Position] = {}
    flags: dict[str, _StatusCues] = {}
    context = _Context()
    stage = 0
    for sent in doc.sents:
        text = sent.text
        mentions = find_provisions(text)
        speaker_parties = _speaker_parties(doc, sent, index)
        if mentions:
            cues = _cues(text)
            staged = bool(STAGE.search(text))
            cond = CONDITION.search(text)
            if staged:
                stage += 1
            holders_at: dict[int, list[str]] = {}
            for pm in _dedup(mentions):
                flags.setdefault(pm.provision, _StatusCues()).note(text, evidence(sent.start_char, sent.end_char))
                # no cue: named, but nobody takes a stance on it here: a status, no position
                for stance, at in _cues_for(doc, sent, pm, cues):
                    if at not in holders_at:
                        holders_at[at] = _holders(doc, sent, text, stance, at, index, context, speaker_parties)
                    for party in holders_at[at]:
                        _keep(positions, Position(pm.provision, party, stance,
                                                  condition=cond.group(0).strip() if cond else None,
                                                  stage=stage if staged and stance in {"propose", "support"} else None,
                                                  evidence=evidence(sent.start_char, sent.end_char)))
        people_parties = tuple(dict.fromkeys(
            p.party for p in index.people if p.party and any(sent.start_char <= s < sent.end_char for s, _ in p.mentions)))
        if speaker_parties:
            context.last_party = speaker_parties[0]
        if people_parties:
            context.prev_parties = people_parties
    statuses = []
    for provision, cues in flags.items():
        stances = [p.stance for p in positions.values() if p.provision == provision]
        best = max(stances, key=STANCE_RANK.__getitem__) if stances else None
        statuses.append(Status(provision, cues.status(best), cues.evidence))
    return list(positions.values()), statuses


SIGNED = re.compile(r"\b(?:signed|signing|signature)\b", re.I)
TALKS_HELD = re.compile(r"\b(?:(?:talks|negotiations|meetings?) (?:were|was) held|held (?:\w+ ){0,2}(?:talks|negotiations)|(?:talks|negotiations) (?:took place|ended|began|started|continued|resumed)|met (?:in|with|on)|round of (?:talks|negotiations))\b", re.I)


@dataclass
class _StatusCues:
    """What the sentences naming one provision say about where it stands."""

    signed: bool = False
    implemented: bool = False
    negotiating: bool = False
    violations: int = 0
    evidence: object = None

    def note(self, text: str, evidence) -> None:
        if self.evidence is None:
            self.evidence = evidence
        self.signed |= bool(SIGNED.search(text))
        self.implemented |= bool(IMPLEMENTED.search(text) or TALKS_HELD.search(text))
        self.negotiating |= bool(NEGOTIATING.search(text))
        self.violations += bool(VIOLATION.search(text))

    def status(self, best: str | None) -> str:
        """The article's status of the provision from its strongest stance and the cues.

        Violations are only believed when more than one sentence reports them:
        a single accusation is reported about many items that still stand.
        """
        if best == "agree":
            if self.signed:
                return "signed"
            if self.violations >= 2:
                return "violated"
            return "implemented" if self.implemented else "agreed"
        if best == "reject":
            return "rejected"
        if self.negotiating:
            return "under_negotiation"
        if best in {"propose", "support"}:
            return "proposed"
        return "raised"


def _holders(doc, sent, text: str, stance: str, at: int, index: ActorIndex, context: _Context,
             speaker_parties: list[str]) -> list[str]:
    """Who holds the stance whose cue is at `at`: its subject, the reporter, or the speaker."""
    word = re.match(r"\w+(?:\s+to)?", text[at:])
    holders: list[str] = []
    if word and OBLIGATION.match(word.group(0)):
        holders = _reporter_parties(doc, sent, sent.start_char + at, index, context)
    holders = holders or _subject_parties(doc, sent, sent.start_char + at, index, context)
    if not holders:
        holders = speaker_parties or ([context.last_party] if context.last_party and stance != "agree" else [])
    if stance == "agree" and len(holders) < 2:
        holders = _agreeing(text, holders)
    return holders


def _agreeing(text: str, holders: list[str]) -> list[str]:
    """An agreement binds the parties the sentence names ("Russia and Ukraine agreed")."""
    parties = list(dict.fromkeys(holders + [pm.party for pm in find_parties(text)]))
    return parties if len(parties) >= 1 else holders


def _speaker_parties(doc, sent, index: ActorIndex) -> list[str]:
    out = []
    for p in index.people:
        if p.party and any(sent.start_char <= s < sent.end_char for s, _ in p.mentions):
            out.append(p.party)
    if not out:
        for pm in find_parties(sent.text):
            if pm.kind in {"seat", "adjective"} or SPEECH.search(sent.text):
                out.append(pm.party)
                break
    return list(dict.fromkeys(out))


def _dedup(mentions: list[ProvisionMention]) -> list[ProvisionMention]:
    seen, out = set(), []
    for m in mentions:
        if m.provision not in seen:
            seen.add(m.provision)
            out.append(m)
    return out


def _keep(positions: dict[tuple[str, str], Position], pos: Position) -> None:
    key = (pos.provision, pos.party)
    prev = positions.get(key)
    if prev is None or STANCE_RANK[pos.stance] > STANCE_RANK[prev.stance]:
        positions[key] = pos
