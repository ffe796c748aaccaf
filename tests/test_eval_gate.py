"""Quality gate: dev figures must not fall more than 0.005 below the pinned baseline.

The baseline (tests/eval_baseline.json) is raised when extraction improves,
never lowered to make this pass. Figures are over all dev answer keys: the
shared ones and the team's (tests/gold/dev).
"""
from __future__ import annotations

import json

import pytest

from conftest import DEV_CORPUS, ROOT, SHARED_GOLD, TEAM_GOLD, need_shared
from peacetrack.evaluation import run_eval

TOLERANCE = 0.005
BASELINE = ROOT / "tests" / "eval_baseline.json"


def flatten(figures: dict, prefix: str = "") -> dict[str, float]:
    out = {}
    for key, value in figures.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            out.update(flatten(value, name + "."))
        elif isinstance(value, float):
            out[name] = value
    return out


@pytest.fixture(scope="module")
def figures() -> dict[str, float]:
    need_shared()
    return flatten(run_eval(DEV_CORPUS, [SHARED_GOLD, TEAM_GOLD]).figures())


@pytest.fixture(scope="module")
def shared_figures() -> dict[str, float]:
    need_shared()
    return flatten(run_eval(DEV_CORPUS, [SHARED_GOLD]).figures())


# Sets written for the project and never tuned on: they only guard against regressions on text like no dev article.
UNSEEN = ("heldout2", "heldout4", "heldout6", "heldout8", "heldout9", "heldout10", "heldout11", "heldout12", "heldout13",
          "heldout14", "heldout15")


# Keyed articles written for training and free to read (training/README.md): fresh text, guarded the same way.
POOL_DIR = ROOT / "training" / "pool"
POOL = tuple(sorted(p.name for p in POOL_DIR.iterdir() if p.is_dir()))


def set_figures(folder) -> dict[str, float]:
    return flatten(run_eval(folder / "articles", [folder / "gold"]).figures())


def unseen_figures(name: str) -> dict[str, float]:
    return set_figures(ROOT / "tests" / name)


def drops(pinned: dict[str, float], now: dict[str, float]) -> dict:
    return {k: (v, now.get(k)) for k, v in pinned.items() if now.get(k) is None or now[k] < v - TOLERANCE}


def test_no_figure_drops_below_the_baseline(figures: dict[str, float]) -> None:
    pinned = json.loads(BASELINE.read_text(encoding="utf-8"))["figures"]
    found = drops(pinned, figures)
    assert not found, "figures below the pinned baseline (pinned, now): " + json.dumps(found, indent=1)


def test_no_figure_on_the_shared_keys_drops_below_the_baseline(shared_figures: dict[str, float]) -> None:
    pinned = json.loads(BASELINE.read_text(encoding="utf-8"))["shared_figures"]
    found = drops(pinned, shared_figures)
    assert not found, "shared-key figures below the pinned baseline (pinned, now): " + json.dumps(found, indent=1)


def test_baseline_covers_every_section() -> None:
    pinned = json.loads(BASELINE.read_text(encoding="utf-8"))["figures"]
    for key in ("overall_f1", "events.f1", "quotes.f1", "positions.f1", "positions_loose.f1", "actors.f1",
                "status_accuracy", "date_accuracy", "speaker_accuracy", "title_accuracy"):
        assert key in pinned, key


@pytest.mark.parametrize("name", UNSEEN)
def test_no_figure_on_unseen_text_drops_below_the_baseline(name: str) -> None:
    pinned = json.loads(BASELINE.read_text(encoding="utf-8"))[f"{name}_figures"]
    found = drops(pinned, unseen_figures(name))
    assert not found, f"{name} figures below the pinned baseline (pinned, now): " + json.dumps(found, indent=1)


@pytest.mark.parametrize("name", POOL)
def test_no_figure_on_the_training_pool_drops_below_the_baseline(name: str) -> None:
    pinned = json.loads(BASELINE.read_text(encoding="utf-8"))[f"pool_{name}_figures"]
    found = drops(pinned, set_figures(POOL_DIR / name))
    assert not found, f"pool {name} figures below the pinned baseline (pinned, now): " + json.dumps(found, indent=1)
