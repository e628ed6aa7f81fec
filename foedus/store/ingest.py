"""Idempotent, resumable ingest: run the pipeline over documents and store them in small transactions.

Documents are committed in batches (``batch_size`` documents, or every
``max_seconds``), each batch all or nothing. A document whose id or text is
already stored is skipped before the pipeline runs, so a rerun after an
interruption redoes at most the batch in flight and ends with the same rows as
an uninterrupted run (the cross-document merge does not depend on where batches
begin and end).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import duckdb

from foedus.errors import ConfigError
from foedus.ingest import Skipped
from foedus.pipeline import Pipeline
from foedus.records import Analysis, Document
from foedus.store.dedup import MergeRules
from foedus.store.heads import HeadIndex
from foedus.store.write import Batch, content_hash


@dataclass
class IngestReport:
    """What an ingest run did with its inputs."""

    stored: int = 0
    already: int = 0  # skipped because the id or the text was stored before
    skipped: list[Skipped] = field(default_factory=list)  # unreadable inputs, with the reason
    failed: list[tuple[str, str]] = field(default_factory=list)  # (doc id, error) that the pipeline raised on
    events: int = 0
    seconds: float = 0.0
    store_seconds: float = 0.0  # of which writing to the store (rows, merge, commits)

    def to_dict(self) -> dict[str, object]:
        return {
            "stored": self.stored,
            "already": self.already,
            "skipped": [{"source": s.source, "reason": s.reason} for s in self.skipped],
            "failed": [{"id": i, "error": e} for i, e in self.failed],
            "events": self.events,
            "seconds": round(self.seconds, 3),
            "store_seconds": round(self.store_seconds, 3),
        }


Progress = Callable[[Document | Skipped, str], None]  # called per input with "stored" | "already" | ...


class Ingestor:
    """Stores analyses of documents in one DuckDB connection, skipping those already stored."""

    def __init__(
        self,
        con: duckdb.DuckDBPyConnection,
        pipeline: Pipeline | None,
        rules: MergeRules | None = None,
        batch_size: int = 64,
        max_seconds: float = 2.0,
    ) -> None:
        self.con = con
        self.pipeline = pipeline
        self.rules = rules or MergeRules()
        self.batch_size = max(1, batch_size)
        self.max_seconds = max_seconds
        self.ids: set[str] = {r[0] for r in con.execute("SELECT id FROM documents").fetchall()}
        self.hashes: set[str] = {r[0] for r in con.execute("SELECT content_hash FROM documents").fetchall()}
        row = con.execute("SELECT coalesce(max(seq), 0) FROM documents").fetchone()
        self.seq = int(row[0]) if row else 0
        self.batch = Batch(self.rules)
        self.batch_started = 0.0
        self.store_seconds = 0.0
        self.heads = HeadIndex(con, self.rules)

    def known(self, doc: Document) -> bool:
        return doc.id in self.ids or content_hash(doc.text) in self.hashes

    def add(self, analysis: Analysis, text_hash: str) -> None:
        """Queue one analysis; the batch is written when full or old enough."""
        if not self.batch:
            self.batch_started = time.perf_counter()
        self.seq += 1
        t0 = time.perf_counter()
        self.batch.add(analysis, self.seq, text_hash)
        self.store_seconds += time.perf_counter() - t0
        self.ids.add(analysis.doc.id)
        self.hashes.add(text_hash)
        if len(self.batch) >= self.batch_size or time.perf_counter() - self.batch_started >= self.max_seconds:
            self.flush()

    def flush(self) -> None:
        """Write the queued analyses in one transaction: all of them or none."""
        if not self.batch:
            return
        t0 = time.perf_counter()
        self.con.execute("BEGIN TRANSACTION")
        try:
            write_batch(self.con, self.batch, self.heads)
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            self.heads = HeadIndex(self.con, self.rules)  # it may hold heads of the rolled-back batch
            raise
        self.batch = Batch(self.rules)
        self.heads.trim()
        self.store_seconds += time.perf_counter() - t0

    def run(self, records: Iterable[Document | Skipped], progress: Progress | None = None) -> IngestReport:
        """Ingest documents in order; the report says what was stored, already there, skipped or failed."""
        report = IngestReport()
        t0 = time.perf_counter()
        for rec in records:
            status = self._one(rec, report)
            if progress:
                progress(rec, status)
        self.flush()
        report.seconds = time.perf_counter() - t0
        report.store_seconds = self.store_seconds
        return report

    def _one(self, rec: Document | Skipped, report: IngestReport) -> str:
        if isinstance(rec, Skipped):
            report.skipped.append(rec)
            return "skipped"
        if self.known(rec):
            report.already += 1
            return "already"
        text_hash = content_hash(rec.text)  # of the text as read, before cleaning changes it
        if self.pipeline is None:
            raise ConfigError("this ingestor only stores analyses made elsewhere (no pipeline)")
        try:
            analysis = self.pipeline(rec)
        except Exception as exc:  # one bad document must not stop a corpus run
            report.failed.append((rec.id, f"{type(exc).__name__}: {exc}"))
            return "failed"
        self.add(analysis, text_hash)
        report.stored += 1
        report.events += len(analysis.events)
        return "stored"


def write_batch(con: duckdb.DuckDBPyConnection, batch: Batch, heads: HeadIndex) -> None:
    """Insert one batch (inside the caller's transaction)."""
    batch.write(con, heads)
