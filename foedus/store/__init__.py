"""The corpus store: DuckDB schema and migrations, idempotent ingest, cross-document event merge."""

from foedus.store.corpus import DEFAULT_DB, Corpus
from foedus.store.ingest import IngestReport

__all__ = ["DEFAULT_DB", "Corpus", "IngestReport"]
