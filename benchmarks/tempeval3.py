"""Score peacetrack's temporal expressions on TimeML (TempEval-3) files.

    python benchmarks/tempeval3.py DIR [--errors FILE]

Walks DIR for ``*.tml``; each file's DCT is the reference date and the TIMEX3
of its <TEXT> are the gold (the DCT itself is not in <TEXT>, so it is never
gold). Scores as TempEval-3 (UzZaman et al. 2013) did:

* strict extent: same start and end; relaxed extent: overlap (one-to-one);
* attribute F1 (value, type): P = correct attributes / system timexes,
  R = correct attributes / gold timexes over the relaxed matches, which equals
  relaxed F1 x attribute accuracy.

The last line printed is ``value F1 X.XXX``. The data is read from DIR only;
nothing of it is copied.
"""
from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    type: str
    value: str | None
    text: str = ""


@dataclass(frozen=True)
class TimemlDoc:
    name: str
    dct: dt.date
    text: str
    gold: list[Span]


def parse_timeml(xml_text: str, name: str = "") -> TimemlDoc:
    """The plain text of <TEXT> (offsets kept), its TIMEX3 and the DCT date."""
    root = ET.fromstring(xml_text)
    dct_el = root.find(".//DCT/TIMEX3")
    if dct_el is None:
        dct_el = next((t for t in root.iter("TIMEX3") if t.get("functionInDocument") == "CREATION_TIME"), None)
    if dct_el is None:
        raise ValueError(f"{name}: no DCT")
    dct = dt.date.fromisoformat(dct_el.get("value", "")[:10])
    text_el = root.find("TEXT")
    if text_el is None:
        raise ValueError(f"{name}: no <TEXT>")
    parts: list[str] = []
    gold: list[Span] = []

    def walk(el: ET.Element) -> None:
        if el.text:
            parts.append(el.text)
        for child in el:
            start = sum(map(len, parts))
            walk(child)
            if child.tag == "TIMEX3" and child.get("functionInDocument") != "CREATION_TIME":
                end = sum(map(len, parts))
                gold.append(Span(start, end, child.get("type", ""), child.get("value"), "".join(parts)[start:end]))
            if child.tail:
                parts.append(child.tail)

    walk(text_el)
    return TimemlDoc(name, dct, "".join(parts), gold)


def read_dir(directory: Path) -> tuple[list[TimemlDoc], list[str]]:
    """The readable .tml files under directory, and one reason for each file that is not."""
    docs, refused = [], []
    for path in sorted(directory.rglob("*.tml")):
        try:
            docs.append(parse_timeml(path.read_text(encoding="utf-8"), path.name))
        except (OSError, UnicodeDecodeError, ValueError, ET.ParseError) as exc:
            refused.append(f"{path}: {exc}")
    return docs, refused


def align(gold: Sequence[Span], system: Sequence[Span]) -> list[tuple[Span, Span]]:
    """One-to-one relaxed matches: each gold timex takes the free system timex it overlaps most."""
    pairs = []
    free = list(system)
    for g in gold:
        best, best_overlap = None, 0
        for s in free:
            overlap = min(g.end, s.end) - max(g.start, s.start)
            if overlap > best_overlap:
                best, best_overlap = s, overlap
        if best is not None:
            free.remove(best)
            pairs.append((g, best))
    return pairs


def _prf(correct: int, n_sys: int, n_gold: int) -> tuple[float, float, float]:
    p = correct / n_sys if n_sys else 0.0
    r = correct / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def score(docs: Iterable[tuple[Sequence[Span], Sequence[Span]]]) -> dict[str, tuple[float, float, float]]:
    """TempEval-3 scores over (gold, system) pairs of span lists."""
    n_gold = n_sys = strict = relaxed = value = typ = 0
    for gold, system in docs:
        n_gold += len(gold)
        n_sys += len(system)
        sys_spans = {(s.start, s.end) for s in system}
        strict += sum((g.start, g.end) in sys_spans for g in gold)
        for g, s in align(gold, system):
            relaxed += 1
            value += g.value == s.value
            typ += g.type == s.type
    return {
        "strict": _prf(strict, n_sys, n_gold),
        "relaxed": _prf(relaxed, n_sys, n_gold),
        "value": _prf(value, n_sys, n_gold),
        "type": _prf(typ, n_sys, n_gold),
        "counts": (n_gold, n_sys, relaxed),
    }


def system_spans(docs: Sequence[TimemlDoc], batch_size: int = 8) -> list[list[Span]]:
    from peacetrack import nlp
    from peacetrack.extract.dates import find_timexes

    out: list[list[Span]] = [[] for _ in docs]
    for doc, i in nlp.pipe(((d.text, i) for i, d in enumerate(docs)), batch_size=batch_size):
        out[i] = [Span(t.start, t.end, t.type, t.value, t.text) for t in find_timexes(doc, docs[i].dct)]
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("directory", type=Path)
    ap.add_argument("--errors", type=Path, help="write every mismatch to this TSV file")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    if not args.directory.is_dir():
        print(f"error: {args.directory} is not a directory", file=sys.stderr)
        return 2
    docs, refused = read_dir(args.directory)
    for reason in refused:
        print(f"skipped {reason}", file=sys.stderr)
    if not docs:
        print(f"error: no .tml files under {args.directory}", file=sys.stderr)
        return 2
    systems = system_spans(docs)
    scores = score((d.gold, s) for d, s in zip(docs, systems))
    elapsed = time.perf_counter() - t0
    if args.errors:
        write_errors(args.errors, docs, systems)
    n_gold, n_sys, matched = scores["counts"]
    print(f"{len(docs)} documents, {n_gold} gold timexes, {n_sys} system timexes, {matched} relaxed matches, {elapsed:.1f} s")
    print(f"{'':16}{'P':>7}{'R':>7}{'F1':>7}")
    for key, label in (("strict", "strict extent"), ("relaxed", "relaxed extent"), ("type", "type"), ("value", "value")):
        p, r, f = scores[key]
        print(f"{label:16}{p:7.3f}{r:7.3f}{f:7.3f}")
    print(f"value F1 {scores['value'][2]:.3f}")
    return 0


def write_errors(path: Path, docs: Sequence[TimemlDoc], systems: Sequence[Sequence[Span]]) -> None:
    rows = ["doc\tdct\tkind\tgold_text\tgold_type\tgold_value\tsys_text\tsys_type\tsys_value\tcontext"]
    for d, system in zip(docs, systems):
        pairs = align(d.gold, system)
        matched_g = {id(g) for g, _ in pairs}
        matched_s = {id(s) for _, s in pairs}

        def ctx(a: int, b: int) -> str:
            return d.text[max(0, a - 60):a].replace("\n", " ") + "[" + d.text[a:b] + "]" + d.text[b:b + 40].replace("\n", " ")

        for g, s in pairs:
            kind = []
            if (g.start, g.end) != (s.start, s.end):
                kind.append("extent")
            if g.value != s.value:
                kind.append("value")
            if g.type != s.type:
                kind.append("type")
            if kind:
                rows.append("\t".join([d.name, str(d.dct), "+".join(kind), g.text, g.type, str(g.value), s.text, s.type,
                                       str(s.value), ctx(g.start, g.end)]))
        for g in d.gold:
            if id(g) not in matched_g:
                rows.append("\t".join([d.name, str(d.dct), "missed", g.text, g.type, str(g.value), "", "", "", ctx(g.start, g.end)]))
        for s in system:
            if id(s) not in matched_s:
                rows.append("\t".join([d.name, str(d.dct), "spurious", "", "", "", s.text, s.type, str(s.value), ctx(s.start, s.end)]))
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
