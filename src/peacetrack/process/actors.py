"""One person across articles and spellings, and the offices they held by date.

Resolution of a name written in an article (rules, in order):

1. A spelling of a gazetteer entry (its name or an alias, compared case-,
   accent- and punctuation-insensitively, honorifics such as "President"
   dropped) is that person: Zelensky / Zelenskyy / Zelenskiy are one.
2. An office used as a name ("the US president", "the Kremlin leader",
   "Ukraine's president") is the gazetteer person holding that office on the
   article's date (KnownActor.title_on), when exactly one does.
3. A surname that is the surname of exactly one gazetteer entry is that entry.
4. Other names cluster by surname within a party: "Grigory Karasin" and
   "Karasin" of Russia are one person; the same surname in two parties is two
   people. A name whose party is unknown joins the one cluster of its
   surname, if there is exactly one. The cluster is named by its longest form.

Parties (participants like "Ukraine") are not people and resolve to
themselves. `party_of` gives a resolved person's party: the gazetteer's,
else the one the articles gave most often.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import Any

from .. import vocab
from ..extract.parties import party_of_phrase
from ..names import fold, surname

HONORIFICS = re.compile(
    r"^(?:(?:[A-Z][\w.]*(?:'s|’s)?)\s+)?(?:President|Vice President|Prime Minister|"
    r"Secretary|Special Envoy|Envoy|NSC|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Sir|Gen\.?|Rep\.?|Sen\.?|Chancellor|"
    r"Minister|Foreign Minister)\s+"
)  # an office, possibly with its country ("Ukrainian President", "Kenya's Minister"), before a name
OFFICE_HEADS = ("vice president", "prime minister", "foreign minister", "secretary of state", "defense secretary",
                "defence secretary", "treasury secretary", "national security advisor", "national security adviser",
                "special envoy", "envoy", "spokesman", "spokeswoman", "chancellor", "president", "leader",
                "head of state", "premier")
LEADER_HEADS = ("president", "prime minister", "chancellor", "leader", "premier")


def _strip(name: str) -> str:
    name = " ".join(name.replace("\\_", " ").replace("_", " ").split())
    prev = None
    while prev != name:
        prev, name = name, HONORIFICS.sub("", name)
    return name.strip(" ,.;:\"“”'")


def office_holder(phrase: str, date: str) -> vocab.KnownActor | None:
    """ "the US president" on `date` -> the gazetteer person holding that office then, if exactly one."""
    low = fold(phrase)
    head = next((h for h in OFFICE_HEADS if re.search(rf"\b{h}\b", low)), None)
    if head is None:
        return None
    party = party_of_phrase(phrase)
    heads = LEADER_HEADS if head in ("leader", "head of state") else (head,)
    found = []
    for k in vocab.gazetteer():
        if party and k.party != party:
            continue
        title = fold(k.title_on(date) or "")
        if not title:
            continue
        if any(re.search(rf"\b{h}\b", title) for h in heads) and ("vice" not in title or "vice" in head):
            found.append(k)
    if len(found) > 1 and heads is LEADER_HEADS:
        # "the Kremlin leader" with a president and a prime minister known: the one whose office leads
        found = [k for k in found if k.office_on(date).leads]
    return found[0] if len(found) == 1 else None


class Resolver:
    """Maps the names articles write to one canonical name per person.

    Built from the gazetteer and the stored actor rows (name, aliases, party);
    `resolve(name, date)` gives the canonical name, `party_of(name)` its party.
    """

    def __init__(self, actor_rows: list[dict[str, Any]] = ()) -> None:
        self._known: dict[str, vocab.KnownActor] = {}
        surnames: dict[str, set[str]] = defaultdict(set)
        by_name: dict[str, vocab.KnownActor] = {}
        for k in vocab.gazetteer():
            by_name[k.name] = k
            for form in (k.name, *k.aliases):
                self._known.setdefault(fold(form), k)
                if len(form.split()) > 1 or form in k.aliases:
                    surnames[surname(form)].add(k.name)
        self._known_surname = {s: by_name[next(iter(n))] for s, n in surnames.items() if len(n) == 1 and s}
        self._parties = {p.name for p in vocab.parties()}
        self._cache: dict[tuple[str, str | None], str] = {}
        # clusters of the people the gazetteer does not know: (surname, party) -> forms
        party_votes: dict[str, Counter] = defaultdict(Counter)
        forms: dict[str, Counter] = defaultdict(Counter)
        for r in actor_rows:
            name = _strip(r["name"])
            if not name or self._gazetteer(name) is not None:
                continue
            forms[name][name] += 1
            if r.get("party"):
                party_votes[name][r["party"]] += 1
        self._name_party = {n: c.most_common(1)[0][0] for n, c in party_votes.items()}
        clusters: dict[tuple[str, str | None], list[str]] = defaultdict(list)
        for name in forms:
            clusters[(surname(name), self._name_party.get(name))].append(name)
        # a name of unknown party joins the only cluster of its surname
        for (sur, party), names in list(clusters.items()):
            if party is None:
                others = [k for k in clusters if k[0] == sur and k[1] is not None]
                if len(others) == 1:
                    clusters[others[0]].extend(names)
                    del clusters[(sur, party)]
        self._cluster_of: dict[str, str] = {}
        self._cluster_party: dict[str, str | None] = {}
        for (sur, party), names in clusters.items():
            canonical = max(names, key=lambda n: (len(n.split()), sum(forms[n].values()), n))
            for n in names:
                self._cluster_of[fold(n)] = canonical
            self._cluster_party[canonical] = party
        self._surname_clusters: dict[str, list[str]] = defaultdict(list)
        for canonical in set(self._cluster_of.values()):
            self._surname_clusters[surname(canonical)].append(canonical)

    def _gazetteer(self, name: str) -> vocab.KnownActor | None:
        key = fold(name)
        return self._known.get(key) or self._known.get(fold(_strip(name)))

    def known(self, name: str) -> vocab.KnownActor | None:
        """The gazetteer entry a resolved name belongs to, if any."""
        return self._known.get(fold(name))

    def is_party(self, name: str) -> bool:
        return name in self._parties

    def resolve(self, name: str, date: str | None = None) -> str:
        """The canonical name of the person (or party) `name` names on `date`."""
        key = (name, date)
        hit = self._cache.get(key)
        if hit is None:
            hit = self._cache[key] = self._resolve(name, date)
        return hit

    def _resolve(self, name: str, date: str | None) -> str:
        if self.is_party(name):
            return name
        k = self._gazetteer(name)
        if k is not None:
            return k.name
        if date is not None and re.match(r"(?i)^the\s|^\w+['’]s\s", name.strip()):
            holder = office_holder(name, date)
            if holder is not None:
                return holder.name
        stripped = _strip(name)
        cluster = self._cluster_of.get(fold(stripped))
        if cluster is not None:
            return cluster
        sur = surname(stripped)
        if sur in self._known_surname and len(stripped.split()) == 1:
            return self._known_surname[sur].name
        if sur in self._known_surname and fold(stripped).split()[0] in {"president", "secretary", "envoy"}:
            return self._known_surname[sur].name
        clusters = self._surname_clusters.get(sur, [])
        if len(clusters) == 1 and len(stripped.split()) == 1:
            return clusters[0]
        if date is not None:
            holder = office_holder(name, date)
            if holder is not None:
                return holder.name
        return stripped or name

    def party_of(self, canonical: str) -> str | None:
        """The party of a resolved name (a party is its own)."""
        if self.is_party(canonical):
            return canonical
        k = self.known(canonical)
        if k is not None:
            return k.party
        return self._cluster_party.get(canonical) or self._name_party.get(canonical)


def actors(actor_rows: list[dict[str, Any]], resolver: Resolver | None = None) -> list[dict[str, Any]]:
    """One row per person across articles, with the titles held at each date.

    Row: {name, party, aliases (every spelling seen, and the gazetteer's),
    articles (count), first_seen, last_seen, titles ([{title, from, to,
    source}] — source "gazetteer" for the offices of the bundled gazetteer,
    "articles" for a title the articles gave, from/to its first and last
    report), dated_titles ([{date, title, source}] one per date the person is
    reported: the gazetteer's office on that day when it has one, else the
    title an article gave that day), evidence (list)}. Most reported first, then by name.
    `actor_rows` come from store.process_queries.facts(store, "actors").
    """
    resolver = resolver or Resolver(actor_rows)
    groups: dict[str, dict[str, Any]] = {}
    for r in actor_rows:
        name = resolver.resolve(r["name"], r["date"])
        if resolver.is_party(name):
            continue
        g = groups.get(name)
        if g is None:
            g = groups[name] = {"name": name, "party": None, "aliases": [], "articles": 0, "first_seen": r["date"],
                                "last_seen": r["date"], "titles": [], "dated_titles": [], "evidence": [],
                                "_hashes": set(), "_titles": {}, "_dates": {}, "_parties": Counter()}
        for form in [r["name"], *r.get("aliases", [])]:
            form = " ".join(form.split())
            if form != name and form not in g["aliases"]:
                g["aliases"].append(form)
        if r.get("party"):
            g["_parties"][r["party"]] += 1
        g["_hashes"].add(r["hash"])
        g["last_seen"] = r["date"]
        if r.get("title"):
            t = g["_titles"].get(fold(r["title"]))
            if t is None:
                t = g["_titles"][fold(r["title"])] = {"title": r["title"], "from": r["date"], "to": r["date"],
                                                      "source": "articles"}
            t["to"] = r["date"]
            g["_dates"].setdefault(r["date"], r["title"])
        else:
            g["_dates"].setdefault(r["date"], None)
        if r.get("evidence"):
            g["evidence"].append(r["evidence"])
    out = []
    for name, g in groups.items():
        known = resolver.known(name)
        party = (known.party if known else None) or (g["_parties"].most_common(1)[0][0] if g["_parties"] else None)
        g["party"] = party
        titles = []
        if known:
            for alias in known.aliases:
                if alias not in g["aliases"]:
                    g["aliases"].append(alias)
            titles = [{"title": o.title, "from": o.start, "to": o.end, "source": "gazetteer"} for o in known.titles]
        g["titles"] = titles + list(g["_titles"].values())
        for date in sorted(g["_dates"]):
            title = g["_dates"][date]
            if known and known.title_on(date):  # the gazetteer's office is authoritative
                g["dated_titles"].append({"date": date, "title": known.title_on(date), "source": "gazetteer"})
            elif title is not None:
                g["dated_titles"].append({"date": date, "title": title, "source": "articles"})
            else:
                g["dated_titles"].append({"date": date, "title": None, "source": None})
        g["articles"] = len(g["_hashes"])
        for k in ("_hashes", "_titles", "_dates", "_parties"):
            del g[k]
        out.append(g)
    out.sort(key=lambda g: (-g["articles"], g["name"]))
    return out
