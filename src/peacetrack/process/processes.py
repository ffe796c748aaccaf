"""Negotiation processes: which articles belong to which process.

A process is defined in `vocab/processes.json` (name, parties, optional
keywords; users add or replace entries through PEACETRACK_VOCAB). An article
belongs to a process when its text (title included) names at least two of
the process's parties — by name, adjective or seat, as `parties.json` spells
them — or one of its keywords (case-insensitive, whole words). An article can
belong to several processes, or to none.

Membership is computed when asked, from the stored text, so a changed
config applies to articles already stored.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .. import vocab
from ..extract.parties import find_parties


class UnknownProcess(LookupError):
    """--process names no configured process."""


@dataclass(frozen=True)
class Process:
    name: str
    label: str
    parties: tuple[str, ...]
    keywords: tuple[str, ...] = ()

    def matches(self, text: str) -> bool:
        """Whether a text names two of the parties, or a keyword."""
        if self.keywords and _keyword_re(self.keywords).search(text):
            return True
        named = {m.party for m in find_parties(text)}
        return len(named & set(self.parties)) >= 2


@functools.lru_cache(maxsize=64)
def _keyword_re(keywords: tuple[str, ...]) -> re.Pattern[str]:
    body = "|".join(re.escape(k).replace("\\ ", r"\s+") for k in sorted(keywords, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.I)


@functools.lru_cache(maxsize=1)
def processes() -> tuple[Process, ...]:
    """The configured processes (packaged, plus PEACETRACK_VOCAB/processes.json)."""
    out = []
    for e in vocab._read("processes.json", "processes", "name"):  # the shared vocabulary reader
        try:
            out.append(Process(e["name"], e.get("label", e["name"]), tuple(e["parties"]), tuple(e.get("keywords", ()))))
        except (KeyError, TypeError) as exc:
            raise vocab.VocabError(f"processes.json: bad entry {e!r}: {exc}") from exc
    return tuple(out)


def get(name: str) -> Process:
    """The process called `name` (case-insensitive); UnknownProcess if none."""
    for p in processes():
        if p.name.casefold() == name.casefold():
            return p
    known = ", ".join(p.name for p in processes())
    raise UnknownProcess(f"no process named {name!r} (known: {known})")


def member_articles(store, name: str | None) -> set[str] | None:
    """Hashes of the stored articles of process `name`; None (no filter) when name is None."""
    if name is None:
        return None
    from ..store.process_queries import articles

    process = get(name)
    return {a["hash"] for a in articles(store, with_text=True)
            if process.matches(((a["title"] or "") + "\n" + a["text"]))}


def article_processes(store) -> dict[str, list[str]]:
    """Article hash -> the names of the processes it belongs to."""
    from ..store.process_queries import articles

    out = {}
    for a in articles(store, with_text=True):
        text = (a["title"] or "") + "\n" + a["text"]
        out[a["hash"]] = [p.name for p in processes() if p.matches(text)]
    return out


def reset() -> None:
    processes.cache_clear()
