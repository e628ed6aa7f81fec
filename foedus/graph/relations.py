"""The relations graph: actors as nodes, directed edges with event counts by type and a cooperation balance."""

from __future__ import annotations

from itertools import permutations
from typing import Any

import duckdb
import networkx as nx

from foedus.store.dedup import SYMMETRIC
from foedus.store.query import _date_param, rows


def event_pairs(event: dict[str, Any]) -> list[tuple[str, str]]:
    """The directed (from, to) actor pairs an event stands for.

    Actor → recipient for each pair; with no recipient, co-actors of a symmetric
    type (AGREE, CONSULT, COOPERATE) are joined both ways; other co-actors are not
    related to each other by the event.
    """
    actors, recipients = event["actor_codes"] or [], event["recipient_codes"] or []
    if recipients:
        return [(x, y) for x in actors for y in recipients if x != y]
    if event["event"] in SYMMETRIC:
        return list(permutations(sorted(set(actors)), 2))
    return []


def relations_graph(
    con: duckdb.DuckDBPyConnection, start: str | None = None, end: str | None = None, factual_only: bool = True
) -> nx.DiGraph:
    """A DiGraph of actors; each edge holds ``events``, ``n_<TYPE>``, ``cooperation``, ``conflict``,
    ``score_sum``, ``intensity`` (mean PLOVER score), ``balance`` ((coop - conflict) / events) and ``documents``."""
    where, params = ["TRUE"], []
    if start:
        where.append("e.date >= ?")
        params.append(_date_param(start))
    if end:
        where.append("e.date <= ?")
        params.append(_date_param(end))
    if factual_only:
        where.append("e.factual")
    events = rows(
        con,
        "SELECT e.id, e.event, e.quad, e.score, e.actor_codes, e.recipient_codes, e.n_documents FROM events e"
        f" WHERE {' AND '.join(where)}",
        params,
    )
    names = dict(
        con.execute("SELECT code, any_value(name ORDER BY kind != 'state') FROM actors GROUP BY code").fetchall()
    )
    g = nx.DiGraph()
    for ev in events:
        for x, y in event_pairs(ev):
            for node in (x, y):
                if node not in g:
                    g.add_node(node, name=names.get(node) or node, events=0)
            g.nodes[x]["events"] += 1
            g.nodes[y]["events"] += 1
            if not g.has_edge(x, y):
                g.add_edge(x, y, events=0, cooperation=0, conflict=0, score_sum=0.0, documents=0)
            e = g.edges[x, y]
            e["events"] += 1
            e[f"n_{ev['event']}"] = e.get(f"n_{ev['event']}", 0) + 1
            e["documents"] += ev["n_documents"] or 0
            if ev["quad"] in (1, 2):
                e["cooperation"] += 1
            elif ev["quad"] in (3, 4):
                e["conflict"] += 1
            e["score_sum"] += ev["score"] or 0.0
    for _, _, e in g.edges(data=True):
        e["intensity"] = round(e["score_sum"] / e["events"], 2)
        e["balance"] = round((e["cooperation"] - e["conflict"]) / e["events"], 2)
    return g


def partners(g: nx.DiGraph, code: str, n: int = 10) -> dict[str, list[dict[str, Any]]]:
    """Who ``code`` cooperates with and who it is in conflict with, both directions summed.

    Partners have a positive balance, adversaries a negative one; each list is
    ordered by the number of events of that kind.
    """
    code = code.upper()
    totals: dict[str, dict[str, Any]] = {}
    if code in g:
        for other, edge in [(y, g.edges[code, y]) for y in g.successors(code)] + [
            (x, g.edges[x, code]) for x in g.predecessors(code)
        ]:
            t = totals.setdefault(other, {"code": other, "name": g.nodes[other].get("name"), "events": 0,
                                          "cooperation": 0, "conflict": 0, "score_sum": 0.0})  # fmt: skip
            for k in ("events", "cooperation", "conflict", "score_sum"):
                t[k] += edge[k]
    for t in totals.values():
        t["balance"] = round((t["cooperation"] - t["conflict"]) / t["events"], 2)
        t["intensity"] = round(t.pop("score_sum") / t["events"], 2)
    friends = sorted((t for t in totals.values() if t["balance"] > 0), key=lambda t: (-t["cooperation"], t["code"]))
    foes = sorted((t for t in totals.values() if t["balance"] < 0), key=lambda t: (-t["conflict"], t["code"]))
    return {"code": code, "partners": friends[:n], "adversaries": foes[:n]}


def graph_json(g: nx.DiGraph) -> dict[str, Any]:
    """The graph as node-link JSON (for the web UI and the REST API)."""
    return nx.node_link_data(g, edges="links")
