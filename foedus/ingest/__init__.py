"""Ingest: turn files, directories, stdin, URLs, JSONL, HTML, feeds and WARC into Documents."""

from foedus.ingest.fetch import Fetched, Fetcher, HttpFetcher, MemoryFetcher
from foedus.ingest.sources import IngestOptions, Skipped, read_inputs

__all__ = ["Fetched", "Fetcher", "HttpFetcher", "IngestOptions", "MemoryFetcher", "Skipped", "read_inputs"]
