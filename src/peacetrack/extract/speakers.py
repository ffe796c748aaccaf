"""Who a quote belongs to, in the names FORMAT.md asks for.

The quote finder returns the speaker as the text names it. Here a person's
mention becomes the person ("the US president" -> Donald Trump); a document
or a collective ("the statement", "the two countries", "both delegations")
becomes the parties that issued it — those of the latest joint event before
the quote, joined by "and"; a generic noun for an organisation ("the
company", "the group") becomes the organisation last named before it.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from ..records import Event, Quote
from .actors import ActorIndex
from .parties import find_parties, party_of_phrase, whole_party

DOCUMENT = re.compile(
    r"^(?:the |a |their |that |this )?(?:short |brief |full |signed )?(?:joint |final |official |written )?(?:statement|document|declaration|"
    r"communiqu[eé]|readout|text|memorandum|agreement|readout|release|fact sheet|summary)s?$", re.I)
COLLECTIVE = re.compile(
    r"^(?:the |both |all )?(?:two |three |four )?(?:warring |rival |neighbouring |neighboring |negotiating |feuding )?"
    r"(?:countries|sides|parties|delegations|leaders|governments|teams|nations|presidents|states|neighbou?rs|"
    r"generals|armies|foreign ministers|ministers|negotiators|heads of state)"
    r"(?: of (?:the )?(?:two|three|both) (?:countries|sides))?$", re.I)


def issuer_named_before(speaker: str, earlier: Sequence[Quote]) -> str | None:
    """Who issued the document a speaker phrase names ("the communiqué said"), where no joint event tells:
    the speaker of the latest earlier quote whose sentence names the same kind of document ("In a communiqué
    adopted on Tuesday, the Council said …"). `earlier` holds the quotes before, read only for a document."""
    phrase = " ".join(re.sub(r"^[\W_]+|[\W_]+$", "", speaker.strip()).split())
    if not DOCUMENT.match(phrase):
        return None
    noun = phrase.split()[-1].lower().rstrip("s")
    for q in reversed(earlier):
        who = q.speaker
        said = q.evidence.sentence if q.evidence is not None else ""
        if re.search(rf"\b{re.escape(noun)}", said, re.I) and not DOCUMENT.match(who) and who != speaker:
            return who
    return None


# An event taken for a speaker ("…, a statement issued after the call said" parsed with "the call" as subject):
# its parties speak.
EVENT_NOUN = re.compile(r"^the (?:phone |telephone |video )?(?:call|meeting|talks|session|conversation|summit)$", re.I)
GENERIC_ORG = re.compile(
    r"^the (?:company|group|agency|organi[sz]ation|firm|operator|ministry|blog|channel|outlet|movement|"
    r"militia|unit|brigade|service|committee|commission|office|department|network|operator)$", re.I)


INSTITUTION_OF = re.compile(r"['’]s (?:office|ministry|administration|government|cabinet)$", re.I)
STATEMENT_OF = re.compile(r"(?<!\bjoint)(?<!\bofficial)(?<!\bwritten)(?<!\bfinal)(?<!\bseparate)(?<=\w)\s+"
                          r"(?:statement|readout|communiqu[eé]|press release)$", re.I)  # not "the joint statement"

APPOSED_NAME = re.compile(r"^(?:\s+(?:of|for|in|to|at)\s+[\w’' -]{1,40}?)?,\s*((?:[A-Z][\w'’.-]*|al-\w+|bin|van|von|de)(?:\s+(?:[A-Z][\w'’.-]*|al-\w+|bin|van|von|de)){0,4})\s*,")


def resolve_speaker(raw: str, start: int | None, end: int | None, quote_start: int, index: ActorIndex,
                    events: list[Event], orgs: list[tuple[int, str]], text: str = "") -> str:
    """The speaker name for a quote whose raw speaker mention is `raw`."""
    m = INSTITUTION_OF.search(raw)
    if m:  # "the prime minister's office said": the office, not the person, speaks
        owner = index.resolve(raw[: m.start()], start, start + m.start() if start is not None else None)
        if owner is not None and owner.name.split()[-1] in raw:  # "Prime Minister Ana Lind's office" is Lind's
            return f"{owner.name.split()[-1]}{raw[m.start():].rstrip()}"
        return raw.strip()
    person = index.resolve(raw, start, end)
    if person is not None:
        return person.name
    if end is not None and text:
        named = APPOSED_NAME.match(text[end : end + 80])  # "Qatar's minister of state, Hamad al-Nuaimi, said"
        if named:
            person = index.by_name(named.group(1))
            return person.name if person is not None else named.group(1)
        person = _named_after_office(raw, text, end, index)
        if person is not None:
            return person.name
    phrase = " ".join(re.sub(r"^[\W_]+|[\W_]+$", "", raw.strip()).split())
    if MEMBERS_OF.match(phrase):  # "the members of the Security Council" speak as the Council
        raw = phrase = MEMBERS_OF.sub("", phrase)
    side = SIDE.match(phrase)
    if side and whole_party(side.group(1)):  # "the Chinese side said": China, as a readout means it
        return whole_party(side.group(1))
    joint = _parties_speaking(phrase) or (_mediators_before(text, quote_start) if MEDIATORS.match(phrase) else None)
    if joint:
        return joint
    named = _same_body_before(phrase, text, quote_start)
    if named:
        return named
    holder = _sole_holder(phrase, index, quote_start)
    if holder is not None:
        return holder.name
    full = _office_in_full_before(phrase, text, quote_start, index)
    if full:
        return full
    if DOCUMENT.match(phrase) or COLLECTIVE.match(phrase) or EVENT_NOUN.match(phrase):
        issuers = _issuers(events, quote_start, index)
        if not issuers and COLLECTIVE.match(phrase):
            issuers = _most_named(text, quote_start, _count(phrase))
        if issuers:
            return " and ".join(issuers)
    if GENERIC_ORG.match(phrase):  # "the company": the body named last before it ("“…”, the company wrote")
        before = [name for at, name in orgs if at < max(quote_start, start or 0)]
        if before:
            return before[-1]
    named = _body_named_before(phrase, orgs, quote_start)
    if named:
        return named
    issuer = STATEMENT_OF.sub("", raw.strip())
    if issuer != raw.strip() and issuer.lower() not in {"a", "an", "the"}:  # "a Norwegian ministry statement": the ministry issued it
        raw = re.sub(r"^(?:an?|An?)\s+", "the ", issuer)
    raw = re.sub(r"^(?:what|What)\s+", "", raw)  # "a senior official" stays as written (FORMAT.md)
    return re.sub(r"\s*['\u2019]s?$", "", raw.rstrip())  # "the ministry's statement said": the ministry


# People speaking for the parties named before them: "the Qatari and Turkish mediators", "Norwegian and Swedish
# officials" (two parties or more: one party's officials are left as written).
SPEAKING_FOR = re.compile(r"^(?:the )?((?:[A-Z][\w.'’-]*(?:,? and |, | ))+)(?:mediators|co-mediators|facilitators|"
                          r"negotiators|envoys|officials|governments|foreign ministers|ministers|leaders)$")
# The mediators of an article, named as such: "the mediators", "the two mediating countries".
MEDIATORS = re.compile(r"^(?:the )?(?:two |three |both )?(?:(?:co-)?mediators|facilitators|mediating (?:countries|"
                       r"states|governments|nations|parties))$", re.I)
# Where a text names its mediators: "Qatari and Turkish mediators", "mediated by Qatar and Turkey", "mediators from
# Qatar and Turkey", "under the mediation of Qatar", "Qatar and Turkey, as mediators".
MEDIATORS_NAMED = re.compile(r"((?:[A-Z][\w.'’-]*(?:,? and |, | ))+)(?:co-)?mediators\b|"
                             r"\b(?:mediated by|mediators from|mediation of|facilitated by)\s+((?:the )?[A-Z][\w.'’-]*"
                             r"(?:(?:,? and |, | )(?:the )?[A-Z][\w.'’-]*)*)|"
                             r"((?:[A-Z][\w.'’-]*(?:,? and |, | ))+)?[A-Z][\w.'’-]*, as (?:co-)?mediators\b")


def _parties_speaking(phrase: str) -> str | None:
    """ "the Qatari and Turkish mediators": the parties the speakers are named for, joined as FORMAT.md joins a
    joint speaker, when every word before the noun names one."""
    m = SPEAKING_FOR.match(phrase)
    if not m:
        return None
    words = re.sub(r",? and |, ", " ", m.group(1)).split()
    parties = [p for w in words for p in [whole_party(w)] if p]
    if len(parties) < 2 or len(parties) != len(words) or len(set(parties)) != len(parties):
        return None
    return " and ".join(parties)


def _mediators_before(text: str, before: int) -> str | None:
    """The mediators a text has named before the quote ("the mediators said"), the last time it named them."""
    found = None
    for m in MEDIATORS_NAMED.finditer(text[:before]):
        span = m.group(0)
        parties = []
        for pm in find_parties(span):
            if pm.party not in parties:
                parties.append(pm.party)
        if parties:
            found = parties
    return " and ".join(found) if found else None


# The last word of an office a person holds ("US special envoy", "the humanitarian coordinator").
OFFICE_HEAD = re.compile(r"\b(?:minister|ambassador|envoy|secretary|representative|coordinator|commissioner|director|"
                         r"chief|spokes(?:man|woman|person)|adviser|advisor|chair(?:man|woman)?|commander|negotiator|"
                         r"mediator|governor|president|premier|chancellor)$", re.I)
# Between an office and the name that follows it: its place or portfolio ("… for Sudan", "… to the UN").
OFFICE_TAIL = re.compile(r"\s+(?:of|for|to|at)\s+(?:(?:the|of|and|for)\s+|[A-Z][\w.'’-]*\s+){1,5}")


def _named_after_office(raw: str, text: str, end: int, index: ActorIndex):
    """The person named right after an office and its place: "US envoy for Norland Ana Lind said" -> Ana
    Lind, where the parse took the office alone for the subject."""
    if not OFFICE_HEAD.search(raw.strip()):
        return None
    best = None
    for p in index.people:
        for s, _ in p.mentions:
            if end < s <= end + 60 and OFFICE_TAIL.fullmatch(text[end:s]) and (best is None or s < best[0]):
                best = (s, p)
    return best[1] if best else None


def _office_in_full_before(phrase: str, text: str, before: int, index: ActorIndex) -> str | None:
    """ "The Secretary-General reaffirmed …" after "received the Secretary-General of the Eastern Community
    (EC)": a capitalised office nobody named holds is the one written in full before, as written there."""
    m = re.fullmatch(r"[Tt]he ((?:[A-Z][\w-]*\s)*[A-Z][\w-]*)", phrase)
    if m is None or not (OFFICE_HEAD.search(phrase) or phrase.lower().endswith("secretary-general")):
        return None
    office = re.escape(m.group(1))
    full = list(re.finditer(rf"\b[Tt]he {office} (?:of|for) (?:the )?[A-Z][\w'’-]*(?: (?:of|for|and|the|[A-Z][\w'’-]*))*",
                            text[:before]))
    if not full:
        return None
    words = full[-1].group(0).split()
    while words[-1] in {"of", "for", "and", "the"}:
        words.pop()
    office = " ".join(words[1:])
    named = HOLDER_NAMED.match(text[full[-1].end() : full[-1].end() + 120])
    party = party_of_phrase(office)
    if not named:
        return "the " + office
    if party is None:
        return None  # a holder the office gives no party: left to the rules below
    # "the Prime Minister of Norland, Hon. Ana Lind,": the office's holder, who holds it as written there
    holder = index.by_name(named.group(1))
    if holder is not None and holder.title is None:
        holder.title, holder.party = office, holder.party or party
    return holder.name if holder is not None else named.group(1)


# A name set off after an office, past courtesy titles: ", Hon. Ana Lind," / ", H.E. Dr. Jon Berg."
HOLDER_NAMED = re.compile(r",\s*(?:(?:Hon|Dr|H\.\s?E|Mr|Mrs|Ms|Amb)\.?\s+)*([A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|al-\w+|bin|"
                          r"van|von|de)){1,4})\s*[,.;)]")


def _sole_holder(phrase: str, index: ActorIndex, before: int):
    """ "The Secretary", "the humanitarian coordinator": the one person named before whose office holds
    every word of the phrase."""
    m = re.fullmatch(r"[Tt]he ((?:[\w-]+ ){0,3}[\w-]+)", phrase)
    if m is None or not OFFICE_HEAD.search(phrase):
        return None
    words = set(m.group(1).lower().split())
    holders = []
    for p in index.people:
        title = p.title or (p.known.title_on(index.date) if p.known else None) or ""
        if words <= set(re.findall(r"[\w-]+", title.lower())) and any(s < before for s, _ in p.mentions):
            holders.append(p)
    return holders[0] if len(holders) == 1 else None


SIDE = re.compile(r"^the ([A-Z][\w-]+) side$", re.I)
MEMBERS_OF = re.compile(r"^(?:the )?(?:members|member states) of (?=the )", re.I)
# "the 15-member Council", "the ministry": a body named in full before, by a name ending in the same word.
DEFINITE_BODY = re.compile(r"^[Tt]he ((?:[a-z0-9][\w-]* ){0,2})((?i:council|committee|commission|ministry|embassy|"
                           r"agency|mission|secretariat|tribunal))$")


def _same_body_before(phrase: str, text: str, before: int) -> str | None:
    """The last full name of the body a definite noun refers back to, before the quote.

    "The African Union's Peace and Security Council met …; the 15-member Council said" -> "Peace and Security
    Council"; "Norland's foreign ministry … the ministry said" -> "Norland's foreign ministry". Describing
    words of the phrase must be in the name ("the defence ministry" is not "Norland's foreign ministry").
    """
    m = DEFINITE_BODY.match(phrase)
    if m is None or not text:
        return None
    head = re.escape(m.group(2))
    words = {w for w in m.group(1).lower().split() if w.isalpha()}
    found = None
    pattern = (rf"\b[A-Z][\w.-]*['’]s (?:[\w-]+ ){{0,2}}(?i:{head})\b"
               rf"|\b(?:[A-Z][\w-]+ (?:(?:and|of|for|on) )*){{1,6}}(?i:{head})\b")
    for c in re.finditer(pattern, text[:before]):
        name = re.sub(r"^(?:The|A|An) ", "", c.group(0))
        if name.lower() == m.group(2).lower() or not words <= set(name.lower().split()):
            continue
        found = name
    return found


# "the monitoring body", "the joint commission": a body named in full before, by a word of its name.
BODY_NP = re.compile(r"^the ((?:[\w-]+ ){1,3})(?:body|mechanism|commission|committee|mission|team|panel|council)$", re.I)


def _body_named_before(phrase: str, orgs: list[tuple[int, str]], quote_start: int) -> str | None:
    """The last organisation named before the quote whose name holds a describing word of the phrase."""
    m = BODY_NP.match(phrase)
    if m is None:
        return None
    words = {w.lower() for w in m.group(1).split()} - {"joint", "new", "same", "two", "international"}
    for at, name in reversed(orgs):
        if at < quote_start and words & {w.lower() for w in re.findall(r"[\w-]+", name)}:
            return name
    return None


def _issuers(events: list[Event], before: int, index: ActorIndex) -> list[str]:
    """The parties of the latest event with two or more of them, reported before the quote."""
    best = None
    for e in events:
        ev = e.evidence
        at = getattr(ev, "start", None)
        if at is None or at > before or e.type not in {"statement", "agreement", "meeting", "call"}:
            continue
        parties = []
        for p in e.participants:
            person = index.by_name(p)
            party = person.party if person and person.party else (p if find_parties(p) else None)
            if party and party not in parties:
                parties.append(party)
        if len(parties) >= 2 and (best is None or at >= best[0]):
            best = (at, parties)
    return best[1] if best else []


def _count(phrase: str) -> int:
    """How many parties a collective phrase counts: "the three sides" 3, "both countries" 2."""
    words = phrase.lower().split()
    return 3 if "three" in words else 4 if "four" in words else 2


def _most_named(text: str, before: int, count: int) -> list[str]:
    """ "The two presidents pledged …" with no event between them reported before: the `count` parties the
    text names most often before the quote, when they stand clear of the rest (no tie at the cut)."""
    tally: dict[str, int] = {}
    for pm in find_parties(text[:before]):
        tally[pm.party] = tally.get(pm.party, 0) + 1
    ranked = sorted(tally, key=lambda p: -tally[p])
    if len(ranked) < count or (len(ranked) > count and tally[ranked[count]] == tally[ranked[count - 1]]):
        return []
    return ranked[:count]


# A body's capitalised name, which the model often leaves untagged: "the Joint Monitoring and Verification Commission".
BODY_NAME = re.compile(r"\b(?:[A-Z][\w-]+ (?:(?:and|of|for|on|the) )*){1,8}(?:Commission|Mechanism|Committee|"
                       r"Council|Mission|Panel|Authority|Agency)\b")


# Nouns that introduce a body's name right after them ("the state railway operator Norrail").
NAMED_BY_NOUN = frozenset({"company", "operator", "firm", "broadcaster", "utility", "carrier", "producer"})


def organisations(doc) -> list[tuple[int, str]]:
    """ORG entities and capitalised bodies that are no party, with their offsets, in text order."""
    out = []
    for ent in doc.ents:
        if ent.start > 0 and doc[ent.start - 1].lower_ in {"on", "via"}:
            continue  # "the company wrote on Telegram": where it spoke, not who
        if ent.label_ == "ORG" and not find_parties(ent.text):
            out.append((ent.start_char, ent.text))
    for t in doc[:-1]:  # "state railway operator Norrail": the name a body noun sets before it
        if t.pos_ == "NOUN" and t.lemma_.lower() in NAMED_BY_NOUN and doc[t.i + 1].pos_ == "PROPN":
            end = t.i + 1
            while end < min(len(doc), t.i + 4) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
                end += 1
            run = doc[t.i + 1 : end]
            name = run.text
            if name and not find_parties(name) and not any(a == run[0].idx for a, _ in out):
                out.append((run[0].idx, name))
    for m in BODY_NAME.finditer(doc.text):
        name = re.sub(r"^The ", "", m.group(0))
        start = m.end() - len(name)
        if not find_parties(name) and not any(a <= start < a + len(n) for a, n in out):
            out.append((start, name))
    return sorted(out)
