"""Detection: the trigger words of each event type in their syntactic roles, and their participants."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

from ..parties import whole_party
from .lexicon import (
    ACCUSE_VERBS,
    ADDRESS_VERBS,
    AGREEMENT_NOUNS,
    AGREEMENT_VERBS,
    ATTACK_NOUNS,
    ATTACK_VERBS,
    BREACH_WORDS,
    CALL_NOUNS,
    CAPTIVES,
    CHAIR_VERBS,
    COMMENTATOR_TITLES,
    CONTINUE_VERBS,
    EVENT_NOUNS,
    EXCHANGE_NOUNS,
    EXCHANGE_VERBS,
    GROUP_NOUNS,
    LIGHT_VERBS,
    MEDIA_NOUNS,
    MEETING_NOUNS,
    MEETING_VERBS,
    MOTION_VERBS,
    NEGOTIATED_CONTEXT,
    NEGOTIATED_TARGETS,
    OFFICE_NOUNS,
    ORG_WORDS,
    PART_NOUNS,
    PERSON_GROUPS,
    PHONE_WORDS,
    PLACES,
    PLATFORMS,
    POST_VERBS,
    SEND_VERBS,
    PRONOUNS_IT,
    PRONOUNS_MANY,
    PRONOUNS_ONE,
    SPAN_UNITS,
    SPEECH_VERBS,
    VENUE_CLASS,
    VENUE_NEEDS_MODIFIER,
    VENUE_NOUNS,
    VENUE_PREPS,
    OCCASION_NOUNS,
    VISIT_NOUNS,
)
from .syntax import (
    _add,
    _agent_on_place,
    _core,
    _dangling_conjunct,
    _detached_conjunct,
    _is_place_use,
    _n,
    _path_up,
    _reciprocal,
    _same_name,
    _separately,
    _stray_subjects,
    _subject,
    _tree_distance,
    _verb_of,
    _with_objects,
    VENUE_PLACES,
)
from .context import Mention, _Context
from .participants import _Resolver
from .factuality import _blocked_verb, _occurred
from .dating import _bounding, _date_for


CLASH_NOUNS = {"clash", "skirmish", "firefight", "shootout", "gunfight"}  # a fight of two sides, neither the attacker
BROADCAST_NOUNS = {"television", "tv", "radio", "broadcaster", "channel", "program", "programme", "show", "podcast"}
AUSPICES = {"mediation", "auspices", "chairmanship", "sponsorship", "facilitation", "aegis", "supervision"}
GATHER_VERBS = {"involve", "include", "bring", "gather", "unite", "draw"}  # what a meeting brings together
QUOTE_MARKS = {'"', "“", "”", "'", "‘", "’"}


DETAINING = {"detain", "hold", "capture", "jail", "imprison", "arrest", "abduct", "kidnap", "seize"}


def _of_the_subject(r, anchor) -> bool:
    """ "The council's chair for July told reporters": a month that tells who the speaker is, below the subject
    of the speech, is not its time."""
    return anchor.pos_ in {"VERB", "AUX"} and any(t.dep_ in {"nsubj", "nsubjpass"} and t.head.i == anchor.i
                                                   for t in _path_up(r, anchor)) \
        and r.dep_ == "pobj" and r.head.lower_ == "for"


def _has_captive(tok) -> bool:
    for t in tok.subtree:
        near = t.i == tok.i or t.head.i == tok.i or t.head.head.i == tok.i or t.head.head.head.i == tok.i
        if near and (t.lemma_.lower() in CAPTIVES or t.lower_ in CAPTIVES):
            return True
        if near and t.pos_ == "NOUN" and any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_ in DETAINING for c in t.children):
            return True  # "swapped eleven herders detained for crossing the line": people held captive
        if near and t.pos_ == "NOUN" and any(c.dep_ == "amod" and c.tag_ in {"VBN", "VBD", "JJ"} and c.lemma_ in DETAINING
                                             for c in t.children):
            return True  # "handed 42 detained members to the bishop"
    return False


# Verbs whose passive agent leads or sits at a meeting: "the talks were led by A and B".
LEADING_VERBS = {"lead", "chair", "co-chair", "attend", "host", "convene", "conduct", "hold"}
# Verbs that say an attack was made: "the attack carried out / launched / committed by X against Y".
CARRY_OUT = {"carry", "launch", "commit", "mount", "conduct", "stage", "perpetrate"}


def _stray_agent(tok):
    """ "condemned the attack on Sunday by the rebels on a power plant", parsed with "by the rebels" as the agent of
    the active verb "condemned": an active verb has no agent, so it is the attack's."""
    v = tok.head
    if tok.dep_ != "dobj" or any(c.dep_ in {"auxpass", "nsubjpass"} for c in v.children):
        return None
    return next((g for c in v.children if c.dep_ == "agent" and c.i > tok.i for g in c.children if g.dep_ == "pobj"), None)


def _targets_negotiated(tok) -> bool:
    """The attack hits energy, ports or shipping (the objects of the moratoria), or hits a place while its
    sentence names the truce it bears on."""
    if tok.pos_ == "VERB" and any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children):
        return False  # "the president hits out at the monitors": words, not a strike
    heads = [tok] + [c for c in tok.children if c.dep_ == "acl" and c.lemma_ in CARRY_OUT]  # "the attack carried out ... against X"
    if _stray_agent(tok) is not None:
        heads.append(tok.head)  # its target hangs on the same verb: "... by the rebels on a power plant"
    targets = [g for h in heads for c in h.children if c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in {"on", "against", "at"})
               for g in ([c] if c.dep_ == "dobj" else [x for x in c.children if x.dep_ == "pobj"])
               if g.ent_type_ not in {"DATE", "TIME"}  # "on Sunday night" is when, not what
               and not (g.dep_ == "dobj" and g.lower_ == "fire")]  # "opened fire on X": X is hit
    for g in targets:
        if any(t.lemma_.lower() in NEGOTIATED_TARGETS for t in g.subtree):
            return True
    if tok.pos_ == "NOUN" and any(c.lemma_.lower() in NEGOTIATED_TARGETS for c in tok.children if c.dep_ in {"compound", "amod"}):
        return True  # "energy strikes"
    # a place hit, also inside the phrase: "the outskirts of the village of X", "a position of the army near X"
    physical = not targets or any(x.ent_type_ in {"GPE", "LOC", "FAC"} or x.lemma_.lower() in PLACES
                                  for g in targets for x in g.subtree)
    context = any(t.lemma_.lower() in NEGOTIATED_CONTEXT and t.pos_ in {"NOUN", "PROPN"} or t.lemma_.lower() in BREACH_WORDS
                  for t in tok.sent)
    context = context or _called_a_breach(tok)
    resumed = tok.head.lemma_ in {"resume", "restart", "renew"} or any(c.lemma_ in {"renewed", "resumed"} for c in tok.children)
    return physical and (context or resumed)


def _blamed_one(verb):
    """Who a verb of blame blames: "blamed the militia", "blamed the strike on the militia"."""
    on = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "on" for g in c.children if g.dep_ == "pobj"]
    if verb.lemma_ == "blame" and len(on) == 1:
        return on[0]
    return next((c for c in verb.children if c.dep_ == "dobj"), None)


def _acts_as_host(verb) -> bool:
    """ "X acted as host and mediator", "Y served as chair": a part in the talks just told."""
    return verb.lemma_ in {"act", "serve"} and any(
        c.dep_ == "prep" and c.lower_ == "as" and any(g.dep_ == "pobj" and g.lemma_.lower() in HOST_ROLES for g in c.children)
        for c in verb.children)


# what one calls someone to do: "called X to discuss the border", never "called X to resign"
CALL_PURPOSES = {"discuss", "congratulate", "express", "convey", "offer", "brief", "inform", "thank", "wish", "review",
                 "exchange", "condole", "coordinate", "consult", "update"}


# what one comes under: "came under fire", "came under drone attack", "came under heavy shelling"
UNDER_FIRE = {"fire", "gunfire", "attack", "shelling", "bombardment", "strike", "assault", "barrage"}
HOST_ROLES = {"host", "mediator", "chair", "co-chair", "facilitator", "moderator", "co-host", "chairman", "chairwoman"}


def _opens_fire(tok) -> bool:
    """ "opened fire on the boat", "fired on the convoy": a shooting at what follows "on" or "at"."""
    on = any(c.dep_ == "prep" and c.lower_ in {"on", "at"} for c in tok.children)
    if tok.lemma_ == "open":
        return on and any(c.dep_ == "dobj" and c.lower_ == "fire" for c in tok.children)
    return tok.lemma_ == "fire" and on and not any(c.dep_ == "dobj" for c in tok.children)


def _water_cannon(tok) -> bool:
    """ "fired water cannon at the boat", "used lasers against the vessel": a non-lethal attack at what follows."""
    return tok.lemma_ in {"fire", "use", "turn", "aim", "spray", "direct"} and any(
        c.dep_ == "dobj" and c.lemma_.lower() in {"cannon", "cannons", "laser", "lasers"} for c in tok.children) and any(
        c.dep_ == "prep" and c.lower_ in {"on", "at", "against"} for c in tok.children)


def _call_as_setting(tok) -> bool:
    """ "Norland and Sylvania discussed the border in a call on Tuesday": a bare "call" that is where the clause's
    talking happens is a call (other senses of the noun, "a call for calm", never hold a discussion)."""
    return tok.dep_ == "pobj" and tok.head.lower_ in {"in", "during"} and tok.head.head.pos_ == "VERB" \
        and tok.head.head.lemma_ in {"discuss", "agree", "exchange", "review", "address", "raise", "stress", "emphasize",
                                     "emphasise", "reaffirm", "express", "welcome", "voice", "underline", "underscore"}


def _visited_places(verb) -> list[str]:
    """ "visited Dushanbe and then Bishkek": the places of a visit verb's coordinated object, each a visit of its
    own (a capital and the country around it is one place: "visited Kyiv, Ukraine")."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    if len(objs) != 1 or any(c.dep_ == "appos" for c in objs[0].children):
        return []
    places = [objs[0], *objs[0].conjuncts]
    # proper names of places (the tagger may call a capital an organisation), never people
    if len(places) < 2 or not all(p.ent_type_ in {"GPE", "LOC", "FAC"} or p.pos_ == "PROPN" and p.ent_type_ != "PERSON"
                                  for p in places):
        return []
    return [p.text for p in places]


# what a meeting is said to be: "the talks were the first encounter between A and B"
ENCOUNTER_NOUNS = {"encounter", "meeting", "contact", "talks", "session", "round", "summit", "gathering"}


def _described_as(tok) -> list:
    """The nouns a meeting noun is said to be with "be": "The meeting in Montreux was the first face-to-face
    encounter between A and B" (who met is told in the predicate)."""
    if tok.dep_ != "nsubj" or tok.head.lemma_ != "be":
        return []
    return [c for c in tok.head.children if c.dep_ == "attr" and c.lemma_.lower() in ENCOUNTER_NOUNS]


def _by_phone(verb) -> bool:
    """ "by telephone", "over the phone", "via video link": the verb's doing took place on a call (the phrase may
    hang on its object: "exchanged views by telephone")."""
    nodes = [verb] + [c for c in verb.children if c.dep_ == "dobj"]
    return any(c.dep_ in {"prep", "agent"} and c.lower_ in {"by", "over", "via"} and any(
        g.dep_ == "pobj" and (g.lower_ in PHONE_WORDS or g.lemma_.lower() in {"videoconference", "videolink"}
                              or any(x.lower_ in PHONE_WORDS for x in g.children if x.dep_ in {"compound", "amod"}))
        for g in c.children) for n in nodes for c in n.children)


def _fought(verb) -> bool:
    """ "clashed", "exchanged fire", "traded gunfire": a fight of two sides, neither the attacker."""
    if verb.lemma_ == "clash":  # "clashed over the plan" is a quarrel
        return not any(c.dep_ == "prep" and (c.lower_ in {"over", "about"} or c.lower_ == "on" and not any(
            g.ent_type_ in {"DATE", "TIME"} for g in c.children)) for c in verb.children)
    return verb.lemma_ in {"exchange", "trade"} and any(
        c.dep_ == "dobj" and c.lower_ in {"fire", "gunfire", "shots", "blows", "artillery"} for c in verb.children)


def _dated_restatement(tok) -> bool:
    """ "after Tuesday's session", "the talks ended on Thursday evening": a dated mention of the meeting already
    reported, which dates it."""
    if not any(c.dep_ == "poss" and c.ent_type_ in {"DATE", "TIME"} for c in tok.children) and not (
        any(c.lower_ in {"the", "this", "that"} for c in tok.children) and tok.dep_ in {"nsubj", "nsubjpass"}
        and tok.head.lemma_ in {"end", "conclude", "close", "finish", "begin", "open", "start", "take", "last", "wrap"}
    ):
        return False
    return True


SIGN_VERBS = {"sign", "initial", "ink", "countersign"}
SIGN_MARKS = {"signature", "name", "initials", "initial", "seal"}  # what one puts to a text to sign it
DOCUMENT_NOUNS = {"text", "document", "draft"}
# the occasions one signs at: "at a ceremony", "at the end of a session", "during a round of talks"
SETTING_NOUNS = {"ceremony", "session", "meeting", "summit", "round", "talks", "negotiations"}


def _puts_signature(verb) -> bool:
    """ "put their signatures to the accord", "set their names to the framework": a signing told with a noun."""
    return verb.lemma_ in {"put", "set", "affix", "add"} and any(
        c.dep_ == "dobj" and c.lemma_.lower() in SIGN_MARKS for c in verb.children) and any(
        c.dep_ == "prep" and c.lower_ in {"to", "on"} for c in verb.children)


def _text_of_deal(tok) -> bool:
    """ "initialled the full text of the treaty", "signed the draft of an accord": the deal's own text; also "the
    document was signed by A and B", the text the story has told of, as what was signed."""
    if tok.lemma_.lower() in DOCUMENT_NOUNS and tok.dep_ == "nsubjpass" and any(
            c.lower_ == "the" for c in tok.children) and (any(c.dep_ == "agent" for c in tok.head.children)
                                                          or _agent_on_place(tok.head) is not None):
        return True
    return tok.lemma_.lower() in DOCUMENT_NOUNS and any(
        g.lemma_.lower() in AGREEMENT_NOUNS for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children if g.dep_ == "pobj")


def _signing_settings(verb) -> list:
    """The occasion a signing verb is told at: "at a ceremony", "at the close of a two-day round"."""
    out = []
    for c in verb.children:
        if c.dep_ != "prep" or c.lower_ not in {"at", "during", "in"}:
            continue
        for g in c.children:
            if g.dep_ != "pobj":
                continue
            if g.lemma_.lower() not in SETTING_NOUNS and g.lemma_.lower() in PART_NOUNS:  # "at the end of a session"
                g = next((x for p in g.children if p.dep_ == "prep" and p.lower_ == "of" for x in p.children
                          if x.dep_ == "pobj"), g)
            if g.lemma_.lower() in SETTING_NOUNS or g.lower_ in SETTING_NOUNS:
                out.append(g)
    return out


def _signing_place(verb) -> bool:
    """ "initialled in Belmopan by A and B", "signed at the Lindvik crossing": a signing told at a named place,
    where the signatories stood together (not "signed in March", not "signed in their capitals")."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in {"in", "at"}:
            for g in c.children:
                if g.dep_ != "pobj" or g.tag_ == "NNS" or g.lemma_.lower() == "capital":
                    continue
                if g.ent_type_ in {"GPE", "LOC", "FAC"} or g.lemma_.lower() in VENUE_PLACES and any(
                        x.dep_ in {"compound", "pobj"} and x.pos_ == "PROPN" for x in _place_words(g)):
                    return True
    return False


def _subject_signs(verb) -> bool:
    """ "A and B signed the accord in X": the signatories are the subject of the signing, told as acting together
    (a text "signed in X by A and B" may have been signed there by each in turn, or by proxies)."""
    return any(c.dep_ == "nsubj" for c in verb.children) or _told_passive(verb)


def _told_passive(verb) -> bool:
    """ "The protocol was initialled in Tarn by A and B": a finite passive clause of its own tells the signing as
    news (not "the accord, signed in X by A and B in 2021", a reduced clause that refers back to an earlier deal)."""
    return verb.dep_ in {"ROOT", "conj"} and any(c.dep_ == "auxpass" for c in verb.children) and any(
        c.dep_ == "nsubjpass" for c in verb.children)


def _reduced_news(verb, ctx: _Context) -> bool:
    """ "The protocol, initialled in Tarn by A and B, requires ...": a reduced clause on the deal just reported, with
    no time of its own but a recent day, tells its signing too (not "the accord, signed in X by A and B in 2021")."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or not any(c.lower_ in {"the", "this"} for c in verb.head.children):
        return False
    if verb.head.dep_ != "nsubj" or verb.doc[verb.i - 1].text != ",":
        return False  # set off by commas on the subject: what the sentence goes on to tell of the deal just reported
    inside = {t.i for t in verb.subtree}
    if any(r.i in inside for r, _ in ctx.periods):
        return False
    pub = dt.date.fromisoformat(ctx.pub)
    return all(len(d) == 10 and 0 <= (pub - dt.date.fromisoformat(d)).days <= 31
               for r, d, _ in ctx.timexes if r.i in inside)


def _in_presence_of(verb) -> list:
    """ "signed ... in the presence of X": the nouns after "in the presence of"."""
    return [x for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children
            if g.dep_ == "pobj" and g.lower_ == "presence" for p in g.children if p.dep_ == "prep" and p.lower_ == "of"
            for x in p.children if x.dep_ == "pobj"]


def _place_words(g) -> list:
    """The words naming a place ("the border village of Tarn"), the signatories the parser hung on it aside."""
    out, todo = [], [g]
    while todo:
        x = todo.pop()
        out.append(x)
        todo += [c for c in x.children if not (c.dep_ == "prep" and c.lower_ == "by")]
    return out


# "the risk of clashes", "to prevent clashes": fighting that may come, not fighting that came
RISK_NOUNS = {"risk", "danger", "threat", "fear", "possibility", "prospect", "spectre", "specter", "likelihood", "chance"}


def _background_clash(tok, ctx) -> bool:
    """A clash told as a yardstick or a cause, not as a fight that bears on the deal: "six months after the
    deadliest clashes in years", "the risk of accidental clashes", "where clashes over a well set off the 2019
    war" (a clause that names an earlier year)."""
    if any(c.dep_ == "amod" and (c.tag_ == "JJS" or c.lower_ == "worst") for c in tok.children):
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in RISK_NOUNS:
        return True
    if tok.dep_ != "nsubj":
        return False
    said = [c for c in tok.head.children if c.dep_ in {"dobj", "attr"}]  # what the clash set off
    return any(r.i in {t.i for o in said for t in o.subtree} and len(v) == 4 and v < ctx.pub[:4] for r, v in ctx.periods)


HAND_VERBS = {"hand", "present", "deliver", "submit", "give"}
# what is handed over in person: "handed the draft to", "presented the plan to"
TEXT_NOUNS = {"plan", "draft", "proposal", "document", "text", "letter", "message", "statute", "roadmap", "list",
              "paper", "memorandum", "report", "note", "blueprint", "invitation", "proposals", "plans", "drafts"}
HOST_PARTICIPLES = {"hosted", "mediated", "brokered", "facilitated", "sponsored", "chaired", "convened", "co-hosted"}


def _hosted_round(tok, verb) -> bool:
    """ "Kenya hosted the third round of talks between A and B": the round the host holds is the talks themselves,
    not their setting (as the summit is in "hosted A on the sidelines of the summit")."""
    part = tok.head.head
    return verb.lemma_ == "host" and tok.head.lower_ == "of" and part.dep_ == "dobj" and part.head.i == verb.i \
        and part.lemma_.lower() in {"round", "session", "meeting"}


def _verb_of_round(tok):
    """ "the second round of talks was held in Lome under the mediation of Togo": the verb whose subject is the
    round (or session, days) the talks noun is "of", where what the talks are held under hangs; else the noun."""
    part = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else None
    if part is None or part.lemma_.lower() not in PART_NOUNS | {"rounds", "weeks", "days", "months"}:
        return tok
    return part.head if part.dep_ in {"nsubj", "nsubjpass"} else tok


def _hyphen_hosts(tok, ctx: _Context) -> list[str]:
    """ "three days of Saudi-hosted talks", "Turkish- and Qatari-mediated talks": the parties a hyphened participle
    before a meeting noun names as its hosts or mediators (the parser hangs them anywhere in the phrase)."""
    doc = tok.doc
    out: list[str] = []
    for t in doc[tok.left_edge.i: tok.i]:
        if t.lower_ not in HOST_PARTICIPLES or t.i < tok.left_edge.i + 2 or doc[t.i - 1].text != "-":
            continue
        j, first = t.i - 2, True
        while j >= tok.left_edge.i:
            x = doc[j]
            # "Turkish- and Qatari-mediated": a party cut short by its hyphen is no name the text matches
            party = ctx.party_at[j][0] if j in ctx.party_at else whole_party(x.text[:-1]) if x.text.endswith("-") else None
            if party and (first or x.text.endswith("-")):
                if party not in out:
                    out.append(party)
                first = False
            elif first or x.lower_ not in {"and", ","}:
                break
            j -= 1
    return out


def _own_clause(verb) -> set[int]:
    """The tokens of a verb's own clause, without the clauses hung on it ("presented the plan, but it ran into a
    deadlock on Thursday": Thursday is not when it was presented)."""
    out, todo = set(), [verb]
    while todo:
        t = todo.pop()
        out.add(t.i)
        todo.extend(c for c in t.children if c.dep_ not in {"conj", "advcl", "ccomp", "relcl", "parataxis", "xcomp"})
    return out


def _office_called(verb, ctx) -> list:
    """ "called Niger's president Ali Moussa" with no object: an office with a named person in apposition,
    parsed as what something is called (oprd). Naming needs an object named ("called the deal a betrayal")."""
    return [c for c in verb.children if c.dep_ == "oprd" and c.pos_ == "NOUN"
            and any(g.dep_ == "appos" and g.i in ctx.person_of for g in c.children)]


def _called_a_breach(tok) -> bool:
    """ "An Israeli strike killed three people. ... Hamas called the strike a violation of the ceasefire": one of
    the next two sentences (within the section) takes up "the strike" and names the truce."""
    doc = tok.doc
    lemma = tok.lemma_.lower()
    # "gunmen attacked a checkpoint, killing two officers. Police called the killings a breach": its toll, too
    kinds = ATTACK_NOUNS | {"killing", "shooting", "ambush", "incident"} if lemma in ATTACK_NOUNS | ATTACK_VERBS | {
        "fire", "open"} else {lemma}  # "opened fire on the posts. X called the incident a breach of the truce"
    sent = tok.sent
    for k in range(2):
        if sent.end >= len(doc):
            break
        sent = doc[sent.end].sent
        if sent.text.lstrip().startswith("#"):
            break  # a new section
        if any(t.lemma_.lower() in kinds and any(c.lower_ in {"the", "this", "that"} for c in t.children) for t in sent) \
                and any(t.lemma_.lower() in NEGOTIATED_CONTEXT | BREACH_WORDS for t in sent):
            return True
        if k == 0 and _this_is_a_breach(sent):
            return True
    return False


def _this_is_a_breach(sent) -> bool:
    """ "This was a breach of the border accord", "It is a violation of the truce": the sentence right after
    calls what it told a breach of a deal (in the text's voice or a speaker's told, not inside a quotation)."""
    for t in sent:
        if t.lower_ not in {"this", "it", "that"} or t.dep_ != "nsubj" or t.head.lemma_ not in {"be", "constitute", "amount"}:
            continue
        if any(x.text in QUOTE_MARKS for x in sent.doc[sent.start: t.i]):
            continue
        breach = [c for c in t.head.children if c.dep_ == "attr" and c.lemma_.lower() in BREACH_WORDS]
        if any(g.lemma_.lower() in AGREEMENT_NOUNS | NEGOTIATED_CONTEXT for b in breach for p in b.children
               if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"):
            return True
    return False


def _adverbial_object(tok) -> bool:
    """An object the parser hangs on "met" that says how, not whom: "met face to face", "met for an hour, their
    first encounter in a year" (a phrase after a comma describing the meeting itself)."""
    if tok.lemma_.lower() == "face":
        return True
    return tok.left_edge.i > 0 and tok.doc[tok.left_edge.i - 1].text == ","


def _swap_taken_up(tok) -> bool:
    """ "Kenya and Somalia agreed on a prisoner swap. The swap took place on Wednesday.": "the swap" takes up an
    exchange of captives the sentence before names."""
    if not any(c.lower_ in {"the", "this", "that"} for c in tok.children) or any(
            c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return False  # "the exchange of fire"
    sent = tok.sent
    if sent.start == 0:
        return False
    before = tok.doc[sent.start - 1].sent
    return any(t.lemma_.lower() in EXCHANGE_NOUNS | EXCHANGE_VERBS and _has_captive(t) for t in before)


def _on_behalf_of(verb) -> list:
    """ "signed on behalf of A by X and on behalf of B by Y": A and B, the sides a signature binds."""
    out = []
    for t in verb.subtree:
        if t.lower_ == "behalf" and not any(a.dep_ in {"relcl", "acl", "advcl", "ccomp"} for a in _path_up(t, verb)):
            out += [g for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return out


def _a_state_capital(tok, ctx: _Context) -> bool:
    """ "the Somali capital", "the Ukrainian city of Lviv": a place named by the state it belongs to."""
    return tok.lemma_.lower() in {"capital", "city", "port", "town"} and any(
        c.i in ctx.party_at and c.dep_ in {"amod", "compound", "poss"} for c in tok.children)


NEWS_WORDS = {"wire", "news", "press", "times", "post"}  # organisations' words that end names of papers too


def _body_named(tok) -> str | None:
    """ "the Ceasefire Monitoring and Verification Mechanism": a body the tagger names as an organisation, by a proper
    name of two words or more ending in an organisation's word."""
    if tok.pos_ != "PROPN" or not tok.is_title or tok.lower_ not in ORG_WORDS - NEWS_WORDS:
        return None
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end and e.label_ == "ORG" and e.end - 1 == tok.i), None)
    if ent is None:
        return None  # the tagger's organisations only: a name it does not know may be anything
    words = [t for t in ent if not (t.i == ent.start and t.lower_ == "the")]
    # "the Associated Press Agency", "the Interfax news agency"; but "the Atomic Energy Agency" is a body
    if len(words) < 2 or any(t.lemma_.lower() in MEDIA_NOUNS and not (t.i == tok.i and t.lower_ == "agency") for t in words):
        return None
    return " ".join(t.text for t in words) if all(t.is_title or t.lower_ in {"and", "of", "for", "on"} for t in words) else None


def _is_media(tok, ctx: _Context) -> bool:
    """A reporter, a news organisation or an audience: "reporters", "the Interfax news agency", "NBC"."""
    if tok.i in ctx.person_of:
        title = ctx.titles.get(ctx.person_of[tok.i], "")
        return any(w in title.split() for w in ("host", "journalist", "anchor", "reporter", "interviewer"))
    core = _core(tok)
    if any(t.lemma_.lower() in MEDIA_NOUNS or t.lower_ in MEDIA_NOUNS for t in core):
        return True
    if tok.i in ctx.party_at:
        return False
    # "told The Harbour Courier": a title (its "The" capitalised mid-sentence) the tagger may label anything
    return tok.ent_type_ in {"ORG", "WORK_OF_ART"} or tok.pos_ == "PROPN" and tok.ent_type_ not in {"PERSON", "GPE", "NORP"} \
        and any(c.text == "The" and c.i > c.sent.start for c in tok.children)


# what one does, with no object, in talks told before: "X mediated", "Y facilitated"
MEDIATE_VERBS = {"mediate", "facilitate", "moderate", "chair", "co-chair"}

# what makes a post a place where guards stand rather than a message online
GUARD_POST_WORDS = {"border", "frontier", "military", "army", "police", "observation", "customs", "command", "guard",
                    "forward", "listening", "trading", "security", "checkpoint", "control", "outpost", "sentry",
                    "lookout", "isolated", "remote", "mountain", "defensive", "fortified"}


# what one does with a briefing or speech one gives: "the briefing given by X", "a speech delivered by Y"
GIVE_VERBS = {"give", "hold", "deliver", "conduct", "make"}  # not "host": a ceremony hosted by X is no speech of X


def _teller(verb):
    """ "Berg said that Oslo would keep trying, speaking to reporters": a participle with no subject of its own that
    the parser hung inside what a speech verb reports is said by that verb's subject, not the reported clause's."""
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return None
    node = verb.head
    while node.dep_ != "ccomp" and node.head.i != node.i:
        node = node.head
    if node.dep_ != "ccomp" or node.head.lemma_ not in SPEECH_VERBS:
        return None
    return next((c for c in node.head.children if c.dep_ == "nsubj"), None)


def _venue_of(tok, ctx: _Context) -> str | None:
    """The venue class a token names, if it is a statement venue."""
    lem = tok.lemma_.lower()
    low = tok.lower_
    if lem == "exchange" and any(g.lemma_ in {"reporter", "journalist"} for g in _with_objects(tok)):
        return "press"  # "in an exchange with reporters"
    if low == "comments" and any(g.lemma_.lower() in MEDIA_NOUNS for c in tok.children if c.dep_ == "prep" and c.lower_ == "to"
                                 for g in c.children if g.dep_ == "pobj"):
        return "press"  # "in comments to reporters"
    if low == "remarks" or lem in VENUE_NOUNS and tok.pos_ in {"NOUN", "PROPN"}:
        if lem in VENUE_NEEDS_MODIFIER and not any(c.dep_ in {"amod", "compound"} for c in tok.children):
            return None
        if lem == "conference" and not any(c.lower_ in {"press", "news"} for c in tok.children):
            return None
        if lem == "statement" and any(c.lower_ == "joint" for c in tok.children):
            return None
        if lem == "address" and tok.dep_ in {"dobj"} and tok.head.lemma_ in {"address"}:
            return None
        if lem == "post" and (tok.dep_ == "compound" or any(
                c.dep_ in {"compound", "amod"} and c.lemma_.lower() in GUARD_POST_WORDS for c in tok.children)):
            return None  # "a border post", "an army observation post": a place, not a message
        return VENUE_CLASS.get(lem, VENUE_CLASS.get(low, "address"))
    return None


# Verbs of events of their own: "signed the deal at a ceremony", "met at a forum" report no statement
NOT_SPEAKING = (AGREEMENT_VERBS - SPEECH_VERBS) | MEETING_VERBS | (MOTION_VERBS - {"go"}) | {"attend", "visit", "host", "receive", "sit", "join"}


def _statement_speaker_verb(tok):
    """The verb whose subject makes a statement at this venue noun ("said in an interview", "gave a speech")."""
    if tok.dep_ == "pobj" and tok.head.lower_ not in VENUE_PREPS and not (
            tok.head.lower_ == "after" and tok.lemma_.lower() in OCCASION_NOUNS):
        return None  # "reacted to his statement": someone else's
    node = tok
    for _ in range(4):
        node = node.head
        if node.pos_ in {"VERB", "AUX"}:
            return None if (node.lemma_ in NOT_SPEAKING or _puts_signature(node)) and tok.dep_ == "pobj" else node
        if node.head.i == node.i:
            return None
    return None


def _accused(tok):
    """ "accused the rebels of breaking the truce by shelling the port": the rebels, the ones said to have struck."""
    node = tok
    for _ in range(6):
        if node.head.i == node.i:
            return None
        if node.dep_ not in {"pcomp", "pobj", "prep", "dobj", "advcl"}:
            return None
        node = node.head
        if node.pos_ == "VERB" and node.lemma_ in ACCUSE_VERBS:
            objs = [c for c in node.children if c.dep_ == "dobj" and c.i != tok.i]  # "condemned the attack": no one accused
            return objs[0] if objs else None
    return None


def _parties_of(acc, ctx) -> list[str]:
    """The parties of people and parties: a joint text is the parties' own."""
    out = []
    for p in [ctx.party_of_person.get(x) or x for x in acc[0]] + acc[1]:
        if p not in out:
            out.append(p)
    return out


# verbs that tell how a deal came about: "the truce brokered in Doha last October", "the accord signed in 2022"
DEAL_PAST_VERBS = {"sign", "reach", "agree", "broker", "initial", "conclude", "seal", "strike", "ink", "forge",
                   "negotiate", "reaffirm", "renew", "mediate", "adopt", "hammer"}
# what a truce did as it came about: "the truce that stopped a week of shelling in May 2025"
TAKING_EFFECT = {"end", "halt", "stop", "take", "enter", "come"}
BROKER_VERBS = {"broker", "mediate", "facilitate", "sponsor"}  # "brokered by X": X is no side of the deal
RECENT_YEARS = 10  # how far back a deal the text refers to is still news of the process, not its history


def _a_span_after(verb) -> bool:
    """ "five years after signing a treaty", "a year after they signed it": the deal is told as made that span before
    the event the sentence reports, so it is no deal of that day."""
    marks = [c for c in verb.children if verb.dep_ == "advcl" and c.dep_ == "mark" and c.lower_ in {"after", "since"}]
    after = verb.head if verb.dep_ == "pcomp" and verb.head.lower_ in {"after", "since"} else next(iter(marks), None)
    # the span sits on "after" or, parsed otherwise, on the clause it opens
    return after is not None and any(c.dep_ == "npadvmod" and c.lemma_.lower() in SPAN_UNITS
                                     for x in (after, after.head) for c in x.children)


def _past_deal_anchors(tok, ctx: _Context) -> list:
    """The clauses that tell how a deal noun came about in a past year or month ("the accord signed in 2022", "the
    truce brokered in Doha last October", "the ceasefire that ended the war in May 2024"). Nothing for a deal to come, nor
    for one decades old ("the treaty signed in 1904": the law the text cites, no occurrence it tells), nor for a
    declaration of one side ("the declaration of independence adopted in 2019"); a day ("signed on 12 June") is
    the dating of a deal the text reports, whose sides it names, not one it refers back to."""
    if tok.lemma_.lower() == "declaration" and not tok.is_title:
        return []
    since = str(int(ctx.pub[:4]) - RECENT_YEARS)
    past = {r.i for r, v in ctx.periods if since <= v < ctx.pub[:len(v)]}
    clauses = [c for c in tok.children if c.dep_ in {"acl", "relcl"}] + _reduced_relative(tok)
    return [c for c in clauses if c.lemma_ in DEAL_PAST_VERBS | TAKING_EFFECT
            and c.tag_ in {"VBN", "VBD"} and any(t.i in past for t in c.subtree) and not _blocked_verb(c, own=True)]


def _reduced_relative(tok) -> list:
    """ "The truce, first reached in May, had held": a participle the parser took for the main verb of its noun
    (a past participle with a subject and no auxiliary is no clause of its own)."""
    v = tok.head
    if tok.dep_ == "nsubj" and v.tag_ == "VBN" and not any(c.dep_ in {"aux", "auxpass"} for c in v.children):
        return [v]
    return []


class _Detector:
    def __init__(self, ctx: _Context):
        self.ctx = ctx
        self.res = _Resolver(ctx)

    # -- participants --------------------------------------------------------
    def subj(self, verb, places=False):
        s = _subject(verb, self.ctx.skipped)
        if s is None:
            return [], []
        acc = self.res.np(s, places=places)
        for other in _stray_subjects(verb, s):
            _add(acc, self.res.np(other, places=places))
        if _n(acc):  # "Norland and the International Atomic Energy Agency on Monday agreed": a body beside a party
            for c in s.conjuncts:
                body = _body_named(c) if not _n(self.res.np(c)) else None
                if body and body not in acc[1]:
                    acc[1].append(body)
        return acc

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
                        stray = _dangling_conjunct(g)
                        if stray is not None:
                            _add(acc, self.res.np(stray))
                        detached = _detached_conjunct(g)
                        if detached is not None:
                            _add(acc, self.res.np(detached))
            if c.dep_ == "prep" and c.lower_ in {"of", "by"} and tok.lemma_.lower() in EVENT_NOUNS:
                _add(acc, self.objs([g for g in c.children if g.dep_ == "pobj"]))
            if c.dep_ == "prep" and c.lower_ == "from" and tok.lemma_.lower() in CALL_NOUNS and tok.dep_ == "dobj" \
                    and tok.head.lemma_ in {"receive", "get", "take", "return"}:
                _add(acc, self.objs([g for g in c.children if g.dep_ == "pobj"]))  # "received a call from X"
                _add(acc, self.subj(tok.head))
            if c.dep_ in {"acl", "relcl"} and c.lemma_ in GATHER_VERBS:
                _add(acc, self.objs([g for g in c.children if g.dep_ in {"dobj"}]))
        for g in _described_as(tok):  # "the meeting was the first encounter between A and B"
            _add(acc, self.objs(_with_objects(g)))
        if tok.dep_ == "nsubj" and tok.head.lemma_ in GATHER_VERBS:  # "the talks brought together A and B"
            _add(acc, self.objs([g for g in tok.head.children if g.dep_ == "dobj"]))
            if any(g.dep_ == "dobj" for g in tok.head.children):  # "brought A together with B"
                _add(acc, self.objs(_with_objects(tok.head)))
        return acc

    # -- per sentence --------------------------------------------------------
    def mentions(self, sent) -> list[Mention]:
        out = []
        for tok in sent:
            if tok.i in self.ctx.skipped or self.ctx.in_quote(tok):
                continue
            out.extend(self._at(tok))
        for m in out:  # "A met B and C. The parties signed a protocol.": who sat at the table, its chair aside
            trigger = sent.doc[m.trigger]
            chair = self.auspices(trigger)
            if trigger.pos_ == "NOUN":
                _add(chair, self.chairs(trigger))
            sides = [p for p in _parties_of(([p for p in m.participants if p in self.ctx.party_of_person],
                                             [p for p in m.participants if p not in self.ctx.party_of_person]), self.ctx)
                     if p not in _parties_of(chair, self.ctx)]
            if m.type == "meeting" and not m.partial and len(sides) >= 3:
                self.ctx.table = (sent.end, sides)
        return out

    def _mention(self, etype, tok, acc, anchors, venue=None, hub=None, strict=False) -> list[Mention]:
        people, parties = acc
        covered = {self.ctx.party_of_person.get(p) for p in people}
        parties = [p for p in parties if p not in covered]
        people = [p for p in people if not any(q != p and _same_name(p, q) and len(q) > len(p) for q in people)]
        parts = people + parties
        sent = tok.sent
        # a statement's day is the one its speaking is told on, not one of what it reports ("said in a statement
        # that troops shelled the town on Sunday")
        date = _date_for(self.ctx, anchors, sent, strict=strict, speech=etype == "statement")
        if date is not None and date > self.ctx.pub:
            return []  # dated after publication: a plan
        if etype == "statement" and venue != "joint":
            parts = parts[:1]
        if etype in {"attack", "exchange"}:
            parts = parts[:2]
        if etype == "agreement" and people and all(self.ctx.party_of_person.get(p) for p in people):
            parts = _parties_of((people, parties), self.ctx)  # a deal binds the parties its signatories act for
        # "the agreement signed by the two countries last year": a year or month nearer than any day
        near = [(min(_tree_distance(r, a) for a in anchors), v) for r, v in self.ctx.periods if sent.start <= r.i < sent.end
                and not any(t.dep_ in {"xcomp", "ccomp"} for t in _path_up(r, anchors[0]))  # "agreed to meet next month"
                and not (_bounding(r) and r.head.lower_ in {"since", "until", "till"})  # "the first meeting since May"
                and not _of_the_subject(r, anchors[0])]
        near = [x for x in near if x[0] <= 3]
        period = min(near)[1] if near else None
        if period and date:
            days = [min(_tree_distance(r, a) for a in anchors) for r, d, _ in self.ctx.timexes
                    if sent.start <= r.i < sent.end and d == date]
            if days and min(near)[0] < min(days):
                date = None
        base = Mention(etype, parts, date, (sent.start_char, sent.end_char), tok.i, venue)
        if date is None:
            base.period = period
        if hub is not None and len(parts) >= 3:
            # "separate talks with Ukraine and Russia": one event per pair with the hub
            hp, hq = hub
            hub_parties = {self.ctx.party_of_person.get(x) for x in hp}
            hubs = hp + [q for q in hq if q not in hub_parties]
            others = [p for p in parts if p not in hubs and p not in hub_parties]
            if hubs and len(others) >= 2:
                return [Mention(etype, hubs + [o], date, base.sent, tok.i, venue, split=True) for o in others]
        base.split = hub is not None and len(parts) == 2  # "held a separate meeting with B": not the joint talks
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
                                                   "hold", "grant", "record", "broadcast", "tell", "address", "use"}
            ) and _occurred(v):
                acc = self.speaker(v)
                if acc is not None and _n(acc):
                    held = venue
                    withs = []
                    if any(c.lower_ == "joint" for c in tok.children):
                        withs = _with_objects(tok)
                        for g in withs:  # "told a joint press conference with B and C": theirs too
                            _add(acc, self.res.np(g))
                        held = "joint"
                    found = self._mention("statement", tok, acc, [tok, v], venue=held)
                    for m in found:
                        m.same_venue = any(c.lower_ == "same" for c in tok.children)
                        m.open_joint = held == "joint" and not withs
                    out += found
        if venue == "statement" and not any(c.lower_ == "joint" for c in tok.children):
            out += self._issued_statement(tok)
        elif venue in {"press", "address", "interview"} and not out:
            out += self._venue_given_by(tok, venue)
        if noun and tok.lower_ in {"communique", "communiqué"} and any(c.lower_ == "joint" for c in tok.children):
            out += self._joint_communique(tok)
        if verb and lem == "address" and any(c.dep_ == "dobj" and (_is_media(c, ctx) or c.lemma_.lower() in MEDIA_NOUNS)
                                             for c in tok.children) and _occurred(tok):
            acc = self.speaker(tok)  # "addressed parliament", "addressing the General Assembly"
            if acc is not None and _n(acc):
                out += self._mention("statement", tok, acc, [tok], venue="address")
        if verb and lem == "brief" and any(c.dep_ == "dobj" and c.lemma_.lower() in {"reporter", "journalist", "press",
                                                                                     "media"} for c in tok.children) \
                and _occurred(tok):
            acc = self.speaker(tok)  # "briefed reporters in the capital": a press briefing
            if acc is not None and _n(acc):
                out += self._mention("statement", tok, acc, [tok], venue="press")
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
        # "a call", "phone talks", "a video conference", "a video link"
        if noun and (lem in CALL_NOUNS or (low in {"talks", "conference", "link", "chat"} and any(
                c.lower_ in PHONE_WORDS and c.dep_ in {"compound", "amod"} for c in tok.children))):
            if lem == "call" and any(c.dep_ == "prep" and (c.lower_ in {"for", "to"} or c.lower_ == "on" and not any(
                    g.ent_type_ in {"DATE", "TIME"} for g in c.children)) for c in tok.children):
                pass  # "a call for elections", "his call on Europe to act"
            elif lem != "call" or any(c.lower_ in PHONE_WORDS for c in tok.children) or _with_objects(tok) or any(
                c.dep_ == "poss" for c in tok.children
            ) or _call_as_setting(tok) or _dated_restatement(tok):  # "The call took place on Wednesday"
                out += self._event_noun("call", tok)
        if verb and lem in {"call", "phone", "telephone", "ring"}:
            objs = [c for c in tok.children if c.dep_ == "dobj"]
            called = [] if objs else _office_called(tok, ctx)
            if called:  # "called Niger's president Ali Moussa": the parser took the office for a name given
                objs = [g for c in called for g in c.children if g.dep_ == "appos"]
            if lem != "call" or called or (objs and all(o.i in ctx.person_of or o.lemma_.lower() == "counterpart"
                                                        for o in objs)  # "called his Nigerien counterpart"
                                 and not any(c.dep_ in {"oprd", "xcomp", "ccomp", "attr"} and c.lemma_ not in CALL_PURPOSES
                                             for c in tok.children)
                                 and not any(c.dep_ in {"appos", "attr", "oprd"} for o in objs for c in o.children)
                                 and not any(c.dep_ == "prep" and (c.lower_ == "for" or c.lower_ == "on" and not any(
                                     g.ent_type_ in {"DATE", "TIME"} for g in c.children)) for c in tok.children)):
                acc = self.subj(tok)
                _add(acc, self.objs(objs))
                _add(acc, self.objs(_with_objects(tok)))
                if _occurred(tok) and not any(_is_media(o, ctx) for o in objs):
                    out += self._mention("call", tok, acc, [tok])
            elif lem == "call" and _occurred(tok) and self._called_each(tok, objs):
                # "called the ministers of both sides": one call to each
                acc = self.subj(tok)
                _add(acc, self.objs(objs))
                out += self._mention("call", tok, acc, [tok], hub=self.subj(tok))
        if verb and lem not in {"speak", "talk", "call", "phone", "telephone", "ring", "agree"} and _by_phone(tok):
            acc = self.subj(tok)  # "A and B exchanged views by telephone", "A conferred with B over the phone"
            _add(acc, self.objs([g for g in _with_objects(tok) if not _is_media(g, ctx)]))
            if _n(acc) >= 2 and _occurred(tok):
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
                # "spoke by phone with both prime ministers": a call is two-sided, so one call with each
                each = (phone or not (in_person or alongside)) and (any(
                    d.lower_ in {"both", "each"} for g in partners for d in g.children) or any(
                    self._leaders_of_both(g) for g in partners))
                if _occurred(tok) and _n(acc) >= 2:
                    out += self._mention("meeting" if (in_person or alongside) and not phone else "call", tok, acc, [tok],
                                         hub=self.subj(tok) if _separately(tok, tok) or each else None)

        # ---- meetings
        if noun and (low in MEETING_NOUNS or lem in {"meeting", "summit"}):
            out += self._event_noun("meeting", tok)
            out += self._led_by(tok)
        if verb and lem in MEETING_VERBS and _separately(tok, tok) and _occurred(tok) and any(
                c.dep_ == "dobj" and (c.lower_ == "each" or any(d.lower_ == "each" for d in c.children)) for c in tok.children):
            hub = self.subj(tok)  # "before the three-way session, X met each minister separately"
            if _n(hub) == 1:
                for m in self._mention("meeting", tok, hub, [tok]):
                    m.each = True
                    out.append(m)
            return out
        if verb and lem in MEETING_VERBS:
            objs = [c for c in tok.children if c.dep_ == "dobj" and not _adverbial_object(c)]
            if not objs or any(_n(self.res.np(o)) or o.lemma_.lower() in GROUP_NOUNS for o in objs):
                acc = self.subj(tok)
                _add(acc, self.objs(objs))
                _add(acc, self.objs(_with_objects(tok)))
                if objs and any(o.lemma_.lower() in GROUP_NOUNS for o in objs):  # "met representatives from Russia"
                    _add(acc, self.objs([g for c in tok.children if c.dep_ == "prep" and c.lower_ in {"from", "of"}
                                         for g in c.children if g.dep_ == "pobj"], places=True))
                if _n(acc) < 2:
                    _add(acc, (self.subject_people(tok), []))
                for talks in self._setting_nouns(tok):  # "met in Nairobi, in talks convened by the AU"
                    _add(acc, self.chairs(talks))
                _add(acc, self.auspices(tok))  # "met under the auspices of the AU"
                if _occurred(tok):
                    out += self._mention("meeting", tok, acc, [tok], hub=self.subj(tok) if _separately(tok, tok) else None)
        if verb and tok.dep_ == "ROOT" and (lem in MEDIATE_VERBS and not any(
                c.dep_ in {"dobj", "prep", "xcomp", "ccomp", "nsubjpass"} for c in tok.children) or _acts_as_host(tok)) \
                and _occurred(tok):
            # "Bishop X, who chairs the peace committee, mediated.": a part in the talks just reported
            acc = self.subj(tok)
            if _n(acc) == 1:
                for m in self._mention("meeting", tok, acc, [tok]):
                    m.partial = True
                    out.append(m)
        if verb and lem in {"sit", "dine", "lunch", "shake"} and self._face_to_face(tok):
            # "sat down with X", "dined with X", "shook hands with X"
            acc = self.subj(tok)
            _add(acc, self.objs([o for o in _with_objects(tok) if o.i in ctx.person_of]))
            if _occurred(tok) and _n(acc) >= 2:
                out += self._mention("meeting", tok, acc, [tok])
        if verb and lem in {"host", "receive", "greet", "welcome"}:
            guests = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"} and (c.i in ctx.person_of or (
                c.lemma_.lower() in GROUP_NOUNS | OFFICE_NOUNS and _n(self.res.np(c)) and lem in {"host", "receive"}))]
            # "hosted Hamas negotiators"; one greets or welcomes a person ("welcomed European leaders" is loose talk)
            if guests and _occurred(tok):
                # "X was received by Y": the host is the passive's agent, which _subject gives
                acc = self.subj(tok)
                _add(acc, self.objs(guests))
                if _n(acc) >= 2:
                    out += self._mention("meeting", tok, acc, [tok])

        if verb and lem in HAND_VERBS:
            out += self._handed(tok)

        # ---- visits
        if noun and lem in VISIT_NOUNS and (lem != "travel" or any(c.dep_ == "poss" for c in tok.children)):
            out += self._visit_noun(tok)
        if verb and lem == "visit":
            acc = self.subj(tok)
            if _occurred(tok) and not self._own_place(tok, acc):
                found = self._mention("visit", tok, acc, [tok])
                places = _visited_places(tok)
                if len(found) == 1 and len(places) >= 2:
                    found = [replace(found[0], place=p, alsos=[]) for p in places]  # one visit to each capital
                out += found
        if verb and lem in MOTION_VERBS:
            dest = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in {"to", "in", "at", "into"}
                    for g in c.children if g.dep_ == "pobj" and (g.ent_type_ in {"GPE", "LOC", "FAC"} or g.i in ctx.party_at
                                                                 or _a_state_capital(g, ctx))]
            s = _subject(tok, self.ctx.skipped)
            if dest and s is not None and (s.i in ctx.person_of or s.lemma_.lower() in GROUP_NOUNS or s.lower_ in PRONOUNS_ONE | PRONOUNS_MANY):
                acc = self.res.np(s)
                if _occurred(tok) and not self._own_place(tok, acc, dest):
                    out += self._mention("visit", tok, acc, [tok])

        if verb and lem in SEND_VERBS:
            out += self._sent(tok)

        # ---- agreements
        signs = verb and _puts_signature(tok)
        if verb and (lem in AGREEMENT_VERBS or signs):
            objs = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"} and (
                c.lemma_.lower() in AGREEMENT_NOUNS or any(t.lemma_.lower() in AGREEMENT_NOUNS for t in _core(c))
                or lem in SIGN_VERBS and _text_of_deal(c))]
            if signs:  # "put their signatures to the accord": the accord, whatever it is called
                objs = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in {"to", "on"} for g in c.children
                        if g.dep_ == "pobj"]
            if tok.dep_ in {"relcl", "acl"} and tok.head.lemma_.lower() in AGREEMENT_NOUNS and lem != "broker":
                objs.append(tok.head)  # "the treaty that the two sides initialled", "the agreement signed by X and Y"
            subj = _subject(tok, self.ctx.skipped)
            if objs or (lem == "sign" and subj is not None and _n(self.res.np(subj)) >= 2
                        and not any(c.dep_ == "prt" for c in tok.children)):
                acc = self.subj(tok)
                for o in objs:
                    _add(acc, self.noun_roles(o))
                _add(acc, self.objs(_with_objects(tok)))
                behalf = self.objs(_on_behalf_of(tok), places=True)
                if _n(behalf) >= 2:
                    acc = behalf  # the sides bound, not the hands that signed for them
                if _n(acc) < 2:
                    _add(acc, (self.subject_people(tok), []))
                if not _n(acc) and tok.dep_ == "acl" and tok.tag_ == "VBN" and objs == [tok.head] and any(
                        r.i in {t.i for t in tok.subtree} for r, _, _ in ctx.timexes):  # signed on a day it names
                    pair = ctx.pair_at(tok.i)  # "completing a deal signed in the capital on June 8": the two sides' deal
                    if pair:
                        acc = ([], list(pair))
                if _occurred(tok) and (lem != "announce" or _n(acc) >= 2):
                    deal = self._mention("agreement", tok, acc, [tok] + objs)
                    for m in deal:
                        m.earlier = m.date is None and _a_span_after(tok)
                    out += deal
                    if _by_phone(tok) and lem not in SIGN_VERBS:
                        # "the understanding, reached by hotline on 10 May": reached on a call between its sides
                        out += [replace(m, type="call", alsos=[]) for m in deal if len(m.participants) >= 2]
                    if lem in SIGN_VERBS or signs:
                        out += self._signing_meeting(tok, acc)
        if verb and (lem == "agree" or lem in AGREEMENT_VERBS) and _occurred(tok):
            out += self._deal_dated(tok)
        if noun and lem in AGREEMENT_NOUNS:
            out += self._earlier_deal(tok)
        if noun and lem in AGREEMENT_NOUNS and any(c.dep_ == "poss" and c.ent_type_ == "DATE" for c in tok.children):
            acc = self.noun_roles(tok)  # "Monday's agreement between A and B": a deal of that day
            if _n(acc) >= 2 and _occurred(tok):
                out += self._mention("agreement", tok, acc, [tok])
        if verb and lem == "agree" and not any(c.dep_ in {"nsubjpass", "auxpass"} for c in tok.children) and not any(
            c.dep_ == "prep" and c.lower_ == "in" and any(g.lower_ == "principle" for g in c.children) for c in tok.children
        ):
            subj = _subject(tok, self.ctx.skipped)
            acc = self.subj(tok) if subj is not None else ([], [])
            if subj is not None and _n(acc) < 2:
                owners = self._owners(subj, tok)
                if _n(owners) >= 2:
                    acc = owners
            with_objs = [o for o in _with_objects(tok) if _n(self.res.np(o))]
            going_on = any(c.dep_ == "xcomp" and c.lemma_ in CONTINUE_VERBS for c in tok.children)
            if (_n(acc) >= 2 or with_objs) and subj is not None and not going_on and _occurred(tok):
                _add(acc, self.objs(with_objs))
                # "agreed that operations will begin on March 2": the day of the agreeing, not of what was agreed
                loose = _date_for(self.ctx, [tok], tok.sent)
                by_phone = any(c.dep_ in {"prep", "agent"} and c.lower_ in {"by", "over"} and any(
                    g.dep_ == "pobj" and g.lower_ in PHONE_WORDS for g in c.children) for c in tok.children)
                # "the ministers agreed by phone to open a hotline": a call, where what was promised is a position
                found = self._mention("call" if by_phone else "agreement", tok, acc, [tok],
                                      strict=bool(loose and loose > self.ctx.pub))
                if any(c.dep_ == "aux" and c.lower_ == "had" for c in tok.children) and not any(
                        r.i in {t.i for t in tok.subtree} for r, _, _ in ctx.timexes):
                    for m in found:  # "said on Monday that the round would open, as both sides had agreed": before
                        m.date = None
                out += found
        if pos in {"NOUN", "PROPN"} and lem in {"statement", "declaration"} and any(c.lower_ == "joint" for c in tok.children):
            acc = self.noun_roles(tok)
            v = _verb_of(tok)
            if v is not None and tok.dep_ in {"dobj", "pobj"} and _n(acc) < 2:
                _add(acc, self.subj(v))
            authors = _parties_of(acc, self.ctx)
            if v is not None and _occurred(tok) and (v.lemma_ in SIGN_VERBS | {"adopt"}
                                                     or set(authors) == set(ctx.pair_at(tok.sent.start) or ())):
                # "signed a joint declaration", "the two sides said in a joint statement they will ...": the sides at
                # issue put their terms in writing
                out += self._mention("agreement", tok, acc, [tok, v])
            elif v is not None and _occurred(tok):
                # "Qatar and Turkey, the mediators, said in a joint statement": others speak together
                out += self._mention("statement", tok, ([], authors), [tok, v], venue="joint")
            elif v is None and "\n" not in tok.doc.text[: tok.idx]:
                # the heading "Joint Statement by A, B and C on ...": its issuers, up to its topic
                line_end = tok.doc.text.find("\n")
                stop = next((t.i for t in tok.doc[tok.i:] if t.lower_ in {"on", "regarding", "about", "concerning"}
                             or (line_end >= 0 and t.idx >= line_end)), len(tok.doc))
                for t in tok.doc[tok.i: stop]:
                    if t.i in ctx.party_at and ctx.party_at[t.i][0] not in acc[1]:
                        acc[1].append(ctx.party_at[t.i][0])
                m = self._mention("statement", tok, acc, [tok], venue="statement") if _n(acc) >= 2 else []
                for x in m:  # the release issued on the day of publication
                    x.participants = acc[0] + acc[1]
                    x.date = x.date or self.ctx.pub
                out += m

        # ---- exchanges
        if noun and lem in EXCHANGE_NOUNS and (_has_captive(tok) or _swap_taken_up(tok)):
            found = self._event_noun("exchange", tok, need=1) or self._within_between(tok)
            if not found and _swap_taken_up(tok) and _occurred(tok) and ctx.pair_at(tok.i):
                found = self._mention("exchange", tok, ([], list(ctx.pair_at(tok.i))), [tok] + (
                    [tok.head] if tok.dep_ in {"nsubj", "nsubjpass"} else []))  # "the swap took place on Wednesday"
            if not found and _has_captive(tok) and self._dated_phrase(tok) and _occurred(tok) and ctx.pair_at(tok.i):
                # "praised the swap of detainees made at the bridge on 4 May": of the two sides at issue
                found = self._mention("exchange", tok, ([], list(ctx.pair_at(tok.i))), [tok])
            for m in found:
                if len(m.participants) == 1:
                    m.participants = self._with_counterpart(([], m.participants), tok)[1] if m.participants[0] not in ctx.party_of_person else m.participants
                out.append(m)
        if verb and lem in EXCHANGE_VERBS and _has_captive(tok) and (
            lem not in {"hand", "send"} or any(c.lower_ in {"over", "back", "home"} for c in tok.children)
            or lem == "hand" and any(c.dep_ in {"prep", "dative"} and c.lower_ == "to" for c in tok.children)  # "handed captives to X"
        ) and (not any(c.dep_ in {"nsubjpass", "auxpass"} for c in tok.children) or any(c.dep_ == "agent" for c in tok.children)):
            # a passive only with its agent: "were exchanged by A and B", not "were freed" (by whom?)
            acc = self.subj(tok)
            _add(acc, self.objs([g for c in tok.children if c.dep_ == "prep" and c.lower_ in {"to", "with", "for", "from"}
                                 for g in c.children if g.dep_ == "pobj"], places=True))
            # "released 22 Pakistani fishermen": the side the captives belong to
            for o in tok.children:
                if o.dep_ == "dobj":
                    for t in [o, *[g for c in o.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]]:
                        for m in t.children:
                            if m.dep_ in {"amod", "compound"} and m.i in ctx.party_at and ctx.party_at[m.i][0] not in acc[1]:
                                acc[1].append(ctx.party_at[m.i][0])
            if _occurred(tok):
                out += self._mention("exchange", tok, self._with_counterpart(acc, tok), [tok])

        # ---- attacks bearing on a negotiated item
        if (noun and lem in ATTACK_NOUNS or verb and (lem in ATTACK_VERBS or _opens_fire(tok) or _water_cannon(tok))) \
                and _targets_negotiated(tok):
            out += self._attack(tok)
        if verb and lem == "come":
            out += self._came_under(tok)
        if noun and lem in CLASH_NOUNS and _targets_negotiated(tok):
            out += self._clash(tok)
        if verb and _fought(tok) and _targets_negotiated(tok) and not self.subj(tok)[0]:
            out += self._clash(tok)  # "A's and B's troops exchanged fire on Monday, in breach of the truce"
        return out

    def _dated_phrase(self, tok) -> bool:
        """ "the swap of detainees made on 4 May": an event noun whose own phrase names its day, one
        occurrence (not "exchanges of prisoners", a practice)."""
        inside = {t.i for t in tok.subtree}
        return any(c.lower_ == "the" for c in tok.children) and any(
            r.i in inside and len(d) == 10 for r, d, _ in self.ctx.timexes)

    def _came_under(self, verb) -> list[Mention]:
        """ "a border post came under fire from across the river", "the post came under drone attack from X": an
        attack on the subject by the side "from" names, bearing on a deal as a strike does (what it hits, or a
        truce its sentence or the next names)."""
        fire = next((g for c in verb.children if c.dep_ == "prep" and c.lower_ == "under" for g in c.children
                     if g.dep_ == "pobj" and g.lemma_.lower() in UNDER_FIRE), None)
        hit = _subject(verb, self.ctx.skipped)
        if fire is None or hit is None or not _occurred(verb) or _reciprocal(verb.sent):
            return []
        physical = any(t.lemma_.lower() in NEGOTIATED_TARGETS for t in hit.subtree)
        place = any(t.ent_type_ in {"GPE", "LOC", "FAC"} or t.lemma_.lower() in PLACES | {"boat", "vessel", "ship"}
                    for t in hit.subtree)
        context = any(t.lemma_.lower() in NEGOTIATED_CONTEXT and t.pos_ in {"NOUN", "PROPN"}
                      or t.lemma_.lower() in BREACH_WORDS for t in verb.sent) or _called_a_breach(fire)
        if not (physical or place and context):
            return []
        sources = [g for x in (verb, fire) for c in x.children if c.dep_ == "prep" and c.lower_ == "from"
                   for g in c.children if g.dep_ == "pobj"]
        attacker = _parties_of(self.objs(sources, places=True), self.ctx)  # "from the Venezuelan bank"
        if len(attacker) != 1:
            return []
        sides = attacker + [p for p in _parties_of(self.res.np(hit, places=True), self.ctx) if p not in attacker]
        for t in verb.sent:  # "Two Guyanese soldiers were wounded when a boat came under fire": whose boat
            if len(sides) < 2 and t.i in self.ctx.party_at and not self.ctx.in_quote(t) and t.i not in self.ctx.skipped \
                    and self.ctx.party_at[t.i][0] not in sides and not _is_place_use(t):
                sides.append(self.ctx.party_at[t.i][0])
        if len(sides) < 2:
            sides = self._with_counterpart(([], sides), verb)[1]
        if len(sides) < 2:
            return []
        return self._mention("attack", verb, ([], sides[:2]), [verb, fire])

    def _blamed_next(self, tok) -> list[str]:
        """ "Gunmen attacked a checkpoint. Police blamed the group's armed wing.": an attacker the text does not name
        is the one party the next sentence blames ("The strike, which the army blamed on the militia, ...": the one
        it is blamed on)."""
        doc = tok.doc
        if tok.sent.end >= len(doc):
            return []
        nxt = doc[tok.sent.end].sent
        verbs = [v for v in nxt if v.pos_ == "VERB" and v.lemma_ in {"blame", "accuse"} and not self.ctx.in_quote(v)
                 and _blamed_one(v) is not None]
        if len(verbs) != 1:
            return []
        blamed = _blamed_one(verbs[0])
        acc = self.objs([blamed])
        if not _n(acc):  # "the group's armed wing", "the movement's fighters": the group's
            acc = self.objs([c for c in blamed.children if c.dep_ == "poss"])
        parties = _parties_of(acc, self.ctx)
        if len(parties) != 1:
            return []
        # "which the army blamed on the militia": the side that blames was the one struck
        blamer = _parties_of(self.subj(verbs[0]), self.ctx)
        return parties + [p for p in blamer[:1] if p not in parties]

    def _clash(self, tok) -> list[Mention]:
        """ "The rebels and the army reported a clash near the village, which both called a breach of the truce": a
        fight of two sides, between those it names, else those who report it, else the two sides of the text."""
        if not _occurred(tok) or _reciprocal(tok.sent) or _background_clash(tok, self.ctx):
            return []
        if tok.pos_ == "VERB":
            acc = self.subj(tok)
            _add(acc, self.objs(_with_objects(tok)))
        else:
            acc = self.noun_roles(tok)
            v = _verb_of(tok)
            if _n(acc) < 2 and v is not None and tok.dep_ == "dobj":
                acc = self.subj(v)
        parties = _parties_of(acc, self.ctx)
        if len(parties) != 2:
            pair = self.ctx.pair_at(tok.i)
            parties = list(pair) if pair and not parties or pair and set(parties) <= set(pair) else parties
        if len(parties) != 2:
            return []
        return self._mention("attack", tok, ([], parties), [tok])

    def _earlier_deal(self, tok) -> list[Mention]:
        """ "the power deal signed in 2022", "the truce, brokered by Qatar last October, has held": a deal the text
        refers back to, made in a past year or month, between the parties its phrase names ("the accord signed by
        A and B in 2024"), else the two sides the text is about; undated. Whoever brokered it is no side of it."""
        ctx = self.ctx
        anchors = _past_deal_anchors(tok, ctx)
        if not anchors or not _occurred(tok):
            return []
        acc = self.noun_roles(tok)
        brokers: tuple[list[str], list[str]] = ([], [])
        for v in anchors:
            agents = [g for x in [v, *v.conjuncts] for c in x.children if c.dep_ == "agent" for g in c.children
                      if g.dep_ == "pobj"]
            _add(brokers if v.lemma_ in BROKER_VERBS else acc, self.objs(agents))
        mediators = _parties_of(brokers, ctx)
        parties = [p for p in _parties_of(acc, ctx) if p not in mediators]
        if len(parties) < 2:
            pair = ctx.pair_at(tok.i)
            # "the deal reached in 2024 between the government and a group", "the pact signed by A with a region":
            # the phrase names sides the text does not count as parties, so not any two sides
            named = any(c.dep_ == "prep" and c.lower_ in {"between", "with"} for x in [tok, *anchors] for c in x.children)
            if named or pair is None or parties and parties[0] not in pair or set(pair) & set(mediators):
                return []
            parties = list(pair)
        return self._mention("agreement", tok, ([], parties), [tok] + anchors)

    def _deal_dated(self, tok) -> list[Mention]:
        """ "The truce was agreed on Saturday after talks in the capital": the day of the deal the text has told of,
        with no side named (a mention that completes the nearest deal)."""
        deal = [c for c in tok.children if c.dep_ == "nsubjpass" and c.lemma_.lower() in AGREEMENT_NOUNS
                and any(d.dep_ == "det" and d.lower_ in {"the", "this", "that"} for d in c.children)]
        if tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.lemma_.lower() in AGREEMENT_NOUNS | DOCUMENT_NOUNS and any(
                d.dep_ == "det" and d.lower_ in {"the", "this", "that"} for d in tok.head.children):
            deal = [tok.head]  # "The short text, agreed in the capital on 11 May, committed both sides to ..."
        if not deal and tok.lemma_ == "agree":  # the same, parsed as a text that agreed: a text does not agree, it is agreed
            deal = [c for c in tok.children if c.dep_ == "nsubj" and c.lemma_.lower() in AGREEMENT_NOUNS | DOCUMENT_NOUNS
                    and any(d.dep_ == "det" and d.lower_ in {"the", "this", "that"} for d in c.children)]
        if not deal or any(c.dep_ == "agent" for c in tok.children) or _n(self.noun_roles(deal[0])):
            return []
        if not any(tok.sent.start <= r.i < tok.sent.end for r, _, _ in self.ctx.timexes):
            return []
        out = self._mention("agreement", tok, ([], []), [tok])
        for m in out:
            m.partial = True
        return out

    def _signing_meeting(self, verb, acc) -> list[Mention]:
        """ "A and B signed the accord at a ceremony hosted by C", "initialled at the close of a two-day round":
        signatories who sign together at an occasion the text names meet there, with the people who host or chair
        it (a host state alone is the place; "in the presence of" their leaders tells the leaders' own meeting)."""
        people = list(acc[0])
        settings = _signing_settings(verb)
        sides = {self.ctx.party_of_person.get(p) for p in people}
        # "A and B signed it in X": together at a place, each for a side of their own
        placed = _signing_place(verb) and len(sides) == len(people) and (_subject_signs(verb) or _reduced_news(verb, self.ctx))
        if len(people) < 2 or not (settings or placed) or not all(self.ctx.party_of_person.get(p) and " " in p for p in people):
            return []  # each signs for a side, with a full name: a lone surname or no side is a name not read right
        found: tuple[list[str], list[str]] = (people, [])
        for g in settings:
            _add(found, (self.chairs(g)[0], []))
        # "in the presence of the envoy of C": a witness from a third side stands with them
        witnesses = self.objs(_in_presence_of(verb))[0]
        _add(found, ([w for w in witnesses if self.ctx.party_of_person.get(w) not in sides | {None}], []))
        return self._mention("meeting", verb, found, [verb])

    def _handed(self, verb) -> list[Mention]:
        """ "The envoy handed the draft to both negotiators in Geneva on Monday", "presented the president with the
        plan at the palace on Tuesday": a text handed over in person on a day (or at an occasion) the sentence
        names is a meeting of the one who hands it and those who receive it."""
        if _has_captive(verb) or not _occurred(verb):
            return []
        texts = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}] + ([verb.head] if verb.dep_ == "acl" else [])
        withs = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pobj"]
        receivers = [g for c in verb.children if c.dep_ in {"prep", "dative"} and c.lower_ == "to" for g in c.children
                     if g.dep_ == "pobj"]
        if withs and verb.lemma_ == "present":  # "presented the leaders with a plan"
            receivers, texts = [t for t in texts if t.dep_ == "dobj"], withs
        if not texts or not all(t.lemma_.lower() in TEXT_NOUNS for t in texts) or not receivers \
                or any(_is_media(r, self.ctx) for r in receivers):
            return []
        giver = self.subj(verb)
        got = self.objs(receivers)
        if not giver[0] or not _n(got):
            return []
        acc: tuple[list[str], list[str]] = ([], [])
        _add(acc, giver)
        _add(acc, got)
        if not (_signing_settings(verb) or any(r.i in _own_clause(verb) for r, _, _ in self.ctx.timexes)):
            return []  # "has presented the leaders with a plan": when, and so whether in person, is not told
        return self._mention("meeting", verb, acc, [verb])

    def _led_by(self, tok) -> list[Mention]:
        """ "The talks were led by A, B and C", "the session was chaired by D": those named lead or sit at them."""
        verb = tok.head
        if tok.dep_ != "nsubjpass" or verb.lemma_ not in LEADING_VERBS or not _occurred(verb):
            return []
        agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        acc = self.objs(agents)
        if _n(acc) < 2:
            return []
        return self._mention("meeting", tok, acc, [tok, verb])

    def _joint_communique(self, tok) -> list[Mention]:
        """ "In a joint communiqué released late on Wednesday, the ministers agreed ...": a statement of both."""
        acc = self.noun_roles(tok)
        issued = [c for c in tok.children if c.dep_ == "acl" and c.lemma_ in {"issue", "release", "publish", "sign", "adopt"}]
        v = _verb_of(tok)
        if v is not None and v.lemma_ == "sign" and tok.dep_ == "dobj":
            return []  # "the ministers signed a joint communique": a text agreed, told as an agreement
        if _n(acc) < 2 and v is not None:
            _add(acc, self.subj(v))
        if _n(acc) < 2 or (issued and _blocked_verb(issued[0], own=True)) or v is not None and not _occurred(v):
            return []
        return self._mention("statement", tok, ([], _parties_of(acc, self.ctx)), [tok] + issued, venue="joint")

    def _issued_statement(self, tok) -> list[Mention]:
        """ "an Indian army statement issued after the call said", "according to an EU readout published on
        Tuesday", "a statement from the foreign ministry said": the statement of the party that issues it."""
        issued = [c for c in tok.children if c.dep_ == "acl" and c.lemma_ in {"issue", "release", "publish", "post", "put",
                                                                               "make", "deliver"}]
        says = tok.dep_ == "nsubj" and tok.head.lemma_ in SPEECH_VERBS | {"state", "read"}
        according = tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lower_ == "according"
        if not (issued or says or according):
            return []
        acc: tuple[list[str], list[str]] = ([], [])
        for c in tok.children:
            if c.dep_ in {"amod", "compound", "poss", "nmod"}:
                _add(acc, self.res.np(c, places=True))
            if c.dep_ == "prep" and c.lower_ in {"from", "by", "of"}:
                _add(acc, self.objs([g for g in c.children if g.dep_ == "pobj"], places=True))
        agents: tuple[list[str], list[str]] = ([], [])
        for v in issued:
            for c in v.children:
                if c.dep_ == "agent":
                    _add(agents, self.objs([g for g in c.children if g.dep_ == "pobj"]))
        anchors = [tok] + issued + ([tok.head] if says else [])
        if says and not _occurred(tok.head) or issued and _blocked_verb(issued[0], own=True):
            return []
        if agents[0] and not acc[0]:
            # "the statement made on Monday by the foreign minister": the statement of the one who made it
            return self._mention("statement", tok, (agents[0][:1], []), anchors, venue="statement")
        _add(acc, agents)
        people, parties = acc
        if not parties or people:
            return []  # a person's statement is told by its verb ("X said in a statement")
        return self._mention("statement", tok, ([], parties[:1]), anchors, venue="statement")

    def _owners(self, subj, verb) -> tuple[list[str], list[str]]:
        """ "a truce between A and B, whose presidents agreed ...": the sides a subject with "whose" belongs to, in the
        phrase its relative clause hangs on."""
        if not any(c.dep_ == "poss" and c.lower_ == "whose" for c in subj.children):
            return [], []
        clause = next((a for a in [verb, *verb.ancestors] if a.dep_ == "relcl"), None)
        return self.res.np(clause.head) if clause is not None else ([], [])

    def _venue_given_by(self, tok, venue: str) -> list[Mention]:
        """ "excerpts from the weekly briefing given on Thursday by the spokesperson, Ana Ruiz", "the speech delivered
        by the president at the forum": a briefing, speech or interview its own phrase says a named person gave."""
        given = [c for c in tok.children if c.dep_ == "acl" and c.lemma_ in GIVE_VERBS and c.tag_ == "VBN"]
        agents = [g for v in given for a in v.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
        if not given:  # "the weekly briefing by spokesperson Ana Ruiz"
            agents = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children if g.dep_ == "pobj"]
        if not agents or given and not _occurred(given[0]):
            return []
        people = self.people_in(agents[0]) or self.res.np(agents[0])[0]
        people = [p for p in people if not self._commentator(agents[0], p)]
        if len(people) != 1 or _is_media(agents[0], self.ctx):
            return []
        return self._mention("statement", tok, (people, []), [tok] + given, venue=venue)

    def _within_between(self, tok) -> list[Mention]:
        """ "progress in the process between A and B, including the exchange of detainees on February 14": an
        exchange with no sides of its own is between the sides of the process it belongs to."""
        if not _occurred(tok):
            return []
        own = {t.i for t in tok.subtree}
        for up in list(tok.ancestors)[:4]:
            if up.pos_ not in {"NOUN", "PROPN"}:
                continue
            for c in up.subtree:  # "progress in the process between A and B, including the exchange"
                if c.dep_ == "prep" and c.lower_ == "between" and c.i not in own:
                    acc = self.objs([g for g in c.children if g.dep_ == "pobj"], places=True)
                    if _n(acc) >= 2:
                        return self._mention("exchange", tok, acc, [tok])
        return []

    def _with_counterpart(self, acc, tok):
        """An exchange or strike the sentence gives one side of is with the other of the two sides at issue
        ("Israel received the remains of a hostage": from Hamas, in a report on Israel and Hamas)."""
        people, parties = acc
        sides = [p for p in parties] + [self.ctx.party_of_person.get(p) for p in people if self.ctx.party_of_person.get(p)]
        sides = list(dict.fromkeys(sides))
        if len(sides) == 1:
            other = self.ctx.counterpart(sides[0], tok.i)
            if other:
                return people, parties + [other]
        return acc

    def _media_venue(self, tok, lem: str) -> str | None:
        """ "told reporters", "told the Interfax news agency", "spoke to a group of servicemen", "wrote on X"."""
        ctx = self.ctx
        media = None
        for c in tok.children:
            if c.dep_ in {"dobj", "dative", "advmod", "npadvmod"} and lem == "tell" and (
                _is_media(c, ctx) or any(t.lemma_.lower() in MEDIA_NOUNS for t in _core(c) if t.i != c.i or c.dep_ != "dobj")
            ):
                media = "press" if any(t.lemma_ in {"reporter", "journalist"} for t in _core(c)) else "interview"
            elif c.dep_ in {"dobj", "dative"} and lem == "tell" and c.lemma_.lower() == "council":
                media = "address"  # "told the Security Council": a briefing to a body in session, though a party's
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
                    elif g.lemma_.lower() in BROADCAST_NOUNS:  # "said on national television", "told state radio"
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
        s = _teller(verb) or _subject(verb, self.ctx.skipped)
        before = verb.i - 1
        while before > verb.sent.start and verb.doc[before].is_punct and verb.doc[before].text not in QUOTE_MARKS:
            before -= 1  # "In Dakar, the minister, Ana Diallo, said": the name parsed into the fronted phrase
        if s is None and before >= 0 and verb.doc[before].i in self.ctx.person_of:
            s = verb.doc[before]  # "..." adviser Ana Ruiz said on X (the name misparsed into the quote)
        if s is None:
            return None
        if s.lower_ in PRONOUNS_IT:
            return None  # "it published": too loose an antecedent for a speaker
        people, parties = self.res.np(s)
        if people and self._commentator(s, people[0]):
            return None
        if s.i in self.ctx.person_of or people:
            return people[:1], []
        if not parties:
            body = _body_named(s)
            if body:
                return [], [body]  # "the Joint Monitoring Mechanism said in a statement": the body as named
        return [], parties[:1]

    def _commentator(self, s, name: str) -> bool:
        """An analyst or scholar comments; they do not act for a party."""
        titles = [t for p, t in self.ctx.titles.items() if _same_name(p, name)]
        # "Ana Ruiz, a researcher at ...": an apposition anywhere in the article
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
        part_of = False
        if v is not None:
            # "held talks with X", "Witkoff was part of the team during negotiations with Y", "after the call with Putin"
            rel = tok.dep_
            part_of = tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in PART_NOUNS
            # "held talks with X"; "hosted the third round of talks between A and B": the round is the verb's object
            light = v.lemma_ in LIGHT_VERBS and (rel in {"dobj", "attr"} or part_of and tok.head.head.dep_ == "dobj"
                                                 and tok.head.head.head.i == v.i)
            if part_of and tok.head.head.dep_ == "pobj" and tok.head.head.head.lower_ in {"after", "following", "during", "at", "in", "on"}:
                rel = "pobj"  # "following three days of talks": where the subject was
            if light or (rel == "pobj" and tok.head.lower_ in {
                "in", "during", "at", "after", "following", "before", "on", "into", "throughout", "ahead", "of"
            } and (tok.head.lower_ != "of" or v.lemma_ in LIGHT_VERBS or part_of)):
                via_verb = True
            if rel == "pobj" and tok.head.lower_ == "for" and tok.head.head.i == v.i and v.lemma_ in MOTION_VERBS | {
                    "visit", "go", "come", "head", "sit", "gather", "assemble", "be"}:
                via_verb = True  # "flew to Ankara for talks with X", "sat down for talks": they take part
            if tok.head.lower_ == "before" and tok.head.head.lemma_ in {"day", "hour", "week"}:
                via_verb = False  # "a day before the talks, he held a call": another event, a day apart
            if rel == "pobj" and tok.head.lower_ == "for" and self._envoys(v):
                _add(acc, self.objs(self._envoys(v)))  # "sent envoy X to Manila for talks with Y": X talks with Y
        if via_verb and tok.head.lower_ in {"of", "at", "in", "during", "on"} and (
            etype == "meeting" and v.lemma_ in MEETING_VERBS | {"host"} or etype == "call" and v.lemma_ in {"speak", "talk", "call"}
        ) and not _hosted_round(tok, v):
            return []  # "met on the sidelines of the summit": the verb reports the meeting, the summit is its setting
        at_with = (etype in {"meeting", "call"} and tok.dep_ == "pobj" and tok.head.lower_ in {"at", "during", "in"}
                   and tok.lemma_.lower() in {"session", "meeting", "call"} and bool(_with_objects(tok)))
        if v is not None and via_verb and part_of and _n(acc) >= need and tok.head.head.lemma_.lower() == "hour":
            anchors.insert(0, v)  # "agreed on Friday, after nine hours of talks": hours of talks end that day
        if v is not None and via_verb and (_n(acc) < need or light or at_with):  # "convened a meeting with X and Y"
            _add(acc, self.subj(v))
            if light:  # "convened a meeting at the palace with X"
                _add(acc, self.objs([o for o in _with_objects(v)]))
            anchors.append(v)
            if _n(acc) < need and etype in {"call", "meeting"}:
                _add(acc, (self.subject_people(v), []))
            if _n(acc) < need and etype in {"call", "meeting"}:
                _add(acc, (self._addressees(v), []))
        if not _occurred(tok):
            return []
        if etype == "meeting":
            chairs = self.chairs(tok)
            if _n(chairs) and not _n(acc) and any(c.lower_ in {"the", "this", "that"} for c in tok.children):
                # "The meeting was chaired by X": those who chaired the meeting just reported
                out = self._mention(etype, tok, chairs, anchors)
                for m in out:
                    m.partial = True
                return out
            _add(acc, chairs)
            if _n(chairs) and _n(acc) == _n(chairs) and not any(c.lower_ in {"the", "this", "that"} for c in tok.children):
                pair = self.ctx.pair_at(tok.i)  # "after eleven days of talks mediated by Oman": the two sides' talks
                if pair:
                    _add(acc, ([], list(pair)))
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
            if etype in {"meeting", "call"} and (_n(acc) == 1 and definite or _n(acc) == 0 and _dated_restatement(tok)):
                out = self._mention(etype, tok, acc, anchors)
                for m in out:
                    m.partial = True
                return out
            return []
        return self._mention(etype, tok, acc, anchors, hub=hub)

    def chairs(self, tok) -> tuple[list[str], list[str]]:
        """Who a meeting noun names in passive roles: "the meeting was chaired by X", "a session co-chaired by
        A and B", "talks hosted by X", "with X participating"."""
        acc: tuple[list[str], list[str]] = ([], [])
        sent = tok.sent
        nouns = [t for t in sent if t.pos_ == "NOUN" and (t.lower_ in MEETING_NOUNS or t.lemma_ in {"meeting", "summit"})]
        for v in sent:
            if v.lemma_ not in CHAIR_VERBS or v.pos_ != "VERB":
                continue
            agents = [g for c in v.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            if not agents:
                continue
            subj = [c for c in v.children if c.dep_ == "nsubjpass"]
            if subj:
                owner = subj[0]
            elif v.dep_ == "acl":
                owner = v.head
            else:  # "at a meeting in Lima, co-chaired by A and B": the last meeting noun before it
                before = [t for t in nouns if t.i < v.i]
                owner = before[-1] if before else None
            if owner is not None and owner.lemma_.lower() in PART_NOUNS | {"rounds", "weeks", "days", "months"}:
                # "two rounds of talks mediated by X": X mediated the talks
                owner = next((g for c in owner.children if c.dep_ == "prep" and c.lower_ == "of"
                              for g in c.children if g.dep_ == "pobj"), owner)
            if owner is not None and owner.i == tok.i:
                _add(acc, self.objs(agents, places=True))
        for party in _hyphen_hosts(tok, self.ctx):  # "Saudi-hosted talks", "a UN-mediated meeting"
            if party not in acc[1]:
                acc[1].append(party)
        # "talks in Doha under the mediation of Qatar", "held talks under the auspices of the AU"
        clause = tok.head if tok.dep_ in {"nsubj", "nsubjpass", "dobj"} else tok.head.head if tok.dep_ == "pobj" else tok
        for h in {tok, clause, _verb_of_round(tok)}:
            _add(acc, self.auspices(h))
        for t in sent:  # "with Qatar participating as a member"
            if t.lemma_ in {"participate", "attend", "take"} and t.dep_ in {"pcomp", "advcl"} and t.head.lower_ == "with":
                owner_v = t.head.head
                if owner_v.i == tok.i or any(c.i == tok.i for c in owner_v.children if c.dep_ == "nsubjpass"):
                    _add(acc, self.objs([c for c in t.children if c.dep_ == "nsubj"], places=True))
            # "the talks resumed in Doha, with Qatar's minister, X, chairing the session": parsed as "with X" beside
            # a participle of the clause the talks are the subject of
            if t.lemma_ in CHAIR_VERBS and t.tag_ == "VBG" and t.dep_ == "advcl" and not any(
                    c.dep_ in {"nsubj", "nsubjpass"} for c in t.children) and any(
                    c.i == tok.i for c in t.head.children if c.dep_ in {"nsubj", "nsubjpass"}):
                withs = [g for c in t.head.children if c.dep_ == "prep" and c.lower_ == "with" and c.i < t.i
                         for g in c.children if g.dep_ == "pobj"]
                _add(acc, self.objs(withs[-1:], places=True))
        return acc

    def _leaders_of_both(self, tok) -> bool:
        """ "spoke with the leaders of both countries", "with the two countries' presidents": a plural of office holders
        of two sides, each of whom one speaks with apart."""
        if tok.tag_ != "NNS" or tok.lemma_.lower() not in PERSON_GROUPS or len(tok.conjuncts):
            return False
        pe, pa = self.res.np(tok)
        return len(pe) + len(pa) >= 2

    def _called_each(self, verb, objs) -> bool:
        """ "called the leaders of both sides", "called the two foreign ministers": a plural of people as the object
        of "called", each of whom got a call (a plural object never names what someone is called)."""
        if len(objs) != 1 or objs[0].tag_ != "NNS" or objs[0].lemma_.lower() not in GROUP_NOUNS:
            return False
        if any(c.dep_ in {"oprd", "xcomp", "ccomp", "attr"} for c in verb.children):
            return False
        return len(self.res.np(objs[0])[0] + self.res.np(objs[0])[1]) >= 2 and _n(self.subj(verb)) >= 1

    def auspices(self, node) -> tuple[list[str], list[str]]:
        """ "under the mediation of Qatar", "under the auspices of the AU", "under Qatari mediation": who the talks
        are held under."""
        held = [g for c in node.children if c.dep_ == "prep" and c.lower_ in {"under", "with"}
                for g in c.children if g.dep_ == "pobj" and (g.lemma_.lower() in AUSPICES or g.lower_ in AUSPICES)]
        acc = self.objs([x for g in held for p in g.children if p.dep_ == "prep" and p.lower_ == "of"
                         for x in p.children if x.dep_ == "pobj"], places=True)
        for g in held:
            for c in g.children:
                if c.dep_ in {"amod", "compound"} and c.i in self.ctx.party_at and self.ctx.party_at[c.i][0] not in acc[1]:
                    acc[1].append(self.ctx.party_at[c.i][0])
        return acc

    def _face_to_face(self, verb) -> bool:
        """An encounter in person with someone named: "sat down with", "dined with", "shook hands with"."""
        if verb.lemma_ == "sit" and not any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children):
            return False
        if verb.lemma_ == "shake" and not any(c.dep_ == "dobj" and c.lower_ == "hands" for c in verb.children):
            return False
        return any(o.i in self.ctx.person_of for o in _with_objects(verb))

    def _addressees(self, verb) -> list[str]:
        """ "In a phone call, A told B that ...", "during the meeting, A assured B": the person spoken to is the other
        side of the call or meeting the clause happens in."""
        if verb.lemma_ not in ADDRESS_VERBS:
            return []
        return [self.ctx.person_of[c.i] for c in verb.children if c.dep_ in {"dobj", "dative"} and c.i in self.ctx.person_of]

    def _setting_nouns(self, verb) -> list:
        """The meeting nouns a meeting verb happens in or at ("met ... in talks hosted by X"): their hosts and
        mediators take part in what the verb reports."""
        return [g for c in verb.children if c.dep_ == "prep" and c.lower_ in {"in", "at", "during"} for g in c.children
                if g.dep_ == "pobj" and (g.lower_ in MEETING_NOUNS or g.lemma_ in {"meeting", "summit"})]

    def _envoys(self, verb) -> list:
        """Who a state sends: "sent envoy X to Manila", "dispatched a delegation to Cairo"."""
        if verb.lemma_ not in SEND_VERBS:
            return []
        return [c for c in verb.children if c.dep_ == "dobj" and (c.i in self.ctx.person_of or (
            c.lemma_.lower() in {"delegation", "envoy", "team", "negotiator"} and _n(self.res.np(c))))]

    def _sent(self, tok) -> list[Mention]:
        """ "Malaysia sent its envoy X to Manila on Monday": a visit of the envoy to a place abroad."""
        envoys = self._envoys(tok)
        dest = [g for c in tok.children if c.dep_ in {"prep", "dative"} and c.lower_ == "to" for g in c.children
                if g.dep_ == "pobj" and (g.ent_type_ in {"GPE", "LOC"} or g.i in self.ctx.party_at)]
        if not envoys or not dest or not _occurred(tok):
            return []
        acc = self.objs(envoys)
        if self._own_place(tok, acc, dest):
            return []
        return self._mention("visit", tok, acc, [tok])

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
        if _reciprocal(tok.sent):
            return []  # "both sides accused each other of shelling the port": no one strike
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
            for c in tok.children:  # "the attack carried out by elements of the group"
                if c.dep_ == "prep" and c.lower_ == "by" and not _n(attacker):  # "the attack on Sunday by the group"
                    _add(attacker, self.objs([g for g in c.children if g.dep_ == "pobj"]))
                if c.dep_ == "acl" and c.lemma_ in CARRY_OUT:
                    agent = next((g for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"), None)
                    if agent is not None:
                        _add(attacker, self.res.np(agent, places=False))
            stray = _stray_agent(tok)
            if stray is not None and not _n(attacker):
                _add(attacker, self.res.np(stray, places=False))
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
        if not parties and accused is None and tok.pos_ == "VERB" and _subject(tok, self.ctx.skipped) is not None:
            parties = self._blamed_next(tok)  # "gunmen attacked ...": someone unnamed did it
        if not parties:
            return []
        for t in tok.sent:
            if t.i in self.ctx.party_at and not self.ctx.in_quote(t) and t.i not in self.ctx.skipped:
                party = self.ctx.party_at[t.i][0]
                if party not in parties:
                    parties.append(party)
                    break
        if len(parties) == 1:  # "Russian missiles hit a power plant in the Kharkiv region"
            parties = self._with_counterpart(([], parties), tok)[1]
        if len(parties) < 2:
            return []
        found = self._mention("attack", tok, ([], parties), [tok])
        for m in found:  # "fired on a patrol at the weekend. The shooting on Saturday was ...": that day
            m.date = m.date or self._day_taken_up(tok)
        return found

    def _day_taken_up(self, tok) -> str | None:
        """The day the next sentence gives the strike it takes up: "The shooting on Saturday was the worst ..."."""
        doc = tok.doc
        if tok.sent.end >= len(doc):
            return None
        nxt = doc[tok.sent.end].sent
        days = {d for r, d, _ in self.ctx.timexes for t in nxt
                if t.lemma_.lower() in ATTACK_NOUNS | {"shooting", "incident", "killing", "ambush"}
                and any(c.lower_ == "the" for c in t.children) and r.head.lower_ == "on" and r.head.head.i == t.i}
        day = days.pop() if len(days) == 1 else None
        return day if day and len(day) == 10 and day <= self.ctx.pub else None
