"""Find the negotiation items (provisions) a sentence speaks of, from the vocabulary's cues.

A cue written with a leading "~" is weak: a word that names the item only when
a stance governs it ("achieve peace", "a trade deal") and not in passing ("in
war and in peace", "they trade accusations"). Weak mentions are found like the
others and flagged, so that readers that fall back on context ignore them.
"""
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
    weak: bool = False


def _patterns() -> tuple[tuple[str, re.Pattern[str], bool], ...]:
    return _compile(vocab.provisions())


def _alternation(cues: list[str]) -> re.Pattern[str]:
    # An alternation takes the first cue that matches, not the longest: longer cues go first, so that
    # "territorial waters" is not read as "territorial" and then lost to another item's longer cue.
    ordered = sorted(cues, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(ordered) + r")(?![\w-])", re.I)


@functools.lru_cache(maxsize=4)
def _compile(provisions: tuple[vocab.Provision, ...]) -> tuple[tuple[str, re.Pattern[str], bool], ...]:
    """Compiled once per vocabulary (a user's extension is a new vocabulary)."""
    out = []
    for p in provisions:
        strong = [c for c in p.cues if not c.startswith("~")]
        weak = [c[1:] for c in p.cues if c.startswith("~")]
        if strong:
            out.append((p.id, _alternation(strong), False))
        if weak:
            out.append((p.id, _alternation(weak), True))
    return tuple(out)


def find_provisions(text: str) -> list[ProvisionMention]:
    """Every provision cue in the text, leftmost first; overlapping cues keep the longest."""
    found = []
    for pid, pat, weak in _patterns():
        for m in pat.finditer(text):
            found.append(ProvisionMention(pid, m.start(), m.end(), weak))
    found.sort(key=lambda m: (m.start, -(m.end - m.start), m.weak))
    kept: list[ProvisionMention] = []
    for m in found:
        if any(k.start <= m.start and m.end <= k.end and (k.end - k.start) > (m.end - m.start)
               and (k.provision != m.provision or not k.weak) for k in kept):
            continue  # "energy infrastructure" is not also "infrastructure"
        if any(k.start == m.start and k.end == m.end and k.provision == m.provision for k in kept):
            continue  # one mention per item and span
        kept.append(m)
    return kept
