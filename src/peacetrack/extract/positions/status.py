"""What the clauses around a provision report done to it, and its status (`status_of`)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .lexicon import AGREEMENT_NOUNS, CIRCUMSTANCE, SIGNABLE, STANCE_RANK, TALKED_AFTER, TALKED_BEFORE, TALKS_HELD, TENTATIVE
from .syntax import _conditional, _modals, _negated


# A round of talks still to come: "a second round in Oslo", "a follow-up meeting", "to meet again".
NEXT_ROUND = re.compile(r"\b(?:next|second|third|fourth|fifth|new|another|further|follow-up|fresh)\s+"
                        r"(?:round|meeting|session|talks)\b|\bmeet again\b", re.I)
# Talks told as having taken place, with their parties or place in between: "talks between the government and
# the rebels resumed in Doha", "negotiations in Geneva ended on Friday".
TALKS_WENT_ON = re.compile(r"\b(?:talks|negotiations)\s+(?:between|in|at|with)\b[^.;:!?]{0,60}?\b(?:resumed|took place|"
                           r"ended|began|opened|concluded|continued|were held)\b", re.I)
# The sides settling that a further round will take place: "agreed to meet again", "the next round, which the
# delegations agreed to hold", "committed to meet again at the summit" (read with NEXT_ROUND in one sentence).
SETTLED = re.compile(r"(?<!\bnot )(?<!\byet )(?<!\bnever )(?<!n't )\b(?:agreed|committed|decided|resolved)\b", re.I)

# Nouns of a deal or a truce: what can be done under, broken or defied.
DEALS = AGREEMENT_NOUNS | frozenset("ceasefire cease-fire pact exchange swap moratorium".split())


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

    def note(self, text: str, evidence: Any, events: set[str], nearest: str | None) -> None:
        if self.evidence is None:
            self.evidence = evidence
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
        self.talks_held |= bool(TALKS_HELD.search(text) or TALKS_WENT_ON.search(text))
        self.next_round |= bool(NEXT_ROUND.search(text))
        self.next_agreed |= bool(NEXT_ROUND.search(text) and SETTLED.search(text))
        if nearest and (self.nearest is None or STANCE_RANK[nearest] > STANCE_RANK[self.nearest]):
            self.nearest = nearest


def talked_over(text: str, start: int, end: int) -> bool:
    """Whether a sentence names the item at text[start:end] as what talks are about ("ceasefire talks",
    "negotiations over a truce", "efforts to finalize a deal on X"): read on the words, as headlines
    and lists often defeat the parse."""
    return bool(TALKED_BEFORE.search(text[:start]) or TALKED_AFTER.match(text[end:]))


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
# The same said after the item: "made progress on X but no deal was reached".
OPEN_AFTER = re.compile(r"^[^.;:!?]{0,40}?\b(?:but|though|although|yet)\s+no\s+(?:agreement|deal|accord)\s+"
                        r"(?:was|has\s+been|had\s+been)\s+reached\b", re.I)
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
# close to a truce deal", "talks stalled over the border"; and after it: "the border remains the main sticking
# point", "a deal on prisoners is within reach".
CONTESTED_BEFORE = re.compile(r"(?:\b(?:remain(?:s|ed)?|are|were|is|was|still)\s+(?:\w+ly\s+|still\s+)?(?:divided|split|at odds|"
                              r"far apart)|\b(?:haggl|wrangl|bargain)\w*|\bnarrow(?:s|ed|ing)?\s+(?:their\s+|the\s+)?"
                              r"(?:differences|gaps?)|\b(?:differences|disagreements?|gaps)(?:\s+remain(?:s|ed)?)?)\s+(?:over|on|about)"
                              r"(?: [\w'\u2019-]+){0,6} $|"
                              r"\b(?:are|is|were|was)\s+(?:still\s+)?(?:working|bargaining)\s+(?:on|out)(?: [\w'\u2019-]+){0,4} $|"
                              r"\b(?:talks|negotiations)\b(?: [\w'\u2019-]+){0,6}? (?:stalled|snagged|stumbled|deadlocked|"
                              r"bogged down)\s+(?:over|on)(?: [\w'\u2019-]+){0,4} $|"
                              r"\b(?:are|is|were|was|now|moving)\s+(?:\w+ly\s+)?(?:close|near)\s+to\s+(?:reaching\s+|sealing\s+)?"
                              r"(?:a|an|the)(?: [\w'\u2019-]+){0,3} $", re.I)
CONTESTED_AFTER = re.compile(r"^(?:[^.;:!?]|(?<=[A-Z])\.){0,80}?\b(?:is|are|was|were|remains?|remained|ha(?:ve|s) been)\s+"
                             r"(?:still\s+)?(?:(?:the\s+|a\s+|one of the\s+)?(?:\w+\s+)?(?:sticking points?|stumbling blocks?|"
                             r"bones? of contention|points? of contention)\b|(?:now\s+)?(?:within reach|in sight)\b)", re.I)


def unsettled(text: str, start: int, end: int) -> bool:
    """Whether a sentence names the item at text[start:end] as still open between parties in talks: not
    yet agreed on, part of the talks, what talks take up, or what the sides are split on. Such an item is
    under negotiation, not merely proposed."""
    if UNSETTLED_BEFORE.search(text[:start]) or IN_TALKS_AFTER.match(text[end:]):
        return True
    if CONTESTED_BEFORE.search(text[:start]) or CONTESTED_AFTER.match(text[end:]):
        return True
    agenda = AGENDA_BEFORE.search(text[:start])
    if (agenda and not UNREAL.search(text[max(0, agenda.start() - 4):agenda.start()] + agenda.group("mid"))
            and len(agenda.group("obj").split()) <= 12):
        return True
    if ASKED_BEFORE.match(text[:start]) and ASKED_AFTER.match(text[end:]):
        return True  # a Q&A heading: "Are detained nationals part of the talks?"
    after = AGENDA_AFTER.match(text[end:])
    return bool(after and not UNREAL.search(after.group(0)))


def status_of(provision: str, stances: dict[str, set[str]], cues: _StatusCues) -> str:
    """The status of a provision from its parties' stances and what is said of it.

    `stances` maps each stance to the parties holding it; the strongest decides.
    An agreement is `signed`, `violated` (it, or the deal it belongs to, is the
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
    out ("did not mention sanctions") is `raised`. With no holder found, talks
    reported on the item
    make it `under_negotiation`; failing that, an agreement the item is the
    content of, or an agreement or rejection verb near it, still decides;
    failing that, an item a peace-process text names is taken to be on the
    table (`proposed`).
    """
    held = {s for s, parties in stances.items() if parties}
    if not held and cues.passed_over and not (cues.negotiating or cues.agreement or cues.signed or cues.settled
                                              or cues.implemented or cues.violations or cues.kept):
        return "raised"  # "the text did not mention sanctions": named, and no more
    if provision == "negotiation_process" and cues.next_agreed:
        return "agreed"  # the latest step the sides took on the process: a further round they settled on
    if not held and cues.negotiating and provision != "negotiation_process" and not (
            cues.violations or cues.kept or cues.signed or cues.settled):
        # "efforts to finalize a ceasefire deal": with no party's stance found, the deal it belongs to
        # is still being negotiated, whatever agreement word stands near it
        return "under_negotiation"
    if cues.refused and provision != "negotiation_process" and not held & {"agree", "reject"}:
        # a refusal read on the item itself, whoever the stances found holds it
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
        if cues.signed:
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
        # one party's rejection does not take off the table what several others back
        backers = (stances.get("propose", set()) | stances.get("support", set())) - stances["reject"]
        if backers and cues.rejections and cues.held_off == cues.rejections:
            return "proposed"  # refused only "while troops remain", "before a settlement": still on the table
        return "proposed" if len(backers) >= 2 else "rejected"
    if held & {"propose", "support"}:
        if cues.enacted:
            return "implemented"
        return "under_negotiation" if cues.negotiating else "proposed"
    if "discuss" in held:
        # an item two or more parties take up is between them, not one side's open issue
        return "under_negotiation" if cues.negotiating or len(stances["discuss"]) >= 2 else "raised"
    return "under_negotiation" if cues.negotiating else "proposed"


# What is said to have happened to an item: lemmas of the predicates above it.
EVENTS: dict[str, frozenset[str]] = {
    "signed": frozenset("sign signing signature ink signatory signatories".split()),
    "implemented": frozenset("implement impose enter begin start restore release exchange free return observe respect "
                             "fulfil fulfill place take deliver reopen".split()),
    "violated": frozenset("violate violation breach break derail".split()),
    "negotiating": frozenset("negotiate negotiation negotiations talk talks discuss address review debate".split()),
}
# Verbs of closing a deal: not yet done, they say the deal is being negotiated.
CLOSING = frozenset("conclude finalize finalise close reach seal hammer".split())
# Done to a proposal, these put it in force: sanctions imposed, prisoners released.
ENACTED = frozenset("impose place release exchange free return deliver reopen sanction".split())
# Acts on captives: when they took place is the events stage's to tell (see happened.py).
CAPTIVES = frozenset("release exchange free return".split())


# An item said to be in force, read on the words (the parse often misplaces the clause): after its mention,
# "the truce agreed in 2020 has largely held", "which came into force on Monday", "remains in effect"; before
# it, "the sides have largely respected the truce".
_ADVERBS = r"(?:(?:largely|mostly|broadly|generally|so far|now|still)\s+)?"
KEPT_AFTER = re.compile(r"^(?:(?!,\s*(?:and|but|while)\b|\b(?:but|once|until|unless|if|when)\b)[^.;:!?]){0,80}?"
                        r"\b(?:(?:has|have)\s+" + _ADVERBS
                        + r"held(?=\s*(?:[,.;:!?)]|$|(?:since|for|so far|until|through|despite|in|and|but)\b))|"
                        r"(?:took|has taken|have taken) effect|(?:came|has come|have come|entered|went|has gone) into "
                        r"(?:force|effect)|(?:is|are|remains?|remained|has been|have been) " + _ADVERBS
                        + r"(?:in (?:force|effect|place)|intact)|(?:has|have|is|are) (?:being |" + _ADVERBS + r"been )"
                        + _ADVERBS + r"(?:respected|observed|honou?red|upheld)|"
                        r"entered (?:its|a|the) \w+ (?:day|week|month|year)|(?:is|are) (?:now |already )?(?:being "
                        r"(?:implemented|enforced|carried out)|under ?way)|(?:now\s+)?in its \w+ (?:day|week|month|year)\b|"
                        r"(?:has|have) been (?:operating|functioning|running)|(?:is|are) (?:now )?(?:operating|functioning))|"
                        r"^\s+in (?:force|effect|place) since\b",
                        re.I)
KEPT_BEFORE = re.compile(r"(?:\b(?:(?:have|has)\s+" + _ADVERBS + r")?(?:respected|observed|honou?red|abided by|adhered to|"
                         r"complied with)|"
                         # a pledge to keep it: "agreed to 'strictly observe' the ceasefire", "vowed to uphold the truce"
                         r"\b(?:agreed|pledged|committed|promised|vowed|reaffirmed|undertook)\s+to\s+[\"\u201c']?(?:\w+ly\s+)?"
                         r"(?:observe|respect|uphold|maintain|honou?r|abide by|adhere to)[\"\u201d']?)"
                         r"\s+(?:the\s+|a\s+|this\s+|their\s+)?(?:[\w-]+\s+){0,2}$|"
                         # renewing it: "reaffirmed the ceasefire", "renewed their commitment to the truce" (not "to
                         # facilitate access": a pledge to act)
                         r"\b(?:reaffirmed|renewed|reiterated)(?:\s+(?:their|its|his|her))?(?:\s+(?:commitment|adherence)\s+to)?"
                         r"\s+(?:the\s+|a\s+|this\s+|their\s+)?(?:[\w-]+\s+)?$|"
                         # watched over as it runs: "monitors are overseeing the truce", "reviewed the implementation of"
                         r"\b(?:(?:are|is|were|was|have been|has been)\s+(?:monitoring|overseeing|supervising)|monitored|oversaw|"
                         r"supervised|(?:reviewed|assessed|discussed|welcomed|completed|began|started|continued)\s+(?:the\s+)?"
                         r"(?:\w+\s+)?implementation\s+of)\s+(?:the\s+|a\s+|this\s+|their\s+)?(?:[\w-]+\s+){0,2}$", re.I)


# Only what is in force can be prolonged: "a ten-day extension of the truce", "the sides extended the
# truce", "the truce was extended on Friday" (a verb in the past, not "to extend" nor "could be extended").
EXTENDED_BEFORE = re.compile(r"\b(?:(?:extension|prolongation)s?\s+of|(?:extended|prolonged))\s+(?:the\s+|a\s+|this\s+|"
                             r"their\s+|its\s+)?(?:[\w-]+\s+){0,2}$", re.I)
EXTENDED_AFTER = re.compile(r"^\s+(?:was|were|(?:has|have|had) been)\s+(?:\w+ly\s+)?(?:extended|prolonged)\b", re.I)

# An item told as agreed in a clause on it: "the truce agreed last month", "the truce committed to by the
# parties", "a deal brokered by Qatar", "the ceasefire both sides signed in March". The verb must be followed
# by a time, an agent or the end of the clause ("the truce reached its tenth day" is the truce acting), and
# no modal or negation may come between ("a truce the sides could agree").
_SETTLED_VERB = r"(?:agreed(?: to)?|committed to|signed|brokered|reached|struck|sealed|concluded)"
_SETTLED_END = r"(?=\s*(?:[,.;:!?)]|$)|\s+(?:by|in|on|at|last|earlier|this|between|with|under|since|after)\b)"
SETTLED_AFTER = re.compile(r"^(?:\s*,)?\s+(?:(?:which|that)\s+(?:was|were|(?:has|have|had) been)\s+)?(?:\w+ly\s+)?"
                           + _SETTLED_VERB + _SETTLED_END + r"|"
                           r"^\s+(?:(?:that|which)\s+)?(?:the|both|all)\s+(?:(?!(?:would|could|might|may|will|shall|"
                           r"can|must|should|not|never|to|yet)\b)[\w-]+\s+){0,3}?(?:(?:have|has|had)\s+)?(?:\w+ly\s+)?"
                           + _SETTLED_VERB + _SETTLED_END, re.I)


# A clause that only sets a condition or a time to come: "once the monitors are in place", "until the truce
# takes effect".
PENDING_BEFORE = re.compile(r"\b(?:once|when|until|unless|if|before|after)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?"
                            r"(?:[\w-]+\s+){0,2}$", re.I)


# An item set to start at a stated time is agreed: "a truce is due to take effect at midnight", "the ceasefire
# will come into force on Friday" (not "would", nor under a condition; not "talks on a truce will begin on
# Monday": talks begin, truces take effect).
SCHEDULED_AFTER = re.compile(r"^(?:(?!\b(?:if|unless|once|when)\b)[^.;:!?]){0,60}?\b(?:(?:is|are)\s+(?:due|set|scheduled)\s+to|"
                             r"will)\s+(?:take effect|come into (?:force|effect)|enter into (?:force|effect))"
                             r"\s+(?:at|on|from|in|this|next|tomorrow|tonight)\b(?![^.;:!?]*\b(?:if|unless)\b)", re.I)


def _settled_in_words(span) -> bool:
    """Whether the words after a mention tell the item as agreed (see SETTLED_AFTER, SCHEDULED_AFTER)."""
    after = span.doc.text[span.end_char:span.sent.end_char]
    return bool(SETTLED_AFTER.match(after) or SCHEDULED_AFTER.match(after))


def _kept_in_words(span) -> bool:
    """Whether the words around a mention say the item is in force (see KEPT_AFTER, KEPT_BEFORE,
    EXTENDED_BEFORE, EXTENDED_AFTER)."""
    text = span.doc.text
    if (KEPT_AFTER.match(text[span.end_char:span.sent.end_char])
            and not PENDING_BEFORE.search(text[span.sent.start_char:span.start_char])):
        return True
    if (EXTENDED_BEFORE.search(text[span.sent.start_char:span.start_char])
            or EXTENDED_AFTER.match(text[span.end_char:span.sent.end_char])):
        return True
    # "a commitment to facilitate access" pledges an act: a verb between the cue and the item undoes it
    between = span.doc[max(span.sent.start, span.start - 2):span.start]
    return bool(KEPT_BEFORE.search(text[span.sent.start_char:span.start_char])) and not any(
        t.tag_ == "VB" for t in between)


def _events(span) -> set[str]:
    """What the clause of a mention reports as done to it: the verb governing it ("the
    sanctions were imposed", "accused Kyiv of breaking the ceasefire"), a clause attached
    to it ("a truce which took effect"), and the noun it belongs to ("ceasefire talks")."""
    out: set[str] = {"kept"} if _kept_in_words(span) else set()
    if _settled_in_words(span):
        out.add("settled")
    if _refused(span):
        out.add("refused")
    if _passed_over(span):
        out.add("passed_over")
    if _held_off(span):
        out.add("held_off")
    if _done_as_agreed(span):
        out.add("kept")
    if _collapsed(span) or _defied(span) or _flouted(span):
        out.add("violated")
    if _started(span) or _used(span):
        out |= {"implemented", "enacted"}
    if _acted_under(span):
        out.add("kept")
    if (OPEN_BEFORE.search(span.doc.text[span.sent.start_char:span.start_char])
            or OPEN_AFTER.match(span.doc.text[span.end_char:span.sent.end_char])):
        out.add("open")
    root = span.root
    if (root.pos_ == "VERB" and root.lemma_.lower() in ENACTED - CAPTIVES and _realis(root)
            and not _background(root)):
        out |= {"implemented", "enacted"}  # the mention is the act itself: "the Treasury has sanctioned six firms"
    nodes = [c for c in span.root.children if c.dep_ in {"relcl", "acl"}]
    node = span.root
    direct = True  # the mention is the verb's own subject or object
    for _ in range(5):
        if node.head.i == node.i:
            break
        if node.dep_ not in {"dobj", "nsubjpass", "nsubj", "compound", "pobj", "prep", "conj", "appos", "amod"}:
            break
        if node.dep_ == "prep" and node.lower_ in CIRCUMSTANCE:
            break  # "signed a truce after the talks": what was done after the talks is not done to them
        direct = direct and node.dep_ in {"dobj", "nsubjpass", "compound", "conj", "appos", "amod"}
        node = node.head
        if node.pos_ == "NOUN" and node.lemma_.lower() in DRAFTS:
            break  # "exchanged drafts of a truce" exchanges no truce
        nodes.append(node)
        if node.pos_ in {"VERB", "AUX"}:
            break
    node = span.root
    deal = False
    for _ in range(8):
        # further up, through the deal the item belongs to: "in breach of an accord not to shell
        # the port", "accused each other of breaching the terms of the accord to halt X"; "signed an
        # agreement to mark the border" signs what the agreement holds
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
        chained = node.dep_ == "conj" and node.head.dep_ in {"acl", "xcomp", "advcl"}  # "to stop X and to move Y"
        if node.head.i == node.i or (node.pos_ in {"VERB", "AUX"} and node.dep_ not in {"acl", "pcomp", "xcomp"}
                                     and not (node.dep_ == "advcl" and infinitive) and not chained):
            break
        node = node.head
        lemma = node.lemma_.lower()
        if node.pos_ == "NOUN" and lemma in AGREEMENT_NOUNS:
            if any(c.lower_ in TENTATIVE for c in node.children) or _drafted(node):
                break  # "a possible ceasefire agreement" is not there to be kept or broken
            out.add("agreement")
            deal = True
        if node.pos_ == "NOUN" and lemma in DRAFTS:
            break  # "exchanged drafts of a truce": what is done to a draft is not done to the deal
        if node.pos_ == "NOUN" and lemma in SIGNABLE and node.i != span.root.i:
            deal = True  # "signed a protocol on the border": a document that holds the item
            if any(c.dep_ in {"acl", "relcl"} and c.lemma_.lower() in EVENTS["signed"] and _told_done(c)
                   and not _background(c) for c in node.children):
                out.add("signed")  # "the border treaty, which the sides signed on Tuesday, ..."
        if lemma in EVENTS["signed"] and node.pos_ == "VERB" and _realis(node) and (deal or any(
                c.dep_ == "dobj" and c.lemma_.lower() in SIGNABLE for c in node.children)):
            out.add("signed")  # (the parse may hang "to mark the border" on the verb rather than the deal)
        if lemma in EVENTS["violated"] and node.pos_ == "NOUN" and any(
                c.dep_ == "det" and c.lower_ == "no" for c in node.children):
            out.add("kept")  # "monitors reported no violations of the truce": it holds
        elif (lemma in EVENTS["violated"] and not _negated(node) and not _modals(node) and not _particle(node)
                and not (node.pos_ == "NOUN" and _unreal_frame(node, start=node))):
            out.add("violated")
    if node.pos_ in {"VERB", "AUX"} and node.i != span.root.i and not _modals(node) & UNREAL_MODALS:
        # (what a deal "would secure" is only on the table; what it "will" do are its terms)
        out |= _deal_as_subject(node, span)
    for t in nodes:
        lemma = t.lemma_.lower()
        if _held(t, span):
            out.add("kept")
        if lemma in CLOSING and t.pos_ == "VERB" and not _realis(t) and not _negated(t):
            out.add("negotiating")  # "aiming to conclude the deal", "efforts to finalize a ceasefire"
        for kind, lemmas in EVENTS.items():
            if lemma not in lemmas or (kind == "violated" and _particle(t)):
                continue
            if kind == "negotiating":
                if not _negated(t) and not (t.pos_ == "VERB" and _modals(t)):
                    out.add(kind)
            elif t.pos_ == "NOUN":
                if kind == "violated" and any(c.dep_ == "det" and c.lower_ == "no" for c in t.children):
                    out.add("kept")  # "monitors reported no violations of the truce": it holds
                elif kind in {"signed", "violated"} and not _unreal_frame(t, start=t):
                    out.add(kind)
            elif _realis(t):
                if kind == "implemented" and _background(t):
                    continue  # "last swapped prisoners in April": what came before the news
                out.add(kind)
                if kind == "implemented" and lemma in ENACTED and direct:
                    out.add("enacted")
    return out


UNREAL_MODALS = frozenset("would could might may".split())
# What a deal does when it breaks down, said with the deal as subject ("the truce collapsed", "the accord fell
# apart"), with it as object ("shelling shattered the ceasefire") or as what a noun of breaking is of ("the
# collapse of the truce").
COLLAPSE = frozenset("collapse crumble unravel founder disintegrate".split())
COLLAPSE_PARTICLES = {"break": "down", "fall": "apart"}
SHATTER = frozenset("shatter wreck".split())
COLLAPSE_NOUNS = frozenset("collapse breakdown unravelling unraveling".split())


def _collapsed(span) -> bool:
    """ "The truce collapsed on Tuesday", "the accord fell apart", "shelling shattered the ceasefire", "the
    collapse of the truce": the item itself (not talks on it) broken down, as news, not as background."""
    root = span.root
    head = root.head
    if head.i == root.i or root.lemma_.lower() not in DEALS:
        return False  # (what else collapses, an economy, is no deal broken)
    lemma = head.lemma_.lower()
    if root.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in COLLAPSE_NOUNS:
        return not _unreal_frame(head.head, start=head.head)
    if head.pos_ != "VERB" or not _realis(head) or _background(head):
        return False
    if root.dep_ == "nsubj":
        if lemma in COLLAPSE:
            return True
        return any(c.dep_ == "prt" and c.lower_ == COLLAPSE_PARTICLES.get(lemma) for c in head.children)
    return root.dep_ in {"dobj", "nsubjpass"} and lemma in SHATTER


# Texts still being worked on: what is done to them is not done to the deal they draft.
DRAFTS = frozenset("draft drafts".split())
# Hostilities told as going on "despite the truce": the truce, in force, is broken.
DESPITE_BEFORE = re.compile(r"\bdespite\s+(?:the\s+|a\s+|an\s+|their\s+|its\s+)?(?:[\w-]+\s+){0,2}$", re.I)
HOSTILITIES = re.compile(r"\b(?:fighting|clashes|clashed|shelling|shelled|attacks?|attacked|strikes|struck|"
                         r"bombard\w*|killed|firing|fired|raids?|offensive)\b", re.I)
# Verbs of a deal or a step getting under way, with it as subject: "the corridor opened on Tuesday".
STARTING = frozenset("open begin start resume proceed".split())
# ... and of aid on the move, said of what carries it: "the first convoy crossed on Wednesday" (a vessel that
# entered a zone is no deal under way).
ARRIVING = frozenset("reach arrive cross enter".split())
AID_CARRIERS = frozenset("convoy convoys delivery deliveries shipment shipments truck trucks aid".split())
# What gets under way as a step of a settlement ("the border opened" opens no settlement of the border).
STEPS = frozenset("corridor withdrawal pullback evacuation exchange swap release vote voting election referendum "
                  "demining reconstruction repatriation return".split()) | DEALS


def _drafted(noun) -> bool:
    """ "Drafts of a truce agreement": a deal still on paper."""
    return noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in DRAFTS


def _defied(span) -> bool:
    """ "Fighting resumed on Tuesday despite the ceasefire": hostilities told as going on despite the item
    (a deal or a truce) break it."""
    text = span.doc.text
    return (span.root.lemma_.lower() in DEALS
            and bool(DESPITE_BEFORE.search(text[span.sent.start_char:span.start_char]))
            and bool(HOSTILITIES.search(span.sent.text)))


def _used(span) -> bool:
    """ "Civilians were evacuated on Tuesday through a humanitarian corridor": an act done through the item
    puts it to use."""
    root, prep = span.root, span.root.head
    if root.dep_ != "pobj" or prep.lower_ not in {"through", "via"} or prep.dep_ != "prep":
        return False
    verb = prep.head
    return verb.pos_ == "VERB" and verb.tag_ in {"VBD", "VBN"} and _realis(verb) and not _background(verb)


# Verbs of turning down what their infinitive does: "refused to sign the truce", "declined to release them".
REFUSING = frozenset("refuse decline balk".split())
# ... and the idioms: "said no to a truce", "the truce is off the table".
REFUSED_BEFORE = re.compile(r"(?<!never )(?<!not )(?<!n't )\b(?:said|says|say|saying)\s+no\s+to\s+(?:the\s+|a\s+|an\s+|any\s+)?(?:[\w-]+\s+){0,2}$", re.I)
REFUSED_AFTER = re.compile(r"^(?:\s+[\w-]+){0,3}?\s+(?:is|are|was|were|remains?|remained)\s+(?:now\s+|firmly\s+|still\s+)?"
                           r"off the table\b", re.I)


def _refused(span) -> bool:
    """ "The rebels refused to sign the truce", "said no to a truce", "a truce is off the table": the item
    turned down, whoever by (not "refused to rule out a truce": two refusals undo each other)."""
    text = span.doc.text
    if (REFUSED_BEFORE.search(text[span.sent.start_char:span.start_char])
            or REFUSED_AFTER.match(text[span.end_char:span.sent.end_char])):
        return True
    node = span.root
    for _ in range(6):
        if node.head.i == node.i or node.dep_ not in {"dobj", "pobj", "prep", "compound", "xcomp", "conj", "nsubjpass"}:
            return False
        node = node.head
        if node.pos_ not in {"VERB", "AUX"}:
            continue
        lemma = node.lemma_.lower()
        if lemma in REFUSING:
            return not _negated(node) and not _modals(node) and not _conditional(node)
        if lemma in {"rule", "reject", "exclude", "oppose"} or node.dep_ != "xcomp":
            return False
    return False


# An item named only as left out: "the document did not mention sanctions", "made no mention of elections",
# "the border was not addressed".
PASSED_OVER_BEFORE = re.compile(r"(?:\b(?:did|does|do)\s+not|\b(?:did|does|do)n't|\bfailed\s+to)\s+(?:mention|address|include|cover|"
                                r"refer\s+to)\s+(?:[\w'\u2019-]+\s+){0,4}$|\bmade\s+no\s+(?:mention|reference)\s+(?:of|to)\s+"
                                r"(?:[\w'\u2019-]+\s+){0,4}$|\bsilent\s+on\s+(?:[\w'\u2019-]+\s+){0,4}$", re.I)
PASSED_OVER_AFTER = re.compile(r"^\s+(?:was|were)\s+not\s+(?:mentioned|addressed)\b", re.I)


def _passed_over(span) -> bool:
    """Whether the words around a mention name the item only as left out (see PASSED_OVER_BEFORE)."""
    text = span.doc.text
    return bool(PASSED_OVER_BEFORE.search(text[span.sent.start_char:span.start_char])
                or PASSED_OVER_AFTER.match(text[span.end_char:span.sent.end_char]))


# Verbs of treating a deal as void, said of it as their object: "ignored the truce", "flouted the accord"
# (not "ignored calls for a truce": the item must be the object itself).
FLOUTING = frozenset("ignore flout defy disregard".split())


def _flouted(span) -> bool:
    """ "Zambia flouted the truce": the item itself, as object of a verb of voiding it, told as done."""
    root, verb = span.root, span.root.head
    return root.dep_ == "dobj" and verb.pos_ == "VERB" and verb.lemma_.lower() in FLOUTING and _realis(verb)


# An act told as done the way a deal lays down: "handed back the villages as agreed", "in line with the accord".
AS_AGREED = re.compile(r"\bas\s+(?:agreed|stipulated|provided\s+for|laid\s+down|foreseen)\b|\bin\s+(?:line|accordance|keeping)"
                       r"\s+with\s+(?:the|a|their|its)\s+(?:[\w-]+\s+){0,2}(?:agreement|deal|accord|truce|ceasefire|protocol|"
                       r"treaty)\b", re.I)


def _done_as_agreed(span) -> bool:
    """ "Zambia withdrew its guns from the border, in line with the accord": what the item's clause tells as
    done (a verb in the past, as news) is the deal at work."""
    if not AS_AGREED.search(span.sent.text):
        return False
    node = span.root
    for _ in range(4):
        if node.head.i == node.i:
            return False
        node = node.head
        if node.pos_ == "VERB":
            return node.tag_ in {"VBD", "VBN"} and _realis(node) and not _background(node)
    return False


# Subordinators of a clause that a refusal waits on: "no truce while troops remain", "not before a settlement
# is reached", "unless they withdraw".
HOLDING_OFF = frozenset("while until till before unless".split())


def _held_off(span) -> bool:
    """Whether the clause of a mention waits on a subordinate clause hung on it: "rejected any truce while
    troops remain" (not "before the talks", a time; nor ", while B backed it", a contrast)."""
    ancestors = {span.root.i} | {a.i for a in span.root.ancestors}
    for t in span.sent:
        if t.dep_ != "mark" or t.lower_ not in HOLDING_OFF or (t.i > 0 and t.doc[t.i - 1].text == ","):
            continue
        clause = t.head
        if clause.dep_ == "advcl" and clause.head.i in ancestors:
            return True
    return False


def _started(span) -> bool:
    """ "The humanitarian corridor opened on Tuesday", "aid deliveries resumed", "the first convoy crossed":
    the item, as subject, got under way (as news, not as background)."""
    root, verb = span.root, span.root.head
    if root.dep_ != "nsubj" or verb.i == root.i or verb.pos_ != "VERB" or not _realis(verb) or _background(verb):
        return False
    if any(c.dep_ == "det" and c.lower_ in {"no", "neither"} for c in root.children):
        return False  # "no convoy has reached the city"
    lemma = verb.lemma_.lower()
    if lemma in ARRIVING:
        return root.lower_ in AID_CARRIERS
    return lemma in STARTING and (root.lemma_.lower() in STEPS or root.lower_ in AID_CARRIERS)




def _acted_under(span) -> bool:
    """ "Forty captives were freed under the truce", "the convoy crossed under the deal": an act told as done
    under the item puts the item in force ("under the deal, the sides will ..." tells only its terms)."""
    root = span.root
    prep = root.head
    if root.lemma_.lower() not in DEALS or root.dep_ != "pobj" or prep.lower_ != "under" or prep.dep_ != "prep":
        return False  # (what is "barred under the constitution" is no deal at work)
    verb = prep.head
    return verb.pos_ == "VERB" and verb.tag_ in {"VBD", "VBN"} and _realis(verb) and not _background(verb)


def _deal_as_subject(verb, span) -> set[str]:
    """ "The accord, signed in March, commits both sides to X": a deal as the subject of the clause that
    holds the item makes it the content of that deal, signed if the deal is said to be. (The item itself
    as the subject, "the truce was violated", is no deal holding it.)"""
    out: set[str] = set()
    for subj in verb.children:
        if (subj.dep_ not in {"nsubj", "nsubjpass"} or subj.lemma_.lower() not in AGREEMENT_NOUNS
                or span.start <= subj.i < span.end
                or any(c.lower_ in TENTATIVE for c in subj.children)):
            continue
        out.add("agreement")
        if any(c.dep_ in {"acl", "relcl"} and c.lemma_.lower() in EVENTS["signed"] and _realis(c) for c in subj.children):
            out.add("signed")
        elif any(c.dep_ == "det" and c.lower_ in DEFINITE for c in subj.children) and _signed_before(span):
            out.add("signed")  # "They signed an accord on Tuesday. The accord provides for X"
        if any(c.dep_ in {"acl", "relcl"} and c.lemma_.lower() in SETTLING and _realis(c) for c in subj.children):
            out.add("settled")  # "the deal, reached after two days of talks, includes X"
    return out


DEFINITE = frozenset("the this that".split())
PENDING_MARKS = frozenset("before until once when as unless if till".split())
# Verbs of a deal being made: "the deal, reached on Tuesday", "an accord brokered by Kenya".
SETTLING = frozenset("agree reach strike seal conclude broker sign".split())


def _signed_before(span) -> bool:
    """Whether the text has told, in an earlier sentence or this one, of a document signed as news ("the two
    sides signed an accord on Tuesday"): "the accord" that a later sentence names is that one."""
    doc = span.doc
    signed = doc.user_data.get("status.signed_at")
    if signed is None:
        signed = [t.i for t in doc if _signs_a_document(t)]
        doc.user_data["status.signed_at"] = signed
    return any(i < span.sent.end for i in signed)


def _signs_a_document(tok) -> bool:
    """ "Signed an accord", "the accord was signed", "an accord signed on Tuesday": a signature told as done
    (not as planned, nor as what came long before)."""
    if tok.lemma_.lower() not in EVENTS["signed"] or tok.pos_ != "VERB" or not _realis(tok) or _background(tok):
        return False
    if any(c.dep_ == "mark" and c.lower_ in PENDING_MARKS for c in tok.children):
        return False  # "before a treaty is signed", "as soon as a deal is signed": a signing to come
    if any(c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in SIGNABLE for c in tok.children):
        return True
    return tok.dep_ in {"acl", "relcl"} and tok.head.lemma_.lower() in SIGNABLE


def _particle(verb) -> bool:
    """ "Talks broke down", "clashes broke out": a verb with a particle is another verb than a breach."""
    return any(c.dep_ == "prt" for c in verb.children)


def _held(verb, span) -> bool:
    """ "The truce has held", "a ceasefire that held for years": the item (or the clause on it) is the
    subject of an intransitive "hold" reported as past ("held talks on a truce" has an object)."""
    if verb.lemma_.lower() != "hold" or verb.pos_ != "VERB" or not _realis(verb):
        return False
    if any(c.dep_ in {"dobj", "nsubjpass", "auxpass"} for c in verb.children):
        return False
    subject = span.root if span.root.head.i == verb.i else None
    relative = verb.head.i == span.root.i and verb.dep_ == "relcl"
    return (subject is not None and subject.dep_ == "nsubj") or relative


def _background(verb) -> bool:
    """ "Had released 30 captives", "have imposed sanctions since 2022", "last swapped prisoners in April":
    an act told as what came before the news (past perfect, a span from "since", an earlier time, a bare
    year), not as the news itself."""
    if any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ == "VBD" for c in verb.children):
        return True
    if any(c.dep_ == "advmod" and c.lower_ in {"last", "previously", "earlier", "once"} for c in verb.children):
        return True
    if any(c.dep_ == "prep" and c.lower_ == "since" for c in verb.children):
        return True
    # told only by its year ("imposed in 2023"): news is told by its day
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(_a_year(g) or any(_a_year(h) for h in g.children)
                                                             for g in c.children) for c in verb.children)


def _a_year(tok) -> bool:
    return tok.like_num and len(tok.text) == 4 and tok.text.isdigit() and tok.text[:2] in {"19", "20"}


def _unreal_frame(word, start=None) -> bool:
    """ "A plan which would see five hostages released", "to deter breaches of a truce": a participle on a
    noun (or a noun) governed by a verb that only might happen (a modal of possibility, or "to", its own or
    that of the verb it is coordinated with) tells of nothing done."""
    node = start if start is not None else word.head
    for _ in range(4):
        if node.pos_ in {"VERB", "AUX"}:
            verbs = [node, node.head] if node.dep_ == "conj" else [node]
            return any(bool(_modals(v) & UNREAL_MODALS) or any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children)
                       for v in verbs)
        if node.head.i == node.i:
            break
        node = node.head
    return False


def _told_done(verb) -> bool:
    """`_realis`, and a relative clause with its own subject that the parse tags as a participle ("the treaty,
    which the sides signed on Tuesday")."""
    if _realis(verb):
        return True
    return (verb.dep_ == "relcl" and verb.tag_ == "VBN" and any(c.dep_ == "nsubj" for c in verb.children)
            and not _negated(verb) and not _modals(verb))


def _realis(tok) -> bool:
    """A predicate reported as having happened: past, with no negation, modal, condition or "to"; or one
    said to go on ("will continue to impose costs": what continues is already done)."""
    if _negated(tok) or _modals(tok) or _conditional(tok):
        return False
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        head = tok.head
        return (tok.dep_ == "xcomp" and head.lemma_.lower() == "continue" and not _negated(head)
                and not _conditional(head))
    if tok.tag_ == "VBD":
        return True
    if tok.tag_ in {"VBN", "VBG"}:
        if tok.dep_ in {"acl", "amod"}:
            return not _unreal_frame(tok)
        return any(c.dep_ in {"aux", "auxpass"} and c.lemma_ in {"have", "be"} for c in tok.children)
    return False
