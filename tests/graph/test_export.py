import json
from pathlib import Path

import duckdb
import networkx as nx
import pytest

from foedus.errors import StoreError
from foedus.store.corpus import Corpus


def test_graphml_and_gexf_open_in_networkx(corpus: Corpus, tmp_path: Path) -> None:
    n_edges = corpus.export(tmp_path / "g.graphml")
    g = nx.read_graphml(tmp_path / "g.graphml")
    assert g.number_of_edges() == n_edges > 0
    assert g.edges["RUS", "PRK"]["events"] == corpus.graph().edges["RUS", "PRK"]["events"]
    corpus.export(tmp_path / "g.gexf")
    assert set(nx.read_gexf(tmp_path / "g.gexf").nodes) == set(g.nodes)


def test_parquet_and_csv_open_in_duckdb(corpus: Corpus, tmp_path: Path) -> None:
    n = corpus.export(tmp_path / "e.parquet")
    con = duckdb.connect()
    assert n == len(corpus.events()) > 0
    rows = con.execute(f"SELECT id, n_documents, actor_codes FROM '{tmp_path / 'e.parquet'}' ORDER BY id").fetchall()
    assert len(rows) == n
    assert max(r[1] for r in rows) == 2  # the signing, reported twice
    assert all(isinstance(r[2], list) for r in rows)
    assert corpus.export(tmp_path / "e.csv", factual=True) == len(corpus.events(factual=True))
    assert con.execute(f"SELECT count(*) FROM read_csv('{tmp_path / 'e.csv'}')").fetchone() == (
        len(corpus.events(factual=True)),)  # fmt: skip


def test_plover_jsonl_has_the_record_and_the_counts(corpus: Corpus, tmp_path: Path) -> None:
    corpus.export(tmp_path / "e.jsonl", types=["AGREE"])
    recs = [json.loads(line) for line in (tmp_path / "e.jsonl").read_text().splitlines()]
    assert recs and all(r["event"] == "AGREE" for r in recs)
    signing = max(recs, key=lambda r: r["num_documents"])
    assert signing["num_documents"] == 2 and signing["num_sources"] == 2
    assert {"actor", "recipient", "evidence", "date", "factual", "quad_class", "plover_score"} <= set(signing)
    assert "start" not in signing["actor"][0]


def test_unknown_format_is_a_clear_error(corpus: Corpus, tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="unknown events format"):
        corpus.export(tmp_path / "e.xlsx")
