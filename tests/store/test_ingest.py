import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from foedus.errors import ConfigError
from foedus.pipeline import Pipeline
from foedus.records import Analysis, Document
from foedus.store.corpus import TABLES, Corpus
from tests.store.conftest import SIGNING_EN, SIGNING_RU, generated_jsonl, light_pipeline

REPO = Path(__file__).resolve().parents[2]
VOLATILE = {"documents": "ingested_at", "commitments": "decided_at"}  # wall-clock columns


def table_contents(db: Path) -> dict[str, list[tuple]]:
    """Every row of every table and of the merged events view, in a canonical order."""
    con = duckdb.connect(str(db), read_only=True)
    out = {}
    for t in (*TABLES, "events"):
        cols = f"* EXCLUDE ({VOLATILE[t]})" if t in VOLATILE else "*"
        out[t] = con.execute(f"SELECT {cols} FROM {t} ORDER BY ALL").fetchall()
    con.close()
    return out


def test_ingesting_twice_stores_each_document_once(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(SIGNING_EN)
    (src / "b.txt").write_text(SIGNING_RU)
    (src / "copy-of-a.txt").write_text(SIGNING_EN + "\n")  # same text under another name
    db = tmp_path / "c.duckdb"
    with Corpus(db) as corpus:
        first = corpus.ingest([src], date="2024-06-20")
        before = table_contents_while_open(corpus)
        second = corpus.ingest([src], date="2024-06-20")
        assert (first.stored, first.already) == (2, 1)
        assert (second.stored, second.already) == (0, 3)
        assert table_contents_while_open(corpus) == before
        assert corpus.stats()["documents"] == 2


def table_contents_while_open(corpus: Corpus) -> dict[str, list[tuple]]:
    return {t: corpus.con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall() for t in TABLES}


def test_bad_inputs_are_reported_and_the_rest_is_stored(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(SIGNING_EN)
    (tmp_path / "empty.txt").write_text("   ")
    with Corpus(tmp_path / "c.duckdb") as corpus:
        report = corpus.ingest([good, tmp_path / "empty.txt", tmp_path / "missing.txt"], date="2024-06-20")
        assert report.stored == 1
        assert {Path(s.source).name for s in report.skipped} == {"empty.txt", "missing.txt"}
        assert all(s.reason for s in report.skipped)


class ExplodeOn:
    """A stage that fails on one document id, to show a failure stores nothing of that document."""

    name, needs, adds = "explode", ("doc",), ()

    def __init__(self, doc_id: str) -> None:
        self.doc_id = doc_id

    def __call__(self, analysis: Analysis) -> Analysis:
        if analysis.doc.id == self.doc_id:
            raise ValueError("boom")
        return analysis


def test_a_document_the_pipeline_fails_on_is_reported_not_half_stored(tmp_path: Path) -> None:
    from foedus.pipeline import default_stages

    pipeline = Pipeline(stages=[*default_stages(Pipeline().config), ExplodeOn("bad")])
    docs = [Document(id=i, text=f"Russia and China signed a pact on {d} May 2024.", raw="", date="2024-05-30")
            for i, d in (("ok1", 1), ("bad", 2), ("ok2", 3))]  # fmt: skip
    with Corpus(tmp_path / "c.duckdb", pipeline=pipeline) as corpus:
        report = corpus.ingest(docs)
        assert report.stored == 2 and [i for i, _ in report.failed] == ["bad"]
        assert "boom" in report.failed[0][1]
        for table in ("documents", "sentences", "mentions", "event_mentions"):
            n = corpus.con.execute(f"SELECT count(*) FROM {table} WHERE {_id_col(table)} = 'bad'").fetchone()
            assert n == (0,)


def _id_col(table: str) -> str:
    return "id" if table == "documents" else "doc_id"


KILLER = """
import os, signal, sys
import foedus.store.ingest as ingest
from foedus.store.corpus import Corpus
from tests.store.conftest import light_pipeline

real, calls = ingest.write_batch, [0]
def write_then_die(*args, **kwargs):
    calls[0] += 1
    real(*args, **kwargs)  # rows written inside the open transaction ...
    if calls[0] == int(sys.argv[3]):
        os.kill(os.getpid(), signal.SIGKILL)  # ... and the process dies before COMMIT
ingest.write_batch = write_then_die
Corpus(sys.argv[2], pipeline=light_pipeline()).ingest([sys.argv[1]], batch_size=25)
"""
RERUN = """
import json, sys
from foedus.store.corpus import Corpus
from tests.store.conftest import light_pipeline

print(json.dumps(Corpus(sys.argv[2], pipeline=light_pipeline()).ingest([sys.argv[1]]).to_dict()))
"""


def test_an_ingest_killed_midway_and_rerun_equals_an_uninterrupted_one(tmp_path: Path) -> None:
    docs = generated_jsonl(tmp_path / "docs.jsonl", 300)
    reference = tmp_path / "reference.duckdb"
    with Corpus(reference, pipeline=light_pipeline()) as corpus:
        assert corpus.ingest([docs]).stored == 300
        assert corpus.stats()["events"] < corpus.stats()["event_mentions"]  # reports were merged

    resumed = tmp_path / "resumed.duckdb"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    killed = subprocess.run([sys.executable, "-c", KILLER, str(docs), str(resumed), "6"], env=env, cwd=REPO)
    assert killed.returncode == -signal.SIGKILL
    with Corpus(resumed) as corpus:
        assert corpus.stats()["documents"] == 125  # the batch in flight was rolled back, none before it lost
    rerun = subprocess.run([sys.executable, "-c", RERUN, str(docs), str(resumed)], env=env, cwd=REPO,
                           capture_output=True, text=True)  # fmt: skip
    assert rerun.returncode == 0, rerun.stderr
    report = json.loads(rerun.stdout)
    assert (report["stored"], report["already"]) == (175, 125)
    assert table_contents(resumed) == table_contents(reference)


def test_read_only_open_of_a_missing_store_is_a_clear_error(tmp_path: Path) -> None:
    from foedus.errors import StoreError

    with pytest.raises(StoreError, match="no corpus store"):
        Corpus(tmp_path / "none.duckdb", read_only=True)


def test_pipeline_wiring_errors_still_surface() -> None:
    with pytest.raises(ConfigError):
        Pipeline(stages=[ExplodeOn("x"), type("Needy", (), {"name": "n", "needs": ("events",), "adds": ()})()])


def test_the_merge_does_not_depend_on_batch_boundaries(tmp_path: Path) -> None:
    docs = generated_jsonl(tmp_path / "docs.jsonl", 120, seed=11)
    for name, size in (("one.duckdb", 1), ("many.duckdb", 64)):
        with Corpus(tmp_path / name, pipeline=light_pipeline()) as corpus:
            corpus.ingest([docs], batch_size=size)
    one, many = table_contents(tmp_path / "one.duckdb"), table_contents(tmp_path / "many.duckdb")
    assert one == many
    assert len(one["events"]) < len(one["event_mentions"])  # some reports were merged
