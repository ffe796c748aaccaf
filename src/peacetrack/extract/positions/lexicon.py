"""Word sets, regular expressions and stance ranks the reading of positions relies on."""
from __future__ import annotations

import re


STANCE_RANK = {"agree": 5, "reject": 4, "propose": 3, "support": 2, "discuss": 1}

# --------------------------------------------------------------------------- lexicon

# Verbs by lemma. Verbs that need a particle or preposition to carry a stance
# ("call for", "rule out") are in PHRASAL.
VERBS: dict[str, str] = {
    **dict.fromkeys("agree sign finalize finalise seal ink".split(), "agree"),
    # initialling a text settles its wording between the sides: "initialled an accord on the border"
    **dict.fromkeys("initial".split(), "agree"),
    **dict.fromkeys("reject refuse dismiss oppose veto rebuff spurn resist forget".split(), "reject"),
    # doing away with an item or shutting it out: "scrapped the plan", "boycotted the talks"
    **dict.fromkeys("scrap scuttle torpedo boycott repudiate snub shun".split(), "reject"),
    **dict.fromkeys("propose suggest demand urge insist offer float seek want request advocate condition "
                    "threaten pitch envisage envision wish prefer outline".split(), "propose"),
    # putting an item forward: "unveiled a plan", "tabled a truce", "recommended talks"
    **dict.fromkeys("unveil table recommend moot stipulate invite champion".split(), "propose"),
    # a pledge of one side: "promised elections"; of two sides together, an agreement (JOINT_FUTURE)
    **dict.fromkeys("promise pledge vow undertake".split(), "propose"),
    # a goal pursued: "to secure a ceasefire"
    **dict.fromkeys("secure".split(), "propose"),
    **dict.fromkeys("support back welcome endorse accept favour favor approve embrace applaud commend hail".split(),
                    "support"),
    **dict.fromkeys("praise laud salute consent".split(), "support"),
    **dict.fromkeys("discuss negotiate raise address review debate mention explore consider".split(), "discuss"),
    # looking into an item without a stance: "studied the offer", "weighed a truce"
    **dict.fromkeys("examine study weigh assess evaluate ponder deliberate broach tackle".split(), "discuss"),
}
# lemma -> {particle or preposition: stance}
PHRASAL: dict[str, dict[str, str]] = {
    "call": {"for": "propose", "on": "propose"},
    "push": {"for": "propose", "against": "reject"},
    "come": {"against": "reject"},  # "came out against the plan"
    "hope": {"for": "propose"},
    "press": {"for": "propose"},
    "ask": {"for": "propose"},
    "rule": {"out": "reject"},
    # leaving a deal or talks (EXITING checks the object): "walked away from the talks", "pulled out of the deal"
    "walk": {"away": "reject", "out": "reject"},
    "pull": {"out": "reject"},
    "withdraw": {"from": "reject"},
    "object": {"to": "reject"},
    "balk": {"at": "reject"},
    "baulk": {"at": "reject"},
    "warn": {"against": "reject"},
    "caution": {"against": "reject"},
    "vote": {"against": "reject", "for": "support"},
    "argue": {"against": "reject", "for": "propose"},
    "campaign": {"against": "reject", "for": "propose"},
    "lobby": {"against": "reject", "for": "propose"},
    "speak": {"against": "reject", "about": "discuss"},
    "appeal": {"for": "propose"},
    "plead": {"for": "propose"},
    "fight": {"for": "propose"},
    "hold": {"out": "propose"},  # "held out for a better deal"
    # "tied the truce to a withdrawal": the withdrawal is demanded (the tied item, as with "condition", accepted)
    "tie": {"to": "propose"},
    "link": {"to": "propose"},
    "go": {"along": "support"},
    "settle": {"on": "agree"},
    "hammer": {"out": "agree"},
    "bring": {"up": "discuss", "forward": "propose"},
    "look": {"at": "discuss", "into": "discuss"},
    "deal": {"with": "discuss"},
    "split": {"over": "discuss", "on": "discuss"},
    "turn": {"down": "reject"},
    "back": {"out": "reject", "away": "reject"},
    "put": {"forward": "propose", "forth": "propose"},
    "lay": {"out": "propose"},
    "set": {"out": "propose"},
    "stand": {"with": "support", "behind": "support", "by": "support"},
    "talk": {"about": "discuss", "on": "discuss", "over": "discuss"},
    "touch": {"on": "discuss", "upon": "discuss"},
    "focus": {"on": "discuss"},
    # naming an item as what is at issue takes it up, no stance taken: "named the border as an open question",
    # "identified the crossings as an issue", "regards the pact as a claim"
    "name": {"as": "discuss"},
    "identify": {"as": "discuss"},
    "list": {"as": "discuss"},
    "regard": {"as": "discuss"},
    "work": {"on": "discuss", "out": "discuss"},
    "sign": {"up": "support"},
    "commit": {"to": "propose"},  # a pledge: "committed to a truce"
    # taking part accepts the process: "entered into talks"; "will not enter into talks" refuses it
    "enter": {"into": "support"},
    "engage": {"in": "support"},
    "participate": {"in": "support"},
}
NOUNS: dict[str, str] = {
    **dict.fromkeys("proposal plan demand call offer initiative suggestion insistence bid request ultimatum roadmap "
                    "idea push importance necessity".split(), "propose"),
    **dict.fromkeys("appeal plea recommendation counterproposal counter-proposal counteroffer counter-offer "
                    "proposition".split(), "propose"),
    # a pledge: "Kenya's pledge to free the prisoners"
    **dict.fromkeys("commitment commitments pledge pledges promise promises vow vows undertaking assurance "
                    "assurances".split(), "propose"),
    # an item hoped for: "expressed hope for a truce"
    **dict.fromkeys("hope hopes".split(), "propose"),
    # conditions set for an item accept it on terms
    **dict.fromkeys("condition conditions precondition preconditions".split(), "support"),
    **dict.fromkeys("agreement deal accord understanding treaty pact".split(), "agree"),
    **dict.fromkeys("support backing acceptance readiness willingness endorsement supporter supporters".split(),
                    "support"),
    **dict.fromkeys("openness".split(), "support"),
    # those who hold a stance: "a vocal opponent of the truce", "a leading proponent of talks"
    **dict.fromkeys("opponent opponents critic critics".split(), "reject"),
    **dict.fromkeys("proponent proponents advocate advocates champion".split(), "propose"),
    **dict.fromkeys("rejection refusal opposition veto".split(), "reject"),
    **dict.fromkeys("objection objections resistance boycott rebuff non-starter".split(), "reject"),
    **dict.fromkeys("approval consent blessing".split(), "support"),
    **dict.fromkeys("talk talks negotiation negotiations discussion discussions consultation consultations "
                    "dialogue issue issues question questions concern concerns topic topics".split(), "discuss"),
}
# Predicative adjectives: "ready to", "open to", "in favour of", "opposed to".
ADJECTIVES: dict[str, str] = {
    **dict.fromkeys("ready willing prepared open keen eager interested".split(), "support"),
    **dict.fromkeys("amenable receptive supportive favourable favorable inclined".split(), "support"),
    # sides "divided over" an item talk it over, no stance taken
    "divided": "discuss",
    **dict.fromkeys("determined committed".split(), "propose"),  # a pledge to act
    "opposed": "reject",
    "hostile": "reject",
    "averse": "reject",
    "unacceptable": "reject",
}
# Verbs of speaking and thinking: whoever says an obligation holds it.
SPEECH = frozenset("""say tell add write note insist acknowledge announce argue claim confirm declare explain state
    stress emphasize emphasise warn reiterate affirm reaffirm underscore underline believe think consider suggest
    propose hope assert maintain""".split())
# Desire and pressure: "wants Russia to agree" is a proposal of whoever wants.
DESIRE = frozenset("want urge call press push ask demand insist expect hope encourage pressure persuade need wish "
                   "force compel".split())
# Effort: "tried to negotiate a truce" pursues it, whatever the verb below says.
EFFORT = frozenset("try attempt strive seek aim".split())
REFUSE = frozenset("refuse reject decline".split())
# Adjectives of refusal over an infinitive: "unwilling to accept the truce" rejects it.
UNWILLING = frozenset("unwilling unprepared reluctant".split())
# Leaving what one was part of: only a deal, a truce or talks is left ("pulled out of the region" is no refusal).
EXITING = frozenset("walk pull withdraw quit exit leave".split())
HYPOTHETICAL = frozenset("could would might may can will shall".split())
OBLIGATION = frozenset("must should ought".split())
# Participles that say who made a proposal: "put forward by", "American-proposed".
AUTHORING = frozenset("put propose make issue present submit table float offer lay set pitch broker draft send "
                      "outline suggest".split())
# Occasions: "in talks", "at the summit" say where a stance was taken.
SETTINGS = frozenset("talk talks negotiation negotiations meeting meetings summit call conversation session round "
                     "consultation consultations".split())
POSSESSION = frozenset("have enjoy receive win gain".split())
# Talks as the subject of what they covered: "the agenda covered X", "the talks included X".
TALK_SUBJECTS = frozenset("agenda talks negotiations discussions meeting session round summit call "
                          "conversation consultations".split())
COVERING = frozenset("cover include concern span encompass center centre focus revolve".split())
# Nouns for a deal or a plan: a later "this deal" stands for the items it was said to cover.
DEAL_NOUNS = frozenset("agreement deal accord understanding treaty arrangement framework plan proposal package "
                       "roadmap initiative".split())
PROSPECTIVE = frozenset("prepare plan intend expect going likely".split())
CIRCUMSTANCE = frozenset("after before following during since amid despite".split())
CONDITIONAL_MARKS = frozenset("if unless whether until".split())
PROPOSAL_NOUNS = frozenset("proposal plan idea offer initiative suggestion proposals plans".split())
AGREEMENT_VERBS = frozenset("reach sign strike conclude seal finalize finalise clinch announce broker "
                            "implement initial".split())
AGREEMENT_NOUNS = frozenset("agreement deal accord understanding treaty arrangement truce".split())
# Texts one signs, which hold what they are on once signed: "signed a protocol on the border".
SIGNABLE = AGREEMENT_NOUNS | frozenset("protocol memorandum pact declaration charter convention compact".split())
# Verbs that keep a truce or a deal going: "extended the ceasefire", "declared a truce".
UPHOLDING = frozenset("declare extend prolong".split())
# Predicates that dismiss an item: "the proposal is unacceptable", "a truce is unrealistic".
DISMISSIVE = frozenset("unacceptable unworkable unrealistic unthinkable inadmissible absurd ridiculous".split())
TENTATIVE = frozenset("draft proposed potential possible future prospective new".split())
GROUP_HEADS = frozenset("side sides party parties leader leaders head heads president presidents country countries nation nations "
                        "delegation delegations government governments minister ministers negotiator negotiators "
                        "envoy envoys official officials capital capitals neighbour neighbours neighbor neighbors "
                        "representative representatives commission commissions participant participants".split())
PARTY_ROLES = frozenset("negotiator mediator official delegation representative envoy leader counterpart "
                        "government side party team".split())
GROUP_DETS = frozenset("both two three the all".split())
JOINT_FUTURE = frozenset("commit pledge vow resolve decide undertake".split())
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
# An item named as the subject of talks, whatever the parse: "ceasefire talks", "negotiations over a truce",
# "efforts to finalize a deal on X", "discussing a road map that would extend X". Matched on the text
# before (TALKED_BEFORE, ending at the mention) and after (TALKED_AFTER, starting after it).
TALKED_BEFORE = re.compile(r"\b(?:talks|negotiations?|discussions?|consultations|negotiating|discussing|"
                           r"(?:working|technical|contact) groups?|commissions?|committees?)"
                           r"(?: (?:on|over|about|for|toward|towards|aimed at (?:securing|reaching)|to (?:secure|reach)))"
                           r"(?: [\w'\u2019-]+){0,5} $|"
                           r"\b(?:efforts?|struggl\w*|trying|tries|push(?:ing)?|work(?:ing)?|aim(?:ing|s)?) "
                           r"(?:to|for|toward|towards) (?:finali[sz]e|conclude|forge|secure|reach|clinch|strike|"
                           r"seal|broker|hammer out|a|an|the)(?: [\w'\u2019-]+){0,5} $", re.I)
TALKED_AFTER = re.compile(r"^(?: [\w-]+){0,1} (?:talks|negotiations|discussions)\b", re.I)
# Idioms that rule an item out, said of it right after its mention: "our sovereignty is not up for
# negotiation", "a withdrawal is out of the question", "the border remains a red line".
RULED_OUT_AFTER = re.compile(r"^[^.;:!?]{0,60}?\b(?:is|are|was|were|remains?|remained|would be|will be)\s+"
                             r"(?:not (?:up for|open to) "
                             r"(?:negotiation|negotiations|discussion|debate|grabs)|(?:non-|not )negotiable|"
                             r"out of the question|off the table|(?:not|no longer) on the table|a red line|"
                             r"not an option|a non-?starter|off-limits)\b", re.I)
# "There will be no truce while ...": an existential denial of the item, read before its mention.
DENIED_BEFORE = re.compile(r"\bthere (?:will|would|can|could) be no (?:[\w-]+ ){0,2}$|"
                           r"\bthere (?:is|was|will be|can be|could be|would be) no question of (?:a |an |the )?$", re.I)

STAGE_START = re.compile(r"\b(?:start(?:s|ing)? with|begin(?:s|ning)? with|first(?:ly)?|initially|"
                         r"(?:in )?the first (?:phase|stage|step)|phase one|stage one|two-stage|"
                         r"in (?:several|two|three) stages)\b", re.I)
STAGE_NEXT = re.compile(r"\b(?:after that|afterwards|then|next|followed by|subsequently|later|second(?:ly)?|"
                        r"(?:in )?the (?:second|next|final) (?:phase|stage|step)|phase two|stage two|finally)\b", re.I)
CONDITION = re.compile(r"\b(?:only if|if and only if|on (?:the )?condition(?:s)? that|provided that|providing that|"
                       r"as long as|so long as|unless|only after|only when|only once|in exchange for|in return for|"
                       r"conditional (?:on|upon)|contingent (?:on|upon)|subject to|until)\b"
                       r"(?:(?!,? (?:but|while|whereas|yet)\b)[^.;:!?\n])*", re.I)  # "but ..." is a clause of its own


# "KYIV, Ukraine (AP) —": where a report was filed names no party to anything. Each part after a comma
# is a few words ("Ukraine", "May 20"), so the dash is the first after them, not one deep in the lead
# ("PORT SUDAN, May 20 - Kenya's army-led government ...").
DATELINE = re.compile(r"(?m)^[A-Z\u00C0-\u00DE][A-Z\u00C0-\u00DE .'\u2019-]{2,}"
                      r"(?:,\s*[A-Z][\w.'\u2019]*(?:[ -][\w.'\u2019]+){0,3})*"
                      r"\s*(?:\([^)\n]*\))?\s*[\u2014\u2013-]")

# Words of talking about something: what is agreed or proposed through them is only the topic of talks.
TALKING = frozenset("talk talks negotiation negotiations negotiate discuss discussion discussions consultation "
                    "consultations dialogue commission commissions committee group groups".split())
TOPIC_STANCES = {"agree"}  # "ready to discuss X" stays a (guarded) support of X


# A truce named by its own word, upheld as a deal is: "reaffirmed the ceasefire".
TRUCE_NOUNS = frozenset("ceasefire cease-fire truce armistice".split())


# Verbs of bringing talks about: a mediator supports the talks, a convener proposed them.
MEDIATING = frozenset("mediate co-mediate facilitate broker host co-host".split())
CONVENING = frozenset("convene organise organize sponsor oversee chair co-chair initiate".split())


# Verbs of arriving or answering with a stance noun: "came to the talks with a proposal", "responded with demands".
BRINGING = frozenset("come go arrive return travel respond reply answer counter approach enter".split())


# Nouns of one who holds a stance: "A is a supporter of X" is A's.
AGENT_NOUNS = frozenset("supporter opponent critic proponent advocate champion".split())


# A goal named: "a truce is our priority", "the aim is a truce", said by someone, proposes it.
GOAL_NOUNS = frozenset("priority goal aim objective".split())
# Predicates of need: "a truce is essential", "talks are needed", said by someone, propose.
NECESSARY = frozenset("needed necessary essential vital crucial imperative urgent indispensable required".split())
# Nearness to a deal: "close to agreeing a truce" is still talking it over.
NEARNESS = frozenset("close closer near nearer verge brink".split())
# What an item is called or described as: "called the truce a positive step", "described the plan as a trap".
PRAISE = frozenset("step breakthrough milestone achievement success opportunity progress".split())
SCORN = frozenset("trap ploy sham farce trick mistake capitulation surrender betrayal humiliation "
                  "non-starter".split())
# Nouns of a wish that "no" turns into a refusal: "has no interest in a truce", "no appetite for talks".
WISH_NOUNS = {"interest": "in", "appetite": "for", "desire": "for", "intention": "of"}


# Verbs that say no more than the stance noun they carry.
LIGHT_VERBS = frozenset("have hold conduct voice express make give offer lend signal show register extend "
                        "reiterate reaffirm renew repeat restate".split()
                       # stressing a stance noun states it: "stressed the need for", "lodged an objection to"
                       + "stress emphasize emphasise underline underscore highlight raise lodge file issue "
                         "present submit table send deliver pledge join echo lead spearhead".split())


# The marker opening a list item: "- ", "• ", "3. ".
ITEM_MARKER = r"(?:[-\u2022*\u2013]|\d{1,2}[.)])"
