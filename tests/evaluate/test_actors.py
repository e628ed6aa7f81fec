"""The actor evaluation: BRAT reading (both layouts) and the gold-set run."""

from __future__ import annotations

from pathlib import Path

import pytest

from foedus.evaluate import actors as actors_eval
from foedus.evaluate.actors import read_brat


def test_read_brat_both_layouts(tmp_path: Path) -> None:
    ann = tmp_path / "x.ann"
    ann.write_text("T1\tLOC 0 6\tRossia\nT2\tPERS\t10\t15\tPutin\nR1\tRel Arg1:T1 Arg2:T2\n", encoding="utf-8")
    assert read_brat(ann) == [("LOC", 0, 6, "Rossia"), ("PERS", 10, 15, "Putin")]


def test_absent_data_is_reported(tmp_path: Path) -> None:
    from foedus.errors import DataUnavailable

    with pytest.raises(DataUnavailable):
        actors_eval.run(tmp_path)


@pytest.mark.gold
def test_gold_figures(eval_dir: Path) -> None:
    report = actors_eval.run(eval_dir)
    m = report.metrics
    assert m["plover_actors"] > 500
    assert m["plover_country_acc"] >= 0.80  # floor of the measured 0.82; the target is 0.90
    assert m["ner_uk_in_our_data"] > 500 and m["ner_uk_recall"] >= 0.95
