"""Score extracted answer keys against gold answer keys (gold/FORMAT.md, "Scoring").

Pure functions over the FORMAT.md dict shape; the only I/O is `load_gold`.
System items may carry extra keys (`evidence`, `condition`, ...): they are ignored.

Conventions where FORMAT.md is silent (each is pinned by tests/test_evaluate.py):

* Precision tp/(tp+fp) and recall tp/(tp+fn) with an empty denominator are 1.0
  when the other side is empty too (nothing to find, nothing found) and 0.0
  otherwise; F1 is 0.0 when P+R is 0. Figures are micro-averaged: counts are
  summed over articles before dividing.
* Accuracies (title, party, date, speaker, status) with nothing to score are
  None ("n/a" in `Report.lines`), not a made-up 1.0 or 0.0.
* Items are matched one-to-one by a maximum matching (most pairs first, then
  the best-fitting pairs), so two system items never share one gold item.
"""
from __future__ import annotations

import difflib
import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = [
    "PARTY_SYNONYMS",
    "ArticleScore",
    "Counts",
    "GoldError",
    "Ratio",
    "Report",
    "load_gold",
    "names_match",
    "normalise_name",
    "quote_words",
    "score",
    "score_article",
]

Item = dict[str, Any]  # one answer-key entry: an actor, event, quote, position or status

SECTIONS = ("actors", "events", "quotes", "positions", "status")


class GoldError(ValueError):
    """A gold folder or file that cannot be read: the evaluation cannot run."""


# --------------------------------------------------------------------------- names

# Canonical party name -> common short or long forms. Matching is on normalised
# strings, so "U.S." and "US" are one entry, and "Türkiye" loses its diaeresis.
PARTY_SYNONYMS: dict[str, tuple[str, ...]] = {
    "United States": ("US", "USA", "U.S.A.", "United States of America", "America"),
    "Russia": ("Russian Federation",),
    "European Union": ("EU", "Europe"),
    "United Kingdom": ("UK", "Britain", "Great Britain", "United Kingdom of Great Britain and Northern Ireland"),
    "Turkey": ("Türkiye", "Republic of Turkey", "Republic of Türkiye"),
    "Democratic Republic of the Congo": ("DRC", "DR Congo", "Congo-Kinshasa"),
    "United Nations": ("UN",),
    "NATO": ("North Atlantic Treaty Organization", "North Atlantic Alliance"),
    "China": ("PRC", "People's Republic of China"),
    "North Korea": ("DPRK", "Democratic People's Republic of Korea"),
    "South Korea": ("Republic of Korea", "ROK"),
    "United Arab Emirates": ("UAE",),
    "Saudi Arabia": ("KSA", "Kingdom of Saudi Arabia"),
    "Iran": ("Islamic Republic of Iran",),
    "Germany": ("Federal Republic of Germany",),
    "France": ("French Republic",),
}

# Name suffixes that are not a surname: "Joseph R. Biden, Jr." ends in Biden.
_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
_JOINER = re.compile(r"\s(?:and|&)\s", re.IGNORECASE)
_JOINT_SPLIT = re.compile(r"\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+", re.IGNORECASE)


def _fold(text: str) -> str:
    """Case-fold and strip diacritics (NFKD, then drop combining marks)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def normalise_name(name: str) -> str:
    """Case-folded, no diacritics or punctuation, no leading "the"."""
    s = _fold(name)
    # Dots and apostrophes join ("U.S." -> "us", "O'Neil" -> "oneil"); other
    # punctuation separates words ("Vice-President" -> "vice president").
    s = re.sub(r"[.'’ʼ‘`´]", "", s)
    s = re.sub(r"[^\w\s]|_", " ", s)
    words = s.split()
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return " ".join(words)


_PARTY_INDEX: dict[str, str] = {
    normalise_name(form): canonical
    for canonical, forms in PARTY_SYNONYMS.items()
    for form in (canonical, *forms)
}


def _last_word(normalised: str) -> str:
    words = normalised.split()
    while len(words) > 1 and words[-1] in _SUFFIXES:
        words.pop()
    return words[-1] if words else ""


def _members(name: str) -> list[str]:
    """Members of a joint name: "A and B", "A, B and C", "A, B, and C", "A & B".

    A comma alone does not make a joint name ("Joseph R. Biden, Jr."), and a
    suffix split off by a comma is glued back to its name.
    """
    if not _JOINER.search(name):
        return [name]
    parts: list[str] = []
    for part in (p.strip() for p in _JOINT_SPLIT.split(name)):
        if not part:
            continue
        if parts and normalise_name(part) in _SUFFIXES:
            parts[-1] = f"{parts[-1]}, {part}"
        else:
            parts.append(part)
    return parts


def _single_quality(
    a: str, b: str, aliases_a: Iterable[str] = (), aliases_b: Iterable[str] = (), *, last_word: bool = True
) -> float:
    """How well two single names match: 0.0 for no match, higher for closer.

    The grade only orders candidate pairs for the one-to-one matching.
    """
    na, nb = normalise_name(a), normalise_name(b)
    if not na or not nb:
        return 0.0
    if na == nb:
        return 1.0
    canon_a, canon_b = _PARTY_INDEX.get(na), _PARTY_INDEX.get(nb)
    if canon_a is not None and canon_a == canon_b:
        return 1.0
    if na in {normalise_name(x) for x in aliases_b} or nb in {normalise_name(x) for x in aliases_a}:
        return 0.9
    if last_word and (na == _last_word(nb) or nb == _last_word(na)):
        return 0.6
    return 0.0


class _Side:
    """The actors of one answer key: what a name on that side is also called, and its party.

    System names are resolved with system actors, gold names with gold actors.
    """

    def __init__(self, actors: Iterable[Item] = ()) -> None:
        self._index: dict[str, Item] = {}
        for actor in actors:
            for n in (actor.get("name") or "", *(actor.get("aliases") or ())):
                self._index.setdefault(normalise_name(n), actor)

    def actor(self, name: str) -> Item | None:
        return self._index.get(normalise_name(name))

    def aliases(self, name: str) -> list[str]:
        actor = self.actor(name)
        if actor is None:
            return []
        return [actor.get("name") or "", *(actor.get("aliases") or ())]

    def party(self, name: str) -> str | None:
        actor = self.actor(name)
        return actor.get("party") if actor else None


def _name_quality(
    a: str, b: str, side_a: _Side, side_b: _Side, aliases_a: Sequence[str] = (), aliases_b: Sequence[str] = ()
) -> float:
    """Name matching of FORMAT.md, joint names included; 0.0 for no match."""
    all_a = [*aliases_a, *side_a.aliases(a)]
    all_b = [*aliases_b, *side_b.aliases(b)]
    members_a, members_b = _members(a), _members(b)
    if len(members_a) == 1 and len(members_b) == 1:
        return _single_quality(a, b, all_a, all_b)
    # A joint name never matches a single one by its last word ("United States
    # and Ukraine" is not "Ukraine"), but the same string or an alias still does.
    whole = _single_quality(a, b, all_a, all_b, last_word=False)
    if whole:
        return whole
    if len(members_a) != len(members_b):
        return 0.0
    pairs = _match(
        members_a,
        members_b,
        lambda x, y: _single_quality(x, y, side_a.aliases(x), side_b.aliases(y)) or None,
    )
    return 0.8 if len(pairs) == len(members_a) else 0.0


def names_match(a: str, b: str, aliases_a: Sequence[str] = (), aliases_b: Sequence[str] = ()) -> bool:
    """FORMAT.md name matching.

    After case-folding and removing diacritics, punctuation and a leading
    "the": equal, or one is the other's last word, or either is among the
    other's aliases, or both are forms of one party ("U.S." / "United
    States"). Joint names ("A and B", "A, B and C") match a joint name with
    the same members, in any order.
    """
    return _name_quality(a, b, _Side(), _Side(), aliases_a, aliases_b) > 0


def _parties_match(a: str | None, b: str | None) -> bool:
    """Party fields: both null, or both names of one party."""
    if a is None or b is None:
        return a is None and b is None
    return _single_quality(a, b) > 0


# --------------------------------------------------------------------------- matching

def _assignment(weight: list[list[float]]) -> list[tuple[int, int]]:
    """Maximum-weight assignment (Hungarian algorithm) of rows to columns."""
    transposed = len(weight) > len(weight[0])
    if transposed:
        weight = [list(col) for col in zip(*weight)]
    n, m = len(weight), len(weight[0])
    inf = float("inf")
    u, v = [0.0] * (n + 1), [0.0] * (m + 1)
    owner, way = [0] * (m + 1), [0] * (m + 1)  # owner[j]: row (1-based) holding column j
    for i in range(1, n + 1):
        owner[0], j0 = i, 0
        minv, used = [inf] * (m + 1), [False] * (m + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = owner[j0], inf, 0
            for j in range(1, m + 1):
                if not used[j]:
                    cur = -weight[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j], way[j] = cur, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(m + 1):
                if used[j]:
                    u[owner[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if owner[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            owner[j0] = owner[j1]
            j0 = j1
    pairs = [(owner[j] - 1, j - 1) for j in range(1, m + 1) if owner[j]]
    return [(c, r) for r, c in pairs] if transposed else pairs


def _match(
    system: Sequence[Any], gold: Sequence[Any], quality: Callable[[Any, Any], float | None]
) -> list[tuple[int, int]]:
    """One-to-one matching of system to gold items: (system index, gold index) pairs.

    `quality` gives None for "no match", else a grade in [0, 1]. The matching
    has as many pairs as possible and, among those, the highest total grade:
    each pair weighs K + grade with K above any total grade, so one more pair
    always outweighs better grades.
    """
    if not system or not gold:
        return []
    grades = [[quality(s, g) for g in gold] for s in system]
    if all(q is None for row in grades for q in row):
        return []
    k = min(len(system), len(gold)) + 1
    weight = [[0.0 if q is None else k + q for q in row] for row in grades]
    return sorted((i, j) for i, j in _assignment(weight) if grades[i][j] is not None)


# --------------------------------------------------------------------------- counting

def _ratio(num: int, den: int, other_side: int) -> float:
    """num/den; an empty denominator gives 1.0 if the other side is empty too, else 0.0."""
    if den:
        return num / den
    return 0.0 if other_side else 1.0


@dataclass
class Counts:
    """Matched (tp), extra system (fp) and missed gold (fn) items of one section."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float:
        return _ratio(self.tp, self.tp + self.fp, self.fn)

    @property
    def recall(self) -> float:
        return _ratio(self.tp, self.tp + self.fn, self.fp)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def figures(self) -> dict[str, float | int]:
        return {
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass
class Ratio:
    """Right out of total; None when there was nothing to score."""

    right: int = 0
    total: int = 0

    def __add__(self, other: Ratio) -> Ratio:
        return Ratio(self.right + other.right, self.total + other.total)

    def add(self, ok: bool) -> None:
        self.right += int(ok)
        self.total += 1

    @property
    def value(self) -> float | None:
        return self.right / self.total if self.total else None


@dataclass
class ArticleScore:
    """The scoring of one article: counts per section and what differed."""

    article: str
    actors: Counts = field(default_factory=Counts)
    events: Counts = field(default_factory=Counts)
    quotes: Counts = field(default_factory=Counts)
    positions: Counts = field(default_factory=Counts)
    positions_loose: Counts = field(default_factory=Counts)
    titles: Ratio = field(default_factory=Ratio)
    parties: Ratio = field(default_factory=Ratio)
    dates: Ratio = field(default_factory=Ratio)
    speakers: Ratio = field(default_factory=Ratio)
    status: Ratio = field(default_factory=Ratio)
    # section -> gold items no system item matched / system items matching no gold item
    missed: dict[str, list[Item]] = field(default_factory=lambda: {s: [] for s in SECTIONS})
    extra: dict[str, list[Item]] = field(default_factory=lambda: {s: [] for s in SECTIONS})
    # matched items whose scored attribute is wrong, as readable lines
    wrong: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------- per section

def _titles_match(system: str | None, gold: str) -> bool:
    """Lenient title rule: equal after name normalisation, or one contains the
    other as whole words ("President" ~ "US President"), since articles name
    one office in longer and shorter forms. A missing system title is wrong."""
    if not system:
        return False
    s, g = normalise_name(system), normalise_name(gold)
    if not s or not g:
        return False
    return s == g or f" {s} " in f" {g} " or f" {g} " in f" {s} "


def _score_actors(out: ArticleScore, system: list[Item], gold: list[Item]) -> None:
    empty = _Side()

    def quality(s: Item, g: Item) -> float | None:
        s_name, g_name = s.get("name") or "", g.get("name") or ""
        q = _name_quality(s_name, g_name, empty, empty, s.get("aliases") or (), g.get("aliases") or ())
        return q or None

    pairs = _match(system, gold, quality)
    _count(out, "actors", out.actors, system, gold, pairs)
    for i, j in pairs:
        s, g = system[i], gold[j]
        if g.get("title") is not None:  # a null gold title is not scored
            ok = _titles_match(s.get("title"), g["title"])
            out.titles.add(ok)
            if not ok:
                out.wrong.append(f"actor {g.get('name')}: title {s.get('title')!r}, gold {g['title']!r}")
        # A null gold party is scored: a system party there is wrong.
        ok = _parties_match(s.get("party"), g.get("party"))
        out.parties.add(ok)
        if not ok:
            out.wrong.append(f"actor {g.get('name')}: party {s.get('party')!r}, gold {g.get('party')!r}")


def _participants_match(s_names: list[str], g_names: list[str], s_side: _Side, g_side: _Side) -> bool:
    """Participant sets equal after name matching: every system participant
    matches some gold one and every gold participant some system one. A party
    name matches a person whose party it is, so ["United States", "Ukraine"]
    equals ["Trump", "Rubio", "Zelensky"] when those are their actors' parties."""

    def one(p: str, g: str) -> bool:
        if _name_quality(p, g, s_side, g_side) > 0:
            return True
        g_party, p_party = g_side.party(g), s_side.party(p)
        return bool(
            (g_party and _single_quality(p, g_party) > 0) or (p_party and _single_quality(g, p_party) > 0)
        )

    every_system = all(any(one(p, g) for g in g_names) for p in s_names)
    return every_system and all(any(one(p, g) for p in s_names) for g in g_names)


def _score_events(out: ArticleScore, system: list[Item], gold: list[Item], s_side: _Side, g_side: _Side) -> None:
    def quality(s: Item, g: Item) -> float | None:
        if s.get("type") != g.get("type"):
            return None
        sp, gp = list(s.get("participants") or ()), list(g.get("participants") or ())
        if not _participants_match(sp, gp, s_side, g_side):
            return None
        # Prefer the pair with the same date, then the same number of participants.
        return 0.5 * (s.get("date") == g.get("date")) + 0.5 * (len(sp) == len(gp))

    pairs = _match(system, gold, quality)
    _count(out, "events", out.events, system, gold, pairs)
    for i, j in pairs:
        s, g = system[i], gold[j]
        if g.get("date") is not None:  # a null gold date is not scored
            ok = s.get("date") == g["date"]
            out.dates.add(ok)
            if not ok:
                out.wrong.append(f"event {_render('events', g)}: date {s.get('date')!r}")


# Apostrophes and quote marks written many ways: "Heʼs" is "He's".
_QUOTE_CHARS = str.maketrans({c: "'" for c in "ʼ’‘`´′"} | {c: '"' for c in "“”„«»″"})
_WORD = re.compile(r"\w+(?:'\w+)*")


def quote_words(text: str) -> list[str]:
    """The words of a quote, case-folded, diacritics and apostrophe variants normalised."""
    return _WORD.findall(_fold(text.translate(_QUOTE_CHARS)))


def _overlap(a: list[str], b: list[str]) -> float | None:
    """Quote texts overlap when their longest common run of words is at least
    half of the shorter one's words. A contiguous run, not a bag of words,
    because quotes are spans of one text: shared "the", "to", "and" scattered
    through two different sentences are not an overlap. Grade: run / longer."""
    short = min(len(a), len(b))
    if not short:
        return None
    run = difflib.SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b)).size
    return run / max(len(a), len(b)) if run and 2 * run >= short else None


def _score_quotes(out: ArticleScore, system: list[Item], gold: list[Item], s_side: _Side, g_side: _Side) -> None:
    s_words = [quote_words(q.get("text") or "") for q in system]
    g_words = [quote_words(q.get("text") or "") for q in gold]
    sys_idx, gold_idx = list(range(len(system))), list(range(len(gold)))

    def speakers(i: int, j: int) -> bool:
        return _name_quality(system[i].get("speaker") or "", gold[j].get("speaker") or "", s_side, g_side) > 0

    def quality(i: int, j: int) -> float | None:
        return _overlap(s_words[i], g_words[j]) if speakers(i, j) else None

    pairs = _match(sys_idx, gold_idx, quality)
    _count(out, "quotes", out.quotes, system, gold, pairs)
    # Speaker accuracy: a second matching on text alone, then were the speakers right?
    for i, j in _match(sys_idx, gold_idx, lambda i, j: _overlap(s_words[i], g_words[j])):
        ok = speakers(i, j)
        out.speakers.add(ok)
        if not ok:
            out.wrong.append(f"quote {_render('quotes', gold[j])}: speaker {system[i].get('speaker')!r}")


def _score_positions(out: ArticleScore, system: list[Item], gold: list[Item]) -> None:
    def loose(s: Item, g: Item) -> float | None:
        if s.get("provision") != g.get("provision") or not _parties_match(s.get("party"), g.get("party")):
            return None
        return 1.0 if s.get("stance") == g.get("stance") else 0.0

    def strict(s: Item, g: Item) -> float | None:
        return loose(s, g) or None

    _count(out, "positions", out.positions, system, gold, _match(system, gold, strict))
    loose_pairs = _match(system, gold, loose)
    out.positions_loose += Counts(len(loose_pairs), len(system) - len(loose_pairs), len(gold) - len(loose_pairs))
    for i, j in loose_pairs:
        if system[i].get("stance") != gold[j].get("stance"):
            g = gold[j]
            stances = f"stance {system[i].get('stance')!r}, gold {g.get('stance')!r}"
            out.wrong.append(f"position {g.get('provision')} / {g.get('party')}: {stances}")


def _score_status(out: ArticleScore, system: list[Item], gold: list[Item]) -> None:
    # One status per provision: the system's first entry for it is the one scored,
    # so listing several statuses for one provision cannot hedge.
    first: dict[str, Item] = {}
    for s in system:
        first.setdefault(s.get("provision") or "", s)
    gold_provisions = {g.get("provision") for g in gold}
    for g in gold:
        s = first.get(g.get("provision") or "")
        out.status.add(s is not None and s.get("status") == g.get("status"))
        if s is None:
            out.missed["status"].append(g)
        elif s.get("status") != g.get("status"):
            out.wrong.append(f"status {g.get('provision')}: {s.get('status')!r}, gold {g.get('status')!r}")
    out.extra["status"].extend(s for p, s in first.items() if p not in gold_provisions)


def _count(
    out: ArticleScore, section: str, counts: Counts, system: list[Item], gold: list[Item], pairs: list[tuple[int, int]]
) -> None:
    matched_s, matched_g = {i for i, _ in pairs}, {j for _, j in pairs}
    counts.tp += len(pairs)
    counts.fp += len(system) - len(matched_s)
    counts.fn += len(gold) - len(matched_g)
    out.extra[section].extend(s for i, s in enumerate(system) if i not in matched_s)
    out.missed[section].extend(g for j, g in enumerate(gold) if j not in matched_g)


def _items(key: dict[str, Any], section: str) -> list[Item]:
    return [item for item in key.get(section) or () if isinstance(item, dict)]


def score_article(system: dict[str, Any], gold: dict[str, Any]) -> ArticleScore:
    """Score one system answer key against its gold answer key."""
    out = ArticleScore(article=str(gold.get("article") or system.get("article") or ""))
    s_actors, g_actors = _items(system, "actors"), _items(gold, "actors")
    s_side, g_side = _Side(s_actors), _Side(g_actors)
    _score_actors(out, s_actors, g_actors)
    _score_events(out, _items(system, "events"), _items(gold, "events"), s_side, g_side)
    _score_quotes(out, _items(system, "quotes"), _items(gold, "quotes"), s_side, g_side)
    _score_positions(out, _items(system, "positions"), _items(gold, "positions"))
    _score_status(out, _items(system, "status"), _items(gold, "status"))
    return out


# --------------------------------------------------------------------------- report

def _render(section: str, item: Item) -> str:
    if section == "actors":
        return f"{item.get('name')} ({item.get('title')}; {item.get('party')})"
    if section == "events":
        return f"{item.get('type')} {item.get('date')}: {', '.join(item.get('participants') or ())}"
    if section == "quotes":
        text = item.get("text") or ""
        return f"{item.get('speaker')}: \"{text[:60]}{'…' if len(text) > 60 else ''}\""
    if section == "positions":
        return f"{item.get('provision')} / {item.get('party')} / {item.get('stance')}"
    return f"{item.get('provision')}: {item.get('status')}"


def _acc(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def _prf(c: Counts) -> str:
    return f"P {c.precision:.3f} R {c.recall:.3f} F1 {c.f1:.3f}"


@dataclass
class Report:
    """Scores of many articles, micro-averaged (counts summed, then divided)."""

    articles: list[ArticleScore] = field(default_factory=list)

    def _sum_counts(self, name: str) -> Counts:
        total = Counts()
        for a in self.articles:
            total += getattr(a, name)
        return total

    def _sum_ratio(self, name: str) -> Ratio:
        total = Ratio()
        for a in self.articles:
            total += getattr(a, name)
        return total

    @property
    def overall_f1(self) -> float:
        """Mean of the events, quotes and (strict) positions F1."""
        return sum(self._sum_counts(s).f1 for s in ("events", "quotes", "positions")) / 3

    def figures(self) -> dict[str, Any]:
        status = self._sum_ratio("status")
        return {
            "articles": len(self.articles),
            **{s: self._sum_counts(s).figures() for s in ("actors", "events", "quotes", "positions")},
            "positions_loose": self._sum_counts("positions_loose").figures(),
            "status": {"right": status.right, "total": status.total},
            "title_accuracy": self._sum_ratio("titles").value,
            "party_accuracy": self._sum_ratio("parties").value,
            "date_accuracy": self._sum_ratio("dates").value,
            "speaker_accuracy": self._sum_ratio("speakers").value,
            "status_accuracy": status.value,
            "overall_f1": self.overall_f1,
            # how many items each accuracy is over: one item moves a figure over few items a long way
            "scored": {name: self._sum_ratio(ratio).total for name, ratio in (
                ("title_accuracy", "titles"), ("party_accuracy", "parties"), ("date_accuracy", "dates"),
                ("speaker_accuracy", "speakers"), ("status_accuracy", "status"))},
        }

    def lines(self) -> list[str]:
        status = self._sum_ratio("status")
        return [
            f"{'actors':<10} {_prf(self._sum_counts('actors'))}"
            f"  title acc {_acc(self._sum_ratio('titles').value)}  party acc {_acc(self._sum_ratio('parties').value)}",
            f"{'events':<10} {_prf(self._sum_counts('events'))}  date acc {_acc(self._sum_ratio('dates').value)}",
            f"{'quotes':<10} {_prf(self._sum_counts('quotes'))}  speaker acc {_acc(self._sum_ratio('speakers').value)}",
            f"{'positions':<10} {_prf(self._sum_counts('positions'))}  loose {_prf(self._sum_counts('positions_loose'))}",
            f"{'status':<10} acc {_acc(status.value)} ({status.right}/{status.total})",
            f"overall F1 {self.overall_f1:.3f}",
        ]

    def explain(self) -> list[str]:
        """Per article: each missed and extra item per section, then wrong attributes."""
        out: list[str] = []
        for a in self.articles:
            out.append(a.article)
            before = len(out)
            for section in SECTIONS:
                out.extend(f"  {section} missed: {_render(section, g)}" for g in a.missed[section])
                out.extend(f"  {section} extra: {_render(section, s)}" for s in a.extra[section])
            out.extend(f"  wrong {w}" for w in a.wrong)
            if len(out) == before:
                out.append("  no differences")
        return out


def score(pairs: Iterable[tuple[dict[str, Any], dict[str, Any]]]) -> Report:
    """Score (system, gold) answer-key pairs, one pair per article."""
    return Report([score_article(system, gold) for system, gold in pairs])


def load_gold(dirs: Sequence[Path]) -> dict[str, Item]:
    """Gold answer keys by file stem from folders of `*.json`; a later folder's
    file replaces an earlier folder's file of the same stem."""
    gold: dict[str, Item] = {}
    for folder in map(Path, dirs):
        if not folder.is_dir():
            raise GoldError(f"{folder}: not a folder of gold files")
        for path in sorted(folder.glob("*.json")):
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
                raise GoldError(f"{path}: unreadable gold file: {exc}") from exc
            if not isinstance(data, dict):
                raise GoldError(f"{path}: a gold file holds one JSON object")
            gold[path.stem] = data
    return gold
