"""``Corpus``: the Python API over a stored corpus (ingest, events, dyads, graph, obligations, exports)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from foedus.errors import StoreError
from foedus.ingest import read_inputs
from foedus.pipeline import Pipeline, default_pipeline
from foedus.records import Document
from foedus.store.dedup import MergeRules
from foedus.store.ingest import Ingestor, IngestReport, Progress
from foedus.store.query import EventFilter, rows
from foedus.store.schema import migrate, migrations, schema_version

DEFAULT_DB = "foedus.duckdb"
TABLES = ("documents", "sentences", "actors", "mentions", "event_mentions", "event_evidence", "attributions",
          "quantities", "commitments")  # fmt: skip


class Corpus:
    """A corpus stored in one DuckDB file.

    ``Corpus("news.duckdb")`` opens (and creates or migrates) the store;
    ``read_only=True`` opens an existing store for queries alongside other readers.
    Query methods return lists of dicts; ``arrow=True`` gives a ``pyarrow.Table``
    (``.to_pandas()`` when pandas is installed).
    """

    def __init__(
        self,
        db_path: str | Path = DEFAULT_DB,
        read_only: bool = False,
        pipeline: Pipeline | None = None,
        rules: MergeRules | None = None,
    ) -> None:
        self.path = Path(db_path)
        if read_only and not self.path.exists():
            raise StoreError("no corpus store here; run `foedus ingest INPUT --db FILE` first", str(self.path))
        self.con = _connect(self.path, read_only)
        have, know = schema_version(self.con), migrations()[-1][0]
        if have > know:
            raise StoreError(f"written by a newer foedus (schema version {have} > {know}); upgrade", str(self.path))
        if read_only:
            if "schema_migrations" not in {r[0] for r in self.con.execute("SHOW TABLES").fetchall()}:
                raise StoreError("not a foedus store (no schema_migrations table)", str(self.path))
            if schema_version(self.con) < migrations()[-1][0]:  # an older store: migrate it once, then read
                self.con.close()
                writer = _connect(self.path, False)
                migrate(writer)
                writer.close()
                self.con = _connect(self.path, True)
        else:
            migrate(self.con)
        self._pipeline = pipeline
        self.rules = rules or MergeRules()

    # -- lifecycle -------------------------------------------------------------------------------
    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Corpus:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def pipeline(self) -> Pipeline:
        if self._pipeline is None:
            self._pipeline = default_pipeline()
        return self._pipeline

    # -- ingest ----------------------------------------------------------------------------------
    def ingest(
        self,
        inputs: Iterable[str | Path | Document],
        date: str | None = None,
        lang: str | None = None,
        progress: Progress | None = None,
        batch_size: int = 64,
        workers: int = 0,
        scheduler: str | None = None,
        worker_pipeline: Callable[[], Pipeline] | None = None,
    ) -> IngestReport:
        """Run the pipeline over files, directories, JSONL files or Documents and store the results.

        Idempotent: a document whose id or text is stored already is skipped.
        Documents are committed in batches of ``batch_size`` (or every 2 s), so an
        interrupted run loses at most the batch in flight, and a rerun completes it.
        ``workers=N`` runs the pipeline in N Dask worker processes (or on the Dask
        ``scheduler`` at that address) while this process stores, in input order;
        ``worker_pipeline`` is a module-level function that builds each worker's
        pipeline (default: the default pipeline).
        """
        if isinstance(inputs, str | Path | Document):
            inputs = [inputs]  # one path or document, not an iterable of characters
        records = _records(inputs, date, lang)
        if workers or scheduler:
            from foedus.store.scale import run_distributed

            ingestor = Ingestor(self.con, None, self.rules, batch_size=batch_size)
            return run_distributed(ingestor, records, max(1, workers), progress, scheduler, worker_pipeline)
        ingestor = Ingestor(self.con, self.pipeline, self.rules, batch_size=batch_size)
        return ingestor.run(records, progress)

    # -- queries ---------------------------------------------------------------------------------
    def stats(self) -> dict[str, int]:
        """Row counts of every table, plus merged ``events`` and the schema version."""
        out = {t: _scalar(self.con, f"SELECT count(*) FROM {t}") for t in TABLES}
        out["events"] = _scalar(self.con, "SELECT count(*) FROM events")
        out["schema_version"] = _scalar(self.con, "SELECT max(version) FROM schema_migrations")
        return out

    def documents(self, limit: int | None = None, arrow: bool = False) -> list[dict[str, Any]] | pa.Table:
        """Stored documents (without their text), in ingest order."""
        sql = ("SELECT id, seq, source, url, title, date, lang, site, outlet, fmt, n_sentences, n_events"
               " FROM documents ORDER BY seq")  # fmt: skip
        return self._result(sql + (f" LIMIT {int(limit)}" if limit else ""), [], arrow)

    def document(self, doc_id: str) -> dict[str, Any]:
        """One document with its text and stored layers; raises StoreError when absent."""
        found = rows(self.con, "SELECT * FROM documents WHERE id = ?", [doc_id])
        if not found:
            raise StoreError(f"no document {doc_id!r}")
        return found[0]

    def events(
        self,
        types: str | list[str] | None = None,
        actor: str | None = None,
        recipient: str | None = None,
        involving: str | None = None,
        start: str | None = None,
        end: str | None = None,
        factual: bool | None = None,
        source: str | None = None,
        min_documents: int | None = None,
        doc_id: str | None = None,
        limit: int | None = None,
        arrow: bool = False,
    ) -> list[dict[str, Any]] | pa.Table:
        """Merged events matching every filter given, by date.

        Each has its first report's fields (``event``, ``mode``, ``actor_codes``,
        ``recipient_codes``, ``date``, ``evidence``...), PLOVER ``quad`` and ``score``,
        and ``n_mentions`` / ``n_documents`` / ``n_sources`` with ``doc_ids`` over all reports.
        """
        flt = EventFilter(
            types=[types] if isinstance(types, str) else types, actor=actor, recipient=recipient,
            involving=involving, start=start, end=end, factual=factual, source=source,
            min_documents=min_documents, doc_id=doc_id, limit=limit,
        )  # fmt: skip
        sql, params = flt.sql()
        return self._result(sql, params, arrow)

    def event(self, event_id: str) -> dict[str, Any]:
        """One merged event with every report of it (``mentions``, each with its evidence and document)."""
        found = rows(self.con, "SELECT * FROM events WHERE id = ?", [event_id])
        if not found:
            raise StoreError(f"no event {event_id!r}")
        ev = found[0]
        ev["mentions"] = self.mentions(event_id)
        return ev

    def mentions(self, event_id: str) -> list[dict[str, Any]]:
        """The reports merged into one event: document, outlet, who says so, and evidence spans."""
        return rows(
            self.con,
            """SELECT m.id, m.doc_id, d.title, d.url, d.outlet, d.lang, m.date, m.factual, m.aux,
                      m.source_text, m.source_code, m.confidence,
                      (SELECT list({'text': v.text, 'start': v."start", 'end': v."end"} ORDER BY v.idx)
                       FROM event_evidence v WHERE v.mention_id = m.id) AS evidence_spans
               FROM event_mentions m JOIN documents d ON d.id = m.doc_id
               WHERE m.event_id = ? ORDER BY m.seq, m.id""",
            [event_id],
        )

    def dyad(
        self,
        a: str,
        b: str,
        period: str = "month",
        directed: bool = False,
        start: str | None = None,
        end: str | None = None,
        factual_only: bool = False,
    ) -> dict[str, Any]:
        """Events between two actors and a per-period series (quad counts, intensity, balance)."""
        from foedus.graph.dyads import dyad

        return dyad(self.con, a, b, period=period, directed=directed, start=start, end=end, factual_only=factual_only)

    def graph(self, start: str | None = None, end: str | None = None, factual_only: bool = True) -> Any:
        """The relations graph (``networkx.DiGraph``) of the events in the period."""
        from foedus.graph.relations import relations_graph

        return relations_graph(self.con, start=start, end=end, factual_only=factual_only)

    def graph_json(self, start: str | None = None, end: str | None = None, factual_only: bool = True) -> dict:
        """The relations graph as node-link JSON: ``{"nodes": [...], "links": [...]}``."""
        from foedus.graph.relations import graph_json

        return graph_json(self.graph(start=start, end=end, factual_only=factual_only))

    def partners(self, code: str, start: str | None = None, end: str | None = None, n: int = 10) -> dict:
        """An actor's partners (cooperation outweighs conflict) and adversaries, from the stored events."""
        from foedus.graph.relations import partners

        return partners(self.graph(start=start, end=end), code, n=n)

    def obligations(self, attacked: str, on: str | None = None, depth: int = 2) -> dict[str, Any]:
        """Who is bound to respond if ``attacked`` is attacked on date ``on`` (default today).

        Treaty links from ``data/treaties`` and confirmed corpus commitments, directly
        and through allies of allies up to ``depth``; each link has its treaty and
        evidence (the treaty's sources and matching events in this corpus).
        """
        from foedus.graph.obligations import obligations

        return obligations(attacked, on=on, depth=depth, corpus=self)

    def proposed_commitments(self) -> list[dict[str, Any]]:
        """AGREE events in a defence context not yet confirmed or rejected, with their evidence."""
        from foedus.graph.commitments import proposed

        return proposed(self.con)

    def commitments(self, status: str | None = None) -> list[dict[str, Any]]:
        """Commitments a user has decided on (``confirmed`` or ``rejected``)."""
        sql = "SELECT * FROM commitments" + (" WHERE status = ?" if status else "") + " ORDER BY since, id"
        return rows(self.con, sql, [status] if status else [])

    def confirm_commitment(self, event_id: str, obligation: str = "defence", note: str | None = None) -> dict:
        """Record a proposed commitment as confirmed: it becomes a link for ``obligations``."""
        from foedus.graph.commitments import decide

        return decide(self.con, event_id, "confirmed", obligation, note)

    def reject_commitment(self, event_id: str, note: str | None = None) -> dict:
        """Record a proposed commitment as rejected, so it is no longer proposed."""
        from foedus.graph.commitments import decide

        return decide(self.con, event_id, "rejected", None, note)

    def export(self, path: str | Path, fmt: str | None = None, **filters: Any) -> int:
        """Write events (Parquet, CSV, PLOVER JSONL) or the graph (GraphML, GEXF), by ``fmt`` or suffix.

        Returns the number of events written, or of edges for a graph.
        """
        from foedus.graph.export import GRAPH_FORMATS, export_events, export_graph

        path = Path(path)
        kind = (fmt or path.suffix.lstrip(".")).lower()
        if kind in GRAPH_FORMATS:
            g = self.graph(
                start=filters.get("start"), end=filters.get("end"), factual_only=filters.get("factual") is not False
            )
            export_graph(g, path, kind)
            return g.number_of_edges()
        flt = EventFilter(**{k: v for k, v in filters.items() if v is not None})
        return export_events(self.con, path, kind, flt)

    def sql(self, query: str, params: list[Any] | None = None) -> pa.Table:
        """Run any SQL on the store and return an Arrow table (the tables are documented in the README)."""
        return self.con.sql(query, params=params or None).to_arrow_table()

    # -- helpers ---------------------------------------------------------------------------------
    def _result(self, sql: str, params: list[Any], arrow: bool) -> list[dict[str, Any]] | pa.Table:
        return self.con.sql(sql, params=params or None).to_arrow_table() if arrow else rows(self.con, sql, params)


def _connect(path: Path, read_only: bool) -> duckdb.DuckDBPyConnection:
    try:
        return duckdb.connect(str(path), read_only=read_only)
    except duckdb.Error as exc:
        raise StoreError(f"cannot open the store ({exc})", str(path)) from exc


def _scalar(con: duckdb.DuckDBPyConnection, sql: str) -> int:
    row = con.execute(sql).fetchone()
    return int(row[0]) if row and row[0] is not None else 0


def _records(inputs: Iterable[str | Path | Document], date: str | None, lang: str | None):
    """Documents pass through; paths are read (with skips for bad inputs)."""
    for item in inputs:
        if isinstance(item, Document):
            item.date = item.date or date
            item.lang = item.lang or lang
            yield item
        else:
            yield from read_inputs([str(item)], date=date, lang=lang)
