"""The event classifier: masking, training from our data, held-out quality on unseen templates."""

from __future__ import annotations

from foedus.config import DATA_DIR
from foedus.events.classifier import EventClassifier, load_classifier, mask
from foedus.events.training import Example, Span


def test_mask_replaces_actor_spans() -> None:
    assert mask("Russia attacked Ukraine.", [(16, 23), (0, 6)]) == "X attacked X."


def test_loaded_model_has_every_label_and_is_cached() -> None:
    clf = load_classifier(DATA_DIR)
    assert "NONE" in clf.labels and len(clf.labels) == 17
    assert load_classifier(DATA_DIR) is clf


def test_tiny_model_learns_and_predicts_rows_that_sum_to_one() -> None:
    ex = [Example("Russia attacked Ukraine.", "ASSAULT", "en", actor=[Span(0, 6, "RUS")]),
          Example("Russia shelled Ukraine.", "ASSAULT", "en", actor=[Span(0, 6, "RUS")]),
          Example("Russia praised Ukraine.", "SUPPORT", "en", actor=[Span(0, 6, "RUS")]),
          Example("Russia commended Ukraine.", "SUPPORT", "en", actor=[Span(0, 6, "RUS")])]  # fmt: skip
    clf = EventClassifier.train(ex)
    p = clf.predict_proba(["X attacked X.", "X praised X."])
    assert p.shape == (2, 2) and abs(p.sum(axis=1) - 1).max() < 1e-6
    assert clf.labels[int(p[0].argmax())] == "ASSAULT" and clf.labels[int(p[1].argmax())] == "SUPPORT"


def test_fast_scoring_equals_scikit_learn() -> None:
    import numpy as np

    clf = load_classifier(DATA_DIR)
    texts = ["X attacked X on Monday.", "Die Beziehungen zwischen X und X sind gut.", "unknown words only", ""]
    assert np.abs(clf.predict_proba(texts) - clf.model.predict_proba(texts)).max() < 1e-9
