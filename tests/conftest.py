"""Shared test paths. Third-party texts stay in ../shared and are read from there at run time."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
DEV_CORPUS = SHARED / "corpus" / "dev"
SHARED_GOLD = SHARED / "gold" / "dev"
TEAM_GOLD = ROOT / "tests" / "gold" / "dev"
EXAMPLES = ROOT / "examples" / "articles"


def need_shared() -> None:
    if not DEV_CORPUS.is_dir():
        pytest.skip("../shared/corpus/dev is not present")
