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

from ..records import Event
from .actors import ActorIndex
from .parties import find_parties

DOCUMENT = re.compile(
    r"^(?:the |a |their |that |this )?(?:joint |final |official |written )?(?:statement|document|declaration|"
    r"communiqu[eé]|readout|text|memorandum|agreement|readout|release|fact sheet|summary)s?$", re.I)
COLLECTIVE = re.compile(
    r"^(?:the |both |all )?(?:two |three |four )?(?:countries|sides|parties|delegations|leaders|governments|"
    r"teams|nations|presidents)(?: of (?:the )?(?:two|three|both) (?:countries|sides))?$", re.I)
# An event taken for a speaker ("…, a statement issued after the call said" parsed with "the call" as subject):
# its parties speak.
EVENT_NOUN = re.compile(r"^the (?:phone |telephone |video )?(?:call|meeting|talks|session|conversation|summit)$", re.I)
GENERIC_ORG = re.compile(
    r"^the (?:company|group|agency|organi[sz]ation|firm|operator|ministry|blog|channel|outlet|movement|"
    r"militia|unit|brigade|service|committee|commission|office|department|network|operator)$", re.I)


INSTITUTION_OF = re.compile(r"['’]s (?:office|ministry|administration|government|cabinet)$", re.I)
STATEMENT_OF = re.compile(r"(?<!\bjoint)(?<!\bofficial)(?<!\bwritten)(?<!\bfinal)(?<!\bseparate)(?<=\w)\s+"
                          r"(?:statement|readout|communiqu[eé]|press release)$", re.I)  # not "the joint statement"

APPOSED_NAME = re.compile(r"^(?:\s+(?:of|for)\s+[\w’' -]{1,40}?)?,\s*((?:[A-Z][\w'’.-]*|al-\w+|bin|van|von|de)(?:\s+(?:[A-Z][\w'’.-]*|al-\w+|bin|van|von|de)){0,4})\s*,")


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
    phrase = " ".join(re.sub(r"^[\W_]+|[\W_]+$", "", raw.strip()).split())
    if DOCUMENT.match(phrase) or COLLECTIVE.match(phrase) or EVENT_NOUN.match(phrase):
        issuers = _issuers(events, quote_start, index)
        if issuers:
            return " and ".join(issuers)
    if GENERIC_ORG.match(phrase):
        before = [name for at, name in orgs if at < quote_start]
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


# A body's capitalised name, which the model often leaves untagged: "the Joint Monitoring and Verification Commission".
BODY_NAME = re.compile(r"\b(?:[A-Z][\w-]+ (?:(?:and|of|for|on|the) )*){1,8}(?:Commission|Mechanism|Committee|"
                       r"Council|Mission|Panel|Authority|Agency)\b")


def organisations(doc) -> list[tuple[int, str]]:
    """ORG entities and capitalised bodies that are no party, with their offsets, in text order."""
    out = []
    for ent in doc.ents:
        if ent.label_ == "ORG" and not find_parties(ent.text):
            out.append((ent.start_char, ent.text))
    for m in BODY_NAME.finditer(doc.text):
        name = re.sub(r"^The ", "", m.group(0))
        start = m.end() - len(name)
        if not find_parties(name) and not any(a <= start < a + len(n) for a, n in out):
            out.append((start, name))
    return sorted(out)
