"""What the clauses around a provision report done to it: signed, enacted, in force, broken, refused,
talked over (`_events`), read on the parse and on the words around the mention."""
from __future__ import annotations

import re

from .lexicon import AGREEMENT_NOUNS, CIRCUMSTANCE, SIGNABLE, TENTATIVE
from .status import DEALS, OPEN_AFTER, OPEN_BEFORE
from .syntax import _after, _before, _conditional, _modals, _negated, _sentence


# What is said to have happened to an item: lemmas of the predicates above it.
EVENTS: dict[str, frozenset[str]] = {
    "signed": frozenset("sign signing signature ink signatory signatories".split()),
    "implemented": frozenset("implement impose enter begin start restore release exchange free return observe respect "
                             "fulfil fulfill place take deliver reopen carry_out".split()),
    "violated": frozenset("violate violation breach break derail".split()),
    "negotiating": frozenset("negotiate negotiation negotiations talk talks discuss address review debate".split()),
}
# Verbs of closing a deal: not yet done, they say the deal is being negotiated.
CLOSING = frozenset("conclude finalize finalise close reach seal hammer".split())
# Done to a proposal, these put it in force: sanctions imposed, prisoners released.
ENACTED = frozenset("impose place release exchange free return deliver reopen sanction carry_out".split())
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
    after = _after(span)
    return bool(SETTLED_AFTER.match(after) or SCHEDULED_AFTER.match(after))


def _kept_in_words(span) -> bool:
    """Whether the words around a mention say the item is in force (see KEPT_AFTER, KEPT_BEFORE,
    EXTENDED_BEFORE, EXTENDED_AFTER)."""
    if (KEPT_AFTER.match(_after(span))
            and not PENDING_BEFORE.search(_before(span))):
        return True
    if (EXTENDED_BEFORE.search(_before(span))
            or EXTENDED_AFTER.match(_after(span))):
        return True
    # "a commitment to facilitate access" pledges an act: a verb between the cue and the item undoes it
    between = span.doc[max(_sentence(span).start, span.start - 2):span.start]
    return bool(KEPT_BEFORE.search(_before(span))) and not any(
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
    if _talked_over_framed(span):
        out.add("negotiating")
    if (OPEN_BEFORE.search(_before(span))
            or OPEN_AFTER.match(_after(span))):
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
        lemma = _phrasal_lemma(t)
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


def _phrasal_lemma(verb) -> str:
    """A verb's lemma, joined to the particle that makes it another verb: "carried out" is "carry_out"
    (doing the item), "carried" alone only moves it."""
    lemma = verb.lemma_.lower()
    if lemma == "carry" and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
        return "carry_out"
    return lemma


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
# What gets under way as a step of a settlement ("the border opened" opens no settlement of the border; "trade
# resumed" is the step itself).
STEPS = frozenset("corridor withdrawal pullback evacuation exchange swap release vote voting election referendum "
                  "demining reconstruction repatriation return trade".split()) | DEALS


def _drafted(noun) -> bool:
    """ "Drafts of a truce agreement": a deal still on paper."""
    return noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in DRAFTS


def _defied(span) -> bool:
    """ "Fighting resumed on Tuesday despite the ceasefire": hostilities told as going on despite the item
    (a deal or a truce) break it."""
    return (span.root.lemma_.lower() in DEALS
            and bool(DESPITE_BEFORE.search(_before(span)))
            and bool(HOSTILITIES.search(_sentence(span).text)))


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
    if (REFUSED_BEFORE.search(_before(span))
            or REFUSED_AFTER.match(_after(span))):
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
    return bool(PASSED_OVER_BEFORE.search(_before(span))
                or PASSED_OVER_AFTER.match(_after(span)))


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
    if not AS_AGREED.search(_sentence(span).text):
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
    for t in _sentence(span):
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
        return False  # "not one aid truck has got to the town"
    lemma = verb.lemma_.lower()
    if lemma in ARRIVING:
        return root.lower_ in AID_CARRIERS
    return lemma in STARTING and (root.lemma_.lower() in STEPS or root.lower_ in AID_CARRIERS)




# Nouns of talks held on a topic named up front: "On X, the sides continued discussions on its timing".
TALK_OBJECTS = frozenset("discussion discussions talk talks negotiation negotiations consultation consultations "
                         "dialogue".split())


def _talked_over_framed(span) -> bool:
    """ "On the detainees, both sides continued discussions on the timing of their release": an item named as
    the topic that opens the sentence is what the talks its clause tells of are about (the talks' own "on"
    phrase names only a detail of it)."""
    root, prep = span.root, span.root.head
    if root.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in {"on", "regarding", "concerning"}:
        return False
    verb = prep.head
    if prep.i != _sentence(span).start or verb.pos_ != "VERB" or _negated(verb) or _modals(verb):
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in TALK_OBJECTS for c in verb.children)


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
    return any(i < _sentence(span).end for i in signed)


def _signs_a_document(tok) -> bool:
    """ "Signed an accord", "the accord was signed", "an accord signed on Tuesday": a signature told as done
    (not as planned, nor as what came long before)."""
    if tok.lemma_.lower() not in EVENTS["signed"] or tok.pos_ != "VERB" or not _realis(tok) or _background(tok):
        return False
    if any(c.dep_ == "mark" and c.lower_ in PENDING_MARKS for c in tok.children):
        return False  # "before a treaty is signed", "once the accord gets signed": a signing to come
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
