"""Choose the coder's thresholds (``foedus.events.lexicon_coder.Decision``) by grouped
cross-validation on our own training set — never on gold.

    .venv/bin/python scripts/tune_decision.py [--rounds 2] [--only main_bonus,retype]

Folds, their classifiers and the pre-event analyses are built once per template expansion
(two random fillings of the templates by default: a gain that shows in one only is noise).
Then each threshold in turn is set to each of its candidate values with the others held, and
the value with the best mean score (coder macro-F1 and type accuracy, all languages and
English, plus accuracy on texts where two or more triggers compete) is kept. Every trial is
printed, so the choice can be reviewed; copy the winners into lexicon_coder.py by hand.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict, replace

from foedus.config import DATA_DIR
from foedus.evaluate.training import predict, prepare, summarise
from foedus.events.lexicon_coder import Decision
from foedus.events.training import load_examples

GRID: dict[str, tuple[float, ...]] = {
    "veto_v": (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01),
    "veto_n": (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01),
    "x_min": (0.05, 0.1, 0.15, 0.2, 0.3),
    "classifier_only": (0.4, 0.5, 0.6, 0.7, 0.8, 1.01),
    "last_resort_top": (0, 1, 2, 3, 5, 8),
    "main_bonus": (0.0, 0.1, 0.2, 0.3, 0.5),
    "prob_w": (0.0, 0.25, 0.5, 1.0, 2.0),
    "topic_penalty": (0.0, 0.1, 0.25, 0.5),
    "retype": (0.5, 0.6, 0.7, 0.8, 0.9, 1.01),
}


def objective(metrics: dict[str, float]) -> float:
    """Coder macro-F1 and accuracy, all languages and English, and accuracy where triggers compete."""
    parts = [metrics[f"{tag}coder_{m}"] for tag in ("", "en_") for m in ("macro_f1", "accuracy")]
    return (sum(parts) + metrics["multi_coder_accuracy"]) / (len(parts) + 1)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--rounds", type=int, default=2, help="passes over all thresholds")
    ap.add_argument("--start", default="{}", help="JSON of thresholds to start from, e.g. '{\"main_bonus\": 0.2}'")
    ap.add_argument("--only", default="", help="comma list of thresholds to search (default: all)")
    ap.add_argument(
        "--seeds", default="13,14", help="template expansions to average over (a gain in one only is noise)"
    )
    args = ap.parse_args(argv)
    expansions = [prepare(load_examples(DATA_DIR, seed=int(seed))) for seed in args.seeds.split(",")]

    def score(decision: Decision) -> tuple[float, dict[str, float]]:
        runs = [summarise(predict(folds, decision)).metrics for folds in expansions]
        return sum(objective(m) for m in runs) / len(runs), runs[0]

    best = Decision(**json.loads(args.start))
    grid = {k: v for k, v in GRID.items() if not args.only or k in args.only.split(",")}
    best_score, _ = score(best)
    print(f"start {best_score:.4f} {asdict(best)}")
    for _ in range(args.rounds):
        for name, values in grid.items():
            for value in values:
                trial = replace(best, **{name: type(getattr(best, name))(value)})
                got, m = score(trial)
                print(f"  {name}={value}: {got:.4f} (first: f1 {m['coder_macro_f1']} acc {m['coder_accuracy']}, "
                      f"en f1 {m['en_coder_macro_f1']} acc {m['en_coder_accuracy']}, "
                      f"multi acc {m['multi_coder_accuracy']})")  # fmt: skip
                if got > best_score + 1e-4:
                    best, best_score = trial, got
            print(f"{name} -> {getattr(best, name)} ({best_score:.4f})")
    print(f"best {best_score:.4f} {asdict(best)}")


if __name__ == "__main__":
    main()
