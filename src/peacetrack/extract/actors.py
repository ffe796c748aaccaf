"""People in an article: one actor per person, with title and party.

Mentions come from spaCy PERSON entities and from the gazetteer's spellings
(the small model often tags "Zelenskyy" as a place). Mentions are clustered
by surname, and by the gazetteer's aliases, so "Trump", "Donald Trump" and
"President Trump" are one actor. The title is read from the words before a
name ("Kremlin spokesman Dmitry Peskov") or from an apposition after it
("Dmitry Peskov, the Kremlin spokesman,"). Offices used in place of a name
("the US president") are resolved to the actor holding them.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from .. import vocab
from ..names import fold, surname
from ..records import Actor
from .address import is_courtesy, is_form_of_address, is_rank
from .misnamed import PERSON_NOUNS as ROLE_NOUNS
from .places import state_of_place
from .parties import find_parties, is_movement, party_of_phrase, party_of_title, whole_party

# Head nouns of offices and roles; a phrase without one is no title.
TITLE_HEADS = {
    "president", "vice-president", "leader", "minister", "secretary", "secretary-general", "spokesman",
    "spokeswoman", "spokesperson", "envoy", "adviser", "advisor", "aide", "chancellor", "ambassador",
    "commander", "chief", "head", "director", "governor", "mayor", "official", "negotiator", "lawmaker",
    "senator", "representative", "king", "prince", "emir", "amir", "premier", "chairman", "chairwoman",
    "chair", "researcher", "analyst", "fellow", "professor", "correspondent", "general", "admiral",
    "deputy", "speaker", "member", "mp", "sheikh", "sultan", "monarch", "pope", "diplomat", "officer",
    "coordinator", "commissioner", "administrator", "ruler", "dictator", "strongman", "counterpart",
    "rep.", "sen.", "gov.", "editor", "expert", "founder", "ceo", "press secretary", "prime", "whip",
    "mediator", "facilitator", "delegate", "rapporteur", "prosecutor", "chairperson",
}
# Words allowed inside a title written before a name.
TITLE_WORDS = TITLE_HEADS | {
    "of", "state", "foreign", "defense", "defence", "national", "security", "special", "senior", "top",
    "prime", "vice", "deputy", "former", "acting", "affairs", "council", "ministry", "presidential",
    "army", "armed", "forces", "military", "intelligence", "finance", "treasury", "economy", "economic",
    "energy", "press", "interior", "regional", "chief", "staff", "commander-in-chief", "house", "white",
    "crown", "first", "lady", "general", "nsc", "u.s.", "us", "un", "u.n.", "eu", "nato", "for",
    "the", "to", "designate", "elect", "majority", "minority",
    # portfolios and services written in lower case inside an office: "transport minister", "coast guard spokesperson"
    "external", "home", "transport", "health", "water", "justice", "trade", "agriculture", "education",
    "information", "culture", "labour", "labor", "environment", "industry", "mines", "petroleum", "fisheries",
    "infrastructure", "reconciliation", "unification", "reintegration", "irrigation", "resources", "veterans",
    "communications", "development", "cooperation", "integration", "immigration", "refugees", "coast", "guard",
    "police", "navy", "naval", "border",
}
NOMINAL_RE = re.compile(
    r"\b(?:the|The)\s+((?:[A-Z][\w.]*\s+|former\s+|then-)?(?:president|leader|prime minister|chancellor|"
    r"foreign minister|secretary of state|head of state|premier))\b"
)
# Words that show a PERSON entity of the small model is a document, body or place.
NOT_A_PERSON = {"statement", "declaration", "agreement", "council", "ministry", "sea", "plan", "summit",
                "house", "office", "committee", "forces", "army", "fund", "bank", "initiative", "accords",
                "treaty", "group", "news", "agency", "channel", "street", "square", "region", "oblast",
                # outlets ("told the Sahel Dispatch") and headings ("QUESTION", "Explainer", "Roadmap")
                "dispatch", "monitor", "briefing", "wire", "tribune", "herald", "gazette", "journal", "daily",
                "explainer", "roadmap", "question", "meeting", "ministerial", "province", "district", "valley",
                # a communiqué's capitalised "the Sides", "the Parties"
                "sides", "parties"}


@dataclass
class Person:
    name: str
    forms: set[str] = field(default_factory=set)
    title: str | None = None
    party: str | None = None
    mentions: list[tuple[int, int]] = field(default_factory=list)
    known: vocab.KnownActor | None = None
    office: str | None = None  # the office a relative title stands for ("Sudrian counterpart" -> "Sudrian Foreign Minister")

    def to_actor(self) -> Actor:
        aliases = sorted({f for f in self.forms if f != self.name} | set(self.known.aliases if self.known else ()))
        return Actor(name=self.name, aliases=aliases, title=self.office or self.title, party=self.party)


def _known_by_form() -> dict[str, vocab.KnownActor]:
    return _forms_of(vocab.gazetteer())


@functools.lru_cache(maxsize=4)
def _forms_of(actors: tuple[vocab.KnownActor, ...]) -> dict[str, vocab.KnownActor]:
    """Each spelling of a gazetteer (folded) -> its person; built once per gazetteer, not per article."""
    out = {}
    for k in actors:
        for form in (k.name, *k.aliases):
            out[fold(form)] = k
    return out


@functools.lru_cache(maxsize=4)
def _spellings(actors: tuple[vocab.KnownActor, ...]) -> re.Pattern[str] | None:
    """One pattern for every spelling of four letters or more, longest first: a text is read once for all of
    them (a pattern per spelling recompiled for each article took most of the extraction time)."""
    forms = sorted({f for k in actors for f in (k.name, *k.aliases) if len(f) >= 4}, key=len, reverse=True)
    if not forms:
        return None
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, forms)) + r")(?![\w-])")


def _clean_name(text: str) -> str:
    text = re.sub(r"['’ʼ]s$", "", text.strip())
    text = re.sub(r"^(?:President|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Sir|Gen\.?)\s+", "", text)
    words = text.split()
    while len(words) > 2 and (is_form_of_address(words[0])
                              or words[0].lower().strip(".") in TITLE_WORDS | {"sen", "rep", "gov", "hh", "his", "her"}):
        words.pop(0)  # "Crown Prince Mohammed bin Salman": the office is no part of the name
    return " ".join(words).strip(" ,.;:\"“”'")


def _title_before(doc, ent) -> str | None:
    """Title words written right before the name: "Kremlin spokesman Dmitry Peskov".

    Also before a comma: "his Freedonian counterpart, Ana Ruiz".
    """
    found = _title_ending_at(doc, ent, ent.start - 1)
    comma = ent.start - 1
    if comma > ent.sent.start and is_courtesy(doc[comma].text):
        comma -= 1  # "the foreign minister, Dr. Ana Lind": the honorific is neither name nor office
    if found is None and comma >= 1 and doc[comma].text == ",":
        found = (_title_phrase_before_comma(doc, comma) or _title_ending_at(doc, ent, comma - 1)
                 or _title_words_before_comma(doc, comma))
    elif found is not None and all(is_rank(w) or is_courtesy(w) for w in found.split()):
        # "Norland's military ruler, General Ivo Sand": the office set off before the rank is the title
        comma = ent.start - len(found.split()) - 1
        if comma >= 1 and doc[comma].text == ",":
            found = _title_phrase_before_comma(doc, comma) or found
    elif found is not None:
        words = found.split()
        rank = len(words)
        while rank > 1 and (is_rank(words[rank - 1]) or is_courtesy(words[rank - 1])) and words[rank - 1][:1].isupper():
            rank -= 1
        if rank < len(words) and words[rank - 1].islower():
            # "coast guard spokesman Commodore Ana Lind": the office, without the rank ("Secretary General" keeps it)
            found = " ".join(words[:rank])
    return found


def _may_extend(title: str, doc, ent) -> bool:
    """Whether a later mention may say more of a short office: "Deputy Secretary" written in full further on."""
    return len(title.split()) <= 3 and ent.start > 0 and doc[ent.start - 1].lower_ in TITLE_WORDS


# A live blog's time stamp opening an entry: "13:05".
TIME = re.compile(r"^\d{1,2}[:.]\d{2}$")
DETERMINERS = {"the", "a", "an", "his", "her", "its", "their"}


def _rank_alone(title: str) -> bool:
    """A rank or courtesy title with no office ("Ambassador", "Gen."): an office in apposition says more."""
    return len(title.split()) == 1 and (is_rank(title) or is_courtesy(title))


def _title_phrase_before_comma(doc, comma: int) -> str | None:
    """ "Pakistan's foreign office spokesperson, Sana Qureshi": the whole noun phrase of the office."""
    last = doc[comma - 1]
    tok, head = last, None
    sent_start = last.sent.start
    while True:  # "Minister of State": the office is the noun the preposition hangs on
        if _is_head(tok.lower_) and tok.pos_ in {"NOUN", "PROPN"}:
            head = tok
        up = tok.head.head
        if tok.dep_ != "pobj" or tok.head.dep_ != "prep" or not sent_start <= up.i < tok.i or up.pos_ not in {"NOUN", "PROPN"}:
            break
        tok = up
    if head is None:
        return None
    words = [t for t in doc[head.left_edge.i : last.i + 1]]
    while words and (words[0].lower_ in DETERMINERS or words[0].is_punct or words[0].like_num or TIME.match(words[0].text)):
        words.pop(0)  # "13:05 Lind's spokeswoman, …": a live blog's time stamp is no part of the office
    if not words or len(words) > 16 or any(t.text in {",", ";"} for t in words):
        return None
    return doc[words[0].i : words[-1].i + 1].text


PHRASE_GLUE = {"of", "the", "for", "at", "and", "to", "in", "on", "-", "'s", "’s"}


def _title_words_before_comma(doc, comma: int) -> str | None:
    """A long office whose parse breaks up, read back over its capitalised words:
    "in the presence of the Minister of State at the Ministry of Justice of Norland, Ana Lind"."""
    i, words = comma - 1, []
    while i >= doc[comma].sent.start:
        t = doc[i]
        # a remit may list its fields with commas: "Commissioner for Trade, Industry and Mining"
        listed = t.text == "," and words and words[0].text[:1].isupper() and i > 0 and doc[i - 1].text[:1].isupper()
        if not (t.text[:1].isupper() or t.lower_ in PHRASE_GLUE or _is_head(t.lower_) or listed):
            break
        words.insert(0, t)
        i -= 1
    while words and (words[0].lower_ in PHRASE_GLUE or words[0].text == "," or not _is_head(words[0].lower_)):
        words.pop(0)  # the office starts at its head noun: "Minister of State ..."
    if not words or len(words) > 16:
        return None
    start = words[0].i
    for k in range(max(start - 4, doc[comma].sent.start), start):
        if all(t.text[:1].isupper() for t in doc[k:start]) and whole_party(doc[k:start].text):
            start = k  # "the African Union Commissioner for ...": the body the office belongs to
            break
    return doc[start : words[-1].i + 1].text


def _title_ending_at(doc, ent, i: int) -> str | None:
    sent_start = ent.sent.start
    words: list = []
    while i >= sent_start:
        tok = doc[i]
        low = tok.lower_
        if tok.is_punct and tok.text not in {"-", "'s", "’s"}:
            break
        if low in {"a", "an"} or (low == "the" and not (i > sent_start and doc[i - 1].lower_ == "of")):
            break  # "of the" stays inside an office: "Prime Minister of the Republic of Norland Ana Lind"
        hyphen = tok.text == "-" and not tok.whitespace_  # "Ambassador-designate"
        if low == "to" and words and _is_head(words[0].lower_) and words[0].is_title:
            break  # "a senior adviser to President Ana Lind": she is the President, the adviser someone else
        if tok.text in {"'s", "’s"} or hyphen or low in TITLE_WORDS or _is_head(low) or tok.is_title or tok.is_upper or find_parties(tok.text):
            if tok.pos_ == "VERB" or (tok.ent_type_ == "PERSON" and not _is_party(tok.text)):
                break  # another person's name ends the title; "Azerbaijani" mis-tagged as one does not
            words.insert(0, tok)
            i -= 1
            continue
        break
    while words and words[0].lower_ in {"of", "and", "for", "to", "'s", "’s"}:
        words.pop(0)
    if not words or not any(_is_head(w.lower_) for w in words):
        return None
    title = doc[words[0].i : words[-1].i + 1].text
    return title[:-1] if title.endswith("ts") and title.lower().endswith("presidents") else title


COLLECTIVE_TAIL = re.compile(r"\s+of\s+(?:the\s+)?(?:two|three|both|all)\b.*$")


def _one_holder(title: str | None) -> str | None:
    """ "the foreign ministers of the two countries, A and B": each holds "foreign minister"."""
    if not title:
        return title
    words = COLLECTIVE_TAIL.sub("", title).split()
    last = words[-1].lower() if words else ""
    if last.endswith("s") and last[:-1] in TITLE_HEADS:
        words[-1] = words[-1][:-1]
    return " ".join(words) or title


def _shared_title(doc, ent) -> str | None:
    """The second of two names joined after one plural title shares it ("ministers, A and B")."""
    root = ent.root
    if root.dep_ != "conj" or root.head.ent_type_ != "PERSON":
        return None
    first = next((e for e in doc.ents if e.start <= root.head.i < e.end), None)
    title = _title_before(doc, first) if first is not None else None
    if not title:
        return None
    last = COLLECTIVE_TAIL.sub("", title).split()[-1].lower()
    return title if last.endswith("s") and last[:-1] in TITLE_HEADS else None


def _is_head(word: str) -> bool:
    return word in TITLE_HEADS or (word.endswith("s") and word[:-1] in TITLE_HEADS)


OBSERVER = re.compile(r"\b(?:analyst|researcher|fellow|professor|expert|scholar|academic|historian|"
                      r"journalist|correspondent|reporter|editor|commentator|columnist|blogger)s?\b", re.I)
# Titles of people who act for no state (FORMAT.md: the party a person acts for): one who held an office and
# holds none now, and private people.
NO_OFFICE = re.compile(r"^(?:an? |the )?(?:former|retired|ex-)\b(?!.*\b(?:who|now|currently|chairs?|heads?|leads?)\b)"
                       r"(?!.*[;,])", re.I)
PRIVATE = re.compile(r"\b(?:farmer|trader|shopkeeper|vendor|driver|fisherman|fishermen|herder|villager|resident|"
                     r"student|teacher|schoolteacher|nurse|doctor|mother|father|widow|refugee|miner|merchant)s?"
                     r"(?: (?:who|\w+ing)\b.*)?$",
                     re.I)


def _acts_for_none(title: str) -> bool:
    """ "former Norlandic diplomat", "retired general", "market trader": no office held for a party now."""
    return bool(NO_OFFICE.search(title) or PRIVATE.search(title))


GROUP_ROLE = re.compile(
    r"\b(?:leader|commander|chief|head|spokes(?:man|woman|person)|negotiator|envoy|representative|member|"
    r"official|chairman|chair|president|secretary|delegate|founder)s? (?:of|for) (?:the )?"
    r"((?:[A-Z][\w'’-]*|of|the|for|and|del|de|la)(?:\s+(?:[A-Z][\w'’-]*|of|the|for|and|del|de|la)){0,7})")
# Capitalised words before a lower-case noun qualify it: "envoy for Asian affairs", "head of Arctic policy".
ADJECTIVE_OF_REMIT = re.compile(r"\s+(?!(?:of|for|and|the|del|de|la)\b)[a-z]")
NOT_A_GROUP = re.compile(r"\b(?:Ministry|Department|Committee|University|Institute|Council|Office|Agency|Bank|"
                         r"Commission|Parliament|Assembly|Court|Center|Centre|School|Foundation|Board)\b")


def _group_of_title(title: str | None) -> str | None:
    """The armed group or movement a title places its holder in: "spokesman for the Karen Liberation Army"."""
    m = GROUP_ROLE.search(title or "")
    if not m or ADJECTIVE_OF_REMIT.match(title, m.end(1)):
        return None  # "special envoy for Asian affairs": a remit, not a group
    name = re.sub(r"(?:\s+(?:of|the|for|and|del|de|la))+$", "", m.group(1)).strip()
    if not name or not name[0].isupper() or NOT_A_GROUP.search(name) or len(name) < 3:
        return None
    return name


OF_PARTY = re.compile(r"\s+of\s+(?:the\s+)?")


# "the two negotiators, Ana Lind for Norland and Jon Berg for Sudland": a side named after "for", and no more.
FOR_PARTY = re.compile(r"\s+for\s+(?:the\s+)?")
FOR_END = re.compile(r"\s*(?:[,.;:)]|and\b|$)")


def _party_after_name(text: str, person: "Person") -> str | None:
    """ "President Ana Lind of Norland", "Ana Lind for Norland": the party named right after the name."""
    for _, end in person.mentions:
        m = OF_PARTY.match(text, end)
        side = m is None and FOR_PARTY.match(text, end)
        m = m or side
        if m:
            found = [pm for pm in find_parties(text[m.end() : m.end() + 60]) if pm.start == 0 and pm.kind == "name"]
            if found and (not side or FOR_END.match(text, m.end() + found[0].end)):
                return found[0].party
    return None


def _owner_party(doc, person: "Person", known: dict) -> str | None:
    """ "Lind's press adviser Jon Berg", "Lind's spokeswoman, Ana Berg": the party of the person whose aide this is."""
    for span in _mention_spans(doc, person):
        i = span.start - 1
        if i > span.sent.start + 2 and doc[i].text == ",":
            i -= 1
        while i > span.sent.start and (doc[i].lower_ in TITLE_WORDS or _is_head(doc[i].lower_)
                                       or (doc[i].dep_ in {"compound", "amod"} and doc[i].is_lower)):
            i -= 1  # over the title words back to the possessive
        if i > span.sent.start and doc[i].text in {"'s", "’s"} and i < span.start - 1:
            owner = known.get(fold(doc[i - 1].text)) or known.get(surname(doc[i - 1].text))
            if owner is not None and owner.party:
                return owner.party
    return None


SEND_VERBS = frozenset({"send", "appoint", "name", "dispatch", "nominate", "assign"})


def _mention_spans(doc, person: "Person"):
    """The spans of a person's mentions in the parsed text."""
    for start, end in person.mentions:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            yield span


def _outer_title_party(doc, person: "Person") -> str | None:
    """The party of a role set off before the office written with the name: "Norland's chief negotiator, Senate
    president Ana Lind" or "his Sudrian counterpart, Water Board chairman Ivo Brand" (an office in lower case before
    the name is read as the title word alone, so no comma is found before it)."""
    for span in _mention_spans(doc, person):
        inner = _title_ending_at(doc, span, span.start - 1)
        if inner is None:
            continue
        last = doc[span.start - 1]
        begins = last.idx + len(last) - len(inner)
        comma = span.start - 1
        while comma > span.sent.start and doc[comma].idx > begins:
            comma -= 1
        comma -= 1
        if comma > span.sent.start and doc[comma].text == ",":
            outer = _title_phrase_before_comma(doc, comma)
            party = party_of_title(outer) if outer else None
            if party:
                return party
    return None


def _sender_party(doc, person: "Person") -> str | None:
    """ "Norland sent envoy Jon Berg", "Norland is sending a new ambassador, Jon Berg": the sender's."""
    for span in _mention_spans(doc, person):
        tok = span.root
        if tok.dep_ == "appos" or (tok.dep_ == "compound" and tok.head.dep_ == "dobj"):
            tok = tok.head
        if tok.dep_ not in {"dobj", "nsubjpass"} or tok.head.lemma_.lower() not in SEND_VERBS:
            continue
        verb = tok.head
        for _ in range(2):  # "Norland announced it is sending": the subject of the verb above
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.pos_ != "PRON":
                return party_of_phrase(doc[subj.left_edge.i : subj.i + 1].text)
            if verb.dep_ not in {"ccomp", "xcomp", "conj"}:
                break
            verb = verb.head
    return None


GENERIC_GROUP = re.compile(r"\b(?:group|front|movement|rebels|rebel group|militia|insurgents|insurgency)(?:['’]s)?\b")


def _generic_group_party(text: str, person: "Person") -> str | None:
    """ "the front's chief negotiator": the armed group or movement last named before."""
    if not person.title or not GENERIC_GROUP.search(person.title) or not person.mentions:
        return None
    first = min(s for s, _ in person.mentions)
    seatless = {p.name for p in vocab.parties() if not p.seats}  # movements and blocs have no capital
    named = [pm.party for pm in find_parties(text[:first]) if pm.party in seatless]
    return named[-1] if named else None


LEAD_VERBS = frozenset({"lead", "head", "chair", "represent"})


def _party_led(doc, person: "Person") -> str | None:
    """ "Ukraine's delegation was led by X", "X, who heads the Russian team": the side a person leads."""
    for span in _mention_spans(doc, person):
        root = span.root
        verb = None
        if root.dep_ == "pobj" and root.head.dep_ == "agent" and root.head.head.lemma_.lower() in LEAD_VERBS:
            verb = root.head.head
            sides = [c for c in verb.children if c.dep_ == "nsubjpass"]
            if verb.dep_ == "acl":  # "the Moroccan delegation, led by X"
                sides.append(verb.head)
                if verb.i >= 2 and doc[verb.i - 1].text == "," and doc[verb.i - 2].pos_ == "NOUN":
                    sides.append(doc[verb.i - 2])  # the noun before the comma, when the parse hangs it elsewhere
        elif root.dep_ == "nsubj" and root.head.lemma_.lower() in LEAD_VERBS:
            verb = root.head
            sides = [c for c in verb.children if c.dep_ == "dobj"]
        else:
            for c in root.children:  # "X, who heads the Russian team"
                if c.dep_ == "relcl" and c.lemma_.lower() in LEAD_VERBS:
                    verb = c
            sides = [c for c in verb.children if c.dep_ == "dobj"] if verb is not None else []
        for side in sides:
            party = party_of_phrase(doc[side.left_edge.i : side.i + 1].text) or _body_name(doc, side)
            if party:
                return party
    return None


def _body_name(doc, head) -> str | None:
    """A rival government or movement the text names in capitals ("the eastern-based
    Government of National Accord"): the side a person leads, as written."""
    if head.pos_ != "PROPN" or not head.is_title:
        return None
    end = head.i
    for t in doc[head.i + 1 : head.i + 8]:  # "Government of National Accord"
        if not (t.is_title or t.lower_ in {"of", "for", "and", "the"}):
            break
        end = t.i
    while doc[end].lower_ in {"of", "for", "and", "the"}:
        end -= 1
    start = head.i
    while start > head.left_edge.i and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title:
        start -= 1
    words = doc[start : end + 1]
    return words.text if len(words) >= 2 and not find_parties(words.text) else None


def _is_party(name: str) -> bool:
    """A "person" that is wholly a party's name ("Kyiv"), not one that holds such a word ("Chad Smith")."""
    return whole_party(name) is not None


def _title_inside(text: str, name: str) -> str | None:
    """The office the model took into the name: "Crown Prince Mohammed bin Salman"."""
    at = text.find(name)
    prefix = text[:at].strip() if at > 0 else ""
    if prefix and any(w.lower().strip(".") in TITLE_HEADS for w in prefix.split()):
        return prefix
    return None


def _title_after(doc, ent) -> str | None:
    """An apposition after the name: "Dmitry Peskov, the Kremlin spokesman, said"."""
    if ent.end >= len(doc) or doc[ent.end].text != ",":
        return None
    words = []
    for tok in doc[ent.end + 1 : min(len(doc), ent.end + 20)]:
        if tok.text in {",", ".", ";", ":", "—", "–", "(", ")", '"', "“", "”"} or tok.is_sent_start:
            break
        if tok.lower_ in {"who", "whose", "which", "that", "where"} and words:
            break  # "a farmer whose land straddles the line": the role before the clause
        if tok.pos_ in {"VERB", "AUX"} and tok.dep_ not in {"amod", "compound"}:
            return None
        words.append(tok)
    if words and words[-1].ent_type_ == "PERSON" and not any(w.lower_ in {"to", "of"} for w in words):
        return None  # "A, Kazakh Foreign Minister B, C": the next of a list of signatories, not A's office
    while words and words[0].lower_ in {"the", "a", "an"}:
        words.pop(0)
    # "head of X and a participant in Y": keep the first role
    for k, w in enumerate(words):
        if w.lower_ == "and" and k + 1 < len(words) and words[k + 1].lower_ in {"a", "an", "the"}:
            words = words[:k]
            break
    if not words or not any(w.lower_ in TITLE_HEADS or w.lower_ in ROLE_NOUNS for w in words):
        return None
    return doc[words[0].i : words[-1].i + 1].text


def _title_below(doc, ent) -> str | None:
    """A signature block: the name alone on its line and the office alone on the next one
    ("Ana Lind" / "President of the Republic of Norland")."""
    text = doc.text
    line_start = text.rfind("\n", 0, ent.start_char) + 1
    line_end = text.find("\n", ent.end_char)
    if line_end < 0 or text[line_start : ent.start_char].strip(" *_") or text[ent.end_char : line_end].strip(" *_"):
        return None
    m = re.match(r"[ \t]*\n?[ \t]*\n?([^\n]+)", text[line_end + 1 :])
    if m is None:
        return None
    start = line_end + 1 + m.start(1)
    line = m.group(1).strip(" *_\t")
    words = line.split()
    if not 1 <= len(words) <= 12 or line[-1] in ".:;?!" or not words[0][:1].isupper():
        return None
    if words[0].lower() not in TITLE_HEADS | {"prime", "vice", "deputy", "foreign", "first", "special"}:
        return None  # a list of names, a heading or a sentence, not an office
    if any(e.label_ == "PERSON" and e.start_char < start + len(m.group(1)) and e.end_char > start for e in doc.ents):
        return None
    spellings = _spellings(vocab.gazetteer())
    if spellings is not None and spellings.search(line):
        return None  # another person's line
    return line


class ActorIndex:
    """The people of one article and where each is mentioned."""

    def __init__(self, people: list[Person], date: str):
        self.people = people
        self.date = date
        self._by_key: dict[str, int] = {}
        for i, p in enumerate(people):
            for f in p.forms | {p.name}:
                self._by_key.setdefault(fold(f), i)
                self._by_key.setdefault(surname(f), i)
            if p.known:
                for f in (p.known.name, *p.known.aliases):
                    self._by_key.setdefault(fold(f), i)

    def actors(self) -> list[Actor]:
        return [p.to_actor() for p in self.people]

    def at(self, start: int, end: int) -> Person | None:
        """The person mentioned in (or overlapping) the span."""
        for p in self.people:
            for s, e in p.mentions:
                if s < end and start < e:
                    return p
        return None

    def by_name(self, name: str) -> Person | None:
        key = fold(_clean_name(name))
        i = self._by_key.get(key)
        if i is None:
            i = self._by_key.get(surname(key))
        return self.people[i] if i is not None else None

    def resolve_nominal(self, phrase: str) -> Person | None:
        """ "the US president", "the Kremlin leader" -> the person holding that office here."""
        low = phrase.lower()
        party = party_of_phrase(phrase)
        head = next((h for h in ("prime minister", "foreign minister", "secretary of state", "president",
                                 "leader", "chancellor", "premier", "head of state") if h in low), None)
        if head is None:
            return self._by_role(phrase)
        heads = {head} | ({"president", "prime minister", "chancellor", "premier", "leader"} if head in {"leader", "head of state"} else set())
        cands = []
        for p in self.people:
            title = (p.title or (p.known.title_on(self.date) if p.known else None) or "").lower()
            if party and p.party and p.party != party:
                continue
            if any(h in title for h in heads) and not any(w in title and w not in low for w in ("vice", "deputy")):
                cands.append(p)
        if len(cands) == 1 or (cands and party):
            return cands[0]
        return None

    def _by_role(self, phrase: str) -> Person | None:
        """ "the envoy", "the chief negotiator": the one person here whose title has that role; "Kenyan
        minister", as a headline writes it: the one holder of that party."""
        low = phrase.strip().lower()
        m = re.fullmatch(r"(?:(?:the|a|an|this|that)\s+)?(?:[\w-]+\s+){0,2}?(envoy|spokes(?:man|woman|person)|negotiator|"
                         r"mediator|minister|adviser|advisor|ambassador|commander|chairman|chair|facilitator)", low)
        if m is None:
            return None
        role = m.group(1)
        holders = [p for p in self.people if p.title and role in p.title.lower()]
        if m.start(1) > 0 and not re.match(r"(?:the|a|an|this|that)\s", low):
            party = party_of_phrase(phrase.strip())  # no article: a headline's "Kenyan minister", bound to its party
            holders = [p for p in holders if party and p.party == party]
        return holders[0] if len(holders) == 1 else None

    def resolve(self, text: str, start: int | None = None, end: int | None = None) -> Person | None:
        if start is not None and end is not None:
            hit = self.at(start, end)
            if hit:
                return hit
        return self.by_name(text) or self.resolve_nominal(text)


def find_actors(doc, date: str) -> ActorIndex:
    """Cluster the people of a parsed article into actors with titles and parties."""
    known = _known_by_form()
    text = doc.text
    clusters: dict[str, Person] = {}  # key: surname, or gazetteer name
    order: list[str] = []

    def key_for(name: str) -> tuple[str, vocab.KnownActor | None]:
        k = known.get(fold(name)) or known.get(surname(name))
        if k is None and len(name.split()) == 1:
            # "Sørensen" after "Peter Sørensen": a bare surname is the one known person of the article who
            # bears it, as the gazetteer gives common surnames ("Hussein", "Todd") no alias of their own
            bearers = named_here.get(surname(name), set())
            k = next(iter(bearers)) if len(bearers) == 1 else None
        return (fold(k.name) if k else surname(name)), k

    spans = []
    full_names = {w for e in doc.ents if e.label_ == "PERSON" and len(e) > 1 for w in e.text.split()}
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        name = _clean_name(ent.text)
        if not name or not re.search(r"[A-Z]", name) or (_is_party(name) and fold(name) not in known):
            continue
        if len(name.split()) > 5 or any(ch.isdigit() for ch in name):
            continue
        if any(w.lower() in NOT_A_PERSON for w in name.split()):
            continue
        if fold(name) not in known and (_is_place(doc, ent) or _town_name(name, full_names)):
            continue  # "in Kryvyi Rih": a place the small model took for a person
        spans.append((ent, name))
    spans += [(ent, ent.text) for ent in doc.ents if _apposed_person(doc, ent)]
    # gazetteer spellings the model missed or mislabelled
    seen_starts = {ent.start_char for ent, _ in spans}
    spellings = _spellings(vocab.gazetteer())
    for m in spellings.finditer(text) if spellings is not None else ():
        if not any(s <= m.start() < e for s, e in ((en.start_char, en.end_char) for en, _ in spans)):
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is not None and m.start() not in seen_starts:
                spans.append((span, m.group(0)))
                seen_starts.add(m.start())
    spans.sort(key=lambda s: s[0].start_char)
    named_here: dict[str, set[vocab.KnownActor]] = {}
    for _, name in spans:
        k = known.get(fold(name))
        if k is not None and len(name.split()) > 1:
            last = surname(name)
            for key in {last, _without_article(last)}:
                named_here.setdefault(key, set()).add(k)  # "al-Sudani" is also "Sudani"
    for ent, name in spans:
        key, k = key_for(name)
        if not key:
            continue
        person = clusters.get(key)
        if person is None:
            person = clusters[key] = Person(name=name, known=k)
            order.append(key)
        person.forms.add(name)
        if len(name.split()) > len(person.name.split()):
            person.name = name
        person.mentions.append((ent.start_char, ent.end_char))
        if person.title is None or _may_extend(person.title, doc, ent):
            title = _title_before(doc, ent) or _title_inside(ent.text, name) or _title_after(doc, ent) \
                or _title_below(doc, ent) or _shared_title(doc, ent)
            if title and _rank_alone(title):
                title = _title_after(doc, ent) or title  # "Ambassador X, Chief Negotiator of Y"
            title = _one_holder(title)
            if person.title is None or (title and title.lower().startswith(person.title.lower() + " ")):
                person.title = title  # "Deputy Secretary Lind" then "Deputy Secretary of State Ana Lind"
    people = _first_names_joined([clusters[k] for k in order if not _only_credited(clusters[k], doc)])
    for p in people:
        if p.known and len(p.name.split()) < len(p.known.name.split()):
            p.forms.add(p.name)
            p.name = p.known.name  # one name for one person across articles
        p.title = _known_title(p, date)
        if p.title and (OBSERVER.search(p.title) or _acts_for_none(p.title)) and not p.known:
            p.party = None  # an analyst, a retired officer or a farmer speaks for no party, whatever their nationality
            continue
        p.party = (party_of_title(p.title) if p.title else None) or (p.known.party if p.known else None) \
            or _group_of_title(p.title) or _party_led(doc, p) or _party_after_name(text, p) \
            or _owner_party(doc, p, known) or _sender_party(doc, p) or _generic_group_party(text, p) \
            or _spoken_for_party(doc, p) or _outer_title_party(doc, p)
    _respective(text, people)
    for p in people:
        if p.party is None:
            p.party = _delegation_party(text, p) or _possessor_party(doc, p, people) or _body_spoken_for(doc, p) \
                or _host_party(doc, p) \
                or _briefing_party(text, p) or _home_party(text, p, people) or _local_party(doc, p)
    _counterpart_offices(people)
    index = ActorIndex(people, date)
    _add_nominal_mentions(index, text)
    _add_unnamed_officials(index, doc)
    return index


COUNTERPART = re.compile(r"^(?:(?:his|her|their|the) )?(?:([A-Z][\w-]+) )?counterpart$", re.I)


def _counterpart_offices(people: list[Person]) -> None:
    """ "Norland's Foreign Minister Ana Lind … Her Sudrian counterpart, Jon Berg": a counterpart holds the
    office of the person named last before it, in its own state: "Sudrian Foreign Minister". The title stays
    as the text states it for resolving other mentions; the office is what the actor is shown with."""
    for p in people:
        m = COUNTERPART.match(p.title or "")
        if m is None or not p.mentions:
            continue
        first = min(s for s, _ in p.mentions)
        before = [(max(s for s, _ in o.mentions if s < first), o) for o in people
                  if o is not p and o.title and not COUNTERPART.match(o.title) and any(s < first for s, _ in o.mentions)]
        if not before:
            continue
        office = _office_without_party(max(before, key=lambda b: b[0])[1].title)
        if office and office.lower() != "counterpart":
            p.office = f"{m.group(1)} {office}" if m.group(1) else office


def _first_names_joined(people: list[Person]) -> list[Person]:
    """ "Redon insisted" after "Redon Hoxha": a lone word that is the first name of exactly one full name
    here is that person (features call people by their first name), not a second actor. So is a lone word that
    is another part of one full name: the first of two surnames ("Olvera" after "Ximena Olvera Ruiz") or a
    surname without its article ("Burhan" after "Abdel Fattah al-Burhan")."""
    out = []
    for p in people:
        if len(p.name.split()) == 1 and p.known is None:
            full = [o for o in people if o is not p and len(o.name.split()) > 1 and o.name.split()[0] == p.name]
            if not full:
                full = [o for o in people if o is not p and len(o.name.split()) > 2 and p.name in _name_parts(o.name)]
            if len(full) == 1:
                full[0].forms.add(p.name)
                full[0].mentions.extend(p.mentions)
                full[0].title = full[0].title or p.title
                continue
        out.append(p)
    return out


def _name_parts(name: str) -> set[str]:
    """The words after the first of a name, each also without an Arabic article: "Abdel Fattah al-Burhan" ->
    {"Fattah", "al-Burhan", "Burhan"}."""
    parts = set(name.split()[1:])
    return parts | {_without_article(w) for w in parts}


ARABIC_ARTICLE = re.compile(r"^(?:al|el|ad|ash|as|at|az|ar)-", re.I)


def _without_article(word: str) -> str:
    """ "al-Burhan" -> "Burhan": news names a person by a surname with or without its article."""
    return ARABIC_ARTICLE.sub("", word)


# "the foreign ministers of Chad and Niger, Ali Brahim and Moussa Salifou": each holds the office for the party in
# the same place of its list, whatever the parser made of the two coordinations.
RESPECTIVE = re.compile(r"\b(?P<office>(?:[a-z]+ )?(?P<head>[a-z]+)s) of (?:the )?(?P<a>[^,;.]+?) and (?:the )?(?P<b>[^,;.]+?)"
                        r",\s+(?P<x>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,3}) and (?P<y>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,3})\b")


def _respective(text: str, people: list["Person"]) -> None:
    for m in RESPECTIVE.finditer(text):
        if m.group("head") not in TITLE_HEADS:
            continue
        owners = [next((pm.party for pm in find_parties(m.group(g))), None) for g in ("a", "b")]
        if None in owners or owners[0] == owners[1]:
            continue
        office = m.group("office")[:-1]
        for g, party in zip(("x", "y"), owners):
            name = m.group(g)
            for p in people:
                if name == p.name or name in p.forms:
                    p.title, p.party = office, party


SAY_VERBS = frozenset({"say", "tell", "insist", "add", "warn", "state", "announce", "confirm", "stress", "reiterate"})


def _spoken_for_party(doc, person: "Person") -> str | None:
    """ "spokesman Jon Berg said Norland wanted guarantees": an official speaks for the state he reports."""
    if not person.title or not any(_is_head(w) for w in person.title.lower().split()):
        return None
    for span in _mention_spans(doc, person):
        if span.root.dep_ != "nsubj" or span.root.head.lemma_.lower() not in SAY_VERBS:
            continue
        for clause in (c for c in span.root.head.children if c.dep_ == "ccomp"):
            subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            found = find_parties(subj.text) if subj is not None else []
            if found and found[0].kind in {"name", "seat"} and found[0].end == len(subj.text):
                return found[0].party
    return None


# "JUBA, Norland —", "VIK, 3 May 2027 —", "VIK (Northern Wire Service) —" and the wire form "VIK, Jan. 3 -- ".
DATELINE = re.compile(r"^\s*([A-Z][\w'’.-]*(?:[ -][A-Z][\w'’.-]*){0,2})(?:,\s*([A-Z][\w'’. ]+?))?"
                      r"(?:,\s*(?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,8}(?: \d{4})?))?\s*"
                      r"(?:\([A-Z][\w ]{1,30}\)\s*)?(?:[—–]|(?P<hyphen>--))\s", re.M)
GOVERNMENT_TITLE = re.compile(r"\b(?:minister|ministry|government|national security|army|military|cabinet|prime|premier|"
                              r"defen[cs]e|interior|foreign office|administration|governor|mayor)\b", re.I)


def _home_party(text: str, person: "Person", people: list["Person"]) -> str | None:
    """A government office with no party named is the dateline state's ("JUBA, Norland — Army
    spokesman Jon Berg"), unless that state's holder of the office is someone else here."""
    if not person.title or not GOVERNMENT_TITLE.search(person.title) or OBSERVER.search(person.title):
        return None
    home = _dateline_party(text) or _dominant_state(text)
    head = person.title.lower().split()[-1]
    if home is None or any(o is not person and o.party == home and (o.title or "").lower().endswith(head)
                           for o in people):
        return None
    return home


# "the Norland delegation was led by Foreign Minister", "and Sudria's team by": a side led by the name after.
DELEGATION_LED = re.compile(r"(?:^|[\s,;(])((?:[Tt]he )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?(?:['’]s)?) (?:delegation|team|side)s?,? "
                            r"(?:(?:was|were|is|will be) )?(?:(?:led|headed) )?by (?:[\w.'’-]+,? ){0,9}$")
# "Norland's team was led by A; Sudland's by B": the second side's noun and verb left out after a semicolon.
GAPPED_LED = re.compile(r"\b(?:led|headed) by [^;]{3,120};\s*(?:and\s+)?((?:[A-Z][\w'’-]+ )?[A-Z][\w'’-]+['’]s) by "
                        r"(?:[\w.'’-]+,? ){0,9}$")


def _delegation_party(text: str, person: "Person") -> str | None:
    """ "…, and the Sudrian delegation by its deputy foreign minister, Ana Lind": the side led, read from
    the text where the parse of a gapped clause loses it."""
    for start, _ in person.mentions:
        before = text[max(0, start - 160) : start]
        before = re.split(r"[.;:]\s|\n", before)[-1]
        clause = re.split(r"[.:]\s|\n", text[max(0, start - 240) : start])[-1]  # past a semicolon, for the gapped form
        m = DELEGATION_LED.search(before) or GAPPED_LED.search(clause)
        if m:
            party = party_of_phrase(m.group(1))
            if party:
                return party
    return None


POSSESSIVE = {"its", "his", "her", "their"}


def _possessor_party(doc, person: "Person", people: list["Person"]) -> str | None:
    """ "Norland has not replied. Its information minister, Ana Lind, said …": the party of the subject
    "its" points back to; "Lind called a vote. His spokeswoman, Jon Berg, …": the party of the person."""
    for span in _mention_spans(doc, person):
        i = span.start - 1
        while i > span.sent.start and (is_rank(doc[i].text) or is_courtesy(doc[i].text)):
            i -= 1  # "Its commander, Major General Ana Lind": over the rank to the office set off before it
        if i > span.sent.start and doc[i].text == ",":
            i -= 1
        while i >= span.sent.start and i >= span.start - 8 and doc[i].lower_ not in POSSESSIVE and (
                doc[i].lower_ in TITLE_WORDS or _is_head(doc[i].lower_) or doc[i].is_lower or doc[i].pos_ == "PROPN"):
            i -= 1
        if i < span.sent.start or doc[i].lower_ not in POSSESSIVE or i == span.start - 1:
            continue
        subject = _previous_subject(doc, i) if doc[i].lower_ in {"its", "their"} else _previous_person_subject(doc, i, people)
        if subject is None:
            continue
        if doc[i].lower_ in {"its", "their"}:
            phrase = doc[subject.left_edge.i : subject.i + 1].text
            found = find_parties(phrase)
            if found and found[-1].end == len(phrase) and found[0].kind in {"name", "seat"}:
                return found[0].party
        else:
            owner = next((o for o in people if o is not person and o.party and any(
                s <= subject.idx < e for s, e in o.mentions)), None)
            if owner is not None:
                return owner.party
    return None


BODY_HEADS = frozenset({"ministry", "office", "guard", "government", "army", "military", "navy", "police", "cabinet",
                        "presidency", "department"})


def _body_spoken_for(doc, person: "Person") -> str | None:
    """ "Norland's foreign ministry said … Spokesman Jon Berg said …": a spokesman whose office names no party
    speaks for the body of his state that was the subject just before, in his sentence or the one before."""
    if not person.title or "spokes" not in person.title.lower():
        return None
    for span in _mention_spans(doc, person):
        sent = span.sent
        first = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        for k in range(span.start - 1, first - 1, -1):
            tok = doc[k]
            if tok.dep_ not in {"nsubj", "nsubjpass"} or tok.lower_ not in BODY_HEADS:
                continue
            found = find_parties(doc[tok.left_edge.i : tok.i + 1].text)
            if found and found[0].kind in {"name", "adjective", "seat"}:
                return found[0].party
            break  # the nearest body subject names no state: no guess
    return None


def _previous_person_subject(doc, i: int, people: list["Person"]):
    """The nearest subject before token i, in its sentence or the one before, that is a person of the text:
    "his" in "Lind has said voters will decide. His spokeswoman …" is Lind's, not the voters'."""
    sent = doc[i].sent
    first = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    for k in range(i - 1, first - 1, -1):
        if doc[k].dep_ in {"nsubj", "nsubjpass"} and doc[k].pos_ == "PROPN" and any(
                s <= doc[k].idx < e for o in people for s, e in o.mentions):
            return doc[k]
    return None


def _previous_subject(doc, i: int):
    """The subject nearest before token i, in its sentence or the one before."""
    sent = doc[i].sent
    first = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    for k in range(i - 1, first - 1, -1):
        if doc[k].dep_ in {"nsubj", "nsubjpass"} and doc[k].pos_ != "PRON":
            return doc[k]
    return None


MEET_VERBS = frozenset({"meet", "receive", "host"})


def _host_party(doc, person: "Person") -> str | None:
    """ "X visited Vik, where he met Foreign Minister Ana Lind", "during his visit to Vik he met …": an
    office with no party, held by someone a visitor meets on a visit to a state or its capital, is that
    state's. A meeting at a venue with no visit ("in Geneva, X met Y") says nothing of the host."""
    if not person.title or not GOVERNMENT_TITLE.search(person.title):
        return None
    for span in _mention_spans(doc, person):
        tok = span.root
        if tok.dep_ in {"appos", "compound"}:
            tok = tok.head
        if tok.dep_ != "dobj" or tok.head.lemma_.lower() not in MEET_VERBS:
            continue
        for visit in span.sent:
            if visit.lemma_.lower() != "visit":
                continue
            objects = [c for c in visit.children if c.dep_ == "dobj"] if visit.pos_ == "VERB" else [
                g for c in visit.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
            for place in objects:
                found = find_parties(doc[place.left_edge.i : place.i + 1].text)
                if len(found) == 1 and found[0].kind in {"name", "seat"}:
                    return found[0].party
    return None


# "told reporters in Norland's capital", "said at a briefing in the capital": where an official spoke to the press.
BRIEFING_IN = re.compile(r"[^.;\n]{0,60}?\b(?:news conference|press conference|briefing|reporters|journalists|"
                         r"press)\b in ((?:[A-Z][\w'’-]+)(?: [A-Z][\w'’-]+){0,2})")


def _briefing_party(text: str, person: "Person") -> str | None:
    """A government office with no party, held by someone who spoke to the press in a state's capital, is
    that state's: visiting ministers are named with their country."""
    if not person.title or not (GOVERNMENT_TITLE.search(person.title) or "spokes" in person.title.lower()):
        return None
    for _, end in person.mentions:
        m = BRIEFING_IN.match(text, end)
        if m:
            found = find_parties(m.group(1))
            if found and found[0].start == 0 and found[0].kind == "seat" and not _venue(text, m.group(1)):
                return found[0].party
    return None


VENUE_WORDS = re.compile(r"\b(?:talks|negotiat\w*|session|round|summit|meeting|sign\w*|host\w*|mediat\w*|"
                         r"facilitat\w*|venue|visit\w*)\b", re.I)


def _venue(text: str, place: str) -> bool:
    """Whether the text has talks, a signing or a visit in the place: then its press conference may be a
    visitor's ("told reporters in the host capital after the signing")."""
    for m in re.finditer(re.escape(place), text):
        if VENUE_WORDS.search(text[max(0, m.start() - 60) : m.end() + 60]):
            return True
    return False


# Names of blocs and bodies, whose officials' offices are never a state's.
_BODY_WORDS = re.compile(r"\b(?:Union|Nations|Organi[sz]ation|Community|Council|League|Alliance|Authority|Bank|Fund|"
                         r"Court|Commission|Conference|Forum|Group)\b")


MEDIATION_WORDS = re.compile(r"\b(?:mediat\w*|facilitat\w*|chairmanship|good offices|brokered|envoy)\b", re.I)


@functools.lru_cache(maxsize=8)
def _dominant_state(text: str) -> str | None:
    """The state a text is about, when one clearly outweighs every other: named (by name, adjective or
    seat) at least three times and twice as often as the next. An undated wire about one country's
    talks with a rebel movement names its government's offices without the country."""
    counts: dict[str, int] = {}
    mediators: set[str] = set()
    for pm in find_parties(text):
        if is_movement(pm.party) or pm.party.isupper() or _BODY_WORDS.search(pm.party):
            continue
        counts[pm.party] = counts.get(pm.party, 0) + 1
        if MEDIATION_WORDS.search(text[max(0, pm.start - 40) : pm.end + 40]):
            mediators.add(pm.party)
    for party in mediators:  # "under Angolan chairmanship", "thanked Oslo for its mediation": a mediator's
        counts.pop(party, None)  # offices are named with their state, the host government's are not
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < 3 or (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]):
        return None
    return ranked[0][0]


LOCAL_TITLE = re.compile(r"\b(?:governor|mayor|regional|region|city|municipal|local|district|province|provincial|"
                         r"county|oblast|village|town)\b", re.I)


def _local_party(doc, person: "Person") -> str | None:
    """A local office ("regional head", "the mayor of Isfara") is the state its place lies in: the towns its
    title or its sentence names, those set under another party excepted ("across the border from
    Norland's Vik region"), when they all lie in one state."""
    span = next(_mention_spans(doc, person), None)
    if not person.title or not LOCAL_TITLE.search(person.title) or span is None:
        return None
    states = set()
    for ent in span.sent.ents:  # any label: the small model takes many towns for bodies or products
        before = doc[max(ent.start - 2, 0) : ent.start]
        if ent.label_ in {"PERSON", "DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"} or (
                any(t.dep_ == "poss" for t in ent.root.children) or (len(before) == 2 and before[1].text in {"'s", "’s"})):
            continue
        state = state_of_place(ent.text)
        if state:
            states.add(state)
    return states.pop() if len(states) == 1 else None


@functools.lru_cache(maxsize=8)
def _dateline_party(text: str) -> str | None:
    """The state of the dateline that opens the body: "JUBA, South Sudan —", "YEREVAN —"."""
    paragraphs = [p for p in re.split(r"\n\s*\n", text) if p.strip()][1:8]
    for para in paragraphs:
        m = DATELINE.match(para)
        if m is None or (m.group("hyphen") and not m.group(1).isupper()):
            continue  # a double hyphen sets off a dateline only after a place in capitals ("VIK, Jan. 3 -- ")
        for place in (m.group(2), m.group(1).title(), m.group(1)):
            found = find_parties(place or "")
            if found and found[0].kind in {"name", "seat"}:
                return found[0].party
        town = state_of_place(m.group(1).title()) if m.group(2) is None else None
        if town:
            return town  # "ENUGU —": a town no party list holds
    return None


def _apposed_person(doc, ent) -> bool:
    """A name the model labels a place or body, set off by commas as a person is:
    "the government spokesman, Jon Berg, said", "Ola Brekke, a farmer whose land ..."."""
    if ent.label_ == "PERSON" or not 2 <= len(ent) <= 4 or not all(t.pos_ == "PROPN" and t.is_title for t in ent):
        return False
    if find_parties(ent.text) or any(t.lower_ in NOT_A_PERSON for t in ent):
        return False
    after = doc[ent.end] if ent.end < len(doc) else None
    if after is None or after.text != ",":
        return False
    if ent.start >= 2 and doc[ent.start - 1].text == "," and _title_before(doc, ent):
        return True
    return any(c.dep_ == "appos" and c.pos_ == "NOUN" and any(d.lower_ in {"a", "an"} for d in c.children)
               for c in ent.root.children)


PLACE_NOUNS = frozenset({"region", "oblast", "province", "district", "city", "town", "village", "settlement",
                         "county", "municipality", "governorate"})


def _is_place(doc, ent) -> bool:
    """A place the small model took for a person: "in Tarvo", "the town of Tarvo",
    "Tarvo district", "Tarvo, Norway," and a place joined to one ("villages of Aro and Tarvo")."""
    first = ent.root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    start = first.left_edge.i
    before = doc[start - 1].lower_ if start > 0 else ""
    if before in {"in", "near", "at", "into"}:
        return True
    if len(ent) == 1 and ent.start > 0 and doc[ent.start - 1].text == "the":
        return True  # "goods from the Sahel": a person's name takes no article
    if before == "of" and start > 1 and doc[start - 2].is_lower and doc[start - 2].lemma_ in PLACE_NOUNS:
        return True
    after = doc[ent.end] if ent.end < len(doc) else None
    if after is not None and after.is_lower and after.lemma_.lower() in PLACE_NOUNS:
        return True
    return after is not None and after.text == "," and _country_then_stop(doc, ent.end + 1)


def _town_name(name: str, full_names: set[str]) -> bool:
    """A town's or a capital's name the model tagged a person ("Bukavu", "YEREVAN" in a dateline), unless some
    person of the text bears it ("Santos" after "Ana Santos")."""
    if len(name.split()) == 1 and name in full_names:
        return False
    titled = name.title() if name.isupper() else name
    return bool(state_of_place(titled) or whole_party(titled))


def _country_then_stop(doc, i: int) -> bool:
    """ "…, Norway," or "…, Norway.": a country standing alone after a comma."""
    for j in range(i + 1, min(len(doc), i + 4)):
        if doc[j].is_punct:
            phrase = doc[i:j].text
            return any(pm.start == 0 and pm.end == len(phrase) and pm.kind == "name" for pm in find_parties(phrase))
    return False


def _known_title(person: Person, date: str) -> str | None:
    """The title read from the text; for a known person the text leaves untitled, or
    titles only relative to another ("his Norwegian counterpart"), the office held that day."""
    relative = person.title is not None and re.search(r"\bcounterparts?\b", person.title)
    if person.known is None or (person.title and not relative):
        return person.title
    return person.known.title_on(date) or person.title


CREDIT = re.compile(
    r"\b(?:contributed(?: to)? (?:this|the) report|contributed reporting|(?:writers?|reporters?|correspondents?|"
    r"photographers?) [A-Z]|AP Photo|via AP|/AP\b|Photo(?:graph)?:|Getty Images|Reuters/|reported from|"
    r"(?:AP|Reuters|AFP) correspondent|Written by|Reporting by|Editing by)"
)


def _only_credited(person: Person, doc) -> bool:
    """Bylines and photo credits name journalists, not actors of the process."""
    for start, _ in person.mentions:
        span = doc.char_span(start, start + 1, alignment_mode="expand")
        if span is None or not CREDIT.search(span.sent.text):
            return False
    return bool(person.mentions)


OFFICE_HEADS = {"president", "minister", "emir", "amir", "king", "sultan", "chief", "spokesperson", "spokesman", "spokeswoman", "envoy", "leader",
                "chancellor", "premier", "commander", "ambassador", "negotiator", "adviser", "advisor", "governor"}


def _add_unnamed_officials(index: ActorIndex, doc) -> None:
    """People a text names only by office: "Serbia's president said", "the army chief told".

    An office held by someone the article names is that person; one the
    gazetteer fills on the article's date is that known person; otherwise the
    office, as written, is the actor's name (FORMAT.md).
    """
    known_by_title: dict[str, vocab.KnownActor] = {}
    for k in vocab.gazetteer():
        t = k.title_on(index.date)
        if t:
            known_by_title.setdefault(t.lower(), k)
    for tok in doc:
        if not _acting_slot(tok) or tok.lemma_.lower() not in OFFICE_HEADS or tok.tag_ in {"NNS", "NNPS"}:
            continue  # "negotiators", "European leaders": a group, not a person
        left = tok.left_edge
        if any(t.ent_type_ == "PERSON" for t in doc[left.i : tok.i + 1]):
            continue
        words = [t for t in doc[left.i : tok.i + 1] if t.dep_ not in {"det", "punct"}]
        named_next = doc[tok.i + 1 : tok.i + 2].text == "," and doc[tok.i + 2 : tok.i + 3].text[:1].isupper()
        if not words or named_next or any(
                t.ent_type_ == "PERSON" or (t.dep_ == "appos" and t.pos_ == "PROPN") for t in tok.subtree):
            continue  # "the president, Ilham Aliyev," names him: the name is found elsewhere
        end = _of_party_end(doc, tok)
        phrase = doc[words[0].i : end + 1].text
        party = party_of_phrase(phrase) or (_portfolio_party(phrase, doc.text) if _speaks(tok) else None)
        if party is None or len(words) > 6:
            continue  # "the minister" alone says too little to be one person
        if index.at(tok.idx, tok.idx + len(tok.text)) is not None or index.resolve_nominal("the " + phrase):
            continue
        envoy = _the_envoy(index.people, party) if tok.lemma_.lower() in ENVOY_WORDS else None
        if envoy is not None:  # "the EU's envoy said" with "EU Special Representative Jon Berg" named: one person
            envoy.mentions.append((words[0].idx, doc[end].idx + len(doc[end].text)))
            continue
        if any(t.like_num or t.lower_ in {"two", "both", "several", "some"} for t in words):
            continue
        # the office as written is the name (FORMAT.md); the gazetteer's holder on
        # that date comes along as an alias, so the person is one across articles
        holder = known_by_title.get(_office_key(phrase, party))
        person = next((p for p in index.people if p.name.lower() == phrase.lower()), None)
        if person is None:
            person = Person(name=phrase, title=_office_without_party(phrase), party=party, known=holder)
            if holder is not None:
                person.forms.update({holder.name, *holder.aliases})
            index.people.append(person)
        person.mentions.append((words[0].idx, doc[end].idx + len(doc[end].text)))


# The offices of a body's or state's envoy, which news names by any of these words.
ENVOY_WORDS = frozenset({"envoy", "representative", "mediator", "emissary"})


def _the_envoy(people: list[Person], party: str) -> Person | None:
    """The one named person of the party who holds an envoy's office ("EU Special Representative"), if one."""
    envoys = [p for p in people if p.party == party and p.title and " " in p.name
              and any(w in ENVOY_WORDS for w in p.title.lower().split())]
    return envoys[0] if len(envoys) == 1 else None


# Verbs whose object takes part with their subject: "met the Syrian president", "called Oman's foreign minister".
MEETING_VERBS = frozenset("meet receive host call phone visit telephone welcome".split())


def _acting_slot(tok) -> bool:
    """Whether an office in this place acts: the subject of a clause, or a counterpart in talks — the
    object of "between" ("a call between A and B") or of a meeting verb ("received the Angolan envoy").
    After "to" or "of" an office is only named ("an adviser to the president"); after "with" it was too
    often the office of someone named elsewhere."""
    while tok.dep_ == "conj":
        tok = tok.head
    if tok.dep_ in {"nsubj", "nsubjpass"}:
        return True
    if tok.dep_ == "pobj":
        return tok.head.lower_ == "between"
    return tok.dep_ == "dobj" and tok.head.lemma_.lower() in MEETING_VERBS


def _office_without_party(phrase: str) -> str:
    """The office of "Somalia's president" or "the emir of Qatar" without its party: "president", "emir".
    The party is the actor's own field; the title is the office (FORMAT.md)."""
    title = phrase
    for pm in reversed(find_parties(phrase)):
        before, after = title[: pm.start].rstrip(), title[pm.end :]
        if not before or before.lower() in {"the", "a"}:
            title = re.sub(r"^(?:['’]s?)?\s+", "", after)  # "Somalia's president", "the Somali president"
        elif not after.strip() and before.lower().endswith(" of"):
            title = before[:-3].rstrip()  # "the emir of Qatar"
    title = re.sub(r"^(?:the|a)\s+", "", title, flags=re.I).strip()
    return title or phrase


# An office named by its portfolio, capitalised: "the Minister of Territorial Administration".
PORTFOLIO = re.compile(r"^(?:[A-Z][\w-]+ )*(?:Minister|Secretary|Commissioner) (?:of|for) (?:the )?[A-Z][\w-]+"
                       r"(?: (?:and|of|the|[A-Z][\w-]+))*$")


def _speaks(tok) -> bool:
    """The subject of a verb of saying: "the Minister of Justice said"."""
    return tok.dep_ == "nsubj" and tok.head.lemma_.lower() in SAY_VERBS | {"write", "declare", "reject", "accuse"}


def _portfolio_party(phrase: str, text: str) -> str | None:
    """A government's portfolio office names one person even without its state, which is then the state the
    text is filed from or mainly about."""
    if not PORTFOLIO.match(phrase):
        return None
    return _dateline_party(text) or _dominant_state(text)


def _of_party_end(doc, tok) -> int:
    """The last token of an office that names its party after it ("the emir of Qatar"), or its capitalised
    portfolio ("the Minister of Territorial Administration")."""
    for c in tok.rights:
        if c.dep_ == "prep" and c.lower_ in {"of", "for"} and c.i == tok.i + 1:
            tail = doc[c.i + 1 : c.right_edge.i + 1]
            if any(t.ent_type_ == "PERSON" for t in tail):
                continue
            if c.lower_ == "of" and len(tail) <= 5 and party_of_phrase(tail.text):
                return c.right_edge.i
            if tok.text[:1].isupper() and len(tail) <= 6 and not find_parties(tail.text) and all(
                    t.text[:1].isupper() or t.lower_ in {"and", "of", "the"} for t in tail):
                return c.right_edge.i  # a portfolio with no state in it
    return tok.i


def _office_key(phrase: str, party: str) -> str:
    """ "Russia's president" -> "russian president": the gazetteer's way to write an office."""
    adjective = next((p.adjectives[0] for p in vocab.parties() if p.name == party and p.adjectives), party)
    head = phrase.split()[-1].lower()
    return f"{adjective} {head}".lower()


def _add_nominal_mentions(index: ActorIndex, text: str) -> None:
    """Record "the US president" as a mention of the person it names, when unambiguous."""
    for m in NOMINAL_RE.finditer(text):
        p = index.resolve_nominal(m.group(0))
        if p is not None:
            p.mentions.append((m.start(), m.end()))
