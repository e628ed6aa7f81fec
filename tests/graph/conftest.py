"""A small stored corpus for the graph tests (fixtures from tests/store)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from foedus.store.corpus import Corpus
from tests.store.conftest import signing_docs, small_corpus  # noqa: F401  (fixtures)


@pytest.fixture
def corpus(tmp_path: Path, small_corpus) -> Iterator[Corpus]:  # noqa: F811
    with Corpus(tmp_path / "g.duckdb") as c:
        c.ingest(small_corpus)
        yield c
