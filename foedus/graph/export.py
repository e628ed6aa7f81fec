"""Exports: the relations graph to GraphML and GEXF; events to Parquet, CSV and PLOVER JSONL."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import networkx as nx

from foedus.errors import StoreError
from foedus.store.query import EventFilter, rows

GRAPH_FORMATS = ("graphml", "gexf")
EVENT_FORMATS = ("parquet", "csv", "jsonl")


def export_graph(g: nx.DiGraph, path: Path, fmt: str | None = None) -> Path:
    """Write the graph as GraphML or GEXF (Gephi), chosen by ``fmt`` or the file suffix."""
    fmt = (fmt or path.suffix.lstrip(".")).lower()
    if fmt == "graphml":
        nx.write_graphml(g, path)
    elif fmt == "gexf":
        nx.write_gexf(g, path)
    else:
        raise StoreError(f"unknown graph format {fmt!r}; one of {', '.join(GRAPH_FORMATS)}", str(path))
    return path


def export_events(
    con: duckdb.DuckDBPyConnection, path: Path, fmt: str | None = None, flt: EventFilter | None = None
) -> int:
    """Write the merged events (filtered) as Parquet, CSV or PLOVER JSONL; returns the number written."""
    fmt = (fmt or path.suffix.lstrip(".")).lower()
    sql, params = (flt or EventFilter()).sql()
    if fmt == "jsonl":
        return _write_plover(con, path, sql, params)
    if fmt not in EVENT_FORMATS:
        raise StoreError(f"unknown events format {fmt!r}; one of {', '.join(EVENT_FORMATS)}", str(path))
    options = "FORMAT parquet" if fmt == "parquet" else "FORMAT csv, HEADER true"
    con.execute(f"COPY ({sql}) TO '{_quote(path)}' ({options})", params)
    n = con.execute(f"SELECT count(*) FROM ({sql})", params).fetchone()
    return int(n[0]) if n else 0


def _write_plover(con: duckdb.DuckDBPyConnection, path: Path, sql: str, params: list) -> int:
    """One PLOVER record per merged event: its first report, with the counts of every report."""
    n = 0
    with path.open("w", encoding="utf-8") as fh:
        for ev in rows(con, f"SELECT q.*, h.record FROM ({sql}) q JOIN event_mentions h ON h.id = q.id", params):
            rec = ev["record"]
            for side in ("actor", "recipient"):
                for ref in rec.get(side, []):
                    ref.pop("start", None)
                    ref.pop("end", None)
            rec["factual"] = ev["factual"]
            rec.update(num_mentions=ev["n_mentions"], num_documents=ev["n_documents"], num_sources=ev["n_sources"],
                       doc_ids=ev["doc_ids"], sources=ev["outlets"], quad_class=ev["quad"],
                       plover_score=ev["score"])  # fmt: skip
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
            n += 1
    return n


def _quote(path: Path) -> str:
    return str(path).replace("'", "''")
