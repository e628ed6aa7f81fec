"""Score one coder threshold (``foedus.events.lexicon_coder.Decision``) at several values on the held-out
DEVELOPMENT sets — never on gold or the blind test sets, whose figures must stay honest.

    .venv/bin/python scripts/sweep_threshold.py classifier_only 0.25 0.3 0.35 0.4 [--subset hard_dev cameo '']

Our training set is written from templates, so thresholds chosen by cross-validation on it
(``scripts/tune_decision.py``) can miss how sure the classifier is on text written by others; the
development sets, written blind to the coder, show that. One line per subset and value.
"""

from __future__ import annotations

import argparse
import dataclasses

from foedus.config import DATA_DIR
from foedus.evaluate.heldout import load_rows, score
from foedus.events.lexicon_coder import Decision
from foedus.pipeline import Pipeline

SHOWN = ("type_acc", "actor_acc", "recipient_acc", "full_match_acc", "none_factual_fp", "detect_p", "detect_r")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("field", choices=[f.name for f in dataclasses.fields(Decision)])
    parser.add_argument("values", nargs="+", type=float)
    parser.add_argument("--subset", nargs="+", default=["hard_dev", "cameo", ""], help="'' is the general set")
    args = parser.parse_args()
    if "hard" in args.subset:
        parser.error("the blind test set 'hard' is never used to choose a threshold")
    pipeline = Pipeline()
    stage = next(s for s in pipeline.stages if hasattr(s, "coder"))
    for subset in args.subset:
        rows = load_rows(DATA_DIR, subset)
        for value in args.values:
            stage.coder.decision = dataclasses.replace(Decision(), **{args.field: value})
            figures = score(rows, pipeline)[0]["all"]
            shown = " ".join(f"{k}={figures[k]:.3f}" for k in SHOWN)
            print(f"{subset or 'general'}\t{args.field}={value:g}\t{shown}", flush=True)


if __name__ == "__main__":
    main()
