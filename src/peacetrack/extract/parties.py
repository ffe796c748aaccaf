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


def find_parties(text: str) -> list[PartyMention]:
    pattern, forms = _pattern()
    out = []
    for m in pattern.finditer(text):
        party, kind = forms[" ".join(m.group(0).split())]
        out.append(PartyMention(m.start(), m.end(), party, kind))
    return out


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
            if len(office) > best[0] and re.search(rf"(?<![\w.]){re.escape(office)}(?!\w)", phrase):
                best = (len(office), p.name)
    return best[1]


REMIT = re.compile(r"(?:\b(?:in|based in|at)|(?<!spokesman)(?<!spokeswoman)(?<!spokesperson)\s+for)\s+(?:the\s+)?$")


def party_of_title(title: str) -> str | None:
    """The party an office belongs to: the first one named, but not one it only serves or
    sits in ("envoy for Norland", "head of delegation in Oslo"), which is the office's remit."""
    found = [pm for pm in find_parties(title) if pm.kind == "adjective" or not REMIT.search(title[: pm.start])]
    return found[0].party if found else _office_party(title)
