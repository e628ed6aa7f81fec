"""Evaluation harnesses, one module per gold set in ``../shared/eval``.

Each set names a module and, after a colon, its function (default ``run``): ``(data_dir: Path) -> Report``,
raising DataUnavailable when its data is absent, so ``foedus eval`` and the tests skip cleanly.
"""

from __future__ import annotations

import importlib
import os
from dataclasses import dataclass, field
from pathlib import Path

from foedus.errors import ConfigError

SETS: dict[str, str] = {
    "plover": "foedus.evaluate.plover",
    "actors": "foedus.evaluate.actors",
    "attribution": "foedus.evaluate.attribution",
    "extraction": "foedus.evaluate.extraction",
    "training": "foedus.evaluate.training",
    "roles": "foedus.evaluate.roles",
    "heldout": "foedus.evaluate.heldout",
    "heldout-cameo": "foedus.evaluate.heldout_subsets:cameo",
    "heldout-hard": "foedus.evaluate.heldout_subsets:hard",
    "heldout-hard-dev": "foedus.evaluate.heldout_subsets:hard_dev",
}


@dataclass
class Report:
    """Metrics of one evaluation run: headline figures plus per-row tables."""

    name: str
    metrics: dict[str, float] = field(default_factory=dict)
    tables: dict[str, list[dict[str, object]]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


def default_data_dir() -> Path:
    """``$FOEDUS_EVAL_DIR``, else ``../shared/eval`` relative to the repo or the working directory."""
    if os.environ.get("FOEDUS_EVAL_DIR"):
        return Path(os.environ["FOEDUS_EVAL_DIR"])
    for base in (Path.cwd(), Path(__file__).resolve().parents[2]):
        cand = base.parent / "shared" / "eval"
        if cand.is_dir():
            return cand
    return Path.cwd().parent / "shared" / "eval"


def run(name: str, data_dir: Path | None = None) -> Report:
    if name not in SETS:
        raise ConfigError(f"unknown evaluation {name!r}; known: {', '.join(sorted(SETS))}")
    module, _, function = SETS[name].partition(":")
    report: Report = getattr(importlib.import_module(module), function or "run")(data_dir or default_data_dir())
    return report
