"""Small helpers shared by the readers: decoding, newlines, dates, ids.

Nothing here does I/O. Helpers that can fail on bad input raise `ValueError`
with a message that is fit to be a `Refusal.reason` as it is.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from peacetrack.records import Article

_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def decode_utf8(data: bytes) -> str:
    """UTF-8 bytes to text: a leading BOM is dropped, \\r\\n becomes \\n.

    No other character is changed: offsets of facts point into this text.
    Raises ValueError("not UTF-8: ...") naming the first bad byte.
    """
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValueError(f"not UTF-8: {undecodable(exc)}") from exc
    return normalise_newlines(text)


def undecodable(exc: UnicodeDecodeError) -> str:
    """'invalid byte 0xff at offset 12' for a decoding error."""
    bad = exc.object[exc.start : exc.start + 1]
    return f"invalid byte 0x{bad.hex()} at offset {exc.start}"


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n")


def parse_day(value: str) -> dt.date:
    """A strict YYYY-MM-DD date; ValueError names an impossible one."""
    if not _ISO_DAY.fullmatch(value):
        raise ValueError(f"date {value!r} is not YYYY-MM-DD")
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise ValueError(f"impossible date {value}") from exc


def parse_iso_date(value: str) -> dt.date:
    """YYYY-MM-DD, or an ISO 8601 datetime of which the date is taken as written.

    The date part is kept in the writer's own time zone: '2023-05-06T23:40+02:00'
    is 6 May, not converted to UTC.
    """
    value = value.strip()
    if _ISO_DAY.fullmatch(value):
        return parse_day(value)
    if not (_ISO_DAY.match(value) and value[10:11] in ("T", "t", " ")):
        raise ValueError(f"date {value!r} is not YYYY-MM-DD or an ISO datetime")
    day = parse_day(value[:10])
    try:
        dt.datetime.fromisoformat(value)
    except ValueError as exc:
        raise ValueError(f"date {value!r} is not YYYY-MM-DD or an ISO datetime") from exc
    return day


def with_default_id(article: Article) -> Article:
    """Give an article without id the first 16 hex digits of its content hash."""
    if article.id:
        return article
    return replace(article, id=article.content_hash[:16])


def read_bytes(path: str) -> bytes:
    """The bytes of a file; ValueError with a short reason when it cannot be read."""
    try:
        with open(path, "rb") as fh:
            return fh.read()
    except OSError as exc:
        raise ValueError(f"cannot read: {exc.strerror or exc}") from exc
