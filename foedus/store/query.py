"""Event queries: filters as SQL over the merged ``events`` view, rows as plain dicts."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

import duckdb

from foedus.graph.scores import QUAD_NAMES
from foedus.store.write import iso_date


@dataclass
class EventFilter:
    """What `foedus events` and ``Corpus.events`` filter on; None means no filter."""

    types: list[str] | None = None
    actor: str | None = None  # code among the actors
    recipient: str | None = None  # code among the recipients
    involving: str | None = None  # code on either side
    start: str | None = None  # ISO date, inclusive
    end: str | None = None
    factual: bool | None = None
    source: str | None = None  # outlet or cited source (substring, case-insensitive) or source code
    min_documents: int | None = None
    doc_id: str | None = None
    limit: int | None = None

    def sql(self) -> tuple[str, list[Any]]:
        where, params = [], []
        if self.types:
            where.append("list_contains(?, e.event)")
            params.append([t.upper() for t in self.types])
        for column, value in (("actor_codes", self.actor), ("recipient_codes", self.recipient)):
            if value:
                where.append(f"list_contains(e.{column}, ?)")
                params.append(value.upper())
        if self.involving:
            where.append("(list_contains(e.actor_codes, ?) OR list_contains(e.recipient_codes, ?))")
            params += [self.involving.upper()] * 2
        for op, value in ((">=", self.start), ("<=", self.end)):
            if value:
                where.append(f"e.date {op} ?")
                params.append(_date_param(value))
        if self.factual is not None:
            where.append("e.factual = ?")
            params.append(self.factual)
        if self.min_documents:
            where.append("e.n_documents >= ?")
            params.append(self.min_documents)
        if self.doc_id:
            where.append("list_contains(e.doc_ids, ?)")
            params.append(self.doc_id)
        if self.source:
            where.append(
                "EXISTS (SELECT 1 FROM event_mentions m JOIN documents d ON d.id = m.doc_id WHERE m.event_id = e.id"
                " AND (d.outlet ILIKE ? OR m.source_text ILIKE ? OR m.source_code = ?))"
            )
            params += [f"%{self.source}%", f"%{self.source}%", self.source.upper()]
        sql = "SELECT e.* FROM events e"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY e.date NULLS LAST, e.first_seq, e.id"
        if self.limit:
            sql += f" LIMIT {int(self.limit)}"
        return sql, params


def _date_param(value: str) -> date:
    d = iso_date(value)
    if d is None:
        from foedus.errors import StoreError

        raise StoreError(f"not a date: {value!r} (expected YYYY-MM-DD)")
    return d


def rows(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
    """Query results as dicts: JSON columns parsed, dates as ISO strings."""
    cur = con.execute(sql, params or [])
    names = [d[0] for d in cur.description]
    json_cols = {d[0] for d in cur.description if str(d[1]) == "JSON"}
    return [_clean(dict(zip(names, row, strict=True)), json_cols) for row in cur.fetchall()]


def _clean(row: dict[str, Any], json_cols: set[str]) -> dict[str, Any]:
    for k, v in row.items():
        if isinstance(v, date):
            row[k] = v.isoformat()
        elif k in json_cols and isinstance(v, str):
            row[k] = json.loads(v)
    if "quad" in row and "event" in row:
        row["quad_name"] = QUAD_NAMES.get(row["quad"])
    return row
