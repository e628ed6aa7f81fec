"""Quality gate on the PLOVER gold records (skips when ../shared/eval is absent).

Floors sit a little under the figures in the README so that a regression fails; they are
not targets (the issue's targets, 0.80 macro-F1 and 0.70 full match, are not reached).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from foedus.evaluate import plover

FLOORS = {"macro_f1": 0.40, "type_accuracy": 0.42, "full_match_acc": 0.15, "actor_country_acc": 0.50}


@pytest.mark.gold
def test_plover_scores_stay_above_their_floors(eval_dir: Path) -> None:
    report = plover.run(eval_dir)
    assert report.metrics["records"] == 322
    for name, floor in FLOORS.items():
        assert report.metrics[name] >= floor, (name, report.metrics[name])
    per_type = {row["label"]: row for row in report.tables["per_type"]}
    assert sum(1 for row in per_type.values() if float(row["f1"]) > 0) >= 14  # type: ignore[arg-type]
