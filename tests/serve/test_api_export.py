"""Exports: each format downloads and opens in the tool it is meant for."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import duckdb
import networkx as nx
import pytest
from fastapi.testclient import TestClient

from tests.serve.conftest import assert_error


def test_csv_export_with_filters(store_client: TestClient) -> None:
    res = store_client.get("/api/export/csv", params={"type": "AGREE"})
    assert res.status_code == 200, res.text
    assert res.headers["content-type"].startswith("text/csv")
    assert "attachment" in res.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(res.text)))
    assert rows and {r["event"] for r in rows} == {"AGREE"}


def test_parquet_export_opens_in_duckdb(store_client: TestClient, tmp_path: Path) -> None:
    res = store_client.get("/api/export/parquet")
    assert res.status_code == 200
    path = tmp_path / "events.parquet"
    path.write_bytes(res.content)
    n = duckdb.connect().execute(f"SELECT count(*) FROM read_parquet('{path}')").fetchall()[0][0]
    every = store_client.get("/api/events", params={"limit": 5000}).json()["events"]
    assert n == len(every)


def test_plover_jsonl_export(store_client: TestClient) -> None:
    res = store_client.get("/api/export/jsonl", params={"factual": "true"})
    assert res.status_code == 200
    recs = [json.loads(line) for line in res.text.splitlines() if line.strip()]
    assert recs and all(r["factual"] for r in recs)
    assert {"id", "event", "actor", "recipient", "date"} <= set(recs[0])


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_graph_exports_open_in_networkx(store_client: TestClient, tmp_path: Path, fmt: str) -> None:
    res = store_client.get(f"/api/export/{fmt}")
    assert res.status_code == 200
    path = tmp_path / f"g.{fmt}"
    path.write_bytes(res.content)
    g = nx.read_graphml(path) if fmt == "graphml" else nx.read_gexf(path)
    assert g.has_edge("RUS", "PRK") or g.has_edge("PRK", "RUS")


def test_unknown_export_format(store_client: TestClient) -> None:
    assert_error(store_client.get("/api/export/xlsx"), 422)
