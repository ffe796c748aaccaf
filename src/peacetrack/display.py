"""Plain-text tables for the terminal."""
from __future__ import annotations

import shutil
from collections.abc import Sequence


def table(headers: Sequence[str], rows: Sequence[Sequence[object]], max_width: int | None = None) -> str:
    """A left-aligned table; the widest column is cut to fit the terminal."""
    cells = [[("" if v is None else str(v)).replace("\n", " ") for v in row] for row in rows]
    widths = [len(h) for h in headers]
    for row in cells:
        for i, v in enumerate(row):
            widths[i] = max(widths[i], len(v))
    limit = max_width or shutil.get_terminal_size((160, 24)).columns
    while sum(widths) + 2 * (len(widths) - 1) > limit and max(widths) > 12:
        widest = widths.index(max(widths))
        widths[widest] -= 1

    def fmt(row: Sequence[str]) -> str:
        out = []
        for i, v in enumerate(row):
            w = widths[i]
            out.append(v if len(v) <= w else v[: w - 1] + "…")
        return "  ".join(o.ljust(widths[i]) for i, o in enumerate(out)).rstrip()

    lines = [fmt(list(headers)), "  ".join("-" * w for w in widths)]
    lines += [fmt(r) for r in cells]
    return "\n".join(lines)
