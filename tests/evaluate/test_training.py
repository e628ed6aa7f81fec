"""Grouped cross-validation on our training set: folds keep groups apart, labels are recoded as
PLOVER codes them, and the coder is scored on held-out texts (no gold data needed)."""

from __future__ import annotations

import pytest

from foedus.config import DATA_DIR
from foedus.evaluate.training import expected_type, grouped_folds, predict, prepare, scores, summarise
from foedus.events.lexicon_coder import Decision
from foedus.events.training import NONE, Example, load_examples
from foedus.records import PLOVER_TYPES


def test_folds_hold_out_whole_groups() -> None:
    examples = [Example(f"s{i}", "AGREE", "en", group=f"g{i % 7}") for i in range(42)]
    seen: list[int] = []
    for train, test in grouped_folds(examples, k=3):
        assert {examples[i].group for i in train}.isdisjoint({examples[i].group for i in test})
        seen += test
    assert sorted(seen) == list(range(42))


def test_expected_type_follows_plover_recoding() -> None:
    assert expected_type(Example("x", NONE, "en")) is None
    assert expected_type(Example("x", "AID", "en", aux=("future",))) == "AGREE"
    assert expected_type(Example("x", "ASSAULT", "en", aux=("future",))) == "THREATEN"
    assert expected_type(Example("x", "AID", "en", aux=("negated", "future"))) == "AID"
    assert expected_type(Example("x", "COERCE", "en", aux=("hypothetical",))) == "COERCE"


def test_scores_count_no_event_as_a_type_but_leave_it_out_of_macro_f1() -> None:
    expected: list[str | None] = ["AGREE", "AGREE", None, None]
    got: list[str | None] = ["AGREE", None, "AGREE", None]
    s = scores(expected, got, "x_")
    assert s["x_accuracy"] == 0.5
    assert s["x_macro_f1"] == 0.5  # AGREE only: precision 1/2, recall 1/2
    assert s["x_false_events"] == 0.5


@pytest.fixture(scope="module")
def small() -> list[Example]:
    """Two English templates (plus negatives) per PLOVER type: a small but real cross-validation."""
    per: dict[str, list[str]] = {}
    out = []
    for ex in load_examples(DATA_DIR):
        if ex.lang != "en" or ":s" in ex.group:
            continue
        groups = per.setdefault(ex.event, [])
        if ex.group not in groups and len(groups) < 3:
            groups.append(ex.group)
        if ex.group in groups:
            out.append(ex)
    return out


def test_coder_is_scored_on_held_out_texts(small: list[Example]) -> None:
    folds = prepare(small, k=3)
    assert sum(len(f.test) for f in folds) == len(small)
    pred = predict(folds)
    report = summarise(pred)
    assert report.metrics["examples"] == report.metrics["en_examples"] == len(small)
    assert 0 < report.metrics["multi_examples"] < len(small)
    # triggers know phrasings the three-template classifier never saw: the coder beats the model alone
    assert report.metrics["coder_accuracy"] > report.metrics["classifier_accuracy"]
    assert report.metrics["coder_accuracy"] > 0.6
    assert {r["label"] for r in report.tables["coder_per_type"]} == set(PLOVER_TYPES)
    # a decision that vetoes every trigger and never trusts the model alone codes (almost) nothing
    mute = predict(folds, Decision(veto_v=0.0, veto_n=0.0, x_min=1.1, last_resort_top=0, classifier_only=1.1))
    assert sum(p is not None for p in mute.coder) < 0.05 * len(small)
