"""Quality gates: each gold-set score stays above its saved floor (skips without ../shared/eval)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from foedus import evaluate
from foedus.errors import DataUnavailable

FLOORS = json.loads((Path(__file__).with_name("floors.json")).read_text(encoding="utf-8"))
GATES = [(name, metric, floor) for name, metrics in FLOORS.items() if not name.startswith("_")
         for metric, floor in metrics.items()]  # fmt: skip


@pytest.fixture(scope="module")
def gold_reports() -> dict[str, evaluate.Report]:
    """Reports computed once per module, shared by the gates of one set (sets on our own data need no gold)."""
    return {}


@pytest.mark.gold
@pytest.mark.parametrize(("name", "metric", "floor"), GATES, ids=[f"{n}:{m}" for n, m, _ in GATES])
def test_score_above_floor(name: str, metric: str, floor: float, gold_reports: dict[str, evaluate.Report]) -> None:
    if name not in gold_reports:
        try:
            gold_reports[name] = evaluate.run(name)
        except DataUnavailable as exc:
            pytest.skip(f"gold data absent: {exc}")
    value = gold_reports[name].metrics[metric]
    assert value >= floor, f"{name} {metric} = {value} fell below its floor {floor}"


def test_floors_name_real_evaluations() -> None:
    assert {name for name, _, _ in GATES} <= set(evaluate.SETS)
