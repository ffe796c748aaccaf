"""Plain text articles: `date YYYY-MM-DD` then the body.

    date 2026-05-04 Border talks resume in the capital
    <blank line>
    Negotiators from both sides met on Monday ...

Leading whitespace before the header is allowed; one space (or a newline)
separates the date from the body. The body is kept exactly as written
(after UTF-8 decoding and \\r\\n -> \\n): it is `Article.text`, and every
offset points into it. A short first line is also taken as the title.
"""
from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Iterator

from peacetrack.records import Article, Refusal

from ._common import decode_utf8, parse_day, read_bytes

HEADER = re.compile(r"\s*date[ \t]+(\S*)")
TITLE_MAX_CHARS = 150


def read_text(path: str, date: dt.date | None = None) -> Iterator[Article | Refusal]:
    """Read one `.txt` file.

    `date` is accepted for a uniform reader signature and not used: the
    header is the date of a text file, and a file without one is refused.
    """
    origin = str(path)
    try:
        text = decode_utf8(read_bytes(path))
    except ValueError as exc:
        yield Refusal(origin, str(exc))
        return
    yield parse_text(text, article_id=os.path.basename(origin), origin=origin)


def parse_text(text: str, article_id: str, origin: str) -> Article | Refusal:
    """The article in decoded text, or why there is none."""
    if not text.strip():
        return Refusal(origin, "empty file")
    m = HEADER.match(text)
    if m is None:
        return Refusal(origin, "no date header (the file must start with 'date YYYY-MM-DD ')")
    token = m.group(1)
    try:
        day = parse_day(token)
    except ValueError as exc:
        return Refusal(origin, f"bad date header: {exc}")
    body = text[m.end() :]
    if body[:1].isspace():  # the one separator after the date
        body = body[1:]
    if not body.strip():
        return Refusal(origin, "empty body")
    return Article(id=article_id, date=day, text=body, title=headline(body), origin=origin)


def headline(body: str) -> str | None:
    """The first line when it looks like a headline: short, followed by a
    newline, and not ending like a sentence."""
    first, newline, _ = body.partition("\n")
    first = first.strip()
    if not newline or not first or len(first) > TITLE_MAX_CHARS or first.endswith("."):
        return None
    return first
