"""Quality gates: each gold-set score stays above its saved floor (skips without ../shared/eval)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from foedus import evaluate
from foedus.errors import DataUnavailable

FLOORS = json.loads((Path(__file__).with_name("floors.json")).read_text(encoding="utf-8"))
# a floor is a number (the report's overall metric) or, under a language code, numbers for that language's row of the
# report's per_language table (a set whose languages were added later keeps the floors of the language they were set on)
GATES = [(name, f"{key}:{metric}" if isinstance(value, dict) else key, floor)
         for name, metrics in FLOORS.items() if not name.startswith("_")
         for key, value in metrics.items()
         for metric, floor in (value.items() if isinstance(value, dict) else [(key, value)])]  # fmt: skip


def value_of(report: evaluate.Report, metric: str) -> float:
    """The report's figure for a gate: ``lang:metric`` reads the per_language table, anything else the metrics."""
    if ":" not in metric:
        return report.metrics[metric]
    lang, name = metric.split(":", 1)
    return next(float(row[name]) for row in report.tables["per_language"] if row["lang"] == lang)  # type: ignore[arg-type]


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
    value = value_of(gold_reports[name], metric)
    assert value >= floor, f"{name} {metric} = {value} fell below its floor {floor}"


def test_floors_name_real_evaluations() -> None:
    assert {name for name, _, _ in GATES} <= set(evaluate.SETS)


def test_a_language_floor_reads_its_row_of_the_per_language_table() -> None:
    report = evaluate.Report("x")
    report.metrics = {"type_acc": 0.5}
    report.tables["per_language"] = [{"lang": "all", "type_acc": 0.5}, {"lang": "en", "type_acc": 0.9}]
    assert value_of(report, "type_acc") == 0.5 and value_of(report, "en:type_acc") == 0.9
    assert ("heldout-cameo", "en:type_acc", FLOORS["heldout-cameo"]["en"]["type_acc"]) in GATES
