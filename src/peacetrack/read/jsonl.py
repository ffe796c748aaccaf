"""JSON Lines: one article per line, from a file or a stream (stdin).

    {"date": "2023-05-06", "text": "...", "title": "...", "url": "...", "source": "...", "id": "..."}

`date` (YYYY-MM-DD or an ISO datetime, of which the date is taken as written)
and `text` are required; the rest is optional. The id is the `id` field, else
the url, else the first 16 hex digits of the content hash. Each line is read
on its own: a bad line is refused with its line number and the others are
still read. Blank lines are skipped.
"""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator
from typing import IO, Any

from peacetrack.records import Article, Refusal

from ._common import normalise_newlines, parse_iso_date, read_bytes, undecodable, with_default_id

OPTIONAL_FIELDS = ("title", "url", "source")


def read_jsonl(path: str, date: dt.date | None = None) -> Iterator[Article | Refusal]:
    """Read one `.jsonl` / `.ndjson` file.

    `date` is accepted for a uniform reader signature and not used: each
    line carries its own date, and a line without one is refused.
    """
    origin = str(path)
    try:
        data = read_bytes(path)
    except ValueError as exc:
        yield Refusal(origin, str(exc))
        return
    yield from read_lines(data.split(b"\n"), origin)


def read_jsonl_stream(stream: IO[str] | IO[bytes], name: str = "-") -> Iterator[Article | Refusal]:
    """Read JSON Lines from an open stream; bytes are preferred (`stream.buffer`)
    so that a line that is not UTF-8 is refused alone."""
    yield from read_lines(getattr(stream, "buffer", stream), name)


def read_lines(lines: Iterable[str | bytes], name: str) -> Iterator[Article | Refusal]:
    """Parse JSON Lines; `name` is the file name used in origins (`name:line`)."""
    for number, raw in enumerate(lines, start=1):
        origin = f"{name}:{number}"
        if isinstance(raw, bytes):
            try:
                raw = raw.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError as exc:
                yield Refusal(origin, f"not UTF-8: {undecodable(exc)}")
                continue
        elif number == 1:
            raw = raw.removeprefix("\ufeff")
        if not raw.strip():
            continue
        yield parse_line(raw, origin)


def parse_line(line: str, origin: str) -> Article | Refusal:
    """One JSON Lines record to an Article, or why not."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return Refusal(origin, f"broken JSON: {exc.msg} at column {exc.colno}")
    if not isinstance(record, dict):
        return Refusal(origin, f"not a JSON object but {type(record).__name__}")
    try:
        return with_default_id(_article(record, origin))
    except ValueError as exc:
        return Refusal(origin, str(exc))


def _article(record: dict[str, Any], origin: str) -> Article:
    date = record.get("date")
    if date is None or date == "":
        raise ValueError("missing date")
    if not isinstance(date, str):
        raise ValueError(f"date {date!r} is not a string")
    day = parse_iso_date(date)
    text = record.get("text")
    if text is None:
        raise ValueError("missing text")
    if not isinstance(text, str):
        raise ValueError(f"text is {type(text).__name__}, not a string")
    text = normalise_newlines(text)
    if not text.strip():
        raise ValueError("empty text")
    fields: dict[str, str | None] = {}
    for key in OPTIONAL_FIELDS:
        value = record.get(key)
        if value is not None and not isinstance(value, str):
            raise ValueError(f"{key} is {type(value).__name__}, not a string")
        fields[key] = value.strip() or None if value is not None else None
    given_id = record.get("id")
    if given_id is None:
        article_id = ""
    elif isinstance(given_id, str) or (isinstance(given_id, int) and not isinstance(given_id, bool)):
        article_id = str(given_id).strip()
    else:
        raise ValueError(f"id is {type(given_id).__name__}, not a string")
    return Article(
        id=article_id or fields["url"] or "",
        date=day,
        text=text,
        title=fields["title"],
        url=fields["url"],
        source=fields["source"],
        origin=origin,
    )
