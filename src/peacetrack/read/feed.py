"""RSS and Atom feeds read from disk with feedparser: one Article per item.

The file's bytes are handed to feedparser as a stream, so nothing is ever
fetched (feedparser fetches when given a URL, and opens a file when given a
string or bytes that happen to name one).

Item date: `published`, else `updated`, taken as written in the feed (the
publisher's own day, not converted to UTC as feedparser's `*_parsed` are);
an item without one is refused unless a fallback date is given. Text: the
item's content, else its summary, HTML turned into plain text with a blank
line between paragraphs. Id: the link, else the item's guid, else the
content hash. Origin: `path#item N`, N counted from 1.
"""
from __future__ import annotations

import datetime as dt
import email.utils
import io
import re
from collections.abc import Iterator
from html.parser import HTMLParser
from typing import Any

import feedparser

from peacetrack.records import Article, Refusal

from ._common import normalise_newlines, parse_iso_date, read_bytes, with_default_id

NO_DATE = "item has no date (use --date YYYY-MM-DD)"


def read_feed(path: str, date: dt.date | None = None) -> Iterator[Article | Refusal]:
    """Read one `.rss` / `.atom` / `.xml` feed file; `date` is used for undated items."""
    origin = str(path)
    try:
        data = read_bytes(path)
    except ValueError as exc:
        yield Refusal(origin, str(exc))
        return
    yield from parse_feed(data, origin, date)


def parse_feed(data: bytes, origin: str, date: dt.date | None = None) -> Iterator[Article | Refusal]:
    """The items of a feed given as bytes."""
    parsed = feedparser.parse(io.BytesIO(data), resolve_relative_uris=False, sanitize_html=True)
    if not parsed.get("version") and not parsed.entries:
        problem = parsed.get("bozo_exception")
        detail = f" ({' '.join(str(problem).split())})" if problem else ""
        yield Refusal(origin, f"not an RSS or Atom feed{detail}")
        return
    if not parsed.entries:
        yield Refusal(origin, "feed has no items")
        return
    source = _plain(parsed.feed.get("title_detail")) or None
    for number, entry in enumerate(parsed.entries, start=1):
        yield parse_item(entry, f"{origin}#item {number}", source, date)


def parse_item(entry: Any, origin: str, source: str | None, date: dt.date | None = None) -> Article | Refusal:
    """One feed item to an Article, or why not."""
    day = item_date(entry) or date
    if day is None:
        return Refusal(origin, NO_DATE)
    text = _item_text(entry)
    if not text.strip():
        return Refusal(origin, "item has no text (no content or summary)")
    link = (entry.get("link") or "").strip() or None
    guid = (entry.get("id") or "").strip()
    article = Article(
        id=link or guid,
        date=day,
        text=text,
        title=_plain(entry.get("title_detail")) or None,
        url=link,
        source=source,
        origin=origin,
    )
    return with_default_id(article)


def item_date(entry: Any) -> dt.date | None:
    """The item's own day: published, else updated, as written; None if neither parses."""
    for key in ("published", "updated", "created"):
        value = entry.get(key)
        if value:
            day = _written_date(value)
            if day is not None:
                return day
        struct = entry.get(f"{key}_parsed")
        if struct:  # a format only feedparser knows: its UTC reading is the best there is
            return dt.date(*struct[:3])
    return None


def _written_date(value: str) -> dt.date | None:
    try:
        return parse_iso_date(value)
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError):
        return None


def _item_text(entry: Any) -> str:
    for detail in entry.get("content") or []:
        text = _plain(detail)
        if text.strip():
            return text
    return _plain(entry.get("summary_detail"))


def _plain(detail: Any) -> str:
    """Text of a feedparser text construct (a dict with `type` and `value`)."""
    if not detail:
        return ""
    value = normalise_newlines(detail.get("value") or "")
    if "html" in (detail.get("type") or ""):
        return html_to_text(value)
    return value.strip()


# -- HTML to plain text ------------------------------------------------------------

BLOCKS = frozenset(
    "address article aside blockquote dd div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 "
    "header hr li main nav ol p pre section table tbody td tfoot th thead tr ul".split()
)
SKIP = frozenset({"script", "style", "template", "noscript"})
_SPACES = re.compile(r"[ \t\n\r\f\v]+")


class _TextParser(HTMLParser):
    """Collects text; block elements end a paragraph, <br> ends a line."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self.lines: list[str] = []
        self.words: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in SKIP:
            self.skipping += 1
        elif tag == "br":
            self._end_line()
        elif tag in BLOCKS:
            self._end_paragraph()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self._end_line()
        elif tag in BLOCKS:
            self._end_paragraph()

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in BLOCKS:
            self._end_paragraph()

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.words.append(data)

    def _end_line(self) -> None:
        line = _SPACES.sub(" ", "".join(self.words).replace("\xa0", " ")).strip()
        self.words = []
        if line:
            self.lines.append(line)

    def _end_paragraph(self) -> None:
        self._end_line()
        if self.lines:
            self.paragraphs.append("\n".join(self.lines))
            self.lines = []

    def text(self) -> str:
        self.close()
        self._end_paragraph()
        return "\n\n".join(self.paragraphs)


def html_to_text(markup: str) -> str:
    """Plain text of an HTML fragment: tags dropped, entities decoded, runs of
    white space made one space, paragraphs separated by a blank line."""
    parser = _TextParser()
    parser.feed(markup)
    return parser.text()
