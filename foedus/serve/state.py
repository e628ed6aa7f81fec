"""What the app holds between requests: the pipeline and the corpus, each behind a lock."""

from __future__ import annotations

import threading
from typing import Any

from foedus.errors import FetchError
from foedus.pipeline import Pipeline, default_pipeline
from foedus.records import Analysis, Document, to_dict
from foedus.serve.errors import ApiError
from foedus.serve.settings import ServeSettings


class Workbench:
    """The pipeline and the store one server works with.

    Both are opened lazily and used under a lock: a DuckDB connection and the
    pipeline's stages are not meant to be driven from several threads at once,
    and on a 2-core analyst laptop serialising is cheaper than copies.
    """

    def __init__(
        self, settings: ServeSettings, pipeline: Pipeline | None = None, corpus: Any = None, fetcher: Any = None
    ) -> None:
        self.settings = settings
        self.fetcher = fetcher  # None: ingest's safe HttpFetcher (no private addresses), made on first use
        self._pipeline = pipeline
        self._corpus = corpus
        self._owns_corpus = corpus is None
        self.pipeline_lock = threading.Lock()
        self.corpus_lock = threading.RLock()

    @property
    def pipeline(self) -> Pipeline:
        if self._pipeline is None:
            self._pipeline = default_pipeline()
        return self._pipeline

    def analyse(self, doc: Document) -> Analysis:
        with self.pipeline_lock:
            return self.pipeline(doc)

    def fetch_document(self, url: str) -> Document:
        """The article at ``url``, read like ``foedus code URL`` (safe fetch, HTML extraction)."""
        from foedus.ingest import IngestOptions, read_inputs

        options = IngestOptions(fetcher=self.fetcher, fetch_feed_items=False)
        for rec in read_inputs([url], options=options):
            if isinstance(rec, Document):
                return rec
            raise FetchError(rec.reason, rec.source)
        raise FetchError("no document at this address", url)

    def corpus(self) -> Any:
        """The store; 503 when the server was started without one."""
        if self._corpus is None:
            if self.settings.db is None:
                raise ApiError(503, "no store: start the server with --db FILE", "no_store")
            from foedus.errors import StoreError
            from foedus.store import Corpus

            # without a token nothing can write, so other readers (a CLI query) may share the file
            try:
                self._corpus = Corpus(self.settings.db, read_only=self.settings.token is None, pipeline=self._pipeline)
            except StoreError as exc:  # missing, locked by a writer, not a store: the server cannot answer now
                raise ApiError(503, str(exc), "store_unavailable") from exc
        return self._corpus

    def close(self) -> None:
        """Close a store this workbench opened; it reopens on the next request (an app may restart)."""
        if self._owns_corpus and self._corpus is not None:
            with self.corpus_lock:
                self._corpus.close()
                self._corpus = None


def analysis_json(analysis: Analysis) -> dict[str, Any]:
    """An analysis as the API returns it: every layer, events with ``factual``, the raw input left out."""
    d = to_dict(analysis)
    d["doc"].pop("raw", None)
    for ev, out in zip(analysis.events, d["events"], strict=True):
        out["factual"] = ev.factual
    return d
