"""`foedus ingest`, `events`, `dyad`, `partners`, `obligations`, `commitments`, `export`: the corpus store."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from foedus.cli.common import err, exit_on_error
from foedus.errors import FoedusError
from foedus.ingest import Skipped
from foedus.records import Document
from foedus.store.corpus import DEFAULT_DB, Corpus

DbOpt = Annotated[Path, typer.Option("--db", help="The DuckDB store file.")]
Inputs = Annotated[list[str], typer.Argument(help="Files, directories, '-' for stdin, or .jsonl files.")]


class Fmt(StrEnum):
    table = "table"
    json = "json"


FmtOpt = Annotated[Fmt, typer.Option("--format", "-f", help="A readable table or JSON.")]
out = Console(width=160)


def register(app: typer.Typer) -> None:
    for name, fn in (("ingest", ingest), ("events", events), ("dyad", dyad), ("partners", partners),
                     ("obligations", obligations), ("commitments", commitments), ("export", export)):  # fmt: skip
        app.command(name)(fn)


def _open(db: Path, read_only: bool = True) -> Corpus:
    with exit_on_error():
        return Corpus(db, read_only=read_only)


def _json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")


def ingest(
    inputs: Inputs,
    db: DbOpt = Path(DEFAULT_DB),
    date: Annotated[str | None, typer.Option("--date", help="Publication date where the input has none.")] = None,
    lang: Annotated[str | None, typer.Option("--lang", help="Language where detection should be skipped.")] = None,
    workers: Annotated[
        int, typer.Option(help="Run the pipeline in N Dask worker processes (pip install foedus[scale]).")
    ] = 0,
    scheduler: Annotated[str | None, typer.Option(help="Address of a Dask scheduler to run the pipeline on.")] = None,
    fmt: FmtOpt = Fmt.table,
) -> None:
    """Run the pipeline over INPUT and store every document once (rerun to resume after an interruption)."""
    with _open(db, read_only=False) as corpus:
        columns = (SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                   TimeElapsedColumn())  # fmt: skip
        with Progress(*columns, console=err, transient=True) as bar:
            task = bar.add_task("ingesting", total=None)
            counts = {"stored": 0, "already": 0, "skipped": 0, "failed": 0}

            def progress(rec: Document | Skipped, status: str) -> None:
                counts[status] += 1
                if isinstance(rec, Skipped):
                    err.print(f"[yellow]skipped[/] {rec.source}: {rec.reason}", highlight=False, soft_wrap=True)
                desc = ", ".join(f"{v} {k}" for k, v in counts.items() if v)
                bar.update(task, advance=1, description=desc)

            with exit_on_error():
                report = corpus.ingest(inputs, date=date, lang=lang, progress=progress, workers=workers,
                                       scheduler=scheduler)  # fmt: skip
        for doc_id, error in report.failed:
            err.print(f"[red]failed[/] {doc_id}: {error}", highlight=False, soft_wrap=True)
        if fmt is Fmt.json:
            _json({**report.to_dict(), "db": str(db), "totals": corpus.stats()})
        else:
            stats = corpus.stats()
            summary = (f"{report.stored} stored, {report.already} already stored, {len(report.skipped)} skipped, "
                       f"{len(report.failed)} failed in {report.seconds:.1f} s; {db}: {stats['documents']} documents, "
                       f"{stats['events']} events from {stats['event_mentions']} reports")  # fmt: skip
            err.print(summary, highlight=False, soft_wrap=True)
    if report.stored + report.already == 0:
        raise typer.Exit(1)


def events(
    db: DbOpt = Path(DEFAULT_DB),
    type_: Annotated[list[str] | None, typer.Option("--type", "-t", help="PLOVER type (repeatable).")] = None,
    actor: Annotated[str | None, typer.Option(help="Actor code among the actors.")] = None,
    recipient: Annotated[str | None, typer.Option(help="Actor code among the recipients.")] = None,
    involving: Annotated[str | None, typer.Option(help="Actor code on either side.")] = None,
    start: Annotated[str | None, typer.Option("--from", help="First date, YYYY-MM-DD.")] = None,
    end: Annotated[str | None, typer.Option("--to", help="Last date, YYYY-MM-DD.")] = None,
    factual: Annotated[bool, typer.Option("--factual", help="Only events asserted as fact.")] = False,
    source: Annotated[str | None, typer.Option(help="Outlet or cited source (substring) or source code.")] = None,
    min_documents: Annotated[int | None, typer.Option(help="Reported by at least this many documents.")] = None,
    limit: Annotated[int | None, typer.Option(help="At most this many events.")] = None,
    fmt: FmtOpt = Fmt.table,
) -> None:
    """List merged events with filters; each counts its reports, documents and sources."""
    with _open(db) as corpus, exit_on_error():
        found = corpus.events(types=type_, actor=actor, recipient=recipient, involving=involving, start=start,
                              end=end, factual=True if factual else None, source=source,
                              min_documents=min_documents, limit=limit)  # fmt: skip
    assert isinstance(found, list)
    if fmt is Fmt.json:
        _json(found)
    else:
        out.print(events_table(found))


def events_table(found: list[dict[str, Any]], title: str | None = None) -> Table:
    table = Table(title=title)
    for col in ("date", "event", "mode", "actor", "recipient", "quad", "score", "docs", "srcs", "aux", "evidence"):
        table.add_column(col, overflow="fold")
    for ev in found:
        table.add_row(
            ev["date"] or "", ev["event"], ev["mode"] or "", ",".join(ev["actor_codes"] or []),
            ",".join(ev["recipient_codes"] or []), str(ev["quad"] or ""), _num(ev["score"]),
            str(ev["n_documents"]), str(ev["n_sources"]), ",".join(ev["aux"] or []), _clip(ev["evidence"] or "", 70),
        )  # fmt: skip
    return table


def dyad(
    a: Annotated[str, typer.Argument(help="Actor code, e.g. RUS.")],
    b: Annotated[str, typer.Argument(help="Actor code, e.g. PRK.")],
    db: DbOpt = Path(DEFAULT_DB),
    period: Annotated[str, typer.Option(help="day, week, month, quarter or year.")] = "month",
    directed: Annotated[bool, typer.Option("--directed", help="Only A acting on B.")] = False,
    start: Annotated[str | None, typer.Option("--from", help="First date, YYYY-MM-DD.")] = None,
    end: Annotated[str | None, typer.Option("--to", help="Last date, YYYY-MM-DD.")] = None,
    factual: Annotated[bool, typer.Option("--factual", help="Only events asserted as fact.")] = False,
    fmt: FmtOpt = Fmt.table,
) -> None:
    """The events between two actors over time, with PLOVER quad counts and intensity per period."""
    with _open(db) as corpus, exit_on_error():
        result = corpus.dyad(a, b, period=period, directed=directed, start=start, end=end, factual_only=factual)
    if fmt is Fmt.json:
        _json(result)
        return
    series = Table(title=f"{result['a']} – {result['b']} by {period} (factual events scored)")
    cols = ("period", "events", "verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict",
            "intensity", "balance", "documents")  # fmt: skip
    for col in cols:
        series.add_column(col.replace("_", " "), justify="right")
    for row in result["series"]:
        series.add_row(*(_num(row[c]) if c in ("intensity", "balance") else str(row[c]) for c in cols))
    out.print(series)
    out.print(events_table(result["events"], title="events"))


def partners(
    code: Annotated[str, typer.Argument(help="Actor code, e.g. RUS.")],
    db: DbOpt = Path(DEFAULT_DB),
    start: Annotated[str | None, typer.Option("--from", help="First date, YYYY-MM-DD.")] = None,
    end: Annotated[str | None, typer.Option("--to", help="Last date, YYYY-MM-DD.")] = None,
    n: Annotated[int, typer.Option(help="At most this many of each.")] = 10,
    fmt: FmtOpt = Fmt.table,
) -> None:
    """An actor's partners and adversaries from the stored events (cooperation vs conflict balance)."""
    with _open(db) as corpus:
        result = corpus.partners(code, start=start, end=end, n=n)
    if fmt is Fmt.json:
        _json(result)
        return
    out.print(partners_table(result))


def partners_table(result: dict[str, Any]) -> Table:
    table = Table(title=f"partners and adversaries of {result['code']}")
    for col in ("relation", "code", "name", "events", "cooperation", "conflict", "balance", "intensity"):
        table.add_column(col)
    for kind in ("partners", "adversaries"):
        for p in result[kind]:
            table.add_row(kind[:-1] if kind == "partners" else "adversary", p["code"], p["name"] or "",
                          str(p["events"]), str(p["cooperation"]), str(p["conflict"]), _num(p["balance"]),
                          _num(p["intensity"]))  # fmt: skip
    return table


def add_relations(infos: list[Any], db: Path) -> None:
    """Put each actor's partners and adversaries in the store into its ``extra`` facts (for `foedus actor --db`)."""
    with _open(db) as corpus:
        for info in infos:
            if info.actor.code:
                rel = corpus.partners(info.actor.code)
                for kind in ("partners", "adversaries"):
                    info.extra[kind] = [
                        f"{p['name'] or p['code']} ({p['code']}): {p['events']} events, balance {p['balance']:+g}"
                        for p in rel[kind]
                    ]


def obligations(
    attacked: Annotated[str, typer.Option("--attacked", help="Code of the state attacked, e.g. PRK.")],
    on: Annotated[str | None, typer.Option("--on", help="Date YYYY-MM-DD (default today).")] = None,
    db: Annotated[Path | None, typer.Option("--db", help="A store to draw corpus evidence and commitments from.")] = (
        None
    ),
    depth: Annotated[int, typer.Option(help="1 = direct allies; 2 = also allies of allies.")] = 2,
    fmt: FmtOpt = Fmt.table,
) -> None:
    """Who is bound to respond if a state is attacked, with the treaty and evidence for each link."""
    from foedus.graph.obligations import obligations as find

    db = db if db is not None else (Path(DEFAULT_DB) if Path(DEFAULT_DB).exists() else None)
    try:
        if db is not None:
            with _open(db) as corpus:
                result = corpus.obligations(attacked, on=on, depth=depth)
        else:
            result = find(attacked, on=on, depth=depth)
    except (FoedusError, ValueError) as exc:
        err.print(f"[red]error:[/] {exc}", highlight=False, soft_wrap=True)
        raise typer.Exit(2) from exc
    if fmt is Fmt.json:
        _json(result)
        return
    table = Table(title=f"bound to respond if {result['name']} ({result['attacked']}) is attacked on {result['on']}")
    for col in ("code", "name", "depth", "via", "treaty", "article", "in force", "evidence"):
        table.add_column(col, overflow="fold")
    for entry in result["bound"]:
        for link in entry["links"]:
            corpus_ev = link["evidence"].get("corpus", [])
            ev = "; ".join(_clip(e["evidence"][0]["text"], 80) + f" [{e['n_documents']} doc]" for e in corpus_ev[:2])
            table.add_row(entry["code"], entry["name"], str(entry["depth"]), " → ".join(entry["via"]),
                          link["name"], link.get("article", ""), link.get("in_force") or "",
                          "; ".join(x for x in (ev, _first_source(link)) if x))  # fmt: skip
    out.print(table)
    for p in result["pending"]:
        names = ", ".join(x["name"] for x in p["parties"])
        out.print(f"signed, not in force on {result['on']}: {p['name']} ({p['signed']}) with {names}")
    for o in result["other"]:
        out.print(f"{'/'.join(o['obligations'])} only: {o['name']} ({o['code']}) under {o['treaty']['name']}")


def commitments(
    db: DbOpt = Path(DEFAULT_DB),
    proposed: Annotated[bool, typer.Option("--proposed", help="Commitments found in the corpus, to decide on.")] = (
        False
    ),
    confirm: Annotated[str | None, typer.Option("--confirm", help="Confirm the commitment of this event id.")] = None,
    reject: Annotated[str | None, typer.Option("--reject", help="Reject the commitment of this event id.")] = None,
    obligation: Annotated[str, typer.Option(help="Obligation type of a confirmed commitment.")] = "defence",
    note: Annotated[str | None, typer.Option(help="A note kept with the decision.")] = None,
    fmt: FmtOpt = Fmt.table,
) -> None:
    """Alliance commitments: list decided ones, show proposed ones (--proposed), or --confirm / --reject one."""
    with _open(db, read_only=not (confirm or reject)) as corpus, exit_on_error():
        if confirm:
            result: Any = corpus.confirm_commitment(confirm, obligation=obligation, note=note)
        elif reject:
            result = corpus.reject_commitment(reject, note=note)
        elif proposed:
            result = corpus.proposed_commitments()
        else:
            result = corpus.commitments()
    if fmt is Fmt.json:
        _json(result)
        return
    items = result if isinstance(result, list) else [result]
    table = Table(title="proposed commitments" if proposed and not (confirm or reject) else "commitments")
    for col in ("id", "date", "members", "status", "treaties on file", "evidence"):
        table.add_column(col, overflow="fold")
    for c in items:
        evidence = c["evidence"] if isinstance(c["evidence"], list) else json.loads(c["evidence"] or "[]")
        table.add_row(c["id"], c.get("date") or c.get("since") or "", ",".join(c["members"]),
                      c.get("status", "proposed"), ",".join(c.get("known_treaties", [])),
                      _clip(evidence[0]["text"], 90) if evidence else "")  # fmt: skip
    out.print(table)


def export(
    path: Annotated[Path, typer.Argument(help="Output file: .parquet, .csv, .jsonl (events), .graphml, .gexf.")],
    db: DbOpt = Path(DEFAULT_DB),
    fmt: Annotated[str | None, typer.Option("--format", "-f", help="Format when the suffix does not say.")] = None,
    start: Annotated[str | None, typer.Option("--from", help="First date, YYYY-MM-DD.")] = None,
    end: Annotated[str | None, typer.Option("--to", help="Last date, YYYY-MM-DD.")] = None,
    factual: Annotated[bool, typer.Option("--factual", help="Only events asserted as fact.")] = False,
    type_: Annotated[list[str] | None, typer.Option("--type", "-t", help="PLOVER type (repeatable; events only).")] = (
        None
    ),
    involving: Annotated[str | None, typer.Option(help="Actor code on either side (events only).")] = None,
) -> None:
    """Export events (Parquet, CSV, PLOVER JSONL) or the relations graph (GraphML, GEXF for Gephi)."""
    with _open(db) as corpus, exit_on_error():
        n = corpus.export(path, fmt, start=start, end=end, factual=True if factual else None, types=type_,
                          involving=involving)  # fmt: skip
    err.print(f"wrote {n} {'edges' if path.suffix in ('.graphml', '.gexf') else 'events'} to {path}")


def _first_source(link: dict[str, Any]) -> str:
    sources = link["evidence"].get("sources", [])
    return f"source: {sources[0]}" if sources else ""


def _num(x: Any) -> str:
    return "" if x is None else f"{x:g}" if isinstance(x, float) else str(x)


def _clip(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"
