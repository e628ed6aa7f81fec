"""Rebuild the event model from ``data/training`` and report held-out quality.

``python -m foedus.events.train`` (or ``make model``). Quality is measured with grouped
cross-validation (``foedus.evaluate.training``, also ``foedus eval training``): all sentences
expanded from one template are held out together, so the figures reflect phrasings the model
has not seen, not memorised templates; the classifier alone and the whole coder are scored.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from foedus.config import DATA_DIR, Config
from foedus.events.classifier import train_and_save


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="python -m foedus.events.train", description=__doc__)
    ap.add_argument("--data", type=Path, default=DATA_DIR, help="foedus data folder (default: the package's)")
    ap.add_argument("--cv", action="store_true", help="also report grouped cross-validation on the training set")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    clf = train_and_save(args.data)
    print(f"trained event model ({len(clf.labels)} labels) in {time.perf_counter() - t0:.1f} s")
    if args.cv:
        from foedus.evaluate import training

        report = training.run(config=Config(data_dir=args.data))
        print(json.dumps(report.metrics))
        for row in report.tables["coder_per_type"]:
            print(f"  {row['label']:<10} coder f1 {row['f1']:.3f}  support {row['support']}")


if __name__ == "__main__":
    main()
