"""Saved news pages: main text and metadata with trafilatura, never the network.

The publication date comes from the page's markup only (meta tags, JSON-LD,
`<time>` elements, date-classed elements): trafilatura's extensive search,
which guesses from any date in the body text, is switched off, because a
wrong date misplaces the article on the timeline. A page without a date is
refused unless the caller gives a fallback date.

Paragraphs of the extracted text are separated by blank lines, as in the
text and feed readers.
"""
from __future__ import annotations

import datetime as dt
import logging
import os
import re
from collections.abc import Iterator

import trafilatura

from peacetrack.records import Article, Refusal

from ._common import decode_utf8, normalise_newlines, parse_day, read_bytes, undecodable

log = logging.getLogger(__name__)

NO_DATE = "no publication date found (use --date YYYY-MM-DD)"
DATE_PARAMS = {"original_date": True, "extensive_search": False}
_DECLARED_CHARSET = re.compile(rb"""<(?:meta|\?xml)[^>]*?(?:charset|encoding)\s*=\s*["']?([A-Za-z0-9._:-]+)""", re.I)


def read_html(path: str, date: dt.date | None = None) -> Iterator[Article | Refusal]:
    """Read one `.html` / `.htm` file; `date` is used only when the page has none."""
    origin = str(path)
    try:
        page = decode_html(read_bytes(path))
    except ValueError as exc:
        yield Refusal(origin, str(exc))
        return
    yield parse_html(page, article_id=os.path.basename(origin), origin=origin, date=date)


def decode_html(data: bytes) -> str:
    """UTF-8 (BOM accepted), else the charset the page declares; never a guess."""
    try:
        return decode_utf8(data)
    except ValueError as utf8_error:
        m = _DECLARED_CHARSET.search(data[:4096])
        if m is None:
            raise ValueError(f"{utf8_error} and no charset declared") from None
        charset = m.group(1).decode("ascii")
        try:
            return normalise_newlines(data.decode(charset))
        except LookupError:
            raise ValueError(f"{utf8_error} and unknown declared charset {charset!r}") from None
        except UnicodeDecodeError as exc:
            raise ValueError(f"not {charset} as declared: {undecodable(exc)}") from None


def parse_html(page: str, article_id: str, origin: str, date: dt.date | None = None) -> Article | Refusal:
    """The article in a decoded HTML page, or why there is none."""
    try:
        doc = trafilatura.bare_extraction(
            page,
            url=None,
            with_metadata=True,
            include_comments=False,
            date_extraction_params=dict(DATE_PARAMS),
        )
    except Exception as exc:  # noqa: BLE001 -- bad markup must not stop the batch
        log.debug("trafilatura failed on %s", origin, exc_info=True)
        detail = " ".join(str(exc).split())
        return Refusal(origin, f"HTML extraction failed: {type(exc).__name__}: {detail}")
    if doc is None or not (doc.text or "").strip():
        return Refusal(origin, "no main text found in the page")
    day = _page_date(doc.date)
    if day is None:
        if date is None:
            return Refusal(origin, NO_DATE)
        day = date
    return Article(
        id=article_id,
        date=day,
        text=paragraphs(doc.text),
        title=(doc.title or "").strip() or None,
        url=doc.url or None,
        source=(doc.sitename or "").strip() or None,
        origin=origin,
    )


def _page_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return parse_day(value[:10])
    except ValueError:
        return None


def paragraphs(text: str) -> str:
    """trafilatura's one-line-per-block text with blank lines between blocks."""
    lines = normalise_newlines(text).split("\n")
    return "\n\n".join(line for line in lines if line.strip())
