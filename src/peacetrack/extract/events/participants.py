"""Noun phrases to people and parties: names, offices, group nouns, pronouns, "the two sides"."""
from __future__ import annotations

from .lexicon import EVENT_NOUNS, GROUP_NOUNS, MEDIA_NOUNS, OFFICE_NOUNS, PRONOUNS_IT, PRONOUNS_MANY, PRONOUNS_ONE
from .syntax import (
    _add,
    _core,
    _counted_group,
    _is_place_use,
    _looks_like_name,
    _name_text,
    _office_as_written,
    _pair_phrase,
    _path_up,
    _verb_of,
)
from ..parties import is_movement
from .context import _Context
from .lexicon import AGREEMENT_NOUNS, PERSON_GROUPS


def _both_of_office(tok) -> bool:
    """ "both prime ministers", "the two presidents": a pair of office holders."""
    return tok.tag_ == "NNS" and tok.lemma_.lower() in PERSON_GROUPS and any(
        c.lower_ in {"two", "both"} and c.dep_ in {"nummod", "det", "predet", "amod", "quantmod"} for c in tok.children)


# what a state's side and a movement's side are called where neither is named
STATE_WORDS = {"government", "army", "military", "authorities", "regime"}
OPPOSING_WORDS = {"opposition", "rebel", "rebels", "insurgent", "insurgents", "separatist", "separatists", "guerrilla",
                  "guerrillas", "paramilitary", "paramilitaries", "militia", "militias", "militant", "militants"}


SIDING = {"loyal", "allied", "affiliated", "linked", "aligned"}


def _at_the_table(tok, ctx: _Context) -> list[str]:
    """ "the parties" right after talks of three or more sides ("the government met the groups A and B under C's
    chairmanship. The parties signed a protocol."): the sides of those talks, not the last two named."""
    if ctx.table is None or tok.lower_ != "parties" or not any(c.lower_ == "the" for c in tok.children) \
            or any(c.dep_ in {"nummod", "prep", "amod", "compound"} for c in tok.children):
        return []
    end, sides = ctx.table
    return sides if 0 <= tok.i - end <= 60 else []


def _group_lemma(tok) -> str:
    """The lemma of a noun, also of a plural the tagger took for a name ("Negotiators for X met", opening a
    sentence after a dateline)."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "PROPN" and lemma not in GROUP_NOUNS and lemma.endswith("s") and lemma[:-1] in GROUP_NOUNS:
        return lemma[:-1]
    return lemma


RULE_NOUNS = {"government", "administration", "authorities", "authority", "regime", "rulers", "leadership"}


def _ruling_movements(tok, ctx: _Context) -> list[str]:
    """ "Norland's Freedom Front government": a movement that governs a state acts as that state, the one side
    (the movement is how the government is called, not a second party)."""
    if tok.lemma_.lower() not in RULE_NOUNS:
        return []
    kids = [c for c in tok.children if c.i in ctx.party_at]
    states = {ctx.party_at[c.i][0] for c in kids if c.dep_ == "poss" and not is_movement(ctx.party_at[c.i][0], ctx.introduced)}
    return [ctx.party_at[c.i][0] for c in kids if states and c.dep_ == "compound" and ctx.party_at[c.i][0] not in states]


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
            if pa and not pe and depth < 3 and tok.dep_ in {"nsubj", "nsubjpass", "appos"}:  # appos: the list goes on
                for more in self._listed_parties(node, depth):
                    parties += [p for p in more if p not in parties]
        return people, parties

    def _listed_parties(self, tok, depth: int) -> list[list[str]]:
        """ "The EU, the Republic of Norland, the Republic of Sudland and Eastland signed": a list of parties as a
        subject, which the parser hangs as appositions of its first member; each apposition that names only parties
        (never a place, "Norland's capital, Eastville") goes on the list, with its own conjuncts and appositions."""
        out = []
        for c in tok.children:
            if c.dep_ != "appos" or c.i < tok.i or c.i in self.ctx.person_of:
                continue
            if c.pos_ != "PROPN" or c.i in self.ctx.party_at and (
                    _is_place_use(c) or self.ctx.party_at[c.i][1] == "seat"):
                continue  # "the Republic of Sudland" is named by its "of"; "Norland, the aggressor" is no list
            pe, pa = self.np(c, depth)  # each apposition stands after the last: the walk ends
            if pa and not pe:
                out.append(pa)
        return out

    def _one(self, tok, depth: int, places: bool) -> tuple[list[str], list[str]]:
        ctx = self.ctx
        if tok.i in ctx.skipped:
            return [], []
        if tok.i in ctx.person_of:
            people = [ctx.person_of[tok.i]]
            for c in tok.children:  # "Ruiz, Special Envoy Okafor, Mr. Lind and ...": a list parsed as appositions
                if c.dep_ == "appos" and c.i in ctx.person_of:
                    if people[0].split()[-1].islower():
                        people = []  # "the EU's envoy, Tomas Varga": the name, not the office as written
                    for x in [c, *c.conjuncts]:
                        if x.i in ctx.person_of and ctx.person_of[x.i] not in people:
                            people.append(ctx.person_of[x.i])
                elif c.dep_ == "appos" and depth < 2:
                    # "led by A, the region's oil minister, B, and C": the list goes on from A's office
                    for x in c.conjuncts:
                        if x.i > c.i and x.i in ctx.person_of and ctx.person_of[x.i] not in people:
                            people.append(ctx.person_of[x.i])
            return people, []
        low = tok.lower_
        if tok.pos_ == "PRON" or low in PRONOUNS_ONE | PRONOUNS_MANY | PRONOUNS_IT:
            return self.pronoun(tok)
        if _counted_group(tok):
            return ctx.last_named(tok, _counted_group(tok))
        if tok.lemma_.lower() in {"pair", "duo"} and tok.tag_ == "NN" and any(c.lower_ == "the" for c in tok.children):
            return ctx.last_named(tok, 2, people=True)  # "the pair's meeting": the last two people named
        if _both_of_office(tok):
            holders = ctx.holders_before(tok)
            if len(holders) == 2:  # "spoke with both prime ministers": the two people the article so titles
                return holders, []
            people, _ = ctx.last_named(tok, 2)  # "A and B met. The two leaders also signed ...": the last two named
            if people and all(ctx.party_of_person.get(p) for p in people):
                return people, []
        table = _at_the_table(tok, ctx)
        if table:
            return [], table
        if _pair_phrase(tok):
            pair = (ctx.owners_before(tok) if tok.lemma_.lower() in {"delegation", "team"} else None) or ctx.pair_at(tok.i)
            return ([], list(pair)) if pair else ([], [])
        if _looks_like_name(tok, ctx) and any(c.dep_ in {"amod", "compound"} and c.lemma_.lower() in GROUP_NOUNS
                                              for c in tok.children):
            return [_name_text(tok)], []  # "Kyiv's top general Oleksandr Syrskii", a name the tagger missed
        # "Trump's special envoy Steve Witkoff": the person in apposition, not the possessor
        for c in tok.children:
            if c.dep_ == "appos" and c.i in ctx.person_of:
                # "Kosovo's negotiator, A, and Serbia's negotiator, B": the second pair parsed as a conjunct of A
                people = [ctx.person_of[c.i]]
                for x in c.conjuncts:
                    if x.i > c.i and depth < 2:
                        people += [p for p in self.np(x, depth + 1)[0] if p not in people]
                people += [p for p in self._listed_in(c) if p not in people]
                return people, []
            if c.dep_ == "appos" and tok.lemma_.lower() in GROUP_NOUNS and _looks_like_name(c, ctx):
                return [_name_text(c)], []  # "the regional governor, Ana Ruiz,"
        if tok.lemma_.lower() in GROUP_NOUNS and tok.dep_ in {"nsubj", "nsubjpass"}:
            # "the bloc's envoy, Ana Diallo, said" parsed with the name as a second subject of the verb
            beside = [c for c in tok.head.children if c.dep_ == tok.dep_ and c.i > tok.i and c.i in ctx.person_of]
            if beside:
                return [ctx.person_of[beside[0].i]], []
        named = self._named_as(tok)
        if named:
            return named, []
        parties_named = [c for c in tok.children if c.dep_ == "appos" and c.i in ctx.party_at]
        if tok.pos_ == "NOUN" and tok.i not in ctx.party_at and parties_named and depth < 2:
            return self.np(parties_named[0], depth + 1, places)  # "the armed groups KLF and UPF": those groups
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
                if t.i != tok.i and t.dep_ == "compound" and kind == "seat" and tok.is_title \
                        and tok.lemma_.lower() in AGREEMENT_NOUNS:
                    continue  # "the Ankara Declaration", "the Lome Accord": a deal named for where it was signed
                if t.i != tok.i and not agentive and in_poss:
                    continue  # "Ukraine's territory"
                if party not in parties:
                    parties.append(party)
            elif t.i != tok.i and _pair_phrase(t):  # "the two countries' border committee"
                pair = ctx.pair_at(t.i)
                parties += [p for p in (pair or ()) if p not in parties]
            elif t.i != tok.i and t.dep_ == "poss" and t.lemma_.lower() in {"pair", "duo"}:  # "the pair's meeting"
                owners += [p for p in self._one(t, depth + 1, places)[0] if p not in owners]
            elif t.lower_ in PRONOUNS_ONE | PRONOUNS_MANY | PRONOUNS_IT and t.dep_ == "poss":
                pe, pa = self.pronoun(t)
                owners += [p for p in pe if p not in owners]
                if agentive:
                    parties += [p for p in pa if p not in parties]
        parties = [p for p in parties if p not in _ruling_movements(tok, ctx)]
        if agentive or not people:
            people += [p for p in owners if p not in people and (agentive or tok.lemma_.lower() in EVENT_NOUNS)]
        if not people and depth < 2:
            # "Adviser to the President Ana Ruiz, Envoy X and Head of the Office of Y Z"
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
        if not (people or parties) and depth < 2:
            # "fighters loyal to the Front", "militias allied with the army": whose side they fight on
            for c in tok.children:
                if c.dep_ == "amod" and c.lemma_.lower() in SIDING:
                    for g in (g for p in c.children if p.dep_ == "prep" and p.lower_ in {"to", "with"}
                              for g in p.children if g.dep_ == "pobj"):
                        _add((people, parties), self.np(g, depth + 1, places=True))
        group = _group_lemma(tok) in GROUP_NOUNS
        if depth < 2 and (group or not (people or parties)):
            # "representatives from Russia", "teams representing Washington and Kyiv", "leaders of X"
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ in {"of", "from", "for"}:
                    for g in c.children:
                        if g.dep_ == "pobj" and (group or c.lower_ == "of"):
                            _add((people, parties), self.np(g, depth + 1, places=True))
                elif c.dep_ == "acl" and c.lemma_ in {"represent", "lead", "head"}:
                    for g in c.children:
                        if g.dep_ == "dobj":
                            _add((people, parties), self.np(g, depth + 1, places=True))
        if not (people or parties):
            holder = self._sole_holder(tok)
            if holder:  # "the President held a call": the one person the article so titles
                return [holder], []
            side = self._side_named(tok)
            if side:  # "government troops", "the rebels": a side of a government's war with a movement
                return [], [side]
        if not (people or parties) and depth == 0:
            office = _office_as_written(tok)
            if office:  # "spoke by phone with the army chief": the office, where no name is given
                ctx.party_of_person.setdefault(office, None)
                return [office], []
        return people, parties

    def _side_named(self, tok) -> str | None:
        """ "the government", "government troops", "the army": the state; "the rebels", "opposition positions": the
        movement -- where the two sides the text is about are a state and a movement."""
        core = _core(tok)
        state = any(t.pos_ in {"NOUN", "PROPN"} and t.lemma_.lower() in STATE_WORDS for t in core)  # not "military action"
        moving = any(t.lemma_.lower() in OPPOSING_WORDS or t.lower_ in OPPOSING_WORDS for t in core)
        if state == moving:
            return None
        which = 0 if state else 1
        sides = self.ctx.sides(tok.i)
        return sides[which] if sides else None

    def _sole_holder(self, tok) -> str | None:
        """ "the President", with nothing more: the one person of the article whose title is that office."""
        lemma = tok.lemma_.lower()
        if lemma not in OFFICE_NOUNS or tok.tag_ not in {"NN", "NNP"} or not any(
                c.dep_ == "det" and c.lower_ == "the" for c in tok.children) or any(
                c.dep_ not in {"det", "punct"} for c in tok.children if c.i < tok.i) or any(
                c.dep_ == "prep" for c in tok.children):
            return None
        holders = [p for p, title in self.ctx.titles.items() if title.split()[:1] == [lemma]
                   or title.split()[-1:] == [lemma]]
        return holders[0] if len(holders) == 1 else None

    def _listed_in(self, tok) -> list[str]:
        """ "the two presidents, A of Kenya and B of Somalia,": names the parser hangs as conjuncts inside the
        first one's phrase."""
        out = []
        for t in tok.subtree:
            if t.dep_ == "conj" and t.i in self.ctx.person_of and not any(
                    a.dep_ in {"relcl", "acl", "advcl"} for a in _path_up(t, tok)):
                out.append(self.ctx.person_of[t.i])
        return out

    def _named_as(self, tok) -> list[str]:
        """ "a spokesman, who gave his name as Ali Omar,": the person a clause on an office names."""
        if tok.lemma_.lower() not in GROUP_NOUNS:
            return []
        # the clause may hang on the phrase's object ("a spokesman for the rebels, who ...")
        objs = [g for c in tok.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
        for c in [c for x in [tok, *objs] for c in x.children]:
            if c.dep_ != "relcl":
                continue
            for t in c.subtree:
                if t.i in self.ctx.person_of and (t.dep_ in {"attr", "oprd"} or t.dep_ == "pobj" and t.head.lower_ == "as"):
                    return [self.ctx.person_of[t.i]]
        return []

    def pronoun(self, tok) -> tuple[list[str], list[str]]:
        """He/his: the person last named as a subject before it; it/its: the party; they/their: a group."""
        low = tok.lower_
        sent = tok.sent
        before = list(sent[: tok.i - sent.start])
        if low in PRONOUNS_ONE:
            for deps in ({"nsubj", "nsubjpass"}, {"appos", "compound"}):
                for t in reversed(before):
                    if t.head.lemma_.lower() in MEDIA_NOUNS or t.head.head.lemma_.lower() in MEDIA_NOUNS:
                        continue  # "in an interview with the broadcaster Klan Kosova, he said"
                    if t.i in self.ctx.person_of and (t.dep_ in deps or t.head.dep_ in deps and t.dep_ in {"compound", "appos"}):
                        return [self.ctx.person_of[t.i]], []
            people = [p for p in self.ctx.last_subject if p in self.ctx.party_of_person]
            return people[:1], []
        if low in PRONOUNS_IT:
            for t in reversed(before):
                if t.i in self.ctx.party_at and t.dep_ in {"nsubj", "nsubjpass", "compound", "poss"} and t.head.dep_ != "pobj":
                    return [], [self.ctx.party_at[t.i][0]]
            last = self.ctx.last_subject
            if not before and low == "its" and len(last) == 1 and last[0] not in self.ctx.party_of_person:
                return [], list(last)  # "Norland denied it. Its foreign ministry said ...": the party just the subject
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
