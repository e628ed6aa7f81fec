"""Bench section "attribution": time of each attribution part (dates, quotes + chain, quantities)."""

from __future__ import annotations

from typing import Any

from foedus.attribution.stage import AttributionStage
from foedus.config import Config
from foedus.records import Analysis


def attribution_section(n_docs: int) -> dict[str, Any]:
    """Sentences per second of each part on the bench corpus plus the seed-like German sample, one core."""
    from foedus.actors.tagger import ActorTagger
    from foedus.bench import sample_documents
    from foedus.text.stage import TextStage

    config = Config()
    text, actors, stage = TextStage(config), ActorTagger(config), AttributionStage(config)
    prepared: list[Analysis] = []
    for doc in sample_documents(n_docs):
        prepared.append(actors(text(Analysis(doc=doc))))
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


def register() -> None:
    from foedus.bench import SECTIONS

    SECTIONS.setdefault("attribution", attribution_section)
