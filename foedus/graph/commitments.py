"""Alliance commitments found in the corpus: AGREE events in a defence context, proposed for a user to confirm."""

from __future__ import annotations

import json
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

import duckdb

from foedus.actors.data import read_tsv
from foedus.config import DATA_DIR
from foedus.errors import StoreError
from foedus.graph.treaties import load_treaties
from foedus.store.query import rows

OBLIGATIONS = ("defence", "offence", "neutrality", "non-aggression", "consultation")


@lru_cache(maxsize=2)
def defence_cues(data_dir: Path = DATA_DIR) -> tuple[str, ...]:
    """Lower-cased cue stems of every language (``data/treaties/defence_cues.tsv``)."""
    return tuple(row[1].lower() for row in read_tsv(data_dir / "treaties" / "defence_cues.tsv") if len(row) >= 2)


def in_defence_context(text: str) -> bool:
    low = text.lower()
    return any(cue in low for cue in defence_cues())


def agree_evidence(
    con: duckdb.DuckDBPyConnection, members: list[str] | None = None, until: date | None = None
) -> list[dict[str, Any]]:
    """Factual AGREE events (optionally between all ``members``, up to a date) whose evidence is about defence.

    Each has ``members`` and ``evidence``: one ``{doc_id, outlet, text}`` per report in a defence context.
    """
    sql = """SELECT e.id, e.date, e.n_documents, e.n_sources,
                    list_sort(list_distinct(list_concat(e.actor_codes, e.recipient_codes))) AS members,
                    list({'doc_id': m.doc_id, 'outlet': d.outlet, 'text': v.text} ORDER BY m.seq, v.idx) AS spans
             FROM events e JOIN event_mentions m ON m.event_id = e.id
                  JOIN event_evidence v ON v.mention_id = m.id JOIN documents d ON d.id = m.doc_id
             WHERE e.event = 'AGREE' AND e.factual"""
    params: list[Any] = []
    if members:
        sql += " AND list_has_all(list_concat(e.actor_codes, e.recipient_codes), ?)"
        params.append(members)
    if until:
        sql += " AND (e.date IS NULL OR e.date <= ?)"
        params.append(until)
    sql += " GROUP BY ALL ORDER BY e.date, e.id"
    out = []
    for ev in rows(con, sql, params):
        spans = [s for s in ev.pop("spans") if in_defence_context(s["text"])]
        if len(ev["members"]) >= 2 and spans:
            ev["evidence"] = spans
            out.append(ev)
    return out


def proposed(con: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    """Defence-context AGREE events not yet decided on, with the treaties on file that cover their members."""
    decided = {r[0] for r in con.execute("SELECT id FROM commitments").fetchall()}
    out = []
    for ev in agree_evidence(con):
        if ev["id"] in decided:
            continue
        ev["known_treaties"] = [t.id for t in load_treaties() if set(ev["members"]) <= t.signatories()]
        out.append(ev)
    return out


def decide(
    con: duckdb.DuckDBPyConnection, event_id: str, status: str, obligation: str | None, note: str | None
) -> dict[str, Any]:
    """Confirm or reject the commitment proposed from ``event_id``; returns the stored commitment."""
    if obligation is not None and obligation not in OBLIGATIONS:
        raise StoreError(f"unknown obligation {obligation!r}; one of {', '.join(OBLIGATIONS)}")
    found = [ev for ev in agree_evidence(con) if ev["id"] == event_id]
    if not found:
        raise StoreError(f"no proposed commitment {event_id!r} (see `foedus commitments --proposed`)")
    ev = found[0]
    con.execute(
        "INSERT OR REPLACE INTO commitments (id, members, obligation, status, since, evidence, note)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        [event_id, ev["members"], obligation, status, ev["date"], json.dumps(ev["evidence"], ensure_ascii=False),
         note],
    )  # fmt: skip
    return rows(con, "SELECT * FROM commitments WHERE id = ?", [event_id])[0]


def confirmed(con: duckdb.DuckDBPyConnection, day: date) -> list[dict[str, Any]]:
    """Confirmed commitments in effect on ``day``."""
    return rows(
        con,
        "SELECT * FROM commitments WHERE status = 'confirmed' AND (since IS NULL OR since <= ?) ORDER BY since, id",
        [day],
    )
