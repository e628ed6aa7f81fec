from pathlib import Path

import pytest

from foedus.store.corpus import Corpus
from tests.store.conftest import generated_jsonl, light_pipeline
from tests.store.test_ingest import table_contents

pytest.importorskip("dask.distributed")


@pytest.mark.slow
def test_ingest_with_dask_workers_equals_a_serial_ingest(tmp_path: Path) -> None:
    docs = generated_jsonl(tmp_path / "docs.jsonl", 80, seed=3)
    with Corpus(tmp_path / "serial.duckdb", pipeline=light_pipeline()) as corpus:
        corpus.ingest([docs, docs])  # the second copy is all already stored
    with Corpus(tmp_path / "dask.duckdb") as corpus:
        report = corpus.ingest([docs, docs], workers=2, worker_pipeline=light_pipeline)
        assert (report.stored, report.already) == (80, 80)
    assert table_contents(tmp_path / "dask.duckdb") == table_contents(tmp_path / "serial.duckdb")
