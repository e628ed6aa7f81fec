"""The record of an input that produced no document."""

from __future__ import annotations

from dataclasses import dataclass

from foedus.records import Document


@dataclass
class Skipped:
    """An input (or a line or record of one) that produced no document, and why."""

    source: str
    reason: str


Record = Document | Skipped
