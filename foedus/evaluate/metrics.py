"""Precision / recall / F1 helpers shared by the harnesses."""

from __future__ import annotations

from collections import Counter


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def per_label(gold: list[str], pred: list[str | None], labels: list[str]) -> list[dict[str, object]]:
    """Per-label precision, recall, F1 and support for single-label classification."""
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    for g, p in zip(gold, pred, strict=True):
        if p == g:
            tp[g] += 1
        else:
            fn[g] += 1
            if p is not None:
                fp[p] += 1
    rows = []
    for lab in labels:
        p, r, f = prf(tp[lab], fp[lab], fn[lab])
        rows.append({"label": lab, "precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3),
                     "support": tp[lab] + fn[lab]})  # fmt: skip
    return rows


def per_language(figures: dict[str, dict[str, float]]) -> list[dict[str, object]]:
    """One table row per language (``all`` included), its figures rounded to three places."""
    return [{"lang": lang, **{k: round(v, 3) for k, v in row.items()}} for lang, row in sorted(figures.items())]
