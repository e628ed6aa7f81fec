"""Idempotent, resumable ingest: run the pipeline over documents and store each in its own transaction.

A document whose id or text is already stored is skipped before the pipeline
runs, so a rerun after an interruption picks up where the last commit left off
and ends with the same rows as an uninterrupted run.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import duckdb

from foedus.ingest import Skipped
from foedus.pipeline import Pipeline
from foedus.records import Analysis, Document
from foedus.store.dedup import MergeRules
from foedus.store.write import content_hash, store_analysis


@dataclass
class IngestReport:
    """What an ingest run did with its inputs."""

    stored: int = 0
    already: int = 0  # skipped because the id or the text was stored before
    skipped: list[Skipped] = field(default_factory=list)  # unreadable inputs, with the reason
    failed: list[tuple[str, str]] = field(default_factory=list)  # (doc id, error) that the pipeline raised on
    events: int = 0
    seconds: float = 0.0

    def to_dict(self) -> dict[str, object]:
        return {
            "stored": self.stored,
            "already": self.already,
            "skipped": [{"source": s.source, "reason": s.reason} for s in self.skipped],
            "failed": [{"id": i, "error": e} for i, e in self.failed],
            "events": self.events,
            "seconds": round(self.seconds, 3),
        }


Progress = Callable[[Document | Skipped, str], None]  # called per input with "stored" | "already" | ...


class Ingestor:
    """Stores analyses of documents in one DuckDB connection, skipping those already stored."""

    def __init__(self, con: duckdb.DuckDBPyConnection, pipeline: Pipeline, rules: MergeRules | None = None) -> None:
        self.con = con
        self.pipeline = pipeline
        self.rules = rules or MergeRules()
        self.ids: set[str] = {r[0] for r in con.execute("SELECT id FROM documents").fetchall()}
        self.hashes: set[str] = {r[0] for r in con.execute("SELECT content_hash FROM documents").fetchall()}
        row = con.execute("SELECT coalesce(max(seq), 0) FROM documents").fetchone()
        self.seq = int(row[0]) if row else 0

    def known(self, doc: Document) -> bool:
        return doc.id in self.ids or content_hash(doc.text) in self.hashes

    def store(self, analysis: Analysis, text_hash: str) -> None:
        """Store one analysis atomically: all its rows or none."""
        self.con.execute("BEGIN TRANSACTION")
        try:
            store_analysis(self.con, analysis, self.seq + 1, text_hash, self.rules)
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        self.seq += 1
        self.ids.add(analysis.doc.id)
        self.hashes.add(text_hash)

    def run(self, records: Iterable[Document | Skipped], progress: Progress | None = None) -> IngestReport:
        """Ingest documents in order; the report says what was stored, already there, skipped or failed."""
        import time

        report = IngestReport()
        t0 = time.perf_counter()
        for rec in records:
            status = self._one(rec, report)
            if progress:
                progress(rec, status)
        report.seconds = time.perf_counter() - t0
        return report

    def _one(self, rec: Document | Skipped, report: IngestReport) -> str:
        if isinstance(rec, Skipped):
            report.skipped.append(rec)
            return "skipped"
        if self.known(rec):
            report.already += 1
            return "already"
        text_hash = content_hash(rec.text)  # of the text as read, before cleaning changes it
        try:
            analysis = self.pipeline(rec)
        except Exception as exc:  # one bad document must not stop a corpus run
            report.failed.append((rec.id, f"{type(exc).__name__}: {exc}"))
            return "failed"
        self.store(analysis, text_hash)
        report.stored += 1
        report.events += len(analysis.events)
        return "stored"
