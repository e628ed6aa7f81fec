"""Bench section "attribution": time of each attribution part (dates, quotes + chain, quantities)."""

from __future__ import annotations

import json
from typing import Any

from foedus.attribution.stage import AttributionStage
from foedus.config import DATA_DIR, Config
from foedus.records import Analysis, Document

SAMPLES = DATA_DIR / "attribution" / "bench.jsonl"


def attribution_section(n_docs: int) -> dict[str, Any]:
    """Sentences per second of each part, one core: half the bench corpus, half our multilingual samples."""
    from foedus.actors.tagger import ActorTagger
    from foedus.bench import sample_documents
    from foedus.text.stage import TextStage

    config = Config()
    text, actors, stage = TextStage(config), ActorTagger(config), AttributionStage(config)
    docs = sample_documents(n_docs // 2) + attribution_samples(n_docs - n_docs // 2)
    prepared = [actors(text(Analysis(doc=doc))) for doc in docs]
    parts = {"dates": 0.0, "quotes+chain": 0.0, "quantities": 0.0}
    counts = {"quotes": 0, "attributions": 0, "quantities": 0, "times": 0}
    n_sent = sum(len(a.sentences) for a in prepared)
    for a in prepared:
        for name, seconds in stage.profile(a).items():
            parts[name] += seconds
        for k in counts:
            counts[k] += len(getattr(a, k))
    row: dict[str, Any] = {"sentences": n_sent}
    for name, seconds in parts.items():
        row[f"{name} sentences/s"] = round(n_sent / seconds) if seconds else "-"
    total = sum(parts.values())
    row["attribution sentences/s"] = round(n_sent / total) if total else "-"
    row |= {f"{k} per doc": round(v / max(1, len(prepared)), 2) for k, v in counts.items()}
    return row


def attribution_samples(n: int) -> list[Document]:
    """``n`` documents cycled from ``data/attribution/bench.jsonl`` (quotes, citations, numbers, dates)."""
    rows = [json.loads(line) for line in SAMPLES.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = [r for r in rows if "text" in r]
    return [Document(id=f"{r['id']}-{i}", text=r["text"], raw=r["text"], date=r["date"], lang=r["lang"])
            for i, r in ((i, rows[i % len(rows)]) for i in range(n))]  # fmt: skip


def register() -> None:
    from foedus.bench import SECTIONS

    SECTIONS.setdefault("attribution", attribution_section)
