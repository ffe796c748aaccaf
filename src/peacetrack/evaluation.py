"""Run a fresh extraction over a folder of articles and score it against answer keys."""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from .evaluate import Report, load_gold, score
from .extract.pipeline import extract_articles
from .read import read_paths
from .records import Article


class EvalError(ValueError):
    """The articles or answer keys cannot be evaluated."""


def run_eval(articles_dir: Path, gold_dirs: Sequence[Path]) -> Report:
    gold = load_gold(list(gold_dirs))
    if not gold:
        raise EvalError(f"no answer keys (*.json) in {', '.join(map(str, gold_dirs))}")
    paths = []
    for stem in sorted(gold):
        path = articles_dir / f"{stem}.txt"
        if not path.exists():
            raise EvalError(f"answer key {stem}.json has no article {path}")
        paths.append(str(path))
    articles = [a for a in read_paths(paths) if isinstance(a, Article)]
    if len(articles) != len(paths):
        raise EvalError("some articles with answer keys could not be read")
    pairs = []
    for ex in extract_articles(articles):
        stem = Path(ex.article.id).stem
        pairs.append((ex.to_answer_key(), gold[stem]))
    return score(pairs)
