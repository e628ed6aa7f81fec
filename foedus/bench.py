"""Benchmarks: throughput and peak memory of the pipeline on one core.

The corpus is built from the shipped sample articles (``examples/corpus``),
repeated with varied ids, so the figures are reproducible on any checkout.
"""

from __future__ import annotations

import resource
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from foedus.ingest import Skipped, read_inputs
from foedus.pipeline import Pipeline
from foedus.records import Document

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "corpus"

# Extra benchmark sections (ingest, store, ...) register here: name -> fn(n_docs) -> row dict.
SECTIONS: dict[str, Callable[[int], dict[str, Any]]] = {}


def sample_documents(n: int) -> list[Document]:
    """``n`` plain-text documents cycled from the sample corpus (or a built-in text)."""
    base = [r for r in read_inputs([str(EXAMPLES)]) if not isinstance(r, Skipped)] if EXAMPLES.is_dir() else []
    if not base:
        text = ("Russia and North Korea signed a mutual defence treaty in Pyongyang on 19 June 2024. "
                "The United States condemned the agreement. ") * 10  # fmt: skip
        base = [Document(id="builtin", text=text, raw=text, date="2024-06-20")]
    docs = []
    for i in range(n):
        src = base[i % len(base)]
        docs.append(Document(id=f"bench-{i}", text=src.text, raw=src.text, date=src.date or "2024-06-20",
                             lang=None, source=src.source))  # fmt: skip
    return docs


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_bench(n_docs: int = 300) -> dict[str, Any]:
    """Run the whole pipeline over ``n_docs`` documents in this process (one core)."""
    docs = sample_documents(n_docs)
    t0 = time.perf_counter()
    pipeline = Pipeline()
    pipeline(Document(id="warm", text=docs[0].text, raw=docs[0].text, date="2024-06-20"))  # load models
    startup = time.perf_counter() - t0
    # each language's event lexicon is compiled on its first document: warm every sample text once, untimed, so the
    # throughput below is the steady state (a language's first document pays up to a few seconds, Arabic the most)
    for text in dict.fromkeys(d.text for d in docs[1:]):
        pipeline(Document(id="warm", text=text, raw=text, date="2024-06-20"))
    stages: dict[str, float] = {}
    n_sent = n_events = 0
    t1 = time.perf_counter()
    for doc in docs:
        a = pipeline(doc)
        n_sent += len(a.sentences)
        n_events += len(a.events)
        for k, v in a.timings.items():
            stages[k] = stages.get(k, 0.0) + v
    wall = time.perf_counter() - t1
    result: dict[str, Any] = {
        "documents": len(docs),
        "sentences": n_sent,
        "events": n_events,
        "startup_s": round(startup, 2),
        "seconds": round(wall, 3),
        "docs_per_s": round(len(docs) / wall, 1),
        "sentences_per_s": round(n_sent / wall, 1),
        "stage_seconds": {k: round(v, 3) for k, v in stages.items()},
        # Peak memory of the pipeline alone, before the sections load their own tools (store, extractors).
        "pipeline_peak_rss_mb": round(peak_rss_mb(), 1),
    }
    result["sections"] = {name: fn(n_docs) for name, fn in SECTIONS.items()}
    result["peak_rss_mb"] = round(peak_rss_mb(), 1)
    return result


def render(result: dict[str, Any]) -> None:
    console = Console(width=120)
    t = Table(title="foedus bench: full pipeline, one core")
    t.add_column("measure")
    t.add_column("value", justify="right")
    for key in ("documents", "sentences", "events", "startup_s", "seconds", "docs_per_s", "sentences_per_s",
                "pipeline_peak_rss_mb", "peak_rss_mb"):  # fmt: skip
        t.add_row(key, str(result[key]))
    console.print(t)
    s = Table(title="per-stage time (slowest first)")
    s.add_column("stage")
    s.add_column("seconds", justify="right")
    s.add_column("sentences/s", justify="right")
    for k, v in sorted(result["stage_seconds"].items(), key=lambda kv: -kv[1]):
        s.add_row(k, f"{v:.3f}", f"{result['sentences'] / v:,.0f}" if v else "-")
    console.print(s)
    for name, row in result["sections"].items():
        x = Table(title=name)
        x.add_column("measure")
        x.add_column("value", justify="right")
        for k, v in row.items():
            x.add_row(k, str(v))
        console.print(x)


import foedus.attribution  # noqa: E402  (registers the "attribution" section)
import foedus.ingest.bench  # noqa: E402  (registers the "ingest" section)
import foedus.store.bench  # noqa: E402, F401  (registers the "store" section)
from foedus.actors import bench as _actors_bench  # noqa: E402, F401  (registers the "actors" section)
