"""Write one document's analysis into the store, merging its events with earlier reports."""

from __future__ import annotations

import hashlib
import json
from datetime import date, timedelta
from typing import Any
from urllib.parse import urlparse

import duckdb

from foedus.graph.scores import quad_score
from foedus.records import Analysis, Event, to_dict
from foedus.store.dedup import MergeRules, Report, best_head


def content_hash(text: str) -> str:
    """The key that makes a document stored once, whatever its name or path."""
    return hashlib.sha1(" ".join(text.split()).encode()).hexdigest()


def iso_date(value: str | None) -> date | None:
    """A date from ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` (first day), else None."""
    if not value:
        return None
    v = str(value)[:10]
    v = v + "-01-01" if len(v) == 4 else v + "-01" if len(v) == 7 else v
    try:
        return date.fromisoformat(v)
    except ValueError:
        return None


def outlet(url: str | None, site: str | None) -> str | None:
    """What counts as one source: the site name, else the URL's host."""
    if site:
        return site
    host = urlparse(url).hostname if url else None
    return host.removeprefix("www.") if host else None


def _codes(refs: list[Any]) -> list[str]:
    return sorted({r.code for r in refs if r.code})


def _json(x: Any) -> str:
    return json.dumps(to_dict(x), ensure_ascii=False)


def store_analysis(
    con: duckdb.DuckDBPyConnection, analysis: Analysis, seq: int, text_hash: str, rules: MergeRules
) -> None:
    """Insert every layer of one analysis; the caller wraps this in a transaction."""
    doc = analysis.doc
    con.execute(
        "INSERT INTO documents (id, seq, content_hash, source, url, title, date, lang, author, site, outlet, fmt,"
        " text, meta, layers, n_sentences, n_events) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        [doc.id, seq, text_hash, doc.source, doc.url, doc.title, iso_date(doc.date), doc.lang, doc.author,
         doc.site, outlet(doc.url, doc.site), doc.fmt, doc.text, json.dumps(doc.meta, ensure_ascii=False),
         json.dumps({"repairs": to_dict(analysis.repairs), "quotes": to_dict(analysis.quotes),
                     "times": to_dict(analysis.times)}, ensure_ascii=False),
         len(analysis.sentences), len(analysis.events)],
    )  # fmt: skip
    if analysis.sentences:
        con.executemany(
            'INSERT INTO sentences (doc_id, idx, "start", "end", text, lang) VALUES (?,?,?,?,?,?)',
            [[doc.id, i, s.start, s.end, s.text, s.lang] for i, s in enumerate(analysis.sentences)],
        )
    if analysis.mentions:
        actors = {m.actor.id: m.actor for m in analysis.mentions}
        con.executemany(
            "INSERT INTO actors (id, name, kind, code, sector, wikidata) VALUES (?,?,?,?,?,?) ON CONFLICT DO NOTHING",
            [[a.id, a.name, a.kind, a.code, a.sector, a.wikidata] for a in actors.values()],
        )
        con.executemany(
            'INSERT INTO mentions (doc_id, idx, "start", "end", text, actor_id, code, sector, role, score)'
            " VALUES (?,?,?,?,?,?,?,?,?,?)",
            [[doc.id, i, m.start, m.end, m.text, m.actor.id, m.actor.code, m.sector, m.role, m.score]
             for i, m in enumerate(analysis.mentions)],
        )  # fmt: skip
    sources = {a.id: a for a in analysis.attributions}
    if analysis.attributions:
        con.executemany(
            "INSERT INTO attributions (doc_id, id, kind, source_text, source_code, source, cue, span, parent)"
            " VALUES (?,?,?,?,?,?,?,?,?)",
            [[doc.id, a.id, a.kind, a.source.text, a.source.code, _json(a.source), _json(a.cue), _json(a.span),
              a.parent] for a in analysis.attributions],
        )  # fmt: skip
    if analysis.quantities:
        con.executemany(
            'INSERT INTO quantities (doc_id, idx, value, unit, counted, bound, text, "start", "end", attribution)'
            " VALUES (?,?,?,?,?,?,?,?,?,?)",
            [[doc.id, i, q.value, q.unit, q.counted, q.bound, q.text, q.start, q.end, q.attribution]
             for i, q in enumerate(analysis.quantities)],
        )  # fmt: skip
    _store_events(con, analysis.events, doc.id, seq, sources, rules)


def report_of(ev: Event) -> Report:
    return Report(
        id=ev.id,
        event=ev.event,
        factual=ev.factual,
        actors=frozenset(_codes(ev.actor)),
        recipients=frozenset(_codes(ev.recipient)),
        date=iso_date(ev.date),
        evidence=ev.evidence[0].text if ev.evidence else "",
    )


def candidate_heads(con: duckdb.DuckDBPyConnection, reports: list[Report], rules: MergeRules) -> list[Report]:
    """Stored head reports that could match any of ``reports`` (same type, dates in the window)."""
    types = sorted({r.event for r in reports})
    dates = [r.date for r in reports if r.date]
    sql = (
        "SELECT id, event, factual, actor_codes, recipient_codes, date, evidence FROM event_mentions"
        " WHERE id = event_id AND list_contains(?, event)"
    )
    params: list[Any] = [types]
    if dates and len(dates) == len(reports):
        sql += " AND date BETWEEN ? AND ?"
        w = timedelta(days=rules.window_days)
        params += [min(dates) - w, max(dates) + w]
    rows = con.execute(sql, params).fetchall()
    return [
        Report(id=i, event=e, factual=bool(f), actors=frozenset(a or ()), recipients=frozenset(r or ()), date=d,
               evidence=ev or "")
        for i, e, f, a, r, d, ev in rows
    ]  # fmt: skip


def _store_events(
    con: duckdb.DuckDBPyConnection,
    events: list[Event],
    doc_id: str,
    seq: int,
    sources: dict[str, Any],
    rules: MergeRules,
) -> None:
    if not events:
        return
    reports = [report_of(ev) for ev in events]
    heads = candidate_heads(con, reports, rules)
    rows, evidence = [], []
    for ev, rep in zip(events, reports, strict=True):
        head = best_head(rep, heads, rules)
        if head is None:
            heads.append(rep)  # later reports in this document may merge into it
        att = sources.get(ev.attribution or "")
        quad, score = quad_score(ev.event, ev.mode)
        rows.append([
            ev.id, head.id if head else ev.id, doc_id, seq, ev.event, ev.mode, list(ev.context),
            sorted(rep.actors), sorted(rep.recipients), rep.date, list(ev.aux), ev.factual, ev.attribution,
            att.source.text if att else None, att.source.code if att else None, ev.confidence, ev.coder,
            _json(ev.actor), _json(ev.recipient), rep.evidence, quad, score, _json(ev),
        ])  # fmt: skip
        evidence += [[ev.id, i, doc_id, e.text, e.start, e.end] for i, e in enumerate(ev.evidence)]
    con.executemany(
        "INSERT INTO event_mentions (id, event_id, doc_id, seq, event, mode, context, actor_codes, recipient_codes,"
        " date, aux, factual, attribution_id, source_text, source_code, confidence, coder, actor, recipient,"
        " evidence, quad, score, record) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        rows,
    )
    if evidence:
        con.executemany(
            'INSERT INTO event_evidence (mention_id, idx, doc_id, text, "start", "end") VALUES (?,?,?,?,?,?)',
            evidence,
        )
