"""Small helpers over the dependency parse: noun-phrase cores, subjects, objects, names, tree distances."""
from __future__ import annotations

import re
from .lexicon import (
    ACCUSE_VERBS,
    CORE_DEPS,
    EVENT_NOUNS,
    GROUP_COUNTS,
    GROUP_NOUNS,
    OFFICE_NOUNS,
    ORG_WORDS,
    PAIR_NOUNS,
    PAIR_PLURALS,
    PERSON_GROUPS,
)


# "The Sides agreed", "the Parties noted": a communiqué's capitalised word for the two sides, which the tagger
# takes for a name
CAPITALISED_SIDES = {"Sides": "side", "Parties": "party"}


def _pair_phrase(tok) -> bool:
    lem = tok.lemma_.lower()
    if tok.text in CAPITALISED_SIDES and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "the":
        return tok.dep_ in {"nsubj", "nsubjpass", "pobj", "dobj", "poss"}
    if lem not in PAIR_NOUNS or tok.pos_ != "NOUN":
        return False
    kids = list(tok.children)
    if any(c.lower_ in {"two", "both"} and c.dep_ in {"nummod", "det", "predet", "amod", "quantmod"} for c in kids):
        return not any(c.dep_ == "prep" and c.lower_ in {"of", "from"} for c in kids)
    if tok.tag_ == "NNS" and tok.dep_ == "poss" and tok.head.lemma_.lower() in PERSON_GROUPS \
            and [c.lower_ for c in kids if c.dep_ != "case"] == ["the"]:
        return True  # "the countries' leaders": the two the text is about
    return (tok.tag_ == "NNS" and lem in PAIR_PLURALS and any(c.lower_ == "the" and c.dep_ == "det" for c in kids)
            and all(c.dep_ in {"det", "punct", "relcl", "acl", "appos"} for c in kids)
            and tok.dep_ in {"nsubj", "nsubjpass", "pobj", "dobj", "poss"})


def _counted_group(tok) -> int:
    """ "the three ministers", "all four sides": how many the group counts (0: not such a group)."""
    lem = tok.lemma_.lower()
    if tok.tag_ != "NNS" or lem not in PAIR_NOUNS | PERSON_GROUPS:
        return 0
    kids = list(tok.children)
    if not any(c.lower_ in {"the", "all"} for c in kids) or any(c.dep_ in {"prep", "relcl", "acl"} for c in kids):
        return 0
    return max([GROUP_COUNTS.get(c.lower_, 0) for c in kids if c.dep_ == "nummod"], default=0)


def _quoted_ranges(text: str) -> list[tuple[int, int]]:
    """Short direct quotations within one paragraph (their events are a speaker's words)."""
    out = []
    for para in re.finditer(r"[^\n]+", text):
        p, base = para.group(0), para.start()
        for m in re.finditer(r"“[^“”]*”|\"[^\"]*\"", p):
            if m.end() - m.start() < 600:
                out.append((base + m.start(), base + m.end()))
    return out


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


# people and teams that a state's name or adjective may qualify ("to his Ugandan counterpart", "to Kenyan officials")
PEOPLE_NOUNS = PERSON_GROUPS | {"counterpart", "delegation", "team", "representative", "delegate", "commander",
                                "officer", "general", "premier", "spokesman", "spokeswoman", "spokesperson"}


def _is_place_use(tok) -> bool:
    """A state named as where something happens: "in Riyadh", "to Paris", "Saudi Arabia's Jeddah"."""
    node = tok
    for _ in range(4):
        if node.i != tok.i and node.lemma_.lower() in EVENT_NOUNS:
            return False  # "the White House summit": a modifier of the event, not where something is
        if node.i != tok.i and node.dep_ == "pobj" and node.lemma_.lower() in PEOPLE_NOUNS:
            return False  # "spoke to his Ugandan counterpart": whose person, not where
        if node.dep_ == "pobj" and node.head.lower_ in {"in", "at", "to", "into", "near", "inside", "across", "from",
                                                         "outside", "throughout", "around", "over", "via", "toward",
                                                         "towards"}:
            return True
        if node.dep_ in {"poss", "compound", "amod", "case"} and node.head.i != node.i:
            node = node.head
            continue
        break
    return node.ent_type_ in {"GPE", "LOC", "FAC"} and node.dep_ == "dobj" and node.head.lemma_ in {"visit", "tour"}


def _office_as_written(tok) -> str | None:
    """ "the army chief", "the defence minister", "the Northern Region's governor": one holder of an office named
    by the office alone (a named owner that is no party of the article is part of the office's name)."""
    if tok.lemma_.lower() not in OFFICE_NOUNS:
        return None
    owner = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    if owner is not None and tok.tag_ == "NN" and not any(c.dep_ in {"prep", "appos", "relcl", "acl"} for c in tok.children):
        start = owner.left_edge.i + (owner.left_edge.lower_ == "the")
        return tok.doc[start: tok.i + 1].text
    if not any(c.lower_ == "the" and c.dep_ == "det" for c in tok.children):
        return None
    of = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    if tok.tag_ == "NNP" and len(of) == 1 and of[0].pos_ == "PROPN" and of[0].is_title and not any(
            c.dep_ in {"poss", "appos", "relcl", "acl", "compound", "amod"} for c in tok.children):
        # "the Minister of Territorial Administration": an office named by its portfolio
        return tok.doc[tok.i - 1: of[0].right_edge.i + 1].text if tok.doc[tok.i - 1].lower_ == "the" else None
    if tok.tag_ != "NN":
        return None
    mods = [c for c in tok.children if c.dep_ in {"compound", "amod"} and c.i < tok.i]
    if not mods or any(c.dep_ in {"poss", "prep", "appos", "relcl", "acl"} for c in tok.children):
        return None
    return tok.doc[mods[0].i: tok.i + 1].text


def _name_phrase(tok) -> list:
    return sorted([tok] + [c for c in tok.children if c.dep_ in {"compound", "flat"} and c.pos_ == "PROPN"
                           and c.lemma_.lower() not in GROUP_NOUNS], key=lambda t: t.i)


def _looks_like_name(tok, ctx) -> bool:
    """Two or three capitalised words with no party in them: a person's name the tagger missed."""
    words = _name_phrase(tok)
    return 2 <= len(words) <= 3 and all(w.pos_ == "PROPN" and w.is_title and w.i not in ctx.party_at for w in words) \
        and words[-1].lower_ not in ORG_WORDS


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


def _verb_of(tok):
    """The verb a noun trigger depends on, through prepositions and nouns ("held talks", "after the call")."""
    node = tok
    for _ in range(5):
        if (node.pos_ in {"VERB", "AUX"} and node.dep_ != "prep") or node.head.i == node.i:
            break
        node = node.head
    return node if node.pos_ in {"VERB", "AUX"} else None


MEANS = {"phone", "telephone", "video", "videolink", "videoconference", "letter", "satellite"}  # "by phone": how


# where a thing is done: "at the customs post", "in the palace"
VENUE_PLACES = {"post", "crossing", "palace", "hotel", "border", "village", "town", "city", "capital", "headquarters",
                "venue", "house", "office", "building", "residence", "ministry", "resort", "hall", "airport", "port"}


def _agent_on_place(verb):
    """ "The text was initialled at the border post in Tacna by A and B": the agent of a passive verb that has none,
    parsed as a "by" on the place where it was done (a place is done nothing by anyone)."""
    for a in verb.children:
        if a.dep_ != "prep" or a.lower_ not in {"at", "in"}:
            continue
        for x in a.subtree:
            if x.dep_ == "prep" and x.lower_ == "by" and x.head.dep_ == "pobj" and (
                    x.head.ent_type_ in {"GPE", "LOC", "FAC"} or x.head.lemma_.lower() in VENUE_PLACES):
                by = [g for g in x.children if g.dep_ == "pobj" and g.ent_type_ not in {"DATE", "TIME"}]
                if by:
                    return by[0]
    return None


def _subject(verb, skip=frozenset(), depth: int = 0):
    """The subject of a verb, looking through participles, infinitives, conjoined and relative clauses."""
    if verb is None or depth > 3:
        return None
    for c in verb.children:
        if c.dep_ in {"nsubj", "nsubjpass"} and c.i in skip:
            # "BANGKOK, Sept 18 (Agency) - Thailand and Cambodia agreed": the dateline parsed as the subject
            # (the apposition may hang on the dateline's country: "DOHA, Qatar — Negotiators for X met")
            # or as a conjunct of it: "MOGADISHU — Somalia and Ethiopia signed"
            real = [a for a in c.subtree if a.dep_ in {"appos", "conj"} and a.i not in skip and a.head.i in skip]
            if real:
                return real[0]
        if c.dep_ not in {"nsubj", "nsubjpass", "csubj"} or c.i in skip:
            continue
        if c.dep_ == "nsubjpass":
            for a in verb.children:
                if a.dep_ == "agent":
                    for g in a.children:
                        if g.dep_ == "pobj":
                            return g
            stray = _agent_on_place(verb)
            if stray is not None:
                return stray
        if c.lower_ in {"who", "which", "that"} and verb.dep_ == "relcl":
            return verb.head
        return _speaker_after_quote(verb, c) or c
    if verb.dep_ == "acl":  # "the accord signed by both states"
        for a in verb.children:
            if a.dep_ == "agent":
                for g in a.children:
                    if g.dep_ == "pobj" and g.lower_ not in MEANS:  # "the ruler, who spoke by telephone with X"
                        return g
    if verb.dep_ in {"xcomp", "advcl", "conj", "pcomp", "acl", "ccomp"} and verb.head.i != verb.i:
        if verb.dep_ == "xcomp":  # "encouraged both sides to conclude": the object of the verb above
            objs = [c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i]
            if objs and verb.head.lemma_ not in {"help"}:
                return objs[0]
        if verb.dep_ == "acl" and verb.head.pos_ in {"NOUN", "PROPN"}:
            return verb.head
        if verb.dep_ == "pcomp":  # "after holding talks": the verb above the preposition
            return _subject(verb.head.head, skip, depth + 1)
        return _subject(verb.head, skip, depth + 1)
    if verb.dep_ == "relcl":
        return verb.head
    if verb.dep_ == "ROOT":
        return _swallowed_subject(verb)
    return None


def _swallowed_subject(verb):
    """ "In a ceremony in Lima, Norland and Sudland signed a treaty": the parser may hang the subject, right after
    the comma that closes a fronted phrase of place, on that phrase's last noun as its conjuncts; the subject is
    the first of them (its own conjuncts follow it)."""
    doc = verb.doc
    last = doc[verb.i - 1] if verb.i > verb.sent.start else None
    if last is None or last.dep_ != "conj" or last.pos_ != "PROPN":
        return None
    first = last
    while first.head.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    place = first.head
    if place.dep_ != "pobj" or place.i > first.i or first.left_edge.i != first.i or doc[first.i - 1].text != ",":
        return None
    # the phrase of place hangs on the verb, before it: "in Lima" of "signed"
    up = place.head
    while up.dep_ in {"prep", "pobj"} and up.head.i != up.i and up.head.i != verb.i:
        up = up.head
    if up.head.i != verb.i or up.dep_ != "prep" or up.i > first.i:
        return None
    return first


CLOSING_MARKS = {'"', "”", "’"}


def _speaker_after_quote(verb, subj):
    """ '"... where no one shoots," the president wrote': the parser may take a word of the quotation for the
    subject; the speaker is then the phrase between the closing mark and the verb."""
    doc = verb.doc
    marks = [j for j in range(max(verb.sent.start, verb.i - 8), verb.i) if doc[j].text in CLOSING_MARKS]
    if not marks or subj.i > marks[-1] or marks[-1] + 1 >= verb.i:
        return None
    phrase = doc[marks[-1] + 1: verb.i]
    if any(t.pos_ in {"VERB", "AUX"} for t in phrase):
        return None
    roots = [t for t in phrase if not (phrase.start <= t.head.i < phrase.end) and t.pos_ in {"NOUN", "PROPN"}]
    return roots[-1] if roots else None


def _stray_subjects(verb, s) -> list:
    """ "A and B signed": the parser may hang B on the verb as a second subject rather than as A's conjunct (A
    keeps the "and")."""
    if s is None or s.head.i != verb.i or not any(c.dep_ == "cc" for c in s.children):
        return []
    return [c for c in verb.children if c.dep_ == s.dep_ and c.i > s.i]


def _dangling_conjunct(tok):
    """ "a call between A and B took place": a phrase left with its "and" but no conjunct, the parser having made B
    the subject of the verb; B is the phrase right after the "and"."""
    if not any(c.dep_ == "cc" for c in tok.children) or any(c.dep_ == "conj" for c in tok.children):
        return None
    after = tok.right_edge.i + 1
    if after >= len(tok.doc):
        return None
    t = tok.doc[after]
    while t.head.i != t.i and t.head.left_edge.i == after and t.dep_ not in {"nsubj", "nsubjpass", "dobj"}:
        t = t.head
    return t if t.left_edge.i == after and t.dep_ in {"nsubj", "nsubjpass", "dobj"} else None


def _detached_conjunct(tok):
    """ "talks between the adviser, X, and a delegation led by Y": a lone member of "between" whose "and" the parser
    hung on another word with the second member as its conjunct; that conjunct, the phrase right after the "and"."""
    if any(c.dep_ in {"cc", "conj"} for c in tok.children):
        return None
    after = tok.right_edge.i + 1
    if after < len(tok.doc) and tok.doc[after].text == ",":
        after += 1
    if after + 1 >= len(tok.doc):
        return None
    cc = tok.doc[after]
    if cc.dep_ != "cc" or cc.lower_ not in {"and", "&"} or cc.head.i in {t.i for t in tok.subtree}:
        return None
    return next((c for c in cc.head.children if c.dep_ == "conj" and c.left_edge.i == after + 1
                 and c.pos_ in {"NOUN", "PROPN"}), None)


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


def _n(acc) -> int:
    return len(acc[0]) + len(acc[1])


def _reciprocal(sent) -> bool:
    """ "accused each other of striking ...": mutual claims, not one occurrence."""
    return any(t.lower_ in {"other", "another"} and t.i > sent.start and t.nbor(-1).lower_ in {"each", "one"}
               and t.head.lemma_ in ACCUSE_VERBS for t in sent)


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


def _same_name(a: str, b: str) -> bool:
    """ "Guo" and "Guo Jiakun": one name's words are all in the other's."""
    wa, wb = set(a.lower().split()), set(b.lower().split())
    return bool(wa) and bool(wb) and (wa <= wb or wb <= wa)
