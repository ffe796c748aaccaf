"""Ingest throughput: articles and words per second, against a bare spaCy parse.

    python benchmarks/throughput.py [DIR]     (default: ../shared/corpus/dev)

Prints the time of a bare `nlp.pipe` over the same texts, of extraction
without a store, and of a full ingest into a fresh SQLite file, then the
ratio of ingest to bare parse. The last line is `articles/s X.X`.
"""
from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from peacetrack import nlp
from peacetrack.extract.pipeline import extract_articles
from peacetrack.ingest import ingest
from peacetrack.read import read_paths
from peacetrack.records import Article
from peacetrack.store import open_store


def main(folder: str) -> None:
    articles = [a for a in read_paths([folder]) if isinstance(a, Article)]
    words = sum(len(a.text.split()) for a in articles)
    nlp.load()  # model load is paid once per process; keep it out of the figures
    list(nlp.pipe((a.text, None) for a in articles[:2]))

    t0 = time.perf_counter()
    for _ in nlp.pipe((a.text, None) for a in articles):
        pass
    bare = time.perf_counter() - t0

    t0 = time.perf_counter()
    for _ in extract_articles(articles):
        pass
    extract = time.perf_counter() - t0

    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "bench.db")
        t0 = time.perf_counter()
        report = ingest([folder], store)
        full = time.perf_counter() - t0
        t0 = time.perf_counter()
        again = ingest([folder], store)
        rerun = time.perf_counter() - t0
        store.close()

    n = len(articles)
    print(f"articles {n}, words {words}")
    print(f"bare spaCy parse   {bare:7.2f} s  {n / bare:6.1f} articles/s  {words / bare:8.0f} words/s")
    print(f"extract (no store) {extract:7.2f} s  {n / extract:6.1f} articles/s  {words / extract:8.0f} words/s")
    print(f"ingest into SQLite {full:7.2f} s  {n / full:6.1f} articles/s  {words / full:8.0f} words/s  ({report.summary()})")
    print(f"re-ingest          {rerun:7.2f} s  ({again.summary()})")
    print(f"ingest / bare parse ratio {full / bare:.2f}")
    print(f"articles/s {n / full:.1f}")


if __name__ == "__main__":
    default = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "dev"
    main(sys.argv[1] if len(sys.argv) > 1 else str(default))
