"""PLOVER quad classes and conflict/cooperation scores, read from ``data/graph/plover_scores.tsv``."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from foedus.actors.data import read_tsv
from foedus.config import DATA_DIR

QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}


@lru_cache(maxsize=2)
def load_scores(data_dir: Path = DATA_DIR) -> dict[tuple[str, str], tuple[int, float]]:
    """``(EVENT, mode) -> (quad, score)``; mode ``""`` holds the type's base score."""
    table = {}
    for row in read_tsv(data_dir / "graph" / "plover_scores.tsv"):
        event, mode, quad, score = (row + [""] * 4)[:4]
        table[(event.upper(), mode.lower())] = (int(quad), float(score))
    return table


def quad_score(event: str, mode: str | None = None) -> tuple[int | None, float | None]:
    """The quad class and score of an event type and mode (the type's base score for an unknown mode)."""
    table = load_scores()
    hit = table.get((event.upper(), (mode or "").lower())) or table.get((event.upper(), ""))
    return hit if hit else (None, None)
