"""What an article tells about its tokens: who and which party each names, quotes, time expressions,
datelines, and the pairs of parties it names together ("the two sides")."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ...names import fold
from ..actors import ActorIndex
from ..actors import surname as surname_of
from ..parties import find_parties, introduced_names, introduced_parties, is_movement
from .lexicon import ANAPHORIC_TIME, CAPTION, DATELINE, GROUP_NOUNS, ORG_WORDS, PERSON_GROUPS
from .syntax import CAPITALISED_SIDES, _is_place_use, _pair_phrase, _quoted_ranges


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
    period: str | None = None  # "signed last year": the year or month of an undated mention
    earlier: bool = False  # "five years after signing a treaty": a deal told as made a span before what is reported
    same_venue: bool = False  # "said at the same press conference": one statement with the one told before
    open_joint: bool = False  # "said at a joint press conference", with whom not said
    beside: Mention | None = None  # "before the session, C met each minister separately": that session
    each: bool = False  # "X met each minister separately": X with each other side of the talks told
    place: str | None = None  # "visited A and B": the one place of each of the visits
    alsos: list[tuple[int, tuple[int, int]]] = field(default_factory=list)  # (trigger, sentence) of merged mentions


# what an armed or political movement is called before its name: "the rebel group M23", "the armed groups KLF and UPF"
MOVEMENT_NOUNS = {"group", "movement", "militia", "faction", "coalition", "rebels", "rebel", "insurgents", "alliance"}
ACRONYM = re.compile(r"[A-Z0-9][A-Z0-9-]{1,6}")


def _groups_by_acronym(doc, party_at: dict) -> list[str]:
    """Movements the text names by a bare acronym right after a word for a movement ("the rebel group M23", "the
    armed groups KLF and UPF"), which no list knows and the article never spells out."""
    out: list[str] = []
    for t in doc:
        if t.lemma_.lower() not in MOVEMENT_NOUNS or t.pos_ != "NOUN":
            continue
        heads = [c for c in t.children if c.dep_ == "appos" and c.i == t.i + 1]
        if t.i + 1 < len(doc) and doc[t.i + 1].head.i == t.i and doc[t.i + 1].dep_ in {"appos", "npadvmod", "dep"}:
            heads = [doc[t.i + 1]]
        elif t.dep_ == "compound" and t.head.i == t.i + 1:
            heads = [t.head]  # "the rebel group M23" parsed with the name as head
        for h in heads:
            for c in [h, *h.conjuncts]:
                if ACRONYM.fullmatch(c.text) and any(ch.isalpha() for ch in c.text) and c.i not in party_at \
                        and c.ent_type_ not in {"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT"} and c.text not in out:
                    out.append(c.text)
    return out


def _day_just_named(t, timexes: list, text: str) -> bool:
    """ "They met on Tuesday. [...] He spoke on television that evening.": a part of a day counted from the last
    day the text has named, within three paragraphs; not one the text never names ("in the morning": the filing
    day)."""
    before = [x for x in timexes if x.end <= t.start and x.day and not ANAPHORIC_TIME.match(x.text)]
    if not before or before[-1].day != t.day:
        return False
    return len(re.findall(r"\n[ \t]*\n", text[before[-1].end:t.start])) <= 2  # within three paragraphs


RANGE_OPENING = re.compile(r"\b(\d{1,2})\s*(-|–|\band|\bto)\s*$")


def _first_day_of_range(text: str, start: int, day: str) -> str:
    """ "held on 6 and 7 May", "on 20-21 May", "from 2 to 4 May": the first day of a span of days whose time
    expression names only the last day. Two days joined by "and" must be consecutive ("on 2 and 9 May" names two
    days, not a span)."""
    m = RANGE_OPENING.search(text[max(0, start - 12):start])
    last = int(day[8:10])
    if m is None or not re.match(r"\d{1,2}\b", text[start:start + 3]) or int(text[start:start + 3].split()[0]) != last:
        return day
    first = int(m.group(1))
    if not 1 <= first < last or (m.group(2) == "and" and last - first != 1):
        return day
    return f"{day[:8]}{first:02d}"


class _Context:
    def __init__(self, doc, index: ActorIndex, timexes: list):
        self.doc = doc
        self.text = doc.text  # once: `Doc.text` joins the whole document on each read
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
            elif ent.label_ == "PERSON" and len(ent) >= 2 and all(t.is_title for t in ent) and not find_parties(ent.text) \
                    and ent[-1].lower_ not in ORG_WORDS:
                name = ent.text.strip()
                self.party_of_person.setdefault(name, None)
                for t in ent:
                    self.person_of[t.i] = name
        for t in doc:
            # "Rakesh Mehra, the spokesperson for the ministry, said", "the bloc's envoy, Ana Diallo, said": a name the
            # tagger missed, told by the office it stands beside
            if t.pos_ == "PROPN" and t.i not in self.person_of and (t.dep_ in {"nsubj", "nsubjpass"} and any(
                    c.dep_ == "appos" and _an_office(c) for c in t.children) or _beside_office(t)):
                words = [w for w in t.doc[t.left_edge.i: t.i + 1] if w.pos_ == "PROPN"]
                if 2 <= len(words) <= 3 and all(w.is_title and w.i not in self.person_of for w in words) \
                        and words[-1].i == t.i and t.i - words[0].i == len(words) - 1 and not find_parties(
                        " ".join(w.text for w in words)) and t.lower_ not in ORG_WORDS:
                    name = " ".join(w.text for w in words)
                    self.party_of_person.setdefault(name, None)
                    for w in words:
                        self.person_of[w.i] = name
        for t in doc:
            # the tagger may call a known surname anything ("Delaney wrote" as a LAW); a place or people it is not
            if t.pos_ == "PROPN" and t.i not in self.person_of and t.is_title and t.ent_type_ not in {"GPE", "NORP", "LOC", "FAC"}:
                p = index.by_name(t.text)
                if p is not None and fold(surname_of(p.name)) == fold(t.text):  # "Đorđević"
                    self.person_of[t.i] = p.name
        for i in [i for i, name in self.person_of.items() if name in CAPITALISED_SIDES]:
            del self.person_of[i]  # "The Sides agreed": the two sides of a communiqué, no person
        self.party_at: dict[int, tuple[str, str]] = {}
        text = re.sub(r"(?<=[\w.])[-–](?=\w)", " ", self.text)  # "US-Russia talks", "U.S.-brokered"
        # a name with a hyphen of its own ("Guinea-Bissau", "al-Nusra") is found only in the text as written
        # and a movement or body the article introduces by its acronym: "the Valley Liberation Front (VLF)"
        for pm in find_parties(self.text) + find_parties(text) + introduced_parties(self.text):
            span = doc.char_span(pm.start, pm.end, alignment_mode="expand")
            if span is None:
                continue
            for t in span:
                self.party_at.setdefault(t.i, (pm.party, pm.kind))
            if any(t.i not in self.person_of for t in span):
                for t in span:  # "the Trump administration" is a party, not a person
                    self.person_of.pop(t.i, None)
        for name in _groups_by_acronym(doc, self.party_at):  # "the armed groups KLF and UPF": each a party as written
            for t in doc:
                if t.text == name and t.i not in self.party_at:
                    self.party_at[t.i] = (name, "name")
                    self.person_of.pop(t.i, None)
        self.skipped: set[int] = set()  # datelines and photo captions
        for m in DATELINE.finditer(self.text):
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is not None:
                self.skipped.update(t.i for t in span)
        for m in CAPTION.finditer(self.text):
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is not None:
                self.skipped.update(t.i for t in span)
        for i in self.skipped:
            self.party_at.pop(i, None)
            self.person_of.pop(i, None)
        self.pairs = _coordinated_pairs(doc, self)
        self.introduced = introduced_names(self.text)  # "the Valley Liberation Front (VLF)": VLF, a movement
        for i, name in list(self.person_of.items()):
            if self.party_of_person.get(name) is None:
                party = self._office_party(doc[i]) or self._respective_party(doc[i])
                if party:
                    self.party_of_person[name] = party
        self.quoted = _quoted_ranges(self.text)
        self.sent_index = {s.start_char: k for k, s in enumerate(doc.sents)}
        self.timexes = []  # (token, day)
        self.range_first: dict[str, str] = {}  # last day -> first day of the spans of days the text names
        self.periods = []  # (token, "2025" or "2025-07"): "last year", "in July"
        for t in timexes:
            if not t.day and t.value and re.fullmatch(r"\d{4}(?:-\d{2})?", t.value):
                span = doc.char_span(t.start, t.end, alignment_mode="expand")
                if span is not None and span.root.i not in self.skipped:
                    self.periods.append((span.root, t.value))
            if not t.day or (ANAPHORIC_TIME.match(t.text) and not _day_just_named(t, timexes, self.text)):
                continue
            span = doc.char_span(t.start, t.end, alignment_mode="expand")
            if span is not None and span.root.i not in self.skipped:  # the filing day of a dateline
                self.timexes.append((span.root, t.day, span))
                first = _first_day_of_range(self.text, t.start, t.day)
                if first != t.day:
                    self.range_first[t.day] = first
        self.last_subject: list[str] = []  # people/parties of the last sentence's subject
        self.table: tuple[int, list[str]] | None = None  # (sentence end, parties) of the last talks of three or more

    def pair_at(self, i: int) -> tuple[str, str] | None:
        """The two sides "the two sides", "both countries" refer to at token i: the last pair of parties
        named together before it ("Thailand and Cambodia", "Russian and Ukrainian delegations",
        "Israel-Hamas"), else the two parties the article names most."""
        before = [pair for at, pair in self.pairs if at < i]
        if before:  # the pair most named in the article, the later on a tie
            weight = self.party_counts()
            return max(reversed(before), key=lambda pair: weight.get(pair[0], 0) + weight.get(pair[1], 0))
        top = sorted(self.party_counts().items(), key=lambda kv: -kv[1])
        if len(top) >= 2 and (len(top) == 2 or top[1][1] > top[2][1]):
            return top[0][0], top[1][0]
        return None

    def owners_before(self, tok) -> tuple[str, str] | None:
        """ "both delegations": the two parties whose delegations (teams, negotiators) the text has named before,
        "the Moroccan delegation ... a Polisario delegation"."""
        lemma = tok.lemma_.lower()
        out: list[str] = []
        for t in self.doc[: tok.i]:
            if t.lemma_.lower() != lemma or t.i in self.skipped:
                continue
            for x in t.subtree:
                if x.i in self.party_at and x.i != t.i and (x.head.i == t.i or x.head.head.i == t.i):
                    party = self.party_at[x.i][0]
                    if party not in out:
                        out.append(party)
        return (out[0], out[1]) if len(out) == 2 else None

    def holders_before(self, tok) -> list[str]:
        """The people named before tok whose title has the office tok names ("both prime ministers": those
        titled prime minister)."""
        words = [c.lower_ for c in tok.children if c.dep_ in {"compound", "amod"} and c.lower_ not in {"two", "both"}]
        office = " ".join(words + [tok.lemma_.lower()])
        out: list[str] = []
        for i in sorted(self.person_of):
            name = self.person_of[i]
            if i < tok.i and name not in out and re.search(r"\b" + re.escape(office) + r"\b", self.titles.get(name, "")):
                out.append(name)
        return out

    def last_named(self, tok, n: int, people: bool = False) -> tuple[list[str], list[str]]:
        """The n people ("the three ministers") or parties ("the three sides") named last before tok, within
        its sentence and the two before it; nothing unless there are so many."""
        people_wanted = people or tok.lemma_.lower() in PERSON_GROUPS
        sents = list(self.doc.sents)
        k = next(j for j, s in enumerate(sents) if s.start <= tok.i < s.end)
        found: list[str] = []
        for t in reversed(self.doc[sents[max(0, k - 2)].start: tok.i]):
            if t.i in self.skipped or self.in_quote(t):
                continue
            if t.i in self.person_of:
                name = self.person_of[t.i]
                found_name = name if people_wanted else self.party_of_person.get(name)
            elif t.i in self.party_at and not people_wanted and not _is_place_use(t):
                found_name = self.party_at[t.i][0]
            else:
                continue
            if found_name and found_name not in found:
                found.append(found_name)
            if len(found) == n:
                found.reverse()
                return (found, []) if people_wanted else ([], found)
        return [], self._taken_up(tok, n, sents[max(0, k - 2)].start) if people_wanted else []

    def _taken_up(self, tok, n: int, start: int) -> list[str]:
        """ "The foreign ministers of A, B and C signed ... brought X together with the three ministers": the n parties
        of the same noun told before, when its holders are not named."""
        lemma = tok.lemma_.lower()
        for t in reversed(self.doc[start: tok.i]):
            if t.lemma_.lower() != lemma or t.tag_ != "NNS" or t.i in self.skipped:
                continue
            owners = [g for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
            owners += [c for c in t.children if c.dep_ in {"amod", "compound"} and c.i in self.party_at]
            parties: list[str] = []
            for o in owners:
                for x in [o, *o.conjuncts]:
                    if x.i in self.party_at and self.party_at[x.i][0] not in parties:
                        parties.append(self.party_at[x.i][0])
            if len(parties) == n:
                return parties
        return []

    def sides(self, i: int) -> tuple[str, str] | None:
        """(the state, the movement) of a war between a government and a movement, when the two sides the text is
        about at token i are such a pair: what "the government" and "the rebels" stand for there."""
        pair = self.pair_at(i)
        if pair is None:
            return None
        moving = [p for p in pair if is_movement(p, self.introduced)]
        if len(moving) != 1:
            return None
        state = pair[0] if pair[1] == moving[0] else pair[1]
        return state, moving[0]

    def party_counts(self) -> dict[str, int]:
        """How often the article names each party (a multi-word name once)."""
        counts: dict[str, int] = {}
        for k, (party, kind) in sorted(self.party_at.items()):
            if kind != "seat" and self.party_at.get(k - 1, ("",))[0] != party:  # "Washington" is a place too
                counts[party] = counts.get(party, 0) + 1
        return counts

    def counterpart(self, party: str, i: int) -> str | None:
        """The other of the two sides, for an exchange or strike the sentence gives one side of."""
        pairs = [pair for at, pair in self.pairs if at < i and party in pair]
        pair = pairs[-1] if pairs else self.pair_at(i)
        if pair and party in pair:
            return pair[1] if pair[0] == party else pair[0]
        return None

    def _office_party(self, tok) -> str | None:
        """The state an office in apposition to a name belongs to: "Azerbaijan's foreign minister, Elnur Gasimov",
        "Elnur Gasimov, Azerbaijan's foreign minister", "Thai Defence Minister Chaiwat Srisuk"."""
        head = tok
        while head.dep_ in {"compound", "flat"} and head.head.i != head.i:
            head = head.head
        offices = [c for c in head.children if c.dep_ in {"appos", "compound"} and c.i not in self.person_of]
        if head.dep_ == "appos" and head.head.i not in self.person_of:
            offices.append(head.head)
        for o in offices:
            if o.lemma_.lower() not in GROUP_NOUNS and o.dep_ != "compound":
                continue
            for t in o.subtree if o.dep_ != "compound" else [o, *o.subtree]:
                if t.i in self.party_at and t.i not in self.person_of and t.dep_ in {"poss", "amod", "compound", "pobj"}:
                    return self.party_at[t.i][0]
        return None

    def _respective_party(self, tok) -> str | None:
        """ "the foreign ministers of the two countries, A and B": A of the first of the pair, B of the second."""
        head = tok
        while head.dep_ in {"compound", "flat"} and head.head.i != head.i:
            head = head.head
        first = head if head.dep_ == "appos" else head.head if head.dep_ == "conj" and head.head.dep_ == "appos" else None
        if first is None or first.head.tag_ != "NNS" or first.head.lemma_.lower() not in GROUP_NOUNS:
            return None
        names = [first, *first.conjuncts]
        of = [g for c in first.head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        if not of:
            return None
        if _pair_phrase(of[0]):
            parties = list(self.pair_at(of[0].i) or ())
        else:
            parties = [self.party_at[x.i][0] for x in [of[0], *of[0].conjuncts] if x.i in self.party_at]
        if len(parties) != len(names) or len(set(parties)) != len(parties):
            return None
        return parties[[n.i for n in names].index(head.i)]

    def in_quote(self, tok) -> bool:
        return any(s <= tok.idx < e for s, e in self.quoted)


def _an_office(tok) -> bool:
    return tok.lemma_.lower() in GROUP_NOUNS and tok.lemma_.lower() not in {"group", "force", "agency"}


def _beside_office(tok) -> bool:
    """ "the bloc's High Representative, Ana Diallo, said": a name set off by commas right after an office, parsed
    as its apposition or as a second subject of the verb."""
    before = tok.doc[tok.left_edge.i - 1] if tok.left_edge.i > 0 else None
    if before is None or before.text != ",":
        return False
    if tok.dep_ == "appos":
        return _an_office(tok.head)
    if tok.dep_ in {"nsubj", "nsubjpass"}:
        return any(c.dep_ == tok.dep_ and c.i < tok.i and _an_office(c) for c in tok.head.children)
    return False


def _coordinated_pairs(doc, ctx) -> list[tuple[int, tuple[str, str]]]:
    """Pairs of parties named together, in text order: "A and B", "A-B", "between A and B",
    "the Democratic Republic of the Congo and the Republic of Rwanda"."""

    def party_of(x) -> str | None:
        skip = {c.i for c in x.children if c.dep_ in {"conj", "cc", "appos", "relcl", "acl"}}
        todo = [x]
        while todo:
            t = todo.pop(0)
            if t.i in ctx.party_at and t.i not in ctx.skipped and not _is_place_use(t):
                return ctx.party_at[t.i][0]
            todo.extend(c for c in t.children if c.i not in skip and c.dep_ in {"compound", "amod", "prep", "pobj", "det", "flat"})
        return None

    out = []
    for t in doc:
        if t.i in ctx.skipped:
            continue
        nominal = {"NOUN", "PROPN", "ADJ"}
        a = party_of(t) if t.pos_ in nominal and any(c.dep_ == "conj" for c in t.children) else None
        if a:
            for c in t.children:
                b = party_of(c) if c.dep_ == "conj" and c.pos_ in nominal else None
                if b and b != a:
                    out.append((t.i, (a, b)))
                    break
        if t.i in ctx.party_at and t.i + 2 < len(doc) and doc[t.i + 1].text in {"-", "–"} and not doc[t.i + 1].whitespace_:
            b = ctx.party_at.get(t.i + 2, (None,))[0]  # "Israel-Hamas truce"
            if b and b != ctx.party_at[t.i][0]:
                out.append((t.i, (ctx.party_at[t.i][0], b)))
    return out
