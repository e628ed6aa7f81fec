"""Read a stored corpus into the shapes the API returns.

Most answers pass the store's own results through (``Corpus.events``, ``dyad``,
``graph_json``, ``obligations``); this module adds what a reader needs around
them: evidence in context, and a stored document with every annotation layer
in the same shape as a fresh analysis, so one page renders both.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from foedus.serve.errors import ApiError

CONTEXT_CHARS = 220
ATTR_COLUMNS = "id, kind, source, cue, span, parent"
LIST_COLUMNS = "id, seq, source, url, title, date, lang, site, outlet, fmt, n_sentences, n_events"
DOC_COLUMNS = "id, source, url, title, date, lang, author, site, outlet, fmt, text, layers"


def _query(corpus: Any, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    """Rows as dicts; fetched whole, so no unfinished result is left on the store's connection."""
    cur = corpus.con.execute(sql, params)
    names = [d[0] for d in cur.description]
    return [{k: _plain(v) for k, v in zip(names, row, strict=True)} for row in cur.fetchall()]


def _plain(v: Any) -> Any:
    return v.isoformat() if isinstance(v, date) else v


def _json(v: Any) -> Any:
    return json.loads(v) if isinstance(v, str) else v


def document_list(corpus: Any, limit: int, offset: int) -> list[dict[str, Any]]:
    """Stored documents' metadata in ingest order (``Corpus.documents`` with an offset)."""
    sql = f"SELECT {LIST_COLUMNS} FROM documents ORDER BY seq LIMIT ? OFFSET ?"
    return _query(corpus, sql, [limit, offset])


def document_row(corpus: Any, doc_id: str) -> dict[str, Any]:
    found = _query(corpus, f"SELECT {DOC_COLUMNS} FROM documents WHERE id = ?", [doc_id])
    if not found:
        raise ApiError(404, f"no document {doc_id!r} in the store")
    return found[0]


def document_analysis(corpus: Any, doc_id: str) -> dict[str, Any]:
    """A stored document with its layers, shaped like ``POST /api/analyse``'s ``analysis``."""
    row = document_row(corpus, doc_id)
    layers = _json(row.pop("layers")) or {}
    mentions = _query(
        corpus,
        'SELECT m."start", m."end", m.text, m.sector, m.role, m.score, m.actor_id, m.code,'
        " a.name, a.kind, a.sector AS actor_sector, a.wikidata"
        " FROM mentions m LEFT JOIN actors a ON a.id = m.actor_id WHERE m.doc_id = ? ORDER BY m.idx",
        [doc_id],
    )
    events = _query(
        corpus, "SELECT event_id, factual, record FROM event_mentions WHERE doc_id = ? ORDER BY seq, id", [doc_id]
    )
    return {
        "doc": row,
        "repairs": layers.get("repairs", []),
        "sentences": _query(
            corpus, 'SELECT "start", "end", text, lang FROM sentences WHERE doc_id = ? ORDER BY idx', [doc_id]
        ),
        "mentions": [_mention(m) for m in mentions],
        "events": [_json(e["record"]) | {"factual": e["factual"], "event_id": e["event_id"]} for e in events],
        "quotes": layers.get("quotes", []),
        "attributions": [
            {k: _json(v) if k in ("source", "cue", "span") else v for k, v in a.items()}
            for a in _query(corpus, f"SELECT {ATTR_COLUMNS} FROM attributions WHERE doc_id = ? ORDER BY id", [doc_id])
        ],
        "quantities": _query(
            corpus,
            'SELECT value, unit, counted, bound, text, "start", "end", attribution FROM quantities'
            " WHERE doc_id = ? ORDER BY idx",
            [doc_id],
        ),
        "times": layers.get("times", []),
    }


def _mention(m: dict[str, Any]) -> dict[str, Any]:
    actor = {"id": m["actor_id"], "name": m["name"], "kind": m["kind"], "code": m["code"]}
    actor |= {"sector": m["actor_sector"], "wikidata": m["wikidata"]}
    keys = ("start", "end", "text", "sector", "role", "score")
    return {k: m[k] for k in keys} | {"actor": actor}


def event_detail(corpus: Any, event_id: str) -> dict[str, Any]:
    """One merged event, each report's evidence in its sentence context, and the documents reporting it."""
    from foedus.errors import StoreError

    try:
        ev = corpus.event(event_id)
    except StoreError:
        raise ApiError(404, f"no event {event_id!r} in the store") from None
    reports = ev.pop("mentions")
    texts: dict[str, str] = {}
    evidence, documents = [], {}
    for rep in reports:
        doc_id = rep["doc_id"]
        if doc_id not in texts:
            row = document_row(corpus, doc_id)
            texts[doc_id] = row["text"]
            documents[doc_id] = {k: row[k] for k in ("id", "title", "url", "date", "lang", "site", "outlet")}
        for span in rep.get("evidence_spans") or []:
            evidence.append(_in_context(texts[doc_id], span) | {"doc_id": doc_id, "source": rep.get("source_text")})
    return {"event": ev, "reports": reports, "evidence": evidence, "documents": list(documents.values())}


def _in_context(text: str, span: dict[str, Any]) -> dict[str, Any]:
    start, end = span["start"], span["end"]
    lo, hi = max(0, start - CONTEXT_CHARS), min(len(text), end + CONTEXT_CHARS)
    before, after = text[lo:start], text[end:hi]
    # cut the context at sentence ends so it reads as whole sentences
    cut = max(before.rfind(". "), before.rfind("\n"))
    before = before[cut + 2 :] if cut >= 0 else ("…" + before if lo else before)
    stop = min([i for i in (after.find(". "), after.find("\n")) if i >= 0], default=-1)
    after = after[: stop + 1] if stop >= 0 else (after + "…" if hi < len(text) else after)
    return {"text": text[start:end], "start": start, "end": end, "before": before, "after": after}


def actor_profile(corpus: Any, code: str, start: str | None, end: str | None) -> dict[str, Any]:
    """An actor's name, event counts, partners and adversaries, and recent events."""
    code = code.upper()
    involving = corpus.events(involving=code, start=start, end=end)
    named = _query(corpus, "SELECT name FROM actors WHERE code = ? AND kind <> 'person' LIMIT 1", [code])
    if not involving and not named:
        raise ApiError(404, f"no actor {code!r} in the store")
    by_type: dict[str, int] = {}
    for ev in involving:
        by_type[ev["event"]] = by_type.get(ev["event"], 0) + 1
    relations = corpus.partners(code, start=start, end=end)
    return {
        "code": code,
        "name": named[0]["name"] if named else code,
        "events": len(involving),
        "as_actor": sum(code in ev["actor_codes"] for ev in involving),
        "as_recipient": sum(code in ev["recipient_codes"] for ev in involving),
        "by_type": dict(sorted(by_type.items())),
        "partners": relations.get("partners", []),
        "adversaries": relations.get("adversaries", []),
        "recent": involving[-10:][::-1],
    }


def commitments_by_state(corpus: Any, state: str | None, day: date) -> list[dict[str, Any]]:
    """Treaty commitments (from the treaties data) and corpus-confirmed ones, of one state or all."""
    from foedus.graph.treaties import load_treaties

    out = []
    for treaty in load_treaties():
        members = sorted(treaty.signatories())
        if state and state.upper() not in members:
            continue
        d = treaty.to_dict()
        d |= {"members": members, "parties_on": sorted(treaty.parties(day)), "status": treaty.status(day)}
        out.append(d | {"kind": "treaty"})
    for c in corpus.commitments(status="confirmed") if corpus is not None else []:
        if state and state.upper() not in (c.get("members") or []):
            continue
        out.append(c | {"kind": "corpus", "name": f"commitment found in the corpus ({c['id']})", "status": "confirmed"})
    return out
