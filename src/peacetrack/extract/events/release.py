"""An official release (its title) as a statement of whoever issues it."""
from __future__ import annotations

import re

from ...nlp import clean
from ...records import Event
from ..actors import ActorIndex
from ..parties import find_parties


OFFICIAL = re.compile(r"^\s*(?P<kind>Joint Statement|Statement|Readout|Remarks|Fact Sheet|Press Release|Communiqu[eé]|Joint Communiqu[eé])\b(?P<rest>.*)", re.I)


TITLED_NAME = re.compile(r"^\s*(?:from|by)\b.*?\b(?:Spokesperson|Spokesman|Spokeswoman|Secretary|Minister|President|"
                         r"Adviser|Advisor|Envoy|Ambassador|Director|Chair|Representative)\s+"
                         r"(?P<name>[A-Z][a-z]+(?:\s[A-Z]\.)?\s[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s*(?:$|[,:]|\s[a-z]|\s[A-Z][a-z]+ing\b)")


def release_event(title: str | None, date: str, index: ActorIndex) -> Event | None:
    """An official release is itself a statement by whoever issues it, on its date.

    "Joint Statement ... of Kenya, Norway and Qatar" -> those parties;
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
    if kind in {"statement", "remarks"} and not people:
        # "Statement from Council Spokesperson Ana Ruiz": a name after an office, the text naming her nowhere else
        named = TITLED_NAME.search(rest)
        if named:
            return Event("statement", date, [named.group("name")])
    party = (people[0].party if people and people[0].party else None) or (parties[0] if parties else None)
    if party is None and kind in {"readout", "fact sheet"} and index.people and not people and not parties:
        party = index.people[0].party  # "Readout of Border Talks in Vienna": issued by those it reports on first
    return Event("statement", date, [party]) if party else None
