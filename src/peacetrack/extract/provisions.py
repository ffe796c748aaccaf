"""Find the negotiation items (provisions) a sentence speaks of, from the vocabulary's cues.

A cue written with a leading "~" is weak: a word that names the item only when
a stance governs it ("achieve peace", "a trade deal") and not in passing ("in
war and in peace", "they trade accusations"). Weak mentions are found like the
others and flagged, so that readers that fall back on context ignore them.
"""
from __future__ import annotations

import dataclasses
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


# A border named as a way through or as what guards it, not as what is claimed: "they reopened their land border",
# "sealed the frontier", "border guards", "a border fence". Territory is the line's course and who holds what ("talks
# on the border", "a dispute over the border" stay territory). A border town or region, and a border after a
# preposition of place, are left to the item: a text initialled "in the border village of X" may be the one on
# the line, and "troops pulled back from the border" is what the sides argue over.
_LINE = re.compile(r"(?:borders?|boundar(?:y|ies)|frontiers?)$", re.I)
PLACE_BEFORE = re.compile(r"\b(?:re-?open(?:s|ed|ing)?|clos(?:e|es|ed|ing)|seal(?:s|ed|ing)?|shut(?:s|ting)?|"
                          r"cross(?:es|ed|ing)?)\s+(?:the\s+|their\s+|its\s+|our\s+|a\s+)?(?:[\w'\u2019-]+\s+){0,3}$", re.I)
PLACE_AFTER = re.compile(r"^\s+(?:posts?|guards?|police|officers?|troops|markets?|trade|traffic|checkpoints?|points?|fences?|"
                         r"walls?|closures?|controls?|checks?)\b", re.I)


def _a_place(text: str, m: ProvisionMention) -> bool:
    """Whether a weak mention of a border is a way through or a place (see PLACE_BEFORE, PLACE_AFTER)."""
    if not (m.weak and m.provision == "territory" and _LINE.search(text[m.start:m.end])):
        return False
    return bool(PLACE_BEFORE.search(text[:m.start]) or PLACE_AFTER.match(text[m.end:]))


# A border opened or shut is the way trade and travel go through, not the line's course: "they reopened their land
# border", "the frontier has been closed since the war", "the border stays shut" (crossing it is neither).
OPENED_BEFORE = re.compile(r"\b(?:re-?open(?:s|ed|ing)?|open(?:s|ed|ing)?|clos(?:e|es|ed|ing)|seal(?:s|ed|ing)?|"
                           r"shut(?:s|ting)?)\s+(?:the\s+|their\s+|its\s+|our\s+|a\s+)?(?:[\w'\u2019-]+\s+){0,3}$", re.I)
OPENED_AFTER = re.compile(r"^\s+(?:(?:has|have|had|was|were|is|are|will|would|to|remains?|remained|stays?|stayed|"
                          r"been|be)\s+)*(?:re-?open|open|clos|seal|shut)", re.I)


def _a_border_opened(text: str, m: ProvisionMention) -> bool:
    """Whether a weak mention of a border names it opened or shut (see OPENED_BEFORE)."""
    if not (m.weak and m.provision == "territory" and _LINE.search(text[m.start:m.end])):
        return False
    return bool(OPENED_BEFORE.search(text[:m.start]) or OPENED_AFTER.match(text[m.end:]))


# A crossing or corridor for goods and travellers, in a sentence with no word of aid or of people in need: "the
# crossing reopened to cargo", "a transit corridor for gas". Humanitarian access is aid getting through and people
# getting out (lorries and roads carry aid too, so they are no sign of trade).
_ROUTE = re.compile(r"(?:crossings?|corridors?|crossing points?)$", re.I)
TRADE_WORDS = re.compile(r"\b(?:trade|traders?|trading|cargo|goods|freight|passengers?|pilgrims?|travell?ers|tourists?|"
                         r"customs|transit|tolls?|fees?|tariffs?|commerce|commercial|business(?:es)?|exports?|imports?|"
                         r"rail(?:way)?|pipelines?|gas|oil|lease)\b", re.I)
AID_WORDS = re.compile(r"\b(?:aid|humanitarian|relief|food|medicines?|medical|evacuat\w*|civilians|refugees|displaced|"
                       r"wounded|sick|hostages|famine|starv\w*|besieged|siege)\b", re.I)


def _a_trade_route(text: str, m: ProvisionMention) -> bool:
    """Whether a humanitarian cue naming a crossing or corridor is a route for trade and travel (see TRADE_WORDS)."""
    if m.provision != "humanitarian_access" or not _ROUTE.search(text[m.start:m.end]):
        return False
    return bool(TRADE_WORDS.search(text)) and not AID_WORDS.search(text)


# "Port" opening a town's name ("Port Sudan", "Port Louis") names the town, not a port's use.
TOWN_NAMED_PORT = re.compile(r"^(?-i:Port)\s+(?-i:[A-Z])")


def _a_town(text: str, m: ProvisionMention) -> bool:
    return m.provision == "maritime_security" and bool(TOWN_NAMED_PORT.match(text[m.start:m.end + 2]))


# A pullback of forces off a line limits where they may stand (arms control: "pull their troops 15 km back",
# "withdraw troops from the border", "a border pullback"). Otherwise it is about ground (territory, the
# vocabulary's item for these cues): leaving a place ("withdraw from the province", "forces pulled back from the
# ridge", "forces in Gaza", "units moved back in"), moving the line itself ("a pullback to a new line"), or a
# withdrawal told with no place, which most often means leaving held ground.
_PULLBACK = re.compile(r"withdr|pull|\bmov(?:e|es|ed|ing)\b", re.I)
_FORCES = re.compile(r"\b(?:troops?|forces|soldiers|units|brigades|battalions|marines|fighters|weapons|weaponry|"
                     r"equipment|pull-?backs?|pull-?outs?|withdr\w*\s+from)\b", re.I)
_PLACE = r"(?:from|out of)\s+(?P<place>(?:[\w'\u2019-]+\s+){0,3}[\w'\u2019-]+)"
_FROM = re.compile(r"\b" + _PLACE, re.I)
# the forces a bare "pullback" names may come between it and the place: "a pull-back of forces from the ridge"
_AFTER_FROM = re.compile(r"^\s+(?:of\s+(?:[\w'\u2019-]+\s+){0,2}?(?:troops|forces|soldiers|units)[\"\u201d]?\s+)?" + _PLACE,
                         re.I)
_LINE_WORDS = re.compile(r"\b(?:borders?|frontiers?|boundar(?:y|ies)|lines?|(?-i:LoC|LAC))\b", re.I)
_LINE_BEFORE = re.compile(r"\b(?:border|frontier|boundary)\s+$", re.I)
_DISTANCE_BACK = re.compile(r"(?:\d[\d.,]*|[a-z]+)[\s-]*(?:km|kilomet(?:re|er)s?|miles?)\s+back\b", re.I)
_DATES = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)"
_IN_GROUND = re.compile(r"^\s+(?:in|inside|into)\s+(?!" + _DATES + r")(?-i:[A-Z])"
                        r"|^\s+(?:in|into)\b(?=\s+(?:without|and|again|after)\b)", re.I)
_TO_NEW_LINE = re.compile(r"^\s+(?:[\w-]+\s+){0,3}?to\s+(?:a|the)\s+(?:[\w-]+\s+)?line\b", re.I)
# Forces told as brought in ("the extra brigades rushed to the front", "the additional troops deployed since
# May", "heavy units deployed near the town"): pulling them back undoes a build-up, a limit on forces.
_BROUGHT_IN = re.compile(r"^(?:\s+[\w'\u2019-]+){0,4}?\s+(?:(?:extra|additional)\s+(?:[\w-]+\s+)?(?:troops|forces|soldiers|"
                        r"units|brigades|battalions)|reinforcements|(?:deployed|rushed|massed|sent)\s+(?!in\b|into\b)"
                        r"(?:near|along|to|towards|at|on|close|since|in\s+recent|last|this|over)\b)", re.I)


def _pullback_item(text: str, m: ProvisionMention) -> str:
    """The item a pullback of forces names, from the place it leaves or the forces it takes back ("pull back troops
    from the border", "withdraw the units deployed near the town" -> arms_control; "withdraw troops from the
    valley", "the troop withdrawal began" -> territory)."""
    cue, after = text[m.start:m.end], text[m.end:]
    place = _FROM.search(cue) or _AFTER_FROM.match(after)
    if place:
        return "arms_control" if _LINE_WORDS.search(place.group("place")) else "territory"
    if _BROUGHT_IN.match(" " + cue.partition(" ")[2] + after):
        return "arms_control"
    if _IN_GROUND.match(after) or _TO_NEW_LINE.match(after):
        return "territory"
    off_a_line = _DISTANCE_BACK.search(cue) or _LINE_BEFORE.search(text[:m.start]) or _LINE_WORDS.search(cue)
    return "arms_control" if off_a_line else "territory"


def _as_read(text: str, m: ProvisionMention) -> ProvisionMention:
    """The mention, a pullback of forces given to the item its place makes it (see _pullback_item)."""
    cue = text[m.start:m.end]
    if m.provision != "territory" or not (_PULLBACK.search(cue) and _FORCES.search(cue)):
        return m
    return dataclasses.replace(m, provision=_pullback_item(text, m))


# A crossing named as where something took place, not as a way to open: "the detainees were handed over at the
# Varlo crossing", "the envoy told reporters at the crossing", "arrested for illegal border crossing".
AT_THE_CROSSING = re.compile(r"(?:\bat\s+the\s+(?:(?-i:[A-Z])[\w'\u2019.-]*\s+){0,3}|\b(?:illegal|irregular|unlawful)\s+)"
                             r"(?:border\s+)?$", re.I)


def _a_venue(text: str, m: ProvisionMention) -> bool:
    """Whether a humanitarian cue naming a crossing is the scene of an event (see AT_THE_CROSSING)."""
    if m.provision != "humanitarian_access" or not _ROUTE.search(text[m.start:m.end]):
        return False
    return bool(AT_THE_CROSSING.search(text[:m.start]))


# A referendum on an area's status decides who holds it (territory), not who governs: "a referendum on the
# status of the district", "the enclave's final status, on which a referendum was promised". A referendum on a
# constitution or on self-determination stays elections and governance.
_REFERENDUM = re.compile(r"referend", re.I)
_STATUS_AFTER = re.compile(r"^\s+on\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,2}status\b", re.I)
_STATUS_BEFORE = re.compile(r"\bstatus\b(?:\W+\w+){0,8}?\W+$", re.I)


def _a_status_vote(text: str, m: ProvisionMention) -> bool:
    """Whether a referendum cue names a vote on an area's status (see _STATUS_AFTER, _STATUS_BEFORE)."""
    if m.provision != "elections_governance" or not _REFERENDUM.search(text[m.start:m.end]):
        return False
    before = text[:m.start]
    return bool(_STATUS_AFTER.match(text[m.end:]) or _STATUS_BEFORE.search(before[-80:]))


# The world court named as where a dispute stands ("the case is before the International Court of Justice", "a
# ruling from the ICJ on the border") names no item: what it rules on does (the border is territory). Taking a
# case there or dropping it is the item: "ask the ICJ to rule", "refer the dispute to the ICJ", "withdraw the
# cases they filed at the ICJ", "talks on the ICJ cases".
WORLD_COURT = re.compile(r"\bInternational\s+Court\s+of\s+Justice\b|\b(?-i:ICJ)\b", re.I)
CASE_TAKEN = re.compile(r"\b(?:ask(?:s|ed|ing)?|refer(?:s|red|ring)?|tak(?:e|es|en|ing)|took|bring(?:s|ing)?|brought|"
                        r"submit(?:s|ted|ting)?|fil(?:e|es|ed|ing)|withdr\w*|suspend\w*|drop(?:s|ped|ping)?|"
                        r"cases?|claims?|lawsuits?|proceedings)\b(?:\W+[\w'\u2019-]+){0,10}?\W+$", re.I)
CASE_AFTER = re.compile(r"^\s+(?:question|issue|cases?|claims?|lawsuits?|proceedings)\b", re.I)


def _a_court_named(text: str, m: ProvisionMention) -> bool:
    """Whether an accountability cue is only the world court's name, no case being taken or dropped there
    (see WORLD_COURT, CASE_TAKEN)."""
    if m.provision != "accountability":
        return False
    for court in WORLD_COURT.finditer(text):
        if court.start() <= m.start and m.end <= court.end():
            return not (CASE_TAKEN.search(text[max(0, court.start() - 120):court.start()])
                        or CASE_AFTER.match(text[court.end():]))
    return False


def _names_no_item(text: str, m: ProvisionMention) -> bool:
    """Whether a cue's words here name a place or a route, not the item they name elsewhere."""
    return _a_place(text, m) or _a_town(text, m) or _a_venue(text, m) or _a_court_named(text, m)


def find_provisions(text: str) -> list[ProvisionMention]:
    """Every provision cue in the text, leftmost first; overlapping cues keep the longest."""
    found = []
    for pid, pat, weak in _patterns():
        for m in pat.finditer(text):
            mention = _as_read(text, ProvisionMention(pid, m.start(), m.end(), weak))
            if _a_status_vote(text, mention):
                mention = dataclasses.replace(mention, provision="territory")
            if _a_border_opened(text, mention) or (_a_trade_route(text, mention) and not _a_venue(text, mention)):
                found.append(dataclasses.replace(mention, provision="economic_cooperation"))  # the way trade goes
            elif not _names_no_item(text, mention):
                found.append(mention)
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
