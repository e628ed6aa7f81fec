"""The actor stage's own benchmark section (``foedus bench``): load time and tagging speed."""

from __future__ import annotations

import time
from typing import Any

from foedus.bench import SECTIONS, sample_documents
from foedus.text.segment import segment


def actors_section(n_docs: int) -> dict[str, Any]:
    """Tag the sample documents with the actor stage alone, on one core."""
    from foedus.actors.tagger import ActorTagger

    t0 = time.perf_counter()
    tagger = ActorTagger()
    load = time.perf_counter() - t0
    docs = sample_documents(n_docs)
    n_sent = sum(len(segment(d.text)) for d in docs)
    t1 = time.perf_counter()
    n_mentions = sum(len(tagger.tag(d.text, d.date)) for d in docs)
    wall = time.perf_counter() - t1
    return {
        "load_s": round(load, 2),
        "automaton_keys": tagger.matcher.size,
        "documents": len(docs),
        "mentions": n_mentions,
        "sentences_per_s": round(n_sent / wall, 1) if wall else 0.0,
        "chars_per_s": round(sum(len(d.text) for d in docs) / wall) if wall else 0,
    }


SECTIONS["actors"] = actors_section
