"""Scale-out ingest with Dask: the pipeline runs in worker processes, this process is the single writer.

Chunks of documents go to workers as they are read; results are stored in
input order, so the store ends with the same rows as a serial ingest. A
``LocalCluster`` uses the cores of one machine; pass the address of a
``dask.distributed`` scheduler to use a cluster (workers need foedus installed).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from foedus.errors import ConfigError
from foedus.ingest import Skipped
from foedus.pipeline import Pipeline
from foedus.records import Analysis, Document
from foedus.store.ingest import Ingestor, IngestReport, Progress
from foedus.store.write import content_hash

CHUNK = 16
_PIPELINES: dict[Any, Pipeline] = {}  # per worker process: built once, on its first chunk


def analyse_chunk(docs: list[Document], factory: Callable[[], Pipeline] | None = None) -> list[Analysis | str]:
    """Run the worker's pipeline over a chunk: an Analysis, or the error text, per document.

    ``factory`` (a module-level function, so it pickles by name) builds the
    pipeline once per worker process; None means the default pipeline.
    """
    from foedus.pipeline import default_pipeline

    if factory not in _PIPELINES:
        _PIPELINES[factory] = factory() if factory else default_pipeline()
    pipeline = _PIPELINES[factory]
    out: list[Analysis | str] = []
    for doc in docs:
        try:
            out.append(pipeline(doc))
        except Exception as exc:  # reported per document, like a serial ingest
            out.append(f"{type(exc).__name__}: {exc}")
    return out


def run_distributed(
    ingestor: Ingestor,
    records: Iterable[Document | Skipped],
    workers: int,
    progress: Progress | None = None,
    scheduler: str | None = None,
    factory: Callable[[], Pipeline] | None = None,
) -> IngestReport:
    """Ingest with ``workers`` Dask worker processes (or the scheduler at ``scheduler``)."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as exc:
        raise ConfigError("--workers needs Dask: pip install 'foedus[scale]'") from exc
    import time

    report = IngestReport()
    t0 = time.perf_counter()
    cluster = None if scheduler else LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                                  dashboard_address=None)  # fmt: skip
    try:
        with Client(scheduler or cluster) as client:
            window: deque[tuple[list[Document], Any]] = deque()
            for chunk in _chunks(ingestor, records, report, progress):
                window.append((chunk, client.submit(analyse_chunk, chunk, factory, pure=False)))
                while len(window) > 2 * workers:
                    _store(ingestor, *window.popleft(), report, progress)
            while window:
                _store(ingestor, *window.popleft(), report, progress)
        ingestor.flush()
    finally:
        if cluster is not None:
            cluster.close()
    report.seconds = time.perf_counter() - t0
    report.store_seconds = ingestor.store_seconds
    return report


def _chunks(
    ingestor: Ingestor, records: Iterable[Document | Skipped], report: IngestReport, progress: Progress | None
) -> Iterator[list[Document]]:
    """New documents in chunks; skips and already-stored ones are reported here, as they are read."""
    chunk: list[Document] = []
    pending: set[str] = set()
    for rec in records:
        if isinstance(rec, Skipped):
            report.skipped.append(rec)
            status = "skipped"
        elif ingestor.known(rec) or rec.id in pending or content_hash(rec.text) in pending:
            report.already += 1
            status = "already"
        else:
            pending |= {rec.id, content_hash(rec.text)}
            chunk.append(rec)
            status = ""
        if status and progress:
            progress(rec, status)
        if len(chunk) >= CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _store(
    ingestor: Ingestor, docs: list[Document], future: Any, report: IngestReport, progress: Progress | None
) -> None:
    for doc, result in zip(docs, future.result(), strict=True):
        if isinstance(result, str):
            report.failed.append((doc.id, result))
            status = "failed"
        else:
            ingestor.add(result, content_hash(doc.text))
            report.stored += 1
            report.events += len(result.events)
            status = "stored"
        if progress:
            progress(doc, status)
