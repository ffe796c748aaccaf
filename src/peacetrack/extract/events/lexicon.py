"""General news English for each event type, and the words that frame or block an event."""
from __future__ import annotations

import re

CALL_NOUNS = {"call", "conversation", "phonecall", "videoconference", "videocall"}
PHONE_WORDS = {"phone", "telephone", "video", "videolink", "zoom", "hotline"}
MEETING_NOUNS = {"meeting", "talks", "negotiations", "summit", "consultations", "discussions", "summitry", "session"}
MEETING_VERBS = {"meet"}
VISIT_NOUNS = {"visit", "trip", "travel", "tour", "stopover"}
MOTION_VERBS = {"arrive", "fly", "travel", "land", "jet", "go", "head", "journey"}
SEND_VERBS = {"send", "dispatch"}  # "sent its envoy to Cairo": the envoy visits
AGREEMENT_NOUNS = {"agreement", "deal", "accord", "memorandum", "declaration", "treaty", "truce", "ceasefire",
                   "cease-fire", "understanding", "pact", "arrangement", "protocol", "compact", "armistice"}
AGREEMENT_VERBS = {"sign", "reach", "strike", "conclude", "seal", "clinch", "finalize", "finalise", "ink", "broker",
                   "announce", "forge", "hammer", "initial"}
SPAN_UNITS = {"year", "month", "week", "decade"}  # "two years after signing": a span counted back
CAPTIVES = {"prisoner", "pow", "pows", "captive", "body", "hostage", "detainee", "child", "children", "civilian",
            "serviceman", "servicemen", "soldier", "remains", "prisoners-of-war", "fisherman", "fishermen", "sailor",
            "crew", "national", "citizen", "internee", "abductee", "deportee", "pilot", "guard", "constable"}
EXCHANGE_NOUNS = {"exchange", "swap", "handover", "repatriation"}
EXCHANGE_VERBS = {"exchange", "swap", "release", "free", "return", "repatriate", "hand", "trade", "receive", "send"}
ATTACK_NOUNS = {"attack", "strike", "shelling", "bombardment", "bombing", "assault", "raid", "airstrike"}
ATTACK_VERBS = {"attack", "strike", "hit", "shell", "bomb", "target", "shoot", "pound"}

# What a strike must hit, or what its sentence must name, to bear on a negotiated item
NEGOTIATED_TARGETS = {"energy", "power", "oil", "gas", "grid", "pipeline", "refinery", "substation", "port", "vessel",
                      "ship", "shipping", "electricity", "electric", "electrical", "dam", "nuclear", "fuel",
                      "hydropower", "heating", "powerplant", "tanker", "boat", "trawler", "ferry"}
PLACES = {"city", "town", "village", "region", "area", "building", "home", "house", "hospital", "school", "base",
          "airfield", "airport", "territory", "district", "settlement", "position", "capital", "coast", "border",
          "outskirts", "checkpoint", "camp", "outpost", "post", "patrol", "convoy"}
NEGOTIATED_CONTEXT = {"ceasefire", "cease-fire", "truce", "moratorium", "deal", "agreement", "pause", "halt"}
# what a shooting is called or accused of where it bears on a deal: "accused X of breaching the accord after ..."
BREACH_WORDS = {"breach", "violation", "violate"}

# Where a statement is made
VENUE_NOUNS = {"briefing", "conference", "address", "speech", "interview", "remarks", "statement", "post", "podcast",
               "broadcast", "tweet", "communique", "op-ed", "appearance", "video", "message", "show", "readout",
               "forum", "rally", "ceremony", "sermon", "homily", "mass", "hearing", "lecture", "signing"}
# a public occasion one speaks at, also at its close ("said after the ceremony", "speaking after the signing")
OCCASION_NOUNS = {"ceremony", "signing"}
VENUE_NEEDS_MODIFIER = {"video", "message", "show", "appearance"}  # "a video address", "a televised appearance"
MEDIA_NOUNS = {"reporter", "journalist", "press", "media", "newspaper", "agency", "broadcaster", "channel",
               "television", "tv", "radio", "podcast", "outlet", "website", "magazine", "daily", "network", "show",
               "host", "anchor", "interviewer", "correspondent", "program", "programme", "station", "newsroom",
               "news", "audience", "crowd", "lawmakers", "parliament", "supporters", "servicemen", "troops",
               "students", "group", "nation", "people", "assembly", "congress", "conference", "forum", "gathering"}
PLATFORMS = {"x", "telegram", "facebook", "twitter", "instagram", "truth", "social", "media", "platform", "account",
             "channel", "page", "website", "youtube", "tiktok", "weibo", "vk", "site", "blog"}
POST_VERBS = {"write", "post", "say", "tweet", "announce", "publish", "share", "state"}
SPEECH_VERBS = {"tell", "say", "speak", "talk", "insist", "explain", "confirm", "reveal", "announce", "add", "write",
                "post", "note", "acknowledge", "describe", "argue", "stress", "claim", "warn", "tweet", "declare"}

# Verbs whose object is the person spoken to: "A told B that ..."
ADDRESS_VERBS = {"tell", "assure", "urge", "inform", "brief", "ask", "thank", "invite", "warn", "congratulate", "update"}

# Venue classes: restatements of one statement share one
VENUE_CLASS = {"interview": "interview", "podcast": "interview", "show": "interview", "broadcast": "interview",
               "briefing": "press", "conference": "press", "reporter": "press", "journalist": "press",
               "press": "press", "address": "address", "speech": "address", "remarks": "address",
               "appearance": "address", "video": "address", "message": "address", "statement": "statement",
               "communique": "statement", "readout": "statement", "post": "post", "tweet": "post", "op-ed": "post",
               "forum": "address", "rally": "address", "ceremony": "address", "sermon": "address", "homily": "address",
               "mass": "address", "hearing": "address", "lecture": "address",
               "signing": "address"}

# "at the beginning of a meeting", "on the sidelines of a summit": the subject is there
PART_NOUNS = {"beginning", "start", "end", "sideline", "sidelines", "margin", "margins", "course", "middle", "close",
              "opening", "outset", "conclusion", "part", "day", "hour", "week", "round", "series", "session"}

# Light verbs whose subject takes part in their object event: "held talks", "had a call"
LIGHT_VERBS = {"have", "hold", "conduct", "convene", "host", "attend", "join", "begin", "start", "end", "resume",
               "carry", "implement", "wrap", "chair", "lead", "engage", "finish", "complete", "open", "conclude",
               "continue", "make", "pay", "undertake", "take", "participate", "be", "describe", "sit", "facilitate",
               "broker", "arrange", "mediate", "moderate", "co-chair", "oversee", "sponsor"}

# People whose comments are commentary, not acts of a party
COMMENTATOR_TITLES = {"analyst", "researcher", "fellow", "professor", "expert", "scholar", "commentator", "economist",
                      "historian", "lecturer"}
MODALS = {"will", "would", "could", "might", "may", "shall", "should", "must", "can", "'ll", "'d", "wo", "ca", "ought"}

# Verbs that make their object or complement a plan, a wish or a refusal rather than an occurrence
PLAN_VERBS = {"plan", "propose", "seek", "want", "wish", "hope", "expect", "intend", "aim", "prepare", "arrange",
              "schedule", "organize", "organise", "urge", "push", "offer", "invite", "consider", "refuse", "reject",
              "rule", "deny", "avoid", "suggest", "demand", "need", "mull", "float", "try", "attempt", "work",
              "set", "call", "request", "require", "insist", "favor", "favour", "support", "welcome", "await",
              "envisage", "envision", "discuss", "agree", "promise", "pledge", "vow", "threaten", "negotiate",
              "like", "love", "prefer", "ask", "pursue", "explore", "accept", "allow", "enable", "facilitate",
              "encourage", "press", "instruct", "task", "mandate", "authorize", "authorise", "order"}
PLAN_NOUNS = {"preparation", "plan", "proposal", "idea", "prospect", "possibility", "hope", "call", "invitation",
              "offer", "push", "bid", "deadline", "condition", "request", "demand", "readiness", "willingness",
              "intention", "talk", "date", "way", "effort", "chance", "path", "road", "option", "pressure",
              "precondition", "prerequisite", "need", "framework", "format", "venue", "agenda", "expectation"}

# Modifiers of an event noun that make it a plan: "upcoming summit", "possible talks"
PLAN_MODIFIERS = {"upcoming", "future", "next", "possible", "potential", "proposed", "planned", "prospective",
                  "expected", "scheduled", "likely", "eventual", "hypothetical", "further", "forthcoming",
                  "anticipated", "mooted", "intended", "envisaged", "any"}

# Subordinators that make a clause hypothetical
CONDITIONAL_MARKS = {"if", "unless", "whether", "once", "until", "lest"}
GROUP_NOUNS = {"team", "delegation", "representative", "official", "negotiator", "leader", "side", "envoy",
               "diplomat", "minister", "government", "authority", "administration", "counterpart", "party",
               "member", "president", "mediator", "force", "military", "army", "troops", "country", "nation",
               "state", "ministry", "office", "presidency", "camp", "group", "bloc", "staff", "agency", "service",
               "drone", "drones", "missile", "unit", "navy", "officer", "commander", "general", "spokesman",
               "spokeswoman", "spokesperson", "chief", "head", "adviser", "advisor", "aide", "expert", "worker",
               "delegate", "emissary", "interlocutor"}
PRONOUNS_ONE = {"he", "him", "his", "she", "her", "himself", "herself"}
PRONOUNS_MANY = {"they", "them", "their", "themselves"}
PRONOUNS_IT = {"it", "its", "itself"}
EVENT_NOUNS = CALL_NOUNS | MEETING_NOUNS | VISIT_NOUNS | {"talk", "negotiation", "consultation", "discussion",
                                                        "exchange", "swap", "statement", "address", "speech",
                                                        "interview", "attack", "strike", "agreement", "deal"}

# Last words of organisations the tagger may call people ("General Border Committee")
ORG_WORDS = {"committee", "commission", "council", "ministry", "office", "agency", "forces", "mechanism", "group",
             "organisation", "organization", "institute", "court", "assembly", "parliament", "congress", "union",
             "army", "front", "movement", "party", "bank", "fund", "wire", "news", "press", "times", "post"}

# "KYIV, Ukraine (AP) — ": where the story was filed, not who acts in it

# "BANGKOK, Sept 18 (Mekong Press) - ", "ABU DHABI, March 12 (Caspian Wire) – ", "ISTANBUL (Bosphorus News) — ",
# "KAMPALA/NAIROBI, May 2 - " (a story filed from two capitals), "LIMA - "
_PLACE = r"^[ \t]*[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'/ -]{2,}(?:,[^\n—–(]{1,40})?"  # also "LOMÉ", "BOGOTÁ"
DATELINE = re.compile(_PLACE + r"(?:\([^)\n]{1,30}\))?\s*[—–]" + "|" + _PLACE + r"(?:\([^)\n]{1,30}\))?\s+-(?=\s)", re.M)

# A photo caption: a paragraph that ends with its credit "(AP Photo/...)", "(Reuters)", "(... via AP)"
CAPTION = re.compile(r"(?m)^[^\n]*\((?:[^()\n]*\b(?:Photo|Pool|via|Getty|Images|Reuters|AFP)\b[^()\n]*)\)[ \t]*$")

# "in the morning", "that evening": a part of a day the text does not name
ANAPHORIC_TIME = re.compile(r"^(?:the|that)\s+(?:morning|afternoon|evening|night)$", re.I)

# "the two sides", "both countries", "the two delegations", "the neighbours": the pair of parties at issue
PAIR_NOUNS = {"side", "country", "nation", "state", "government", "delegation", "army", "military", "party",
              "neighbour", "neighbor", "team", "minister", "negotiator", "capital", "foe", "rival",
              "adversary", "belligerent", "parties", "sides"}

# "the three ministers", "the four delegations": a counted group, the last so many people or parties named
GROUP_COUNTS = {"three": 3, "four": 4, "five": 5, "six": 6}
PERSON_GROUPS = {"minister", "leader", "president", "envoy", "negotiator", "mediator", "diplomat", "official", "man",
                 "head", "chief"}

# a plural of these with "the" and nothing else: "the parties agreed", "the ministers agreed"
PAIR_PLURALS = {"side", "party", "delegation", "minister", "negotiator", "neighbour", "neighbor", "belligerent"}
CORE_DEPS = {"compound", "amod", "poss", "nmod", "flat", "case", "det", "nummod", "punct", "quantmod"}
OFFICE_NOUNS = {"chief", "president", "minister", "commander", "premier", "king", "emir", "envoy", "general",
                "secretary", "secretary-general", "ambassador", "representative", "spokesperson", "spokesman"}

# "agreed to keep consulting": what goes on already is no new deal
CONTINUE_VERBS = {"continue", "keep", "remain", "maintain", "stay", "persist", "carry"}

# Verbs whose passive agent takes part in the meeting: "co-chaired by A and B", "hosted by X"
CHAIR_VERBS = {"chair", "co-chair", "host", "co-host", "attend", "mediate", "moderate", "facilitate", "convene", "oversee",
               "sponsor", "supervise"}

# A habit, not an occasion ("they meet regularly"); a counted series ("met three times") is still reported
HABITUAL = {"regularly", "often", "frequently", "routinely", "usually", "sometimes", "rarely", "seldom", "never"}
VENUE_PREPS = {"in", "at", "during", "on", "via", "through", "while", "from", "over"}
ACCUSE_VERBS = {"accuse", "blame", "charge", "condemn", "denounce", "fault"}
RELATIVE_LINKS = {"after", "before", "following", "since", "until", "ahead", "prior", "when", "while", "once"}
