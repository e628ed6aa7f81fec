"""The event classifier: masking, training from our data, held-out quality on unseen templates."""

from __future__ import annotations

from pathlib import Path

from foedus.config import DATA_DIR
from foedus.events.classifier import (
    EventClassifier,
    build_model,
    example_hints,
    fingerprint,
    load_classifier,
    mask,
    trigger_hints,
)
from foedus.events.lexicon import load_lexicon
from foedus.events.training import Example, Span, load_examples


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


def test_saved_numbers_score_exactly_as_the_scikit_learn_pipeline() -> None:
    import numpy as np

    examples = load_examples(DATA_DIR)[::40]  # every label, several languages, a few seconds to fit
    texts = [mask(e.text, [(s.start, s.end) for s in e.spans]) for e in examples]
    hints = example_hints(examples, DATA_DIR)
    model = build_model().fit(list(zip(texts, hints, strict=True)), [e.event for e in examples])
    clf = EventClassifier.from_pipeline(model)
    probe = ["X attacked X on Monday.", "Die Beziehungen zwischen X und X sind gut.", "unknown words only", ""]
    probe_hints = [("@ASSAULT", "@v:ASSAULT", "@1:ASSAULT"), (), ("@n:AGREE",), ()]
    assert clf.labels == [str(c) for c in model.classes_] and len(clf.labels) == 17
    assert np.abs(clf.predict_proba(probe) - model.predict_proba(probe)).max() < 1e-9
    fast = clf.predict_proba(probe, probe_hints)
    assert np.abs(fast - model.predict_proba(list(zip(probe, probe_hints, strict=True)))).max() < 1e-9


def test_loading_the_model_does_not_import_scikit_learn() -> None:
    import subprocess
    import sys

    load_classifier(DATA_DIR)  # trained and saved here if missing, so the child process only loads it
    code = (
        "import sys; from foedus.config import DATA_DIR; from foedus.events.classifier import load_classifier; "
        "load_classifier(DATA_DIR); print(any(m == 'sklearn' or m.startswith('sklearn.') for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_hints_name_the_sentences_triggers_and_the_first_one() -> None:
    lex = load_lexicon(DATA_DIR, "en")
    hints = trigger_hints(lex.find_triggers("Russia attacked Ukraine after talks failed."))
    assert hints[:3] == ("@ASSAULT", "@v:ASSAULT", "@1:ASSAULT")
    assert "@n:CONSULT" in hints and "@1:CONSULT" not in hints
    ex = [Example("Russia attacked Ukraine.", "ASSAULT", "en"), Example("Russland griff an.", "ASSAULT", "xx")]
    assert example_hints(ex, DATA_DIR) == [("@ASSAULT", "@v:ASSAULT", "@1:ASSAULT"), ()]  # no lexicon: no hints


def test_a_trigger_hint_moves_the_model_towards_its_type() -> None:
    clf = load_classifier(DATA_DIR)
    col = clf.labels.index("ASSAULT")
    plain, hinted = clf.predict_proba(["X struck X."] * 2, [(), ("@ASSAULT", "@v:ASSAULT", "@1:ASSAULT")])
    assert hinted[col] > plain[col]


def test_the_model_is_stale_when_a_trigger_lexicon_changes(tmp_path: Path) -> None:
    for sub in ("training/xx", "lexicons/xx"):
        (tmp_path / sub).mkdir(parents=True)
    (tmp_path / "training/xx/templates.tsv").write_text("AGREE\t\t\t{A} signed a pact with {B}.\n", encoding="utf-8")
    (tmp_path / "lexicons/xx/triggers.tsv").write_text("signed\tAGREE\t\t\tv\n", encoding="utf-8")
    before = fingerprint(tmp_path)
    (tmp_path / "lexicons/xx/triggers.tsv").write_text("signed a pact\tAGREE\t\t\tv\n", encoding="utf-8")
    assert fingerprint(tmp_path) != before
