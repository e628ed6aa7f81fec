"""A small sentence classifier for PLOVER event types (scikit-learn, CPU, trained on our data).

Actor mentions are masked (``X``) before featurising, so the model learns how events are
said, not which countries do them. Words, word bigrams and word beginnings, plus "hints" — the
types of the lexicon's triggers in the sentence, so the model learns when a trigger is an event
and which one leads — feed a logistic regression; inference is one vectorised call per document.
"""

from __future__ import annotations

import hashlib
import pickle
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib.metadata import version
from itertools import pairwise
from pathlib import Path
from typing import Any

import numpy as np

from foedus.events.lexicon import Trigger, available_languages, bare, load_lexicon
from foedus.events.training import NONE, Example, load_examples

MODEL_FILE = "events.pkl"
MODEL_VERSION = "4"  # bump when features, labels or the saved form change
HINT_DROPOUT = 0.3  # share of training examples seen without their trigger hints (lexicon gaps in real text)


def mask(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with each (start, end) span replaced by the placeholder ``X``."""
    out, pos = [], 0
    for start, end in sorted(spans):
        if start < pos:
            continue
        out.append(text[pos:start])
        out.append("X")
        pos = end
    out.append(text[pos:])
    return "".join(out)


@dataclass
class EventClassifier:
    """The fitted model's numbers only (vocabulary, idf weights, coefficients), so loading it needs numpy and not
    scikit-learn, whose import alone costs about 90 MB of memory in every process that codes events."""

    labels: list[str]
    vocab: dict[str, int]
    idf: np.ndarray
    coef: np.ndarray  # one row per feature, one column per label (or one column: a binary model)
    intercept: np.ndarray
    fingerprint: str = ""

    @classmethod
    def train(cls, examples: list[Example], fingerprint: str = "", data_dir: Path | None = None) -> EventClassifier:
        """Fit on ``examples``; with ``data_dir``, each also gets its triggers' hints from that data's lexicons."""
        model = build_model()
        texts = [mask(e.text, [(s.start, s.end) for s in e.spans]) for e in examples]
        hints = example_hints(examples, data_dir) if data_dir is not None else [()] * len(examples)
        # Real text has events the lexicon misses: some examples are seen without their hints, so
        # the model still codes from the words alone (stable per text, so rebuilds are identical).
        hints = [() if _dropped(e.text) else h for e, h in zip(examples, hints, strict=True)]
        model.fit(list(zip(texts, hints, strict=True)), [e.event for e in examples])
        return cls.from_pipeline(model, fingerprint)

    @classmethod
    def from_pipeline(cls, model: Any, fingerprint: str = "") -> EventClassifier:
        """The numbers of a fitted ``build_model()`` pipeline."""
        vec, clf = model.steps[0][1], model.steps[-1][1]
        return cls(
            labels=[str(c) for c in model.classes_],
            vocab={str(k): int(v) for k, v in vec.vocabulary_.items()},
            idf=np.asarray(vec.idf_, dtype=np.float64),
            coef=np.ascontiguousarray(clf.coef_.T, dtype=np.float64),
            intercept=np.asarray(clf.intercept_, dtype=np.float64),
            fingerprint=fingerprint,
        )

    def predict_proba(self, texts: list[str], hints: Sequence[Sequence[str]] | None = None) -> np.ndarray:
        """One row of label probabilities per (already masked) text and its hints; columns follow ``labels``.

        The same numbers as the scikit-learn pipeline's ``predict_proba`` (sublinear tf-idf, l2 norm, multinomial
        logistic regression), computed directly: its per-call checks cost more than the arithmetic for the few
        sentences of one document.
        """
        if not texts:
            return np.zeros((0, len(self.labels)))
        vocab, idf, coef = self.vocab, self.idf, self.coef
        hints = hints if hints is not None else [()] * len(texts)
        # sparse: each row touches only the coefficients of its own few dozen features
        scores = np.tile(self.intercept, (len(texts), 1))
        for r, (text, extra) in enumerate(zip(texts, hints, strict=True)):
            counts: dict[int, int] = {}
            for f in features(text, extra):
                j = vocab.get(f)
                if j is not None:
                    counts[j] = counts.get(j, 0) + 1
            if counts:
                idx = np.fromiter(counts, dtype=np.int64, count=len(counts))
                tf = np.fromiter(counts.values(), dtype=np.float64, count=len(counts))
                w = (1.0 + np.log(tf)) * idf[idx]  # sublinear tf-idf
                scores[r] += (w / np.linalg.norm(w)) @ coef[idx]
        if scores.shape[1] == 1:  # two labels: a binary model scores the second one only
            scores = np.hstack([np.zeros_like(scores), scores])
        scores -= scores.max(axis=1, keepdims=True)
        np.exp(scores, out=scores)
        return scores / scores.sum(axis=1, keepdims=True)  # type: ignore[no-any-return]


_WORD = re.compile(r"\w+", re.U)


def features(text: str, hints: Sequence[str] = ()) -> list[str]:
    """Words, word bigrams and word beginnings (a cheap stemmer for inflected languages), and the hints."""
    words = _WORD.findall(bare(text).lower())  # Arabic vowel marks split no word
    out = list(words)
    out += [f"{a} {b}" for a, b in pairwise(words)]
    out += [f"{w[:n]}~" for w in words for n in (4, 6) if len(w) > n]
    out += hints
    return out


def _dropped(text: str) -> bool:
    return int(hashlib.md5(text.encode()).hexdigest()[:8], 16) / 0xFFFFFFFF < HINT_DROPOUT


def analyze(doc: str | tuple[str, Sequence[str]]) -> list[str]:
    """The vectoriser's analyser: a masked text, or a (masked text, hints) pair."""
    return features(doc) if isinstance(doc, str) else features(*doc)


def trigger_hints(found: Sequence[tuple[re.Match[str], Trigger]]) -> tuple[str, ...]:
    """Feature tokens for the triggers found in a sentence: each one's type (and kind), and the first one's."""
    out: list[str] = []
    for n, (_m, trig) in enumerate(found):
        out += [f"@{trig.event}", f"@{trig.kind}:{trig.event}"]
        if n == 0:
            out.append(f"@1:{trig.event}")
    return tuple(out)


def example_hints(examples: Sequence[Example], data_dir: Path) -> list[tuple[str, ...]]:
    """The hints of each example's own text, found with its language's lexicon (as the coder finds them)."""
    langs = set(available_languages(data_dir))
    out = []
    for e in examples:
        lex = load_lexicon(data_dir, e.lang) if e.lang in langs else None
        out.append(trigger_hints(lex.find_triggers(e.text)) if lex else ())
    return out


def build_model() -> Any:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    vectorizer = TfidfVectorizer(analyzer=analyze, sublinear_tf=True, min_df=1)
    return make_pipeline(vectorizer, LogisticRegression(C=8.0, max_iter=3000, class_weight="balanced"))


def fingerprint(data_dir: Path) -> str:
    """A hash of the training files, the trigger lexicons, the model version and the scikit-learn version."""
    h = hashlib.sha1(f"{MODEL_VERSION}|{version('scikit-learn')}".encode())
    # the hints come from the trigger lexicons, so a changed trigger file changes the model too
    files = [*(data_dir / "training").rglob("*"), *(data_dir / "lexicons").glob("*/triggers*.tsv")]
    for path in sorted(files):
        if path.is_file():
            h.update(path.name.encode())
            h.update(path.read_bytes())
    return h.hexdigest()[:16]


def train_and_save(data_dir: Path, out: Path | None = None) -> EventClassifier:
    clf = EventClassifier.train(load_examples(data_dir), fingerprint(data_dir), data_dir)
    path = out or data_dir / "models" / MODEL_FILE
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("wb") as fh:
            pickle.dump(clf, fh)
    except OSError as exc:  # a read-only install still works, with the model kept in memory
        print(f"foedus: could not save the event model to {path}: {exc}", file=sys.stderr)
    return clf


@lru_cache(maxsize=4)
def load_classifier(data_dir: Path) -> EventClassifier:
    """The trained model, loaded once; rebuilt (a few seconds) when missing or stale."""
    path = data_dir / "models" / MODEL_FILE
    want = fingerprint(data_dir)
    if path.exists():
        try:
            with path.open("rb") as fh:
                clf = pickle.load(fh)
            if isinstance(clf, EventClassifier) and clf.fingerprint == want and NONE in clf.labels:
                return clf
        except (pickle.UnpicklingError, AttributeError, EOFError, ImportError):
            pass
    print("foedus: training the event model from data/training (make model)...", file=sys.stderr)
    return train_and_save(data_dir)
