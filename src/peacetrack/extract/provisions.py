"""Find the negotiation items (provisions) a sentence speaks of, from the vocabulary's cues."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .. import vocab


@dataclass(frozen=True)
class ProvisionMention:
    provision: str
    start: int
    end: int


def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return _compile(vocab.provisions())


@functools.lru_cache(maxsize=4)
def _compile(provisions: tuple[vocab.Provision, ...]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Compiled once per vocabulary (a user's extension is a new vocabulary)."""
    out = []
    for p in provisions:
        if p.cues:
            out.append((p.id, re.compile(r"(?<![\w-])(?:" + "|".join(p.cues) + r")(?![\w-])", re.I)))
    return tuple(out)


def find_provisions(text: str) -> list[ProvisionMention]:
    """Every provision cue in the text, leftmost first; overlapping cues keep the longest."""
    found = []
    for pid, pat in _patterns():
        for m in pat.finditer(text):
            found.append(ProvisionMention(pid, m.start(), m.end()))
    found.sort(key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[ProvisionMention] = []
    for m in found:
        if any(k.start <= m.start and m.end <= k.end and k.provision != m.provision and (k.end - k.start) > (m.end - m.start) for k in kept):
            continue  # "energy infrastructure" is not also "infrastructure"
        kept.append(m)
    return kept
