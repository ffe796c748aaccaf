"""The cross-article layer: one record of a negotiation across all stored articles.

    from peacetrack.store import open_store
    from peacetrack import process
    with open_store("peace.db") as store:
        process.timeline(store, process="russia-ukraine")   # merged events
        process.provision(store, "energy_strike_moratorium")
        process.changes(store, since="2025-03-20")

Everything is derived at query time from the per-article facts in the store
(see each module's docstring for its rules): actors (one person across
spellings, offices by date), events (reports of one event merged), provisions
(status histories, supersession, disputes), plans (named proposals and
stages), changes (a window's digest) and processes (which articles belong to
which negotiation). `process=NAME` limits every function to the articles of
that process.
"""
from .api import actors, agenda, changes, plans, provision, quotes, search, timeline
from .processes import Process, UnknownProcess, article_processes, processes

__all__ = ["actors", "agenda", "changes", "plans", "provision", "quotes", "search", "timeline", "processes",
           "Process", "UnknownProcess", "article_processes"]
