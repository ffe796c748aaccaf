"""Fit the status model (`peacetrack.extract.positions.status_model`) on keyed articles.

    python training/train_status.py collect SET_DIR... -o FEATURES.jsonl
    python training/train_status.py fit FEATURES.jsonl... -o WEIGHTS.json
    python training/train_status.py score WEIGHTS.json FEATURES.jsonl...

A SET_DIR holds `articles/*.txt` and `gold/*.json` (FORMAT.md keys); a set may also be written
`NAME=ARTICLES_DIR:GOLD_DIR[:GOLD_DIR...]`. `collect` runs the extractor and
writes one line per provision the extractor found and the key gives a status for: its features, the
rules' status and the gold status. `fit` trains a multinomial logistic regression with an L2 penalty,
`score` reports status accuracy over all gold provisions (a provision the extractor missed counts
wrong, as in `peacetrack eval`) for the rules and for the model.

Train only on sets written for training (training/pool): the development and test keys measure it.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np

from peacetrack.evaluate import load_gold
from peacetrack.extract.pipeline import extract_articles
from peacetrack.extract.positions import status_model
from peacetrack.read import read_paths
from peacetrack.records import Article

STATUSES = status_model.STATUSES


def _layout(spec: str) -> tuple[str, Path, list[Path]]:
    """(name, articles folder, gold folders) of a set argument."""
    if "=" in spec:
        name, folders = spec.split("=", 1)
        articles, *golds = folders.split(":")
        return name, Path(articles), [Path(g) for g in golds]
    root = Path(spec)
    return root.name, root / "articles", [root / "gold"]


def collect(sets: list[str]) -> list[dict]:
    """One row per (article, provision) the extractor gives a status for; `gold` is None where the key
    has no status for it, and a row per gold provision the extractor missed has no features."""
    rows: list[dict] = []
    seen: list[tuple[set[str], str]] = []
    scored = status_model.decide

    def record(feats: set[str], rule: str) -> str:
        seen.append((feats, rule))
        return rule

    status_model.decide = record  # the features and the rules' answer, as the extractor computes them
    try:
        for spec in sets:
            name, articles_dir, gold_dirs = _layout(spec)
            gold = load_gold(gold_dirs)
            paths = [str(articles_dir / f"{stem}.txt") for stem in sorted(gold)]
            articles = [a for a in read_paths(paths) if isinstance(a, Article)]
            for ex in extract_articles(articles):
                stem = Path(ex.article.id).stem
                found = seen[len(seen) - len(ex.status):]
                keyed = {s["provision"]: s["status"] for s in gold[stem].get("status", [])}
                for status, (feats, rule) in zip(ex.status, found):
                    rows.append({"article": f"{name}/{stem}", "provision": status.provision,
                                 "features": sorted(feats), "rule": rule, "gold": keyed.get(status.provision)})
                missed = set(keyed) - {s.provision for s in ex.status}
                for provision in sorted(missed):
                    rows.append({"article": f"{name}/{stem}", "provision": provision, "features": None,
                                 "rule": None, "gold": keyed[provision]})
                seen.clear()
    finally:
        status_model.decide = scored
    return rows


def fit(rows: list[dict], l2: float = 1.0, min_count: int = 2, epochs: int = 400) -> dict:
    """Softmax regression on binary features, full-batch gradient descent with Adam."""
    train = [r for r in rows if r["features"] is not None and r["gold"] is not None]
    counts = Counter(f for r in train for f in r["features"])
    vocab = sorted(f for f, n in counts.items() if n >= min_count)
    col = {f: i for i, f in enumerate(vocab)}
    x = np.zeros((len(train), len(vocab)))
    for i, r in enumerate(train):
        for f in r["features"]:
            if f in col:
                x[i, col[f]] = 1.0
    y = np.array([STATUSES.index(r["gold"]) for r in train])
    onehot = np.eye(len(STATUSES))[y]
    w = np.zeros((len(vocab), len(STATUSES)))
    b = np.zeros(len(STATUSES))
    m_w, v_w, m_b, v_b = (np.zeros_like(w), np.zeros_like(w), np.zeros_like(b), np.zeros_like(b))
    rate, beta1, beta2 = 0.05, 0.9, 0.999
    n = len(train)
    for t in range(1, epochs + 1):
        z = x @ w + b
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        g = (p - onehot) / n
        grad_w = x.T @ g + l2 * w / n
        grad_b = g.sum(axis=0)
        for param, grad, m, v in ((w, grad_w, m_w, v_w), (b, grad_b, m_b, v_b)):
            m *= beta1
            m += (1 - beta1) * grad
            v *= beta2
            v += (1 - beta2) * grad ** 2
            param -= rate * (m / (1 - beta1 ** t)) / (np.sqrt(v / (1 - beta2 ** t)) + 1e-8)
    weights = {f: [round(float(v), 4) for v in w[i]] for f, i in col.items() if np.abs(w[i]).max() >= 1e-3}
    return {"statuses": list(STATUSES), "bias": [round(float(v), 4) for v in b], "weights": weights,
            "trained_on": len(train), "l2": l2, "min_count": min_count}


def score(model: dict | None, rows: list[dict]) -> tuple[int, int]:
    """(right, total) over gold provisions; with no model, the rules' answers."""
    right = total = 0
    for r in rows:
        if r["gold"] is None:
            continue
        total += 1
        if r["features"] is None:
            continue
        guess = r["rule"] if model is None else _predict(model, set(r["features"]))
        right += guess == r["gold"]
    return right, total


def _predict(model: dict, feats: set[str]) -> str:
    probs = status_model.scores(feats, model["weights"], model["bias"])
    return STATUSES[int(np.argmax(probs))]


def _read(paths: list[Path]) -> list[dict]:
    return [json.loads(line) for p in paths for line in p.read_text(encoding="utf-8").splitlines() if line]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("collect")
    c.add_argument("sets", nargs="+")
    c.add_argument("-o", "--out", type=Path, required=True)
    f = sub.add_parser("fit")
    f.add_argument("data", nargs="+", type=Path)
    f.add_argument("-o", "--out", type=Path, required=True)
    f.add_argument("--l2", type=float, default=1.0)
    f.add_argument("--min-count", type=int, default=2)
    s = sub.add_parser("score")
    s.add_argument("weights", type=Path)
    s.add_argument("data", nargs="+", type=Path)
    args = ap.parse_args(argv)
    if args.cmd == "collect":
        rows = collect(args.sets)
        args.out.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
        print(f"{len(rows)} rows from {len(args.sets)} sets")
    elif args.cmd == "fit":
        model = fit(_read(args.data), l2=args.l2, min_count=args.min_count)
        args.out.write_text(json.dumps(model, sort_keys=True) + "\n", encoding="utf-8")
        print(f"{len(model['weights'])} features, trained on {model['trained_on']} provisions")
    else:
        model = json.loads(args.weights.read_text(encoding="utf-8"))
        for path in args.data:
            rows = _read([path])
            (rr, n), (mr, _) = score(None, rows), score(model, rows)
            print(f"{path.name}: rules {rr}/{n} = {rr / max(n, 1):.3f}, model {mr}/{n} = {mr / max(n, 1):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
