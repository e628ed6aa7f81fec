"""The events between two actors over time, with PLOVER quad counts and an intensity score per period."""

from __future__ import annotations

from typing import Any

import duckdb

from foedus.store.query import _date_param, rows

PERIODS = ("day", "week", "month", "quarter", "year")


def dyad_condition(directed: bool) -> str:
    """SQL over ``e`` true when the event joins actor ``$a`` and actor ``$b`` (``$a`` acting when directed)."""
    if directed:
        return "list_contains(e.actor_codes, $a) AND list_contains(e.recipient_codes, $b)"
    both = "list_concat(e.actor_codes, e.recipient_codes)"
    return f"list_contains({both}, $a) AND list_contains({both}, $b)"


def dyad(
    con: duckdb.DuckDBPyConnection,
    a: str,
    b: str,
    period: str = "month",
    directed: bool = False,
    start: str | None = None,
    end: str | None = None,
    factual_only: bool = False,
) -> dict[str, Any]:
    """Events between ``a`` and ``b`` and a per-period series.

    Each period row has counts by quad class, the cooperation and conflict counts,
    ``intensity`` (the mean PLOVER score, -10..10) and ``balance``
    ((cooperation - conflict) / events, -1..1). Scores count factual events only;
    negated, hypothetical and future events are listed but not scored.
    """
    if period not in PERIODS:
        from foedus.errors import StoreError

        raise StoreError(f"unknown period {period!r}; one of {', '.join(PERIODS)}")
    where = [dyad_condition(directed)]
    params: dict[str, Any] = {"a": a.upper(), "b": b.upper()}
    if start:
        where.append("e.date >= $start")
        params["start"] = _date_param(start)
    if end:
        where.append("e.date <= $end")
        params["end"] = _date_param(end)
    if factual_only:
        where.append("e.factual")
    cond = " AND ".join(where)
    events = rows(con, f"SELECT e.* FROM events e WHERE {cond} ORDER BY e.date NULLS LAST, e.first_seq, e.id", params)
    series = rows(
        con,
        f"""SELECT date_trunc('{period}', e.date)::DATE AS period,
                   count(*) AS events,
                   count(*) FILTER (e.factual AND e.quad = 1) AS verbal_cooperation,
                   count(*) FILTER (e.factual AND e.quad = 2) AS material_cooperation,
                   count(*) FILTER (e.factual AND e.quad = 3) AS verbal_conflict,
                   count(*) FILTER (e.factual AND e.quad = 4) AS material_conflict,
                   round(avg(e.score) FILTER (e.factual), 2) AS intensity,
                   sum(e.n_documents) AS documents
            FROM events e WHERE {cond} AND e.date IS NOT NULL GROUP BY 1 ORDER BY 1""",
        params,
    )
    for row in series:
        coop = row["verbal_cooperation"] + row["material_cooperation"]
        conf = row["verbal_conflict"] + row["material_conflict"]
        row["cooperation"], row["conflict"] = coop, conf
        row["balance"] = round((coop - conf) / (coop + conf), 2) if coop + conf else None
    return {"a": a.upper(), "b": b.upper(), "directed": directed, "period": period, "series": series, "events": events}
