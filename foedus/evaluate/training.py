"""Grouped cross-validation on our own training set (``data/training``): no gold data needed.

Every sentence expanded from one template (or one hand-written sentence) is held out together,
so the figures are for phrasings the model has not seen. Two things are scored on the held-out
texts: the classifier alone (its top label) and the whole coder decision (the default pipeline —
actors, triggers, vetoes, ranking — with the fold's classifier), whose main event is picked as
the PLOVER harness picks it. Model and threshold choices are made on these figures, not on gold.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from foedus.config import Config
from foedus.evaluate import Report
from foedus.evaluate.metrics import per_label
from foedus.evaluate.plover import pick
from foedus.events.classifier import EventClassifier, example_hints, mask
from foedus.events.lexicon_coder import Decision, LexiconCoder
from foedus.events.recoding import recode
from foedus.events.stage import EventStage
from foedus.events.training import NONE, Example, load_examples
from foedus.pipeline import Pipeline
from foedus.records import PLOVER_TYPES, Analysis, Document

FOLDS = 5


@dataclass
class Fold:
    """One held-out part: its examples, their pre-event analyses and the classifier trained without them."""

    test: list[Example]
    analyses: list[Analysis]
    classifier: EventClassifier


@dataclass
class Predictions:
    """Per held-out example: its label and the type the coder should give (PLOVER's recoding of
    flagged acts), the classifier's top label and the coder's main event (None = no event)."""

    examples: list[Example] = field(default_factory=list)
    labels: list[str | None] = field(default_factory=list)
    expected: list[str | None] = field(default_factory=list)
    classifier: list[str | None] = field(default_factory=list)
    coder: list[str | None] = field(default_factory=list)
    triggers: list[int] = field(default_factory=list)  # how many triggers the lexicon finds in the text


def expected_type(ex: Example) -> str | None:
    """The type the coder should give: none for a negative, else the label as PLOVER recodes its flags."""
    return None if ex.event == NONE else recode(ex.event, ex.aux)[0]


def grouped_folds(examples: Sequence[Example], k: int = FOLDS) -> Iterator[tuple[list[int], list[int]]]:
    """(train, test) index lists; all examples of one group fall in the same test part."""
    from sklearn.model_selection import GroupKFold

    groups = [e.group or f"#{i}" for i, e in enumerate(examples)]
    for train, test in GroupKFold(n_splits=k).split(list(examples), groups=groups):
        yield [int(i) for i in train], [int(i) for i in test]


def prepare(
    examples: list[Example],
    config: Config | None = None,
    k: int = FOLDS,
    train: Callable[[list[Example]], EventClassifier] | None = None,
) -> list[Fold]:
    """Train one classifier per fold (``train``, by default as ``make model`` does) and run the stages
    before the events on the held-out texts."""
    config = config or Config()
    train = train or partial(EventClassifier.train, data_dir=config.data_dir)
    before = [s for s in Pipeline(config).stages if s.name != "events"]
    folds = []
    for train_idx, test_idx in grouped_folds(examples, k):
        held = [examples[i] for i in test_idx]
        analyses = []
        for n, ex in enumerate(held):
            a = Analysis(doc=Document(id=f"cv-{n}", text=ex.text, raw=ex.text, date="2024-06-20", lang=ex.lang))
            for stage in before:
                a = stage(a)
            analyses.append(a)
        folds.append(Fold(held, analyses, train([examples[i] for i in train_idx])))
    return folds


def predict(folds: list[Fold], decision: Decision | None = None, config: Config | None = None) -> Predictions:
    """The classifier's and the coder's type for every held-out example of every fold."""
    config = config or Config()
    out = Predictions()
    stage = EventStage(config)  # the stage's own rules, with each fold's coder
    for fold in folds:
        stage.coder = LexiconCoder(config, classifier=fold.classifier, decision=decision)
        texts = [mask(e.text, [(s.start, s.end) for s in e.spans]) for e in fold.test]
        probs = fold.classifier.predict_proba(texts, example_hints(fold.test, config.data_dir))
        for ex, a, row in zip(fold.test, fold.analyses, probs, strict=True):
            top = fold.classifier.labels[int(row.argmax())]
            ev = pick(stage(a).events)
            out.examples.append(ex)
            out.labels.append(None if ex.event == NONE else ex.event)
            out.expected.append(expected_type(ex))
            out.classifier.append(None if top == NONE else top)
            out.coder.append(ev.event if ev else None)
            out.triggers.append(len(stage.coder.lexicon_for(ex.lang).find_triggers(ex.text)))
    return out


def scores(expected: list[str | None], got: list[str | None], prefix: str = "") -> dict[str, float]:
    """Type accuracy (no event counts as a type), macro-F1 over PLOVER types (as the PLOVER harness)
    and the share of negatives wrongly given an event."""
    if not expected:
        return {}
    gold = [e or NONE for e in expected]
    rows = [r for r in per_label(gold, got, list(PLOVER_TYPES)) if r["support"]]
    negatives = [g for e, g in zip(expected, got, strict=True) if e is None]
    return {
        f"{prefix}accuracy": round(sum(e == g for e, g in zip(expected, got, strict=True)) / len(expected), 3),
        f"{prefix}macro_f1": round(sum(float(r["f1"]) for r in rows) / len(rows), 3),  # type: ignore[arg-type]
        f"{prefix}false_events": round(sum(g is not None for g in negatives) / len(negatives), 3) if negatives else 0.0,
    }


def summarise(pred: Predictions) -> Report:
    """Headline figures for all languages and for English, per-language and per-type tables."""
    report = Report("training")
    langs = sorted({e.lang for e in pred.examples})
    for lang in (None, "en"):
        idx = [i for i, e in enumerate(pred.examples) if lang is None or e.lang == lang]
        tag = f"{lang}_" if lang else ""
        report.metrics[f"{tag}examples"] = len(idx)
        report.metrics.update(_both(pred, idx, tag))
    # where triggers compete, the ranking (main event, vetoes) decides: the figures ranking thresholds answer to
    multi = [i for i, n in enumerate(pred.triggers) if n >= 2]
    report.metrics["multi_examples"] = len(multi)
    report.metrics.update(scores([pred.expected[i] for i in multi], [pred.coder[i] for i in multi], "multi_coder_"))
    rows: list[dict[str, object]] = []
    for lang in langs:
        idx = [i for i, e in enumerate(pred.examples) if e.lang == lang]
        rows.append({"lang": lang, "examples": len(idx), **_both(pred, idx)})
    report.tables["per_language"] = rows
    gold = [e or NONE for e in pred.expected]
    report.tables["coder_per_type"] = [r for r in per_label(gold, pred.coder, list(PLOVER_TYPES)) if r["support"]]
    report.notes.append(
        f"grouped {FOLDS}-fold cross-validation on data/training (a template's sentences held out together); "
        "classifier_*: the model's top label alone; coder_*: the default coder with the fold's model, main event "
        "picked as in eval plover; false_events: share of hard negatives given an event; multi_*: held-out "
        "texts in which the lexicon finds two or more triggers"
    )
    return report


def _both(pred: Predictions, idx: list[int], tag: str = "") -> dict[str, float]:
    out = scores([pred.labels[i] for i in idx], [pred.classifier[i] for i in idx], f"{tag}classifier_")
    out.update(scores([pred.expected[i] for i in idx], [pred.coder[i] for i in idx], f"{tag}coder_"))
    return out


def run(data_dir: Path | None = None, config: Config | None = None) -> Report:
    """Cross-validate the shipped training set (``data_dir``, the gold folder, is not needed)."""
    config = config or Config()
    return summarise(predict(prepare(load_examples(config.data_dir), config), config=config))
