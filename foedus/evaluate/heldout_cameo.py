"""The CAMEO-structured held-out set (``data/heldout/cameo``): one sentence per CAMEO code, scored apart from the
main held-out set so its figures stay comparable; adds a per-CAMEO-root table."""

from __future__ import annotations

from pathlib import Path

from foedus.config import Config
from foedus.evaluate import Report
from foedus.evaluate.heldout import evaluate

SUBSET = "cameo"


def run(data_dir: Path | None = None, config: Config | None = None) -> Report:
    """Score the default pipeline on the CAMEO held-out set (``data_dir``, the gold folder, is not needed)."""
    return evaluate(config, SUBSET)[0]
