"""Shared fixtures: paths to the seed and the gold data (tests skip when absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

from foedus.config import DATA_DIR
from foedus.events.training import Example, load_examples

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED = SHARED / "seed" / "000_bf472eef1a4b1247.txt"
EVAL = SHARED / "eval"


@pytest.fixture
def seed_path() -> Path:
    if not SEED.exists():
        pytest.skip("seed article absent (../shared/seed)")
    return SEED


@pytest.fixture
def eval_dir() -> Path:
    if not EVAL.is_dir():
        pytest.skip("gold data absent (../shared/eval)")
    return EVAL


@pytest.fixture(scope="session")
def examples() -> list[Example]:
    """The shipped training set, loaded once for the tests that read it."""
    return load_examples(DATA_DIR)
