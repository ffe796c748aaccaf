"""Find the parties a text names: states, blocs, their adjectives and seats.

"the Kremlin said" names Russia, "Ukrainian negotiators" Ukraine, "Washington"
the United States. Matching is case-sensitive on word boundaries, longest
match first, so "North Korea" is not also "Korea" and "turkey" is no party.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .. import vocab


@dataclass(frozen=True)
class PartyMention:
    start: int
    end: int
    party: str
    kind: str  # name | adjective | seat


def _pattern() -> tuple[re.Pattern[str], dict[str, tuple[str, str]]]:
    return _compile(vocab.parties())


# A hyphen between two words: where a name may be joined to another ("Iran-US", "U.S.-brokered").
_HYPHEN = re.compile(r"(?<=[\w.])-(?=\w)")
# What a party named before a hyphen did: "Qatari-mediated", "U.S.-brokered", "Saudi-led".
JOINED_ROLES = r"(?:brokered|mediated|led|hosted|sponsored|drafted|proposed|facilitated)"


@functools.lru_cache(maxsize=4)
def _compile(parties: tuple[vocab.Party, ...]) -> tuple[re.Pattern[str], dict[str, tuple[str, str]]]:
    """Compiled once per vocabulary (a user's extension is a new vocabulary)."""
    forms: dict[str, tuple[str, str]] = {}
    for p in parties:
        # seats first, then adjectives, then names: a later kind wins a clash ("US" is a name)
        for kind, words in (("seat", p.seats), ("adjective", p.adjectives), ("name", p.names + (p.name,))):
            for w in words:
                forms[w] = (p.name, kind)
                if kind == "name" and not w.endswith("s"):
                    forms[w + "'s"] = (p.name, kind)
    alts = sorted(forms, key=len, reverse=True)
    body = "|".join(re.escape(a).replace("\\ ", r"\s+") for a in alts)
    return re.compile(rf"(?<![\w.-])(?:{body})(?![\w-])"), forms


@functools.lru_cache(maxsize=4)
def _joined(parties: tuple[vocab.Party, ...]) -> re.Pattern[str]:
    """Names joined by hyphens to each other ("the India-Pakistan truce", "Iran-US talks") or to the part the
    first played ("the Qatari-mediated talks", "a U.S.-brokered deal"): each is a mention. A name joined to any
    other word is not ("Russian-speaking", "Chinese-made", "pro-Russian")."""
    alts = sorted(_compile(parties)[1], key=len, reverse=True)
    body = "|".join(re.escape(a) for a in alts if " " not in a)
    return re.compile(rf"(?<![\w.-])(?:{body})(?:-(?:{body}))*-(?:{body}|{JOINED_ROLES})(?![\w-])")


# "Latin American leaders", "South America": a continent's part, not the United States.
_CONTINENT_PART = re.compile(r"(?:Latin|South|Central|North|Middle)\s+$")


def find_parties(text: str) -> list[PartyMention]:
    pattern, forms = _pattern()
    out = []
    for m in pattern.finditer(text):
        if m.group(0).startswith("America") and _CONTINENT_PART.search(text, max(0, m.start() - 8), m.start()):
            continue
        party, kind = forms[" ".join(m.group(0).split())]
        out.append(PartyMention(m.start(), m.end(), party, kind))
    joined, done = _joined(vocab.parties()), -1
    for hyphen in _HYPHEN.finditer(text):  # the long pattern is tried only at words that a hyphen joins
        start = hyphen.start()
        while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "."):
            start -= 1
        m = joined.match(text, start) if start > done else None
        if m is None:
            continue
        done, at = m.end(), m.start()
        for part in m.group(0).split("-"):
            if part in forms:
                out.append(PartyMention(at, at + len(part), *forms[part]))
            at += len(part) + 1
    return sorted(out, key=lambda pm: pm.start)


def whole_party(name: str) -> str | None:
    """The party a name wholly is ("Kyiv", "al-Shabaab"), not one it merely holds ("Chad Smith")."""
    name = name.rstrip(".,")
    return next((pm.party for pm in find_parties(name) if pm.start == 0 and pm.end >= len(name)), None)


def party_of_phrase(phrase: str) -> str | None:
    """The party a phrase belongs to ("Kremlin spokesman" -> Russia), the first named.

    A title that names no party may still hold an office of one ("Sen.").
    """
    found = find_parties(phrase)
    if found:
        return found[0].party
    return _office_party(phrase)


def _office_party(phrase: str) -> str | None:
    """The party of the longest office named: "Special Representative of the Secretary-General"
    is the UN's, though "Representative" alone is a US congressman's."""
    best = (0, None)
    for p in vocab.parties():
        for office in p.offices:
            if len(office) > best[0] and any(not _QUALIFIED.search(phrase[: m.start()]) for m in re.finditer(
                    rf"(?<![\w.]){re.escape(office)}(?!\w)", phrase)):
                best = (len(office), p.name)
    return best[1]


# "High Representative", "Permanent Representative": offices of other bodies ending in a congressman's word.
_QUALIFIED = re.compile(r"\b(?:High|Special|Permanent|Deputy|Resident|Alternate|Personal)\s+$")


REMIT = re.compile(r"(?:\b(?:in|based in|at|to|on)|(?<!spokesman)(?<!spokeswoman)(?<!spokesperson)\s+for)\s+(?:the\s+)?$")


def party_of_title(title: str) -> str | None:
    """The party an office belongs to: the first one named, but not one it only serves, is sent to or
    sits in ("envoy for Norland", "ambassador to the AU", "head of delegation in Oslo"), which is the office's remit."""
    named = find_parties(title)
    found = [pm for pm in named if (pm.kind == "adjective" or not REMIT.search(title[: pm.start]))
             and not (title[pm.start : pm.end] in CONTINENTS and PORTFOLIO_AFTER.match(title, pm.end))]
    if not found and not SENT_TO.search(title):
        # "head of field logistics at the Office for …", "spokesperson at UNICEF": a post in a body's staff
        found = [pm for pm in named if pm.kind == "name" and STAFF_AT.search(title[: pm.start])]
    return found[0].party if found else _office_party(title)


STAFF_AT = re.compile(r"\bat\s+(?:the\s+)?$")
# Offices sent to a body or a place, whose holder speaks for the sender: "ambassador at the UN".
SENT_TO = re.compile(r"\b(?:ambassador|envoy|representative|delegate|delegation|observer|emissary|mission)\b", re.I)


# "Europe minister", "Africa affairs secretary": a state's portfolio for a continent, not its bloc's office.
CONTINENTS = frozenset({"Europe", "Africa", "Asia", "America"})
PORTFOLIO_AFTER = re.compile(r"\s+(?:affairs\s+)?(?:minister|secretary|commissioner)\b", re.I)


# --------------------------------------------------------------------------- organisations an article introduces

# Head words of a body that can hold a stance: "the Northland Freedom Front (NFF)" is a party of the article,
# "the Institute of Polling (IOP)" or "the Revenue Scheme (RS)" is not.
ORG_HEADS = frozenset("Front Movement Army Council Forces Party Union Alliance Community Authority Organization "
                      "Organisation Coalition League Government Brigades Militia Congress Group Bloc Federation "
                      "Conference Resistance Mujahideen".split())
ACRONYM = re.compile(r"\(([A-Z][A-Za-z]*[A-Z](?:[-/][A-Z]{1,4})?)\)")
NAME_LINK = frozenset("of for the and in de du des la al".split())


def introduced_names(text: str) -> dict[str, str]:
    """Organisations an article introduces as "Full Name (ACRONYM)": acronym -> full name."""
    named: dict[str, str] = {}
    for m in ACRONYM.finditer(text):
        acronym = m.group(1)
        if acronym in _pattern()[1]:
            continue  # a party the gazetteer knows already ("(EU)")
        full = _full_name(text[: m.start()].rstrip(), acronym)
        if full:
            named[acronym] = full
    return named


def introduced_parties(text: str) -> list[PartyMention]:
    """Mentions of the organisations an article introduces, named either way after, all under the
    acronym: "the Northland Freedom Front (NFF) ... the NFF said"."""
    out: list[PartyMention] = []
    for acronym, full in introduced_names(text).items():
        for form in (full, acronym):
            for m in re.finditer(rf"(?<![\w.-]){re.escape(form)}(?![\w-])", text):
                if not any(o.start <= m.start() < o.end for o in out):
                    out.append(PartyMention(m.start(), m.end(), acronym, "name"))
    return sorted(out, key=lambda pm: pm.start)


def _full_name(before: str, acronym: str) -> str | None:
    """The name an acronym stands for, at the end of `before`: the nearest run of capitalised words
    (with their links "of", "for", "and" ...) that starts with the acronym's letter and holds a head word."""
    words = re.findall(r"[\w'’-]+", before[-160:])
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        if not (w[:1].isupper() or w.lower() in NAME_LINK):
            break
        run = words[i:]
        if w[0] != acronym[0] or sum(x[:1].isupper() for x in run) < 2:
            continue
        if not ORG_HEADS & set(run):
            return None
        return " ".join(run) if before.endswith(run[-1]) else None
    return None


# Heads of the name of a movement that fights or opposes a government (not of a bloc or a body).
MOVEMENT_HEADS = frozenset("Front Movement Army Council Forces Party Coalition Militia Brigades Resistance "
                           "Mujahideen Alliance Congress".split())


@functools.lru_cache(maxsize=1)
def _movements() -> frozenset[str]:
    return frozenset(e["name"] for e in vocab._read("parties.json", "parties", "name") if e.get("kind") == "movement")


def is_movement(party: str, introduced: dict[str, str] | None = None) -> bool:
    """A non-state armed or political movement: one the gazetteer marks so, or one an article introduces
    with a movement's head word ("the Valley Liberation Front (VLF)")."""
    if party in _movements():
        return True
    full = (introduced or {}).get(party, "")
    return bool(MOVEMENT_HEADS & set(full.split()))
