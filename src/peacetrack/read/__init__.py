"""Read input files into Articles, or Refusals saying why not.

One module per input kind, each a generator of `Article | Refusal`:

    text.py   .txt            `date YYYY-MM-DD` header, then the body
    jsonl.py  .jsonl .ndjson  one JSON object per line; '-' reads stdin
    html.py   .html .htm      saved news pages, via trafilatura
    feed.py   .rss .atom .xml RSS / Atom feeds, via feedparser

`read_paths` dispatches on the file extension through `READERS`; a new
input kind plugs in with `register_reader(".ext", reader)`, the way the
built-in ones are registered below. Readers never raise for bad input: a
file, line or item that cannot be read becomes a `Refusal` and the rest of
the batch goes on.
"""
from __future__ import annotations

import datetime as dt
import glob
import logging
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import IO

from peacetrack.records import Article, Refusal

from .feed import read_feed
from .html import read_html
from .jsonl import read_jsonl, read_jsonl_stream
from .text import read_text

__all__ = [
    "READERS",
    "Reader",
    "read_feed",
    "read_html",
    "read_jsonl",
    "read_jsonl_stream",
    "input_files",
    "read_path",
    "read_paths",
    "read_text",
    "register_reader",
]

log = logging.getLogger(__name__)

Reader = Callable[[str, dt.date | None], Iterator[Article | Refusal]]
"""A reader takes a file path and a fallback date and yields Articles and Refusals."""

READERS: dict[str, Reader] = {}
"""Lower-case extension with its dot -> reader."""

STDIN = "-"
SKIPPED_NAMES = ("MANIFEST.tsv",)  # corpus bookkeeping, not articles


def register_reader(extension: str, reader: Reader) -> None:
    """Make `reader` read files ending in `extension` (e.g. ".txt"); replaces any earlier one."""
    ext = extension.lower()
    if not ext.startswith("."):
        ext = "." + ext
    READERS[ext] = reader


for _ext, _reader in (
    (".txt", read_text),
    (".jsonl", read_jsonl),
    (".ndjson", read_jsonl),
    (".html", read_html),
    (".htm", read_html),
    (".rss", read_feed),
    (".atom", read_feed),
    (".xml", read_feed),
):
    register_reader(_ext, _reader)


def read_paths(
    paths: Iterable[str],
    date: dt.date | None = None,
    *,
    stdin: IO[str] | IO[bytes] | None = None,
) -> Iterator[Article | Refusal]:
    """Read every article found in `paths`, in a deterministic order.

    Each path is a file, a folder (read recursively), a glob pattern, or '-'
    for JSON Lines on `stdin` (default `sys.stdin`). Paths are taken in the
    order given; the files of a folder or pattern in sorted order. In folders
    and pattern matches, hidden files, MANIFEST.tsv, README* and files of no
    known extension are skipped silently; a file named explicitly with an
    unknown extension is refused. A file reached twice is read once.

    `date` is the fallback publication date for pages and feed items that
    carry none; text files and JSON Lines must date themselves.
    """
    seen: set[str] = set()
    for path in paths:
        path = os.fspath(path)
        if path == STDIN:
            yield from read_jsonl_stream(stdin if stdin is not None else sys.stdin, STDIN)
        elif os.path.isdir(path):
            files = _walk(path)
            if not files:
                yield Refusal(path, "no readable file in this folder")
            yield from _read_all(files, date, seen)
        elif os.path.exists(path):
            yield from _read_all([path], date, seen)
        elif glob.has_magic(path):
            files = _expand(path)
            if not files:
                yield Refusal(path, "no readable file matches this pattern")
            yield from _read_all(files, date, seen)
        else:
            yield Refusal(path, "no such file")


def input_files(paths: Iterable[str]) -> list[str] | None:
    """The files `read_paths` would read, for a progress bar; None when stdin is among them."""
    out: list[str] = []
    for path in map(os.fspath, paths):
        if path == STDIN:
            return None
        if os.path.isdir(path):
            out.extend(_walk(path))
        elif os.path.exists(path):
            out.append(path)
        elif glob.has_magic(path):
            out.extend(_expand(path))
    return list(dict.fromkeys(os.path.realpath(f) for f in out))


def read_path(path: str, date: dt.date | None = None) -> Iterator[Article | Refusal]:
    """Read one file with the reader registered for its extension."""
    ext = os.path.splitext(path)[1].lower()
    reader = READERS.get(ext)
    if reader is None:
        known = " ".join(sorted(READERS))
        what = f"unknown extension {ext}" if ext else "no extension"
        yield Refusal(path, f"{what} (known: {known})")
        return
    log.debug("reading %s", path)
    yield from reader(path, date)


def _read_all(files: Iterable[str], date: dt.date | None, seen: set[str]) -> Iterator[Article | Refusal]:
    """Read each file not read before in this batch."""
    for file in files:
        key = os.path.realpath(file)
        if key not in seen:
            seen.add(key)
            yield from read_path(file, date)


def _expand(pattern: str) -> list[str]:
    """The readable files a glob pattern names (folders it matches are walked)."""
    files: list[str] = []
    for match in sorted(glob.glob(pattern, recursive=True)):
        if os.path.isdir(match):
            files.extend(_walk(match))
        elif _wanted(match):
            files.append(match)
    return files


def _walk(folder: str) -> list[str]:
    """The readable files under `folder`, recursively, sorted by path."""
    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found.extend(os.path.join(root, name) for name in files if _wanted(name))
    return sorted(found)


def _wanted(path: str) -> bool:
    """Is a file met in a folder or pattern an input? (Named files always are.)"""
    name = os.path.basename(path)
    if name.startswith(".") or name in SKIPPED_NAMES or name.upper().startswith("README"):
        return False
    return os.path.splitext(name)[1].lower() in READERS
