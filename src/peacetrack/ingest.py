"""Ingest: read inputs, extract, store — skipping what the store already holds."""
from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from .extract.pipeline import extract_articles
from .read import read_paths
from .records import Article, Refusal

log = logging.getLogger(__name__)


@dataclass
class IngestReport:
    read: int = 0
    stored: int = 0
    unchanged: int = 0
    refused: list[Refusal] = field(default_factory=list)

    def summary(self) -> str:
        return f"read {self.read} / stored {self.stored} / unchanged {self.unchanged} / refused {len(self.refused)}"


def ingest(
    paths: Iterable[str],
    store,
    date: dt.date | None = None,
    on_refusal: Callable[[Refusal], None] | None = None,
    on_article: Callable[[Article, str], None] | None = None,
    batch_size: int = 8,
) -> IngestReport:
    """Read `paths`, extract what is new and write it, one transaction per article."""
    report = IngestReport()
    seen: set[str] = set()

    def fresh() -> Iterator[Article]:
        for item in read_paths(paths, date=date):
            if isinstance(item, Refusal):
                report.refused.append(item)
                log.info("refused %s", item)
                if on_refusal:
                    on_refusal(item)
                continue
            report.read += 1
            h = item.content_hash
            if h in seen or store.has(h):
                report.unchanged += 1
                if on_article:
                    on_article(item, "unchanged")
                continue
            seen.add(h)
            yield item

    for extraction in extract_articles(fresh(), batch_size=batch_size):
        outcome = store.write(extraction)
        if outcome == "stored":
            report.stored += 1
        else:
            report.unchanged += 1
        if on_article:
            on_article(extraction.article, outcome)
    return report
