"""What the events stage found that bears on positions: exchanges carried out, and the sides that met."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence

from ...records import Event, Position
from ..actors import ActorIndex
from ..parties import whole_party
from .status import _StatusCues


def _parties_of(e: Event, index: ActorIndex) -> list[str]:
    """The parties taking part in an event: those named, and those of the people named."""
    out: list[str] = []
    for name in e.participants:
        person = index.by_name(name)
        if person is not None:
            party = person.party
        else:  # a party's own name, never a person the index does not know
            party = whole_party(name)
        if party and party not in out:
            out.append(party)
    return out


# A deal told signed in its own sentence ("A and B signed a treaty on Thursday", "the pact was signed by the two
# ministers"), and the same denied ("has still not been signed", "is yet to be signed", "never signed").
SIGNED = re.compile(r"\b(?:signed|inked)\b", re.I)
UNSIGNED = re.compile(r"(?:\b(?:not|never|yet\s+to)|n't)\s+(?:(?:yet|been|be)\s+){0,2}$", re.I)


def _told_signed(sentence: str) -> bool:
    """Whether a sentence tells a signing that is not denied: "signed a treaty on Thursday" (not "has still not
    been signed")."""
    return any(not UNSIGNED.search(sentence[:m.start()]) for m in SIGNED.finditer(sentence))


def _deal_signed_before(before: int, happened: Sequence[Event], index: ActorIndex) -> bool:
    """Whether the last deal between two sides or more that the events stage found told before offset `before` is
    told signed in its sentence: the deal whose terms a later sentence sets out ("Under the treaty, ...")."""
    deals = [e for e in happened if e.type == "agreement" and e.evidence is not None and e.evidence.start < before
             and len(_parties_of(e, index)) >= 2]
    if not deals:
        return False
    last = max(deals, key=lambda e: e.evidence.start)
    return _told_signed(last.evidence.sentence)


def _sides(happened: Sequence[Event], index: ActorIndex) -> list[tuple[int, list[str]]]:
    """Events between two or more parties with where they are reported, in text order."""
    out = []
    for e in happened:
        parties = _parties_of(e, index)
        if e.type in {"meeting", "call", "agreement", "exchange"} and len(parties) >= 2 and e.evidence is not None:
            out.append((e.evidence.start, parties))
    return sorted(out, key=lambda x: x[0])


def _exchanges_kept(events: Sequence[Event], index: ActorIndex, positions: dict[tuple[str, str], Position],
                    cues: dict[str, _StatusCues], keep: Callable[[dict, Position], None]) -> None:
    """Each exchange of captives that took place: its parties agree to the exchange, which is implemented."""
    for e in events:
        if e.type != "exchange":
            continue
        parties = _parties_of(e, index)
        if len(parties) < 2:
            continue  # a one-sided release or hand-over is not shown to be a deal
        for party in parties:
            keep(positions, Position("prisoner_exchange", party, "agree", evidence=e.evidence))
        c = cues.setdefault("prisoner_exchange", _StatusCues())
        c.evidence = c.evidence or e.evidence
        # the exchange stands as implemented only if it is the news; "they last swapped prisoners in
        # April" is the background of a new swap that another sentence tells agreed, sought or refused,
        # while a swap told recently, with no time at all ("the two sides swapped 90 captives"), or with no
        # other swap in play ("in March the two sides swapped 40 detainees") is the news itself
        c.implemented |= (_recent(e.date, index.date) or (e.date is None and _untimed(e))
                          or not _another_swap_in_play(e, c))


# Stances that put an exchange in play: agreed, sought, backed or refused (not merely discussed).
IN_PLAY = frozenset({"agree", "propose", "support", "reject"})


def _another_swap_in_play(e: Event, cues: _StatusCues) -> bool:
    """Whether a sentence other than the exchange's own takes a stance on the item ("the two sides agreed on
    Thursday to swap 300 captives each"): an exchange told earlier is then the background of that new one."""
    own = e.evidence.sentence.strip() if e.evidence is not None else ""
    return any(said.nearest in IN_PLAY and said.text.strip() != own for said in cues.said)


# A time named in a sentence the events stage could not fix to a day: a month, a year, an earlier time.
TIMED = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|"
                   r"(?:19|20)\d\d|ago|earlier|previous(?:ly)?|last (?:year|month|time)|first|once)\b|"
                   r"\blast (?!week\b)\w+", re.I)


def _untimed(e: Event) -> bool:
    """An event whose sentence names no time at all, nor a previous occurrence ("last swapped in April")."""
    return e.evidence is not None and not TIMED.search(e.evidence.sentence)


def _recent(day: str | None, published: str, days: int = 7) -> bool:
    """A day within the week before publication."""
    if day is None or len(day) != 10:
        return False
    try:
        gap = (dt.date.fromisoformat(published) - dt.date.fromisoformat(day)).days
    except ValueError:
        return False
    return 0 <= gap <= days
