"""Ingest: turn files, directories, stdin, JSONL, HTML (and more) into Documents."""

from foedus.ingest.sources import Skipped, read_inputs

__all__ = ["Skipped", "read_inputs"]
