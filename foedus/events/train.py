"""Rebuild the event model from ``data/training`` and report held-out quality.

``python -m foedus.events.train`` (or ``make model``). Quality is measured with grouped
cross-validation: all sentences expanded from one template are held out together, so the
figure reflects phrasings the model has not seen, not memorised templates.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path
from typing import Any

from foedus.config import DATA_DIR
from foedus.evaluate.metrics import per_label
from foedus.events.classifier import EventClassifier, mask, train_and_save
from foedus.events.training import load_examples


def cross_validate(data_dir: Path, folds: int = 5) -> dict[str, Any]:
    """Grouped k-fold macro-F1 and accuracy of the classifier on our own training set."""
    from sklearn.model_selection import GroupKFold

    examples = load_examples(data_dir)
    gold: list[str] = []
    pred: list[str | None] = []
    groups = [e.group for e in examples]
    for train_idx, test_idx in GroupKFold(n_splits=folds).split(examples, groups=groups):
        clf = EventClassifier.train([examples[i] for i in train_idx])
        test = [examples[i] for i in test_idx]
        probs = clf.predict_proba([mask(e.text, [(s.start, s.end) for s in e.spans]) for e in test])
        gold += [e.event for e in test]
        pred += [clf.labels[int(row.argmax())] for row in probs]
    labels = sorted(set(gold))
    rows = per_label(gold, pred, labels)
    return {
        "examples": len(examples),
        "folds": folds,
        "accuracy": round(sum(g == p for g, p in zip(gold, pred, strict=True)) / len(gold), 3),
        "macro_f1": round(sum(float(r["f1"]) for r in rows) / len(rows), 3),  # type: ignore[arg-type]
        "per_label": rows,
    }


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="python -m foedus.events.train", description=__doc__)
    ap.add_argument("--data", type=Path, default=DATA_DIR, help="foedus data folder (default: the package's)")
    ap.add_argument("--cv", action="store_true", help="also report grouped cross-validation on the training set")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    clf = train_and_save(args.data)
    print(f"trained event model ({len(clf.labels)} labels) in {time.perf_counter() - t0:.1f} s")
    if args.cv:
        report = cross_validate(args.data)
        print(json.dumps({k: v for k, v in report.items() if k != "per_label"}))
        for row in report["per_label"]:
            print(f"  {row['label']:<10} f1 {row['f1']:.3f}  support {row['support']}")


if __name__ == "__main__":
    main()
