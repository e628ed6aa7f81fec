"""The ``store`` section of ``foedus bench``: ingest throughput with the DuckDB store."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path
from typing import Any

from foedus.bench import SECTIONS, sample_documents
from foedus.pipeline import Pipeline
from foedus.records import Document


def store_bench(n_docs: int) -> dict[str, Any]:
    """Documents/s through pipeline + store, the store's share of the time, a rerun, and the file size."""
    from foedus.store.corpus import Corpus

    # The sample documents repeat; a numbered line makes each text distinct, or the store would keep one of each.
    docs = [Document(id=d.id, text=f"{d.text}\n\n({i})", raw="", date=d.date) for i, d in enumerate(
        sample_documents(n_docs))]  # fmt: skip
    pipeline = Pipeline()
    pipeline(Document(id="warm", text=docs[0].text, raw="", date="2024-06-20"))
    t = time.perf_counter()
    for d in docs:
        pipeline(Document(id=d.id, text=d.text, raw="", date=d.date))  # a copy: stages may clean the text in place
    pipeline_s = time.perf_counter() - t
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.duckdb"
        with Corpus(db, pipeline=pipeline) as corpus:
            t0 = time.perf_counter()
            report = corpus.ingest(docs)
            wall = time.perf_counter() - t0
            t1 = time.perf_counter()
            again = corpus.ingest(docs)
            rerun = time.perf_counter() - t1
            stats = corpus.stats()
        size_mb = db.stat().st_size / 2**20
    return {
        "documents": report.stored,
        "events stored (merged)": stats["events"],
        "event reports": stats["event_mentions"],
        "docs_per_s pipeline only": round(len(docs) / pipeline_s, 1),
        "docs_per_s with store": round(report.stored / wall, 1),
        "store share of ingest time": f"{report.store_seconds / wall:.0%}",
        "docs_per_s of the store's own work": round(report.stored / report.store_seconds, 1)
        if report.store_seconds
        else None,
        "rerun docs_per_s (all already stored)": round(again.already / rerun, 1) if rerun else None,
        "db MB": round(size_mb, 2),
    }


SECTIONS["store"] = store_bench
