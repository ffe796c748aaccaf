"""Vocabularies as data: provisions, parties and the actor gazetteer.

The packaged JSON files are the defaults. A user extends them without
touching code by pointing `PEACETRACK_VOCAB` at a folder holding files of the
same names: entries there are added, and replace packaged ones with the same
`id` (provisions) or `name` (parties, actors).
"""
from __future__ import annotations

import functools
import json
import os
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any


class VocabError(ValueError):
    """A vocabulary file is missing or malformed."""


@dataclass(frozen=True)
class Provision:
    id: str
    label: str
    cues: tuple[str, ...]
    pax: str = ""
    cameo: str = ""
    plover: str = ""


@dataclass(frozen=True)
class Party:
    name: str
    names: tuple[str, ...]
    adjectives: tuple[str, ...]
    seats: tuple[str, ...]
    offices: tuple[str, ...] = ()


@dataclass(frozen=True)
class Office:
    title: str
    start: str | None
    end: str | None
    leads: bool = False  # the office that leads its state, where a president and a prime minister both serve


@dataclass(frozen=True)
class KnownActor:
    name: str
    aliases: tuple[str, ...]
    party: str | None
    titles: tuple[Office, ...]

    def office_on(self, date: str) -> Office | None:
        """The office held on an ISO date (the latest one starting on or before it)."""
        held = [o for o in self.titles if (o.start or "") <= date and (o.end is None or date < o.end)]
        return held[-1] if held else None

    def title_on(self, date: str) -> str | None:
        office = self.office_on(date)
        return office.title if office else None


def _read(name: str, key: str, ident: str) -> list[dict[str, Any]]:
    try:
        data = json.loads(resources.files(__package__).joinpath(name).read_text(encoding="utf-8"))
        entries = {e[ident]: e for e in data[key]}
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise VocabError(f"packaged vocabulary {name} is unreadable: {exc}") from exc
    extra = os.environ.get("PEACETRACK_VOCAB")
    if extra and (Path(extra) / name).exists():
        path = Path(extra) / name
        try:
            for e in json.loads(path.read_text(encoding="utf-8"))[key]:
                entries[e[ident]] = e
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise VocabError(f"{path}: not a valid {key} file ({exc})") from exc
    return list(entries.values())


@functools.lru_cache(maxsize=1)
def provisions() -> tuple[Provision, ...]:
    return tuple(
        Provision(e["id"], e.get("label", e["id"]), tuple(e.get("cues", ())), e.get("pax", ""), e.get("cameo", ""), e.get("plover", ""))
        for e in _read("provisions.json", "provisions", "id")
    )


@functools.lru_cache(maxsize=1)
def parties() -> tuple[Party, ...]:
    return tuple(
        Party(e["name"], tuple(e.get("names", ())), tuple(e.get("adjectives", ())), tuple(e.get("seats", ())),
              tuple(e.get("offices", ())))
        for e in _read("parties.json", "parties", "name")
    )


@functools.lru_cache(maxsize=1)
def gazetteer() -> tuple[KnownActor, ...]:
    return tuple(
        KnownActor(
            e["name"],
            tuple(e.get("aliases", ())),
            e.get("party"),
            tuple(Office(t["title"], t.get("from"), t.get("to"), bool(t.get("leads"))) for t in e.get("titles", ())),
        )
        for e in _read("actors.json", "actors", "name")
    )


def reset() -> None:
    """Forget cached vocabularies (after changing PEACETRACK_VOCAB)."""
    for f in (provisions, parties, gazetteer):
        f.cache_clear()
