"""Write analyses into the store in batches, merging their events with earlier reports.

Rows are gathered per table in Python and inserted with one Arrow-backed INSERT
per table per batch; the caller wraps a batch in one transaction.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from datetime import date
from typing import Any
from urllib.parse import urlparse

import duckdb
import pyarrow as pa

from foedus.graph.scores import quad_score
from foedus.records import Analysis, Event, to_dict
from foedus.store.dedup import MergeRules, Report
from foedus.store.heads import HeadIndex

COLUMNS = {
    "documents": ("id", "seq", "content_hash", "source", "url", "title", "date", "lang", "author", "site", "outlet",
                  "fmt", "text", "meta", "layers", "n_sentences", "n_events"),
    "sentences": ("doc_id", "idx", "start", "end", "text", "lang"),
    "actors": ("id", "name", "kind", "code", "sector", "wikidata"),
    "mentions": ("doc_id", "idx", "start", "end", "text", "actor_id", "code", "sector", "role", "score"),
    "attributions": ("doc_id", "id", "kind", "source_text", "source_code", "source", "cue", "span", "parent"),
    "quantities": ("doc_id", "idx", "value", "unit", "counted", "bound", "text", "start", "end", "attribution",
                   "high"),
    "event_mentions": ("id", "event_id", "doc_id", "seq", "event", "mode", "context", "actor_codes",
                       "recipient_codes", "date", "aux", "factual", "attribution_id", "source_text", "source_code",
                       "confidence", "coder", "actor", "recipient", "evidence", "quad", "score", "record",
                       "dated_by_publication"),
    "event_evidence": ("mention_id", "idx", "doc_id", "text", "start", "end"),
}  # fmt: skip
LIST_COLUMNS = {"context", "actor_codes", "recipient_codes", "aux"}


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


def dated_by_publication(ev: Event, analysis: Analysis) -> bool:
    """True when the event's date is the publication date and no time expression in its evidence gives it."""
    if not ev.date or ev.date != analysis.doc.date:
        return False
    spans = ev.evidence or []
    return not any(
        t.value and str(t.value).startswith(ev.date) and any(e.start <= t.start < e.end for e in spans)
        for t in analysis.times
    )


def report_of(ev: Event, analysis: Analysis | None = None) -> Report:
    return Report(
        id=ev.id,
        event=ev.event,
        factual=ev.factual,
        actors=frozenset(_codes(ev.actor)),
        recipients=frozenset(_codes(ev.recipient)),
        date=iso_date(ev.date),
        evidence=ev.evidence[0].text if ev.evidence else "",
        dated_by_publication=dated_by_publication(ev, analysis) if analysis else False,
    )


class Batch:
    """The rows of a few analyses, gathered before one transaction writes them."""

    def __init__(self, rules: MergeRules) -> None:
        self.rules = rules
        self.rows: dict[str, list[list[Any]]] = defaultdict(list)
        self.items: list[tuple[Analysis, int, str]] = []
        self.actor_ids: set[str] = set()

    def __len__(self) -> int:
        return len(self.items)

    def add(self, analysis: Analysis, seq: int, text_hash: str) -> None:
        self.items.append((analysis, seq, text_hash))
        doc, r = analysis.doc, self.rows
        r["documents"].append([
            doc.id, seq, text_hash, doc.source, doc.url, doc.title, iso_date(doc.date), doc.lang, doc.author,
            doc.site, outlet(doc.url, doc.site), doc.fmt, doc.text, json.dumps(doc.meta, ensure_ascii=False),
            json.dumps({"repairs": to_dict(analysis.repairs), "quotes": to_dict(analysis.quotes),
                        "times": to_dict(analysis.times)}, ensure_ascii=False),
            len(analysis.sentences), len(analysis.events),
        ])  # fmt: skip
        r["sentences"] += [[doc.id, i, s.start, s.end, s.text, s.lang] for i, s in enumerate(analysis.sentences)]
        for i, m in enumerate(analysis.mentions):
            r["mentions"].append([doc.id, i, m.start, m.end, m.text, m.actor.id, m.actor.code, m.sector, m.role,
                                  m.score])  # fmt: skip
            if m.actor.id not in self.actor_ids:
                self.actor_ids.add(m.actor.id)
                a = m.actor
                r["actors"].append([a.id, a.name, a.kind, a.code, a.sector, a.wikidata])
        r["attributions"] += [
            [doc.id, a.id, a.kind, a.source.text, a.source.code, _json(a.source), _json(a.cue), _json(a.span),
             a.parent] for a in analysis.attributions
        ]  # fmt: skip
        r["quantities"] += [
            [doc.id, i, q.value, q.unit, q.counted, q.bound, q.text, q.start, q.end, q.attribution, q.high]
            for i, q in enumerate(analysis.quantities)
        ]

    def write(self, con: duckdb.DuckDBPyConnection, heads: HeadIndex) -> None:
        """Merge the batch's events with stored and earlier reports, then insert every table."""
        self._events(heads)
        for table, rows in self.rows.items():
            if not rows:
                continue
            cols = COLUMNS[table]
            data = pa.table({c: _array(c, [row[i] for row in rows]) for i, c in enumerate(cols)})  # noqa: F841
            quoted = ", ".join(f'"{c}"' for c in cols)
            guard = " WHERE id NOT IN (SELECT id FROM actors)" if table == "actors" else ""
            con.execute(f"INSERT INTO {table} ({quoted}) SELECT {quoted} FROM data{guard}")

    def _events(self, heads: HeadIndex) -> None:
        reports = [[report_of(ev, a) for ev in a.events] for a, _, _ in self.items]
        heads.prepare([r for rs in reports for r in rs])
        for (analysis, seq, _), reps in zip(self.items, reports, strict=True):
            sources = {a.id: a for a in analysis.attributions}
            doc_id = analysis.doc.id
            for ev, rep in zip(analysis.events, reps, strict=True):
                head = heads.match(rep)  # a report that heads a new event is indexed for later ones
                att = sources.get(ev.attribution or "")
                quad, score = quad_score(ev.event, ev.mode)
                self.rows["event_mentions"].append([
                    ev.id, head.id if head else ev.id, doc_id, seq, ev.event, ev.mode, list(ev.context),
                    sorted(rep.actors), sorted(rep.recipients), rep.date, list(ev.aux), ev.factual, ev.attribution,
                    att.source.text if att else None, att.source.code if att else None, ev.confidence, ev.coder,
                    _json(ev.actor), _json(ev.recipient), rep.evidence, quad, score, _json(ev),
                    rep.dated_by_publication,
                ])  # fmt: skip
                self.rows["event_evidence"] += [
                    [ev.id, i, doc_id, e.text, e.start, e.end] for i, e in enumerate(ev.evidence)
                ]


def _array(column: str, values: list[Any]) -> pa.Array:
    if column in LIST_COLUMNS:
        return pa.array(values, type=pa.list_(pa.string()))
    return pa.array(values)
