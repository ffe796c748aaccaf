"""Where a provision stands (`status_of`): from its parties' stances and what its sentences report done to
it (`_StatusCues`, filled from `reported._events`), and the words that say it is still talked over."""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any, NamedTuple

from ..provisions import ProvisionMention
from .lexicon import AGREEMENT_NOUNS, SIGNABLE, STANCE_RANK, TALKED_AFTER, TALKED_BEFORE, TALKS_HELD


# A round of talks still to come: "a second round in Oslo", "a follow-up meeting", "to meet again".
NEXT_ROUND = re.compile(r"\b(?:next|second|third|fourth|fifth|new|another|further|follow-up|fresh)\s+"
                        r"(?:round|meeting|session|talks)\b|\bmeet again\b", re.I)
# Talks told as having taken place, with their parties or place in between: "talks between the government and
# the rebels resumed in Doha", "negotiations in Geneva ended on Friday"; or told entered: "B entered the talks with
# the upper hand" (not "would not enter into talks").
TALKS_WENT_ON = re.compile(r"\b(?:talks|negotiations)\s+(?:between|in|at|with)\b[^.;:!?]{0,60}?\b(?:resumed|took place|"
                           r"ended|began|opened|concluded|continued|were held)\b|"
                           r"\b(?:entered|(?:has|have|had)\s+entered)\s+(?:into\s+)?(?:the\s+|direct\s+|formal\s+)?"
                           r"(?:talks|negotiations)\b", re.I)
# The sides settling that a further round will take place: "agreed to meet again", "the next round, which the
# delegations agreed to hold", "committed to meet again at the summit" (read with NEXT_ROUND in one sentence).
SETTLED = re.compile(r"(?<!\bnot )(?<!\byet )(?<!\bnever )(?<!n't )\b(?:agreed|committed|decided|resolved)\b", re.I)

# A further round told as fixed, not merely offered: "a third session will take place in Lusaka", "the
# panel is scheduled to reconvene in June", "a second round is set for March", "they would hold their next meeting
# in Juba" (read with NEXT_ROUND).
_CONVENE = r"(?:be held|take place|meet|reconvene|resume|convene)"
ROUND_FIXED = re.compile(r"\b(?:will|would|shall)\s+" + _CONVENE + r"\b|"
                         r"\b(?:is|are|was|were)\s+(?:due|set|scheduled)\s+(?:to\s+" + _CONVENE + r"|for)\b|"
                         r"\baccepted\s+(?:an|its|the|their)\s+invitation\b|"
                         # "would hold their next meeting in May", "next round set for December" (a headline)
                         r"\b(?:will|would|shall)\s+hold\s+(?:the|their|its|a)\s+(?:next|further|new)\b|"
                         r"\b(?:round|meeting|session)\s+(?:is\s+|now\s+)?(?:set|scheduled|fixed)\s+for\b", re.I)


# A meeting told as fixed by its place or time, with no word of a further round: "the technical teams will meet in
# Nairobi next week", "the envoys will reconvene on 4 May" (not "will meet the envoys", whom they meet).
MEETING_SET = re.compile(r"\b(?:will|shall)\s+(?:meet|reconvene|convene)\s+(?:again\s+)?(?:in|on|at|next|later|before|"
                         r"within|early|this)\b", re.I)


# The process named as going on, read before its mention: "through ongoing negotiations", "the continuing talks".
ONGOING_BEFORE = re.compile(r"\b(?:ongoing|continuing)\s+(?:[\w-]+\s+)?$", re.I)


# A process known by its name ("the Luanda process", "the Minsk Process"): one that exists, with its rounds and
# mediator, and so goes on, unless a round, a deal or a refusal is told of it.
NAMED_PROCESS = re.compile(r"^the\s+(?-i:[A-Z][a-z]+)(?:\s+(?-i:[A-Z][a-z]+))?\s+process$", re.I)


# The talks told as going on or stalled, read after their mention in its own clause: "talks over the role of the
# army are ongoing", "the negotiations remain ongoing", "the dialogue has been stalled since May", "the talks, which
# have stalled since spring, ..." (stalled talks are not ended ones).
PROCESS_GOING_ON_AFTER = re.compile(r"^(?:(?!\b(?:but|once|until|unless|if|when|whether)\b)[^.;:!?]){0,100}?"
                                    r"\b(?:(?:are|is|remain|remains)\s+(?:still\s+)?(?:ongoing|continuing|under ?way|"
                                    r"in progress|stalled|stuck|deadlocked)|(?:have|has)\s+(?:been\s+)?(?:\w+ly\s+)?stalled|"
                                    r"stalls)\b", re.I)


def _told_ongoing(cues: "_StatusCues") -> bool:
    """Whether a mention of the process names it as going on ("ongoing negotiations", "the Luanda process",
    "talks on the statute are ongoing")."""
    return any(ONGOING_BEFORE.search(s.text[:s.mention.start])
               or NAMED_PROCESS.match(s.text[s.mention.start:s.mention.end])
               or PROCESS_GOING_ON_AFTER.match(s.text[s.mention.end:]) for s in cues.said)


def _round_fixed(cues: "_StatusCues") -> bool:
    """Whether a sentence on the process tells a further round, or a meeting, as fixed (see ROUND_FIXED,
    MEETING_SET)."""
    return any(NEXT_ROUND.search(s.text) and ROUND_FIXED.search(s.text) or MEETING_SET.search(s.text)
               for s in cues.said)


# A round of talks the sides are only invited to, which is no round held: "invited both governments to a round
# of talks in Geneva next month" (a round told due is not read so: "a second round is due in May" tells a first
# one held).
ROUND_INVITED_BEFORE = re.compile(r"\binvit\w*\b[^.;:!?]{0,100}?\bto\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}$", re.I)


def _talks_held(text: str) -> bool:
    """Whether a sentence tells talks that took place (TALKS_HELD, TALKS_WENT_ON), a round of talks only invited
    to not counting."""
    if TALKS_WENT_ON.search(text):
        return True
    return any(not (m.group(0).lower().startswith("round of")
                    and ROUND_INVITED_BEFORE.search(text[:m.start()]))
               for m in TALKS_HELD.finditer(text))


# An item named as what someone fears, in the same clause: "citing reservations that B might rearm", "voiced
# concern over the dam upstream".
WORRY_BEFORE = re.compile(r"\b(?:concerns?|fears?|reservations|worries|worried|concerned)\s+(?:that|over|about)\b"
                          r"[^.;:!?]{0,150}$", re.I)


# Nouns of a deal or a truce: what can be done under, broken or defied.
DEALS = AGREEMENT_NOUNS | frozenset("ceasefire cease-fire pact exchange swap moratorium".split())


class _Said(NamedTuple):
    """One mention of the item, in its sentence: the sentence's offset in the article and text, what it reports
    done, the nearest stance word, and the mention within the text."""

    start: int
    text: str
    events: frozenset[str]
    nearest: str | None
    mention: ProvisionMention


@dataclass
class _StatusCues:
    """What the sentences naming one provision say about where it stands."""

    signed: bool = False
    implemented: bool = False
    enacted: bool = False
    negotiating: bool = False
    agreement: bool = False  # named as the content of an agreement ("an agreement to halt X")
    talks_held: bool = False
    next_round: bool = False  # a further round or meeting is named: "a second round", "meet again"
    next_agreed: bool = False  # the sides settled that a further round will be held: "agreed to meet again"
    open_: bool = False  # said in so many words not to be agreed yet: "have still not agreed on the maps"
    violations: int = 0
    kept: bool = False  # said to have held: "the truce has held since 2020"
    settled: bool = False  # said of itself to have been agreed: "the truce agreed last month"
    refused: bool = False  # turned down, whoever by: "the rebels refused to sign the truce", "said no to a truce"
    passed_over: bool = False  # named only as left out: "the document did not mention sanctions"
    rejections: int = 0  # sentences where a rejection is the stance word nearest the item ...
    held_off: int = 0  # ... of which those that turn it down only until something else: "no truce while ..."
    nearest: str | None = None  # the strongest stance word near a mention, whoever holds it
    evidence: Any = None
    # each mention of the item, in the article's order; where a cue stands in the text (its headline, its lead)
    # and the words next to the mention are read from these (see `_refused_up_front`, `_told_done`)
    said: list[_Said] = field(default_factory=list)

    def note(self, text: str, evidence: Any, events: set[str], nearest: str | None,
             mention: ProvisionMention) -> None:
        if self.evidence is None:
            self.evidence = evidence
        self.said.append(_Said(getattr(evidence, "start", len(self.said)), text, frozenset(events), nearest, mention))
        self.signed |= "signed" in events
        self.implemented |= "implemented" in events
        self.enacted |= "enacted" in events
        self.negotiating |= "negotiating" in events
        self.agreement |= "agreement" in events
        self.violations += "violated" in events
        self.kept |= "kept" in events
        self.settled |= "settled" in events
        self.refused |= "refused" in events
        self.passed_over |= "passed_over" in events
        if nearest == "reject":
            self.rejections += 1
            self.held_off += "held_off" in events
        self.open_ |= "open" in events
        self.talks_held |= _talks_held(text)
        self.next_round |= bool(NEXT_ROUND.search(text))
        self.next_agreed |= bool(NEXT_ROUND.search(text) and SETTLED.search(text))
        if nearest and (self.nearest is None or STANCE_RANK[nearest] > STANCE_RANK[self.nearest]):
            self.nearest = nearest


def talked_over(text: str, start: int, end: int) -> bool:
    """Whether a sentence names the item at text[start:end] as what talks are about ("ceasefire talks",
    "negotiations over a truce", "efforts to finalize a deal on X"): read on the words, as headlines
    and lists often defeat the parse."""
    return bool(TALKED_BEFORE.search(text[:start]) or TALKED_AFTER.match(text[end:]))


# Talks on the item only offered or put off, read before its mention: "suggested reviving talks on joint
# exploration", "proposed that the two sides resume discussions on X", "only then a return to the talks on X", "is
# willing to meet anywhere to negotiate X" (not "agreed to resume talks on X"): talks to come, not talks going on.
TALKS_OFFERED_BEFORE = re.compile(r"\b(?:suggest\w*|propos\w*|offer\w*|call\w*\s+for|urg\w*|ready|willing|wants?|wanted|"
                                  r"only then)\b[^.;:!?]{0,40}?\b(?:reviv\w*|resum\w*|restart\w*|return(?:ing)?\s+to|"
                                  r"reopen\w*)\s+(?:the\s+|their\s+|its\s+)?(?:[\w-]+\s+)?(?:talks|negotiations?|"
                                  r"discussions?|dialogue)\b(?: [\w'\u2019-]+){0,6} $|"
                                  r"\b(?:ready|willing|prepared|offer\w*)\b[^.;:!?]{0,60}?\bto\s+(?:negotiate|discuss)\s+"
                                  r"(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\w'\u2019-]+\s+){0,3}$", re.I)


# Talks told as going on now, in a sentence that names the item as talked over: "talks on the island are ongoing",
# "the route is also still being negotiated", "a working group is still discussing it", "have been holding talks on
# the shelf" (not talks offered, held once, or stalled: "talks on X stalled" is where a refusal shows).
GOING_NOW = re.compile(r"\b(?:(?:are|is|remain|remains)\s+(?:still\s+)?(?:ongoing|continuing|under ?way)|"
                       r"still\s+(?:being\s+negotiated|being\s+discussed|discussing|negotiating)|"
                       r"(?:have|has)\s+been\s+(?:holding|conducting)\s+(?:[\w-]+\s+)?(?:talks|negotiations|discussions))\b",
                       re.I)


def _talks_there(cues: "_StatusCues") -> bool:
    """Whether talks on the item are told as there: the item names them in a sentence that finds no one's stance on
    it ("B is prolonging the truce talks", "its position in ceasefire talks"), or they are told going on now
    (GOING_NOW)."""
    return any("negotiating" in said.events
               and (said.nearest is None and TALKED_AFTER.match(said.text[said.mention.end:]) or GOING_NOW.search(said.text))
               for said in cues.said)


def _talks_only_offered(cues: "_StatusCues") -> bool:
    """Whether every mention read as talked over names talks only offered or put off (TALKS_OFFERED_BEFORE)."""
    talked = [said for said in cues.said if "negotiating" in said.events]
    return bool(talked) and all(TALKS_OFFERED_BEFORE.search(said.text[:said.mention.start]) for said in talked)


# An item the parties are said not to have settled yet, read before its mention: "have not yet agreed on
# the maps", "ended the round without agreeing how to mark the border", "failed to agree on a truce".
UNSETTLED_BEFORE = re.compile(r"\b(?:(?:not|never)\s+(?:yet\s+)?agreed|without\s+agreeing|fail(?:ed|s)?\s+to\s+agree|"
                              r"(?:yet|still)\s+to\s+(?:agree|settle|reach agreement))"
                              r"\s+(?:on|over|about|how|to)(?: [\w'\u2019-]+){0,6} $", re.I)
# The same said of the item itself, the last word on it: "the two sides have still not agreed on which maps
# should be used to mark the border" (read in `_events`, from the start of the sentence to the mention).
OPEN_BEFORE = re.compile(r"\b(?:(?:have|has|had)\s+(?:still\s+|yet\s+)?(?:not|never)\s+(?:yet\s+)?agreed|"
                         r"(?:have|has|had|are|is)\s+(?:still\s+)?yet\s+to\s+agree|"
                         # "failed to reach agreement on", "no deal was reached on"
                         r"(?:fail(?:ed|s)?\s+to|did\s+not|didn't|could\s+not|couldn't)\s+(?:reach|strike|clinch)\s+(?:an?\s+|any\s+)?"
                         r"(?:agreement|deal|accord)|\bno\s+(?:agreement|deal|accord)\s+(?:was|has\s+been|had\s+been)\s+reached)\s+"
                         r"(?:on|over|about|how|which|what|where)(?: [\w'\u2019-]+){0,10} $", re.I)
# The same said after the item: "made progress on X but no deal was reached", "left with a draft on X ready, but
# with no agreement on its timing".
OPEN_AFTER = re.compile(r"^[^.;:!?]{0,40}?\b(?:but|though|although|yet)\s+(?:no\s+(?:agreement|deal|accord)\s+"
                        r"(?:was|has\s+been|had\s+been)\s+reached|with\s+no\s+(?:agreement|deal|accord)\s+(?:yet\s+)?"
                        r"(?:on|over|about))\b", re.I)
# An item said to be among what talks cover, read after its mention: "border lines have been part of the
# talks" (the dot of an abbreviation such as "U.N." does not end the clause).
IN_TALKS_AFTER = re.compile(r"^(?:[^.;:!?]|(?<=[A-Z])\.){0,100}?\b(?:is|are|was|were|ha(?:ve|s) been|remains?)\s+(?:(?:still|also|now)\s+)?"
                            r"(?:part of|among the issues in|(?:high )?on the agenda of|at the (?:heart|centre|center|core) of|"
                            r"central to|(?:the|a) (?:main |key |central )?(?:focus|subject|topic|issue) (?:of|in|at)) "
                            r"(?:the )?(?:talks|negotiations|discussions)\b",
                            re.I)


# An item named as what talks take up, read before its mention: "talks on Monday were expected to address
# the disputed border", "the agenda covered the release of prisoners" (a negation in between undoes it).
AGENDA_BEFORE = re.compile(r"\b(?:talks|negotiations|discussions|meetings?|agenda|session)\b(?P<mid>[^.;:!?]{0,60}?)"
                           r"\b(?:address(?:ed|es)?|cover(?:ed|s)?|include[ds]?|focus(?:ed|es)? on|dealt with|"
                           r"touch(?:ed|es)? on|turn(?:ed|s)? to)\b(?P<obj>[^.;:!?]{0,90})$", re.I)
# ... and after it: "the border and the monitors were thoroughly addressed during the meeting".
AGENDA_AFTER = re.compile(r"^(?:[^.;:!?]|(?<=[A-Z])\.){0,120}?\b(?:is|are|was|were|ha(?:ve|s) been)\s+(?:\w+ly\s+)?"
                          r"(?:addressed|discussed|taken up|covered|raised)\s+(?:during|at|in)\s+(?:the\s+)?"
                          r"(?:meeting|talks|negotiations|session|round|discussions)\b", re.I)
# Words that make the talks' agenda unreal: negated ("did not address"), or only possible ("any talks could
# cover ...").
UNREAL = re.compile(r"\b(?:not|never|no|any|could|would|might|may|will|can|should|must|if)\b|n't\b", re.I)


# The same asked in a question: "Are detained nationals part of the talks?", "Is the border on the agenda?"
ASKED_BEFORE = re.compile(r"^\s*(?:is|are|was|were)\s+(?:[\w'\u2019-]+\s+){0,4}$", re.I)
ASKED_AFTER = re.compile(r"^(?:\s+[\w'\u2019-]+){0,3}\s+(?:(?:also|still)\s+)?(?:part of|among the issues in|on the agenda "
                         r"(?:of|at|in)) (?:the )?(?:talks|negotiations|discussions)\b", re.I)


# An item the sides are said to be split on or bargaining over, read before its mention: "remain divided over
# the border", "haggling over the terms of a truce", "narrowed their differences over a transit route", "are
# close to a truce deal", "talks stalled over the border", "one of the sticking points is the border"; and after it: "the border remains the main sticking
# point", "a deal on prisoners is within reach".
CONTESTED_BEFORE = re.compile(r"(?:\b(?:remain(?:s|ed)?|are|were|is|was|still)\s+(?:\w+ly\s+|still\s+)?(?:divided|split|at odds|"
                              r"far apart)|\b(?:haggl|wrangl|bargain)\w*|\bnarrow(?:s|ed|ing)?\s+(?:their\s+|the\s+)?"
                              r"(?:differences|gaps?)|\b(?:differences|disagreements?|gaps)(?:\s+remain(?:s|ed)?)?)\s+(?:over|on|about)"
                              r"(?: [\w'\u2019-]+){0,6} $|"
                              r"\b(?:are|is|were|was)\s+(?:still\s+)?(?:working|bargaining)\s+(?:on|out)(?: [\w'\u2019-]+){0,4} $|"
                              r"\b(?:talks|negotiations)\b(?: [\w'\u2019-]+){0,6}? (?:stalled|snagged|stumbled|deadlocked|"
                              r"bogged down)\s+(?:over|on)(?: [\w'\u2019-]+){0,4} $|"
                              r"\b(?:are|is|were|was|now|moving)\s+(?:\w+ly\s+)?(?:close|near)\s+to\s+(?:reaching\s+|sealing\s+)?"
                              r"(?:a|an|the)(?: [\w'\u2019-]+){0,3} $|"
                              # the dispute named first: "a key point of dispute remains X", "the main sticking
                              # point was X", "the other stumbling block is X"
                              r"\b(?:sticking points?|stumbling blocks?|bones? of contention|(?:areas?|points?|sources?)\s+of\s+"
                              r"(?:contention|dispute|disagreement))\b[^.;:!?]{0,30}?\b(?:is|was|are|were|remains?|remained)\s+"
                              r"(?:[\w'\u2019-]+\s+){0,4}$", re.I)
CONTESTED_AFTER = re.compile(r"^(?:[^.;:!?]|(?<=[A-Z])\.){0,80}?\b(?:is|are|was|were|remains?|remained|ha(?:ve|s) been)\s+"
                             r"(?:still\s+)?(?:(?:the\s+|a\s+|one of the\s+)?(?:\w+\s+)?(?:sticking points?|stumbling blocks?|"
                             r"bones? of contention|points? of contention)\b|(?:now\s+)?(?:within reach|in sight)\b)", re.I)


# An item named deep in the deal an effort is still trying to close, read before its mention: "the ongoing efforts
# to finalize a truce deal along with the handover of the captives" (the nearer reach is TALKED_BEFORE's).
EFFORT_BEFORE = re.compile(r"\b(?:efforts?|struggl\w*|trying|tries|push(?:ing)?|work(?:ing)?|aim(?:ing|s)?)\s+"
                           r"(?:to|toward|towards)\s+(?:finali[sz]e|conclude|forge|secure|reach|clinch|strike|seal|broker|"
                           r"hammer out)(?: [\w'\u2019-]+){6,9} $", re.I)


# An item named in the settlement the sides say they keep working together toward, read before its mention: "will
# continue working together to reach a settlement that restores trade, schooling and reconstruction": a deal still
# being sought between them, so its terms are under negotiation.
KEEP_WORKING_BEFORE = re.compile(r"\bcontinu(?:e|es|ed|ing)\s+(?:working|to\s+work)\s+together\s+"
                                 r"(?:to|toward|towards)\s+(?:finali[sz]e|conclude|forge|secure|reach|clinch|strike|seal|broker|hammer out)"
                                 r"(?:\s+[\w'\u2019,-]+){0,11}\s+$", re.I)


def unsettled(text: str, start: int, end: int) -> bool:
    """Whether a sentence names the item at text[start:end] as still open between parties in talks: not
    yet agreed on, part of the talks, what talks take up, what the sides are split on, or named deep in a deal
    an effort still seeks or in a settlement the sides keep working toward together. Such an item is under
    negotiation, not merely proposed."""
    if UNSETTLED_BEFORE.search(text[:start]) or IN_TALKS_AFTER.match(text[end:]):
        return True
    if EFFORT_BEFORE.search(text[:start]) or KEEP_WORKING_BEFORE.search(text[:start]):
        return True
    if CONTESTED_BEFORE.search(text[:start]) or CONTESTED_AFTER.match(text[end:]):
        return True
    agenda = AGENDA_BEFORE.search(text[:start])
    if (agenda and not UNREAL.search(text[max(0, agenda.start() - 4):agenda.start()] + agenda.group("mid"))
            and len(agenda.group("obj").split()) <= 16):
        return True
    if ASKED_BEFORE.match(text[:start]) and ASKED_AFTER.match(text[end:]):
        return True  # a Q&A heading: "Are detained nationals part of the talks?"
    after = AGENDA_AFTER.match(text[end:])
    return bool(after and not UNREAL.search(after.group(0)))


# How far into the text its headline and opening sentence reach: what is told there is the news of the day.
LEAD_CHARS = 300


# A verb of turning down, a few words before the item: "rejects Quad truce plan", "flatly rebuffed an offer of talks".
REFUSAL_BEFORE = re.compile(r"\b(?:reject(?:s|ed)?|rebuff(?:s|ed)?|refus(?:es|ed)|dismiss(?:es|ed)|spurn(?:s|ed)?|"
                            r"turn(?:s|ed)? down|rule[sd]? out)\b(?: [\w'\u2019-]+){0,6} $", re.I)


# A negation anywhere in a sentence: "a spokesman did not reject the demand" is no refusal, whatever stance word
# stands nearest the item.
NEGATION = re.compile(r"\b(?:not|never|no)\b|n't\b", re.I)


def _refused_up_front(provision: str, cues: _StatusCues, plainly: bool = False) -> bool:
    """Whether the item is turned down in the headline or the opening sentence ("Norland rejects truce plan"):
    the refusal is then the news, however many others back the item. `plainly`: only in a sentence with no
    negation (read where no party was found to refuse, so the stance word alone tells it)."""
    for said in cues.said:
        if said.start >= LEAD_CHARS or "held_off" in said.events:
            continue
        if plainly and NEGATION.search(said.text):
            continue
        if said.nearest == "reject" or "refused" in said.events:
            return True
        if REFUSAL_BEFORE.search(said.text[: said.mention.start]):
            return True
    return False


def _clause(reach: int) -> str:
    """The rest of a mention's clause, up to a cue read after it within `reach` characters: no "but", "once", "if",
    ", and" in between."""
    return r"^(?:(?!,\s*(?:and|but|while)\b|\b(?:but|once|until|unless|if|when|whether)\b)[^.;:!?]){0,%d}?" % reach


_CLAUSE = _clause(100)


# An item told as in force or carried out, read after its mention in its own clause (no "but", "once", "if" in
# between): "the truce is broadly holding", "the accord continues to hold", "the pact has been fully in force since
# May"; "the pullback was completed last week", "the crossing reopened on Monday", "aid is now being delivered".
# Told before it: "the armies completed the withdrawal of their guns".
_ADV = r"(?:(?:largely|mostly|broadly|generally|so far|now|still|fully|firmly|effectively)\s+)?"
# (an aside between the verb and the hold: "the truce is, for now, holding")
_ASIDE = r"(?:\s*,\s*(?:for now|so far|for the moment|for the time being|by and large|at least for now|for the most part),)?"
HOLDING_AFTER = re.compile(_CLAUSE + r"\b(?:(?:is|are|was|were|has been|have been)" + _ASIDE + r"\s+" + _ADV + r"holding|"
                           r"(?:continues?|continued)\s+to\s+" + _ADV + r"(?:hold|operate|function)|"
                           # "the truce is working", "the accord has worked" (not "is working on", "towards")
                           r"(?:is|are|has|have)\s+" + _ADV + r"work(?:ing|ed)(?!\s+(?:on|to|towards?|with|for|out)\b)|"
                           r"(?:remains?|remained|has been|have been|is|are)\s+" + _ADV
                           + r"in (?:force|effect|operation)|"
                           # "the duties remain in place", "the corridors will stay in place"
                           r"(?:remains?|remained|will remain|stays?|stayed|will stay)\s+" + _ADV + r"in place|"
                           # put in force: "the customs deal was put into force on 1 June", "is being put into effect"
                           r"(?:was|were|(?:has|have|had)\s+(?:now\s+|already\s+)?been)\s+(?:\w+ly\s+)?put into "
                           r"(?:force|effect|practice)|(?:is|are)\s+(?:now\s+|already\s+)?being put into "
                           r"(?:force|effect|practice)|"
                           # told in a participle clause: "the river-trade accord, put into force in 2023, ..."
                           r",\s+put into (?:force|effect)\s+(?:in|on|since|last)\b)\b(?!\s+(?:only\s+)?(?:if|unless)\b)", re.I)
# A force or mission told as manned now, the item after the words: "some 900 Norland troops are serving in the
# regional stabilisation force", "its police have been deployed within the joint mission since May": in force.
SERVING_IN_BEFORE = re.compile(r"\b(?:are|is|have been|has been)\s+(?:now\s+|still\s+)?(?:serving|deployed|operating|stationed)\s+"
                               r"(?:in|under|with|within|as part of)\s+(?:the\s+|an?\s+|its\s+|their\s+)?"
                               r"(?:[\w'\u2019-]+\s+){0,5}$", re.I)
# A force or mission told as standing by what was done to it, the item after the words: "the assembly renewed until
# March the mandate of the observer force", "a general has been appointed commander of the joint stabilisation
# mission" (not "called for renewing the mandate", "to renew the mandate"): in force.
STANDING_BODY_BEFORE = re.compile(r"(?<!\bto )\b(?:extended|renewed|prolonged)\b(?:[^.;:!?]|(?<=[A-Z])\.){0,40}?\bmandates?\s+of\s+"
                                  r"(?:the\s+|its\s+|their\s+|an?\s+)?(?:[\w'\u2019-]+\s+){0,3}$|"
                                  r"\b(?:has|have|had)\s+been\s+(?:named|appointed)\s+(?:as\s+)?(?:the\s+)?(?:new\s+)?"
                                  r"(?:force\s+)?(?:commander|head|chief)\s+of\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,3}$", re.I)
DONE_AFTER = re.compile(_CLAUSE + r"\b(?:was|were|(?:has|have|had)\s+(?:now\s+|already\s+)?been)\s+" + _ADV
                        + r"(?:completed|carried out|implemented|released|freed|reopened|opened|lifted|launched|set up|"
                        r"established|delivered|handed over|restored|resumed)\b|"
                        # going on now: "aid is now being delivered", "the guns are being withdrawn"
                        + _CLAUSE + r"\b(?:is|are)\s+(?:now\s+|already\s+)?being\s+(?:delivered|carried out|implemented|"
                        r"distributed|released|freed|withdrawn|pulled back|dismantled|lifted|rebuilt|restored|enforced)\b|"
                        + _CLAUSE + r"\b(?:reopened|resumed|opened|began|started|got under way)\b"
                        r"(?=\s+(?:to\s+[\w-]+\s+)?(?:on|last|in|this|earlier|after|\w+day|yesterday|today|"
                        r"the (?:same|next|following) day|(?:a|one|two|three) (?:days?|weeks?) later)\b)", re.I)
# (with up to two asides of time or place before the item: "completed on Monday, at the river crossing, the swap")
_WHEN_WHERE = r"(?:(?:on|at|in|last|earlier|this)\b[^.;:!?,]{0,40},\s+){1,2}"
DONE_BEFORE = re.compile(r"\b(?:completed|carried out|finished|began|started)\s+(?:the\s+|its\s+|their\s+)?"
                         r"(?:[\w-]+\s+){0,2}$|"
                         r"\b(?:completed|carried out|finished)\s+" + _WHEN_WHERE + r"(?:the\s+|its\s+|their\s+)?"
                         r"(?:[\w-]+\s+){0,2}$|"
                         # a step named by its noun: "completed the handover of the last border plots"
                         r"\b(?:completed|carried out|finished)\s+(?:the\s+|its\s+|their\s+)?"
                         r"(?:[\w-]+\s+){0,2}of\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}$", re.I)
# A step welcomed as done, named by its noun: "the ministers welcomed the reopening of the crossing to trade", "hailed
# the release of the detainees" (not "the planned release": a step to come).
WELCOMED_BEFORE = re.compile(r"\b(?:welcome[sd]?|hailed|praised|noted|congratulated\s+(?:\w+\s+){1,2}on)\s+(?:with\s+\w+\s+)?"
                             r"(?:the\s+)?(?:(?!planned|proposed|expected|possible|future|promised|eventual)[\w-]+\s+)?"
                             r"(?:reopening|resumption|completion|delivery|release|exchange|opening|launch|restoration|"
                             r"lifting|return|handover|withdrawal)\s+(?:of\s+|to\s+)?(?:the\s+|its\s+|their\s+)?"
                             r"(?:[\w'\u2019-]+\s+){0,4}$", re.I)
# A step a side told let happen, the item its object: "Norland allowed relief convoys to reach the valley", "the army
# permitted the evacuation of the wounded" (not "would be allowed", "has not allowed", nor what a thing once allowed:
# "the bridge, which allowed traders passage before the war").
ALLOWED_BEFORE = re.compile(r"(?<!\bnot )(?<!\bbe )(?<!\bbeen )(?<!\bnever )(?<!\bwould )(?<!\bwill )(?<!\bto )"
                            r"(?<!\bwhich )(?<!\bthat )(?<!\bwho )\b(?:allowed|permitted)\s+(?:the\s+|an?\s+|some\s+)?"
                            r"(?:[\w-]+\s+){0,3}$", re.I)
# Captives told freed by their number, the item the people freed: "the army said it had freed 140 people detained in
# the raids", "released more than 60 fishermen" (not "to free", "would be released", "have not released").
FREED_COUNT_BEFORE = re.compile(r"(?<!\bto )(?<!\bbe )(?<!\bbeen )(?<!\bnot )(?<!\bnever )\b(?:freed|released|swapped|"
                                r"exchanged|repatriated)\s+(?:(?:some|about|around|nearly|almost|more than|over)\s+)?"
                                r"\d[\d,]*(?:\s+[\w-]+){0,3}\s+$", re.I)


def _freed_by_count(said: _Said, others: list[_Said]) -> bool:
    """Captives told freed by their number (FREED_COUNT_BEFORE): the verb before the mention ("it had freed 140
    people"), or the mention's own first word ("the sides exchanged 57 detainees", read up to the noun) where no other
    sentence puts a new swap in play ("On Monday both sides agreed to a second swap": the swap told is then its
    background, as for the exchanges of the events stage)."""
    text, m = said.text, said.mention
    if FREED_COUNT_BEFORE.search(text[:m.start]):
        return True
    head = text[m.start:m.end].rsplit(None, 1)
    if len(head) != 2 or not FREED_COUNT_BEFORE.search(text[:m.start] + head[0] + " "):
        return False
    return not any(o.nearest in SWAP_IN_PLAY and o.text.strip() != text.strip() for o in others)


# Stances that put a swap in play: agreed, sought, backed or refused (not merely discussed).
SWAP_IN_PLAY = frozenset({"agree", "propose", "support", "reject"})


# A step a speaker reports done, the past perfect only shifted back by the reporting verb: "the minister said the
# government had imposed sanctions on the two generals" (the news, not what came before it; not "had not", nor
# "had planned to impose").
REPORTED_DONE_BEFORE = re.compile(r"\b(?:said|says|told|noted|added|announced|confirmed|reported)\b(?:\s+\w+){0,3}?"
                                  r"(?:\s+that)?(?:\s+(?!not\b|never\b)[\w'\u2019-]+){1,4}?\s+had\s+(?:\w+ly\s+)?"
                                  r"(?:imposed|lifted|released|freed|withdrawn|reopened|exchanged|swapped|handed over|"
                                  r"repatriated|delivered|pulled back|dismantled)\s+(?:the\s+|its\s+|their\s+|all\s+)?"
                                  r"(?:[\w-]+\s+){0,2}$", re.I)


# A step told done by its noun and a participle after the item: "the swap of captives carried out last week".
DONE_PARTICIPLE = re.compile(r"^(?:\s+[\w-]+){0,3}?\s*,?\s+(?:carried out|completed|conducted)\s+(?:on|at|in|last|earlier|"
                             r"this|under|by)\b", re.I)


# Talks on the item told as going on, the item named between the talks and their verb: "talks between the two
# capitals over the corridor are ongoing", "negotiations on a water-sharing deal continue", even past a long aside
# ("talks on joining the two rail lines, which both ministries say could make the valley a freight route, have
# stalled").
TALKS_BEFORE = re.compile(r"\b(?:talks|negotiations|discussions|consultations)\b[^.;:!?]{0,180}$", re.I)
GOING_ON_AFTER = re.compile(_CLAUSE + r"\b(?:(?:are|is|remain|remains)\s+(?:still\s+)?(?:ongoing|continuing|under ?way|"
                            r"in progress)|continue|are continuing|"
                            # talks stalled are talks not ended: "talks on the route have stalled since the spring"
                            r"(?:have|has)\s+(?:\w+ly\s+)?stalled|(?:are|is|remain|remains)\s+(?:still\s+)?(?:stalled|stuck|"
                            r"deadlocked))\b", re.I)
# Talks told as stalled over the item, however long the phrase that names it: "the talks stalled over Norland's demand
# for written guarantees" (read before the mention).
STALLED_OVER_BEFORE = re.compile(r"\b(?:talks|negotiations|discussions)\b[^.;:!?]{0,60}?\b(?:stalled|stall|stalls|snagged|"
                                 r"deadlocked|stuck)\s+(?:over|on)\s+(?:[\w'\u2019-]+,?\s+){0,10}$", re.I)
# The item said of itself to be unsettled: "the route is still being negotiated", "the maps remain unresolved",
# "the border is yet to be agreed".
UNSETTLED_AFTER = re.compile(_CLAUSE + r"\b(?:is|are|was|were|remains?)\s+(?:still\s+)?"
                             r"(?:being\s+(?:negotiated|discussed|worked out|hammered out)|"
                             r"under (?:negotiation|discussion)|(?:open|unresolved|unsettled|undecided)\b|"
                             r"(?:yet\s+)?to be (?:agreed|settled|negotiated|resolved|decided|worked out)|"
                             # "the water deal remains elusive", "the pact is still unfinished", "the pact still unfinished"
                             r"(?:unfinished|elusive|stuck|deadlocked)\b)|"
                             r"^[^,.;:!?]{0,40}?\bstill\s+(?:unfinished|elusive|unresolved|unsettled|stuck|deadlocked)\b", re.I)
# Talks told as ended with no deal on the item, however many words name the round: "the session closed without
# agreement on who runs the dam", "ended a second round of Omani-hosted talks in Muscat on Monday without a deal on X".
NO_DEAL_BEFORE = re.compile(r"\b(?:ended|closed|broke up|wrapped up|concluded|finished)\s+(?:[\w'\u2019-]+\s+){0,12}?without\s+"
                            r"(?:an?\s+|any\s+)?(?:agreement|deal|accord)\s+(?:on|over|about)\s+(?:[\w'\u2019-]+\s+){0,8}$", re.I)
# Work on the item told as going on, read before its mention: "the experts will continue technical work next week on
# the terms of X", "told the panels to continue working on the border file": still being worked out, whatever was
# agreed before.
WORK_GOES_ON_BEFORE = re.compile(r"\bcontinu(?:e|es|ed|ing)\s+(?:to\s+work|working|(?:[\w-]+\s+)?work)\b"
                                 r"(?:\s+[\w'\u2019-]+){0,5}?\s+on\s+[^.;:!?]{0,120}$", re.I)


# An item told as broken down, read after its mention in its own clause: "the truce collapsed at the weekend", "the
# accord has frayed", "the ceasefire is being breached almost daily", "the truce was declared over".
BROKEN_AFTER = re.compile(_CLAUSE + r"\b(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?(?:collapsed|broke down|broken down|"
                          r"frayed|unravell?ed|fallen apart|fell apart|crumbled)\b|"
                          + _CLAUSE + r"\b(?:is|are|was|were)\s+(?:\w+ly\s+)?(?:fraying|in tatters|collapsing|"
                          r"unravell?ing|being\s+(?:\w+\s+)?(?:breached|violated|broken))\b|"
                          + _CLAUSE + r"\b(?:was|were|has been|have been)\s+(?:\w+ly\s+)?(?:breached|violated|broken|"
                          r"torn up|declared (?:over|void|dead))\b|"
                          # "the truce has been in tatters since May", "the truce exists only on paper"
                          + _CLAUSE + r"\b(?:has|have) been in tatters\b|" + _CLAUSE + r"\bexists? only on paper\b", re.I)
# The item named as what a deal was to do, read before its mention: "a deal to reopen the ferry crossing, struck in
# March, fell apart within days" (with BROKEN_AFTER): the deal broke, whatever the item's own word names.
DEAL_TO_BEFORE = re.compile(r"\b(?:deal|agreement|accord|pact|arrangement|understanding)\s+to\s+[\w-]+\s+"
                            r"(?:the\s+|an?\s+|its\s+|their\s+)?(?:[\w'\u2019-]+\s+){0,2}$", re.I)
# The item as a term of a deal told breached, named after it: "the strike breached the understanding under which
# both sides pledged not to attack oil installations", "the worst breach yet of the May deal, under which ...".
BREACHED_TERMS_BEFORE = re.compile(r"\b(?:breach(?:ed|es)?|violat(?:ed|es|ions?)|broke|broken)\s+(?:\w+\s+){0,2}?(?:of\s+)?"
                                   r"(?:the|a|an|its|their|this|that)\s+(?:[\w'\u2019-]+\s+){0,3}?(?:understanding|agreement|"
                                   r"deal|accord|truce|ceasefire|pact|arrangement)\b[^.;!?]{0,80}?\bunder\s+which\b"
                                   r"(?:[^.;!?]|(?<=[A-Z])\.){0,120}$", re.I)
# A deal declared over by one side, the item between: "the army declared the local ceasefire over".
DECLARED_BEFORE = re.compile(r"\bdeclared\s+(?:the|their|its|a|this|that)\s+(?:[\w-]+\s+){0,2}$", re.I)
DECLARED_AFTER = re.compile(r"^\s+(?:over|void|null and void|dead)\b", re.I)
# A deal told as having held before something else happened: "the truce had largely held for eight months".
HELD_BEFORE = re.compile(r"\bhad\s+(?:\w+ly\s+)?(?:held|been\s+(?:\w+ly\s+)?"
                         r"(?:in force|in effect|respected|observed))\b", re.I)


def _held_only_before(cues: _StatusCues) -> bool:
    """Whether every sentence telling the item kept tells it in the past perfect ("had largely held"): a hold
    told as over by the time of the news, which a breach then outweighs."""
    kept = [said.text for said in cues.said if "kept" in said.events]
    return bool(kept) and all(HELD_BEFORE.search(text) for text in kept)


# A deal a side holds in abeyance, told right after it: "Norland placed the 1990 river treaty in abeyance", "still
# holds the accord \"in abeyance\"", "the accord, which Norland put in abeyance last year": suspended by a side, so
# refused, and not carried out whatever the verb ("placed") would otherwise tell.
ABEYANCE_AFTER = re.compile(r"^[\"\u201d\u2019']?\s*(?:,\s*(?:which|that)\s+(?:[\w'\u2019-]+\s+){0,3}?"
                            r"(?:placed|put|holds?|held|kept|keeps)\s+|(?:was|were|has been|have been|had been|is|are|"
                            r"remains?)\s+(?:placed\s+|put\s+|held\s+|kept\s+)?)?[\"\u201c']?in abeyance\b", re.I)


def _in_abeyance(said: _Said) -> bool:
    """ "Norland placed the river treaty in abeyance": the item suspended by a side (ABEYANCE_AFTER)."""
    return bool(ABEYANCE_AFTER.match(said.text[said.mention.end:]))


# A text initialled, agreed word for word but not yet signed, holding the item: "the two ministers initialled a
# protocol on the border", "the border protocol, initialled in May, ...".
INITIALLED_BEFORE = re.compile(r"\binitiall?ed\s+(?:(?:a|an|the|their|its)\s+)?(?:[\w-]+\s+){0,6}$", re.I)
INITIALLED_AFTER = re.compile(r"^\s*(?:[\w-]+\s+){0,2}?(?:[\w-]+)?,?\s*(?:(?:which|that)\s+(?:was|were|had been|has been)\s+)?"
                              r"initiall?ed\b", re.I)


# An item named as an open issue, and no more: "raised the issue of X", "the question of X", "X remains one of
# the most contentious issues", "named X as an unresolved issue", "X is among the issues envoys have raised".
OPEN_ISSUE_BEFORE = re.compile(r"\b(?:the|an?|one)\s+(?:[\w-]+\s+){0,2}?(?:issue|question|matter)s?\s+of\s+"
                               r"(?:the\s+|an?\s+|its\s+|their\s+)?(?:[\w'\u2019-]+\s+){0,3}$", re.I)
OPEN_ISSUE_AFTER = re.compile(_CLAUSE + r"\b(?:is|are|was|were|remains?|remained|as|among)\s+(?:still\s+)?"
                              r"(?:(?:one|some|among)\s+of\s+)?(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}?(?:issues?|questions?)\b",
                              re.I)
# ... or named as what an issue is, the issue first: "the one issue no mediator has touched is the return of the
# displaced",
# "the question neither side will raise: whether X", "what no one is speaking about is reparations".
ISSUE_IS_BEFORE = re.compile(r"(?:\b(?:issue|question|matter)\b(?:[^.;:!?]{0,50}?\b(?:is|was|remains)\s+|[^.;:!?]{1,50}?:\s+)|"
                             r"\bwhat\s+(?:nobody|no one)\s+(?:is|was)\s+(?:talking|speaking)\s+about\s+is\s+)"
                             r"(?:the\s+|an?\s+|whether\s+)?(?:[\w'\u2019-]+\s+){0,4}$", re.I)
# An item named only as left out, told after it in its own clause: "X was not on the agenda", "X was not even
# discussed", "X was left out of the text", "X does not appear in the paper"; or before it: "neither envoy
# mentioned X".
LEFT_OUT_AFTER = re.compile(_CLAUSE + r"\b(?:(?:was|were|is|are|has been|have been|had been)\s+(?:not|never)\s+"
                            r"(?:even\s+|formally\s+|yet\s+)?(?:mentioned|addressed|discussed|raised|taken up|covered|"
                            r"included|on the agenda|part of the (?:current\s+)?(?:talks|negotiations|discussions|agenda))|"
                            r"(?:was|were|has been|have been|had been)\s+left out|"
                            r"(?:does|do|did)\s+not\s+(?:even\s+)?(?:appear|feature|figure|come up))\b", re.I)
LEFT_OUT_BEFORE = re.compile(r"\b(?:neither|nobody|no one)\b[^.;:!?]{0,40}\b(?:mentioned|raised|addressed|discussed)\s+"
                             r"(?:the\s+|an?\s+|any\s+)?(?:[\w'\u2019-]+\s+){0,3}$", re.I)
# A relative clause on another noun, ending where the item is told left out: "X, an issue that was not discussed".
RELATIVE_BEFORE_NOT = re.compile(r"\b(?:that|which)\s+(?:was|were|is|are|has|have|had|does|do|did)\s+(?:not|never)\b", re.I)


def _left_out_itself(after: str) -> bool:
    """Whether the item is itself told left out in its clause ("B's bid to join, lodged in 2019, was not discussed"),
    not a noun set beside it ("B proposed X, an issue that was not discussed last year")."""
    m = LEFT_OUT_AFTER.match(after)
    return bool(m) and not RELATIVE_BEFORE_NOT.search(m.group(0))


# A text told signed, holding the item later in the same clause: "the two governments signed a memorandum on Monday
# creating a fund to rebuild schools", "signed a treaty that commits both to recognise the border", "welcomed the
# signing on 3 May of the agreement on water sharing" (not "to sign", "would sign", "yet to sign", "before signing").
_TEXTS = r"(?:%s|documents?|framework|addendum|roadmap|road map|texts?)" % "|".join(sorted(SIGNABLE | {"agreements", "treaties",
                                                                                                   "accords", "deals"}))
_NO_TURN = r"(?:(?!\b(?:but|while|although|though|whereas|yet)\b)[^.;:!?]){0,140}$"
SIGNED_BEFORE = re.compile(r"(?<!\bto )(?<!\bnot )(?<!\bnever )(?<!\byet )(?<!\bwould )(?<!\bwill )(?<!\bcould )"
                           r"(?<!\bbefore )(?<!\bafter )\b(?:signed|inked)\s+(?:a|an|the|their|its|two|three)\s+"
                           r"(?:[\w'\u2019-]+\s+){0,5}?" + _TEXTS + r"\b" + _NO_TURN + r"|"
                           r"\b(?:welcomed|welcomes|hailed|noted|witnessed|attended)\s+(?:the\s+)?signing\b[^.;:!?]{0,120}?"
                           r"\bof\s+(?:the|an?)\s+(?:[\w'\u2019-]+\s+){0,5}?" + _TEXTS + r"\b" + _NO_TURN, re.I)


# A headline tells a signing in the present: "Malawi, Zambia sign water-sharing pact", "Malawi and Zambia sign deal on
# water sharing" (the item names the text or is what it is on; not "to sign", "will sign").
HEADLINE_SIGN_BEFORE = re.compile(r"(?<!\bto )(?<!\bwill )(?<!\bwould )(?<!\bnot )(?<!\bcould )(?<!\bmay )(?<!\bmight )"
                                  r"(?<!n't )\b(?:sign|signs|ink|inks)\s+(?P<mid>(?:[\w'\u2019-]+\s+){0,4})$", re.I)
HEADLINE_TEXT_AFTER = re.compile(r"^(?:\s+[\w'\u2019-]+){0,2}?\s+" + _TEXTS + r"\b", re.I)
TURN = re.compile(r"\b(?:but|while|as|though|although|whereas|yet|amid)\b", re.I)
_TEXT_NOUN = re.compile(r"\b" + _TEXTS + r"\b", re.I)


def _signed_in_headline(said: _Said) -> bool:
    """Whether a mention in the lead is named by a signing told in the present: the item names the text signed
    ("sign water-sharing pact") or is what it is on ("sign deal on water sharing")."""
    if said.start >= LEAD_CHARS:
        return False
    sign = HEADLINE_SIGN_BEFORE.search(said.text[:said.mention.start])
    if not sign or TURN.search(sign.group("mid")):
        return False  # "sign a customs deal but river talks stall": the item is past the signing
    return bool(_TEXT_NOUN.search(sign.group("mid")) or HEADLINE_TEXT_AFTER.match(said.text[said.mention.end:]))


# A text named before the item in its sentence: "the joint statement mentioned new sanctions": what a text covers is
# on the table, more than talked of.
STATEMENT = re.compile(r"\b(?:statements?|communiqu[e\u00e9]s?|readouts?)\b", re.I)


def _named_in_text(said: _Said) -> bool:
    """Whether a statement, communiqué or other text is named before the item in its sentence (STATEMENT, _TEXTS)."""
    before = said.text[:said.mention.start]
    return bool(STATEMENT.search(before) or _TEXT_NOUN.search(before))


# A proposal named again by a noun and turned down: "B rejected the demand", "B turned the offer down flatly" (the
# noun stands for the item proposed before it).
REFERENT = re.compile(r"^(?:demand|request|offer|proposal|appeal|idea|plan|suggestion)s?$", re.I)
REFUSED_REFERENT_BEFORE = re.compile(r"(?<!\bnot )(?<!\bnever )(?<!n't )\b(?:reject(?:s|ed)?|rebuff(?:s|ed)?|"
                                     r"dismiss(?:es|ed)?|spurn(?:s|ed)?|turn(?:s|ed)?\s+down|refus(?:es|ed))\s+"
                                     r"(?:the|this|that|their|its|his|her)\s+$", re.I)
TURNED_REFERENT = re.compile(r"\bturn(?:s|ed)?\s+(?:the|this|that|their|its|his|her)\s+$", re.I)


def _referent_refused(said: _Said) -> bool:
    """ "B rejected the demand", "B turned the request down": the item, named again by a noun of proposal, refused."""
    text, m = said.text, said.mention
    if not REFERENT.match(text[m.start:m.end]):
        return False
    before, after = text[:m.start], text[m.end:]
    return bool(REFUSED_REFERENT_BEFORE.search(before)
                or (TURNED_REFERENT.search(before) and re.match(r"^\s+down\b", after)))


# An item ruled out in the existential "there will be no": "there will be no amnesty for those who ordered the
# massacres",
# "there can be no power-sharing" (not one only held off: "no talks while the shelling goes on").
NO_ITEM_BEFORE = re.compile(r"\bthere\s+(?:will|would|can|could|shall)\s+be\s+no\s+(?:[\w-]+\s+)?$", re.I)
HELD_OFF_AFTER = re.compile(r"^[^.;:!?]{0,80}?\b(?:while|until|till|unless|before|as long as|so long as|without)\b", re.I)


# An item told on the table, the item or the deal holding it before the words in its own clause: "the truce
# offer remains on the table", "a swap deal now on the table", "the plan has been on the table since May" (not "is
# not on the table", "cannot remain on the table", nor "off the table"): an offer still open, so proposed. (The clause
# reaches past a long aside: "the demand for an inquiry into the raids, most of them on villages ..., remains on the
# table".)
ON_TABLE_AFTER = re.compile(_clause(170) + r"(?:(?<!\bnot )(?<!\bcannot )(?<!n't )\b(?:is|are|was|were|remains?|"
                            r"remained|stays?|stayed|has been|have been|had been)\s+(?:\w+ly\s+)?(?:still\s+|now\s+|also\s+)?|\b(?:now|still)\s+)"
                            r"on the table\b", re.I)


# A deal told still waiting on a named side's word, right after the item: "the two capitals agreed a truce, which is
# pending Norland's approval", "a swap deal subject to acceptance by the rebels" (not "pending ratification", nor a
# body unnamed: "pending cabinet approval"): one side has not yet agreed it, so it is only proposed.
AWAITING_AFTER = re.compile(r"^[^.;:!?]{0,60}?\b(?:pending|subject to|awaiting|conditional on)\s+(?:(?:the\s+)?"
                            r"(?-i:[A-Z])[\w.-]*(?:\s+(?-i:[A-Z])[\w-]*)?[\'\u2019]s\s+(?:formal\s+|final\s+)?"
                            r"(?:approval|acceptance|consent|agreement|sign-off|green light)|"
                            r"(?:approval|acceptance|consent|agreement|sign-off)\s+(?:by|from|of)\s+(?:the\s+)?(?-i:[A-Z]))", re.I)


# A deal a side is told to be trying to reopen, the item in it: "wants to renegotiate the water deal", "accused
# B of trying to back out of the grain deal": a move in a bargain still going on, not a refusal told done.
REOPENED_BEFORE = re.compile(r"\b(?:renegotiat(?:e|es|ed|ing)|(?:trying|attempting|seeking|tries|attempts|seeks|wants?|wanted)\s+"
                             r"to\s+(?:back out of|pull out of|walk away from|wriggle out of))\s+(?:the\s+|a\s+|an\s+|its\s+|"
                             r"their\s+|his\s+|her\s+)?(?:[\w'\u2019-]+\s+){0,4}$", re.I)
# Sides told to have agreed only to make a deal on the item later: "agreed to conclude a deal on X as soon as possible",
# "agreed to negotiate an accord on X": the item itself is not yet agreed.
DEAL_TO_MAKE_BEFORE = re.compile(r"(?<!\bnot )(?<!n't )\b(?:agreed|committed|decided|pledged)\s+to\s+(?:conclude|negotiate|"
                                 r"finali[sz]e|work out|hammer out|draft|seek|pursue|reach)\b(?:\s+[\w'\u2019-]+){0,6}?\s+"
                                 r"(?:agreement|deal|accord|treaty|pact|framework)\s+(?:on|for|over|about|to|covering)\s+"
                                 r"(?:[\w'\u2019-]+\s+){0,4}$", re.I)


# A measure threatened, or told as one a side would take: "threatens tariffs on oil", "has threatened to impose
# sanctions", "would slap new penalties on the sale of oil if ..." (read in the headline and opening sentence).
THREAT_BEFORE = re.compile(r"\b(?:threat(?:en(?:s|ed|ing)?)?(?:\s+of)?|(?:would|will)\s+(?:slap|impose|levy|reimpose))\s+"
                           r"(?:to\s+(?:impose|slap|levy|reimpose|put)\s+)?(?:[\w%'\u2019\u201c\u201d\"-]+\s+){0,4}$", re.I)
DONE_EVENTS = frozenset({"implemented", "enacted", "kept", "signed", "violated"})


def _threatened_up_front(cues: _StatusCues) -> bool:
    """Whether the headline or opening sentence tells the item only as a threat ("B threatens sanctions on oil"):
    the threat is the news, and measures told enacted later ("last week it imposed tariffs on C") are its
    background."""
    lead = [said for said in cues.said if said.start < LEAD_CHARS]
    if any(said.events & DONE_EVENTS for said in lead):
        return False
    return any(THREAT_BEFORE.search(said.text[:said.mention.start]) for said in lead)


# An item named as the goal of an effort, read before its mention: "agreed to keep working together to bring about
# an end to the war", "agreed this could be a first step toward a full truce", "agreed to keep up efforts to
# achieve a lasting truce": what the sides settled is the effort, not the item.
GOAL_BEFORE = re.compile(r"\b(?:toward|towards|on the way to|path to|road to|to bring about|efforts?\s+to\s+(?:make|achieve|"
                         r"bring about|build)|work(?:ing)?\s+(?:together\s+)?(?:to|for))\s+(?:an?\s+|the\s+)?"
                         r"(?:[\w'\u2019-]+\s+){0,3}$", re.I)


def _agreed_only_as_goal(cues: _StatusCues) -> bool:
    """Whether every mention an agreement word stands nearest names the item only as the goal of an effort
    (GOAL_BEFORE), and no mention tells a deal on it: the parties agreed on the effort, the item stays proposed."""
    agreed = [said for said in cues.said if said.nearest == "agree"]
    if not agreed or any(said.events & {"agreement", "signed", "settled"} for said in cues.said):
        return False
    return all(GOAL_BEFORE.search(said.text[:said.mention.start]) for said in agreed)


# Assets told kept frozen, which is the sanction in force: "the central bank's reserves will remain immobilised until
# ...", "the assets stay frozen".
FROZEN_AFTER = re.compile(_CLAUSE + r"\b(?:remains?|remained|will remain|stays?|stayed|will stay|are|is)\s+" + _ADV
                          + r"(?:frozen|immobili[sz]ed)\b", re.I)


# A refusal told only as another's accusation, the item after it: "A accused B of refusing to make peace", "accused the
# rebels of blocking the convoys": the accuser's claim, not a refusal the text reports.
ACCUSED_OF_BEFORE = re.compile(r"\baccus(?:ed|es|ing)\s+(?:[\w'\u2019-]+\s+){1,4}?of\s+(?:refusing|rejecting|blocking|"
                               r"obstructing|stalling)\b[^.;:!?]{0,60}$", re.I)


def _refusal_only_alleged(cues: _StatusCues) -> bool:
    """Whether every mention a refusal is read on is the object of an accusation of refusing (ACCUSED_OF_BEFORE)."""
    refusing = [said for said in cues.said if said.nearest == "reject" or "refused" in said.events]
    return bool(refusing) and all(ACCUSED_OF_BEFORE.search(said.text[:said.mention.start]) for said in refusing)


# An item named in a plan told as being carried out now, read before the mention: "the new council is a step in
# implementing stage one of the roadmap for calm, schooling and reconstruction", "reviewed progress in implementing
# the framework on X" (not "called for implementing", "ready to start implementing"): a plan at work is an agreed one.
PLAN_AT_WORK_BEFORE = re.compile(r"\b(?:step(?:\s+forward)?|progress|advances?|milestones?|(?:are|is|were|was|been)|"
                                 r"(?:began|begun|started|continued|continues))\s+(?:in\s+)?implementing\s+"
                                 r"(?:[\w'\u2019-]+\s+){0,8}?(?:plan|roadmap|road map|framework|agreement|accord|deal)\b"
                                 r"(?:[^.;:!?]|(?<=[A-Z])\.){0,120}$", re.I)


# A clause that sets a condition or a time to come, ending at the mention: "once a truce", "if the accord".
PENDING = re.compile(r"\b(?:once|when|until|unless|if|before|whether)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?"
                     r"(?:[\w-]+\s+){0,2}$", re.I)


def _told_done(provision: str, cues: _StatusCues) -> set[str]:
    """What the words next to the item's mentions tell of it: "kept" (in force, see HOLDING_AFTER, FROZEN_AFTER,
    SERVING_IN_BEFORE, STANDING_BODY_BEFORE), "tabled" (still on the table, see ON_TABLE_AFTER), "reopened" (a deal
    a side tries to renegotiate, see REOPENED_BEFORE), "enacted" (carried out, see DONE_AFTER, DONE_BEFORE,
    REPORTED_DONE_BEFORE, DONE_PARTICIPLE, WELCOMED_BEFORE, ALLOWED_BEFORE, FREED_COUNT_BEFORE), "issue" (named as
    an open issue or as left out, see OPEN_ISSUE_BEFORE, LEFT_OUT_AFTER; "left_out" the latter alone), "signed"
    (held in a text told signed, see SIGNED_BEFORE), "awaiting" (a deal pending a named side's approval, see
    AWAITING_AFTER), "refused" (a proposal named again and turned down, "there will be no X", or a deal held in
    abeyance, see ABEYANCE_AFTER), "open", "negotiating" and "broken" (see BROKEN_AFTER, DEAL_TO_BEFORE); talks that
    opened are the process's to tell (TALKS_HELD)."""
    out: set[str] = set()
    for said in cues.said:
        text, m = said.text, said.mention
        before, after = text[:m.start], text[m.end:]
        if PENDING.search(before):
            continue  # "once a truce is under way", "if the pact is in force": a time to come
        if HOLDING_AFTER.match(after) or (provision == "sanctions" and FROZEN_AFTER.match(after)):
            out.add("kept")
        if provision != "negotiation_process" and not m.weak and (SERVING_IN_BEFORE.search(before)
                                                                 or STANDING_BODY_BEFORE.search(before)):
            out.add("kept")
        if provision != "negotiation_process" and (SIGNED_BEFORE.search(before) or _signed_in_headline(said)):
            out.add("signed")
        if provision != "negotiation_process" and ON_TABLE_AFTER.match(after):
            out.add("tabled")
        if provision != "negotiation_process" and AWAITING_AFTER.match(after):
            out.add("awaiting")
        if (_referent_refused(said) or (NO_ITEM_BEFORE.search(before) and not HELD_OFF_AFTER.match(after))
                or _in_abeyance(said)):
            out.add("refused")
        if INITIALLED_BEFORE.search(before) or INITIALLED_AFTER.match(after) or PLAN_AT_WORK_BEFORE.search(before):
            out.add("settled")
        if provision != "negotiation_process" and (TALKS_BEFORE.search(before) and GOING_ON_AFTER.match(after)
                                                   or STALLED_OVER_BEFORE.search(before)):
            out.add("negotiating")
        if provision != "negotiation_process" and REOPENED_BEFORE.search(before):
            out.add("reopened")
        if provision != "negotiation_process" and (UNSETTLED_AFTER.match(after) or NO_DEAL_BEFORE.search(before)
                                                   or DEAL_TO_MAKE_BEFORE.search(before) or WORK_GOES_ON_BEFORE.search(before)):
            out.add("open")
        if (provision != "negotiation_process" and not m.weak and BROKEN_AFTER.match(after)
                and not talked_over(text, m.start, m.end)):
            out.add("broken")  # (not "talks on the truce, which collapsed": the talks broke down)
        if provision != "negotiation_process" and DEAL_TO_BEFORE.search(before) and BROKEN_AFTER.match(after):
            out.add("broken")  # "a deal to reopen the crossing ... collapsed": the deal, even where the item is weak
        if provision != "negotiation_process" and (DECLARED_BEFORE.search(before) and DECLARED_AFTER.match(after)
                                                   or BREACHED_TERMS_BEFORE.search(before)):
            out.add("broken")
        if provision != "negotiation_process" and (OPEN_ISSUE_BEFORE.search(before) or OPEN_ISSUE_AFTER.match(after)
                                                   or ISSUE_IS_BEFORE.search(before)
                                                   or LEFT_OUT_AFTER.match(after) or LEFT_OUT_BEFORE.search(before)):
            out.add("issue")  # named as an open issue, or as left out: raised, if nothing else is said of it
        if provision != "negotiation_process" and (_left_out_itself(after) or LEFT_OUT_BEFORE.search(before)):
            out.add("left_out")
        if provision != "negotiation_process" and not m.weak and (DONE_AFTER.match(after)
                                                                 or DONE_BEFORE.search(before)
                                                                 or REPORTED_DONE_BEFORE.search(before)
                                                                 or DONE_PARTICIPLE.match(after)
                                                                 or WELCOMED_BEFORE.search(before)
                                                                 or ALLOWED_BEFORE.search(before)
                                                                 or (provision == "prisoner_exchange"
                                                                     and _freed_by_count(said, cues.said))):
            out.add("enacted")  # (a weak cue names too little: "the border opened" carries out no border deal)
    return out


def status_of(provision: str, stances: dict[str, set[str]], cues: _StatusCues) -> str:
    """The status of a provision from its parties' stances and what is said of it.

    `stances` maps each stance to the parties holding it; the strongest decides.
    An agreement is `signed` (the negotiation process only where the text is
    itself the signed one, not where a signing is told), `violated` (it, or the deal it belongs to, is the
    object of a breach: "accused each other of breaching the accord to halt X")
    or `implemented` when the text says so of it. A rejection makes the item
    `rejected`, unless two or more other parties back it: then it stays
    `proposed`, and so does one only held off until something else ("no truce
    while troops remain"). A proposal is `implemented` when the text reports it
    enacted (sanctions imposed, prisoners released; with no holder, an item that
    got under way) and `under_negotiation` when talks
    are reported on it; a discussion alone leaves it `raised`. Talks that took
    place are the negotiation process `implemented`, unless a further round is
    what is now proposed; a further round the sides settled on ("agreed to meet
    again") is the process `agreed`. An item two or more parties discuss is
    `under_negotiation`, and so is one said not yet agreed on ("have still not
    agreed on X"), whatever was agreed near it; one said signed is `signed`, and
    one said agreed in a clause on it ("the truce agreed last month") is at
    least `agreed`, whoever was found to agree; one said turned down ("refused
    to sign the truce") is `rejected`, whoever refused; one named only as left
    out ("did not mention sanctions") is `raised`, and so is one only sought or
    backed that is told left out of the talks ("B's bid to join the bloc was
    not discussed"). With no holder found, talks reported on the item make it
    `under_negotiation`; failing that, an agreement the item is the content
    of, or an agreement or rejection verb near it, still decides; failing
    that, one only talked of ("sanctions are discussed with our partners") is
    `raised`, unless a meeting is told held or set on it or a text names it,
    and so is one named as what someone fears ("citing concerns that B might
    rearm"); any other item a peace-process text names is taken to be on the
    table (`proposed`).

    Read on the words next to the item's mentions (`_told_done`): one said to
    hold or be in force ("the truce is broadly holding") is kept, one said
    carried out ("the pullback was completed last week") enacted, one whose
    talks are said to go on ("talks over the corridor are ongoing") negotiated,
    one said unsettled ("the line is yet to be agreed") or still worked on
    ("will continue work on the line") open, and one said broken down ("the truce has frayed") breached, and one held in a text
    initialled ("initialled a protocol on the border") or in a plan told at work ("a step forward in implementing
    the roadmap for X") settled, one held in a text told signed
    ("signed a memorandum creating a fund to rebuild X") signed, and one named only as an open issue
    ("X remains one of the thorniest issues", "X was not on the agenda") raised, if nothing else is said of
    it; a hold told only in the past
    perfect ("had largely held") gives way to a breach. A refusal in
    the headline or opening sentence is the news: the item is `rejected`
    however many others back it, and whoever the stances found holds it. With no round told as held, a further round
    told as fixed ("the panel is scheduled to reconvene in May", "the teams will
    meet in Nairobi next week") is the process `agreed`.

    An item told still on the table ("the truce offer remains on the table") is
    `proposed` unless a party agreed it, and so is a measure told only as a
    threat in the lead ("B threatens sanctions on oil"), whatever other measures
    are told imposed later; talks on an item only offered or put off ("suggested
    reviving talks on X") are no talks on it; one a side is told trying to reopen ("trying to
    renegotiate the minerals deal") is `under_negotiation`, even past a refusal, and so is one refused whose talks are
    told as there ("B is dragging out the truce talks", "talks on X are ongoing"), even in the lead;
    one every agreement word names only as the goal of an effort ("agreed to keep
    working to bring about an end to the war") keeps its agreeing parties as
    proposers; a refusal told only as an accusation ("A accused B of refusing
    to make peace") is not read on the item. An agreed item told in force
    ("the corridors continue to operate") is `implemented` even where its
    signing is told too; a deal held in abeyance ("placed the treaty in
    abeyance") is refused, not carried out. A deal told pending a named side's
    approval ("agreed a truce, which is pending Norland's approval") is only
    `proposed`.
    """
    held = {s for s, parties in stances.items() if parties}
    if _talks_only_offered(cues):
        cues = replace(cues, negotiating=False)  # "suggested reviving talks on X": talks to come, X still proposed
    told = _told_done(provision, cues)
    if told:
        cues = replace(cues, kept=cues.kept or "kept" in told, implemented=cues.implemented or "enacted" in told,
                       enacted=cues.enacted or "enacted" in told,
                       negotiating=cues.negotiating or "negotiating" in told, open_=cues.open_ or "open" in told,
                       violations=cues.violations + ("broken" in told), settled=cues.settled or "settled" in told,
                       passed_over=cues.passed_over or "issue" in told, signed=cues.signed or "signed" in told,
                       refused=cues.refused or "refused" in told)
    if any(_in_abeyance(said) for said in cues.said) and not any(
            said.events & {"implemented", "enacted"} for said in cues.said if not _in_abeyance(said)):
        # "placed the treaty in abeyance": a suspension, not the deal carried out
        cues = replace(cues, implemented=False, enacted=False)
    if _refusal_only_alleged(cues):
        # "A accused B of refusing to make peace": the accuser's claim, no refusal read on the item itself
        cues = replace(cues, refused=False, nearest=None if cues.nearest == "reject" else cues.nearest)
    if cues.violations and cues.kept and _held_only_before(cues):
        cues = replace(cues, kept=False)  # "the truce had largely held ... until it collapsed on Sunday"
    if not held and cues.passed_over and not (cues.negotiating or cues.open_ or cues.agreement or cues.signed or cues.settled
                                              or cues.implemented or cues.violations or cues.kept):
        return "raised"  # "the text did not mention sanctions": named, and no more
    if (held and held <= {"propose", "support", "discuss"} and "left_out" in told
            and not (cues.negotiating or cues.open_ or cues.agreement or cues.signed or cues.settled or cues.implemented
                     or cues.violations or cues.kept)):
        return "raised"  # "B's bid to join the bloc was not discussed": a wish named, and left out of the talks
    if "agree" in held and provision != "negotiation_process" and _agreed_only_as_goal(cues):
        # "agreed to keep working together to bring about an end to the war": the effort agreed, not the item
        agreeing = stances["agree"]
        stances = {**{k: v for k, v in stances.items() if k != "agree"},
                   "propose": stances.get("propose", set()) | agreeing}
        held = {s for s, parties in stances.items() if parties}
    if "reopened" in told and "agree" not in held and not (cues.signed or cues.settled or cues.violations or cues.kept):
        return "under_negotiation"  # "trying to renegotiate the water deal": still bargained over, not refused
    if (provision != "negotiation_process" and not held & {"agree", "reject"} and _threatened_up_front(cues)
            and not (cues.signed or cues.settled or cues.violations or cues.negotiating)):
        return "proposed"  # "B threatens sanctions on oil": the threat is the news, not a measure once taken
    if "tabled" in told and "agree" not in held and not (cues.signed or cues.settled or cues.violations or cues.kept):
        return "proposed"  # "the truce offer remains on the table": still open, whoever refused or talks over it
    if "awaiting" in told and not (cues.signed or cues.violations or cues.kept or cues.implemented):
        return "proposed"  # "agreed a truce, which is pending Norland's approval": not yet agreed by all it binds
    if provision == "negotiation_process" and cues.next_agreed:
        return "agreed"  # the latest step the sides took on the process: a further round they settled on
    if provision == "negotiation_process" and not cues.talks_held and "reject" not in held and _round_fixed(cues):
        return "agreed"  # with no round told as held, a further one fixed is the news of the process
    if (provision == "negotiation_process" and not cues.talks_held and not held & {"agree", "reject"}
            and not (cues.next_round and "propose" in held) and _told_ongoing(cues)):
        # "through ongoing negotiations": talks going on, no round told held (a further round a party offers,
        # "ready to host a new round where talks have stalled", is rather the news)
        return "under_negotiation"
    if not held and cues.negotiating and provision != "negotiation_process" and not (
            cues.violations or cues.kept or cues.signed or cues.settled):
        # "efforts to finalize a ceasefire deal": with no party's stance found, the deal it belongs to
        # is still being negotiated, whatever agreement word stands near it
        return "under_negotiation"
    if cues.refused and provision != "negotiation_process" and not held & {"agree", "reject"}:
        # a refusal read on the item itself, whoever the stances found holds it
        held, stances = held | {"reject"}, {**stances, "reject": {"?"}}
    if (provision != "negotiation_process" and not held & {"agree", "reject"} and not cues.signed
            and _refused_up_front(provision, cues, plainly=True)):
        # "amnesty demand rebuffed" in the headline: the refusal is the news, whoever the stances found hold it
        held, stances = held | {"reject"}, {**stances, "reject": {"?"}}
    if not held and cues.agreement:
        held, stances = {"agree"}, {"agree": {"?"}}
    if not held and cues.nearest in {"agree", "reject"} and not (provision == "negotiation_process" and cues.talks_held):
        # (a sentence telling of talks held names in its agreement word what the talks reached, not the talks)
        held = {cues.nearest}
        stances = {cues.nearest: {"?"}}
    if cues.open_ and provision != "negotiation_process" and not (cues.signed or cues.violations or cues.kept):
        return "under_negotiation"  # "have still not agreed on X" outranks an agreement read on X elsewhere
    if (cues.signed or cues.settled) and provision != "negotiation_process" and "reject" not in held:
        held = held | {"agree"}  # a signature or agreement said of the item settles it, whoever the stances found
    if "agree" in held:
        if cues.violations and provision != "negotiation_process" and not cues.kept:
            # a signed truce since broken stands broken on the article's date, unless said to hold all the
            # same ("reaffirmed the truce", "has held despite breaches")
            return "violated"
        if cues.kept and provision != "negotiation_process":
            return "implemented"  # told in force ("the corridors continue to operate"): the step after any signing
        if cues.signed and not (provision == "negotiation_process"
                                and any("signed" in said.events for said in cues.said)):
            # a signing told of a text the talks produced ("signed the accord under Qatari mediation") signs the
            # text, not the talks, which it shows agreed; a signed declaration's own pledge of talks is signed
            return "signed"
        if cues.implemented or cues.kept:
            return "implemented"
        return "agreed"
    if cues.violations and provision != "negotiation_process" and "reject" not in held and not cues.negotiating:
        return "violated"  # "accused each other of breaking the truce": a breach says it was in force;
        # an item still being negotiated is rather a new deal sought after an old one broke
    if cues.kept and "reject" not in held:
        return "implemented"  # "the 2020 truce has largely held": in force, whoever agreed it
    if not held and cues.enacted and provision != "negotiation_process":
        return "implemented"  # "the corridor opened on Tuesday": done as the news, whoever did it
    if provision == "negotiation_process" and cues.talks_held:
        # a round held is the process at work, unless a further round is what a party now proposes
        # ("after the talks in Oslo, Norway proposed a second round") and no talks are said to go on
        return "proposed" if cues.next_round and "propose" in held and not cues.negotiating else "implemented"
    if "reject" in held:
        if provision != "negotiation_process" and _talks_there(cues):
            return "under_negotiation"  # "B is dragging out the truce talks": refused by one, still bargained over
        # one party's rejection does not take off the table what several others back
        backers = (stances.get("propose", set()) | stances.get("support", set())) - stances["reject"]
        if backers and cues.rejections and cues.held_off == cues.rejections:
            return "proposed"  # refused only "while troops remain", "before a settlement": still on the table
        return "proposed" if len(backers) >= 2 and not _refused_up_front(provision, cues) else "rejected"
    if held & {"propose", "support"}:
        if cues.enacted:
            return "implemented"
        return "under_negotiation" if cues.negotiating else "proposed"
    if "discuss" in held:
        # an item two or more parties take up is between them, not one side's open issue
        return "under_negotiation" if cues.negotiating or len(stances["discuss"]) >= 2 else "raised"
    if (cues.nearest == "discuss" and provision != "negotiation_process" and not cues.talks_held
            and not any(MEETING_SET.search(said.text) for said in cues.said)
            and not any(_named_in_text(said) for said in cues.said if said.nearest == "discuss")):
        # "sanctions are discussed with our partners": talked of, no party's stance found on it (a meeting held
        # or set to discuss it, or a text that names it, puts it on the table)
        return "raised"
    if not held and not cues.negotiating and any(WORRY_BEFORE.search(s.text[:s.mention.start]) for s in cues.said):
        return "raised"  # "citing concerns that B might rearm": what someone fears, no one's proposal
    return "under_negotiation" if cues.negotiating else "proposed"
