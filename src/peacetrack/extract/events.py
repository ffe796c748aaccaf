"""Events: calls, meetings, visits, statements, agreements, exchanges, attacks.

Three pure stages over a parsed article:

* detection (`_Detector`): a trigger word of a type is found through its
  lemma and its syntactic role ("met", "talks with", "a call between",
  "visited", "flew to", "signed an agreement", "agreed" with two parties as
  subject, "swapped prisoners", "struck energy facilities"); a statement is a
  speech act at a named venue ("said at a briefing", "told reporters", "in an
  interview", "wrote on Telegram");
* filtering (`_occurred`): the trigger must be reported as having happened.
  Modals, negation, conditionals, infinitives of plans ("to meet"), plan
  governors ("proposed talks", "rejected negotiations") and plan modifiers
  ("upcoming summit") make it a position, not an event; so does a date after
  the publication date;
* resolution: participants are the people (else parties) that fill the
  trigger's roles -- subject, "with X", "between X and Y", "X's call",
  "US-Russia talks", "Ukrainian delegation" -- never a place ("met in
  Riyadh") nor the medium that reports it ("told Reuters"); the date is the
  day of the time expression closest to the trigger in the parse tree
  ("on Tuesday", "Monday's talks"). Mentions of one event within an article
  (same type, one participant set within the other, compatible dates) are
  merged, so an undated restatement takes the date of the dated one.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..nlp import clean
from ..records import Event
from .actors import ActorIndex, surname as surname_of
from .parties import find_parties

# ---------------------------------------------------------------------------
# Lexicon: general English news language for each event type
# ---------------------------------------------------------------------------

CALL_NOUNS = {"call", "conversation", "phonecall", "videoconference", "videocall"}
PHONE_WORDS = {"phone", "telephone", "video", "videolink", "zoom"}
MEETING_NOUNS = {"meeting", "talks", "negotiations", "summit", "consultations", "discussions", "summitry"}
MEETING_VERBS = {"meet"}
VISIT_NOUNS = {"visit", "trip", "travel", "tour", "stopover"}
MOTION_VERBS = {"arrive", "fly", "travel", "land", "jet"}
AGREEMENT_NOUNS = {"agreement", "deal", "accord", "memorandum", "declaration", "treaty", "truce", "ceasefire",
                   "cease-fire", "understanding", "pact", "arrangement", "protocol", "compact", "armistice"}
AGREEMENT_VERBS = {"sign", "reach", "strike", "conclude", "seal", "clinch", "finalize", "finalise", "ink", "broker",
                   "announce", "forge", "hammer"}
CAPTIVES = {"prisoner", "pow", "pows", "captive", "body", "hostage", "detainee", "child", "children", "civilian",
            "serviceman", "servicemen", "soldier", "remains", "prisoners-of-war"}
EXCHANGE_NOUNS = {"exchange", "swap", "handover", "repatriation"}
EXCHANGE_VERBS = {"exchange", "swap", "release", "free", "return", "repatriate", "hand", "trade"}
ATTACK_NOUNS = {"attack", "strike", "shelling", "bombardment", "bombing", "assault", "raid", "airstrike"}
ATTACK_VERBS = {"attack", "strike", "hit", "shell", "bomb", "target", "shoot", "pound"}
# What a strike must hit, or what its sentence must name, to bear on a negotiated item
NEGOTIATED_TARGETS = {"energy", "power", "oil", "gas", "grid", "pipeline", "refinery", "substation", "port", "vessel",
                      "ship", "shipping", "electricity", "electric", "electrical", "dam", "nuclear", "fuel",
                      "hydropower", "heating", "powerplant", "tanker"}
PLACES = {"city", "town", "village", "region", "area", "building", "home", "house", "hospital", "school", "base",
          "airfield", "airport", "territory", "district", "settlement", "position", "capital", "coast", "border"}
NEGOTIATED_CONTEXT = {"ceasefire", "cease-fire", "truce", "moratorium", "deal", "agreement", "pause", "halt"}
# Where a statement is made
VENUE_NOUNS = {"briefing", "conference", "address", "speech", "interview", "remarks", "statement", "post", "podcast",
               "broadcast", "tweet", "communique", "op-ed", "appearance", "video", "message", "show", "readout",
               "forum", "rally", "ceremony"}
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
# Venue classes: restatements of one statement share one
VENUE_CLASS = {"interview": "interview", "podcast": "interview", "show": "interview", "broadcast": "interview",
               "briefing": "press", "conference": "press", "reporter": "press", "journalist": "press",
               "press": "press", "address": "address", "speech": "address", "remarks": "address",
               "appearance": "address", "video": "address", "message": "address", "statement": "statement",
               "communique": "statement", "readout": "statement", "post": "post", "tweet": "post", "op-ed": "post",
               "forum": "address", "rally": "address", "ceremony": "address"}
# "at the beginning of a meeting", "on the sidelines of a summit": the subject is there
PART_NOUNS = {"beginning", "start", "end", "sideline", "sidelines", "margin", "margins", "course", "middle", "close",
              "opening", "outset", "conclusion", "part", "day", "hour", "week", "round", "series", "session"}
# Light verbs whose subject takes part in their object event: "held talks", "had a call"
LIGHT_VERBS = {"have", "hold", "conduct", "convene", "host", "attend", "join", "begin", "start", "end", "resume",
               "wrap", "chair", "lead", "engage", "finish", "complete", "open", "conclude", "continue", "make",
               "pay", "undertake", "take", "participate", "be", "describe", "sit", "facilitate", "broker", "arrange"}
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
              "like", "love", "prefer", "ask", "pursue", "explore", "accept", "allow", "enable", "facilitate"}
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
               "spokeswoman", "spokesperson", "chief", "head", "adviser", "advisor", "aide", "expert", "worker"}
PRONOUNS_ONE = {"he", "him", "his", "she", "her", "himself", "herself"}
PRONOUNS_MANY = {"they", "them", "their", "themselves"}
PRONOUNS_IT = {"it", "its", "itself"}
EVENT_NOUNS = CALL_NOUNS | MEETING_NOUNS | VISIT_NOUNS | {"talk", "negotiation", "consultation", "discussion",
                                                        "exchange", "swap", "statement", "address", "speech",
                                                        "interview", "attack", "strike", "agreement", "deal"}


@dataclass
class Mention:
    """One report of an event in one sentence."""

    type: str
    participants: list[str]
    date: str | None
    sent: tuple[int, int]
    trigger: int  # token index
    venue: str | None = None  # statements: the venue class
    refs: list[str] = field(default_factory=list)  # event types it follows ("Following the meeting, ...")
    split: bool = False  # one pair of "separate talks" with a hub
    partial: bool = False  # "Trump's summit": one side named; completed by a nearby mention of the same event


# ---------------------------------------------------------------------------
# Article context: who and which party each token names; quotes; timexes
# ---------------------------------------------------------------------------


class _Context:
    def __init__(self, doc, index: ActorIndex, timexes: list):
        self.doc = doc
        self.index = index
        self.pub = index.date
        self.person_of: dict[int, str] = {}
        self.party_of_person = {p.name: p.party for p in index.people}
        self.titles = {p.name: (p.title or "").lower() for p in index.people}
        for p in index.people:
            for s, e in p.mentions:
                span = doc.char_span(s, e, alignment_mode="expand")
                if span is not None:
                    for t in span:
                        self.person_of.setdefault(t.i, p.name)
        # mentions the index did not record: a surname it knows, or a full name the tagger calls a person
        for ent in doc.ents:
            if ent.label_ not in {"PERSON", "GPE", "ORG", "NORP"} or any(t.i in self.person_of for t in ent):
                continue
            p = index.by_name(ent.text) if ent.label_ == "PERSON" or len(ent) == 1 else None
            if p is not None and not find_parties(ent.text):
                for t in ent:
                    self.person_of[t.i] = p.name
            elif ent.label_ == "PERSON" and len(ent) >= 2 and all(t.is_title for t in ent) and not find_parties(ent.text):
                name = ent.text.strip()
                self.party_of_person.setdefault(name, None)
                for t in ent:
                    self.person_of[t.i] = name
        for t in doc:
            if t.pos_ == "PROPN" and t.i not in self.person_of and t.is_title and t.ent_type_ in {"", "PERSON", "ORG"}:
                p = index.by_name(t.text)
                if p is not None and surname_of(p.name) == t.lower_:
                    self.person_of[t.i] = p.name
        self.party_at: dict[int, tuple[str, str]] = {}
        text = re.sub(r"(?<=[\w.])[-–](?=\w)", " ", doc.text)  # "US-Russia talks", "U.S.-brokered"
        for pm in find_parties(text):
            span = doc.char_span(pm.start, pm.end, alignment_mode="expand")
            if span is None:
                continue
            for t in span:
                self.party_at.setdefault(t.i, (pm.party, pm.kind))
            if any(t.i not in self.person_of for t in span):
                for t in span:  # "the Trump administration" is a party, not a person
                    self.person_of.pop(t.i, None)
        self.skipped: set[int] = set()  # datelines and photo captions
        for m in DATELINE.finditer(doc.text):
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is not None:
                self.skipped.update(t.i for t in span)
        for m in CAPTION.finditer(doc.text):
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is not None:
                self.skipped.update(t.i for t in span)
        for i in self.skipped:
            self.party_at.pop(i, None)
            self.person_of.pop(i, None)
        self.quoted = _quoted_ranges(doc.text)
        self.timexes = []  # (token, day)
        for t in timexes:
            if not t.day or ANAPHORIC_TIME.match(t.text):
                continue
            span = doc.char_span(t.start, t.end, alignment_mode="expand")
            if span is not None:
                self.timexes.append((span.root, t.day, span))
        self.last_subject: list[str] = []  # people/parties of the last sentence's subject

    def in_quote(self, tok) -> bool:
        return any(s <= tok.idx < e for s, e in self.quoted)


# "KYIV, Ukraine (AP) — ": where the story was filed, not who acts in it
DATELINE = re.compile(r"(?m)^[ \t]*[A-Z][A-Z.' -]{2,}(?:,[^\n—–(]{1,40})?(?:\([^)\n]{1,30}\))?\s*[—–]")
# A photo caption: a paragraph that ends with its credit "(AP Photo/...)", "(Reuters)", "(... via AP)"
CAPTION = re.compile(r"(?m)^[^\n]*\((?:[^()\n]*\b(?:Photo|Pool|via|Getty|Images|Reuters|AFP)\b[^()\n]*)\)[ \t]*$")
# "in the morning", "that evening": a part of a day the text does not name
ANAPHORIC_TIME = re.compile(r"^(?:the|that)\s+(?:morning|afternoon|evening|night)$", re.I)


def _quoted_ranges(text: str) -> list[tuple[int, int]]:
    """Short direct quotations within one paragraph (their events are a speaker's words)."""
    out = []
    for para in re.finditer(r"[^\n]+", text):
        p, base = para.group(0), para.start()
        for m in re.finditer(r"“[^“”]*”|\"[^\"]*\"", p):
            if m.end() - m.start() < 600:
                out.append((base + m.start(), base + m.end()))
    return out


# ---------------------------------------------------------------------------
# Noun phrases -> people and parties
# ---------------------------------------------------------------------------

CORE_DEPS = {"compound", "amod", "poss", "nmod", "flat", "case", "det", "nummod", "punct", "quantmod"}


def _core(tok) -> list:
    """The head of a noun phrase and its modifiers, without clauses, appositions and prepositions."""
    out, todo = [tok], [tok]
    while todo:
        t = todo.pop()
        for c in t.children:
            if c.dep_ in CORE_DEPS or (c.dep_ in {"conj", "cc"} and t.i != tok.i and t.dep_ in {"amod", "compound", "poss", "nmod"}):
                out.append(c)
                todo.append(c)
    return out


def _is_place_use(tok) -> bool:
    """A state named as where something happens: "in Riyadh", "to Paris", "Saudi Arabia's Jeddah"."""
    node = tok
    for _ in range(4):
        if node.i != tok.i and node.lemma_.lower() in EVENT_NOUNS:
            return False  # "the White House summit": a modifier of the event, not where something is
        if node.dep_ == "pobj" and node.head.lower_ in {"in", "at", "to", "into", "near", "inside", "across", "from",
                                                         "outside", "throughout", "around", "over", "via", "toward",
                                                         "towards"}:
            return True
        if node.dep_ in {"poss", "compound", "amod", "case"} and node.head.i != node.i:
            node = node.head
            continue
        break
    return node.ent_type_ in {"GPE", "LOC", "FAC"} and node.dep_ == "dobj" and node.head.lemma_ in {"visit", "tour"}


class _Resolver:
    def __init__(self, ctx: _Context):
        self.ctx = ctx

    def np(self, tok, depth: int = 0, places: bool = False) -> tuple[list[str], list[str]]:
        """People and parties a noun phrase (with its conjuncts) names."""
        people: list[str] = []
        parties: list[str] = []
        for node in [tok, *[c for c in tok.conjuncts if c.i > tok.i]]:
            pe, pa = self._one(node, depth, places)
            people += [p for p in pe if p not in people]
            parties += [p for p in pa if p not in parties]
        return people, parties

    def _one(self, tok, depth: int, places: bool) -> tuple[list[str], list[str]]:
        ctx = self.ctx
        if tok.i in ctx.skipped:
            return [], []
        if tok.i in ctx.person_of:
            people = [ctx.person_of[tok.i]]
            for c in tok.children:  # "Rubio, Special Envoy Witkoff, Mr. Kushner and ...": a list parsed as appositions
                if c.dep_ == "appos" and c.i in ctx.person_of:
                    for x in [c, *c.conjuncts]:
                        if x.i in ctx.person_of and ctx.person_of[x.i] not in people:
                            people.append(ctx.person_of[x.i])
            return people, []
        low = tok.lower_
        if tok.pos_ == "PRON" or low in PRONOUNS_ONE | PRONOUNS_MANY | PRONOUNS_IT:
            return self.pronoun(tok)
        if _looks_like_name(tok, ctx) and any(c.dep_ in {"amod", "compound"} and c.lemma_.lower() in GROUP_NOUNS
                                              for c in tok.children):
            return [_name_text(tok)], []  # "Kyiv's top general Oleksandr Syrskii", a name the tagger missed
        # "Trump's special envoy Steve Witkoff": the person in apposition, not the possessor
        for c in tok.children:
            if c.dep_ == "appos" and c.i in ctx.person_of:
                return [ctx.person_of[c.i]], []
            if c.dep_ == "appos" and tok.lemma_.lower() in GROUP_NOUNS and _looks_like_name(c, ctx):
                return [_name_text(c)], []  # "the city administration head, Oleksandr Vilkul,"
        agentive = tok.lemma_.lower() in GROUP_NOUNS | EVENT_NOUNS or tok.i in ctx.party_at
        people, parties, owners = [], [], []
        for t in sorted(_core(tok), key=lambda t: t.i):
            in_poss = any(a.dep_ == "poss" for a in _path_up(t, tok))
            if t.i in ctx.person_of:
                name = ctx.person_of[t.i]
                dest = owners if in_poss else people
                if name not in dest:
                    dest.append(name)
            elif t.i in ctx.party_at:
                party, kind = ctx.party_at[t.i]
                if not places and _is_place_use(t):
                    continue
                if t.i != tok.i and t.dep_ in {"compound", "amod"} and kind == "seat" and t.ent_type_ in {"GPE", "LOC"} and tok.lemma_.lower() in EVENT_NOUNS:
                    continue  # "the Riyadh talks": a place
                if t.i != tok.i and not agentive and in_poss:
                    continue  # "Ukraine's territory"
                if party not in parties:
                    parties.append(party)
            elif t.lower_ in PRONOUNS_ONE | PRONOUNS_MANY | PRONOUNS_IT and t.dep_ == "poss":
                pe, pa = self.pronoun(t)
                owners += [p for p in pe if p not in owners]
                if agentive:
                    parties += [p for p in pa if p not in parties]
        if agentive or not people:
            people += [p for p in owners if p not in people and (agentive or tok.lemma_.lower() in EVENT_NOUNS)]
        if not people and depth < 2:
            # "Counselor to the President Emmanuel Bonne, Advisor X and Head of the Office of Y Z"
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ in {"to", "of"}:
                    for g in c.children:
                        if g.dep_ == "pobj" and g.i in ctx.person_of:
                            todo = [g]
                            while todo:
                                t = todo.pop()
                                if t.i in ctx.person_of and ctx.person_of[t.i] not in people:
                                    people.append(ctx.person_of[t.i])
                                todo.extend(x for x in t.children if x.dep_ in {"conj", "prep", "pobj"})
        if depth < 2 and (tok.lemma_.lower() in GROUP_NOUNS or not (people or parties)):
            # "representatives from Russia", "teams representing Washington and Kyiv", "leaders of X"
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ in {"of", "from", "for"}:
                    for g in c.children:
                        if g.dep_ == "pobj" and (tok.lemma_.lower() in GROUP_NOUNS or c.lower_ == "of"):
                            _add((people, parties), self.np(g, depth + 1, places=True))
                elif c.dep_ == "acl" and c.lemma_ in {"represent", "lead", "head"}:
                    for g in c.children:
                        if g.dep_ == "dobj":
                            _add((people, parties), self.np(g, depth + 1, places=True))
        return people, parties

    def pronoun(self, tok) -> tuple[list[str], list[str]]:
        """He/his: the person last named as a subject before it; it/its: the party; they/their: a group."""
        low = tok.lower_
        sent = tok.sent
        before = list(sent[: tok.i - sent.start])
        if low in PRONOUNS_ONE:
            for deps in ({"nsubj", "nsubjpass"}, {"appos", "compound"}):
                for t in reversed(before):
                    if t.i in self.ctx.person_of and (t.dep_ in deps or t.head.dep_ in deps and t.dep_ in {"compound", "appos"}):
                        return [self.ctx.person_of[t.i]], []
            people = [p for p in self.ctx.last_subject if p in self.ctx.party_of_person]
            return people[:1], []
        if low in PRONOUNS_IT:
            for t in reversed(before):
                if t.i in self.ctx.party_at and t.dep_ in {"nsubj", "nsubjpass", "compound", "poss"} and t.head.dep_ != "pobj":
                    return [], [self.ctx.party_at[t.i][0]]
            return [], []
        if low == "their" and tok.dep_ == "poss":
            # "Putin told Trump during their call": the subject and object of the clause
            verb = _verb_of(tok.head)
            if verb is not None:
                clause = [c for c in verb.children if c.dep_ in {"nsubj", "dobj", "dative"} and c.i < tok.i]
                people = [self.ctx.person_of[c.i] for c in clause if c.i in self.ctx.person_of]
                people += [self.ctx.person_of[x.i] for c in clause for x in c.conjuncts if x.i in self.ctx.person_of]
                if len(people) >= 2:
                    return people, []
        if low in PRONOUNS_MANY and len(self.ctx.last_subject) >= 2:
            people = [p for p in self.ctx.last_subject if p in self.ctx.party_of_person]
            return people, [p for p in self.ctx.last_subject if p not in people]
        return [], []


def _name_phrase(tok) -> list:
    return sorted([tok] + [c for c in tok.children if c.dep_ in {"compound", "flat"} and c.pos_ == "PROPN"
                           and c.lemma_.lower() not in GROUP_NOUNS], key=lambda t: t.i)


def _looks_like_name(tok, ctx) -> bool:
    """Two or three capitalised words with no party in them: a person's name the tagger missed."""
    words = _name_phrase(tok)
    return 2 <= len(words) <= 3 and all(w.pos_ == "PROPN" and w.is_title and w.i not in ctx.party_at for w in words)


def _name_text(tok) -> str:
    words = _name_phrase(tok)
    return tok.doc[words[0].i : words[-1].i + 1].text


def _path_up(t, top) -> list:
    """Tokens from t up to (not including) top."""
    out = []
    node = t
    while node.i != top.i and node.head.i != node.i:
        out.append(node)
        node = node.head
    return out


# ---------------------------------------------------------------------------
# Roles of a trigger
# ---------------------------------------------------------------------------


def _verb_of(tok):
    """The verb a noun trigger depends on, through prepositions and nouns ("held talks", "after the call")."""
    node = tok
    for _ in range(5):
        if (node.pos_ in {"VERB", "AUX"} and node.dep_ != "prep") or node.head.i == node.i:
            break
        node = node.head
    return node if node.pos_ in {"VERB", "AUX"} else None


def _subject(verb, skip=frozenset(), depth: int = 0):
    """The subject of a verb, looking through participles, infinitives, conjoined and relative clauses."""
    if verb is None or depth > 3:
        return None
    for c in verb.children:
        if c.dep_ not in {"nsubj", "nsubjpass", "csubj"} or c.i in skip:
            continue
        if c.dep_ == "nsubjpass":
            for a in verb.children:
                if a.dep_ == "agent":
                    for g in a.children:
                        if g.dep_ == "pobj":
                            return g
        if c.lower_ in {"who", "which", "that"} and verb.dep_ == "relcl":
            return verb.head
        return c
    if verb.dep_ in {"xcomp", "advcl", "conj", "pcomp", "acl", "ccomp"} and verb.head.i != verb.i:
        if verb.dep_ == "acl" and verb.head.pos_ in {"NOUN", "PROPN"}:
            return verb.head
        if verb.dep_ == "pcomp":  # "after holding talks": the verb above the preposition
            return _subject(verb.head.head, skip, depth + 1)
        return _subject(verb.head, skip, depth + 1)
    if verb.dep_ == "relcl":
        return verb.head
    return None


def _with_objects(tok) -> list:
    out = []
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in {"with", "between", "among", "alongside"}:
            out.extend(g for g in c.children if g.dep_ == "pobj")
    return out


def _add(acc: tuple[list[str], list[str]], more: tuple[list[str], list[str]]) -> None:
    for src, dst in zip(more, acc):
        dst.extend(x for x in src if x not in dst)


def _separately(tok, verb) -> bool:
    words = {c.lower_ for c in tok.children} | ({c.lower_ for c in verb.children} if verb is not None else set())
    return bool(words & {"separate", "separately", "parallel", "respective"})


# ---------------------------------------------------------------------------
# Factuality
# ---------------------------------------------------------------------------


def _blocked_verb(v, own: bool) -> bool:
    """A verb that makes what it carries a plan, a possibility or a denial."""
    for c in v.children:
        low = c.lower_
        if c.dep_ in {"aux", "auxpass"} and low in MODALS:
            return True
        if c.dep_ == "aux" and low == "to" and own:
            return True
        if c.dep_ == "neg" or (low in {"never", "not", "n't"} and c.dep_ in {"advmod", "neg"}):
            return True
        if c.dep_ in {"nsubj", "nsubjpass", "dobj"} and any(t.lower_ in {"neither", "nor", "nobody", "none"} for t in c.subtree):
            return True
        if c.dep_ == "mark" and low in CONDITIONAL_MARKS:
            return True
        if c.dep_ == "aux" and low in {"going"}:
            return True
        if c.dep_ == "acomp" and c.lemma_ in {"due", "set", "scheduled", "expected", "likely", "ready", "willing",
                                            "able", "unable", "unlikely", "possible"}:
            return True
    if v.lower_ in {"going", "gonna"}:
        return True
    return False


# A habit, not an occasion ("they meet regularly"); a counted series ("met three times") is still reported
HABITUAL = {"regularly", "often", "frequently", "routinely", "usually", "sometimes", "rarely", "seldom", "never"}


def _habitual(v) -> bool:
    return any(c.lower_ in HABITUAL and c.dep_ in {"advmod", "neg"} for c in v.children)


def _occurred(tok) -> bool:
    """Is the trigger reported as having happened?"""
    if _habitual(tok) or (tok.pos_ in {"NOUN", "PROPN"} and tok.head.pos_ == "VERB" and _habitual(tok.head)):
        return False
    # noun modifiers: "upcoming summit", "no meeting", "any talks"
    if tok.pos_ in {"NOUN", "PROPN"}:
        for c in tok.children:  # "the conversation, which took place on February 12": asserted
            if c.dep_ == "relcl" and c.lemma_ in {"take", "happen", "occur", "hold", "end", "last", "begin"} and c.tag_ == "VBD" \
                    and not _blocked_verb(c, own=True):
                return True
        for c in tok.children:
            if c.dep_ == "det" and c.lower_ in {"no", "any", "another"}:
                return False
            if c.dep_ in {"amod", "compound"} and c.lower_ in PLAN_MODIFIERS:
                return False
            if c.dep_ == "acl" and c.lemma_ in {"take", "happen", "be", "begin", "start", "occur", "come", "follow", "open"} and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in c.children
            ):
                return False  # "the meeting to take place on July 15"
            if c.dep_ == "relcl" and _blocked_verb(c, own=False) and c.lemma_ in {"take", "happen", "be", "begin", "start"}:
                return False
        # "preparations for X's meeting", "a call for talks"
        node = tok
        for _ in range(3):
            if node.dep_ in {"pobj", "compound"} and node.head.head.lemma_ in PLAN_NOUNS and node.head.lower_ in {"for", "of", "on", "about", "to"}:
                return False
            if node.dep_ == "pobj":
                node = node.head.head
                continue
            break
    # the verbs from the trigger up to the root
    node = tok
    for _ in range(6):
        if node.pos_ in {"VERB", "AUX"}:
            own = node.i == tok.i or (tok.dep_ in {"dobj", "nsubjpass", "attr"} and node.i == tok.head.i)
            if _blocked_verb(node, own=own):
                return False
            if node.i != tok.i and node.lemma_ in PLAN_VERBS and tok.pos_ in {"NOUN", "PROPN", "VERB"}:
                # "proposed talks", "rejected negotiations", "wants to meet" (but not "agreed ... in a phone call")
                if _governs_as_plan(node, tok):
                    return False
        if node.dep_ in {"ccomp", "advcl", "relcl", "parataxis"} and node.pos_ in {"VERB", "AUX"}:
            # the clause is its own assertion; a conditional or future above it does not change it,
            # except for the marks "if", "whether"
            if not any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in node.children):
                break
        if node.head.i == node.i:
            break
        node = node.head
    return True


def _governs_as_plan(verb, tok) -> bool:
    """The plan verb takes the trigger (or the clause that holds it) as object or complement."""
    node = tok
    while node.head.i != node.i and node.i != verb.i:
        if node.head.i == verb.i:
            return node.dep_ in {"dobj", "xcomp", "ccomp", "attr", "nsubjpass"} or (
                node.dep_ == "prep" and node.lower_ in {"for", "on", "to", "toward", "towards"}
            )
        if node.dep_ in {"prep"} and node.lower_ in {"in", "during", "at", "after", "following", "before", "since", "by"}:
            return False  # "agreed to halt strikes in a phone call": the call took place
        node = node.head
    return False


# ---------------------------------------------------------------------------
# Detection
# ---------------------------------------------------------------------------


def _has_captive(tok) -> bool:
    for t in tok.subtree:
        if t.lemma_.lower() in CAPTIVES or t.lower_ in CAPTIVES:
            if t.i == tok.i or t.head.i == tok.i or t.head.head.i == tok.i or t.head.head.head.i == tok.i:
                return True
    return False


def _targets_negotiated(tok) -> bool:
    """The attack hits energy, ports or shipping (the objects of the moratoria), or hits a place while its
    sentence names the truce it bears on."""
    targets = [g for c in tok.children if c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in {"on", "against", "at"})
               for g in ([c] if c.dep_ == "dobj" else [x for x in c.children if x.dep_ == "pobj"])]
    for g in targets:
        if any(t.lemma_.lower() in NEGOTIATED_TARGETS for t in g.subtree):
            return True
    if tok.pos_ == "NOUN" and any(c.lemma_.lower() in NEGOTIATED_TARGETS for c in tok.children if c.dep_ in {"compound", "amod"}):
        return True  # "energy strikes"
    physical = not targets or any(g.ent_type_ in {"GPE", "LOC", "FAC"} or g.lemma_.lower() in PLACES for g in targets)
    context = any(t.lemma_.lower() in NEGOTIATED_CONTEXT and t.pos_ in {"NOUN", "PROPN"} for t in tok.sent)
    resumed = tok.head.lemma_ in {"resume", "restart", "renew"} or any(c.lemma_ in {"renewed", "resumed"} for c in tok.children)
    return physical and (context or resumed)


def _is_media(tok, ctx: _Context) -> bool:
    """A reporter, a news organisation or an audience: "reporters", "the Interfax news agency", "NBC"."""
    if tok.i in ctx.person_of:
        title = ctx.titles.get(ctx.person_of[tok.i], "")
        return any(w in title.split() for w in ("host", "journalist", "anchor", "reporter", "interviewer"))
    core = _core(tok)
    if any(t.lemma_.lower() in MEDIA_NOUNS or t.lower_ in MEDIA_NOUNS for t in core):
        return True
    return tok.ent_type_ in {"ORG", "WORK_OF_ART"} and tok.i not in ctx.party_at


def _venue_of(tok, ctx: _Context) -> str | None:
    """The venue class a token names, if it is a statement venue."""
    lem = tok.lemma_.lower()
    low = tok.lower_
    if lem == "exchange" and any(g.lemma_ in {"reporter", "journalist"} for g in _with_objects(tok)):
        return "press"  # "in an exchange with reporters"
    if low == "remarks" or lem in VENUE_NOUNS and tok.pos_ in {"NOUN", "PROPN"}:
        if lem in VENUE_NEEDS_MODIFIER and not any(c.dep_ in {"amod", "compound"} for c in tok.children):
            return None
        if lem == "conference" and not any(c.lower_ in {"press", "news"} for c in tok.children):
            return None
        if lem == "statement" and any(c.lower_ == "joint" for c in tok.children):
            return None
        if lem == "address" and tok.dep_ in {"dobj"} and tok.head.lemma_ in {"address"}:
            return None
        if lem == "post" and tok.dep_ == "compound":
            return None
        return VENUE_CLASS.get(lem, VENUE_CLASS.get(low, "address"))
    return None


VENUE_PREPS = {"in", "at", "during", "on", "via", "through", "while", "from", "over"}


def _statement_speaker_verb(tok):
    """The verb whose subject makes a statement at this venue noun ("said in an interview", "gave a speech")."""
    if tok.dep_ == "pobj" and tok.head.lower_ not in VENUE_PREPS:
        return None  # "reacted to his statement": someone else's
    node = tok
    for _ in range(4):
        node = node.head
        if node.pos_ in {"VERB", "AUX"}:
            return node
        if node.head.i == node.i:
            return None
    return None


def _n(acc) -> int:
    return len(acc[0]) + len(acc[1])


ACCUSE_VERBS = {"accuse", "blame", "charge", "condemn", "denounce", "fault"}


def _accused(tok):
    """ "accused Kyiv of violating the terms by striking energy sites": Kyiv, the one said to have struck."""
    node = tok
    for _ in range(6):
        if node.head.i == node.i:
            return None
        if node.dep_ not in {"pcomp", "pobj", "prep", "dobj", "advcl"}:
            return None
        node = node.head
        if node.pos_ == "VERB" and node.lemma_ in ACCUSE_VERBS:
            objs = [c for c in node.children if c.dep_ == "dobj"]
            return objs[0] if objs else None
    return None


class _Detector:
    def __init__(self, ctx: _Context):
        self.ctx = ctx
        self.res = _Resolver(ctx)

    # -- participants --------------------------------------------------------
    def subj(self, verb, places=False):
        s = _subject(verb, self.ctx.skipped)
        if s is None:
            return [], []
        return self.res.np(s, places=places)

    def objs(self, nodes, places=False):
        acc: tuple[list[str], list[str]] = ([], [])
        for n in nodes:
            _add(acc, self.res.np(n, places=places))
        return acc

    def subject_people(self, verb) -> list[str]:
        """People anywhere in the subject phrase (a repair for lists parsed as possessives)."""
        s = _subject(verb, self.ctx.skipped)
        return [] if s is None else self.people_in(s)

    def people_in(self, node) -> list[str]:
        """People anywhere in a phrase, clauses and appositions aside."""
        out = []
        todo = [node]
        while todo:
            t = todo.pop()
            if t.i in self.ctx.person_of and self.ctx.person_of[t.i] not in out:
                out.append(self.ctx.person_of[t.i])
            todo.extend(c for c in t.children if c.dep_ not in {"relcl", "acl", "prep", "advcl", "appos"})
        return out

    def noun_roles(self, tok):
        """People and parties of an event noun: "Trump's call with Putin", "US-Russia talks", "talks between X and Y"."""
        acc: tuple[list[str], list[str]] = ([], [])
        if tok.i not in self.ctx.person_of:
            _add(acc, self.res._one(tok, 0, False))
        _add(acc, self.objs(_with_objects(tok)))
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "between":  # "between Trump and Ukrainian President X", misparsed
                for g in c.children:
                    if g.dep_ == "pobj":
                        _add(acc, (self.people_in(g), []))
            if c.dep_ == "prep" and c.lower_ in {"of", "by"} and tok.lemma_.lower() in EVENT_NOUNS:
                _add(acc, self.objs([g for g in c.children if g.dep_ == "pobj"]))
            if c.dep_ in {"acl", "relcl"} and c.lemma_ in {"involve", "include", "bring", "gather", "unite", "draw"}:
                _add(acc, self.objs([g for g in c.children if g.dep_ in {"dobj"}]))
        return acc

    # -- per sentence --------------------------------------------------------
    def mentions(self, sent) -> list[Mention]:
        out = []
        for tok in sent:
            if tok.i in self.ctx.skipped or self.ctx.in_quote(tok):
                continue
            out.extend(self._at(tok))
        return out

    def _mention(self, etype, tok, acc, anchors, venue=None, hub=None) -> list[Mention]:
        people, parties = acc
        covered = {self.ctx.party_of_person.get(p) for p in people}
        parties = [p for p in parties if p not in covered]
        parts = people + parties
        sent = tok.sent
        date = _date_for(self.ctx, anchors, sent)
        if date is not None and date > self.ctx.pub:
            return []  # dated after publication: a plan
        if etype == "statement":
            parts = parts[:1]
        if etype in {"attack", "exchange"}:
            parts = parts[:2]
        base = Mention(etype, parts, date, (sent.start_char, sent.end_char), tok.i, venue)
        if hub is not None and len(parts) >= 3:
            # "separate talks with Ukraine and Russia": one event per pair with the hub
            hp, hq = hub
            hub_parties = {self.ctx.party_of_person.get(x) for x in hp}
            hubs = hp + [q for q in hq if q not in hub_parties]
            others = [p for p in parts if p not in hubs and p not in hub_parties]
            if hubs and len(others) >= 2:
                return [Mention(etype, hubs + [o], date, base.sent, tok.i, venue, split=True) for o in others]
        return [base]

    def _at(self, tok) -> list[Mention]:
        lem = tok.lemma_.lower()
        low = tok.lower_
        pos = tok.pos_
        out: list[Mention] = []
        ctx = self.ctx
        noun = pos in {"NOUN", "PROPN"} and tok.i not in ctx.person_of
        verb = pos == "VERB"

        # ---- statements: a venue noun, "told reporters", "wrote on Telegram"
        venue = _venue_of(tok, ctx) if noun else None
        if venue:
            v = _statement_speaker_verb(tok)
            if v is not None and tok.dep_ in {"pobj", "dobj", "npadvmod"} and (
                tok.dep_ != "dobj" or v.lemma_ in {"give", "deliver", "make", "issue", "release", "publish", "post",
                                                   "hold", "grant", "record", "broadcast"}
            ) and _occurred(v):
                acc = self.speaker(v)
                if acc is not None and _n(acc):
                    out += self._mention("statement", tok, acc, [tok, v], venue=venue)
        if verb and lem in SPEECH_VERBS | {"publish"}:
            media = self._media_venue(tok, lem)
            if not media and lem in {"post", "publish", "tweet"} and any(c.dep_ == "dobj" for c in tok.children):
                media = "post"  # "the Kremlin posted a list"
            office = self._office(tok) if not media and lem in {"say", "announce", "confirm", "state", "declare"} else None
            if office is not None and _occurred(tok):
                out += self._mention("statement", tok, ([], [office]), [tok], venue="statement")
            if media and _occurred(tok):
                acc = self.speaker(tok)
                if acc is not None and _n(acc):
                    out += self._mention("statement", tok, acc, [tok], venue=media)

        # ---- calls
        if noun and (lem in CALL_NOUNS or (low == "talks" and any(c.lower_ in PHONE_WORDS for c in tok.children))):
            if lem == "call" and any(c.dep_ == "prep" and (c.lower_ in {"for", "to"} or c.lower_ == "on" and not any(
                    g.ent_type_ in {"DATE", "TIME"} for g in c.children)) for c in tok.children):
                pass  # "a call for elections", "his call on Europe to act"
            elif lem != "call" or any(c.lower_ in PHONE_WORDS for c in tok.children) or _with_objects(tok) or any(
                c.dep_ == "poss" for c in tok.children
            ):
                out += self._event_noun("call", tok)
        if verb and lem in {"call", "phone", "telephone", "ring"}:
            objs = [c for c in tok.children if c.dep_ == "dobj"]
            if lem != "call" or (objs and all(o.i in ctx.person_of for o in objs)
                                 and not any(c.dep_ in {"oprd", "xcomp", "ccomp", "attr"} for c in tok.children)
                                 and not any(c.dep_ in {"appos", "attr", "oprd"} for o in objs for c in o.children)
                                 and not any(c.dep_ == "prep" and c.lower_ in {"for", "on"} for c in tok.children)):
                acc = self.subj(tok)
                _add(acc, self.objs(objs))
                _add(acc, self.objs(_with_objects(tok)))
                if _occurred(tok) and not any(_is_media(o, ctx) for o in objs):
                    out += self._mention("call", tok, acc, [tok])
        if verb and lem in {"speak", "talk"}:
            phone = any(t.lower_ in PHONE_WORDS for c in tok.children if c.dep_ == "prep" for t in c.subtree)
            partners = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in {"with", "to", "alongside"} for g in c.children
                        if g.dep_ == "pobj" and not _is_media(g, ctx) and _n(self.res.np(g))]
            alongside = any(c.dep_ == "prep" and c.lower_ == "alongside" for c in tok.children)
            if (phone or partners) and not self._during_visit(tok):
                in_person = any(c.dep_ == "prep" and c.lower_ in {"in", "at"} and any(
                    g.ent_type_ in {"GPE", "FAC", "LOC"} for g in c.children) for c in tok.children)
                acc = self.subj(tok)
                _add(acc, self.objs(partners))
                if _occurred(tok) and _n(acc) >= 2:
                    out += self._mention("meeting" if (in_person or alongside) and not phone else "call", tok, acc, [tok],
                                         hub=self.subj(tok) if _separately(tok, tok) else None)

        # ---- meetings
        if noun and (low in MEETING_NOUNS or lem in {"meeting", "summit"}):
            out += self._event_noun("meeting", tok)
        if verb and lem in MEETING_VERBS:
            objs = [c for c in tok.children if c.dep_ == "dobj"]
            if not objs or any(_n(self.res.np(o)) or o.lemma_.lower() in GROUP_NOUNS for o in objs):
                acc = self.subj(tok)
                _add(acc, self.objs(objs))
                _add(acc, self.objs(_with_objects(tok)))
                if objs and any(o.lemma_.lower() in GROUP_NOUNS for o in objs):  # "met representatives from Russia"
                    _add(acc, self.objs([g for c in tok.children if c.dep_ == "prep" and c.lower_ in {"from", "of"}
                                         for g in c.children if g.dep_ == "pobj"], places=True))
                if _n(acc) < 2:
                    _add(acc, (self.subject_people(tok), []))
                if _occurred(tok):
                    out += self._mention("meeting", tok, acc, [tok], hub=self.subj(tok) if _separately(tok, tok) else None)
        if verb and lem in {"host", "receive"}:
            guests = [c for c in tok.children if c.dep_ == "dobj" and (c.i in ctx.person_of or (
                c.lemma_.lower() in GROUP_NOUNS and _n(self.res.np(c))))]  # "hosted Hamas negotiators"
            if guests and _occurred(tok):
                acc = self.subj(tok)
                _add(acc, self.objs(guests))
                out += self._mention("meeting", tok, acc, [tok])

        # ---- visits
        if noun and lem in VISIT_NOUNS and (lem != "travel" or any(c.dep_ == "poss" for c in tok.children)):
            out += self._visit_noun(tok)
        if verb and lem == "visit":
            acc = self.subj(tok)
            if _occurred(tok) and not self._own_place(tok, acc):
                out += self._mention("visit", tok, acc, [tok])
        if verb and lem in MOTION_VERBS:
            dest = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in {"to", "in", "at", "into"}
                    for g in c.children if g.dep_ == "pobj" and (g.ent_type_ in {"GPE", "LOC", "FAC"} or g.i in ctx.party_at)]
            s = _subject(tok, self.ctx.skipped)
            if dest and s is not None and (s.i in ctx.person_of or s.lemma_.lower() in GROUP_NOUNS or s.lower_ in PRONOUNS_ONE | PRONOUNS_MANY):
                acc = self.res.np(s)
                if _occurred(tok) and not self._own_place(tok, acc, dest):
                    out += self._mention("visit", tok, acc, [tok])

        # ---- agreements
        if verb and lem in AGREEMENT_VERBS:
            objs = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"} and (
                c.lemma_.lower() in AGREEMENT_NOUNS or any(t.lemma_.lower() in AGREEMENT_NOUNS for t in _core(c)))]
            subj = _subject(tok, self.ctx.skipped)
            if objs or (lem == "sign" and subj is not None and _n(self.res.np(subj)) >= 2
                        and not any(c.dep_ == "prt" for c in tok.children)):
                acc = self.subj(tok)
                for o in objs:
                    _add(acc, self.noun_roles(o))
                _add(acc, self.objs(_with_objects(tok)))
                if _n(acc) < 2:
                    _add(acc, (self.subject_people(tok), []))
                if _occurred(tok) and (lem != "announce" or _n(acc) >= 2):
                    out += self._mention("agreement", tok, acc, [tok] + objs)
        if verb and lem == "agree" and not any(c.dep_ in {"nsubjpass", "auxpass"} for c in tok.children) and not any(
            c.dep_ == "prep" and c.lower_ == "in" and any(g.lower_ == "principle" for g in c.children) for c in tok.children
        ):
            subj = _subject(tok, self.ctx.skipped)
            acc = self.subj(tok) if subj is not None else ([], [])
            with_objs = [o for o in _with_objects(tok) if _n(self.res.np(o))]
            if (_n(acc) >= 2 or with_objs) and subj is not None and _occurred(tok):
                _add(acc, self.objs(with_objs))
                out += self._mention("agreement", tok, acc, [tok])
        if noun and lem in {"statement", "declaration"} and any(c.lower_ == "joint" for c in tok.children):
            acc = self.noun_roles(tok)
            v = _verb_of(tok)
            if v is not None and tok.dep_ in {"dobj", "pobj"} and _n(acc) < 2:
                _add(acc, self.subj(v))
            if v is not None and _occurred(tok):  # a heading "Joint Statement by ..." is the statement itself
                out += self._mention("agreement", tok, acc, [tok] + ([v] if v is not None else []))

        # ---- exchanges
        if noun and lem in EXCHANGE_NOUNS and _has_captive(tok):
            out += self._event_noun("exchange", tok, need=1)
        if verb and lem in EXCHANGE_VERBS and _has_captive(tok) and (lem != "hand" or any(c.lower_ == "over" for c in tok.children)):
            acc = self.subj(tok)
            _add(acc, self.objs([g for c in tok.children if c.dep_ == "prep" and c.lower_ in {"to", "with", "for"}
                                 for g in c.children if g.dep_ == "pobj"], places=True))
            if _occurred(tok):
                out += self._mention("exchange", tok, acc, [tok])

        # ---- attacks bearing on a negotiated item
        if (noun and lem in ATTACK_NOUNS or verb and lem in ATTACK_VERBS) and _targets_negotiated(tok):
            out += self._attack(tok)
        return out

    def _media_venue(self, tok, lem: str) -> str | None:
        """ "told reporters", "told the Interfax news agency", "spoke to a group of servicemen", "wrote on X"."""
        ctx = self.ctx
        media = None
        for c in tok.children:
            if c.dep_ in {"dobj", "dative", "advmod", "npadvmod"} and lem == "tell" and (
                _is_media(c, ctx) or any(t.lemma_.lower() in MEDIA_NOUNS for t in _core(c) if t.i != c.i or c.dep_ != "dobj")
            ):
                media = "press" if any(t.lemma_ in {"reporter", "journalist"} for t in _core(c)) else "interview"
            if c.dep_ == "prep" and c.lower_ in {"to", "with", "through", "via"} and lem != "tell":
                for g in c.children:
                    if g.dep_ == "pobj" and _is_media(g, ctx):
                        media = "press" if any(t.lemma_ in {"reporter", "journalist"} for t in _core(g)) else "address"
            if c.dep_ == "prep" and c.lower_ == "on" and lem in POST_VERBS | {"speak", "talk"}:
                for g in c.children:
                    if g.dep_ != "pobj":
                        continue
                    if g.lower_.rstrip(".") in PLATFORMS or any(t.lower_.rstrip(".") in PLATFORMS for t in _core(g)):
                        media = "post"
                    elif lem in {"speak", "talk"} and (g.ent_type_ in {"ORG", "WORK_OF_ART"} or _is_media(g, ctx)):
                        media = "interview"
        return media

    def _office(self, verb) -> str | None:
        """ "the prime minister's office said": a statement of the state that office speaks for."""
        s = _subject(verb, self.ctx.skipped)
        if s is None or s.lemma_.lower() not in {"office", "press office", "chancellery", "presidency"}:
            return None
        for c in s.children:
            if c.dep_ == "poss":
                people, parties = self.res.np(c)
                for p in people:
                    if self.ctx.party_of_person.get(p):
                        return self.ctx.party_of_person[p]
                if parties:
                    return parties[0]
        return None

    def _during_visit(self, tok) -> bool:
        return any(t.lemma_.lower() in VISIT_NOUNS for c in tok.children if c.dep_ in {"prep", "advcl"} for t in c.subtree)

    def _own_place(self, tok, acc, dest=None) -> bool:
        """Going home is no visit: "flew back to Washington" for a US official."""
        own = {self.ctx.party_of_person.get(p) for p in acc[0]} | set(acc[1])
        places = dest if dest is not None else [c for c in tok.children if c.dep_ == "dobj"]
        named = {self.ctx.party_at[d.i][0] for d in places if d.i in self.ctx.party_at}
        return bool(named) and named <= own

    def speaker(self, verb):
        if any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children):
            return None  # "was shown in a video": not the speaker
        s = _subject(verb, self.ctx.skipped)
        if s is None and verb.i > 0 and verb.doc[verb.i - 1].i in self.ctx.person_of:
            s = verb.doc[verb.i - 1]  # "..." adviser Dmytro Lytvyn said on X (the name misparsed into the quote)
        if s is None:
            return None
        if s.lower_ in PRONOUNS_IT:
            return None  # "it published": too loose an antecedent for a speaker
        people, parties = self.res.np(s)
        if people and self._commentator(s, people[0]):
            return None
        if s.i in self.ctx.person_of or people:
            return people[:1], []
        return [], parties[:1]

    def _commentator(self, s, name: str) -> bool:
        """An analyst or scholar comments; they do not act for a party."""
        titles = [t for p, t in self.ctx.titles.items() if _same_name(p, name)]
        # "Marina Miron, a post-doctoral researcher at ...": an apposition anywhere in the article
        for i, p in self.ctx.person_of.items():
            if _same_name(p, name):
                tok = s.doc[i]
                titles += [" ".join(x.lower_ for x in c.subtree) for c in tok.children if c.dep_ == "appos"]
        return any(w.strip(",.").rstrip("s") in COMMENTATOR_TITLES for t in titles for w in t.split())

    def _event_noun(self, etype, tok, need: int = 2) -> list[Mention]:
        acc = self.noun_roles(tok)
        v = _verb_of(tok)
        anchors = [tok]
        hub = None
        via_verb = False
        light = False
        if v is not None:
            # "held talks with X", "Witkoff was part of the team during negotiations with Y", "after the call with Putin"
            rel = tok.dep_
            light = rel in {"dobj", "attr"} and v.lemma_ in LIGHT_VERBS
            part_of = tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in PART_NOUNS
            if part_of and tok.head.head.dep_ == "pobj" and tok.head.head.head.lower_ in {"after", "following", "during", "at", "in", "on"}:
                rel = "pobj"  # "following three days of talks": where the subject was
            if light or (rel == "pobj" and tok.head.lower_ in {
                "in", "during", "at", "after", "following", "before", "on", "into", "throughout", "ahead", "of"
            } and (tok.head.lower_ != "of" or v.lemma_ in LIGHT_VERBS or part_of)):
                via_verb = True
        if via_verb and tok.head.lower_ in {"of", "at", "in", "during", "on"} and (
            etype == "meeting" and v.lemma_ in MEETING_VERBS | {"host"} or etype == "call" and v.lemma_ in {"speak", "talk", "call"}
        ):
            return []  # "met on the sidelines of the summit": the verb reports the meeting, the summit is its setting
        if v is not None and via_verb and (_n(acc) < need or light):  # "convened a meeting with X and Y"
            _add(acc, self.subj(v))
            if light:  # "convened a meeting at the White House with X"
                _add(acc, self.objs([o for o in _with_objects(v)]))
            anchors.append(v)
            if _n(acc) < need and etype in {"call", "meeting"}:
                _add(acc, (self.subject_people(v), []))
        if not _occurred(tok):
            return []
        if _separately(tok, v if via_verb else None) and v is not None and via_verb:
            hub = self.subj(v)
            if _n(hub):
                # the other parties the sentence names (not as places)
                for t in tok.sent:
                    if t.i in self.ctx.party_at and not _is_place_use(t) and t.i not in self.ctx.skipped:
                        party = self.ctx.party_at[t.i][0]
                        if party not in acc[1]:
                            acc[1].append(party)
            else:
                return []  # "separate talks between A, B and C": who met whom is not said
        elif _separately(tok, None):
            return []
        if _n(acc) < need:
            definite = any(c.dep_ == "poss" or c.lower_ in {"the", "this", "that"} for c in tok.children)
            if etype in {"meeting", "call"} and _n(acc) == 1 and definite:
                out = self._mention(etype, tok, acc, anchors)
                for m in out:
                    m.partial = True
                return out
            return []
        return self._mention(etype, tok, acc, anchors, hub=hub)

    def _visit_noun(self, tok) -> list[Mention]:
        acc: tuple[list[str], list[str]] = ([], [])
        for c in tok.children:
            if c.dep_ in {"poss", "compound", "amod"}:
                _add(acc, self.res.np(c))
            if c.dep_ == "prep" and c.lower_ == "by":
                _add(acc, self.objs([g for g in c.children if g.dep_ == "pobj"]))
        v = _verb_of(tok)
        anchors = [tok]
        if not _n(acc) and v is not None:
            if tok.dep_ in {"dobj"} and v.lemma_ in LIGHT_VERBS | {"pay", "make"} or tok.dep_ == "pobj" and tok.head.lower_ in {
                "during", "on", "after", "in", "at", "following", "while"
            }:
                s = _subject(v, self.ctx.skipped)
                if s is not None and (s.i in self.ctx.person_of or s.lemma_.lower() in GROUP_NOUNS or s.lower_ in PRONOUNS_ONE):
                    _add(acc, self.res.np(s))
                    anchors.append(v)
        dest = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in {"to", "in"} for g in c.children if g.dep_ == "pobj"]
        if not _n(acc) or not _occurred(tok) or self._own_place(tok, acc, dest or [tok]) and dest:
            return []
        return self._mention("visit", tok, acc, anchors)

    def _attack(self, tok) -> list[Mention]:
        if not _occurred(tok):
            return []
        attacker: tuple[list[str], list[str]] = ([], [])
        accused = _accused(tok)
        if accused is not None:
            _add(attacker, self.res.np(accused))
        elif tok.pos_ == "VERB":
            _add(attacker, self.subj(tok, places=False))
        else:
            for c in tok.children:
                if c.dep_ in {"amod", "compound", "poss"}:
                    _add(attacker, self.res.np(c, places=False))
            v = _verb_of(tok)
            if not _n(attacker) and v is not None and accused is None:
                if tok.dep_ in {"dobj"} and v.lemma_ in {"launch", "carry", "conduct", "mount", "stage", "resume", "order"} or (
                    tok.dep_ == "pobj" and tok.head.lower_ in {"with", "by"}
                ):
                    _add(attacker, self.subj(v, places=False))
        # the side attacked: the other party the sentence names, places included
        parties = []
        for p in attacker[1] + [self.ctx.party_of_person.get(x) for x in attacker[0]]:
            if p and p not in parties:
                parties.append(p)
        if not parties:
            return []
        for t in tok.sent:
            if t.i in self.ctx.party_at and not self.ctx.in_quote(t) and t.i not in self.ctx.skipped:
                party = self.ctx.party_at[t.i][0]
                if party not in parties:
                    parties.append(party)
                    break
        if len(parties) < 2:
            return []
        return self._mention("attack", tok, ([], parties), [tok])


# ---------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------


def _depths(tok) -> list:
    chain = [tok]
    while chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)
    return chain


def _tree_distance(a, b) -> int:
    ca, cb = _depths(a), _depths(b)
    pos_b = {t.i: k for k, t in enumerate(cb)}
    for k, t in enumerate(ca):
        if t.i in pos_b:
            return k + pos_b[t.i]
    return 99


def _governs(timex, trigger) -> bool:
    """ "since March 18, when Putin agreed in a call": the trigger is in a clause about that day."""
    return any(t.i == timex.i for t in _depths(trigger)[1:])


def _when(span, trigger) -> bool:
    """ "since March 18, when Putin agreed ... in a phone call": the when-clause tells what happened that day."""
    doc = span.doc
    k = span.end
    if k < len(doc) and doc[k].text == ",":
        k += 1
    return k < len(doc) and doc[k].lower_ == "when" and trigger.i > k


def _bounding(root) -> bool:
    """ "since March 18", "until Friday": a bound of a period, not the day of an event."""
    return root.dep_ == "pobj" and root.head.lower_ in {"since", "until", "till", "through", "by", "before", "from"}


RELATIVE_LINKS = {"after", "before", "following", "since", "until", "ahead", "prior", "when", "while", "once"}


def _across_relative(timex, trigger) -> bool:
    """ "worked on Monday, one day after holding talks": Monday is not the day of the talks."""
    up_t = {t.i for t in _depths(timex)}
    for node in _depths(trigger):
        if node.i in up_t:
            return False  # reached the common ancestor
        if any(c.dep_ in {"mark", "prep"} and c.lower_ in RELATIVE_LINKS and c.i not in up_t for c in [node]):
            return True
        if node.dep_ in {"advcl", "pcomp", "pobj"} and any(c.dep_ == "mark" and c.lower_ in RELATIVE_LINKS for c in node.children):
            return True
    return False


def _date_for(ctx: _Context, anchors: list, sent, strict: bool = False) -> str | None:
    """The day of the time expression nearest the trigger in the parse ("on Tuesday", "Monday's talks")."""
    best, best_d = None, None
    inside = [(r, d, sp) for r, d, sp in ctx.timexes if sent.start <= r.i < sent.end
              and (_governs(r, anchors[0]) or _when(sp, anchors[0])
                   or not _bounding(r) and not _across_relative(r, anchors[0]))]
    if strict:  # the day of the main clause, not of what it reports ("said the truce began on March 18")
        inside = [(r, d, sp) for r, d, sp in inside
                  if not any(t.dep_ in {"ccomp", "relcl", "acl"} for t in _path_up(r, anchors[0]))]
    elif len({d for _, d, _ in inside}) == 1:
        return inside[0][1]  # the one day the sentence names
    for root, day, span in inside:
        if any(a.i in range(span.start, span.end) for a in anchors):
            d = 0
        else:
            d = min(_tree_distance(root, a) for a in anchors)
        if best_d is None or d < best_d or (d == best_d and abs(root.i - anchors[0].i) < abs(best[0].i - anchors[0].i)):
            best, best_d = (root, day), d
    if best is None or best_d > (4 if strict else 5):
        return None
    return best[1]


# ---------------------------------------------------------------------------
# Within-article merging
# ---------------------------------------------------------------------------


def _party_set(parts: list[str], ctx: _Context) -> frozenset[str]:
    return frozenset(ctx.party_of_person.get(p) or p for p in parts)


def _compatible(a: Mention, b: Mention, ctx: _Context) -> bool:
    if a.type != b.type or (a.date and b.date and a.date != b.date):
        return False
    if a.type == "statement" and a.venue != b.venue:
        return False
    if a.type == "attack":  # two strikes between the same sides are two events unless one day fixes both
        return a.participants == b.participants and a.date == b.date and a.date is not None
    sa, sb = set(a.participants), set(b.participants)
    if (a.split or b.split) and sa != sb:
        return False  # the article says these talks were held apart
    if sa <= sb or sb <= sa:
        return True
    pa, pb = _party_set(a.participants, ctx), _party_set(b.participants, ctx)
    if a.type in {"statement", "visit"}:
        return False  # one speaker or visitor: a person and another of the same party are two events
    people_a = [p for p in a.participants if p in ctx.party_of_person]
    people_b = [p for p in b.participants if p in ctx.party_of_person]
    return pa == pb and (not people_a or not people_b)


def _merge(mentions: list[Mention], ctx: _Context) -> list[Mention]:
    merged: list[Mention] = []
    for m in mentions:
        target = None
        for e in merged:
            if m.type in m.refs and e.type == m.type:
                continue
            if _compatible(e, m, ctx):
                target = e
                break
        if target is None:
            merged.append(m)
            continue
        if target.date is None and m.date:
            target.date = m.date
        # keep the fuller set when one holds the other, but a person set over a party set
        st, sm = set(target.participants), set(m.participants)
        if st < sm and not (target.type in {"call", "meeting"} and len(st) >= 2 and len(sm) > 2 and target.type == "call"):
            target.participants = list(m.participants)
    return merged


def _refer_back(doc, mentions: list[Mention], sents: dict[int, list[Mention]]) -> None:
    """ "Following the meeting, X met Y": an undated event takes the date of the event it follows."""
    dated: dict[str, str] = {}
    by_sent = sorted(sents.items())
    for start, ms in by_sent:
        for m in ms:
            if m.date is None:
                span = doc.char_span(m.sent[0], m.sent[1], alignment_mode="expand")
                if span is None:
                    continue
                for t in span:
                    if t.i == m.trigger or t.dep_ != "pobj" or t.head.lower_ not in {"after", "following", "during", "at"}:
                        continue
                    if not any(c.lower_ in {"the", "that", "this", "those", "these"} for c in t.children):
                        continue
                    kind = ("meeting" if t.lemma_ in MEETING_NOUNS or t.lower_ in MEETING_NOUNS else
                            "call" if t.lemma_ in CALL_NOUNS else "visit" if t.lemma_ in VISIT_NOUNS else None)
                    if kind and kind in dated:
                        m.date = dated[kind]
                        m.refs.append(kind)  # "Following the meeting, X met Y": another meeting than that one
                        break
        for m in ms:
            if m.date:
                dated[m.type] = m.date


def _complete(events: list[Mention], partials: list[Mention], sent_no: dict[int, int], ctx: _Context) -> None:
    """ "Trump's summit yesterday ... The summit, which brought together Zelenskyy and European leaders":
    a mention naming one side joins the nearest full mention of that type (two sentences away at most)."""
    for p in partials:
        here = sent_no.get(p.sent[0], 0)
        best, gap = None, None
        near = []
        for e in events:
            if e.type != p.type or (e.date and p.date and e.date != p.date):
                continue
            d = abs(sent_no.get(e.sent[0], 0) - here)
            if d <= 2:
                near.append(e)
                if gap is None or d < gap:
                    best, gap = e, d
        same = [e for e in near if set(p.participants) <= set(e.participants)]
        if same:  # "the conversation with the Russian leader": the call already reported
            same[0].date = same[0].date or p.date
            continue
        if best is None:
            continue
        if best.type == "call" and len(best.participants) >= 2:
            continue  # a call has two sides
        covered = _party_set(best.participants, ctx)
        for x in p.participants:
            if x not in best.participants and (ctx.party_of_person.get(x) or x) not in covered:
                best.participants.append(x)
        best.date = best.date or p.date


def _drop_joined_separates(events: list[Mention], ctx: _Context) -> list[Mention]:
    """Once the article says the talks were separate (A with B, A with C), a meeting of A, B and C is
    the same talks told loosely."""
    out = []
    for e in events:
        if e.type == "meeting" and len(e.participants) >= 3:
            mine = _party_set(e.participants, ctx)
            pairs = [m for m in events if m is not e and m.type == "meeting" and len(m.participants) == 2
                     and _party_set(m.participants, ctx) <= mine and (not m.date or not e.date or m.date == e.date)]
            if pairs and frozenset().union(*(_party_set(m.participants, ctx) for m in pairs)) == mine and len(pairs) >= 2:
                hubs = frozenset.intersection(*(_party_set(m.participants, ctx) for m in pairs))
                if hubs:
                    for m in pairs:
                        m.date = m.date or e.date
                    continue
        out.append(e)
    return out


def _outcome_dates(events: list[Mention], ctx: _Context) -> None:
    """An undated agreement between the parties of the one dated meeting the article reports was reached there."""
    for e in events:
        if e.type != "agreement" or e.date is not None:
            continue
        parties = _party_set(e.participants, ctx)
        days = {m.date for m in events if m.type == "meeting" and m.date and _party_set(m.participants, ctx) == parties}
        if len(days) == 1:
            e.date = days.pop()


def _shifted(sent) -> bool:
    """ "later", "earlier", "then": the sentence moves away from the time of the one before."""
    return any(t.lower_ in {"later", "earlier", "then", "afterwards", "subsequently", "previously"} and t.dep_ == "advmod"
               for t in sent)


def _same_name(a: str, b: str) -> bool:
    """ "Guo" and "Guo Jiakun": one name's words are all in the other's."""
    wa, wb = set(a.lower().split()), set(b.lower().split())
    return bool(wa) and bool(wb) and (wa <= wb or wb <= wa)


def find_events(doc, index: ActorIndex, timexes: list) -> list[Event]:
    """Events reported in a parsed article, each once, with the date any of its mentions fixes."""
    ctx = _Context(doc, index, timexes)
    det = _Detector(ctx)
    mentions: list[Mention] = []
    sents: dict[int, list[Mention]] = {}
    previous: tuple[list[str], str | None] = ([], None)  # the last sentence's subject and its day
    for sent in doc.sents:
        if all(t.i in ctx.skipped or t.is_space or t.is_punct for t in sent):
            continue
        found = det.mentions(sent)
        # one event per (type, participants) within a sentence
        uniq: list[Mention] = []
        for m in found:
            if not m.participants:
                continue
            if m.type in {"call", "meeting", "agreement", "exchange", "attack"} and len(m.participants) < 2 and not m.partial:
                continue
            if any(u.type == m.type and set(u.participants) == set(m.participants) for u in uniq):
                continue
            uniq.append(m)
        # "Zelenskyy said Sunday that ... Writing on X, he said": the statement goes on on the same day
        for m in uniq:
            if m.type == "statement" and m.date is None and previous[1] and not _shifted(sent) and any(
                _same_name(m.participants[0], p) for p in previous[0]
            ):
                m.date = previous[1]
        mentions += uniq
        sents[sent.start_char] = uniq
        # the subject of this sentence, for "he" and "they" in the next
        root = sent.root
        s = _subject(root, ctx.skipped)
        subject: list[str] = []
        if s is not None:
            pe, pa = det.res.np(s)
            subject = pe + pa
            if subject:
                ctx.last_subject = subject
        if subject:
            previous = (subject, _date_for(ctx, [root], sent, strict=True))
    _refer_back(doc, mentions, sents)
    sent_no = {start: k for k, start in enumerate(sorted(sents))}
    merged = _merge([m for m in mentions if not m.partial], ctx)
    _complete(merged, [m for m in mentions if m.partial], sent_no, ctx)
    merged = _drop_joined_separates(merged, ctx)
    _outcome_dates(merged, ctx)
    events = []
    for m in merged:
        e = Event(m.type, m.date, m.participants)
        e.evidence = m.sent  # replaced by Evidence by the caller
        events.append(e)
    return events


OFFICIAL = re.compile(r"^\s*(?P<kind>Joint Statement|Statement|Readout|Remarks|Fact Sheet|Press Release|Communiqu[eé]|Joint Communiqu[eé])\b(?P<rest>.*)", re.I)


def release_event(title: str | None, date: str, index: ActorIndex) -> Event | None:
    """An official release is itself a statement by whoever issues it, on its date.

    "Joint Statement ... of the United States, Egypt and Qatar" -> those parties;
    "Statement from <office> <name>" / "Remarks by <name>" -> that person;
    "Readout of ...", "Fact Sheet: ..." -> the party of the first person or state named in the title, else
    of the first person the release names.
    """
    m = OFFICIAL.match(clean(title or ""))
    if not m:
        return None
    kind, rest = m.group("kind").lower(), m.group("rest")
    if kind in {"statement", "remarks", "joint statement"}:
        # "Statement from X and Y on a Call with Z": the issuers come before the topic
        issuers = re.split(r"\s(?:on|regarding|about|concerning|welcoming|at|in)\s", rest, maxsplit=1, flags=re.I)[0]
        rest = issuers if issuers.strip(" :") else rest
    parties = list(dict.fromkeys(pm.party for pm in find_parties(re.sub(r"(?<=[\w.])[-–](?=\w)", " ", rest))))
    found = ((re.search(rf"\b{re.escape(p.name.split()[-1])}\b", rest), p) for p in index.people)
    people = [p for m, p in sorted(((m, p) for m, p in found if m), key=lambda mp: mp[0].start())]
    if kind.startswith("joint") and len(parties) >= 2:
        return Event("statement", date, parties)
    if kind in {"statement", "remarks"} and re.match(r"\s*(?:from|by)\b", rest) and people:
        return Event("statement", date, [p.name for p in people])
    party = (people[0].party if people and people[0].party else None) or (parties[0] if parties else None)
    if party is None and kind in {"readout", "fact sheet"} and index.people and not people and not parties:
        party = index.people[0].party  # "Readout of Peace Talks in Geneva": issued by those it reports on first
    return Event("statement", date, [party]) if party else None
