"""Fixtures for the attribution tests: one pipeline, and a helper to analyse a text in a language."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from foedus.pipeline import Pipeline
from foedus.records import Analysis, Document


@pytest.fixture(scope="session")
def run() -> Callable[..., Analysis]:
    pipeline = Pipeline()

    def _run(text: str, lang: str, date: str = "2024-06-20", **meta: str) -> Analysis:
        return pipeline(Document(id="t", text=text, raw=text, date=date, lang=lang, **meta))

    return _run
