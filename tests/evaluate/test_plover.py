"""The PLOVER harness's aggregate confusion table (no gold data needed)."""

from __future__ import annotations

from foedus.evaluate.plover import confusion


def test_confusion_counts_gold_by_predicted_type_with_misses() -> None:
    gold = ["RETREAT", "RETREAT", "CONCEDE", "RETREAT"]
    pred: list[str | None] = ["RETREAT", "CONCEDE", "CONCEDE", None]
    rows = {r["gold"]: r for r in confusion(gold, pred, ["CONCEDE", "RETREAT", "ASSAULT"])}
    assert set(rows) == {"CONCEDE", "RETREAT"}  # only types with gold support get a row
    assert rows["RETREAT"] == {"gold": "RETREAT", "CONC": 1, "RETR": 1, "-": 1}
    assert rows["CONCEDE"] == {"gold": "CONCEDE", "CONC": 1, "RETR": 0, "-": 0}
    assert sum(v for r in rows.values() for k, v in r.items() if k != "gold") == len(gold)  # type: ignore[misc]


def test_predicted_un_and_eu_codes_fold_into_the_gold_versions_igo() -> None:
    from foedus.evaluate.plover import _pred_codes
    from foedus.records import ActorRef

    refs = [
        ActorRef(text="the UN", code="UNO"),
        ActorRef(text="Brussels", code="EUR"),
        ActorRef(text="Iraq", code="IRQ"),
    ]
    assert _pred_codes(refs) == {"IGO", "IRQ"}
    assert _pred_codes([ActorRef(text="NATO", code="IGO"), ActorRef(text="someone", code=None)]) == {"IGO"}
