"""Plain records that flow through the pipeline: read -> extract -> store.

Everything here is a dataclass with no behaviour beyond conversion to the
JSON shapes of FORMAT.md. Offsets are character offsets into `Article.text`
(the body, with the `date YYYY-MM-DD` header removed).
"""
from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class Article:
    """One dated news text, as read from any input kind."""

    id: str  # file name for text files, the `id` field of JSON Lines, else a hash
    date: dt.date
    text: str  # the body; offsets of every fact point into this string
    title: str | None = None
    url: str | None = None
    source: str | None = None  # outlet or feed name
    origin: str | None = None  # where it was read from: path[:line]

    @property
    def content_hash(self) -> str:
        """Identity in the store: the same date and text is the same article."""
        h = hashlib.sha256()
        h.update(self.date.isoformat().encode())
        h.update(b"\x00")
        h.update(self.text.encode("utf-8"))
        return h.hexdigest()


@dataclass(frozen=True)
class Refusal:
    """An input that could not be read: where, and why."""

    origin: str  # path, or path:line
    reason: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.reason}"


@dataclass(frozen=True)
class Evidence:
    """The sentence a fact was read from."""

    article: str
    start: int  # sentence start offset in Article.text
    end: int  # sentence end offset (exclusive)
    sentence: str

    def to_json(self) -> dict[str, Any]:
        return {"article": self.article, "start": self.start, "end": self.end, "sentence": self.sentence}


@dataclass
class Actor:
    name: str
    aliases: list[str] = field(default_factory=list)
    title: str | None = None
    party: str | None = None
    evidence: Evidence | None = None

    def key(self) -> dict[str, Any]:
        return {"name": self.name, "aliases": list(self.aliases), "title": self.title, "party": self.party}


@dataclass
class Event:
    type: str  # call | meeting | visit | statement | agreement | exchange | attack
    date: str | None  # ISO date or None
    participants: list[str]
    evidence: Evidence | None = None
    place: str | None = None

    def key(self) -> dict[str, Any]:
        return {"type": self.type, "date": self.date, "participants": list(self.participants)}


@dataclass
class Quote:
    speaker: str
    text: str  # exactly as the article writes it, without the marks
    start: int = -1  # offset of the quoted text in Article.text
    end: int = -1
    evidence: Evidence | None = None

    def key(self) -> dict[str, Any]:
        return {"speaker": self.speaker, "text": self.text}


@dataclass
class Position:
    provision: str
    party: str
    stance: str  # propose | support | agree | reject | discuss
    condition: str | None = None  # "only after ...", "if ..." as written
    stage: int | None = None  # order in a sequenced plan, 1 = first
    evidence: Evidence | None = None

    def key(self) -> dict[str, Any]:
        return {"provision": self.provision, "party": self.party, "stance": self.stance}


@dataclass
class Status:
    provision: str
    status: str  # raised | proposed | under_negotiation | agreed | signed | implemented | violated | rejected
    evidence: Evidence | None = None

    def key(self) -> dict[str, Any]:
        return {"provision": self.provision, "status": self.status}


@dataclass
class Extraction:
    """All that was read from one article."""

    article: Article
    actors: list[Actor] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    positions: list[Position] = field(default_factory=list)
    status: list[Status] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)  # sentence spans of the text

    def to_answer_key(self, evidence: bool = True) -> dict[str, Any]:
        """The FORMAT.md answer-key shape, each item with an `evidence` field."""

        def items(records: list[Any]) -> list[dict[str, Any]]:
            out = []
            for r in records:
                d = r.key()
                if evidence:
                    d["evidence"] = r.evidence.to_json() if r.evidence else None
                    if isinstance(r, Quote):
                        d["evidence"] = dict(d["evidence"] or {}, quote_start=r.start, quote_end=r.end)
                    if isinstance(r, Position) and (r.condition or r.stage):
                        d["condition"], d["stage"] = r.condition, r.stage
                out.append(d)
            return out

        return {
            "article": self.article.id,
            "date": self.article.date.isoformat(),
            "actors": items(self.actors),
            "events": items(self.events),
            "quotes": items(self.quotes),
            "positions": items(self.positions),
            "status": items(self.status),
        }


def as_dict(record: Any) -> dict[str, Any]:
    return asdict(record)
